"""The claim list from the review: picking a claim in it (↑/↓, Enter, a click) and
correcting it (edit, add, split, merge, delete, take back) through edits.py under the
file's lock, as the claim-list commands do."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from rich.text import Text

from claimcheck.errors import ClaimcheckError, Conflict, InvalidValue
from claimcheck.safe import one_line, quoted
from claimcheck.tui.fit import quoting
from claimcheck.tui.guard import as_seen
from claimcheck.tui.view import ReviewView
from claimcheck.tui.widgets import ClaimPane

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import RenderableType

    from claimcheck.models import LeftOut
    from claimcheck.spots import Spot
    from claimcheck.store import Loaded


class ClaimListActions(ReviewView):
    """Picking in the claim list and correcting it."""

    @property
    def text(self) -> str:
        """The article's text."""
        return self.journal.loaded.text

    def action_pick(self, step: int) -> None:
        """Move the pick in the claim list (↑/↓), showing the list if it was hidden."""
        s = self.session
        if self.asking is not None or not s.ids:
            return
        start = min(s.position, len(s.ids) - 1) if self.picking is None else self.picking
        self.picking = max(0, min(len(s.ids) - 1, start + step))
        self.toggle("#list", True)
        claim_id = s.ids[self.picking]
        said = one_line(f"Enter goes to {claim_id} · Esc leaves the list")
        self.show("#status", Text(said, "dim"))
        self.fill_list()

    def action_picked(self) -> None:
        if self.asking is None and self.picking is not None:
            claim_id = self.session.ids[self.picking]
            self.picking = None
            self.go_to(claim_id)

    def action_unpick(self) -> None:
        if self.asking is None and self.picking is not None:
            self.picking = None
            self.redraw()

    def go_to(self, claim_id: str) -> None:
        """Make a claim of the walk the current one (a click or Enter on the list)."""
        self.picking = None
        self.held = None  # the reviewer chose the claim to look at
        if claim_id in self.session.ids:
            self.session.position = self.session.ids.index(claim_id)
            self.redraw()

    # ------------------------------------------------------------------ the claim list

    def act_edit(self) -> None:
        claim = self.session.current
        if claim is None:
            return
        from claimcheck.edits import edit

        def save(value: str) -> None:
            def change(loaded: Loaded) -> str:
                as_seen(self.session, loaded.doc, [claim.id], "text")
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
                as_seen(self.session, loaded.doc, [claim.id], "delete")
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
            self.query_one("#claim", ClaimPane).show(left_out_table(left, self.text))

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
                rest = f"{claim.id}: added (); x takes it back"
                with quoting(self.size.width, len(rest)):  # the rest is known here
                    said = quoted(one_line(claim.text))
                return f"{claim.id}: added ({said}); x takes it back"

            self.correct(change)

        shown = f"{hit[0]}-{hit[1]}" if hit else ""
        numbers = f"a left-out passage's number (1-{len(left)}), " if left else ""
        self.ask(f"Add a claim: {numbers}START-END or a quote from the article", shown, save)

    def act_split(self) -> None:
        claim = self.session.current
        if claim is None:
            return
        from claimcheck.edits import split
        from claimcheck.splitting import NotStatement

        lo, hi = claim.passage.start, claim.passage.end

        def save(value: str) -> None:
            quotes = [q.strip() for q in value.split("|") if q.strip()]
            if len(quotes) < 2:
                self.say(f"not split: type | where {claim.id} splits", "yellow")
                return
            # every word kept: split at the bars' places as `split --at` does (a bar
            # inside a word moves to its start); words taken out: the parts as quotes
            points = bar_points(self.text, lo, hi, value)
            saving(None if points else quotes, points, None)

        def saving(
            quotes: list[str] | None, points: list[int] | None, texts: list[str] | None
        ) -> None:
            def change(loaded: Loaded) -> str:
                as_seen(self.session, loaded.doc, [claim.id], "split")
                by, path = self.session.reviewer, str(self.journal.path)
                keep = "keep every word in the prompt, | between the parts (d deletes a part)"
                parts = split(
                    loaded.doc,
                    loaded.text,
                    by,
                    claim.id,
                    path_name=path,
                    quotes=quotes,
                    points=points,
                    texts=texts,
                    advice=keep,
                    texting="give each part's text (asked next, its words offered)",
                )
                self.goto = parts[0].id
                names = ", ".join(p.id for p in parts)
                return f"{claim.id}: split into {names}; x takes it back"

            def refused(exc: ClaimcheckError) -> bool:
                """A part that is no statement on its own: its text is asked for, each
                part's in turn (offered: what the split would write, or its words)."""
                if not isinstance(exc, NotStatement) or texts is not None:
                    return False
                # short, so that the prompt asked next stays in sight after it
                said = "not split yet: '' is no statement on its own"
                rest = f"{said} · Text of part 1 of {len(exc.drafts)} of {claim.id}: "
                with quoting(self.size.width, len(rest)):
                    said = quoted(exc.part)
                self.say(f"not split yet: {said!r} is no statement on its own", "yellow")
                ask_text([], exc.drafts)
                return True

            def ask_text(given: list[str], drafts: list[str]) -> None:
                if len(given) == len(drafts):
                    saving(quotes, points, given)
                    return
                n = len(given) + 1

                def got(value: str) -> None:
                    if not value.strip():  # asked again: a claim's text is never empty
                        self.say(f"part {n} needs a text (Esc cancels the split)", "yellow")
                        ask_text(given, drafts)
                        return
                    ask_text([*given, value.strip()], drafts)

                prompt = f"Text of part {n} of {len(drafts)} of {claim.id}"
                self.ask(prompt, drafts[n - 1], got, select=True)  # typing replaces it

            self.correct(change, refused=refused)

        quote = self.text[lo:hi]
        self.ask(f"Split {claim.id}: type | between the parts", one_line(quote), save)

    def act_merge(self) -> None:
        claim = self.session.current
        if claim is None:
            return
        from claimcheck.combine import merge

        def save(value: str) -> None:
            others = value.replace(",", " ").split()
            if not others:
                self.say("not merged: give the ids to merge in", "yellow")
                return

            def change(loaded: Loaded) -> str:
                ids = [claim.id, *others]
                as_seen(self.session, loaded.doc, ids, "merge")
                by, path = self.session.reviewer, str(self.journal.path)
                command = shlex.join(["claimcheck", "merge", *ids, "--force", "-f", path])
                forcing = f"quit and run {command}"
                keep, notes = merge(
                    loaded.doc, by, ids, path_name=path, forcing=forcing, brief=True
                )
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
            before = {c.id for c in loaded.doc.claims}
            blind = self.session.mode == "blind"  # the states it leaves would tell others'
            done = undo(loaded.doc, self.session.reviewer, blind=blind)
            said = "; ".join(f"{u.id}: {u.change}" if blind else u.line for u in done) or "undone"
            back = [c.id for c in loaded.doc.claims if c.id not in before]
            self.goto = back[0] if back else None  # a claim brought back is shown
            return said

        self.correct(change, taking_back=True)

    def correct(
        self,
        change: Callable[[Loaded], str],
        *,
        taking_back: bool = False,
        refused: Callable[[ClaimcheckError], bool] | None = None,
    ) -> None:
        """A change to the claim list, saved under the file's lock (the review's journal
        folded in first), then the review continues on the file as saved. `refused`
        takes a refusal it can act on (True), nothing saved."""
        from claimcheck import store
        from claimcheck.undo import last_operation

        old = self.session.doc
        self.goto = None
        try:
            with quoting(self.size.width):  # its message quotes as the screen has room for
                message = store.update(self.journal.path, change, check=True)
        except ClaimcheckError as exc:
            self.goto = None
            if refused is not None and refused(exc):
                return
            self.say(f"NOT CHANGED: {exc}", "bold red")
            if isinstance(exc, Conflict):  # the claim changed: the burst is not for it
                self.quiet.start(self.key_at, f"NOT CHANGED: {exc}", "bold red")
            return
        self.journal.loaded = store.load(self.journal.path)
        self.session.refresh(self.journal.doc)
        made = None if taking_back else last_operation(self.session.doc, self.session.reviewer)
        if made is not None:  # for the summary, unless taken back by then
            self.session.corrections.append(made)
        before = {c.id for c in old.claims}
        self.session.follow(before)  # what it made or brought back joins the walk
        # and the walk that clearing a filter goes back to
        start = set(self.start_ids) | (set(self.session.ids) - before)
        self.start_ids = [c.id for c in self.session.doc.claims if c.id in start]
        goto, self.goto = self.goto, None
        if goto is not None and self.session.find(goto) is not None:
            self.session.jump(goto)
        self.reindex(old)
        self.say(message, "green")


def bar_points(text: str, lo: int, hi: int, value: str) -> list[int] | None:
    """Where the bars typed in the split prompt fall in the article, as offsets inside
    the passage `lo`-`hi`; None if the reviewer changed its words (spaces aside)."""
    if "".join(value.replace("|", "").split()) != "".join(text[lo:hi].split()):
        return None
    points, at = [], lo
    for ch in value:
        if ch == "|":
            points.append(at)
        elif not ch.isspace():
            while text[at].isspace():
                at += 1
            at += 1  # past this character of the passage
    return sorted({p for p in points if lo < p < hi})


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
    from claimcheck.spots import Spot

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
