"""How much reviewers agree: Cohen's kappa for each pair, Krippendorff's alpha for all.

Kappa is computed here (the formula is short and is checked in the tests against the
published worked example); alpha comes from the maintained `krippendorff` package, whose
nominal metric handles any number of reviewers and claims that not all of them tagged.
Only reviewers' own labels count; an adjudicator's ruling is not a review.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterator, Mapping, Sequence
from itertools import combinations
from typing import Any

from pydantic import BaseModel

from claimcheck.models import Label
from claimcheck.report import ClaimView

LABELS = [label.value for label in Label]


def ratings(claim: ClaimView) -> dict[str, str]:
    """Each reviewer's own label on the claim (reviewers who left it pending are absent)."""
    if claim.reviews:
        return {r.by: r.label.value for r in claim.reviews if r.label is not None and r.by}
    if claim.reviewer and claim.label is not None and claim.adjudicated_by is None:
        return {claim.reviewer: claim.label.value}
    return {}


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa of two raters' labels on the same items; None if undefined."""
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    return _kappa(len(pairs), sum(a == b for a, b in pairs), first, second)


def _kappa(
    n: int, agreed: int, first: Mapping[Any, int], second: Mapping[Any, int]
) -> float | None:
    """Cohen's kappa from the counts: items, items both raters gave the same label, and
    how often each rater gave each label (integers until the last divisions, so the
    result does not depend on how they were counted)."""
    if n == 0:
        return None
    observed = agreed / n
    expected = sum(first[k] * second.get(k, 0) for k in first) / (n * n)
    if expected == 1.0:
        return None  # both always gave the same single label: agreement by chance is total
    return (observed - expected) / (1.0 - expected)


Figures = tuple[int, float | None, dict[str, float | None], dict[str, dict[str, int]]]


def _pair(a: str, b: str, figures: Figures) -> Pair:
    n, kappa, by_label, confusion = figures
    return Pair.model_construct(  # built here, of the declared types: nothing to check
        first=a, second=b, both_tagged=n, kappa=kappa, kappa_by_label=by_label,
        confusion=confusion,
    )  # fmt: skip


def _cells_figures(both: list[tuple[str, str]], known: dict[Any, Figures]) -> Figures:
    """The pair's figures from one count of its (a's label, b's label) cells: kappa, the
    kappa of each label against the rest and the confusion table, where each was a pass
    over the claims (44,850 pairs of 300 reviewers took minutes). Pairs with the same
    cells have the same figures: `known` keeps them, the very same objects for every such
    pair (so a caller may format them once, by identity)."""
    cells = Counter(both)
    key = tuple(sorted(cells.items()))
    if key not in known:
        known[key] = _figures(len(both), cells)
    return known[key]


def pair_figures(claims: Sequence[ClaimView]) -> Iterator[tuple[str, str, Figures]]:
    """Each pair of reviewers with their figures, one at a time: there are n(n-1)/2 pairs
    of n reviewers, so a caller that prints them need not hold them all (750 reviewers
    are 280,875 pairs)."""
    units = [ratings(c) for c in claims]
    coders = sorted({r for u in units for r in u})
    rated: dict[str, list[dict[str, str]]] = {coder: [] for coder in coders}
    for unit in units:
        for coder in unit:
            rated[coder].append(unit)
    known: dict[Any, Figures] = {}
    for a, b in combinations(coders, 2):
        fewer, other = (a, b) if len(rated[a]) <= len(rated[b]) else (b, a)
        both = [(u[a], u[b]) for u in rated[fewer] if other in u]
        yield a, b, _cells_figures(both, known)


def _figures(n: int, cells: Counter[tuple[str, str]]) -> Figures:
    rows = {x: sum(cells[x, y] for y in LABELS) for x in LABELS}
    cols = {y: sum(cells[x, y] for x in LABELS) for y in LABELS}
    same = sum(cells[k, k] for k in LABELS)
    by_label = {}
    for label in LABELS:
        hit, mine, theirs = cells[label, label], rows[label], cols[label]
        agreed = hit + (n - mine - theirs + hit)  # both gave it, or both gave another
        first = {True: mine, False: n - mine}
        second = {True: theirs, False: n - theirs}
        by_label[label] = _round(_kappa(n, agreed, first, second))
    confusion = {x: {y: cells[x, y] for y in LABELS} for x in LABELS}
    return n, _round(_kappa(n, same, rows, cols)), by_label, confusion


def krippendorff_alpha(units: list[dict[str, str]], coders: list[str]) -> float | None:
    """Krippendorff's alpha, nominal, over units (claims) rated by any of `coders`."""
    pairable = [u for u in units if len(u) >= 2]
    if not pairable or len({v for u in pairable for v in u.values()}) < 2:
        return None  # nothing to compare, or only one value ever used: alpha is undefined
    import krippendorff
    import numpy as np

    codes = {label: i for i, label in enumerate(sorted({v for u in units for v in u.values()}))}
    data = np.full((len(coders), len(pairable)), np.nan)
    for j, unit in enumerate(pairable):
        for i, coder in enumerate(coders):
            if coder in unit:
                data[i, j] = codes[unit[coder]]
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


class Pair(BaseModel):
    first: str
    second: str
    both_tagged: int
    kappa: float | None
    kappa_by_label: dict[str, float | None]
    confusion: dict[str, dict[str, int]]  # first's label -> second's label -> claims


class Agreement(BaseModel):
    reviewers: list[str]
    claims: int
    rated_by_two_or_more: int
    alpha: float | None
    alpha_by_label: dict[str, float | None]
    pairs: list[Pair]


def agreement(claims: Sequence[ClaimView], pairs: bool = True) -> Agreement:
    """The agreement of the claims' reviewers, with every pair's figures unless not
    `pairs` (a caller that prints them takes them one at a time from `pair_figures`)."""
    units = [ratings(c) for c in claims]
    coders = sorted({r for u in units for r in u})
    return Agreement(
        reviewers=coders,
        claims=len(units),
        rated_by_two_or_more=sum(1 for u in units if len(u) >= 2),
        alpha=_round(krippendorff_alpha(units, coders)),
        alpha_by_label={
            label: _round(
                krippendorff_alpha(
                    [{r: str(v == label) for r, v in u.items()} for u in units], coders
                )
            )
            for label in LABELS
        },
        pairs=[_pair(*each) for each in pair_figures(claims)] if pairs else [],
    )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
