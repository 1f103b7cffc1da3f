"""The report formats: each module of this package that defines `FORMAT` is one.

A format is a name, the -o suffixes that choose it, and a writer with one signature:
report records (or, for a format that `takes_json`, the cache's JSON of each article) in,
text chunks out. Adding a format is adding a module here; `report --format`, the suffix
guess and the README's table of formats read this registry.
"""

from __future__ import annotations

import importlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, NamedTuple

from claimcheck.errors import BadUsage

if TYPE_CHECKING:
    from claimcheck.config import Desk
    from claimcheck.report import ArticleReport, Rendered


class Options(NamedTuple):
    """What a writer may need besides the reports."""

    url: str = ""  # where the fact-check is published (ClaimReview)
    desk: Desk | None = None  # the desk's configuration: who publishes (ClaimReview)
    warn: Callable[[str], None] | None = None  # a warning for the user (not in the output)
    output: str | None = None  # the -o file (links to snapshots are relative to its folder)
    public: bool = False  # for readers: nothing internal to the desk (see public.py)


Writer = Callable[[Iterable["ArticleReport | Rendered"], Options], Iterator[str]]


class Format(NamedTuple):
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
    import pkgutil  # here: a format named on the command line is found without it

    from claimcheck import formats as package

    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        fmt = getattr(module, "FORMAT", None)
        if isinstance(fmt, Format):
            found.append(fmt)
    return {f.name: f for f in sorted(found, key=lambda f: (f.order, f.name))}


# The module that defines each format: a report in one named format imports that module
# alone, not all six (a test checks this table against the modules' own FORMAT).
MODULES = {
    "term": "term",
    "md": "markdown",
    "html": "html",
    "json": "jsonout",
    "csv": "table",
    "claimreview": "claimreview",
}


# The format each -o suffix means: a report written to a file imports its format's module
# alone (a test checks this table against the formats' own suffixes).
SUFFIXES = {
    ".txt": "term",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".csv": "csv",
    ".jsonld": "claimreview",
}


def _by_suffix(suffix: str) -> Format | None:
    name = SUFFIXES.get(suffix.lower())
    return None if name is None else named(name)


def named(name: str) -> Format:
    module = MODULES.get(name)
    if module is not None:
        fmt = getattr(importlib.import_module(f"{__package__}.{module}"), "FORMAT", None)
        if isinstance(fmt, Format) and fmt.name == name:
            return fmt
    known = formats()
    if name not in known:
        raise BadUsage(f"--format: unknown format {name!r}; choose one of {', '.join(known)}")
    return known[name]


def for_suffix(suffix: str, default: str = "term") -> Format:
    """The format an -o file's suffix asks for (the default when none does)."""
    return _by_suffix(suffix) or named(default)


# Plain text: any format may be written to such a file; it chooses one only without --format.
GENERIC = (".txt",)


def suffix_list() -> str:
    return ", ".join(s for f in formats().values() for s in f.suffixes)


def choose(fmt: str | None, output: str | None, default: str = "term") -> Format:
    """The format a report is written in: --format, else the -o file's suffix, else
    `default`. An -o suffix that names no format, or one that names another format than
    --format, is refused: a report is never written in a format its file name belies."""
    chosen = named(fmt.strip().lower()) if fmt else None
    suffix = PurePath(output).suffix.lower() if output is not None else ""
    if output is None or (not suffix and _stream(output)):
        # a device or pipe (`-o /dev/null`, `-o /dev/stdout`): no name to go by, read as
        # standard output is
        return chosen or named(default)
    by_suffix = _by_suffix(suffix)
    if chosen is None and by_suffix is None:
        what = f"unknown suffix {suffix!r}" if suffix else "no suffix"
        raise BadUsage(
            f"-o {output}: {what}; give --format ({', '.join(formats())}) "
            f"or a known suffix ({suffix_list()})"
        )
    generic = suffix in GENERIC
    if chosen is not None and by_suffix is not None and by_suffix is not chosen and not generic:
        raise BadUsage(
            f"--format {chosen.name} contradicts -o {output}, whose suffix means "
            f"{by_suffix.name}; change one of them"
        )
    result = chosen or by_suffix
    assert result is not None
    return result


def _stream(output: str) -> bool:
    """`output` is a device, pipe or socket already there: no file a suffix would name."""
    try:
        mode = os.stat(output).st_mode
    except (OSError, ValueError):
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def records(items: Iterable[ArticleReport | Rendered]) -> Iterator[ArticleReport]:
    """The reports as the formats read them: records as they are, the cache's JSON as
    views of it with the records' attributes (`reportview`: no pydantic model built)."""
    from typing import cast

    from claimcheck.reportview import views

    # a view duck-types the record: the formats are written (and typed) against records
    return cast("Iterator[ArticleReport]", views(items))
