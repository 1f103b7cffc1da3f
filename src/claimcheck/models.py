"""The records of a claim file: the article, its claims, their sources and history.

Every record forbids unknown keys, so a typo in a hand-edited file fails loudly instead of
being dropped on the next save. Rules that need more than one field or the article text
(unique ids, a sourced claim has a source, a quote matches the text) live in `check`, so
that each problem can be reported with its own location.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    Field,
    StrictInt,
    StringConstraints,
    field_validator,
    model_validator,
)

from claimcheck.basics import ChangeField, Instant, PublishedDay, Reviewer, empty
from claimcheck.basics import ClaimId as ClaimId
from claimcheck.basics import NonEmpty as NonEmpty
from claimcheck.basics import Proof as Proof
from claimcheck.basics import Record as Record
from claimcheck.basics import Snapshot as Snapshot
from claimcheck.basics import Source as Source
from claimcheck.basics import check_http_url as check_http_url
from claimcheck.claimlogic import Loc as Loc
from claimcheck.claimlogic import Reviewed, one_text
from claimcheck.claimlogic import check as check
from claimcheck.claimlogic import optional_url as optional_url
from claimcheck.claimlogic import sha256_text as sha256_text
from claimcheck.claimlogic import shorten as shorten
from claimcheck.recheck import recheck_due as recheck_due
from claimcheck.states import Label as Label
from claimcheck.verdicts import Decision as Decision
from claimcheck.verdicts import Fields as Fields
from claimcheck.verdicts import Review as Review
from claimcheck.verdicts import Standing as Standing
from claimcheck.verdicts import Verdict as Verdict
from claimcheck.verdicts import merge_sources as merge_sources
from claimcheck.verdicts import standing as standing

# Version 2 keeps every decision in `reviews`; a version 1 file is read as it is, and
# upgraded (losslessly) on its next save.
SCHEMA_VERSION: Literal[2] = 2


class Passage(Record):
    """Where a claim stands in the article: a W3C Web Annotation style text anchor."""

    quote: NonEmpty
    prefix: str = ""
    suffix: str = ""
    # strict: YAML's `true` or `3.0` is not an offset
    start: Annotated[StrictInt, Field(ge=0)]
    end: Annotated[StrictInt, Field(ge=0)]

    @classmethod
    def anchor(cls, text: str, start: int, end: int, context: int = 32) -> Passage:
        """The anchor of text[start:end], with `context` characters either side."""
        return cls(
            quote=text[start:end],
            prefix=text[max(0, start - context) : start],
            suffix=text[end : end + context],
            start=start,
            end=end,
        )


class Hint(Record):
    """A suggestion of the claim's kind, with the reasons for it; never applied by itself."""

    # unclear: no cue of either kind was found, so the hint does not guess
    kind: Literal["factual", "opinion", "unclear"]
    reasons: list[str] = Field(default_factory=empty)
    attributed_to: str | None = None


class Change(Record):
    """One change of one field of a claim, with who made it and when.

    "review" is one reviewer's own label on a claim that several reviewers tag; the
    claim's "label" is then the agreed (or adjudicated) one.
    """

    at: Instant
    by: Reviewer
    field: ChangeField
    old: str | Passage | list[Passage] | list[Source] | list[Review] | None = None
    new: str | Passage | list[Passage] | list[Source] | list[Review] | None = None


class Claim(Reviewed, Record):
    id: ClaimId
    text: NonEmpty
    passage: Passage
    also_at: list[Passage] = Field(
        default_factory=empty, description="Other places in the article that make the same claim."
    )
    section: str | None = None
    split_from: ClaimId | None = None  # the claim this one was split from
    reviews: list[Review] = Field(
        default_factory=empty,
        description="Every reviewer's own decision, and an adjudicator's ruling; the claim's "
        "label is derived from them.",
    )
    hint: Hint | None = None
    history: list[Change] = Field(default_factory=empty)

    # The version 1 spelling: the first reviewer's decision on the claim itself. Read, and
    # turned into `reviews` (see upgrade_v1); never written.
    v1_label: Label | None = Field(
        default=None, alias="label", exclude=True, description="Version 1: see reviews."
    )
    v1_sources: list[Source] = Field(
        default_factory=empty, alias="sources", exclude=True, description="Version 1."
    )
    v1_note: str | None = Field(default=None, alias="note", exclude=True, description="Version 1.")
    v1_reviewer: Reviewer | None = Field(
        default=None, alias="reviewer", exclude=True, description="Version 1."
    )
    v1_reviewed_at: Instant | None = Field(
        default=None, alias="reviewed_at", exclude=True, description="Version 1."
    )
    v1_adjudicated_by: Reviewer | None = Field(
        default=None, alias="adjudicated_by", exclude=True, description="Version 1."
    )

    @model_validator(mode="after")
    def _upgrade(self) -> Claim:
        if (
            self.v1_label is not None
            or self.v1_sources
            or self.v1_note is not None
            or self.v1_reviewer is not None
            or self.v1_reviewed_at is not None
            or self.v1_adjudicated_by is not None
        ):
            upgrade_v1(self)
        return self

    # ------------------------------------------------------------ derived from reviews
    # (more in claimlogic.Reviewed, which the plain records share)

    @property
    def sources(self) -> list[Source]:
        return list(self.standing.sources)

    @property
    def note(self) -> str | None:
        return self.standing.note

    @property
    def reviewed_at(self) -> datetime | None:
        return self.standing.reviewed_at

    @property
    def adjudicated_by(self) -> str | None:
        return self.standing.adjudicated_by

    @property
    def disputed(self) -> bool:
        """Reviewers disagree and nobody has settled it yet."""
        return self.standing.disputed

    def review_by(self, name: str) -> Review | None:
        """`name`'s own decision on this claim, if they made one."""
        for review in self.reviews:
            if review.by == name and not review.adjudicates:
                return review
        return None

    def own_decision(self, name: str) -> Fields:
        """`name`'s own decision (label, sources, note); nothing if they made none."""
        own = self.review_by(name)
        return own.fields() if own is not None else (None, [], None)

    def own_fields(self, name: str) -> Fields:
        """What `name`'s next decision starts from: their own decision, else the claim's
        values if nobody else has labelled it, else nothing."""
        own = self.review_by(name)
        if own is not None:
            return own.fields()
        others = [r for r in self.own_reviews() if r.label is not None and r.by is not None]
        if not others and not self.adjudicated_by:
            return self.decision_fields()
        return None, [], None

    def start_from(self, name: str, adjudicate: bool = False) -> Fields:
        """The values `name`'s next decision starts from: an adjudicator starts from the
        claim's values, a reviewer from their own decision (see own_fields)."""
        return self.decision_fields() if adjudicate else self.own_fields(name)

    def decision_fields(self) -> Fields:
        found = self.standing
        return found.label, list(found.sources), found.note


