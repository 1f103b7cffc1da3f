"""What a desk publishes after reviewers agree or an adjudicator rules (desk tester 6):
an agreeing reviewer takes away no explanation (H1), and a label of the adjudicator's
own credits no reviewer in ClaimReview (C7)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run, succeeds
from tests.test_claimreview_credit import DESK  # the same desk: two reviewers, an adjudicator

WHY = "No register of the ferry's sailings was found."


def shown(claim_id: str) -> dict[str, object]:
    result = run("show", claim_id, "-f", "mini.yaml", "--json")
    assert result.exit_code == 0, result.output
    found: dict[str, object] = json.loads(result.stdout)
    return found


def claimreviews() -> dict[str, dict[str, object]]:
    out = succeeds("report", "-f", "mini.yaml", "-F", "claimreview", "--url", "https://d.example/x")
    return {r["url"].rsplit("-", 1)[1]: r for r in json.loads(out)["@graph"]}


def test_an_agreeing_reviewer_keeps_the_first_ones_explanation(mini: Path) -> None:
    (mini.parent / "claimcheck.toml").write_text(DESK)
    succeeds("tag", "c002", "unverified", "-f", "mini.yaml", "-r", "ana", "--explanation", WHY)
    said = succeeds("tag", "c002", "unverified", "-f", "mini.yaml", "-r", "bo")
    assert "explanation" not in said, said
    assert shown("c002")["explanation"] == WHY
    assert claimreviews()["c002"]["reviewRating"]["ratingExplanation"] == WHY  # type: ignore[index]
    history = succeeds("history", "c002", "-f", "mini.yaml")
    bos = [line for line in history.splitlines() if line.split()[2:3] == ["bo"]]
    assert bos and not any("explanation" in line for line in bos), history
    # a later explanation from either of them is the one published
    succeeds("tag", "c002", "unverified", "-f", "mini.yaml", "-r", "bo", "--explanation", "Bo's.")
    assert shown("c002")["explanation"] == "Bo's."


def test_an_agreeing_reviewer_after_an_edit_publishes_no_explanation_for_other_words(
    mini: Path,
) -> None:
    (mini.parent / "claimcheck.toml").write_text(DESK)
    succeeds("tag", "c002", "unverified", "-f", "mini.yaml", "-r", "ana", "--explanation", WHY)
    text = str(shown("c002")["text"])
    succeeds("edit", "c002", "-f", "mini.yaml", "--text", text.rstrip(".") + " in 1990.")
    succeeds("tag", "c002", "unverified", "-f", "mini.yaml", "-r", "bo")
    assert shown("c002")["explanation"] is None
    assert WHY not in json.dumps(claimreviews())


def authors() -> dict[str, list[str]]:
    found = {}
    for key, review in claimreviews().items():
        named = review["author"] if isinstance(review["author"], list) else [review["author"]]
        found[key] = [a["name"] for a in named]  # type: ignore[index]
    return found


def disputed(claim_id: str, ana: tuple[str, ...], bo: tuple[str, ...]) -> None:
    succeeds("tag", claim_id, *ana, "-f", "mini.yaml", "-r", "ana")
    succeeds("tag", claim_id, *bo, "-f", "mini.yaml", "-r", "bo")


def test_a_ruling_of_the_adjudicators_own_credits_no_reviewer(mini: Path) -> None:
    (mini.parent / "claimcheck.toml").write_text(DESK)
    # ed's own note on the label one reviewer gave (the review's `u` with a note)
    disputed("c001", ("unverified", "--note", "asked the port"), ("opinion",))
    succeeds("tag", "c001", "unverified", "-f", "mini.yaml", "--adjudicate", "-r", "ed",
             "--note", "editor: hold")  # fmt: skip
    # ed's own explanation for the label one reviewer gave
    disputed("c002", ("opinion",), ("unverified",))
    succeeds("tag", "c002", "opinion", "-f", "mini.yaml", "--adjudicate", "-r", "ed",
             "--explanation", "A trader's view, not a checkable fact.")  # fmt: skip
    assert authors() == {"c001": ["Harbour Desk"], "c002": ["Harbour Desk"]}
    graph = claimreviews()
    assert graph["c002"]["reviewRating"]["ratingExplanation"].startswith("A trader's")  # type: ignore[index]


def test_accepting_a_reviewers_decision_in_the_review_credits_them(mini: Path) -> None:
    from textual.pilot import Pilot

    from claimcheck.tui.app import ReviewApp
    from tests.test_review_app import keys, review

    (mini.parent / "claimcheck.toml").write_text(DESK)
    disputed("c001", ("unverified", "--note", "asked the port", "--explanation", WHY), ("opinion",))

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "1")

    review(Path("mini.yaml"), steps, size=(160, 48), reviewer="ed", disputed=True)
    assert shown("c001")["adjudicated_by"] == "ed"
    assert authors()["c001"] == ["Harbour Desk", "Ana Diaz"]
    assert claimreviews()["c001"]["reviewRating"]["ratingExplanation"] == WHY  # type: ignore[index]
