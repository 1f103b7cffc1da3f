"""Phrases that came out as claims of their own without a subject or a verb: a "with"
phrase whose figure sits in an "of" phrase, the further means after "by" when no subject
is found, a summary noun phrase with a contact relative clause, the rest of a clause an
attribution interrupts, and a name whose descriptions "and" joins after "said"."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the scheme on Monday, with hardship grants of up to £3,000.",
        "The airline said it would cancel the route, with refunds of about £400 a seat.",
        "The board agreed the sale in March, with bonuses of more than 2,000 euros for staff.",
    ],
)
def test_a_with_phrase_whose_figure_is_in_an_of_phrase_stays_with_its_clause(
    text: str,
) -> None:
    assert claims(text) == [text]


def test_a_with_phrase_that_says_something_of_its_noun_is_still_cut() -> None:
    got = claims("Inflation eased in the autumn, with food prices up 2% on the year.")
    assert got[0] == "Inflation eased in the autumn."


def test_means_after_by_stay_with_their_clause_when_no_subject_is_found() -> None:
    text = (
        "Within two seasons he had doubled the crowds by cutting ticket prices,"
        " opening a creche and selling pies at half price."
    )
    assert claims(text) == [text]


def test_means_after_by_still_borrow_a_subject_that_is_found() -> None:
    got = claims("The hospital cut its waiting list by opening at weekends.")
    assert got == ["The hospital cut its waiting list.", "The hospital opened at weekends."]


@pytest.mark.parametrize(
    "text",
    [
        "The club sold its ground to a developer, a decision supporters have never forgiven.",
        "The lab discarded the first batch of samples, a step chemists call conditioning.",
        "The firm cut its prices overnight, one change shoppers noticed at once.",
    ],
)
def test_a_summary_noun_phrase_with_its_own_relative_clause_stays_with_its_clause(
    text: str,
) -> None:
    assert claims(text) == [text]


def test_a_few_people_who_said_it_is_still_an_attribution() -> None:
    got = claims("The roads were icy, a dozen drivers said, and the buses stopped.")
    assert got[0] == "The roads were icy, a dozen drivers said."


@pytest.mark.parametrize(
    "text",
    [
        'He was, said one old friend, "a man I have always admired".',
        'She is, said her coach, "the fastest swimmer I have trained".',
        'The plan is, added a council officer, "the best we can do with the money".',
    ],
)
def test_an_attribution_inside_a_clause_leaves_it_whole(text: str) -> None:
    got = claims(f"He kept bees for forty years. {text}")
    assert got == ["He kept bees for forty years.", text]


@pytest.mark.parametrize(
    "text",
    [
        '"The beds ran out by noon," said Dr Ann Pryce, a nurse at Kenley and the'
        " union's branch secretary.",
        "The panel heard from Mr Tom Hale, the ward manager and a former paramedic.",
    ],
)
def test_descriptions_joined_after_a_name_are_not_a_list_of_people(text: str) -> None:
    assert claims(text) == [text]
