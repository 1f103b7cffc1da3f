"""The review journal: decisions appended beside the claim file, one JSON line each, fsynced.

A line is confirmed once its newline is on disk: the last piece of the file without one is
a write that a crash cut short, never confirmed, and is ignored (`complete_lines`, the one
place that rule is written; the report cache counts journaled decisions with it too).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from pydantic import ValidationError

from claimcheck import confine
from claimcheck.claimfile.atomic import journal_path
from claimcheck.errors import InvalidClaimFile, Problem, WriteFailed
from claimcheck.models import Decision


def complete_lines(data: bytes) -> list[tuple[int, bytes]]:
    """The confirmed, non-blank lines of a journal with their line numbers."""
    pieces = data.split(b"\n")
    return [(n, line) for n, line in enumerate(pieces[:-1], start=1) if line.strip()]


def read_journal(path: Path) -> list[Decision]:
    jpath = journal_path(path)
    try:
        data = confine.read_regular(jpath, confine.MAX_JOURNAL, follow=False)
    except FileNotFoundError:
        return []
    except (OSError, confine.Refused) as exc:
        reason = str(exc) if isinstance(exc, confine.Refused) else f"cannot read: {exc.strerror}"
        raise InvalidClaimFile([Problem(path.parent / jpath.name, None, None, reason)]) from None
    decisions = []
    for number, line in complete_lines(data):
        try:
            decisions.append(Decision.model_validate_json(line))
        except ValidationError as exc:
            reason = str(exc.errors(include_url=False)[0]["msg"]).removeprefix("Value error, ")
            raise InvalidClaimFile(
                [Problem(jpath, number, None, f"bad journal entry: {reason}")]
            ) from None
    return decisions


def read_journal_bytes(path: Path) -> bytes:
    try:
        return confine.read_regular(journal_path(path), confine.MAX_JOURNAL, follow=False)
    except (OSError, confine.Refused):  # load() then names the problem
        return b""


def append_decisions(path: Path, decisions: list[Decision]) -> None:
    """Make decisions durable: append them to the journal and fsync. Caller holds the lock."""
    payload = b"".join(d.model_dump_json(exclude_none=True).encode() + b"\n" for d in decisions)
    jpath = journal_path(path)
    try:
        fd = confine.open_append(jpath)
        try:
            size = os.fstat(fd).st_size
            try:
                view = memoryview(payload)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            except OSError:
                # A half-written line would glue itself to the next decision: cut it off.
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, size)
                raise
        finally:
            os.close(fd)
    except OSError as exc:
        raise WriteFailed(path, f"journal: {exc.strerror or exc}") from None
    except confine.Refused as exc:
        raise WriteFailed(path, f"the journal {jpath.name} {exc}") from None


def drop_journal(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(journal_path(path))
