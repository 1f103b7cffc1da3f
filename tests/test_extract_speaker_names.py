"""A named source is a noun phrase, and items under a lead-in that doubts them keep it."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.hints import hint
from claimcheck.extract.ingest import Source


def claims(body: str) -> list[tuple[str, str | None]]:
    doc, _ = extract(
        Source(f"Harbour report\n\nThe ferry sailed on Sunday.\n\n{body}\n", "text"), Meta()
    )
    return [(c.text, c.hint.attributed_to if c.hint else None) for c in doc.claims[1:]]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # a passive subject is whom someone told, no speaker
        ("Drivers were told of the new timetable at a depot meeting.", None),
        # an adverb before the verb is no part of the name
        ("Ferry staff wrongly said in May the pier had closed.", "Ferry staff"),
        ("Mia Cole also said the pier had closed.", "Mia Cole"),
        # a relative pronoun is nobody's name
        ('Who said: "The pier is closed."', None),
        # a noun that ends in "-ly" is still a noun
        ("The Okafor family said the pier had closed.", "The Okafor family"),
    ],
)
def test_a_named_source_is_a_noun_phrase(sentence: str, source: str | None) -> None:
    assert hint(sentence).attributed_to == source


@pytest.mark.parametrize(
    "lead_in",
    [
        "Conspiracy theories about the harbour master include",
        "Ian Dale was exonerated of the following",
        "Allegations the paper could not confirm",
        "Ian Dale apologised for writing",
        "The following claims are untrue",
        # made up or mocking, and a passive "told by": the subject said nothing
        "Stories about the pier that turned out to be fake",
        "Fabricated quotes attributed to the harbour master",
        "A satirical website ran these headlines",
        "Lies told by the opposition",
    ],
)
def test_items_under_a_lead_in_that_doubts_them_keep_it(lead_in: str) -> None:
    got = claims(
        f"{lead_in}:\n\n1. The harbour master sold the boats.\n2. The harbour master hid the fees."
    )
    assert got == [
        (f"{lead_in}: the harbour master sold the boats.", None),
        (f"{lead_in}: the harbour master hid the fees.", None),
    ]


@pytest.mark.parametrize("comma", ['", according', '," according'])
def test_according_to_after_a_quotation_of_two_sentences(comma: str) -> None:
    got = claims(f'"The ferry is late. The crew is sick{comma} to Mia Cole.')
    assert got[0] == ('Mia Cole said: "The ferry is late."', "Mia Cole")


def test_who_before_a_quotation_is_whom_it_is_about() -> None:
    got = claims(
        'Mia Cole shared a post by Ian Dale, who said: "The ferry is late. The crew is sick."'
    )
    assert ('Ian Dale said: "The crew is sick."', "Ian Dale") in got
    assert all(source != "Who" and not text.startswith("Who") for text, source in got)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # "according to" a norm is "in accordance with" it: the speaker is the one named
        ("The depot reopened according to schedule, Mia Cole said.", "Mia Cole"),
        ("The new pier was finished according to plan.", None),
        ("The vote on the timetable went ahead according to the rules.", None),
        ("The hull was repaired according to the builder's original design.", None),
        # a source named after what a sentence denies is not whose the statement is
        ("Contrary to what Mia Cole says, the ferry ran late in March.", None),
        ("Not according to Mia Cole: the ferry ran on time.", None),
        # a source after a negated statement still is its source
        ("The ferry is not safe according to Mia Cole.", "Mia Cole"),
        ("The ferry ran late in March, according to Mia Cole.", "Mia Cole"),
    ],
)
def test_according_to_a_norm_or_a_denied_source_names_no_speaker(
    sentence: str, source: str | None
) -> None:
    assert hint(sentence).attributed_to == source


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry ran late in March, according to [link=http://x.example]Mia[/link] Cole.",
        "The ferry ran late in March, according to =HYPERLINK(1).",
        "The ferry ran late in March, according to <b>Mia</b> Cole.",
    ],
)
def test_a_source_written_with_markup_or_a_formula_is_no_name(sentence: str) -> None:
    assert hint(sentence).attributed_to is None


def test_a_speaker_named_at_a_statements_end_is_who_goes_on() -> None:
    """As after "according to X": "…, its chair Mia Cole said. “…,” she said." is hers."""
    got = claims(
        "The club reported record sales, its chair Mia Cole said on Monday. "
        '"Demand has doubled since the new pier opened," she said.'
    )
    assert got[-1] == (
        '"Demand has doubled since the new pier opened," [Mia Cole] said.',
        "Mia Cole",
    )
