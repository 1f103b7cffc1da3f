"""The report as one self-contained HTML page: inline CSS, no scripts, no network requests.

The page shows the summary, then the article text with every claim's passage highlighted in
its label's colour and linked to the claim's entry. The page is written with the standard
library (see `_e`): every value is escaped; the highlighted article text is escaped here,
segment by segment.

An internal report shows, for each source, what its snapshot proves: the passage in the
snapshot's text with the sentences around it (text, escaped like the rest: a hostile page
can put no markup here), and relative links to the archive beside the claim
file. The snapshot page itself is never embedded: see the README's Evidence section.
"""

from __future__ import annotations

import heapq
import itertools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from markupsafe import Markup, escape

from claimcheck.formats import (
    article_key,
    byline,
    entry_anchor,
    groups,
    pct,
    pending_warning,
    rate_line,
    reviewers_line,
    when,
)
from claimcheck.formats.registry import Format, Options, records
from claimcheck.formats.spool import spooled
from claimcheck.query import reviews_line
from claimcheck.reportdata import Totals, generator
from claimcheck.reportview import totals_view
from claimcheck.safe import clean
from claimcheck.states import RECHECK_WORDS, STATES

if TYPE_CHECKING:  # given views of the records (`reportview`), or the records
    from claimcheck.basics import Snapshot, Source
    from claimcheck.report import ArticleReport, ClaimView, Rendered, Report, Tally


@dataclass
class _Group:
    name: str
    heading: str
    claims: list[ClaimView]


def highlight(text: str, claims: list[ClaimView], key: str) -> Markup:
    """The article text, escaped, with each passage wrapped in a link to its claim.

    Passages may overlap or nest: the text is cut at every passage boundary and each piece
    is linked to the shortest passage that covers it (the most specific claim). One sweep
    from left to right: the passages covering the current piece are kept in a heap
    ordered by (length, start, order given), so each piece costs a logarithm, not a scan
    of every passage.
    """
    spans = [
        (p.start, p.end, claim, p is claim.passage)
        for claim in claims
        for p in (claim.passage, *claim.also_at)
        if 0 <= p.start < p.end <= len(text)
    ]
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for i, (s, e, _, _) in enumerate(spans):
        opening.setdefault(s, []).append(i)
        closing.setdefault(e, []).append(i)
    cuts = sorted({0, len(text), *opening, *closing})
    live = [False] * len(spans)
    heap: list[tuple[int, int, int]] = []
    ids_here: dict[str, int] = {}  # the ids of the covering passages, with multiplicity
    anchored: set[str] = set()
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        for i in closing.get(a, ()):
            live[i] = False
            claim_id = spans[i][2].id
            ids_here[claim_id] -= 1
            if not ids_here[claim_id]:
                del ids_here[claim_id]
        for i in opening.get(a, ()):
            s, e, claim, _ = spans[i]
            live[i] = True
            heapq.heappush(heap, (e - s, s, i))
            ids_here[claim.id] = ids_here.get(claim.id, 0) + 1
        while heap and not live[heap[0][2]]:
            heapq.heappop(heap)
        piece = escape(clean(text[a:b]))
        if not heap:
            out.append(piece)
            continue
        start, _end, claim, primary = spans[heap[0][2]]
        ids = sorted(ids_here)
        anchor = ""
        if primary and start == a and claim.id not in anchored:
            anchored.add(claim.id)
            anchor = f' id="at-{escape(entry_anchor(key, claim.id))}"'
        out.append(
            f'<a class="hl {claim.label_name}" href="#{escape(entry_anchor(key, claim.id))}"'
            f"{anchor}"
            f' title="{escape(", ".join(ids))}: {claim.label_name}">{piece}</a>'
        )
    return Markup("".join(out))


