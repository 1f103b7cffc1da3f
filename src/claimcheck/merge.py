"""A three-way merge of claim files by claim id and passage: git's merge driver.

Two reviewers who tagged different claims on different clones merge cleanly. The same
claim tagged on both sides keeps both reviewers' decisions; if their labels differ the
claim becomes disputed (see decisions.apply_decision), never a text conflict in the YAML.
The same reviewer on both clones keeps one decision, the later, with the sources of both;
a source archived on both clones keeps both copies when they differ (the newest as its
snapshot, the others as `earlier`) and one when they are the same page (same SHA-256).

Claims corrected on either clone merge too: a claim added on one side is kept (ids are
hashes, so adds on both sides never collide); a tombstone (deleted, split or merged
claim) wins over an untouched claim, and a claim deleted on one side but changed on the
other is kept and named in the notes, never silently lost or resurrected.

A claim is matched across sides by its id *and* its passage: when both sides changed a
claim and its passages no longer hold the same statement (one side re-extracted the
article, so its ids now name other sentences), the merge is refused with the reason
rather than moving a decision to another statement. So is an id found twice on a side,
and an article text changed on both sides. A claim's text edited on both sides is merged
with ours but left for the desk to settle (`Outcome.unsettled`: git marks the file
conflicted), never chosen quietly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from claimcheck.basics import Snapshot, Source
from claimcheck.models import (
    Change,
    Claim,
    ClaimFile,
    LeftOut,
    Passage,
    Review,
    merge_sources,
)
from claimcheck.safe import one_line, quoted

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SAME_STATEMENT = 60.0  # rapidfuzz ratio of two quotes that still hold one statement


@dataclass
class Outcome:
    doc: ClaimFile
    notes: list[str] = field(default_factory=list)  # what the merge had to choose
    conflicts: list[str] = field(default_factory=list)  # why it cannot merge: refused
    # merged, but with a choice the desk must settle (a claim's text edited on both
    # sides: ours is kept in the file): git is told the file is conflicted
    unsettled: list[str] = field(default_factory=list)


def _pick(base: object, ours: object, theirs: object) -> tuple[object, bool]:
    """The three-way choice for one value; the flag says both sides changed it apart."""
    if ours == theirs or theirs == base:
        return ours, False
    if ours == base:
        return theirs, False
    return ours, True


Side = dict[str, tuple[bool, Claim]]  # id -> (alive, claim)


def _side(doc: ClaimFile | None, name: str, conflicts: list[str]) -> Side:
    out: Side = {}
    if doc is None:
        return out
    for alive, claims in ((True, doc.claims), (False, doc.deleted)):
        for claim in claims:
            if claim.id in out:
                conflicts.append(f"{name} has the claim id {claim.id} twice; fix it first")
            out[claim.id] = (alive, claim)
    return out


def same_statement(a: Passage, b: Passage) -> bool:
    """Do two passages hold the same statement (moved, widened or lightly reworded)?"""
    return same_words(a.quote, b.quote)


def same_words(a: str, b: str) -> bool:
    """Do two texts say the same (one holds the other, or they differ a little)?"""
    if a == b or a in b or b in a:
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= SAME_STATEMENT


def merge(base: ClaimFile | None, ours: ClaimFile, theirs: ClaimFile) -> Outcome:
    notes: list[str] = []
    conflicts: list[str] = []
    unsettled: list[str] = []
    article, clash = _pick(base.article if base else None, ours.article, theirs.article)
    if clash:
        conflicts.append("the article text changed on both sides; merge it, then reanchor")
    b, o, t = (
        _side(base, "the base", []),
        _side(ours, "ours", conflicts),
        _side(theirs, "theirs", conflicts),
    )
    alive: list[Claim] = []
    dead: list[Claim] = []
    for claim_id in [*o, *(i for i in t if i not in o)]:
        kept = _one(claim_id, b.get(claim_id), o.get(claim_id), t.get(claim_id), notes, conflicts)
        if kept is not None and kept[0] and claim_id in o and claim_id in t:
            unsettled += _text_clash(b.get(claim_id), o[claim_id], t[claim_id], kept[1])
        if kept is not None:
            (alive if kept[0] else dead).append(kept[1])
    ordered = [c for c in alive if c.id in o and o[c.id][0]]
    for claim in alive:
        if not (claim.id in o and o[claim.id][0]):
            from claimcheck.edits import insert

            insert(ordered, claim)
    left_out = _left_out(base, ours, theirs, ordered)
    doc = ours.model_copy(
        update={"article": article, "claims": ordered, "deleted": dead, "left_out": left_out}
    )
    return Outcome(doc, notes, conflicts, unsettled)


def _text_clash(
    b: tuple[bool, Claim] | None, o: tuple[bool, Claim], t: tuple[bool, Claim], kept: Claim
) -> list[str]:
    """A claim whose text both sides edited, each its own way: the merge keeps ours, but
    only the desk can say which words are the claim's (or write others)."""
    base, ours, theirs = (b[1].text if b else None), o[1].text, t[1].text
    if ours == theirs or base in (ours, theirs) or kept.text != ours:
        return []
    return [
        f"{kept.id}: its text was edited on both sides: ours is kept, {quoted(ours)!r}; "
        f"theirs was {quoted(theirs)!r}: settle it (claimcheck edit {kept.id} --text …)"
    ]


