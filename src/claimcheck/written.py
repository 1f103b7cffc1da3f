"""The record of claim files claimcheck wrote (`claimfile.splice`): kept in the user's
cache, signed like the report cache's entries, so that a claim file claimcheck wrote
itself is known not to need a full check on its next change.

A record is filed under `splice.key_of` the bytes and holds the sha256 of each of their
chunks (`splice.table_of`): what the bytes are is checked against it on every use."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import NamedTuple

from claimcheck import cache
from claimcheck.digest import hmac_sha256_hex, same

_MAX_MARK = 256 * 1024  # a 64 MiB claim file's table is some 20 KB


class Written(NamedTuple):
    """What a record says of the bytes filed under its key."""

    article: str  # the sha256 of the article text the claims were checked against
    text_path: str | None  # that text's file, or None when it is in the claim file
    table: list[tuple[int, str]]  # the length and sha256 of each chunk of the bytes


def _written_path(root: Path, key: str) -> Path:
    return root / "written" / key[:2] / key


def _sign_written(secret: bytes, key: str, blob: bytes) -> bytes:
    msg = b"written\n" + key.encode() + b"\n" + blob
    return hmac_sha256_hex(secret, msg).encode()


def remember_written(
    key: str, table: list[tuple[int, str]], article: str, text_path: str | None
) -> None:
    """Record that claimcheck wrote the bytes filed under `key` whose chunks have the
    hashes of `table`, valid against the article text whose sha256 is `article` (kept
    beside it as `text_path`, or in it). Never an error: without a record the next
    change takes the full path."""
    found = cache.root_and_key(create=True)
    if found is None:
        return
    root, secret_key = found
    facts = {"article": article, "text_path": text_path, "chunks": table}
    blob = json.dumps(facts, separators=(",", ":")).encode()
    if len(blob) + 65 > _MAX_MARK:
        return  # a table too long to be read back: no record, the full path next time
    cache.write_entry(_written_path(root, key), _sign_written(secret_key, key, blob) + b"\n" + blob)


def written_by_us(key: str) -> Written | None:
    """What the record filed under `key` says (the bytes must still be checked against
    its table); None if there is none (or it cannot be trusted)."""
    from claimcheck import confine

    found = cache.root_and_key(create=False)
    if found is None:
        return None
    root, secret_key = found
    if cache._linked(_written_path(root, key)):
        return None
    try:
        raw = confine.read_regular(_written_path(root, key), _MAX_MARK, follow=False)
        mac, _, blob = raw.partition(b"\n")
        if not same(mac, _sign_written(secret_key, key, blob)):
            return None
        facts = json.loads(blob)
        article, text_path, chunks = facts["article"], facts["text_path"], facts["chunks"]
        table = [(int(n), str(h)) for n, h in chunks]
    except (OSError, ValueError, KeyError, TypeError, confine.Refused):
        return None
    if not isinstance(article, str) or not isinstance(text_path, str | None):
        return None
    if not table or any(n < 0 or len(h) != 64 for n, h in table):
        return None
    return Written(article, text_path, table)


def forget_written(key: str) -> None:
    """Drop the record of bytes that are no longer the file's (replaced by a splice)."""
    root = cache.root_and_key(create=False)
    if root is not None:
        with contextlib.suppress(OSError):
            os.unlink(_written_path(root[0], key))
