"""The tense of claims made of phrases (round 30), each on sentences written for these tests:
an -ing phrase after "after" or "since", and a participle phrase inside the subject."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


# ------------- "returns after missing the final": the deed is over, so its claim is past


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The striker rejoins the squad this week after missing the cup final with a"
            " broken toe.",
            [
                "The striker rejoins the squad this week.",
                "The striker missed the cup final with a broken toe.",
            ],
        ),
        (
            "The striker will rejoin the squad next week after missing the cup final with a"
            " broken toe.",
            [
                "The striker will rejoin the squad next week.",
                "The striker missed the cup final with a broken toe.",
            ],
        ),
        (
            "The goalkeeper is unbeaten in nine games since joining from Hartfield in the spring.",
            [
                "The goalkeeper is unbeaten in nine games.",
                "The goalkeeper joined from Hartfield in the spring.",
            ],
        ),
    ],
)
def test_an_ing_phrase_after_after_or_since_is_a_past_deed(
    sentence: str, expected: list[str]
) -> None:
    # "misses the cup final" had read as an absence now or to come
    assert claims(sentence) == expected


def test_an_ing_phrase_after_before_keeps_the_clauses_tense() -> None:
    # what comes after the clause's event is not over: no past is forced on it
    assert claims(
        "The players train at the park each morning before heading to the gym for weights."
    ) == ["The players train at the park each morning.", "The players head to the gym for weights."]


# ------ "Rovers, coached by X, are third": a lasting relation in the main clause's tense


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Rovers, coached by former goalkeeper Ian Pell, are third in the league.",
            [
                "The Rovers are coached by former goalkeeper Ian Pell.",
                "The Rovers are third in the league.",
            ],
        ),
        (
            "The bakery, owned by two sisters from Dorset, is the oldest shop on the street.",
            [
                "The bakery is owned by two sisters from Dorset.",
                "The bakery is the oldest shop on the street.",
            ],
        ),
    ],
)
def test_a_lasting_relation_takes_the_present_of_its_clause(
    sentence: str, expected: list[str]
) -> None:
    # "was coached" had said the coach no longer coaches them
    assert claims(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the clause is past: so is the relation
        (
            "The bakery, owned by two sisters from Dorset, was the oldest shop on the street.",
            [
                "The bakery was owned by two sisters from Dorset.",
                "The bakery was the oldest shop on the street.",
            ],
        ),
        # the phrase dates the relation: then, not now
        (
            "The bakery, owned by two sisters until 2015, is the oldest shop on the street.",
            [
                "The bakery was owned by two sisters until 2015.",
                "The bakery is the oldest shop on the street.",
            ],
        ),
        # a deed done once stays past under a present clause
        (
            "The report, commissioned by the county council, finds no fault with the police.",
            [
                "The report was commissioned by the county council.",
                "The report finds no fault with the police.",
            ],
        ),
    ],
)
def test_a_past_clause_a_dated_phrase_or_a_deed_done_once_stays_past(
    sentence: str, expected: list[str]
) -> None:
    assert claims(sentence) == expected
