"""Sentence ends that sentencex misses: a word its abbreviation list holds ("May", "ill",
"ore", "no", "art") before a capitalised word that starts the next sentence. Every
sentence here was written for this test."""

from __future__ import annotations

from typing import SupportsIndex

import pytest

from claimcheck.segment import sentences


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The board approved the budget in May. Tenants may appeal until July.",
        "The pier was repainted by Theresa May. Visitors returned the next week.",
        "The keeper fell ill. Volunteers fed the animals.",
        "The ship carried iron ore. Dockers unloaded it overnight.",
        "The minister said no. Officials confirmed the decision.",
        "The gallery bought modern art. Critics praised the choice.",
    ],
)
def test_a_word_sentencex_reads_as_an_abbreviation_ends_a_sentence(text: str) -> None:
    first, second = text.split(". ", 1)
    assert split(text) == [first + ".", second]


@pytest.mark.parametrize(
    "text",
    [
        "Figures are in fig. 3 of the report.",  # an abbreviation before a number
        "The final was Leeds vs. Hull on Sunday.",  # a form that never ends a sentence
        "The letter was signed by gen. Mills himself.",  # a title before a name
        "Costs are approx. Four million pounds a year.",
    ],
)
def test_an_abbreviation_before_what_it_qualifies_stays_inside(text: str) -> None:
    assert split(text) == [text]


def test_a_quotation_is_not_cut_inside() -> None:
    """sentencex keeps a quotation of several sentences whole, and so does this: its
    sentences are cut later, each with its speaker."""
    text = '"The keeper fell ill. Nobody came," she said.'
    assert split(text) == [text]


class _Reading(str):
    """Text that counts the characters read out of it, by slices and by `count`."""

    read = 0

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        got = super().__getitem__(key)
        if isinstance(key, slice):
            _Reading.read += len(got)
        return got

    def count(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        lo = start or 0
        _Reading.read += (len(self) if end is None else end) - lo
        return super().count(sub, lo, len(self) if end is None else end)


def _read_to_split(n: int) -> int:
    # one quotation that sentencex keeps whole, full of stops it missed ("fell ill. Then")
    text = _Reading('"' + "He fell ill. Then he said no. Iron ore. " * n + '"')
    _Reading.read = 0
    list(sentences(text, 0, len(text)))
    return _Reading.read


def test_the_stops_inside_a_long_quotation_are_read_once() -> None:
    # whether each missed stop is inside the quotation was counted from the quotation's
    # start at every stop: quadratic in a long quotation (a hostile tester's 1 MB took 18 s)
    ratio = _read_to_split(4000) / _read_to_split(1000)
    assert ratio < 4 * 1.5, f"4x the quotation read {ratio:.1f}x the characters"
