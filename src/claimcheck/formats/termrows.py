"""The table of articles in the totals of a terminal report on several articles: a row
for each, drawn a part at a time with the widths of the whole table (`term` draws the
rest of the report)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.formats import pct
from claimcheck.safe import one_line, shown_name
from claimcheck.states import COLOURS, NAMES

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType
    from rich.table import Table

    from claimcheck.report import ArticleReport


@dataclass(frozen=True, slots=True)
class Row:
    """What the totals of a report on several articles show of each: its claims per state
    (in `NAMES` order) and rate, not the article's tally (over an archive, a thousand
    tallies held until the end were a megabyte of the report's peak memory)."""

    file: str | None  # None in a public report
    title: str
    counts: tuple[int, ...]
    rate: str

    @classmethod
    def of(cls, a: ArticleReport) -> Row:
        s = a.summary
        return cls(
            a.file, a.article.title, tuple(getattr(s, n) for n in NAMES), pct(s.sourcing_rate)
        )

    def cells(self, names: list[str]) -> list[RenderableType]:
        """The row's cells in the table of articles, which shows the states `names`."""
        from rich.text import Text

        return [
            Text(shown_name(self.file or "")),
            Text(one_line(self.title)),
            *(str(self.counts[NAMES.index(name)]) for name in names),
            self.rate,
        ]


# The table of articles in the totals is drawn this many rows at a time. Rich renders a
# table whole, every cell's text and styles held until it is printed: over an archive of
# 1,000 articles that was 10 MB at the very end of the report, the peak of its memory.
ROWS_AT_ONCE = 50
# The method of rich's Table that lays out its columns (rich's own, not its public API).
RICH_LAYOUT = "_calculate_column_widths"


def rows_table(
    names: list[str], rows: list[Row], widths: list[int] | None = None, plain: bool = False
) -> Table:
    """The table of articles; with `widths` (each column's, its padding included, as rich
    laid out the whole table), a part of it laid out the same: fixed columns, no expansion
    (nor when `plain`: its columns as wide as their text)."""
    from rich.table import Table

    fixed = widths is not None
    table = Table(box=None, header_style="bold", pad_edge=False, expand=not (fixed or plain))
    table.add_column("file", overflow="fold", ratio=None if fixed else 1)
    table.add_column("article", ratio=None if fixed else 2)
    for name in names:
        table.add_column(name, justify="right", style=COLOURS[name], no_wrap=True)
    table.add_column("rate", justify="right", no_wrap=True)
    if widths is not None:
        last = len(table.columns) - 1
        for i, column in enumerate(table.columns):
            # box=None, pad_edge=False: one space each side, none at the outer edges
            column.width = widths[i] - (i > 0) - (i < last)
    for row in rows:
        table.add_row(*row.cells(names))
    return table


class RowsPart:
    """Some rows of the table of articles (the header with the first), laid out with the
    column widths of the whole table (measured once per width drawn at), so the parts
    printed one after another are the very text of the whole table."""

    def __init__(
        self,
        rows: list[Row],
        names: list[str],
        start: int,
        widths: dict[int, list[int]],
        plain: bool,
    ) -> None:
        self.rows, self.names, self.start, self.plain = rows, names, start, plain
        self.widths = widths  # shared by the parts: max width -> the whole table's widths

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Table]:
        rows = self.rows[self.start : self.start + ROWS_AT_ONCE]
        width = options.max_width
        if width not in self.widths:
            # rich's own layout of the whole table (box=None: no border width to take
            # off), a method of its own: were it gone, the first part is the whole table
            from rich.table import Table

            if not hasattr(Table, RICH_LAYOUT):
                if not self.start:
                    yield rows_table(self.names, self.rows, plain=self.plain)
                return
            few = widest(self.rows, self.names, console, options)
            whole = rows_table(self.names, few, plain=self.plain)
            self.widths[width] = getattr(whole, RICH_LAYOUT)(console, options)
        table = rows_table(self.names, rows, self.widths[width])
        table.show_header = not self.start
        yield table


def widest(
    rows: list[Row], names: list[str], console: Console, options: ConsoleOptions
) -> list[Row]:
    """The rows that a table of all `rows` is laid out by: for each column, one whose cell
    is the widest there (rich's measure: its longest line) and one whose cell is the
    widest when wrapped as narrow as it goes (its longest word). Rich lays a column out by
    those two maxima over its cells alone, so a table of these few rows is laid out as
    the whole table is, without every row's text and measures held at once."""
    from rich.measure import Measurement

    best: dict[tuple[int, int], tuple[int, int]] = {}  # (column, min|max) -> (width, row)
    for index, row in enumerate(rows):
        for column, cell in enumerate(row.cells(names)):
            measured = Measurement.get(console, options, cell)
            for which, value in enumerate(measured):
                key = (column, which)
                if key not in best or value > best[key][0]:
                    best[key] = (value, index)
    return [rows[i] for i in sorted({index for _, index in best.values()})]
