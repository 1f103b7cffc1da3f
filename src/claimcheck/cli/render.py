"""Rich renderings shared by commands. Everything from a file enters as rich.Text, never markup."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from claimcheck.evidence.proof import evidence_line, unproven
from claimcheck.models import Claim, Passage, Source
from claimcheck.safe import clean, one_line, shown_path
from claimcheck.segment import paragraph_span
from claimcheck.states import RECHECK_WORDS, STATES

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.text import Text

    from claimcheck.seen import Seen

LABEL_STYLES: dict[str, str] = {s.name: s.style for s in STATES}
HIGHLIGHT = "bold reverse"


def label_text(name: str) -> Text:
    from rich.text import Text

    return Text(name, style=LABEL_STYLES.get(name, ""))


# Around the claim's passage, at most this much of its paragraph is shown on each side,
# and at most this much of a passage: an article of one endless line stays readable.
CONTEXT = 600
LONGEST = 2000


def paragraph(claim: Claim, text: str, marks: bool = False) -> Text:
    """The paragraph a claim came from, its passage(s) highlighted in the label's colour;
    with `marks`, also between [[ and ]], for output where no highlight shows (a pipe, a
    screen reader). Bounded: CONTEXT characters either side, `…` where it was cut."""
    from rich.text import Text

    (first, _), *rest = _paragraph_pieces(claim, text, marks)
    out = Text(first, style="")
    for piece, style in rest:
        out.append(piece, style=style or None)
    return out


def _paragraph_pieces(claim: Claim, text: str, marks: bool) -> list[tuple[str, str]]:
    """`paragraph` as pieces of text, each with its style ("" for none)."""
    p = claim.passage
    start, end = paragraph_span(text, p.start, p.end)
    start += len(text[start:end]) - len(text[start:end].lstrip("\n"))
    end = max(start, len(text[:end].rstrip("\n")))
    lo, hi = max(start, p.start - CONTEXT), min(end, p.end + CONTEXT)
    style = f"{LABEL_STYLES.get(claim.label_name, '')} reverse".replace("dim ", "")
    inside = sorted(
        (q.start, q.end) for q in [claim.passage, *claim.also_at] if lo <= q.start and q.end <= hi
    )

    def shown(piece: str) -> str:
        # clean() may shorten it: offsets follow the pieces. With marks, the article's own
        # [[ or ]] is spaced out, so that no text can pass for the marked passage.
        piece = clean(piece)
        return _UNMARK.sub(lambda m: " ".join(m.group()), piece) if marks else piece

    out = [("…" if lo > start else "", "")]
    at = lo
    for a, b in inside:
        if a < at:  # overlapping places: the first one shown stands
            continue
        out.append((shown(text[at:a]), ""))
        out.append(("[[" if marks else "", ""))
        passage = shown(text[a : min(b, a + LONGEST)]) + ("…" if b - a > LONGEST else "")
        out.append((passage, style if claim.label else HIGHLIGHT))
        out.append(("]]" if marks else "", ""))
        at = b
    out.append((shown(text[at:hi]) + ("…" if hi < end else ""), ""))
    return out


_UNMARK = re.compile(r"\[\[+|\]\]+")


def source_lines(sources: list[Source]) -> Text:
    from rich.text import Text

    out = Text()
    for piece, style in _source_pieces(sources):
        out.append(piece, style=style or None)
    return out


def _source_pieces(sources: list[Source]) -> list[tuple[str, str]]:
    """`source_lines` as pieces of text, each with its style ("" for none)."""
    out: list[tuple[str, str]] = []
    for i, src in enumerate(sources, 1):
        if i > 1:
            out.append(("\n", ""))
        out.append((f"{i}. ", "dim"))
        if src.url:
            out.append((one_line(src.url), "underline"))
        if src.citation:
            out.append(((" — " if src.url else "") + one_line(src.citation), ""))
        if src.title:
            out.append((f"\n   {one_line(src.title)}", "italic"))
        if src.passage:
            out.append((f"\n   “{one_line(src.passage)}”", ""))
        if src.accessed:
            out.append((f"\n   accessed {src.accessed.isoformat()}", "dim"))
        out.append((f"\n   {evidence_line(src)}", "bold red" if unproven(src) else "dim"))
        for older in src.earlier or []:
            out.append(
                (f"\n   also archived {older.at:%Y-%m-%d} as evidence/{older.sha256[:12]}…", "")
            )
    return out


def claim_panel(
    claim: Claim,
    text: str,
    extra: RenderableType | None = None,
    marks: bool = False,
    review: Literal["", "screen", "scroll"] = "",
    tabled: bool = False,
) -> RenderableType:
    """A claim as `show` and `review` draw it: the statement, its paragraph, its decision
    (`marks`: the passage between [[ and ]] too, see paragraph; `tabled`: `extra` holds
    the reviews table, so the reviews are not summed up in a line as well). In a review,
    what is being decided (the statement, its label and its paragraph) stays in sight on a
    small screen (80 by 24) whatever sources, notes and reviews the claim has: first on a
    full screen (`screen`, read from the top), last where lines scroll up (`scroll`, the
    plain review, whose last lines stay above its key line)."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim", justify="right")
    facts.add_column(overflow="fold")  # a URL longer than the width folds, never cut to `…`
    label = label_text(claim.label_name)
    if claim.needs_recheck:
        label.append(f" · {RECHECK_WORDS}", style="bold yellow")
    if not review:
        facts.add_row("label", label)
    if claim.section:
        facts.add_row("section", Text(one_line(claim.section)))
    if claim.hint:
        hint = Text(claim.hint.kind, style="italic")
        if claim.hint.reasons:
            hint.append(" (" + one_line("; ".join(claim.hint.reasons)) + ")", style="dim")
        if claim.hint.attributed_to:
            hint.append(f"\nattributed to {one_line(claim.hint.attributed_to)}", style="dim")
        facts.add_row("hint", hint)
    if claim.sources:
        facts.add_row("sources", source_lines(claim.sources))
    if claim.note and not claim.apart():  # several reviewers: each note with its review
        facts.add_row("note", Text(clean(claim.note)))
    if claim.standing.explanation:  # public: seen before a change of label drops it
        facts.add_row("explanation", Text(clean(claim.standing.explanation)))
    if claim.reviewer:
        when = claim.reviewed_at.strftime("%Y-%m-%d %H:%M") if claim.reviewed_at else ""
        facts.add_row("reviewed", Text(f"{one_line(claim.reviewer)} {when}".strip()))
    if claim.apart() and not tabled:
        from claimcheck.query import reviews_line

        facts.add_row("reviews", Text(one_line(reviews_line(claim, notes=True))))
    if len(claim.also_at) > 0:
        facts.add_row("also at", Text(also_at_words(claim)))
    passage = Panel(
        paragraph(claim, text, marks),
        title="in the article",
        title_align="left",
        border_style="dim",
    )
    statement = Text(one_line(claim.text), style="bold")
    decided: list[RenderableType] = [statement, Text.assemble(("label  ", "dim"), label), passage]
    more: list[RenderableType] = [facts] if extra is None else [facts, extra]
    if review == "screen":
        parts = [*decided, *more]
    elif review == "scroll":
        parts = [*more, *decided]
    else:
        parts = [statement, Text(""), facts, Text(""), passage, *more[1:]]
    return Panel(
        Group(*parts),
        title=Text(claim.id, style="bold"),
        title_align="left",
        border_style=LABEL_STYLES.get(claim.label_name, "").replace("bold ", "") or "white",
    )


