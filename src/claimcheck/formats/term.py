"""The report in a terminal: rich renderables, coloured by label, readable without colour.

Everything from a claim file enters as `rich.text.Text` (never markup) after `clean`, and
the label bar uses a different character per label, so it still reads when piped or under
NO_COLOR.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from claimcheck.evidence.proof import evidence_line, unproven
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
from claimcheck.formats.spool import PLAIN_WIDTH, Trimmed, spooled
from claimcheck.query import reviews_line
from claimcheck.reportdata import Totals, rechecks
from claimcheck.reportview import build, totals_view
from claimcheck.safe import clean, one_line, shown_name
from claimcheck.states import COLOURS as STYLES
from claimcheck.states import RECHECK_WORDS, STATES

if TYPE_CHECKING:  # given views of the records (`reportview`), or the records
    from rich.console import Console, RenderableType

    from claimcheck.formats.termrows import Row
    from claimcheck.report import ArticleReport, ClaimView, Rendered, Report, Tally

# rich is imported by the functions that draw, not with the module: choosing a report's
# format imports every format module, and a report in another format (md, json, csv)
# has no use for rich (a fifth of its start-up).

BLOCKS = {s.name: s.block for s in STATES}
BAR_WIDTH = 40


def render(report: Report, plain: bool = False) -> Iterator[RenderableType]:
    """The report's parts; `plain` for a pipe or a file (`draw`): no box, no rule, nothing
    stretched to the width."""
    if len(report.articles) != 1:
        from claimcheck.formats.termrows import Row

        rows = [Row.of(a) for a in report.articles]
        recheck = sum(rechecks(a.claims) for a in report.articles)
        yield from _totals(report.totals, rows, recheck, plain)
    for i, article in enumerate(report.articles):
        if i or len(report.articles) != 1:
            yield _rule(plain)
        yield from _article(article, plain)


def _rule(plain: bool) -> RenderableType:
    """Between articles: a rule across a terminal, an empty line in plain text."""
    from rich.rule import Rule
    from rich.text import Text

    return Text("") if plain else Rule(style="dim")


def _above(part: RenderableType, lines: int, plain: bool) -> RenderableType:
    """`part` under `lines` empty lines (padded to the width only on a terminal)."""
    from rich.padding import Padding

    return Padding(part, (lines, 0, 0, 0), expand=not plain)


def _totals(
    t: Tally, rows: list[Row], recheck: int = 0, plain: bool = False
) -> Iterator[RenderableType]:
    """The totals of a report on several articles (`recheck`: their claims that need a
    re-check), and a row for each."""
    from rich.text import Text

    yield Text(f"Verification report: {len(rows)} articles", style="bold")
    yield from _warning(pending_warning(t, len(rows), recheck))
    yield _summary(t)
    names = list(t.counts())
    from claimcheck.formats import termrows

    if len(rows) <= termrows.ROWS_AT_ONCE:
        yield _above(termrows.rows_table(names, rows, plain=plain), 1, plain)
        return
    widths: dict[int, list[int]] = {}
    for start in range(0, len(rows), termrows.ROWS_AT_ONCE):
        part = termrows.RowsPart(rows, names, start, widths, plain)
        yield _above(part, 1 if start == 0 else 0, plain)


def _warning(message: str | None) -> Iterator[RenderableType]:
    from rich.text import Text

    if message:
        yield Text(f"⚠ {one_line(message)}", style="bold red")


def _article(a: ArticleReport, plain: bool = False) -> Iterator[RenderableType]:
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    head = Text(one_line(a.article.title), style="bold")
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim")
    facts.add_column(overflow="fold")  # an article's URL folds at the width, never cut
    for field, value in byline(a):
        facts.add_row(field, Text(one_line(value)))
    if a.file is not None:  # a public report names none (public.public_report)
        facts.add_row("Claim file", Text(shown_name(a.file)))
    facts.add_row("Reviewed by", Text(one_line(reviewers_line(a.reviewers))))
    if a.first_decision:
        facts.add_row("Decisions", f"{when(a.first_decision)} to {when(a.last_decision)}")
    if plain:
        yield Group(Text("Verification report", style="bold"), head, facts)
    else:
        yield Panel(Group(head, facts), title="Verification report", title_align="left")
    yield from _warning(article_warning(a))
    yield _summary(a.summary)
    if a.has_sections():
        yield _sections(a, plain)
    for name, heading, claims in groups(a):
        yield Text(f"\n{heading} ({len(claims)})", style=f"bold {STYLES[name]}")
        yield _claims(claims, name)


def _summary(t: Tally) -> RenderableType:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table.grid(padding=(0, 2))
    table.add_column()
    table.add_column(justify="right")
    table.add_column(justify="right")
    table.add_column()
    shares = t.percent.model_dump()
    bar = Text()
    for name, n in t.counts().items():
        blocks = Text(BLOCKS[name] * _width(n, t.claims), style=STYLES[name])
        table.add_row(Text(name, style=STYLES[name]), str(n), pct(shares[name]), blocks)
        bar.append(blocks)
    table.add_row(Text("total", style="bold"), str(t.claims), "", bar)
    return Group(
        Text("\nSummary", style="bold"),
        table,
        Text(rate_line(t), style="bold"),
    )


def _width(n: int, total: int) -> int:
    """Blocks for n of total in a bar of BAR_WIDTH; at least one for any n > 0."""
    return 0 if not n else max(1, round(BAR_WIDTH * n / total))


def _sections(a: ArticleReport, plain: bool) -> RenderableType:
    from rich.table import Table
    from rich.text import Text

    table = Table(
        title="By section",
        title_justify="left",
        title_style="bold",
        box=None,
        header_style="bold",
        pad_edge=False,
        expand=not plain,
    )
    table.add_column("section", ratio=1)
    table.add_column("claims", justify="right", no_wrap=True)
    names = list(a.summary.counts())
    for name in names:
        table.add_column(name, justify="right", style=STYLES[name], no_wrap=True)
    table.add_column("rate", justify="right", no_wrap=True)
    for s in a.sections:
        table.add_row(
            Text(one_line(s.name)),
            str(s.claims),
            *(str(getattr(s, name)) for name in names),
            pct(s.sourcing_rate),
        )
    return _above(table, 1, plain)


def _claims(claims: list[ClaimView], name: str) -> RenderableType:
    from rich.table import Table
    from rich.text import Text

    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column(ratio=1, overflow="fold")  # a source's URL folds, never cut to `…`
    for claim in claims:
        body = Text(one_line(claim.text))
        if claim.needs_recheck:
            body.append(f"\n{RECHECK_WORDS}", style="bold yellow")
        if claim.reviews:
            body.append(f"\nreviews: {one_line(reviews_line(claim, notes=True))}", style="dim")
        if name == "sourced":
            for i, src in enumerate(claim.sources, 1):
                body.append(f"\n{i}. ", style="dim")
                body.append(one_line(src.describe()), style="underline" if src.url else "")
                detail = [one_line(x) for x in (src.title, src.publisher) if x]
                if detail:
                    body.append(" — " + ", ".join(detail), style="italic")
                if src.passage:
                    body.append(f"\n   “{one_line(src.passage)}”")
                if src.accessed:
                    body.append(f"\n   accessed {src.accessed.isoformat()}", style="dim")
                if src.snapshot:  # a public report's sources carry none
                    style = "bold red" if unproven(src) else "dim"
                    body.append(f"\n   {evidence_line(src)}", style=style)
        if claim.note and not claim.reviews:  # several reviewers: each note with its review
            body.append("\nnote: ", style="dim")
            body.append(clean(claim.note).strip())
        if claim.explanation:
            body.append("\nexplanation: ", style="dim")
            body.append(clean(claim.explanation).strip())
        table.add_row(claim.id, body)
    return table


def write(items: Iterable[ArticleReport | Rendered], options: Options) -> Iterator[str]:
    """The terminal rendering as plain text for a file (`draw`: no colour, no box, no
    width), drawn into a spool, not a string: an archive's report need not fit in memory."""
    from rich.console import Console

    with spooled() as spool:
        console = Console(file=spool.file, force_terminal=False, color_system=None, highlight=False)
        draw(records(items), console)
        yield from spool.chunks()


