"""Interviews whose speaker went missing (user 33): an intro that says the interviewee
spoke to the interviewer ("he spoke to Dan Roe about …"), a question paragraph that states
something before it asks, and short answers with no verb. Sentences written for these
tests."""

import pytest

from claimcheck.extract import Meta, atomize, extract
from claimcheck.extract.ingest import Source


@pytest.mark.parametrize(
    ("sentence", "about", "who"),
    [
        ("Before the new timetable starts she talked to Colin Marsh about fares.", "Hana Brook", "Hana Brook"),
        ("Last week he spoke to us about the harbour.", "Tom Ray", "Tom Ray"),
        ("Hana Brook sat down with Colin Marsh in May.", None, "Hana Brook"),
        ("Hana Brook, the ferry's owner, told this newspaper about her plans.", None, "Hana Brook"),
        ("In conversation with Hana Brook, the ferry's owner.", None, "Hana Brook"),
    ],
)  # fmt: skip
def test_the_one_who_spoke_to_the_interviewer_is_the_interviewee(
    sentence: str, about: str | None, who: str
) -> None:
    assert atomize.spoke_to(sentence, about) == who


@pytest.mark.parametrize(
    ("sentence", "about"),
    [
        ("The coach spoke to Tomas Kell after the match.", None),  # no named speaker
        ("She spoke to Hana Brook on Monday.", "Hana Brook"),  # the intro's person listened
        ("He spoke to reporters after the match.", None),  # no one the intro is about
        ("The ferry runs twice a day.", "Hana Brook"),
    ],
)
def test_a_sentence_that_names_no_speaker_to_the_interviewer_names_none(
    sentence: str, about: str | None
) -> None:
    assert atomize.spoke_to(sentence, about) is None


FERRY = (
    "Fares, floods and the last ferry on the Millstream\n\n"
    "Hana Brook has run the Millstream ferry for 14 years. Before the new timetable starts"
    " she talked to Colin Marsh about fares and the winter service.\n\n"
    "By Colin Marsh\n"
    "Monday 3 March 2025\n\n"
    "Hana Brook on the jetty at Millstream. Photograph: Ian Tey\n\n"
    "How many passengers did you carry last year?\n\n"
    "About 40,000. Most of them were commuters.\n\n"
    "The council cut your grant in April. Will fares rise?\n\n"
    "They will rise by 50p in June. We have no other choice.\n\n"
    "What happens in winter?\n\n"
    "Much quieter than the summer. The river freezes most years.\n\n"
    "The ferry's winter timetable starts on 1 November.\n"
)


def test_an_interview_goes_on_after_a_question_that_states_something_first() -> None:
    doc, _ = extract(Source(FERRY, "text"), Meta())
    found = [c.text for c in doc.claims]
    assert found == [
        "Hana Brook has run the Millstream ferry for 14 years.",
        "Before the new timetable starts she talked to Colin Marsh about fares and the winter"
        " service.",
        "Asked “How many passengers did you carry last year?”, [Hana Brook] said: “About 40,000.”",
        "[Hana Brook] said: “Most of them were commuters.”",
        "The council cut your grant in April.",  # the interviewer's statement: no answer
        "[Hana Brook] said: “They will rise by 50p in June.”",
        "[Hana Brook] said: “We have no other choice.”",
        "Asked “What happens in winter?”, [Hana Brook] said: “Much quieter than the summer.”",
        "[Hana Brook] said: “The river freezes most years.”",
        "The ferry's winter timetable starts on 1 November.",  # after the interview
    ]
    assert [c.id for c in doc.claims] == [f"c{n:03d}" for n in range(1, len(found) + 1)]
    short = doc.claims[2]
    assert short.passage.quote == FERRY[short.passage.start : short.passage.end]
    assert short.hint is not None and short.hint.attributed_to == "Hana Brook"
    assert short.section == "How many passengers did you carry last year?"
    questions = [i.passage.quote for i in doc.left_out if i.reason == "question"]
    assert questions == ["Will fares rise?"]
    assert not any(i.reason == "fragment" for i in doc.left_out)
    assert doc.claims[-1].section is None


