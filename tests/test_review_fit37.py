"""At 80x24 the review's status line (three lines at most) keeps what matters of a long
message in sight (desk tester 7, C3): the prompt asked next ("Text of part 1 of 2") after
a split refused for a part that is no statement, and how to merge anyway after a merge
refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Static

from claimcheck.tui.app import ReviewApp
from tests.conftest import sentence_claims
from tests.test_review_app import keys, review, typed

SENTENCES = [
    "The harbour board said on Thursday that the northern breakwater, which was built in "
    "1911 and last repaired in 1987, is now unsafe in winter storms and already needs "
    "about 4 million pounds of repairs to its outer wall, its lighthouse steps, its old "
    "mooring rings and the stone pier that the fishing fleet uses every morning.",
    "The harbour board, whose members are appointed by the county council and the port "
    "users' association, closed the northern breakwater to walkers for the whole winter.",
]
ARTICLE = " ".join(SENTENCES)


@pytest.fixture
def harbour(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(sentence_claims("harbour", "Harbour", ARTICLE, SENTENCES), encoding="utf-8")
    return path


def visible(app: ReviewApp) -> str:
    """The status line as the screen shows it: wrapped at its width, its lines in sight."""
    widget = app.query_one("#status", Static)
    console = Console(file=io.StringIO(), width=widget.size.width - 2, record=True)
    console.print(widget.content)
    lines = console.export_text().splitlines()
    return " ".join(" ".join(lines[: widget.size.height]).split())


def test_the_prompt_after_a_refused_split_stays_in_sight(harbour: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "v", "ctrl+u")
        await typed(pilot, SENTENCES[0].replace(" and already", " | and already"))
        await keys(pilot, "enter")
        shown = visible(app)
        assert "not split yet" in shown
        assert "Text of part 1 of 2 of c001" in shown

    review(Path("claims.yaml"), steps)


def test_how_to_merge_anyway_stays_in_sight(harbour: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "m", "enter")  # c002 into c001: another statement
        shown = visible(app)
        assert shown.startswith("NOT CHANGED: ")
        assert "--force" in shown and "to merge them anyway" in shown

    review(Path("claims.yaml"), steps)
