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
    history = list(history)
    undone = {c.new for c in history if c.field == "undo"}
    changed = [c.at for c in history if c.field in fields and c.at.isoformat() not in undone]
    return bool(changed) and (not decided or max(changed) > max(decided))


def flat_needs_recheck(claim: Any) -> bool:
    """`needs_recheck` of a claim as the report gives it (`flat.Claim`, or its view):
    tagged, then its text or passage changed with no decision since."""
    if claim.label is None and not any(r.label is not None for r in claim.reviews):
        return False
    decided = [r.at for r in claim.reviews if r.at is not None]
    return recheck_due(claim.history, [*decided, *filter(None, [claim.reviewed_at])])


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


# a figure a corrected article may change: a number, or a month's name
_FIGURE = re.compile(
    r"\d+(?:[.,]\d+)*|\b(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b"
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
    was = set(_FIGURE.findall(last.old.quote))
    now = set(_FIGURE.findall(claim.passage.quote))
    return [f for f in dict.fromkeys(_FIGURE.findall(claim.text)) if f in was and f not in now]


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