# Below this width, a table's columns are cut to `c…` and `pend…` or to nothing: `list`
# and `history` (and the history in `show`) print one item a line, which the terminal folds.
NARROW = 60


def one_a_line(rows: list[list[str | Text]]) -> Text:
    """Rows of cells stacked, one row a line, the cells two spaces apart (the layout
    `list` and `history` take below NARROW columns)."""
    from rich.text import Text

    out = Text()
    for i, cells in enumerate(rows):
        if i:
            out.append("\n")
        out.append_text(Text("  ").join(Text(c) if isinstance(c, str) else c for c in cells))
    return out


def passage_words(passage: Passage, longest: int | None = None) -> str:
    """A passage as a reader knows it, its words between quotes (offsets mean nothing to
    a reviewer); with `longest`, cut to that many characters with `…`."""
    words = one_line(passage.quote)
    if longest is not None and len(words) > longest:
        words = words[: longest - 1].rstrip() + "…"
    return f"“{words}”"


# The other places a merged claim is made are named by their words, this long at most: the
# panel says where else the claim is, the history keeps the words whole.
ALSO_AT_WORDS = 40


def also_at_words(claim: Claim) -> str:
    return ", ".join(passage_words(p, ALSO_AT_WORDS) for p in claim.also_at)


def reviews_table(claim: Claim) -> RenderableType:
    """Every reviewer's own decision on a claim, side by side (for adjudication); one
    under another where a table would cut the sources and notes to `c…` (Reviews)."""
    return Reviews(claim)


# Below this width the reviews are stacked, each note and source on lines of its own that
# fold, and the time short: side by side, their columns were cut to `no…` at 60 columns
# while the time kept its width.
REVIEWS_SIDE_BY_SIDE = 70


