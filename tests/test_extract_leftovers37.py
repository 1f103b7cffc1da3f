"""Leftovers of round 37 (helper h37i): a source after "according to" ends at its own
relative clause and never holds the main clause's verb. Sentences written for the tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.hints import attributed_to
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[tuple[str, str | None]]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [(c.text, c.hint.attributed_to if c.hint else None) for c in doc.claims]


@pytest.mark.parametrize(
    ("text", "main", "source"),
    [
        (
            "The lighthouse, according to the harbour trust, which restored it, is the "
            "tallest on the coast.",
            "The lighthouse, according to the harbour trust, is the tallest on the coast.",
            "the harbour trust",
        ),
        (
            "The orchard, according to Mira Tallis, who farms the land, was planted in 1890.",
            "The orchard, according to Mira Tallis, was planted in 1890.",
            "Mira Tallis",
        ),
    ],
)
def test_the_predicate_after_a_sources_relative_clause_closes_the_aside(
    text: str, main: str, source: str
) -> None:
    # the subject's aside left open ("…, according to the harbour trust is the tallest
    # …") made the predicate part of the source's name
    got = dict(claims(text))
    assert got[main] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the source's own relative clause with no comma: not part of its name
        (
            "The ferry, according to the port authority which runs it, is late.",
            "the port authority",
        ),
        # a finite verb after the source is the main clause's: where the source ends is
        # unknown, so none is named (never "the port authority is the busiest …")
        ("The pier, according to the port authority is the busiest on the coast.", None),
        ("According to rangers visitors were warned about the tide.", None),
        # a name in capitals ends where the clause's lowercase subject starts
        ("According to the Met Office the storm will pass by noon.", "the Met Office"),
        # a plain source is still named
        ("The pier will reopen in May, according to the port authority.", "the port authority"),
    ],
)
def test_a_source_after_according_to_holds_no_verb_of_the_main_clause(
    text: str, source: str | None
) -> None:
    assert attributed_to(text) == source
