"""Lists, a news agency's furniture and a record after a comma (user 34's lesser
findings). A list's items take its lead-in alike: "May" before a year is the month, a
participle between a determiner and its noun an adjective, so neither makes an item a
clause; a title over a list, a plural noun and a clause about it ("Things the club says
it needs:"), is a lead-in, not a claim beside the items that repeat it. A wire's credit
line is a byline and its note of what a version changed is chrome. A time's colon opens
no list, so the -ing phrases after a clause with a time in it are cut as after any other.
A record measured "since" a time, its noun with a phrase after it, stays with the clause
it ends. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.extract import atomize, blocks
from tests.extracting import extracted, left

HEAD = "Buses return to the valley\n\nThe depot reopened on Monday.\n\n"


def claims(text: str) -> list[str]:
    return [c.text for c in extracted(text).claims]


def test_every_item_of_a_list_takes_its_lead_in() -> None:
    text = HEAD + (
        "The new rota, which starts in June, includes:\n\n"
        "- A late bus from the station on Fridays\n"
        "- Two buses an hour at peak times\n"
        "- A stop at the repaired depot on every other trip\n"
        "- No night buses until May 2027\n\n"
        "The operator said drivers had been hired.\n"
    )
    said = claims(text)
    lead = "The new rota, which starts in June, includes:"
    assert f"{lead} a late bus from the station on Fridays." in said
    assert f"{lead} two buses an hour at peak times." in said
    assert f"{lead} a stop at the repaired depot on every other trip." in said
    assert f"{lead} no night buses until May 2027." in said


def test_an_item_with_a_verb_of_its_own_stays_a_clause() -> None:
    assert atomize.has_sure_verb_in_item("Staff were told in May 2026.")
    assert atomize.has_sure_verb_in_item("The depot reopened in May.")
    assert not atomize.has_sure_verb_in_item("No night buses until May 2027.")
    assert not atomize.has_sure_verb_in_item("A stop at the repaired depot.")


def test_a_noun_and_a_clause_about_it_over_a_list_is_a_lead_in_not_a_claim() -> None:
    text = HEAD + (
        "Things the club says it needs:\n\n"
        "1. Two coaches for the under-12 teams\n"
        "2. A new roof for the pavilion\n\n"
        "The club was founded in 1921.\n"
    )
    doc = extracted(text)
    said = [c.text for c in doc.claims]
    assert "Things the club says it needs." not in said
    assert "Things the club says it needs: two coaches for the under-12 teams." in said
    assert "Things the club says it needs: a new roof for the pavilion." in said
    assert ("lead-in", "Things the club says it needs:") in left(doc)


def test_a_statement_over_a_list_is_still_a_claim() -> None:
    assert atomize.is_lead_in("Ways parents can help:")
    assert not atomize.is_lead_in("Residents the council spoke to are unhappy:")
    assert not atomize.is_lead_in("Prices rose in these towns:")


WIRE = (
    "UPDATE 1-Ferry strike ends after two days; unions claim pay rise\n\n"
    "(Adds union statement in paragraph 5, updates number of cancelled sailings)\n\n"
    "By Ann Lee and Tom Roe\n\n"
    "The ferry strike ended on Wednesday after the operator agreed to raise pay by 6%.\n\n"
    "About 140 sailings were cancelled during the strike.\n\n"
    "(Reporting by Ann Lee in Portsmouth; Additional reporting by Tom Roe; "
    "Editing by Jo Marsh and Kim Wu)\n"
)


def test_a_wire_s_credit_line_and_version_note_are_left_out() -> None:
    doc = extracted(WIRE)
    said = [c.text for c in doc.claims]
    assert not any("Adds union statement" in c or "Reporting by" in c for c in said)
    assert (
        "chrome",
        "(Adds union statement in paragraph 5, updates number of cancelled sailings)",
    ) in left(doc)
    assert (
        "byline",
        "(Reporting by Ann Lee in Portsmouth; Additional reporting by Tom Roe; "
        "Editing by Jo Marsh and Kim Wu)",
    ) in left(doc)
    assert "About 140 sailings were cancelled during the strike." in said


def test_a_sentence_shaped_like_wire_furniture_is_still_a_claim() -> None:
    assert blocks.metadata("(Updates to the timetable are due in May.)") is None
    assert blocks.metadata("Reporting by the BBC showed that ministers lied.") is None
    assert blocks.metadata("Writing by Ann Lee, editing by Tom Roe") == "byline"
    assert blocks.metadata("(Refiles to fix typo in headline)") == "chrome"


def test_extract_leaves_out_the_wire_s_furniture_on_the_command_line(tmp_path: Path) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(WIRE, encoding="utf-8")
    out = tmp_path / "wire.yaml"
    result = CliRunner().invoke(app, ["extract", str(article), "-o", str(out), "--explain"])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.output.splitlines() if "\t" in line]
    reasons = {row[2][:20]: row[1] for row in rows if len(row) == 3}
    assert reasons["(Adds union statemen"] == "chrome"
    assert reasons["(Reporting by Ann Le"] == "byline"


def test_a_time_s_colon_opens_no_list_before_the_ing_phrases() -> None:
    at_time = claims(
        HEAD + "The storm reached the coast at 06:15 on Friday, closing roads, cutting "
        "power to farms and forcing schools to shut.\n"
    )
    at_dawn = claims(
        HEAD + "The storm reached the coast at dawn on Friday, closing roads, cutting "
        "power to farms and forcing schools to shut.\n"
    )
    assert "The storm cut power to farms and forced schools to shut." in at_time
    assert [c.replace("06:15", "dawn") for c in at_time] == at_dawn


def test_a_record_since_a_time_stays_with_its_clause() -> None:
    said = claims(
        HEAD + "The bakery opened on Monday, the first bakery in the village since the "
        "post office closed.\n\n"
        "The ferry left at noon and reached the island an hour later, the first sailing "
        "on the northern route since it was cut in 2001.\n"
    )
    assert (
        "The bakery opened on Monday, the first bakery in the village since the post "
        "office closed." in said
    )
    assert (
        "The ferry reached the island an hour later, the first sailing on the northern "
        "route since it was cut in 2001." in said
    )
    assert not any(c.startswith("The first") for c in said)
    # a clause about the record's noun has a verb of its own: cut as before
    said = claims(
        HEAD + "The town won the cup, the first team that won it in the county since 2010.\n"
    )
    assert "The town won the cup." in said
