"""The smallest records of a claim file: ids, non-empty strings, http(s) URLs, sources."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,31}")


def _claim_id(value: str) -> str:
    if not _ID.fullmatch(value):
        raise ValueError(
            "an id is 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    return value


ClaimId = Annotated[str, AfterValidator(_claim_id)]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]


# An http(s) scheme and a non-empty host: what urlsplit would give, without its cost
# (every source of every claim is checked on every load).
_HTTP_URL = re.compile(r"(?i:https?)://[^/?#]")
_URL_BAD = re.compile(r"[\s\x00-\x1f\x7f]")


def check_http_url(value: str) -> str:
    """Accept only absolute http(s) URLs: no javascript:, file:, data: or relative links."""
    if not _HTTP_URL.match(value):
        raise ValueError(f"not an http(s) URL: {value!r}")
    if _URL_BAD.search(value):
        raise ValueError(f"URL contains spaces or control characters: {value!r}")
    return value


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Source(Record):
    """What backs a sourced claim: a web page (url) or a citation (a report, an interview)."""

    url: str | None = Field(default=None, description="An http(s) URL.")
    citation: str | None = Field(default=None, description="A citation when there is no URL.")
    title: str | None = None
    publisher: str | None = None
    passage: str | None = Field(default=None, description="The passage that backs the claim.")
    accessed: date | None = Field(default=None, description="When the source was read.")

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


# What a change is about: a decision's values ("label", "sources", "note", "review"), or
# the claim itself as reviewers correct the list ("text", "section", "passage",
# "also_at", "reviews", "added", "deleted"; see edits.py), or what reanchor did to it
# ("moved": found exactly elsewhere; "reanchored": found approximately; "removed"), or
# "undo": an operation taken back (its `new` is the instant of the operation undone).
DecisionField = Literal["label", "sources", "note", "review"]
ListField = Literal["text", "section", "passage", "also_at", "reviews", "added", "deleted"]
ChangeField = Literal[DecisionField, ListField, "moved", "reanchored", "removed", "undo"]
# Changes after which a label given earlier needs a re-check.
RECHECK_FIELDS = frozenset({"text", "passage", "added", "reanchored"})
