"""An italic paragraph's closing mark and a dated correction tag (a new guard article,
session 20): the "*" after a paragraph's last full stop is the end of its emphasis, not a
passage of its own nor a sign the excerpt was cut off; "Correction, 4 May:" is a correction
tag as "Correction:" is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extracting import extracted, left, texts

HEAD = "Ferry timetable changes\n\nThe ferry company cut two sailings on Monday.\n\n"


@pytest.mark.parametrize("mark", ["*", "_"])
def test_an_italic_paragraph_ends_with_its_closing_mark(mark: str) -> None:
    doc = extracted(
        f"{HEAD}{mark}The harbour master approved the change. The pier reopens in June.{mark}\n",
        "markdown",
    )
    assert "The pier reopens in June." in texts(doc)
    assert [reason for reason, _ in left(doc)] == ["heading"]


@pytest.mark.parametrize(
    "tag", ["Correction, 4 May:", "Correction (4 May 2026):", "Clarification, Monday:"]
)
def test_a_dated_correction_tag_is_a_correction(tag: str) -> None:
    doc = extracted(
        f"{HEAD}{tag} An earlier version of this article said the ferry had six sailings. "
        "It has four.\n"
    )
    assert (
        "correction",
        f"{tag} An earlier version of this article said the ferry had six sailings.",
    ) in left(doc)
    assert not any("six sailings" in t for t in texts(doc))


def test_a_tag_whose_aside_is_no_date_is_no_correction() -> None:
    doc = extracted(
        f"{HEAD}Correction, the mayor said: the report said the ferry had six sailings.\n"
    )
    assert not any(reason == "correction" for reason, _ in left(doc))


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Hillside primary", "Hillside primary"),  # a noun that may start a name
        ("Beef and Onion Pie, 400g", "Beef and Onion Pie, 400g"),  # title case: a name
        ("The Old Mill", "the Old Mill"),  # a determiner goes on in lower case
        ("Two new ferries", "two new ferries"),  # so does a number
        ("Ferries should run every hour", "ferries should run every hour"),  # a sentence
    ],
)
def test_a_list_item_after_its_lead_in_keeps_a_capital_that_may_start_a_name(
    item: str, expected: str
) -> None:
    doc = extracted(f"{HEAD}The council listed these:\n\n- {item}\n- Ten new buses\n", "markdown")
    assert f"The council listed these: {expected}." in texts(doc)


@pytest.mark.parametrize(
    "note",
    [
        "This article was updated at 10.40 to add comments from the union.",
        "This story was amended on 2 June to add details of the timetable.",
    ],
)
def test_a_note_of_what_an_update_added_is_a_correction_notice(note: str) -> None:
    doc = extracted(f"{HEAD}{note}\n")
    assert ("correction", note) in left(doc)
    assert note not in texts(doc)


def test_a_note_that_says_more_with_a_verb_of_its_own_stays_a_claim() -> None:
    note = "This article was updated at 10.40 to add reports that the union had voted."
    assert note in texts(extracted(f"{HEAD}{note}\n"))
