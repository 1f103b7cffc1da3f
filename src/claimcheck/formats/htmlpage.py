"""The HTML report's page, written with the standard library (`formats.html` gives it the
articles, their highlighted text and their evidence). Importing jinja2, which wrote it
from templates before, was 8 MB of a report's peak memory (its bytecode cache imports
`hashlib`, OpenSSL); the page is byte for byte what the templates gave.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from claimcheck.formats import entry_anchor, pct, rate_line, when
from claimcheck.query import reviews_line
from claimcheck.reportdata import generator
from claimcheck.safe import clean, shown_name
from claimcheck.states import RECHECK_WORDS, STATES

if TYPE_CHECKING:
    from claimcheck.report import Tally


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
class Row:
    """What the head of a report on several articles shows of each."""

    key: str
    title: str
    file: str | None  # None in a public report
    summary: Tally


# The page is written here with the standard library: jinja2's import (with its
# bytecode cache's `hashlib`, OpenSSL) was 8 MB of a report's peak memory, a third of
# the whole stack's. Every value goes through `_e`, as jinja2's autoescape with
# `finalize=_clean` did: control sequences stripped, then HTML-escaped (Markup as is).


def _e(value: object) -> str:
    return str(escape(_clean(value)))


def _style_part(name: str) -> str:
    return (Path(__file__).parent.parent / "templates" / name).read_text(encoding="utf-8")


def head(many: bool, title: str, rows: list[Row], totals: Tally | None = None,
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
                f'<tr><td><a href="#{_e(row.key)}">{_e(row.title)}</a>'
                + (
                    ""
                    if row.file is None
                    else f'<br><span class="muted">{_e(shown_name(row.file))}</span>'
                )
                + "</td>"
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


def article_html(many: bool, a: dict[str, Any]) -> str:
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
    if r.file is not None:  # a public report names none (public.public_report)
        out.append(f"<tr><th>Claim file</th><td>{_e(shown_name(r.file))}</td></tr>\n")
    out.append(f"<tr><th>Reviewed by</th><td>{_e(a['reviewers'])}</td></tr>\n")
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
    # the states the page's claims are in: a public page shows no claim as disputed (it is
    # pending there), so a DISPUTED badge in its legend would name what it never shows
    present = {c.label_name for c in r.claims}
    badges = "".join(
        f'<span class="badge {_e(s.name)}">{_e(s.name)}</span>' for s in STATES if s.name in present
    )
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
                out.append(f'<div class="note">Reviews: {_e(reviews_line(c, notes=True))}</div>')
            if c.note and not c.reviews:  # several reviewers: each note with its review
                out.append(f'<div class="note">Note: {_e(c.note)}</div>')
            if c.explanation:
                out.append(f'<div class="explanation">Explanation: {_e(c.explanation)}</div>')
            out.append(f'<a class="back" href="#at-{entry}">↑ in the article</a></li>\n')
        out.append("</ol>\n")
    out.append("</article>\n")
    return "".join(out)


def foot() -> str:
    return (
        f"<footer>Made by {_e(generator())}. Self-contained: this page loads nothing from "
        "the network.</footer>\n</body>\n</html>\n"
    )
