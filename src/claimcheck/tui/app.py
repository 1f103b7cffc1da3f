"""The full-screen review: what each key does (tui.actions names them). Decisions go
through review.Session and the journal exactly as in the plain review: each is durable
before the screen moves on.
"""

from __future__ import annotations

import gc
import os
import webbrowser
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.events import Event, Key, Paste, Resize
from textual.screen import Screen

from claimcheck.errors import InvalidValue
from claimcheck.safe import clean
from claimcheck.tui.actions import shown
from claimcheck.tui.claimlist import ClaimListActions, sentence
from claimcheck.tui.held import holding
from claimcheck.tui.sources import ask_source
from claimcheck.tui.widgets import Ask, Help, ReviewScreen

if TYPE_CHECKING:
    from collections.abc import Iterable

    from claimcheck.models import Claim
    from claimcheck.review import Session
    from claimcheck.store import Journal


LOOK_EVERY = 2.0  # seconds between looks at the file's stamp for others' changes


class ReviewApp(ClaimListActions):
    """The review with its actions. Returns True when interrupted (Ctrl-C), False on quit."""

    def action_do(self, name: str) -> None:
        if self.asking is not None:
            return
        if holding(self, name, shown(self.by_name[name]) if name in self.by_name else name):
            return
        self.picking = None  # any action leaves a pick in the list
        if name != "add":  # a search hit is offered to the next key only
            self.search_hit = None
        handler = getattr(self, f"act_{name}", None)
        claim = self.session.current
        if handler is not None:
            handler()
        elif name in ("sourced", "unverified", "opinion") and claim is not None:
            self.label(name, self.session.shown(claim))
        if self.asking is None:
            self.redraw()

    async def on_event(self, event: Event) -> None:
        """Keys (and a paste) are taken in the order they were typed, each done before
        the next is looked at. Textual hands a key to the focused widget, or the screen,
        through its queue, and runs the binding when it comes back: a burst typed after
        `s` reached the screen before the prompt it opens had the focus, and was lost
        (a URL saved as its last letters, `g c016` going to ''). Here a key is done at
        once: a binding (a prompt opened, focused), or typed into the open prompt, whose
        Enter answers at once too. Other screens (help, the palette) are Textual's."""
        if not isinstance(event, Key | Paste) or event.is_forwarded:
            await super().on_event(event)
            return
        if not isinstance(self.screen, ReviewScreen):
            await super().on_event(event)
            return
        self.app_focus = True
        if isinstance(event, Key) and await self._check_bindings(event.key, priority=True):
            return  # Ctrl-C, Ctrl-Z, even while asking or after a refusal
        self.key_at = event.time  # the key a refusal is caused by (tui.quiet)
        # a burst after a refusal is swallowed; quitting loses nothing, and is let through
        quits = isinstance(event, Key) and event.character == self.by_name["quit"].key
        keys = len(event.text) if isinstance(event, Paste) else 1
        if not quits and self.quiet.swallow(self, event.time, keys):
            return
        if isinstance(event, Paste):
            if self.asking is not None:
                self.query_one("#ask", Ask).take(event.text)
        elif self.asking is not None and event.is_printable:
            assert event.character is not None
            self.query_one("#ask", Ask).take(event.character)
        else:  # the prompt's own keys first when it is open (it has the focus)
            await self._check_bindings(event.key)

    failure: Exception | None = None  # what ended the review unexpectedly, for tui.app.run

    def _handle_exception(self, error: Exception) -> None:
        """An unexpected error ends the review as it ends any command: tui.app.run raises
        it again once the terminal is restored, and the command line says it in one line.
        Textual's own ending would print a traceback with panels of local variables (the
        claims' texts and notes) on the terminal, and exit 0."""
        self.failure = error
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        """Textual's ending for an unexpected error, without its traceback (above)."""
        self._close_messages_no_wait()

    def action_interrupt(self) -> None:
        typed = self.query_one("#ask", Ask).value.strip() if self.asking is not None else ""
        if typed and typed != self.offered.strip():  # not saved: the summary says so
            self.session.dropped = (self.prompt, typed)
        self.exit(True)

    def on_mount(self) -> None:
        """SIGINT from outside (`kill -INT`) ends the review as Ctrl-C does (exit 130).
        The terminal sends no signal for Ctrl-C (Textual reads it as a key); asyncio's own
        handler cancelled the run, which Textual ended as a plain quit (exit 0)."""
        import asyncio
        import contextlib
        import signal

        with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):  # not main
            asyncio.get_running_loop().add_signal_handler(signal.SIGINT, self.action_interrupt)
        # Someone else's change shows while the reviewer reads, not only at the next key;
        # and after Ctrl-Z and `fg`, the file is looked at again and the screen redrawn.
        self.set_interval(LOOK_EVERY, self.look_again)
        self.app_resume_signal.subscribe(self, lambda _app: self.resumed())

    def on_resize(self, event: Resize) -> None:
        self.draw_head(event.size.width)  # the counts that matter most kept in sight
        if self.asking is None:  # the key line fits the new width (self.size is not it yet)
            self.query_one("#ask", Ask).placeholder = self.key_line(event.size.width)

    def resumed(self) -> None:
        """Back from Ctrl-Z and `fg`: the terminal's screen was the shell's meanwhile, and
        Textual draws again only what changed, so every line is drawn again (the claim,
        the header, an open prompt with its label) after the file is looked at again."""
        self.look_again(always=True)
        self.refresh(layout=True)

    def look_again(self, always: bool = False) -> None:
        """Redraw if someone else changed the file (or `always`); never while asking."""
        if self.asking is None and (self.reread() or always):
            self.redraw()

    def act_quit(self) -> None:
        self.exit(False)

    def act_help(self) -> None:
        self.push_screen(Help(self.actions, self.session.mode == "adjudicate"))

    def act_next(self) -> None:
        self.session.move(1)

    def act_prev(self) -> None:
        self.session.move(-1)

    def act_undo(self) -> None:
        restore = self.session.undo()
        if restore is None:
            self.say("nothing to undo", "yellow")
        else:
            self.commit(restore[0], restore[1], undo=True)

    def act_redo(self) -> None:
        again = self.session.redo()
        if again is None:
            self.say("nothing to redo", "yellow")
        else:
            self.commit(again[0], again[1], redo=True)

    def act_list(self) -> None:
        self.toggle("#list")

    def act_article(self) -> None:
        self.toggle("#article")

    def act_note(self) -> None:
        claim = self.session.current
        if claim is None:
            return
        current = self.session.note_start(claim)
        self.ask(
            f"Note on {claim.id} (empty clears it)",
            current,
            lambda value: self.decide("note", note=value.strip(), advance=False),
            select=True,
        )

    def act_explain(self) -> None:
        from claimcheck.tui.explain import ask_explanation

        if self.session.current is not None:  # their own decision's, even blind
            ask_explanation(self, self.session.current)

    def label(self, name: str, claim: Claim) -> None:
        if name == "sourced":
            ask_source(self, claim)
            return
        question = "Note on what was searched" if name == "unverified" else "Note"
        self.ask(
            f"{question} for {claim.id} (optional)",
            self.session.note_start(claim),  # their own note: never another reviewer's
            lambda value: self.decide(name, note=value.strip()),
            select=True,
        )

    def act_reuse(self) -> None:
        claim = self.session.current
        if claim is None:
            return
        from claimcheck.seen import to_reuse

        found = to_reuse(self.seen(claim))
        if isinstance(found, str):
            self.say(found, "yellow")
            return
        first = found.claim
        assert first.label is not None
        where = f"as {first.id} in {found.file.name}"
        self.decide(first.label.value, sources=list(first.sources), note=where)

    def act_accept(self) -> None:
        self.accept(1)

    def action_accept(self, n: int) -> None:
        if self.asking is None and not holding(self, "accept", str(n)):
            self.accept(n)
            self.redraw()

    def accept(self, n: int) -> None:
        """Adjudicating: settle the claim with reviewer n's decision, sources kept whole
        (their titles and supporting passages too), their note and explanation."""
        claim = self.session.current
        if self.session.mode != "adjudicate" or claim is None:
            self.say("accepting a reviewer's decision is for --adjudicate", "yellow")
            return
        apart = claim.apart()
        if not 1 <= n <= len(apart):
            self.say(f"no reviewer {n} on {claim.id}", "yellow")
            return
        review = apart[n - 1]
        name = review.label.value if review.label else "pending"
        # their decision whole: its explanation too (none if they gave none)
        self.decide(
            name,
            sources=list(review.sources),
            note=review.note or "",
            explanation=review.explanation or "",
        )

    def act_open(self) -> None:
        claim = self.session.current
        if claim is None:
            return
        urls = [s.url for s in self.session.shown(claim).sources if s.url]
        url = next((u for u in urls if u.startswith(("https://", "http://"))), None)
        if url is None:
            self.say(f"{claim.id} has no http(s) source to open", "yellow")
            return
        webbrowser.open(url)
        self.say(f"opened {url}")

    def act_jump(self) -> None:
        def go(value: str) -> None:
            try:
                self.session.jump(value.strip())
            except InvalidValue as exc:
                self.say(str(exc), "red")
                return
            self.after_walk_change()

        self.ask("Go to claim id", "", go)

    def act_search(self) -> None:
        self.ask("Search claim text and the article", self.search_text, self.search)

    def search(self, needle: str) -> None:
        """The next claim (after the current one, wrapping) whose text or passage holds
        `needle`; else the article text, where it shows the place found."""
        s = self.session
        self.search_text = needle
        wanted = needle.casefold().strip()
        if not wanted:
            return
        n = len(s.ids)
        for step in range(1, n + 1):
            i = (s.position + step) % n
            claim = s.find(s.ids[i])
            text = f"{claim.text}\n{claim.passage.quote}".casefold() if claim else ""
            if claim and wanted in text:
                s.position = i
                self.say(f"found in {claim.id}")
                return
        text = self.journal.loaded.text
        at = text.casefold().find(wanted)
        if at < 0:
            self.say(f"not found: {needle}", "yellow")
            return
        hit = sentence(text, at, at + len(wanted))
        inside = self.article.covering(at)
        where = f"in {inside}, not in the walk" if inside else "in no claim: i adds it as one"
        self.say(f"found in the article at {at}, {where}; shown on the right")
        self.search_hit = None if inside else hit
        self.article_at = (at, at + len(wanted))
        self.toggle("#article", True)

    def act_filter(self) -> None:
        self.ask(
            "Filter (label:NAME hint:KIND section:WORDS recheck disputed mine)",
            self.filter_text,
            self.apply_filter,
        )

    def apply_filter(self, expression: str) -> None:
        from claimcheck.tui.filters import parse, select

        try:
            wanted = parse(expression)
        except InvalidValue as exc:
            self.say(str(exc), "red")
            return
        ids = select(self.session, wanted)
        if not ids:
            self.say(f"no claim matches {expression.strip()}: filter not changed", "yellow")
            return
        self.filter_text = expression.strip()
        self.walk(ids)

    def act_clear(self) -> None:
        """Back to the walk the review started with, on the claim shown (past the end of
        the filtered walk: its last one): one the filter reached outside that walk joins
        it, in file order."""
        s = self.session
        self.filter_text = ""
        here = s.current or (s.find(s.ids[-1]) if s.ids else None)
        ids = list(self.start_ids)
        if here is not None and here.id not in ids:
            order = {c.id: i for i, c in enumerate(s.doc.claims)}
            after = next((k for k, i in enumerate(ids) if order.get(i, -1) > order[here.id]), None)
            ids.insert(len(ids) if after is None else after, here.id)
        self.walk(ids, here.id if here is not None else None)

    def walk(self, ids: list[str], here: str | None = None) -> None:
        s = self.session
        current = here or (s.current.id if s.current else None)
        s.ids = ids
        s.position = ids.index(current) if current in ids else 0
        self.after_walk_change()

    def after_walk_change(self) -> None:
        self.fill_list()

    # ------------------------------------------------------------------ palette

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        for action in self.actions:
            key = shown(action)
            yield SystemCommand(
                f"{action.name} ({key})",
                clean(action.help),
                lambda name=action.name: self.action_do(name),
            )
        yield from super().get_system_commands(screen)


