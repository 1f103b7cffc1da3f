"""Statements a page's furniture or a text's layout hid (hostile 21 F1, F3, F5, F10): a
report before a bare photo credit in its paragraph, a chrome phrase and its colon before
a statement, a hard-wrapped line that breaks before a capitalised name, and an
attribution without its stop on the text's last line. Each test also checks that the
furniture still goes. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source, read
from claimcheck.models import ClaimFile
from tests.extracting import extracted, left, texts, work

HEAD = "Storm over the valley\n\nThe council met on Tuesday.\n\n"


def speakers(doc: ClaimFile) -> list[str | None]:
    return [c.hint.attributed_to if c.hint else None for c in doc.claims]


# F1: a report, then a bare credit, in one paragraph


@pytest.mark.parametrize(
    ("statement", "credit"),
    [
        ("The bridge collapsed after the flood.", "Photo: Reuters"),
        ("The bakery burned down, the fire brigade said.", "Picture: PA"),
        ("Two hikers were rescued from the ridge on Sunday.", "Image: Getty Images"),
        ("The dam overflowed at dawn, a warden said.", "(Photo: AP)"),
    ],
)
def test_a_report_before_a_bare_credit_is_kept_and_only_the_credit_left_out(
    statement: str, credit: str
) -> None:
    doc = extracted(HEAD + f"{statement} {credit}\n")
    assert texts(doc) == ["The council met on Tuesday.", statement]
    assert left(doc)[-1] == ("credit", credit)


def test_a_report_before_a_credit_in_an_html_paragraph_is_kept(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Storm over the valley</title></head><body><article>"
        "<h1>Storm over the valley</h1><p>The council met on Tuesday.</p>"
        "<p>The bakery burned down, the fire brigade said. Photo: Reuters</p>"
        "</article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, "utf-8")
    doc, _ = extract(read(str(tmp_path / "page.html")), Meta())
    assert texts(doc) == [
        "The council met on Tuesday.",
        "The bakery burned down, the fire brigade said.",
    ]
    assert ("credit", "Photo: Reuters") in left(doc)


@pytest.mark.parametrize(
    "caption",
    [
        "Volunteers fill sandbags by the river. Photo: Reuters",  # what the picture shows
        "The flooded square at noon on Monday. Picture: PA",  # no verb
    ],
)
def test_a_caption_and_its_credit_still_go_whole_beside_a_report(caption: str) -> None:
    report = "The bridge collapsed after the flood, the police said."
    doc = extracted(HEAD + f"{report} Photo: Reuters\n\n{caption}\n")
    assert texts(doc) == ["The council met on Tuesday.", report]
    assert left(doc)[-2:] == [("credit", "Photo: Reuters"), ("caption", caption)]


# F3: a chrome phrase and its colon before the article's statement


@pytest.mark.parametrize(
    ("chrome", "after", "claims"),
    [
        (
            "Sign up for our newsletter",
            "the bakery closed in June. Its owner retired.",
            ["The bakery closed in June.", "Its owner retired."],
        ),
        ("Read more", "the bakery closed in June.", ["The bakery closed in June."]),
        (
            "Read more",
            "The bakery closed in June. Its owner retired.",
            ["The bakery closed in June.", "Its owner retired."],
        ),
        (
            "Subscribe",
            "the bakery closed in June, its owner said.",
            ["The bakery closed in June, its owner said."],
        ),
    ],
)
def test_a_chrome_opening_is_cut_off_and_its_statements_kept(
    chrome: str, after: str, claims: list[str]
) -> None:
    doc = extracted(HEAD + f"{chrome}: {after}\n")
    assert texts(doc) == ["The council met on Tuesday.", *claims]
    assert left(doc)[-1] == ("chrome", chrome)


def test_a_chrome_opening_in_an_html_paragraph_of_two_sentences(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Storm over the valley</title></head><body><article>"
        "<h1>Storm over the valley</h1><p>The council met on Tuesday.</p>"
        "<p>Sign up for our newsletter: the bakery closed in June. Its owner retired.</p>"
        "</article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, "utf-8")
    doc, _ = extract(read(str(tmp_path / "page.html")), Meta())
    assert texts(doc) == [
        "The council met on Tuesday.",
        "The bakery closed in June.",
        "Its owner retired.",
    ]
    assert ("chrome", "Sign up for our newsletter") in left(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Bakery owner retires after forty years",  # a link's title: no stop
        "Subscribe: you will get every story first.",  # the page to its reader
    ],
)
def test_a_chrome_opening_before_no_statement_still_goes_beside_one_before_a_statement(
    line: str,
) -> None:
    doc = extracted(HEAD + "Read more: the bakery closed in June.\n\n" + line + "\n")
    assert texts(doc) == ["The council met on Tuesday.", "The bakery closed in June."]
    assert left(doc)[-1][1] == line


# F5: a hard-wrapped line that breaks before a capitalised name


@pytest.mark.parametrize(
    ("wrapped", "claim", "speaker"),
    [
        (
            "The bridge was closed in 2021, according to\nJoe Marsh, who inspected it.",
            "The bridge was closed in 2021, according to Joe Marsh.",
            "Joe Marsh",
        ),
        (
            "The bridge was closed in 2021 for repairs, said\nJoe Marsh.",
            "The bridge was closed in 2021 for repairs, said Joe Marsh.",
            "Joe Marsh",  # as on one line: the speaker after the statement's "said"
        ),
        (
            "The bridge was closed in 2021 for repairs, the engineering firm\n"
            "Castlebrook said on Friday.",
            "The bridge was closed in 2021 for repairs, the engineering firm Castlebrook "
            "said on Friday.",
            "Castlebrook",
        ),
    ],
)
def test_a_line_that_runs_on_joins_the_next_whatever_it_opens_with(
    wrapped: str, claim: str, speaker: str | None
) -> None:
    doc = extracted(HEAD + wrapped + "\n")
    assert texts(doc)[1] == claim
    assert speakers(doc)[1] == speaker
    one_line = extracted(HEAD + wrapped.replace("\n", " ") + "\n")
    assert (texts(doc), speakers(doc)) == (texts(one_line), speakers(one_line))


def test_a_heading_over_a_paragraph_still_stands_alone_beside_a_wrapped_line() -> None:
    doc = extracted(
        HEAD + "The bridge was closed in 2021, according to\nJoe Marsh.\n\n"
        "Repairs to the bridge\nJoe Marsh inspected it in May.\n"
    )
    assert texts(doc)[1:] == [
        "The bridge was closed in 2021, according to Joe Marsh.",
        "Joe Marsh inspected it in May.",
    ]
    assert left(doc)[-1] == ("heading", "Repairs to the bridge")


# F10: an attribution on the text's last line, without its stop


def test_an_attribution_that_ends_the_text_without_a_stop_keeps_its_speaker() -> None:
    doc = extracted(HEAD + "The bakery burned down on Sunday, Joe Marsh said\n")
    assert texts(doc)[1:] == ["The bakery burned down on Sunday, Joe Marsh said."]
    assert speakers(doc)[1:] == ["Joe Marsh"]
    assert [reason for reason, _ in left(doc)] == ["heading"]


def test_a_last_line_cut_off_after_its_attribution_is_still_truncated() -> None:
    doc = extracted(
        HEAD + "Read more: the bakery closed in June.\n\n"
        "The bakery burned down on Sunday, Joe Marsh said on\n"
    )
    assert texts(doc)[1] == "The bakery closed in June."
    assert left(doc)[-1] == ("truncated", "Joe Marsh said on")


# each rule's work grows linearly with its input


def credits(n: int) -> str:
    return "".join(f"The bakery burned down in {1900 + i}. Photo: Reuters\n\n" for i in range(n))


def chrome_openings(n: int) -> str:
    return "".join(f"Read more: the bakery closed in {1900 + i}. It shut.\n\n" for i in range(n))


def wrapped_lines(n: int) -> str:
    return "".join(
        f"The bridge was closed in {1900 + i}, according to\nJoe Marsh.\n\n" for i in range(n)
    )


@pytest.mark.parametrize(
    ("make", "claims"),
    [
        (credits, ["The bakery burned down in 1900."]),
        (chrome_openings, ["The bakery closed in 1900.", "It shut."]),
        (wrapped_lines, ["The bridge was closed in 1900, according to Joe Marsh."]),
    ],
)
def test_work_grows_linearly(make: Callable[[int], str], claims: list[str]) -> None:
    # each paragraph's statements are kept (the lexicon loads once, before the count)
    doc, _ = extract(Source(make(3), "text"), Meta(title="T"))
    assert texts(doc)[: len(claims)] == claims
    assert len(doc.claims) == 3 * len(claims)
    ratio = work([0], make(200)) / work([0], make(50))
    assert ratio < 4 * 1.5, f"{make.__name__}: 4x the input took {ratio:.1f}x the work"
