"""How `claimcheck extract` does on articles it was never tuned on: the shared corpus.

Scores every article of the development corpus (`../shared/corpus` beside the clone, or
`--corpus PATH`) by the corpus README's rule:

- gold spans: each gold quote located in the article text (the `.txt` file as it is, or
  `visible_text(html)` from the corpus's own `tools/visible_text.py` for `.html`);
- extracted spans: each claim's passage. For HTML, claimcheck's article text is its own
  Markdown rendering of the page, so each passage's quote is located in the visible text
  (Markdown marks removed from our quote; whitespace runs and curly quotes normalised on
  both sides, as the README says). A claim that cannot be located is extracted-unmatched;
- Jaccard of character spans, pairs with J >= 0.5 matched greedily one to one (highest J
  first, ties by gold order, then extracted order);
- recall, precision and F1 per article and micro-averaged; kind agreement on the matched
  pairs (a hint of `unclear` is counted apart).

Also, with the issue's targets:

- dropped without a reason: gold claims of which less than half the characters lie in a
  claim's passage or in a recorded left-out passage (target 0);
- fragments: claims whose text starts with a subordinator, a participle or a verb (no
  subject) (target <= 2%);
- chrome as claims: extracted claims that overlap no gold claim at all, i.e. text from
  outside the article's statements (captions, credits, menus, headings) (target <= 1%).

    python bench/corpus_quality.py                 # per article and overall
    python bench/corpus_quality.py --show NAME     # misses and extras of one article
    python bench/corpus_quality.py --show all --near  # each miss with the claims over it
    python bench/corpus_quality.py --json          # the figures as JSON
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
RECALL, PRECISION, WORST_RECALL, FRAGMENTS, CHROME = 0.90, 0.85, 0.75, 0.02, 0.01

Span = tuple[int, int]

# Claims that start like these have no subject of their own.
_SUBORDINATORS = {
    "which", "who", "whom", "whose", "where", "when", "while", "whereas", "because",
    "although", "though", "since", "if", "unless", "with", "such", "that", "as", "after",
    "before", "until", "including", "and", "but", "or", "nor", "so", "yet",
}  # fmt: skip
_MAIN_CLAUSE_AFTER = {
    "if",
    "as",
    "although",
    "though",
    "while",
    "because",
    "since",
    "when",
    "after",
    "before",
    "according",
    "with",
    "unless",
    "whereas",
}
_FINITE_STARTS = {
    "is", "are", "was", "were", "has", "have", "had", "said", "says", "will", "would",
    "can", "could", "should", "must", "may", "might", "did", "does", "do", "been", "being",
    "seems", "means",
}  # fmt: skip


_STRAIGHT = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}


def _norm_map(text: str) -> tuple[str, list[int]]:
    """`text` with whitespace runs folded and curly quotes straightened, and for each
    character of the result the offset it came from."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not space:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        out.append(_STRAIGHT.get(ch, ch))
        where.append(i)
    return "".join(out), where


_MD = [
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\*\*|__"), ""),
    (re.compile(r"(?<!\w)[*_](?=\S)(.+?)(?<=\S)[*_](?!\w)"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+.!-])"), r"\1"),
    (re.compile(r"^\s*(?:#{1,6}|[-*+]|\d{1,3}[.)])\s+", re.M), ""),
]


def unmark(quote: str) -> str:
    for pattern, repl in _MD:
        quote = pattern.sub(repl, quote)
    return quote


