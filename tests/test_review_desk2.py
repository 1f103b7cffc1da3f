"""The full-screen review in a real terminal through the real command (desk2 findings
B1, B2, B3): keys typed ahead of a prompt, the walk after corrections of the claim
list, the header's counts at any width."""

from __future__ import annotations

import json
from pathlib import Path

from tests.terminal import CLAIMCHECK, Tmux, needs_tmux, run

FULL = (
    f"env -u COLUMNS -u LINES CLAIMCHECK_REVIEWER=ana NO_COLOR=1 TERM=xterm-256color {CLAIMCHECK}"
)


def shown(seed: Path, claim_id: str) -> dict[str, object]:
    got = run("show", claim_id, "--json", "-f", seed.name, cwd=seed.parent)
    assert got.returncode == 0, got.stderr
    claim: dict[str, object] = json.loads(got.stdout)
    return claim


# --------------------------------------------------------------------------- B2


@needs_tmux
def test_keys_typed_in_one_burst_after_a_prompt_key_go_into_the_prompts_in_order(
    seed: Path,
) -> None:
    """desk2 B2: `s`, a URL and Enter sent at once saved the source as its last letters
    (or nothing): the keys reached the screen before the prompt had the focus. Sent
    here in one burst each: a jump, then a whole sourced decision with its title and
    passage, then the next claim's label with its note."""
    tmux = Tmux(seed.parent, f"{FULL} review -f claims.yaml", width=80, height=24)
    try:
        tmux.wait_for("1 of 114")
        tmux.send("g", "c016", "Enter")
        tmux.wait_for("16 of 114", "─ c016 ")
        tmux.send(
            "s", "https://council.example/minutes", "Enter",
            "Minutes", "Enter", "they said so", "Enter",
            "u", "searched the archive", "Enter",
        )  # fmt: skip
        tmux.wait_for("saved: c017 → unverified", "18 of 114")
        tmux.send("q")
        tmux.wait_for("EXIT=0")
    finally:
        tmux.close()
    c016 = shown(seed, "c016")
    assert c016["label"] == "sourced"
    assert [(s["url"], s["title"], s["passage"]) for s in c016["sources"]] == [  # type: ignore[attr-defined]
        ("https://council.example/minutes", "Minutes", "they said so")
    ]
    c017 = shown(seed, "c017")
    assert (c017["label"], c017["note"]) == ("unverified", "searched the archive")


# --------------------------------------------------------------------------- B1


@needs_tmux
def test_claims_a_correction_makes_or_brings_back_are_in_the_walk(seed: Path) -> None:
    """desk2 B1: after `v` the second part was never reached by `n`/`p`; after `x` took
    back a split, or a delete, the claim back in the file was skipped, and the header
    counted a walk the file no longer had. The walk follows the claim list as saved."""
    tmux = Tmux(seed.parent, f"{FULL} review --from c003 -f claims.yaml", width=80, height=24)
    try:
        tmux.wait_for("3 of 114", "─ c003 ")
        tmux.send("v")
        tmux.wait_for("Split c003")
        tmux.send("C-u")
        tmux.type(
            "There is another group of Russian fighters"
            " | who are hell-bent on bringing down his dictatorship"
        )
        tmux.send("Enter")
        said = " ".join(tmux.wait_for("x takes it back").split())
        first, second = said.split("c003: split into ", 1)[1].split(";")[0].split(", ")
        tmux.wait_for("3 of 115", f"─ {first} ")
        tmux.send("n")
        tmux.wait_for("4 of 115", f"─ {second} ")
        tmux.send("n")
        tmux.wait_for("5 of 115", "─ c004 ")
        tmux.send("p")
        tmux.wait_for("4 of 115", f"─ {second} ")
        tmux.send("x")  # the split taken back: c003 is back, shown, in the walk
        tmux.wait_for("c003: back", "3 of 114", "─ c003 ")
        tmux.send("p")
        tmux.wait_for("2 of 114", "─ c002 ")
        tmux.send("n")
        tmux.wait_for("3 of 114", "─ c003 ")
        tmux.send("d")
        tmux.wait_for("Delete c003?")
        tmux.type("c003")
        tmux.send("Enter")
        tmux.wait_for("c003: deleted", "3 of 113", "─ c004 ")
        tmux.send("x")  # the delete taken back
        tmux.wait_for("c003: back", "3 of 114", "─ c003 ")
        tmux.send("n")
        tmux.wait_for("4 of 114", "─ c004 ")
        tmux.send("p")
        tmux.wait_for("3 of 114", "─ c003 ")
        tmux.send("q")
        tmux.wait_for("EXIT=0")
    finally:
        tmux.close()
    listed = run("list", "--json", "-f", seed.name, cwd=seed.parent)
    assert len(json.loads(listed.stdout)) == 114


