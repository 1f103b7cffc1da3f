"""The report as schema.org ClaimReview JSON-LD, the interchange format of fact-checks.

One ClaimReview per tagged claim; pending claims have no review yet and are left out. The
fields follow Google's fact-check markup documentation: `claimReviewed`, `reviewRating`
with `alternateName`, and `url` are required; `author`, `datePublished` and `itemReviewed`
(a Claim with its `appearance`, `author` and `datePublished`) are recommended.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import quote

from claimcheck.formats.registry import Format, Options, records
from claimcheck.report import ArticleReport, ClaimView, Rendered
from claimcheck.safe import dumps
from claimcheck.states import STATES

RATINGS = {s.name: s.rating for s in STATES if s.rating}
EXPLANATIONS = {s.name: s.explanation for s in STATES if s.explanation}


def _named(name: str | None, kind: str = "Organization") -> dict[str, str] | None:
    return {"@type": kind, "name": name} if name else None


def review(claim: ClaimView, a: ArticleReport, page_url: str, many: bool) -> dict[str, Any]:
    info = a.article
    fragment = quote(f"{info.id}-{claim.id}" if many else claim.id, safe="-._~")
    claim_author = (claim.hint.attributed_to if claim.hint else None) or info.author
    item: dict[str, Any] = {"@type": "Claim"}
    if info.url:
        appearance: dict[str, Any] = {"@type": "NewsArticle", "url": info.url}
        appearance["headline"] = info.title
        if info.publisher:
            appearance["publisher"] = _named(info.publisher)
        item["appearance"] = appearance
        item["firstAppearance"] = {"@type": "NewsArticle", "url": info.url}
    if claim_author:
        item["author"] = _named(claim_author, "Person" if claim_author == info.author else "Thing")
    elif info.publisher:
        item["author"] = _named(info.publisher)
    if info.published:
        item["datePublished"] = info.published.isoformat()
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": RATINGS[claim.label_name],
        "ratingExplanation": claim.note or EXPLANATIONS[claim.label_name],
    }
    out: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": f"{page_url.split('#')[0]}#{fragment}",
        "claimReviewed": claim.text,
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if claim.reviewer:
        out["author"] = _named(claim.reviewer, "Person")
    if claim.reviewed_at:
        out["datePublished"] = claim.reviewed_at.date().isoformat()
    citations = [
        {
            "@type": "CreativeWork",
            **({"url": s.url} if s.url else {}),
            "name": s.title or s.citation or s.url,
        }
        for s in claim.sources
    ]
    if citations:
        out["citation"] = citations
    return out


def render(articles: Iterable[ArticleReport], page_url: str) -> str:
    articles = list(articles)
    many = len(articles) != 1
    graph = [
        review(claim, a, page_url, many)
        for a in articles
        for claim in a.claims
        if claim.label is not None
    ]
    doc = {"@context": "https://schema.org", "@graph": graph}
    return script_safe(dumps(doc)) + "\n"


_SCRIPT_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def script_safe(text: str) -> str:
    """JSON that can be pasted inside <script type="application/ld+json">: `<`, `>` and
    `&` (which only occur inside strings) written as JSON escapes, so a note holding
    `</script>` or `<!--` cannot end or change the script element. The data is the same."""
    return text.translate(_SCRIPT_UNSAFE)


def write(items: Iterable[ArticleReport | Rendered], options: Options) -> Iterator[str]:
    yield render(records(items), options.url)


FORMAT = Format(
    "claimreview", 6, "schema.org ClaimReview JSON-LD", (".jsonld",), write, needs_url=True
)
