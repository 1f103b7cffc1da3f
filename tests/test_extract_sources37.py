"""Sources and speakers inside a sentence (helper h37a): a source set off after a linking
verb keeps the complement after it; both clauses after a participle of speech are the
speaker's; a name joined by "and" is not cut for an appositive; a lead-in's source goes to
its items; the fact in a relative clause after a call to the reader is kept; scorers and
their minutes are a claim; "of" a body and a bracketed short form leave the pronoun its
person or body. Sentences written for the tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, blocks, extract, refer
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[tuple[str, str | None]]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [(c.text, c.hint.attributed_to if c.hint else None) for c in doc.claims]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The bridge is, according to the city council, which maintains it, the "
            "oldest crossing on the river.",
            "the city council",
        ),
        (
            "Their farm was, according to the county archive, which holds the deeds, "
            "the first in the valley to grow hops.",
            "the county archive",
        ),
    ],
)
def test_a_source_with_its_relative_clause_keeps_the_complement(text: str, source: str) -> None:
    # cut at the relative clause, "The bridge is, according to the city council." said
    # nothing and the relative clause took the complement ("… maintains it, the oldest …")
    got = claims(text)
    assert got == [(text, source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Okonjo rejected the figures, saying the count had been checked but the "
            "forms had arrived late.",
            [
                "Okonjo rejected the figures.",
                "Okonjo said the count had been checked.",
                "Okonjo said the forms had arrived late.",
            ],
        ),
        (
            "The museum denied the report, saying the loan had ended and the painting "
            "was back in storage.",
            [
                "The museum denied the report.",
                "The museum said the loan had ended.",
                "The museum said the painting was back in storage.",
            ],
        ),
    ],
)
def test_both_clauses_after_a_participle_of_speech_are_the_speakers(
    text: str, expected: list[str]
) -> None:
    # "X denied it, saying A but B": B is what X said too, as after "X said A but B"
    assert [t for t, _ in claims(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The prize went to the Royal Society for Music and Drama, one of the oldest "
        "academies in Europe.",
        "She worked for the Department of Trade and Industry, a ministry that no longer exists.",
    ],
)
def test_an_appositive_never_cuts_a_name_at_its_and(text: str) -> None:
    # the name "… for Music and Drama" is one name: "Drama is one of the oldest
    # academies" named half of it; which noun the phrase describes stays the reader's
    assert not any(t.startswith(("Drama ", "Industry ")) for t, _ in claims(text))


def test_a_lead_in_that_names_its_source_lends_it_to_each_item() -> None:
    # "…, according to the survey:": every item is the survey's, whether it is a bare
    # noun phrase or one with a clause of its own, never the paper's word
    text = (
        "Title\n\nBus use fell for two reasons, according to the transport board:\n\n"
        "- the closure of the old depot;\n"
        "- and fares, which have risen twice since spring.\n"
    )
    doc, _ = extract(Source(text, "markdown"), Meta(title="T"))
    items = [c for c in doc.claims if c.passage.quote.startswith(("the closure", "fares"))]
    assert [c.text for c in items] == [
        "Bus use fell for two reasons, according to the transport board: the closure of "
        "the old depot.",
        "Bus use fell for two reasons, according to the transport board: fares, which "
        "have risen twice since spring.",
    ]
    assert all(c.hint and c.hint.attributed_to == "the transport board" for c in items)


def test_a_fact_in_the_relative_clause_after_a_call_to_the_reader_is_kept() -> None:
    # the call is the reader's and left out; what the relative clause says of the noun
    # before it is a fact of its own ("The council rehomes …")
    doc, _ = extract(
        Source(
            "Title\n\nAnyone who sees a stray dog should ring the council, which rehomes "
            "about 200 dogs a year.\n",
            "text",
        ),
        Meta(title="T"),
    )
    assert [c.text for c in doc.claims] == ["The council rehomes about 200 dogs a year."]
    assert [(x.reason, x.passage.quote) for x in doc.left_out or [] if x.reason == "reader"] == [
        ("reader", "Anyone who sees a stray dog should ring the council")
    ]


def test_a_relative_clause_that_speaks_to_the_reader_stays_left_out() -> None:
    doc, _ = extract(
        Source(
            "Title\n\nAnyone who sees a stray dog should ring the council, which you can "
            "reach at any hour.\n",
            "text",
        ),
        Meta(title="T"),
    )
    assert not doc.claims


@pytest.mark.parametrize(
    ("line", "timed"),
    [
        ("Scorers: Lindqvist 12, 90+3 pen, Moreau 40.", True),
        ("Goals: Varga 7, Mendes 55 (og).", True),
        ("Kick-off: Saturday 15.", False),  # a date, no player
        ("Updated: Reuters 12.", False),  # a page's furniture
        ("Subjects: 12, 14.", False),  # figures, no name
    ],
)
def test_a_label_over_names_and_minutes(line: str, timed: bool) -> None:
    assert blocks.lists_timed_names(line) is timed


def test_scorers_with_minutes_are_a_claim_as_the_booked_line_is() -> None:
    # "Booked: Ames, Kerr." reads "booked" as a verb; the scorers' line beside it is as
    # checkable, and kept the same way
    doc, _ = extract(
        Source("Title\n\nScorers: Lindqvist 12, 64, Moreau 40.\nBooked: Ames, Kerr.\n", "text"),
        Meta(title="T"),
    )
    assert [c.text for c in doc.claims] == [
        "Scorers: Lindqvist 12, 64, Moreau 40.",
        "Booked: Ames, Kerr.",
    ]


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Station officer Peter Lund of Northdale Fire and Rescue Service", "Peter Lund"),
        ("Professor Ann Rigby of Leeds Beckett University", "Professor Ann Rigby"),
        ("The Bank of England", None),  # a body's name, no one before "of"
    ],
)
def test_a_name_before_of_and_a_body_is_the_person(subject: str, name: str | None) -> None:
    assert refer.person(subject) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "he" is the man before "of"; the service he works for is no rival for it
            "Station officer Peter Lund of Northdale Fire and Rescue Service spoke at the "
            "scene. He said two crews were still there.",
            "[Peter Lund] said two crews were still there.",
        ),
        (
            # the body's short form in brackets is no other body "it" may mean
            "The Northern Water Authority (NWA) has closed two reservoirs. It says the "
            "levels are too low.",
            "[The Northern Water Authority] says the levels are too low.",
        ),
    ],
)
def test_the_pronoun_after_a_name_with_its_body(text: str, expected: str) -> None:
    assert [t for t, _ in claims(text)][-1] == expected
