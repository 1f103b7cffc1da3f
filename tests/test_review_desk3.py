"""The full-screen review when someone else changes the claim list (desk3 findings A5,
B7, B9, B4): the claim on the screen deleted, merged or split by another reviewer, the
session's summary, and whose decision each accept key takes at 80x24."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from textual.pilot import Pilot

from claimcheck import store
from claimcheck.models import Label
from claimcheck.tui.app import ReviewApp
from claimcheck.tui.quiet import QUIET
from claimcheck.tui.widgets import Ask
from tests.terminal import CLAIMCHECK, Tmux, needs_tmux, run
from tests.test_review_app import keys, review, text, typed

FULL = f"env CLAIMCHECK_REVIEWER=ana NO_COLOR=1 TERM=xterm-256color {CLAIMCHECK}"


@pytest.fixture
def here(seed: Path) -> Path:
    return Path("claims.yaml")  # the tests run in the seed's folder


def flat(screen: str) -> str:
    return " ".join(screen.split())


def by_bo(seed: Path, *args: str) -> None:
    done = run(*args, "-r", "bo", "-f", seed.name, cwd=seed.parent)
    assert done.returncode == 0, done.stderr


def shown(seed: Path, claim_id: str) -> dict[str, object]:
    claim = run("show", claim_id, "--json", "-f", seed.name, cwd=seed.parent)
    assert claim.returncode == 0, claim.stderr
    return dict(json.loads(claim.stdout))


# --------------------------------------------------------------------------- A5


@needs_tmux
def test_a_claim_deleted_under_the_review_is_said_and_the_next_key_is_held(seed: Path) -> None:
    """bo deletes c002 while ana looks at it: ana's screen says so and shows c003, and
    ana's next `u` (typed for c002) is refused; pressed again, it decides c003."""
    tmux = Tmux(seed.parent, f"{FULL} review -f claims.yaml --from c002", width=80, height=24)
    try:
        tmux.wait_for("2 of 114")
        by_bo(seed, "delete", "c002")
        screen = tmux.wait_for("c002 was deleted by bo")
        assert "c002 was deleted by bo; now showing c003" in flat(screen)
        tmux.send("u")
        screen = tmux.wait_for("nothing done")
        assert "nothing done; press u again to act on c003" in flat(screen)
        assert "Enter confirms" not in screen  # no prompt opened
        time.sleep(QUIET + 0.1)  # the refusal read: keys of its burst are swallowed
        tmux.send("u")
        tmux.wait_for("Note on what was searched for c003")
        tmux.send("Enter")
        tmux.wait_for("saved: c003 → unverified")
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    assert shown(seed, "c003")["label"] == "unverified"


def test_a_claim_merged_away_under_the_review_holds_the_next_label_key(here: Path) -> None:
    twin = "The Freedom of Russia Legion has a plan to achieve its mission."
    assert run("edit", "c009", "--text", twin, "-f", here.name, cwd=Path()).returncode == 0

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "g")
        await typed(pilot, "c009")
        await keys(pilot, "enter")
        assert app.session.current is not None and app.session.current.id == "c009"
        by_bo(here.absolute(), "merge", "c005", "c009")
        app.look_again()
        await pilot.pause()
        assert flat(text(app, "#status")) == ("c009 was merged into c005 by bo; now showing c010")
        await keys(pilot, "o")
        assert "nothing done; press o again to act on c010" in flat(text(app, "#status"))
        assert app.asking is None
        await pilot.pause(QUIET + 0.1)  # the refusal read (tui.quiet)
        await keys(pilot, "o", "enter")
        assert flat(text(app, "#status")) == "saved: c010 → opinion"

    review(here, steps)
    doc = store.load(here).doc
    assert doc.claim("c010") is not None and doc.claim("c010").label is Label.OPINION  # type: ignore[union-attr]
    assert doc.claim("c005") is not None and doc.claim("c005").label is None  # type: ignore[union-attr]


# --------------------------------------------------------------------------- B7


