"""A three-way merge of claim files by claim id: git's merge driver for claimcheck.

Two reviewers who tagged different claims on different clones merge cleanly. The same
claim tagged on both sides keeps both reviewers' decisions; if their labels differ the
claim becomes disputed (see decisions.apply_decision), never a text conflict in the YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from claimcheck.models import Claim, ClaimFile, Review

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
    # Decisions: every reviewer's own and the ruling, the later one where a reviewer
    # decided (or ruled) on both sides; the claim's label follows from them.
    reviews: dict[tuple[str | None, bool], Review] = {}
    for review in [*ours.reviews, *theirs.reviews]:
        key = (review.by, review.adjudicates)
        if key not in reviews or _when(review) > _when(reviews[key]):
            reviews[key] = review
    rulings = [r for r in reviews.values() if r.adjudicates]
    if len(rulings) > 1:  # one ruling stands: the later one
        latest = max(rulings, key=_when)
        reviews = {k: r for k, r in reviews.items() if not r.adjudicates or r is latest}
    if any(by is not None for by, ruling in reviews if not ruling):
        reviews = {k: r for k, r in reviews.items() if k[0] is not None or k[1]}
    history = sorted(
        {(c.at, c.by, c.field): c for c in [*ours.history, *theirs.history]}.values(),
        key=lambda c: (c.at, c.by, c.field),
    )
    out.history = list(history)
    out.reviews = sorted(reviews.values(), key=_when)
    return out


def _when(review: Review) -> datetime:
    return review.at or _EPOCH
