"""Splits that made false claims or fragments (user 37's articles, h36e): a second
predicate after "X said A" that is X's own act ("and accused …", "and denies …", "…, and
is considering …"); a second "and that" clause that means by "It" what the first does; a
finite "have not" after a modal; advice in a "but" clause inside what a source says; a
relative clause inside a reported clause's subject; a month read as the modal "may"; a
second object after a relative clause; examples inside an opening condition; an absolute
phrase with "with"; and a "who" after a measure phrase. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from tests.extracting import extracted, texts


def claims(text: str) -> list[str]:
    return texts(extracted(f"Title\n\n{text}\n"))


# --------------------------------------------- a second predicate that is the speaker's act


def test_an_act_only_a_speaker_does_is_the_speakers_after_a_reported_clause() -> None:
    found = claims(
        'The manager said the second half had been "a shambles" and accused the linesman of bias.'
    )
    assert found == [
        'The manager said the second half had been "a shambles"',
        "The manager accused the linesman of bias.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a man may accuse too: who did, the police or the man? whole
        "Police said the man had shouted at staff and accused them of theft.",
        # players may blame: whole
        'The manager said his players had "lost focus" and blamed the heavy pitch.',
        # a group may praise: the coach or the squad? whole (the speaker's own side, "his
        # side", is the speaker's: the first test)
        "The trainer said the crew had rowed well and praised the new stroke.",
        # a verb anyone may do: whose it is, is unsure
        'Ann Lee said the fall had been "widely expected" and raised her forecast.',
    ],
)
def test_a_second_act_the_reported_subject_may_do_stays_whole(sentence: str) -> None:
    assert claims(sentence) == [sentence]


def test_a_present_act_after_a_past_report_is_the_speakers_not_the_inner_subjects() -> None:
    found = claims(
        'The airline said it was "frustrated" that the regulator had not approved the new '
        "route, and is considering legal action."
    )
    assert "The airline is considering legal action." in found, found
    assert not any("regulator is considering" in c for c in found), found


def test_a_speakers_denial_in_the_present_is_never_the_reported_things() -> None:
    found = claims(
        "Harlow Chemicals Ltd has issued a statement. It says the factory made paint and "
        "glue, and denies claims that it dumped waste in the river."
    )
    assert not any("factory denies" in c for c in found), found
    assert any(c.endswith("denies claims that it dumped waste in the river.") for c in found)
    assert any(c.startswith("It says the factory made paint and glue") for c in found)


def test_a_second_that_clause_means_what_the_first_means_by_it() -> None:
    found = claims(
        "Energy UK disputed the figures. It said bills had fallen since the winter and that "
        "suppliers had lost £2bn last year."
    )
    assert found[1:] == [
        "[Energy UK] said bills had fallen since the winter.",
        "[Energy UK] said suppliers had lost £2bn last year.",
    ]


# ------------------------------------------------------------- a finite "have" after a modal


@pytest.mark.parametrize(
    "sentence",
    [
        "The charity estimates that 40,000 families could claim the grant and have not done so.",
        "About 300 firms may qualify for the scheme and have never heard of it.",
    ],
)
def test_a_finite_have_never_takes_the_modal_before_it(sentence: str) -> None:
    found = claims(sentence)
    assert not any("could have not" in c or "may have never" in c for c in found), found
    assert found == [sentence]  # the count is of those that do both: one claim


def test_a_plain_have_still_shares_its_modal() -> None:
    found = claims("The council said the library should reopen in May and have longer hours.")
    assert found[-1] == "The council said the library should have longer hours."


# ------------------------------------------------------ advice in a "but" clause of a source


def test_advice_after_a_sources_statement_keeps_the_source() -> None:
    found = claims(
        "The council says the tap water is safe, but anyone who has a weak immune system "
        "should boil it first."
    )
    assert found == [
        "The council says the tap water is safe.",
        "The council says anyone who has a weak immune system should boil it first.",
    ]


def test_a_but_clause_that_names_its_own_speaker_is_its_own() -> None:
    found = claims("Ministers say the scheme works, but critics say it should be scrapped.")
    assert "Critics say it should be scrapped." in found, found


# ------------------------------------------------ a relative clause in the reported subject


def test_a_relative_clause_after_the_reported_subject_is_not_borrowed() -> None:
    found = claims(
        'The coach said Okafor, who was booked early on, would miss the final but was "in '
        'good spirits".'
    )
    assert 'The coach said Okafor was "in good spirits".' in found, found
    assert not any(", who was " in c and "final" not in c for c in found), found


# ------------------------------------------------------------- a month is no modal "may"


def test_may_after_a_month_and_and_is_the_month() -> None:
    found = claims("The firm said it had cut prices in March and May and that sales had risen.")
    assert found == [
        "The firm said it had cut prices in March and May.",
        "The firm said sales had risen.",
    ]


# ------------------------------------------------------ a second object after a relative


def test_a_second_object_after_a_relative_clause_borrows_the_verb() -> None:
    found = claims(
        "The report blamed the storm, which it said had damaged 200 homes, and a lack of "
        "sandbags caused by cuts to the council budget."
    )
    assert "The report blamed a lack of sandbags caused by cuts to the council budget." in found
    assert not any(c.startswith("A lack of sandbags") for c in found), found


def test_a_clause_after_a_relative_clause_is_still_a_clause() -> None:
    found = claims(
        "The council blamed the storm, which hit on Sunday, and the letters written by "
        "residents were ignored."
    )
    assert "The letters written by residents were ignored." in found, found


# ------------------------------------------------ examples inside an opening condition


def test_examples_inside_an_opening_condition_keep_the_sentence_whole() -> None:
    sentence = (
        "If a pipe has frozen and shows signs of cracking, such as a damp patch on the wall, "
        "owners should call a plumber."
    )
    assert claims(sentence) == [sentence]


# ----------------------------------------------------------------- an absolute phrase


@pytest.mark.parametrize(
    ("sentence", "absolute"),
    [
        (
            "United drew 1-1 on Tuesday, with striker Leo Hart scoring in the first minute.",
            "Striker Leo Hart scored in the first minute.",
        ),
        (
            "Prices are rising, with the cost of bread climbing fastest.",
            "The cost of bread is climbing fastest.",
        ),
        (
            "The survey found that last winter was the wettest on record, with average "
            "rainfall 40% above the norm.",
            "Average rainfall was 40% above the norm.",
        ),
    ],
)
def test_an_absolute_phrase_is_a_statement_in_its_clauses_tense(
    sentence: str, absolute: str
) -> None:
    found = claims(sentence)
    assert found[-1] == absolute, found


def test_an_absolute_phrase_with_no_participle_stays_in_its_sentence() -> None:
    sentence = "The plan was approved in March, with the backing of every councillor."
    assert claims(sentence) == [sentence]


# ------------------------------------------------------ "who" after a measure phrase


@pytest.mark.parametrize(
    ("sentence", "relative"),
    [
        (
            "The draw leaves United in fourth, three points behind Rangers, who won 2-0 away.",
            "Rangers won 2-0 away.",
        ),
        (
            "The result puts City in ninth, a point clear of Dunmore, who lost 4-1 at home.",
            "Dunmore lost 4-1 at home.",
        ),
        (
            "Their win takes them second, two points ahead of Harwell, who drew at home.",
            "Harwell drew at home.",
        ),
    ],
)
def test_who_after_a_measure_phrase_is_about_the_noun_after_it(
    sentence: str, relative: str
) -> None:
    found = claims(sentence)
    assert found[-1] == relative, found
    assert not any(c.split()[1:2] in (["points"], ["point"]) for c in found), found
