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


def test_a_page_in_the_charset_its_meta_declares_is_read_in_it(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Caf\u00e9 rents rise</title></head><body><article><h1>Caf\u00e9 rents rise</h1>"
        f"{PARAGRAPHS}<p>\u201cWe can\u2019t pass that on,\u201d said Jos\u00e9 Almeida, "
        "who runs a caf\u00e9 on the seafront.</p></article></body></html>"
    )
    (tmp_path / "page.html").write_bytes(page.encode("cp1252"))
    result = run("extract", "page.html", "-o", "page.yaml")
    assert result.exit_code == 0, result.stderr
    doc = store.load(tmp_path / "page.yaml").doc
    assert doc.article.title == "Caf\u00e9 rents rise"
    assert (
        "\u201cWe can\u2019t pass that on,\u201d said Jos\u00e9 Almeida, who runs a caf\u00e9 on "
        "the seafront." in (doc.article.text or "")
    )


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        ("", "page.html:1: not UTF-8 text (byte 0xe9); convert it first"),
        ("<meta charset='no-such-charset'>", "page.html:1: not UTF-8 text (byte 0xe9)"),
        ("<meta charset='utf-8'>", "page.html:1: not UTF-8 text (byte 0xe9)"),
    ],
)
def test_a_page_in_no_charset_it_declares_is_refused_with_the_line(
    tmp_path: Path, declared: str, message: str
) -> None:
    page = f"<html><head>{declared}<title>Caf\u00e9</title></head><body><p>Caf\u00e9.</p>"
    (tmp_path / "page.html").write_bytes(page.encode("latin-1"))
    result = run("extract", "page.html", "-o", "page.yaml")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {message}"), result.stderr
    assert not (tmp_path / "page.yaml").exists()


def test_paragraphs_a_page_breaks_with_br_br_stay_apart_and_the_page_around_goes(
    tmp_path: Path,
) -> None:
    lines = [
        "The waiting list at the hospital fell to 41,200 in May, the health board said.",
        "The board opened two extra operating theatres in March.",
        "Patients now wait an average of 19 weeks for a new hip.",
    ]
    page = (
        "<html><head><title>Waiting list falls</title></head><body>"
        "<table><tr><td><a href='/'>Home</a> | <a href='/news'>News</a> | "
        "<a href='/c'>Contact us</a></td></tr></table><table><tr><td>"
        "<font size=4><b>Waiting list falls for third month</b></font><br>"
        "<font size=2>Posted by Gazette staff on 18 June 2025</font><br><br><font size=2>"
        + "<br><br>\n".join(lines)
        + "<br><br></font></td></tr></table></body></html>"
    )
    claims, left = extracted(tmp_path, page)
    assert claims == lines
    assert not [item for item in left if "News" in item or "Home" in item]


def test_a_caption_a_site_marks_by_its_class_is_left_out_never_lost(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Harbour plan</title></head><body><article>"
        "<h1>Harbour plan agreed</h1><amp-img src='a.jpg'></amp-img>"
        "<p class='amp-caption'>Boats in the harbour on Sunday. Photo: R. Dias</p>"
        f"{PARAGRAPHS}<div class='wp-caption'><img src='b.jpg'><p class='wp-caption-text'>"
        "The old slipway, built in 1890.</p></div></article></body></html>"
    )
    claims, left = extracted(tmp_path, page)
    assert [item for item in left if item.startswith("caption:")] == [
        "caption: Boats in the harbour on Sunday. Photo: R. Dias",
        "caption: The old slipway, built in 1890.",
    ]
    assert not [c for c in claims if "Dias" in c or "slipway" in c]


