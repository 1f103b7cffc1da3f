"""A "she" after a woman introduced with her age and a verb the lexicon also reads as an
adjective, the pronoun speaker of a quotation said of another person, and a correction's
"did so" (user 34's unresolved pronouns in a profile and a wire story)."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "retired": a past verb, or an adjective ("67 retired nurses")
            "Mary Quinn, 71, retired from nursing in 2015. She still sings in the choir.",
            "[Mary Quinn] still sings in the choir.",
        ),
        (
            "Joe Barrow, 52, married a teacher from Hull. He runs the ferry office.",
            "[Joe Barrow] runs the ferry office.",
        ),
        (  # the chain of "she" goes on in the sentences after
            "Mary Quinn, 71, retired from nursing in 2015. She sings in the choir. She says"
            " it keeps her young.",
            "[Mary Quinn] says it keeps her young.",
        ),
    ],
)
def test_a_pronoun_after_a_name_its_age_and_a_verb_is_that_person(text: str, expected: str) -> None:
    assert claims(text)[-1] == expected


PROFILE = (
    "Tom Hale, 41, is the club's groundsman. He has worked at the ground since 2009.\n\n"
    "“I never wanted another job,” he says.\n\n"
    "Ann Lee chairs the club. She says he is the hardest worker she has ever employed."
    " “She has never once missed a match,” he says of her, grinning when told she had"
    " praised him first."
)


def test_a_pronoun_speaker_said_of_a_woman_is_the_last_man_in_play() -> None:
    got = claims(PROFILE)
    assert "“She has never once missed a match,” [Tom Hale] says of her." in got
    assert "[Tom Hale] grins when told she had praised him first." in got
    assert not any(c.startswith("[Ann Lee] grin") for c in got)


@pytest.mark.parametrize(
    "text",
    [
        # two men in play: "he" may be either
        PROFILE.replace("Ann Lee chairs the club.", "Ann Lee and Sam Ord chair the club."),
        # another man, unnamed, in the sentence before
        PROFILE.replace(
            "She says he is the hardest worker she has ever employed.",
            "She says her brother is the hardest worker she has ever employed.",
        ).replace("her brother", "his brother"),
        # another man named inside a quotation of the last man in play
        PROFILE.replace(
            "“I never wanted another job,” he says.",
            "“I never wanted another job,” he says.\n\n“Sam Ord taught me everything.”",
        ),
        # no man in play at all: the woman's pronoun is known, and no one else is named
        "Ann Lee chairs the club. She hired a new groundsman last year. “She has never"
        " once missed a match,” he says of her.",
    ],
)
def test_a_pronoun_speaker_with_a_rival_or_no_candidate_names_no_one(text: str) -> None:
    got = claims(text)
    said = next(c for c in got if "missed a match" in c)
    assert said.endswith("” he says of her.")
    assert not any("[Ann Lee] grin" in c for c in got)


def test_they_for_a_crew_is_never_one_person() -> None:
    got = claims(
        "Tom Hale, 41, leads the rescue crew. They launched twice on Sunday. “They were"
        " superb,” he says."
    )
    assert "They launched twice on Sunday." in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the wrong fact in the notice; "did so" in the sentence after it
            "Correction: An earlier version of this article said three ferries had cancelled"
            " their morning sailings. Two ferries did so.",
            "Two ferries [cancelled their morning sailings].",
        ),
        (  # an irregular participle: the simple past "did" stands for
            "Correction: An earlier version of this article said four schools had taken part"
            " in the drill. Only one school did so.",
            "Only one school [took part in the drill].",
        ),
        (  # the corrected fact inside the notice's own sentence
            "Correction: An earlier version of this article said two bakeries had closed"
            " early; one bakery did so.",
            "One bakery [closed early].",
        ),
    ],
)
def test_a_corrected_fact_that_did_so_says_what_was_done(text: str, expected: str) -> None:
    assert claims(f"The storm cut power to the coast on Monday.\n\n{text}")[-1] == expected


def test_a_corrected_fact_whose_so_cannot_be_filled_keeps_the_whole_correction() -> None:
    text = (
        "Correction: An earlier version of this article said the mayor had visited six"
        " shelters. She had not done so."
    )
    assert claims(f"The storm cut power to the coast on Monday.\n\n{text}")[-1] == text
