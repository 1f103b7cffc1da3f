"""After a quotation whose speaker is named after it ('“…,” Sarah Cole said.'), a "she"
opening the next sentence is the speaker when the quotation names and points at no one
else and no one else who may be "she" is in play; otherwise it stays "she", since the
quotation may have been about the person the next sentence means ('“She was tireless,”
said Dr Lee. She wrote …')."""

from __future__ import annotations

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(body: str) -> list[str]:
    doc, _ = extract(Source(f"Depot news\n\n{body}\n", "text"), Meta())
    return [c.text for c in doc.claims]


def test_she_after_a_quotation_about_no_one_else_is_its_speaker() -> None:
    assert (
        claims(
            "The depot will shut in June, the firm said.\n\n"
            '"We did not take this lightly," finance director Ruth Okoro said. '
            "She blamed the cost of diesel."
        )[-1]
        == "[Ruth Okoro] blamed the cost of diesel."
    )


def test_he_after_a_quotation_said_by_a_name_first() -> None:
    assert (
        claims('"Our drivers deserve better," said Omar Haddad. He called for talks.')[-1]
        == "[Omar Haddad] called for talks."
    )


def test_a_quotation_about_someone_leaves_she_open() -> None:
    assert (
        claims('"She never missed a shift," said Ruth Okoro. She drove buses for 30 years.')[-1]
        == "She drove buses for 30 years."
    )
    assert (
        claims('"Maureen never missed a shift," said Ruth Okoro. She drove buses for 30 years.')[-1]
        == "She drove buses for 30 years."
    )


def test_another_person_in_play_leaves_she_open() -> None:
    assert (
        claims(
            "Maureen Tay has retired from the depot.\n\n"
            '"We will all miss the place," said Ruth Okoro. She drove buses for 30 years.'
        )[-1]
        == "She drove buses for 30 years."
    )
    assert (
        claims(
            "The driver's widow was at the depot.\n\n"
            '"We will all miss the place," said Ruth Okoro. She wept.'
        )[-1]
        == "She wept."
    )
