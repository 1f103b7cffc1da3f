"""Two names joined by "and" are a plural subject, whose verb is in its plain form ("Tom
Little and Ann Ray run a haulage firm."): a statement, never left out as a fragment.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def run(text: str) -> tuple[list[str], list[str]]:
    doc, _ = extract(
        Source(f"Title\n\nThe council met on Monday.\n\n{text}\n", "text"), Meta(title="T")
    )
    article = doc.article.text or ""
    left = [
        article[i.passage.start : i.passage.end] for i in doc.left_out if i.reason == "fragment"
    ]
    return [c.text for c in doc.claims], left


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Little and Ann Ray run a haulage firm.",
        "Joan Pike and Sam Ode own two bakeries in Leeds.",
        "Pike and Ode share the prize.",
    ],
)
def test_two_names_and_a_plain_verb_are_a_claim(sentence: str) -> None:
    claims, fragments = run(sentence)
    assert sentence in claims
    assert fragments == []


def test_two_names_alone_stay_a_fragment() -> None:
    _, fragments = run("Tom Little and Ann Ray.")
    assert fragments == ["Tom Little and Ann Ray."]