def _clean(value: object) -> object:
    """Every value printed by the template: terminal control sequences stripped."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return clean(value)
    return value


@dataclass(frozen=True)
class Evidence:
    """What a source's snapshot shows, for the report: how the passage was found, where
    (before, passage, after), and a link to the archive (not to the extracted `.txt`
    beside it, which a stranger could rewrite: the report shows text derived from the
    hash-checked archive itself)."""

    state: str  # exact, approximate, absent, unchecked (no proof yet), archived, none
    at: str = ""
    score: float = 0.0
    archive: str = ""  # a relative URL
    size: int = 0
    context: tuple[str, str, str] | None = None
    problem: str = ""
    earlier: tuple[tuple[str, str], ...] = ()  # other copies: (the day, a relative URL)


@dataclass
class _Snapshots:
    """Links relative to the report's folder, and the passage in context read from each
    snapshot's text (the last text read is kept: sources of one claim often share a page;
    an archive's texts are never all held at once)."""

    base: Path
    last: tuple[tuple[str, str], str] | None = None

    def link(self, path: Path) -> str:
        return quote(Path(os.path.relpath(path.absolute(), self.base.absolute())).as_posix())

    def text(self, claim_file: Path, snap: Snapshot) -> str:
        from claimcheck.evidence import archive

        key = (str(claim_file.parent), snap.sha256)
        if self.last is None or self.last[0] != key:
            self.last = key, archive.read_text(claim_file, snap)
        return self.last[1]

    def evidence(self, claim_file: Path, source: Source) -> Evidence:
        snap = source.snapshot
        if snap is None:  # before the imports: the archive's brings the records, hashlib
            return Evidence("none")
        from claimcheck.errors import ClaimcheckError
        from claimcheck.evidence import archive
        from claimcheck.evidence.proof import context

        proof = snap.proof
        state = proof.match if proof else "unchecked" if source.passage else "archived"
        try:  # a planted link in place of evidence/ is refused here too
            found = Evidence(
                state,
                at=snap.at.date().isoformat(),
                score=proof.score if proof else 0.0,
                archive=self.link(archive.archive_path(claim_file, snap.sha256)),
                size=snap.size,
                earlier=tuple(
                    (s.at.date().isoformat(), self.link(archive.archive_path(claim_file, s.sha256)))
                    for s in source.earlier or []
                ),
            )
        except ClaimcheckError as exc:
            return Evidence(state, at=snap.at.date().isoformat(), problem=str(exc))
        if proof is None or proof.match == "absent":
            return found
        try:
            text = self.text(claim_file, snap)
        except (ClaimcheckError, OSError):
            return replace(found, problem="its archived text cannot be read: evidence verify")
        shown = context(text, source.passage or "", proof)
        if shown is None:  # a recorded proof the text does not bear out proves nothing
            problem = "the recorded place does not hold the passage"
            return replace(found, state="unchecked", problem=problem)
        before, passage, after = shown
        return replace(found, context=(clean(before), clean(passage), clean(after)))


@dataclass
class _Row:
    """What the head of a report on several articles shows of each."""

    key: str
    title: str
    file: str
    summary: Tally


def render(report: Report, options: Options | None = None) -> str:
    """The whole page, at once."""
    return "".join(_page(report.articles, options or Options()))


def _page(reports: Iterable[ArticleReport], options: Options) -> Iterator[str]:
    """The page in parts: its head, an article at a time, its end. For several articles
    the head (their totals, a row each) comes first but is known last: the articles are
    rendered as they come into a spool (`formats.spool`), so only one article's records
    are alive at once, and copied after the head."""
    snapshots = (
        None
        if options.public
        else _Snapshots(Path(options.output).parent if options.output else Path())
    )
    reports = iter(reports)
    first, second = next(reports, None), next(reports, None)
    if first is not None and second is None:  # one article: the page is its own
        yield _head(False, first.article.title, [])
        yield _article_html(False, _article(first, article_key(1, False), snapshots))
        yield _foot()
        return
    totals = Totals()
    rows: list[_Row] = []
    with spooled() as spool:
        for i, a in enumerate(itertools.chain(filter(None, (first, second)), reports), 1):
            totals.add(a)
            key = article_key(i, True)
            rows.append(_Row(key, a.article.title, a.file, a.summary))
            spool.write(_article_html(True, _article(a, key, snapshots)))
        tally = totals_view(totals.counts)
        yield _head(
            True,
            f"{totals.articles} articles",
            rows,
            totals=tally,
            count=totals.articles,
            totals_warning=pending_warning(tally, totals.articles),
        )
        yield from spool.chunks()
    yield _foot()


