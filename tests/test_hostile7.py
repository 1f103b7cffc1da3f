"""A hostile tester's findings (seventh round), each through the real `claimcheck`
command: its exact message, its exit code, and nothing changed on disk."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.terminal import CLAIMCHECK


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLAIMCHECK, *args], cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# --------------------------------------------------------------------------- over-long paths

LONG = "a" * 300  # one component over the system's 255 bytes: ENAMETOOLONG


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["validate", "-f", LONG], LONG),
        (["validate", f"{LONG}/x.yaml"], f"{LONG}/x.yaml"),
        (["report", "-f", LONG], LONG),
        (["report", "-f", "claims.yaml", "-o", f"{LONG}.html"], f"{LONG}.html"),
        (["extract", "article.txt", "-o", LONG], LONG),
        (["agree", LONG], LONG),
        (["evidence", "verify", "-f", LONG], LONG),
        (["tag", "c001", "sourced", "-f", LONG], f".{LONG}.lock"),
        (["untag", "c001", "-f", LONG], f".{LONG}.lock"),
        (["edit", "c001", "--text", "x", "-f", LONG], f".{LONG}.lock"),
        (["undo", "-f", LONG], f".{LONG}.lock"),
        (["config", "--file", LONG], LONG),
    ],
)
def test_an_over_long_path_is_one_line_naming_it(seed: Path, args: list[str], named: str) -> None:
    before = snapshot(seed.parent)
    done = cli(*args, cwd=seed.parent)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("Error: ")
    assert done.stderr.endswith(f"{named}: file name too long\n")
    assert done.stderr.count("\n") == 1 and "internal error" not in done.stderr
    after = snapshot(seed.parent)
    after.pop(".claims.yaml.lock", None)  # a lock file may be left, as any save leaves it
    assert after == before
