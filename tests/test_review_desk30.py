"""The review at deadline, in real terminals through the real command (desk1 findings
A3, A4, B1, B3, C4): whose note a prompt starts from, Ctrl-Z and `fg`, another
reviewer's change seen before deciding, the keys to help and quit at any width, and the
state a claim is in after a decision."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.terminal import CLAIMCHECK, Tmux, needs_tmux, run

FULL = f"env CLAIMCHECK_REVIEWER=ana NO_COLOR=1 TERM=xterm-256color {CLAIMCHECK}"
PLAIN = f"env CLAIMCHECK_REVIEWER=ana NO_COLOR=1 TERM=dumb {CLAIMCHECK}"
# An interactive shell with job control, as a reviewer has: Ctrl-Z stops the review.
SHELL = "env PS1='$ ' bash --norc --noprofile -i"


def flat(screen: str) -> str:
    return " ".join(screen.split())


def reviews(seed: Path, claim_id: str) -> list[dict[str, object]]:
    shown = run("show", claim_id, "--json", "-f", seed.name, cwd=seed.parent)
    assert shown.returncode == 0, shown.stderr
    claim = json.loads(shown.stdout)
    each = claim["reviews"] or [{"by": claim["reviewer"], **claim}]  # one reviewer: the claim's
    return [{"by": r["by"], "label": r["label"], "note": r.get("note")} for r in each]


def drawn(tmux: Tmux, where: str) -> str:
    """The plain review's screen once the claim under `where` is drawn to its key line."""
    for _ in range(1200):
        screen = tmux.wait_for(where)
        if "q quit" in screen.rsplit(where, 1)[1]:
            return screen.rsplit(where, 1)[1]
        time.sleep(0.05)
    raise AssertionError(f"the claim under {where!r} was never drawn whole:\n{screen}")


def from_shell(seed: Path, program: str) -> Tmux:
    """A shell in tmux at 80x24 that runs `program review -f claims.yaml`, on its first
    claim (so that Ctrl-Z stops the review and `fg` brings it back)."""
    tmux = Tmux(seed.parent, SHELL, width=80, height=24)
    try:
        tmux.wait_for("$")
        tmux.type(f"{program} review -f claims.yaml")
        tmux.send("Enter")
        tmux.wait_for("1 of 114")
    except BaseException:
        tmux.close()
        raise
    return tmux


def stop_and_resume(tmux: Tmux, meanwhile: Callable[[], None] = lambda: None) -> None:
    """Ctrl-Z, the shell's screen cleared (`meanwhile` done then), and `fg`."""
    tmux.send("C-z")
    tmux.wait_for("Stopped")
    tmux.send("clear", "Enter")
    meanwhile()
    tmux.type("fg")
    tmux.send("Enter")


def tag_by_bo(seed: Path, *args: str) -> None:
    tagged = run("tag", *args, "-r", "bo", "-f", seed.name, cwd=seed.parent)
    assert tagged.returncode == 0, tagged.stderr


# --------------------------------------------------------------------------- A3, C4


@needs_tmux
def test_full_screen_note_prompt_never_starts_from_another_reviewers_note(seed: Path) -> None:
    """bo's note is not put in ana's prompt (where what she typed was glued to it and
    saved as hers); what is saved is exactly what the prompt holds, and the status line
    says the claim is now disputed, not `→ unverified` alone."""
    tag_by_bo(seed, "c002", "opinion", "--note", "bo thinks opinion")
    tmux = Tmux(seed.parent, f"{FULL} review --all -f claims.yaml", width=80, height=24)
    try:
        tmux.wait_for("1 of 114")
        tmux.send("n")
        tmux.wait_for("2 of 114")
        tmux.send("u")
        tmux.wait_for("Enter confirms")
        tmux.type("ana searched plans")
        tmux.wait_for("ana searched plans")
        assert "bo thinks opinion" not in tmux.screen().splitlines()[-1]
        tmux.send("Enter")
        tmux.wait_for("saved: c002 → unverified; it is now disputed")
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    assert reviews(seed, "c002") == [
        {"by": "bo", "label": "opinion", "note": "bo thinks opinion"},
        {"by": "ana", "label": "unverified", "note": "ana searched plans"},
    ]


@needs_tmux
def test_plain_note_prompt_never_offers_another_reviewers_note(seed: Path) -> None:
    tag_by_bo(seed, "c002", "opinion", "--note", "bo thinks opinion")
    tmux = Tmux(seed.parent, f"{PLAIN} review --all -f claims.yaml", width=100, height=60)
    try:
        tmux.wait_for("1 of 114")
        tmux.send("n")
        tmux.wait_for("2 of 114")
        tmux.send("u")
        screen = tmux.wait_for("Note on what was searched")
        assert "bo thinks opinion" not in screen.rsplit("Note on what was searched", 1)[1]
        tmux.type("ana searched plans")
        tmux.send("Enter")
        tmux.wait_for("saved: c002 → unverified; it is now disputed")
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    assert reviews(seed, "c002")[1] == {
        "by": "ana",
        "label": "unverified",
        "note": "ana searched plans",
    }


