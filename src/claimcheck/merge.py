"""A three-way merge of claim files by claim id: git's merge driver for claimcheck.

Two reviewers who tagged different claims on different clones merge cleanly. The same
claim tagged on both sides keeps both reviewers' decisions; if their labels differ the
claim becomes disputed (see decisions.apply_decision), never a text conflict in the YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from claimcheck.decisions import agreed
from claimcheck.models import Claim, ClaimFile, Decision, Review

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class Outcome:
    doc: ClaimFile
    notes: list[str] = field(default_factory=list)  # what the merge had to choose


def _pick(base: object, ours: object, theirs: object) -> tuple[object, bool]:
    """The three-way choice for one value; the flag says both sides changed it apart."""
    if ours == theirs or theirs == base:
        return ours, False
    if ours == base:
        return theirs, False
    return ours, True


def merge(base: ClaimFile | None, ours: ClaimFile, theirs: ClaimFile) -> Outcome:
    notes: list[str] = []
    article, clash = _pick(base.article if base else None, ours.article, theirs.article)
    if clash:
        notes.append("the article changed on both sides; ours was kept (run reanchor if needed)")
    base_claims = base.index() if base else {}
    our_claims, their_claims = ours.index(), theirs.index()
    merged: list[Claim] = []
    for claim_id in [*our_claims, *(i for i in their_claims if i not in our_claims)]:
        b, o, t = base_claims.get(claim_id), our_claims.get(claim_id), their_claims.get(claim_id)
        if o is None or t is None:  # removed on one side
            kept = o if o is not None else t
            assert kept is not None
            if b is not None and kept == b:
                continue  # removed on one side, untouched on the other: removed
            if b is not None:
                notes.append(f"{claim_id}: removed on one side but changed on the other; kept")
            merged.append(kept)
            continue
        merged.append(_claim(b, o, t, notes))
    doc = ours.model_copy(update={"article": article, "claims": merged})
    return Outcome(doc, notes)


def _claim(base: Claim | None, ours: Claim, theirs: Claim, notes: list[str]) -> Claim:
    choice, clash = _pick(base, ours, theirs)
    if not clash:
        return choice  # type: ignore[return-value]
    # Both sides changed the claim. Its text and passage: three-way, ours on a clash.
    out = ours.model_copy(deep=True)
    for name in ("text", "passage", "also_at", "section", "hint"):
        value, clash = _pick(getattr(base, name, None), getattr(ours, name), getattr(theirs, name))
        setattr(out, name, value)
        if clash:
            notes.append(f"{ours.id}: {name} changed on both sides; ours was kept")
    # Decisions: every reviewer's own, the later one where a reviewer decided on both sides.
    reviews: dict[str, Review] = {}
    for review in [*_reviews(ours), *_reviews(theirs)]:
        if review.by not in reviews or review.at > reviews[review.by].at:
            reviews[review.by] = review
    history = sorted(
        {(c.at, c.by, c.field): c for c in [*ours.history, *theirs.history]}.values(),
        key=lambda c: (c.at, c.by, c.field),
    )
    out.history = list(history)
    rulings = [c for c in (ours, theirs) if c.adjudicated_by]
    if rulings:  # an adjudication stands; the later one if both sides ruled
        ruling = max(rulings, key=lambda c: c.reviewed_at or _EPOCH)
        out.label, out.sources, out.note = ruling.label, list(ruling.sources), ruling.note
        out.reviewer, out.reviewed_at = ruling.reviewer, ruling.reviewed_at
        out.adjudicated_by = ruling.adjudicated_by
        out.reviews = sorted(reviews.values(), key=lambda r: r.at)
        return out
    out.reviews = sorted(reviews.values(), key=lambda r: r.at)
    if len(out.reviews) == 1:  # one reviewer on both sides: their latest decision
        (only,) = out.reviews
        out.reviews = []
        out.label, out.sources, out.note = only.label, list(only.sources), only.note
        out.reviewer = only.by if only.label is not None else None
        out.reviewed_at = only.at if only.label is not None else None
        return out
    latest = max(out.reviews, key=lambda r: r.at)
    label, sources, note = agreed(
        out.reviews, Decision(claim=out.id, by=latest.by, at=latest.at, note=latest.note)
    )
    out.label, out.sources, out.note = label, sources, note
    out.reviewer = latest.by if label is not None else None
    out.reviewed_at = latest.at if label is not None else None
    out.adjudicated_by = None
    return out


def _reviews(claim: Claim) -> list[Review]:
    """A claim's decisions as reviews: its `reviews`, or its single reviewer's decision,
    or, for a claim taken back to pending, that withdrawal (so that it outweighs the
    same reviewer's earlier label from the other side of the merge)."""
    if claim.reviews:
        return list(claim.reviews)
    only = claim.review_by(claim.reviewer) if claim.reviewer else None
    if only is not None:
        return [only]
    withdrawn = [c for c in claim.history if c.field == "label" and c.new is None]
    if claim.label is None and withdrawn:
        last = max(withdrawn, key=lambda c: c.at)
        return [Review(by=last.by, at=last.at, label=None, note=claim.note)]
    return []
