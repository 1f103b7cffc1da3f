"""Four lines extraction left out, or kept, for the wrong reason: an obituary's life dates
read as a photo caption, a correction of "an earlier post" kept as a claim, a headline
that quotes its speaker at length kept as a claim, and a verbless title over a list left
out as a fragment. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extracting import extracted, left, texts

# --- an obituary's life dates are its facts, never a caption


@pytest.mark.parametrize(
    ("line", "born", "died"),
    [
        (
            "Peter Vance, potter, born 2 June 1938; died 14 October 2026",
            "Peter Vance was born 2 June 1938.",
            "Peter Vance died 14 October 2026.",
        ),
        (
            "Peter Vance, potter and teacher, born 2 June 1938 in Stoke; died 14 October 2026",
            "Peter Vance was born 2 June 1938 in Stoke.",
            "Peter Vance died 14 October 2026.",
        ),
        (
            "Peter Vance, born June 2, 1938, died October 14, 2026.",
            "Peter Vance was born June 2, 1938.",
            "Peter Vance died October 14, 2026.",
        ),
    ],
)
@pytest.mark.parametrize("after", ["", "His pots are in the county museum.\n"])
def test_an_obituary_s_life_dates_are_claims_not_a_caption(
    line: str, born: str, died: str, after: str
) -> None:
    doc = extracted(f"Peter Vance, the potter, has died at 88.\n\n{line}\n\n{after}")
    assert born in texts(doc) and died in texts(doc)
    assert not [item for item in left(doc) if "born" in item[1]]
    (claim,) = [c for c in doc.claims if c.text == born]
    assert claim.passage.quote.startswith("Peter Vance, ")  # the name, then what he was


def test_a_caption_that_ends_in_a_date_is_still_a_caption() -> None:
    doc = extracted(
        "Flood at the depot\n\nThe depot flooded on Sunday.\n\n"
        "Peter Vance walks past the flooded depot in Stoke, 14 October 2026\n\n"
        "The council said it would pay for the repairs.\n"
    )
    assert ("caption", "Peter Vance walks past the flooded depot in Stoke, 14 October 2026") in (
        left(doc)
    )


# --- a correction of "an earlier post" is a correction notice


@pytest.mark.parametrize("page", ["post", "article", "update", "blog post"])
def test_a_correction_of_an_earlier_post_is_left_out(page: str) -> None:
    notice = f"Correction: an earlier {page} said the winning dog was Bramble Star."
    doc = extracted(f"{notice} Its name is Bramble Storm.\n")
    assert left(doc) == [("correction", notice)]
    assert texts(doc) == ["[The winning dog's] name is Bramble Storm."]


def test_a_corrected_name_names_the_subject_of_the_wrong_one() -> None:
    doc = extracted(
        "Correction: a previous version of this story said the new head teacher was "
        "Amir Dunn. Her name is Amira Dunn.\n"
    )
    assert texts(doc) == ["[The new head teacher's] name is Amira Dunn."]


def test_an_earlier_report_without_a_correction_tag_is_news() -> None:
    # an inspector's or a council's report, not the page's own earlier words
    doc = extracted("An earlier report said the bridge was unsafe. The council shut it in 2019.\n")
    assert "An earlier report said the bridge was unsafe." in texts(doc)
    assert not [reason for reason, _ in left(doc) if reason == "correction"]


def test_his_name_without_a_wrong_name_before_it_is_left_as_it_is() -> None:
    doc = extracted(
        "Correction: an earlier post said the ferry sailed at 9am. It sailed at 10am.\n\n"
        "A man was rescued from the river. His name is Sam Orr.\n"
    )
    assert "His name is Sam Orr." in texts(doc)


# --- a headline that quotes its speaker is the title, however long


def test_a_long_headline_that_quotes_its_speaker_is_the_title() -> None:
    headline = (
        "\u201cWe had to start again from nothing after the fire\u201d: Kelby baker Rosa "
        "Mendel on the long road to reopening her family's shop"
    )
    doc = extracted(f"{headline}\n\nRosa Mendel reopened the shop on Market Street in May.\n")
    assert left(doc) == [("heading", headline)]
    assert texts(doc) == ["Rosa Mendel reopened the shop on Market Street in May."]


def test_a_long_line_with_a_quotation_and_two_sentences_is_no_headline() -> None:
    line = (
        "\u201cWe had to start again from nothing after the fire\u201d: that is how Rosa "
        "Mendel puts it. She reopened the shop on Market Street in May this year"
    )
    doc = extracted(f"Bakery reopens\n\n{line}\n\nThe shop employs six people.\n")
    assert ("heading", line) not in left(doc)


# --- a verbless title over a list is its lead-in


@pytest.mark.parametrize(
    "title", ["Main findings of the survey:", "The three biggest complaints of tenants:"]
)
def test_a_verbless_title_over_a_list_is_a_lead_in(title: str) -> None:
    doc = extracted(
        "A survey of 900 tenants was published on Monday.\n\n"
        f"{title}\n\n"
        "- Rents rose faster than wages in every district.\n"
        "- One tenant in five had moved in the past year.\n\n"
        "The council will discuss the survey in March.\n"
    )
    assert left(doc) == [("lead-in", title)]
    assert texts(doc)[1:3] == [
        "Rents rose faster than wages in every district.",
        "One tenant in five had moved in the past year.",
    ]
