"""When a tagged claim needs a re-check: kept apart from the records so that a report
read from its JSON (`reportview`) asks the same question without building them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

# Changes after which a label given earlier needs a re-check ("recheck": a forced merge
# moved decisions made on other words onto the claim, or reanchor placed it on one of
# several copies of its quote, none in its old context).
RECHECK_FIELDS = frozenset({"text", "passage", "added", "reanchored", "recheck"})
# Of those, the changes of the claim's own words: a merge that moved decisions onto it
# ("recheck"), or reanchor's guess among copies, changed none, so the explanation its own
# decision gives is still about it.
WORDS_FIELDS = RECHECK_FIELDS - {"recheck"}
# How reanchor's guess among copies starts its "recheck" change (`anchor.guessed`): told
# apart from a forced merge's by it.
GUESS = "its quote is "


def is_guess(change: Any) -> bool:
    """A "recheck" change that reanchor made when it placed the claim on one of several
    copies of its quote (not a forced merge's): it changed no words."""
    return bool(change.field == "recheck" and str(change.new).startswith(GUESS))


def recheck_due(
    history: Iterable[Any], decided: list[datetime], fields: frozenset[str] = RECHECK_FIELDS
) -> bool:
    """A text or passage change (not undone) after the latest decision, of a tagged claim.
    `history` holds the claim's changes (`models.Change`, or views of them)."""
    changed = words_changed(history, fields)
    return changed is not None and (not decided or changed > max(decided))


def words_changed(
    history: Iterable[Any], fields: frozenset[str] = RECHECK_FIELDS
) -> datetime | None:
    """When the claim's words last changed (a change of `fields` not undone), if ever."""
    history = list(history)
    undone = {c.new for c in history if c.field == "undo"}
    changed = [c.at for c in history if c.field in fields and c.at.isoformat() not in undone]
    return max(changed, default=None)


def before_change(at: datetime | None, changed: datetime | None) -> bool:
    """Whether a decision made at `at` (None: written by hand, when unknown) was made on
    other words than the claim's now, whose words last changed at `changed`."""
    return changed is not None and (at is None or at < changed)


def stale_review(review: Any, history: Iterable[Any]) -> bool:
    """Whether a reviewer's label was given before the claim's words changed and they have
    not decided since: it waits for their own re-check (or a ruling)."""
    return review.label is not None and before_change(review.at, words_changed(history))


def counted(reviews: list[Any], history: Iterable[Any] | None) -> list[Any]:
    """The decisions the claim's label is derived from: once somebody has given a label
    on the claim's words as they are now, those decisions only. A decision made on other
    words (the whole of a claim since split, a text since edited) is not a review of
    these until its reviewer re-checks it: it neither names its reviewer nor lends its
    sources to the label. While nobody has, all of them (and the claim needs a re-check)."""
    if history is None:
        return reviews
    changed = words_changed(history)
    if changed is None:
        return reviews
    fresh = [r for r in reviews if not before_change(r.at, changed)]
    return fresh if any(r.label is not None for r in fresh) else reviews


def recheck_left(
    history: Iterable[Any],
    own: Iterable[tuple[datetime | None, Any]],
    rulings: Iterable[tuple[datetime | None, Any]],
) -> bool:
    """Whether a tagged claim needs a re-check: its words changed after a decision that
    gives a label, and nobody can stand in for that decision's re-check: each reviewer's
    is cleared only by their own decision since, or by a ruling since. `own` and
    `rulings` are the (instant, label) of the reviewers' decisions and of the rulings."""
    changed = words_changed(history)
    if changed is None:
        return False
    own, rulings = list(own), list(rulings)
    if any(label is not None and not before_change(at, changed) for at, label in rulings):
        return False
    if any(label is not None and before_change(at, changed) for at, label in own):
        return True
    if any(label is not None for at, label in own):  # every reviewer re-checked
        return False
    return any(label is not None and before_change(at, changed) for at, label in rulings)


def needs_recheck(reviews: list[Any], history: list[Any]) -> bool:
    """`needs_recheck` of a claim record (`models.Claim`, `plainfile.Claim`): see
    recheck_left."""
    own, rulings = ([(r.at, r.label) for r in reviews if r.adjudicates is x] for x in (False, True))
    return any(r.label is not None for r in reviews) and recheck_left(history, own, rulings)


def replaces_stale(claim: Any, by: str, adjudicate: bool) -> bool:
    """Whether a decision by `by` is a re-check: the decision it replaces (their own; an
    adjudicator's, the claim's) was made before the claim's words changed."""
    if adjudicate:
        return bool(claim.needs_recheck)
    own = claim.review_by(by)
    return own is not None and stale_review(own, claim.history)


def flat_needs_recheck(claim: Any) -> bool:
    """`needs_recheck` of a claim as the report gives it (`flat.Claim`, or its view):
    tagged, then its text or passage changed with no decision since by each reviewer who
    gave a label before (or a ruling since)."""
    own = [(r.at, r.label) for r in claim.reviews]
    if claim.adjudicated_by:
        rulings = [(claim.reviewed_at, claim.label)]
    else:  # one reviewer's decision is the claim's; several are listed in `reviews`
        rulings = []
        own = own or [(claim.reviewed_at, claim.label)]
    return recheck_left(claim.history, own, rulings)


def flat_label_name(claim: Any) -> str:
    """The state of a claim as the report gives it: its label, else disputed (reviewers
    disagree, nobody settled it) or pending."""
    if claim.label:
        return str(claim.label.value)
    disputed = claim.adjudicated_by is None and len({r.label for r in claim.reviews if r.label}) > 1
    return "disputed" if disputed else "pending"


def explanation_stale(history: Iterable[Any], written: datetime | None) -> bool:
    """Whether a public explanation given by the decision made at `written` was about
    other words: the claim's text or passage changed (not undone) after it, or the claim
    is a part split from another (or an added claim) that carries a decision from before.
    Readers never see it, and a new decision does not keep it (decisions.kept_explanation):
    it was written for a statement the claim no longer makes."""
    return recheck_due(history, [written] if written is not None else [], WORDS_FIELDS)


def agreed_explanation(backing: list[Any], history: list[Any] | None) -> str | None:
    """The public explanation of a label several reviewers agree on (`backing`, oldest
    first): the latest one of them gave, unless written for other words than the claim's
    now (one who agrees without writing one takes nothing away)."""
    for review in reversed(backing):
        if review.explanation:
            stale = history is not None and explanation_stale(history, review.at)
            return None if stale else str(review.explanation)
    return None


# a figure a corrected article may change: a number, in figures or in words ("two"
# girders, not three), or a month's name
_FIGURE = re.compile(
    r"\d+(?:[.,]\d+)*|\b(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million"
    r"|billion|dozen|half|twice)\b)"
)


def figures_gone(claim: Any) -> list[str]:
    """The figures the claim's text states that the article took out of its passage when
    it was re-anchored to a corrected article ("June 2027" after the article said "July
    2027"), while the text was not edited since: re-checked as it stands, the claim would
    be published with the old figure. None when the text was edited after the move, or
    the move changed no figure the text states."""
    last = next((c for c in reversed(claim.history) if c.field in ("text", "reanchored")), None)
    if last is None or last.field != "reanchored" or last.old is None:
        return []
    was, now = _figures(last.old.quote), _figures(claim.passage.quote)
    said = dict.fromkeys(_FIGURE.findall(claim.text))
    return [f for f in said if _figure(f) in was and _figure(f) not in now]


def _figure(found: str) -> str:
    """A figure as compared: a number in words whatever its case ("Two" is "two")."""
    return found.lower()


def _figures(text: str) -> set[str]:
    return {_figure(f) for f in _FIGURE.findall(text)}


def refuse_stale_figures(claim: Any) -> None:
    """Refuse a decision on a claim whose text states figures the corrected article took
    out of its passage (figures_gone): it would be published with the old figure."""
    if gone := figures_gone(claim):
        from claimcheck.errors import InvalidValue
        from claimcheck.safe import quoted

        raise InvalidValue(
            f"{claim.id}: its text says {', '.join(gone)}, which the corrected article no "
            f"longer says there ({quoted(claim.passage.quote)}): edit the text first "
            f"(claimcheck edit {claim.id} --text …), then tag it"
        )
