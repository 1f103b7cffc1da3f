"""The review's widgets: the prompt, the help overlay, the claim list's rows, the
article pane and the screen. What they show is drawn by tui/view.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, VerticalScroll
from textual.events import Click, Key
from textual.geometry import Region, Size
from textual.reactive import Reactive
from textual.screen import ModalScreen, Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual, visualize
from textual.widget import Widget
from textual.widgets import Input, Static

from claimcheck.cli.render import reviews_table
from claimcheck.safe import clean, one_line
from claimcheck.tui.actions import Action, shown

if TYPE_CHECKING:
    from claimcheck.models import Claim

LIST_WIDTH = 34
LIST_ROWS = 200  # the list's rows at most: a screen higher than this shows this many


def typed(text: str) -> str:
    """Text for the one-line prompt: control sequences removed, line breaks as spaces."""
    return clean(text).replace("\r", " ").replace("\n", " ").replace("\t", " ")


class Ask(Input):
    """The one-line prompt: cursor movement and paste are Input's; Esc cancels."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "cancel", show=False)]

    # What is typed or pasted is text: no terminal control sequence reaches the screen
    # (or the file) through the prompt.
    def insert_text_at_cursor(self, text: str) -> None:
        super().insert_text_at_cursor(typed(text))

    def replace(self, text: str, start: int, end: int) -> None:
        super().replace(typed(text), start, end)

    def take(self, text: str) -> None:
        """Text typed or pasted, as Input takes it: over the selection, else at the cursor;
        a paste's first line only."""
        lines = text.splitlines()
        line = lines[0] if lines else ""
        selection = self.selection
        if selection.is_empty:
            self.insert_text_at_cursor(line)
        else:
            self.replace(line, *selection)

    async def action_submit(self) -> None:
        """Enter answers the question at once, not through a message after the keys
        already typed (see ReviewView.on_event)."""
        from claimcheck.tui.view import ReviewView

        app = self.app
        assert isinstance(app, ReviewView)
        app.answer(self.value)

    def action_cancel(self) -> None:
        from claimcheck.tui.view import ReviewView

        app = self.app
        assert isinstance(app, ReviewView)
        app.cancel_ask()


class Help(ModalScreen[None]):
    """Every action with its key; any key goes back."""

    def __init__(self, actions: list[Action], adjudicating: bool) -> None:
        super().__init__()
        self.actions = actions
        self.adjudicating = adjudicating

    def compose(self) -> ComposeResult:
        grid = Table(title="keys", show_header=False, box=None, title_justify="left")
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column()
        for action in self.actions:
            grid.add_row(shown(action), f"{action.name}: {action.help}")
        grid.add_row("↑ / ↓", "pick a claim in the list (shown if hidden); Enter goes to it")
        grid.add_row("Esc", "cancel any prompt or the pick in the list, changing nothing")
        grid.add_row("Ctrl-P", "the command palette: every action by name")
        grid.add_row("Ctrl-C", "quit (every decision is already saved)")
        back = "Press any key (Esc too) to go back to the claim."
        with VerticalScroll(id="help"):
            yield Static(Group(Text(back, "bold"), grid, Text(f"\n{back}", "dim")))

    def on_key(self, event: Key) -> None:
        event.stop()
        self.dismiss()


