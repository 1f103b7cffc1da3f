"""A decision carries only what its reviewer gave it, for the label they gave it (desk2 A1,
A2); a reviewer's name shows every character it holds (hostile 18 #9); a part split from
someone's words stays theirs (desk2 A3)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.review import Session
from claimcheck.tui.app import ReviewApp
from tests import reviewed
from tests.conftest import run, succeeds

EXPLAINED = "We could not find a public record of this."
DROPPED = "explanation dropped (it was written for unverified): give one with --explanation"


def shown(claim_id: str) -> dict[str, object]:
    result = run("show", claim_id, "--json")
    assert result.exit_code == 0, result.output
    found: dict[str, object] = json.loads(result.stdout)
    return found


def published(tmp_path: Path) -> str:
    """The public Markdown report and the ClaimReview of the claim file in `tmp_path`."""
    succeeds("report", "--public", "-F", "md", "-o", "public.md")
    succeeds("report", "-F", "claimreview", "--url", "https://desk.example/c", "-o", "r.jsonld")
    return (tmp_path / "public.md").read_text() + (tmp_path / "r.jsonld").read_text()


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    path = reviewed.make(tmp_path)
    for claim_id in ("c005", "c006"):
        said = succeeds("tag", claim_id, "unverified", "-r", "dana", "--explanation", EXPLAINED)
        assert said == f"{claim_id}: pending → unverified\n"
    return path


# --------------------------------------------------------------- A1: one reviewer, `tag`


def test_a_new_label_drops_the_explanation_written_for_the_old_one(
    seed: Path, tmp_path: Path
) -> None:
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    succeeds("tag", "c005", "unverified", "-r", "dana", "--explanation", EXPLAINED)
    said = succeeds("tag", "c005", "sourced", "-r", "dana", "-s", "https://maps.example/route")
    assert said == f"c005: unverified → sourced (1 source); {DROPPED}\n"
    assert shown("c005")["explanation"] is None
    assert EXPLAINED not in published(tmp_path)
    # the same label again keeps its own explanation; a new one can be given with the label
    succeeds("tag", "c006", "unverified", "-r", "dana", "--explanation", EXPLAINED)
    assert succeeds("tag", "c006", "unverified", "-r", "dana", "--note", "n") == (
        "c006: unverified → unverified\n"
    )
    assert shown("c006")["explanation"] == EXPLAINED
    said = succeeds("tag", "c006", "opinion", "-r", "dana", "--explanation", "A judgement.")
    assert said == "c006: unverified → opinion\n"
    assert shown("c006")["explanation"] == "A judgement."


def test_undo_of_the_new_label_brings_the_explanation_back(seed: Path) -> None:
    succeeds("tag", "c005", "unverified", "--explanation", EXPLAINED)
    succeeds("tag", "c005", "opinion")
    assert shown("c005")["explanation"] is None
    result = run("undo")
    assert result.exit_code == 0, result.output
    found = shown("c005")
    assert (found["label"], found["explanation"]) == ("unverified", EXPLAINED)


# --------------------------------------------------------- A2: a second reviewer, `tag`


def test_a_second_reviewer_does_not_get_the_first_ones_note(seed: Path) -> None:
    succeeds("tag", "c004", "unverified", "-r", "dana", "--note", "DANA-ONLY note")
    succeeds("tag", "c004", "unverified", "-r", "sam")
    succeeds("tag", "c002", "unverified", "-r", "dana", "--note", "DANA-ONLY note")
    succeeds("tag", "c002", "sourced", "-r", "sam", "-s", "https://press.example/1")
    for claim_id in ("c004", "c002"):
        reviews = {r["by"]: r["note"] for r in shown(claim_id)["reviews"]}  # type: ignore[attr-defined]
        assert reviews == {"dana": "DANA-ONLY note", "sam": None}, claim_id
    # sam's own note stays his on his next decision
    succeeds("tag", "c004", "unverified", "-r", "sam", "--note", "SAM note")
    succeeds("tag", "c004", "unverified", "-r", "sam")
    reviews = {r["by"]: r["note"] for r in shown("c004")["reviews"]}  # type: ignore[attr-defined]
    assert reviews == {"dana": "DANA-ONLY note", "sam": "SAM note"}


# ---------------------------------------- A1: settling a dispute in `review --disputed`


def settle(*pressed: str) -> None:
    """dana settles the disputed claims in the full-screen review with `pressed`."""

    async def go() -> None:
        journal = store.Journal(Path("claims.yaml"))
        session = Session.start(journal.doc, "dana", disputed=True)
        app = ReviewApp(session, journal)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            for key in pressed:
                await pilot.press(key)
                await pilot.pause()
        journal.close()

    asyncio.run(go())


def test_accepting_another_reviewers_decision_publishes_none_of_the_losing_explanation(
    desk: Path, tmp_path: Path
) -> None:
    said = succeeds("tag", "c005", "sourced", "-r", "sam", "-s", "https://maps.example/route")
    assert said == "c005: unverified → disputed (reviews: dana: unverified; sam: sourced)\n"
    succeeds("tag", "c006", "opinion", "-r", "sam", "--note", "SAMNOTE internal")
    settle("2", "o", "enter")
    for claim_id, label in (("c005", "sourced"), ("c006", "opinion")):
        found = shown(claim_id)
        assert (found["label"], found["explanation"]) == (label, None), claim_id
    assert shown("c005")["note"] is None  # sam's decision whole: he gave no note
    assert EXPLAINED not in published(tmp_path)


def test_accepting_a_reviewers_decision_takes_their_explanation(desk: Path) -> None:
    succeeds("tag", "c005", "opinion", "-r", "sam", "--explanation", "A forecast, not a fact.")
    settle("2")
    found = shown("c005")
    assert (found["label"], found["explanation"]) == ("opinion", "A forecast, not a fact.")
    assert found["adjudicated_by"] == "dana"
