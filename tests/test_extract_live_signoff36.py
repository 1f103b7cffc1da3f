"""A live page's sign-off and its promise of more are page furniture, left out as chrome
(a new user's live blog kept "Thanks for following." and three more as claims); a
statement that merely starts with the same words stays a claim. Sentences written for
this test."""

from __future__ import annotations

import pytest

from tests.extracting import extracted, left, texts

HEAD = "Flood updates\n\nThe river burst its banks at Eastford on Sunday.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "That's where we'll end our rolling coverage for tonight.",
        "Thank you so much for staying with us.",
        "That is it from us for today.",
        "We'll bring you the latest as we get it.",
        "A full match report is to follow.",
    ],
)
def test_a_live_pages_sign_off_is_chrome(line: str) -> None:
    doc = extracted(f"{HEAD}{line}\n")
    assert ("chrome", line) in left(doc)
    assert texts(doc) == ["The river burst its banks at Eastford on Sunday."]


@pytest.mark.parametrize(
    "line",
    [
        "This is where the board will leave the budget this year.",
        "Thanks for the donations came from 40 schools.",
        "Our full report found the bridge unsafe.",
        "That is all the trust can spend this year.",
    ],
)
def test_a_statement_with_the_same_opening_stays_a_claim(line: str) -> None:
    assert line in texts(extracted(f"{HEAD}{line}\n"))