# --------------------------------------------------------------------------- B1


@needs_tmux
def test_full_screen_shows_another_reviewers_change_and_keeps_a_decision_made_meanwhile(
    seed: Path,
) -> None:
    """At 80x24: bo's label on the next claim shows before ana decides; a decision made
    while bo tagged the claim is recorded as ana's own review beside bo's, as `tag -r`
    records a second one (desk6 C5: it was refused, and kept nowhere), and the status line
    says so, in full (wrapped)."""
    tmux = Tmux(seed.parent, f"{FULL} review -f claims.yaml", width=80, height=24)
    try:
        tmux.wait_for("1 of 114")
        tag_by_bo(seed, "c002", "opinion", "--note", "bo's")
        tmux.send("n")
        screen = tmux.wait_for("2 of 114")
        screen = tmux.wait_for("opinion 1")
        assert re.search(r"label\s+opinion", screen), screen
        tmux.send("n")
        tmux.wait_for("3 of 114")
        tmux.send("u")
        tmux.wait_for("Enter confirms")
        tag_by_bo(seed, "c003", "sourced", "-s", "https://example.org/bo")
        tmux.type("ana typed this")
        tmux.send("Enter")
        screen = tmux.wait_for("now disputed")
        assert (
            "saved: c003 → unverified as your own review, beside bo's made meanwhile; it is "
            "now disputed" in flat(screen)
        )
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    assert reviews(seed, "c003")[1] == {
        "by": "ana",
        "label": "unverified",
        "note": "ana typed this",
    }
    assert reviews(seed, "c003")[0]["by"] == "bo"  # bo's decision kept as it was


@needs_tmux
def test_full_screen_names_who_deleted_the_claim_being_decided(seed: Path) -> None:
    tmux = Tmux(seed.parent, f"{FULL} review -f claims.yaml", width=80, height=24)
    try:
        tmux.wait_for("1 of 114")
        tmux.send("o")
        tmux.wait_for("Enter confirms")
        deleted = run("delete", "c001", "-r", "bo", "-f", seed.name, cwd=seed.parent)
        assert deleted.returncode == 0, deleted.stderr
        tmux.send("Enter")
        screen = tmux.wait_for("not saved")
        assert "c001 was deleted by bo: your decision was not saved" in flat(screen)
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()


@needs_tmux
def test_plain_review_shows_another_reviewers_change_before_deciding(seed: Path) -> None:
    tmux = Tmux(seed.parent, f"{PLAIN} review -f claims.yaml", width=100, height=60)
    try:
        tmux.wait_for("1 of 114")
        tag_by_bo(seed, "c002", "opinion")
        tmux.send("n")
        screen = drawn(tmux, "2 of 114")
        assert "opinion 1" in screen and re.search(r"label\s+opinion", screen), screen
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()


# --------------------------------------------------------------------------- B3


@needs_tmux
@pytest.mark.parametrize(("width", "height"), [(80, 24), (60, 20), (40, 15)])
def test_full_screen_always_shows_the_keys_to_help_and_quit(
    seed: Path, width: int, height: int
) -> None:
    tmux = Tmux(seed.parent, f"{FULL} review -f claims.yaml", width=width, height=height)
    try:
        tmux.wait_for("1 of 114" if width >= 80 else "1/114")  # fitted below 80 (desk2 B3)
        screen = tmux.wait_for("q quit")
        assert "? help  q quit" in screen.splitlines()[-1]
        assert "s sourced" in screen or "s/u/o label" in screen
        tmux.send("?")
        screen = tmux.wait_for("keys")
        assert "Press any key (Esc too) to go back to the claim." in flat(screen)
        tmux.send("Escape")
        tmux.wait_for("? help  q quit")
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()


# --------------------------------------------------------------------------- A4


@needs_tmux
def test_plain_review_after_ctrl_z_and_fg_redraws_and_takes_single_keys(seed: Path) -> None:
    """After `fg` the claim is drawn again and a single key (no Enter) acts on it: the
    terminal is back in the review's mode, not the shell's line mode."""
    tmux = from_shell(seed, PLAIN)
    try:
        stop_and_resume(tmux)
        assert "Putin survived the Wagner uprising." in drawn(tmux, "1 of 114")
        tmux.send("o")  # no Enter: a single key opens the note prompt
        tmux.wait_for("Note")
        tmux.type("after fg")
        tmux.wait_for("after fg")  # typed into the prompt before Ctrl-Z, not after it
        stop_and_resume(tmux)  # stopped in the middle of a prompt: it comes back as it was
        tmux.wait_for("after fg", "1 of 114")
        tmux.send("Enter")
        tmux.wait_for("saved: c001 → opinion")
        tmux.send("q")
        tmux.wait_for("Reviewed 1 claim")
    finally:
        tmux.close()
    assert reviews(seed, "c001") == [{"by": "ana", "label": "opinion", "note": "after fg"}]


