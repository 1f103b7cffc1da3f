"""Desk 5 (h35g): a correction typed in the review (text, section, split, merge, delete)
is refused when someone else changed the claim while its prompt was open, as a decision
is (H1); a refused source is offered selected, never saved unasked, and two URLs run
together are refused (H2); a blind review records a second reviewer's own decision
beside the first one's, naming no label (C1); after a refusal, keys typed in the same
burst do not act on the claim shown in its place (C3). Through the real command."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.tui.quiet import QUIET
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


def wait_flat(tmux: Tmux, text: str, timeout: float = 60.0) -> str:
    """The screen's words, once `text` shows in them (a status line wraps anywhere)."""
    deadline = time.monotonic() + timeout
    while (flat := " ".join(tmux.screen().split())).find(text) < 0:
        assert time.monotonic() < deadline, f"{text!r} never appeared: {flat}"
        time.sleep(0.05)
    return flat


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


# --------------------------------------------------------------------------- H2


@needs_tmux
def test_a_refused_source_is_offered_selected_and_never_saved_unasked(seed: Path) -> None:
    """ana's own decision on c001 changes elsewhere (a script of hers) while she types a
    source: refused (another reviewer's decision meanwhile would be recorded beside hers,
    desk6 C5). `s` again offers ana's URL selected: the URL typed replaces it (not glued
    on), and only that one is saved."""
    tmux = review(seed, "--all")
    try:
        tmux.wait_for("1 of 114")
        tmux.send("s")
        tmux.wait_for("Source URL or citation")
        cli(seed, "tag", "c001", "unverified", by="ana")
        tmux.type("https://ana.example/first")
        tmux.send("Enter")
        tmux.wait_for("Title (optional)")
        tmux.send("Enter")
        tmux.wait_for("Supporting passage (optional)")
        tmux.send("Enter")
        tmux.wait_for("your decision was not saved")
        time.sleep(QUIET + 0.1)  # the refusal read: keys of its burst are swallowed
        tmux.send("s")
        screen = tmux.wait_for("typing replaces the text offered")
        assert "https://ana.example/first" in screen
        tmux.type("https://ana.example/second")
        tmux.send("Enter")
        tmux.wait_for("Title (optional)")
        tmux.send("Enter")
        tmux.wait_for("Supporting passage (optional)")
        tmux.send("Enter")
        tmux.wait_for("saved: c001 → sourced")
        quit_review(tmux)
    finally:
        tmux.close()
    claim = shown(seed, "c001")  # ana's decision alone: the claim's
    assert claim["reviewer"] == "ana"
    assert [s["url"] for s in claim["sources"]] == ["https://ana.example/second"]  # type: ignore[attr-defined]


def test_two_urls_run_together_are_refused_as_a_source(seed: Path) -> None:
    before = seed.read_bytes()
    glued = "https://ana.example/firsthttps://ana.example/second"
    done = run("tag", "c002", "sourced", "-s", glued, "-r", "ana", "-f", seed.name, cwd=seed.parent)
    assert done.returncode == 1
    assert done.stderr == (
        f"Error: --source: not one URL: {glued!r} has a second http(s):// glued inside it (two URLs "
        "run together?); give one URL per source\n"
    )
    assert seed.read_bytes() == before
    archived = "https://web.archive.org/web/2024/https://ana.example/page"  # one URL
    cli(seed, "tag", "c002", "sourced", "-s", archived)
    assert [s["url"] for s in shown(seed, "c002")["sources"]] == [archived]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- C3


@needs_tmux
def test_keys_typed_after_a_held_key_are_swallowed_not_run_as_review_keys(seed: Path) -> None:
    """bo splits c001 under ana; she types `s` and at once a URL, as if the source prompt
    had opened: `s` is held and the rest of the burst ignored (its `t` opened no text
    editor, its `a` hid no pane, its `s` attached nothing); a key pressed after it acts."""
    tmux = review(seed)
    try:
        tmux.wait_for("1 of 114")
        quotes = ("--quote", "Putin may have survived", "--quote", "the Wagner uprising")
        texts = ("--text", "Putin may have survived.", "--text", "There was an uprising.")
        cli(seed, "split", "c001", *quotes, *texts, by="bo")
        parts = [c.id for c in store.load(seed).doc.claims if c.split_from == "c001"]
        tmux.wait_for("c001 was split")
        tmux.type("shttps://ana.example/stats")
        flat = wait_flat(tmux, "25 keys typed after it ignored; press a key again to act")
        assert f"nothing done; press s again to act on {parts[0]}" in flat
        time.sleep(QUIET + 0.2)  # read, then pressed on purpose: it acts
        tmux.send("s")
        screen = tmux.wait_for("Source URL or citation")
        assert "Text of" not in screen
        tmux.send("Escape")
        tmux.wait_for("cancelled: nothing changed")
        quit_review(tmux)
    finally:
        tmux.close()
    for part in parts:
        assert shown(seed, part)["label"] is None and shown(seed, part)["text"] != ""
    assert [c["by"] for c in history(seed, parts[0])] == ["bo"]


def test_a_blind_decision_is_refused_only_when_ones_own_changed_elsewhere(seed: Path) -> None:
    """In a blind review the refusal is for the reviewer's own decision changed in another
    session of theirs (or a script); it names no label of anyone's."""
    from claimcheck.errors import Conflict
    from claimcheck.review import Session

    journal = store.Journal(seed)
    session = Session.start(journal.doc, "ana", blind=True)
    decision = session.propose("opinion")
    assert decision is not None
    cli(seed, "tag", "c001", "sourced", "-s", "https://maya.example/a", by="maya")
    cli(seed, "tag", "c001", "unverified")  # ana herself, from a script
    with pytest.raises(Conflict) as refused:
        session.commit(journal, decision)
    said = str(refused.value)
    assert said == (
        "c001: your own decision on it was changed elsewhere (another session of yours, "
        "or a script) while you were reviewing; this one was not saved: look again"
    )
    journal.close()
    reviews = {r["by"]: r["label"] for r in shown(seed, "c001")["reviews"]}  # type: ignore[attr-defined]
    assert reviews == {"maya": "sourced", "ana": "unverified"}


@needs_tmux
def test_taking_back_in_a_blind_review_names_no_other_label(seed: Path) -> None:
    """`x` in a blind review: refused because maya decided on a part of ana's split, it
    says she decided, not what; ana's own decision taken back does not say the label
    the claim is left with (maya's)."""
    quotes = ("--quote", "Putin may have survived", "--quote", "the Wagner uprising")
    texts = ("--text", "Putin may have survived.", "--text", "There was an uprising.")
    cli(seed, "split", "c001", *quotes, *texts)
    part = next(c.id for c in store.load(seed).doc.claims if c.split_from == "c001")
    cli(seed, "tag", part, "sourced", "-s", "https://maya.example/a", by="maya")
    tmux = review(seed, "--blind")
    try:
        tmux.wait_for("blind")
        tmux.send("x")
        flat = wait_flat(tmux, "not undone")
        assert f"{part} was changed by maya after your split (decided on it)" in flat
        assert "tagged it" not in flat
        quit_review(tmux)
    finally:
        tmux.close()
    cli(seed, "tag", "c002", "opinion", "--note", "n", by="maya")
    cli(seed, "tag", "c002", "opinion")
    tmux = review(seed, "--blind")
    try:
        tmux.wait_for("blind")
        tmux.send("x")
        flat = wait_flat(tmux, "c002: decision taken back")
        assert "(now opinion)" not in flat
        quit_review(tmux)
    finally:
        tmux.close()
    assert shown(seed, "c002")["label"] == "opinion"  # maya's alone now
