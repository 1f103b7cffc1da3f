"""Hostile tester 15's findings in extraction, through the real command: one long word
of capitals that made the appositive pattern quadratic, a fact-checker's verdict under a
quotation ("— FALSE") read as the name of its speaker, and a page's signed quotation (a
block quotation's footer, a signature after a blank line) that lost its speaker."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.terminal import run


def claim_texts(path: Path) -> list[str]:
    return [c["text"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]]


@pytest.mark.parametrize("word", ["A" * 100_000, "_A" * 50_000, "Ab" * 50_000])
def test_one_long_word_of_capitals_extracts_at_once(tmp_path: Path, word: str) -> None:
    # an appositive's head could start at each capital inside the word, and each start
    # read to the word's end: 32,000 capitals took 58 s, 64,000 over 300 s; now one start
    # a word (100,000 characters in about a second)
    (tmp_path / "a.txt").write_text(
        "Council shuts school\n\nThe council closed the school on Monday.\n\n"
        f"{word} closed the school.\n"
    )
    done = run("extract", "a.txt", "-o", "c.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert claim_texts(tmp_path / "c.yaml")[0] == "The council closed the school on Monday."


@pytest.mark.parametrize("verdict", ["— FALSE", "- Mostly True", "— Misleading", "- True"])
def test_a_verdict_under_a_quotation_is_no_speaker(tmp_path: Path, verdict: str) -> None:
    (tmp_path / "a.md").write_text(
        f'# Claims we checked\n\n"Vaccines cause autism."\n{verdict}\n\n'
        f'"The moon landing was staged." {verdict}\n'
    )
    done = run("extract", "a.md", "-o", "c.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    texts = claim_texts(tmp_path / "c.yaml")
    assert not [t for t in texts if " said" in t], texts
    assert '"Vaccines cause autism."' in texts


def test_a_name_under_a_quotation_still_signs_it(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        '# Voices\n\n"We will win the vote."\n- Ann Lee, chair\n\n"Rents are too high." - Tom Young\n'
    )
    done = run("extract", "a.md", "-o", "c.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert claim_texts(tmp_path / "c.yaml") == [
        'Ann Lee said: "We will win the vote."',
        'Tom Young said: "Rents are too high."',
    ]


PAGE = """<!DOCTYPE html>
<html><head><title>Council votes on rents - The Gazette</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council votes on rents</h1>
<p>The council voted on Tuesday to freeze rents for a year, after a long debate.</p>
<p>Tenants had asked for the freeze since the spring, and 200 of them watched.</p>
{quote}
<p>The freeze will cost the council about £2m, its finance officer said.</p>
</article></body></html>
"""


@pytest.mark.parametrize(
    "quote",
    [
        # HTML5's own shape: the extractor dropped the footer, and the quotation read
        # as the paper's statement
        '<blockquote><p>"The freeze is the first good news in years."</p>'
        "<footer>— Ann Lee, tenants' union chair</footer></blockquote>",
        '<blockquote><p>"The freeze is the first good news in years."</p>'
        "<footer><cite>Ann Lee</cite>, chair</footer></blockquote>",
        '<blockquote><p>"The freeze is the first good news in years."</p>'
        "<cite>Ann Lee</cite></blockquote>",
        # a paragraph of its own, or a line break: it had been left out as a heading
        '<p>"The freeze is the first good news in years."</p><p>— Ann Lee</p>',
        '<p>"The freeze is the first good news in years."<br>— Ann Lee, chair</p>',
    ],
)
def test_a_signed_quotation_in_a_page_names_its_speaker(tmp_path: Path, quote: str) -> None:
    (tmp_path / "a.html").write_text(PAGE.format(quote=quote), encoding="utf-8")
    done = run("extract", "a.html", "-o", "c.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    texts = claim_texts(tmp_path / "c.yaml")
    assert 'Ann Lee said: "The freeze is the first good news in years."' in texts, texts
    assert not [t for t in texts if "—" in t], texts


def test_a_signature_after_a_blank_line_in_text_names_its_speaker(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        'Rents frozen\n\nThe council froze rents on Tuesday.\n\n"This is the first good '
        'news in years."\n\n— Bob Cole\n\nThe freeze will cost about £2m.\n',
        encoding="utf-8",
    )
    done = run("extract", "a.txt", "-o", "c.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert claim_texts(tmp_path / "c.yaml") == [
        "The council froze rents on Tuesday.",
        'Bob Cole said: "This is the first good news in years."',
        "The freeze will cost about £2m.",
    ]