class Reviews:
    """The reviews of a claim, laid out for the width they are drawn at."""

    def __init__(self, claim: Claim) -> None:
        self.claim = claim

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.table() if options.max_width >= REVIEWS_SIDE_BY_SIDE else self.stacked()

    def table(self) -> RenderableType:
        from rich.table import Table
        from rich.text import Text

        table = Table(title="reviews", title_justify="left", show_edge=False, header_style="bold")
        table.add_column("reviewer", no_wrap=True)
        table.add_column("label", no_wrap=True)
        table.add_column("sources")
        table.add_column("note")
        table.add_column("when", no_wrap=True, style="dim")
        for review in self.claim.apart():
            table.add_row(
                Text(one_line(review.by or "")),
                label_text(review.label.value if review.label else "pending"),
                Text("\n".join(one_line(s.describe()) for s in review.sources)),
                Text(one_line(review.note or "")),
                review.at.strftime("%Y-%m-%d %H:%M") if review.at else "",
            )
        return table

    def stacked(self) -> RenderableType:
        from rich.text import Text

        out = Text("reviews", style="bold")
        for review in self.claim.apart():
            out.append(f"\n{one_line(review.by or '')}  ", style="bold")
            out.append_text(label_text(review.label.value if review.label else "pending"))
            if review.at:
                out.append(f"  {review.at:%m-%d %H:%M}", style="dim")
            for source in review.sources:
                out.append(f"\n  source  {one_line(source.describe())}")
            if review.note:
                out.append(f"\n  note    {one_line(review.note)}")
        return out


# what the seen-before table adds to a label waiting for a re-check (`r` does not reuse it)
RECHECKING = ", needs a re-check"


def seen_table(matches: list[Seen], here: Path) -> RenderableType:
    """Claims already reviewed elsewhere that make the same statement."""
    import os

    from rich.table import Table
    from rich.text import Text

    table = Table(
        title="seen before (r reuses the first in review)",
        title_justify="left",
        show_edge=False,
        header_style="bold",
    )
    table.add_column("file", no_wrap=True)
    table.add_column("claim", no_wrap=True)
    table.add_column("label", no_wrap=True)
    table.add_column("statement")
    table.add_column("sources")
    for m in matches:
        where = os.path.relpath(m.file, here.resolve().parent)
        table.add_row(
            Text(one_line(where)),
            m.claim.id,
            label_text(m.claim.label_name) + (RECHECKING if m.claim.needs_recheck else ""),
            Text(one_line(m.claim.text)),
            Text("\n".join(one_line(s.describe()) for s in m.claim.sources)),
        )
    return table


def plain_claim(claim: Claim, text: str, after: list[str]) -> str:
    """What `claim_panel` shows, as plain text for a pipe or a file (`show` piped): the
    id and statement, the facts one to a line (their names right-aligned), the paragraph
    with the passage between [[ and ]], then the `after` blocks; without control
    characters, and without rich (a fifth of `show`'s start-up)."""
    facts: list[tuple[str, str]] = [
        ("label", claim.label_name + (f" · {RECHECK_WORDS}" if claim.needs_recheck else ""))
    ]
    if claim.section:
        facts.append(("section", one_line(claim.section)))
    if claim.hint:
        hint: str = claim.hint.kind
        if claim.hint.reasons:
            hint += " (" + one_line("; ".join(claim.hint.reasons)) + ")"
        if claim.hint.attributed_to:
            hint += f"\nattributed to {one_line(claim.hint.attributed_to)}"
        facts.append(("hint", hint))
    if claim.sources:
        facts.append(("sources", "".join(piece for piece, _ in _source_pieces(claim.sources))))
    if claim.note and not claim.apart():  # several reviewers: each note with its review
        facts.append(("note", clean(claim.note)))
    if claim.standing.explanation:
        facts.append(("explanation", clean(claim.standing.explanation)))
    if claim.reviewer:
        when = claim.reviewed_at.strftime("%Y-%m-%d %H:%M") if claim.reviewed_at else ""
        facts.append(("reviewed", f"{one_line(claim.reviewer)} {when}".strip()))
    if claim.apart():
        from claimcheck.query import reviews_line

        facts.append(("reviews", one_line(reviews_line(claim, notes=True))))
    if claim.also_at:
        facts.append(("also at", also_at_words(claim)))
    width = max(len(name) for name, _ in facts)
    lines = [f"{claim.id}  {one_line(claim.text)}", ""]
    for name, value in facts:
        first, *more = value.split("\n")
        lines.append(f"{name.rjust(width)}  {first}")
        lines += [" " * (width + 2) + line for line in more]
    pieces = _paragraph_pieces(claim, text, marks=True)
    lines += ["", "in the article:", "".join(piece for piece, _ in pieces)]
    for block in after:
        lines += ["", block.rstrip("\n")]
    return "\n".join(lines) + "\n"


def plain_seen(matches: list[Seen], here: Path) -> str:
    """The claims of `seen_table` as plain columns: file, claim, label, statement, then
    the sources (joined by '; ')."""
    import os

    head = ["file", "claim", "label", "statement", "sources"]
    rows = [
        [shown_path(os.path.relpath(m.file, here.resolve().parent)), m.claim.id,
         m.claim.label_name + (RECHECKING if m.claim.needs_recheck else ""),
         one_line(m.claim.text),
         "; ".join(one_line(s.describe()) for s in m.claim.sources)]
        for m in matches
    ]  # fmt: skip
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head) - 1)]
    table = "".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=False)) + "  " + r[-1] + "\n"
        for r in [head, *rows]
    )
    return "seen before (r reuses the first in review):\n" + table
