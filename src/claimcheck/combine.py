"""Merging claims that make the same statement into one (`claimcheck merge`, `m` in the
review): what the surviving claim keeps, and what becomes of each decision moved onto it.

The surviving claim's own decisions stand, with their explanation and sources: the others'
join it as other reviews (disagreeing, the claim is disputed, as for any reviews that
disagree), never in place of its own. A ruling settled the reviews of the claim it was made
on, so it moves only onto a claim nobody has decided. Decisions still waiting for their
re-check on the claim they come from (a part of a split, an edited claim) still wait on the
merged claim. The merge says what became of each decision.
"""

from __future__ import annotations

from datetime import datetime

from claimcheck.edits import live, retire, stamp
from claimcheck.errors import InvalidValue
from claimcheck.models import Change, Claim, ClaimFile, Review
from claimcheck.sameclaim import not_the_same


def merge(
    doc: ClaimFile,
    by: str,
    claim_ids: list[str],
    *,
    path_name: str = "claims.yaml",
    force: bool = False,
    forcing: str = "add --force",
    brief: bool = False,
    at: datetime | None = None,
) -> tuple[Claim, list[str]]:
    """Merge claims into the first: it keeps its id, text and passage; the others'
    passages join its `also_at` and they become tombstones. Its own decisions stand, with
    their explanations and sources; the others' join them (`_moved` says which, and why
    not), without their public explanation (written for the other claim's words; its
    tombstone keeps it). Claims with different labels are refused unless `force`, which
    keeps the first claim's decisions only; so are claims that do not make the same
    statement (sameclaim.same_claim). Decisions moved by force, or moved while waiting for
    their re-check on the claim they come from, need a re-check (a "recheck" change).
    A refusal says to `forcing` (the command's option, or in the review the command to
    run; `brief`: without the claims' words, which the review shows). Returns the claim
    and what became of each decision."""
    if twice := sorted({cid for cid in claim_ids if claim_ids.count(cid) > 1}):
        raise InvalidValue(f"{', '.join(twice)} is named twice; name each claim to merge once")
    if len(claim_ids) < 2:
        raise InvalidValue("name two or more different claims to merge")
    claims = [live(doc, path_name, cid) for cid in claim_ids]
    keep, others = claims[0], claims[1:]
    if not force and (
        why := not_the_same(keep, others, forcing, brief)
    ):  # a mistyped id, most likely
        raise InvalidValue(why)
    labelled = [(c.id, c.label_name) for c in claims if c.label_name != "pending"]
    notes: list[str] = []
    if len({name for _, name in labelled}) > 1:
        shown = ", ".join(f"{cid} is {name}" for cid, name in labelled)
        if not force:
            raise InvalidValue(
                f"the claims have different labels ({shown}); tag them alike first, or "
                f"{forcing} to keep {keep.id}'s decisions only"
            )
        notes.append(f"kept {keep.id}'s decisions only ({shown})")
    at = stamp(doc, at)
    old_also, old_reviews = list(keep.also_at), list(keep.reviews)
    also, reviews = list(old_also), list(old_reviews)
    spans = {(p.start, p.end) for p in [keep.passage, *also]}
    before, public = keep.label_name, keep.standing
    waiting: list[str] = []  # claims whose moved decisions still await their re-check
    for other in others:
        for p in [other.passage, *other.also_at]:
            if (p.start, p.end) not in spans:
                spans.add((p.start, p.end))
                also.append(p)
        if not force or len({name for _, name in labelled}) <= 1:
            moved = _moved(keep, other, reviews, notes)
            if moved and other.needs_recheck:
                waiting.append(other.id)
            reviews += moved
    keep.also_at = sorted(also, key=lambda p: p.start)
    if keep.also_at != old_also:
        change = Change(at=at, by=by, field="also_at", old=old_also or None, new=keep.also_at)
        keep.history.append(change)
    if reviews != old_reviews:
        keep.reviews = reviews
        change = Change(at=at, by=by, field="reviews", old=old_reviews or None, new=reviews)
        keep.history.append(change)
        # decisions on other words, maybe another statement, or made before the other
        # claim's words changed and not re-checked since: not published unchecked (the
        # claim's own explanation stays: its words did not change, recheck.explanation_stale)
        if force or waiting:
            named = ", ".join(waiting)
            why = "forced merge" if force else f"decisions awaiting a re-check on {named}"
            keep.history.append(Change(at=at, by=by, field="recheck", new=why))
            if force:
                notes.append(f"{keep.id} needs a re-check: the decisions moved were forced")
            else:
                notes.append(
                    f"{keep.id} needs a re-check: the decisions moved from {named} "
                    "still await theirs"
                )
    if (after := keep.label_name) != before and before != "pending":
        shown = ", ".join(f"{r.by} {r.label.value}" for r in keep.own_reviews() if r.label)
        notes.append(f"{keep.id}: {before} → {after} ({shown})")
    elif public.explanation and keep.standing.explanation != public.explanation:
        # agreeing decisions publish the latest explanation one of them gave
        # (recheck.agreed_explanation); moved decisions carry none, so this is rare
        latest, own = keep.standing.reviewer, public.reviewer
        notes.append(
            f"{keep.id}: its public explanation is now that of {latest}'s moved decision, the "
            f"latest (none); {own}'s stays on {own}'s decision: a re-check by {own} gives it back"
        )
    for other in others:
        retire(doc, other, by, at, f"merged into {keep.id}")
    return keep, notes


def _moved(keep: Claim, other: Claim, reviews: list[Review], notes: list[str]) -> list[Review]:
    """The decisions on `other` that join `keep`'s `reviews`, saying in `notes` what became
    of each. A reviewer who decided on both keeps their decision on `keep`. A ruling moves
    only onto a claim nobody has decided: it settled `other`'s reviews, and over `keep`'s
    own it would replace their decision (and its explanation) with one made elsewhere,
    "settled" on a claim never in dispute; the tombstone keeps it. A moved decision has no
    public explanation (it was written for `other`'s words; the tombstone keeps it)."""
    mine = {(r.by, r.adjudicates) for r in reviews}
    decided = any(r.label is not None for r in reviews)
    moved: list[Review] = []
    for r in other.reviews:
        if r.by is None:
            continue
        what = f"{r.by}'s {'ruling' if r.adjudicates else 'decision'} on {other.id}"
        if (r.by, r.adjudicates) in mine:
            notes.append(f"{what} stays with it: {r.by}'s own on {keep.id} stands")
            continue
        if r.adjudicates and decided:
            notes.append(f"{what} stays with it: it settled {other.id}'s reviews, not {keep.id}'s")
            continue
        notes.append(f"{what} moved to {keep.id}")
        if r.explanation:  # written for other's words: never published as keep's
            r = r.model_copy(update={"explanation": None})
            how = f"'claimcheck tag {keep.id} LABEL --explanation TEXT'"
            notes.append(
                f"{r.by}'s public explanation stays with {other.id}'s words: "
                f"give {keep.id} one with {how}"
            )
        moved.append(r)
    return moved
