"""A past tense written as its base form that is also a noun ("spread", "burst", "split")
is the verb after a singular noun subject, and the noun after a determiner: a statement
with no other verb was left out as a fragment, and the -ing phrases after it became a
claim with no subject."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def extracted(body: str) -> tuple[list[str], list[str]]:
    doc, _ = extract(Source(f"Harbour news\n\n{body}\n", "text"), Meta())
    text = doc.article.text or ""
    left = [text[i.passage.start : i.passage.end] for i in doc.left_out if i.reason == "fragment"]
    return [c.text for c in doc.claims], left


@pytest.mark.parametrize(
    "sentence",
    [
        "The blaze spread along the cliff path overnight.",
        "The water main burst under the high street on Sunday.",
        "The committee split over the cost of the new pier.",
    ],
)
def test_the_past_tense_after_a_noun_is_a_verb(sentence: str) -> None:
    assert extracted(sentence) == ([sentence], [])


def test_the_ing_phrases_after_it_keep_its_subject() -> None:
    claims, left = extracted(
        "The flood spread through two villages, closing the school, cutting the power and "
        "forcing the pub to shut."
    )
    assert claims == [
        "The flood spread through two villages.",
        "The flood closed the school.",
        "The flood cut the power and forced the pub to shut.",
    ]
    assert left == []


def test_read_after_a_noun_is_its_participle() -> None:
    """ "a statement read to the court": the participle, so the sentence's subject and its
    speaker stay whom a later "she" means."""
    claims, _ = extracted(
        "In a statement read to the court, the museum's director, Ana Ruiz, said the loss "
        'had closed a gallery.\n\n"Nobody could replace what was taken," she wrote.'
    )
    assert claims[-1] == '"Nobody could replace what was taken," [Ana Ruiz] wrote.'


def test_after_a_determiner_it_is_the_noun() -> None:
    claims, _ = extracted("The spread of the disease slowed in May, the council said.")
    assert claims == ["The spread of the disease slowed in May, the council said."]
