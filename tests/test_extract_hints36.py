"""Hints for the writer's own account and for events in a calendar (sentences written for
these tests).

First person alone is no judgement: a first-person statement of a plain state or a past
event with a date, a figure, a duration or a named place ("I taught at the village school
for 12 years") is an account the reader can check, not the writer's view; with "I
think", a word of liking or feeling, or an evaluative word it stays an opinion. An event
fixed in a calendar and given with its date ("The assembly will vote on Thursday") is
announced, not foreseen; a forecast with a date ("Rovers will beat Hull next week", "The
plan will probably open in May") stays one."""

from __future__ import annotations

import pytest

from claimcheck.extract.hints import hint


@pytest.mark.parametrize(
    "text",
    [
        "I taught at the village school for 12 years.",
        "I have sung in the choir since 2004.",
        "We moved to Dorchester in the spring of 2011.",
        "My grandmother ran the post office for three decades.",
        "I have owned the bakery for nine years.",
        "We live in Tenby.",
        "I was secretary of the Harbour Rowing Society.",
    ],
)
def test_a_first_person_account_with_a_date_figure_or_place_is_no_opinion(text: str) -> None:
    found = hint(text)
    assert found.kind == "factual", found.reasons
    assert "first person" not in found.reasons
    assert any(r.startswith("first person, an account: ") for r in found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "I think the choir has sung badly since 2004.",  # the writer's view, announced
        "I loved every one of my 12 years at the school.",  # liking
        "We were delighted to move to Dorchester.",  # a feeling
        "I was a hopeless secretary of the Harbour Rowing Society.",  # evaluative
        "I have always been a cautious driver.",  # no date, figure or place
    ],
)
def test_a_first_person_view_or_feeling_is_still_no_account(text: str) -> None:
    found = hint(text)
    assert found.kind != "factual", found.reasons
    assert not any(r.startswith("first person, an account") for r in found.reasons)


def test_a_first_person_account_keeps_a_forecast_as_a_forecast() -> None:
    found = hint("I will retire from the surgery after 30 years, and it will be hard.")
    assert not any(r.startswith("first person, an account") for r in found.reasons)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The assembly will vote on the budget on Thursday.", "will vote"),
        ("The new swimming pool will open on 14 June.", "will open"),
        ("Transport ministers will meet in Brussels next week.", "will meet"),
        ("The inquiry will hear from the first witnesses tomorrow.", "will hear"),
        ("The tribunal will rule on the appeal in October.", "will rule on"),
        ("Postal workers will go on strike this weekend.", "will go on strike"),
        ("The motion will be debated by councillors on Monday.", "will be debated"),
    ],
)
def test_an_event_in_a_calendar_with_its_date_is_no_prediction(text: str, event: str) -> None:
    found = hint(text)
    assert found.kind == "factual", found.reasons
    assert f"scheduled: {event}" in found.reasons
    assert not any(r.startswith("prediction") for r in found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Transport ministers will meet in Brussels.",  # no date: nothing in a calendar
        "The plan will probably open in May.",  # hedged
        "Rovers will beat Hull next week.",  # an outcome, foreseen
        "House prices will start to fall in March.",  # a trend, foreseen
        "Shares in the brewer will open lower on Monday.",  # a market, foreseen
        "The new pool will open in June and will transform the town.",  # a second "will"
        "The closure will be a disaster for the town next year.",
    ],
)
def test_a_forecast_with_a_date_is_still_a_forecast(text: str) -> None:
    found = hint(text)
    assert not any(r.startswith("scheduled") for r in found.reasons), found.reasons
    assert any(r.startswith(("prediction", "hedge")) for r in found.reasons)