def _article(a: ArticleReport, key: str, snapshots: _Snapshots | None) -> dict[str, Any]:
    claim_file = Path(a.file)
    evidence = {
        c.id: [snapshots.evidence(claim_file, s) for s in c.sources]
        for c in a.claims
        if snapshots is not None and c.sources and c.label_name == "sourced"
    }
    return {
        "evidence": evidence,
        "key": key,
        "report": a,
        "byline": byline(a),
        "reviewers": reviewers_line(a.reviewers),
        "warning": pending_warning(a.summary),
        "show_sections": a.has_sections(),
        "body": highlight(a.article.text, a.claims, key),
        "groups": [_Group(name, heading, claims) for name, heading, claims in groups(a)],
    }


def write(items: Iterable[ArticleReport | Rendered], options: Options) -> Iterator[str]:
    yield from _page(records(items), options)


# ---- the page, written here with the standard library: jinja2's import (with its
# bytecode cache's `hashlib`, OpenSSL) was 8 MB of a report's peak memory, a third of
# the whole stack's. Every value goes through `_e`, as jinja2's autoescape with
# `finalize=_clean` did: control sequences stripped, then HTML-escaped (Markup as is).


def _e(value: object) -> str:
    return str(escape(_clean(value)))


def _style_part(name: str) -> str:
    return (Path(__file__).parent.parent / "templates" / name).read_text(encoding="utf-8")


def _head(many: bool, title: str, rows: list[_Row], totals: Tally | None = None,
          count: int = 0, totals_warning: str | None = None) -> str:  # fmt: skip
    out = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
        f'<meta name="generator" content="{_e(generator())}">\n'
        f"<title>Verification report: {_e(title)}</title>\n<style>\n:root {{\n",
        *(f"  --{_e(s.name)}: {_e(s.html[0])}; --{_e(s.name)}-bg: {_e(s.html[1])};\n"
          for s in STATES),
        _style_part("style-1.css"),
        *(f".{_e(s.name)} {{ --c: var(--{_e(s.name)}); --bg: var(--{_e(s.name)}-bg); }}\n"
          for s in STATES),
        _style_part("style-2.css"),
    ]  # fmt: skip
    if many:
        assert totals is not None
        out.append(f"<h1>Verification report: {_e(count)} articles</h1>\n")
        if totals_warning:
            out.append(f'<p class="warning" role="alert">{_e(totals_warning)}</p>')
        out.append(_summary(totals))
        out.append(
            '\n<table>\n<thead><tr><th>Article</th><th class="n">Sourced</th>'
            '<th class="n">Unverified</th><th class="n">Opinion</th><th class="n">Pending</th>'
            '<th class="n">Sourcing rate</th></tr></thead>\n<tbody>\n'
        )
        for row in rows:
            s = row.summary
            out.append(
                f'<tr><td><a href="#{_e(row.key)}">{_e(row.title)}</a><br>'
                f'<span class="muted">{_e(row.file)}</span></td>'
                f'<td class="n">{_e(s.sourced)}</td><td class="n">{_e(s.unverified)}</td>'
                f'<td class="n">{_e(s.opinion)}</td><td class="n">{_e(s.pending)}</td>'
                f'<td class="n">{_e(pct(s.sourcing_rate))}</td></tr>\n'
            )
        out.append("</tbody>\n</table>\n")
    return "".join(out)


def _item(obj: Any, name: str) -> Any:
    """`obj[name]`, else its attribute (as a template's subscript looks a value up)."""
    try:
        return obj[name]
    except (TypeError, LookupError):
        return getattr(obj, name)


