"""Reading and changing a claim file safely: load (with the journal), save, update, fold.

`update` is the safe read-modify-write: under the file's lock, read, change, write only if
something changed, drop the journal it folded. What a journaled decision does to the
claims is the caller's rule (`replay`), not this module's; the decisions it did not apply
(their claim no longer matches) are set aside beside the file when the journal is folded,
never dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from claimcheck.claimfile.atomic import Stamp, locked, sweep_temps, write_atomic
from claimcheck.claimfile.codec import crlf, dump, line_ends, parse, read
from claimcheck.claimfile.journal import drop_journal, read_numbered, set_aside
from claimcheck.errors import Conflict, FileMissing, InvalidClaimFile, Unloadable
from claimcheck.models import ClaimFile, Decision
from claimcheck.safe import shown_path

T = TypeVar("T")
# Applies journaled decisions (with their lines in the journal) to the records; returns
# those it would not apply.
Replay = Callable[[ClaimFile, list[Decision], list[int]], list[Decision]]


@dataclass
class Loaded:
    path: Path
    doc: ClaimFile
    text: str
    header: str = ""
    stamp: Stamp | None = None
    journaled: list[Decision] = field(default_factory=list)
    stale: list[Decision] = field(default_factory=list)  # journaled, not applied
    verified: bool = True  # checked against `text` (load's verify)
    written: bytes | None = None  # what a save wrote
    crlf: bool = False  # its lines end with CRLF: a save writes them so


def load(
    path: Path,
    *,
    all_problems: bool = False,
    verify: bool = True,
    data: bytes | None = None,
    journal: bytes | None = None,
    replay: Replay | None = None,
) -> Loaded:
    """Read and validate a claim file; `replay` applies its journaled decisions in memory.

    `data`, when given, is the file's content already read (the stamp is taken now);
    `journal`, its journal's bytes already read (b"" for none)."""
    if data is None:
        data = read(path)
    try:
        stamp = Stamp.of(path)
    except FileNotFoundError:  # gone since it was read
        raise FileMissing(path) from None
    doc, text, header = parse(data, path, all_problems=all_problems, verify=verify)
    numbered = read_numbered(path, journal)
    journaled = [decision for _, decision in numbered]
    lines = [number for number, _ in numbered]
    stale = replay(doc, journaled, lines) if replay is not None and journaled else []
    return Loaded(path, doc, text, header, stamp, journaled, stale, verify, crlf=crlf(data))


def _write_folding(loaded: Loaded, *, check: bool = False) -> None:
    """Write the records with the journal folded in, then remove the journal. What it held
    that was not applied is set aside first: a failure there changes nothing.

    With `check`, the bytes about to be written are first read back as `validate` reads
    a file; a file that would not load is refused (`Unloadable`) and nothing is written."""
    data = line_ends(dump(loaded.doc, loaded.header), loaded.crlf)
    if check:
        try:
            parse(data, loaded.path, verify=loaded.verified)
        except InvalidClaimFile as exc:
            raise Unloadable(loaded.path, exc.problems[0]) from None
    if loaded.stale:
        set_aside(loaded.path, loaded.stale)
    write_atomic(loaded.path, data, expect=loaded.stamp)
    drop_journal(loaded.path)
    loaded.written = data


def save(loaded: Loaded) -> None:
    """Save records loaded earlier, unless someone else has written the file since."""
    with locked(loaded.path):
        sweep_temps(loaded.path)
        if loaded.stamp is not None and Stamp.of(loaded.path) != loaded.stamp:
            raise Conflict(
                f"{shown_path(loaded.path)}: changed on disk by someone else since it was read; "
                "nothing was overwritten (run the command again)"
            )
        _write_folding(loaded)
        loaded.stamp = Stamp.of(loaded.path)


def update(
    path: Path,
    change: Callable[[Loaded], T],
    *,
    verify: bool = True,
    replay: Replay | None = None,
    check: bool = False,
) -> T:
    """Read, change and save a claim file under its lock: the safe read-modify-write.

    Concurrent `update`s on one file run one after the other, so each sees the others'
    work and none is lost. `change` may raise to abandon the update; nothing is written.
    With `check`, a result that would not load is refused and nothing is written.
    """
    with locked(path):
        sweep_temps(path)
        loaded = load(path, verify=verify, replay=replay)
        before = loaded.doc.model_dump()  # a cheap snapshot: dumping YAML twice is not
        result = change(loaded)
        if loaded.doc.model_dump() != before or loaded.journaled:
            _write_folding(loaded, check=check)
        return result


def fold(path: Path, replay: Replay | None = None) -> Loaded:
    """Fold a pending journal into the YAML file (after a review, or after a crash)."""
    return update(path, lambda loaded: loaded, replay=replay)
