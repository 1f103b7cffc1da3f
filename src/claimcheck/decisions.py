"""Applying a reviewer's decision to a claim, recording what changed in its history."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from pydantic import ValidationError

from claimcheck.errors import InvalidValue
from claimcheck.models import Change, Claim, Decision, Label, Review, Source

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_BARE_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)+(/|$)")


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
        reason = str(exc.errors(include_url=False)[0]["msg"]).removeprefix("Value error, ")
        raise InvalidValue(reason) from None


def merge_sources(old: list[Source], new: list[Source]) -> list[Source]:
    """`old` followed by the `new` sources that are not already there (same URL or citation)."""
    seen = {s.describe() for s in old}
    return [*old, *(s for s in new if s.describe() not in seen)]


def decide(
    claim: Claim,
    by: str,
    label: Label | None,
    sources: list[Source] | None = None,
    note: str | None = None,
    at: datetime | None = None,
) -> Decision:
    """A decision setting a claim's label; sources and note default to what the claim has.

    Its instant is later than any change already on the claim: a decision is known by
    (reviewer, instant), so two in the same microsecond must not share one.
    """
    at = at or now()
    if claim.history and at <= claim.history[-1].at:
        at = claim.history[-1].at + timedelta(microseconds=1)
    return Decision(
        claim=claim.id,
        by=by,
        at=at,
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

    While one reviewer tags a claim, their decision is the claim's. Once a second reviewer
    decides, each reviewer's own decision is kept in `reviews`, and the claim's label is
    the one they agree on; when they disagree the claim is disputed (no label) until an
    adjudicator's decision (`adjudicate`) settles it.
    """
    if any(c.at == decision.at and c.by == decision.by for c in claim.history):
        return []
    second = claim.label is not None and claim.reviewer not in (None, decision.by)
    if not (claim.reviews or decision.adjudicate or second):
        return _set(claim, decision, decision.label, decision.sources, decision.note)
    if not decision.adjudicate and decision.label is None and claim.review_by(decision.by) is None:
        return []  # withdrawing a decision one never made: nothing to record
    first = claim.review_by(claim.reviewer) if claim.reviewer and not claim.reviews else None
    if first is not None:  # the first reviewer's decision, as it stood
        claim.reviews.append(first)
    if decision.adjudicate:
        claim.adjudicated_by = decision.by if decision.label is not None else None
        return _set(claim, decision, decision.label, decision.sources, decision.note)
    before = claim.review_by(decision.by)
    mine = Review(
        by=decision.by,
        at=decision.at,
        label=decision.label,
        sources=list(decision.sources),
        note=decision.note,
    )
    claim.reviews = [r for r in claim.reviews if r.by != decision.by] + [mine]
    recorded = []
    if before is None or (before.label, before.sources, before.note) != (
        mine.label,
        mine.sources,
        mine.note,
    ):
        old = before.label.value if before and before.label else None
        new = mine.label.value if mine.label else None
        recorded.append(Change(at=decision.at, by=decision.by, field="review", old=old, new=new))
    claim.history.extend(recorded)
    if claim.adjudicated_by is not None:  # settled: reviews are kept, the ruling stands
        return recorded
    label, sources, note = agreed(claim.reviews, decision)
    return recorded + _set(claim, decision, label, sources, note)


def agreed(
    reviews: list[Review], latest: Decision
) -> tuple[Label | None, list[Source], str | None]:
    """The claim's values from its reviews: the label all who labelled it agree on (None
    when they disagree or nobody has), the sources of those reviews, the latest note."""
    labels = {r.label for r in reviews if r.label is not None}
    if len(labels) != 1:
        return None, [], latest.note if not labels else None
    (label,) = labels
    backing = sorted((r for r in reviews if r.label is label), key=lambda r: r.at)
    sources: list[Source] = []
    for review in backing:
        sources = merge_sources(sources, review.sources)
    return label, sources, backing[-1].note


def _set(
    claim: Claim,
    decision: Decision,
    label: Label | None,
    sources: list[Source],
    note: str | None,
) -> list[Change]:
    """Give the claim these values on behalf of `decision`; the changes it recorded."""
    outcome = decision.model_copy(update={"label": label, "sources": sources, "note": note})
    found = changes(claim, outcome)
    if not found:
        return []
    claim.label = label
    claim.sources = list(sources)
    claim.note = note
    claim.reviewer = decision.by if label is not None else None
    claim.reviewed_at = decision.at if label is not None else None
    claim.history.extend(found)
    return found