class ClaimList(Widget):
    """The claim list: one row per line, as many as it is high, drawn by the line (the
    Line API): a move redraws the rows whose text changed (two), with no relayout and no
    widget per row for the compositor to visit on every update. A click goes to the
    claim of its row. Refilled when its height changes (a resize, shown by `l` or ↑/↓)."""

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self.rows: list[Text] = []
        self.claim_ids: list[str] = []
        self.first = 0  # the index in the walk of the first row
        self._strips: dict[int, Strip] = {}  # each row drawn, at the width drawn at
        self._width = 0

    def fill(
        self, ids: list[str], current: int, picking: int | None, row: Callable[[str, int], Text]
    ) -> None:
        """The claims around the current one (or the one picked), `row(id)` each. The
        window moves by a page only when that claim leaves it, and a row is drawn again
        only when what it shows changed: a move costs two rows, at 100 claims as at
        20,000."""
        rows = min(max(self.size.height, 1), LIST_ROWS)
        first = self.first
        seen = current if picking is None else picking
        if not first <= seen < first + rows or first + rows > len(ids) + rows // 2:
            first = max(0, min(seen - rows // 4, len(ids) - rows))
        self.first = first
        lines: list[Text] = []
        pad = max(map(len, ids[first : first + rows]), default=0)  # the rows' ids aligned
        for i in range(first, min(first + rows, len(ids))):
            line = row(ids[i], pad)
            if i == current:
                line.stylize("reverse")
            if i == picking:
                line.stylize("bold underline")
                line = Text("▸", style="bold").append_text(line)
            lines.append(line)
        self.show_rows(lines, ids[first : first + len(lines)])

    def show_rows(self, rows: list[Text], claim_ids: list[str]) -> None:
        """Show these rows; only those that changed are drawn again."""
        width = self.size.width
        if width != self._width:
            self._strips.clear()
            self._width = width
        for y in range(max(len(rows), len(self.rows))):
            row = rows[y] if y < len(rows) else None
            if y >= len(self.rows) or row != self.rows[y]:
                self._strips.pop(y, None)
                self.refresh(Region(0, y, max(width, 1), 1))
        self.rows = rows
        self.claim_ids = claim_ids

    def render_line(self, y: int) -> Strip:
        strip = self._strips.get(y)
        if strip is None:
            if y >= len(self.rows):
                return Strip.blank(self.size.width, self.visual_style.rich_style)
            # the same path as a Static showing the row (its look is unchanged)
            visual = visualize(self, self.rows[y], markup=False)
            drawn = Visual.to_strips(self, visual, self.size.width, 1, self.visual_style)
            strip = drawn[0] if drawn else Strip.blank(self.size.width)
            self._strips[y] = strip
        return strip

    def on_click(self, event: Click) -> None:
        from claimcheck.tui.claimlist import ClaimListActions

        app = self.app
        y = event.y
        claim_id = self.claim_ids[y] if 0 <= y < len(self.claim_ids) else None
        if isinstance(app, ClaimListActions) and claim_id is not None and app.asking is None:
            app.go_to(claim_id)

    def on_resize(self) -> None:
        from claimcheck.tui.view import ReviewView

        self._strips.clear()
        self.refresh()
        app = self.app
        if isinstance(app, ReviewView):
            app.fill_list()


class ClaimPane(ScrollView, can_focus=False):
    """The current claim: a fixed region that scrolls. What it shows is drawn once, by
    the line, at its width; a new claim sets the scrollable height itself, so it
    relayouts nothing around it (only a scrollbar coming or going does).

    The claim that comes next can be drawn ahead (`prepare`), while the reviewer reads
    this one: a decision then shows it without drawing it. Whoever changes a claim
    drawn ahead must `forget` it."""

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self.content: RenderableType = Text("")
        self._strips: list[Strip] = []
        self._ahead: tuple[tuple[str, Size, str], list[Strip], int] | None = None

    def show(self, content: RenderableType, key: str | None = None) -> None:
        """Show `content` from its top; `key` names it, as `prepare` was given it."""
        self.content = content
        ahead, self._ahead = self._ahead, None
        if key is not None and ahead is not None and ahead[0] == self.drawn_as(key):
            self.use(ahead[1], ahead[2])
        else:
            self.draw()
        self.scroll_to(0, 0, animate=False, immediate=True)

    def prepare(self, content: Callable[[], RenderableType], key: str) -> None:
        """Draw `content()` now, to be shown by `show(..., key)` if nothing changes
        first; nothing to do when it is drawn ahead already."""
        if self.size.width and (self._ahead is None or self._ahead[0] != self.drawn_as(key)):
            self._ahead = (self.drawn_as(key), *self.render_content(content()))

    def drawn_as(self, key: str) -> tuple[str, Size, str]:
        """What strips drawn for `key` depend on besides it: the size and the theme."""
        return key, self.size, self.app.theme

    def forget(self, key: str | None = None) -> None:
        """Drop what was drawn ahead (for `key`, or whatever it was)."""
        if self._ahead is not None and key in (None, self._ahead[0][0]):
            self._ahead = None

    def draw(self) -> None:
        if self.size.width:
            self.use(*self.render_content(self.content))

    def render_content(self, content: RenderableType) -> tuple[list[Strip], int]:
        """`content` drawn at the pane's width (less a scrollbar's if it is too high)."""
        width, height = self.size
        visual = visualize(self, content, markup=False)
        strips = Visual.to_strips(self, visual, width, None, self.visual_style)
        bar = self.styles.scrollbar_size_vertical
        if len(strips) > height and bar:  # a scrollbar takes its columns off the text
            width -= bar
            strips = Visual.to_strips(self, visual, width, None, self.visual_style)
        return strips, width

    def use(self, strips: list[Strip], width: int) -> None:
        self._strips = strips
        virtual = Size(width, len(strips))
        if virtual != self.virtual_size:
            # Set without the relayout a change of virtual_size asks for: the pane's own
            # size does not change, only what it scrolls over. `_scroll_update` is
            # Textual's own (private; textual is pinned below 9 for it, tested).
            self.set_reactive(ScrollView.virtual_size, virtual)
            self._scroll_update(virtual)
        self.refresh()

    def render_line(self, y: int) -> Strip:
        i = self.scroll_offset.y + y  # no horizontal scroll: the text is wrapped
        if i < len(self._strips):
            return self._strips[i]
        return Strip.blank(self.scrollable_content_region.width, self.visual_style.rich_style)

    def on_resize(self) -> None:
        self.draw()


class ArticlePane(Container):
    """The article beside the claim, from a little before the claim down as much as
    fills the pane (no scrolling: moving to a claim draws this one pane again, with no
    relayout); drawn when it comes into sight (a resize, `a`)."""

    def on_show(self) -> None:
        from claimcheck.tui.view import ReviewView

        app = self.app
        if isinstance(app, ReviewView):
            app.draw_article(*app.article_request)


class ReviewScreen(Screen[None]):
    """The review's one screen. A change of focus (the prompt asked for, closed) repaints
    the two widgets concerned, not the whole screen as Textual's default does: that full
    repaint was most of the cost of a decision."""

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)


def numbered(claim: Claim) -> RenderableType:
    """Adjudicating: the reviews table, and which number accepts whose decision."""
    keys = Text("accept with ", style="dim")
    for n, review in enumerate(claim.apart(), 1):
        keys.append(f" {n}: {one_line(review.by or '')} ", style="bold")
    return Group(reviews_table(claim), keys)
