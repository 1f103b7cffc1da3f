"""A paragraph of two short sentences under a one-word label is a headline only when a
story follows it ("Opinion", then "We keep promising to build homes. Then we vote against
them.", then the column): an article whose only paragraph it is was left out whole as a
heading, and `extract` said "no checkable statements found" ("Obituary", then "Ann Lee,
who ran the library, has died. She was 91.")."""

from __future__ import annotations

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims_and_headings(text: str) -> tuple[list[str], list[str]]:
    doc, _ = extract(Source(text, "text"), Meta())
    return [c.text for c in doc.claims], [i.passage.quote for i in doc.left_out]


def test_the_only_paragraph_under_a_label_is_the_story() -> None:
    assert claims_and_headings(
        "Obituary\n\nAnn Lee, the nurse who ran the clinic, has died. She was 91.\n"
    ) == (
        ["Ann Lee, the nurse who ran the clinic, has died.", "[Ann Lee] was 91."],
        ["Obituary"],
    )


def test_two_sentences_over_a_story_are_still_its_headline() -> None:
    assert claims_and_headings(
        "Opinion\n\nWe keep promising to build homes. Then we vote against them.\n\n"
        "The council voted down 300 homes on Monday.\n"
    ) == (
        ["The council voted down 300 homes on Monday."],
        ["Opinion", "We keep promising to build homes. Then we vote against them."],
    )
