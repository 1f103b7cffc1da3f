"""Undo that outlives the review: a reviewer's latest operations taken back from history.

An operation is known by (reviewer, instant): every change it made, on every claim it
touched, carries that instant (see edits.stamp and decisions.decide). Undoing records an
"undo" change naming the instant taken back, on each claim it touched, so the next undo
takes back the operation before; an undo is not itself an operation to undo.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from claimcheck.decisions import apply_decision, decide
from claimcheck.edits import insert, stamp, suggest
from claimcheck.errors import InvalidValue
from claimcheck.models import Change, Claim, ClaimFile, LeftOut, Passage
from claimcheck.recheck import is_guess

# What reanchor does ("moved", "reanchored", "removed") follows the article text and is
# not undone by itself.
# An explanation changed alone (`tag cX LABEL --explanation ...` on a claim that has the
# label already) is a decision of its own: public text, which undo must take back too.
DECISION_FIELDS = frozenset({"label", "sources", "note", "review", "explanation"})
UNDOABLE = (
    frozenset({"text", "section", "passage", "also_at", "reviews", "added", "deleted"})
    | DECISION_FIELDS
)


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


def standing(doc: ClaimFile, by: str, instants: list[datetime]) -> list[str]:
    """What each of `by`'s operations made at `instants` was ("edit", "add", "split",
    "merge", "delete"), for those that no undo has taken back since, in that order."""
    undone: set[str] = set()
    made: dict[datetime, list[Change]] = {}
    wanted = set(instants)
    for claim in [*doc.claims, *doc.deleted]:
        undone |= _undone(claim)
        for change in claim.history:
            if change.by == by and change.at in wanted and change.field in UNDOABLE:
                made.setdefault(change.at, []).append(change)
    return [_kind(made[at]) for at in instants if at in made and at.isoformat() not in undone]


class Undone(NamedTuple):
    """What an undo did to one claim (`undo --json` prints these fields)."""

    id: str  # the claim's id
    undone: str  # the operation taken back: decision, edit, add, split, merge or delete
    change: str  # what became of the claim: "text restored", "decision taken back", …
    state: str  # the state it is in now: its label, disputed, pending, or deleted
    line: str  # the same for people: "c014: decision taken back (now disputed)"


def undo(
    doc: ClaimFile, by: str, at: datetime | None = None, *, force: bool = False,
    blind: bool = False,
) -> list[Undone]:  # fmt: skip
    """Take back `by`'s latest operation that is not undone yet (an edit, an add, a
    split, a merge, a delete, or a decision); return what it did to each claim it
    touched, a line for people with each.

    An edit, add, split, merge or delete that someone else's later change built on (a
    decision on a part, another edit of the text, a merge of the claim added) is refused,
    unless `force`: taking it back would silently throw their work away; `blind` (a
    blind review) names no one else's label in the refusal."""
    when = last_operation(doc, by)
    if when is None:
        raise InvalidValue(f"nothing of {by}'s to undo")
    touched = [
        claim
        for claim in [*doc.claims, *doc.deleted]
        if any(c.at == when and c.by == by for c in claim.history)
    ]
    if not force:
        _refuse_if_built_on(doc, by, when, touched, blind)
    at = stamp(doc, at)
    lines: list[tuple[Claim, str]] = []
    for claim in touched:
        mine = [c for c in claim.history if c.at == when and c.by == by]
        decision = [c for c in mine if c.field in DECISION_FIELDS]
        mark = at
        for change in reversed(mine):
            lines.append((claim, _revert(doc, claim, change)))
        if decision:
            mark = _revert_decision(claim, by, decision, at)
            lines.append((claim, _decision_line(claim, decision)))
        claim.history.append(Change(at=mark, by=by, field="undo", new=when.isoformat()))
    return _described(doc, by, when, [(claim, line) for claim, line in lines if line])


