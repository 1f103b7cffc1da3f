"""Claims that said more than the text: a reported clause's "as" clause as the writer's
fact, a count stated without the cause it counts, a body's name cut at its commas, a
name without its particle, a possessive's noun without its owner. Each on sentences
written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.hints import attributed_to
from claimcheck.extract.ingest import Source


def claims_of_text(text: str) -> list[str]:
    doc, _ = extract(Source(text + "\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "She said ticket sales had doubled, and that fares would drop as the ferry"
            " line added more sailings.",
            "She said fares would drop as the ferry line added more sailings.",
        ),
        (
            "The mayor told residents the bridge was safe and that repairs would start"
            " when the council found the money.",
            "The mayor told residents repairs would start when the council found the money.",
        ),
        (
            "He argued that wages had stalled, and that hiring would slow because the"
            " factories had cut their orders.",
            "He argued hiring would slow because the factories had cut their orders.",
        ),
    ],
)
def test_a_clause_inside_a_second_reported_clause_is_the_speakers_words(
    sentence: str, reported: str
) -> None:
    found = claims_of_text(sentence)
    # the "as"/"when"/"because" clause is what the speaker said, never the writer's fact
    assert not any(c.startswith(("The ferry line", "The council", "The factories")) for c in found)
    assert reported in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a count: the fourth closure caused by flooding, not the fourth closure
        "It was the fourth time this winter that the coastal road had closed because of flooding.",
        # a ranking: the first to be grounded for that reason
        "The carrier was the first airline to ground its planes because of the engine fault.",
        # a relative clause: the flights that were cancelled for that reason
        "There were thirty flights that left late because of the fog.",
    ],
)
def test_a_cause_inside_a_count_or_a_relative_clause_is_never_dropped(sentence: str) -> None:
    assert claims_of_text(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Speaking to the Science, Innovation and Technology Committee, the regulator's"
            " head defended the fines.",
            "Science, Innovation and Technology Committee",
        ),
        (
            "The Department for Energy, Housing and Transport said the scheme would end in June.",
            "Department for Energy, Housing and Transport",
        ),
    ],
)
def test_a_bodys_name_with_commas_is_never_cut(sentence: str, name: str) -> None:
    found = claims_of_text(sentence)
    # every claim that holds a word of the name holds all of it
    for claim in found:
        if "Innovation" in claim or "Housing" in claim:
            assert name in claim, claim
    assert not any(
        c.startswith(("Innovation", "Housing", "Speaking to the Science.")) for c in found
    )


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "The forecast was revised, said Anouk van der Linden, chief economist at the lender.",
            "Anouk van der Linden is chief economist at the lender.",
        ),
        (
            "The contract went to Carlos de la Fuente, a builder from the valley.",
            "Carlos de la Fuente is a builder from the valley.",
        ),
        (
            "The panel was chaired by Yusuf al-Amin, a retired judge.",
            "Yusuf al-Amin is a retired judge.",
        ),
    ],
)
def test_a_names_particles_stay_in_the_name(sentence: str, claim: str) -> None:
    found = claims_of_text(sentence)
    assert claim in found
    assert not any(c.startswith(("Linden is", "Fuente is", "Amin is")) for c in found)


def test_a_speakers_particles_stay_in_the_named_source() -> None:
    assert attributed_to("Lotte de Wit said the survey was late.") == "Lotte de Wit"
    assert attributed_to("Juan de la Rosa said the survey was late.") == "Juan de la Rosa"


def test_two_people_are_never_one_of_a_plural_appositive() -> None:
    found = claims_of_text("The study was led by Ann Marsh and Tom Pike, two chemists at the lab.")
    assert not any(" is two chemists" in c for c in found)


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Critics pointed to the council's housing plan, which has been delayed twice.",
            "The council's housing plan has been delayed twice.",
        ),
        (
            "The inquiry examined the airline\u2019s booking system, which failed in March.",
            "The airline\u2019s booking system failed in March.",
        ),
    ],
)
def test_a_relative_clause_keeps_the_owner_of_its_noun(sentence: str, claim: str) -> None:
    found = claims_of_text(sentence)
    assert claim in found
    assert not any(c.startswith(("Plan ", "System ")) for c in found)
