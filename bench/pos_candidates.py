"""Which part-of-speech source finds the verbs of real statements: measured on the gold
claims of the shared corpus (every gold claim is a statement; most have a finite verb).

    python bench/pos_candidates.py [--corpus PATH]

For each candidate: the share of gold claim quotes in which it finds a finite verb
(higher is better: a statement without a found verb used to be dropped as a fragment),
the share of verbless noun phrases written below in which it wrongly finds one, its
import and first-use time, and its installed size.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
# Noun phrases with no verb, written for this benchmark (lists, headings, captions).
NOUN_PHRASES = [
    "the annual report of the harbour board",
    "wages, hours, pensions and working conditions",
    "a row over jobs and pay",
    "the new rules for landlords",
    "Prime Minister Ann Lee",
    "three reasons for the choice",
    "the report's main findings",
    "4,000 jobs in the town",
    "a group of local residents",
    "the cost of living crisis",
]


def old_word_list() -> Callable[[str], bool]:
    """The rule extract used before: auxiliaries, listed verbs, and words ending in -ed."""
    from claimcheck.extract.atomize import AUX, IRREGULAR_PAST, NOT_VERBS, PRESENT, words

    def found(text: str) -> bool:
        return any(
            w in AUX
            or w in IRREGULAR_PAST
            or w in PRESENT
            or (len(w) > 4 and w.endswith("ed") and w not in NOT_VERBS)
            for w in words(text)
        )

    return found


def lemminflect_lexicon() -> Callable[[str], bool]:
    from claimcheck.extract.atomize import has_verb

    return has_verb


def textblob_pattern() -> Callable[[str], bool]:
    from textblob.en import tag

    finite = {"VBD", "VBZ", "VBP", "MD"}
    return lambda text: any(t in finite for _, t in tag(text))


CANDIDATES = {
    "word list (before)": (old_word_list, None),
    "lemminflect lexicon": (lemminflect_lexicon, "lemminflect"),
    "TextBlob PatternTagger": (textblob_pattern, "textblob"),
}


def size(package: str | None) -> str:
    if package is None:
        return "-"
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return "not installed"
    folder = Path(spec.origin).parent
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return f"{total / 1e6:.1f} MB" + (" (+ nltk)" if package == "textblob" else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    quotes = [
        g["quote"]
        for f in sorted((args.corpus / "gold").glob("*.json"))
        for g in json.loads(f.read_text(encoding="utf-8"))
    ]
    print(f"{len(quotes)} gold claims, {len(NOUN_PHRASES)} verbless noun phrases")
    for name, (make, package) in CANDIDATES.items():
        start = time.perf_counter()
        try:
            found = make()
            found("The board met.")
        except ImportError:
            print(f"{name:24} not installed")
            continue
        ready = time.perf_counter() - start
        hits = sum(found(q) for q in quotes) / len(quotes)
        wrong = sum(found(p) for p in NOUN_PHRASES) / len(NOUN_PHRASES)
        print(
            f"{name:24} verbs found {hits:.3f}  false verbs {wrong:.2f}  "
            f"import+first use {ready:.2f} s  size {size(package)}"
        )
    sys.exit(0)


if __name__ == "__main__":
    main()
