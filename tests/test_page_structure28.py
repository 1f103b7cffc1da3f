"""Issue 12 (user 28): page structure and lists. A lead-in, then a paragraph that is only
a list of names, is one statement; a lead-in that opens with "Among" leads its list; a
dateline of a place and its region in capitals ("PLACE, REGION - ", with any dash) is a
dateline, in plain text and in HTML; "From our correspondent in …, and agencies" is a
byline, never a section; "Comments are closed" is chrome. A correction notice is left out
(`correction`) and the corrected fact after it keeps the subject the notice names.
Sentences written for these tests."""

from __future__ import annotations

import pathlib

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import read
from claimcheck.models import ClaimFile
from tests.extracting import extracted, left, texts


def said(doc: ClaimFile) -> list[tuple[str | None, str]]:
    return [(c.section, c.text) for c in doc.claims]


HEAD = "Winter shelters open across the county\n\n"
STORY = (
    "The county council opened nine winter shelters on Friday, a week earlier than last"
    " year.\n\n"
    "Volunteers said demand had risen sharply since October.\n\n"
)


def test_a_lead_in_and_a_paragraph_of_names_are_one_statement() -> None:
    doc = extracted(
        HEAD
        + STORY
        + "The towns where the shelters opened include:\n\n"
        + "Hexley, Brannock, Wenford, Oldcastle and Port Caddon.\n\n"
        + "A tenth shelter is planned for January.\n"
    )
    assert texts(doc) == [
        "The county council opened nine winter shelters on Friday, a week earlier than last year.",
        "Volunteers said demand had risen sharply since October.",
        "The towns where the shelters opened include: Hexley, Brannock, Wenford, Oldcastle"
        " and Port Caddon.",
        "A tenth shelter is planned for January.",
    ]
    assert ("lead-in", "The towns where the shelters opened include:") in left(doc)
    assert not [reason for reason, _ in left(doc) if reason == "fragment"]


def test_a_sentence_after_a_lead_in_is_no_list() -> None:
    # a paragraph with a verb under the colon is a statement of its own, kept as it is
    doc = extracted(
        HEAD
        + STORY
        + "The towns where the shelters opened include:\n\n"
        + "Hexley, which had none last year, and Brannock, which had two, opened first.\n"
    )
    assert "The towns where the shelters opened include: Hexley." not in texts(doc)
    assert any(t.startswith("Hexley") or "Brannock" in t for t in texts(doc))


def test_a_lead_in_that_opens_with_among_leads_its_list() -> None:
    doc = extracted(
        HEAD
        + STORY
        + "Several charities have given money. Among those that have given the most:\n\n"
        + "- the Harbour Trust, which gave £20,000;\n"
        + "- the Orla Fund, which gave £15,000.\n"
    )
    assert "Among those that have given the most." not in texts(doc)
    assert ("lead-in", "Among those that have given the most:") in left(doc)
    assert "Several charities have given money." in texts(doc)


@pytest.mark.parametrize(
    ("kind", "page"),
    [
        (
            "text",
            HEAD
            + "BRANNOCK, WEST FENS \N{EN DASH} A grain barge sank in the river on Monday night,"
            " the harbour master said.\n\n" + STORY,
        ),
        (
            "html",
            "<html><head><title>Grain barge sinks</title></head><body><article>"
            "<h1>Grain barge sinks</h1>"
            "<p><strong>BRANNOCK, WEST FENS</strong> \N{EN DASH} A grain barge sank in the river on"
            " Monday night, the harbour master said.</p>"
            "<p>The county council opened nine winter shelters on Friday.</p>"
            "</article></body></html>",
        ),
    ],
)
def test_a_dateline_of_a_place_and_its_region_in_capitals(
    kind: str, page: str, tmp_path: pathlib.Path
) -> None:
    path = tmp_path / f"page.{'html' if kind == 'html' else 'txt'}"
    path.write_text(page, encoding="utf-8")
    doc, _ = extract(read(str(path)), Meta())
    assert (
        texts(doc)[0] == "A grain barge sank in the river on Monday night, the harbour master said."
    )
    assert [reason for reason, words in left(doc) if words.startswith("BRANNOCK")] == ["dateline"]