def _described(
    doc: ClaimFile, by: str, when: datetime, lines: list[tuple[Claim, str]]
) -> list[Undone]:
    """Each claim's line of an undo of `by`'s operation at `when`, with its fields: what
    the operation was, what became of the claim (its line without the claim's id and
    the state it leaves), and the state the claim is in once the whole undo is done."""
    mine = [
        c
        for claim in [*doc.claims, *doc.deleted]
        for c in claim.history
        if c.at == when and c.by == by and c.field != "undo"
    ]
    structure = any(c.field in STRUCTURE for c in mine)
    explained = bool(mine) and {c.field for c in mine} == {"explanation"}
    kind = _kind(mine) if structure else "explanation" if explained else "decision"
    out = []
    for claim, line in lines:
        state = "deleted" if any(d is claim for d in doc.deleted) else claim.label_name
        change = line.removeprefix(f"{claim.id}: ").split(" (now ", 1)[0]
        out.append(Undone(claim.id, kind, change, state, line))
    return out


STRUCTURE = UNDOABLE - DECISION_FIELDS


def _decision_line(claim: Claim, changes: list[Change]) -> str:
    """What taking back a decision did to `claim`: its explanation, when that was all the
    decision changed, else its label."""
    if {c.field for c in changes} == {"explanation"}:
        from claimcheck.safe import one_line, quoted

        now = claim.standing.explanation
        said = repr(quoted(one_line(now))) if now else "none"
        return f"{claim.id}: explanation taken back (now {said})"
    return f"{claim.id}: decision taken back (now {claim.label_name})"


def _refuse_if_built_on(
    doc: ClaimFile, by: str, when: datetime, touched: list[Claim], blind: bool = False
) -> None:
    """Refuse to take back `by`'s operation at `when` when it changed the claim list and
    someone else has changed one of the claims it touched since. A later change that was
    itself undone, or an undo of something later still, leaves the claim as it was."""
    mine = [c for claim in touched for c in claim.history if c.at == when and c.by == by]
    if not any(c.field in STRUCTURE for c in mine):
        return  # a decision: taking it back is a new decision of one's own, others' stay
    undone: set[str] = set()
    marks: dict[datetime, datetime] = {}
    for claim in [*doc.claims, *doc.deleted]:
        for c in claim.history:
            if c.field == "undo" and isinstance(c.new, str):
                undone.add(c.new)
                marks[c.at] = datetime.fromisoformat(c.new)
    for claim in touched:
        for c in claim.history:
            if c.at <= when or c.by == by or c.field == "undo":
                continue
            if c.at.isoformat() in undone or marks.get(c.at, when) > when:
                continue
            hidden = blind and c.field in {"label", "review"}  # their label: not said
            what = "decided on it" if hidden else _what(c)
            raise InvalidValue(
                f"{claim.id} was changed by {c.by} after your {_kind(mine)} "
                f"({what}); not undone: 'claimcheck undo --force' takes it back "
                f"anyway, and {c.by}'s change with it"
            )


def _kind(changes: list[Change]) -> str:
    """What an operation was, from the changes it made."""
    fields = {c.field for c in changes}
    said = " ".join(str(c.new) for c in changes if c.field in {"added", "deleted"})
    if "split" in said:
        return "split"
    if "merged into" in said or fields & {"also_at", "reviews"}:
        return "merge"
    if "added" in fields:
        return "add"
    return "delete" if "deleted" in fields else "edit"


def _what(change: Change) -> str:
    """Someone else's change, in a few words."""
    new = change.new
    if change.field == "label" and new == "disputed":
        return "disagreed on its label"
    if change.field in {"label", "review"}:
        return f"tagged it {new}" if new else "took back a decision on it"
    if is_guess(change):
        return "reanchored it"
    if change.field == "deleted" and isinstance(new, str):
        return "deleted it" if new == "deleted" else new.replace(" into", " it into", 1)
    said = {
        "text": "edited its text",
        "section": "changed its section",
        "passage": "moved its passage",
        "also_at": "merged claims into it",
        "reviews": "merged claims into it",
        "recheck": "merged claims into it",
        "sources": "changed its sources",
        "note": "changed its note",
        "explanation": "changed its explanation",
        "moved": "reanchored it",
        "reanchored": "reanchored it",
        "removed": "removed it (reanchor)",
    }
    return said.get(change.field, f"changed its {change.field}")


