"""The review's filter: a few words that narrow the walk (no Textual here).

    label:sourced  hint:opinion  section:invasion  recheck  disputed  mine

Every word must hold; `label:` takes any state name (pending, disputed too).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.errors import InvalidValue
from claimcheck.query import parse_state

if TYPE_CHECKING:
    from claimcheck.models import Claim
    from claimcheck.review import Session

HINTS = ("factual", "opinion", "unclear")
FLAGS = ("recheck", "disputed", "mine")


@dataclass(frozen=True)
class Filter:
    label: str | None = None
    hint: str | None = None
    section: str | None = None
    flags: frozenset[str] = frozenset()


def parse(expression: str) -> Filter:
    """A filter from what the reviewer typed; an unknown word is refused, naming it."""
    label = hint = section = None
    flags: set[str] = set()
    for word in expression.split():
        key, sep, value = word.partition(":")
        key = key.lower()
        if not sep and key in FLAGS:
            flags.add(key)
        elif key == "label" and value:
            label = parse_state(value)
        elif key == "hint" and value.lower() in HINTS:
            hint = value.lower()
        elif key == "section" and value:
            section = value.casefold()
        else:
            raise InvalidValue(
                f"filter: not understood: {word!r}; use label:NAME hint:{'|'.join(HINTS)} "
                f"section:WORD {' '.join(FLAGS)}"
            )
    return Filter(label, hint, section, frozenset(flags))


def matches(claim: Claim, wanted: Filter, shown: Claim, reviewer: str) -> bool:
    """Whether `claim` (as the review shows it: `shown`) passes the filter."""
    if wanted.label is not None:
        if wanted.label == "needs-recheck":
            if not claim.needs_recheck:
                return False
        elif shown.label_name != wanted.label:
            return False
    if wanted.hint is not None and (claim.hint is None or claim.hint.kind != wanted.hint):
        return False
    if wanted.section is not None and wanted.section not in (claim.section or "").casefold():
        return False
    if "recheck" in wanted.flags and not claim.needs_recheck:
        return False
    if "disputed" in wanted.flags and not shown.disputed:
        return False
    return not ("mine" in wanted.flags and claim.review_by(reviewer) is None)


def select(session: Session, wanted: Filter) -> list[str]:
    """The ids of the file's claims that pass, in file order."""
    return [
        c.id for c in session.doc.claims if matches(c, wanted, session.shown(c), session.reviewer)
    ]
