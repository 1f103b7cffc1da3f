"""A quotation whose speaker the article names keeps that speaker in each of its
sentences: a quotation opened after "she said:" behind an opening phrase, over several
sentences and into the next paragraph that is only quotation; a signature after a hyphen,
an en dash or an em dash, with a title before the name or after it; and the quotation
after '"…," a spokesperson admitted afterwards.' in the same paragraph. Sentences written
for these tests."""

from __future__ import annotations

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def run(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    left = [(str(item.reason), item.passage.quote) for item in doc.left_out]
    return [c.text for c in doc.claims], left


def claims(text: str) -> list[str]:
    return run(text)[0]


def test_each_sentence_of_a_closed_quotation_after_an_opening_phrase_is_the_speakers() -> None:
    got = claims(
        'On Tuesday, Marta Quill said: "The pier will close in March. Boats will moor at '
        'the east wall."'
    )
    assert 'Marta Quill said: "Boats will moor at the east wall."' in got
    # a quoted paragraph after one with no speaker stays unattributed
    got = claims(
        "The pier will close in March, and boats will moor at the east wall.\n\n"
        '"We expect the repairs to take eight months."'
    )
    assert '"We expect the repairs to take eight months."' in got


def test_a_signature_after_an_en_dash_with_a_title_before_the_name() -> None:
    got, left = run(
        "The regatta drew 4,000 visitors.\n\n"
        '"It was the busiest weekend we have had." \u2013 Harbour board chair Marta Quill'
    )
    assert 'Harbour board chair Marta Quill said: "It was the busiest weekend we have had."' in got
    assert ("attribution", "\u2013 Harbour board chair Marta Quill") in left
    # a credit line after a dash is no signature
    got, _ = run(
        "The regatta drew 4,000 visitors.\n\n"
        '"It was the busiest weekend we have had." \u2013 Additional reporting by Marta Quill'
    )
    assert not any(c.startswith("Additional reporting by Marta Quill said") for c in got)


def test_a_signature_after_an_em_dash_on_the_line_below() -> None:
    got, _ = run(
        "The regatta drew 4,000 visitors.\n\n"
        '"It was the busiest weekend we have had."\n— Harbour board chair Marta Quill'
    )
    assert 'Harbour board chair Marta Quill said: "It was the busiest weekend we have had."' in got
    got, _ = run(
        "The regatta drew 4,000 visitors.\n\n"
        '"It was the busiest weekend we have had." \u2013 Marta Quill, chair of the harbour board'
    )
    assert 'Marta Quill said: "It was the busiest weekend we have had."' in got
    got, _ = run(
        "The regatta drew 4,000 visitors.\n\n"
        '"It was the busiest weekend we have had."\n— Marta Quill, chair of the harbour board'
    )
    assert 'Marta Quill said: "It was the busiest weekend we have had."' in got


def test_the_quotation_after_an_attribution_with_an_adverb_is_the_same_speakers() -> None:
    got = claims(
        '"The fault was mine," Dunmore admitted afterwards. "I read the chart wrongly. I '
        'will pay for the repairs."'
    )
    assert 'Dunmore said: "I read the chart wrongly."' in got
    assert 'Dunmore said: "I will pay for the repairs."' in got
    got = claims(
        '"We are checking every line," a company spokeswoman said to reporters. "Some '
        'homes may wait until Friday."'
    )
    assert 'A company spokeswoman said: "Some homes may wait until Friday."' in got


def test_a_quotation_after_one_the_segmenter_joined_to_a_clause_is_the_same_speakers() -> None:
    # "8mph." does not end a sentence for the segmenter: the clause and the quotation after
    # it are one sentence, whose last piece names the speaker
    got = claims(
        'The ferry sails only when winds are under 8mph. "We will run an extra boat on '
        'Sunday," a port spokesman said. "Tickets bought for Saturday will still be valid."'
    )
    assert 'A port spokesman said: "Tickets bought for Saturday will still be valid."' in got


def test_each_sentence_of_a_quotation_opened_after_an_opening_phrase_is_the_speakers() -> None:
    got = claims(
        "Marta Quill chairs the harbour board.\n\n"
        'Speaking on the quay after the vote, Quill said: "The pier will close in March. '
        "Boats will moor at the east wall until it reopens.\n\n"
        '"We expect the repairs to take eight months."'
    )
    assert 'Quill said: "The pier will close in March."' in got
    assert 'Quill said: "Boats will moor at the east wall until it reopens."' in got
    assert 'Quill said: "We expect the repairs to take eight months."' in got


def test_a_closed_quotation_after_said_colon_carries_into_a_quoted_paragraph() -> None:
    got = claims(
        'On Tuesday, Marta Quill said: "The pier will close in March. Boats will moor at '
        'the east wall."\n\n"We expect the repairs to take eight months."'
    )
    assert 'Marta Quill said: "Boats will moor at the east wall."' in got
    assert 'Marta Quill said: "We expect the repairs to take eight months."' in got
    # a quoted paragraph after one with no speaker stays unattributed
    got = claims(
        "The pier will close in March, and boats will moor at the east wall.\n\n"
        '"We expect the repairs to take eight months."'
    )
    assert '"We expect the repairs to take eight months."' in got