def _summary(t: Tally) -> str:
    counts = t.counts()
    rows = "".join(
        f'<tr class="{_e(name)}"><td><span class="badge {_e(name)}">{_e(name)}</span></td>'
        f'<td class="n">{_e(n)}</td><td class="n">{_e(pct(_item(t.percent, name)))}</td></tr>\n'
        for name, n in counts.items()
    )
    bar = "".join(
        f'<span class="{_e(name)}" style="width: {_e("%.2f" % (100 * n / t.claims))}%"></span>'
        for name, n in counts.items()
        if n
    )
    return (
        '<table>\n<thead><tr><th>Label</th><th class="n">Claims</th><th class="n">Share</th>'
        f"</tr></thead>\n<tbody>\n{rows}"
        f'<tr><th>total</th><td class="n">{_e(t.claims)}</td><td></td></tr>\n</tbody>\n'
        f'</table>\n<div class="bar" role="img" aria-label="label split">{bar}</div>\n'
        f'<p class="rate">{_e(rate_line(t))}</p>\n'
    )


_PROVEN = {
    "exact": '<span class="proven">Passage proven</span> in the archived copy.',
    "approximate": '<span class="proven">Passage proven approximately</span> in the archived '
    "copy (score {score}).",
    "absent": '<strong class="unproven">The passage is not in the archived copy</strong> '
    "(best match: score {score}).",
    "unchecked": '<strong class="unproven">The passage has not been looked for</strong> in '
    "the archived copy (evidence verify).",
}


def _proof(e: Evidence) -> str:
    out = [f'<div class="evidence {_e(e.state)}">']
    if e.state == "none":
        out.append('<span class="muted">No archived copy.</span>')
    else:
        said = _PROVEN.get(e.state, "No passage to prove.")
        out.append(said.format(score=_e(f"{e.score:g}")) if "{score}" in said else said)
        out.append(f' <span class="muted">Archived {_e(e.at)}{":" if e.archive else "."}</span>')
        if e.archive:
            out.append(
                f' <a href="{_e(e.archive)}" type="application/warc" download>the archive</a> '
                f'<span class="muted">(WARC, {_e(f"{e.size:,}")} bytes)</span>'
            )
        if e.context:
            before, passage, after = (_e(x) for x in e.context)
            out.append(
                f'<blockquote class="context">{before}<mark>{passage}</mark>{after}</blockquote>'
            )
        if e.problem:
            out.append(
                f'<strong class="unproven">The passage cannot be shown: {_e(e.problem)}</strong>'
            )
        if e.earlier:
            links = ", ".join(
                f'<a href="{_e(href)}" type="application/warc" download>{_e(day)}</a>'
                for day, href in e.earlier
            )
            out.append(f'<span class="muted">Earlier copies:</span> {links}')
    out.append("</div>")
    return "".join(out)


def _source(s: Any, proof: Evidence | None) -> str:
    if s.url:
        out = f'<li><a href="{_e(s.url)}" rel="noopener noreferrer">{_e(s.title or s.url)}</a>'
    else:
        out = f"<li>{_e(s.title + ': ') if s.title else ''}{_e(s.citation)}"
    if s.publisher:
        out += f", {_e(s.publisher)}"
    if s.accessed:
        out += f' <span class="muted">(accessed {_e(s.accessed.isoformat())})</span>'
    if s.passage:
        out += f"<blockquote>“{_e(s.passage)}”</blockquote>"
    if proof is not None:
        out += _proof(proof)
    return out + "</li>\n"


