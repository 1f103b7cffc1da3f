"""Three ways a page's own shape could hide or bend its statements (hostile 18 #1, #3,
#10): a caption's label over a paragraph of sentences, a correction whose corrected fact
swaps its parties, and an inch mark read as a quotation mark. Sentences written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import read
from claimcheck.models import ClaimFile
from tests.extracting import extracted, texts

HEAD = "Flood at the depot\n\nThe depot flooded on Sunday.\n\n"


def left(doc: ClaimFile) -> list[tuple[str, str]]:
    text = doc.article.text or ""
    return [(item.reason, text[item.passage.start : item.passage.end]) for item in doc.left_out]


def test_a_paragraph_under_a_caption_label_is_the_articles_text() -> None:
    # (a short line under the label is still its caption, and a source alone a credit)
    doc = extracted(
        HEAD + "Media caption,\nWorkers bail out the yard\n\n"
        "Image source, U.S. Coast Guard\n\n"
        "Image caption,\nThe manager sold the pumps in March, auditors said. "
        "He was sacked in April. Two clerks left the firm.\n"
    )
    assert texts(doc) == [
        "The depot flooded on Sunday.",
        "The manager sold the pumps in March, auditors said.",
        "He was sacked in April.",
        "Two clerks left the firm.",
    ]
    got = left(doc)
    assert ("caption", "Image caption,") in got
    assert ("caption", "Workers bail out the yard") in got
    assert ("caption", "Image source, U.S. Coast Guard") in got


@pytest.mark.parametrize("source", ["Harbour Press", "AFP", "Getty Images"])
def test_the_text_after_a_pictures_source_is_the_articles(source: str) -> None:
    doc = extracted(
        HEAD + f"Image source, {source}. The manager sold the pumps in March. "
        "He was sacked in April.\n"
    )
    assert texts(doc) == [
        "The depot flooded on Sunday.",
        "The manager sold the pumps in March.",
        "He was sacked in April.",
    ]
    assert ("caption", f"Image source, {source}.") in left(doc)


def test_an_inline_caption_label_over_several_sentences_drops_only_the_label() -> None:
    doc = extracted(HEAD + "Image caption, The pumps failed at noon. The yard was shut.\n")
    assert texts(doc) == [
        "The depot flooded on Sunday.",
        "The pumps failed at noon.",
        "The yard was shut.",
    ]
    assert ("caption", "Image caption,") in left(doc)


def test_a_source_label_in_html_drops_only_the_label(tmp_path: Path) -> None:
    page = tmp_path / "depot.html"
    page.write_text(
        "<html><body><article><h1>Flood at the depot</h1><p>The depot flooded on Sunday.</p>"
        "<p>Image source, EPA. The manager sold the pumps in March, auditors said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    doc, _ = extract(read(str(page)), Meta())
    assert texts(doc) == [
        "The depot flooded on Sunday.",
        "The manager sold the pumps in March, auditors said.",
    ]


@pytest.mark.parametrize(
    ("fix", "claim"),
    [
        ("the union sued the board; it sued the union.", "It sued the union."),
        (
            "the mayor took a loan from the bank; it took a loan from the mayor.",
            "It took a loan from the mayor.",
        ),
    ],
)
def test_a_corrected_fact_that_names_the_notices_subject_keeps_its_pronoun(
    fix: str, claim: str
) -> None:
    # (with the same parties, "it" still takes the notice's subject)
    doc = extracted(
        HEAD + f"Correction: An earlier version of this story said {fix}\n\n"
        "Correction: An earlier version of this story said the depot reopened on Monday; "
        "it reopened on Tuesday.\n"
    )
    assert texts(doc) == ["The depot flooded on Sunday.", claim, "[The depot] reopened on Tuesday."]


@pytest.mark.parametrize(
    "sentence",
    [
        'The 8" main cracked in June.',
        "The keeper, 6'2\", saved two shots.",
        'About 3" of rain fell on the yard.',
    ],
)
def test_an_inch_mark_adds_no_quotation_mark(sentence: str) -> None:
    # (a quotation around an inch mark is quoted as it stands)
    doc = extracted(
        HEAD + sentence + " The yard reopened on Monday.\n\n"
        'The foreman said: "The 4" valve failed."\n'
    )
    got = texts(doc)
    assert got[-2:] == ["The yard reopened on Monday.", 'The foreman said: "The 4" valve failed."']
    assert [t.count('"') for t in got[1:-2]] == [1] * len(got[1:-2])
    assert sentence.split()[1] in " ".join(got[1:-2])
    for claim in doc.claims:
        passage = (doc.article.text or "")[claim.passage.start : claim.passage.end]
        assert claim.text.count('"') <= passage.count('"')
