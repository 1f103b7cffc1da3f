"""Clause-splitting rules that keep fragments out (round 26), each on sentences written
for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


# ------------------------------------------- two adjectives of one noun: no cut between


@pytest.mark.parametrize(
    "sentence",
    [
        "The gallery hung a series of large, pale works by a Danish painter.",
        "Her shop sold a range of cheap, plain works by local students.",
    ],
)
def test_two_adjectives_before_a_noun_are_never_cut_apart(sentence: str) -> None:
    # never "The gallery hung a series of large." and "Pale works by a Danish painter."
    assert claims(sentence) == [sentence]


def test_a_relative_clause_after_two_adjectives_is_about_the_whole_noun_phrase() -> None:
    found = claims("The museum bought a set of tiny, fragile bowls that had lain in a wreck.")
    assert "Tiny, fragile bowls had lain in a wreck." in found
    assert not any(c.startswith("Fragile bowls") for c in found), found


# ------------------------------------ a span of time dates the clause it comes after


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry sailed again on Sunday, four days after a storm had torn its moorings loose.",
        "The mayor resigned three days after the auditors found a hole in the budget.",
        "The old pier reopened in June, just months after engineers had declared it unsafe.",
    ],
)
def test_a_span_of_time_stays_with_the_clause_it_dates(sentence: str) -> None:
    assert claims(sentence) == [sentence]


def test_a_span_after_a_comma_dates_its_clause_but_a_named_period_is_left_alone() -> None:
    sentence = "The bridge opened on Friday, two years after a flood had swept the old one away."
    assert claims(sentence) == [sentence]
    # "the first three years after …" names a period: the rule keeps out of it
    found = claims("Crime fell in the first three years after the new station was opened.")
    assert "The new station was opened." in found


# ------------------------------------ each item of an infinitive's list keeps its verb


def test_each_item_of_a_list_after_an_infinitive_keeps_the_verb() -> None:
    found = claims(
        "The trust hopes to repair the old mill, a stone bridge and a chapel near the weir."
    )
    assert "The trust hopes to repair a stone bridge." in found
    assert "The trust hopes to repair a chapel near the weir." in found
    assert not any(c.startswith("The trust hopes to a") for c in found), found


def test_a_short_first_item_after_an_infinitive_keeps_the_list_whole() -> None:
    sentence = "The club wants to sign the keeper, a young striker and a winger from Porto."
    assert claims(sentence) == [sentence]


# ------------------------------------------------ "such as" examples are never alone


def test_examples_after_such_as_keep_the_clause_they_hang_on() -> None:
    found = claims("Engineers will check older bridges, such as the iron one that carries the A40.")
    assert found == [
        "Engineers will check older bridges.",
        "Engineers will check older bridges, such as the iron one that carries the A40.",
    ]


def test_examples_after_a_dash_keep_the_dash() -> None:
    found = claims("The raids did real harm - such as fires at two depots that feed the army.")
    assert "The raids did real harm - such as fires at two depots that feed the army." in found
    assert not any(c.startswith("Such as") for c in found), found


# ------------------------------------------ a speaker's appositive stays with the verb


def test_a_name_then_its_description_then_the_verb_is_one_subject() -> None:
    found = claims(
        "The Harbour Safety Board, Norway's port regulator, said it had been warned in May."
    )
    assert "The Harbour Safety Board, Norway's port regulator, said it had been warned in May." in (
        found
    )
    assert not any(c.startswith("Norway's port regulator") for c in found), found


def test_a_description_then_a_name_then_the_verb_still_describes_the_name() -> None:
    found = claims("The Harbour Board, Oslo's port regulator, said the quay was safe.")
    assert "The Harbour Board is Oslo's port regulator." in found
    # the rule is for a possessive description only: a name after the comma is still
    # the subject the first phrase describes
    assert claims("A retired judge, Ann Fell, said the ruling was wrong.") == [
        "Ann Fell is a retired judge.",
        "Ann Fell said the ruling was wrong.",
    ]


def test_what_follows_a_named_speaker_after_the_verb_is_no_clause() -> None:
    found = claims(
        '"The tide is high," said Dr Hanna Berg, Oslo\'s head of flood defence, at the '
        "harbour control desk."
    )
    assert not any(c.startswith("Oslo's head") for c in found), found
    assert "Dr Hanna Berg is Oslo's head of flood defence." in found
