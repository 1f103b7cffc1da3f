"""Issue 12 (user 23): the items of a list under a lead-in are its facts, whatever their
shape; a lead-in is left out, never kept as a claim or cut into a broken one; a Markdown
blockquote's ">" is typography, and a quote that repeats the body is a repeat; a job
title, a colon and a name is a byline. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, atomize, blocks, extract
from claimcheck.extract.ingest import Source
from claimcheck.models import ClaimFile
from tests.extracting import left


def extracted(text: str, kind: str = "markdown") -> ClaimFile:
    doc, _ = extract(Source(text + "\n", kind), Meta(title="T"))
    return doc


def claims(text: str, kind: str = "markdown") -> list[str]:
    return [c.text for c in extracted(text, kind).claims]


@pytest.mark.parametrize("kind", ["markdown", "text"])
def test_verbless_items_with_a_date_under_a_lead_in_are_claims_not_captions(kind: str) -> None:
    # each item is six words and ends in a date: the shape of a photo caption ("A man walks
    # past the bank, 3 May 2023"), but under a lead-in it is a fact of the list
    doc = extracted(
        "The withdrawal covers seed packets with the following lot numbers and dates:\n\n"
        "- lot TX4410, sell by 12 March 2028\n"
        "- lot TX4415, sell by 9 April 2028\n",
        kind,
    )
    lead = "The withdrawal covers seed packets with the following lot numbers and dates"
    assert [c.text for c in doc.claims] == [
        f"{lead}: lot TX4410, sell by 12 March 2028.",
        f"{lead}: lot TX4415, sell by 9 April 2028.",
    ]
    assert [reason for reason, _ in left(doc)] == ["lead-in"]
    # with no lead-in over it, a caption in a list is still a caption
    doc = extracted(
        "## Pictures\n\n- A man walks past the flooded bank in Leeds, 3 May 2023\n\n"
        "The river rose by two metres overnight.\n",
        kind,
    )
    assert ("caption", "A man walks past the flooded bank in Leeds, 3 May 2023") in left(doc)
    assert [c.text for c in doc.claims] == ["The river rose by two metres overnight."]


def test_an_item_under_a_lead_in_that_is_only_a_date_is_a_claim_not_a_dateline() -> None:
    doc = extracted(
        "The ferry will not sail on these days:\n\n- Tuesday 4 May 2027\n- 9 May 2027\n"
    )
    # (the lead-in states something of its own, so it stays a claim too, as before)
    assert [c.text for c in doc.claims] == [
        "The ferry will not sail on these days.",
        "The ferry will not sail on these days: Tuesday 4 May 2027.",
        "The ferry will not sail on these days: 9 May 2027.",
    ]


def test_the_field_after_a_comma_in_an_item_is_no_appositive() -> None:
    # "lot TX4410, sell by 12 March 2028" made "TX4410 is sell by 12 March 2028."
    texts = claims(
        "The recall covers the following lots:\n\n- lot TX4410, sell by 12 March 2028\n"
        "- lot TX4415, best before 9 April 2028\n"
    )
    assert not any(t.startswith(("TX4410 is", "TX4415 is")) for t in texts), texts
    assert len(texts) == 2
    # a noun phrase with its article after a name is an appositive still
    texts = claims("The panel will hear from:\n\n- Ann Kerr, the harbour master\n- Tom Ray\n")
    assert "Ann Kerr is the harbour master." in texts


@pytest.mark.parametrize(
    ("lead", "joined"),
    [
        ("The trust published the following totals:", "The trust published the following totals"),
        ("The trust published the following totals.", "The trust published the following totals"),
        ("The totals were as follows.", "The totals were as follows"),
        ("Where the grant goes (2026/27, gross):", "Where the grant goes (2026/27, gross)"),
        ("How the grant is split:", "How the grant is split"),
    ],
)
def test_a_lead_in_before_a_list_is_left_out_and_its_items_carry_it(lead: str, joined: str) -> None:
    doc = extracted(f"{lead}\n\n- housing: £4.2m\n- parks: £1.1m\n")
    assert [c.text for c in doc.claims] == [
        f"{joined}: housing: £4.2m.",
        f"{joined}: parks: £1.1m.",
    ]
    assert left(doc) == [("lead-in", lead)]
    # a colon inside bold marks or a quotation does not end the line: its items stand alone
    for closed in ("**The totals for the year were:**", 'She said: "The plan is:"'):
        texts = claims(f"{closed}\n\n- housing: £4.2m\n- parks: £1.1m\n")
        assert texts[-2:] == ["Housing: £4.2m.", "Parks: £1.1m."], texts


@pytest.mark.parametrize("word", ["to", "that", "for"])
def test_a_lead_in_that_stops_at_a_word_no_clause_ends_with_is_finished_by_its_items(
    word: str,
) -> None:
    items = {
        "to": ["throw it away", "ask the shop for a refund"],
        "that": ["the pump had failed twice", "no alarm was fitted"],
        "for": ["the cost of the repair", "two days of lost trade"],
    }[word]
    lead = f"The insurer told the owners {word}:" if word != "for" else "The firm will pay for:"
    doc = extracted(lead + "\n\n" + "".join(f"- {item}\n" for item in items))
    texts = [c.text for c in doc.claims]
    assert texts == [f"{lead} {item}." for item in items]
    assert not any(t.endswith(f" {word}.") for t in texts)
    assert left(doc) == [("lead-in", lead)]
    # a line that states something before its colon is no lead-in
    assert not atomize.is_lead_in("The group has stated that it has two goals:")
    assert not atomize.is_lead_in("Where it flooded, residents were moved to the school:")


@pytest.mark.parametrize(
    ("lead_in", "item", "completes"),
    [
        ("The insurer told the owners to", "Throw it away.", True),
        ("The audit found that", "Staff were never trained.", True),
    ],
)
def test_an_item_completes_a_lead_in_that_stops_at_an_open_word(
    lead_in: str, item: str, completes: bool
) -> None:
    assert atomize.completes_lead_in(lead_in, item) is completes


def test_a_markdown_pull_quote_that_repeats_the_body_is_a_repeat() -> None:
    doc = extracted(
        "The engineer said the bridge would reopen in May. "
        '"We have replaced every bearing on the north span."\n\n'
        '> "We have replaced every bearing on the north span."\n\n'
        "The bridge carries 9,000 vehicles a day.\n"
    )
    texts = [c.text for c in doc.claims]
    assert not any(">" in t for t in texts), texts
    assert sum("every bearing" in t for t in texts) == 1
    assert ("repeat", '"We have replaced every bearing on the north span."') in left(doc)


def test_a_markdown_quote_over_several_lines_has_no_mark_in_its_claim() -> None:
    texts = claims(
        "The operator cut the early crossing.\n\n"
        '> "We looked at every option, and none of them kept the route\n'
        '> open without a subsidy."\n\n'
        "The island has 1,200 residents.\n"
    )
    assert not any(">" in t for t in texts), texts
    assert any("kept the route open without a subsidy" in t for t in texts), texts


def test_a_quote_mark_opens_a_block_of_its_own() -> None:
    text = 'The plan was approved.\n> "It is a good day."\nThe vote was 12 to 3.\n'
    found = blocks.split(text, markdown=True)
    assert [text[b.start : b.end] for b in found] == [
        "The plan was approved.",
        '"It is a good day."',
        "The vote was 12 to 3.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Local Democracy Reporter: Tomas Greaves",
        "Health Editor: Ann Kerr",
        "*Senior Reporter: Li Wei*",
    ],
)
def test_a_job_title_a_colon_and_a_name_is_a_byline(line: str) -> None:
    doc = extracted(f"{line}\n\nThe bridge carries 9,000 vehicles a day.\n", "text")
    assert [c.text for c in doc.claims] == ["The bridge carries 9,000 vehicles a day."]
    assert [c.section for c in doc.claims] == [None]
    assert ("byline", line) in left(doc)
    assert doc.article.author == line.strip("*").split(": ")[1]
    # a title word before a colon, then a statement: no byline
    assert blocks.byline_author("Reporter: Do you agree with the ruling?") is None
    assert blocks.byline_author("Editor: The paper stands by its story.") is None
