"""Claim files for the rest of claimcheck: persistence (the `claimfile` package) with the
review's rules applied to what the journal holds.

Loading replays the decisions journaled beside the file (`decisions.apply_decision`), and
`Journal` is the commit protocol of a review decision: durable before the next claim is
shown, refused when someone else changed the claim meanwhile. The modules that do the
work on disk are in `claimfile/`: the YAML dialect, error locations, the codec, atomic
writes and locks, the journal and the transactions.
"""

from __future__ import annotations

import functools
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from claimcheck.claimfile import transact
from claimcheck.claimfile.atomic import (
    LOCK_TIMEOUT,
    Stamp,
    aside_path,
    journal_path,
    lock_path,
    locked,
    refuse_unnamed_link,
    sweep_temps,
)
from claimcheck.claimfile.atomic import write_atomic as write_atomic
from claimcheck.claimfile.codec import dump, parse, read, to_data
from claimcheck.claimfile.journal import append_decisions, read_journal_bytes, retire
from claimcheck.claimfile.locate import format_loc
from claimcheck.claimfile.transact import Loaded
from claimcheck.claimfile.yaml_dialect import may_anchor as _may_anchor
from claimcheck.decisions import apply_decision, replaced
from claimcheck.errors import ClaimcheckError, Conflict, InvalidValue
from claimcheck.models import Claim, ClaimFile, Decision
from claimcheck.replacement import Watch
from claimcheck.replaying import applied, bound, moved_aside, replay_noting
from claimcheck.replaying import replay as replay
from claimcheck.replaying import take_notices as take_notices
from claimcheck.reviewfate import beside
from claimcheck.safe import shown_path

if TYPE_CHECKING:
    from claimcheck.written import Written

__all__ = [
    "LOCK_TIMEOUT",
    "Journal",
    "Loaded",
    "Stamp",
    "_may_anchor",
    "append_decisions",
    "aside_path",
    "bound",
    "dump",
    "fold",
    "format_loc",
    "gone_how",
    "journal_path",
    "load",
    "lock_path",
    "locked",
    "parse",
    "read",
    "read_journal_bytes",
    "replay",
    "retire",
    "save",
    "take_notices",
    "to_data",
    "update",
    "write_atomic",
]

T = TypeVar("T")


def load(
    path: Path,
    *,
    all_problems: bool = False,
    verify: bool = True,
    data: bytes | None = None,
    journal: bytes | None = None,
) -> Loaded:
    """Read and validate a claim file, with any journaled decisions applied in memory
    (`data` and `journal`: their bytes, when the caller read them already)."""
    replaying = functools.partial(replay_noting, path)
    return transact.load(
        path, all_problems=all_problems, verify=verify, data=data, journal=journal,
        replay=replaying,
    )  # fmt: skip


def update(
    path: Path, change: Callable[[Loaded], T], *, verify: bool = True, check: bool = False
) -> T:
    """Read, change and save a claim file under its lock (see claimfile.transact.update);
    with `check`, a result that would not load is refused and nothing is written."""
    seen: list[Loaded] = []

    def changing(loaded: Loaded) -> T:
        seen.append(loaded)
        return change(loaded)

    result = transact.update(
        path, changing, verify=verify, replay=functools.partial(replay_noting, path), check=check
    )
    if seen:
        _remember(seen[0])
    if seen and seen[0].stale and not journal_path(path).exists():  # folded: set aside
        moved_aside(path)
    return result


def save(loaded: Loaded) -> None:
    """Save records loaded earlier, unless someone else has written the file since."""
    transact.save(loaded)
    _remember(loaded)


def _remember(loaded: Loaded) -> None:
    """Record a file just saved as one claimcheck wrote and validated, so that the next
    change to one claim may splice it (claimfile.splice): only if it was checked against
    its article text when loaded, and still passes every rule as written."""
    from claimcheck import written
    from claimcheck.claimfile.splice import key_of, table_of, text_digest
    from claimcheck.models import check

    data, loaded.written = loaded.written, None
    if data is None or not loaded.verified or next(iter(check(loaded.doc, loaded.text)), None):
        return
    written.remember_written(
        key_of([data]), table_of(data), text_digest(loaded.text), loaded.doc.article.text_path
    )


def update_claim(
    path: Path,
    claim_id: str,
    change_claim: Callable[[Claim], T],
    change: Callable[[Loaded], T],
) -> T:
    """Change one claim of a claim file under its lock, at a cost that does not grow with
    the file when it can: a file that claimcheck wrote and validated (its bytes recorded
    as such, its article text unchanged since), with no journal waiting, gets the claim's
    new YAML spliced in place of the old (`claimfile.splice`): the same bytes a full save
    would write, written atomically, the stamp checked as a full save does. Anything else
    (and an unknown or deleted id, whose error the full path words) is `update(path,
    change)`, where `change` finds the claim and calls `change_claim` on it."""
    with locked(path):
        sweep_temps(path)
        spliced = _splice(path, claim_id, change_claim) if not _has_journal(path) else None
    if spliced is not None:
        return spliced[0]
    return update(path, change)  # it takes the lock again and reads the file afresh


