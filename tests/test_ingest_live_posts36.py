"""A live blog saved as a page: posts one after another, each in an element of the same
class (`<div class="post">`), each maybe with its time stamp and its heading. The article
extractor takes the first post for the article's body; every post must reach the article
text, a list in a post stays a list, and a post's time stamp is left out as a dateline.
Pages written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract import Meta, extract, ingest
from claimcheck.models import ClaimFile


def page(body: str) -> str:
    return (
        "<html><head><title>Flood live</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li></ul></nav>"
        f"<article><h1>Flood live: river bursts its banks</h1>{body}</article>"
        "<footer><p>© 2026 Vale Courier</p></footer></body></html>"
    )


POST_ONE = "<h3>Bridge shut</h3><p>Officers have shut the Kelby bridge to traffic.</p>"
POST_TWO = (
    "<h3>Surgery moves</h3><p>The health centre says its clinics will run from the library."
    "</p><p>Patients will be called to rearrange visits.</p>"
)


def read(tmp_path: Path, html: str) -> tuple[str, ClaimFile]:
    (tmp_path / "live.html").write_text(html, encoding="utf-8")
    source = ingest.read(str(tmp_path / "live.html"))
    doc, _ = extract(source, Meta())
    return source.text, doc


def left(doc: ClaimFile) -> list[tuple[str, str]]:
    text = doc.article.text or ""
    return [(i.reason, text[i.passage.start : i.passage.end]) for i in doc.left_out]


def test_every_post_of_a_live_blog_reaches_the_article_text(tmp_path: Path) -> None:
    posts = f"<div class='post'>{POST_ONE}</div><div class='post'>{POST_TWO}</div>"
    text, doc = read(tmp_path, page(posts))
    claims = [c.text for c in doc.claims]
    assert "Officers have shut the Kelby bridge to traffic." in claims
    assert "The health centre says its clinics will run from the library." in claims
    assert "Patients will be called to rearrange visits." in claims
    # each post's heading is a heading, and heads its post's claims
    assert ("heading", "Bridge shut") in left(doc)
    assert ("heading", "Surgery moves") in left(doc)
    assert {c.section for c in doc.claims if "library" in c.text} == {"Surgery moves"}
    assert "Home" not in text and "Vale Courier" not in text


def test_posts_inside_posts_all_reach_the_article_text(tmp_path: Path) -> None:
    # each post's words one level further in: "entry" > "entry-content"
    posts = "".join(
        f"<div class='entry'><div class='entry-content'>{one}</div></div>"
        for one in (POST_ONE, POST_TWO)
    )
    _, doc = read(tmp_path, page(posts))
    claims = [c.text for c in doc.claims]
    assert "Officers have shut the Kelby bridge to traffic." in claims
    assert "Patients will be called to rearrange visits." in claims


def test_a_list_in_a_later_post_stays_a_list(tmp_path: Path) -> None:
    listed = (
        "<h3>Roads closed</h3><p>The county has closed three roads. They are:</p>"
        "<ul><li>Mill Lane</li><li>Ferry Road</li><li>Castle Street</li></ul>"
        "<p>Drivers are asked to use the bypass.</p>"
    )
    posts = f"<div class='post'>{POST_ONE}</div><div class='post'>{listed}</div>"
    text, doc = read(tmp_path, page(posts))
    assert "- Ferry Road" in text
    assert all(quote not in ("Mill Lane", "Ferry Road") for _, quote in left(doc))
    assert "They are: Ferry Road." in [c.text for c in doc.claims]


def test_a_post_time_stamp_is_left_out_as_a_dateline(tmp_path: Path) -> None:
    posts = "".join(
        f"<div class='post'><p class='timestamp'><time datetime='2026-03-02T{t}:00Z'>"
        f"{t.replace(':', '.')} GMT</time></p>{one}</div>"
        for t, one in (("11:40", POST_TWO), ("09:05", POST_ONE))
    )
    _, doc = read(tmp_path, page(posts))
    assert ("dateline", "11.40 GMT") in left(doc)
    assert ("dateline", "09.05 GMT") in left(doc)
    assert all("GMT" not in c.text for c in doc.claims)


def test_a_time_in_a_sentence_or_the_page_header_is_no_stamp_line() -> None:
    html = page(
        "<header><p><time datetime='2026-03-02'>2 March 2026</time></p></header>"
        "<p>The river peaked at <time>4am</time> on Monday, the agency said.</p>"
    )
    kept = ingest.stamps_kept(html)
    assert "<p>2 March 2026</p>" not in kept and "<p>4am</p>" not in kept


def test_one_article_body_is_read_as_it_was(tmp_path: Path) -> None:
    # one element of its class (the others of that class elsewhere): nothing changes
    html = page(
        f"<div class='post'>{POST_ONE}</div>"
        "<aside><div class='post'><p>Our most read story today.</p></div></aside>"
    )
    assert ingest.posts_unmarked(html) == html


def test_a_paragraph_the_page_reader_drops_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the posts left marked, as before: the extractor reads the first post alone, and
    # the second post's paragraphs are said, not lost without a trace
    monkeypatch.setattr(ingest, "posts_unmarked", lambda html: html)
    posts = f"<div class='post'>{POST_ONE}</div><div class='post'>{POST_TWO}</div>"
    (tmp_path / "live.html").write_text(page(posts), encoding="utf-8")
    source = ingest.read(str(tmp_path / "live.html"))
    said = any("dropped a paragraph" in note and "library" in note for note in source.notes)
    assert "library" in source.text or said, source.notes
    # a paragraph it keeps, or one of links, is not said
    assert not any("Kelby bridge" in note for note in source.notes)
