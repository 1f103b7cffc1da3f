"""The plain review: one claim at a time, printed line by line with a prompt below it,
for screen readers and dumb terminals (`review --plain`, or TERM=dumb)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from claimcheck.cli.keyboard import Keyboard
from claimcheck.safe import one_line
from claimcheck.wording import be, count

if TYPE_CHECKING:
    from rich.console import Console

    from claimcheck.models import Claim, Decision, Source
    from claimcheck.review import Fields, Session
    from claimcheck.seen import Index, Seen
    from claimcheck.store import Journal


class Screen:
    """Draws the session and asks questions; all terminal I/O of the review lives here."""

    def __init__(
        self, console: Console, session: Session, journal: Journal, keyboard: Keyboard
    ) -> None:
        from claimcheck.config import load
        from claimcheck.reviewkeys import keymap

        self.keymap = keymap(load(journal.path).desk.keys.model_dump())
        self.console = console
        self.keyboard = keyboard
        self.session = session
        self.journal = journal
        self.status: tuple[str, str] = ("", "")
        self.asking: str | None = None  # the prompt being answered
        self._seen_index: Index | None = None
        self._seen: dict[str, list[Seen]] = {}
        keyboard.on_resume = self.resume

    def resume(self) -> None:
        """Back from Ctrl-Z: the claim drawn again (the file looked at again first), and
        the prompt with what was typed in it, if one was open."""
        from rich.text import Text

        self.reread()
        self.draw()
        if self.asking is not None:
            self.console.print(Text(self.asking + " ", style="bold"), end="")
            self.console.file.write("".join(self.keyboard.chars))
            self.console.file.flush()

    def reread(self) -> None:
        """Re-read the file if someone else wrote it (a stat when nothing changed): the
        claim is shown with its current label, the counts are the file's."""
        s = self.session
        was = s.ids[s.position] if s.position < len(s.ids) else None
        if not self.journal.refresh():
            return
        s.refresh(self.journal.doc)
        if was is not None and s.find(was) is None:
            from claimcheck.store import gone_how

            self.status = (f"{was} was {gone_how(s.doc, was)}", "yellow")

    # ------------------------------------------------------------------ drawing

    def draw(self) -> None:
        from rich.text import Text

        from claimcheck.cli.render import claim_panel, reviews_table, seen_table
        from claimcheck.cli.reviewhead import review_head

        s = self.session
        self.console.clear()
        head = review_head(s, self.journal.path)
        self.console.print(head)
        claim = s.current
        if claim is None:
            pending = s.tally["pending"]
            self.console.print(
                Text(
                    f"\nEnd of the list. {count(pending, 'claim')} in the file "
                    f"{be(pending)} pending.\n",
                    style="bold",
                )
            )
            self.console.print(Text("p/← back   q quit", style="dim"))
        else:
            extra = reviews_table(claim) if s.mode == "adjudicate" else None
            seen = self.seen(claim)
            if seen and s.mode != "adjudicate":
                extra = seen_table(seen, self.journal.path)
            # marked too: a screen reader or a dumb terminal shows no highlight
            self.console.print(
                claim_panel(
                    s.shown(claim),
                    self.journal.loaded.text,
                    extra,
                    marks=True,
                    review="scroll",
                    tabled=s.mode == "adjudicate",
                )
            )
            self.console.print(Text(self.keymap.line, style="dim"))
        message, style = self.status
        if message:
            self.console.print(Text(one_line(message), style=style))  # may quote the file
        self.status = ("", "")

    def help(self) -> None:
        from rich.table import Table

        table = Table(title="keys", show_header=False, box=None)
        table.add_column(style="bold")
        table.add_column()
        for key, meaning in self.keymap.help:
            table.add_row(key, meaning)
        self.console.print(table)
        self.console.print("[dim]Press any key to go back to the claim.[/dim]")
        self.keyboard.key()

    # ------------------------------------------------------------------ asking

    def ask(self, prompt: str) -> str | None:
        """A line of text, or None if the reviewer cancelled (Esc or Ctrl-D)."""
        from rich.text import Text

        self.asking = one_line(prompt)
        self.console.print(Text(self.asking + " ", style="bold"), end="")
        try:
            return self.keyboard.line()
        finally:
            self.asking = None

    def ask_source(self, existing: list[Source]) -> list[Source] | None:
        from claimcheck.decisions import make_source, merge_sources
        from claimcheck.errors import InvalidValue

        hint = " (Enter keeps the current ones)" if existing else " (Enter cancels)"
        while True:
            value = self.ask(f"Source URL or citation{hint}:")
            if value is None:
                return None
            if not value.strip():
                return list(existing) if existing else None
            try:
                make_source(value)
            except InvalidValue as exc:
                # the value typed is in the message: data, never markup ("x:[/b]")
                from rich.text import Text

                self.console.print(Text(one_line(str(exc)), style="red"))
                continue
            title = self.ask("Title (optional):")
            passage = None if title is None else self.ask("Supporting passage (optional):")
            if title is None or passage is None:  # Esc or Ctrl-D: cancelled, nothing saved
                return None
            return merge_sources(existing, [make_source(value, title or None, passage or None)])

    def ask_note(self, claim: Claim, question: str) -> str | Cancelled | None:
        """The new note: None keeps the reviewer's own, '' clears it; CANCELLED when the
        reviewer cancelled (Esc or Ctrl-D), and then nothing is saved. Enter keeps what
        the prompt shows: their own note, or the one they typed for a refused decision;
        never another reviewer's."""
        current = self.session.note_start(claim)
        kept = claim.id in self.session.unsaved
        keep = f" [{'not saved' if kept else 'now'}: {current}]" if current else ""
        value = self.ask(f"{question}{keep} (Enter keeps, '-' clears):")
        if value is None:
            return CANCELLED
        if not value.strip():
            return current if kept else None
        return "" if value.strip() == "-" else value.strip()

    # ------------------------------------------------------------------ saving

    def commit(self, decision: Decision, expected: Fields, *, undo: bool = False) -> bool:
        from claimcheck.errors import ClaimcheckError, Conflict

        try:
            message = self.session.commit(self.journal, decision, expected, undo=undo)
        except Conflict as exc:
            self.status = (str(exc), "bold red")
            return False
        except ClaimcheckError as exc:
            self.status = (f"NOT SAVED: {exc}", "bold red")
            return False
        self.status = (message, "" if undo else "green")
        return True

    # ------------------------------------------------------------------ the loop

    def run(self) -> None:
        s = self.session
        while True:
            self.reread()  # before showing a claim: its current label
            self.draw()
            action = self.keymap.keys.get(self.keyboard.key())
            claim = s.current
            if action == "quit":
                return
            if action == "help":
                self.help()
            elif action == "next":
                s.move(1)
            elif action == "prev":
                s.move(-1)
            elif action == "undo":
                restore = s.undo()
                if restore is None:
                    self.status = ("nothing to undo", "yellow")
                else:
                    self.commit(restore[0], restore[1], undo=True)
            elif claim is None:
                continue
            else:
                self._act(action, s.shown(claim))

    def seen(self, claim: Claim) -> list[Seen]:
        """The same statement already reviewed in other claim files (found once per claim);
        none in a blind review, where they would give away other reviewers' decisions."""
        if self.session.mode == "blind":
            return []
        if self._seen_index is None:
            from claimcheck.seen import index_for

            self._seen_index = index_for(self.journal.path)
        if claim.id not in self._seen:
            self._seen[claim.id] = self._seen_index.matches(claim)
        return self._seen[claim.id]

    def _act(self, action: str | None, claim: Claim) -> None:
        """A deciding key on `claim` (as shown: in a blind review, the reviewer's own)."""
        if action == "reuse":
            from claimcheck.seen import to_reuse

            found = to_reuse(self.seen(claim))
            if isinstance(found, str):
                self.status = (found, "yellow")
                return
            first = found.claim
            assert first.label is not None
            where = f"as {first.id} in {found.file.name}"
            self._decide(first.label.value, sources=list(first.sources), note=where)
        elif action == "sourced":
            sources = self.ask_source(claim.sources)
            if sources is not None:
                self._decide(action, sources=sources)
        elif action in ("unverified", "opinion"):
            question = "Note on what was searched" if action == "unverified" else "Note"
            note = self.ask_note(claim, question)
            if isinstance(note, Cancelled):
                self.status = ("cancelled: nothing saved", "yellow")
            else:
                self._decide(action, note=note)
        elif action == "note":
            new = self.ask_note(claim, "Note")
            if isinstance(new, Cancelled):
                self.status = ("cancelled: nothing saved", "yellow")
            elif new is not None:
                self._decide("note", note=new, advance=False)

    def _decide(
        self,
        action: str,
        sources: list[Source] | None = None,
        note: str | None = None,
        advance: bool = True,
    ) -> None:
        claim = self.session.current
        decision = self.session.propose(action, sources, note, advance=advance)
        if decision is not None:
            self.commit(decision, self.session.expected(decision.claim))
        elif claim is not None:
            from claimcheck.reviewfate import unchanged

            self.status = (unchanged(claim.id, action, advance), "")


class Cancelled:
    """What a prompt gives when the reviewer cancelled it (Esc or Ctrl-D)."""


CANCELLED = Cancelled()


def echo(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()
