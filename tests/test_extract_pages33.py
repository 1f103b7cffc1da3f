"""Statements a page rule hid, and hard-wrapped text (hostile tester 20, F3, F7, F8,
F9). A label that opens a sentence with a subject and a verb after it ("Picture: the
captain swam ashore") is no photo's credit, and an agency's name after a preposition is the
sentence's; a chrome phrase cut off at its colon, or where a capital starts the statement
after it, leaves the statement a claim; a line that ends in who said it is the story going
on under "Most read"; a line of plain text that does not end its sentence (a comma, "and",
the next line in lower case) is no heading, and a lone carriage return inside a line is a
space. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.extract import Meta, blocks, extract
from claimcheck.extract.ingest import Source
from claimcheck.models import ClaimFile
from tests.extracting import left

HEAD = "Storm on the coast\n\nThe harbour shut on Friday.\n\n"


def extracted(text: str) -> ClaimFile:
    doc, _ = extract(Source(text, "text"), Meta(title="T"))
    return doc


def claims(text: str) -> list[str]:
    return [c.text for c in extracted(text).claims]


def test_a_label_with_a_statement_after_it_is_no_credit_and_hides_nothing() -> None:
    text = (
        HEAD + "The ferry sank near the pier, the coastguard said. "
        "Picture: the captain swam ashore with two children.\n\n"
        "The line lost its licence in 2021, the regulator said. "
        "Credit: Lyonnais wrote off its loans.\n\n"
        "Firefighters tackle the blaze at the depot. Photo: Tom Roe for the Post\n"
    )
    doc = extracted(text)
    said = [c.text for c in doc.claims]
    assert "The ferry sank near the pier, the coastguard said." in said
    assert "The line lost its licence in 2021, the regulator said." in said
    assert "Credit: Lyonnais wrote off its loans." in said
    assert (
        "caption",
        "Firefighters tackle the blaze at the depot. Photo: Tom Roe for the Post",
    ) in (left(doc))
    assert not any("ferry" in passage or "licence" in passage for _, passage in left(doc))


def test_an_agency_after_a_preposition_is_the_sentence_s_words() -> None:
    assert blocks.metadata("The council hired a photographer from Getty Images") is None
    assert blocks.metadata("Ann Lee at the count. Getty Images") == "caption"


def test_a_statement_in_a_paragraph_of_html_is_kept_before_a_label(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Storm on the coast</title></head><body><h1>Storm on the coast</h1>"
        "<p>The harbour shut on Friday.</p>"
        "<p>The ferry sank near the pier, the coastguard said. "
        "Photo: Reuters shows the ferry listing.</p></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "claims.yaml"
    result = CliRunner().invoke(app, ["extract", str(page), "-o", str(out)])
    assert result.exit_code == 0, result.output
    texts = [c["text"] for c in yaml.safe_load(out.read_text(encoding="utf-8"))["claims"]]
    assert "The ferry sank near the pier, the coastguard said." in texts


def test_a_chrome_phrase_is_cut_off_the_statement_it_opens() -> None:
    doc = extracted(
        HEAD + "Sign up for our newsletter: the ferry company cut 40 jobs in March.\n\n"
        "Share this article The coastguard rescued nine sailors on Sunday.\n\n"
        "Subscribe now: get our best stories every morning.\n"
    )
    said = [c.text for c in doc.claims]
    assert "The ferry company cut 40 jobs in March." in said
    assert "The coastguard rescued nine sailors on Sunday." in said
    assert ("chrome", "Sign up for our newsletter") in left(doc)
    assert ("chrome", "Share this article") in left(doc)
    assert ("chrome", "Subscribe now: get our best stories every morning.") in left(doc)


def test_statements_without_stops_under_most_read_are_the_story() -> None:
    text = (
        "Storm on the coast\n\n"
        + "".join(f"The harbour lost {n} boats in the storm.\n\n" for n in range(5))
        + "Most read\n\n"
        + "The ferry sank near the pier, the coastguard said\n\n"
        + "The depot flooded in March. Its staff went home\n\n"
        + "".join(
            f"The council spent {n} million on sea walls, its leader said\n\n" for n in range(3)
        )
    )
    said = claims(text)
    assert "The ferry sank near the pier, the coastguard said." in said
    assert "The depot flooded in March." in said
    assert "The council spent 1 million on sea walls, its leader said." in said
    assert ("chrome", "Most read") in left(extracted(text))
    # titles of other pages under it are still the footer
    titles = "".join(f"Ferry firm cuts {n} routes\n\n" for n in range(6))
    footer = left(extracted(text.split("Most read")[0] + "Most read\n\n" + titles))
    assert [why for why, _ in footer if "Ferry firm" in _] == ["chrome"]


def test_a_hard_wrapped_sentence_is_one_paragraph() -> None:
    doc = extracted(
        HEAD + "The ferry company cut 40 jobs in March and\nclosed two routes, the union\n"
        "said on Monday. It denied it.\n\n"
        "The coastguard rescued nine sailors\noff the coast on Sunday, officials said.\n\n"
        "Sea walls\nThe council will spend 3 million on sea walls.\n"
    )
    said = [c.text for c in doc.claims]
    assert "The coastguard rescued nine sailors off the coast on Sunday, officials said." in said
    assert not any(s.startswith(("Closed", "Off the coast")) for s in said)
    assert not any(s.endswith(" and.") for s in said)
    assert ("heading", "Sea walls") in left(doc)
    assert not any(why == "heading" and "sailors" in passage for why, passage in left(doc))


def test_a_lone_carriage_return_inside_a_line_is_a_space(tmp_path: Path) -> None:
    article = tmp_path / "wrapped.txt"
    article.write_bytes(
        b"Storm on the coast\n\nThe harbour shut on Friday.\n\n"
        b"The coastguard rescued nine\rsailors on Sunday.\n"
    )
    out = tmp_path / "claims.yaml"
    result = CliRunner().invoke(app, ["extract", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    texts = [c["text"] for c in yaml.safe_load(out.read_text(encoding="utf-8"))["claims"]]
    assert "The coastguard rescued nine sailors on Sunday." in texts
    # a file whose lines end in CR alone keeps its lines
    old_mac = tmp_path / "mac.txt"
    old_mac.write_bytes(b"Storm on the coast\r\rThe harbour shut on Friday.\r\rIts staff left.\r")
    result = CliRunner().invoke(app, ["extract", str(old_mac), "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    texts = [c["text"] for c in yaml.safe_load(out.read_text(encoding="utf-8"))["claims"]]
    assert texts == ["The harbour shut on Friday.", "Its staff left."]
