"""Choosing claims: the filters that `list`, `review` and `report` share."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from claimcheck.errors import InvalidValue
from claimcheck.models import Claim, Label

LABEL_NAMES = [*(label.value for label in Label), "pending"]
# What `list --label` and the tallies know besides labels: reviewers disagree.
STATES = [*LABEL_NAMES[:-1], "disputed", "pending"]


def parse_label(name: str) -> Label | None:
    """A label by name; None means pending. Unknown names are refused with the choices."""
    name = name.strip().lower()
    if name == "pending":
        return None
    try:
        return Label(name)
    except ValueError:
        raise InvalidValue(
            f"unknown label {name!r}; choose one of {', '.join(LABEL_NAMES)}"
        ) from None


def select(
    claims: Iterable[Claim],
    labels: Iterable[str] = (),
    text: str | None = None,
    section: str | None = None,
) -> list[Claim]:
    """Claims whose label is one of `labels` (all if none; "disputed" too) and whose text
    and section contain the given strings, case-insensitively."""
    names = [name.strip().lower() for name in labels]
    wanted_names = {
        "pending" if (label := parse_label(name)) is None else label.value
        for name in names
        if name != "disputed"
    } | ({"disputed"} & set(names))
    needle = text.casefold() if text else None
    sect = section.casefold() if section else None
    return [
        claim
        for claim in claims
        if (not wanted_names or claim.label_name in wanted_names)
        and (
            needle is None
            or needle in claim.text.casefold()
            or needle in claim.passage.quote.casefold()
        )
        and (sect is None or sect in (claim.section or "").casefold())
    ]


def counts(claims: Iterable[Claim]) -> dict[str, int]:
    """Claims per label name, every label present (zeros included), pending last;
    "disputed" (before pending) only when some claim is."""
    found = Counter(claim.label_name for claim in claims)
    return {name: found.get(name, 0) for name in STATES if name != "disputed" or found[name]}


def reviews_line(claim: Claim) -> str:
    """Each reviewer's own label, when several reviewed the claim, and who settled it."""
    parts = [f"{r.by}: {r.label.value if r.label else 'pending'}" for r in claim.reviews]
    if claim.adjudicated_by:
        parts.append(f"settled by {claim.adjudicated_by}")
    return "; ".join(parts)
