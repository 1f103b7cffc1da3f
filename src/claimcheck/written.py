"""The record of claim files claimcheck wrote (`claimfile.splice`): kept in the user's
cache, signed like the report cache's entries, so that a claim file claimcheck wrote
itself is known not to need a full check on its next change."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from claimcheck import cache
from claimcheck.digest import hmac_sha256_hex, same

_MAX_MARK = 4096


def _written_path(root: Path, digest: str) -> Path:
    return root / "written" / digest[:2] / digest


def _sign_written(secret: bytes, digest: str, blob: bytes) -> bytes:
    msg = b"written\n" + digest.encode() + b"\n" + blob
    return hmac_sha256_hex(secret, msg).encode()


def remember_written(digest: str, article: str, text_path: str | None) -> None:
    """Record that claimcheck wrote the bytes whose sha256 is `digest`, valid against the
    article text whose sha256 is `article` (kept beside it as `text_path`, or in it).
    Never an error: without a record the next change takes the full path."""
    found = cache.root_and_key(create=True)
    if found is None:
        return
    root, secret_key = found
    blob = json.dumps({"article": article, "text_path": text_path}).encode()
    cache.write_entry(
        _written_path(root, digest), _sign_written(secret_key, digest, blob) + b"\n" + blob
    )


def written_by_us(digest: str) -> tuple[str, str | None] | None:
    """(the sha256 of the article text that claimcheck checked the bytes whose sha256 is
    `digest` against when it wrote them, the text's file or None); None if it did not
    write them (or the record cannot be trusted)."""
    from claimcheck import confine

    found = cache.root_and_key(create=False)
    if found is None:
        return None
    root, secret_key = found
    if cache._linked(_written_path(root, digest)):
        return None
    try:
        raw = confine.read_regular(_written_path(root, digest), _MAX_MARK, follow=False)
        mac, _, blob = raw.partition(b"\n")
        if not same(mac, _sign_written(secret_key, digest, blob)):
            return None
        facts = json.loads(blob)
        article, text_path = facts["article"], facts["text_path"]
    except (OSError, ValueError, KeyError, TypeError, confine.Refused):
        return None
    if not isinstance(article, str) or not isinstance(text_path, str | None):
        return None
    return article, text_path


def forget_written(digest: str) -> None:
    """Drop the record of bytes that are no longer the file's (replaced by a splice)."""
    root = cache.root_and_key(create=False)
    if root is not None:
        with contextlib.suppress(OSError):
            os.unlink(_written_path(root[0], digest))
