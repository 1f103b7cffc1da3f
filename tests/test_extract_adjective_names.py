"""A surname that the lexicon knows only as an adjective ("Hale", "Gentle") is a name when
it is capitalised: the word after it is its verb, even one that may also be an adjective
("resigned", "retired"). Read as "hale resigned" (an adjective and a participle), the
statement was left out as a fragment, and the reviewer never saw it."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def extracted(body: str) -> tuple[list[str], list[str]]:
    doc, _ = extract(Source(f"Council news\n\n{body}\n", "text"), Meta())
    text = doc.article.text or ""
    left = [text[i.passage.start : i.passage.end] for i in doc.left_out if i.reason == "fragment"]
    return [c.text for c in doc.claims], left


@pytest.mark.parametrize(
    "sentence",
    [
        "Hale resigned from the council in March 2023.",
        "Councillor Dora Hale retired from the planning committee last year.",
        "After the vote, Hale resigned.",
    ],
)
def test_a_capitalised_adjective_before_a_verb_is_a_name(sentence: str) -> None:
    assert extracted(sentence) == ([sentence], [])


def test_in_doubt_a_capitalised_opening_is_kept() -> None:
    """ "Hale retired miners ...": a name and its verb, or an adjective and a noun phrase; in
    doubt the paragraph is a claim, which the reviewer can delete, not a hidden fragment."""
    claims, left = extracted("Hale retired miners and their wives.")
    assert (claims, left) == (["Hale retired miners and their wives."], [])
