"""Claims seen before: the same statement, maybe in other words, already reviewed in
another claim file of the same folder or git repository.

Two statements match when their content words (lower-cased, light suffixes stripped,
stop words dropped) overlap enough, weighted by how rare each word is across the
claims compared, and when every number in one is in the other ("100 attacks" is not
"1,000 attacks"). bench/seen_quality.py measures precision and recall on paraphrase
pairs written by people.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.gitrun import git, work_tree
from claimcheck.models import Claim

if TYPE_CHECKING:
    from claimcheck.report import ClaimView

THRESHOLD = 0.4  # chosen on bench/seen_quality.py: precision 0.99, recall 0.85
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
STOP = set(
    "a an the and or but of to in on at by for with from as is are was were be been being "  # noqa: SIM905
    "it its it's this that these those there their they them he she his her we our you your "
    "i me my has have had do does did will would can could may might must should shall not "
    "no so than then too very just also only even into over out up about after before more "
    "most some any all each which who whom whose what when where why how if though although "
    "while because since until yet s".split()
)


def stem(word: str) -> str:
    """A light stem: enough to match "fought"/"fighting" no, but "attacks"/"attack" yes."""
    for suffix in ("ingly", "edly", "ing", "ies", "ied", "ed", "es", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


def terms(text: str) -> set[str]:
    words = (w.casefold().replace("\u2019", "'") for w in _WORD.findall(text))
    return {stem(w) for w in words if w not in STOP and not w.isdigit()}


def numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


@dataclass
class Seen:
    file: Path
    claim: Claim | ClaimView
    score: float


class Index:
    """Reviewed claims of other files, ready to be compared with."""

    def __init__(self, entries: Iterable[tuple[Path, Claim | ClaimView]]) -> None:
        self.entries = [(path, claim, terms(claim.text)) for path, claim in entries]
        df: Counter[str] = Counter()
        for _, _, words in self.entries:
            df.update(words)
        self.df = df
        self.n = max(1, len(self.entries))

    def weight(self, word: str) -> float:
        return math.log(1 + (self.n + 1) / (1 + self.df.get(word, 0)))

    def score(self, a: str, b: str) -> float:
        """How alike two statements are, 0 to 1 (a weighted overlap of their words)."""
        ta, tb = terms(a), terms(b)
        if not ta or not tb or numbers(a) != numbers(b):
            return 0.0
        shared = sum(self.weight(w) for w in ta & tb)
        smaller = min(sum(self.weight(w) for w in ta), sum(self.weight(w) for w in tb))
        overlap: float = len(ta & tb) / len(ta | tb)
        return shared / smaller * math.sqrt(overlap)

    def matches(self, claim: Claim, limit: int = 3) -> list[Seen]:
        found = [
            Seen(path, other, s)
            for path, other, _ in self.entries
            if (s := self.score(claim.text, other.text)) >= THRESHOLD
        ]
        return sorted(found, key=lambda m: -m.score)[:limit]


def to_reuse(found: list[Seen]) -> Seen | str:
    """What the review's `r` copies: the first claim seen before, or why it copies
    nothing (one line). A decision waiting for a re-check is not copied: it was made on
    words its claim no longer has, and its copy would be a clean decision that nobody
    made, published as checked; the claim is checked there first, or this one by hand."""
    if not found or found[0].claim.label is None:
        return "nothing seen before to reuse"
    first = found[0]
    if first.claim.needs_recheck:
        where = f"{first.claim.id} in {first.file.name}"
        return f"not reused: {where} needs a re-check (its words changed after it was tagged)"
    return first


def neighbours(path: Path) -> list[Path]:
    """The other claim files of the folder, and of the git repository if there is one."""
    here = path.resolve()
    found = {p.resolve() for p in here.parent.glob("*.yaml")}
    inside = [here.parent]
    top = work_tree(here.parent)
    names = None
    if top is not None:  # git with safe options: its config must not run anything
        # git is told the work tree: the folder that holds `.git` (gitrun.work_tree), never
        # a received repository's core.worktree (another folder, or `/`).
        # `:(top)`: the whole repository's, not only those under the file's folder
        listing = ["ls-files", "--full-name", "-z", ":(top)*.yaml"]
        names = git([f"--work-tree={top}", *listing], here.parent)
    if top is not None and names is not None:
        inside.append(top)
        found |= {(top / os.fsdecode(name)).resolve() for name in names.split(b"\0") if name}
    # a planted link to a claim file elsewhere is not a neighbour: nothing is read outside
    found = {p for p in found if any(p.is_relative_to(folder) for folder in inside)}
    return sorted(p for p in found if p != here and p.is_file())


# A neighbour larger than this is passed over, and no more than NEIGHBOURS_READ bytes of
# neighbours are read: the claim file of one article is a few hundred KiB at most, and
# `show` must not read someone's archive-sized files (or planted ones) before it answers
NEIGHBOUR_MAX = 4 * 1024 * 1024
NEIGHBOURS_READ = 64 * 1024 * 1024


class _Budget:
    """The bytes of neighbours left to read."""

    def __init__(self) -> None:
        self.left = NEIGHBOURS_READ

    def reviewed(self, path: Path) -> bool:
        """Whether the claim file at `path` may hold a reviewed claim: not too large, a
        label in its bytes or a journal beside it, and the budget not spent. Files just
        extracted, with nothing tagged, are most of a busy folder; parsing them would
        find nothing."""
        from claimcheck import confine
        from claimcheck.claimfile.journal import journal_bytes

        try:
            size = path.lstat().st_size
            if size > min(NEIGHBOUR_MAX, self.left):
                return False
            data = confine.read_regular(path, NEIGHBOUR_MAX, follow=False)
        except (OSError, confine.Refused):
            return False
        self.left -= len(data)
        return b"label" in data or bool(journal_bytes(path))


class Memo:
    """The matches of each claim a review shows, the index made on its first use (or
    given: the tests')."""

    def __init__(self, path: Path, index: Index | None = None) -> None:
        self.path, self.index = path, index
        self.found: dict[str, list[Seen]] = {}

    def matches(self, claim: Claim) -> list[Seen]:
        if self.index is None:
            self.index = index_for(self.path)
        if claim.id not in self.found:
            self.found[claim.id] = self.index.matches(claim)
        return self.found[claim.id]


def index_for(path: Path) -> Index:
    """The reviewed claims of every other readable claim file near `path` (read through the
    report cache, so a folder of unchanged files costs little)."""
    others = neighbours(path)
    entries: list[tuple[Path, Claim | ClaimView]] = []
    if not others:  # a file alone: no report records to import (a seventh of `show`)
        return Index(entries)
    from claimcheck import cache
    from claimcheck.errors import ClaimcheckError
    from claimcheck.report import ArticleReport

    root = cache.folder()
    budget = _Budget()
    for other in others:
        if not budget.reviewed(other):
            continue
        try:
            report = cache.report_of(other, root).report
        except ClaimcheckError:
            continue  # not a claim file, or a broken one: nothing to learn from it
        assert isinstance(report, ArticleReport)
        entries.extend((other, c) for c in report.claims if c.label is not None)
    return Index(entries)
