"""A claim's text edited on both clones is a conflict the desk settles (desk tester 7, C2):
the merge driver kept ours and said so only on a line of stderr among git's output. Now
git reports the file conflicted: it holds the merge with our text, the message gives
theirs and how to settle it, and nothing else of the merge is lost."""

from __future__ import annotations

import subprocess
from pathlib import Path

from claimcheck import store
from tests.conftest import run
from tests.test_desk import desk, git  # noqa: F401 - the fixture of two clones
from tests.test_merge_edits import PULLS, cc, commit, pull

OURS = "Putin survived the revolt by the Wagner group."
THEIRS = "The Wagner revolt did not topple Putin."


def test_a_text_edited_on_both_clones_is_a_conflict_to_settle(
    desk: tuple[Path, Path],  # noqa: F811
) -> None:
    ana, bo = desk
    cc(ana, "ana", "edit", "c001", "--text", THEIRS)
    cc(ana, "ana", "tag", "c002", "opinion")
    commit(ana, "ana edits")
    git(ana, "push", "-q", "origin", "main")
    cc(bo, "bo", "edit", "c001", "--text", OURS)
    commit(bo, "bo edits")
    done = pull(bo, PULLS[0])
    assert done.returncode != 0
    said = [line for line in done.stderr.splitlines() if "c001" in line]
    assert said == [
        f"claimcheck merge of claims.yaml: CONFLICT: c001: its text was edited on both sides: "
        f"ours is kept, '{OURS}'; theirs was '{THEIRS}': settle it (claimcheck edit c001 "
        "--text …), then git add claims.yaml"
    ]
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=bo, capture_output=True, text=True, check=True
    )
    assert "UU claims.yaml" in status.stdout  # git holds it conflicted until settled
    doc = store.load(bo / "claims.yaml").doc  # merged, no markers: the rest is there
    assert doc.index()["c001"].text == OURS
    assert doc.index()["c002"].label is not None
    result = run("edit", "c001", "--text", THEIRS, "-f", str(bo / "claims.yaml"), "-r", "bo")
    assert result.exit_code == 0, result.output
    git(bo, "add", "claims.yaml")
    git(bo, "commit", "-qm", "settled c001")