@needs_tmux
def test_a_split_under_a_typed_decision_goes_to_the_first_part_with_what_was_typed(
    seed: Path,
) -> None:
    """ana types a source for c001 while bo splits it: the refusal is said, the review
    is on the first part (not past the parts), and `s` there offers ana's URL again."""
    tmux = Tmux(seed.parent, f"{FULL} review -f claims.yaml", width=80, height=24)
    try:
        tmux.wait_for("1 of 114")
        tmux.send("s")
        tmux.wait_for("Enter confirms")
        quotes = ("--quote", "Putin may have survived", "--quote", "the Wagner uprising")
        texts = ("--text", "Putin may have survived.", "--text", "There was an uprising.")
        by_bo(seed, "split", "c001", *quotes, *texts)
        parts = [c.id for c in store.load(seed).doc.claims if c.split_from == "c001"]
        tmux.type("https://ana.example/typed")
        tmux.send("Enter")
        tmux.wait_for("Title (optional)")
        tmux.type("Ana's title")
        tmux.send("Enter")
        tmux.wait_for("Supporting passage (optional)")
        tmux.send("Enter")
        screen = tmux.wait_for("not saved")
        assert (
            f"c001 was split into {parts[0]}, {parts[1]} by bo: your decision was not saved; "
            f"now showing its first part, {parts[0]}"
        ) in flat(screen)
        assert f"─ {parts[0]} ─" in screen  # the first part is on the screen
        time.sleep(QUIET + 0.1)  # the refusal read: keys of its burst are swallowed
        tmux.send("s")
        screen = tmux.wait_for("nothing done")
        assert f"nothing done; press s again to act on {parts[0]}" in flat(screen)
        time.sleep(QUIET + 0.1)  # the refusal read: keys of its burst are swallowed
        tmux.send("s")
        screen = tmux.wait_for("Source URL or citation:", "https://ana.example/typed")
        tmux.send("Enter")
        tmux.wait_for("Ana's title")  # its title offered again too
        tmux.send("Enter", "Enter")
        tmux.wait_for(f"saved: {parts[0]} → sourced")
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    part = shown(seed, parts[0])
    assert part["label"] == "sourced"
    sources = part["sources"]
    assert isinstance(sources, list)
    assert (sources[0]["url"], sources[0]["title"]) == ("https://ana.example/typed", "Ana's title")


# --------------------------------------------------------------------------- B9


@needs_tmux
def test_the_summary_counts_standing_decisions_and_corrections(seed: Path) -> None:
    """A text edit, a decision, a decision taken back with x: the summary counts the edit
    and the standing decision, not the one taken back; text typed in a prompt when Ctrl-C
    ends the review is said not to be saved."""
    tmux = Tmux(seed.parent, f"{FULL} review -f claims.yaml", width=80, height=24)
    try:
        tmux.wait_for("1 of 114")
        tmux.send("t")
        tmux.wait_for("Text of c001")
        tmux.type(" EDITED")
        tmux.send("Enter")
        tmux.wait_for("c001: text changed")
        tmux.send("o")
        tmux.wait_for("Note for c001")
        tmux.send("Enter")
        tmux.wait_for("saved: c001 → opinion")
        tmux.send("u")
        tmux.wait_for("Note on what was searched for c002")
        tmux.send("Enter")
        tmux.wait_for("saved: c002 → unverified")
        tmux.send("x")  # takes back the last change: c002's decision
        tmux.wait_for("3 of 114", "pending 113")
        tmux.send("u")
        tmux.wait_for("Note on what was searched for c003")
        tmux.type("HALF TYPED")
        tmux.send("C-c")
        screen = tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    said = "".join(screen.split())  # the terminal may wrap a line inside a word

    def printed(line: str) -> bool:
        return "".join(line.split()) in said

    assert printed("EXIT=130")
    assert printed(
        "Reviewed 1 claim this session (1 opinion); 1 correction to the claim list (1 edit); "
        "113 pending in the file."
    )
    assert printed(
        "Not saved: Note on what was searched for c003 (optional): 'HALF TYPED' (Ctrl-C)"
    )


# --------------------------------------------------------------------------- B4


def test_adjudicating_at_80x24_the_key_line_says_whose_decision_each_number_takes(
    here: Path,
) -> None:
    long_note = " ".join(["searched the archive of the ministry and found nothing"] * 4)
    assert run("tag", "c001", "sourced", "-f", "claims.yaml", "-r", "ana", "-s", "Book",
               cwd=Path()).returncode == 0  # fmt: skip
    assert run("tag", "c001", "unverified", "-f", "claims.yaml", "-r", "bo", "--note", long_note,
               cwd=Path()).returncode == 0  # fmt: skip

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        assert app.query_one("#ask", Ask).placeholder.startswith("accept 1 ana  2 bo  ")
        await keys(pilot, "2")
        assert flat(text(app, "#status")) == "saved: c001 → unverified"

    review(here, steps, reviewer="cy", size=(80, 24), disputed=True)
    claim = store.load(here).doc.claims[0]
    assert claim.label is Label.UNVERIFIED and claim.note == long_note
