"""HTML pages in the shapes real sites save them: every statement of the page ends up in a
claim or in the left-out list, whatever the markup. Pages written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.extract import ingest
from tests.conftest import run

PARAGRAPHS = "".join(
    f"<p>The harbour board met on Monday and agreed to spend {n} million pounds on item "
    f"{n} of its repair plan.</p>"
    for n in range(1, 7)
)


def extracted(tmp_path: Path, page: str, name: str = "page.html") -> tuple[list[str], list[str]]:
    """The claims' texts and the left-out passages ("reason: quote") of a page."""
    (tmp_path / name).write_text(page, encoding="utf-8")
    result = run("extract", name, "-o", "page.yaml")
    assert result.exit_code == 0, result.stderr
    doc = store.load(tmp_path / "page.yaml").doc
    left = [f"{item.reason}: {item.passage.quote}" for item in doc.left_out]
    return [c.text for c in doc.claims], left


@pytest.mark.parametrize("depth", [300, 10_000, 100_000])
def test_text_nested_deeper_than_the_parser_goes_is_read_all_the_same(
    tmp_path: Path, depth: int
) -> None:
    deep = "<p>The mayor said the budget for the harbour rose by 4% this year.</p>"
    page = (
        "<html><head><title>Harbour plan</title></head><body><article>"
        f"<h1>Harbour plan agreed</h1>{PARAGRAPHS}"
        + "<div>" * depth
        + deep
        + "</div>" * depth
        + "<p>The new slipway will open in May, the board said.</p><figure><img src='a.jpg'>"
        "<figcaption>The harbour at dusk on Sunday.</figcaption></figure></article></body></html>"
    )
    claims, left = extracted(tmp_path, page)
    assert "The mayor said the budget for the harbour rose by 4% this year." in claims
    assert "The new slipway will open in May, the board said." in claims
    assert "caption: The harbour at dusk on Sunday." in left


def test_the_page_is_flattened_only_when_the_parser_would_stop(tmp_path: Path) -> None:
    shallow = "<html><body>" + "<div>" * 50 + "<p>Text.</p>" + "</div>" * 50 + "</body></html>"
    assert ingest.shallow(shallow) == shallow  # nothing to do: the page as it is
    deep = "<html><body>" + "<div>" * 400 + "<p>A.</p><p>B.</p>" + "</div>" * 400 + "</body></html>"
    flat = ingest.shallow(deep)
    assert flat.count("<div>") < 200 and "A." in flat and "B." in flat
    # the paragraphs stay apart: a break where a block began or ended below the cap
    assert "A." + "B." not in flat.replace("</p>", "").replace("<p>", "")


@pytest.mark.parametrize(
    "caption",
    [
        "Workers&nbsp;repair the <em>harbour&#8217;s</em> wall &amp; slipway on "
        "&quot;Black Monday&quot; &mdash; a day of  high tides.",
        "A diver checks the <b>wall&rsquo;s</b> base, which the board calls "
        "&ldquo;sound&rdquo;&nbsp;&ndash; for now.",
    ],
)
def test_a_caption_the_body_already_holds_is_never_left_out_again(
    tmp_path: Path, caption: str
) -> None:
    # a <figcaption> outside <figure>: the body extractor keeps it, decoded its own way
    story = "".join(
        f"<p>Paragraph {n} of the story says the harbour board met on Monday and agreed a "
        f"budget of {n} million pounds for repairs.</p>"
        for n in range(6)
    )
    page = (
        "<html><body><div><h1>Harbour plan</h1>"
        f"{story}<figcaption>{caption}</figcaption>{story}</div></body></html>"
    )
    claims, left = extracted(tmp_path, page)
    assert not [item for item in left if item.startswith("caption:")]
    assert [c for c in claims if "wall" in c]  # in the body, once


def test_captions_are_compared_as_a_reader_sees_them() -> None:
    assert ingest.folded("It\u2019s  \u201cours\u201d\xa0&amp; *theirs*") == 'It\'s "ours" & theirs'
