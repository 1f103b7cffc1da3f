"""Saved pages from a hostile tester (12): unclosed tags that made the reading of a deeply
nested page quadratic, text a page hides that still became claims, a flood of notes about
hidden text, and a folder planted where the word lexicon is cached."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.extract import ingest, lexicon
from tests.conftest import run

BODY = "".join(
    f"<p>The harbour board approved berth number {i} for the ferry service on Tuesday.</p>"
    for i in range(8)
)
DEEP = "<div>" * 300 + "<p>Tolls will rise in spring.</p>" + "</div>" * 300


def page(inside: str, after: str = "") -> str:
    return (
        "<html><head><title>Harbour</title></head><body><article><h1>Harbour berths</h1>"
        f"{BODY}{inside}<p>The board meets again in March.</p></article></body></html>{after}"
    )


@pytest.mark.parametrize("unclosed", ["<a ", "<!", "<?", '<b title="x ', "<i '"])
def test_a_tag_without_its_end_mark_runs_to_the_end_of_the_page(unclosed: str) -> None:
    """Read from each of its `<`, such a tag ran to the end of the page and failed there:
    one pass for each tag. As one token to the end, as a browser reads it, it is one."""
    junk = unclosed * 2000
    found = ingest._TOKEN.match(junk)
    assert found is not None and found.end() == len(junk)


def test_a_deep_page_ending_in_unclosed_tags_is_read_in_one_pass() -> None:
    """100 KB of "<a " after a page nested 300 deep took minutes to flatten."""
    html = page(DEEP, after="<a " * 33_000)
    flat = ingest.shallow(html)
    assert "Tolls will rise in spring." in flat and "berth number 7" in flat
    assert flat.endswith("<a " * 100)  # the junk as it was, for the parser to drop


def test_an_apostrophe_in_an_unquoted_value_opens_no_quotation() -> None:
    """`title=don't` is a value with an apostrophe in it: read as the start of a quoted
    value, it ran on to the next apostrophe of the text, and the tag, dropped below the
    depth kept, took the text with it."""
    text = "The ferry's engine failed twice in May."
    flat = ingest.shallow(page("<div>" * 300 + f"<span title=don't>{text}</span>" + "</div>" * 300))
    assert text in flat


HIDDEN = "The harbour master was paid twice for the same dredging contract."


@pytest.mark.parametrize(
    "hides",
    [
        "<span></span>" * 12_000 + f"<p hidden>{HIDDEN}</p>",  # after 10,000 elements
        "<div>" * 300 + f"<p hidden>{HIDDEN}</p>" + "</div>" * 300,  # below the depth kept
        "<div>" * 300 + f'<div style="display: none"><p>{HIDDEN}</p></div>' + "</div>" * 300,
        f"<p/hidden>{HIDDEN}</p>",  # a slash before an attribute separates it
        f'<p class="note"/hidden>{HIDDEN}</p>',
        f'<p style="display:/* never */none">{HIDDEN}</p>',  # a comment in the style
        f'<p style="visibility: hidd\\65 n">{HIDDEN}</p>',  # an escape in the style
    ],
    ids=["after-10k", "deep", "deep-style", "slash", "slash-after-value", "comment", "escape"],
)
def test_text_a_page_hides_is_no_claim_however_it_is_hidden(tmp_path: Path, hides: str) -> None:
    os.chdir(tmp_path)
    Path("h.html").write_text(page(hides))
    result = run("extract", "h.html", "-o", "h.yaml")
    assert result.exit_code == 0, result.output
    texts = " ".join(c.text for c in store.load(Path("h.yaml")).doc.claims)
    assert "berth number 7" in texts and "meets again in March" in texts
    assert "dredging" not in texts
    assert f"h.html: left out text the page hides from its readers: {HIDDEN}\n" in result.stderr


def test_text_that_is_not_hidden_deep_in_a_page_is_kept(tmp_path: Path) -> None:
    os.chdir(tmp_path)
    shown = '<p style="display: block" title="hidden">The pier reopens in May.</p>'
    Path("h.html").write_text(page("<div>" * 300 + shown + "</div>" * 300))
    result = run("extract", "h.html", "-o", "h.yaml")
    assert result.exit_code == 0, result.output
    texts = " ".join(c.text for c in store.load(Path("h.yaml")).doc.claims)
    assert "The pier reopens in May." in texts
    assert "hides" not in result.stderr


def test_hidden_text_inside_a_page_marked_hidden_as_a_whole_is_still_dropped(
    tmp_path: Path,
) -> None:
    os.chdir(tmp_path)
    Path("h.html").write_text(page(f"<p hidden>{HIDDEN}</p>").replace("<html>", "<html hidden>"))
    result = run("extract", "h.html", "-o", "h.yaml")
    assert result.exit_code == 0, result.output
    texts = " ".join(c.text for c in store.load(Path("h.yaml")).doc.claims)
    assert "berth number 7" in texts and "dredging" not in texts


def test_thousands_of_hidden_parts_are_said_in_one_line(tmp_path: Path) -> None:
    os.chdir(tmp_path)
    spans = "".join(f"<span hidden>tracking pixel {i}</span>" for i in range(3000))
    Path("h.html").write_text(page(f"<p>{spans}</p>"))
    result = run("extract", "h.html", "-o", "h.yaml")
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "hides" in line]
    assert said == [
        "h.html: left out text the page hides from its readers: 3,000 parts, the first: "
        "tracking pixel 0"
    ]


def test_a_page_whose_markup_cannot_be_read_for_hidden_text_says_so(tmp_path: Path) -> None:
    """An XHTML page that opens with its XML declaration: the parser refuses the text."""
    os.chdir(tmp_path)
    Path("h.html").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n' + page(f"<p hidden>{HIDDEN}</p>")
    )
    result = run("extract", "h.html", "-o", "h.yaml")
    assert result.exit_code == 0, result.output
    assert (
        "h.html: could not read the page's markup for text it hides from its readers: any "
        "there is among the claims\n"
    ) in result.stderr


def test_a_folder_at_the_lexicon_cache_name_is_said_once(tmp_path: Path) -> None:
    """A run of its own: in this process the lexicon, and the words read with it, are
    cached already."""
    os.chdir(tmp_path)
    Path("a.txt").write_text("The harbour board approved a new berth on Tuesday.\n")
    found = lexicon._cache_file()
    assert found is not None
    found[0].mkdir(parents=True)
    command = [sys.executable, "-m", "claimcheck", "extract", "a.txt", "-o", "a.yaml"]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    warning = (
        f"Warning: {found[0]}: a folder stands where the word lexicon is cached, so it is "
        "rebuilt on every run; remove the folder to keep it\n"
    )
    assert result.stderr.count("Warning") == 1 and result.stderr.startswith(warning)
    assert found[0].is_dir() and Path("a.yaml").exists()
