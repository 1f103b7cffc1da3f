"""What the extraction tests share: the claim file `extract` makes of a text, and its
claims' texts; the passages a claim file left out, each with its reason, as (reason, the
article's text at the passage); and a pattern that counts what it reads, for the tests
that extraction grows linearly."""

from __future__ import annotations

import cProfile
import pstats
import re
from collections.abc import Iterator

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source
from claimcheck.models import ClaimFile


class Counting:
    """A compiled pattern that counts the characters it is asked to read."""

    def __init__(self, pattern: re.Pattern[str], total: list[int]) -> None:
        self.pattern, self.total = pattern, total

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        self.total[0] += (len(text) if endpos is None else min(endpos, len(text))) - pos
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        self.total[0] += (len(text) if endpos is None else min(endpos, len(text))) - pos
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)


def extracted(text: str, kind: str = "text") -> ClaimFile:
    """The claim file `extract` makes of `text` (a page of `kind`), with no metadata."""
    doc, _ = extract(Source(text, kind), Meta())
    return doc


def texts(doc: ClaimFile) -> list[str]:
    return [c.text for c in doc.claims]


def left(doc: ClaimFile) -> list[tuple[str, str]]:
    text = doc.article.text or ""
    return [(item.reason, text[item.passage.start : item.passage.end]) for item in doc.left_out]


def work(read: list[int], text: str) -> int:
    """The work of extracting `text`: Python calls, and the characters the Counting
    patterns read (`read`, set to zero first)."""
    read[0] = 0
    profile = cProfile.Profile()
    profile.enable()
    try:
        extract(Source(text, "text"), Meta(title="T"))
    finally:
        profile.disable()
    calls: int = pstats.Stats(profile).total_calls  # type: ignore[attr-defined]
    return calls + read[0]
