"""The report as schema.org ClaimReview JSON-LD, the interchange format of fact-checks.

One ClaimReview per tagged claim; pending claims have no review yet and are left out. Only
public fields are published (public.py): the public explanation, never the internal note;
the desk as author, never a login name; the current sources only. Each `url` ends with the
fragment of the claim's entry in the HTML report (formats.entry_anchor). The
fields follow Google's fact-check markup documentation: `claimReviewed`, `reviewRating`
with `alternateName`, and `url` are required; `author`, `datePublished` and `itemReviewed`
(a Claim with its `appearance`, `author` and `datePublished`) are recommended.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from claimcheck.formats import article_key, entry_anchor
from claimcheck.formats.registry import Format, Options, records
from claimcheck.public import public_claim
from claimcheck.safe import clean, dumps
from claimcheck.speech import SPEECH_REASONS
from claimcheck.states import STATES
from claimcheck.urls import without_user

if TYPE_CHECKING:  # given views of the records (`reportview`), or the records
    from claimcheck.config import Desk
    from claimcheck.report import ArticleReport, ClaimView, Rendered

RATINGS = {s.name: s.rating for s in STATES if s.rating}
EXPLANATIONS = {s.name: s.explanation for s in STATES if s.explanation}


def _named(name: str | None, kind: str = "Organization") -> dict[str, str] | None:
    return {"@type": kind, "name": name} if name else None


def organisation(desk: Desk | None) -> dict[str, Any] | None:
    """The desk as the ClaimReview's author: its name, URL and logo from the configuration."""
    org = desk.org if desk else None
    if org is None or not org.name:
        return None
    out: dict[str, Any] = {"@type": "Organization", "name": org.name}
    if org.url:
        out["url"] = org.url
    if org.logo:
        out["logo"] = {"@type": "ImageObject", "url": org.logo}
    return out


def review(
    claim: ClaimView, a: ArticleReport, page_url: str, key: str, desk: Desk | None = None
) -> dict[str, Any]:
    """One claim's ClaimReview, from its public fields only (see public.public_claim)."""
    info = a.article
    claim_author = claimant(claim, a)
    credited = checked_by(claim)
    claim = public_claim(claim)
    item: dict[str, Any] = {"@type": "Claim"}
    if info.url:
        url = without_user(info.url)
        appearance: dict[str, Any] = {"@type": "NewsArticle", "url": url}
        appearance["headline"] = info.title
        if info.publisher:
            appearance["publisher"] = _named(info.publisher)
        item["appearance"] = appearance
        item["firstAppearance"] = {"@type": "NewsArticle", "url": url}
    if claim_author:
        item["author"] = claim_author
    if info.published:
        item["datePublished"] = info.published.isoformat()
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": RATINGS[claim.label_name],
        "ratingExplanation": claim.explanation or EXPLANATIONS[claim.label_name],
    }
    out: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": f"{page_url.split('#')[0]}#{quote(entry_anchor(key, claim.id), safe='-._~')}",
        "claimReviewed": claim.text,
        "reviewRating": rating,
        "itemReviewed": item,
    }
    authors = [organisation(desk)]
    if desk is not None and desk.publish.reviewer_as_author:
        authors += [_named(desk.public_name(who), "Person") for who in credited]
    named = [x for x in authors if x]
    if named:
        out["author"] = named[0] if len(named) == 1 else named
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


def checked_by(claim: ClaimView) -> list[str]:
    """Whose check the published label is: the one reviewer; of two or more, each whose
    own decision it is (both, when they agreed). Never who adjudicated for it: accepting
    a reviewer's decision credits that reviewer, and a label of the adjudicator's own is
    no reviewer's (the README: who adjudicated is not published). A ruling is a
    reviewer's decision accepted when it takes it whole, as the review's accept key
    does: their label, note and explanation, and no source none of them gave; one with
    a note, an explanation or a source of the adjudicator's is the adjudicator's own."""
    reviews = list(claim.reviews or ())
    if not reviews:
        return [claim.reviewer] if claim.reviewer and not claim.adjudicated_by else []
    gave = [r for r in reviews if r.label is not None and r.label == claim.label]
    if claim.adjudicated_by and gave:
        theirs = {s.describe() for r in gave for s in r.sources}
        if not {s.describe() for s in claim.sources} <= theirs:
            return []
        gave = [r for r in gave if (r.note, r.explanation) == (claim.note, claim.explanation)]
    return list(dict.fromkeys(r.by for r in gave))