def _one(
    claim_id: str,
    b: tuple[bool, Claim] | None,
    o: tuple[bool, Claim] | None,
    t: tuple[bool, Claim] | None,
    notes: list[str],
    conflicts: list[str],
) -> tuple[bool, Claim] | None:
    """The merged state of one id: (alive, claim), or None when it is gone."""
    if o is None or t is None:
        kept = o if o is not None else t
        assert kept is not None
        if b is not None and b[0] and kept == b:
            return None  # removed on one side (reanchor --drop-unplaced), untouched on the other
        if b is not None and b[0] and kept[0]:
            notes.append(f"{claim_id}: removed on one side but changed on the other; kept")
        return kept
    if o[0] != t[0]:  # a tombstone on one side, alive on the other
        live, gone = (o, t) if o[0] else (t, o)
        if b is not None and live == b:
            return gone  # deleted on one side, untouched on the other: deleted
        base_claim = b[1] if b is not None else None
        if base_claim is not None and _decisions(live[1]) == _decisions(base_claim):
            return gone  # the other side only corrected its wording: still deleted
        notes.append(
            f"{claim_id}: deleted on one side but reviewed on the other; kept, with its "
            f"decisions: delete it again if it should go ({_last_deletion(gone[1])})"
        )
        return True, live[1]
    base_claim = b[1] if b is not None else None
    oc, tc = o[1], t[1]
    changed = oc != tc and oc != base_claim and tc != base_claim
    if changed and not same_statement(oc.passage, tc.passage):
        conflicts.append(
            f"{claim_id} names different statements on the two sides "
            f"({oc.passage.quote[:40]!r} and {tc.passage.quote[:40]!r}): the article "
            "was re-extracted on one side; merge by hand, or reanchor one side first"
        )
        # refused: no resolution of this claim is announced (the merge writes nothing)
        return o
    return o[0], _claim(base_claim, oc, tc, notes)


def _decisions(claim: Claim) -> list[Review]:
    return claim.reviews


def _last_deletion(claim: Claim) -> str:
    for change in reversed(claim.history):
        if change.field == "deleted":
            return f"{change.new} by {change.by}"
    return "deleted"


def _claim(base: Claim | None, ours: Claim, theirs: Claim, notes: list[str]) -> Claim:
    choice, clash = _pick(base, ours, theirs)
    if not clash:
        return choice  # type: ignore[return-value]
    # Both sides changed the claim. Its text and passage: three-way, ours on a clash.
    out = ours.model_copy(deep=True)
    # a text edited on both sides is the desk's to settle (_text_clash); the hint goes
    # with the text kept: ours, even when only their side changed the hint (theirs is
    # the hint of their words)
    settled: set[str] = set()
    for name in ("text", "passage", "also_at", "section", "split_from", "hint"):
        value, clash = _pick(getattr(base, name, None), getattr(ours, name), getattr(theirs, name))
        if name == "hint" and "text" in settled:
            value, clash = ours.hint, False
        setattr(out, name, value)
        if clash and name == "text":
            settled |= {"text", "hint"}
        elif clash and name not in settled:
            notes.append(f"{ours.id}: {name} changed on both sides; ours was kept")
    out.reviews = _reviews(ours.reviews, theirs.reviews, notes, ours.id)
    history = {(c.at, c.by, c.field): c for c in [*ours.history, *theirs.history]}
    out.history = sorted(history.values(), key=lambda c: (c.at, c.by, c.field))
    if "text" in settled:
        # Their decisions were made on their words, ours on ours, and which words are the
        # claim's is still the desk's to settle: the kept text is recorded as an edit made
        # by the merge, so every decision made before it waits for a re-check and none is
        # published as a review of words its reviewer may never have seen.
        at = max([datetime.now(UTC), *(c.at for c in out.history), *map(_when, out.reviews)])
        out.history.append(
            Change(at=at, by="git merge", field="text", old=theirs.text, new=out.text)
        )
    if base is not None and _decided_blind(base, ours, theirs) and out.label_name != "pending":
        # One side tagged the claim as it was; the other changed what it says. However the
        # two histories interleave in time, that decision was made on other words.
        field_name = "text" if out.text != base.text else "passage"
        old, new = getattr(base, field_name), getattr(out, field_name)
        at = max([datetime.now(UTC), *(c.at for c in out.history)])
        out.history.append(Change(at=at, by="git merge", field=field_name, old=old, new=new))
        notes.append(
            f"{ours.id}: its words changed on one side and it was tagged on the other; "
            "it needs a re-check"
        )
    return out


