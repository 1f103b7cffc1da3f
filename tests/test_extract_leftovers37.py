"""Leftovers of round 37 (helper h37i): a source after "according to" ends at its own
relative clause and never holds the main clause's verb; an appositive with a participle
spelt as its verb ("a hall put up in 1905") is no clause; a named subject is the source of
its ", saying …" participle. Sentences written for the tests."""

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


@pytest.mark.parametrize(
    "text",
    [
        "The choir sang in Kell Hall, a venue put up in 1905.",
        "He objected to the toll, a charge set by the county in March.",
        "They moved into the old mill, a building shut down in 1970.",
    ],
)
def test_an_appositive_with_a_bare_participle_is_no_claim_alone(text: str) -> None:
    # "put", "set", "shut" read as past tenses made "A venue put up in 1905." a claim
    # with no verb of its own
    got = [t for t, _ in claims(text)]
    assert got == [text]


def test_a_past_tense_after_an_appositive_comma_still_opens_a_clause() -> None:
    # an object after the particle: a clause of its own ("a trader set up a stall")
    from claimcheck.extract.atomize import _apposed_participle

    sentence = "The rain stopped, a trader set up a stall by the gate."
    assert not _apposed_participle(sentence, sentence.index("a trader"))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Eastbrook Wanderers rejected the bid, saying it was far too low.", "Eastbrook Wanderers"),
        ("Nadia Fenwick hit back on Tuesday, saying the audit had been rushed.", "Nadia Fenwick"),
        # the participle without a comma is about the noun before it: the letter's words
        ("Wardens found a letter saying the shed had been sold.", None),
        # a plural noun after the name is the subject's head: the fans' words
        ("Wanderers fans jeered the board, saying the club had been sold short.", None),
        # an opening phrase is no part of the name
        ("On Tuesday Nadia Fenwick hit back, saying the audit had been rushed.", None),
    ],
)
def test_a_named_subject_is_the_source_of_its_saying_participle(
    text: str, source: str | None
) -> None:
    assert attributed_to(text) == source


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "When the alarm sounds, phone the lifeboat station, which has two boats.",
            "The lifeboat station has two boats.",
        ),
        (
            "Please contact the tenancy team, which handled 800 cases in 2021.",
            "The tenancy team handled 800 cases in 2021.",
        ),
        ("To book a slot, email the parish office.", None),
    ],
)
def test_an_order_to_get_in_touch_is_left_out_and_its_relative_fact_kept(
    text: str, fact: str | None
) -> None:
    # the order to the reader was a claim ("When the alarm sounds, phone the lifeboat
    # station."); the relative clause after it says a fact of its own
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == ([fact] if fact else [])
    assert [lo.reason for lo in doc.left_out if lo.reason != "heading"] == ["reader"]
