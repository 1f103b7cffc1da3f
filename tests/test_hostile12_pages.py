"""Saved pages from a hostile tester (12): unclosed tags that made the reading of a deeply
nested page quadratic, text a page hides that still became claims, a flood of notes about
hidden text, and a folder planted where the word lexicon is cached."""

from __future__ import annotations

import pytest

from claimcheck.extract import ingest

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
