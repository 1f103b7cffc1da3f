"""A past participle after a noun ("Flats built in the 1960s use gas", "a disease spread
by ticks") describes the noun: it is no event of the clause (a hint's "past event" is the
clause's own verb), the subject keeps it when a second predicate borrows it, and a second
participle joined to it ("… spread by ticks and found in …") is the noun's, never the
clause subject's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.hints import past_event
from claimcheck.extract.ingest import Source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Houses built before 1990 use more energy.", None),
        ("The pier, built by convicts, still stands.", None),
        ("Malaria, a disease spread by mosquitoes, killed a child in May.", "killed"),
        ("A fire spread through the mill overnight.", "spread"),
        ("Farms need more water in a dry year.", None),
    ],
)
def test_a_participle_after_a_noun_is_no_past_event(text: str, expected: str | None) -> None:
    assert past_event(text) == expected


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


def test_the_subject_keeps_its_participle_phrase_for_a_second_predicate() -> None:
    assert claims("Boats built before 1980 burn more diesel and need new engines.") == [
        "Boats built before 1980 burn more diesel.",
        "Boats built before 1980 need new engines.",
    ]


def test_a_second_participle_after_and_is_the_nouns() -> None:
    sentence = "Lyme is an illness carried by ticks and found in most of Europe."
    got = claims(sentence)
    assert got == [sentence], got


def test_a_participle_after_a_participle_phrase_is_not_taken_for_the_verb() -> None:
    # "burst … laid …": either may be the verb; the subject is not stretched over them
    got = claims("The main burst under a road laid in 1920 and flooded a school.")
    assert "The main flooded a school." in got, got


def test_a_verb_of_saying_after_a_name_is_the_clauses_verb() -> None:
    """ "the USDA said in a press release": not a participle of "the USDA" with "release"
    its verb; the quotation after it is the USDA's, not "The USDA said in a press"'s."""
    doc, _ = extract(
        Source(
            "Recall\n\n“The fault was found in tests,” the agency said in a press release. "
            "“No illnesses were reported.”\n",
            "text",
        ),
        Meta(),
    )
    assert [c.text for c in doc.claims][-1] == "The agency said: “No illnesses were reported.”"
