"""Page chrome (h37f): a media player's fallback text ("Your browser does not support …"),
the headlines under a heading of links to the site's other pages ("Related coverage"),
and a reader's comment under the article, which is the site's, not a paragraph of the
article the page reader dropped. Pages and texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract import Meta, extract, ingest
from claimcheck.extract.ingest import Source


def _page(body: str) -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Pier reopens | Post</title>"
        f"</head><body><article><h1>Pier reopens</h1>{body}</article></body></html>"
    )


ONE = "<p>The pier reopened on Saturday after a two-year repair costing £6m.</p>"
TWO = "<p>About 4,000 people walked its length on the first day, the council said.</p>"


@pytest.mark.parametrize(
    "player",
    [
        "<video controls src='a.mp4'><p>Sorry, your browser cannot play this clip.</p></video>",
        "<audio controls src='a.mp3'>Your browser cannot play this audio file.</audio>",
        "<amp-video width='640' height='360' src='a.mp4'><div fallback><p>Your browser does"
        " not support this video.</p></div></amp-video>",
    ],
)
def test_a_players_fallback_is_no_claim(tmp_path: Path, player: str) -> None:
    (tmp_path / "p.html").write_text(_page(ONE + player + TWO), encoding="utf-8")
    source = ingest.read(str(tmp_path / "p.html"))
    assert "browser" not in source.text
    assert "4,000 people" in source.text
    assert not any("browser" in note for note in source.notes)


def _claims_and_chrome(text: str) -> tuple[list[str], list[str]]:
    doc, _ = extract(Source(f"Pier reopens\n\n{text}\n", "text"), Meta(title="T"))
    chrome = [x.passage.quote for x in doc.left_out if x.reason == "chrome"]
    return [c.text for c in doc.claims], chrome


@pytest.mark.parametrize("heading", ["Related coverage", "Further reading", "Latest stories"])
def test_the_headlines_under_a_heading_of_links_are_chrome(heading: str) -> None:
    text = (
        "The pier reopened on Saturday after a two-year repair.\n\n"
        f"{heading}\n"
        "Lifeboat crew honoured for winter rescue\n"
        "Seafront hotel plans thrown out by councillors\n"
    )
    claims, chrome = _claims_and_chrome(text)
    assert claims == ["The pier reopened on Saturday after a two-year repair."]
    assert "Seafront hotel plans thrown out by councillors" in chrome


def test_a_readers_comment_is_not_said_as_a_dropped_paragraph(tmp_path: Path) -> None:
    page = (
        "<!doctype html><html><head><meta charset='utf-8'><title>Pier reopens | Post</title>"
        "</head><body><main><article><h1>Pier reopens</h1>"
        f"<div class='entry-content'>{ONE}{TWO}</div></article>"
        "<section id='comments' class='comments-area'><h2>2 thoughts on Pier reopens</h2>"
        "<ol class='comment-list'><li class='comment'><p>Walked it on Sunday with the kids,"
        " a lovely day out!</p></li></ol></section></main></body></html>"
    )
    (tmp_path / "c.html").write_text(page, encoding="utf-8")
    source = ingest.read(str(tmp_path / "c.html"))
    assert not any("dropped a paragraph" in note for note in source.notes), source.notes
    assert "lovely day" not in source.text
