"""Desk 4 (h34f): an explanation given alone is an operation undo takes back, newest first
(H3); a decision with the claim's own label moves on, says when it changed nothing, and
its note prompt's offered text is replaced by what is typed (C1); the public explanation
is shown where a reviewer decides (C2); adjudicating on a small screen keeps the accept
keys and the reviews' notes readable (C3). Through the real command."""

from __future__ import annotations

import json
from pathlib import Path

from tests.terminal import CLAIMCHECK, Tmux, needs_tmux, run

FULL = f"env CLAIMCHECK_REVIEWER=ana NO_COLOR=1 TERM=xterm-256color {CLAIMCHECK}"
WEBCAST = "The council webcast records the quotation."
MISTYPED = "The counsil webcast records it."


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


# --------------------------------------------------------------------------- H3


def test_undo_takes_back_explanations_given_alone_newest_first(seed: Path) -> None:
    cli(seed, "tag", "c001", "opinion")
    cli(seed, "tag", "c002", "sourced", "-s", "https://webcast.example/11-10")
    cli(seed, "tag", "c003", "opinion", "--explanation", "The paper's own judgement.")
    cli(seed, "tag", "c002", "sourced", "--explanation", MISTYPED)
    cli(seed, "tag", "c002", "sourced", "--explanation", WEBCAST)
    cli(seed, "tag", "c003", "opinion", "--explanation", "")
    # the two latest operations are explanations: they are what `undo -n 2` takes back
    said = cli(seed, "undo", "-n", "2")
    assert said == (
        'c003: explanation taken back (now "The paper\'s own judgement.")\n'
        f"c002: explanation taken back (now {MISTYPED!r})\n"
    )
    assert shown(seed, "c002")["explanation"] == MISTYPED
    assert shown(seed, "c003")["explanation"] == "The paper's own judgement."
    assert cli(seed, "undo") == "c002: explanation taken back (now none)\n"
    c002 = shown(seed, "c002")
    assert (c002["label"], c002["explanation"]) == ("sourced", None)
    assert c002["sources"]  # the decision itself stays: only its explanation was undone
    # then the decisions, in history order: c003's (with its explanation), c002's, c001's
    assert cli(seed, "undo", "-n", "3") == (
        "c003: decision taken back (now pending)\n"
        "c002: decision taken back (now pending)\n"
        "c001: decision taken back (now pending)\n"
    )


def test_undoing_an_explanation_keeps_only_ones_own_sources_when_others_agree(
    seed: Path,
) -> None:
    cli(seed, "tag", "c002", "sourced", "-s", "https://bo.example/a", by="bo")
    cli(seed, "tag", "c002", "sourced", "-s", "https://ana.example/b")
    cli(seed, "tag", "c002", "sourced", "--explanation", MISTYPED)
    assert shown(seed, "c002")["explanation"] == MISTYPED
    assert cli(seed, "undo") == "c002: explanation taken back (now none)\n"
    c002 = shown(seed, "c002")
    assert c002["explanation"] is None
    reviews = {r["by"]: [s["url"] for s in r["sources"]] for r in c002["reviews"]}  # type: ignore[attr-defined]
    assert reviews == {"bo": ["https://bo.example/a"], "ana": ["https://ana.example/b"]}


# --------------------------------------------------------------------------- C2


def test_show_gives_the_public_explanation(seed: Path) -> None:
    cli(seed, "tag", "c002", "sourced", "-s", "https://webcast.example/11-10")
    assert "explanation" not in cli(seed, "show", "c002", by=None)
    cli(seed, "tag", "c002", "sourced", "--explanation", WEBCAST)
    lines = cli(seed, "show", "c002", by=None).splitlines()
    assert f"explanation  {WEBCAST}" in lines


# --------------------------------------------------------------------------- C1


