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
only a name, never a proof. A file is the recorded one when every chunk's hash matches
(`checking`), which two threads work out while the claim is changed and the new bytes
written (hashlib lets go of the GIL). The bytes a splice writes differ from the old ones
in the chunks the claim's item touched: only those are hashed again (`respliced`), so
the record of the new bytes costs what the changed claim does, not what the file does.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Sequence
from typing import Any

from claimcheck.claimfile.yaml_dialect import dump_yaml
from claimcheck.models import Claim

_KEY = b"\nclaims:\n"
_PLAIN_ID = re.compile(rb"[A-Za-z][A-Za-z0-9_.-]{0,31}")

CHUNK = 256 * 1024  # a changed claim costs the hashing of one or two of these
_ENDS = 4096  # of the bytes, first and last, in the name of their record
_BACKGROUND = 1 << 20  # less than this is checked at once: a thread would cost more

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


def find_item(data: bytes, claim_id: str) -> tuple[int, int] | None:
    """Where the claim's item is in the bytes of a file in `dump`'s form: (start, end);
    None when it is not there as a plain `- id:` line (then the full path decides)."""
    if not _PLAIN_ID.fullmatch(claim_id.encode()):
        return None  # an id YAML would quote (1, true, null...): not looked for here
    claims = data.find(_KEY)  # the first: a top-level key is written once, at the margin
    if claims < 0:
        return None
    start = data.find(b"\n- id: " + claim_id.encode() + b"\n", claims + len(_KEY) - 1)
    if start < 0:
        return None
    start += 1
    end = data.find(b"\n- ", start)
    return start, len(data) if end < 0 else end + 1


def key_of(pieces: Sequence[bytes | memoryview]) -> str:
    """The name that the record of the bytes made of `pieces` is filed under: a hash of
    their length and their first and last 4 KiB. Two files can share it (a record then
    fails `checking` and the full path is taken); it proves nothing by itself."""
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
    h = hashlib.sha256(b"claim file %d\n" % total)
    for piece in [*head, b"\n", *tail[::-1]]:
        h.update(piece)
    return h.hexdigest()


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


def checking(data: bytes, table: Table) -> Callable[[], bool]:
    """Start checking that `data` are the bytes `table` describes, every chunk's sha256,
    in two threads for a large file; the function returned waits for the answer."""
    if sum(n for n, _ in table) != len(data):
        return lambda: False
    view = memoryview(data)
    spans, at = [], 0
    for n, want in table:
        spans.append((at, n, want))
        at += n
    if len(data) < _BACKGROUND:
        same = all(_matches(view, span) for span in spans)
        return lambda: same
    half = len(data) // 2
    groups = [[s for s in spans if s[0] < half], [s for s in spans if s[0] >= half]]
    wrong: list[bool] = []

    def check(group: list[tuple[int, int, str]]) -> None:
        for span in group:
            if wrong or not _matches(view, span):
                wrong.append(True)
                return

    threads = [threading.Thread(target=check, args=(g,), daemon=True) for g in groups if g]
    for thread in threads:
        thread.start()

    def answer() -> bool:
        for thread in threads:
            thread.join()
        return not wrong

    return answer


def _matches(view: memoryview, span: tuple[int, int, str]) -> bool:
    at, n, want = span
    return hashlib.sha256(view[at : at + n]).hexdigest() == want


def respliced(table: Table, data: bytes, start: int, end: int, item: bytes) -> Table:
    """The table of `data[:start] + item + data[end:]`, given `table`, that of `data`
    (checked): the chunks that bytes `start` to `end` fall in are hashed again with
    `item` in their place (one chunk, or split again once it reaches twice CHUNK), the
    others are the same bytes at a new place and keep their hashes."""
    first = last = -1
    lo = hi = at = 0
    for i, (n, _) in enumerate(table):
        if first < 0 and start < at + n:
            first, lo = i, at
        if end <= at + n:
            last, hi = i, at + n
            break
        at += n
    if first < 0 or last < 0:
        raise ValueError("the span is not inside the table's bytes")
    view = memoryview(data)
    region = bytes(view[lo:start]) + item + bytes(view[end:hi])
    return table[:first] + _hashed(memoryview(region), _split(len(region))) + table[last + 1 :]


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
