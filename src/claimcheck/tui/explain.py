"""The review's public explanation (`w`): the text readers see in ClaimReview and the
public report, as `claimcheck tag --explanation` sets it. It is part of the reviewer's
decision: saved as a decision through the session and the journal (durable before the
screen moves on, undone by `z`), refused like any decision if the claim changed
meanwhile (store.Journal.commit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.decisions import replaced

if TYPE_CHECKING:
    from claimcheck.models import Claim
    from claimcheck.tui.view import ReviewView


def ask_explanation(view: ReviewView, claim: Claim) -> None:
    """Ask for the public explanation of `claim` (as the review shows it), pre-filled
    with the reviewer's own (an adjudicator's: the ruling's), never another reviewer's."""
    session = view.session
    adjudicating = session.mode == "adjudicate"
    label = claim.start_from(session.reviewer, adjudicating)[0]
    if label is None:
        view.say(
            f"{claim.id} has no label of yours: an explanation says why a claim has its "
            "label; give one first (s, u, o)",
            "yellow",
        )
        return
    old = replaced(claim, session.reviewer, adjudicating)
    current = (old.explanation if old is not None else None) or ""

    def save(value: str) -> None:
        view.decide(label.value, note=None, advance=False, explanation=value.strip())
        message, style = view.status
        if style == "green":  # saved: say what was
            what = "cleared" if not value.strip() else "saved"
            view.say(f"{message}; public explanation {what}", style)
        elif message.startswith("unchanged:"):
            view.say(f"unchanged: {claim.id} (the same public explanation)", style)

    view.ask(
        f"Public explanation of {claim.id}, {label.value} (readers see it; empty clears it)",
        current,
        save,
        select=True,
    )
