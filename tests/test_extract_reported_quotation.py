"""A paragraph that only goes on with a quotation whose speaker was named before it is
the speaker's, and a sentence of it that says several things is told apart in reported
speech, one statement a claim, each with its speaker; a sentence in the first or second
person, or one whose statement would start with "it" or "he", stays one quotation, whole.
Sentences written for these tests."""

from __future__ import annotations

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def run(text: str) -> list[tuple[str, str]]:
    """(claim, its passage) of each claim the article makes."""
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [(c.text, c.passage.quote) for c in doc.claims]


def test_a_going_on_quotation_that_says_two_things_is_two_claims_of_its_speaker() -> None:
    got = run(
        'After the vote, Nora Black said: "The ferry will stop in March.\n\n'
        '"The harbour board closed the slipway, and the council cut the grant."'
    )
    assert (
        "Nora Black said the harbour board closed the slipway.",
        "The harbour board closed the slipway",
    ) in got
    assert ("Nora Black said the council cut the grant.", "the council cut the grant.") in got


def test_a_participle_phrase_of_a_quotation_left_open_takes_the_clause_subject() -> None:
    got = run(
        'Nora Black said: "The ferry will stop in March.\n\n'
        '"The storm wrecked the slipway \u2013 cutting the island off for a week.\n\n'
        '"Repairs start on Monday."'
    )
    texts = [claim for claim, _ in got]
    assert "Nora Black said the storm wrecked the slipway." in texts
    assert "Nora Black said the storm cut the island off for a week." in texts
    assert 'Nora Black said: "Repairs start on Monday."' in texts


def test_a_sentence_the_speaker_says_of_herself_stays_her_quotation_whole() -> None:
    got = run(
        'Nora Black said: "The ferry will stop in March.\n\n'
        '"We closed the slipway, and the council cut our grant."'
    )
    assert ('Nora Black said: "We closed the slipway, and the council cut our grant."') in [
        claim for claim, _ in got
    ]


def test_a_statement_that_would_lose_what_it_points_to_stays_in_the_quotation() -> None:
    got = run(
        'Nora Black said: "The ferry will stop in March.\n\n'
        '"The crossing is not safe and it is not reliable."'
    )
    texts = [claim for claim, _ in got]
    assert 'Nora Black said: "The crossing is not safe and it is not reliable."' in texts
    assert not any(
        t.endswith("it is not reliable.") and "“" not in t and '"' not in t for t in texts
    )


def test_a_reporting_verb_other_than_said_takes_that() -> None:
    got = run(
        'Welcoming the plan, Nora Black commented: "The ferry will stop in March.\n\n'
        '"The board closed the slipway, and the council cut the grant."'
    )
    texts = [claim for claim, _ in got]
    assert "Nora Black commented that the board closed the slipway." in texts
    assert "Nora Black commented that the council cut the grant." in texts
