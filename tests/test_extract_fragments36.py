"""Fragments and junk in extracted claims: a gapped list of figures after one verb, a
participle after a list of places, a reduced relative ("believed to be …") after a list,
a term of a definition list, a label's number before its verb ("Gate 7 closed"), and a
terminal's escape sequences in the article's text. Every sentence here is written for
the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source, read
from claimcheck.models import ClaimFile


def extracted(text: str) -> ClaimFile:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return doc


def claims(text: str) -> list[str]:
    return [c.text for c in extracted(text).claims]


def from_file(path: Path) -> ClaimFile:
    doc, _ = extract(read(str(path)), Meta())
    return doc


# 1. a gapped list of figures: one verb, one subject, each figure with the same preposition.
# It stays one claim: split, each later item is a figure with no verb ("4% in February and
# 2% in May."), and a subject rebuilt for it can lose what governs the whole list.
@pytest.mark.parametrize(
    "text",
    [
        # "May" at the end is the month, never the modal that made the rest a clause
        "Rents rose 6% in January, 4% in February and 2% in May.",
        "Turnout reached 71% in Derby, 64% in Leicester and 58% in Nottingham.",
        # a relative clause inside the last item has its own verb; the item has none
        "Crime fell 8% in Kent, 5% in Essex and 3% in towns where patrols increased.",
        "Fares went up 4% on buses, 6% on trams and 2% on ferries.",
    ],
)
def test_a_gapped_list_of_figures_stays_one_claim(text: str) -> None:
    assert claims(text) == [text]


def test_a_figure_with_its_own_verb_after_the_comma_is_still_a_clause() -> None:
    got = claims("The firm cut 200 jobs in Leeds, and 150 staff in York were moved.")
    assert got == ["The firm cut 200 jobs in Leeds.", "150 staff in York were moved."]


def test_two_figures_joined_by_and_are_still_two_full_claims() -> None:
    assert claims("Output fell 3% in April and 1% in May.") == [
        "Output fell 3% in April.",
        "Output fell 1% in May.",
    ]


# 2. a participle after a clause that opens with a date and no comma, whose object is a
# list of places: the participle's claim takes the clause's subject, not the date
def test_a_participle_after_a_dated_clause_borrows_its_subject() -> None:
    got = claims("In 2021 the trust moved into the old library and a former bank, saving £60,000.")
    assert got == [
        "In 2021 the trust moved into the old library and a former bank.",
        "The trust saved £60,000.",
    ]


def test_a_participle_after_a_place_named_opening_borrows_its_subject() -> None:
    got = claims("On Friday the volunteers cleared the beach and the harbour, filling 90 bags.")
    assert got[-1] == "The volunteers filled 90 bags."


# 3. a reduced relative with "believed/thought … to" after a list: what it is said of is
# unsure (the list or its last item), so its claim keeps the clause it hangs on
@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "The gallery sold two prints, a bronze and a vase, believed to be worth about £90,000.",
            "The gallery sold two prints, a bronze and a vase.",
        ),
        (
            "Officers found a van and a trailer, thought to be stolen.",
            "Officers found a van and a trailer.",
        ),
    ],
)
def test_a_reported_value_after_a_list_is_no_fragment(text: str, clause: str) -> None:
    assert claims(text) == [clause, text]


def test_a_reported_value_after_one_noun_still_takes_the_noun() -> None:
    assert claims("The museum sold a painting, believed to be worth £2m.") == [
        "The museum sold a painting.",
        "A painting was believed to be worth £2m.",
    ]


# 4. an HTML definition list: the term opens its description, never a claim of its own;
# a label of a few words with no verb before a colon stays with the statement after it
_DEFINITIONS = """<html><head><title>What the new timetable changes</title></head><body>
<article><h1>What the new timetable changes</h1>
<p>The rail operator published its new timetable for the region on Thursday morning.</p>
<dl>
<dt>Evening trains</dt>
<dd>The last train from the city will leave at 23:40, half an hour later than now.</dd>
<dt>Sunday services</dt><dt>Public holidays</dt>
<dd><p>Trains will run every 30 minutes on the main line.</p></dd>
<dt>Footnote</dt>
</dl>
<p>The changes take effect from the second week of December, the operator said.</p>
</article></body></html>
"""


def test_a_definition_term_joins_its_description(tmp_path: Path) -> None:
    page = tmp_path / "timetable.html"
    page.write_text(_DEFINITIONS, encoding="utf-8")
    doc = from_file(page)
    texts = [c.text for c in doc.claims]
    assert (
        "Evening trains: The last train from the city will leave at 23:40, half an hour later"
        " than now." in texts
    )
    assert (
        "Sunday services, Public holidays: Trains will run every 30 minutes on the main line."
        in texts
    )
    for term in ("Evening trains", "Sunday services", "Public holidays", "Footnote"):
        assert not any(t.rstrip(".") == term for t in texts)
    # a term with no description is left out with its reason, never a claim
    text = doc.article.text or ""
    assert [i.reason for i in doc.left_out if text[i.passage.start : i.passage.end] == "Footnote"]


# 5. a number after a noun that labels it ("Gate 7", "number 2") counts nothing: the
# word after it is the verb, and the sentence a claim, not a fragment
@pytest.mark.parametrize(
    "text",
    [
        "The depot number 2 closed 3 bays on Monday.",
        "Gate 7 closed at noon.",
        "Terminal 3 handles most long-haul flights.",
        "Ward 12 treats 30 children a day.",
    ],
)
def test_a_label_number_before_the_verb_leaves_a_claim(text: str) -> None:
    doc = extracted(text)
    assert [c.text for c in doc.claims] == [text]
    assert all(i.reason != "fragment" for i in doc.left_out)


# 6. a terminal's escape sequences in the article are taken out whole, wherever the text is
# read: text, Markdown and HTML (raw, or written as character references)
_ESCAPED_TEXT = (
    "Harbour news\n\n"
    "The harbour master opened \x1b[1mthe new slipway\x1b[0m on Saturday.\x1b[2J\n\n"
    "The slipway cost \x1b]8;;https://example.org/cost\x07£2m\x1b]8;;\x07 to build.\n\n"
    "Boats had waited \x1b]0;a title\x1b\\ six years for it.\n"
)
_WANTED = [
    "The harbour master opened the new slipway on Saturday.",
    "The slipway cost £2m to build.",
    "Boats had waited six years for it.",
]
_LEFT_OVER = ("\x1b", "\x07", "[2J", "[1m", "]8;;", "]0;", "https://example.org")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_escape_sequences_leave_no_tail_in_text_or_markdown(tmp_path: Path, suffix: str) -> None:
    article = tmp_path / f"harbour{suffix}"
    article.write_text(_ESCAPED_TEXT, encoding="utf-8")
    doc = from_file(article)
    assert [c.text for c in doc.claims] == _WANTED
    assert not any(bit in (doc.article.text or "") for bit in _LEFT_OVER)


@pytest.mark.parametrize(
    ("esc", "bel"),
    [("\x1b", "\x07"), ("&#27;", "&#7;"), ("&#x1b;", "&#x07;")],
)
def test_escape_sequences_leave_no_tail_in_html(tmp_path: Path, esc: str, bel: str) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(
        "<html><head><title>Slipway opens</title></head><body><article>"
        "<h1>Slipway opens</h1>"
        f'<p class="byline">By Ruth {esc}[31mOkafor{esc}[0m</p>'
        f"<p>The harbour master opened {esc}[1mthe new slipway{esc}[0m on Saturday.{esc}[2J</p>"
        f"<p>The slipway cost {esc}]8;;https://example.org/cost{bel}£2m{esc}]8;;{bel} to build"
        " after years of delay, the harbour board said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    doc = from_file(page)
    shown = [doc.article.text or "", doc.article.author or ""] + [c.text for c in doc.claims]
    assert not any(bit in part for part in shown for bit in _LEFT_OVER)
    assert "The harbour master opened the new slipway on Saturday." in [c.text for c in doc.claims]
    assert doc.article.author in (None, "Ruth Okafor")


@pytest.mark.parametrize(
    "text",
    [
        "Weekend engineering works and late trains: Buses will replace trains after 22:00.",
        "Car parks, bus lanes: Charges will rise by 10p from June.",
    ],
)
def test_a_verbless_label_before_a_colon_is_no_claim(text: str) -> None:
    assert claims(text) == [text]


def test_a_clause_before_a_colon_is_still_its_own_claim() -> None:
    assert claims("Prices rose sharply: Rents went up by a tenth.") == [
        "Prices rose sharply.",
        "Rents went up by a tenth.",
    ]


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("closed \x1b[0;1;31mon\x1b[m Monday", "closed on Monday"),  # CSI with parameters
        ("the \x1b]8;;https://x.example/a\x1b\\fund\x1b]8;;\x1b\\ grew", "the fund grew"),  # ST
        ("a lone \x1b in text", "a lone  in text"),  # a stray ESC: the space after it kept
        # an OSC never ended: its parameters, up to the next space, go with it
        ("an \x1b]8;;https://x.example/b link text", "an  link text"),
        ("charset \x1b(Bswitch", "charset switch"),
    ],
)
def test_escape_sequences_are_taken_out_whole(raw: str, kept: str) -> None:
    from claimcheck.extract.ingest import escapes_dropped

    assert escapes_dropped(raw) == kept
