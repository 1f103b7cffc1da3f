"""The page's own lines kept as claims: a correction notice worded "this article
originally said", an amendment note that says what it corrected with an infinitive, a
list of links to other pages under a heading of any wording, a byline that is a bare name
under the headline (and the bio that names it at the end), a kicker of two words, and a
police appeal "is asked to call". Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import read
from claimcheck.models import ClaimFile
from tests.extracting import extracted, left, texts


def page(tmp_path: Path, html: str) -> ClaimFile:
    (tmp_path / "page.html").write_text(html, "utf-8")
    doc, _ = extract(read(str(tmp_path / "page.html")), Meta())
    return doc


def reasons(doc: ClaimFile, reason: str) -> list[str]:
    return [passage for why, passage in left(doc) if why == reason]


# --- a correction notice: "this article originally said …", with a tag or without


@pytest.mark.parametrize(
    "said",
    [
        "This article originally said",
        "This story previously stated",
        "This report incorrectly reported",
        "This piece wrongly said",
        "This article mistakenly stated",
    ],
)
@pytest.mark.parametrize("tag", ["", "Correction: ", "Clarification: "])
@pytest.mark.parametrize("mark", ["", "_"])
def test_a_notice_of_what_the_page_originally_said_is_a_correction(
    said: str, tag: str, mark: str
) -> None:
    notice = f"{tag}{said} the ferry sailed at 9am."
    doc = extracted(
        f"The harbour reopened on Friday.\n\n{mark}{notice} It sails at 10am.{mark}\n",
        "markdown",
    )
    assert any(notice in p for p in reasons(doc, "correction"))
    assert texts(doc) == ["The harbour reopened on Friday.", "[The ferry] sails at 10am."]


def test_a_corrected_fact_in_the_present_after_a_past_of_reported_speech() -> None:
    doc = extracted(
        "Correction: This article originally said the depot owned 40 buses. It owns 32.\n"
    )
    assert texts(doc) == ["[The depot] owns 32."]


def test_the_wrong_fact_s_verb_must_still_be_the_corrected_one_s() -> None:
    doc = extracted(
        "Correction: This article originally said the depot closed in May. It opens in June.\n"
    )
    assert texts(doc) == ["It opens in June."]


@pytest.mark.parametrize(
    "notice",
    [
        "We have corrected this article.",
        "Correction: We have corrected the spelling of the coach's surname.",
        "Clarification: We have amended the headline.",
    ],
)
def test_we_have_corrected_is_a_correction(notice: str) -> None:
    doc = extracted(f"The coach left the club in June.\n\n{notice}\n")
    assert reasons(doc, "correction") == [notice]
    assert texts(doc) == ["The coach left the club in June."]


def test_we_have_corrected_the_error_said_by_someone_is_a_claim() -> None:
    doc = extracted("We have corrected the error in the timetable, the operator said.\n")
    assert not reasons(doc, "correction")
    assert doc.claims


def test_this_article_said_in_a_story_about_another_article_is_no_notice() -> None:
    # "this article" with no word of an earlier wrong version: the story's words
    doc = extracted("The blog post said the ferry sailed at 9am. It sailed at 10am.\n")
    assert not reasons(doc, "correction")


# --- an amendment note with what it corrected, whatever follows it


@pytest.mark.parametrize(
    "note",
    [
        "This article was amended on 3 March 2026 to correct the number of trees to be felled.",
        "This article was amended on 3 March 2026 to clarify the route of the new cycle path.",
        "This story was updated on 3 March 2026 to remove a reference to the mayor's son.",
        "This article was corrected on 3 March 2026 to add a response from the water company.",
    ],
)
@pytest.mark.parametrize("mark", ["", "*"])
def test_an_amendment_note_that_says_what_it_changed_is_a_correction(note: str, mark: str) -> None:
    doc = extracted(f"The council will fell 40 trees.\n\n{mark}{note}{mark}\n", "markdown")
    assert any(note in p for p in reasons(doc, "correction"))
    assert texts(doc) == ["The council will fell 40 trees."]


def test_an_amendment_note_with_a_finite_verb_says_more_and_stays() -> None:
    note = "This article was amended on 3 March 2026 to correct the date on which the pier shut."
    doc = extracted(f"The pier reopened on Monday.\n\n{note}\n")
    assert not reasons(doc, "correction")


def test_the_amendment_note_of_a_saved_page_is_left_out(tmp_path: Path) -> None:
    html = (
        "<html><body><article><h1>Trees to be felled</h1><p>The council will fell 40 trees "
        "on Wendle Road.</p><p><em>This article was amended on 3 March 2026 to correct the "
        "number of trees to be felled.</em></p></article></body></html>"
    )
    doc = page(tmp_path, html)
    assert texts(doc) == ["The council will fell 40 trees on Wendle Road."]
    assert len(reasons(doc, "correction")) == 1


# --- a list of links to other pages at the end, under a heading of any wording


@pytest.mark.parametrize(
    "heading",
    ["**More fact checks**", "**Related**", "**Read more**", "## Elsewhere on the site",
     "**More from the newsroom**", "**You may also like**"],
)  # fmt: skip
@pytest.mark.parametrize("bullet", ["- ", "* ", "1. "])
def test_links_under_a_heading_at_the_end_are_chrome(heading: str, bullet: str) -> None:
    doc = extracted(
        "The ferry carried 2,000 people last summer.\n\n"
        "The harbour board expects more this year.\n\n"
        f"{heading}\n{bullet}[Was the pier really sold for £1?](https://example.org/a)\n"
        f"{bullet}[The tide tables, explained](https://example.org/b)\n",
        "markdown",
    )
    assert texts(doc) == [
        "The ferry carried 2,000 people last summer.",
        "The harbour board expects more this year.",
    ]
    assert any("The tide tables" in p for p in reasons(doc, "chrome"))


def test_links_in_the_story_with_statements_after_them_stay() -> None:
    doc = extracted(
        "The ferry carried 2,000 people last summer.\n\n"
        "**Sources**\n- [Harbour board annual report](https://example.org/a)\n\n"
        "The board expects more this year.\n",
        "markdown",
    )
    assert "The board expects more this year." in texts(doc)


def test_more_fact_checks_over_headlines_at_the_end_is_a_footer() -> None:
    story = " ".join(f"The ferry made {n} crossings in week {n}." for n in range(10, 22))
    doc = extracted(
        f"{story}\n\nMore fact checks\n\nNo, the pier was not sold for £1.\n\n"
        "Yes, the tide tables changed in 2025.\n"
    )
    assert not [t for t in texts(doc) if "pier" in t or "tide" in t]
    assert any(p.startswith("More fact checks") for p in reasons(doc, "chrome"))


# --- a bare name under the headline is the byline; the bio that names it at the end


COLUMN = (
    "COMMENT\n\nOur buses deserve better\n\nMarta Kowalczyk\n\n"
    "The number 12 bus runs every 40 minutes.\n\n"
    "Passengers wait in the rain at stops without shelters.\n\n"
    "Marta Kowalczyk is a retired nurse and a member of the Eastfield Bus Users Group.\n"
)


@pytest.mark.parametrize("after", ["", "\nTell us what you think: letters@example.org\n"])
def test_a_bare_name_under_the_headline_is_the_byline_and_the_bio_is_left_out(
    after: str,
) -> None:
    doc = extracted(COLUMN + after)
    assert reasons(doc, "byline") == [
        "Marta Kowalczyk",
        "Marta Kowalczyk is a retired nurse and a member of the Eastfield Bus Users Group.",
    ]
    assert texts(doc) == [
        "The number 12 bus runs every 40 minutes.",
        "Passengers wait in the rain at stops without shelters.",
    ]
    assert all(not c.section for c in doc.claims)


def test_a_name_under_the_headline_that_the_story_is_about_is_a_section() -> None:
    doc = extracted(
        "Three runners to watch\n\nMarta Kowalczyk\n\n"
        "Kowalczyk won the county ten-mile race in 2025.\n\n"
        "She trains on the canal path every morning.\n"
    )
    assert not reasons(doc, "byline")
    assert doc.claims[0].section == "Marta Kowalczyk"


# --- a kicker of a few words above a headline the page names


def test_a_kicker_of_two_words_is_no_section(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Ferry fares to rise in May</title></head><body><article>"
        "<p>Island transport</p><h1>Ferry fares to rise in May</h1>"
        "<p>Ferry fares will rise by 8% in May, the operator said.</p>"
        "<p>A return ticket will cost £14.</p></article></body></html>"
    )
    doc = page(tmp_path, html)
    assert doc.claims and all(c.section != "Island transport" for c in doc.claims)


# --- a police appeal: whoever is asked to call


@pytest.mark.parametrize(
    "appeal",
    [
        "Anyone who saw the crash, or has camera footage from Mill Lane between 5.45pm and "
        "6pm on Sunday, is asked to call 101 quoting log 233.",
        "Witnesses are urged to contact the force.",
        "Anyone with information is being asked to come forward.",
    ],
)
def test_a_police_appeal_is_the_reader_s(appeal: str) -> None:
    doc = extracted(f"A cyclist was hurt in a crash on Mill Lane on Sunday.\n\n{appeal}\n")
    assert reasons(doc, "reader") == [appeal]
    assert texts(doc) == ["A cyclist was hurt in a crash on Mill Lane on Sunday."]