def draw(articles: Iterable[ArticleReport], console: Console) -> None:
    """The report on a console: on a terminal, its width and colours; otherwise (a pipe,
    a file) plain text, as wide as its lines: no box, no URL or claim folded or cut.

    Several articles are drawn as they come, each captured (with its colours) into a
    spool (`formats.spool`) until the totals that open the report are known: only one
    article's records are alive at once, so an archive need not fit in memory."""
    plain = not console.is_terminal
    if plain:
        console.file, console.width = Trimmed(console.file), PLAIN_WIDTH  # type: ignore[assignment]
    articles = iter(articles)
    first, second = next(articles, None), next(articles, None)
    if first is None or second is None:  # one article (or none): nothing to gather
        for part in render(build([first] if first else []), plain):
            console.print(part)
        return
    totals = Totals()
    from claimcheck.formats.termrows import Row

    rows: list[Row] = []
    with spooled() as spool:
        for a in itertools.chain((first, second), articles):
            totals.add(a)
            rows.append(Row.of(a))
            # captured a part at a time: a capture holds every line's styled pieces until
            # it ends, and an article's hundred claims at once were megabytes of them
            for part in itertools.chain([_rule(plain)], _article(a, plain)):
                with console.capture() as captured:
                    console.print(part)
                spool.write(captured.get())
            _forget()
        for part in _totals(totals_view(totals.counts), rows, totals.rechecks, plain):
            console.print(part)
        for chunk in spool.chunks():
            console.file.write(chunk)
        console.file.flush()


def _forget() -> None:
    """Empty rich's cache of text widths, drawn articles' text only: it keeps 4,096 of
    the strings it measured (claim lines, each padded to the width), over an archive a
    megabyte and a half of the report's peak memory that no later article reads."""
    from rich import cells

    clear = getattr(getattr(cells, "cached_cell_len", None), "cache_clear", None)
    if clear is not None:  # rich's own, not its public API: without it, nothing to do
        clear()


FORMAT = Format("term", 1, "reading in a terminal", (".txt",), write, takes_json=True, draw=draw)
