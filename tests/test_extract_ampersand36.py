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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Pike & Lowe surveyed the channel in 2019 and dredged it in 2022.",
            "Pike & Lowe dredged it in 2022.",
        ),
        (
            "The firm Dunn + Carr built the ferry and repaired it in 2015.",
            "The firm Dunn + Carr repaired it in 2015.",
        ),
        (
            "A 2021 survey by Hale & Rook rated the quay walls as poor and recommended a limit"
            " of 18 tonnes.",
            "A 2021 survey by Hale & Rook recommended a limit of 18 tonnes.",
        ),
    ],
)
def test_a_shared_subject_keeps_its_ampersand_or_plus_in_each_claim(
    sentence: str, expected: str
) -> None:
    """desk tester 7, H2: the second predicate's claim borrowed "Harlow Finch"."""
    assert expected in texts(extracted(f"Harbour news\n\n{sentence}\n"))
