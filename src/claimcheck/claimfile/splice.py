"""One claim changed in place: its YAML re-dumped and spliced into the file's bytes, so a
decision on a file of 20,000 claims costs what one on a file of 100 does.

The splice is exact only on a file in the form `dump` writes (no comment or hand layout
inside the claims: a full save would drop them). The claims are its last key, written as
a block sequence at the left margin, and every item starts with a line `- id: ID`: at the
left margin after `claims:` nothing else can start, since every line inside an item is
indented. Each item is dumped alone exactly as inside the whole file (same column, same
width), so splicing one claim's new YAML over its old bytes gives the bytes a full
re-dump would (tests/test_splice.py proves it on random changes).

Whether a file is in that form is remembered, not guessed: whenever claimcheck writes a
claim file it has validated, `store` records the bytes written in the user's cache
(`written.remember_written`), signed like the report cache's entries, with the sha256 of
the article text the claims were checked against. A file whose bytes have that record is
one claimcheck wrote and validated, as long as its article text has not changed since
(checked on every use); any other file, or any doubt, takes the full path.

The record holds the sha256 of each chunk of the bytes (`table_of`: CHUNK bytes each, the
last up to twice that) and is filed under `key_of` (the length, the first and last 4 KiB):
a name, not a proof. The splice (`splicing`) reads the file a chunk at a time into one
buffer, checks each chunk against the record and hands it on to be written, the claim's
new item in place of its old one: the bytes written are the recorded ones, checked, and
no copy of the whole file is ever in memory (a 13 MB buffer's fresh pages cost more than
reading into it). Only the chunks the item touched are hashed again for the new record.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimcheck.claimfile.yaml_dialect import dump_yaml
from claimcheck.models import Claim

_KEY = b"\nclaims:\n"
_PLAIN_ID = re.compile(rb"[A-Za-z][A-Za-z0-9_.-]{0,31}")

CHUNK = 256 * 1024  # a changed claim costs the hashing of one or two of these
WINDOW = 1 << 20  # what a search in a file reads at a time
_ENDS = 4096  # of the bytes, first and last, in the name of their record

# The length and sha256 (hex) of each chunk of some bytes, in order.
Table = list[tuple[int, str]]


def claim_data(claim: Claim) -> dict[str, Any]:
    """The plain data of one claim as the claim file keeps it: no empty values."""
    data: dict[str, Any] = claim.model_dump(mode="json", exclude_none=True)
    return tidy_claim(data)


def tidy_claim(data: dict[str, Any]) -> dict[str, Any]:
    for key in ("also_at", "sources", "reviews", "history"):
        if not data.get(key):
            data.pop(key, None)
    for review in data.get("reviews", ()):
        if not review.get("sources"):
            review.pop("sources", None)
        if not review.get("adjudicates"):
            review.pop("adjudicates", None)
    return data


def item_bytes(claim: Claim) -> bytes:
    """The claim as one item of the file's claims: `- id: ...` and its indented lines."""
    return dump_yaml([claim_data(claim)]).encode("utf-8")


def key_of(pieces: Sequence[bytes | memoryview]) -> str:
    """The name that the record of the bytes made of `pieces` is filed under: a hash of
    their length and their first and last 4 KiB. Two files can share it (a record then
    fails its hashes and the full path is taken); it proves nothing by itself."""
    total = sum(len(piece) for piece in pieces)
    head: list[bytes | memoryview] = []
    tail: list[bytes | memoryview] = []
    for ends, order in ((head, pieces), (tail, pieces[::-1])):
        need = _ENDS
        for piece in order:
            taken = piece[:need] if ends is head else piece[max(0, len(piece) - need) :]
            ends.append(taken)
            need -= len(taken)
            if need <= 0:
                break
    return _key(total, b"".join(head), b"".join(tail[::-1]))


def _key(total: int, head: bytes, tail: bytes) -> str:
    return hashlib.sha256(b"claim file %d\n" % total + head + b"\n" + tail).hexdigest()


def key_of_file(fd: int, size: int) -> str:
    """`key_of` the `size` bytes of the open file `fd`."""
    return _key(size, os.pread(fd, _ENDS, 0), os.pread(fd, _ENDS, max(0, size - _ENDS)))


