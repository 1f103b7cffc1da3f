"""A claim's text loses its Markdown marks in time linear in its passage, however many
marks never close: a run of unpaired `*`, `_` or `[` (or `[a](` with no `)`) once made
each mark scan to the passage's end for its pair, so four times the text took sixteen
times as long. Growth is measured as the ratio of CPU time at 1x and 4x the size (the
best of three runs), never against a wall-clock limit."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from claimcheck.extract import atomize


def _cpu(text: str) -> float:
    piece = atomize.Piece(start=0, end=len(text), kind="clause")
    best = float("inf")
    for _ in range(3):
        began = time.process_time()
        atomize.claim_text(text, piece)
        best = min(best, time.process_time() - began)
    return best


RUNS: dict[str, Callable[[int], str]] = {
    "stars": lambda n: "The mayor said " + "*a " * n + "rents rose.",
    "double stars": lambda n: "The mayor said " + "**a " * n + "rents rose.",
    "underscores": lambda n: "The mayor said " + "_a " * n + "rents rose.",
    "double underscores": lambda n: "The mayor said " + "__a " * n + "rents rose.",
    "brackets": lambda n: "The mayor said [" * n + " rents rose.",
    "links without an end": lambda n: "The mayor said " + "[a](" * n + " rents rose.",
}


@pytest.mark.parametrize("name", list(RUNS))
def test_unpaired_marks_cost_linear_time(name: str) -> None:
    make = RUNS[name]
    small, large = _cpu(make(2000)), _cpu(make(8000))
    # linear: about 4 times; quadratic was about 16 times
    assert large < 8 * max(small, 0.01), (name, small, large)


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        (
            "The **council** voted *twice* on the _new_ plan.",
            "The council voted twice on the new plan.",
        ),
        (
            "The __board__ met in [the town hall](https://example.org/hall).",
            "The board met in the town hall.",
        ),
        ("The **vote was *very* close** in May.", "The vote was *very* close in May."),
        ("The _pay_rates file_ was leaked.", "The pay_rates file was leaked."),
        ("The mayor said *a *b rents rose.", "The mayor said *a *b rents rose."),
        ("The mayor said [a [b rents rose.", "The mayor said [a [b rents rose."),
    ],
)
def test_marks_removed_as_before(passage: str, expected: str) -> None:
    assert atomize.claim_text(passage, atomize.Piece(0, len(passage), "clause")) == expected
