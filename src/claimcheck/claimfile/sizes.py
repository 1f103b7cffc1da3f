"""How much a claim file may hold, counted before anything is built from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from claimcheck.errors import InvalidClaimFile, Problem

# The most values (scalars, mappings, lists) a claim file may hold. Each costs some 300
# bytes as a node and more as data and records, and a value that fails validation some
# 4 KB (pydantic's error, its message, the line printed): 1 MiB of `{},` was 1.4 GB. A
# 20,000-claim file holds some 600,000 (bench/gen.py: 30 a claim).
MAX_VALUES = 1_000_000


def _values_at_most(text: str) -> int:
    """An upper bound on the values the text composes to, counted at C speed before any
    node is built: every value but the root is introduced by an indicator, a block
    sequence's `-` (its item), a key's `:` or `?` (the key and its value), a flow
    entry's `,` (the entry: a value, a key and its value, or a pair as a mapping of
    one), the `[` that opens a list (the list and its first entry) or the `{` that opens
    a mapping (the mapping and its first entry, a key and a null value). The same
    characters inside text only raise the bound (12 MB of generated claims: 720,000
    against 600,000 values)."""
    two = sum(text.count(mark) for mark in ":?,[")
    return 1 + text.count("-") + 2 * two + 3 * text.count("{")


def values_over(text: str, limit: int, loader: type[Any]) -> bool:
    """Whether the text composes to more than `limit` values, counted exactly on the
    parser's events (one at a time: nothing is kept) when the bound above says it may."""
    if _values_at_most(text) <= limit:
        return False
    kinds = (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)
    n = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, kinds):
                n += 1
                if n > limit:
                    return True
    except yaml.YAMLError:
        return False  # the loader says what is wrong, with its line
    return False


TOO_MANY = (
    f"holds more than {MAX_VALUES:,} values, more than a claim file may (20,000 claims hold"
    " some 600,000); not loaded"
)


def refuse_too_many(text: str, path: Path, loader: type[Any]) -> None:
    """Refuse, before it is loaded, a claim file of more than MAX_VALUES values."""
    if values_over(text, MAX_VALUES, loader):
        raise InvalidClaimFile([Problem(path, None, None, TOO_MANY)])