@pytest.mark.parametrize(
    "line",
    [
        "From our correspondent in Lisbon, and agencies",
        "From our own correspondent in Nairobi",
        "Our correspondent in Lima and agencies",
    ],
)
def test_a_correspondent_line_is_a_byline_not_a_section(line: str) -> None:
    doc = extracted(f"{HEAD}{line}\n\n{STORY}")
    assert ("byline", line) in left(doc)
    assert {section for section, _ in said(doc)} == {None}


def test_a_correction_notice_is_left_out_and_its_fact_keeps_its_subject() -> None:
    doc = extracted(
        HEAD
        + STORY
        + "Correction: an earlier version of this article said the footbridge reopened on"
        " Friday. It reopened on Saturday.\n\n" + "This article was amended on 4 March 2026.\n"
    )
    assert left(doc)[-2:] == [
        (
            "correction",
            "Correction: an earlier version of this article said the footbridge reopened on"
            " Friday.",
        ),
        ("correction", "This article was amended on 4 March 2026."),
    ]
    assert texts(doc)[-1] == "[The footbridge] reopened on Saturday."
    assert not [t for t in texts(doc) if "Friday" in t and "footbridge" in t]


def test_a_corrected_fact_with_another_verb_keeps_its_pronoun() -> None:
    # "It was 2025." is not what the footbridge did: "It" stays as the article wrote it
    doc = extracted(
        HEAD
        + STORY
        + "An earlier version of this article said the footbridge opened in 2024. It was"
        " 2025.\n"
    )
    assert texts(doc)[-1] == "It was 2025."


def test_an_earlier_version_alone_is_a_correction_only_after_a_notice() -> None:
    doc = extracted(
        HEAD
        + STORY
        + "The bill was rewritten in May. An earlier version said the levy would double.\n\n"
        + "This article was amended on 4 March 2026. An earlier version said the footbridge"
        " opened in 2024. It opened in 2025.\n"
    )
    assert "An earlier version said the levy would double." in texts(doc)
    assert [words for reason, words in left(doc) if reason == "correction"] == [
        "This article was amended on 4 March 2026.",
        "An earlier version said the footbridge opened in 2024.",
    ]
    assert texts(doc)[-1] == "[The footbridge] opened in 2025."


def test_a_sentence_about_an_earlier_plan_is_no_correction() -> None:
    doc = extracted(
        HEAD + STORY + "An earlier version of the plan said the shelters would close in March.\n"
    )
    assert texts(doc)[-1] == (
        "An earlier version of the plan said the shelters would close in March."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Comments are closed on this article.",
        "*County News Service. Comments have been closed.*",
    ],
)
def test_comments_closed_is_chrome(line: str) -> None:
    doc = extracted(f"{HEAD}{STORY}{line}\n")
    assert ("chrome", line) in left(doc)
    assert not [t for t in texts(doc) if "omments" in t]


def test_a_statement_that_comments_closed_is_kept() -> None:
    line = "The council said comments on the shelter plan closed on Friday."
    doc = extracted(f"{HEAD}{STORY}{line}\n")
    assert texts(doc)[-1] == line


@pytest.mark.parametrize(
    ("notice", "fact"),
    [
        (
            "Correction: an earlier version of this article said the pool reopened in "
            "June; it reopened in July.",
            "[The pool] reopened in July.",
        ),
        (
            "An earlier version of this article said the pool reopened in June, but it "
            "reopened in July.",
            "[The pool] reopened in July.",
        ),
        (
            "Correction: an earlier version of this article said the pool had two "
            "lifeguards; it had four, and one was on leave.",
            "It had four, and one was on leave.",
        ),
    ],
)
def test_the_corrected_fact_in_the_notices_own_sentence_is_a_claim(notice: str, fact: str) -> None:
    doc = extracted(f"Pool reopens\n\nThe pool has a new roof.\n\n{notice}\n")
    assert texts(doc) == ["The pool has a new roof.", fact]
    wrong = notice[: notice.index(";" if ";" in notice else ", but")]
    assert ("correction", wrong) in left(doc)
