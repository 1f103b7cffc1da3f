"""A claim as reports, `list --json` and `show --json` give it: flat, its state derived.

The claim file keeps every decision in `reviews` (models.Claim); readers of a report want
the claim's label, sources and note, who gave them and when, each reviewer's own decision
once there are several, and who settled a dispute. That is this record, which is also the
shape of a version 1 claim. The classes are named Claim and Review for the report's JSON
Schema, which names its definitions after them.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from claimcheck import models
from claimcheck.basics import empty
from claimcheck.models import Change, Hint, Label, NonEmpty, Passage, Source


class _Out(BaseModel):
    # built when first validated or dumped: a report is made of them by construction
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Review(_Out):
    """One reviewer's own decision on a claim that more than one reviewer has tagged."""

    by: NonEmpty
    at: datetime
    label: Label | None = None
    sources: list[Source] = Field(default_factory=empty)
    note: str | None = None
    explanation: str | None = None


# No docstring: it would change the description in the shipped report schema.
class Claim(_Out):
    id: str
    text: NonEmpty
    passage: Passage
    also_at: list[Passage] = Field(
        default_factory=empty, description="Other places in the article that make the same claim."
    )
    section: str | None = None
    label: Label | None = Field(default=None, description="Absent while the claim is pending.")
    sources: list[Source] = Field(default_factory=empty)
    note: str | None = Field(default=None, description="The reviewers' internal note.")
    explanation: str | None = Field(
        default=None, description="The public explanation: the text readers see."
    )
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    reviews: list[Review] = Field(
        default_factory=empty,
        description="Each reviewer's own decision, once a second reviewer has tagged the claim.",
    )
    adjudicated_by: str | None = Field(
        default=None, description="Who settled the reviewers' disagreement, if anyone."
    )
    hint: Hint | None = None
    history: list[Change] = Field(default_factory=empty)

    @property
    def needs_recheck(self) -> bool:
        """Tagged, then its text or passage changed with no decision since (models.Claim)."""
        from claimcheck.recheck import flat_needs_recheck

        return flat_needs_recheck(self)

    @classmethod
    def of(cls, claim: models.Claim) -> Claim:
        from claimcheck.reportdata import flat_fields

        fields = flat_fields(claim)
        fields["reviews"] = [Review.model_construct(**r) for r in fields["reviews"]]
        return cls.model_construct(**fields)

    @property
    def disputed(self) -> bool:
        return self.adjudicated_by is None and len({r.label for r in self.reviews if r.label}) > 1

    @property
    def label_name(self) -> str:
        from claimcheck.recheck import flat_label_name

        return flat_label_name(self)

    def apart(self) -> list[Review]:
        return self.reviews
