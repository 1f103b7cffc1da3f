"""One sentence of many appositives (a name, a comma, what the name is) takes work
linear in its length: the verb that dates each appositive was read from it to the
sentence's end, and the words before each were searched from the sentence's start for a
phrase of place ("north of"), so four times the sentence took some sixteen times the
work.

Growth is measured in work, as tests/test_extract_hostile_growth.py does, in one process: the Python
calls made (cProfile's count) plus the characters handed to the pattern that looks for
"<word> of" before an appositive (which reads C-side, out of cProfile's sight)."""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator

import pytest

from claimcheck.extract import Meta, atomize, extract, parallel
from claimcheck.extract.ingest import Source
from tests.extracting import Counting, work


def numbered_offices(n: int) -> str:
    """A run of names, each with its office and address, before the sentence's verb."""
    run = " ".join(f"Ruth Moss{i}, the treasurer, of No. {i} Hill Rd. {i}" for i in range(n))
    return f"{run} voted.\n"


def lettered_names(n: int) -> str:
    """A run of lettered names, each with what it is, and no verb after any of them."""
    letters = string.ascii_lowercase
    return " ".join(f"{letters[i % 26]}. Tom Ray{i}, the mayor." for i in range(n)) + "\n"


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    total = [0]
    # every sentence cut in this process, where the profile sees it (a second process
    # would do the work out of its sight)
    monkeypatch.setattr(parallel, "spare_cpu", lambda: False)
    monkeypatch.setattr(atomize, "_OF_BEFORE", Counting(atomize._OF_BEFORE, total))
    # the first extraction in a process loads the word lexicon: not work of either size
    extract(Source("Notes\n\n" + numbered_offices(3) + lettered_names(3), "text"), Meta(title="T"))
    yield total


@pytest.mark.parametrize("make", [numbered_offices, lettered_names])
def test_work_grows_linearly_with_a_sentence_of_appositives(
    read: list[int], make: Callable[[int], str]
) -> None:
    ratio = work(read, "Notes\n\n" + make(600)) / work(read, "Notes\n\n" + make(150))
    assert ratio < 4 * 1.5, f"{make.__name__}: 4x the sentence took {ratio:.1f}x the work"


def test_the_runs_are_one_sentence_of_appositives() -> None:
    """Each run is what the test means it to be: one sentence, whose names get a claim
    of what each is, so the appositives are all read."""
    for make in (numbered_offices, lettered_names):
        claims, stats = extract(Source("Notes\n\n" + make(30), "text"), Meta(title="T"))
        texts = [c.text for c in claims.claims]
        who = "Ruth Moss8 is the treasurer" if make is numbered_offices else "Tom Ray8 is the mayor"
        assert any(t.startswith(who) for t in texts), (make.__name__, texts[:5])
        assert stats.sentences == 1, make.__name__