def test_a_caption_paragraph_between_the_intro_and_the_first_question_breaks_nothing() -> None:
    text = (
        "Tom Ray has kept bees on the Fenwick estate since 1998. In his garden he spoke to"
        " us about the wet summer.\n\n"
        "Tom Ray with one of his hives\n\n"
        "How was the harvest?\n\n"
        "Poor. We took half the honey of last year.\n\n"
        "Will you keep going?\n\n"
        "I will keep the hives until I am seventy.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta(title="T"))
    found = [c.text for c in doc.claims]
    assert "[Tom Ray] said: “We took half the honey of last year.”" in found
    assert "[Tom Ray] said: “I will keep the hives until I am seventy.”" in found
    assert "Asked “How was the harvest?”, [Tom Ray] said: “Poor.”" in found


def test_a_marked_interviews_short_answer_without_a_verb_is_kept_with_its_question() -> None:
    text = (
        "Nia Cole swims for Wales.\n\n"
        "Q: How often do you train?\n"
        "A: Twice a day. I rest on Sundays.\n\n"
        "Q: Where?\n"
        "A: At the pool in Newport.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == [
        "Nia Cole swims for Wales.",
        "Asked “How often do you train?”, [Nia Cole] said: “Twice a day.”",
        "[Nia Cole] said: “I rest on Sundays.”",
        "Asked “Where?”, [Nia Cole] said: “At the pool in Newport.”",
    ]
    assert not [i for i in doc.left_out if i.reason in ("question", "fragment")]


LETTER = (
    "Your money: a refund that never came\n\n"
    "Q. I booked a coach trip to Bath with Valeway Tours in March. The company cancelled it"
    " two days before and promised a refund within 14 days. I am still waiting.\n"
    "{signature}"
    "A. Valeway should have paid you by now. I contacted the company last week.\n\n"
    "It has now refunded the full £95.\n"
)


@pytest.mark.parametrize("signature", ["Derek Moss, Hereford\n\n", "\nDerek Moss, by email\n\n"])
def test_a_signed_readers_letter_is_the_readers_and_its_marks_are_no_part_of_a_claim(
    signature: str,
) -> None:
    text = LETTER.format(signature=signature)
    doc, _ = extract(Source(text, "text"), Meta())
    assert [c.text for c in doc.claims] == [
        "[Derek Moss] said: “I booked a coach trip to Bath with Valeway Tours in March.”",
        "[Derek Moss] said: “The company cancelled it two days before.”",
        "[Derek Moss] said: “The company promised a refund within 14 days.”",
        "[Derek Moss] said: “I am still waiting.”",
        "Valeway should have paid you by now.",  # the column's own answer, without "A."
        "I contacted the company last week.",
        "It has now refunded the full £95.",
    ]
    for claim in doc.claims:
        assert claim.section is None  # the signature heads nothing
        assert claim.passage.quote == text[claim.passage.start : claim.passage.end]
        assert not claim.passage.quote.startswith(("Q.", "A."))
        if claim.text.startswith("[Derek Moss]"):
            assert claim.hint is not None and claim.hint.attributed_to == "Derek Moss"
    signed = [i.passage.quote for i in doc.left_out if i.reason == "attribution"]
    assert signed == [signature.strip()]


def test_an_unsigned_readers_letter_loses_its_mark_and_stays_unattributed() -> None:
    text = LETTER.format(signature="\n")
    doc, _ = extract(Source(text, "text"), Meta())
    found = [c.text for c in doc.claims]
    assert found[0] == "I booked a coach trip to Bath with Valeway Tours in March."
    assert "Valeway should have paid you by now." in found
    assert not any(c.startswith(("[", "Q.", "A.")) for c in found)
    assert not any(i.reason == "attribution" for i in doc.left_out)
