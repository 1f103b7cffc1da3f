"""Clause-splitting rules of round 26, each on sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


# ------------------- "A did X and B, an aside, did Y": B's own clause, cut at "and" alone


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Diaz won the first race and Petrov, alone on the left wing, scored twice.",
            ["Diaz won the first race.", "Petrov, alone on the left wing, scored twice."],
        ),
        (
            "Sales rose in March and profits, helped by lower costs, doubled in April.",
            ["Sales rose in March.", "Profits, helped by lower costs, doubled in April."],
        ),
        (
            "Officers searched the house and neighbours, woken by the noise, watched.",
            ["Officers searched the house.", "Neighbours, woken by the noise, watched."],
        ),
        (
            "Diaz won the first race and Petrov, who started last, came second.",
            ["Diaz won the first race.", "Petrov, who started last, came second."],
        ),
    ],
)
def test_a_second_subject_set_off_from_its_verb_by_an_aside_keeps_its_clause(
    sentence: str, expected: list[str]
) -> None:
    # cut at the aside's comma, it had made "Diaz won the first race and Petrov." (Diaz
    # beat Petrov?) and the subjectless "Alone on the left wing, scored twice."
    assert claims(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "She bought shoes and hats, all of them red, for the show.",
        "The club signed Ruiz, Kane and Ortiz, all defenders, in June.",
    ],
)
def test_an_aside_after_a_list_of_objects_is_no_second_clause(sentence: str) -> None:
    assert claims(sentence) == [sentence]


# ---------- "…, both cities he loved, …": a noun with a relative clause without "that"


@pytest.mark.parametrize(
    "sentence",
    [
        "He visited Paris and Rome, both cities he loved, in May.",
        "She thanked her parents, two people she said had given up everything.",
        "The club sold the ground, the one place we could still train.",
    ],
)
def test_a_noun_phrase_with_a_contact_relative_after_a_comma_is_no_clause(sentence: str) -> None:
    # "cities he loved" reads as a subject and its verb; cut there, the sentence gave the
    # fragment "Both cities he loved, in May."
    assert claims(sentence) == [sentence]


def test_a_clause_after_a_comma_is_still_cut() -> None:
    assert claims("The bridge reopened, and drivers were relieved.") == [
        "The bridge reopened.",
        "Drivers were relieved.",
    ]


# ------------- "three water firms": a count makes the noun plural, so "firms" is no verb


def test_a_counted_compound_noun_is_the_subject_not_a_noun_and_its_verb() -> None:
    # "three water | firms …" had read as a subject and a verb: the subject lost "firms"
    # and the verb's tense ("The chief executives of three water appears …")
    assert claims(
        "Appearing before the committee, the chief executives of three water firms were "
        "questioned for two hours."
    ) == [
        "The chief executives of three water firms appeared before the committee.",
        "The chief executives of three water firms were questioned for two hours.",
    ]


@pytest.mark.parametrize(
    "sentence",
    ["Three million goes to schools.", "Two thirds of the money goes to pensions."],
)
def test_a_number_as_the_subject_keeps_its_verb(sentence: str) -> None:
    assert claims(sentence) == [sentence]


# ---------- "opened two centres, at A and B": where they are, not a list of what opened


def test_a_list_after_a_verb_whose_later_items_open_with_a_preposition_is_no_list() -> None:
    sentence = (
        "The county has opened two evacuation centres, at Hill Road School and the Riverside Hall."
    )
    assert claims(sentence) == [sentence]


def test_a_list_of_alike_items_after_a_verb_is_still_split() -> None:
    assert claims(
        "The firm held talks with the mayor of Leeds, two local unions and the regional "
        "water board."
    )[1:] == [
        "The firm held talks with the mayor of Leeds.",
        "The firm held talks with two local unions.",
        "The firm held talks with the regional water board.",
    ]


# ----------------- "Its chair, retired headteacher Margaret Cole, said": a post, held now


def test_a_named_post_after_a_participle_is_held_now_not_was() -> None:
    # "retired" opens a noun phrase naming who holds the post; as a passive participle
    # it had made "Its chair was retired headteacher …", as if she no longer chaired it
    assert claims("Its chair, retired headteacher Ann Cole, said residents were angry.") == [
        "Its chair is retired headteacher Ann Cole.",
        "Its chair said residents were angry.",
    ]
    assert claims("The study, published by Ann Lee, found a link.")[0] == (
        "The study was published by Ann Lee."
    )


# ------------------ "and" inside one subject: no second clause, no false subject


@pytest.mark.parametrize(
    "sentence",
    [
        # the relative clause's object list, then the subject's own verb
        "A former clerk who took £9,000 from a charity to pay for cars and a betting habit "
        "has been jailed for two years.",
        # a singular noun phrase with a plural verb: the two phrases are one subject
        "Baked pears with honey and a ginger cream were almost as good.",
        # two or three words after "said" with no verb: a subject of two nouns
        "The bank said card numbers and passwords were not taken.",
    ],
)
def test_and_inside_one_subject_makes_no_second_clause(sentence: str) -> None:
    # cut at "and", these had made "A betting habit has been jailed …", "A lemon dressing
    # were …" and "The bank said card numbers." (its "not" lost)
    assert claims(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The man who stole the car was caught and his friend was released.",
            ["The man who stole the car was caught.", "His friend was released."],
        ),
        (
            "The firm said 14 had complained and two were hurt.",
            ["The firm said 14 had complained.", "The firm said two were hurt."],
        ),
    ],
)
def test_and_between_two_clauses_still_cuts(sentence: str, expected: list[str]) -> None:
    assert claims(sentence) == expected


def test_a_since_clause_after_a_rank_stays_with_it() -> None:
    # "the first for the club" alone says "ever"; the article says "since 2019"
    sentence = "It was the first title for the Harbour Rowing Club since it moved to Leeds in 2019."
    assert claims(sentence) == [sentence]