def _has_journal(path: Path) -> bool:
    """Whether a journal (even an empty or torn one) is beside the file: the full path
    folds it, or refuses it, as it always has."""
    return os.path.lexists(journal_path(path))


def _splice(path: Path, claim_id: str, change_claim: Callable[[Claim], T]) -> tuple[T] | None:
    """The fast path of `update_claim` (the lock held); None when it does not apply."""
    from claimcheck import confine

    try:
        # Before anything is read: a change after it is then seen when saving (`expect`);
        # a stamp taken after the read could be that of a file changed meanwhile.
        stamp = Stamp.of(path)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | os.O_NONBLOCK)
    except OSError:
        return None  # the full path words it
    try:
        st = os.fstat(fd)
        if (
            not stat.S_ISREG(st.st_mode)
            or st.st_size > confine.MAX_CLAIM_FILE
            or (st.st_mtime_ns, st.st_size, st.st_ino) != stamp[:3]
        ):
            return None
        return _splice_open(path, fd, st.st_size, stamp, claim_id, change_claim)
    finally:
        os.close(fd)


def _splice_open(
    path: Path, fd: int, size: int, stamp: Stamp, claim_id: str,
    change_claim: Callable[[Claim], T],
) -> tuple[T] | None:  # fmt: skip
    from claimcheck import written
    from claimcheck.claimfile import splice

    key = splice.key_of_file(fd, size)
    record = written.written_by_us(key)
    where = splice.find_item(fd, size, claim_id) if record is not None else None
    if record is None or where is None:
        return None
    start, end = where
    old = os.pread(fd, end - start, start)

    def recorded() -> bool:  # the bytes are the recorded ones (read them all)
        try:
            for _ in splice.splicing(fd, size, record.table, where, old, old, splice.Spliced()):
                pass
        except splice.NotRecorded:
            return False
        return True

    try:
        changed = _change_item(path, old, record, change_claim)
    except Exception:
        if recorded():
            raise  # the claim's own error, as the full path would give it
        return None
    if changed is None:
        return None
    result, item = changed
    if item == old:
        return (result,) if recorded() else None
    out = splice.Spliced()
    try:
        pieces = splice.splicing(fd, size, record.table, where, old, item, out)
        write_atomic(path, pieces, expect=stamp)
    except splice.NotRecorded:
        return None  # the temp file is gone, the file untouched: the full path decides
    written.remember_written(out.key(), out.table, record.article, record.text_path)
    if out.key() != key:
        written.forget_written(key)
    return (result,)


def _change_item(
    path: Path, old: bytes, record: Written, change_claim: Callable[[Claim], T]
) -> tuple[T, bytes] | None:
    """The claim of the item `old` changed, and its new item; None when the article text
    has changed since the record or the item does not parse (the full path decides)."""
    from claimcheck import confine
    from claimcheck.claimfile import splice
    from claimcheck.claimfile.yaml_dialect import load_yaml

    if record.text_path is not None:  # the claims were checked against this text: the same?
        try:
            raw = confine.read_article(path, record.text_path)
            text = raw.decode("utf-8").replace("\r\n", "\n")
        except (OSError, confine.Refused, UnicodeDecodeError):
            return None
        if splice.text_digest(text) != record.article:
            return None
    try:
        claim = Claim.model_validate(load_yaml(old.decode("utf-8"), path)[0])
    except Exception:
        return None
    result = change_claim(claim)  # raises to abandon: nothing written
    return result, splice.item_bytes(claim)


def fold(path: Path) -> Loaded:
    """Fold a pending journal into the YAML file (after a review, or after a crash)."""
    return update(path, lambda loaded: loaded)


