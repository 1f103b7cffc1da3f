"""The report as GitHub-flavoured Markdown.

Text from claim files is escaped so that it renders literally: no HTML, no links, no
emphasis, no table breaks. Links are built only from validated http(s) URLs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING
from urllib.parse import quote

from claimcheck.evidence.proof import evidence_line
from claimcheck.formats import (
    article_warning,
    byline,
    groups,
    pct,
    pending_warning,
    rate_line,
    reviewers_line,
    when,
)
from claimcheck.formats.registry import Format, Options, records
from claimcheck.formats.spool import Lines, spooled
from claimcheck.query import reviews_line
from claimcheck.reportdata import Totals, rechecks
from claimcheck.reportview import build, totals_view
from claimcheck.safe import one_line, shown_name
from claimcheck.states import RECHECK_WORDS

if TYPE_CHECKING:  # given views of the records (`reportview`), or the records
    from claimcheck.models import Source
    from claimcheck.report import ArticleReport, ClaimView, Rendered, Report, Tally

# Characters that start Markdown or HTML syntax inside a line (escaped text never starts a
# line here, so list, heading and quote markers are harmless); `$` for GitHub's math.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")


def text(value: str) -> str:
    """Escape text from a claim file so that Markdown shows it literally, on one line."""
    return _SPECIAL.sub(r"\\\1", one_line(value))


def url(value: str) -> str:
    """A validated http(s) URL made safe inside (<...>): no brackets, spaces or quotes."""
    return quote(value, safe=":/?#@!$&'*+,;=%-._~[]")


def render(report: Report) -> str:
    return "\n".join(_lines(report)).rstrip("\n") + "\n"


def _lines(report: Report) -> Iterator[str]:
    many = len(report.articles) != 1
    if many:
        # a public report names no claim file (public.public_report): no column of them
        files = any(a.file is not None for a in report.articles)
        rows = [_row(a, files) for a in report.articles]
        recheck = sum(rechecks(a.claims) for a in report.articles)
        yield from _head(report.totals, len(report.articles), rows, recheck, files)
    for a in report.articles:
        yield from _article(a, level=2 if many else 1)


def _head(
    totals: Tally, articles: int, rows: list[str], recheck: int, files: bool = True
) -> Iterator[str]:
    """What a report on several articles opens with: their totals, a row for each
    (`recheck`: their claims that need a re-check; `files`: with a column of their claim
    files)."""
    yield f"# Verification report: {articles} articles"
    yield ""
    yield from _warning(pending_warning(totals, articles, recheck))
    yield from _summary(totals, level=2)
    yield ("| File " if files else "") + (
        "| Article | Sourced | Unverified | Opinion | Pending | Sourcing rate |"
    )
    yield ("|---" if files else "") + "|---|--:|--:|--:|--:|--:|"
    yield from rows
    yield ""


def _row(a: ArticleReport, files: bool = True) -> str:
    s = a.summary
    return (
        (f"| {text(shown_name(a.file or ''))} " if files else "")
        + f"| {text(a.article.title)} | {s.sourced} | {s.unverified} "
        f"| {s.opinion} | {s.pending} | {pct(s.sourcing_rate)} |"
    )


def _warning(message: str | None) -> Iterator[str]:
    if message:
        yield "> [!WARNING]"
        yield f"> **{message}**"
        yield ""


def _summary(t: Tally, level: int) -> Iterator[str]:
    yield f"{'#' * level} Summary"
    yield ""
    yield "| Label | Claims | Share |"
    yield "|---|--:|--:|"
    shares = t.percent.model_dump()
    for name, n in t.counts().items():
        yield f"| {name} | {n} | {pct(shares[name])} |"
    yield f"| **total** | **{t.claims}** | |"
    yield ""
    yield f"**{rate_line(t)}**"
    yield ""


def _article(a: ArticleReport, level: int) -> Iterator[str]:
    h = "#" * level
    yield f"{h} Verification report: {text(a.article.title)}"
    yield ""
    yield "| | |"
    yield "|---|---|"
    for field, value in byline(a):
        shown = f"<{url(value)}>" if field == "URL" else text(value)
        yield f"| {field} | {shown} |"
    if a.file is not None:  # a public report names none (public.public_report)
        yield f"| Claim file | {text(shown_name(a.file))} |"
    yield f"| Reviewed by | {text(reviewers_line(a.reviewers))} |"
    if a.first_decision:
        yield f"| First decision | {when(a.first_decision)} |"
        yield f"| Last decision | {when(a.last_decision)} |"
    yield ""
    yield from _warning(article_warning(a))
    yield from _summary(a.summary, level + 1)
    if a.has_sections():
        yield f"{h}# By section"
        yield ""
        names = list(a.summary.counts())
        yield (
            "| Section | Claims | "
            + " | ".join(n.capitalize() for n in names)
            + " | Sourcing rate |"
        )
        yield "|---|--:|" + "--:|" * len(names) + "--:|"
        for s in a.sections:
            counts = " | ".join(str(getattr(s, n)) for n in names)
            yield f"| {text(s.name)} | {s.claims} | {counts} | {pct(s.sourcing_rate)} |"
        yield ""
    for name, heading, claims in groups(a):
        yield f"{h}# {heading} ({len(claims)})"
        yield ""
        for claim in claims:
            yield from _claim(claim, name)
        yield ""


def _claim(claim: ClaimView, name: str) -> Iterator[str]:
    yield f"- **{claim.id}**: {text(claim.text)}"
    if claim.needs_recheck:
        yield f"  - **{RECHECK_WORDS[0].upper()}{RECHECK_WORDS[1:]}.**"
    if claim.reviews:
        yield f"  - *Reviews:* {text(reviews_line(claim, notes=True))}"
    if name == "sourced":
        for src in claim.sources:
            yield f"  - {_source(src)}"
            if src.passage:
                yield f"    > “{text(src.passage)}”"
            if src.snapshot:  # a public report's sources carry none
                yield f"    - *Evidence:* {text(evidence_line(src))}"
    if claim.note and not claim.reviews:  # several reviewers: each note with its review
        yield f"  - *Note:* {text(claim.note)}"
    if claim.explanation:
        yield f"  - *Explanation:* {text(claim.explanation)}"


def _source(src: Source) -> str:
    shown = text(src.title or src.url or src.citation or "")
    head = f"[{shown}](<{url(src.url)}>)" if src.url else shown
    if src.url is None and src.title and src.citation:
        head = f"{text(src.title)}: {text(src.citation)}"
    extra = [text(src.publisher)] if src.publisher else []
    if src.accessed:
        extra.append(f"accessed {src.accessed.isoformat()}")
    return head + (f" ({', '.join(extra)})" if extra else "")


def write(items: Iterable[ArticleReport | Rendered], options: Options) -> Iterator[str]:
    """The report, an article at a time: only one article's records are alive at once
    (its text spooled, `formats.spool`), so an archive need not fit in memory."""
    articles = iter(records(items))
    first = next(articles, None)
    second = next(articles, None)
    if first is None or second is None:  # one article (or none): nothing to gather
        yield render(build([first] if first else []))
        return
    totals = Totals()
    rows: list[str] = []
    files = first.file is not None  # a public report names none (public.public_report)
    with spooled() as spool:
        body = Lines(spool)
        for a in itertools.chain((first, second), articles):
            totals.add(a)
            rows.append(_row(a, files))
            body.extend(_article(a, level=2))
        tally = totals_view(totals.counts)
        yield "\n".join(_head(tally, totals.articles, rows, totals.rechecks, files)) + "\n"
        yield from spool.chunks()
    yield "\n"


FORMAT = Format("md", 2, "GitHub-flavoured Markdown", (".md", ".markdown"), write, takes_json=True)
