"""Issue 33 (user 33): page structure around the story. A blockquote that prints the
story's words again is a pull quote, even when the story's copy is cut by who said it;
a note of a correction, of the page's editing or of its letters is the page's, not a
claim; an editorial's board under the headline is its byline, never a section; a
Markdown table's header row names its columns in each row's claim. Sentences written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract import Meta, extract, ingest
from tests.extracting import extracted, left, texts

HEADLINE = "# Ferry timetable cut for the winter\n\n"
LEAD = (
    "The island ferry will sail twice a day instead of four times from January, its "
    "operator said on Monday.\n\n"
)
PULLED = (
    '> "Two sailings a day will not get a nurse to a morning shift. '
    'Families will leave the island, and they will not come back."\n\n'
)
SAID = (
    '"Two sailings a day will not get a nurse to a morning shift," said Ann Morven, '
    'who chairs the island council. "Families will leave the island, and they will not '
    'come back. We will fight this."\n\n'
)
TAIL = "The operator said the timetable would be reviewed in March.\n"


@pytest.mark.parametrize("before", [True, False])
def test_a_blockquote_said_again_with_its_attribution_is_a_pull_quote(before: bool) -> None:
    # the story's copy after the pull quote, or before it
    body = f"{PULLED}{SAID}" if before else f"{SAID}{PULLED}"
    doc = extracted(f"{HEADLINE}{LEAD}{body}{TAIL}", "markdown")
    assert [r for r, t in left(doc) if t.startswith('"Two')] == ["repeat"]
    # each sentence of the quotation is a claim once, with its speaker
    assert sum("Families will leave the island" in t for t in texts(doc)) == 1
    assert all("Ann Morven" in t for t in texts(doc) if "morning shift" in t or "leave" in t)


def test_a_blockquote_without_quotation_marks_said_again_is_a_pull_quote() -> None:
    pulled = PULLED.replace('"', "")
    doc = extracted(f"{HEADLINE}{LEAD}{pulled}{SAID}{TAIL}", "markdown")
    assert [r for r, t in left(doc) if t.startswith("Two sailings")] == ["repeat"]


def test_a_blockquote_the_story_does_not_say_again_is_kept() -> None:
    # only some of its words are the story's: a quotation of its own, beside a pull quote
    other = '> "Two sailings a day will not be enough for anyone who works on the mainland."\n\n'
    doc = extracted(f"{HEADLINE}{LEAD}{other}{PULLED}{SAID}{TAIL}", "markdown")
    assert [t[:12] for r, t in left(doc) if r == "repeat"] == ['"Two sailing']
    assert any("anyone who works on the mainland" in t for t in texts(doc))
    assert sum("Families will leave the island" in t for t in texts(doc)) == 1


NEWS = (
    "Library hours to be cut\n\n"
    "The county council will close four branch libraries on Saturdays from March, it said "
    "on Tuesday.\n\n"
    "The council said the change would save £90,000 a year.\n\n"
)


@pytest.mark.parametrize("mark", ["*", ""])
def test_a_correction_note_is_left_out_and_the_fact_it_gives_is_a_claim(mark: str) -> None:
    note = (
        f"{mark}This article was amended on 12 March 2026 to correct the number of branches "
        f"that will close on Saturdays, which is four, not five.{mark}\n"
    )
    doc = extracted(NEWS + note)
    assert texts(doc)[-1] == (
        "The number of branches that will close on Saturdays is four, not five."
    )
    assert ("correction", f"{mark}This article was amended on 12 March 2026 to correct") in left(
        doc
    )
    assert not any("amended" in t for t in texts(doc))


def test_a_correction_note_that_gives_no_fact_is_left_out_whole() -> None:
    note = "This article was amended on 12 March 2026 to correct the name of the library.\n"
    doc = extracted(NEWS + note)
    assert ("correction", note.strip()) in left(doc)
    assert not any("amended" in t for t in texts(doc))
    # a note that says more, with a verb, is no mere note: kept whole
    more = "This article was amended on 12 March 2026 to correct the date on which it opened.\n"
    assert texts(extracted(NEWS + more))[-1] == more.strip()


# the same words about someone else's letters or edits are news
STORY = (
    "The minister said the report had been edited for length before it was published.\n\n"
    "The council cannot reply to every letter it receives, its leader admitted.\n\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "This conversation has been condensed and edited for clarity.",
        "Answers have been lightly edited for length, clarity and style.",
        "Letters may be edited.",
        "Replies will be shortened for space.",
        "He regrets that he cannot reply to every email.",
        "We cannot answer letters individually.",
    ],
)
def test_a_note_about_the_page_is_chrome(note: str) -> None:
    doc = extracted(f"{NEWS}{STORY}Write to Ravi at ravi@paper.example. {note}\n")
    assert ("chrome", note) in left(doc)
    assert texts(doc) == [
        "The county council will close four branch libraries on Saturdays from March, it "
        "said on Tuesday.",
        "The council said the change would save £90,000 a year.",
        "The minister said the report had been edited for length before it was published.",
        "The council cannot reply to every letter it receives, its leader admitted.",
    ]


@pytest.mark.parametrize(
    "welcome",
    [
        "Letters about this article are welcome at letters@paper.example",
        "Comments on this column are always welcome at comments@paper.example.",
    ],
)
def test_where_readers_may_write_is_the_readers(welcome: str) -> None:
    doc = extracted(f"{NEWS}{welcome}\n")
    assert ("reader", welcome) in left(doc)


EDITORIAL = (
    "The view on the library cuts: a false economy\n\n"
    "{line}\n\n"
    "Tuesday 10 March 2026\n\n"
    "The council says closing four libraries on Saturdays will save £90,000 a year. "
    "That is a small sum beside what the libraries give.\n\n"
    "It should think again.\n"
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("The Westshire Chronicle's editorial board", "byline"),
        ("The Editorial Board", "byline"),
        ("Our view", "heading"),
        ("Editorial", "heading"),
        ("Leader", "heading"),
    ],
)
def test_an_editorials_board_under_its_headline_is_never_a_section(line: str, reason: str) -> None:
    doc = extracted(EDITORIAL.format(line=line))
    assert doc.article.title == "The view on the library cuts: a false economy"
    assert (reason, line) in left(doc)
    assert {c.section for c in doc.claims} == {None}


TABLE = (
    "# Bus use climbs again\n\n"
    "Passenger numbers rose on every route last year, the operator said on Friday.\n\n"
    "Its figures, in millions of journeys, were:\n\n"
    "| Route | 2024 | 2025 |\n"
    "| --- | ---: | ---: |\n"
    "| City circle | 4.1 | 4.6 |\n"
    "| Airport, express | 1.2 | |\n\n"
    "The operator said it would add ten buses in April.\n"
)


def test_a_markdown_tables_rows_name_their_columns() -> None:
    doc = extracted(TABLE, "markdown")
    lead = "Its figures, in millions of journeys, were"
    assert texts(doc)[1:3] == [
        f"{lead}: City circle: 2024 4.1, 2025 4.6.",
        f"{lead}: Airport, express: 2024 1.2.",
    ]
    # the header row is the table's heading, the rule under it furniture
    assert [(r, t) for r, t in left(doc) if t.startswith("|")] == [
        ("heading", "| Route | 2024 | 2025 |"),
        ("chrome", "| --- | ---: | ---: |"),
    ]
    # each row's passage is the row as written
    text = doc.article.text or ""
    assert text[doc.claims[1].passage.start : doc.claims[1].passage.end] == (
        "City circle | 4.1 | 4.6"
    )


def test_a_markdown_table_reads_as_the_same_table_in_html(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Bus use climbs again</title></head><body><article>"
        "<h1>Bus use climbs again</h1>"
        "<p>Passenger numbers rose on every route last year, the operator said on Friday, "
        "in figures it published with its annual accounts.</p>"
        "<p>Its figures, in millions of journeys, were:</p>"
        "<table><tr><th>Route</th><th>2024</th><th>2025</th></tr>"
        "<tr><td>City circle</td><td>4.1</td><td>4.6</td></tr>"
        "<tr><td>Harbour line</td><td>1.2</td><td>1.5</td></tr></table>"
        "<p>The operator said it would add ten buses in April to cope with the demand.</p>"
        "</article></body></html>"
    )
    markdown = (
        "# Bus use climbs again\n\n"
        "Passenger numbers rose on every route last year, the operator said on Friday, "
        "in figures it published with its annual accounts.\n\n"
        "Its figures, in millions of journeys, were:\n\n"
        "| Route | 2024 | 2025 |\n|---|---|---|\n"
        "| City circle | 4.1 | 4.6 |\n| Harbour line | 1.2 | 1.5 |\n\n"
        "The operator said it would add ten buses in April to cope with the demand.\n"
    )
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    from_html, _ = extract(ingest.read(str(page)), Meta())
    assert texts(extracted(markdown, "markdown")) == texts(from_html)


def test_a_table_cell_that_says_something_takes_no_column_head() -> None:
    """A head names a value ("2024 4.1"); before a phrase it is garble ("Fact lied …")."""
    doc = extracted(
        "# Harbour board\n\nThe board met on Friday.\n\n| Member | Finding |\n|---|---|\n"
        "| Ian Dale | missed four meetings in 2025 |\n| Mia Cole | chaired the audit |\n",
        "markdown",
    )
    assert texts(doc)[1:] == [
        "Ian Dale: missed four meetings in 2025.",
        "Mia Cole: chaired the audit.",
    ]


def test_a_header_row_that_is_a_sentence_is_a_row_and_no_stop_is_doubled() -> None:
    doc = extracted(
        "# Harbour board\n\nThe board met on Friday.\n\n| The pier closed in 2024. |\n|---|\n"
        "| The ferry moved to Leith. |\n\n| Who | Said |\n|---|---|\n"
        '| Mia Cole | "The pier will reopen." |\n',
        "markdown",
    )
    assert texts(doc)[1:] == [
        "The pier closed in 2024.",
        "The ferry moved to Leith.",
        'Mia Cole: "The pier will reopen."',
    ]
    assert ("heading", "| The pier closed in 2024. |") not in left(doc)
