"""The review journal: decisions appended beside the claim file, one JSON line each, fsynced.

A line is confirmed once its newline is on disk: the last piece of the file without one is
a write that a crash cut short, never confirmed. Reading ignores it and the next append
cuts it off first, so a new decision never glues itself to it (`complete_lines` and
`_cut_torn_tail`, the one place that rule is written; the report cache counts journaled
decisions with it too).

Decisions that no longer match their claims (the file was rebuilt since) are never
applied and never deleted: `set_aside` appends them to `.NAME.journal.stale`.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck import confine
from claimcheck.claimfile.atomic import aside_path, journal_path
from claimcheck.claimlogic import AHEAD, CLOCK_SKEW
from claimcheck.errors import InvalidClaimFile, Problem, WriteFailed

if TYPE_CHECKING:  # the records only where decisions are read or written
    from claimcheck.models import Decision


def complete_lines(data: bytes) -> list[tuple[int, bytes]]:
    """The confirmed, non-blank lines of a journal with their line numbers."""
    pieces = data.split(b"\n")
    return [(n, line) for n, line in enumerate(pieces[:-1], start=1) if line.strip()]


_TAIL_CHUNK = 64 * 1024


def _cut_torn_tail(fd: int, size: int) -> int:
    """Cut a torn last line (bytes after the last newline) off the journal open as `fd`;
    return the journal's size after the cut. Reads backwards from the end, so the cost is
    the torn line's length, not the journal's."""
    end = size
    while end > 0:
        start = max(0, end - _TAIL_CHUNK)
        chunk = os.pread(fd, end - start, start)
        newline = chunk.rfind(b"\n")
        if newline >= 0:
            end = start + newline + 1
            break
        end = start
    if end != size:
        os.ftruncate(fd, end)
    return end


def read_journal(path: Path, data: bytes | None = None) -> list[Decision]:
    """The journal's decisions; from `data` when the caller read its bytes already (the
    report cache keys on the very bytes that are applied)."""
    return [decision for _, decision in read_numbered(path, data)]


def read_numbered(path: Path, data: bytes | None = None) -> list[tuple[int, Decision]]:
    """The journal's decisions with their line numbers (see read_journal)."""
    jpath = journal_path(path)
    if data is None:
        try:
            data = confine.read_regular(jpath, confine.MAX_JOURNAL, follow=False)
        except FileNotFoundError:
            return []
        except (OSError, confine.Refused) as exc:
            reason = (
                str(exc) if isinstance(exc, confine.Refused) else f"cannot read: {exc.strerror}"
            )
            raise InvalidClaimFile(
                [Problem(path.parent / jpath.name, None, None, reason)]
            ) from None
    from pydantic import ValidationError

    from claimcheck.models import Decision

    named = path.parent / jpath.name  # named as the claim file is (relative, if it was)
    latest = datetime.now(UTC) + CLOCK_SKEW
    decisions = []
    for number, line in complete_lines(data):
        if (twice := _key_twice(line)) is not None:
            raise InvalidClaimFile(
                [Problem(named, number, None, f"bad journal entry: the key {twice!r} twice")]
            )
        try:
            decision = Decision.model_validate_json(line)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            reason = str(first["msg"]).removeprefix("Value error, ")
            field = ".".join(str(part) for part in first["loc"])  # empty: the line as a whole
            what = f"{field}: {reason}" if field else reason
            if first["type"] == "json_invalid":
                what = _not_text(line) or what
            raise InvalidClaimFile(
                [Problem(named, number, None, f"bad journal entry: {what}")]
            ) from None
        if decision.at > latest:
            raise InvalidClaimFile([Problem(named, number, None, _ahead(decision.at))])
        decisions.append((number, decision))
    return decisions


def _ahead(at: datetime) -> str:
    return f"bad journal entry: at: {at.isoformat()} is in the future ({AHEAD})"


def _not_text(line: bytes) -> str | None:
    """Why a line the JSON parser refused is not text, in plain words: bytes that are not
    UTF-8, or an escape of half a UTF-16 pair (`\\ud800`), which names no character;
    None when it is something else."""
    import json

    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"not valid UTF-8 text: the byte 0x{line[exc.start]:02x} at column {exc.start + 1}"
    try:
        value = json.loads(text)  # Python's parser reads a lone surrogate; pydantic's not
        found = _surrogate(value, "")
    except (ValueError, RecursionError):  # nested too deep for either: something else
        return None
    if found is None:
        return None
    where, char = found
    inside = f" in {where}" if where else ""
    return (
        f"not valid JSON text: a lone surrogate \\u{ord(char):04x}{inside} "
        "(half of a UTF-16 pair, which names no character)"
    )


