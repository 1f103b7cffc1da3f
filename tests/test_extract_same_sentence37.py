"""A pronoun whose antecedent is plain in its own sentence or the one before (h37f): a
later clause's "it" or "she" after a definite subject that names nothing else ("The
ferry sailed at noon, and it reached Cork at six."), and the "he" of a clause an inquest
or a court heard. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def _claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


@pytest.mark.parametrize(
    ("sentence", "later"),
    [
        ("The library reopened in March, and it has nine staff.", "[The library] has nine staff."),
        (
            "The head teacher was criticised on Friday after she told governors that "
            "results had improved.",
            "[The head teacher] told governors that results had improved.",
        ),
    ],
)
def test_a_later_clauses_pronoun_is_the_sole_subject(sentence: str, later: str) -> None:
    assert _claims(sentence)[-1] == later


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved the plan, and it will cost £3m.",  # the plan's cost?
        "The ferry met the Aran Queen, and it carries 300 cars.",  # which ship?
        "The bill was passed on Monday after she told MPs that it was fair.",  # a thing
    ],
)
def test_a_pronoun_with_another_antecedent_in_reach_stays(sentence: str) -> None:
    assert "[" not in _claims(sentence)[-1]


def test_the_he_an_inquest_heard_about_is_the_person_in_play() -> None:
    text = (
        "Daniel Morley died on the A6 on 3 March. "
        "The inquest heard that he had been driving home from work."
    )
    assert _claims(text)[-1] == (
        "The inquest heard that [Daniel Morley] had been driving home from work."
    )


def test_the_he_an_inquest_heard_about_stays_with_two_men_in_play() -> None:
    text = (
        "Daniel Morley and Tom Platt died on the A6 on 3 March. "
        "The inquest heard that he had been driving home from work."
    )
    assert "[" not in _claims(text)[-1]


def test_a_role_put_in_for_a_pronoun_is_no_named_source_but_a_body_is() -> None:
    from claimcheck.extract.hints import attributed_to

    assert attributed_to("[The head teacher] told governors that results had improved.") is None
    assert (
        attributed_to("[The county fire service] warned that the moor was tinder dry.")
        == "The county fire service"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister resigned in May, and Sheffield council voted to close the bridge.",
        "The minister resigned in May, and Shell staff cleaned the beach.",
    ],
)
def test_a_word_that_begins_like_a_pronoun_is_no_pronoun(sentence: str) -> None:
    """'Sheffield' and 'Shell' open with 'She': the later clause keeps its own subject."""
    assert not any(c.startswith("[The minister]") for c in _claims(sentence))
