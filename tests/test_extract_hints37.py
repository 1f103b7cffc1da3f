"""Hints (h37f): a timetable's "will" is published, no forecast ("Ferries will sail three
times a day"); a deed the writer tells in the first person is an account, no view ("We
drove to the depot after the call"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract.hints import hint


@pytest.mark.parametrize(
    "text",
    [
        "Ferries to the island will sail three times a day.",
        "The night bus will run every 30 minutes.",
        "The library will open daily.",
        "We drove to the depot after the call.",
        "I wrote to the council about the pothole.",
    ],
)
def test_a_timetable_or_a_deed_told_is_factual(text: str) -> None:
    assert hint(text).kind == "factual", hint(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fares will rise every year.",  # a forecast, whatever its frequency
        "I thought the plan was a mistake.",
        "I loved every minute of it.",
        "I should have written sooner.",
    ],
)
def test_a_forecast_or_a_view_stays_opinion(text: str) -> None:
    assert hint(text).kind == "opinion", hint(text)
