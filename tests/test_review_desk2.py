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