def _article_html(many: bool, a: dict[str, Any]) -> str:
    r, key = a["report"], a["key"]
    level = "h2" if many else "h1"
    out = [
        f'<article id="{_e(key)}">\n<{level}>Verification report: {_e(r.article.title)}'
        f'</{level}><table class="meta">\n'
    ]
    for field, value in a["byline"]:
        shown = (
            f'<a href="{_e(value)}" rel="noopener noreferrer">{_e(value)}</a>'
            if field == "URL"
            else _e(value)
        )
        out.append(f"<tr><th>{_e(field)}</th><td>{shown}</td></tr>\n")
    out.append(
        f"<tr><th>Claim file</th><td>{_e(r.file)}</td></tr>\n"
        f"<tr><th>Reviewed by</th><td>{_e(a['reviewers'])}</td></tr>\n"
    )
    if r.first_decision:
        out.append(
            f"<tr><th>Decisions</th><td>{_e(when(r.first_decision))} to "
            f"{_e(when(r.last_decision))}</td></tr>"
        )
    out.append("</table>\n")
    if a["warning"]:
        out.append(f'<p class="warning" role="alert">{_e(a["warning"])}</p>')
    else:
        out.append('<p class="ok">Every claim is tagged.</p>')
    out.append(_summary(r.summary) + "\n")
    if a["show_sections"]:
        out.append(
            '<h3>By section</h3>\n<table>\n<thead><tr><th>Section</th><th class="n">Claims</th>'
            '<th class="n">Sourced</th><th class="n">Unverified</th><th class="n">Opinion</th>'
            '<th class="n">Pending</th><th class="n">Sourcing rate</th></tr></thead>\n<tbody>\n'
        )
        for s in r.sections:
            out.append(
                f'<tr><td>{_e(s.name)}</td><td class="n">{_e(s.claims)}</td>'
                f'<td class="n">{_e(s.sourced)}</td><td class="n">{_e(s.unverified)}</td>'
                f'<td class="n">{_e(s.opinion)}</td><td class="n">{_e(s.pending)}</td>'
                f'<td class="n">{_e(pct(s.sourcing_rate))}</td></tr>\n'
            )
        out.append("</tbody>\n</table>\n")
    badges = "".join(f'<span class="badge {_e(s.name)}">{_e(s.name)}</span>' for s in STATES)
    out.append(
        f'<h3>The article, claim by claim</h3>\n<p class="legend">{badges} Each highlighted '
        f'passage links to its claim below.</p>\n<div class="text">{_e(a["body"])}</div>\n'
    )
    evidence = a["evidence"]
    for group in a["groups"]:
        g = _e(group.name)
        out.append(
            f'<h3 class="{g}">{_e(group.heading)} ({_e(len(group.claims))})</h3>\n'
            '<ol class="claims">\n'
        )
        for c in group.claims:
            entry = _e(entry_anchor(key, c.id))
            recheck = f' <strong class="recheck">{_e(RECHECK_WORDS)}</strong>'
            out.append(
                f'<li id="{entry}" class="{g}"><span class="cid">{_e(c.id)}</span>'
                f'<span class="badge {g}">{g}</span>{recheck if c.needs_recheck else ""} '
                f"{_e(c.text)}\n"
            )
            if c.sources and group.name == "sourced":
                proofs = evidence.get(c.id)
                out.append('<ul class="sources">\n')
                out.extend(
                    _source(s, proofs[i] if proofs is not None else None)
                    for i, s in enumerate(c.sources)
                )
                out.append("</ul>")
            if c.reviews:
                out.append(f'<div class="note">Reviews: {_e(reviews_line(c))}</div>')
            if c.note:
                out.append(f'<div class="note">Note: {_e(c.note)}</div>')
            if c.explanation:
                out.append(f'<div class="explanation">Explanation: {_e(c.explanation)}</div>')
            out.append(f'<a class="back" href="#at-{entry}">↑ in the article</a></li>\n')
        out.append("</ol>\n")
    out.append("</article>\n")
    return "".join(out)


def _foot() -> str:
    return (
        f"<footer>Made by {_e(generator())}. Self-contained: this page loads nothing from "
        "the network.</footer>\n</body>\n</html>\n"
    )


FORMAT = Format("html", 3, "one self-contained page", (".html", ".htm"), write, takes_json=True)
