"""sha256 and HMAC-SHA256 without `hashlib`.

`hashlib` (and `hmac`, which imports it) loads OpenSSL: 3.7 MB of every process here,
about a sixth of the whole stack's footprint, for two functions a report over an
archive needs on every file (the cache key and the entry's signature). Python's own
sha256 (`_sha256`, which `hashlib` itself falls back on) gives the same digests; HMAC
is RFC 2104 over it (a test checks both against `hashlib` and `hmac` on random inputs).

Built-in sha256 is about five times slower than OpenSSL's here (0.59 s against 0.11 s
for 150 MB), which a report over an archive pays on every file it reads from the cache
(its bytes are the key, the entry is signed): that key and that signature are blake2b
(`fast`, `fast_mac_hex`), also built in and three times faster than built-in sha256,
with a key of its own instead of HMAC's two passes.
"""

from __future__ import annotations

import importlib
from _operator import _compare_digest
from typing import Any, Protocol


def _module(*names: str) -> Any:
    """The first of these modules that this Python has."""
    for name in names:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ImportError(f"none of {', '.join(names)}")


# CPython's own modules, named by version (`_sha256` in 3.11, `_sha2` from 3.12); where
# neither exists (another Python), hashlib's, which is correct, only heavier
_new: Any = _module("_sha256", "_sha2", "hashlib").sha256
_blake2b: Any = _module("_blake2", "hashlib").blake2b


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


def fast() -> Hash:
    """A new blake2b object (32-byte digest): a content key, where nothing outside
    claimcheck needs the value to be sha256's."""
    found: Hash = _blake2b(digest_size=32)
    return found


def fast_mac_hex(key: bytes, message: bytes) -> str:
    """Keyed blake2b of `message` (32-byte digest): a MAC, its key at most 64 bytes (a
    longer one is hashed first, as HMAC does)."""
    if len(key) > 64:
        key = _blake2b(key).digest()
    found: Hash = _blake2b(message, digest_size=32, key=key)
    return found.hexdigest()
