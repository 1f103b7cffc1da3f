"""A saved page loses no text of its article without a trace: every piece of the body's
text reaches the article text (where it is a claim or in the left-out list with its
reason), whatever markup holds it. Only what the README says is the site's, not the
article's (menus, `<aside>` boxes, the article's `<footer>`, the site's header and footer),
may be in neither. Pages written for these tests."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from claimcheck import store
from claimcheck.extract.ingest import folded
from tests.conftest import run

# the parts of a page the README says are the site's, never the article's
SITE = frozenset(("nav", "aside", "header", "footer", "form", "script", "style"))

OPENING = (
    "<html><head><title>Pier plan</title></head><body>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
    "<article><h1>Selwick pier to be rebuilt</h1>"
    "<p>The port authority in Selwick has approved a plan to rebuild the east pier, its "
    "chair said on Monday.</p>"
)
CLOSING = (
    "<p>Work is due to finish in the summer of 2028, according to the authority.</p>"
    "<footer><p>Topics: Selwick, Ports</p></footer></article>"
    "<aside><h3>Most read</h3><ul><li><a href='/a'>Storm closes coast road</a></li></ul>"
    "</aside><footer><p>© 2026 Selwick Gazette</p></footer></body></html>"
)
RESULTS = (
    "<table><thead><tr><th>Bidder</th><th>Price</th><th>Years</th></tr></thead><tbody>"
    "<tr><td>Harker Marine</td><td>£14.2m</td><td>2</td></tr>"
    "<tr><td>Osprey Civil</td><td>£15.9m</td><td>3</td></tr>"
    "<tr><td>Tern Works</td><td>£17.1m</td><td>2</td></tr></tbody></table>"
)

SHAPES = {
    # a list item that says the table's first row in words, then the table
    "list item before a table": "<ul><li>Harker Marine won with a bid of £14.2m over 2 years."
    f"</li><li>Three firms bid.</li></ul><p>The bids were opened in public.</p>{RESULTS}",
    "table in a figure": f"<figure>{RESULTS}<figcaption>The three bids</figcaption></figure>",
    "definition list": "<dl><dt>Cost</dt><dd>The rebuild will cost £14m, paid by the county."
    "</dd><dt>Length</dt><dd>The new pier will be 310 metres long.</dd></dl>",
    "block quotation": "<blockquote><p>We have waited twenty years for this pier to be "
    "mended.</p></blockquote><p>The harbour master, Ruth Ellery, welcomed the decision.</p>",
    "nested lists": "<ul><li>The east pier was built in 1886.<ul><li>It was last repaired in "
    "1971.</li><li>It closed to the public in 2019.</li></ul></li><li>The west pier is not "
    "affected.</li></ul>",
    "details": "<details><summary>What happens to the ferry?</summary><p>The ferry to Brenna "
    "Island will run from the west pier while work goes on.</p></details>",
    # the extractor drops a figure whole: a fact box, a quotation set out, a picture's quote
    "fact box in a figure": "<figure class='factbox'><p>The east pier is 310 metres long."
    "</p><ul><li>It was built by a railway company.</li></ul><figcaption>Pier facts"
    "</figcaption></figure>",
    "quotation in a figure": "<figure><blockquote><p>We have waited twenty years for this "
    "pier to be mended.</p></blockquote><figcaption>Ruth Ellery, harbour master"
    "</figcaption></figure>",
    "picture and quotation in a figure": "<figure><img src='pier.jpg' alt=''><blockquote><p>"
    "The pier is the heart of this town.</p></blockquote><figcaption>Ruth Ellery on the "
    "east pier</figcaption></figure>",
    # a box whose first paragraph the article also says
    "box opening with a repeated line": "<table class='factbox'><tr><td><p>The port "
    "authority in Selwick has approved a plan to rebuild the east pier, its chair said on "
    "Monday.</p><p>The pier carried 90,000 visitors a year before it closed.</p></td></tr>"
    "</table>",
}


def body_pieces(page: str) -> list[str]:
    """Each run of text in the page's article outside the site's parts (the first column's
    name of a table aside: its rows are written `Name: Column value`)."""
    root = lxml.html.fromstring(page).find(".//article")
    pieces = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in SITE:
            continue
        if any(above.tag in SITE for above in element.iterancestors()):
            continue
        if element.tag == "th" and element.getprevious() is None:
            continue
        own = [element.text or ""] + [child.tail or "" for child in element]
        text = " ".join(" ".join(own).split())
        if text:
            pieces.append(text)
    return pieces


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_no_text_of_a_saved_page_is_lost_without_a_trace(tmp_path: Path, shape: str) -> None:
    page = OPENING + SHAPES[shape] + CLOSING
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    result = run("extract", str(tmp_path / "page.html"), "-o", str(tmp_path / "page.yaml"))
    assert result.exit_code == 0, result.stderr
    doc = store.load(tmp_path / "page.yaml").doc
    text = folded(doc.article.text or "")
    lost = [piece for piece in body_pieces(page) if folded(piece) not in text]
    assert lost == []
    # the site's parts are not the article's
    assert "Most read" not in text and "Selwick Gazette" not in text and "Topics" not in text
    # and what reaches the text is a claim or left out with its reason
    covered = [(c.passage.start, c.passage.end) for c in doc.claims]
    covered += [(item.passage.start, item.passage.end) for item in doc.left_out]
    for piece in ("£17.1m", "310 metres", "twenty years", "Brenna", "90,000"):
        at = (doc.article.text or "").find(piece)
        if at >= 0:
            assert any(start <= at < end for start, end in covered), piece


def test_the_rows_of_a_table_after_a_list_that_says_its_first_row_are_claims(
    tmp_path: Path,
) -> None:
    page = OPENING + SHAPES["list item before a table"] + CLOSING
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert (
        run("extract", str(tmp_path / "page.html"), "-o", str(tmp_path / "p.yaml")).exit_code == 0
    )
    claims = [c.text for c in store.load(tmp_path / "p.yaml").doc.claims]
    assert "Osprey Civil: Price £15.9m, Years 3." in claims
    assert "Tern Works: Price £17.1m, Years 2." in claims
    assert "Harker Marine: Price £14.2m, Years 2." in claims


def test_a_quotation_a_figure_signs_in_its_caption_names_its_speaker(tmp_path: Path) -> None:
    # HTML's own way to sign a quotation: <figure><blockquote>…</blockquote><figcaption>
    quote = (
        "<figure><blockquote><p>\u201cWe have waited twenty years for this pier to be mended."
        "\u201d</p></blockquote><figcaption>Ruth Ellery, harbour master</figcaption></figure>"
    )
    (tmp_path / "page.html").write_text(OPENING + quote + CLOSING, encoding="utf-8")
    assert (
        run("extract", str(tmp_path / "page.html"), "-o", str(tmp_path / "p.yaml")).exit_code == 0
    )
    doc = store.load(tmp_path / "p.yaml").doc
    claims = [c.text for c in doc.claims]
    assert (
        "Ruth Ellery said: \u201cWe have waited twenty years for this pier to be mended.\u201d"
        in (claims)
    )
    assert [item.reason for item in doc.left_out if "Ellery" in item.passage.quote] == [
        "attribution"
    ]
