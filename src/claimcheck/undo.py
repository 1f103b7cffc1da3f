"""Undo that outlives the review: a reviewer's latest operations taken back from history.

An operation is known by (reviewer, instant): every change it made, on every claim it
touched, carries that instant (see edits.stamp and decisions.decide). Undoing records an
"undo" change naming the instant taken back, on each claim it touched, so the next undo
takes back the operation before; an undo is not itself an operation to undo.
"""

from __future__ import annotations

from datetime import datetime

from claimcheck.decisions import apply_decision, decide
from claimcheck.edits import insert, stamp
from claimcheck.errors import InvalidValue
from claimcheck.models import Change, Claim, ClaimFile, LeftOut, Passage

# What reanchor does ("moved", "reanchored", "removed") follows the article text and is
# not undone by itself.
UNDOABLE = frozenset(
    {"text", "section", "passage", "also_at", "reviews", "added", "deleted"}
    | {"label", "sources", "note", "review"}
)
DECISION_FIELDS = frozenset({"label", "sources", "note", "review"})


def _undone(claim: Claim) -> set[str]:
    return {str(c.new) for c in claim.history if c.field == "undo"}


def last_operation(doc: ClaimFile, by: str) -> datetime | None:
    """The instant of `by`'s latest operation that has not been undone (undos included:
    they are not operations to undo)."""
    undone: set[str] = set()
    undo_at: set[datetime] = set()
    for claim in [*doc.claims, *doc.deleted]:
        undone |= _undone(claim)
        undo_at |= {c.at for c in claim.history if c.field == "undo"}
    found = [
        c.at
        for claim in [*doc.claims, *doc.deleted]
        for c in claim.history
        if c.by == by
        and c.field in UNDOABLE
        and c.at not in undo_at
        and c.at.isoformat() not in undone
    ]
    return max(found, default=None)


def undo(doc: ClaimFile, by: str, at: datetime | None = None) -> list[str]:
    """Take back `by`'s latest operation that is not undone yet (an edit, an add, a
    split, a merge, a delete, or a decision); return a line per claim it touched."""
    when = last_operation(doc, by)
    if when is None:
        raise InvalidValue(f"nothing of {by}'s to undo")
    at = stamp(doc, at)
    lines: list[str] = []
    touched = [
        claim
        for claim in [*doc.claims, *doc.deleted]
        if any(c.at == when and c.by == by for c in claim.history)
    ]
    for claim in touched:
        mine = [c for c in claim.history if c.at == when and c.by == by]
        decision = [c for c in mine if c.field in DECISION_FIELDS]
        mark = at
        for change in reversed(mine):
            lines.append(_revert(doc, claim, change))
        if decision:
            mark = _revert_decision(claim, by, decision, at)
            lines.append(f"{claim.id}: decision taken back (now {claim.label_name})")
        claim.history.append(Change(at=mark, by=by, field="undo", new=when.isoformat()))
    return [line for line in lines if line]


def _revert(doc: ClaimFile, claim: Claim, change: Change) -> str:
    old = change.old
    if change.field == "text" and isinstance(old, str):
        claim.text = old
        return f"{claim.id}: text restored"
    if change.field == "section":
        claim.section = old if isinstance(old, str) else None
        return f"{claim.id}: section restored"
    if change.field == "passage" and isinstance(old, Passage):
        claim.passage = old
        return f"{claim.id}: passage restored"
    if change.field == "also_at":
        claim.also_at = [p for p in old if isinstance(p, Passage)] if isinstance(old, list) else []
        return f"{claim.id}: other passages restored"
    if change.field == "reviews":
        from claimcheck.verdicts import Review

        claim.reviews = [r for r in old if isinstance(r, Review)] if isinstance(old, list) else []
        return f"{claim.id}: decisions restored"
    if change.field == "added" and claim in doc.claims:
        doc.claims.remove(claim)
        doc.deleted.append(claim)
        if isinstance(change.new, str) and change.new.startswith("left_out:"):
            reason = change.new.removeprefix("left_out:")
            doc.left_out.append(
                LeftOut.model_validate({"passage": claim.passage, "reason": reason})
            )
            doc.left_out.sort(key=lambda item: item.passage.start)
        return f"{claim.id}: removed again (a tombstone)"
    if change.field == "deleted" and claim in doc.deleted:
        doc.deleted.remove(claim)
        insert(doc.claims, claim)
        return f"{claim.id}: back"
    return ""


def _revert_decision(claim: Claim, by: str, changes: list[Change], at: datetime) -> datetime:
    """A decision that puts back the values `changes` changed; the instant it took."""
    from claimcheck.query import parse_label

    own = any(c.field == "review" for c in changes)
    label, sources, note = claim.own_fields(by) if own else claim.decision_fields()
    for change in changes:
        if change.field == "review" or (change.field == "label" and not own):
            label = parse_label(str(change.old)) if change.old else None
        elif change.field == "sources":
            sources = list(change.old) if isinstance(change.old, list) else []  # type: ignore[arg-type]
        elif change.field == "note":
            note = change.old if isinstance(change.old, str) else None
    decision = decide(claim, by, label, list(sources), note or "", at)
    apply_decision(claim, decision)
    return decision.at
