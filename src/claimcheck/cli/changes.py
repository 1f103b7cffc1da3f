"""The history of claims as `history` and `show` draw it: a table, one change a line
below NARROW columns, or plain columns for a pipe. Everything from a file enters as
rich.Text, never markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.cli.render import NARROW, label_text, one_a_line, passage_words
from claimcheck.models import Change, Passage, Source
from claimcheck.safe import one_line

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.text import Text


def history_table(history: list[Change], claim_ids: list[str] | None = None) -> RenderableType:
    """Changes as a table: when, who, (which claim,) which field, from what to what; one
    change a line where the width is below NARROW (`_History`)."""
    return _History(history, claim_ids)


class _History:
    """`history_table`: the layout is chosen at the width it is drawn at, which inside
    `show`'s panel is less than the terminal's."""

    def __init__(self, history: list[Change], claim_ids: list[str] | None) -> None:
        self.history, self.claim_ids = history, claim_ids

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        if options.max_width >= NARROW:
            yield _history_table(self.history, self.claim_ids)
            return
        ids = self.claim_ids
        rows: list[list[str | Text]] = []
        for i, change in enumerate(self.history):
            old, new = _value(change.field, change.old), _value(change.field, change.new)
            rows.append(
                [Text(change.at.strftime("%Y-%m-%d %H:%M:%S"), style="dim"),
                 Text(one_line(change.by)), *([ids[i]] if ids is not None else []),
                 Text.assemble(change.field, ": ", old, " → ", new)]
            )  # fmt: skip
        yield Text("history", style="italic")
        yield one_a_line(rows)


def _history_table(history: list[Change], claim_ids: list[str] | None) -> RenderableType:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="history", title_justify="left", show_edge=False, header_style="bold")
    table.add_column("when", no_wrap=True, style="dim")
    table.add_column("who", overflow="fold", max_width=16)
    if claim_ids is not None:
        table.add_column("claim", no_wrap=True)
    table.add_column("field", no_wrap=True)
    table.add_column("from", overflow="fold", min_width=10)  # the point of the table: wrap,
    table.add_column("to", overflow="fold", min_width=10)  # never cut to "opin…"
    for i, change in enumerate(history):
        table.add_row(
            change.at.strftime("%Y-%m-%d %H:%M:%S"),
            Text(one_line(change.by)),
            *([claim_ids[i]] if claim_ids is not None else []),
            change.field,
            _value(change.field, change.old),
            _value(change.field, change.new),
        )
    return table


def _value(field: str, value: object) -> Text:
    from rich.text import Text

    if value is None:
        return Text(_value_text(field, value), style="dim")
    if field == "label" and isinstance(value, str):
        return label_text(value)
    return Text(_value_text(field, value, "\n"))


def _value_text(field: str, value: object, between: str = "; ") -> str:
    """A change's old or new value as text on one line (a list's items `between` them)."""

    if value is None:
        return "pending" if field == "label" else "—"
    if isinstance(value, Passage):
        return _placed(field, value)
    if field == "undo" and isinstance(value, str):  # the instant of the change taken back
        return _undone_change(value)
    if isinstance(value, list):
        return between.join(_item(field, v) for v in value)
    return one_line(str(value))


# Changes of where a passage is, not of its words: reanchor's ("moved" to the same words
# elsewhere, "reanchored" to words found approximately).
_PLACES = frozenset({"moved", "reanchored"})


def _placed(field: str, passage: Passage) -> str:
    """A passage in the history: its words; in a change of where it is (`_PLACES`), and
    where (`at START-END`, as `edit --at` takes them): from and to are often the same
    words there, and the offsets say where it went."""
    words = passage_words(passage)
    return f"{words} at {passage.start}-{passage.end}" if field in _PLACES else words


def _undone_change(value: str) -> str:
    """An undo's value, the instant of the change it took back (ISO 8601, as the undo
    finds it), as the history's own column shows an instant."""
    from datetime import datetime

    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return one_line(value)
    return f"the change of {at:%Y-%m-%d %H:%M:%S}"


def plain_history(history: list[Change], claim_ids: list[str] | None = None) -> str:
    """The changes of `history_table` as plain columns, for a pipe or a file: when, who,
    (which claim,) field and from padded, then to; one line each, without control
    characters (a list's items joined by '; ')."""
    head = ["when", "who", *(["claim"] if claim_ids is not None else []), "field", "from", "to"]
    rows = [
        [change.at.strftime("%Y-%m-%d %H:%M:%S"), one_line(change.by),
         *([claim_ids[i]] if claim_ids is not None else []), change.field,
         _value_text(change.field, change.old), _value_text(change.field, change.new)]
        for i, change in enumerate(history)
    ]  # fmt: skip
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head) - 1)]
    return "".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=False)) + "  " + r[-1] + "\n"
        for r in [head, *rows]
    )


def _item(field: str, value: object) -> str:
    from claimcheck.models import Review

    if isinstance(value, Passage):
        return _placed(field, value)
    if isinstance(value, Review):
        return one_line(f"{value.by}: {value.label.value if value.label else 'pending'}")
    return one_line(value.describe()) if isinstance(value, Source) else one_line(str(value))
