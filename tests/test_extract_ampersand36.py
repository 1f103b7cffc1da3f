"""A firm's name joined by an ampersand keeps it when a relative clause's claim borrows
the name as its subject (desk tester 6, H5: "Halden & Moss" became "Halden Moss" in a
claim published word for word). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.extracting import extracted, texts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The surveyors Pike & Lowe, which mapped the estuary, said that the channel "
            "had silted up.",
            "The surveyors Pike & Lowe mapped the estuary.",
        ),
        (
            "The contract went to Dunn&Carr, which builds ferries.",
            "Dunn&Carr builds ferries.",
        ),
    ],
)
def test_a_relative_clause_keeps_the_ampersand_of_its_antecedent(
    sentence: str, expected: str
) -> None:
    assert expected in texts(extracted(f"Harbour news\n\n{sentence}\n"))
