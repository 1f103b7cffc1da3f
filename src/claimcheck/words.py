"""Passages as reviewers name them, word by word: offsets that never cut a word, and the
parts of a split that neither repeat, overlap, nor leave a word of the claim behind."""

from __future__ import annotations

import re
from itertools import pairwise

from claimcheck.errors import InvalidValue
from claimcheck.models import shorten

__all__ = ["JOINING", "KEEP_EVERY_WORD", "parts_cover", "whole_words", "word_start"]


def word_start(text: str, point: int, lo: int) -> int:
    while point > lo and text[point - 1].isalnum() and text[point].isalnum():
        point -= 1
    return point


def _inside_word(text: str, point: int) -> bool:
    return 0 < point < len(text) and text[point - 1].isalnum() and text[point].isalnum()


def whole_words(text: str, start: int, end: int) -> None:
    """Refuse offsets that start or end inside a word, naming the whole words' offsets."""
    if not (_inside_word(text, start) or _inside_word(text, end)):
        return
    lo = word_start(text, start, 0)
    hi = end
    while _inside_word(text, hi):
        hi += 1
    raise InvalidValue(
        f"offsets {start}-{end} cut a word ({shorten(text[start:end])!r}); "
        f"the whole words are {lo}-{hi} ({shorten(text[lo:hi])!r})"
    )


# Words that only join the parts of a compound claim: a split by quotes may leave them
# in no part ("Russia invaded | and | tanks were lost"); any other word it leaves out is
# refused, so that no statement of the claim disappears without a trace.
JOINING = frozenset({"and", "but", "or", "nor", "yet", "so", "then", "while", "whereas"})


# What a refusal of parts that leave words out advises, on the command line
KEEP_EVERY_WORD = (
    "give them a --quote too (and delete that part afterwards if it is no claim), or split "
    "at points with --at"
)


def parts_cover(
    text: str,
    claim_id: str,
    spans: list[tuple[int, int]],
    lo: int,
    hi: int,
    advice: str = KEEP_EVERY_WORD,
) -> None:
    """Refuse parts given by quotes that repeat or overlap each other, or that leave
    words of the passage (other than joining words) in no part; `advice` says what to
    do then (the review has no --quote or --at)."""
    ordered = sorted(spans)
    for (a, b), (c, d) in pairwise(ordered):
        if (a, b) == (c, d):
            raise InvalidValue(
                f"the part {shorten(text[a:b])!r} is given twice; give each part of {claim_id} once"
            )
        if c < b:
            raise InvalidValue(
                f"the parts {shorten(text[a:b])!r} and {shorten(text[c:d])!r} overlap "
                f"({shorten(text[c : min(b, d)])!r} is in both); each word of {claim_id} "
                "goes in one part"
            )
    gaps = [
        (x, y)
        for x, y in zip([lo, *(b for _, b in ordered)], [*(a for a, _ in ordered), hi], strict=True)
        if x < y
    ]
    missed = [
        " ".join(text[x:y].split())
        for x, y in gaps
        if any(w.lower() not in JOINING for w in _words(text[x:y]))
    ]
    if missed:
        shown = ", ".join(repr(shorten(m)) for m in missed)
        raise InvalidValue(f"the parts leave out words of {claim_id}: {shown}; {advice}")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)
