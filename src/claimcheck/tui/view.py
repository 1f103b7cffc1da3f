"""The full-screen review's screen: the claim, the article around it and the claim list;
the one-line prompt; the durable commit of a decision. What each key does is in tui/app.py
(the claim list's in tui/claimlist.py); the widgets are in tui/widgets.py.

Everything that came from a file reaches the screen as rich Text (never markup), cleaned
of control characters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from rich.console import Group
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Static

from claimcheck.cli.reviewhead import review_head
from claimcheck.errors import ClaimcheckError, Conflict
from claimcheck.reviewfate import unchanged
from claimcheck.safe import one_line
from claimcheck.seen import Memo
from claimcheck.states import state
from claimcheck.tui.actions import key_line, key_name, table
from claimcheck.tui.article import LEGEND, Article
from claimcheck.tui.claimview import claim_view
from claimcheck.tui.fit import quoting
from claimcheck.tui.held import lost
from claimcheck.tui.quiet import Quiet
from claimcheck.tui.widgets import (
    LIST_WIDTH,
    ArticlePane,
    Ask,
    ClaimList,
    ClaimPane,
    ReviewScreen,
    typed,
)

if TYPE_CHECKING:
    from claimcheck.models import Claim, Source
    from claimcheck.review import Fields, Session
    from claimcheck.seen import Index, Seen
    from claimcheck.store import Journal

# Below this width the claim takes the whole screen; the list and the article are a key
# away (l, a). From it up, all three panes side by side.
WIDE = 120


class ReviewView(App[bool]):
    """The review's screen, its prompt and its saving; True when interrupted (Ctrl-C)."""

    TITLE = "claimcheck review"
    AUTO_FOCUS = None  # the prompt must never hold the keys before it is asked for
    ENABLE_COMMAND_PALETTE = True
    CSS = """
    #head { height: 2; padding: 0 1; }
    #body { height: 1fr; }
    #list { width: %d; height: 1fr; display: none; }
    #claim { width: 1fr; height: 1fr; overflow-x: hidden; }
    #article {
        width: 1fr; display: none; border-left: solid $secondary; padding: 0 1;
        overflow: hidden;
    }
    #article-view { height: 1fr; }
    #status { height: auto; max-height: 3; padding: 0 1; }
    #ask { border: none; height: 1; padding: 0 1; }
    #help { padding: 1 2; }
    Screen.-wide #list { display: block; }
    Screen.-wide #article { display: block; }
    """.replace("%d", str(LIST_WIDTH))
    # Ctrl-C ends the review as an interruption (exit 130), even while a prompt is open.
    BINDINGS: ClassVar = [
        Binding("ctrl+c", "interrupt", show=False, priority=True),
        # Ctrl-Z stops the review as it stops any terminal program (Textual restores the
        # terminal; `fg` brings the review back, redrawn, the file looked at again).
        Binding("ctrl+z", "suspend_process", show=False, priority=True),
        Binding("up", "pick(-1)", show=False),
        Binding("down", "pick(1)", show=False),
        Binding("enter", "picked", show=False),
        Binding("escape", "unpick", show=False),
    ]
    # From WIDE columns up the list and the article are shown beside the claim.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]  # noqa: RUF012 (App declares it)

    def __init__(
        self,
        session: Session,
        journal: Journal,
        *,
        label_keys: dict[str, str] | None = None,
        review_keys: dict[str, str] | None = None,
        seen_index: Index | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.journal = journal
        self.actions = table(label_keys, review_keys)
        self.by_name = {a.name: a for a in self.actions}
        self.start_ids = list(session.ids)
        self.filter_text = ""
        self.search_text = ""
        self.status: tuple[str, str] = ("", "")
        self.asking: Callable[[str], None] | None = None
        self.prompt = ""
        self.offered = ""  # what the open prompt was pre-filled with
        self.article_at: tuple[int, int] | None = None  # a search hit outside any claim
        self.search_hit: tuple[int, int] | None = None  # its sentence, for `i` to add
        self.goto: str | None = None  # the claim a correction of the list goes to
        # what the article pane shows: around a claim, or around a search hit
        self.article_request: tuple[Claim | None, tuple[int, int] | None] = (None, None)
        self._seen = Memo(journal.path, seen_index)
        self._shown: dict[str, Text] = {}  # what each fixed-size pane shows (show())
        self._prompts: dict[str, tuple[tuple[str, int], Text]] = {}  # rows: (state, pad), row
        self.picking: int | None = None  # the list row picked with the arrow keys
        self.held: str | None = None  # why another claim took the one shown's place (held)
        self.quiet = Quiet()  # a refusal being read: the keys of its burst swallowed
        self.key_at = 0.0  # when the key being done was typed (Textual's clock)
        self.article = Article(session.doc, journal.loaded.text)
        for action in self.actions:
            for key in (action.key, *action.also):
                if key:
                    self.bind(key_name(key), f"do('{action.name}')", show=False)
        for n in range(2, 10):  # accept reviewer n's decision
            if str(n) not in {a.key for a in self.actions}:
                self.bind(str(n), f"accept({n})", show=False)

    # ------------------------------------------------------------------ layout

    def get_default_screen(self) -> Screen[None]:
        return ReviewScreen(id="_default")

    def compose(self) -> ComposeResult:
        yield Static(id="head", markup=False)
        with Horizontal(id="body"):
            yield ClaimList(id="list")
            yield ClaimPane(id="claim")
            with ArticlePane(id="article"):
                yield Static(id="article-view", markup=False)
        yield Static(id="status", markup=False)
        # The prompt is the key line: empty and not focusable, it shows the keys as its
        # placeholder; asking fills and focuses it. Nothing is shown or hidden, so asking
        # relayouts nothing and redraws one line.
        yield Ask(id="ask", select_on_focus=False)

    def on_mount(self) -> None:
        self.query_one("#ask", Ask).can_focus = False
        self.fill_list()
        self.redraw()

    def reread(self) -> bool:
        """Re-read the file if someone else wrote it since (a stat when nothing changed),
        so the claim shown has its current label and the counts are the file's. Never
        while asking: the answer is for the claim as it was shown, and the commit refuses
        it if that claim changed meanwhile."""
        if self.asking is not None or not self.journal.refresh():
            return False
        s = self.session
        doc = s.doc
        was = s.ids[s.position] if s.position < len(s.ids) else None
        s.refresh(self.journal.doc)
        self.reindex(doc)
        if was is not None and s.find(was) is None:
            from claimcheck.store import gone_how

            lost(self, was, f"{was} was {gone_how(s.doc, was)}")
        return True

    def toggle(self, pane: str, on: bool | None = None) -> None:
        """Show or hide a pane whatever the width (l, a); the width decides until then."""
        widget = self.query_one(pane)
        widget.styles.display = "block" if (not widget.display if on is None else on) else "none"

    # ------------------------------------------------------------------ drawing

    def state_of(self, claim_id: str) -> str | None:
        claim = self.session.find(claim_id)
        if claim is None:
            return None
        if self.session.mode == "blind":
            own = self.session.shown(claim)
            return own.label_name if own.reviews else None
        return claim.label_name

    def list_prompt(self, claim_id: str, pad: int = 0) -> Text:
        """A claim's row in the list; made again only when its state changed (a change
        of its text re-reads the file, which forgets them all: reindex)."""
        name = self.state_of(claim_id) or "pending"
        made = self._prompts.get(claim_id)
        if made is not None and made[0] == (name, pad):
            return made[1].copy()
        claim = self.session.find(claim_id)
        out = Text(f"{claim_id:<{pad}} ", style="bold")  # ids of a width, labels in line
        out.append(f"{name[:4]:<4} ", style=state(name).style)
        out.append(one_line(claim.text[:80]) if claim else "(removed)")
        out.truncate(LIST_WIDTH, overflow="ellipsis")  # one row each, cut here, not by CSS
        self._prompts[claim_id] = ((name, pad), out)
        return out.copy()

    def fill_list(self) -> None:
        s = self.session
        pane = self.query_one("#list", ClaimList)
        pane.fill(s.ids, s.position, self.picking, self.list_prompt)

    def key_line(self, columns: int | None = None) -> str:
        """The key line at the screen's width (or `columns`), less the prompt's padding."""
        adjudicating = self.session.mode == "adjudicate"
        claim = self.session.current if adjudicating else None
        # which number accepts whose decision, always in sight (a long note in the reviews
        # table pushes the panel's own line of them below the screen)
        whose = [one_line(r.by or "?") for r in claim.apart()] if claim is not None else []
        width = max((columns or self.size.width) - 2, 1)
        return key_line(self.by_name, adjudicating, width, whose)

    def redraw(self) -> None:
        s = self.session
        self.reread()  # before showing a claim: its current label, the file's counts
        claim = s.current
        self.draw_head()
        # A fixed region that scrolls: a claim of any height relayouts nothing.
        key = claim.id if claim else None
        self.query_one("#claim", ClaimPane).show(claim_view(self, claim), key)
        message, style = self.status
        self.show("#status", Text(one_line(message), style=style))
        self.status = ("", "")
        if self.asking is None:
            self.query_one("#ask", Ask).placeholder = self.key_line()
        self.fill_list()
        self.article_request = (None if self.article_at else claim, self.article_at)
        self.article_at = None
        if self.query_one("#article").display:  # else drawn when shown (ArticlePane)
            self.draw_article(*self.article_request)
        # A moment after this screen is out (not at once: Textual's writer thread would
        # wait for the interpreter lock while the next claim is drawn)
        self.call_after_refresh(self.set_timer, 0.001, self.draw_ahead)

    def draw_head(self, columns: int | None = None) -> None:
        width = max((columns or self.size.width) - 2, 1)  # less the padding; fitted to it
        self.show("#head", review_head(self.session, self.journal.path, self.filter_text, width))

    def draw_ahead(self) -> None:
        """Draw the claim that comes next while the reviewer reads this one: a decision
        shows it at once (commit and reindex forget it when it changes)."""
        s = self.session
        pane = self.query_one_optional("#claim", ClaimPane)  # None once the app has quit
        claim = s.find(s.ids[s.position + 1]) if s.position + 1 < len(s.ids) else None
        if pane is not None and claim is not None:
            pane.prepare(lambda: claim_view(self, claim), claim.id)

    def draw_article(self, claim: Claim | None, at: tuple[int, int] | None = None) -> None:
        if at is None:
            if claim is None:
                return
            at = (claim.passage.start, claim.passage.end)
        pane = self.query_one("#article-view", Static).size
        # enough text to fill the pane below the claim, and a few lines before it
        after = max(pane.width, 40) * max(pane.height, 24)
        body, _ = self.article.window(
            at, self.state_of, claim.id if claim else None, around=after, before=240
        )
        title = Text(one_line(self.session.doc.article.title), style="bold")
        self.query_one("#article-view", Static).update(
            Group(title, Text(LEGEND, style="dim"), Text(""), body), layout=False
        )

    def show(self, where: str | Static, content: Text) -> None:
        """Update a pane of fixed size (the head, a row of the list, the status and key
        lines): nothing when it shows that already, and never a relayout of the screen."""
        widget = self.query_one(where, Static) if isinstance(where, str) else where
        key = where if isinstance(where, str) else str(widget.id)
        before = self._shown.get(key)
        if before == content:
            return
        self._shown[key] = content
        # The status line wraps a long message (a refusal) and is one line high again
        # after it: only then does its height change.
        longest = max(content.cell_len, before.cell_len if before is not None else 0)
        widget.update(content, layout=key == "#status" and longest > widget.size.width - 2)

    def seen(self, claim: Claim) -> list[Seen]:
        """The same statement reviewed in other files; none in a blind review, where they
        would give away other reviewers' decisions."""
        return [] if self.session.mode == "blind" else self._seen.matches(claim)

    def say(self, message: str, style: str = "") -> None:
        self.status = (message, style)

    # ------------------------------------------------------------------ asking

    def ask(
        self, prompt: str, value: str, then: Callable[[str], None], select: bool = False
    ) -> None:
        """A line of text, pre-filled with `value` (`select`: selected, so what is typed
        replaces it); `then` gets it on Enter; Esc drops it."""
        ask = self.query_one("#ask", Ask)
        prompt, value = one_line(prompt), typed(value)  # from the file: text, never escapes
        ask.placeholder = ask.border_title = prompt
        ask.value = self.offered = value
        ask.cursor_position = len(value)
        if select:  # a note: typing replaces it (→ or End to add to it), never glued on
            ask.select_all()
        ask.can_focus = True
        self.asking = then
        self.prompt = prompt
        message, style = self.status  # a refusal stays in sight while asking again
        line = Text(one_line(message) + ("  ·  " if message else ""), style=style)
        line.append(f"{prompt}: ", style="bold")
        offered = " · typing replaces the text offered" if value and select else ""
        line.append(f"Enter confirms · Esc cancels, changing nothing{offered}", style="dim")
        self.show("#status", line)
        self.status = ("", "")
        self.set_focus(ask)  # at once: keys typed ahead go to the prompt

    def answer(self, value: str) -> None:
        """Enter in the prompt: its question gets `value` (at once: see on_event)."""
        then = self.asking
        self.close_ask()
        if then is not None:
            then(value)
        if self.asking is None:
            self.redraw()

    def cancel_ask(self) -> None:
        self.close_ask()
        self.say("cancelled: nothing changed", "yellow")
        self.redraw()

    def close_ask(self) -> None:
        self.asking = None
        ask = self.query_one("#ask", Ask)
        ask.value = ""
        ask.placeholder = self.key_line()
        ask.can_focus = False  # a click or Tab cannot put keys into an unasked prompt
        self.set_focus(None)

    # ------------------------------------------------------------------ saving

    def decide(
        self,
        action: str,
        sources: list[Source] | None = None,
        note: str | None = None,
        advance: bool = True,
        explanation: str | None = None,
    ) -> None:
        claim = self.session.current
        with quoting(self.size.width):  # what it says quotes as the screen has room for
            decision = self.session.propose(
                action, sources, note, advance=advance, explanation=explanation
            )
            if decision is not None:
                self.commit(decision, self.session.expected(decision.claim))
        # said, or the walk moving on looks like a decision saved
        if decision is None and claim is not None:
            self.say(unchanged(claim.id, action, advance))

    def commit(
        self, decision: object, expected: Fields, *, undo: bool = False, redo: bool = False
    ) -> None:
        """The durable commit (journaled and fsynced) before the screen moves on."""
        from claimcheck.models import Decision

        assert isinstance(decision, Decision)
        self.query_one("#claim", ClaimPane).forget(decision.claim)  # it changes
        s = self.session
        doc = s.doc
        try:
            message = s.commit(self.journal, decision, expected, undo=undo, redo=redo)
        except Conflict as exc:
            self.say(str(exc), "bold red")
            self.reindex(doc)
            lost(self, decision.claim, str(exc), "bold red")  # if gone: what took its place
            self.quiet.start(self.key_at, *self.status)  # and the rest of its burst
            return
        except ClaimcheckError as exc:
            self.say(f"NOT SAVED: {exc}", "bold red")
            return
        self.say(message, "" if undo else "green")
        if s.doc is not doc:  # the file was re-read: another process wrote it
            self.reindex(doc)

    def reindex(self, old: object) -> None:
        if self.session.doc is not old:
            self.query_one("#claim", ClaimPane).forget()  # every claim is a new object
            self._prompts.clear()
            self.article = Article(self.session.doc, self.journal.loaded.text)
            self.fill_list()
