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
    article_warning,
    byline,
    entry_anchor,
    groups,
    pending_warning,
    reviewers_line,
)
from claimcheck.formats.htmlpage import Evidence, Row, article_html, foot, head
from claimcheck.formats.registry import Format, Options, records
from claimcheck.formats.spool import spooled
from claimcheck.reportdata import Totals
from claimcheck.reportview import totals_view
from claimcheck.safe import clean

if TYPE_CHECKING:  # given views of the records (`reportview`), or the records
    from claimcheck.basics import Snapshot, Source
    from claimcheck.report import ArticleReport, ClaimView, Rendered, Report


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
        yield head(False, first.article.title, [])
        yield article_html(False, _article(first, article_key(1, False), snapshots))
        yield foot()
        return
    totals = Totals()
    rows: list[Row] = []
    with spooled() as spool:
        for i, a in enumerate(itertools.chain(filter(None, (first, second)), reports), 1):
            totals.add(a)
            key = article_key(i, True)
            rows.append(Row(key, a.article.title, a.file, a.summary))
            spool.write(article_html(True, _article(a, key, snapshots)))
        tally = totals_view(totals.counts)
        yield head(
            True,
            f"{totals.articles} articles",
            rows,
            totals=tally,
            count=totals.articles,
            totals_warning=pending_warning(tally, totals.articles, totals.rechecks),
        )
        yield from spool.chunks()
    yield foot()


def _article(a: ArticleReport, key: str, snapshots: _Snapshots | None) -> dict[str, Any]:
    claim_file = Path(a.file or "")  # the snapshots' folder (none in a public report)
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
        "warning": article_warning(a),
        "show_sections": a.has_sections(),
        "body": highlight(a.article.text, a.claims, key),
        "groups": [_Group(name, heading, claims) for name, heading, claims in groups(a)],
    }


def write(items: Iterable[ArticleReport | Rendered], options: Options) -> Iterator[str]:
    yield from _page(records(items), options)


FORMAT = Format("html", 3, "one self-contained page", (".html", ".htm"), write, takes_json=True)
