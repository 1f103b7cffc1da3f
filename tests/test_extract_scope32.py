"""Splits that must not change what a sentence says (user 32's report): a conjunct inside
a "that" clause borrows that clause's subject, never the speaker's; "and" inside a
subject's relative clause joins its predicates; a condition ("only when", a "when" clause
on a present clause) is never a fact of its own; a phrase after a comma at the end of a
sentence ("…, at a cost of £3m") is never moved onto the noun of a clause before it; and
a gapped second object borrows only the verb the two share, or the sentence stays whole."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "The auditor said she was worried that the council had sold the land cheaply "
            "but had not yet published the valuation.",
            "The auditor said she was worried that the council had not yet published the "
            "valuation.",
        ),
        (
            "The coroner said he was concerned that the trust had changed its rota but had "
            "not trained the new staff.",
            "The coroner said he was concerned that the trust had not trained the new staff.",
        ),
    ],
)
def test_a_conjunct_in_a_that_clause_keeps_that_clause_subject(sentence: str, second: str) -> None:
    got = claims(sentence)
    assert second in got, got
    assert not any(" said she had " in c or " said he had " in c for c in got), got


@pytest.mark.parametrize(
    "sentence",
    [
        "Flats that were built before 1990 and have wooden windows are eligible for the new grant.",
        "Pupils who live more than three miles away and have no bus pass can claim a taxi.",
        "Parcels that weigh more than 2kg and were posted abroad are charged a handling fee.",
    ],
)
def test_and_inside_a_subject_relative_clause_never_splits_it(sentence: str) -> None:
    assert claims(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "The shop offers a full refund only when the item is unopened, and a credit note "
        "for opened items.",
        "The alarm sounds when the door opens at night.",
        "The council pays the grant only when the work is finished.",
    ],
)
def test_a_condition_is_never_a_claim_of_its_own(sentence: str) -> None:
    assert claims(sentence) == [sentence]


def test_a_when_clause_on_a_past_clause_is_still_cut() -> None:
    got = claims("The roof collapsed when the storm hit the town on Monday.")
    assert got == ["The roof collapsed.", "The storm hit the town on Monday."], got


@pytest.mark.parametrize(
    "sentence",
    [
        "The pier was rebuilt in 2015 after a storm destroyed it, at a cost of £3m.",
        "The museum was extended in 2018 after a string of thefts, at a cost of £4.5m.",
    ],
)
def test_a_closing_phrase_stays_with_the_main_clause(sentence: str) -> None:
    assert claims(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "The front is forecast to bring snow of up to 20cm to high ground in Wales, and "
        "sleet to parts of the Midlands.",
        "The charity will send food parcels to families in the north of the city, and "
        "blankets to shelters in the south.",
        "The scheme pays a full grant only if the house is older than 50 years, and a "
        "partial grant for newer homes.",
    ],
)
def test_a_gapped_object_never_borrows_a_wrong_verb(sentence: str) -> None:
    assert claims(sentence) == [sentence]


def test_a_gapped_object_still_borrows_the_shared_verb() -> None:
    got = claims("The hotel charges £90 a night, and an extra fee for pets.")
    assert got == ["The hotel charges £90 a night.", "The hotel charges an extra fee for pets."]
