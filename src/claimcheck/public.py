"""What readers may see of a report: the public fields only.

A desk's report for readers (`report --public`, and ClaimReview always) carries each
claim's label, its current sources and its public explanation. It never carries what is
internal to the desk: reviewers' notes, their login names, each reviewer's own decision,
who adjudicated, the history of changes, extraction hints, where the claim file lives, or
the snapshots of sources (the desk's archive of other people's pages).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.states import Label
from claimcheck.urls import without_user
from claimcheck.wording import be, count

if TYPE_CHECKING:  # a claim may be a view of the record (`reportview`): ClaimReview's are
    from claimcheck.basics import Source
    from claimcheck.report import ArticleReport, ClaimView


def public_claim(claim: ClaimView) -> ClaimView:
    """The claim as readers see it; sources only while it is sourced (a claim once sourced,
    then found unverified, publishes none of its old sources). A claim whose text or
    passage changed after it was tagged is not published as tagged: its decision was about
    other words, so readers see it as not yet reviewed until a reviewer re-checks it; nor
    is an explanation written before such a change, whatever decision came since."""
    from claimcheck.recheck import explanation_stale

    stale = claim.needs_recheck
    # the explanation is the decision's that gives the label (`reviewed_at`): written
    # before the claim's words changed (a split part, an edited text), it is about others
    other_words = explanation_stale(claim.history, claim.reviewed_at)
    return claim.model_copy(
        update={
            "label": None if stale else claim.label,
            "explanation": None if stale or other_words else claim.explanation,
            # a snapshot is the desk's record, not the reader's: see _source
            "sources": [_source(s) for s in claim.sources]
            if claim.label is Label.SOURCED and not stale
            else [],
            "note": None,
            "reviewer": None,
            "reviews": [],
            "adjudicated_by": None,
            "hint": None,
            "history": [],
        }
    )


def _source(source: Source) -> Source:
    """A source as readers see it: without its snapshot. The archive is a copy of someone
    else's page kept for the desk (republishing it is not the desk's to do), its links are
    paths in the desk's repository that mean nothing on the published page, and whether a
    passage was proven is a check the desk makes before publishing, not a claim to readers.
    Nor does its URL carry a user name or password."""
    url = without_user(source.url) if source.url else source.url
    if source.snapshot is None and source.earlier is None and url == source.url:
        return source
    return source.model_copy(update={"snapshot": None, "earlier": None, "url": url})


def public_report(a: ArticleReport, desk: str | None = None) -> ArticleReport:
    """The article's report with every internal field left out; its reviewers are one,
    the desk (`desk`, or "the desk"), without the count of its decisions (the desk's
    own tally, which means nothing to readers), and no claim file (its name is the desk's
    own, as its path: `file` is None). Its summary and
    sections count the claims as readers see them (a claim that needs a re-check is
    pending there): the counts of the desk's own labels would contradict its lists."""
    from claimcheck.report import Reviewer, recounted

    claims = [public_claim(c) for c in a.claims]
    team = a.reviewers
    reviewers = (
        [
            Reviewer(
                name=desk or "the desk",
                decisions=None,
                # the claims published with a label (a reviewer's own count includes
                # those published as pending until a re-check)
                claims=sum(1 for c in claims if c.label is not None),
                first=min(r.first for r in team),
                last=max(r.last for r in team),
            )
        ]
        if team
        else []
    )
    shown = recounted(
        a,
        claims,
        file=None,
        article=a.article.model_copy(
            update={"url": without_user(a.article.url) if a.article.url else None}
        ),
        reviewers=reviewers,
    )
    # the desk's own problems (disputes, re-checks, sources to fix, the commands that
    # settle them) are its work, not the readers': what readers may know is what the
    # report shows them, the claims it lists as pending
    pending = shown.summary.pending
    problems = (
        [f"{pending} of {count(len(claims), 'claim')} {be(pending)} still pending"]
        if pending
        else []
    )
    return shown.model_copy(update={"problems": problems})
