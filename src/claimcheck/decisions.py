"""Applying a reviewer's decision to a claim, recording what changed in its history."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from pydantic import ValidationError

from claimcheck.errors import InvalidValue
from claimcheck.models import (
    Change,
    Claim,
    Decision,
    Fields,
    Label,
    Review,
    Source,
    Standing,
    merge_sources,
)
from claimcheck.recheck import is_guess, refuse_stale_figures, replaces_stale

__all__ = [
    "apply_decision",
    "changes",
    "decide",
    "dropped_explanation",
    "for_other_words",
    "history_key",
    "kept_explanation",
    "known_keys",
    "make_source",
    "merge_sources",
    "now",
    "other_words",
    "replaced",
    "tag",
    "tag_base",
    "untag",
]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_BARE_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)+(/|$)")
# A scheme glued to the text before it: two URLs run together ("…/firsthttps://…"). One
# after a slash or in a query (an archive's `…/web/2024/https://…`, `?url=https://…`)
# is part of the one URL.
_GLUED = re.compile(r"(?i)(?<=[^/=?&#])https?://")


def now() -> datetime:
    return datetime.now(UTC)


def make_source(
    value: str,
    title: str | None = None,
    passage: str | None = None,
    accessed: date | None = None,
) -> Source:
    """A source from what a reviewer typed: an http(s) URL, or else a citation.

    Other schemes (javascript:, file:) and bare domains are refused with a hint rather
    than silently stored as citations.
    """
    value = value.strip()
    if not value:
        raise InvalidValue("a source needs a URL or a citation")
    is_url = value.lower().startswith(("http://", "https://"))
    if not is_url and _SCHEME.match(value) and not value.lower().startswith(("doi:", "isbn:")):
        raise InvalidValue(f"not an http(s) URL: {value!r}")
    if is_url and _GLUED.search(value):
        raise InvalidValue(
            f"not one URL: {value!r} has a second http(s):// glued inside it (two URLs run "
            "together?); give one URL per source"
        )
    if not is_url and _BARE_DOMAIN.match(value) and " " not in value:
        raise InvalidValue(f"{value!r} looks like a web address: write it with https://")
    try:
        return Source(
            url=value if is_url else None,
            citation=None if is_url else value,
            title=title or None,
            passage=passage or None,
            accessed=accessed or date.today(),
        )
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        reason = str(first["msg"]).removeprefix("Value error, ")
        field = first["loc"][0] if first["loc"] else None
        raise InvalidValue(f"--{field}: {reason}" if field == "accessed" else reason) from None


def decide(
    claim: Claim,
    by: str,
    label: Label | None,
    sources: list[Source] | None = None,
    note: str | None = None,
    at: datetime | None = None,
    *,
    adjudicate: bool = False,
    explanation: str | None = None,
) -> Decision:
    """A decision by `by` setting a claim's label.

    Sources and note default to what `by`'s decision starts from (Claim.start_from: their
    own, an adjudicator's the claim's), never to another reviewer's. `explanation` None
    keeps the public explanation of the decision it replaces only if that was written for
    the same label (kept_explanation); '' gives none.

    Its instant is later than any change already on the claim: a decision is known by
    (reviewer, instant), so two in the same microsecond must not share one.
    """
    at = at or now()
    if claim.history and at <= claim.history[-1].at:
        at = claim.history[-1].at + timedelta(microseconds=1)
    _, base_sources, base_note = claim.start_from(by, adjudicate)
    if explanation is None:
        public = kept_explanation(claim, by, label, adjudicate)
    else:
        public = explanation.strip() or None
    return Decision(
        claim=claim.id,
        by=by,
        at=at,
        label=label,
        sources=list(base_sources) if sources is None else sources,
        note=base_note if note is None else (note or None),
        explanation=public,
        adjudicate=adjudicate,
    )


def replaced(claim: Claim, by: str, adjudicate: bool = False) -> Review | Standing | None:
    """The decision a new one by `by` replaces: their own review, or for an adjudicator
    the claim's standing (the ruling, if there is one)."""
    return claim.standing if adjudicate else claim.review_by(by)


def kept_explanation(
    claim: Claim, by: str, label: Label | None, adjudicate: bool = False
) -> str | None:
    """The public explanation a new decision by `by` keeps: the one of the decision it
    replaces, if that one had the same label. An explanation says why a claim has its
    label; under another label (or another reviewer's) it would be published as the
    reason for a verdict it argues against."""
    old = replaced(claim, by, adjudicate)
    if old is None or old.label is None or old.label is not label:
        return None
    return None if for_other_words(claim, old) else old.explanation


