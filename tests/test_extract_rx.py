"""The extractor's patterns kept compiled between runs (extract/rx.py): a warm run builds
the same patterns without compiling them, and an entry that is not this user's, or that
`_sre` refuses, is ignored."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck import cache
from claimcheck.extract import rx
from tests.conftest import DATA

PATTERNS = [
    (r"\b(?P<verb>said|says)\b", re.I),
    (r"(?:[A-Z][a-z]+\s+){1,3}(?=said)", 0),
    (r"^\s*(?:Photo|Picture):", re.M | re.I),
]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """rx as a new process finds it: nothing loaded, compiled or used yet."""
    monkeypatch.setattr(rx, "_kept", None)
    monkeypatch.setattr(rx, "_used", [])
    monkeypatch.setattr(rx, "_fresh", {})
    yield


def _entry() -> Path:
    found = cache.root_and_key(create=False)
    assert found is not None
    return found[0] / "regex" / f"{rx._name()}.json.z"


def _new_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rx, "_kept", None)
    monkeypatch.setattr(rx, "_used", [])
    monkeypatch.setattr(rx, "_fresh", {})


def test_a_second_run_builds_equal_patterns_without_compiling_them(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = [rx.compile(p, f) for p, f in PATTERNS]
    assert len(rx._fresh) == len(PATTERNS)
    rx.save()
    assert _entry().is_file()
    _new_run(monkeypatch)
    compiled: list[str] = []
    real = re.compile

    def counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counted)
    second = [rx.compile(p, f) for p, f in PATTERNS]
    assert compiled == []  # built from the kept opcodes
    assert rx._fresh == {}
    assert second == first == [real(p, f) for p, f in PATTERNS]
    assert second[0].search("Ann SAID so").group("verb") == "SAID"  # type: ignore[union-attr]


def test_an_entry_not_signed_with_this_users_key_is_ignored(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for p, f in PATTERNS:
        rx.compile(p, f)
    rx.save()
    entry = _entry()
    data = bytearray(entry.read_bytes())
    data[-1] ^= 1  # one bit of the compressed opcodes changed
    entry.write_bytes(bytes(data))
    _new_run(monkeypatch)
    again = [rx.compile(p, f) for p, f in PATTERNS]
    assert len(rx._fresh) == len(PATTERNS)  # compiled as usual
    assert again == [re.compile(p, f) for p, f in PATTERNS]


def test_opcodes_that_sre_refuses_are_compiled_as_usual(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json
    import zlib

    pattern, flags = PATTERNS[0]
    rows = [[pattern, flags, flags, [9999, 1, 2], 0, {}, [None]]]  # no opcode 9999
    found = cache.root_and_key(create=True)
    assert found is not None
    _root, key = found
    blob = zlib.compress(json.dumps(rows).encode())
    assert cache.write_signed(_entry(), rx._name(), key, blob)
    assert rx.compile(pattern, flags) == re.compile(pattern, flags)
    assert (pattern, flags) in rx._fresh


def test_no_entry_when_the_cache_is_off(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    cache.secret(create=True)
    entry = _entry()
    monkeypatch.setenv("CLAIMCHECK_CACHE", "off")
    assert rx.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    rx.save()
    assert not entry.exists()


def test_extract_writes_the_same_claims_cold_and_warm(tmp_path: Path) -> None:
    """Through the real command, twice in new processes: the first run keeps the
    patterns, the second uses them, and the claim files are the same."""
    article = tmp_path / "article.txt"
    article.write_bytes((DATA / "article.txt").read_bytes())
    outputs = []
    for name in ("cold.yaml", "warm.yaml"):
        done = subprocess.run(
            [sys.executable, "-m", "claimcheck", "extract", str(article), "-o", name],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        outputs.append((tmp_path / name).read_text().split("\n", 2)[2])  # header aside
        assert _entry().is_file()
    assert outputs[0] == outputs[1]