def _decided_blind(base: Claim, ours: Claim, theirs: Claim) -> bool:
    """Whether one side decided on the claim while only the other changed its words."""

    def words(c: Claim) -> bool:
        return (c.text, c.passage) != (base.text, base.passage)

    def decided(c: Claim) -> bool:
        return c.reviews != base.reviews

    return (words(theirs) and decided(ours) and not words(ours)) or (
        words(ours) and decided(theirs) and not words(theirs)
    )


def _reviews(
    ours: list[Review], theirs: list[Review], notes: list[str] | None = None, claim_id: str = ""
) -> list[Review]:
    """Every reviewer's own decision and the ruling; where a reviewer decided (or ruled)
    on both sides, the later decision, with the sources of both when the label is the
    same (a source added on the other clone is not lost)."""
    reviews: dict[tuple[str | None, bool], Review] = {}
    for review in [*ours, *theirs]:
        key = (review.by, review.adjudicates)
        other = reviews.get(key)
        if other is None:
            reviews[key] = review
            continue
        later, earlier = (review, other) if _when(review) > _when(other) else (other, review)
        if later.label == earlier.label:
            sources = _sources(earlier.sources, later.sources, notes, claim_id)
            later = later.model_copy(update={"sources": sources})
        reviews[key] = later
    rulings = [r for r in reviews.values() if r.adjudicates]
    if len(rulings) > 1:  # one ruling stands: the later one
        latest = max(rulings, key=_when)
        reviews = {k: r for k, r in reviews.items() if not r.adjudicates or r is latest}
    if any(by is not None for by, ruling in reviews if not ruling):
        reviews = {k: r for k, r in reviews.items() if k[0] is not None or k[1]}
    return sorted(reviews.values(), key=_when)


def _sources(
    earlier: list[Source], later: list[Source], notes: list[str] | None = None, claim_id: str = ""
) -> list[Source]:
    """The sources of both sides of one decision (see merge_sources), where a source on
    both sides keeps every copy of its page that either side archived."""
    theirs = {s.describe(): s for s in later}
    out: list[Source] = []
    for source in merge_sources(earlier, later):
        twin = theirs.get(source.describe())
        if twin is None or twin is source:
            out.append(source)
            continue
        merged, dropped = _snapshots(source, twin)
        out.append(merged)
        if notes is not None:
            notes.extend(
                f"{claim_id}: source {one_line(source.describe())}: the two sides' proofs of "
                f"snapshot {sha256[:12]}… differ; dropped (evidence verify looks again)"
                for sha256 in dropped
            )
    return out


def _snapshots(kept: Source, other: Source) -> tuple[Source, list[str]]:
    """`kept`, with the snapshots of both: one per page (the same SHA-256 is the same page,
    kept as it was first archived), the newest as its snapshot and the others, newest
    first, as earlier; and the pages whose proof was dropped. A proof is derived data, so
    it never decides which copy wins: when the two sides' proofs of one page differ (one
    side never looked, or found something else: a backdated copy with a forged proof
    included), it is dropped and `evidence verify` looks again. So is a proof made against
    `other`'s passage when `kept`'s passage differs: it proves some other words."""
    pages: dict[str, Snapshot] = {}
    proofs: dict[str, list[object]] = {}
    for source in (kept, other):
        for snap in [*([source.snapshot] if source.snapshot else []), *(source.earlier or [])]:
            if source is other and other.passage != kept.passage and snap.proof is not None:
                snap = snap.model_copy(update={"proof": None})
            proofs.setdefault(snap.sha256, []).append(snap.proof)
            first = pages.get(snap.sha256)
            if first is None or snap.at < first.at:
                pages[snap.sha256] = snap
    dropped = [sha for sha, seen in proofs.items() if any(p != seen[0] for p in seen[1:])]
    for sha in dropped:
        pages[sha] = pages[sha].model_copy(update={"proof": None})
    if not pages:
        return kept, []
    newest, *rest = sorted(pages.values(), key=lambda s: (s.at, s.sha256), reverse=True)
    return kept.model_copy(update={"snapshot": newest, "earlier": rest or None}), sorted(dropped)


def _left_out(
    base: ClaimFile | None, ours: ClaimFile, theirs: ClaimFile, claims: list[Claim]
) -> list[LeftOut]:
    """Left-out passages, three-way as sets: one removed (promoted to a claim) on either
    side is removed, one added on either side is added."""

    def key(item: LeftOut) -> tuple[int, int, str]:
        return item.passage.start, item.passage.end, item.reason

    was = {key(i) for i in (base.left_out if base else [])}
    mine, yours = {key(i): i for i in ours.left_out}, {key(i): i for i in theirs.left_out}
    keep = {
        k: i for k, i in {**yours, **mine}.items() if (k in mine and k in yours) or k not in was
    }
    claimed = {(c.passage.start, c.passage.end) for c in claims}
    return sorted(
        (i for k, i in keep.items() if k[:2] not in claimed), key=lambda i: i.passage.start
    )


def _when(review: Review) -> datetime:
    return review.at or _EPOCH