def for_other_words(claim: Claim, old: Review | Standing) -> bool:
    """Whether the explanation of the decision `old` was written before the claim's words
    changed (it was split from a larger claim, its text or passage was edited): it
    explains a statement the claim no longer makes, so no new decision keeps it."""
    from claimcheck.recheck import explanation_stale

    written = old.at if isinstance(old, Review) else old.reviewed_at
    return bool(old.explanation) and explanation_stale(claim.history, written)


def dropped_explanation(
    claim: Claim,
    by: str,
    label: Label | None,
    adjudicate: bool = False,
    explanation: str | None = None,
    how: str = ": give one with --explanation",
) -> str | None:
    """What to tell `by` when the decision they are about to make leaves out the public
    explanation of the one it replaces, written for another label or for other words;
    None if it does not. `how` says how to give one."""
    old = replaced(claim, by, adjudicate)
    if old is None or not old.explanation or explanation is not None:
        return None
    if old.label is label and label is not None and for_other_words(claim, old):
        return f"explanation dropped ({other_words(claim, old.explanation)}){how}"
    if old.label is label:
        return None
    said = f"explanation dropped (it was written for {old.label.value if old.label else 'pending'})"
    return said if label is None else f"{said}{how}"


def other_words(claim: Claim, explanation: str) -> str:
    """Why an explanation is not the claim's: the words it was written for, and itself
    (shortened), so that a reviewer can give it again if it still holds."""
    from claimcheck.safe import quoted

    undone = {c.new for c in claim.history if c.field == "undo"}
    words = [c for c in claim.history if c.field in _WORDS and c.at.isoformat() not in undone]
    words = [c for c in words if not is_guess(c)]  # reanchor's guess changed no words
    last = max(words, key=lambda c: c.at, default=None)
    said = str(last.new) if last is not None else ""
    if last is not None and last.field == "added" and said.startswith("split from "):
        whose = f"the whole of {said.removeprefix('split from ')}"
    else:
        whose = _WORDS.get(last.field if last is not None else "", "other words")
    return f"it was written for {whose}: {quoted(explanation)!r}"


# What a claim's explanation was written for, by the latest change of its words.
_WORDS = {
    "text": "the text before its edit",
    "passage": "its passage before the edit",
    "added": "other words",
    "reanchored": "the article before it was re-anchored",
    "recheck": "other words (a forced merge)",
}


def _state(name: str) -> str | None:
    """A claim's state as a label change records it: a label, "disputed", or None
    (pending)."""
    return None if name == "pending" else name


def changes(before: Fields, after: Fields, decision: Decision) -> list[Change]:
    """The history entries for a claim's values going from `before` to `after`."""
    (old_label, old_sources, old_note), (label, sources, note) = before, after
    out = []
    if old_label != label:
        out.append(
            Change(
                at=decision.at,
                by=decision.by,
                field="label",
                old=old_label.value if old_label else None,
                new=label.value if label else None,
            )
        )
    if old_sources != sources:
        out.append(
            Change(
                at=decision.at,
                by=decision.by,
                field="sources",
                old=list(old_sources) or None,
                new=list(sources) or None,
            )
        )
    if old_note != note:
        out.append(Change(at=decision.at, by=decision.by, field="note", old=old_note, new=note))
    return out


def history_key(change: Change) -> tuple[str, datetime]:
    """What a decision is known by in a claim's history: who and when."""
    return (change.by, change.at)


def known_keys(claim: Claim) -> set[tuple[str, datetime]]:
    """The keys of the decisions already in the claim's history (see apply_decision)."""
    return {history_key(change) for change in claim.history}


