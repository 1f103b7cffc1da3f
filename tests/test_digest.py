"""claimcheck.digest gives hashlib's and hmac's results without importing them."""

from __future__ import annotations

import hashlib
import hmac
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import digest


@given(st.binary(max_size=300))
def test_sha256_is_hashlibs(data: bytes) -> None:
    assert digest.sha256_hex(data) == hashlib.sha256(data).hexdigest()
    h = digest.sha256()
    h.update(data)
    h.update(data)
    assert h.hexdigest() == hashlib.sha256(data + data).hexdigest()


@given(st.binary(max_size=200), st.binary(max_size=300))
def test_hmac_is_hmacs(key: bytes, message: bytes) -> None:
    expected = hmac.new(key, message, hashlib.sha256).hexdigest()
    assert digest.hmac_sha256_hex(key, message) == expected


def test_hmac_long_and_block_sized_keys() -> None:
    for size in (63, 64, 65, 128, 1000):
        key = bytes(i % 256 for i in range(size))
        assert digest.hmac_sha256_hex(key, b"m") == hmac.new(key, b"m", hashlib.sha256).hexdigest()


def test_same() -> None:
    assert digest.same(b"abc", b"abc")
    assert not digest.same(b"abc", b"abd")
    assert not digest.same(b"abc", b"ab")


def test_importing_it_loads_no_openssl() -> None:
    code = (
        "import claimcheck.digest, sys; print('hashlib' in sys.modules, '_hashlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


@given(st.binary(max_size=100), st.binary(max_size=300))
def test_the_fast_mac_is_keyed_blake2b(key: bytes, message: bytes) -> None:
    short = key if len(key) <= 64 else hashlib.blake2b(key).digest()
    expected = hashlib.blake2b(message, digest_size=32, key=short).hexdigest()
    assert digest.fast_mac_hex(key, message) == expected
    assert digest.fast_mac_hex(key + b"x", message) != expected
    h = digest.fast()
    h.update(message)
    assert h.hexdigest() == hashlib.blake2b(message, digest_size=32).hexdigest()


def test_a_python_without_the_3_11_module_falls_back_to_the_next() -> None:
    # Python 3.12 names CPython's sha256 module `_sha2`; another Python may have neither
    import hashlib

    assert digest._module("_no_such_sha_module", "hashlib") is hashlib
    with pytest.raises(ImportError):
        digest._module("_no_such_sha_module")
