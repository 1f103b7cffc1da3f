"""The tense and number of a statement made of an absolute phrase ("…, with only a fifth
of firms being signed up"): the tense is the main clause's, never that of a participle
opening the sentence ("As reported by …,"), and a part of a whole ("a fifth of firms",
"the majority of voters") takes the number of the whole."""

from __future__ import annotations

import pytest

from tests.extracting import extracted, texts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "As reported by the weekly paper, the scheme is mostly voluntary, with only a"
            " handful of shops being signed up.",
            "Only a handful of shops are signed up.",
        ),
        (
            "As expected, the harbour is quiet, with most boats being moored for winter.",
            "Most boats are moored for winter.",
        ),
        (
            "As previously announced, the library is closed, with its books being moved"
            " to the town hall.",
            "Its books are moved to the town hall.",
        ),
    ],
)
def test_an_opening_participle_after_as_leaves_the_tense_to_the_main_clause(
    sentence: str, expected: str
) -> None:
    assert expected in texts(extracted(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The survey is small, with a fifth of the pupils being absent.",
            "A fifth of the pupils are absent.",
        ),
        (
            "The club is split, with the majority of members opposed to the plan.",
            "The majority of members are opposed to the plan.",
        ),
    ],
)
def test_a_part_of_a_whole_takes_the_number_of_the_whole(sentence: str, expected: str) -> None:
    assert expected in texts(extracted(sentence))


def test_a_past_main_clause_still_gives_the_past() -> None:
    found = texts(
        extracted(
            "As reported by the weekly paper, the scheme was mostly voluntary, with only a"
            " handful of shops being signed up."
        )
    )
    assert "Only a handful of shops were signed up." in found
