"""Extraction's rules are compiled at their first use (extract/lazyre.py): every one must
still be a valid pattern, found now rather than on the article that first needs it, and a
lazy pattern must answer as the compiled one does."""

from __future__ import annotations

import re
from typing import cast

import pytest

import claimcheck.extract
from claimcheck.extract import atomize, blocks, hints, ingest, lazyre, refer

MODULES = (claimcheck.extract, atomize, blocks, hints, ingest, refer)


def _lazy_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (f"{module.__name__}.{name}", cast(re.Pattern[str], value))
        for module in MODULES
        for name, value in vars(module).items()
        if isinstance(value, lazyre._Lazy)
    ]


def test_the_rules_are_compiled_lazily() -> None:
    assert len(_lazy_patterns()) > 300


@pytest.mark.parametrize(("name", "pattern"), _lazy_patterns(), ids=lambda x: str(x)[:60])
def test_every_rule_compiles(name: str, pattern: re.Pattern[str]) -> None:
    re.compile(pattern.pattern, pattern.flags)


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    lazy = lazyre.compile(r"(?P<word>\w+)ed\b", re.I)
    assert lazy.pattern == r"(?P<word>\w+)ed\b"
    text = "It RAINED and snowed, then cleared."
    same = re.compile(lazy.pattern, re.I)
    assert lazy.flags == same.flags
    assert lazy.search(text).group("word") == "RAIN"  # type: ignore[union-attr]
    assert lazy.match(text) is None
    assert lazy.findall(text) == ["RAIN", "snow", "clear"]
    assert lazy.sub("X", text) == same.sub("X", text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in same.finditer(text)]
    assert lazy.groupindex == same.groupindex


def test_a_broken_pattern_fails_at_its_first_use() -> None:
    broken = lazyre.compile(r"(unclosed")
    with pytest.raises(re.error):
        broken.search("text")
