"""Hostile 18 and a desk tester: who says what. The items under a lead-in that denies or
accuses keep it (a denial's items are never the paper's facts); a list item that names its
own speaker is that speaker's; a quotation signed after a comma ('"…," - Ann Lee') or
named after it ('"…," said Ann Lee') is the signer's, not the subject's before the
colon; "X quoted Y: …" never puts Y's words in X's mouth; lettered items ("a.", "b.") are
items; a claim's text is one line; and a named source is a speaker, never a document
("according to the board's own figures") nor a place ("Drivers on Mill Road said").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.hints import attributed_to
from claimcheck.extract.ingest import Source

HEAD = "Dispute at the depot\n\nThe depot opened in May.\n\n"


def claims_of(body: str) -> list[tuple[str, str | None]]:
    doc, _ = extract(Source(HEAD + body + "\n", "text"), Meta(title="T"))
    return [(c.text, c.hint.attributed_to if c.hint else None) for c in doc.claims]


def texts_of(body: str) -> list[str]:
    return [text for text, _ in claims_of(body)]


@pytest.mark.parametrize(
    "lead_in",
    [
        "Maya Holt denied the following:",
        "Maya Holt was accused of the following:",
        "Maya Holt rejected these allegations:",
        "Maya Holt disputes the following:",
        "Maya Holt has been charged with the following:",
        # hostile19 #3: acquittals, counts, and lead-ins that call the items untrue
        "Maya Holt was cleared of the following:",
        "Maya Holt was acquitted of the following:",
        "Maya Holt faces the following counts:",
        "None of the following is true:",
        "There is no evidence for the following:",
        "Myths about the depot:",
    ],
)
def test_the_items_of_a_lead_in_that_denies_or_accuses_keep_it(lead_in: str) -> None:
    found = texts_of(
        f"{lead_in}\n\n1. The depot sold fuel to a rival firm.\n2. The depot hid its losses.\n"
    )
    assert f"{lead_in} the depot sold fuel to a rival firm." in found
    assert f"{lead_in} the depot hid its losses." in found
    assert "The depot sold fuel to a rival firm." not in found
    assert "The depot hid its losses." not in found


def test_an_item_that_names_its_own_speaker_is_that_speakers() -> None:
    found = claims_of(
        "Maya Holt made two claims:\n\n"
        '1. "The depot lost money," the finance director said.\n'
        "2. The depot sold fuel to a rival firm.\n"
    )
    assert ('"The depot lost money," the finance director said.', None) in found
    assert (
        "Maya Holt made two claims: the depot sold fuel to a rival firm.",
        "Maya Holt",
    ) in found
    assert not any(text.startswith('Maya Holt made two claims: "') for text, _ in found)


@pytest.mark.parametrize(
    "signed",
    [
        'Guards locked the gates: "Nobody was allowed in," - Omar Pike, depot manager',
        'Guards locked the gates: "Nobody was allowed in" - Omar Pike',
        'The union denied it: "Nobody was allowed in," - Omar Pike',
    ],
)
def test_a_quotation_signed_after_a_colon_is_the_signers(signed: str) -> None:
    found = claims_of(signed)
    assert ('Omar Pike said: "Nobody was allowed in."', "Omar Pike") in found
    assert not any(text.startswith(("Guards said", "The union said")) for text, _ in found)


def test_a_quotation_named_after_it_is_not_the_subjects_before_the_colon() -> None:
    found = claims_of('Guards locked the gates: "Nobody was allowed in," said Omar Pike.')
    assert not any(text.startswith("Guards said") for text, _ in found)
    assert [who for text, who in found if "Nobody was allowed in" in text] == ["Omar Pike"]


@pytest.mark.parametrize(
    "sentence",
    [
        'Omar Pike quoted Maya Holt: "I moved the money."',
        'Omar Pike cited a text message from Maya Holt: "I moved the money."',
        'Omar Pike read out her email: "I moved the money."',
    ],
)
def test_words_someone_quotes_are_never_put_in_their_mouth(sentence: str) -> None:
    found = claims_of(sentence)
    assert not any(text.startswith("Omar Pike said") for text, _ in found)
    assert all(who != "Omar Pike" for _, who in found)
    assert (sentence, None) in found


def test_lettered_items_are_items_and_a_claim_is_one_line() -> None:
    found = texts_of("Among those fined:\n\na. Omar Pike, the driver.\nb. Maya Holt, the owner.\n")
    assert all("\n" not in text for text in found)
    assert "Among those fined: Omar Pike, the driver." in found
    assert "Among those fined: Maya Holt, the owner." in found


def test_a_claim_taken_over_a_line_end_is_one_line() -> None:
    found = texts_of("Among those fined:\n\nx. Omar Pike, the driver.\nz. Maya Holt, the owner.\n")
    assert all("\n" not in text for text in found)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Fares rose by 8%, according to the operator's own figures.", "the operator"),
        ("Fares rose by 8%, according to the council's latest survey.", "the council"),
        ("Fares rose by 8%, according to official figures.", None),
        (
            "Fares rose by 8%, according to a study by the Transit Institute.",
            "the Transit Institute",
        ),
        ("Fares rose by 8%, according to Maya Holt.", "Maya Holt"),
        # a group a plural noun describes is no one named, wherever it is (h37f)
        ("Drivers on Mill Road said the fares rose by 8%.", None),
        ("The mayor of Dunmore said the fares rose by 8%.", "The mayor of Dunmore"),
        ("Fares rose by 8% in Dunmore, Maya Holt said.", "Maya Holt"),
    ],
)
def test_a_named_source_is_a_speaker_not_a_document_or_a_place(
    sentence: str, source: str | None
) -> None:
    assert attributed_to(sentence) == source


def test_a_claim_names_the_people_not_the_street_they_are_on() -> None:
    found = claims_of("Drivers on Mill Road said the fares rose by 8%.")
    # a group a plural noun describes is no one named (h37f): not the street, nor them
    assert ("Drivers on Mill Road said the fares rose by 8%.", None) in found
