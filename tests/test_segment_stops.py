"""Sentence ends that sentencex misses: a word its abbreviation list holds ("May", "ill",
"ore", "no", "art") before a capitalised word that starts the next sentence. Every
sentence here was written for this test."""

from __future__ import annotations

import pytest

from claimcheck.segment import sentences


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The board approved the budget in May. Tenants may appeal until July.",
        "The pier was repainted by Theresa May. Visitors returned the next week.",
        "The keeper fell ill. Volunteers fed the animals.",
        "The ship carried iron ore. Dockers unloaded it overnight.",
        "The minister said no. Officials confirmed the decision.",
        "The gallery bought modern art. Critics praised the choice.",
    ],
)
def test_a_word_sentencex_reads_as_an_abbreviation_ends_a_sentence(text: str) -> None:
    first, second = text.split(". ", 1)
    assert split(text) == [first + ".", second]


@pytest.mark.parametrize(
    "text",
    [
        "Figures are in fig. 3 of the report.",  # an abbreviation before a number
        "The final was Leeds vs. Hull on Sunday.",  # a form that never ends a sentence
        "The letter was signed by gen. Mills himself.",  # a title before a name
        "Costs are approx. Four million pounds a year.",
    ],
)
def test_an_abbreviation_before_what_it_qualifies_stays_inside(text: str) -> None:
    assert split(text) == [text]


def test_a_quotation_is_not_cut_inside() -> None:
    """sentencex keeps a quotation of several sentences whole, and so does this: its
    sentences are cut later, each with its speaker."""
    text = '"The keeper fell ill. Nobody came," she said.'
    assert split(text) == [text]
