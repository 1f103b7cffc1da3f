"""Extraction stays linear on long runs of one construction a hostile article may hold
(a paragraph of abbreviations, thousands of sentences opening with "It" on one line,
headings one after another, an interview of thousands of answers, thousands of short
quotations, each a paragraph of its own, which might be pull quotes, one sentence of
thousands of clauses joined by "and").

Growth is measured in work, not seconds: the Python calls made (cProfile's count, which
a rule that goes back over every block or sentence before each one multiplies) plus the
characters handed to the sentence joiner's patterns (which read C-side, out of
cProfile's sight)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from claimcheck import segment
from claimcheck.extract import Meta, atomize, extract
from claimcheck.extract.ingest import Source
from tests.extracting import Counting, work


def abbreviations(n: int) -> str:
    return "approx. vs. est. Dr. Mr. e.g. i.e. " * n


def it_sentences(n: int) -> str:
    return "It said it. " * n


def it_sentences_ending_in_a_word(n: int) -> str:
    return "The port shut. " + "It said so to the harbour board. " * n


def headings(n: int) -> str:
    return "".join(f"# Heading {i}\n\n" for i in range(n))


def interview(n: int) -> str:
    lines = (f"Q: Will plan {i} go ahead?\nA: It will go ahead in year {i}.\n\n" for i in range(n))
    return "Ada Ruiz spoke to us.\n\n" + "".join(lines)


def quotations(n: int) -> str:
    return "".join(f'"The board met {i} times in {i + 3} towns."\n\n' for i in range(n))


def and_clauses(n: int) -> str:
    """One sentence of thousands of clauses joined by "and"."""
    said = " and ".join(f"plant {i} shut because the firm said it would" for i in range(n))
    return f"The board said that {said}.\n"


def colons(n: int) -> str:
    """One sentence of thousands of clauses each ending in a colon."""
    return " ".join("police found guns:" for _ in range(n)) + " the end.\n"


def numbered_phrases(n: int) -> str:
    """One sentence of thousands of phrases with a number, each after a comma."""
    return "The mayor, " + ", ".join(f"the son of {i} men" for i in range(n)) + ", resigned.\n"


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    total = [0]
    for name in ("_NEVER_LAST", "_SHORT_WORD_STOP"):
        monkeypatch.setattr(segment, name, Counting(getattr(segment, name), total))
    # and the characters the trailing-time pattern reads, once for each "and"
    monkeypatch.setattr(atomize, "_TRAILING_TIME", Counting(atomize._TRAILING_TIME, total))
    # and those the colon's last-item and the gapping rule's verb patterns read
    for name in ("_LAST_LISTED_ITEM", "_VERB_NUMBER"):
        monkeypatch.setattr(atomize, name, Counting(getattr(atomize, name), total))
    # the first extraction in a process loads the word lexicon: not work of either size
    extract(Source(interview(3) + abbreviations(3) + it_sentences(3), "text"), Meta(title="T"))
    yield total


@pytest.mark.parametrize(
    ("make", "n"),
    [
        (abbreviations, 150),
        (it_sentences, 400),
        (it_sentences_ending_in_a_word, 150),
        (headings, 400),
        (interview, 1000),
        (quotations, 300),
        (and_clauses, 150),
        (colons, 300),
        (numbered_phrases, 300),
    ],
)
def test_work_grows_linearly_with_a_run_of_one_construction(
    read: list[int], make: Callable[[int], str], n: int
) -> None:
    ratio = work(read, make(4 * n)) / work(read, make(n))
    assert ratio < 4 * 1.5, f"{make.__name__}: 4x the input took {ratio:.1f}x the work"
