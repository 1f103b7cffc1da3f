"""The full-screen review when someone else changes the claim list (desk3 findings A5,
B7, B9, B4): the claim on the screen deleted, merged or split by another reviewer, the
session's summary, and whose decision each accept key takes at 80x24."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.pilot import Pilot

from claimcheck import store
from claimcheck.models import Label
from claimcheck.tui.app import ReviewApp
from claimcheck.tui.widgets import Ask
from tests.terminal import CLAIMCHECK, run
from tests.test_review_app import keys, review, text

FULL = f"env CLAIMCHECK_REVIEWER=ana NO_COLOR=1 TERM=xterm-256color {CLAIMCHECK}"


@pytest.fixture
def here(seed: Path) -> Path:
    return Path("claims.yaml")  # the tests run in the seed's folder


def flat(screen: str) -> str:
    return " ".join(screen.split())


def by_bo(seed: Path, *args: str) -> None:
    done = run(*args, "-r", "bo", "-f", seed.name, cwd=seed.parent)
    assert done.returncode == 0, done.stderr


def shown(seed: Path, claim_id: str) -> dict[str, object]:
    claim = run("show", claim_id, "--json", "-f", seed.name, cwd=seed.parent)
    assert claim.returncode == 0, claim.stderr
    return dict(json.loads(claim.stdout))


# --------------------------------------------------------------------------- B4


def test_adjudicating_at_80x24_the_key_line_says_whose_decision_each_number_takes(
    here: Path,
) -> None:
    long_note = " ".join(["searched the archive of the ministry and found nothing"] * 4)
    assert run("tag", "c001", "sourced", "-f", "claims.yaml", "-r", "ana", "-s", "Book",
               cwd=Path()).returncode == 0  # fmt: skip
    assert run("tag", "c001", "unverified", "-f", "claims.yaml", "-r", "bo", "--note", long_note,
               cwd=Path()).returncode == 0  # fmt: skip

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        assert app.query_one("#ask", Ask).placeholder.startswith("accept 1 ana  2 bo  ")
        await keys(pilot, "2")
        assert flat(text(app, "#status")) == "saved: c001 → unverified"

    review(here, steps, reviewer="cy", size=(80, 24), disputed=True)
    claim = store.load(here).doc.claims[0]
    assert claim.label is Label.UNVERIFIED and claim.note == long_note
