"""SVG snapshots of the full-screen review's main screens (tests/__snapshots__/): fixed
data, no clock. After a deliberate change of the screen: pytest --snapshot-update, then
look at the new SVGs before committing them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.review import Session
from claimcheck.tui.app import ReviewApp

Compare = Callable[..., bool]


def app(seed: Path) -> ReviewApp:
    journal = store.Journal(Path("claims.yaml"))  # relative: the header shows it
    return ReviewApp(Session.start(journal.doc, "ana"), journal)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_the_review_screen(snap_compare: Compare, seed: Path, size: tuple[int, int]) -> None:
    assert snap_compare(app(seed), terminal_size=size)


def test_a_prompt_prefilled_at_80x24(snap_compare: Compare, seed: Path) -> None:
    assert snap_compare(app(seed), press=["n", "n", "s"], terminal_size=(80, 24))


def test_the_help_overlay(snap_compare: Compare, seed: Path) -> None:
    assert snap_compare(app(seed), press=["question_mark"], terminal_size=(100, 40))