class Locator:
    """Finds quotes in one article text: exactly, else normalised (then mapped back)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm, self.where = _norm_map(text)

    def find(self, quote: str, after: int = 0) -> Span | None:
        for start_at in (after, 0):
            at = self.text.find(quote, start_at)
            if at >= 0:
                return at, at + len(quote)
        nq = _norm_map(quote)[0].strip()
        if not nq:
            return None
        n_after = next((k for k, w in enumerate(self.where) if w >= after), len(self.where))
        for start_at in (n_after, 0):
            at = self.norm.find(nq, start_at)
            if at >= 0:
                return self.where[at], self.where[at + len(nq) - 1] + 1
        return None


def jaccard(a: Span, b: Span) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def visible_text_of(corpus: Path) -> Any:
    spec = importlib.util.spec_from_file_location("visible_text", corpus / "tools/visible_text.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.visible_text


def is_fragment(text: str) -> bool:
    found = re.findall(r"[A-Za-z][\w\u2019'-]*", text)
    if not found:
        return True
    first = found[0].casefold()
    if first in _MAIN_CLAUSE_AFTER and re.search(r"[,:]\s+\S", text):
        return False  # "If X, Y" / "According to X, Y": the main clause follows
    if first in ("that", "this") and len(found) > 1 and found[1].casefold() in _FINITE_STARTS:
        return False  # a demonstrative subject: "That is a ridiculous approach."
    if first in _SUBORDINATORS or first in _FINITE_STARTS:
        return True
    if first.endswith("ing") and len(first) > 4:
        return _verb_only(first)
    return False


def _verb_only(word: str) -> bool:
    """Whether a word reads only as a verb form (a participle such as "killing")."""
    try:
        from lemminflect import getAllLemmas
    except ImportError:  # pragma: no cover - the project depends on it
        return True
    lemmas = getAllLemmas(word)
    return bool(lemmas) and set(lemmas) <= {"VERB", "AUX"}


@dataclass
class Extracted:
    id: str
    text: str
    kind: str | None
    spans: list[Span]  # located in the scoring text; empty when it could not be located


@dataclass
class Article:
    name: str
    gold: int
    extracted: int
    matched: int
    kinds_agree: int = 0
    kinds_unclear: int = 0
    dropped_silently: int = 0
    fragments: int = 0
    chrome: int = 0
    unlocated: int = 0
    left_out: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    near: list[str] = field(default_factory=list)  # a missed gold claim and what overlaps it

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 0.0


def f1(recall: float, precision: float) -> float:
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


def extract(article: Path, out: Path) -> Any:
    from claimcheck import store

    subprocess.run(
        [sys.executable, "-m", "claimcheck", "extract", str(article), "-o", str(out), "--force"],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return store.load(out).doc


def score(corpus: Path, path: Path, tmp: Path) -> Article:
    gold = json.loads((corpus / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    doc = extract(path, tmp / f"{path.stem}.yaml")
    raw = path.read_text(encoding="utf-8")
    html = path.suffix == ".html"
    scoring = visible_text_of(corpus)(raw) if html else raw
    ours = doc.article.text or ""
    locate = Locator(scoring)

    def spans_of(passages: list[Any], cursor: list[int]) -> list[Span]:
        """Where each passage lies in the scoring text, searched from `cursor` on (in
        document order, so that a repeated phrase is placed at its own occurrence)."""
        found: list[Span] = []
        for p in passages:
            if not html and scoring[p.start : p.end] == p.quote:
                found.append((p.start, p.end))
                continue
            span = locate.find(unmark(p.quote) if html else p.quote, cursor[0])
            if span is not None:
                found.append(span)
                cursor[0] = span[0]
        return found

    assert html or ours == raw, f"{path.name}: extract changed the article text"
    cursor = [0]
    extracted = [
        Extracted(
            c.id,
            c.text,
            c.hint.kind if c.hint else None,
            spans_of([c.passage, *c.also_at], cursor),
        )
        for c in doc.claims
    ]
    left = getattr(doc, "left_out", None) or []
    left_spans = spans_of([item.passage for item in left], [0])
    gold_spans: list[Span | None] = [locate.find(g["quote"]) for g in gold]
    pairs: list[tuple[float, int, int]] = []
    for gi, gs in enumerate(gold_spans):
        if gs is None:
            continue
        for ei, e in enumerate(extracted):
            j = max((jaccard(gs, s) for s in e.spans), default=0.0)
            if j >= 0.5:
                pairs.append((j, gi, ei))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    gold_done: dict[int, int] = {}
    ext_done: set[int] = set()
    for _, gi, ei in pairs:
        if gi not in gold_done and ei not in ext_done:
            gold_done[gi] = ei
            ext_done.add(ei)
    result = Article(path.name, len(gold), len(extracted), len(gold_done), left_out=len(left))
    for gi, ei in gold_done.items():
        kind = extracted[ei].kind
        if kind == "unclear":
            result.kinds_unclear += 1
        elif kind == gold[gi]["kind"]:
            result.kinds_agree += 1
    covered = [s for e in extracted for s in e.spans] + left_spans
    for gi, gs in enumerate(gold_spans):
        if gs is None:
            continue
        inside = _covered(gs, covered)
        if inside * 2 < gs[1] - gs[0]:
            result.dropped_silently += 1
        if gi not in gold_done:
            result.missed.append(
                f"{'dropped ' if inside * 2 < gs[1] - gs[0] else ''}{gold[gi]['quote']}"
            )
            lines = [f"missed {gold[gi]['quote']}"]
            for ei, e in enumerate(extracted):
                j = max((jaccard(gs, s) for s in e.spans), default=0.0)
                if j > 0:
                    taken = "matched" if ei in ext_done else "free"
                    lines.append(f"   J={j:.2f} {taken:7} {e.id}: {e.text}")
            result.near.append("\n".join(lines))
    for ei, e in enumerate(extracted):
        result.fragments += is_fragment(e.text)
        if not e.spans:
            result.unlocated += 1
        if not any(
            gs is not None and min(gs[1], s[1]) > max(gs[0], s[0])
            for gs in gold_spans
            for s in e.spans
        ):
            result.chrome += 1
            result.extra.append(f"chrome {e.id}: {e.text}")
        elif ei not in ext_done:
            result.extra.append(f"extra  {e.id}: {e.text}")
    return result


def _covered(span: Span, others: list[Span]) -> int:
    """How many characters of `span` lie in the union of `others`."""
    marks = [0] * (span[1] - span[0])
    for a, b in others:
        for k in range(max(a, span[0]), min(b, span[1])):
            marks[k - span[0]] = 1
    return sum(marks)


def measure(corpus: Path) -> list[Article]:
    articles = sorted(p for p in (corpus / "articles").iterdir() if p.suffix in (".txt", ".html"))
    with tempfile.TemporaryDirectory() as tmp:
        return [score(corpus, p, Path(tmp)) for p in articles]


def totals(results: list[Article]) -> dict[str, float]:
    gold = sum(r.gold for r in results)
    ext = sum(r.extracted for r in results)
    matched = sum(r.matched for r in results)
    recall = matched / gold if gold else 0.0
    precision = matched / ext if ext else 0.0
    agree = sum(r.kinds_agree for r in results)
    unclear = sum(r.kinds_unclear for r in results)
    return {
        "gold": gold,
        "extracted": ext,
        "matched": matched,
        "recall": recall,
        "precision": precision,
        "f1": f1(recall, precision),
        "worst_recall": min((r.recall for r in results), default=0.0),
        "kind_agreement": agree / (matched - unclear) if matched - unclear else 0.0,
        "kind_unclear": unclear,
        "dropped_silently": sum(r.dropped_silently for r in results),
        "fragment_rate": sum(r.fragments for r in results) / ext if ext else 0.0,
        "chrome_rate": sum(r.chrome for r in results) / ext if ext else 0.0,
        "unlocated": sum(r.unlocated for r in results),
        "left_out": sum(r.left_out for r in results),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Score extract on the shared corpus.")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"default {CORPUS}")
    parser.add_argument(
        "--show",
        metavar="NAME",
        help="list misses and extras of articles "
        "whose name contains NAME ('all' for every article)",
    )
    parser.add_argument(
        "--near",
        action="store_true",
        help="with --show: each missed gold claim with the claims that overlap it (and J)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not (args.corpus / "articles").is_dir():
        sys.exit(f"no corpus at {args.corpus} (give --corpus PATH)")
    results = measure(args.corpus)
    t = totals(results)
    if args.json:
        rows = [{**asdict(r), "recall": r.recall, "precision": r.precision} for r in results]
        for row in rows:
            row.pop("missed"), row.pop("extra"), row.pop("near")
        print(json.dumps({"articles": rows, "overall": t}, indent=2))
        return
    head = f"{'article':40} {'gold':>4} {'ext':>4} {'match':>5} {'recall':>6} {'prec':>6} {'F1':>5}"
    print(head + f" {'kind':>5} {'frag':>4} {'chrome':>6} {'silent':>6} {'left':>4}")
    for r in results:
        agree = r.kinds_agree / (r.matched - r.kinds_unclear) if r.matched - r.kinds_unclear else 0
        print(
            f"{r.name[:40]:40} {r.gold:4} {r.extracted:4} {r.matched:5} {r.recall:6.3f} "
            f"{r.precision:6.3f} {f1(r.recall, r.precision):5.3f} {agree:5.2f} {r.fragments:4} "
            f"{r.chrome:6} {r.dropped_silently:6} {r.left_out:4}"
        )

    def verdict(ok: bool) -> str:
        return "pass" if ok else "MISS"

    print(f"\ngold {t['gold']}, extracted {t['extracted']}, matched {t['matched']}")
    print(f"recall        {t['recall']:.3f}  (>= {RECALL})  {verdict(t['recall'] >= RECALL)}")
    ok = verdict(t["precision"] >= PRECISION)
    print(f"precision     {t['precision']:.3f}  (>= {PRECISION})  {ok}")
    print(f"F1            {t['f1']:.3f}")
    ok = verdict(t["worst_recall"] >= WORST_RECALL)
    print(f"worst recall  {t['worst_recall']:.3f}  (>= {WORST_RECALL})  {ok}")
    print(f"kind agrees   {t['kind_agreement']:.3f}  ({t['kind_unclear']} matched hints unclear)")
    ok = verdict(t["dropped_silently"] == 0)
    print(f"dropped silently  {t['dropped_silently']}  (target 0)  {ok}")
    ok = verdict(t["fragment_rate"] <= FRAGMENTS)
    print(f"fragments     {t['fragment_rate']:.3f}  (<= {FRAGMENTS})  {ok}")
    ok = verdict(t["chrome_rate"] <= CHROME)
    print(f"chrome        {t['chrome_rate']:.3f}  (<= {CHROME})  {ok}")
    print(f"unlocated claims {t['unlocated']}, left-out passages {t['left_out']}")
    if args.show:
        for r in results:
            if args.show == "all" or args.show in r.name:
                print(f"\n== {r.name}")
                if args.near:
                    print("\n".join([*r.near, *r.extra]))
                else:
                    print("\n".join([*(f"missed {m}" for m in r.missed), *r.extra]))


if __name__ == "__main__":
    main()
