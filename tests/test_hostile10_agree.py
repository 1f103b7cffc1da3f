"""`agree` with many reviewers (hostile tester 10): 300 reviews of one claim are 44,850
pairs, each counted over the claims several times; now one count per pair, and the
figures once per distinct count. The figures must be those of the definition."""

from __future__ import annotations

import json
import os
from itertools import combinations
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import agreement as module
from claimcheck.agreement import LABELS, Pair, _round, agreement, cohen_kappa
from tests.conftest import run


def _by_definition(units: list[dict[str, str]]) -> list[Pair]:
    """Each pair's figures as the definition says them: one pass over the claims each."""
    coders = sorted({r for u in units for r in u})
    pairs = []
    for a, b in combinations(coders, 2):
        both = [(u[a], u[b]) for u in units if a in u and b in u]
        pairs.append(
            Pair(
                first=a,
                second=b,
                both_tagged=len(both),
                kappa=_round(cohen_kappa(both)),
                kappa_by_label={
                    label: _round(cohen_kappa([(x == label, y == label) for x, y in both]))
                    for label in LABELS
                },
                confusion={
                    x: {y: sum(1 for p in both if p == (x, y)) for y in LABELS} for x in LABELS
                },
            )
        )
    return pairs


class _Claim:
    """What `ratings` reads of a claim view: its reviews."""

    def __init__(self, unit: dict[str, str]) -> None:
        from claimcheck.models import Label, Review

        self.reviews = [Review(by=r, label=Label(v)) for r, v in unit.items()]
        self.reviewer = self.label = self.adjudicated_by = None


units_strategy = st.lists(
    st.dictionaries(st.sampled_from("abcdefg"), st.sampled_from(LABELS), max_size=7),
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(units_strategy)
def test_the_pairs_are_the_definitions_figures(units: list[dict[str, str]]) -> None:
    claims: list[Any] = [_Claim(u) for u in units]
    found = agreement(claims)
    expected = _by_definition(units)
    assert [p.model_dump() for p in found.pairs] == [p.model_dump() for p in expected]


def test_300_reviews_of_one_claim_work_out_each_distinct_count_once(
    mini: Path, monkeypatch: Any
) -> None:
    os.chdir(mini.parent)
    text = mini.read_text(encoding="utf-8")
    names = [f"r{i:03d}" for i in range(300)]
    reviews = "".join(
        f"  - by: {name}\n    at: '2026-11-26T20:00:{i % 60:02d}Z'\n    label: "
        f"{LABELS[1 + i % 2]}\n"
        for i, name in enumerate(names)
    )
    at = text.index("\n", text.index("    end: ")) + 1  # after the first claim's passage
    mini.write_text(text[:at] + "  reviews:\n" + reviews + text[at:], encoding="utf-8")
    worked: list[int] = []
    figures = module._figures

    def counted(n: int, cells: Any) -> Any:
        worked.append(n)
        return figures(n, cells)

    monkeypatch.setattr(module, "_figures", counted)
    result = run("agree", "-f", mini.name, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["pairs"]) == 300 * 299 // 2
    assert len(worked) == 4  # the four cells a pair of labels on one claim can fill
    units = [{name: LABELS[1 + i % 2] for i, name in enumerate(names)}]
    assert data["pairs"][:600] == [p.model_dump(mode="json") for p in _by_definition(units)][:600]
