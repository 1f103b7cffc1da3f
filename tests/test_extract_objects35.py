"""A name set off after a verb's object, interviews whose questions are bold or plain
lines, and "which" after a phrase of time (h35d). Sentences written for these tests."""

import pytest

from claimcheck.extract import Meta, atomize, extract
from claimcheck.extract.ingest import Source


def _claims(text: str) -> list[str]:
    doc, _ = extract(Source(text, "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


# 1. "We asked the harbour's owner, Hana Brook, about …": what follows the name is the rest
# of the clause, never what the name is


@pytest.mark.parametrize(
    "sentence",
    [
        "We asked the harbour's owner, Hana Brook, about the new fares.",
        "They interviewed the club's coach, Tomas Kell, over the phone.",
        "The trust dismissed its treasurer, Ivo Pratt, without warning.",
        "Officers arrested a second man, Dan Obi, last night.",
        "The inquiry questioned the firm's auditor, Rhys Vane, under oath.",
    ],
)
def test_a_name_set_off_after_an_object_takes_no_predicate_of_the_clause(sentence: str) -> None:
    assert _claims(sentence) == [sentence]


def test_a_second_noun_phrase_after_a_name_set_off_after_an_object_is_what_the_name_is() -> None:
    sentence = "The prize went to the team's keeper, Rui Sousa, a graduate of the academy."
    assert "Rui Sousa is a graduate of the academy." in _claims(sentence)


def test_a_name_set_off_in_the_subject_still_says_what_it_is() -> None:
    claims = _claims("The harbour's owner, Hana Brook, said fares would rise in May.")
    assert "Hana Brook is the harbour's owner." in claims


# 2. an interview whose questions are bold lines or plain lines that ask, after an intro
# that says "we asked" or that the interviewee "spoke to us"

BOLD = (
    "# Ferry fares\n\n"
    "The Millstream ferry has lost money for three years. We asked its owner, Hana Brook,"
    " how she will keep it running.\n\n"
    "**How many passengers did you carry?**\n\n"
    "We carried 40,000 in the summer. Most were commuters.\n\n"
    "**Some say the fares are too high. Are they?**\n\n"
    "We have not raised them since 2020.\n\n"
    "**What comes next?**\n\n"
    "We will buy a second boat in the spring.\n"
)


def test_answers_under_bold_questions_are_the_interviewees() -> None:
    doc, _ = extract(Source(BOLD, "markdown"), Meta())
    said = [c.text for c in doc.claims if c.passage.start > BOLD.index("**How")]
    assert said == [
        "[Hana Brook] said: “We carried 40,000 in the summer.”",
        "[Hana Brook] said: “Most were commuters.”",
        "Some say the fares are too high.",
        "[Hana Brook] said: “We have not raised them since 2020.”",
        "[Hana Brook] said: “We will buy a second boat in the spring.”",
    ]
    hints = [c.hint for c in doc.claims if c.text[:1] == "["]
    assert all(h is not None and h.attributed_to == "Hana Brook" for h in hints)
    left = [(item.reason, item.passage.quote) for item in doc.left_out]
    assert ("question", "Are they?**") in left
    assert all(quote.strip("*") for _, quote in left)  # no passage of marks alone


def test_answers_under_plain_questions_are_those_of_the_one_who_spoke_to_us() -> None:
    text = (
        "Ferry fares\n\n"
        "The ferry has lost money for three years. Its owner, Hana Brook, spoke to us"
        " about its future.\n\n"
        "How many passengers did you carry?\n\n"
        "We carried 40,000 in the summer.\n\n"
        "What comes next?\n\n"
        "We will buy a second boat in the spring.\n"
    )
    assert _claims(text)[-2:] == [
        "[Hana Brook] said: “We carried 40,000 in the summer.”",
        "[Hana Brook] said: “We will buy a second boat in the spring.”",
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "We asked its owner, Hana Brook, how she will keep it running.",
        "We asked Hana Brook about the fares.",
        "We put our questions to Hana Brook.",
        "We spoke to the ferry's owner, Hana Brook.",
    ],
)
def test_an_intro_that_says_whom_we_asked_names_the_interviewee(intro: str) -> None:
    assert atomize.interviewed(intro) == "Hana Brook"


def test_asking_an_organisation_names_no_interviewee() -> None:
    assert atomize.interviewed("We asked the council what it plans to do.") is None


def test_a_name_set_off_in_the_subject_spoke_to_us() -> None:
    sentence = "The ferry's owner, Hana Brook, spoke to us about fares."
    assert atomize.spoke_to(sentence, None) == "Hana Brook"


# 3. "which" after a phrase of time: the time, the thing before it or the event?


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry carried 40,000 people last year, which is twice the number in 2015.",
        "Fares rose 8% in June, which was the steepest rise since 2011.",
        "The depot shut on Friday, which angered its 90 drivers.",
        "The club sold two strikers at the weekend, which leaves it short of goals.",
        "House prices fell this month, which surprised most analysts.",
    ],
)
def test_which_after_a_phrase_of_time_stays_with_its_clause(sentence: str) -> None:
    assert _claims(sentence) == [sentence]


def test_which_after_an_object_is_still_about_the_object() -> None:
    claims = _claims("The board approved the timetable, which adds a late ferry.")
    assert claims == ["The board approved the timetable.", "The timetable adds a late ferry."]
