"""Hostile tester 16's findings in extraction, through the real command: correction
notices read too widely (a report that was updated is news, and a whole article was
lost), the corrected fact given a person or another "it", and an inline <cite> inside a
block quotation pulled out of its sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.terminal import run


def extracted(tmp_path: Path, body: str, name: str = "a.txt") -> list[str]:
    (tmp_path / name).write_text(body, encoding="utf-8")
    done = run("extract", name, "-o", "c.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return [c["text"] for c in yaml.safe_load((tmp_path / "c.yaml").read_text())["claims"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was updated on Monday to show 40 deaths.",
        "The report was updated at the request of the health minister.",
        "An earlier version of the report said the bridge was safe.",
        "The story was updated on Monday when police found the body.",
        "The article was amended on the orders of the High Court judge.",
    ],
)
def test_news_about_a_report_or_a_story_is_no_correction_notice(
    tmp_path: Path, sentence: str
) -> None:
    # "the report" is anyone's report; only "this article" is the page, and a stamp's
    # "on …" is a date or a time (an article of two such sentences had been "no
    # checkable statements")
    assert extracted(tmp_path, f"Hospital news\n\n{sentence}\n") == [sentence]


def test_the_pages_own_notices_are_still_left_out(tmp_path: Path) -> None:
    texts = extracted(
        tmp_path,
        "Vote news\n\nCorrection: an earlier version of this article said the ballot "
        "closed on Monday. It closed on Tuesday.\n\nThis article was amended on 8 November "
        "2026.\n\nThis story was updated at 14:05 GMT on Tuesday.\n",
    )
    assert texts == ["[The ballot] closed on Tuesday."]


@pytest.mark.parametrize(
    "body",
    [
        # a person is no "it"
        "Correction: an earlier version of this article said Ann Lee closed the school. "
        "It closed in 2019 after a fire.",
        # the same verb with an object: another "it", the mayor's
        "Correction: an earlier version of this article said the vote closed on Monday. "
        "It closed the polling stations on Tuesday, the mayor said.",
    ],
)
def test_the_sentence_after_a_notice_keeps_its_pronoun_when_unsure(
    tmp_path: Path, body: str
) -> None:
    texts = extracted(tmp_path, f"Vote news\n\n{body}\n")
    assert len(texts) == 1 and texts[0].startswith("It closed"), texts


PAGE = """<!DOCTYPE html>
<html><head><title>Council votes on rents - The Gazette</title></head>
<body><article><h1>Council votes on rents</h1>
<p>The council voted on Tuesday to freeze rents for a year, after a long debate.</p>
<blockquote>{quote}</blockquote>
<p>The freeze will cost the council about £2m, its finance officer said.</p>
</article></body></html>
"""


@pytest.mark.parametrize(
    ("quote", "sentence"),
    [
        (
            "<p>He lied to the auditors, according to a <cite>Daily Ledger</cite> report.</p>",
            "He lied to the auditors, according to a Daily Ledger report.",
        ),
        (
            "<p>A complaint against <cite>Tom Ray</cite>, filed on Monday, was dismissed.</p>",
            "A complaint against Tom Ray, filed on Monday, was dismissed.",
        ),
    ],
)
def test_a_cite_inside_a_sentence_stays_in_it(tmp_path: Path, quote: str, sentence: str) -> None:
    texts = extracted(tmp_path, PAGE.format(quote=quote), "a.html")
    assert sentence in " ".join(texts), texts


def test_a_cite_that_is_all_of_a_paragraph_signs_the_quotation(tmp_path: Path) -> None:
    quote = '<p>"The freeze is the first good news in years."</p><p><cite>Ann Lee</cite></p>'
    texts = extracted(tmp_path, PAGE.format(quote=quote), "a.html")
    assert 'Ann Lee said: "The freeze is the first good news in years."' in texts, texts
