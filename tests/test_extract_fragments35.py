"""A participle phrase after a clause whose subject follows an opening phrase ("Now 79,
she …") or whose end names nothing it could describe ("…, funded by …"); a shared
subject's second predicate that reports ("… and says his …")."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def found(text: str) -> list[tuple[str, str | None]]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [(c.text, c.hint.attributed_to if c.hint else None) for c in doc.claims]


def claims(text: str) -> list[str]:
    return [c for c, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an age before the pronoun subject
            "Now 82, he swims a mile each morning, racing men half his age.",
            ["Now 82, he swims a mile each morning.", "He races men half his age."],
        ),
        (  # a description of the subject before it
            "A retired teacher, she farms 40 acres near Bude, keeping rare breeds of sheep.",
            ["A retired teacher, she farms 40 acres near Bude.", "She keeps rare breeds of sheep."],
        ),
        (  # a time phrase no preposition opens
            "Last spring, they cycled to Vienna, raising £8,000 for the lifeboat.",
            ["Last spring, they cycled to Vienna.", "They raised £8,000 for the lifeboat."],
        ),
    ],
)
def test_a_participle_after_an_opening_phrase_borrows_the_pronoun_subject(
    text: str, expected: list[str]
) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The choir has sung there every week since, funded by a grant from the parish.",
        "He has driven the night bus for a decade, employed by an agency in Derby.",
    ],
)
def test_a_passive_participle_with_no_noun_before_it_stays_with_its_clause(text: str) -> None:
    assert claims(text) == [text]


def test_a_passive_participle_after_a_noun_is_still_about_that_noun() -> None:
    got = claims("The town bought the old mill, rebuilt in 1990 by a local trust.")
    assert not any(c.startswith(("Rebuilt", "rebuilt")) for c in got)


@pytest.mark.parametrize(
    "text",
    [
        "Prices, he said, will rise in spring, hurting small firms.",  # an aside, no subject
        "Asked about the cuts, she was blunt.",  # a participle opening and its own subject
    ],
)
def test_a_pronoun_in_an_aside_or_after_an_opening_participle_is_not_borrowed(text: str) -> None:
    got = claims(text)
    assert not any(c.startswith(("She asked", "He prices", "Prices hurt")) for c in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "His cousin, Dan Ferris, keeps the bakery on the quay and says his sales triple"
            " in August.",
            [
                ("His cousin, Dan Ferris, keeps the bakery on the quay.", None),
                ("Dan Ferris says his sales triple in August.", "Dan Ferris"),
            ],
        ),
        (
            "Lena Voss won the ward and said her majority was a verdict on the bypass.",
            [
                ("Lena Voss won the ward.", None),
                ("Lena Voss said her majority was a verdict on the bypass.", "Lena Voss"),
            ],
        ),
    ],
)
def test_a_shared_subject_and_a_reported_second_predicate_are_two_claims(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(text) == expected


def test_a_pronoun_that_may_mean_a_person_object_keeps_the_sentence_whole() -> None:
    text = "The club sacked the manager and said he had lost the players."
    assert claims(text) == [text]
