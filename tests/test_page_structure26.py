"""Issue 12 (user 26): page structure. A dateline alone on its line is a dateline, never
a section, and gives its day to the article; a box's label ("Key numbers") heads its
items only; a site's menu on one line is chrome; "Have your say" is a call to the
reader; a verbless line that states a figure is a claim; hints for a hearing in the
calendar, the interviewer's "I ask", and "chaos". Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from claimcheck.extract.hints import hint
from claimcheck.models import ClaimFile
from tests.extracting import extracted, left


def said(doc: ClaimFile) -> list[tuple[str | None, str]]:
    return [(c.section, c.text) for c in doc.claims]


STORY = (
    "Ferries between the islands were cancelled on Tuesday as winds reached 120 km/h, and two"
    " fishing boats were towed back to harbour by the coastguard.\n\n"
    "The harbour authority said the ports would reopen on Thursday if the wind dropped.\n\n"
    "About 4,000 passengers had booked crossings for the week, the ferry operator said.\n"
)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("OSLO, 3 March (Nordwire) -", None),  # no year: no day to give the article
        ("VALLETTA, 5 March 2026 (Islandwire) —", datetime.date(2026, 3, 5)),
        ("TROMSO, Northern Norway -", None),
    ],
)
def test_a_dateline_alone_on_its_line_is_a_dateline_not_a_section(
    line: str, day: datetime.date | None
) -> None:
    doc = extracted(f"Storm closes ports along the coast\n\n{line}\n\n{STORY}")
    assert ("dateline", line) in left(doc)
    assert {section for section, _ in said(doc)} == {None}
    assert doc.article.published == day


def test_the_dateline_opening_the_first_paragraph_gives_the_article_its_day() -> None:
    doc = extracted(
        "Storm closes ports along the coast\n\nVALLETTA, 5 March 2026 (Islandwire) - " + STORY
    )
    assert ("dateline", "VALLETTA, 5 March 2026 (Islandwire) -") in left(doc)
    assert doc.article.published == datetime.date(2026, 3, 5)
    assert said(doc)[0] == (None, "Ferries between the islands were cancelled on Tuesday.")


def test_a_date_given_above_wins_over_the_datelines() -> None:
    doc = extracted(
        "Storm closes ports along the coast\n\nPublished 4 March 2026\n\n"
        "VALLETTA, 5 March 2026 (Islandwire) - " + STORY
    )
    assert doc.article.published == datetime.date(2026, 3, 4)


BOX_BEFORE = (
    "Bridge reopens after repairs\n\n"
    "The Tamsin bridge reopened to traffic on Monday after eight months of repairs.\n\n"
    "Works\n\n"
    "Engineers replaced the bearings and resurfaced the whole deck during the closure.\n\n"
)
BOX_AFTER = (
    "\n\nThe council said the repairs had come in under budget.\n\n"
    "Traffic\n\n"
    "Queues in the town centre eased within an hour of the reopening.\n"
)


@pytest.mark.parametrize(
    ("label", "items"),
    [
        ("At a glance", "- Length: 240 metres\n- Cost of repairs: £4.1m\n- Closed for 8 months"),
        ("Key numbers", "• Length: 240 metres\n• Cost of repairs: £4.1m"),
        ("The bridge", "- Length: 240 metres\n- Cost of repairs: £4.1m\n- Opened: 1968"),
    ],
)
def test_a_box_label_heads_its_items_only(label: str, items: str) -> None:
    doc = extracted(BOX_BEFORE + f"{label}\n{items}" + BOX_AFTER)
    sections = said(doc)
    boxed = [section for section, text in sections if text.startswith(("Length", "Cost"))]
    assert boxed == [label, label]
    assert ("Works", "The council said the repairs had come in under budget.") in sections
    assert sections[-1] == (
        "Traffic",
        "Queues in the town centre eased within an hour of the reopening.",
    )


def test_a_heading_over_a_list_and_its_story_still_heads_the_story() -> None:
    # not a box: a section that opens with a list of places, then goes on about them
    doc = extracted(
        BOX_BEFORE + "Diversions\n- Mill Lane\n- the ring road\n\n"
        "Both routes will close again once the bridge reopens.\n"
    )
    assert said(doc)[-1][0] == "Diversions"


def test_a_marked_heading_over_rows_still_heads_the_story_after_them() -> None:
    doc = extracted(
        BOX_BEFORE.replace("Works\n", "## Works\n") + "## Costs\n- Bearings: £1.2m\n"
        "- Deck: £2.9m\n\nThe council said the repairs had come in under budget.\n",
        "markdown",
    )
    assert said(doc)[-1] == ("Costs", "The council said the repairs had come in under budget.")


@pytest.mark.parametrize(
    "menu", ["Home | Local News | Planning | Contact us", "News » Politics » Europe"]
)
def test_a_menu_on_one_line_is_chrome_not_the_title(menu: str) -> None:
    doc = extracted(f"{menu}\n\nStorm closes ports along the coast\n\n{STORY}")
    assert ("chrome", menu) in left(doc)
    assert doc.article.title == "Storm closes ports along the coast"
    assert {section for section, _ in said(doc)} == {None}


def test_a_row_of_figures_between_pipes_is_no_menu() -> None:
    doc = extracted(f"Storm closes ports along the coast\n\n{STORY}\nOslo | 120 | 4,000\n")
    assert all(reason != "chrome" for reason, _ in left(doc))


@pytest.mark.parametrize(
    "line", ["Have your say - leave a comment below.", "Leave a comment with your views."]
)
def test_asking_the_reader_to_comment_is_a_call_to_the_reader(line: str) -> None:
    doc = extracted(f"Storm closes ports along the coast\n\n{STORY}\n{line}\n")
    assert ("reader", line) in left(doc)
    assert all(text != line for _, text in said(doc))


FAIR = (
    "Village fair returns after five years\n\n"
    "The village fair returns to Ashcombe green on Saturday after a five-year break.\n\n"
    "Stalls will sell local produce, and a brass band will play in the afternoon. {line}\n\n"
    "The fair was cancelled in 2021 after the field flooded, organisers said.\n"
)


@pytest.mark.parametrize(
    "line",
    ["Entry £5, children free.", "Distance: 12 miles.", "Next fair: 6 June 2027."],
)
def test_a_verbless_line_that_states_a_figure_is_a_claim(line: str) -> None:
    doc = extracted(FAIR.format(line=line))
    assert line in [text for _, text in said(doc)]


@pytest.mark.parametrize(
    "line", ["Rain or shine.", "Stalls from 31 villages.", "A 30-year-old man from Leeds."]
)
def test_a_verbless_line_without_a_figure_is_still_a_fragment(line: str) -> None:
    doc = extracted(FAIR.format(line=line))
    assert ("fragment", line) in left(doc)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The chief executive will appear before the transport committee on Tuesday.", "factual"),
        ("He will give evidence at the inquiry next month.", "factual"),
        ("It appears the talks have stalled.", "opinion"),
        ("When I ask about the debts, he looks out of the window.", "unclear"),
        ("I think the budget is too small.", "opinion"),
        ("The first week of the new timetable was chaos.", "opinion"),
    ],
)
def test_hints_for_a_hearing_the_interviewers_question_and_chaos(sentence: str, kind: str) -> None:
    assert hint(sentence).kind == kind
