"""Desk 5 (h35g): a correction typed in the review (text, section, split, merge, delete)
is refused when someone else changed the claim while its prompt was open, as a decision
is (H1); a refused source is offered selected, never saved unasked, and two URLs run
together are refused (H2); a blind review records a second reviewer's own decision
beside the first one's, naming no label (C1); after a refusal, keys typed in the same
burst do not act on the claim shown in its place (C3). Through the real command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.terminal import CLAIMCHECK, Tmux, needs_tmux, run

FULL = f"env CLAIMCHECK_REVIEWER=ana NO_COLOR=1 TERM=xterm-256color {CLAIMCHECK}"


def cli(seed: Path, *args: str, by: str | None = "ana") -> str:
    done = run(*args, *(["-r", by] if by else []), "-f", seed.name, cwd=seed.parent)
    assert done.returncode == 0, done.stderr
    return done.stdout


def shown(seed: Path, claim_id: str) -> dict[str, object]:
    found: dict[str, object] = json.loads(cli(seed, "show", claim_id, "--json", by=None))
    return found


def history(seed: Path, claim_id: str) -> list[dict[str, object]]:
    lines: list[dict[str, object]] = json.loads(cli(seed, "history", claim_id, "--json", by=None))
    return lines


def review(seed: Path, *args: str) -> Tmux:
    return Tmux(seed.parent, f"{FULL} review {' '.join(args)} -f claims.yaml", 80, 24)


def quit_review(tmux: Tmux) -> None:
    tmux.send("q")
    assert "EXIT=0" in tmux.wait_for("EXIT=")


# --------------------------------------------------------------------------- C1


@needs_tmux
def test_a_blind_decision_after_anothers_is_kept_beside_it_naming_no_label(seed: Path) -> None:
    """maya tags c001 while ana's blind prompt is open: ana's own decision is saved (a
    dispute, as the design's double-check has it), and nothing on her screen names
    maya's label."""
    tmux = review(seed, "--blind")
    try:
        tmux.wait_for("c001")
        tmux.send("u")
        tmux.wait_for("Enter confirms")
        cli(seed, "tag", "c001", "sourced", "-s", "https://maya.example/a", by="maya")
        tmux.type("searched the archive")
        tmux.send("Enter")
        screen = tmux.wait_for("saved: c001 → unverified")
        assert "sourced 1" not in screen and "maya" not in screen
        quit_review(tmux)
    finally:
        tmux.close()
    assert "c001" in cli(seed, "list", "--label", "disputed", by=None)
    reviews = {r["by"]: r["label"] for r in shown(seed, "c001")["reviews"]}  # type: ignore[attr-defined]
    assert reviews == {"maya": "sourced", "ana": "unverified"}


# --------------------------------------------------------------------------- H1

LEES = "Lee's own wording of the first claim."


@needs_tmux
@pytest.mark.parametrize(
    ("key", "typed", "what"),
    [("t", " and more", "text"), ("v", " | more", "split"), ("m", "", "merge"),
     ("d", "c001", "delete")],
)  # fmt: skip
def test_a_correction_refuses_when_the_claim_changed_while_its_prompt_was_open(
    seed: Path, key: str, typed: str, what: str
) -> None:
    """lee rewords c001 while ana's prompt on it is open: her correction is refused as a
    decision would be, saying who changed what, and lee's text stays."""
    tmux = review(seed, "--all")
    try:
        tmux.wait_for("1 of 114")
        tmux.send(key)
        tmux.wait_for("Enter confirms")
        cli(seed, "edit", "c001", "--text", LEES, by="lee")
        if typed:
            tmux.type(typed)
        tmux.send("Enter")
        screen = " ".join(tmux.wait_for("not saved").split())
        assert (
            "NOT CHANGED: c001 was changed by lee while the prompt was open (its text): "
            f"your {what} was not saved; look again"
        ) in screen
        tmux.wait_for(LEES)  # the claim as lee left it is what the screen shows now
        quit_review(tmux)
    finally:
        tmux.close()
    c001 = shown(seed, "c001")
    assert c001["text"] == LEES
    assert [c["by"] for c in history(seed, "c001")] == ["lee"]
    assert "c002" in cli(seed, "list", by=None)  # not merged away
