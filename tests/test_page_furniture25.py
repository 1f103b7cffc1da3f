"""A page's furniture around a plain-text or Markdown article (round 25): photo captions,
time stamps, kickers, datelines' dates, bylines, Markdown images and emphasis, lines for
the reader and the author's bio. Each rule on lines written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extract import Meta, atomize, blocks, extract
from claimcheck.extract.ingest import Source
from claimcheck.models import ClaimFile

BODY = (
    "The county council voted on Tuesday to close two of its five recycling depots from "
    "April. Councillors said the change would save £400,000 a year.\n\n"
    "Opposition members said the closures would mean longer trips for residents in the "
    "north of the county. The depots handled 18,000 tonnes of waste last year.\n"
)


def run(text: str, kind: str = "text") -> ClaimFile:
    doc, _ = extract(Source(text, kind), Meta())
    return doc


def left(doc: ClaimFile) -> list[tuple[str, str]]:
    return [(str(i.reason), i.passage.quote) for i in doc.left_out]


# ---------------------------------------------------------------- photo captions


@pytest.mark.parametrize(
    "line",
    [
        "Photo: A volunteer sorts donated coats at the depot. (Jo Patel/Eastfield Photography)",
        "A volunteer sorts donated coats at the depot (Jo Patel/Eastfield Photography)",
        "Volunteers sort donated coats at the Eastfield depot on Monday (Kay Lund Photography)",
        "Picture: Volunteers sort donated coats and blankets at the Eastfield depot on Monday "
        "morning, before the first of the winter's cold-weather shelters opened its doors",
        "Pictured: the new footbridge over the river",
        "![A volunteer sorts coats](coats.jpg)",
    ],
)
def test_a_photo_caption_is_known_by_its_label_or_its_bracketed_credit(line: str) -> None:
    assert blocks.metadata(line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Revenue rose 4% over the year (2023/24)",
        "Turnout was the lowest since the 1990s (Electoral Commission)",
        "Picture the scene: a hall of 300 people and one microphone",
    ],
)
def test_brackets_that_are_no_credit_make_no_caption(line: str) -> None:
    assert blocks.metadata(line) is None


def test_a_labelled_caption_with_a_bracketed_credit_is_no_section() -> None:
    caption = (
        "Photo: A volunteer sorts donated coats at the depot. (Jo Patel/Eastfield Photography)"
    )
    text = (
        f"Council to close two recycling depots\n\n{BODY}\n{caption}\n\n{BODY.replace('two', '3')}"
    )
    doc = run(text)
    assert ("caption", caption) in left(doc)
    assert all(c.section is None for c in doc.claims)


# ---------------------------------------------------------------- time stamps, dates


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published 4 March 2026, 08:10 GMT | Updated 4 March 2026, 12:45 GMT", date(2026, 3, 4)),
        ("Published: 07:30, 5 March 2026 | Updated: 10:00, 5 March 2026", date(2026, 3, 5)),
        ("Tuesday 3 March 2026, 09:15 GMT", date(2026, 3, 3)),
        ("Wednesday 11 February 2026 14.05 GMT", date(2026, 2, 11)),
    ],
)
def test_a_time_stamp_line_is_a_dateline_and_gives_the_day_published(line: str, day: date) -> None:
    assert blocks.metadata(line) == "dateline"
    doc = run(f"Council to close two recycling depots\n\n{line}\n\n{BODY}")
    assert ("dateline", line) in left(doc)
    assert doc.article.published == day
    assert all(c.section is None for c in doc.claims)


def test_a_line_of_parts_that_are_no_time_stamps_is_no_dateline() -> None:
    line = "Results 4 March 2026 | Turnout fell in every ward across the county this year"
    assert blocks.metadata(line) is None


# ---------------------------------------------------------------- kickers


def test_a_one_word_kicker_above_the_headline_is_left_out_and_never_the_title() -> None:
    doc = run(f"Environment\n\nCouncil to close two recycling depots\n\n{BODY}")
    assert doc.article.title == "Council to close two recycling depots"
    assert doc.article.id == "council-to-close-two-recycling-depots"
    assert ("heading", "Environment") in left(doc)
    assert not any("Council to close" in c.text for c in doc.claims)


def test_a_kicker_above_a_known_title_is_no_section() -> None:
    text = f"Environment\n\nCouncil to close two recycling depots\n\n{BODY}"
    doc, _ = extract(Source(text, "text"), Meta(title="Council to close two recycling depots"))
    assert ("heading", "Environment") in left(doc)
    assert all(c.section is None for c in doc.claims)


def test_a_one_word_title_over_a_section_heading_stays_the_title() -> None:
    doc = run(f"# Recycling\n\n### What the depots handle\n\n{BODY}", "markdown")
    assert doc.article.title == "Recycling"
    assert {c.section for c in doc.claims} == {"What the depots handle"}


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("line", "author", "day"),
    [
        ("By Ana Ruiz in Lisbon and Tom Hale", "Ana Ruiz", None),
        ("By **Ana Ruiz**, Food Critic | 5 March 2026", "Ana Ruiz", date(2026, 3, 5)),
        ("*By Ana Ruiz · 4 min read · 6 March 2026*", "Ana Ruiz", date(2026, 3, 6)),
        ("**Published:** 7 March 2026 | **By** Ana Ruiz, Food", "Ana Ruiz", date(2026, 3, 7)),
    ],
)
def test_bylines_give_the_author(line: str, author: str, day: date | None) -> None:
    doc = run(f"# Council to close two recycling depots\n\n{line}\n\n{BODY}", "markdown")
    assert ("byline", line) in left(doc)
    assert (doc.article.author, doc.article.published) == (author, day)


def test_a_place_after_by_in_a_sentence_is_no_byline() -> None:
    assert blocks.byline_author("By Friday the river in Lisbon had risen two metres.") is None


# ---------------------------------------------------------------- Markdown marks


def test_a_markdown_image_line_is_one_caption() -> None:
    image = "![Volunteers sort coats at the depot](depot.jpg)"
    doc = run(f"# Council to close two recycling depots\n\n{image}\n\n{BODY}", "markdown")
    assert [(r, q) for r, q in left(doc) if "depot.jpg" in q or q == "!"] == [("caption", image)]
    assert not any("Volunteers sort" in c.text for c in doc.claims)


def test_an_italic_note_has_no_emphasis_mark_in_its_claim() -> None:
    # (a note of a correction is no claim at all: test_page_structure33)
    note = "*The council was asked on 6 March how many staff the depots employ.*"
    doc = run(f"# Council to close two recycling depots\n\n{BODY}\n{note}\n", "markdown")
    claim = next(c for c in doc.claims if "asked" in c.text)
    assert claim.text == note.strip("*")
    # the passage is the text as it stands, its closing mark too (not a passage of its own)
    assert claim.passage.quote == note


@pytest.mark.parametrize(
    ("said", "text"),
    [
        ("**Sales rose 4% in May.", "Sales rose 4% in May."),
        ("Most pupils got an A*", "Most pupils got an A*"),
    ],
)
def test_a_lone_emphasis_mark_goes_but_a_grade_stays(said: str, text: str) -> None:
    piece = atomize.Piece(0, len(said), "clause")
    assert atomize.claim_text(said, piece).rstrip(".") == text.rstrip(".")


# ---------------------------------------------------------------- the reader, the bio


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents who want a free smoke alarm should call the fire service on 0800 555 0199.",
        "Details can also be passed in confidence to the council on 020 7946 0321.",
        "Parents worried about the closures can contact the helpline at 555-0187.",
    ],
)
def test_whom_the_reader_should_call_with_a_number_is_for_the_reader(sentence: str) -> None:
    assert atomize.speaks_to_reader(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents who called the hotline on 0800 555 0199 waited an hour.",
        "Residents can call the council on 0800 555 0199, a spokesman said.",
        "Residents should recycle more glass, the report found.",
        "People can contact their councillor.",
    ],
)
def test_statements_about_calls_stay_claims(sentence: str) -> None:
    assert not atomize.speaks_to_reader(sentence)


def test_the_authors_bio_at_the_end_is_a_byline() -> None:
    bio = "Ana Ruiz covers the environment for The Eastfield Ledger."
    text = f"Council to close two recycling depots\n\nBy Ana Ruiz\n\n{BODY}\n{bio}\n"
    doc = run(text)
    assert ("byline", bio) in left(doc)
    assert not any("Ledger" in c.text for c in doc.claims)


def test_someone_elses_bio_like_line_stays_a_claim() -> None:
    line = "Tom Hale writes about the environment for The Eastfield Ledger."
    doc = run(f"Council to close two recycling depots\n\nBy Ana Ruiz\n\n{BODY}\n{line}\n")
    assert any(c.text == line for c in doc.claims)


@pytest.mark.parametrize(
    "sentence",
    ["By Christmas Day, the shops were empty.", "By the end of March, prices had fallen."],
)
def test_a_sentence_that_opens_with_by_and_a_capital_is_no_byline(sentence: str) -> None:
    """'By' and two capitalised words read like 'By Ann Lee', but a clause after the comma
    and a full stop make a sentence of the article's."""
    doc = run(f"Shops close early\n\n{sentence}\n\n{BODY}")
    assert sentence in [c.text for c in doc.claims]
    assert doc.article.author is None
    assert blocks.byline_author("By Ann Lee, staff reporter.") == "Ann Lee"
