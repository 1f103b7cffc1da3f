"""Clause-splitting rules that kept false claims out (round 25), each on sentences
written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


# --------------------------------- a pronoun in a reported clause may mean the object


@pytest.mark.parametrize(
    "sentence",
    [
        "The landlord blamed the tenants for the fire, saying their heater had been left on.",
        "The landlord blamed the tenants for the fire and said their heater had been left on.",
        "The coach defended the referee, adding that he had been given no replay.",
        "Rebels accused the navy of the sinking, claiming its ships had fired first.",
        "Police arrested a driver near the bridge, saying he had been seen speeding.",
    ],
)
def test_a_reported_pronoun_that_may_mean_the_object_keeps_the_sentence_whole(
    sentence: str,
) -> None:
    # alone, "The landlord said their heater had been left on" reads as the landlord's
    # heater: the pronoun may mean the object (the tenants), so the sentence stays whole
    assert claims(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The bakery shut its doors on Monday, saying flour prices had doubled.",
            [
                "The bakery shut its doors on Monday.",
                "The bakery said flour prices had doubled.",
            ],
        ),
        (
            "The mayor toured the harbour and said the repairs were finished.",
            ["The mayor toured the harbour.", "The mayor said the repairs were finished."],
        ),
        (
            # an inquiry is no "they": the pronoun means someone else, never the speaker
            "An inquiry by the board rejected their complaints and said they had waited too long.",
            [
                "An inquiry by the board rejected their complaints.",
                "An inquiry by the board said they had waited too long.",
            ],
        ),
    ],
)
def test_a_reported_clause_without_a_pronoun_is_still_split(
    sentence: str, expected: list[str]
) -> None:
    assert claims(sentence) == expected


# ------------------------- a subject's relative clause runs to the main verb, uncut


@pytest.mark.parametrize(
    "sentence",
    [
        "Two engineers who had tested the bridge for a month before the opening said it swayed.",
        "The nurses who worked through the night until the storm passed were thanked by the mayor.",
        "The man that police arrested after the match was released on bail.",
    ],
)
def test_a_time_word_inside_a_subjects_relative_clause_opens_no_clause(sentence: str) -> None:
    # cut at "before", "the opening" became the speaker: "The opening said it swayed."
    assert claims(sentence) == [sentence]


def test_a_time_clause_after_the_main_verb_is_still_cut() -> None:
    sentence = "Residents who were moved on Monday returned home after the fire was put out."
    assert claims(sentence) == [
        "Residents who were moved on Monday returned home.",
        "The fire was put out.",
    ]


# ------------------- a relative clause inside a quotation keeps the speaker's words


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            # the quotation opens and does not close in its paragraph
            'Sergeant Ali Khan said: "This was a reckless theft which has left a charity '
            "without its only van.",
            [
                'Sergeant Ali Khan said: "This was a reckless theft."',
                'Sergeant Ali Khan said: "\u2026a reckless theft which has left a charity '
                'without its only van."',
            ],
        ),
        (
            "The head teacher said: \u201cWe built a new library, which opened in March with "
            "4,000 books.\u201d",
            [
                "The head teacher said: \u201cWe built a new library.\u201d",
                "The head teacher said: \u201c\u2026a new library, which opened in March with "
                "4,000 books.\u201d",
            ],
        ),
    ],
)
def test_a_relative_clause_inside_a_quotation_is_quoted_verbatim(
    paragraph: str, expected: list[str]
) -> None:
    # never "Sergeant Ali Khan said: a reckless theft has left a charity …": the words
    # outside the quotation marks were neither his nor marked as a paraphrase
    assert claims(paragraph) == expected


# --------------------- -ing items after a colon are the list, not the subject's deeds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Okoro knows the trade well, and the book is full of the daily work of a harbour: "
            "mending nets, hauling crates, checking the tide tables twice a day.",
            [
                "Okoro knows the trade well.",
                "The book is full of the daily work of a harbour: mending nets, hauling "
                "crates, checking the tide tables twice a day.",
            ],
        ),
        (
            "The novel is full of the chores of farm life: milking the cows, mending fences, "
            "hauling hay before dawn.",
            [
                "The novel is full of the chores of farm life: milking the cows, mending "
                "fences, hauling hay before dawn.",
            ],
        ),
    ],
)
def test_ing_items_after_a_colon_stay_in_their_list(sentence: str, expected: list[str]) -> None:
    # never "Okoro hauls crates." or "The novel hauls hay before dawn."
    assert claims(sentence) == expected


# ---------------------------- a rebuilt subject keeps its brackets, never a made-up name


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The opera follows Ines (Clara Voss), who has run the inn since her brother left.",
            "Ines (Clara Voss) has run the inn since her brother left.",
        ),
        (
            "The film stars Tom Reyes (the detective), who was nominated for an award last year.",
            "Tom Reyes (the detective) was nominated for an award last year.",
        ),
    ],
)
def test_a_relative_clause_after_brackets_keeps_them_in_its_subject(
    sentence: str, expected: str
) -> None:
    # never "Ines Clara Voss has run the inn …" (a name nobody has), nor "The detective
    # was nominated" (the role, not the actor)
    assert claims(sentence)[-1] == expected


# ------------------------ a "because" clause after a mid-sentence attribution is its own


@pytest.mark.parametrize(
    "sentence",
    [
        "The pool will stay shut until May, the council said, because the boiler needs replacing.",
        "The app will not track sleep, Ms Ortiz said, because the sensor had not been tested.",
    ],
)
def test_a_because_clause_after_a_mid_sentence_attribution_stays_with_it(sentence: str) -> None:
    # never "The boiler needs replacing." as the writer's own: it is the council's reason
    assert claims(sentence) == [sentence]


# ------------------------------ a full sentence, however short, is never a fragment


def test_a_sentence_ending_in_a_plural_like_states_keeps_its_attribution() -> None:
    # "states" read as a verb of speech made the whole clause "only an attribution"
    sentence = "Two more ferries were on their way from the northern states, she added."
    assert claims(sentence) == [sentence]


def test_a_short_sentence_of_a_carried_quotation_is_a_claim() -> None:
    text = (
        '"The first half was poor," the coach said. "I warned the squad at the break that '
        "I would change the whole midfield. They listened."
    )
    assert claims(text)[-1] == 'The coach said: "They listened."'


# ---------------------- a rebuilt appositive without a noun takes the sentence's tense


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Diaz crossed from the right and Petrov, unmarked near the penalty spot, headed in.",
            "Petrov was unmarked near the penalty spot.",
        ),
        (  # a noun phrase says what the name is: the present, as before
            "Mira Stone, the club secretary, confirmed the fixture.",
            "Mira Stone is the club secretary.",
        ),
    ],
)
def test_an_appositive_state_in_a_past_sentence_takes_was(sentence: str, expected: str) -> None:
    assert expected in claims(sentence)


def test_a_pronoun_that_cannot_mean_a_body_does_not_hold_the_sentence() -> None:
    # "she" is no agency (a "which" clause says it is a thing): the split stays
    assert claims(
        "She thanked the Water Board, which had paid for the survey, and said she hoped "
        "the work would start soon."
    ) == [
        "She thanked the Water Board, which had paid for the survey.",
        "She said she hoped the work would start soon.",
    ]


def test_a_noun_appositive_in_a_past_sentence_keeps_is() -> None:
    assert "Lena Moss is director of the Coastal Survey." in claims(
        "Lena Moss, director of the Coastal Survey, said the cliffs had moved."
    )
