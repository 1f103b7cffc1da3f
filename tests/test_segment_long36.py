"""A long block goes to the sentence splitter in pieces (hostile tester 23, F3): sentencex's
time grows with the square of an unbroken run of quotation marks (20 KB took 30 s, 40 KB
150 s), and the rules after it with the square of a "sentence" with no full stop (200 KB
of clauses took 5 minutes). Pieces end at a line break or a sentence's end where there is
one, so an article's real sentences come out as they did; sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sentencex

from claimcheck import segment


@pytest.fixture
def handed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The length of each text handed to sentencex."""
    sizes: list[int] = []
    real = sentencex.get_sentence_boundaries

    def counted(language: str, text: str) -> Any:
        sizes.append(len(text))
        return real(language, text)

    monkeypatch.setattr(sentencex, "get_sentence_boundaries", counted)
    yield sizes


def spans(text: str) -> list[tuple[int, int]]:
    return list(segment.sentences(text, 0, len(text)))


def test_a_run_of_quotation_marks_goes_to_the_splitter_in_pieces(handed: list[int]) -> None:
    text = "The mayor said " + "\"“'\u2018" * 10_000
    found = spans(text)
    assert handed and max(handed) <= segment.LONG
    # nothing is lost: the sentences hold every character that is not white space
    assert "".join(text[a:b] for a, b in found).replace(" ", "") == text.replace(" ", "")


def test_a_paragraph_with_no_full_stop_is_cut_into_sentences_no_longer_than_a_piece() -> None:
    text = "The board, which met on Friday, said that the ferry, built in 1988, cost £3m " * 300
    found = spans(text)
    assert max(b - a for a, b in found) <= 2 * segment.CHUNK
    assert "".join(text[a:b] for a, b in found).replace(" ", "") == text.replace(" ", "")


def test_the_sentences_of_a_long_paragraph_of_real_sentences_are_the_same_in_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentences = [
        "The ferry left Oban at 9am on Monday.",
        'Dr. Ann Reid said: "We were late. The sea was rough."',
        "Fares rose by 4.5% in May, the operator said.",
        "J. R. Hale, the harbour master, closed the pier at noon!",
        "Did the council know?",
        "It said it had not been told until 3 p.m. Tuesday.",
    ]
    text = " ".join(sentences[i % len(sentences)] for i in range(1000))
    assert len(text) > 3 * segment.LONG
    in_pieces = spans(text)
    monkeypatch.setattr(segment, "LONG", len(text) + 1)  # the whole block at once
    assert in_pieces == spans(text)