def run(session: Session, journal: Journal) -> bool:
    """Run the full-screen review; True if it was interrupted (Ctrl-C)."""
    from claimcheck.cli.output import monochrome
    from claimcheck.config import load

    desk = load(journal.path).desk
    if monochrome():  # Textual draws without colour under NO_COLOR, which it reads here
        os.environ["NO_COLOR"] = "1"
    app = ReviewApp(
        session, journal, label_keys=desk.keys.model_dump(), review_keys=dict(desk.review.keys)
    )
    # The claim file's objects live as long as the review: keep them out of the garbage
    # collector's full passes, which Textual's many small allocations set off and which
    # would otherwise cost time in proportion to the file on every key.
    gc.collect()
    gc.freeze()
    # Textual measures the screen with shutil.get_terminal_size, which believes COLUMNS
    # and LINES before the terminal: exported by a shell or a parent program they are
    # another size (or stale after a resize), and a 60x20 pane was drawn as 120x40, the
    # header and the claim off the screen. While the review runs, the pane's own size.

    given = {name: os.environ.pop(name) for name in ("COLUMNS", "LINES") if name in os.environ}
    try:
        interrupted = bool(app.run())
    finally:
        os.environ.update(given)
    if app.failure is not None:  # the terminal is itself again: said in one line, no trace
        raise app.failure
    return interrupted
