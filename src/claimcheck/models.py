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
from dataclasses import dataclass
from datetime import UTC, date, datetime
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

from claimcheck.states import Label as Label

# Version 2 keeps every decision in `reviews`; a version 1 file is read as it is, and
# upgraded (losslessly) on its next save.
SCHEMA_VERSION: Literal[2] = 2

Loc = tuple[str | int, ...]


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

    at: datetime
    by: NonEmpty
    field: Literal["label", "sources", "note", "review"]
    old: str | list[Source] | None = None
    new: str | list[Source] | None = None


class Verdict(Record):
    """What a reviewer decides about a claim: a label (None: pending), the sources that
    back it and a note."""

    label: Label | None = None
    sources: list[Source] = Field(default_factory=list)
    note: str | None = None

    def fields(self) -> Fields:
        return self.label, list(self.sources), self.note


Fields = tuple[Label | None, list[Source], str | None]
_NEVER = datetime.min.replace(tzinfo=UTC)


class Decision(Record):
    """A reviewer's confirmed decision on one claim: the values it sets, who and when.

    Decisions are what the review journal holds; applying one to a claim records it in
    the claim's `reviews` and a `Change` in its history for every value it changes.
    """

    claim: ClaimId
    by: NonEmpty
    at: datetime
    label: Label | None = None
    sources: list[Source] = Field(default_factory=list)
    note: str | None = None
    adjudicate: bool = Field(
        default=False, description="An adjudicator's decision that settles a dispute."
    )

    def verdict(self) -> Verdict:
        return Verdict(label=self.label, sources=list(self.sources), note=self.note)


class Review(Record):
    """One decision on a claim as the claim file keeps it: each reviewer's own latest
    decision, and the adjudicator's ruling (`adjudicates`), which settles a dispute.

    `by` and `at` are missing only for a decision written by hand (or upgraded from a
    version 1 file that did not say who made it)."""

    by: NonEmpty | None = None
    at: datetime | None = None
    label: Label | None = None
    sources: list[Source] = Field(default_factory=list)
    note: str | None = None
    adjudicates: bool = Field(
        default=False, description="An adjudicator's ruling: it settles a dispute."
    )

    def verdict(self) -> Verdict:
        return Verdict(label=self.label, sources=list(self.sources), note=self.note)

    def fields(self) -> Fields:
        return self.label, list(self.sources), self.note

    @classmethod
    def of(cls, decision: Decision) -> Review:
        return cls(
            by=decision.by,
            at=decision.at,
            label=decision.label,
            sources=list(decision.sources),
            note=decision.note,
            adjudicates=decision.adjudicate,
        )


@dataclass(frozen=True)
class Standing:
    """A claim's state derived from its reviews: the agreed (or ruled) verdict, who gave
    it and when, and who ruled."""

    label: Label | None = None
    sources: tuple[Source, ...] = ()
    note: str | None = None
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    adjudicated_by: str | None = None
    disputed: bool = False


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
        return Standing(only.label, tuple(only.sources), only.note, only.by, only.at)
    rulings = [r for r in reviews if r.adjudicates and r.label is not None]
    if rulings:
        rule = max(rulings, key=_when)
        return Standing(rule.label, tuple(rule.sources), rule.note, rule.by, rule.at, rule.by)
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
    return Standing(label, tuple(sources), last.note, last.by, last.at)


_PENDING = Standing()


def _when(review: Review) -> datetime:
    return review.at or _NEVER


class Claim(Record):
    id: ClaimId
    text: NonEmpty
    passage: Passage
    also_at: list[Passage] = Field(
        default_factory=list, description="Other places in the article that make the same claim."
    )
    section: str | None = None
    reviews: list[Review] = Field(
        default_factory=list,
        description="Every reviewer's own decision, and an adjudicator's ruling; the claim's "
        "label is derived from them.",
    )
    hint: Hint | None = None
    history: list[Change] = Field(default_factory=list)

    # The version 1 spelling: the first reviewer's decision on the claim itself. Read, and
    # turned into `reviews` (see upgrade_v1); never written.
    v1_label: Label | None = Field(
        default=None, alias="label", exclude=True, description="Version 1: see reviews."
    )
    v1_sources: list[Source] = Field(
        default_factory=list, alias="sources", exclude=True, description="Version 1."
    )
    v1_note: str | None = Field(default=None, alias="note", exclude=True, description="Version 1.")
    v1_reviewer: str | None = Field(
        default=None, alias="reviewer", exclude=True, description="Version 1."
    )
    v1_reviewed_at: datetime | None = Field(
        default=None, alias="reviewed_at", exclude=True, description="Version 1."
    )
    v1_adjudicated_by: str | None = Field(
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

    @property
    def standing(self) -> Standing:
        return standing(self.reviews)

    @property
    def label(self) -> Label | None:
        return self.standing.label

    @property
    def sources(self) -> list[Source]:
        return list(self.standing.sources)

    @property
    def note(self) -> str | None:
        return self.standing.note

    @property
    def reviewer(self) -> str | None:
        return self.standing.reviewer

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

    @property
    def label_name(self) -> str:
        found = self.standing
        if found.label:
            return found.label.value
        return "disputed" if found.disputed else "pending"

    def own_reviews(self) -> list[Review]:
        """The reviewers' own decisions (rulings left out)."""
        return [r for r in self.reviews if not r.adjudicates]

    def apart(self) -> list[Review]:
        """The reviewers' own decisions when they matter side by side: once a second
        reviewer has decided, or an adjudicator has ruled; otherwise none."""
        own = self.own_reviews()
        if len(own) > 1 or len(own) < len(self.reviews):
            return own
        return []

    def review_by(self, name: str) -> Review | None:
        """`name`'s own decision on this claim, if they made one."""
        for review in self.reviews:
            if review.by == name and not review.adjudicates:
                return review
        return None

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
    schema_version: Literal[1, 2] = SCHEMA_VERSION
    article: Article
    claims: list[Claim] = Field(default_factory=list)

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