@needs_tmux
def test_full_screen_review_stops_on_ctrl_z_and_comes_back_on_fg(seed: Path) -> None:
    tmux = from_shell(seed, FULL)
    try:
        # while stopped, another reviewer decides: shown on coming back
        stop_and_resume(tmux, lambda: tag_by_bo(seed, "c001", "opinion"))
        # every line again, the key line too (Textual had drawn only what changed)
        tmux.wait_for("opinion 1", "1 of 114", "Putin survived the Wagner uprising.", "q quit")
        tmux.send("n")
        tmux.wait_for("2 of 114")
        tmux.send("q")
        tmux.wait_for("Reviewed 0 claims")
    finally:
        tmux.close()


@needs_tmux
def test_full_screen_review_after_ctrl_z_in_a_prompt_shows_the_claim_and_the_prompt(
    seed: Path,
) -> None:
    """desk2 A5: stopped with a prompt open, the review came back as a blank screen with
    the typed text alone: the claim being decided and the prompt's label were not drawn
    (nor the header), and Enter would have saved a decision on a claim not in sight."""
    tmux = from_shell(seed, FULL)
    try:
        stop_and_resume(tmux)  # first with no prompt open and nothing changed in the file
        tmux.wait_for("1 of 114", "Putin survived the Wagner uprising.", "? help  q quit")
        tmux.send("u")
        tmux.wait_for("Enter confirms")
        tmux.type("half typed")
        tmux.wait_for("half typed")
        stop_and_resume(tmux)
        screen = tmux.wait_for(
            "1 of 114",
            "Putin survived the Wagner uprising.",
            "Note on what was searched for c001",
            "half typed",
        )
        assert "claimcheck review" in screen.splitlines()[0]
        tmux.type(" more")
        tmux.send("Enter")
        tmux.wait_for("saved: c001 → unverified")
        tmux.send("q")
        tmux.wait_for("Reviewed 1 claim")
    finally:
        tmux.close()
    assert reviews(seed, "c001") == [
        {"by": "ana", "label": "unverified", "note": "half typed more"}
    ]


# --------------------------------------------------------------------------- B2


@needs_tmux
@pytest.mark.parametrize("command", [FULL, PLAIN])
def test_the_claim_and_its_passage_stay_on_an_80x24_screen_whatever_sources_it_has(
    seed: Path, command: str
) -> None:
    """Three long sources and a note had pushed the passage ("in the article") below the
    fold: what is being decided comes first, the sources and note below it."""
    urls = [f"https://example.org/{'long-path-segment/' * 3}source-{n}" for n in (1, 2, 3)]
    tag_by_bo(
        seed, "c001", "sourced", *(a for u in urls for a in ("-s", u)), "--note", "checked " * 12
    )
    # the terminal's own width (the tests' COLUMNS=100 is no 80-column terminal's)
    unset = command.replace("env ", "env -u COLUMNS ", 1)
    tmux = Tmux(seed.parent, f"{unset} review --all -f claims.yaml", width=80, height=24)
    try:
        screen = tmux.wait_for("in the article")
        top = flat(screen)
        assert "Putin survived the Wagner uprising." in top
        assert "label sourced" in top
        assert "narrative of rebellion and resistance" in top  # the passage's last words
        tmux.send("q")
        tmux.wait_for("EXIT=")
    finally:
        tmux.close()


# ------------------------------------------------------------------ desk2 C9: TERM=xterm-mono

# An SGR parameter that sets a hue: red to cyan, as text or background, normal or bright
HUE = re.compile(r"\x1b\[(?:[0-9]*;)*(?:3[1-6]|9[1-6]|4[1-6]|10[1-6])(?:;[0-9]*)*m")


@needs_tmux
def test_a_monochrome_terminal_gets_a_review_without_hues(seed: Path) -> None:
    """terminfo names a terminal without colours "-mono" (or "-m"): the full-screen review
    draws for it as under NO_COLOR (greys, bold, reverse), never red, green or blue."""
    command = f"env -u NO_COLOR -u COLUMNS CLAIMCHECK_REVIEWER=ana TERM=xterm-mono {CLAIMCHECK}"
    tmux = Tmux(seed.parent, f"{command} review -f claims.yaml", width=100, height=30)
    try:
        tmux.wait_for("1 of 114", "Putin survived the Wagner uprising.", "q quit")
        screen = tmux.screen(escapes=True)
        assert "\x1b[" in screen  # drawn with attributes: the test sees them
        assert not HUE.findall(screen), sorted(set(HUE.findall(screen)))
        tmux.send("q")
        tmux.wait_for("EXIT=")
    finally:
        tmux.close()
