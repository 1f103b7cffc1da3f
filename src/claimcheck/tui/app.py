"""The full-screen review: what each key does (tui.actions names them). Decisions go
through review.Session and the journal exactly as in the plain review: each is durable
before the screen moves on.
"""

from __future__ import annotations

import gc
import webbrowser
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from claimcheck.errors import ClaimcheckError, InvalidValue
from claimcheck.safe import clean, one_line
from claimcheck.tui.actions import shown
from claimcheck.tui.view import Help, ReviewView

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from rich.console import RenderableType

    from claimcheck.edits import Spot
    from claimcheck.models import Claim, LeftOut, Source
    from claimcheck.review import Session
    from claimcheck.store import Journal, Loaded


class ReviewApp(ReviewView):
    """The review with its actions. Returns True when interrupted (Ctrl-C), False on quit."""

    def action_do(self, name: str) -> None:
        if self.asking is not None:
            return
        self.picking = None  # any action leaves a pick in the list
        handler = getattr(self, f"act_{name}", None)
        claim = self.session.current
        if handler is not None:
            handler()
        elif name in ("sourced", "unverified", "opinion") and claim is not None:
            self.label(name, self.session.shown(claim))
        if self.asking is None:
            self.redraw()

    def action_interrupt(self) -> None:
        self.exit(True)

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
        current = self.session.shown(claim).note or ""
        self.ask(
            f"Note on {claim.id} (empty clears it)",
            current,
            lambda value: self.decide("note", note=value.strip(), advance=False),
        )

    def label(self, name: str, claim: Claim) -> None:
        if name == "sourced":
            self.ask_source(claim.sources)
            return
        question = "Note on what was searched" if name == "unverified" else "Note"
        self.ask(
            f"{question} for {claim.id} (optional)",
            claim.note or "",
            lambda value: self.decide(name, note=value.strip()),
        )

    def ask_source(self, existing: list[Source]) -> None:
        """URL or citation, then title, then supporting passage, each pre-filled from the
        first source the claim has."""
        from claimcheck.decisions import make_source, merge_sources

        first = existing[0] if existing else None
        url = (first.url or first.citation or "") if first else ""

        def got_value(value: str) -> None:
            value = value.strip()
            if not value:
                self.say("a sourced claim needs a source: nothing changed", "yellow")
                return
            try:
                make_source(value)
            except InvalidValue as exc:
                self.say(str(exc), "red")
                self.ask("Source URL or citation", value, got_value)
                return
            same = first is not None and value in (first.url, first.citation)
            title = (first.title or "") if same and first else ""

            def got_title(title: str) -> None:
                passage = (first.passage or "") if same and first else ""

                def got_passage(passage: str) -> None:
                    source = make_source(value, title.strip() or None, passage.strip() or None)
                    rest = [s for s in existing if s is not first] if same else existing
                    self.decide("sourced", sources=merge_sources([source], list(rest)))

                self.ask("Supporting passage (optional)", passage, got_passage)

            self.ask("Title (optional)", title, got_title)

        self.ask("Source URL or citation", url, got_value)

    def act_reuse(self) -> None:
        claim = self.session.current
        if claim is None:
            return
        found = self.seen(claim)
        if not found or found[0].claim.label is None:
            self.say("nothing seen before to reuse", "yellow")
            return
        first = found[0].claim
        assert first.label is not None
        where = f"as {first.id} in {found[0].file.name}"
        self.decide(first.label.value, sources=list(first.sources), note=where)

    def act_accept(self) -> None:
        self.accept(1)

    def action_accept(self, n: int) -> None:
        if self.asking is None:
            self.accept(n)
            self.redraw()

    def accept(self, n: int) -> None:
        """Adjudicating: settle the claim with reviewer n's decision, sources kept whole
        (their titles and supporting passages too)."""
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
        self.decide(name, sources=list(review.sources), note=review.note or "")

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
        self.filter_text = ""
        self.walk(list(self.start_ids))

    def walk(self, ids: list[str]) -> None:
        s = self.session
        current = s.current
        s.ids = ids
        s.position = ids.index(current.id) if current and current.id in ids else 0
        self.after_walk_change()

    def after_walk_change(self) -> None:
        self.fill_list()

    # ------------------------------------------------------------------ the claim list

    def act_edit(self) -> None:
        claim = self.session.current
        if claim is None:
            return
        from claimcheck.edits import edit

        def save(value: str) -> None:
            def change(loaded: Loaded) -> str:
                by, path = self.session.reviewer, str(self.journal.path)
                done = edit(loaded.doc, loaded.text, by, claim.id, path_name=path, claim_text=value)
                return f"{claim.id}: text changed" if done else f"{claim.id}: unchanged"

            self.correct(change)

        self.ask(f"Text of {claim.id}", claim.text, save)

    def act_delete(self) -> None:
        claim = self.session.current
        if claim is None:
            return
        from claimcheck.edits import delete

        def save(value: str) -> None:
            if value.strip() != claim.id:
                self.say(f"not deleted: type {claim.id} to confirm", "yellow")
                return

            def change(loaded: Loaded) -> str:
                path = str(self.journal.path)
                gone = delete(loaded.doc, self.session.reviewer, claim.id, path_name=path)
                return f"{gone.id}: deleted ({gone.label_name}); x takes it back"

            self.correct(change)

        self.ask(f"Delete {claim.id}? Type its id to confirm", "", save)

    def act_add(self) -> None:
        """A new claim from a left-out passage (listed in the claim pane while asking),
        from offsets or from a quote; a search hit outside any claim comes pre-filled."""
        from claimcheck.edits import add

        left = sorted(self.session.doc.left_out, key=lambda lo: lo.passage.start)
        hit, self.search_hit = self.search_hit, None
        if left:
            self.query_one("#claim-view", Static).update(left_out_table(left, self.text))
            self.query_one("#claim", VerticalScroll).scroll_home(animate=False)

        def save(value: str) -> None:
            value = value.strip()
            if not value:
                self.say("not added: give a passage", "yellow")
                return
            try:
                spot = spot_of(value, left)
            except InvalidValue as exc:
                self.say(str(exc), "red")
                return

            def change(loaded: Loaded) -> str:
                claim = add(loaded.doc, loaded.text, self.session.reviewer, spot)
                self.goto = claim.id
                return f"{claim.id}: added ({one_line(claim.text[:60])}); x takes it back"

            self.correct(change)

        shown = f"{hit[0]}-{hit[1]}" if hit else ""
        numbers = f"a left-out passage's number (1-{len(left)}), " if left else ""
        self.ask(f"Add a claim: {numbers}START-END or a quote from the article", shown, save)

    def act_split(self) -> None:
        claim = self.session.current
        if claim is None:
            return
        from claimcheck.edits import split

        def save(value: str) -> None:
            quotes = [q.strip() for q in value.split("|") if q.strip()]
            if len(quotes) < 2:
                self.say(f"not split: type | where {claim.id} splits", "yellow")
                return

            def change(loaded: Loaded) -> str:
                by, path = self.session.reviewer, str(self.journal.path)
                parts = split(loaded.doc, loaded.text, by, claim.id, path_name=path, quotes=quotes)
                self.goto = parts[0].id
                names = ", ".join(p.id for p in parts)
                return f"{claim.id}: split into {names}; x takes it back"

            self.correct(change)

        quote = self.text[claim.passage.start : claim.passage.end]
        self.ask(f"Split {claim.id}: type | between the parts", one_line(quote), save)

    def act_merge(self) -> None:
        claim = self.session.current
        if claim is None:
            return
        from claimcheck.edits import merge

        def save(value: str) -> None:
            others = value.replace(",", " ").split()
            if not others:
                self.say("not merged: give the ids to merge in", "yellow")
                return

            def change(loaded: Loaded) -> str:
                by, path = self.session.reviewer, str(self.journal.path)
                keep, notes = merge(loaded.doc, by, [claim.id, *others], path_name=path)
                self.goto = keep.id
                said = "; ".join(notes)
                return f"{keep.id}: merged {', '.join(others)} into it" + (
                    f"; {said}" if said else ""
                )

            self.correct(change)

        s = self.session
        following = s.ids[s.position + 1] if s.position + 1 < len(s.ids) else ""
        self.ask(f"Merge into {claim.id} the claims with ids", following, save)

    def act_takeback(self) -> None:
        from claimcheck.undo import undo

        def change(loaded: Loaded) -> str:
            return "; ".join(undo(loaded.doc, self.session.reviewer)) or "undone"

        self.correct(change)

    def correct(self, change: Callable[[Loaded], str]) -> None:
        """A change to the claim list, saved under the file's lock (the review's journal
        folded in first), then the review continues on the file as saved."""
        from claimcheck import store

        old = self.session.doc
        self.goto = None
        try:
            message = store.update(self.journal.path, change)
        except ClaimcheckError as exc:
            self.goto = None
            self.say(f"NOT CHANGED: {exc}", "bold red")
            return
        self.journal.loaded = store.load(self.journal.path)
        self.session.refresh(self.journal.doc)
        goto, self.goto = self.goto, None
        if goto is not None and self.session.find(goto) is not None:
            self.session.jump(goto)
        self.reindex(old)
        self.say(message, "green")

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


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around a span of the article, as offsets."""
    lo = max(text.rfind(mark, 0, start) for mark in (". ", "? ", "! ", "\n"))
    lo = 0 if lo < 0 else lo + (1 if text[lo] == "\n" else 2)
    ends = [i for i in (text.find(m, end) for m in (". ", "? ", "! ", "\n")) if i >= 0]
    hi = min(ends, default=len(text))
    hi = hi + 1 if hi < len(text) and text[hi] in ".?!" else hi
    return lo, max(hi, end)


def spot_of(value: str, left: list[LeftOut]) -> Spot:
    """What the add prompt was given: a left-out passage's number, START-END, or a quote."""
    from claimcheck.edits import Spot

    if value.isdigit():
        if not 1 <= int(value) <= len(left):
            raise InvalidValue(f"no left-out passage {value}: they are 1-{len(left)}")
        passage = left[int(value) - 1].passage
        return Spot(start=passage.start, end=passage.end)
    start, sep, end = value.partition("-")
    if sep and start.strip().isdigit() and end.strip().isdigit():
        return Spot(start=int(start), end=int(end))
    return Spot(quote=value)


def left_out_table(left: list[LeftOut], text: str) -> RenderableType:
    """The left-out passages, numbered, with why extraction left them out."""
    from rich.table import Table
    from rich.text import Text

    grid = Table(title="left out of the claims (i: give a number)", title_justify="left")
    grid.add_column("#", justify="right")
    grid.add_column("why")
    grid.add_column("passage")
    for n, item in enumerate(left, 1):
        quote = one_line(text[item.passage.start : item.passage.end])
        grid.add_row(str(n), Text(item.reason), Text(quote))
    return grid


def run(session: Session, journal: Journal) -> bool:
    """Run the full-screen review; True if it was interrupted (Ctrl-C)."""
    from claimcheck.config import load

    desk = load(journal.path).desk
    app = ReviewApp(
        session, journal, label_keys=desk.keys.model_dump(), review_keys=dict(desk.review.keys)
    )
    # The claim file's objects live as long as the review: keep them out of the garbage
    # collector's full passes, which Textual's many small allocations set off and which
    # would otherwise cost time in proportion to the file on every key.
    gc.collect()
    gc.freeze()
    return bool(app.run())