def _surrogate(value: object, where: str) -> tuple[str, str] | None:
    """The first lone surrogate in a parsed JSON value (keys too), with where it is."""
    items: list[tuple[str, object]] = []
    if isinstance(value, str):
        char = next((c for c in value if 0xD800 <= ord(c) <= 0xDFFF), None)
        return None if char is None else (where, char)
    if isinstance(value, dict):
        for key, item in value.items():
            if (found := _surrogate(key, where)) is not None:
                return found
            items.append((f"{where}.{key}" if where else key, item))
    elif isinstance(value, list):
        items = [(f"{where}[{n}]", item) for n, item in enumerate(value)]
    for place, item in items:
        if (found := _surrogate(item, place)) is not None:
            return found
    return None


def _key_twice(line: bytes) -> str | None:
    """A key the JSON object of `line` (or an object inside it) holds twice, else None:
    a parser keeps the last, so `{"claim": "c004", "claim": "c005"}` would move the
    decision a reader sees on c004 onto c005. Keys are compared as the parser reads them
    (`"\\u0063laim"` is "claim"), by the C parser: linear in the line, and faster than any
    scan of the raw bytes for keys."""
    import json  # deferred: most commands read no journal

    twice: list[str] = []

    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        seen: set[str] = set()
        for key, _ in items:
            if key in seen:
                twice.append(key)
            seen.add(key)
        return dict(items)

    try:
        json.loads(line, object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return None  # not JSON: said by the parser below, in its own words
    return twice[0] if twice else None


def read_journal_bytes(path: Path) -> bytes:
    return journal_bytes(path) or b""


def journal_bytes(path: Path) -> bytes | None:
    """The journal's bytes: empty when there is none, None when it cannot be read (then
    `read_journal` names the problem)."""
    try:
        return confine.read_regular(journal_path(path), confine.MAX_JOURNAL, follow=False)
    except FileNotFoundError:
        return b""
    except (OSError, confine.Refused):
        return None


def _lines(decisions: list[Decision]) -> bytes:
    return b"".join(d.model_dump_json(exclude_none=True).encode() + b"\n" for d in decisions)


def _append(path: Path, target: Path, payload: bytes, name: str, limit: int) -> None:
    """Append whole lines to `target` (the journal, or its stale decisions) and fsync,
    never through a link. A torn tail is cut first, and a write that fails is cut off
    again: a half line must never glue itself to the next decision."""
    try:
        fd = confine.open_append(target)
        try:
            size = _cut_torn_tail(fd, os.fstat(fd).st_size)
            if size + len(payload) > limit:  # it could not be read back
                raise WriteFailed(
                    path,
                    f"{name} is full ({limit // confine.MiB} MiB): "
                    "end the review to fold it into the file, then go on",
                )
            try:
                view = memoryview(payload)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            except OSError:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, size)
                raise
        finally:
            os.close(fd)
    except OSError as exc:
        raise WriteFailed(path, f"{target.name}: {exc.strerror or exc}") from None
    except confine.Refused as exc:
        raise WriteFailed(path, f"{name} {exc}") from None


def append_decisions(path: Path, decisions: list[Decision]) -> None:
    """Make decisions durable: append them to the journal and fsync. Caller holds the lock."""
    jpath = journal_path(path)
    _append(path, jpath, _lines(decisions), f"the journal {jpath.name}", confine.MAX_JOURNAL)


def set_aside(path: Path, decisions: list[Decision]) -> Path:
    """Keep decisions that will not be applied: append them, fsynced, to the file's
    `.journal.stale` beside it (never through a link). Caller holds the lock."""
    apath = aside_path(path)
    _append(path, apath, _lines(decisions), apath.name, confine.MAX_JOURNAL)
    return apath


def retire(path: Path) -> int:
    """Move the whole journal aside (its confirmed lines, as they are) before the claim
    file is replaced by another; return how many lines it held. Caller holds the lock."""
    try:
        data = confine.read_regular(journal_path(path), confine.MAX_JOURNAL, follow=False)
    except FileNotFoundError:
        return 0
    except (OSError, confine.Refused) as exc:
        reason = str(exc) if isinstance(exc, confine.Refused) else f"cannot read: {exc.strerror}"
        raise WriteFailed(path, f"the journal {journal_path(path).name}: {reason}") from None
    lines = [line + b"\n" for _, line in complete_lines(data)]
    if lines:
        apath = aside_path(path)
        _append(path, apath, b"".join(lines), apath.name, confine.MAX_JOURNAL)
    drop_journal(path)
    return len(lines)


def drop_journal(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(journal_path(path))
