"""The review record: what a reviewer decides (a Verdict), a decision as the journal holds it
(Decision) and as the claim file keeps it (Review), and the claim's state derived from its
reviews (`standing`): one reviewer's label is the claim's, several reviewers' the label
they agree on, a ruling settles a dispute.
"""

from __future__ import annotations

from typing import Annotated, NamedTuple

from pydantic import Field

from claimcheck.basics import ClaimId, Instant, Record, Reviewer, Source, empty
from claimcheck.claimlogic import Standing as Standing
from claimcheck.claimlogic import merge_sources as merge_sources
from claimcheck.claimlogic import standing as standing
from claimcheck.states import Label


class Verdict(NamedTuple):
    """What a reviewer decides about a claim: a label (None: pending), the sources that
    back it and a note. (A tuple, not a record: it is never stored by itself, and a
    command's start-up pays for every record class.)"""

    label: Label | None
    sources: list[Source]
    note: str | None


Fields = tuple[Label | None, list[Source], str | None]


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
    by: Reviewer
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

    by: Reviewer | None = None
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
