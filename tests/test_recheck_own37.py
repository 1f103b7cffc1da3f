"""A decision made before a claim's words changed waits for its own reviewer's re-check
(desk tester 7, H1): ana tagged a claim sourced, then split it; bo tagged one part with
his own source, and the part left needs-recheck, ClaimReview named ana as its author and
cited her source, whose passage was about the other part. A reviewer's re-check is
cleared only by that reviewer's own decision (or a ruling); until then it is no review of
the part: she is not named, her source is not cited."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run, sentence_claims, succeeds
from tests.test_claimreview_credit import DESK

SENTENCE = "The ferry will stop at Carne Point, cutting the crossing by ten minutes."
ANA = "https://port.example/carne-stop"
BO = "https://ferries.example/new-times"


@pytest.fixture
def ferry(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(sentence_claims("ferry", "Ferry", SENTENCE, [SENTENCE]), encoding="utf-8")
    (tmp_path / "claimcheck.toml").write_text(DESK, encoding="utf-8")
    return path


def split_tagged(tag: bool = True) -> list[str]:
    """ana tags the claim (unless it is tagged), then splits it: the ids of its parts."""
    if tag:
        succeeds("tag", "c001", "sourced", "-f", "claims.yaml", "-r", "ana", "-s", ANA)
    out = succeeds(
        "split", "c001", "-f", "claims.yaml", "--json", "-r", "ana",
        "--quote", "The ferry will stop at Carne Point",
        "--quote", "cutting the crossing by ten minutes",
        "--text", "The ferry will stop at Carne Point.",
        "--text", "The new stop will cut the crossing by ten minutes.",
    )  # fmt: skip
    return [part["id"] for part in json.loads(out)]


def published() -> dict[str, dict[str, Any]]:
    result = run("report", "-f", "claims.yaml", "-F", "claimreview", "--url", "https://d.example/x")
    assert result.exit_code == 0, result.output
    return {g["url"].rsplit("-", 1)[1]: g for g in json.loads(result.stdout)["@graph"]}


def needing_recheck() -> list[str]:
    out = succeeds("list", "-f", "claims.yaml", "--label", "needs-recheck", "--json")
    return [c["id"] for c in json.loads(out)]


def test_another_reviewers_decision_does_not_clear_her_recheck(ferry: Path) -> None:
    first, second = split_tagged()
    said = succeeds("tag", second, "sourced", "-f", "claims.yaml", "-r", "bo", "-s", BO)
    assert said == (
        f"{second}: sourced (1 source), your review recorded, 1 source added "
        "(reviews: ana: sourced, not re-checked; bo: sourced)\n"
    )
    assert needing_recheck() == [first, second]
    assert second not in published()  # nor published with her name or her source
    shown = json.loads(succeeds("show", second, "-f", "claims.yaml", "--json"))
    assert [s["url"] for s in shown["sources"]] == [BO]  # the label is bo's, on these words


def test_her_own_decision_clears_it_and_credits_her(ferry: Path) -> None:
    first, second = split_tagged()
    succeeds("tag", second, "sourced", "-f", "claims.yaml", "-r", "bo", "-s", BO)
    said = succeeds("tag", second, "sourced", "-f", "claims.yaml", "-r", "ana")
    assert said.startswith(f"{second}: sourced (2 sources), re-checked")
    assert needing_recheck() == [first]
    review = published()[second]
    assert [a["name"] for a in review["author"]] == ["Harbour Desk", "Bo Lind", "Ana Diaz"]


def test_a_ruling_since_clears_every_reviewers_recheck(ferry: Path) -> None:
    succeeds("tag", "c001", "sourced", "-f", "claims.yaml", "-r", "ana", "-s", ANA)
    succeeds("tag", "c001", "unverified", "-f", "claims.yaml", "-r", "bo")  # a dispute, ruled
    succeeds("tag", "c001", "unverified", "-f", "claims.yaml", "-r", "ed", "--adjudicate")
    first, second = split_tagged(tag=False)
    assert needing_recheck() == [first, second]
    succeeds("tag", second, "unverified", "-f", "claims.yaml", "-r", "ed", "--adjudicate")
    assert needing_recheck() == [first]