def upgrade_v1(claim: Claim) -> None:
    """Turn a version 1 claim's own decision (label, sources, note, reviewer, reviewed_at,
    adjudicated_by on the claim) into `reviews`, keeping everything the claim showed.

    In version 1 a claim that one reviewer had tagged held their decision itself,
    `reviews` appeared with the second reviewer, and an adjudicator's ruling was the
    claim's own values.
    """
    label, sources, note = claim.v1_label, list(claim.v1_sources), claim.v1_note
    by, at = claim.v1_reviewer, claim.v1_reviewed_at
    ruler = claim.v1_adjudicated_by
    if ruler is not None:
        ruling = Review(by=ruler, at=at, label=label, sources=sources, note=note, adjudicates=True)
        claim.reviews.append(ruling)
    elif not claim.reviews and (label is not None or sources or note is not None or by):
        if by is None and claim.history:  # a withdrawn decision: the history says whose
            withdrawn = [c for c in claim.history if c.field == "label" and c.new is None]
            last = max(withdrawn or claim.history, key=lambda c: c.at)
            by, at = last.by, last.at
        claim.reviews.append(Review(by=by, at=at, label=label, sources=sources, note=note))
    claim.v1_label = claim.v1_note = claim.v1_reviewer = claim.v1_adjudicated_by = None
    claim.v1_sources = []
    claim.v1_reviewed_at = None


class Article(Record):
    id: NonEmpty
    title: NonEmpty
    url: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: PublishedDay | None = None
    text: str | None = Field(default=None, description="The article text, inline.")
    text_path: str | None = Field(
        default=None, description="Or a path to it, relative to the claim file."
    )
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None = Field(
        default=None, description="sha256 of the article text (UTF-8) that the offsets point into."
    )

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return optional_url(value)

    @model_validator(mode="after")
    def _one_text(self) -> Article:
        one_text(self.text, self.text_path)
        return self


LeftOutReason = Literal[
    "question",
    "heading",
    "caption",
    "credit",
    "byline",
    "dateline",
    "chrome",
    "repeat",
    "reader",
    "lead-in",
    "attribution",
    "fragment",
    "truncated",
    "correction",
    "new",
]


class LeftOut(Record):
    """A passage of the article body that extraction did not make a claim, and why."""

    passage: Passage
    reason: LeftOutReason


def _whole_number(value: object) -> object:
    """A version is an int, not YAML's `true` or `1.0`: a Literal takes either as 1."""
    if type(value) is not int:
        raise ValueError(f"Input should be 1 or 2, a whole number (got {shorten(repr(value))})")
    return value


class ClaimFile(Record):
    schema_version: Annotated[Literal[1, 2], BeforeValidator(_whole_number)] = SCHEMA_VERSION
    article: Article
    claims: list[Claim] = Field(default_factory=empty)
    left_out: list[LeftOut] = Field(
        default_factory=empty,
        description="Passages of the article that are not claims, each with its reason.",
    )
    deleted: list[Claim] = Field(
        default_factory=empty, description="Tombstones: deleted, split or merged claims."
    )

    @model_validator(mode="after")
    def _upgrade(self) -> ClaimFile:
        self.schema_version = SCHEMA_VERSION  # the claims were upgraded as they were read
        return self

    def claim(self, claim_id: str) -> Claim | None:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        return None

    def index(self) -> dict[str, Claim]:
        return {claim.id: claim for claim in self.claims}

    def tombstone(self, claim_id: str) -> Claim | None:
        return next((claim for claim in self.deleted if claim.id == claim_id), None)


def json_schema() -> dict[str, Any]:
    schema = ClaimFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "claimcheck claim file"
    return schema
