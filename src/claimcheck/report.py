"""The verification report: what was checked, how, and what is left, for one or more articles.

This module computes the report as records; the `formats` package renders them. The records
are also the JSON format, so they are versioned (`REPORT_VERSION`) and their JSON Schema is
shipped beside the package (`claimcheck schema report`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from claimcheck import flat, reportdata
from claimcheck.models import (
    Claim,
    ClaimFile,
    sha256_text,
)
from claimcheck.query import RECHECK
from claimcheck.reportdata import DECISION_FIELDS as DECISION_FIELDS
from claimcheck.reportdata import NO_SECTION as NO_SECTION
from claimcheck.reportdata import REPORT_VERSION as REPORT_VERSION
from claimcheck.reportdata import Rendered as Rendered
from claimcheck.reportdata import expand as expand
from claimcheck.reportdata import generator as generator
from claimcheck.reportdata import percent as percent
from claimcheck.reportdata import usable as usable
from claimcheck.states import NAMES, OPTIONAL

# A claim as the report gives it; the class is named Claim for the report's JSON Schema.
ClaimView = flat.Claim


class _Out(BaseModel):
    # Built by construction from validated claim files (a report on a changed file needs
    # no validator: building them was most of these classes' cost), validated only when
    # read back from JSON (the cache), which builds them then.
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Shares(_Out):
    """Percent of all claims per label, rounded to one decimal."""

    sourced: float
    unverified: float
    opinion: float
    disputed: float = 0.0
    pending: float


class Tally(_Out):
    claims: int = Field(description="Number of claims.")
    sourced: int
    unverified: int
    opinion: int
    disputed: int = Field(
        default=0, description="Claims whose reviewers disagree, not yet adjudicated."
    )
    pending: int = Field(description="Claims nobody has tagged yet.")
    percent: Shares
    sourcing_rate: float | None = Field(
        description="sourced / (sourced + unverified) in percent, one decimal; "
        "null when no claim is sourced or unverified yet."
    )

    @classmethod
    def of(cls, claims: Iterable[Claim | ClaimView]) -> Tally:
        n = dict.fromkeys(NAMES, 0)
        for claim in claims:
            n[claim.label_name] += 1
        return cls.from_counts(n)

    @classmethod
    def from_counts(cls, n: dict[str, int]) -> Tally:
        return cls.model_construct(**_fields(reportdata.tally(n)))

    def counts(self) -> dict[str, int]:
        """Claims per state; "disputed" only when there are some."""
        return {
            name: getattr(self, name) for name in NAMES if name != OPTIONAL or getattr(self, name)
        }


def _fields(data: dict[str, Any]) -> dict[str, Any]:
    """`reportdata.tally`'s data as a tally record's fields (its shares a record)."""
    return {**data, "percent": Shares.model_construct(**data["percent"])}


def _section(name: str, claims: Iterable[Claim | ClaimView]) -> SectionTally:
    data = reportdata.tally(reportdata.counts_of(c.label_name for c in claims))
    return SectionTally.model_construct(**_fields(data), name=name)


class SectionTally(Tally):
    name: str = Field(description=f"The section heading, or {NO_SECTION!r}.")


class Reviewer(_Out):
    name: str
    decisions: int | None = Field(
        description="Decisions this reviewer took (one may change several fields); "
        "null in a public report, whose one reviewer is the desk."
    )
    claims: int = Field(description="Claims whose current decision is this reviewer's.")
    first: datetime
    last: datetime


class ArticleInfo(_Out):
    id: str
    title: str
    url: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: date | None = None
    sha256: str = Field(description="sha256 of the article text (UTF-8).")
    text: str = Field(description="The article text that the claims' offsets point into.")


class ArticleReport(_Out):
    file: str | None = Field(
        description="The claim file, as given on the command line; null in a public report."
    )
    article: ArticleInfo
    reviewers: list[Reviewer]
    first_decision: datetime | None
    last_decision: datetime | None
    summary: Tally
    sections: list[SectionTally]
    problems: list[str] = Field(
        description="What keeps this article from being publishable: pending claims, "
        "sourced claims without a usable source."
    )
    claims: list[ClaimView] = Field(description="Every claim, in article order, with every field.")

    def has_sections(self) -> bool:
        """Whether the article has headings worth a per-section table."""
        return len(self.sections) > 1 or (
            bool(self.sections) and self.sections[0].name != NO_SECTION
        )

    def by_state(self, name: str) -> list[ClaimView]:
        """Claims whose label name (or "disputed", "pending") is `name`."""
        return [c for c in self.claims if c.label_name == name]


class Report(_Out):
    report_version: Literal[1] = REPORT_VERSION
    generator: str = Field(description="The program and version that wrote the report.")
    articles: list[ArticleReport]
    totals: Tally
    problems: list[str] = Field(description="Every article's problems, prefixed by its file.")


def article_report(file: str, doc: ClaimFile, text: str) -> ArticleReport:
    """The report of one loaded claim file and its article text (`reportdata.article_json`
    gives the same as JSON without these records)."""
    claims = doc.claims
    sections: dict[str, list[Claim]] = {}
    for claim in claims:
        sections.setdefault(claim.section or NO_SECTION, []).append(claim)
    reviewers = [Reviewer.model_construct(**r) for r in reportdata.reviewers(claims)]
    summary = Tally.of(claims)
    problems = reportdata.problems(claims, {name: getattr(summary, name) for name in NAMES})
    a = doc.article
    return ArticleReport.model_construct(
        file=file,
        article=ArticleInfo.model_construct(
            id=a.id,
            title=a.title,
            url=a.url,
            author=a.author,
            publisher=a.publisher,
            published=a.published,
            sha256=a.sha256 or sha256_text(text),
            text=text,
        ),
        reviewers=reviewers,
        first_decision=min((r.first for r in reviewers), default=None),
        last_decision=max((r.last for r in reviewers), default=None),
        summary=summary,
        sections=[_section(name, group) for name, group in sections.items()],
        problems=problems,
        claims=[ClaimView.of(c) for c in claims],
    )


class Totals(reportdata.Totals):
    """Adds up article reports as they stream past; the totals as a `Tally` record."""

    def tally(self) -> Tally:
        return Tally.from_counts(self.counts)


def build(reports: Iterable[ArticleReport]) -> Report:
    totals = Totals()
    articles = []
    for r in reports:
        totals.add(r)
        articles.append(r)
    return Report.model_construct(
        generator=generator(),
        articles=articles,
        totals=totals.tally(),
        problems=totals.problems,
    )


def json_schema() -> dict[str, Any]:
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"claimcheck report, version {REPORT_VERSION}"
    return schema


def select(
    a: ArticleReport,
    states: Iterable[str] = (),
    sections: Iterable[str] = (),
    reviewers: Iterable[str] = (),
) -> ArticleReport:
    """The article's report on the claims in one of `states`, `sections` and reviewed by
    one of `reviewers` (an empty filter keeps every claim), its counts recounted."""
    states, sections, reviewers = set(states), set(sections), set(reviewers)

    def kept(c: ClaimView) -> bool:
        by = {c.reviewer, c.adjudicated_by, *(r.by for r in c.reviews)} - {None}
        return (
            (not states or c.label_name in states or (RECHECK in states and c.needs_recheck))
            and (not sections or (c.section or NO_SECTION) in sections)
            and (not reviewers or bool(by & reviewers))
        )

    if not (states or sections or reviewers):
        return a
    return recounted(a, [c for c in a.claims if kept(c)])


def recounted(a: ArticleReport, claims: list[ClaimView], **update: Any) -> ArticleReport:
    """The article's report on `claims` (a selection of its claims, or the claims as
    readers see them), its summary and sections counted from them: what a report counts
    is what it lists, in every format, with `update`'s other fields replaced too."""
    groups: dict[str, list[ClaimView]] = {}
    for claim in claims:
        groups.setdefault(claim.section or NO_SECTION, []).append(claim)
    return a.model_copy(
        update={
            **update,
            "claims": claims,
            "summary": Tally.of(claims),
            "sections": [_section(name, group) for name, group in groups.items()],
        }
    )
