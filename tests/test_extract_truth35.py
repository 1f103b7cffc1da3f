"""Splits that made a claim false (user 35's report): an "and" inside the subject's noun
phrase or its relative clause joins two things it holds, never two clauses; a reason or
time for a part of a count ("…, most of them because …") stays with that part; a denied
reason ("not because A but because B") is never a claim that A; a relative clause that
describes what a speaker brings up, or what will be, stays inside what was said; and a
series of reported clauses ("found that A, that B, and that C") keeps its frame for each."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


# ------------------------------------------- an "and" inside the subject, before its verb


@pytest.mark.parametrize(
    "sentence",
    [
        # inside the subject's relative clause, after a noun read as a verb ("belts")
        "A driver who took passengers to the coast in a van with no seat belts and a cracked "
        "windscreen was banned for a year.",
        # after "made workers sleep": the bare infinitive is the relative clause's
        "A farmer who made workers sleep in sheds with leaking roofs and a broken stove was "
        "fined £12,000.",
        # inside a noun phrase with no relative clause
        "The owner of a hostel with no smoke alarms and a locked fire exit was fined £8,000.",
    ],
)
def test_an_and_inside_the_subject_joins_no_clauses(sentence: str) -> None:
    assert claims(sentence) == [sentence]


def test_an_and_after_the_main_verb_still_joins_clauses() -> None:
    # the subject's "and" is kept; one after the main verb still joins two clauses
    assert claims(
        "The owner of a hostel with no smoke alarms and a locked fire exit was jailed in June "
        "and his firm was dissolved."
    ) == [
        "The owner of a hostel with no smoke alarms and a locked fire exit was jailed in June.",
        "His firm was dissolved.",
    ]


# --------------------------------------------------- a part of a count, then its reason


@pytest.mark.parametrize(
    "sentence",
    [
        "There were 96 spoiled ballots, most of them because voters had signed the paper.",
        "The club received 60 letters, many of them after the ticket prices rose.",
        "Nine people were hurt, two of them when a balcony gave way.",
    ],
)
def test_a_reason_or_time_for_part_of_a_count_stays_with_it(sentence: str) -> None:
    assert claims(sentence) == [sentence]


# ----------------------------------------------------------- a denied reason is no claim


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff were angry, not because pay was cut but because the canteen closed.",
        "The shop shut early, not because sales were poor but because the owner was ill.",
        "The firm moved to Leeds not because it wanted to but because its lease ended.",
    ],
)
def test_not_because_is_never_cut_into_a_claim(sentence: str) -> None:
    assert claims(sentence) == [sentence]


# ------------------------------------------- a relative clause inside what was reported


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman said the firm will open a new depot, in which 50 drivers will be based.",
        "The mayor said the city would build a new bridge, which will carry trams from 2030.",
        "Police said they had found a van, in which two men were sleeping.",
    ],
)
def test_a_relative_clause_inside_reported_speech_stays_with_it(sentence: str) -> None:
    assert claims(sentence) == [sentence]


def test_a_past_fact_about_a_known_thing_after_a_report_is_still_cut() -> None:
    # what will be, said of a new thing, stays said; a past fact about a known one is
    # the writer's background, and so is what the writer reports
    assert claims(
        "The council said it had closed the pool, which opened in 1970.\n\n"
        "The council said it will build a new pool, which will open in 2028.\n\n"
        "We found that the council has hired a new architect, who will start in May."
    ) == [
        "The council said it had closed the pool.",
        "The pool opened in 1970.",
        "The council said it will build a new pool, which will open in 2028.",
        # the writer's own finding: the relative clause is the paper's word anyway
        "We found that the council has hired a new architect.",
        "A new architect will start in May.",
    ]


# ---------------------------------------------------- a series of "that" clauses reported


def test_a_series_of_that_clauses_keeps_the_frame_for_each() -> None:
    assert claims(
        "The report found that rents had risen, that wages had fallen, and that fewer homes "
        "were built."
    ) == [
        "The report found that rents had risen.",
        "The report found wages had fallen.",
        "The report found fewer homes were built.",
    ]


def test_a_that_series_that_is_unsure_stays_whole() -> None:
    # a "that" inside one of them (which verb reports what after it is unsure), and a
    # denied report (it says none of them): whole; a plain series is cut
    whole = [
        "The audit said that rents rose, that the firm that owns the flats refused to comment, "
        "and that two tenants left.",
        "She did not say that rents rose, that wages fell, and that two tenants left.",
    ]
    plain = "Tenants said that rents rose, that lifts broke, and that the heating failed."
    assert claims("\n\n".join([*whole, plain])) == [
        *whole,
        "Tenants said that rents rose.",
        "Tenants said lifts broke.",
        "Tenants said the heating failed.",
    ]
