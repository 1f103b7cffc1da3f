"""What became of a review's work when the claim list changed under it: the claim shown
gone (someone else deleted, merged or split it) and the walk going on to what took its
place; the session's decisions still standing when it ends; the words for a decision
that would change nothing. No I/O here."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.models import Claim, Decision, Label
    from claimcheck.review import Session


def gone(session: Session, was: str) -> list[str]:
    """`was` left the file under the review (the session already on the re-read file).
    A split's parts take its place in the walk, so the review goes on to the first part,
    not past them, and what was typed for it and refused is offered again on that part.
    Returns the parts."""
    ids = session.ids
    parts = [
        c.id
        for c in session.doc.claims
        if c.split_from == was and c.id not in ids and (session.mode != "adjudicate" or c.disputed)
    ]
    if was in ids:
        at = ids.index(was)
        ids[at : at + 1] = parts
        if session.position > at:
            session.position += len(parts) - 1
    if parts:
        if was in session.unsaved:
            session.unsaved[parts[0]] = session.unsaved.pop(was)
        if was in session.unsaved_sources:
            session.unsaved_sources[parts[0]] = session.unsaved_sources.pop(was)
    return parts


def standing(session: Session) -> dict[str, int]:
    """The session's decisions still standing, per state: each claim it decided that is
    still in the file with the label the session last gave it (the reviewer's own; an
    adjudication's, the claim's), not the one it had before. A decision undone (z), taken
    back (x) or on a claim that is gone is not counted."""
    before: dict[str, Label | None] = {}
    last: dict[str, Decision] = {}
    for done in session.done:
        before.setdefault(done.decision.claim, done.before[0])
        last[done.decision.claim] = done.decision
    counted: Counter[str] = Counter()
    for claim_id, decision in last.items():
        claim = session.find(claim_id)
        if claim is None or decision.label is before[claim_id]:
            continue
        if claim.start_from(session.reviewer, decision.adjudicate)[0] is decision.label:
            counted[decision.label.value if decision.label else "pending"] += 1
    return dict(counted)  # in the order they were first given, as they were said


def unchanged(claim_id: str, action: str, advance: bool) -> str:
    """The status line after a decision that would change nothing (nothing is saved, nor
    written to the history or the journal): the same label, sources and note again."""
    if not advance:
        return f"unchanged: {claim_id} (the same note)"
    return f"unchanged: {claim_id} is {action} already; on to the next claim"


def beside(shown: Claim | None, claim: Claim, decision: Decision) -> str | None:
    """Who changed the claim while the reviewer was deciding it, when the decision can
    be recorded as the reviewer's own review beside theirs (a second review, as `tag -r`
    records one: agreed or disputed, nothing of theirs replaced); None when it cannot:
    a ruling (the reviewer's, or one made meanwhile, which decides the label whatever the
    reviews say), or the reviewer's own decision changed elsewhere too (another session
    of theirs). `shown` is the claim as the reviewer saw it, `claim` as it is now."""
    if shown is None or decision.adjudicate or claim.adjudicated_by != shown.adjudicated_by:
        return None
    if claim.own_decision(decision.by) != shown.own_decision(decision.by):
        return None
    others = [r.by for r in claim.own_reviews() if r.by and shown.review_by(r.by) != r]
    return others[-1] if others else None
