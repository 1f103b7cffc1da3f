"""Clauses that must keep what scopes them: a second conjunct of a reported clause keeps
its reporting verb and its own subject, even when a later word could be read as a
reporting verb ("a bigger show court", "hoped to find"); a relative clause with no comma
after a definite plural, or a definite singular it ranks, says which ones are meant, so
it is never split off; and a
time clause after a rank or a record ("the highest-ranked since …", "the last before …")
bounds it, so it stays in the claim."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "The mayor said they would review the fear of crime but had not set a date.",
            "The mayor said they would review the fear of crime.",
            "The mayor said they had not set a date.",
        ),
        (
            "Officials said the firm would reopen the trade show next year and had hired staff.",
            "Officials said the firm would reopen the trade show next year.",
            "Officials said the firm had hired staff.",
        ),
        (
            "The coach said that the club hoped to find a new ground but had made no offer.",
            "The coach said that the club hoped to find a new ground.",
            "The coach said that the club had made no offer.",
        ),
        (
            "The chef said the kitchen found a new supplier and changed its menu.",
            "The chef said the kitchen found a new supplier.",
            "The chef said the kitchen changed its menu.",
        ),
    ],
)
def test_a_reported_second_conjunct_keeps_its_speaker_and_subject(
    sentence: str, first: str, second: str
) -> None:
    got = claims(sentence)
    assert got == [first, second], got


def test_a_pronoun_speaker_carries_over_with_the_inner_subject() -> None:
    got = claims(
        "Festival director Ines Marlowe said volunteers had built a second stage. She said "
        "they would build a bigger show tent for next summer but had made no decision."
    )
    assert not any(c.endswith("] had made no decision.") for c in got), got
    assert any(c.endswith("] said they had made no decision.") for c in got), got


@pytest.mark.parametrize(
    "sentence",
    [
        "The audit names the wards that missed their targets most often.",
        "The survey ranks the beaches which failed the most tests.",
        "Inspectors listed those kitchens that had no hot water.",
        "The report singles out the clinic that waited longest for its new scanner.",
    ],
)
def test_a_restrictive_relative_after_a_definite_noun_stays_whole(sentence: str) -> None:
    assert claims(sentence) == [sentence]


def test_a_relative_after_an_indefinite_noun_is_still_its_own_claim() -> None:
    got = claims("The court quashed a ruling that said the new bypass was lawful.")
    assert "A ruling said the new bypass was lawful." in got, got


@pytest.mark.parametrize(
    "sentence",
    [
        "Her win would make Dunmore the highest-paid coach since the league was founded.",
        "It was the last ferry before the harbour closed for the winter.",
        "The club set a record for home wins until the new stadium opened in 2011.",
        "Few people had ever crossed the glacier before the hut was built.",
    ],
)
def test_a_time_clause_that_bounds_a_rank_stays_with_it(sentence: str) -> None:
    assert claims(sentence) == [sentence]


def test_a_span_of_time_after_first_is_no_rank() -> None:
    got = claims("Exports rose 6% in the first three years after the treaty was signed in 2016.")
    assert got == ["Exports rose 6% in the first three years.", "The treaty was signed in 2016."]
