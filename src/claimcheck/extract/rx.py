"""The extractor's regular expressions, compiled once per installation, not once per run.

The extractor's rules are some 500 regular expressions, compiled when its modules are
imported. Python's `re` parses and compiles each in Python: about 0.35 s of every
`extract`, a third of extracting a whole news article (the rest of the import is 30 ms).
What `re` makes of a pattern is a list of opcodes for its C matcher (`_sre`), which
depends on nothing but the pattern, its flags and the Python: kept in the cache folder,
the next run gives those opcodes straight to `_sre.compile` (about 0.1 ms a pattern).

Only patterns compiled at import go through here (module constants, named in the code):
never one made from an article's text. The entry is signed with the cache's key (see
`claimcheck.cache`), so a cache folder someone else can write to cannot plant a pattern;
an entry that fails its signature, fails to load, or gives `_sre` code it refuses is
ignored, and the patterns are compiled as usual. A pattern is kept only if the opcodes
rebuild a pattern equal to what `re.compile` makes of it (same pattern, flags and code),
checked when the entry is written; on a Python whose `re` works differently, nothing
is kept and every run compiles as before. `CLAIMCHECK_CACHE=off` turns it off too.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import contextlib
import json
import re
import sys
import zlib
from typing import Any

# what each pattern compiled here was made of: (pattern, flags) -> the arguments of
# `_sre.compile` after the pattern, loaded from the cache (None: not looked for yet)
_kept: dict[tuple[str, int], list[Any]] | None = None
_used: list[tuple[str, int]] = []  # the patterns compiled here, in order
_fresh: dict[tuple[str, int], re.Pattern[str]] = {}  # those compiled by `re`: not kept yet
MAX_ENTRY = 16 << 20  # far above the extractor's own (about 0.1 MB compressed)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the opcodes kept by an earlier run if there are."""
    global _kept
    flags = int(flags)
    if _kept is None:
        _kept = _load()
    _used.append((pattern, flags))
    parts = _kept.get((pattern, flags))
    if parts is not None:
        with contextlib.suppress(Exception):  # refused by _sre: compiled as usual
            return _build(pattern, parts)
        _kept.pop((pattern, flags), None)
    compiled = re.compile(pattern, flags)
    _fresh[pattern, flags] = compiled
    return compiled


def save() -> None:
    """Keep the opcodes of this run's patterns for the next, when some were not kept
    yet. Never an error: a cache that cannot be written is no cache."""
    if not _fresh:
        return
    with contextlib.suppress(Exception):
        _save()
    _fresh.clear()


def _build(pattern: str, parts: list[Any]) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = parts
    built: re.Pattern[str] = _sre.compile(
        pattern, flags, code, groups, groupindex, tuple(indexgroup)
    )
    return built


def _parts(pattern: str, flags: int, compiled: re.Pattern[str]) -> list[Any] | None:
    """The arguments `re` gives `_sre.compile` for a pattern, or None if what they
    build is not `compiled`, what re.compile built (another Python's `re`)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        parts = [flags | state.flags, list(code), state.groups - 1, groupindex, indexgroup]
        if _build(pattern, parts) != compiled:
            return None
    except Exception:
        return None
    return parts


def _name() -> str:
    """The entry's name: one per Python build and `_sre` version."""
    from claimcheck.digest import fast

    stamp = fast()
    stamp.update(repr((sys.version, sys.implementation.cache_tag, _sre.MAGIC)).encode())
    return f"regex-{stamp.hexdigest()[:32]}"


def _load() -> dict[tuple[str, int], list[Any]]:
    from claimcheck import cache

    found = cache.root_and_key(create=False)
    if found is None:
        return {}
    root, secret_key = found
    name = _name()
    blob = cache.read_signed(root / "regex" / f"{name}.json.z", name, secret_key, MAX_ENTRY)
    if blob is None:
        return {}
    try:
        rows = json.loads(zlib.decompress(blob))
        return {(row[0], row[1]): row[2:] for row in rows}
    except (ValueError, TypeError, IndexError, zlib.error):
        return {}


def _save() -> None:
    from claimcheck import cache

    found = cache.root_and_key(create=True)
    if found is None:
        return
    root, secret_key = found
    kept = _kept or {}
    rows = []
    for pattern, flags in dict.fromkeys(_used):
        compiled = _fresh.get((pattern, flags))
        parts = kept.get((pattern, flags)) if compiled is None else _parts(pattern, flags, compiled)
        if parts is not None:
            rows.append([pattern, flags, *parts])
    name = _name()
    blob = zlib.compress(json.dumps(rows, separators=(",", ":")).encode(), 1)
    cache.write_signed(root / "regex" / f"{name}.json.z", name, secret_key, blob)
