"""An article's report as plain data, made without the report's records.

`report.article_report` builds the report as pydantic records (`report.ArticleReport`),
which the formats render. The report cache keeps it as JSON, and `validate` only needs
its counts: building the report's record classes for that (their schemas and validators)
was about 12 ms of a `validate` on a changed file, more than the report itself. This
module computes the same report from a validated claim file as dicts and lists (the
claim file's own records inside them) and writes it with pydantic-core's serialiser,
the bytes `ArticleReport.model_dump_json(indent=2)` gives (a test compares them on
every claim file of the test suite). `report.article_report` takes its reviewers,
counts and problems from here, so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from claimcheck import __version__
from claimcheck.safe import shown_name
from claimcheck.states import NAMES, OPTIONAL
from claimcheck.wording import be, count

if TYPE_CHECKING:
    from claimcheck import models, plainfile

    # a claim file's records, or its plain records (`plainfile`, for a report on an archive)
    Claim = models.Claim | plainfile.Claim
    ClaimFile = models.ClaimFile | plainfile.ClaimFile

NO_SECTION = "(no section)"
# The version of the report's shape (`report.Report`'s `report_version`).
REPORT_VERSION: Literal[1] = 1


def generator() -> str:
    return f"claimcheck {__version__}"


DECISION_FIELDS = frozenset({"label", "sources", "note", "review"})


def percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100.0 * part / whole, 1)


def counts_of(labels: Iterable[str]) -> dict[str, int]:
    """Claims per state (every state, in NAMES' order) from their label names."""
    n = dict.fromkeys(NAMES, 0)
    for name in labels:
        n[name] += 1
    return n


def tally(n: dict[str, int]) -> dict[str, Any]:
    """A `report.Tally` as data, its fields in their order, from the claims per state."""
    total = sum(n.values())
    return {
        "claims": total,
        **{name: n[name] for name in NAMES},
        "percent": {name: percent(n[name], total) or 0.0 for name in NAMES},
        "sourcing_rate": percent(n["sourced"], n["sourced"] + n["unverified"]),
    }


class Counts:
    """The counts of a report (`report.Tally`'s, without its record): what `validate`
    prints and the totals add up."""

    __slots__ = ("by_state", "claims")

    def __init__(self, data: dict[str, Any]) -> None:
        by_state = {name: data[name] for name in NAMES}
        if not all(type(v) is int for v in [data["claims"], *by_state.values()]):
            raise TypeError("a count is not an integer")
        self.claims: int = data["claims"]
        self.by_state = by_state

    def counts(self) -> dict[str, int]:
        """Claims per state; "disputed" only when there are some (as `Tally.counts`)."""
        return {name: n for name, n in self.by_state.items() if name != OPTIONAL or n}


def rechecks(claims: Iterable[Any]) -> int:
    """How many of the claims need a re-check (`needs_recheck`: tagged, then their text or
    passage changed). Every format lists them where their state puts them, marked; a
    public report lists them as pending (public.public_claim)."""
    return sum(1 for c in claims if c.needs_recheck)


def reviewers(claims: Sequence[Claim]) -> list[dict[str, Any]]:
    """Each reviewer's decisions that stand (none an undo took back), claims and first and
    last decision (`report.Reviewer`'s fields), in the order of their first decision."""
    activity: dict[str, set[tuple[str, datetime]]] = {}
    for claim in claims:
        # a decision taken back does not stand, nor does the undo that took it back: an
        # undo is recorded at its own instant, naming the instant of what it undid
        undos = [c for c in claim.history if c.field == "undo"]
        taken_back = {(c.by, str(c.new)) for c in undos} | {(c.by, c.at.isoformat()) for c in undos}
        for change in claim.history:  # the fields one decision changes share its instant
            if change.field not in DECISION_FIELDS:
                continue  # corrections of the claim list, reanchoring: not decisions
            if (change.by, change.at.isoformat()) in taken_back:
                continue
            activity.setdefault(change.by, set()).add((claim.id, change.at))
    current: dict[str, int] = {}
    for claim in claims:
        if claim.reviewer and claim.label is not None:
            current[claim.reviewer] = current.get(claim.reviewer, 0) + 1
    found = [
        {
            "name": name,
            "decisions": len(times),
            "claims": current.get(name, 0),
            "first": min(at for _, at in times),
            "last": max(at for _, at in times),
        }
        for name, times in activity.items()
    ]
    return sorted(found, key=lambda r: (r["first"], r["name"]))


def problems(claims: Sequence[Claim], n: dict[str, int]) -> list[str]:
    """What keeps the article from being publishable, `n` its claims per state."""
    from claimcheck.states import Label

    total = sum(n.values())
    found = []
    if n["pending"]:
        k = n["pending"]
        found.append(f"{k} of {count(total, 'claim')} {be(k)} still pending")
    if n["disputed"]:
        k = n["disputed"]
        found.append(
            f"{count(k, 'claim')} {be(k)} disputed: "
            "reviewers disagree "
            "(settle them with claimcheck review --disputed)"
        )
    recheck = [c.id for c in claims if c.needs_recheck]
    if recheck:
        k = len(recheck)
        found.append(
            f"{count(k, 'claim')} {'needs' if k == 1 else 'need'} a re-check: text or passage "
            f"changed after tagging ({', '.join(recheck)})"
        )
    found.extend(
        f"claim {c.id} is sourced but has no source with a URL or citation"
        for c in claims
        if c.label is Label.SOURCED and not usable(c)
    )
    found.extend(
        f"claim {c.id}: the passage of source {k} is not in its snapshot"
        for c in claims
        if c.label is Label.SOURCED
        for k, src in enumerate(c.sources, 1)
        if _proof_absent(src)
    )
    return found


def _proof_absent(source: Any) -> bool:
    """The source's snapshot was searched for its passage, which is not there."""
    snap = source.snapshot
    return bool(snap and snap.proof and snap.proof.match == "absent")


def usable(claim: Any) -> bool:
    """A sourced claim is publishable only with a source a reader can follow."""
    return any(s.url or (s.citation and s.citation.strip()) for s in claim.sources)


def flat_fields(claim: Claim) -> dict[str, Any]:
    """A claim as the report gives it (`flat.Claim`'s fields, in their order), its
    reviews as dicts of `flat.Review`'s fields."""
    found = claim.standing
    return {
        "id": claim.id,
        "text": claim.text,
        "passage": claim.passage,
        "also_at": claim.also_at,
        "section": claim.section,
        "label": found.label,
        "sources": list(found.sources),
        "note": found.note,
        "explanation": found.explanation,
        "reviewer": found.reviewer,
        "reviewed_at": found.reviewed_at,
        "reviews": [
            {
                "by": r.by,
                "at": r.at,
                "label": r.label,
                "sources": r.sources,
                "note": r.note,
                "explanation": r.explanation,
            }
            for r in claim.apart()
            if r.by is not None and r.at is not None  # unsigned: not a reviewer's
        ],
        "adjudicated_by": found.adjudicated_by,
        "hint": claim.hint,
        "history": claim.history,
    }


class Totals:
    """Adds up article reports as they stream past (the archive need not fit in memory),
    from their counts and problems alone: records or the cache's JSON alike."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(NAMES, 0)
        self.problems: list[str] = []
        self.articles = 0
        # claims needing a re-check, of the reports that carry their claims (records or
        # views: those the formats add up; the cache's JSON, `Rendered`, carries none)
        self.rechecks = 0

    def add(self, report: Any) -> Any:
        """Count one article's report (`report.ArticleReport` or `Rendered`); returned."""
        self.articles += 1
        for name, n in report.summary.counts().items():
            self.counts[name] += n
        if not isinstance(report, Rendered):
            self.rechecks += rechecks(report.claims)
        # a public report names no claim file (public.public_report): its article, then
        where = shown_name(report.file) if report.file is not None else report.article.title
        self.problems.extend(f"{where}: {p}" for p in report.problems)
        return report

    def tally_data(self) -> dict[str, Any]:
        """The totals as `report.Tally`'s fields."""
        return tally(self.counts)


class Rendered(NamedTuple):
    """An article's report already written as JSON (from the cache): what the JSON format
    needs, without validating the records again. `json` has an empty "file" to fill in."""

    file: str
    summary: Counts
    problems: list[str]
    json: str

    def json_for(self, file: str) -> str:
        import json

        return self.json.replace('"file": ""', f'"file": {json.dumps(file)}', 1)


class ArticleJson(NamedTuple):
    """An article's report as the cache keeps it."""

    summary: dict[str, Any]  # `report.Tally`'s fields
    problems: list[str]
    sha256: str  # of the article text
    body: bytes  # `article_report(...)` with an empty "file", as JSON with an indent of 2

    def counts(self) -> Counts:
        return Counts(self.summary)


def article_json(doc: ClaimFile, text: str) -> ArticleJson:
    """The report of one validated claim file and its article text, as JSON."""
    from pydantic_core import to_json

    from claimcheck.claimlogic import sha256_text

    claims = doc.claims
    by_section: dict[str, list[str]] = {}
    for claim in claims:
        by_section.setdefault(claim.section or NO_SECTION, []).append(claim.label_name)
    n = counts_of(c.label_name for c in claims)
    summary = tally(n)
    found = problems(claims, n)
    people = reviewers(claims)
    a = doc.article
    sha256 = a.sha256 or sha256_text(text)
    body = {
        "file": "",
        "article": {
            "id": a.id,
            "title": a.title,
            "url": a.url,
            "author": a.author,
            "publisher": a.publisher,
            "published": a.published,
            "sha256": sha256,
            "text": text,
        },
        "reviewers": people,
        "first_decision": min((r["first"] for r in people), default=None),
        "last_decision": max((r["last"] for r in people), default=None),
        "summary": summary,
        "sections": [
            {**tally(counts_of(names)), "name": name} for name, names in by_section.items()
        ],
        "problems": found,
        "claims": [flat_fields(c) for c in claims],
    }
    return ArticleJson(summary, found, sha256, to_json(body, indent=2))


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; a folder stands for the claim files (*.yaml, *.yml) under it, sorted.
    A file named twice (or through a link, or by its folder too) comes once: counted once."""
    seen: set[Path] = set()
    for path in _expand(paths):
        try:
            key = path.resolve()
        except (RuntimeError, OSError):  # a link that loops: reading it says so, one line
            key = path.absolute()
        if key not in seen:
            seen.add(key)
            yield path


def _expand(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix in (".yaml", ".yml")
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            yield from [p for p in found if _found_in(path, p)]  # warnings in order
        else:
            yield path


def _found_in(folder: Path, path: Path) -> bool:
    """A claim file found in a folder the user named: a regular file inside it. A symbolic
    link, or anything else that is not a plain file, is skipped with a warning (a folder
    named *.yaml, silently); a file the user names itself is read, link or not."""
    import stat
    import sys

    from claimcheck.confine import Refused, found_in
    from claimcheck.safe import clean, shown_path

    try:
        if stat.S_ISDIR(path.lstat().st_mode):
            return False
        found_in(folder, path)
    except OSError:  # gone while the folder was listed
        return False
    except Refused as exc:
        sys.stderr.write(clean(f"Warning: {shown_path(path)}: not read: it {exc}") + "\n")
        sys.stderr.flush()
        return False
    return True