def apply_decision(
    claim: Claim, decision: Decision, known: set[tuple[str, datetime]] | None = None
) -> list[Change]:
    """Record the decision in the claim's reviews and what it changed in its history.

    Idempotent: a decision already in the history (same reviewer, same instant) is not
    applied twice, so replaying a journal that was already folded changes nothing.
    `known` is the claim's `known_keys`, kept by a caller applying many decisions (a
    journal's replay) so that each costs the same however long the history grows; it is
    updated with what this decision records.

    Each reviewer's latest decision is kept in `reviews`, an adjudicator's ruling too
    (`adjudicates`); the claim's label is derived from them (models.standing): one
    reviewer's decision is the claim's; several reviewers give the label they agree on,
    and a claim they disagree on is disputed until a ruling settles it.
    """
    if known is None:
        known = known_keys(claim)
    if (decision.by, decision.at) in known:
        return []
    before = claim.decision_fields()
    rechecking = replaces_stale(claim, decision.by, decision.adjudicate)
    state_before = claim.label_name
    public_before = claim.standing.explanation
    mine = Review.of(decision)
    own_before: Fields | None = None  # set when others decided too: see below
    if decision.adjudicate:  # one ruling stands: the latest; withdrawing it removes it
        kept = [r for r in claim.reviews if not r.adjudicates]
        claim.reviews = kept + ([mine] if decision.label is not None else [])
        recorded: list[Change] = []
    else:
        own = claim.review_by(decision.by)
        others = [r for r in claim.own_reviews() if r.by is not None and r.by != decision.by]
        withdrawing = own is None and decision.label is None
        if withdrawing and (any(r.label for r in others) or mine.fields() == before):
            return []  # withdrawing a decision one never made: nothing to record
        # A decision nobody signed (written by hand) gives way to the first signed one.
        claim.reviews = [r for r in claim.reviews if r.adjudicates or r in others] + [mine]
        recorded = []
        if others and (own is None or own.fields() != mine.fields()):
            old = own.label.value if own and own.label else None
            new = mine.label.value if mine.label else None
            recorded.append(
                Change(at=decision.at, by=decision.by, field="review", old=old, new=new)
            )
        if others:
            own_before = own.fields() if own is not None else (None, [], None)
    # The claim's state it led to: a dispute is "disputed", not a label taken away.
    if claim.label_name != state_before:
        old_state, new_state = _state(state_before), _state(claim.label_name)
        recorded.append(
            Change(at=decision.at, by=decision.by, field="label", old=old_state, new=new_state)
        )
    if own_before is None:
        after = claim.decision_fields()
    else:
        # Others decided too: the claim's sources and note are theirs as much as this
        # reviewer's (or, disputed, nobody's). The history says what this decision did to
        # this reviewer's own; nobody else's are touched.
        before, after = own_before, (own_before[0], mine.sources, mine.note)
    recorded += [c for c in changes(before, after, decision) if c.field != "label"]
    if not recorded and decision.label is not None and rechecking:
        value = decision.label.value  # the same label: a re-check, said
        recorded.append(Change(at=decision.at, by=decision.by, field="label", old=value, new=value))
    public = claim.standing.explanation
    if public != public_before:
        recorded.append(
            Change(
                at=decision.at, by=decision.by, field="explanation", old=public_before, new=public
            )
        )
    claim.history.extend(recorded)
    known.update(history_key(change) for change in recorded)
    return recorded


def tag(
    claim: Claim,
    by: str,
    label: Label | None,
    sources: list[Source] | None = None,
    note: str | None = None,
    *,
    adjudicate: bool = False,
    at: datetime | None = None,
    explanation: str | None = None,
) -> list[Change]:
    """`by` tags the claim: the rule of `claimcheck tag` (and of any script).

    `explanation` is the public text readers see; None keeps the one of the decision it
    replaces if that had the same label (kept_explanation), '' clears it.

    `sources` are added to those the decision starts from (tag_base: the reviewer's own;
    for an adjudicator the claim's, or those of the reviewers who gave the label it
    rules); `note` None keeps the note, '' clears it. A sourced claim
    needs a source; only a disputed (or already ruled) claim can be adjudicated. Returns
    the changes recorded (none: the decision changed nothing).
    """
    if adjudicate and not claim.disputed and claim.adjudicated_by is None:
        raise InvalidValue(
            f"{claim.id} is not disputed: nothing to adjudicate (tag it without --adjudicate)"
        )
    if label is not None:
        refuse_stale_figures(claim)
    merged = merge_sources(tag_base(claim, by, label, adjudicate), sources or [])
    if label is Label.SOURCED and not merged:
        raise InvalidValue(
            f"{claim.id}: a sourced claim needs a source: add --source URL (or a citation)"
        )
    decision = decide(
        claim, by, label, merged, note, at, adjudicate=adjudicate, explanation=explanation
    )
    return apply_decision(claim, decision)


def tag_base(claim: Claim, by: str, label: Label | None, adjudicate: bool) -> list[Source]:
    """The sources `by`'s tag starts from (Claim.start_from); an adjudicator giving a
    label that is not the claim's yet starts from the sources of the reviewers who gave
    it, as accepting their decision in the review does."""
    current, base_sources, _ = claim.start_from(by, adjudicate)
    if not adjudicate or label is None or label is current:
        return base_sources
    gave = [review.sources for review in claim.own_reviews() if review.label is label]
    if not gave:
        return base_sources
    started: list[Source] = []
    for sources in gave:
        started = merge_sources(started, sources)
    return started


def untag(claim: Claim, by: str, *, at: datetime | None = None) -> list[Change]:
    """`by` takes their label back: the claim returns to pending unless others' labels
    stand; its sources and note are kept."""
    return tag(claim, by, None, at=at)
