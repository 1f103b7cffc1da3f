"""Regular expressions compiled the first time they are used, not when imported.

Extraction's rules are several hundred regular expressions, and compiling them all took
about a quarter of a second of every `extract`, before the article was even read. Most
rules are for constructions a given article may not have, and those that cut sentences
are first used after a long article's work is shared with a second process
(parallel.py), so each process compiles them while the other works. A pattern made here
behaves as the `re.Pattern` it stands for: its first use compiles it (through `re`'s
own cache) and keeps the compiled pattern's methods on the object, so later calls cost
what the pattern's own do. One difference: a match's `.re` is the compiled pattern, not
this object, so a rule that asks which pattern matched compares their `.pattern` texts.
"""

from __future__ import annotations

import re
from typing import Any, cast

# the Pattern methods the rules call, kept on the object once compiled
_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")


class _Lazy:
    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # read before compiling, to build larger patterns from it
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only for what __init__ did not set
        if name.startswith("__"):  # copy, pickle and the like: not a pattern's method
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), done at the first use."""
    return cast(re.Pattern[str], _Lazy(pattern, flags))
