"""Choosing claims: the filters that `list`, `review` and `report` share."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimcheck.errors import InvalidValue
from claimcheck.states import BY_NAME, NAMES, OPTIONAL, SETTABLE, Label

if TYPE_CHECKING:
    from claimcheck.models import Claim
    from claimcheck.report import ClaimView


def parse_label(name: str) -> Label | None:
    """A label a reviewer gives, by name; None means pending. Unknown names (and states
    nobody gives, like disputed) are refused with the choices."""
    name = name.strip().lower()
    if name not in SETTABLE:
        raise InvalidValue(f"unknown label {name!r}; choose one of {', '.join(SETTABLE)}")
    return BY_NAME[name].label


# Not a state but a condition across states: tagged, then its text or passage changed.
RECHECK = "needs-recheck"


def parse_state(name: str) -> str:
    """A state to filter on, by name (a label, disputed or pending), or needs-recheck."""
    name = name.strip().lower()
    if name not in BY_NAME and name != RECHECK:
        choices = ", ".join((*NAMES, RECHECK))
        raise InvalidValue(f"unknown label {name!r}; choose one of {choices}")
    return name


HINT_KINDS = ("factual", "opinion", "unclear")


def parse_hint(name: str) -> str:
    """A kind of extraction hint to filter on, by name."""
    kind = name.strip().lower()
    if kind not in HINT_KINDS:
        raise InvalidValue(f"unknown hint {name!r}; choose one of {', '.join(HINT_KINDS)}")
    return kind


def select(
    claims: Iterable[Claim],
    labels: Iterable[str] = (),
    text: str | None = None,
    section: str | None = None,
    hints: Iterable[str] = (),
) -> list[Claim]:
    """Claims in one of the states `labels` (all if none), with a hint of one of the kinds
    `hints` (all if none), whose text and section contain the given strings,
    case-insensitively."""
    kinds = {parse_hint(kind) for kind in hints}
    wanted_names = {parse_state(name) for name in labels}
    recheck = RECHECK in wanted_names
    wanted_names.discard(RECHECK)
    needle = text.casefold() if text else None
    sect = section.casefold() if section else None
    return [
        claim
        for claim in claims
        if (
            (not wanted_names and not recheck)
            or claim.label_name in wanted_names
            or (recheck and claim.needs_recheck)
        )
        and (
            needle is None
            or needle in claim.text.casefold()
            or needle in claim.passage.quote.casefold()
        )
        and (sect is None or sect in (claim.section or "").casefold())
        and (not kinds or (claim.hint is not None and claim.hint.kind in kinds))
    ]


def counts(claims: Iterable[Claim]) -> dict[str, int]:
    """Claims per state, in the states' order, zeros included except for the optional
    state (disputed), shown only when some claim is in it."""
    found = Counter(claim.label_name for claim in claims)
    return {name: found.get(name, 0) for name in NAMES if name != OPTIONAL or found[name]}


def reviews_line(claim: Claim | ClaimView, notes: bool = False) -> str:
    """Each reviewer's own label, when several reviewed the claim, and who settled it;
    with `notes`, each one's note beside their decision (the claim's own note is only
    one of them: the agreeing reviewer's who decided last, or the ruling's)."""
    from claimcheck.recheck import stale_review

    parts = [
        f"{r.by}: {r.label.value if r.label else 'pending'}"
        f"{', not re-checked' if stale_review(r, claim.history) else ''}"
        f"{_note(r.note if notes else None)}"
        for r in claim.apart()
    ]
    if claim.adjudicated_by:
        parts.append(f"settled by {claim.adjudicated_by}{_note(claim.note if notes else None)}")
    return "; ".join(parts)


def _note(note: str | None) -> str:
    return f", note “{note.strip()}”" if note and note.strip() else ""
