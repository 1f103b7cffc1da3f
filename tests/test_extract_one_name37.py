"""One speaker, one name (desk tester 7: "Tom Reyes" and "Mr Reyes" were published as two
authors): a source named again by title and surname, or by surname alone, is the full
name the article gave, when one person of that surname was named, and never across a
title of the other sex. Sentences written for this test."""

from __future__ import annotations

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def _speakers(text: str) -> list[str | None]:
    doc, _ = extract(Source(f"Ferry fares\n\n{text}\n", "text"), Meta(title="T"))
    return [c.hint.attributed_to if c.hint else None for c in doc.claims]


def test_a_surname_or_title_and_surname_is_the_full_name_given_first() -> None:
    text = (
        "Harbour master Ruth Calder said the fares would rise in April.\n\n"
        "Passengers have complained for months.\n\n"
        "Ms Calder said the ferry had lost money for three years.\n\n"
        '"We had no choice," said Calder.'
    )
    assert _speakers(text) == [
        "Ruth Calder",
        None,
        "Ruth Calder",
        "Ruth Calder",
    ]


def test_a_title_of_the_other_sex_or_two_people_of_a_surname_stay_as_written() -> None:
    other = (
        "Harbour master Ruth Calder said the fares would rise in April.\n\n"
        "Mr Calder said the family had run the kiosk for years."
    )
    assert _speakers(other)[-1] == "Mr Calder"
    two = "Ruth Calder and Ian Calder run the kiosk.\n\nCalder said the fares would rise in April."
    assert _speakers(two)[-1] in ("Calder", None)
    couple = "Ruth and Ian Calder run the kiosk.\n\nCalder said the fares would rise in April."
    assert _speakers(couple)[-1] in ("Calder", None)