@pytest.mark.parametrize(
    ("head", "publisher"),
    [  # the extractor read the site's name from <title> and took the headline with it
        ("<title>Fees rise 4.6% | Local | The Island Times</title>", "The Island Times"),
        ("<title>Fees rise 4.6% - Island Times</title>", "Island Times"),
        (
            "<title>Fees rise 4.6%</title><meta property='og:site_name' content='Isles'>",
            "Isles",
        ),
    ],
)
def test_a_publisher_is_never_the_headline_or_its_section(
    tmp_path: Path, head: str, publisher: str
) -> None:
    page = (
        f"<html><head>{head}<meta property='og:title' content='Fees rise 4.6%'></head>"
        f"<body><article><h1>Fees rise 4.6%</h1>{PARAGRAPHS}</article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert run("extract", "page.html", "-o", "page.yaml").exit_code == 0
    assert str(store.load(tmp_path / "page.yaml").doc.article.publisher) == publisher


TABLE = (
    "<table><caption>Busiest ferry routes, 2025</caption><thead><tr><th>Route</th>"
    "<th>Passengers</th><th>Change</th></tr></thead><tbody><tr><td>Ayr to Arran</td>"
    "<td>812,000</td><td>+4%</td></tr><tr><td>Oban to Mull</td><td>655,000</td><td>-2%</td>"
    "</tr></tbody></table>"
)


def test_a_table_of_figures_in_the_article_becomes_claims_a_row_each(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Ferry figures</title></head><body><article><h1>Ferry figures</h1>"
        f"{PARAGRAPHS}{TABLE}<p>The figures were published by the transport agency on "
        "Tuesday.</p></article><aside><table><tr><td>Most read</td><td>1</td></tr>"
        "<tr><td>Weather</td><td>2</td></tr></table></aside></body></html>"
    )
    claims, left = extracted(tmp_path, page)
    rows = [
        "Ayr to Arran: Passengers 812,000, Change +4%.",
        "Oban to Mull: Passengers 655,000, Change -2%.",
    ]
    assert [c for c in claims if c in rows] == rows
    assert "heading: Busiest ferry routes, 2025" in left
    assert claims[-1] == "The figures were published by the transport agency on Tuesday."
    assert not [c for c in claims if "Most read" in c or "Weather" in c]  # not the article's


def test_a_table_that_lays_out_the_page_is_no_table_of_figures(tmp_path: Path) -> None:
    cell = "The harbour board met on Monday and agreed its budget for the year. " * 3
    page = (
        "<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>"
        f"{PARAGRAPHS}<table><tr><td>{cell}</td><td>{cell}</td></tr><tr><td>{cell}</td>"
        f"<td>{cell}</td></tr></table><p>The board meets again in May.</p></article></body></html>"
    )
    claims, _ = extracted(tmp_path, page)
    assert not [c for c in claims if ":" in c]


def test_a_short_page_keeps_its_paragraphs_and_its_headline_apart(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Wall repaired</title></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>Harbour wall repaired</h1><p>The harbour wall was repaired on Monday. "
        "It cost £2 million.</p><figure><img src='w.jpg'><figcaption>Workers on the wall."
        "</figcaption></figure><p>Ferries resume next week, the operator said.</p></article>"
        "</body></html>"
    )
    claims, left = extracted(tmp_path, page)
    assert claims == [
        "The harbour wall was repaired on Monday.",
        "It cost £2 million.",
        "Ferries resume next week, the operator said.",
    ]
    assert left == ["heading: Harbour wall repaired", "caption: Workers on the wall."]


def test_a_table_the_article_text_already_holds_is_not_put_back_twice(tmp_path: Path) -> None:
    page = (  # a short page: the extractor keeps the table's text in its reading
        "<html><head><title>Ferries</title></head><body><div><p>Two routes grew last year, "
        f"the agency said.</p>{TABLE}</div></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert run("extract", "page.html", "-o", "page.yaml").exit_code == 0
    text = store.load(tmp_path / "page.yaml").doc.article.text or ""
    assert text.count("812,000") == 1


def test_text_an_article_sets_in_a_table_box_is_read_not_dropped(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>"
        f"{PARAGRAPHS}<table class='factbox'><tr><td><p>The harbour wall is 400 metres long."
        "</p><p>It was built in 1890 by the railway company.</p></td></tr></table>"
        "<p>The board meets again in May.</p></article></body></html>"
    )
    claims, _ = extracted(tmp_path, page)
    assert claims[-3:] == [
        "The harbour wall is 400 metres long.",
        "It was built in 1890 by the railway company.",
        "The board meets again in May.",
    ]


@pytest.mark.parametrize("depth", [3, 300])
def test_text_in_tables_nested_in_tables_is_read_not_dropped(tmp_path: Path, depth: int) -> None:
    page = (
        "<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>"
        + PARAGRAPHS
        + "<table><tr><td>" * depth
        + "<p>The harbour wall is 400 metres long.</p>"
        + "</td></tr></table>" * depth
        + "<p>The board meets again in May.</p></article></body></html>"
    )
    claims, _ = extracted(tmp_path, page)
    assert claims[-2:] == ["The harbour wall is 400 metres long.", "The board meets again in May."]


@pytest.mark.parametrize(
    ("byline", "lead"),
    [
        (
            "&mdash; Harbour Board (@HarbourBoard) <a href='#'>March 4, 2026</a>",
            "Harbour Board (@HarbourBoard) wrote on 4 March 2026:",
        ),
        ("— Harbour Board (@HarbourBoard)", "Harbour Board (@HarbourBoard) wrote:"),
    ],
)
def test_an_embedded_post_is_a_quotation_of_its_author_never_the_articles_own(
    tmp_path: Path, byline: str, lead: str
) -> None:
    page = (
        "<html><head><title>Harbour plan</title></head><body><article>"
        f"<h1>Harbour plan agreed</h1>{PARAGRAPHS}"
        "<blockquote class='twitter-tweet'><p>We have closed the north quay for repairs."
        f" Our ferries will use the east pier until May.</p>{byline}</blockquote>"
        "<p>The board said the repairs would cost less than planned this year.</p>"
        "</article></body></html>"
    )
    claims, left = extracted(tmp_path, page)
    assert f"{lead} “We have closed the north quay for repairs.”" in claims
    assert f"{lead} “Our ferries will use the east pier until May.”" in claims
    assert not [c for c in claims if c.startswith(("We have", "Our ferries"))]
    assert not [item for item in left if "Harbour Board (@" in item]


def test_a_post_without_its_author_line_is_left_as_the_page_has_it() -> None:
    page = "<blockquote class='twitter-tweet'><p>We have closed the north quay.</p></blockquote>"
    assert ingest.embedded_posts(page) == page
