"""The report as one self-contained HTML page: inline CSS, no scripts, no network requests.

The page shows the summary, then the article text with every claim's passage highlighted in
its label's colour and linked to the claim's entry. Values are escaped by jinja2's
autoescape; the highlighted article text is escaped here, segment by segment.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

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
from claimcheck.query import reviews_line
from claimcheck.report import ArticleReport, ClaimView, Rendered, Report, build
from claimcheck.safe import clean
from claimcheck.states import STATES


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


def render(report: Report) -> str:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("claimcheck", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        finalize=_clean,
    )
    env.globals.update(
        pct=pct, when=when, rate=rate_line, reviews=reviews_line, states=STATES, entry=entry_anchor
    )
    many = len(report.articles) != 1
    articles = [_article(a, article_key(i, many)) for i, a in enumerate(report.articles, 1)]
    title = report.articles[0].article.title if not many else f"{len(report.articles)} articles"
    return env.get_template("report.html").render(
        report=report,
        articles=articles,
        title=title,
        totals_warning=pending_warning(report.totals, len(report.articles)),
    )


def _article(a: ArticleReport, key: str) -> dict[str, Any]:
    return {
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
    yield render(build(records(items)))


FORMAT = Format("html", 3, "one self-contained page", (".html", ".htm"), write)