class Journal:
    """The durable side of a review session.

    `commit` makes one decision durable (journal append + fsync, under the lock) before the
    caller moves on, at a cost that does not grow with the file. When another process has
    written the file since we last looked, the fresh file is read first; a decision on a
    claim that someone else changed meanwhile is refused, not silently overwritten.
    """

    def __init__(self, path: Path) -> None:
        refuse_unnamed_link(path)  # before the review opens, not at its first decision
        self.path = path
        self.loaded = load(path)
        self.watch = Watch()  # this review's decisions: still in the file, or was it replaced?
        self.beside: str | None = None  # whose decision the last one was recorded beside

    @property
    def doc(self) -> ClaimFile:
        return self.loaded.doc

    def commit(
        self, decision: Decision, expected: tuple[Any, ...], *, mine: str | None = None,
        second: bool = False,
    ) -> bool:  # fmt: skip
        """Write `decision`; return True if the file had changed on disk (now re-read).

        `expected` is the claim's decision as the reviewer saw it; with `mine` (a blind
        review), their own decision alone: another reviewer's decision meanwhile is the
        double-check a blind review is for, recorded beside it (agreed or disputed), and
        never named in a refusal."""
        gone = Conflict(  # moved or deleted (git checkout, git stash) meanwhile
            f"{shown_path(self.path)}: the claim file is gone (moved or deleted while you were "
            "reviewing); your decision was not saved"
        )
        if not os.path.exists(self.path):  # no lock file is made beside a missing file
            raise gone
        with locked(self.path):
            refreshed, self.beside = False, None
            try:
                now = Stamp.of(self.path)
            except FileNotFoundError:
                raise gone from None
            shown = self.loaded.doc.claim(decision.claim)  # what the reviewer decided on
            seen = bound(self.loaded.doc, shown) if shown is not None else None
            decision = decision.model_copy(update={"bound": seen})  # kept if set aside
            if now != self.loaded.stamp:
                self.loaded, refreshed = load(self.path), True
                self.watch.reloaded(self.loaded)
                self.watch.refuse(self.loaded, decision)  # raises when it was replaced
                claim = self.loaded.doc.claim(decision.claim)
                if claim is None:
                    raise Conflict(
                        f"{decision.claim} was {gone_how(self.loaded.doc, decision.claim)}: "
                        "your decision was not saved"
                    )
                if seen is not None and bound(self.loaded.doc, claim) != seen:
                    raise Conflict(
                        f"{decision.claim} now says something else (its text, passage or "
                        "article changed on disk while you were reviewing); your decision "
                        "was not saved: look again"
                    )
                if mine is not None:
                    if claim.own_decision(mine) != expected:
                        raise Conflict(
                            f"{decision.claim}: your own decision on it was changed elsewhere "
                            f"(another session of yours, or a script) while you were "
                            "reviewing; this one was not saved: look again"
                        )
                elif claim.decision_fields() != expected:
                    self.beside = beside(shown, claim, decision) if second else None
                    if self.beside is None:  # else recorded beside theirs (reviewfate)
                        raise Conflict(
                            f"{decision.claim} was changed by {claim.reviewer or 'someone else'} "
                            f"(now {claim.label_name}): your decision was not saved; look again"
                        )
                if shown is not None and explained(shown, decision) != explained(claim, decision):
                    raise Conflict(
                        f"{decision.claim}: the public explanation your decision replaces was "
                        "changed elsewhere while you were reviewing; it was not saved: look again"
                    )
            self.watch.refuse(self.loaded, decision)  # replaced, seen by `refresh`
            claim = self.loaded.doc.claim(decision.claim)
            assert claim is not None  # the session only decides on claims it was given
            decision = decision.model_copy(update={"bound": bound(self.loaded.doc, claim)})
            if (broken := applied(claim, decision, keep=False)) is not None:
                raise InvalidValue(f"{decision.claim}: {broken}; your decision was not saved")
            append_decisions(self.path, [decision])
            if apply_decision(claim, decision):  # else no history shows it: no evidence
                self.watch.saved.append(decision)
            self.loaded.journaled.append(decision)
            self.loaded.stamp = Stamp.of(self.path)
            return refreshed

    def refresh(self) -> bool:
        """Re-read the file if someone else wrote it since (its stamp, the journal's size
        with it, differs: one stat when nothing changed); True if it was re-read."""
        try:
            if Stamp.of(self.path) == self.loaded.stamp:
                return False
            with locked(self.path):
                self.loaded = load(self.path)
                self.watch.reloaded(self.loaded)
        except (OSError, ClaimcheckError):
            return False  # gone or unreadable now: the next decision says so
        return True

    def close(self) -> Loaded:
        """Fold the journal into the YAML file; return what was saved. Decisions made on a
        file that was replaced since are kept aside first (`replacement`)."""
        self.refresh()  # the file may have been replaced since it was last read
        if self.watch.lost:
            with locked(self.path):
                self.watch.refuse(self.loaded, None)
        return fold(self.path)


def gone_how(doc: ClaimFile, claim_id: str) -> str:
    """How a claim left the file, as its tombstone's history tells it: "deleted by sam",
    "merged into c005 by sam"; "removed by someone else" when no tombstone says."""
    gone = doc.tombstone(claim_id)
    for change in reversed(gone.history if gone is not None else []):
        if change.field == "deleted":
            how = change.new if isinstance(change.new, str) and change.new else "deleted"
            return f"{how} by {change.by}"
    return "removed by someone else"


def explained(claim: Claim, decision: Decision) -> str | None:
    """The public explanation of the decision that `decision` replaces on `claim`."""
    old = replaced(claim, decision.by, decision.adjudicate)
    return old.explanation if old is not None else None
