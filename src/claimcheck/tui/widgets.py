"""The review's widgets: the prompt, the help overlay, the claim list's rows, the
article pane and the screen. What they show is drawn by tui/view.py."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, VerticalScroll
from textual.events import Key
from textual.reactive import Reactive
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Input, Static

from claimcheck.safe import clean
from claimcheck.tui.actions import Action, shown

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
        with VerticalScroll(id="help"):
            yield Static(Group(grid, Text("\nPress any key to go back to the claim.", "dim")))

    def on_key(self, event: Key) -> None:
        event.stop()
        self.dismiss()


class ListRow(Static):
    """A row of the claim list; a click goes to its claim."""

    claim_id: str | None = None

    def on_click(self) -> None:
        from claimcheck.tui.claimlist import ClaimListActions

        app = self.app
        if isinstance(app, ClaimListActions) and self.claim_id is not None and app.asking is None:
            app.go_to(self.claim_id)


class ClaimList(Container):
    """The claim list: as many row widgets as it is high (each is laid out on every
    relayout, so no more than are seen), refilled when its height changes (a resize,
    shown by `l` or ↑/↓)."""

    async def on_resize(self) -> None:
        from claimcheck.tui.view import ReviewView

        app = self.app
        if not isinstance(app, ReviewView):
            return
        have = len(app._rows)
        wanted = min(self.size.height, LIST_ROWS)
        if wanted > have:
            rows = [ListRow(id=f"row{n}", classes="row", markup=False) for n in range(have, wanted)]
            await self.mount_all(rows)
            app._rows.extend(rows)
        app.fill_list()


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
