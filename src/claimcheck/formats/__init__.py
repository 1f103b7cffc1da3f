"""Renderings of a report. Each module turns `report.Report` records into one format.

Every string in a report came from a claim file and is data: each format escapes it for its
own syntax (rich markup, Markdown, HTML, spreadsheet formulas) and strips terminal control
sequences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.states import STATES
from claimcheck.wording import be, count

if TYPE_CHECKING:  # the package is imported before any format: the JSON one needs no records
    from datetime import datetime

    from claimcheck.report import ArticleReport, ClaimView, Reviewer, Tally


def groups(a: ArticleReport) -> list[tuple[str, str, list[ClaimView]]]:
    """The claims by state, in report order: (name, heading, claims), empty ones left out."""
    found = [(s.name, s.heading, a.by_state(s.name)) for s in STATES]
    return [g for g in found if g[2]]


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}%"


def when(at: datetime | None) -> str:
    """A decision's time to the minute, with its zone (UTC for the times claimcheck writes)."""
    if at is None:
        return ""
    offset = at.utcoffset()
    zone = "" if offset is None else " UTC" if not offset else at.strftime(" %z")
    return at.strftime("%Y-%m-%d %H:%M") + zone


def rate_line(t: Tally) -> str:
    factual = t.sourced + t.unverified
    if not factual:
        return "Sourcing rate: n/a (no claim is tagged sourced or unverified yet)"
    return (
        f"Sourcing rate: {pct(t.sourcing_rate)} "
        f"({t.sourced} sourced of {count(factual, 'factual claim')} tagged)"
    )


def reviewers_line(reviewers: list[Reviewer]) -> str:
    if not reviewers:
        return "nobody yet"
    return ", ".join(
        # the desk of a public report: no count of its decisions (public.public_report)
        r.name if r.decisions is None else f"{r.name} ({count(r.decisions, 'decision')})"
        for r in reviewers
    )


def pending_warning(t: Tally, articles: int = 1, recheck: int = 0) -> str | None:
    """What keeps the report from being final: claims still pending or disputed (its
    tally's, as listed), and `recheck` claims whose decision was about other words.
    None: final (the HTML report then says every claim is tagged)."""
    if not t.pending and not t.disputed and not recheck:
        return None
    where = f" across {articles} articles" if articles > 1 else ""
    parts: list[str] = []

    def some(n: int) -> str:  # the first part says of how many claims
        return str(n) if parts else f"{n} of {count(t.claims, 'claim')}"

    if t.pending:
        parts.append(f"{some(t.pending)} {be(t.pending)} still pending")
    if t.disputed:
        parts.append(f"{some(t.disputed)} {be(t.disputed)} disputed")
    if recheck:
        what = str(recheck) if parts else count(recheck, "claim")
        parts.append(
            f"{what} {'needs' if recheck == 1 else 'need'} a re-check "
            "(text or passage changed after tagging)"
        )
    said = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    return f"{said}{where}: this report is not final."


def article_warning(a: ArticleReport) -> str | None:
    """The warning of one article's report: the same words in every format."""
    from claimcheck.reportdata import rechecks

    return pending_warning(a.summary, recheck=rechecks(a.claims))


def byline(a: ArticleReport) -> list[tuple[str, str]]:
    """The article's metadata as (field, value) pairs, only those present."""
    info = a.article
    pairs = [
        ("Publisher", info.publisher),
        ("Author", info.author),
        ("Published", info.published.isoformat() if info.published else None),
        ("URL", info.url),
    ]
    return [(k, v) for k, v in pairs if v]


def article_key(position: int, many: bool) -> str:
    """The HTML report's key of the `position`th article (from 1): "a" when it is alone."""
    return f"a{position}" if many else "a"


def entry_anchor(key: str, claim_id: str) -> str:
    """The id of a claim's entry in the HTML report: what ClaimReview `url` fragments and
    the report's own links point at (one function, so they cannot drift apart)."""
    return f"{key}-{claim_id}"
