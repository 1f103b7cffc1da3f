"""A conjunct that opens with "so" or "too" as a degree, before an adjective or a
participle, shares the verb before it ("it will be gone, or so changed you will not
know it"): it is never cut off as a clause, which lost its "so" and borrowed a subject
("I changed you will not know it"). "And so" before a clause still cuts. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_truth import claims


@pytest.mark.parametrize(
    "sentence",
    [
        "I think in five years the pier will be gone, or so changed you will not know it.",
        "The town will be flooded, or so damaged that nobody can live there.",
        "The bridge was closed, and so badly damaged that it will be rebuilt.",
        "The road was icy, and too dangerous for buses.",
    ],
)
def test_a_degree_conjunct_stays_with_its_verb(sentence: str) -> None:
    assert claims(sentence) == [sentence]


def test_so_before_a_clause_still_cuts() -> None:
    assert claims("The plant shut in May, and so the workers lost their jobs.") == [
        "The plant shut in May.",
        "The workers lost their jobs.",
    ]
