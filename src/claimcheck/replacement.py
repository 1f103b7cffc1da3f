"""A review whose claim file was replaced under it (`extract --force`, another version
checked out or copied over it): noticed, said in one line, and nothing lost.

Every save of a claim file writes a new file (an atomic rename), so the file changing is
no sign by itself. What marks another file is that the decisions this review saved are
no longer in it: neither in a claim's history (its own, or a tombstone's: a deleted,
split or merged claim keeps it) nor waiting in its journal. When the review re-reads the
file (another process wrote it) it looks for them (`Watch.reloaded`); the next decision
is then refused, not put on the new file's claim that happens to carry the same id, and
kept with the missing ones in `.NAME.journal.stale` beside the file (`Watch.refuse`).
The review goes on over the new file, and its summary says how many decisions were kept
aside and where (`Watch.words`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.errors import Conflict
from claimcheck.safe import shown_path
from claimcheck.wording import count

if TYPE_CHECKING:
    from claimcheck.claimfile.transact import Loaded
    from claimcheck.models import Decision


class Replaced(Conflict):
    """The claim file is another one than the file the review saved its decisions in."""


def _key(decision: Decision) -> tuple[str, datetime]:
    return decision.by, decision.at


def missing(loaded: Loaded, decisions: list[Decision]) -> list[Decision]:
    """The `decisions` (saved by this review) that the file as `loaded` does not hold:
    in no claim's history (tombstones included) and not applied from its journal."""
    if not decisions:
        return []
    from claimcheck.decisions import known_keys

    doc = loaded.doc
    claims = {c.id: c for c in [*doc.deleted, *doc.claims]}  # a claim over its tombstone
    known: dict[str, set[tuple[str, datetime]]] = {}
    lost = []
    for decision in decisions:
        claim = claims.get(decision.claim)
        if claim is None:
            lost.append(decision)
            continue
        if decision.claim not in known:
            known[decision.claim] = known_keys(claim)
        if _key(decision) not in known[decision.claim]:
            lost.append(decision)
    return lost


@dataclass
class Watch:
    """What a review's journal keeps to notice that its file was replaced."""

    # saved since the file was its own, and recorded in the claim's history when saved:
    # a decision that changed nothing there (a withdraw of a decision one never made, a
    # ruling repeated) would be missing from any file, so it tells nothing
    saved: list[Decision] = field(default_factory=list)
    lost: list[Decision] = field(default_factory=list)  # saved, and not in the file now
    kept: int = 0  # decisions kept aside because the file was replaced
    copy: Path | None = None  # the copy of the replaced file `extract --force` kept

    def reloaded(self, loaded: Loaded) -> None:
        """The file was read again: are this review's decisions still in it?"""
        gone = missing(loaded, self.saved)
        if gone:
            keys = {_key(d) for d in gone}
            self.saved = [d for d in self.saved if _key(d) not in keys]
            self.lost += gone

    def refuse(self, loaded: Loaded, decision: Decision | None) -> None:
        """When the file was replaced: keep the lost decisions and `decision` (not made
        durable) aside beside it, and raise Replaced saying where (with no `decision`,
        at the end of the review, just keep them). Caller holds the file's lock."""
        if not self.lost:
            return
        from claimcheck.claimfile.atomic import aside_path
        from claimcheck.claimfile.journal import set_aside

        path = loaded.path
        # in the journal (set aside by the next save), or set aside already (`extract
        # --force` moves the journal there): kept once
        waiting = {_key(d) for d in loaded.journaled} | _kept(path)
        keep = [d for d in self.lost if _key(d) not in waiting]
        if decision is not None:
            keep.append(decision)
        if keep:
            set_aside(path, keep)
        earlier = len(self.lost)
        self.kept += earlier + (decision is not None)
        self.copy = _copy_since(path, min(d.at for d in self.lost)) or self.copy
        self.lost = []
        if decision is None:
            return
        copy = f" (the replaced file: {shown_path(self.copy.name)})" if self.copy else ""
        raise Replaced(
            f"{shown_path(path)} was replaced while you were reviewing (extract --force, or "
            f"another version put in its place): your {count(earlier, 'earlier decision')} "
            f"on it and this one on {decision.claim} are kept in "
            f"{shown_path(aside_path(path).name)}{copy}, not applied; you now review the "
            "new file"
        )

    def words(self, path: Path) -> str:
        """The summary's words on the decisions kept aside, or ""."""
        if not self.kept:
            return ""
        from claimcheck.claimfile.atomic import aside_path

        copy = f" and the copy {shown_path(self.copy.name)}" if self.copy else ""
        return (
            f" {count(self.kept, 'decision')} made on the file before it was replaced "
            f"{'is' if self.kept == 1 else 'are'} kept in {shown_path(aside_path(path).name)}"
            f"{copy}, not applied."
        )


def _kept(path: Path) -> set[tuple[str, datetime]]:
    """The decisions set aside beside the file already (`.NAME.journal.stale`)."""
    from claimcheck import confine
    from claimcheck.claimfile.atomic import aside_path
    from claimcheck.claimfile.journal import complete_lines
    from claimcheck.models import Decision

    try:
        data = confine.read_regular(aside_path(path), confine.MAX_JOURNAL, follow=False)
    except (OSError, confine.Refused):
        return set()
    keys = set()
    for _, line in complete_lines(data):
        try:
            keys.add(_key(Decision.model_validate_json(line)))
        except ValueError:  # not a decision claimcheck wrote: it keeps nothing of ours
            continue
    return keys


def _copy_since(path: Path, since: datetime) -> Path | None:
    """The newest copy `extract --force` kept of the file (NAME.replaced-STAMP) made
    since `since`, if any."""
    try:
        copies = [
            (p.stat().st_mtime, p)
            for p in path.parent.glob(f"{_glob_safe(path.name)}.replaced-*")
            if p.is_file()
        ]
    except OSError:
        return None
    fresh = [(t, p) for t, p in copies if t >= since.timestamp() - 1]
    return max(fresh)[1] if fresh else None


def _glob_safe(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
