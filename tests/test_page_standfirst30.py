"""Statements that were left out (round 30), each on text written for these tests: a
standfirst read as a photo's caption, and a labelled list of names read as a fragment."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, blocks, extract
from claimcheck.extract.ingest import Source

# the rest of a short article, long enough that the lines above it are the page's top
BODY = (
    "The shop on Church Street reopened on Saturday under the ownership of a community"
    " trust. It had been closed since March, when its owners retired.\n\n"
    "The trust has 212 members, each of whom paid at least fifty pounds towards the"
    " purchase.\n\n"
    "Volunteers will staff the counter on weekday mornings, and two paid assistants have"
    " been hired for the afternoons and weekends.\n\n"
    "The parish council gave a grant of five thousand pounds towards new fridges.\n\n"
    "The nearest other shop is four miles away, and the bus runs only twice a day.\n"
)
HEADLINE = "Village shop saved by residents after a year of fundraising\n\n"
STANDFIRST = "Locals raised more than forty thousand pounds to buy the store from its owners"


def run(text: str) -> tuple[list[tuple[str, str]], list[str], str | None]:
    doc, _ = extract(Source(text, "text"), Meta())
    left = [(str(i.reason), i.passage.quote) for i in doc.left_out]
    return left, [c.text for c in doc.claims], doc.article.author


def test_a_standfirst_under_the_headline_then_a_name_is_a_claim_and_a_byline() -> None:
    # a sentence, then only a name, had been taken for a photo's caption and its credit
    left, claims, author = run(f"{HEADLINE}{STANDFIRST}\n\nMegan Holt\n\n{BODY}")
    assert claims[0] == STANDFIRST + "."
    assert ("byline", "Megan Holt") in left
    assert not any(reason == "caption" for reason, _ in left)
    assert author == "Megan Holt"


def test_a_name_over_a_job_title_in_lower_case_is_a_byline() -> None:
    # "Wine correspondent" as well as "Wine Correspondent" says who wrote the article
    left, claims, author = run(
        f"{HEADLINE}{STANDFIRST}\n\nMegan Holt\nRural affairs correspondent\n\n{BODY}"
    )
    assert claims[0] == STANDFIRST + "."
    assert ("byline", "Megan Holt") in left
    assert ("byline", "Rural affairs correspondent") in left
    assert author == "Megan Holt"


def test_a_caption_and_its_credit_keep_their_evidence() -> None:
    # above the headline, a sentence and a name are still a photo's caption and credit
    left, claims, _ = run(f"Shoppers queue at the counter.\n\nJo Marsh\n\n{HEADLINE}{BODY}")
    assert ("caption", "Shoppers queue at the counter.") in left
    assert ("credit", "Jo Marsh") in left
    assert not any("queue" in c for c in claims)
    # under the headline, a line with no verb over a name is still a caption
    caption = "Volunteers at the new counter on its first morning."
    left, claims, _ = run(f"{HEADLINE}{caption}\n\nJo Marsh\n\n{BODY}")
    assert ("caption", caption) in left
    assert ("credit", "Jo Marsh") in left
    assert not any("first morning" in c for c in claims)


# ---------------- "Replacements: A, B, C": who a label names, checkable as a team line


def test_a_labelled_list_of_names_is_a_claim() -> None:
    text = (
        "Harton pick unchanged side for cup final\n\n"
        "The manager named his team for the final against Millbrook on Friday.\n\n"
        "Substitutes: Ian Moss, Rob Clay, Kyle Dunn and Tim Ward.\n\n"
        "The match kicks off at three o'clock on Saturday at the Riverside ground.\n"
    )
    left, claims, _ = run(text)
    assert "Substitutes: Ian Moss, Rob Clay, Kyle Dunn and Tim Ward." in claims
    assert not any(reason == "fragment" for reason, _ in left)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Replacements: Ian Moss, Rob Clay, Kyle Dunn, Tim Ward.", True),
        ("Shortlist: Ana de Souza, Tom Roe (holder) and Li Wei.", True),
        ("Substitutes: Ian Moss, Rob Clay.", False),  # two names: too few to tell
        ("Tags: Ian Moss, Rob Clay, Kyle Dunn", False),  # a page's tags
        ("Additional reporting: Ian Moss, Rob Clay, Kyle Dunn", False),  # credits
        ("Ingredients: flour, sugar, butter and eggs.", False),  # no names
        ("Venues: Leeds, York, Hull and Bath.", False),  # one word each: places as likely
    ],
)
def test_what_a_labelled_list_of_names_is(line: str, names: bool) -> None:
    assert blocks.lists_names(line) is names
