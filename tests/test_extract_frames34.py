"""Frames and subjects a cut must not lose (user 34's report): a participle after a
quotation's attribution ("…,” he says of her, smiling …") is the speaker's, never the
person the words are about; a reason clause ("because …") inside a reported
finding keeps the finding's frame, never stated in the paper's voice; and a plural noun
without an -s ("crew", "staff", "police") before a verb's plain form and its object is a
subject and its verb, never a fragment. A predicate cut off keeps the subject it really
has (the speaker after a quotation, "he" after an opening "When …" clause), and a piece
that says nothing alone ("who then wasn't", "whom it warned", "So has X") stays whole."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


def left_out(text: str) -> list[tuple[str, str]]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [(x.passage.quote, x.reason) for x in doc.left_out]


# ------------------------------------ a participle after "…,” he says of her" is the speaker's


def test_a_participle_after_says_of_her_is_the_speakers() -> None:
    got = claims(
        "Dana Reyes runs the harbour cafe. Tom Bell is her chef. "
        '"She has never once raised her voice in the kitchen," he says of her, smiling when '
        "told she had called him the best cook in town."
    )
    assert "He smiles when told she had called him the best cook in town." in got, got
    assert not any(c.startswith(("She smile", "[Dana Reyes] smile")) for c in got), got


def test_a_named_speaker_before_of_her_is_the_participles_subject() -> None:
    got = claims(
        "Ann Ray met Tom Bell. "
        '"She has never once raised her voice," Bell says of her, smiling when told she had '
        "called him the best cook in town."
    )
    assert "Bell smiles when told she had called him the best cook in town." in got, got
    assert not any("[Ann Ray] smile" in c for c in got), got


def test_the_quotation_about_her_is_never_given_to_her() -> None:
    """ "he says of her": the speaker is "he", never the woman the words are about; named
    only when the man's pronoun is known (tests/test_extract_refer34.py), as here it is not."""
    got = claims(
        "Sam Bell is a chef. "  # a given name of either sex: his pronoun is not known
        '"She has never once raised her voice," he says of her, grinning at the memory.'
    )
    assert '"She has never once raised her voice," he says of her.' in got, got
    assert "He grins at the memory." in got, got


# ------------------------------------------- a reason inside a reported finding stays with it


@pytest.mark.parametrize(
    ("sentence", "frame", "reason"),
    [
        (
            "The watchdog also found that the leaflet broke rules on payday loans, because it "
            "suggested they were a cheap way to pay for holidays.",
            "The watchdog also found that",
            "suggested they were a cheap way to pay for holidays",
        ),
        (
            "The panel ruled that the poster was misleading, because it claimed the pills "
            "cured colds.",
            "The panel ruled that",
            "claimed the pills cured colds",
        ),
        (
            "The panel ruled that the poster was misleading because it claimed the pills "
            "cured colds.",
            "The panel ruled that",
            "claimed the pills cured colds",
        ),
        (
            "The tribunal concluded that the dismissal was unfair, because the manager "
            "admitted he had ignored the rules.",
            "The tribunal concluded that",
            "the manager admitted he had ignored the rules",
        ),
    ],
)
def test_a_reason_inside_a_finding_keeps_the_frame(sentence: str, frame: str, reason: str) -> None:
    got = claims(sentence)
    holding = [c for c in got if reason in c]
    assert holding, got
    assert all(c.startswith(frame) for c in holding), got


def test_a_reason_after_a_plain_statement_is_still_cut() -> None:
    got = claims("The ferry was cancelled, because a storm had damaged the pier.")
    assert "A storm had damaged the pier." in got, got


# ----------------------------------- a plural noun without an -s, then a verb and its object


@pytest.mark.parametrize(
    "sentence",
    [
        'Her crew call her "the skipper".',
        'His staff call him "the boss".',
        "The police fear the worst.",
        "The jury call it a scandal.",
    ],
)
def test_a_plural_noun_without_s_then_a_plain_verb_is_a_statement(sentence: str) -> None:
    text = f"Ann Lee runs the shop. {sentence}"
    assert sentence in claims(text), (claims(text), left_out(text))


def test_a_noun_phrase_with_no_object_after_it_is_still_a_fragment() -> None:
    text = "Ann Lee runs the shop. The staff canteen."
    assert "The staff canteen." not in claims(text)


# ---------------------------------------- a predicate cut off keeps a subject it really has


def test_a_second_predicate_after_an_opening_time_clause_keeps_the_pronoun() -> None:
    got = claims(
        "When the alarm rings, he hands the till to his son and runs the 200 metres to the station."
    )
    assert "He runs the 200 metres to the station." in got, got
    assert "Runs the 200 metres to the station." not in got, got


def test_a_predicate_after_a_quotation_and_its_speaker_is_the_speakers() -> None:
    got = claims('"The plan is sound," the mayor said, and left the room.')
    assert "The mayor left the room." in got, got
    assert "The plan left the room." not in got, got


def test_a_time_phrase_before_the_predicate_keeps_the_speaker_as_subject() -> None:
    got = claims(
        '"It was not a refusal," said Lee, and for a moment looked rather proud of himself.'
    )
    assert "Lee for a moment looked rather proud of himself." in got, got


# ------------------------------------------------ elliptical pieces stay with their clause


def test_an_elliptical_relative_clause_stays_with_its_clause() -> None:
    sentence = '"I will be brief," said Lee, who then wasn\'t.'
    assert claims(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    ["So, one assumes, has the minister.", "Nor has the minister.", "So did the mayor."],
)
def test_so_or_nor_before_an_inverted_auxiliary_is_kept(sentence: str) -> None:
    got = claims(f"The deadline has not moved. {sentence}")
    assert sentence in got, got


def test_a_whom_clause_stays_with_the_noun_it_is_about() -> None:
    sentence = "The firm fined two drivers, whom it had warned twice."
    assert claims(sentence) == [sentence]


def test_a_whom_clause_in_a_reported_list_item_gets_no_speaker_of_its_own() -> None:
    got = claims(
        "The council said:\n\n- the notice was too small\n"
        "- the signs were likely to confuse drivers, whom they appeared to target"
    )
    assert not any("said: whom" in c for c in got), got


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said the council would not sell the park, because doing so could anger voters.",
        "The authors said this was probably because fit people walk more.",
    ],
)
def test_a_reason_after_a_negation_or_completing_a_copula_stays_whole(sentence: str) -> None:
    assert claims(sentence) == [sentence]
