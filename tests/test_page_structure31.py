"""Page structure (round 31), each on text written for these tests: a byline without
"By" and the places under it, a masthead or a section's label above the headline, a
labelled pull quote, an author's bio, a "Most viewed" footer, and orders to the reader."""

from __future__ import annotations

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source
from claimcheck.models import ClaimFile

HEADLINE = "Ferry operator cancels winter sailings after two engine failures"
STANDFIRST = "Islanders say the loss of the service will cut them off for weeks"
# the rest of a short article, long enough that the lines above it are the page's top
BODY = (
    "The operator said on Monday that it would run no sailings to the island between"
    " December and February while both of its vessels were repaired.\n\n"
    "The older of the two ships broke down in October, and the second failed a safety"
    " inspection last week.\n\n"
    "About 900 people live on the island, and most of its food arrives by sea.\n\n"
    "The harbour master said a cargo barge would call twice a week during the closure.\n\n"
    "Local councillors have asked the government to charter a replacement vessel.\n\n"
    "The operator said repairs would cost at least four million pounds.\n"
)


def run(text: str) -> ClaimFile:
    doc, _ = extract(Source(text, "text"), Meta())
    return doc


def left(doc: ClaimFile) -> list[tuple[str, str]]:
    return [(str(i.reason), i.passage.quote) for i in doc.left_out]


def test_two_names_without_by_under_the_standfirst_are_a_byline_and_name_no_section() -> None:
    doc = run(
        f"{HEADLINE}\n\n{STANDFIRST}\n\nOrla Brennan and Dev Sandhu\nOban and Glasgow\n"
        f"Updated 14.05 GMT, 3 March 2026\n\n{BODY}"
    )
    assert ("byline", "Orla Brennan and Dev Sandhu") in left(doc)
    assert ("dateline", "Oban and Glasgow") in left(doc)
    assert doc.article.author == "Orla Brennan"  # the first name, as of "By A and B"
    assert all(c.section is None for c in doc.claims)
    assert doc.claims[0].text == STANDFIRST + "."


def test_one_name_over_the_date_is_a_byline_and_its_bio_at_the_end_is_left_out() -> None:
    standfirst = "The last boat leaves on Friday. Nobody knows when the next one will come."
    bio = "Orla Brennan is a transport writer and a former ship's engineer."
    doc = run(
        f"{HEADLINE}\n\n{standfirst}\n\nOrla Brennan\nTue 3 Mar 2026 09.30 GMT\n\n{BODY}\n{bio}\n"
    )
    assert ("byline", "Orla Brennan") in left(doc)
    assert doc.article.author == "Orla Brennan"
    assert all(c.section is None for c in doc.claims)
    assert ("byline", bio) in left(doc)
    assert not any("transport writer" in c.text for c in doc.claims)
    # a one-line subheading, capitalised words, stays a section
    first, rest = BODY.split("About 900", 1)
    doc = run(f"{HEADLINE}\n\n{STANDFIRST}\n\n{first}Island Supplies\n\nAbout 900{rest}")
    sections = {c.section for c in doc.claims}
    assert "Island Supplies" in sections
    # right under the headline, capitalised words alone on their line: a section too
    doc = run(f"{HEADLINE}\n\nWinter Timetable\n\n{BODY}")
    assert {c.section for c in doc.claims} == {"Winter Timetable"}
    assert doc.article.author is None


def test_a_topics_line_at_the_foot_is_chrome() -> None:
    doc = run(f"{HEADLINE}\n\n{BODY}\nTopics: Ferries | Islands | Transport\n")
    assert ("chrome", "Topics: Ferries | Islands | Transport") in left(doc)


def test_a_masthead_or_a_section_label_above_the_headline_is_not_the_title() -> None:
    for top in ("Harbour Courier", "Travel | Outdoors", "Transport"):
        doc = run(f"{top}\n\n{HEADLINE}\n\n{STANDFIRST}\n\n{BODY}")
        assert doc.article.title == HEADLINE, top
        assert ("heading", top) in left(doc)
    # a headline of two short sentences under the section's label
    headline = "We paid for the new pier. Now we need the boats."
    doc = run(f"Opinion\n\n{headline}\n\n{BODY}")
    assert doc.article.title == headline.rstrip(".")
    # a title of two words over a subtitle that asks: the title stays
    doc = run(f"Ferry Timetables\n\nWhat changes for passengers this winter?\n\n{BODY}")
    assert doc.article.title == "Ferry Timetables"


def test_a_labelled_pull_quote_that_repeats_the_story_is_a_repeat() -> None:
    quote = '"We cannot leave the island without a lifeline," the councillor said.'
    pull = 'Pull quote: "We cannot leave the island without a lifeline."'
    first, rest = BODY.split("About 900", 1)
    doc = run(f"{HEADLINE}\n\n{first}{quote}\n\n{pull}\n\nAbout 900{rest}")
    assert ("repeat", pull) in left(doc)
    assert sum("lifeline" in c.text for c in doc.claims) == 1
    # a labelled quotation the story never says: kept, a reviewer deletes it in one key
    other = 'Pull quote: "The barge is no substitute for a ferry."'
    doc = run(f"{HEADLINE}\n\n{first}{other}\n\nAbout 900{rest}")
    assert any("substitute" in c.text for c in doc.claims)


def test_the_items_under_most_viewed_at_the_foot_are_chrome() -> None:
    for label in ("Most viewed", "Most read", "Popular"):
        doc = run(
            f"{HEADLINE}\n\n{BODY}\n{label}\n1. Why do trains run late in autumn?\n"
            "2. Ten quiet beaches in Cornwall\n"
        )
        assert not any("beaches" in c.text or "trains" in c.text for c in doc.claims), label
        assert not any(reason == "question" for reason, _ in left(doc)), label


def test_orders_to_the_reader_are_left_out_and_statements_stay() -> None:
    close = (
        "Next time the council consults on bus routes, go to the drop-in session. Say you"
        " would use the service. It will take an hour of your evening. Do it anyway.\n\n"
        '"Go to the meeting," the councillor told residents.\n\n'
        "Ask any driver and they will tell you the coast road floods every winter.\n"
    )
    doc = run(f"{HEADLINE}\n\n{BODY}\n{close}")
    readers = [quote for reason, quote in left(doc) if reason == "reader"]
    assert readers == [
        "Next time the council consults on bus routes, go to the drop-in session.",
        "Say you would use the service.",
        "Do it anyway.",
    ]
    texts = [c.text for c in doc.claims]
    assert "It will take an hour of your evening." in texts
    assert any("Go to the meeting" in t for t in texts)
    assert any("coast road floods" in t for t in texts)


def test_a_line_that_only_says_how_to_reach_someone_is_left_out_for_the_reader() -> None:
    close = (
        "Email news@harbour-courier.example.\n\nCall the helpline on 0800 555 0100.\n\n"
        "Follow the paper on @harbourcourier.\n\n"
        "Visit www.harbour-courier.example, which lists 40 sailings a week.\n\n"
        "Staff were told to email payroll@firm.example by Friday.\n"
    )
    doc = run(f"{HEADLINE}\n\n{BODY}\n{close}")
    readers = [quote for reason, quote in left(doc) if reason == "reader"]
    assert readers == [
        "Email news@harbour-courier.example.",
        "Call the helpline on 0800 555 0100.",
        "Follow the paper on @harbourcourier.",
    ]
    texts = " ".join(c.text for c in doc.claims)
    assert "lists 40 sailings a week" in texts  # more than an address: a claim
    assert "Staff were told to email payroll@firm.example by Friday." in texts
