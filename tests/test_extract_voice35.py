"""Whose voice a hint reads (sentences written for these tests).

A reader's letter is its writer's own voice, as an article is its author's: "I think",
"a disgrace", "we deserve" are the reader's view (opinion), while a figure in it stays a
fact; a letter's salutation ("Sir, …") is its text, never a headline. A writer's "I
think" / "in my view" is a view given as theirs, beyond the "I" alone."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.hints import hint, letter_hint
from claimcheck.extract.ingest import Source

LETTERS = (
    "Letters to the editor\n\n"
    "I think the council is wrong to sell the bowling green.\n\n"
    "The green hosted 60 matches last summer.\n\n"
    "Mary Quill, Ashford\n\n"
    "Sir, the new car park on Mill Lane is an eyesore.\n\n"
    "We deserve better from our councillors.\n\n"
    "Owen Platt, Ashford\n"
)


def _letters() -> dict[str, str]:
    doc, _ = extract(Source(LETTERS, "text"), Meta())
    return {c.text: c.hint.kind for c in doc.claims if c.hint is not None}


def test_a_readers_view_in_a_letter_is_an_opinion_and_its_figure_a_fact() -> None:
    kinds = _letters()
    assert kinds[
        "[Mary Quill] said: “I think the council is wrong to sell the bowling green.”"
    ] == ("opinion"), kinds
    assert kinds["[Mary Quill] said: “The green hosted 60 matches last summer.”"] == "factual"
    assert kinds["[Owen Platt] said: “We deserve better from our councillors.”"] == "opinion"


def test_a_letter_opening_sir_is_the_letters_text_not_its_headline() -> None:
    kinds = _letters()
    said = "[Owen Platt] said: “Sir, the new car park on Mill Lane is an eyesore.”"
    assert said in kinds, kinds


def test_a_letters_hint_names_its_writer_and_reads_quotes_inside_as_others() -> None:
    got = letter_hint('The mayor told us "this is a wonderful scheme" in 2021.', "Ann Roe")
    assert got.attributed_to == "Ann Roe"
    assert "named source: Ann Roe" in got.reasons
    assert not any(r.startswith("evaluative") for r in got.reasons), got


@pytest.mark.parametrize(
    "text",
    [
        "I think the trust closed the ward in 2019.",
        "In my view, the board spent £4m on the scheme in 2022.",
    ],
)
def test_the_writers_own_view_weighs_against_its_figures(text: str) -> None:
    assert hint(text).kind != "factual", hint(text)


def test_a_quoted_i_think_is_the_speakers() -> None:
    got = hint('"I think the plan is sound," the minister said on Monday.')
    assert got.kind == "factual", got
