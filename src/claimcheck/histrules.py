"""The rules a claim's history keeps with the claim itself (see claimlogic.check).

A history written by claimcheck agrees with its claim; an entry added or changed by hand
may lie, and `undo` acts on history (hostile 17 #6). So, for every claim:

- a label change ("label", or one reviewer's own "review") is to and from a label or
  none, never another value (the claim's "label" also to and from "disputed": reviewers
  disagreeing, which takes nobody's label away);
- a live claim carries no "deleted" change that no undo took back;
- a label change by someone is borne out by a decision of theirs on the claim (their own
  or their ruling), unless something later explains why it is gone: a ruling that
  stands, or a later change by someone else whose decision is gone too (a ruling
  replaced or taken back), an undo of the merge that brought it, or their own taking a
  ruling back. Changes undone, and those an undo made, are passed over.

Each claim costs one pass over its history and its reviews (sets, not searches): loading
stays linear in the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from claimcheck.states import Label

Loc = tuple[str | int, ...]
DECIDED = frozenset({"label", "review"})
DISPUTED = "disputed"
_LABELS = frozenset(label.value for label in Label)
_NAMES = "sourced, unverified or opinion"
_TICK = timedelta(microseconds=1)


def _shown(value: object) -> str:
    from claimcheck.claimlogic import shorten

    return repr(shorten(value if isinstance(value, str) else repr(value)))


def history_rules(where: str, i: int, claim: Any) -> Iterator[tuple[Loc, str]]:
    """Yield (location, message) for each history entry of `claim` (at `where`[i]) that
    its claim does not bear out."""
    history = claim.history
    if not history:
        return
    undone = {c.new for c in history if c.field == "undo"}
    undo_at = {c.at for c in history if c.field == "undo"}
    deciders = {r.by for r in claim.reviews}
    ruled = max((r.at for r in claim.reviews if r.adjudicates and r.at is not None), default=None)
    # What can take someone's decision off a claim, latest first: a ruling (by someone
    # whose own decision is gone too: a ruling replaced or taken back), or an undo of a
    # merge that brought it (a "reviews" change undone). One pass, kept per author: the
    # latest such instant of all, and the latest by anyone but that one's author.
    merged = {c.at.isoformat() for c in history if c.field == "reviews"}
    first = second = None
    for c in history:
        if not (
            (c.field in DECIDED and c.by not in deciders) or (c.field == "undo" and c.new in merged)
        ):
            continue
        if first is None or c.at > first.at:
            if first is not None and first.by != c.by:
                second = first
            first = c
        elif c.by != first.by and (second is None or c.at > second.at):
            second = c
    withdrew: dict[str, Any] = {}  # each author's latest label change to none
    for c in history:
        if c.field == "label" and _none(c.new) and c.at > withdrew.get(c.by, c.at - _TICK):
            withdrew[c.by] = c.at
    for j, c in enumerate(history):
        at = (where, i, "history", j)
        if c.field in DECIDED:
            bad = [
                (k, v)
                for k, v in (("old", c.old), ("new", c.new))
                if not (_label(v) or (c.field == "label" and v == DISPUTED))
            ]
            for key, value in bad:
                yield (*at, key), f"{claim.id}: {_shown(value)} is not a label ({_NAMES})"
            if bad or c.by in deciders or None in deciders:
                continue
            if c.at in undo_at or c.at.isoformat() in undone or _none(c.new):
                continue
            other = second if first is not None and first.by == c.by else first
            if (other is not None and other.at > c.at) or withdrew.get(c.by, c.at) > c.at:
                continue
            if ruled is not None and ruled > c.at:
                continue
            yield (
                (*at, "by"),
                f"{claim.id}: its history says {_shown(c.by)} changed its label, but "
                f"{_shown(c.by)} has no decision on it",
            )
        elif c.field == "deleted" and where == "claims" and c.at.isoformat() not in undone:
            yield (
                (*at, "field"),
                f"{claim.id} is a live claim, but its history says {_shown(c.by)} deleted it "
                f"at {c.at.isoformat()} and no undo brought it back",
            )


def _none(value: object) -> bool:
    """A label change to no label of anyone's: pending, or disputed."""
    return value is None or value == DISPUTED


def _label(value: object) -> bool:
    return value is None or (isinstance(value, str) and value in _LABELS)
