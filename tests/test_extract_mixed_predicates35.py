"""A list of predicates of one subject whose verbs differ in form ("was short of staff,
had no running water and could not store vaccines"): each item has a finite verb of its
own, so each becomes a claim with the subject (and any frame before it: "Officials said
the bridge …"), and a bare participle after a perfect borrows its "has" ("has closed …,
sold …" gives "has sold"). A list of things or of adjectives is never cut."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The clinic was short of staff, had no running water and could not store vaccines.",
            [
                "The clinic was short of staff.",
                "The clinic had no running water.",
                "The clinic could not store vaccines.",
            ],
        ),
        (
            # a frame before the subject stays with every item
            "Inspectors said the ferry was overloaded, had no lifeboats and did not carry a radio.",
            [
                "Inspectors said the ferry was overloaded.",
                "Inspectors said the ferry had no lifeboats.",
                "Inspectors said the ferry did not carry a radio.",
            ],
        ),
        (
            # a bare participle after "has" is "has sold"; "is seeking" keeps its own
            "The museum has closed its east wing, sold two paintings and is seeking a new "
            "director.",
            [
                "The museum has closed its east wing.",
                "The museum has sold two paintings.",
                "The museum is seeking a new director.",
            ],
        ),
        (
            "The bridge is unsafe, has cracks in two piers and will close on Monday.",
            [
                "The bridge is unsafe.",
                "The bridge has cracks in two piers.",
                "The bridge will close on Monday.",
            ],
        ),
        (
            # a past tense with its object after a copula, and a time that is the last
            # item's alone (its tense is not the others')
            "The band was tired, lost its drummer and will tour again in June.",
            [
                "The band was tired.",
                "The band lost its drummer.",
                "The band will tour again in June.",
            ],
        ),
        (
            "Neighbours say the dump smells, attracts gulls and should be moved.",
            [
                "Neighbours say the dump smells.",
                "Neighbours say the dump attracts gulls.",
                "Neighbours say the dump should be moved.",
            ],
        ),
    ],
)
def test_a_list_of_predicates_of_mixed_forms_gives_each_item_the_subject(
    sentence: str, expected: list[str]
) -> None:
    assert claims(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The survey counted swans, geese and herons on the lake.",  # things
        "The cottage was small, damp and cold.",  # adjectives
        "The cellar was dark, flooded and locked.",  # participles as adjectives
        "Nobody was hurt, had to leave or will be charged.",  # a negated subject
    ],
)
def test_a_list_of_things_or_adjectives_stays_whole(sentence: str) -> None:
    assert claims(sentence) == [sentence]


def test_a_participle_that_may_be_passive_or_past_after_was_is_not_guessed() -> None:
    # "was founded in 1990, moved to …": was it moved, or did it move? The two are kept
    # together (the future item after them is a claim of its own, as before)
    got = claims("The charity was founded in 1990, moved to Hull in 2004 and will open a shop.")
    assert "The charity was founded in 1990, moved to Hull in 2004." in got, got
    assert not any(c.startswith("The charity was moved") for c in got), got
