"""Applying a reviewer's decision to a claim, recording what changed in its history."""

from __future__ import annotations

from datetime import UTC, datetime

from claimcheck.models import Change, Claim, Decision, Label, Source


def now() -> datetime:
    return datetime.now(UTC)


def decide(
    claim: Claim,
    by: str,
    label: Label | None,
    sources: list[Source] | None = None,
    note: str | None = None,
    at: datetime | None = None,
) -> Decision:
    """A decision setting a claim's label; sources and note default to what the claim has."""
    return Decision(
        claim=claim.id,
        by=by,
        at=at or now(),
        label=label,
        sources=list(claim.sources) if sources is None else sources,
        note=claim.note if note is None else (note or None),
    )


def changes(claim: Claim, decision: Decision) -> list[Change]:
    """The history entries that applying `decision` to `claim` would record."""
    out = []
    if claim.label != decision.label:
        out.append(
            Change(
                at=decision.at,
                by=decision.by,
                field="label",
                old=claim.label.value if claim.label else None,
                new=decision.label.value if decision.label else None,
            )
        )
    if claim.sources != decision.sources:
        out.append(
            Change(
                at=decision.at,
                by=decision.by,
                field="sources",
                old=list(claim.sources) or None,
                new=list(decision.sources) or None,
            )
        )
    if claim.note != decision.note:
        out.append(
            Change(at=decision.at, by=decision.by, field="note", old=claim.note, new=decision.note)
        )
    return out


def apply_decision(claim: Claim, decision: Decision) -> list[Change]:
    """Set the decision's values on the claim and append the changes to its history.

    Idempotent: a decision already in the history (same reviewer, same instant) is not
    applied twice, so replaying a journal that was already folded changes nothing.
    """
    if any(c.at == decision.at and c.by == decision.by for c in claim.history):
        return []
    found = changes(claim, decision)
    if not found:
        return []
    claim.label = decision.label
    claim.sources = list(decision.sources)
    claim.note = decision.note
    claim.reviewer = decision.by if decision.label is not None else None
    claim.reviewed_at = decision.at if decision.label is not None else None
    claim.history.extend(found)
    return found
