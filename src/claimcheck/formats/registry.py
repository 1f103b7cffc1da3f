"""The report formats: each module of this package that defines `FORMAT` is one.

A format is a name, the -o suffixes that choose it, and a writer with one signature:
report records (or, for a format that `takes_json`, the cache's JSON of each article) in,
text chunks out. Adding a format is adding a module here; `report --format`, the suffix
guess and the README's table of formats read this registry.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from claimcheck.errors import BadUsage

if TYPE_CHECKING:
    from claimcheck.report import ArticleReport, Rendered


@dataclass(frozen=True)
class Options:
    """What a writer may need besides the reports."""

    url: str = ""  # where the fact-check is published (ClaimReview)


Writer = Callable[[Iterable["ArticleReport | Rendered"], Options], Iterator[str]]


@dataclass(frozen=True)
class Format:
    name: str
    order: int  # where it is listed
    summary: str
    suffixes: tuple[str, ...]
    write: Writer
    takes_json: bool = False  # given each article's report as the cache's JSON (Rendered)
    needs_url: bool = False  # --url is required
    # Drawing in a terminal (colour, its width) when the report goes to stdout; else write.
    draw: Callable[[Iterable[ArticleReport], Any], None] | None = None


@cache
def formats() -> dict[str, Format]:
    """Every format, in listing order (the modules are imported on first use only)."""
    from claimcheck import formats as package

    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        fmt = getattr(module, "FORMAT", None)
        if isinstance(fmt, Format):
            found.append(fmt)
    return {f.name: f for f in sorted(found, key=lambda f: (f.order, f.name))}


def named(name: str) -> Format:
    known = formats()
    if name not in known:
        raise BadUsage(f"--format: unknown format {name!r}; choose one of {', '.join(known)}")
    return known[name]


def for_suffix(suffix: str, default: str = "term") -> Format:
    """The format an -o file's suffix asks for (the default when none does)."""
    for fmt in formats().values():
        if suffix.lower() in fmt.suffixes:
            return fmt
    return named(default)


def records(items: Iterable[ArticleReport | Rendered]) -> Iterator[ArticleReport]:
    """The reports as records: what every format that does not take JSON is given."""
    from claimcheck.report import Rendered

    for item in items:
        assert not isinstance(item, Rendered), "only a format that takes_json gets JSON"
        yield item
