"""The records of a claim file: the article, its claims, their sources and history.

Every record forbids unknown keys, so a typo in a hand-edited file fails loudly instead of
being dropped on the next save. Rules that need more than one field or the article text
(unique ids, a sourced claim has a source, a quote matches the text) live in `check`, so
that each problem can be reported with its own location.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

SCHEMA_VERSION: Literal[1] = 1

Loc = tuple[str | int, ...]


class Label(StrEnum):
    SOURCED = "sourced"
    UNVERIFIED = "unverified"
    OPINION = "opinion"


LABEL_MEANINGS: dict[Label, str] = {
    Label.SOURCED: "a cited source backs it",
    Label.UNVERIFIED: "factual, but nothing found to back it",
    Label.OPINION: "a judgement, not checkable as fact",
}

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,31}")


def _claim_id(value: str) -> str:
    if not _ID.fullmatch(value):
        raise ValueError(
            "an id is 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    return value


ClaimId = Annotated[str, AfterValidator(_claim_id)]

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


class Passage(Record):
    """Where a claim stands in the article: a W3C Web Annotation style text anchor."""

    quote: NonEmpty
    prefix: str = ""
    suffix: str = ""
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]

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

    kind: Literal["factual", "opinion"]
    reasons: list[str] = Field(default_factory=list)
    attributed_to: str | None = None


class Change(Record):
    """One change of one field of a claim, with who made it and when.

    "review" is one reviewer's own label on a claim that several reviewers tag; the
    claim's "label" is then the agreed (or adjudicated) one.
    """

    at: Instant
    by: NonEmpty
    field: Literal["label", "sources", "note", "review"]
    old: str | list[Source] | None = None
    new: str | list[Source] | None = None


class Decision(Record):
    """A reviewer's confirmed decision on one claim: the values it sets, who and when.

    Decisions are what the review journal holds; applying one to a claim records a
    `Change` for every field it changes.
    """

    claim: ClaimId
    by: NonEmpty
    at: Instant
    label: Label | None = None
    sources: list[Source] = Field(default_factory=list)
    note: str | None = None
    adjudicate: bool = Field(
        default=False, description="An adjudicator's decision that settles a dispute."
    )


class Review(Record):
    """One reviewer's own decision on a claim that more than one reviewer has tagged."""

    by: NonEmpty
    at: Instant
    label: Label | None = None
    sources: list[Source] = Field(default_factory=list)
    note: str | None = None


class Claim(Record):
    id: ClaimId
    text: NonEmpty
    passage: Passage
    also_at: list[Passage] = Field(
        default_factory=list, description="Other places in the article that make the same claim."
    )
    section: str | None = None
    label: Label | None = Field(default=None, description="Absent while the claim is pending.")
    sources: list[Source] = Field(default_factory=list)
    note: str | None = None
    reviewer: str | None = None
    reviewed_at: Instant | None = None
    reviews: list[Review] = Field(
        default_factory=list,
        description="Each reviewer's own decision, once a second reviewer has tagged the claim.",
    )
    adjudicated_by: str | None = Field(
        default=None, description="Who settled the reviewers' disagreement, if anyone."
    )
    hint: Hint | None = None
    history: list[Change] = Field(default_factory=list)

    @property
    def disputed(self) -> bool:
        """Reviewers disagree and nobody has settled it yet."""
        if self.adjudicated_by is not None:
            return False
        return len({r.label for r in self.reviews if r.label is not None}) > 1

    @property
    def label_name(self) -> str:
        if self.label:
            return self.label.value
        return "disputed" if self.disputed else "pending"

    def review_by(self, name: str) -> Review | None:
        """`name`'s own decision on this claim, if they made one: from `reviews`, or the
        claim's own values while they are its only reviewer."""
        for review in self.reviews:
            if review.by == name:
                return review
        if not self.reviews and self.reviewer == name and self.label is not None:
            return Review(
                by=name,
                at=self.reviewed_at or EARLIEST,
                label=self.label,
                sources=list(self.sources),
                note=self.note,
            )
        return None

    def own_fields(self, name: str) -> tuple[Label | None, list[Source], str | None]:
        """What `name`'s next decision starts from: their own decision, else the claim's
        values if nobody else has decided it, else nothing."""
        own = self.review_by(name)
        if own is not None:
            return own.label, list(own.sources), own.note
        if not self.reviews and self.reviewer in (None, name):
            return self.decision_fields()
        return None, [], None

    def decision_fields(self) -> tuple[Label | None, list[Source], str | None]:
        return self.label, self.sources, self.note


class Article(Record):
    id: NonEmpty
    title: NonEmpty
    url: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: date | None = None
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
        return None if value is None else check_http_url(value)

    @model_validator(mode="after")
    def _one_text(self) -> Article:
        if self.text is None and self.text_path is None:
            raise ValueError("the article text is missing: give text or text_path")
        if self.text is not None and self.text_path is not None:
            raise ValueError("give the article text inline (text) or as text_path, not both")
        return self


class ClaimFile(Record):
    schema_version: Literal[1] = SCHEMA_VERSION
    article: Article
    claims: list[Claim] = Field(default_factory=list)

    def claim(self, claim_id: str) -> Claim | None:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        return None

    def index(self) -> dict[str, Claim]:
        return {claim.id: claim for claim in self.claims}


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check(doc: ClaimFile, text: str) -> Iterator[tuple[Loc, str]]:
    """Yield (location, message) for every rule that spans fields or needs the article text."""
    if doc.article.sha256 is not None and sha256_text(text) != doc.article.sha256:
        yield (
            ("article", "sha256"),
            "the article text has changed since the claims were anchored "
            "(sha256 differs); run 'claimcheck reanchor'",
        )
    seen: dict[str, int] = {}
    for i, claim in enumerate(doc.claims):
        if claim.id in seen:
            yield (
                ("claims", i, "id"),
                f"duplicate id {claim.id!r} (first at claims[{seen[claim.id]}])",
            )
        else:
            seen[claim.id] = i
        if claim.label is Label.SOURCED and not claim.sources:
            yield ("claims", i, "sources"), "a sourced claim needs at least one source"
        passages = [("passage",), *(("also_at", j) for j in range(len(claim.also_at)))]
        for where, p in zip(passages, [claim.passage, *claim.also_at], strict=True):
            yield from _check_passage(("claims", i, *where), p, text)


def _check_passage(loc: Loc, p: Passage, text: str) -> Iterator[tuple[Loc, str]]:
    if p.end > len(text) or p.start > p.end:
        yield (
            (*loc, "end"),
            f"offsets {p.start}-{p.end} fall outside the article text ({len(text)} characters)",
        )
    elif text[p.start : p.end] != p.quote:
        found = text[p.start : p.end]
        yield (
            (*loc, "quote"),
            f"does not match the article text at {p.start}-{p.end} (found {shorten(found)!r})",
        )
    elif not text[: p.start].endswith(p.prefix):
        yield (*loc, "prefix"), "does not match the article text before the quote"
    elif not text.startswith(p.suffix, p.end):
        yield (*loc, "suffix"), "does not match the article text after the quote"


def shorten(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def json_schema() -> dict[str, Any]:
    schema = ClaimFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "claimcheck claim file"
    return schema