# --------------------------------------------------------------------------- B3


@needs_tmux
def test_the_header_keeps_pending_and_disputed_in_sight_at_any_width(seed: Path) -> None:
    """desk2 B3: at 80 columns `pending` was cut off the header, at 60 `disputed` too,
    and at 30x10 the counts line was gone (the first line took both rows). Labels are
    shortened, then the least needed counts dropped, before those two go."""
    for args in (
        ("c001", "sourced", "-s", "https://a.example/x", "-r", "ana"),
        ("c001", "unverified", "-r", "bo"),
        *((c, "sourced", "-s", "https://a.example/y", "-r", "bo") for c in ("c002", "c003")),
        ("c004", "sourced", "-s", "https://a.example/y", "-r", "bo"),
        ("c005", "opinion", "-r", "bo"),
        ("c006", "unverified", "-r", "bo"),
    ):
        tagged = run("tag", *args, "-f", seed.name, cwd=seed.parent)
        assert tagged.returncode == 0, tagged.stderr
    tmux = Tmux(seed.parent, f"{FULL} review --all -f claims.yaml", width=80, height=24)
    try:
        for width, height, line in (
            (80, 24, "1 of 114 · sourced 3 · unverified 1 · opinion 1 · disputed 1 · pending 108"),
            (60, 20, "1/114 · src 3 · unv 1 · opin 1 · disp 1 · pend 108"),
            (40, 15, "1/114 src 3 unv 1 disp 1 pend 108"),
            (30, 10, "1/114 src 3 disp 1 pend 108"),
        ):
            tmux.resize(width, height)
            screen = tmux.wait_for(line)
            top, second = screen.splitlines()[:2]
            assert top.startswith(" claimcheck review  claims.y")
            assert second == f" {line}"
        tmux.send("q")
        tmux.wait_for("EXIT=0")
    finally:
        tmux.close()


# --------------------------------------------------------------------------- C5


@needs_tmux
def test_the_claim_list_keeps_its_label_column_with_ids_of_two_widths(seed: Path) -> None:
    """desk2 C5: a split's 9-character ids pushed their rows' labels right of the others'
    (`c717875d9 unve The bridge…` under `c010 disp The diversion…`)."""
    quotes = ("There is another group of Russian fighters", "who are hell-bent on")
    split = run(
        "split", "c003", "--quote", quotes[0], "--quote", f"{quotes[1]} bringing down his "
        "dictatorship", "-r", "ana", "-f", seed.name, cwd=seed.parent,
    )  # fmt: skip
    assert split.returncode == 0, split.stderr
    tmux = Tmux(seed.parent, f"{FULL} review --all -f claims.yaml", width=200, height=60)
    try:
        screen = tmux.wait_for("c006 ")
        rows = [line for line in screen.splitlines() if line[:1] == "c" and " pend " in line]
        assert len(rows) >= 6, screen
        assert {row.index(" pend ") for row in rows} == {9}, "\n".join(rows)
        tmux.send("q")
        tmux.wait_for("EXIT=0")
    finally:
        tmux.close()
