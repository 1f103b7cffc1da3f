"""Clause rules of round 28, each on sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


# ---------- "The keeper, aged 61, retired in June": the subject's aside, then its verb


@pytest.mark.parametrize(
    "sentence",
    [
        "The keeper, aged 61, retired in June after 40 years.",
        "The striker, aged 34, retired in May.",
        "His brother, aged 19, moved in with them.",
    ],
)
def test_an_aside_between_the_subject_and_its_verb_cuts_nothing(sentence: str) -> None:
    """Cut at the aside's closing comma, the verb read as a participle hanging on the
    aside, the sentence gave "The keeper, aged 61." and "Retired in June …"."""
    assert claims(sentence) == [sentence]


# ---------- a plural subject keeps its number in a claim made of its aside


@pytest.mark.parametrize(
    ("sentence", "aside"),
    [
        (
            "The ferries, delayed by fog, arrived at noon.",
            "The ferries were delayed by fog.",
        ),
        (
            "The profits, helped by lower costs, doubled in the first half.",
            "The profits were helped by lower costs.",
        ),
        (
            "A council and university study, published in June, found 40 faults.",
            "A council and university study was published in June.",
        ),
    ],
)
def test_a_claim_made_of_a_participle_aside_agrees_with_its_subject(
    sentence: str, aside: str
) -> None:
    assert aside in claims(sentence)


# ---------- a past form the lexicon also reads as a noun is a verb after a subject


@pytest.mark.parametrize(
    "sentence",
    [
        "The chairman quit.",
        "The chairman, a former banker, quit on Monday.",
        "Leeds beat Hull 3-1 on Saturday.",
    ],
)
def test_a_statement_whose_verb_is_quit_or_beat_is_a_claim(sentence: str) -> None:
    """ "quit" had read as a noun after "chairman": the sentence had no verb, and the
    article "no checkable statements"."""
    assert claims(sentence) == [sentence]


# ---------- user 29: a relative clause about the subject is one piece; "of X" is no post


def test_a_list_inside_a_subject_relative_clause_stays_in_it() -> None:
    """A cut at "and" inside the relative clause left "a national helpline" out as a
    fragment, and the claim said less than the sentence."""
    text = "Harbourline, which runs 14 hostels and a national helpline, spent £6m on services."
    assert claims(text) == [
        "Harbourline runs 14 hostels and a national helpline.",
        "Harbourline spent £6m on services.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Professor Ines Hart, of the University of Bergen, said the panel was genuine.",
        "Tom Reed, of Acme Ltd, resigned on Monday.",
    ],
)
def test_an_of_phrase_after_a_name_makes_no_claim_of_its_own(sentence: str) -> None:
    """It had given "Professor Ines Hart was of the University of Bergen." (not English,
    and "was" says the post is over)."""
    assert claims(sentence) == [sentence]
