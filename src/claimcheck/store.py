"""Claim files for the rest of claimcheck: persistence (the `claimfile` package) with the
review's rules applied to what the journal holds.

Loading replays the decisions journaled beside the file (`decisions.apply_decision`), and
`Journal` is the commit protocol of a review decision: durable before the next claim is
shown, refused when someone else changed the claim meanwhile. The modules that do the
work on disk are in `claimfile/`: the YAML dialect, error locations, the codec, atomic
writes and locks, the journal and the transactions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from claimcheck.claimfile import transact
from claimcheck.claimfile.atomic import LOCK_TIMEOUT, Stamp, journal_path, lock_path, locked
from claimcheck.claimfile.atomic import write_atomic as write_atomic
from claimcheck.claimfile.codec import dump, parse, read, to_data
from claimcheck.claimfile.journal import append_decisions, read_journal_bytes
from claimcheck.claimfile.locate import format_loc
from claimcheck.claimfile.transact import Loaded, save
from claimcheck.claimfile.yaml_dialect import may_anchor as _may_anchor
from claimcheck.decisions import apply_decision
from claimcheck.errors import Conflict
from claimcheck.models import ClaimFile, Decision

__all__ = [
    "LOCK_TIMEOUT",
    "Journal",
    "Loaded",
    "Stamp",
    "_may_anchor",
    "append_decisions",
    "dump",
    "fold",
    "format_loc",
    "journal_path",
    "load",
    "lock_path",
    "locked",
    "parse",
    "read",
    "read_journal_bytes",
    "replay",
    "save",
    "to_data",
    "update",
    "write_atomic",
]

T = TypeVar("T")


def replay(doc: ClaimFile, decisions: list[Decision]) -> None:
    """Apply journaled decisions to the claims they are about (a decision already folded
    in is recognised and not applied twice)."""
    claims = doc.index()
    for decision in decisions:
        claim = claims.get(decision.claim)
        if claim is not None:
            apply_decision(claim, decision)


def load(
    path: Path, *, all_problems: bool = False, verify: bool = True, data: bytes | None = None
) -> Loaded:
    """Read and validate a claim file, with any journaled decisions applied in memory."""
    return transact.load(path, all_problems=all_problems, verify=verify, data=data, replay=replay)


def update(path: Path, change: Callable[[Loaded], T], *, verify: bool = True) -> T:
    """Read, change and save a claim file under its lock (see claimfile.transact.update)."""
    return transact.update(path, change, verify=verify, replay=replay)


def fold(path: Path) -> Loaded:
    """Fold a pending journal into the YAML file (after a review, or after a crash)."""
    return transact.fold(path, replay=replay)


class Journal:
    """The durable side of a review session.

    `commit` makes one decision durable (journal append + fsync, under the lock) before the
    caller moves on, at a cost that does not grow with the file. When another process has
    written the file since we last looked, the fresh file is read first; a decision on a
    claim that someone else changed meanwhile is refused, not silently overwritten.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.loaded = load(path)

    @property
    def doc(self) -> ClaimFile:
        return self.loaded.doc

    def commit(self, decision: Decision, expected: tuple[Any, ...]) -> bool:
        """Write `decision`; return True if the file had changed on disk (now re-read)."""
        with locked(self.path):
            refreshed = False
            if Stamp.of(self.path) != self.loaded.stamp:
                self.loaded = load(self.path)
                refreshed = True
                claim = self.loaded.doc.claim(decision.claim)
                if claim is None:
                    raise Conflict(
                        f"{self.path}: claim {decision.claim} was removed by someone else; "
                        "your decision was not saved"
                    )
                if claim.decision_fields() != expected:
                    raise Conflict(
                        f"{decision.claim} was changed by {claim.reviewer or 'someone else'} "
                        f"while you were reviewing (it is now {claim.label_name}); "
                        "your decision was not saved: look again"
                    )
            append_decisions(self.path, [decision])
            claim = self.loaded.doc.claim(decision.claim)
            assert claim is not None
            apply_decision(claim, decision)
            self.loaded.journaled.append(decision)
            self.loaded.stamp = Stamp.of(self.path)
            return refreshed

    def close(self) -> Loaded:
        """Fold the journal into the YAML file; return what was saved."""
        return fold(self.path)
