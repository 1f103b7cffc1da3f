"""The claim on the screen replaced under the reviewer (someone else deleted, merged or
split it): the review says so, shows what took its place, and holds the next key that
would act on a claim until the reviewer has seen that one, so a decision never lands on
a claim they have not looked at."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.reviewfate import gone
from claimcheck.tui.widgets import ClaimPane

if TYPE_CHECKING:
    from claimcheck.tui.view import ReviewView

# The keys that decide on the claim shown or change it
ACTING = frozenset(
    {"sourced", "unverified", "opinion", "note", "explain", "reuse", "accept"}
    | {"edit", "split", "merge", "delete"}
)


def lost(view: ReviewView, was: str, notice: str, style: str = "bold yellow") -> None:
    """`was`, the claim on the screen, left the file (the session is on the re-read
    file): show the claim that took its place (a split's first part) with `notice`, and
    hold the next key that would act on it (`holding`). Nothing if `was` is still there."""
    if view.session.find(was) is not None:
        return
    parts = gone(view.session, was)
    view.query_one("#claim", ClaimPane).forget()
    view.fill_list()
    now = view.session.current
    if now is None:
        view.say(notice, style)
        return
    view.held = f"{notice}; now showing {'its first part, ' if parts else ''}{now.id}"
    view.say(view.held, style)


def holding(view: ReviewView, name: str, key: str) -> bool:
    """Refuse, once, the action `name` (typed as `key`) if it would decide or change the
    claim just put on the screen in place of one removed (`lost`); any other key, or
    this one pressed again, lets go."""
    held, view.held = view.held, None
    claim = view.session.current
    if held is None or name not in ACTING or claim is None:
        return False
    said = f"{held}: nothing done; press {key} again to act on {claim.id}"
    view.say(said, "bold yellow")
    view.quiet.start(view.key_at, said, "bold yellow")  # and the rest of its burst
    view.redraw()
    return True
