"""The review in a real terminal: tmux for the keyboard walk, a pty for SIGKILL at any moment."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from claimcheck import store
from claimcheck.models import Label
from tests.terminal import CLAIMCHECK, Tmux, needs_tmux

ENV = f"env CLAIMCHECK_REVIEWER=ana NO_COLOR=1 {CLAIMCHECK}"


@needs_tmux
def test_keyboard_review_in_tmux(seed: Path) -> None:
    tmux = Tmux(seed.parent, f"{ENV} review --plain -f claims.yaml")
    try:
        tmux.wait_for("1 of 114")
        tmux.send("o")
        tmux.wait_for("Note")
        tmux.send("Enter")
        tmux.wait_for("saved: c001 → opinion")
        tmux.send("u")
        tmux.wait_for("Note on what was searched")
        tmux.type("searched Reuters and AP")
        tmux.send("Enter")
        tmux.wait_for("saved: c002 → unverified")
        tmux.send("s")
        tmux.wait_for("Source URL or citation")
        tmux.type("javascript:alert(1)")
        tmux.send("Enter")
        tmux.wait_for("not an http(s) URL: 'javascript:alert(1)'")
        tmux.type("javascript:[/red]")  # rich markup typed by the reviewer: shown as typed
        tmux.send("Enter")
        tmux.wait_for("not an http(s) URL: 'javascript:[/red]'")
        tmux.type("https://example.org/legion")
        tmux.send("Enter")
        tmux.wait_for("Title (optional):")
        tmux.type("Who they are")
        tmux.send("Enter")
        tmux.wait_for("Supporting passage (optional):")
        tmux.send("Enter")
        tmux.wait_for("saved: c003 → sourced", "4 of 114", "sourced 1", "pending 111")
        tmux.send("n")
        tmux.wait_for("5 of 114")
        tmux.send("Left")
        tmux.wait_for("4 of 114")
        tmux.send("z")
        tmux.wait_for("undone: c003 is pending again")
        tmux.send("?")
        tmux.wait_for("undo the last decision")
        tmux.send("Enter")
        tmux.send("q")
        screen = tmux.wait_for("EXIT=")
        assert "Reviewed 2 claims this session (1 opinion, 1 unverified); 112 pending" in screen
        assert "EXIT=0" in screen
    finally:
        tmux.close()
    doc = store.load(seed).doc
    assert [c.label for c in doc.claims[:3]] == [Label.OPINION, Label.UNVERIFIED, None]
    assert doc.claims[1].note == "searched Reuters and AP"
    assert [c.field for c in doc.claims[2].history] == ["label", "sources", "label", "sources"]
    assert not store.journal_path(seed).exists()


@needs_tmux
def test_review_the_whole_article_with_the_keyboard_alone(seed: Path) -> None:
    tmux = Tmux(seed.parent, f"{ENV} review --plain -f claims.yaml")
    try:
        tmux.wait_for("1 of 114")
        for _ in range(114):
            tmux.send("o", "Enter")
        tmux.wait_for("End of the list. 0 claims in the file are pending.", timeout=60)
        tmux.send("C-c")
        screen = tmux.wait_for("EXIT=")
        assert "Reviewed 114 claims this session (114 opinion)" in screen
        assert "EXIT=130" in screen
    finally:
        tmux.close()
    assert all(c.label is Label.OPINION for c in store.load(seed).doc.claims)


@needs_tmux
def test_the_review_uses_the_desks_keys(seed: Path) -> None:
    (seed.parent / "claimcheck.toml").write_text('[keys]\nopinion = "x"\n')
    tmux = Tmux(seed.parent, f"{ENV} review --plain -f claims.yaml")
    try:
        tmux.wait_for("1 of 114")
        tmux.wait_for("x opinion")  # the reminder line names the desk's key
        tmux.send("o")  # no longer a key of the review: nothing happens
        tmux.send("x")
        tmux.wait_for("Note")
        tmux.send("Enter")
        tmux.wait_for("saved: c001 → opinion")
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    doc = store.load(seed).doc
    assert [c.label for c in doc.claims[:2]] == [Label.OPINION, None]


# --------------------------------------------------------------------------- full screen

FULL = f"env CLAIMCHECK_REVIEWER=ana NO_COLOR=1 TERM=xterm-256color {CLAIMCHECK}"


@needs_tmux
def test_full_screen_review_at_80x24_in_tmux(seed: Path) -> None:
    tmux = Tmux(seed.parent, f"{FULL} review -f claims.yaml", width=80, height=24)
    try:
        tmux.wait_for("1 of 114")  # the header, then the claim (drawn in its own frame)
        tmux.wait_for("Putin survived the Wagner uprising.", "c001")
        tmux.send("o")
        tmux.wait_for("Enter confirms")
        tmux.type("loaded")
        tmux.wait_for("loaded")
        # a real line editor: the cursor moves. The two arrows go in one write, as a
        # terminal sends a held key (each arrow in a write of its own, one was lost
        # once in CI at full load: see the README's note on ESCDELAY)
        tmux.send("Left", "Left")
        tmux.send("X")
        tmux.wait_for("loadXed")
        tmux.send("Enter")
        tmux.wait_for("saved: c001 → opinion")
        tmux.wait_for("2 of 114")
        tmux.wait_for("c002")
        tmux.send("q")
        screen = tmux.wait_for("EXIT=")
        assert "Reviewed 1 claim this session (1 opinion); 113 pending" in screen
        assert "EXIT=0" in screen
    finally:
        tmux.close()
    doc = store.load(seed).doc
    assert (doc.claims[0].label, doc.claims[0].note) == (Label.OPINION, "loadXed")
    assert doc.claims[1].label is None
    assert not store.journal_path(seed).exists()


@needs_tmux
def test_full_screen_review_killed_keeps_every_confirmed_decision(seed: Path) -> None:
    tmux = Tmux(seed.parent, f"{FULL} review -f claims.yaml", width=100, height=30)
    try:
        tmux.wait_for("1 of 114")
        tmux.send("o", "Enter")
        tmux.wait_for("saved: c001 → opinion")
        tmux.send("u")
        tmux.wait_for("Enter confirms")
        tmux.type("searched AP")
        tmux.send("Enter")
        tmux.wait_for("saved: c002 → unverified")
        shell = tmux._tmux("list-panes", "-t", "t", "-F", "#{pane_pid}").strip()
        child = subprocess.run(
            ["pgrep", "-P", shell], capture_output=True, text=True, check=True
        ).stdout.split()[0]
        os.kill(int(child), signal.SIGKILL)
        assert "EXIT=137" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    assert store.journal_path(seed).exists()  # never folded: the kill came first
    doc = store.load(seed).doc  # replays the journal
    assert [c.label for c in doc.claims[:3]] == [Label.OPINION, Label.UNVERIFIED, None]
    assert doc.claims[1].note == "searched AP"


@needs_tmux
def test_arrow_keys_sent_back_to_back_are_each_seen(seed: Path) -> None:
    # Two escape sequences in one write to the terminal: each is a key of its own
    # (Textual's parser; a lone ESC waits ESCDELAY, 100 ms, for the rest of a sequence).
    tmux = Tmux(seed.parent, f"{FULL} review -f claims.yaml", width=80, height=24)
    try:
        tmux.wait_for("1 of 114")
        tmux.send("Down", "Down", "Down")
        tmux.wait_for("Enter goes to c004")
        tmux.send("Up", "Enter")
        tmux.wait_for("3 of 114")
        tmux.send("Right", "Right", "Left", "Right")
        tmux.wait_for("5 of 114")
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()


@needs_tmux
def test_full_screen_review_when_the_claim_file_vanishes(seed: Path) -> None:
    """The claim file moved away mid-review (git checkout, git stash): the decision is
    refused in one line, the screen goes on, and the summary says truthfully where the
    earlier decision is; exit 1, never a traceback with its panels of claim records."""
    tmux = Tmux(seed.parent, f"{FULL} review -f claims.yaml", width=160, height=40)
    try:
        tmux.wait_for("1 of 114")
        tmux.send("o", "Enter")
        tmux.wait_for("saved: c001 → opinion")
        seed.rename(seed.with_name("claims.yaml.moved"))
        tmux.send("o", "Enter")
        tmux.wait_for("claims.yaml: the claim file is gone (moved or deleted while you were")
        tmux.send("q")
        screen = tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    flat = " ".join(screen.split())
    assert (
        "Reviewed 1 claim this session (1 opinion); 113 pending in the file. Decisions kept "
        "in .claims.yaml.journal (not yet folded into claims.yaml: claims.yaml: no such claim "
        "file)" in flat
    )
    assert "EXIT=1" in screen
    assert "Traceback" not in screen and "locals" not in screen
    assert not seed.exists()
    moved = seed.with_name("claims.yaml.moved")
    moved.rename(seed)  # put back: the journaled decision is there, the refused one is not
    doc = store.load(seed).doc
    assert [c.label for c in doc.claims[:2]] == [Label.OPINION, None]


@needs_tmux
def test_plain_review_when_the_claim_file_vanishes_before_any_decision(seed: Path) -> None:
    tmux = Tmux(seed.parent, f"{ENV} review --plain -f claims.yaml")
    try:
        tmux.wait_for("1 of 114")
        seed.unlink()
        tmux.send("o")
        tmux.wait_for("Note")
        tmux.send("Enter")
        tmux.wait_for("the claim file is gone")
        tmux.send("q")
        screen = tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    flat = " ".join(screen.split())
    assert (
        "Reviewed 0 claims this session; 114 pending in the file. Decisions not saved "
        "(claims.yaml: no such claim file)." in flat
    )
    assert "kept in" not in flat and "internal error" not in flat
    assert "EXIT=1" in screen
    assert not store.journal_path(seed).exists()
