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