def claimant(claim: ClaimView, a: ArticleReport) -> dict[str, str] | None:
    """`itemReviewed.author`: who makes the claim (Google: "the publisher of the claim",
    a person or organisation; recommended, not required). The speaker the extraction
    found in the claim's text ('"…," said council leader Priya Nandra.'); else, for the
    paper's own statement, the article's byline (or its publisher). Someone's words whose
    speaker is not known ("The council said …", "Others said …"), or a claim with no hint
    to tell, name nobody: the byline made only the paper's own statements, and a false
    "Claim by" would be published under the desk's name. The article itself, with its
    publisher, is the claim's `appearance`."""
    info, hint = a.article, claim.hint
    said_by = hint.attributed_to if hint else None
    if said_by and not _a_name(said_by):
        return None  # "Its chair", "a council survey carried out last spring": no one named
    if said_by:
        from claimcheck.speakers import kind  # a Person, an Organization, or a Thing

        return _named(said_by, "Person" if said_by == info.author else kind(said_by))
    if hint is None or any(r.startswith(SPEECH_REASONS) for r in hint.reasons):
        return None
    if info.author:
        return _named(info.author, "Person")
    return _named(info.publisher)


# words that open a description or a pronoun, never a name ("Its chair", "A spokesman",
# "Several residents"); "the" may open one ("the Food Standards Agency")
_NOT_A_NAME = {
    "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these",
    "those", "some", "many", "several", "nobody", "someone", "somebody", "everyone", "one",
    "others", "other", "another", "each", "every", "all", "both", "most", "few", "no", "none",
    "he", "she", "they", "it", "we", "i", "you", "residents", "officials", "sources",
}  # fmt: skip


def _a_name(said_by: str) -> bool:
    """Whether the speaker the extraction found is named ("Ruth Anand", "the Food Standards
    Agency"), not described ("Its chair", "a council survey carried out last spring"): only
    a name may be published as the claim's author."""
    words = said_by.split()
    if words[:1] and words[0].casefold() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and words[0].casefold() not in _NOT_A_NAME


def page_of(a: ArticleReport, options: Options) -> str:
    """The page an article's reviews are published on: --url, else the desk's base URL
    followed by the article's id."""
    if options.url:
        return options.url
    base = options.desk.publish.base_url if options.desk else None
    assert base, "the report command asks for --url when the desk has no base_url"
    return f"{base.rstrip('/')}/{path_segment(a.article.id)}"


def path_segment(text: str) -> str:
    """`text` as one path segment of a URL: percent-encoded but for the unreserved
    characters (RFC 3986), so an article id's `/`, `?`, `#` or space cannot reach
    another page of the desk's site or add a query; `.` and `..`, which a browser
    resolves, are encoded too. An id of letters, digits and `-._~` is unchanged."""
    segment = quote(text, safe="-._~")
    return segment.replace(".", "%2E") if segment in (".", "..") else segment


def render(articles: Iterable[ArticleReport], options: Options) -> str:
    return "".join(_chunks(articles, options))


def _chunks(articles: Iterable[ArticleReport], options: Options) -> Iterator[str]:
    """The document, a review at a time: only one article's records are alive at once, so
    an archive need not fit in memory (the text is that of `dumps` on the whole graph)."""
    articles = iter(articles)
    first, second = next(articles, None), next(articles, None)
    many = second is not None and bool(options.url)  # one page for every article
    yield '{\n  "@context": "https://schema.org",\n  "@graph": ['
    pages: Counter[str] = Counter()
    n = 0
    for i, a in enumerate(itertools.chain(filter(None, (first, second)), articles), 1):
        page, key = page_of(a, options), article_key(i, many)
        for claim in a.claims:
            if public_claim(claim).label is None:  # pending, or changed since it was tagged
                continue
            one = review(claim, a, page, key, options.desk)
            pages[str(one["url"]).split("#")[0]] += 1
            text = dumps(_published(one)).replace("\n", "\n    ")
            yield ("," if n else "") + "\n    " + script_safe(text)
            n += 1
    yield "\n  ]\n}\n" if n else "]\n}\n"
    if options.warn is not None:
        for page, count in pages.items():
            if count > 1:
                options.warn(
                    f"Warning: {count} ClaimReviews share the page {page}; search engines "
                    "read one ClaimReview per page, so expect only one of them to be shown"
                )


def _published(value: Any) -> Any:
    """Every string without control characters or bidi overrides: what a reader's page or
    a fact-check database receives is text, never something that acts on a terminal or
    makes a line read differently from what it holds."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_published(v) for v in value]
    if isinstance(value, dict):
        return {k: _published(v) for k, v in value.items()}
    return value


_SCRIPT_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def script_safe(text: str) -> str:
    """JSON that can be pasted inside <script type="application/ld+json">: `<`, `>` and
    `&` (which only occur inside strings) written as JSON escapes, so a note holding
    `</script>` or `<!--` cannot end or change the script element. The data is the same."""
    return text.translate(_SCRIPT_UNSAFE)


def write(items: Iterable[ArticleReport | Rendered], options: Options) -> Iterator[str]:
    yield from _chunks(records(items), options)


FORMAT = Format(
    "claimreview",
    6,
    "schema.org ClaimReview JSON-LD",
    (".jsonld",),
    write,
    takes_json=True,
    needs_url=True,
)
