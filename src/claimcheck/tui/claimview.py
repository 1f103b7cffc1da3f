"""What the full-screen review's claim pane shows: the claim as `show` draws it, with
what the review adds (the reviews to adjudicate, the same statement seen elsewhere, the
claim's history)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from claimcheck.cli.changes import history_table
from claimcheck.cli.render import claim_panel, seen_table
from claimcheck.tui.widgets import numbered
from claimcheck.wording import be, count

if TYPE_CHECKING:
    from claimcheck.models import Claim
    from claimcheck.tui.view import ReviewView


def claim_view(view: ReviewView, claim: Claim | None) -> RenderableType:
    s = view.session
    if claim is None:
        pending = s.tally["pending"]
        return Text(
            f"End of the list. {count(pending, 'claim')} in the file {be(pending)} "
            "pending.\np/← back   q quit",
            style="bold",
        )
    extras: list[RenderableType] = []
    if s.mode == "adjudicate":
        extras.append(numbered(claim))
    seen = view.seen(claim)
    if seen and s.mode == "normal":
        extras.append(seen_table(seen, view.journal.path))
    shown = s.shown(claim)
    if shown.history and s.mode != "blind":
        extras.append(history_table(shown.history))
    extra = Group(*extras) if extras else None
    tabled = s.mode == "adjudicate"
    return claim_panel(shown, view.journal.loaded.text, extra, review="screen", tabled=tabled)
