"""Issue 12 (user 26): who speaks a quotation. A pull quote signed on a line of its own
after a dash is its signer's, and the line is left out as an `attribution`; a quotation
that goes on after an attribution with more words ("she says eventually", "he tells me")
is the same speaker's, as it is after a plain "she said.". Sentences written for these
tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, atomize, extract
from claimcheck.extract.ingest import Source
from claimcheck.models import ClaimFile
from claimcheck.segment import sentences
from tests.extracting import left


def extracted(text: str, kind: str = "text") -> ClaimFile:
    doc, _ = extract(Source(text + "\n", kind), Meta(title="T"))
    return doc


@pytest.mark.parametrize(
    "signature",
    [
        "- Ruth Okafor",
        "\N{EN DASH} Ruth Okafor",
        "\N{EM DASH} Ruth Okafor",
        "-Ruth Okafor",
        "\N{EM DASH}Ruth Okafor",
    ],
)
def test_a_quotation_signed_after_a_dash_is_its_signers(signature: str) -> None:
    doc = extracted(
        "The ferry company cut two sailings a day from March.\n\n"
        f'"The timetable no longer fits the island." {signature}\n\n'
        "The council will discuss the cuts next week.\n"
    )
    assert [c.text for c in doc.claims] == [
        "The ferry company cut two sailings a day from March.",
        'Ruth Okafor said: "The timetable no longer fits the island."',
        "The council will discuss the cuts next week.",
    ]
    assert ("attribution", signature) in left(doc)
    assert not [reason for reason, _ in left(doc) if reason == "fragment"]


def test_a_markdown_pull_quote_signed_on_the_next_line_with_a_title() -> None:
    doc = extracted(
        "A train to York stopped for two hours outside Selby.\n\n"
        '> "The guard kept everyone informed. The heating failed after an hour."\n'
        "> — Owen Mills, commuter\n",
        "markdown",
    )
    assert [c.text for c in doc.claims] == [
        "A train to York stopped for two hours outside Selby.",
        'Owen Mills said: "The guard kept everyone informed."',
        'Owen Mills said: "The heating failed after an hour."',
    ]
    assert [reason for reason, _ in left(doc)] == ["attribution"]


def test_a_markdown_pull_quote_signed_on_its_own_line() -> None:
    doc = extracted(
        "A train to York stopped for two hours outside Selby.\n\n"
        '> "The heating failed after an hour." \N{EN DASH} Owen Mills\n',
        "markdown",
    )
    assert [c.text for c in doc.claims][1:] == [
        'Owen Mills said: "The heating failed after an hour."'
    ]
    assert ("attribution", "\N{EN DASH} Owen Mills") in left(doc)


@pytest.mark.parametrize(
    "line", ["- and more to come", "- The End", "- Owen Mills said the heating failed."]
)
def test_a_dash_line_that_is_no_name_signs_nothing(line: str) -> None:
    assert atomize.dash_speaker(line) is None
    doc = extracted(f'The heating failed.\n\n"It was freezing." {line}\n')
    assert not any("said:" in c.text for c in doc.claims if "freezing" in c.text)
    assert "attribution" not in [reason for reason, _ in left(doc)]


@pytest.mark.parametrize(
    "how",
    [
        "she says eventually",
        "she said quietly",
        "she said finally",
        "she says simply",
        "she adds with a laugh",
        "she tells me",
    ],
)
def test_a_quotation_goes_on_after_an_attribution_with_more_words(how: str) -> None:
    doc = extracted(
        "Ines Varga has run the village bakery since 1998.\n\n"
        f'"Bread is the easy part," {how}. "The rent is hard. It doubled in a year."\n'
    )
    texts = [c.text for c in doc.claims]
    assert texts[-2:] == [
        '[Ines Varga] said: "The rent is hard."',
        '[Ines Varga] said: "It doubled in a year."',
    ], texts
    # words after an attribution that say nothing of how it was said make no speaker
    assert atomize.quotation_speaker('"We lost," he says Italy.') is None
    assert atomize.quotation_speaker('"We lost," he says with the team.') is None


def test_a_quotation_after_he_tells_me_names_no_one_it_cannot() -> None:
    # two people named before "he": the pronoun stays as it is, never a guessed name
    doc = extracted(
        "Ines Varga and her brother Marco run the bakery.\n\n"
        '"Bread is the easy part," he tells me. "The rent is hard."\n'
    )
    assert [c.text for c in doc.claims][-1] == 'He said: "The rent is hard."'


def test_me_then_a_full_stop_ends_a_sentence_before_a_quotation() -> None:
    text = '"It was cold," he tells me. "The boiler broke. He rang me. Nobody came."'
    assert [text[a:b] for a, b in sentences(text, 0, len(text))][:2] == [
        '"It was cold," he tells me.',
        '"The boiler broke. He rang me. Nobody came."',
    ]
    # inside the quotation, "me." then a capital is left as it was
    doc = extracted(f"Omar Haddad rents a flat in Hull.\n\n{text}\n")
    texts = [c.text for c in doc.claims]
    assert texts[2] == '[Omar Haddad] said: "The boiler broke."'
    assert all(t.startswith('[Omar Haddad] said: "') for t in texts[2:]), texts
