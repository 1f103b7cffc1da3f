"""Who said it and what "he" or "it" is (h37f): a document's maker after "according to"
("… according to figures released by the port authority last week"), a list lead-in's
subject without its adverb, names written with accents, a pronoun in a list's lead-in,
and a correction's corrected fact after a modal or about a person named by surname."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract, refer
from claimcheck.extract.hints import attributed_to
from claimcheck.extract.ingest import Source
from claimcheck.models import ClaimFile


def _doc(text: str, kind: str = "text") -> ClaimFile:
    doc, _ = extract(Source(f"Title\n\n{text}\n", kind), Meta(title="T"))
    return doc


def _claims(text: str, kind: str = "text") -> list[tuple[str, str | None]]:
    return [(c.text, c.hint.attributed_to if c.hint else None) for c in _doc(text, kind).claims]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Rents rose by 9%, according to figures released by the port authority last week.",
            "the port authority",
        ),
        ("Fares fell, according to a survey carried out by Ipsos in June.", "Ipsos"),
        ("Fares fell, according to data published by the rail regulator.", "the rail regulator"),
        ("Fares fell, according to figures published on Monday.", None),
    ],
)
def test_a_documents_maker_is_the_source(text: str, source: str | None) -> None:
    assert attributed_to(text) == source


def test_a_lead_ins_adverb_is_no_part_of_who_said_it() -> None:
    text = (
        "The inspectors' review also said that:\n\n"
        "- the ward had too few nurses at night;\n"
        "- two lifts had been out of use since June.\n"
    )
    assert {who for _, who in _claims(text, "markdown")} == {"The inspectors' review"}


@pytest.mark.parametrize("name", ["Tomás Ríos", "Zoltán Kovács", "Ola Ødegård"])
def test_a_name_with_accents_is_a_name(name: str) -> None:
    assert refer.person(name) == name
    text = (
        f"The club's new coach, {name}, met the players on Monday. "
        '"The squad is fitter than I expected," he told a local radio station.'
    )
    assert _claims(text)[-1][1] == name


def test_a_given_name_with_accents_tells_a_surname_from_a_plural() -> None:
    assert refer.person("Zoë Banks") == "Zoë Banks"


def test_a_pronoun_in_a_lists_lead_in_is_the_person_before() -> None:
    text = (
        "The housing chief, Ruth Okafor, said the waiting list had doubled.\n\n"
        "She said the council would:\n\n"
        "- build 200 homes by 2028;\n"
        "- buy back empty flats.\n"
    )
    items = _claims(text, "markdown")[-2:]
    assert items == [
        ("[Ruth Okafor] said the council would: build 200 homes by 2028.", "Ruth Okafor"),
        ("[Ruth Okafor] said the council would: buy back empty flats.", "Ruth Okafor"),
    ]


@pytest.mark.parametrize(
    ("notice", "fact", "expected"),
    [
        (
            "An earlier version of this article said the pool would reopen in May.",
            "It reopens in June.",
            "[The pool] reopens in June.",
        ),
        (
            "Correction: an earlier version of this article said the market would open at 8am.",
            "It will open at 9am.",
            "[The market] will open at 9am.",
        ),
    ],
)
def test_a_corrected_fact_after_a_modal_keeps_the_notices_subject(
    notice: str, fact: str, expected: str
) -> None:
    text = f"The town's new leisure centre is almost finished.\n\n{notice} {fact}"
    assert _claims(text)[-1][0] == expected


def test_a_corrected_fact_about_a_person_named_by_surname() -> None:
    text = (
        "The county signed the bowler Tom Askew on Friday.\n\n"
        "An earlier version of this article said Askew was 31. He is 29."
    )
    assert _claims(text)[-1][0] == "[Tom Askew] is 29."


def test_a_note_of_what_was_corrected_with_a_relative_clause_is_no_claim() -> None:
    text = (
        "Some 600 runners took part in the race.\n\n"
        "This article was amended on 2 May 2026 to correct the number of runners who "
        "finished. An earlier version said 480."
    )
    doc = _doc(text)
    assert [c.text for c in doc.claims] == ["Some 600 runners took part in the race."]
    assert [x.reason for x in doc.left_out if x.reason == "correction"] == [
        "correction",
        "correction",
    ]
