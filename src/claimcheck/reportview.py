"""An article's report read from its JSON, for the formats, without pydantic's records.

The formats render `report.ArticleReport` records. Validating the cache's JSON into them
needs pydantic's model machinery: importing it (with hashlib and OpenSSL, through
`pydantic.types`) and building the records' schemas was some 10 MB of a report over an
archive whose whole budget is 1.2x the stack's own footprint. The JSON is the records'
own dump, made by claimcheck and signed (the cache) or just computed from a validated
claim file, so it needs no second validation: this module gives the formats the same
attributes over it. Each value is what the record's field holds: times and days parsed
(`datetime`, `date`), labels as `Label`, nested records as views, and the records'
methods the formats call (`label_name`, `needs_recheck`, `by_state`, `counts`, ...).

A test renders every format from views and from records, on every claim file of the
test suite and a generated archive, and compares the bytes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from claimcheck.recheck import flat_label_name, flat_needs_recheck
from claimcheck.reportdata import NO_SECTION, generator, tally
from claimcheck.states import NAMES, OPTIONAL, Label

# Fields holding a time or a day, in any record of the report.
_TIMES = frozenset({"at", "first", "last", "first_decision", "last_decision", "reviewed_at"})
_DAYS = frozenset({"published", "accessed"})


def _value(name: str, value: Any, kind: type[View] | None = None) -> Any:
    if value is None:
        return None
    if isinstance(value, dict):
        return (kind or _KINDS.get(name, View))(value)
    if isinstance(value, list):
        item = _KINDS.get(name, View)
        return [item(v) if isinstance(v, dict) else _value(name, v) for v in value]
    if isinstance(value, str):
        if name in _TIMES:
            return datetime.fromisoformat(value)
        if name in _DAYS:
            return date.fromisoformat(value)
        if name == "label":
            return Label(value)
    return value


class View:
    """A record of the report as its JSON data: its fields as attributes, typed as the
    record's are (each parsed once, when first read)."""

    __slots__ = ("_data", "_seen")

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data
        self._seen: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        try:
            return self._seen[name]
        except KeyError:
            pass
        try:
            raw = self._data[name]
        except KeyError:
            raise AttributeError(name) from None
        found = self._seen[name] = _value(name, raw)
        return found

    def model_dump(self) -> dict[str, Any]:
        """The fields as data (what the formats ask of a record of plain numbers: the
        shares of a tally), as read: not for a copy with fields replaced."""
        return dict(self._data)

    def model_copy(self, update: dict[str, Any] | None = None) -> Any:
        """A copy with some fields replaced by the values given (as the record's)."""
        copy = type(self)(self._data)  # the data is never changed: shared
        copy._seen.update(self._seen)
        copy._seen.update(update or {})
        return copy


class SourceView(View):
    __slots__ = ()

    def describe(self) -> str:
        return str(self.url or self.citation or "")


class ClaimView(View):
    """`flat.Claim`'s fields and the methods the formats use."""

    __slots__ = ()

    @property
    def label_name(self) -> str:
        return flat_label_name(self)

    @property
    def needs_recheck(self) -> bool:
        return flat_needs_recheck(self)

    def apart(self) -> list[Any]:
        return list(self.reviews)


class TallyView(View):
    __slots__ = ()

    def counts(self) -> dict[str, int]:
        """Claims per state; "disputed" only when there are some."""
        return {name: self._data[name] for name in NAMES if name != OPTIONAL or self._data[name]}


class ArticleView(View):
    """`report.ArticleReport`'s fields and methods."""

    __slots__ = ()

    def has_sections(self) -> bool:
        sections = self.sections
        return len(sections) > 1 or (bool(sections) and sections[0].name != NO_SECTION)

    def by_state(self, name: str) -> list[Any]:
        return [c for c in self.claims if c.label_name == name]


_KINDS: dict[str, type[View]] = {
    "claims": ClaimView,
    "sources": SourceView,
    "summary": TallyView,
    "sections": TallyView,
    "totals": TallyView,
}


def article(file: str, json_text: str) -> ArticleView:
    """The view of one article's report from its JSON (`reportdata.Rendered.json`)."""
    from pydantic_core import from_json

    # keys only: by default pydantic-core keeps every short string it reads (16,384 of
    # them, for good), a megabyte of an archive's claim texts and ids by the end
    data = from_json(json_text, cache_strings="keys")
    data["file"] = file
    return ArticleView(data)


class ReportView:
    """`report.Report` (as `report.build` makes it) over views."""

    def __init__(self, articles: list[Any], totals: TallyView, problems: list[str]) -> None:
        self.generator = generator()
        self.articles = articles
        self.totals = totals
        self.problems = problems


def totals_view(counts: dict[str, int]) -> Any:
    """The totals of `reportdata.Totals` as a `report.Tally` to the formats."""
    return TallyView(tally(counts))


def build(articles: list[Any]) -> Any:
    """`report.build` for views (or records): the articles with their totals, as a
    `report.Report` to the formats."""
    from claimcheck.reportdata import Totals

    totals = Totals()
    for a in articles:
        totals.add(a)
    return ReportView(articles, totals_view(totals.counts), totals.problems)


def views(items: Any) -> Iterator[Any]:
    """Each report as a view: the cache's JSON read; records as they are."""
    from claimcheck.reportdata import Rendered

    for item in items:
        yield article(item.file, item.json) if isinstance(item, Rendered) else item
