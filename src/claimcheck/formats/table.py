"""The report as CSV: one row per claim, for spreadsheets.

A cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
carriage return) is prefixed with an apostrophe, the neutralisation OWASP recommends.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from claimcheck.evidence.proof import evidence_line
from claimcheck.formats.registry import Format, Options, records
from claimcheck.query import reviews_line
from claimcheck.safe import clean, shown_name

if TYPE_CHECKING:
    from claimcheck.report import ArticleReport, Rendered

COLUMNS = [
    "file",
    "article_id",
    "article_title",
    "claim_id",
    "section",
    "label",
    "claim",
    "quote",
    "start",
    "end",
    "source_urls",
    "source_citations",
    "source_titles",
    "source_passages",
    "note",
    "reviewer",
    "reviewed_at",
    "reviews",
    "hint",
    "hint_reasons",
    "attributed_to",
    "explanation",
    "needs_recheck",
    "evidence",
]
# ASCII and their full-width and small forms, which spreadsheets also read as formulas
_FORMULA = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63")


def _formula(value: str) -> bool:
    """Whether a spreadsheet may run `value`: a formula sign after any spaces (NBSP
    included) and invisible format characters (zero-width space, joiners, BOM), which
    spreadsheets skip."""
    import unicodedata

    for ch in value:
        if ch in _FORMULA:
            return True
        if not (ch.isspace() or unicodedata.category(ch) in ("Cf", "Zs")):
            return False
    return False


def cell(value: str | None) -> str:
    """A text cell from a claim file: control characters stripped, formulas neutralised."""
    if not value:
        return ""
    value = clean(value)
    return "'" + value if _formula(value) else value


def rows(articles: Iterable[ArticleReport], files: bool = True) -> Iterator[list[str]]:
    """The header and a row per claim; without the `file` column unless `files` (a public
    report names no claim file: public.public_report)."""
    yield COLUMNS if files else COLUMNS[1:]
    for a in articles:
        for c in a.claims:
            joined = {
                "url": " | ".join(s.url for s in c.sources if s.url),
                "citation": " | ".join(s.citation for s in c.sources if s.citation),
                "title": " | ".join(s.title for s in c.sources if s.title),
                "passage": " | ".join(s.passage for s in c.sources if s.passage),
            }
            yield [
                *([cell(shown_name(a.file or ""))] if files else []),
                cell(a.article.id),
                cell(a.article.title),
                cell(c.id),
                cell(c.section),
                c.label_name,
                cell(c.text),
                cell(c.passage.quote),
                str(c.passage.start),
                str(c.passage.end),
                cell(joined["url"]),
                cell(joined["citation"]),
                cell(joined["title"]),
                cell(joined["passage"]),
                cell(c.note),
                cell(c.reviewer),
                c.reviewed_at.isoformat() if c.reviewed_at else "",
                cell(reviews_line(c, notes=True)),
                c.hint.kind if c.hint else "",
                cell("; ".join(c.hint.reasons)) if c.hint else "",
                cell(c.hint.attributed_to) if c.hint else "",
                cell(c.explanation),
                "yes" if c.needs_recheck else "",
                cell(" | ".join(evidence_line(s) for s in c.sources if s.snapshot)),
            ]


def chunks(articles: Iterable[ArticleReport], files: bool = True) -> Iterator[str]:
    """The CSV text, an article at a time (RFC 4180: CRLF line ends, quotes doubled)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows(articles, files):
        writer.writerow(row)
        if buffer.tell() > 1 << 16:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def write(items: Iterable[ArticleReport | Rendered], options: Options) -> Iterator[str]:
    yield from chunks(records(items), files=not options.public)


FORMAT = Format("csv", 5, "a row per claim", (".csv",), write, takes_json=True)