@needs_tmux
def test_the_same_label_again_moves_on_and_the_offered_note_is_replaced(seed: Path) -> None:
    """u with a note moves on; back on it, u offers the note selected: what is typed
    replaces it (not "searched Asearched B"), and the walk moves on as after any decision.
    The same label and note again saves nothing, says so, and moves on."""
    tmux = Tmux(seed.parent, f"{FULL} review --all -f claims.yaml", width=80, height=24)
    try:
        tmux.wait_for("1 of 114")
        tmux.send("u")
        tmux.wait_for("Enter confirms")
        tmux.type("searched A")
        tmux.send("Enter")
        tmux.wait_for("saved: c001 → unverified")
        tmux.wait_for("2 of 114")
        tmux.send("p")
        tmux.wait_for("1 of 114")
        tmux.send("u")
        tmux.wait_for("typing replaces the text offered")
        tmux.type("searched B")
        tmux.send("Enter")
        tmux.wait_for("saved: c001 → unverified")
        tmux.wait_for("2 of 114")
        tmux.send("p")
        tmux.wait_for("1 of 114")
        tmux.send("u")
        tmux.wait_for("typing replaces the text offered")
        tmux.send("Enter")
        tmux.wait_for("unchanged: c001 is unverified already; on to the next claim")
        tmux.wait_for("2 of 114")
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    assert shown(seed, "c001")["note"] == "searched B"
    notes = [
        (f, n) for _, f, n in sorted((c["at"], c["field"], c["new"]) for c in history(seed, "c001"))
    ]
    assert notes == [("label", "unverified"), ("note", "searched A"), ("note", "searched B")]


# --------------------------------------------------------------------------- C3

LONG_NOTE = "searched the council minutes and the ministry archive"


def disputed(seed: Path) -> None:
    cli(seed, "tag", "c001", "sourced", "-s", "https://council.example/minutes", by="maya")
    cli(seed, "tag", "c001", "unverified", "--note", LONG_NOTE, by="lee")


@needs_tmux
def test_adjudicating_at_40x15_keeps_the_accept_keys_in_sight(seed: Path) -> None:
    disputed(seed)
    command = f"{FULL} review --adjudicate -f claims.yaml"
    tmux = Tmux(seed.parent, command, width=40, height=15)
    try:
        screen = tmux.wait_for("accept 1 maya  2 lee")
        assert screen.splitlines()[-1].strip() == "accept 1 maya  2 lee  ? help  q quit"
        tmux.send("2")
        tmux.wait_for("saved: c001 → unverified")
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()


@needs_tmux
def test_adjudicating_at_60_columns_shows_the_reviews_notes_and_sources_whole(
    seed: Path,
) -> None:
    """At 60 columns the reviews are stacked: the sources and notes the adjudicator
    needs are readable (side by side they were cut to `so…` and `no…`), the time short."""
    disputed(seed)
    command = f"{FULL} review --adjudicate -f claims.yaml"
    tmux = Tmux(seed.parent, command, width=60, height=40)
    try:
        screen = " ".join(tmux.wait_for("lee  unverified").split())
        assert f"note {LONG_NOTE}" in screen.replace(" │ │ ", " ")
        assert "source https://council.example/minutes" in screen
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()


# --------------------------------------------------------------------------- C7


@needs_tmux
def test_a_recheck_with_the_label_key_leaves_a_history_line_and_moves_on(seed: Path) -> None:
    cli(seed, "tag", "c001", "opinion")
    cli(seed, "edit", "c001", "--text", "Putin may not be out of the woods yet.")
    tmux = Tmux(seed.parent, f"{FULL} review --all -f claims.yaml", width=80, height=24)
    try:
        tmux.wait_for("1 of 114", "needs a re-check")
        tmux.send("o")
        tmux.wait_for("Enter confirms")
        tmux.send("Enter")
        tmux.wait_for("saved: c001 → opinion", "2 of 114")
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    assert "c001" not in cli(seed, "list", "--label", "needs-recheck", by=None)
    latest = history(seed, "c001")[0]
    assert (latest["by"], latest["field"], latest["old"], latest["new"]) == (
        "ana", "label", "opinion", "opinion",
    )  # fmt: skip
