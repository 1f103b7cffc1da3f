"""`list --hint KIND`: the claims whose extraction hint is of a kind, as the review's
`hint:KIND` filter shows them, through the real command (its fast path for an unchanged
file included) and with a clear error for a kind that does not exist."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.conftest import run
from tests.terminal import CLAIMCHECK


def _hinted(seed: Path, kind: str) -> set[str]:
    rows = json.loads(run("list", "-f", str(seed), "--json").stdout)
    return {r["id"] for r in rows if r["hint"] and r["hint"]["kind"] == kind}


def test_list_shows_only_the_claims_of_a_hint_kind(seed: Path) -> None:
    result = run("list", "-f", str(seed), "--hint", "opinion", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and {r["id"] for r in rows} == _hinted(seed, "opinion")


def test_hint_kinds_add_up_and_combine_with_labels(seed: Path) -> None:
    both = json.loads(
        run("list", "-f", str(seed), "--hint", "opinion", "--hint", "FACTUAL", "--json").stdout
    )
    assert {r["id"] for r in both} == _hinted(seed, "opinion") | _hinted(seed, "factual")
    none = run("list", "-f", str(seed), "--hint", "opinion", "--label", "sourced")
    assert none.exit_code == 0
    assert "0 of 114 claims" in none.stdout


def test_an_unknown_hint_kind_is_one_line_and_exit_1(seed: Path) -> None:
    result = run("list", "-f", str(seed), "--hint", "fact")
    assert result.exit_code == 1
    assert result.stderr == "Error: unknown hint 'fact'; choose one of factual, opinion, unclear\n"


def test_the_real_command_filters_by_hint_twice_running(seed: Path) -> None:
    """The second run reads the unchanged file through the fast path."""
    expected = len(_hinted(seed, "opinion"))
    for _ in range(2):
        done = subprocess.run(
            [CLAIMCHECK, "list", "-f", str(seed), "--hint", "opinion"],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 0, done.stderr
        assert f"{expected} of 114 claims: {expected} pending" in done.stdout
