"""Issue 12 (user 24): page structure that is not a heading. A section is a heading:
short, no finite verb, over paragraphs; a list written one item a line without bullets,
the statements under "Key points", a job title under its author's name, the rows of a
table drawn with pipes, a standfirst, and a label in italics are not. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from claimcheck.models import ClaimFile
from tests.extracting import extracted, left


def said(doc: ClaimFile) -> list[tuple[str | None, str]]:
    """Each claim's section and text."""
    return [(c.section, c.text) for c in doc.claims]


HEAD = (
    "Flood alert for three valleys\n\n"
    "The Environment Agency issued a flood alert on Tuesday after a week of heavy rain.\n\n"
)
TAIL = "The agency said the water would peak overnight.\n"
AREAS = "Kendal\nthe upper Eden valley\nAppleby (riverside streets only)\n"


@pytest.mark.parametrize("kind", ["text", "markdown"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_lines_under_a_lead_in_without_bullets_are_items(kind: str, gap: str) -> None:
    # the lead-in in a block of its own, or on the first line of the list's block
    doc = extracted(f"{HEAD}Towns named in the alert include:{gap}{AREAS}\n{TAIL}", kind)
    lead = "Towns named in the alert include"
    assert said(doc) == [
        (
            None,
            "The Environment Agency issued a flood alert on Tuesday after a week of heavy rain.",
        ),
        (None, f"{lead}: Kendal."),
        (None, f"{lead}: the upper Eden valley."),
        (None, f"{lead}: Appleby (riverside streets only)."),
        (None, "The agency said the water would peak overnight."),
    ]
    assert [reason for reason, _ in left(doc)] == ["heading", "lead-in"]


def test_dates_one_a_line_under_a_lead_in_are_items_not_datelines() -> None:
    doc = extracted(f"{HEAD}The closures are planned for:\n\nMonday 3 May\nFriday 7 May\n\n{TAIL}")
    assert [text for _, text in said(doc)][1:3] == [
        "The closures are planned for: Monday 3 May.",
        "The closures are planned for: Friday 7 May.",
    ]
    # a hard-wrapped sentence after a colon is no list: its lines run on into each other
    # (a comma, "and" at the end), and no line is an item of its own
    lines = ["the rain that fell on Sunday,", "which saturated the fields, and", "the tide."]
    doc = extracted(f"{HEAD}The agency gave two reasons:\n" + "\n".join(lines) + f"\n\n{TAIL}")
    assert not [c for c in doc.claims if c.passage.quote.strip() in lines[:2]]
    assert [reason for reason, _ in left(doc)] == ["heading"]


def test_key_points_one_a_line_are_claims_and_their_label_heads_nothing() -> None:
    doc = extracted(
        "County council by-election: live updates\n\n"
        "Key points\n"
        "Turnout was 29%, down from 34% last time\n"
        "The Liberal Democrat candidate leads after the first count\n"
        "Rival camp concedes\n\n"
        "The count began at midnight in the town hall. Officials expect a result by 3am.\n"
    )
    assert said(doc) == [
        (None, "Turnout was 29%, down from 34% last time."),
        (None, "The Liberal Democrat candidate leads after the first count."),
        (None, "Rival camp concedes."),
        (None, "The count began at midnight in the town hall."),
        (None, "Officials expect a result by 3am."),
    ]
    assert ("heading", "Key points") in left(doc)


def test_a_job_title_under_a_name_is_the_byline() -> None:
    doc = extracted(
        "Ferry crossings cut for the winter\n\n"
        "Operator blames fuel costs for timetable changes\n\n"
        "Maria Castell\nShipping Correspondent\n@mcastell\n\n"
        "The island ferry will run twice a day instead of four times from January, its "
        "operator said on Monday.\n\n"
        "The operator said the change would save about £2m a year.\n"
    )
    assert doc.article.author == "Maria Castell"
    assert said(doc) == [
        (None, "Operator blames fuel costs for timetable changes."),
        (
            None,
            "The island ferry will run twice a day instead of four times from January, "
            "its operator said on Monday.",
        ),
        (None, "The operator said the change would save about £2m a year."),
    ]
    assert left(doc)[1:] == [
        ("byline", "Maria Castell"),
        ("byline", "Shipping Correspondent"),
        ("byline", "@mcastell"),
    ]


TABLE = (
    "| | 2026 | 2025 |\n"
    "|---|---:|---:|\n"
    "| Members | 12,400 | 11,900 |\n"
    "| Income | £3.1m | £2.8m |\n"
)


def test_the_rows_of_a_pipe_table_are_claims_and_never_a_section() -> None:
    doc = extracted(
        "# Club posts record membership\n\n"
        "The club's annual report was published on Friday.\n\n"
        "## Results\n\n"
        f"The report's main figures were:\n\n{TABLE}\n"
        "The club said it would spend the surplus on new changing rooms.\n",
        "markdown",
    )
    lead = "The report's main figures were"
    assert said(doc) == [
        (None, "The club's annual report was published on Friday."),
        ("Results", f"{lead}: Members: 2026 12,400, 2025 11,900."),
        ("Results", f"{lead}: Income: 2026 £3.1m, 2025 £2.8m."),
        ("Results", "The club said it would spend the surplus on new changing rooms."),
    ]
    # the header row heads the rows' columns (in each row's claim), the rule is furniture
    assert [(r, t) for r, t in left(doc) if t.startswith("|")] == [
        ("heading", "| | 2026 | 2025 |"),
        ("chrome", "|---|---:|---:|"),
    ]


def test_a_standfirst_with_a_verb_is_a_claim_wherever_it_stands() -> None:
    # a label above the headline takes the title's place; the standfirst is still a
    # statement, not the section of every claim
    doc = extracted(
        "SCIENCE\n\n"
        "Bees learn routes faster in cooler weather, study finds\n\n"
        "But other researchers say the sample was too small to be sure\n\n"
        "Published 3 March 2026, 09:10 GMT | Updated 3 March 2026, 11:45 GMT\n\n"
        "A team in Bristol tracked 400 bees over two summers. The bees found food faster "
        "on days below 20C.\n\n"
        "Why it matters\n\n"
        "Farmers rely on bees to pollinate many crops.\n"
    )
    # (the one word above the headline is its kicker: the headline is the title)
    assert doc.article.title == "Bees learn routes faster in cooler weather, study finds"
    assert said(doc) == [
        (None, "Other researchers say the sample was too small to be sure."),
        (None, "A team in Bristol tracked 400 bees over two summers."),
        (None, "The bees found food faster on days below 20C."),
        ("Why it matters", "Farmers rely on bees to pollinate many crops."),
    ]
    # a line that asks, its question mark left off, is a heading over its answer still
    doc = extracted(
        "Parking charges to rise in April\n\n"
        "The council will raise parking charges in all its car parks from April.\n\n"
        "What are the new charges going to be\n\n"
        "An hour will cost £2.20, up from £1.80.\n"
    )
    assert said(doc)[-1] == (
        "What are the new charges going to be",
        "An hour will cost £2.20, up from £1.80.",
    )


@pytest.mark.parametrize("label", ["*Analysis*", "_From our correspondent_"])
def test_a_label_in_italics_heads_no_claims(label: str) -> None:
    doc = extracted(
        "Council agrees new budget\n\n"
        "The council voted on Tuesday to raise council tax by 4.9% from April.\n\n"
        f"{label}\n\n"
        "The rise is the largest in the region this year.\n",
        "markdown",
    )
    assert [section for section, _ in said(doc)] == [None, None]
    assert label in [text for _, text in left(doc)]


def test_a_labelled_caption_and_the_links_under_read_more_are_left_out() -> None:
    doc = extracted(
        "Storm closes coastal road\n\n"
        "The coast road between the two harbours was closed on Sunday.\n\n"
        "Image caption: Waves break over the sea wall near the harbour on Sunday morning\n\n"
        "Engineers will inspect the wall on Monday.\n\n"
        "Read more\n"
        "Council sets out plan to repair sea defences\n"
        "Storm season starts early this year\n"
    )
    assert said(doc) == [
        (None, "The coast road between the two harbours was closed on Sunday."),
        (None, "Engineers will inspect the wall on Monday."),
    ]
    assert [reason for reason, _ in left(doc)] == [
        "heading",
        "caption",
        "chrome",
        "chrome",
        "chrome",
    ]
