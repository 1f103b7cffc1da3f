"""The smallest records of a claim file: ids, non-empty strings, http(s) URLs, sources."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StringConstraints,
    field_validator,
    model_validator,
)

from claimcheck.claimlogic import (
    ARTICLE_PUBLISHED,
    SOURCE_READ,
    claim_id,
    describe,
    instant,
    not_after_today,
    optional_url,
    snapshot_sha256,
    url_or_citation,
)
from claimcheck.claimlogic import EARLIEST as EARLIEST
from claimcheck.claimlogic import is_future_day as is_future_day
from claimcheck.safe import reviewer
from claimcheck.urls import check_http_url as check_http_url

ClaimId = Annotated[str, AfterValidator(claim_id)]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]
# who made a decision or a change: a name with nothing invisible in it (claimlogic.reviewer)
Reviewer = Annotated[str, StringConstraints(min_length=1), AfterValidator(reviewer)]

Instant = Annotated[datetime, AfterValidator(instant)]


def _not_after_today(why: str) -> AfterValidator:
    """A validator refusing a day that has not begun yet, saying `why` it cannot be."""
    return AfterValidator(lambda value: not_after_today(value, why))


PastDay = Annotated[date, _not_after_today(SOURCE_READ)]
PublishedDay = Annotated[date, _not_after_today(ARTICLE_PUBLISHED)]


def empty() -> list[Any]:
    """A new empty list: the records' default factory for lists. Pydantic reads a default
    factory's signature when it builds a class; a builtin's (`list`) is parsed from text by
    the tokenizer, 2 ms the first time and 0.1 ms each after: 3 ms of a report on a
    changed file, for 15 fields."""
    return []


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Proof(Record):
    """Where a source's supporting passage was found in its snapshot's text."""

    match: Literal["exact", "approximate", "absent"]
    score: float = Field(  # strict and finite: YAML's `true` or `.nan` is no score
        ge=0, le=100, strict=True, allow_inf_nan=False,
        description="100 for an exact match; rapidfuzz's else.",
    )  # fmt: skip
    start: StrictInt | None = Field(
        default=None, ge=0, description="Offset in the snapshot's text."
    )
    end: StrictInt | None = Field(default=None, ge=0)


class Snapshot(Record):
    """A copy of the source kept beside the claim file, in evidence/<sha256>.warc.gz."""

    sha256: Annotated[str, AfterValidator(snapshot_sha256)] = Field(
        description="SHA-256 of the page's bytes; names the archive in evidence/."
    )
    at: datetime = Field(description="When the page was saved or fetched.")
    content_type: str
    status: StrictInt | None = Field(default=None, description="The HTTP status, when fetched.")
    size: StrictInt = Field(ge=0, description="The page's size in bytes.")
    proof: Proof | None = Field(default=None, description="The passage in the snapshot's text.")


class Source(Record):
    """What backs a sourced claim: a web page (url) or a citation (a report, an interview)."""

    url: str | None = Field(default=None, description="An http(s) URL.")
    citation: str | None = Field(default=None, description="A citation when there is no URL.")
    title: str | None = None
    publisher: str | None = None
    passage: str | None = Field(default=None, description="The passage that backs the claim.")
    accessed: PastDay | None = Field(default=None, description="When the source was read.")
    snapshot: Snapshot | None = Field(default=None, description="An archived copy of the page.")
    earlier: list[Snapshot] | None = Field(
        default=None,
        description="Other copies of the page archived before `snapshot`, newest first "
        "(two clones that archived it apart keep both when they merge).",
    )

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return optional_url(value)

    @model_validator(mode="after")
    def _url_or_citation(self) -> Source:
        url_or_citation(self.url, self.citation)
        return self

    def describe(self) -> str:
        return describe(self)


# What a change is about: a decision's values ("label", "sources", "note", "review",
# "explanation"), or
# the claim itself as reviewers correct the list ("text", "section", "passage",
# "also_at", "reviews", "added", "deleted"; see edits.py), or what reanchor did to it
# ("moved": found exactly elsewhere; "reanchored": found approximately; "removed"), or
# "undo": an operation taken back (its `new` is the instant of the operation undone), or
# "recheck": decisions moved onto the claim by a forced merge, or a claim reanchor placed
# on one of several copies of its quote (its `new` says "its quote is …"), to be checked again.
DecisionField = Literal["label", "sources", "note", "review", "explanation"]
ListField = Literal["text", "section", "passage", "also_at", "reviews", "added", "deleted"]
ChangeField = Literal[DecisionField, ListField, "moved", "reanchored", "removed", "undo", "recheck"]
