"""sha256 and HMAC-SHA256 without `hashlib`.

`hashlib` (and `hmac`, which imports it) loads OpenSSL: 3.7 MB of every process here,
about a sixth of the whole stack's footprint, for two functions a report over an
archive needs on every file (the cache key and the entry's signature). Python's own
sha256 (`_sha256`, which `hashlib` itself falls back on) gives the same digests; HMAC
is RFC 2104 over it (a test checks both against `hashlib` and `hmac` on random inputs).
"""

from __future__ import annotations

from _operator import _compare_digest
from _sha256 import sha256 as _new  # type: ignore[import-not-found]  # no stub: built in
from typing import Protocol


class Hash(Protocol):
    def update(self, data: bytes, /) -> None: ...
    def digest(self) -> bytes: ...
    def hexdigest(self) -> str: ...


_BLOCK = 64  # sha256's block size in bytes
_INNER = bytes(x ^ 0x36 for x in range(256))
_OUTER = bytes(x ^ 0x5C for x in range(256))


def sha256(data: bytes = b"") -> Hash:
    """A sha256 object (`update`, `digest`, `hexdigest`), as `hashlib.sha256` gives."""
    found: Hash = _new(data)
    return found


def sha256_hex(data: bytes) -> str:
    return sha256(data).hexdigest()


def hmac_sha256_hex(key: bytes, message: bytes) -> str:
    """`hmac.new(key, message, hashlib.sha256).hexdigest()`."""
    if len(key) > _BLOCK:
        key = sha256(key).digest()
    key = key.ljust(_BLOCK, b"\0")
    inner = sha256(key.translate(_INNER))
    inner.update(message)
    outer = sha256(key.translate(_OUTER))
    outer.update(inner.digest())
    return outer.hexdigest()


def same(a: bytes, b: bytes) -> bool:
    """Compare two digests in constant time (`hmac.compare_digest`)."""
    return bool(_compare_digest(a, b))
