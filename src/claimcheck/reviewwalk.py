"""Which claims a review walks, and in which mode: the pending ones by default, every
one, those in a state, those the reviewer has not decided (blind), or the disputed ones
(adjudicating)."""

from __future__ import annotations

from typing import Literal

from claimcheck.models import Claim, ClaimFile, Label, Review
from claimcheck.query import parse_state

Mode = Literal["normal", "blind", "adjudicate"]


def walk(
    doc: ClaimFile, reviewer: str, every: bool, label: str | None, blind: bool, disputed: bool
) -> tuple[list[str], Mode]:
    """The ids of the claims to walk, in file order, and the session's mode."""
    mode: Mode = "normal"
    if disputed:
        ids = [c.id for c in doc.claims if c.disputed]
        mode = "adjudicate"
    elif label is not None:
        wanted = parse_state(label)
        ids = [c.id for c in doc.claims if c.label_name == wanted]
    elif every:
        ids = [c.id for c in doc.claims]
    elif blind:
        ids = [c.id for c in doc.claims if own_label(c, reviewer) is None]
    else:
        ids = [c.id for c in doc.claims if c.label is None and not c.disputed]
    if blind and not disputed:
        mode = "blind"
    return ids, mode


def own_label(claim: Claim, reviewer: str) -> Label | None:
    """The label `reviewer` gave the claim themselves, if any."""
    own = claim.review_by(reviewer)
    return own.label if own else None


def blind_view(claim: Claim, reviewer: str) -> Claim:
    """The claim as a blind review shows it to `reviewer`: their own decision in place of
    the agreed one, and nothing of the others' (nor the history, which would tell)."""
    label, sources, note = claim.own_fields(reviewer)
    own = claim.review_by(reviewer)
    at = own.at if own else None
    mine = Review(by=reviewer, at=at, label=label, sources=list(sources), note=note)
    shown = [mine] if (label, sources, note) != (None, [], None) else []
    return claim.model_copy(update={"reviews": shown, "history": []})
