"""User 32's lists, lead-ins, left-out statements and page structure. A list's lead-in
goes only with the item it introduces: its first sentence, after a bold label that names
the item ("1. **Bus.** …", a label, no claim); a sentence after it in the same item stands
alone. "even when" is one conjunction: the clause after it stays in its item. "Four of
them live …" has a verb. A job title over two beats under a byline, a heading in capitals,
a note that tells affected readers whom to contact, a live page's promises to its reader,
and the headline under a live entry's time are page structure. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, atomize, blocks, extract
from claimcheck.extract.ingest import Source
from claimcheck.models import ClaimFile
from tests.extracting import left


def extracted(text: str, kind: str = "text") -> ClaimFile:
    doc, _ = extract(Source(text, kind), Meta(title="T"))
    return doc


def claims(text: str, kind: str = "text") -> list[str]:
    return [c.text for c in extracted(text, kind).claims]


LABELLED = (
    "# Bus fares rise in the county\n\n"
    "The county council raised bus fares on Monday.\n\n"
    "There are two cheaper ways to travel:\n\n"
    "1. **Season ticket.** A season ticket costs £40 a month. "
    "It is a council offer, not a legal right, but most operators accept it.\n"
    "2. **Day rider.** A day rider costs £5.\n\n"
    "The council will review the fares in May.\n"
)


def test_a_bold_label_is_no_claim_and_leaves_no_mark() -> None:
    doc = extracted(LABELLED, "markdown")
    said = [c.text for c in doc.claims]
    assert "A season ticket costs £40 a month." in said
    assert "A day rider costs £5." in said
    assert not [c for c in said if c.startswith("*") or "season ticket." in c.casefold()]
    assert ("heading", "**Season ticket.**") in left(doc)
    assert ("heading", "**Day rider.**") in left(doc)
    assert "Most operators accept it." in said


def test_a_plain_items_second_sentence_stands_alone() -> None:
    said = claims(
        "The inspectors found that the home had:\n\n"
        "- lost residents' records. Staff take part in training now.\n"
        "- kept no log of visits.\n\n"
        "The home said it would appeal.\n"
    )
    assert "The inspectors found that the home had: lost residents' records." in said
    assert "Staff take part in training now." in said


@pytest.mark.parametrize(
    "sentence",
    [
        "The team kept playing even when the rain was heavy.",
        "The firm kept charging fees even after customers cancelled their orders in writing.",
        "The club sold tickets even when the ground was closed for repairs.",
    ],
)
def test_even_and_its_conjunction_stay_with_the_clause(sentence: str) -> None:
    assert claims(sentence) == [sentence]


def test_an_item_keeps_its_even_when_clause_with_its_lead_in() -> None:
    said = claims(
        "The report found that the council:\n\n"
        "- ignored letters from tenants, even when they asked for a reply in writing.\n"
        "- closed the office early.\n\n"
        "The council has not replied.\n"
    )
    assert (
        "The report found that the council: ignored letters from tenants, even when they"
        " asked for a reply in writing." in said
    )
    assert not [
        c for c in said if c.endswith("even.") or c.endswith(": they asked for a reply in writing.")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Only four of them live in the village.",
        "Most of us work from home on Fridays.",
    ],
)
def test_a_partitive_subject_has_its_verb(sentence: str) -> None:
    assert atomize.has_verb(sentence)
    said = claims(f"The school has 30 pupils.\n\n{sentence}\n")
    assert sentence in said
    # (but "those present" is no verb: the verb is after it)
    assert atomize.first_verb("Many of those present cheered.") == len("Many of those present ")


def test_a_job_title_over_two_beats_under_a_byline_is_no_section() -> None:
    doc = extracted(
        "Ferry fares to rise\n\n"
        "By Ann Lee\nTransport and environment editor\n\n"
        "Ferry fares will rise by 8% in April, the operator said.\n"
    )
    assert ("byline", "Transport and environment editor") in left(doc)
    assert [(c.section, c.text) for c in doc.claims] == [
        ("Ferry fares to rise", "Ferry fares will rise by 8% in April, the operator said.")
    ]


def test_a_line_in_capitals_with_words_no_name_holds_is_no_name() -> None:
    # a byline or a credit is a name; a heading in capitals is not one
    assert not blocks.is_name_line("WHAT THE MINISTER SAID")
    assert not blocks.is_name_line("WHY IT MATTERS")
    assert blocks.is_name_line("ANN LEE")


def test_a_note_to_affected_readers_is_for_the_reader() -> None:
    note = "Passengers who think they were overcharged can contact the operator or the ombudsman."
    doc = extracted(f"Ferry fares to rise\n\nFerry fares will rise by 8% in April.\n\n{note}\n")
    assert ("reader", note) in left(doc)
    assert [c.text for c in doc.claims] == ["Ferry fares will rise by 8% in April."]
    # someone's report of it stays a claim
    reported = "Passengers who think they were overcharged can contact the ombudsman, she said."
    assert not atomize.speaks_to_reader(reported)


LIVE = (
    "Flood live: rivers burst their banks\n\n"
    "10:42\nBus blown off the coast road\n\n"
    "A bus left the coast road near the harbour, police said.\n\n"
    "10:15\n'Water came up to the windows'\n\n"
    "A shopkeeper said her shop flooded in minutes.\n\n"
    "We'll bring you the latest updates through the day. "
    "You can get in touch with us by emailing desk@example.org.\n"
)


def test_a_live_entrys_headline_under_its_time_heads_the_entry() -> None:
    doc = extracted(LIVE)
    assert ("heading", "Bus blown off the coast road") in left(doc)
    assert ("heading", "'Water came up to the windows'") in left(doc)
    sections = {c.text: c.section for c in doc.claims}
    assert sections["A bus left the coast road near the harbour, police said."] == (
        "Bus blown off the coast road"
    )
    assert "Bus blown off the coast road." not in sections


def test_a_live_pages_promises_to_its_reader_are_left_out() -> None:
    doc = extracted(LIVE)
    assert ("reader", "We'll bring you the latest updates through the day.") in left(doc)
    assert (
        "reader",
        "You can get in touch with us by emailing desk@example.org.",
    ) in left(doc)


def test_a_lead_in_that_stops_at_its_that_clauses_subject_is_no_claim() -> None:
    doc = extracted(
        "The report found that the council:\n\n"
        "- closed the office early.\n"
        "- lost two files.\n\n"
        "The council has not replied.\n"
    )
    assert ("lead-in", "The report found that the council:") in left(doc)
    assert [c.text for c in doc.claims] == [
        "The report found that the council: closed the office early.",
        "The report found that the council: lost two files.",
        "The council has not replied.",
    ]
    # a "that" clause with its verb is no lead-in of this kind
    assert not atomize.is_lead_in("He said that this is what happened:")
