"""Three page shapes that hid real statements as left out (hostile 19 #1, #2, #9): a
credit at the end of a paragraph, a "Trending" or "Most read" heading past the middle
of the page over more story, and a chrome or reader sentence at a paragraph's start.
Each test has a long paragraph after its trigger, and each checks that the real
captions, footers and chrome still go. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import read
from tests.extracting import extracted, left, texts

HEAD = "Ferry strike at the harbour\n\nThe harbour closed on Sunday.\n\n"
PORTS = ["Oban", "Mallaig", "Tarbert", "Kennacraig", "Ardrossan", "Largs"]


def statements(n: int) -> list[str]:
    """n different statements of fact, each its own claim (about 9 words each)."""
    return [
        f"The ferry to {PORTS[i % len(PORTS)]} carried {100 + i} passengers in {1990 + i}."
        for i in range(n)
    ]


LONG = statements(30)  # about 270 words
PARAGRAPH = " ".join(LONG)


# 1. a credit at the end of a paragraph of sentences


@pytest.mark.parametrize(
    "credit", ["Photo: Harbour Press", "(Getty Images)", "Credit: AP", "Getty Images"]
)
def test_a_credit_after_a_paragraph_leaves_out_only_the_credit(credit: str) -> None:
    doc = extracted(HEAD + PARAGRAPH + " " + credit + "\n")
    assert texts(doc) == ["The harbour closed on Sunday.", *LONG]
    assert left(doc)[-1] == ("credit", credit)
    assert [reason for reason, _ in left(doc)] == ["heading", "credit"]


def test_two_statements_then_a_credit_are_two_claims() -> None:
    doc = extracted(
        HEAD + "The pier was sold in 2019, the council said. It reopened in May. "
        "Photo: Harbour Press\n"
    )
    assert texts(doc) == [
        "The harbour closed on Sunday.",
        "The pier was sold in 2019, the council said.",
        "It reopened in May.",
    ]
    assert ("credit", "Photo: Harbour Press") in left(doc)


def test_a_caption_label_over_a_paragraph_that_ends_in_a_credit() -> None:
    doc = extracted(HEAD + "Image caption,\n" + PARAGRAPH + " Photo: Harbour Press\n")
    assert texts(doc) == ["The harbour closed on Sunday.", *LONG]
    assert left(doc)[1:] == [("caption", "Image caption,"), ("credit", "Photo: Harbour Press")]


def test_a_picture_source_then_a_paragraph_then_a_credit() -> None:
    doc = extracted(HEAD + "Image source, Harbour Press. " + PARAGRAPH + " Getty Images\n")
    assert texts(doc) == ["The harbour closed on Sunday.", *LONG]
    assert left(doc)[1:] == [
        ("caption", "Image source, Harbour Press."),
        ("credit", "Getty Images"),
    ]


def test_a_credit_in_its_own_element_at_the_end_of_an_html_paragraph(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Ferry strike at the harbour</title></head><body><article>"
        "<h1>Ferry strike at the harbour</h1><p>The harbour closed on Sunday.</p>"
        f'<p>{PARAGRAPH} <span class="credit">Photo: Harbour Press</span></p>'
        "</article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, "utf-8")
    doc, _ = extract(read(str(tmp_path / "page.html")), Meta())
    assert texts(doc) == ["The harbour closed on Sunday.", *LONG]
    assert ("credit", "Photo: Harbour Press") in left(doc)


def test_real_captions_and_credits_still_go() -> None:
    doc = extracted(
        HEAD + "Dockers wait by the gates on Monday. Photo: Harbour Press\n\n"
        "![The pier](pier.jpg)\n\n"
        "A crane lifts the last crate. The yard closed an hour later. (Getty Images)\n\n"
        "Credit: AP\n\n"
        "The union balloted 400 members in March.\n"
    )
    assert texts(doc) == [
        "The harbour closed on Sunday.",
        "The union balloted 400 members in March.",
    ]
    assert left(doc)[1:] == [
        ("caption", "Dockers wait by the gates on Monday. Photo: Harbour Press"),
        ("caption", "![The pier](pier.jpg)"),
        ("caption", "A crane lifts the last crate. The yard closed an hour later. (Getty Images)"),
        ("credit", "Credit: AP"),
    ]


# 2. a "most read" heading past the middle of the page


# the story before the heading: longer than what follows it, so the heading is past
# the share of the page where a footer may start (blocks.FOOTER_AFTER)
BEFORE_CLAIMS = [f"The council spent {n} million on the quay in {1950 + n}." for n in range(50)]
BEFORE = "".join(f"{claim}\n\n" for claim in BEFORE_CLAIMS)


@pytest.mark.parametrize("label", ["Trending", "Popular", "## Most read", "Popular now"])
def test_a_most_read_heading_over_statements_hides_only_itself(label: str) -> None:
    doc = extracted("Quay works\n\n" + BEFORE + label + "\n\n" + PARAGRAPH + "\n")
    assert texts(doc) == [*BEFORE_CLAIMS, *LONG]
    assert left(doc)[1:] == [("chrome", label)]


def test_a_most_read_heading_over_paragraphs_one_a_line_hides_only_itself() -> None:
    doc = extracted("Quay works\n\n" + BEFORE + "Trending\n\n" + "\n\n".join(LONG) + "\n")
    assert texts(doc) == [*BEFORE_CLAIMS, *LONG]


def test_a_most_read_list_of_titles_is_still_the_footer() -> None:
    text = (
        "Quay works\n\n" + BEFORE + "Most read\n\n"
        "Council approves new quay budget\n\n"
        "Ferry workers vote to strike over pay\n\n"
        "Five things to do in Oban this weekend\n\n"
        "© 2026 Harbour Press. All rights reserved.\n"
    )
    doc = extracted(text)
    assert texts(doc) == BEFORE_CLAIMS
    footer = text[text.index("Most read") :].rstrip("\n")
    assert left(doc)[-1] == ("chrome", footer)


# 3. a chrome or reader sentence at a paragraph's start


def test_a_newsletter_sentence_before_a_paragraph_hides_only_itself() -> None:
    doc = extracted(HEAD + "Sign up for our newsletter. " + PARAGRAPH + "\n")
    assert texts(doc) == ["The harbour closed on Sunday.", *LONG]
    assert left(doc)[1:] == [("chrome", "Sign up for our newsletter.")]


def test_an_order_before_a_colon_leaves_the_statement_after_it() -> None:
    doc = extracted(HEAD + "Follow the money: the harbour board paid £5m to the ferry firm.\n")
    assert texts(doc) == [
        "The harbour closed on Sunday.",
        "The harbour board paid £5m to the ferry firm.",
    ]
    assert ("reader", "Follow the money") in left(doc)


def test_an_order_before_a_colon_over_many_clauses_keeps_them_all() -> None:
    clauses = [f"the board paid {n} million to the firm in {1990 + n}" for n in range(30)]
    doc = extracted(HEAD + "Follow the money: " + "; ".join(clauses) + ".\n")
    got = texts(doc)
    assert len(got) == 31
    for n in range(30):
        assert any(f"paid {n} million to the firm in {1990 + n}" in t for t in got)
    assert ("reader", "Follow the money") in left(doc)


def test_real_chrome_and_orders_to_the_reader_still_go() -> None:
    doc = extracted(
        HEAD + "Sign up for our newsletter.\n\n"
        "Share this article. Sign up for our newsletter.\n\n"
        "Click here: you will see the video.\n\n"
        "The union balloted 400 members in March.\n"
    )
    assert texts(doc) == [
        "The harbour closed on Sunday.",
        "The union balloted 400 members in March.",
    ]
    assert left(doc)[1:] == [
        ("chrome", "Sign up for our newsletter."),
        ("chrome", "Share this article."),
        ("chrome", "Sign up for our newsletter."),
        ("reader", "Click here: you will see the video."),
    ]


def test_a_run_of_chrome_sentences_is_one_passage_and_the_statement_after_stays() -> None:
    # (read in one pass: a sentence at a time, reprocessing the rest, was quadratic)
    doc = extracted(HEAD + "Sign up for our newsletter. " * 400 + PARAGRAPH + "\n")
    assert texts(doc) == ["The harbour closed on Sunday.", *LONG]
    assert left(doc)[1:] == [("chrome", ("Sign up for our newsletter. " * 400).rstrip())]
