"""The review's `r` (reuse the decision of the same claim seen before in another claim
file) copies no decision that waits for a re-check, and the seen-before table says it
waits (desk tester 6, H2: a decision made on words since changed was copied clean and
published)."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.pilot import Pilot

from claimcheck import store
from claimcheck.tui.app import ReviewApp
from tests.conftest import CASES, run, succeeds
from tests.test_review_app import keys, review, text

REFUSED = "not reused: c001 in a.yaml needs a re-check (its words changed after it was tagged)"


def two_files(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        shutil.copy(CASES / "claims" / "valid.yaml", tmp_path / name)
    succeeds("tag", "c001", "sourced", "-s", "https://sky.example", "-f", "a.yaml", "-r", "bo")


def test_a_decision_waiting_for_a_recheck_is_flagged_and_not_reused(tmp_path: Path) -> None:
    two_files(tmp_path)
    succeeds("edit", "c001", "-f", "a.yaml", "--text", "The sky is blue at noon.")
    shown = run("show", "c001", "-f", "b.yaml").stdout
    assert "seen before" in shown and "sourced, needs a re-check" in shown, shown

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "r")
        assert text(app, "#status").strip() == REFUSED

    review(Path("b.yaml"), steps, size=(160, 48), reviewer="ana")
    claim = store.load(tmp_path / "b.yaml").doc.claims[0]
    assert claim.label is None and not claim.reviews
    # once re-checked there, it is reused as before
    succeeds("tag", "c001", "sourced", "-f", "a.yaml", "-r", "bo")

    async def again(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "r")

    review(Path("b.yaml"), again, size=(160, 48), reviewer="ana")
    claim = store.load(tmp_path / "b.yaml").doc.claims[0]
    assert claim.label is not None and claim.note == "as c001 in a.yaml"


def test_the_plain_review_refuses_it_too(tmp_path: Path) -> None:
    import os

    from tests.terminal import CLAIMCHECK, Pty

    two_files(tmp_path)
    succeeds("edit", "c001", "-f", "a.yaml", "--text", "The sky is blue at noon.")
    env = {**os.environ, "CLAIMCHECK_REVIEWER": "ana", "NO_COLOR": "1", "COLUMNS": "100"}
    plain = Pty([CLAIMCHECK, "review", "--plain", "-f", "b.yaml"], env, tmp_path)
    try:
        plain.wait_for(b"quit")
        assert b"sourced, needs a re-check" in plain.output
        plain.write(b"r")
        plain.wait_for(REFUSED.encode())
        plain.write(b"q")
        plain.wait_for(b"Reviewed")
    finally:
        plain.kill()
    claim = store.load(tmp_path / "b.yaml").doc.claims[0]
    assert claim.label is None and not claim.reviews
