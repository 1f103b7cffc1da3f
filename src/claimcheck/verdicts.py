"""The review record: what a reviewer decides (a Verdict), a decision as the journal holds it
(Decision) and as the claim file keeps it (Review), and the claim's state derived from its
reviews (`standing`): one reviewer's label is the claim's, several reviewers' the label
they agree on, a ruling settles a dispute.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, NamedTuple

from pydantic import Field

from claimcheck.basics import ClaimId, Instant, NonEmpty, Record, Source, empty
from claimcheck.states import Label


class Verdict(NamedTuple):
    """What a reviewer decides about a claim: a label (None: pending), the sources that
    back it and a note. (A tuple, not a record: it is never stored by itself, and a
    command's start-up pays for every record class.)"""

    label: Label | None
    sources: list[Source]
    note: str | None


Fields = tuple[Label | None, list[Source], str | None]
_NEVER = datetime.min.replace(tzinfo=UTC)


# What readers see of a decision, apart from its internal note (one field, two records).
Explanation = Annotated[
    str | None,
    Field(description="The public explanation: the text readers see (the note is internal)."),
]


class Decision(Record):
    """A reviewer's confirmed decision on one claim: the values it sets, who and when.

    Decisions are what the review journal holds; applying one to a claim records it in
    the claim's `reviews` and a `Change` in its history for every value it changes.
    """

    claim: ClaimId
    by: NonEmpty
    at: Instant
    label: Label | None = None
    sources: list[Source] = Field(default_factory=empty)
    note: str | None = None
    explanation: Explanation = None
    adjudicate: bool = Field(
        default=False, description="An adjudicator's decision that settles a dispute."
    )
    bound: str | None = Field(
        default=None,
        description="A fingerprint of the claim it was made on (article, passage, text): a "
        "decision whose claim no longer matches is not applied.",
    )

    def verdict(self) -> Verdict:
        return Verdict(self.label, list(self.sources), self.note)


class Review(Record):
    """One decision on a claim as the claim file keeps it: each reviewer's own latest
    decision, and the adjudicator's ruling (`adjudicates`), which settles a dispute.

    `by` and `at` are missing only for a decision written by hand (or upgraded from a
    version 1 file that did not say who made it)."""

    by: NonEmpty | None = None
    at: Instant | None = None
    label: Label | None = None
    sources: list[Source] = Field(default_factory=empty)
    note: str | None = None
    explanation: Explanation = None
    adjudicates: bool = Field(
        default=False, description="An adjudicator's ruling: it settles a dispute."
    )

    def verdict(self) -> Verdict:
        return Verdict(self.label, list(self.sources), self.note)

    def fields(self) -> Fields:
        return self.verdict()

    @classmethod
    def of(cls, decision: Decision) -> Review:
        return cls(
            by=decision.by,
            at=decision.at,
            label=decision.label,
            sources=list(decision.sources),
            note=decision.note,
            explanation=decision.explanation,
            adjudicates=decision.adjudicate,
        )


class Standing(NamedTuple):
    """A claim's state derived from its reviews: the agreed (or ruled) verdict, who gave
    it and when, and who ruled."""

    label: Label | None = None
    sources: tuple[Source, ...] = ()
    note: str | None = None
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    adjudicated_by: str | None = None
    disputed: bool = False
    explanation: str | None = None  # public: what readers see


def merge_sources(old: list[Source], new: list[Source]) -> list[Source]:
    """`old` followed by the `new` sources that are not already there (same URL or citation)."""
    seen = {s.describe() for s in old}
    return [*old, *(s for s in new if s.describe() not in seen)]


def standing(reviews: list[Review]) -> Standing:
    """The claim's state from its reviews.

    The latest ruling that gives a label stands. Otherwise one reviewer's decision is the
    claim's; several reviewers' give the label they all agree on, with the sources of
    those who gave it and the latest note among them; when they disagree the claim is
    disputed (no label), and when nobody gives a label it keeps the latest note.
    """
    if not reviews:
        return _PENDING
    if len(reviews) == 1 and not reviews[0].adjudicates:  # the common case, kept fast
        only = reviews[0]
        if only.label is None:
            return Standing(None, tuple(only.sources), only.note)
        return Standing(
            only.label,
            tuple(only.sources),
            only.note,
            only.by,
            only.at,
            explanation=only.explanation,
        )
    rulings = [r for r in reviews if r.adjudicates and r.label is not None]
    if rulings:
        rule = max(rulings, key=_when)
        return Standing(
            rule.label,
            tuple(rule.sources),
            rule.note,
            rule.by,
            rule.at,
            rule.by,
            explanation=rule.explanation,
        )
    plain = [r for r in reviews if not r.adjudicates]
    if len(plain) <= 1:
        return standing(plain)
    labels = {r.label for r in plain if r.label is not None}
    if len(labels) != 1:
        latest = max(plain, key=_when)
        return Standing(note=latest.note if not labels else None, disputed=len(labels) > 1)
    (label,) = labels
    backing = sorted((r for r in plain if r.label is label), key=_when)
    sources: list[Source] = []
    for review in backing:
        sources = merge_sources(sources, review.sources)
    last = backing[-1]
    return Standing(
        label, tuple(sources), last.note, last.by, last.at, explanation=last.explanation
    )


_PENDING = Standing()


def _when(review: Review) -> datetime:
    return review.at or _NEVER