def _revert(doc: ClaimFile, claim: Claim, change: Change) -> str:
    old = change.old
    if change.field == "text" and isinstance(old, str):
        claim.text = old
        claim.hint = suggest(old)  # the edited text's hint was about its words
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
    if change.field == "added":  # forced: someone else retired it since
        return f"{claim.id}: nothing to take back (already a tombstone{_since(claim)})"
    if change.field == "deleted" and claim in doc.deleted:
        doc.deleted.remove(claim)
        insert(doc.claims, claim)
        return f"{claim.id}: back"
    if change.field == "deleted":
        return f"{claim.id}: nothing to take back (it is back already)"
    return ""


def _since(claim: Claim) -> str:
    last = next((c for c in reversed(claim.history) if c.field == "deleted"), None)
    return f": {last.new}" if last is not None and isinstance(last.new, str) else ""


def _revert_decision(claim: Claim, by: str, changes: list[Change], at: datetime) -> datetime:
    """A decision that puts back the values `changes` changed; the instant it took."""
    from claimcheck.query import parse_label

    # the claim's explanation is `by`'s own only while nobody else has decided on it
    alone = all(r.by == by for r in claim.own_reviews() if r.by is not None)
    # a ruling taken back is withdrawn as a ruling: the adjudicator's own review, if they
    # had one before ruling, stays as it was
    ruled = any(
        r.adjudicates and r.by == by and r.at in {c.at for c in changes} for r in claim.reviews
    )
    # the label kept (an explanation, a note changed): the decision put back is `by`'s own,
    # never one made of the others' sources and notes too
    relabelled = any(c.field in {"label", "review"} for c in changes)
    own = any(c.field == "review" for c in changes) or (not relabelled and not alone and not ruled)
    label, sources, note = claim.own_fields(by) if own else claim.decision_fields()
    explanation: str | None = None  # unchanged: what the restored label keeps
    for change in changes:
        if change.field == "review" or (change.field == "label" and not own):
            # a ruling on a disputed claim taken back: no ruling, disputed again
            label = parse_label(str(change.old)) if change.old not in (None, "disputed") else None
        elif change.field == "sources":
            sources = list(change.old) if isinstance(change.old, list) else []  # type: ignore[arg-type]
        elif change.field == "note":
            note = change.old if isinstance(change.old, str) else None
        elif change.field == "explanation" and (not relabelled or (alone and not own)):
            # changed alone, under the label it is still for: the one before comes back;
            # dropped with the label it was written for: it comes back with that label.
            # Not one dropped for being about other words (decisions.for_other_words):
            # brought back by a new decision it would be published as this claim's
            old = change.old if isinstance(change.old, str) else ""
            explanation = "" if old and _for_other_words(claim, change) else old
    if ruled and label is None:
        sources, note = [], None  # no ruling: nothing of its own
    decision = decide(
        claim, by, label, list(sources), note or "", at, explanation=explanation, adjudicate=ruled
    )
    apply_decision(claim, decision)
    return decision.at


def _for_other_words(claim: Claim, change: Change) -> bool:
    """Whether the explanation `change` dropped was written before the claim's words last
    changed: by a decision on this claim before an edit, or on the claim it was split
    from (its history here has none)."""
    from claimcheck.recheck import explanation_stale

    before = [c for c in claim.history if c.at < change.at]
    written = [c.at for c in before if c.field == "explanation" and c.new == change.old]
    return explanation_stale(before, max(written, default=None))
