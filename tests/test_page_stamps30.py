"""Pages copied from news sites as text: a caption's label alone on its line ("Image
caption,") with the caption on the next line, a caption or a picture's source after
such a label and a comma, and a relative time stamp ("2 hours ago", "Updated 5 mins
ago") are left out with their reasons, never claims. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extracting import extracted, left

PAGE = (
    "Ferry firm fined over late sailings\n\n"
    "Published\n2 hours ago\n\n"
    "The harbour board fined the ferry firm £40,000 on Tuesday.\n\n"
    "Image caption,\nThe firm runs six sailings a day to the island\n\n"
    "Image source, Harbour Press\n\n"
    "The firm said it would appeal.\n"
)


def test_a_caption_under_its_label_and_a_relative_stamp_are_left_out() -> None:
    doc = extracted(PAGE)
    assert [c.text for c in doc.claims] == [
        "The harbour board fined the ferry firm £40,000 on Tuesday.",
        "The firm said it would appeal.",
    ]
    got = left(doc)
    assert ("dateline", "2 hours ago") in got
    assert ("caption", "Image caption,") in got
    assert ("caption", "The firm runs six sailings a day to the island") in got
    assert ("caption", "Image source, Harbour Press") in got


@pytest.mark.parametrize(
    "stamp", ["5 mins ago", "Updated 35 minutes ago", "an hour ago", "3 days ago", "Just now"]
)
def test_relative_time_stamps_are_datelines(stamp: str) -> None:
    doc = extracted(f"Pier to reopen\n\n{stamp}\n\nThe pier will reopen in May.\n")
    assert [c.text for c in doc.claims] == ["The pier will reopen in May."]
    assert ("dateline", stamp) in left(doc)


def test_a_label_alone_takes_only_the_next_line_of_its_paragraph() -> None:
    # a label left at the end of its paragraph takes nothing from the next paragraph,
    # and a sentence that only mentions ago is a claim
    doc = extracted(
        "Pier to reopen\n\nImage caption\n\nThe pier closed two years ago.\n\n"
        "The council said the pier will reopen in May.\n"
    )
    assert [c.text for c in doc.claims] == [
        "The pier closed two years ago.",
        "The council said the pier will reopen in May.",
    ]
