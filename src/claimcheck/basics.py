"""The smallest records of a claim file: ids, non-empty strings, http(s) URLs, sources."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
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

from claimcheck.urls import check_http_url as check_http_url

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,31}")


def _claim_id(value: str) -> str:
    if not _ID.fullmatch(value):
        raise ValueError(
            "an id is 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    return value


ClaimId = Annotated[str, AfterValidator(_claim_id)]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]

# A recorded decision happened after claimcheck could exist and before tomorrow: a naive
# time cannot be compared with the others (it crashed history, reports and merges), and
# a forged far-future one would drag every later stamp after it and win every merge.
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)


def _instant(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"a time needs its timezone, e.g. 2024-03-05T10:00:00Z (got {value.isoformat()})"
        )
    if value < EARLIEST:
        raise ValueError(f"{value.isoformat()} is before 1990: not a time a claim was reviewed")
    if value > datetime.now(UTC) + timedelta(days=1):
        raise ValueError(f"{value.isoformat()} is in the future")
    return value


Instant = Annotated[datetime, AfterValidator(_instant)]


def is_future_day(value: date) -> bool:
    """Whether a calendar day has not begun anywhere yet (a day ahead of UTC is allowed:
    it is already tomorrow east of Greenwich)."""
    return value > (datetime.now(UTC) + timedelta(days=1)).date()


def _not_after_today(why: str) -> AfterValidator:
    """A validator refusing a day that has not begun yet, saying `why` it cannot be."""

    def check(value: date) -> date:
        if is_future_day(value):
            raise ValueError(f"{value.isoformat()} is in the future: {why}")
        return value

    return AfterValidator(check)


PastDay = Annotated[date, _not_after_today("a source is read before it is cited")]
PublishedDay = Annotated[date, _not_after_today("an article is published before it is checked")]


def empty() -> list[Any]:
    """A new empty list: the records' default factory for lists. Pydantic reads a default
    factory's signature when it builds a class; a builtin's (`list`) is parsed from text by
    the tokenizer, 2 ms the first time and 0.1 ms each after: 3 ms of a report on a
    changed file, for 15 fields."""
    return []


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


_SHA256 = re.compile(r"[0-9a-f]{64}")


def _sha256(value: str) -> str:
    # The snapshot's file name is built from this and nothing else: a hash that is not 64
    # lowercase hex digits could name a path outside evidence/, so it is refused.
    if not _SHA256.fullmatch(value):
        raise ValueError("a snapshot's sha256 is 64 lowercase hexadecimal digits")
    return value


class Proof(Record):
    """Where a source's supporting passage was found in its snapshot's text."""

    match: Literal["exact", "approximate", "absent"]
    score: float = Field(ge=0, le=100, description="100 for an exact match; rapidfuzz's else.")
    start: StrictInt | None = Field(
        default=None, ge=0, description="Offset in the snapshot's text."
    )
    end: StrictInt | None = Field(default=None, ge=0)


class Snapshot(Record):
    """A copy of the source kept beside the claim file, in evidence/<sha256>.warc.gz."""

    sha256: Annotated[str, AfterValidator(_sha256)] = Field(
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
        return None if value is None else check_http_url(value)

    @model_validator(mode="after")
    def _url_or_citation(self) -> Source:
        if not (self.url or (self.citation and self.citation.strip())):
            raise ValueError("a source needs a url or a citation")
        return self

    def describe(self) -> str:
        return self.url or self.citation or ""


# What a change is about: a decision's values ("label", "sources", "note", "review",
# "explanation"), or
# the claim itself as reviewers correct the list ("text", "section", "passage",
# "also_at", "reviews", "added", "deleted"; see edits.py), or what reanchor did to it
# ("moved": found exactly elsewhere; "reanchored": found approximately; "removed"), or
# "undo": an operation taken back (its `new` is the instant of the operation undone).
DecisionField = Literal["label", "sources", "note", "review", "explanation"]
ListField = Literal["text", "section", "passage", "also_at", "reviews", "added", "deleted"]
ChangeField = Literal[DecisionField, ListField, "moved", "reanchored", "removed", "undo"]
