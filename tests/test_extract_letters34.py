"""A letters page (user 34): readers' letters, each under its own headline and closed by
its writer's signature on a line of its own. The letters are their writers' words, not the
paper's; a signature heads no section; a headline is a heading; the page's notes are
chrome; a short first-person sentence with a verb is a statement. Sentences written for
these tests."""

import pytest

from claimcheck.extract import Meta, atomize, extract
from claimcheck.extract.ingest import Source

PAGE = (
    "Readers' letters\n\n"
    "Letters may be shortened for space. {note}\n\n"
    "The ferry timetable needs a rethink{stop}\n\n"
    "Since March the last ferry from Kelby leaves at 6.10pm. I work in the town until six."
    " The operator says the later sailing had too few passengers. I very much doubt it.\n\n"
    "My neighbours now drive forty minutes round the bay instead.\n\n"
    "Rosa Tindall, Kelby\n\n"
    "Allotments: the waiting list is too long\n\n"
    "We have 120 names on our waiting list. Some people have waited six years.\n\n"
    "Dr Owen Ashby, Secretary, Kelby Allotment Society\n\n"
    "Editor's note: the council has agreed to meet the society in January.\n\n"
    "The new speed bumps on Quarry Road are ruining cars\n\n"
    "The bumps went in last month. My car has already needed two new tyres.\n\n"
    "Bryn Howells, by email\n\n"
    "A council spokesperson said the bumps meet national guidance.\n"
)


def _page(note: str = "We do not publish anonymous letters.", stop: str = "") -> str:
    return PAGE.format(note=note, stop=stop)


@pytest.mark.parametrize("stop", ["", "."])
def test_each_letter_is_its_writers_under_its_headline_and_its_signature_heads_nothing(
    stop: str,
) -> None:
    text = _page(stop=stop)
    doc, _ = extract(Source(text, "text"), Meta())
    ferry, allotments, bumps = (
        "The ferry timetable needs a rethink",
        "Allotments: the waiting list is too long",
        "The new speed bumps on Quarry Road are ruining cars",
    )
    assert [(c.text, c.section) for c in doc.claims] == [
        ("[Rosa Tindall] said: “Since March the last ferry from Kelby leaves at 6.10pm.”", ferry),
        ("[Rosa Tindall] said: “I work in the town until six.”", ferry),
        ("[Rosa Tindall] said: “The operator says the later sailing had too few passengers.”", ferry),
        ("[Rosa Tindall] said: “I very much doubt it.”", ferry),
        ("[Rosa Tindall] said: “My neighbours now drive forty minutes round the bay instead.”", ferry),
        ("[Dr Owen Ashby] said: “We have 120 names on our waiting list.”", allotments),
        ("[Dr Owen Ashby] said: “Some people have waited six years.”", allotments),
        # the editor's note under a letter is the paper's, in that letter's section
        ("Editor's note: the council has agreed to meet the society in January.", allotments),
        ("[Bryn Howells] said: “The bumps went in last month.”", bumps),
        ("[Bryn Howells] said: “My car has already needed two new tyres.”", bumps),
        # the council's reply keeps its own speaker
        ("A council spokesperson said the bumps meet national guidance.", bumps),
    ]  # fmt: skip
    assert [c.id for c in doc.claims] == [f"c{n:03d}" for n in range(1, 12)]
    for claim in doc.claims:
        assert claim.passage.quote == text[claim.passage.start : claim.passage.end]
        if claim.text.startswith("[Rosa Tindall]"):
            assert claim.hint is not None and claim.hint.attributed_to == "Rosa Tindall"
    left = {(i.passage.quote, i.reason) for i in doc.left_out}
    assert {
        ("Rosa Tindall, Kelby", "attribution"),
        ("Dr Owen Ashby, Secretary, Kelby Allotment Society", "attribution"),
        ("Bryn Howells, by email", "attribution"),
        (f"The ferry timetable needs a rethink{stop}", "heading"),
        ("Allotments: the waiting list is too long", "heading"),
        ("We do not publish anonymous letters.", "chrome"),
    } <= left


@pytest.mark.parametrize(
    "note",
    [
        "We do not publish anonymous letters.",
        "We cannot print unsigned letters.",
        "Anonymous letters will not be published.",
        "The editor does not accept anonymous contributions.",
    ],
)
def test_a_letters_pages_note_on_anonymous_letters_is_chrome(note: str) -> None:
    doc, _ = extract(Source(_page(note=note), "text"), Meta())
    assert (note, "chrome") in {(i.passage.quote, i.reason) for i in doc.left_out}
    assert not any(note.rstrip(".") in c.text for c in doc.claims)


@pytest.mark.parametrize(
    "sentence",
    ["I very much doubt it.", "We very much hope so.", "We very much doubt that."],
)
def test_a_short_first_person_sentence_after_very_much_is_a_statement(sentence: str) -> None:
    assert atomize.has_verb(sentence)
    # "very much" before a noun is still no verb
    assert not atomize.has_verb("Not very much time.")
    assert not atomize.has_verb("With very much care.")
    text = f"The operator says the later sailing will return next year. {sentence}\n"
    doc, _ = extract(Source(text, "text"), Meta())
    assert [c.text for c in doc.claims][-1] == sentence
    assert not any(i.reason == "fragment" for i in doc.left_out)


NEWS = (
    "Quarry Road gets speed bumps\n\n"
    "Residents want slower traffic\n\n"
    "Kelby council fitted six speed bumps on Quarry Road last month."
    " “I have seen three crashes here,” said one resident.\n\n"
    "The council said the bumps meet national guidance.\n\n"
    "Tom Hale, Kelby\n"
)


LETTER_OF_THE_WEEK = (
    "Letter of the week\n\n"
    "Our village shop closed in June. Since then I have taken two buses to buy bread.\n\n"
    "Ivy Castell, Penrose, Westshire\n"
)


def test_a_signature_closes_a_letter_only_when_the_letter_speaks_as_its_writer() -> None:
    doc, _ = extract(Source(LETTER_OF_THE_WEEK, "text"), Meta())
    assert [c.text for c in doc.claims] == [
        "[Ivy Castell] said: “Our village shop closed in June.”",
        "[Ivy Castell] said: “Since then I have taken two buses to buy bread.”",
    ]
    assert all(c.section is None for c in doc.claims)
    # a news story whose last line is a name and a town stays the paper's
    doc, _ = extract(Source(NEWS, "text"), Meta())
    assert not any(c.text.startswith("[Tom Hale]") for c in doc.claims)
    assert "The council said the bumps meet national guidance." in [c.text for c in doc.claims]
    assert not any(i.reason == "attribution" for i in doc.left_out)
    # two signed lines, but the text above them never speaks as "I" or "we": no letters
    text = (
        "Letters\n\n"
        "The ferry leaves Kelby at 6.10pm. The operator cut the later sailing.\n\n"
        "Rosa Tindall, Kelby\n\n"
        "The bumps went in last month.\n\n"
        "Bryn Howells, by email\n"
    )
    doc, _ = extract(Source(text, "text"), Meta())
    assert not any(c.text.startswith("[") for c in doc.claims)
