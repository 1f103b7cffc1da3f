"""Issue 12: who speaks a quotation. A quotation given to nobody reads as the paper's own
words, and one given to the wrong speaker is false: each rule here names a speaker only
where the article's own construction does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_truth import claims


def test_a_quotation_opened_after_a_colon_goes_on_in_the_next_paragraph() -> None:
    """'X said: "…' with the quotation left open: the newspaper convention for a
    quotation over paragraphs, whose next paragraph opens with a quotation mark."""
    got = claims(
        'Ann Kerr, who runs the depot, said: "The yard flooded at dawn.\n\n'
        '"We moved the buses to higher ground. Nobody was hurt."'
    )
    assert got[-2:] == [
        'Ann Kerr said: "We moved the buses to higher ground."',
        'Ann Kerr said: "Nobody was hurt."',
    ]


def test_a_quotation_closed_after_a_colon_is_followed_by_a_paragraph_of_hers() -> None:
    got = claims('Ann Kerr said: "The yard flooded at dawn."\n\n"We moved the buses."')
    assert got == [
        'Ann Kerr said: "The yard flooded at dawn."',
        'Ann Kerr said: "We moved the buses."',
    ]


def test_a_pronoun_before_the_colon_is_resolved_for_the_next_paragraph() -> None:
    got = claims('Ann Kerr runs the depot. She said: "The yard flooded.\n\n"We moved the buses."')
    assert got[-1] == '[Ann Kerr] said: "We moved the buses."'


def test_a_paragraph_of_the_writers_own_after_a_colon_quotation_ends_the_chain() -> None:
    got = claims(
        'Ann Kerr said: "The yard flooded."\n\nThe depot reopened on Monday.\n\n"Buses ran."'
    )
    assert got[-1] == '"Buses ran."'


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("She urged drivers not to park on the verge.", "[Ann Kerr]"),
        ("She recalled that the yard had flooded twice.", "[Ann Kerr]"),
        ("She appealed for witnesses to come forward.", "[Ann Kerr]"),
        ("She called for the verge to be fenced.", "[Ann Kerr]"),
    ],
)
def test_a_quotation_after_a_sentence_reporting_a_request_or_memory_is_the_reporters(
    sentence: str, speaker: str
) -> None:
    got = claims(f'Ann Kerr runs the depot. {sentence} "The grass is soft. Lorries sink into it."')
    assert got[-2:] == [
        f'{speaker} said: "The grass is soft."',
        f'{speaker} said: "Lorries sink into it."',
    ]


def test_a_speaker_with_a_relative_clause_set_off_speaks_the_quotation_after() -> None:
    got = claims(
        "A driver waiting at the depot, who did not want to give her name, said she had"
        ' lost a day\'s pay. "I have rent to find."'
    )
    assert got[-1] == 'A driver waiting at the depot said: "I have rent to find."'


@pytest.mark.parametrize("opening", ["Last week", "In 2019", "Earlier"])
def test_an_opening_phrase_of_time_is_not_part_of_the_speaker(opening: str) -> None:
    got = claims(f'{opening} he told reporters the plan was dead. "We will not build it."')
    assert got[-1] == 'He said: "We will not build it."'


def test_a_quotation_after_a_correction_is_the_speaker_named_after_the_first() -> None:
    """'"We lost," X added, before correcting himself: "They lost."': X's words, not a
    speaker taken from inside the first quotation."""
    got = claims(
        '"We did not play well," Tom Ray added, before correcting himself: "They did not,'
        ' I mean. The visitors were sharp."'
    )
    assert got[1:] == [
        'Tom Ray said: "They did not, I mean."',
        'Tom Ray said: "The visitors were sharp."',
    ]
    got = claims(
        '"We did not play well," said the coach, before correcting himself: "They did not,'
        ' I mean. The visitors were sharp."'
    )
    assert got[-1] == 'The coach said: "The visitors were sharp."'


def test_a_quotation_after_a_sentence_that_reports_nothing_stays_nobodys() -> None:
    got = claims('Ann Kerr fenced the verge in May. "The grass is soft."')
    assert got[-1] == '"The grass is soft."'
