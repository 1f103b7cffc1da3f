"""How well the extraction hint tells opinion from fact on sentences labelled by others.

Reads tab-separated files of the English subjectivity sentences of the CheckThat! lab
(`train_en.tsv`, `dev_en.tsv`; never its test sets): either with a header that has a
`sentence` column and a `label` column of SUBJ / OBJ, or without one, each row
`sentence_id, sentence, label[, solved_conflict]` (as some copies of the 2023 files are).
Their licence is the lab's, so the files are not shipped: give their paths.

SUBJ is read as opinion and OBJ as factual. Reports for each file and for all of them
together, beside a majority baseline:

    coverage   share of sentences where the hint does not abstain (kind != unclear)
    macro-F1   of factual vs opinion on those sentences (target >= 0.70)
    all        macro-F1 on every sentence, an `unclear` hint counted as wrong

    python bench/hint_quality.py train_en.tsv dev_en.tsv
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

TARGET = 0.70
KINDS = ("factual", "opinion")


def read(path: Path) -> list[tuple[str, str]]:
    """(sentence, gold kind) of each SUBJ / OBJ row of one file."""
    rows: list[tuple[str, str]] = []
    with path.open(encoding="utf-8", newline="") as f:
        table = list(csv.reader(f, delimiter="\t"))
    header = [cell.strip().lower() for cell in table[0]] if table else []
    if "sentence" in header and "label" in header:
        at, lab = header.index("sentence"), header.index("label")
        table = table[1:]
    else:
        at, lab = 1, 2  # no header: sentence_id, sentence, label[, solved_conflict]
    for row in table:
        label = row[lab].strip().upper() if len(row) > max(at, lab) else ""
        if label in ("SUBJ", "OBJ"):
            rows.append((row[at], "opinion" if label == "SUBJ" else "factual"))
    return rows


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    """Macro-F1 over factual and opinion of (gold, predicted) pairs; a prediction that is
    neither counts against recall only."""
    scores = []
    for kind in KINDS:
        tp = sum(g == kind and p == kind for g, p in pairs)
        fp = sum(g != kind and p == kind for g, p in pairs)
        fn = sum(g == kind and p != kind for g, p in pairs)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def report(title: str, predicted: list[tuple[str, str]]) -> None:
    """The figures for (gold, predicted kind) pairs."""
    decided = [(g, p) for g, p in predicted if p != "unclear"]
    golds = [g for g, _ in predicted]
    majority = max(KINDS, key=golds.count)
    baseline = macro_f1([(g, majority) for g in golds])
    unclear = len(predicted) - len(decided)
    score = macro_f1(decided)
    verdict = "pass" if score >= TARGET else "MISS"
    print(
        f"{title}: sentences {len(predicted)} ({golds.count('opinion')} opinion, "
        f"{golds.count('factual')} factual)"
    )
    print(f"  majority baseline ({majority})  macro-F1 {baseline:.3f}")
    print(
        f"  hint: unclear on {unclear} ({unclear / len(predicted):.1%}); "
        f"coverage {len(decided) / len(predicted):.1%}"
    )
    print(f"  hint macro-F1 where it decides  {score:.3f}  (target >= {TARGET})  {verdict}")
    print(f"  hint macro-F1 on all, unclear counted wrong  {macro_f1(predicted):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description="Score the factual/opinion hint.")
    parser.add_argument("files", nargs="+", type=Path, help="TSV files (sentence, label)")
    parser.add_argument("--show", action="store_true", help="list the disagreements")
    args = parser.parse_args()
    from claimcheck.extract.hints import hint

    every: list[tuple[str, str]] = []
    for path in args.files:
        rows = read(path)
        if not rows:
            sys.exit(f"{path}: no SUBJ/OBJ rows found")
        predicted = [(gold, hint(sentence).kind) for sentence, gold in rows]
        if len(args.files) > 1:
            report(path.name, predicted)
        every += predicted
        if args.show:
            for (sentence, gold), (_, p) in zip(rows, predicted, strict=True):
                if p != gold:
                    print(f"{gold:8} {p:8} {sentence[:120]}")
    report("all files" if len(args.files) > 1 else args.files[0].name, every)


if __name__ == "__main__":
    main()