def _split(n: int) -> list[int]:
    """The lengths of the chunks `n` bytes are hashed in: CHUNK each, the last between
    CHUNK and twice that (all of it when less)."""
    count = max(1, n // CHUNK)
    return [CHUNK] * (count - 1) + [n - CHUNK * (count - 1)]


def _hashed(view: memoryview, lengths: list[int]) -> Table:
    table, at = [], 0
    for n in lengths:
        table.append((n, hashlib.sha256(view[at : at + n]).hexdigest()))
        at += n
    return table


def table_of(data: bytes) -> Table:
    """The hashes of the chunks of `data`, as its record keeps them."""
    return _hashed(memoryview(data), _split(len(data)))


def _read_at(fd: int, view: memoryview, at: int) -> int:
    """Fill `view` from offset `at` of the file; how many bytes it got (fewer at its end)."""
    got = 0
    while got < len(view):
        n = os.preadv(fd, [view[got:]], at + got)
        if n <= 0:
            break
        got += n
    return got


def _find_in(fd: int, pattern: bytes, at: int, size: int, buf: bytearray) -> int:
    """Where the first `pattern` at or after `at` is in the file's first `size` bytes."""
    view = memoryview(buf)
    while at < size:
        n = _read_at(fd, view[: min(len(buf), size - at)], at)
        i = buf.find(pattern, 0, n)
        if i >= 0:
            return at + i
        if n < len(buf) or at + n >= size:
            return -1
        at += n - len(pattern) + 1  # the next window starts where a match may straddle
    return -1


def find_item(fd: int, size: int, claim_id: str) -> tuple[int, int] | None:
    """Where the claim's item is in the file of `size` bytes open as `fd`, written in
    `dump`'s form: (start, end); None when it is not there as a plain `- id:` line (then
    the full path decides). Reads the file up to the item's end, a window at a time."""
    if not _PLAIN_ID.fullmatch(claim_id.encode()):
        return None  # an id YAML would quote (1, true, null...): not looked for here
    line = b"\n- id: " + claim_id.encode() + b"\n"
    buf = bytearray(max(WINDOW, 2 * len(line)))  # a window longer than what it looks for
    claims = _find_in(fd, _KEY, 0, size, buf)  # the first: a top-level key, written once
    if claims < 0:
        return None
    start = _find_in(fd, line, claims + len(_KEY) - 1, size, buf)
    if start < 0:
        return None
    start += 1
    end = _find_in(fd, b"\n- ", start, size, buf)
    return start, size if end < 0 else end + 1


class NotRecorded(Exception):
    """The file's bytes are not those its record describes."""


@dataclass
class Spliced:
    """What `splicing` yielded: its record's table and key."""

    table: Table = field(default_factory=list)
    size: int = 0
    head: bytes = b""
    tail: bytes = b""

    def key(self) -> str:
        return _key(self.size, self.head, self.tail)

    def took(self, piece: bytes | memoryview) -> None:
        self.size += len(piece)
        if len(self.head) < _ENDS:
            self.head += bytes(piece[: _ENDS - len(self.head)])
        self.tail = (self.tail + bytes(piece[-_ENDS:]))[-_ENDS:]


class _Checker:
    """Checks each chunk read against its hash: in a thread of its own for a file of more
    than two chunks (hashlib lets go of the GIL), so the file is read, hashed and written
    at once, the checks at most SLOTS buffers behind the reads."""

    SLOTS = 3

    def __init__(self, largest: int, threaded: bool) -> None:
        count = self.SLOTS if threaded else 1
        self.slots = [memoryview(bytearray(largest)) for _ in range(count)]
        self.wrong = False
        self.taken = 0
        self.thread: threading.Thread | None = None
        if threaded:
            from queue import SimpleQueue

            self.free = threading.Semaphore(count)  # buffers the thread is done with
            self.todo: SimpleQueue[tuple[memoryview, str] | None] = SimpleQueue()
            self.thread = threading.Thread(target=self._run, daemon=True)
            self.thread.start()

    def slot(self) -> memoryview:
        """A buffer to read the next chunk into: the oldest, once it has been checked (the
        checks are done in order)."""
        if self.thread is not None:
            self.free.acquire()
        self.taken += 1
        return self.slots[(self.taken - 1) % len(self.slots)]

    def check(self, piece: memoryview, want: str) -> None:
        if self.thread is not None:
            self.todo.put((piece, want))
        elif hashlib.sha256(piece).hexdigest() != want:
            self.wrong = True

    def _run(self) -> None:
        while (job := self.todo.get()) is not None:
            if not self.wrong and hashlib.sha256(job[0]).hexdigest() != job[1]:
                self.wrong = True
            self.free.release()

    def all_right(self) -> bool:
        """Whether every chunk was its hash's, once all are checked."""
        if self.thread is not None:
            self.todo.put(None)
            self.thread.join()
            self.thread = None
        return not self.wrong

    def close(self) -> None:
        if self.thread is not None:
            self.todo.put(None)  # the reads stopped early: let the thread end


def splicing(
    fd: int, size: int, table: Table, span: tuple[int, int], old: bytes, item: bytes,
    out: Spliced,
) -> Iterator[bytes | memoryview]:  # fmt: skip
    """The bytes of the file open as `fd` with `item` in place of its bytes in `span`
    (which must be `old`), read a chunk at a time, each chunk checked against `table`:
    NotRecorded once one differs (at the latest when the last piece has been taken). A
    piece yielded is a buffer that a later read fills again: it must be written before
    the next is asked for. `out` receives the table and key of the bytes yielded."""
    start, end = span
    if sum(n for n, _ in table) != size or not table:
        raise NotRecorded
    checker = _Checker(max(n for n, _ in table), threaded=len(table) > 2)
    region = bytearray()  # the chunks the span falls in, changed together
    at = lo = 0
    try:
        for n, want in table:
            piece = checker.slot()[:n]
            if _read_at(fd, piece, at) != n:
                raise NotRecorded
            checker.check(piece, want)
            if checker.wrong:
                raise NotRecorded
            if at + n <= start or at >= end:  # a chunk the item is not in: the same bytes
                out.table.append((n, want))
                out.took(piece)
                yield piece
            else:
                if not region:
                    lo = at
                region += piece
                if at + n >= end:
                    if region[start - lo : end - lo] != old:
                        raise NotRecorded
                    new = bytes(region[: start - lo]) + item + bytes(region[end - lo :])
                    out.table.extend(_hashed(memoryview(new), _split(len(new))))
                    out.took(new)
                    yield new
            at += n
        if not checker.all_right():
            raise NotRecorded
    finally:
        checker.close()


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
