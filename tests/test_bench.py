"""The benchmark suite runs and prints its table (its figures are judged by people)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.mark.timeout(300)
def test_the_benchmark_suite_prints_one_table(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    head = ["benchmark", "figure", "baseline", "ratio", "spread", "target", "result"]
    assert lines[0].split() == head
    names = "\n".join(lines)
    for row in (
        "start-up: list, file unchanged",
        "start-up: report, file just changed",
        "start-up: --help",
        "start-up: --version",
        "tag: one decision, 2,000 claims",
        "growth in claims: report -F html",
        "growth in claims: journal replay",
        "growth in claims: fold",
        "growth in files: report json",
        "archive: report json, 100 files",
        "archive:   peak memory",
        "review",
        "extract",
    ):
        assert row in names
    rows = lines[2 : lines.index("")]
    assert all(line.rstrip().endswith(("pass", "MISS", "-")) for line in rows)
    assert lines[-1].split(" of ")[1].split()[0].isdigit()  # "N of M pass..."


@pytest.mark.timeout(120)
def test_a_piece_runs_alone_and_a_wrong_one_is_refused(tmp_path: Path) -> None:
    bench = [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--data", str(tmp_path)]
    done = subprocess.run([*bench, "--only", "tag"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert [line.split(":")[0] for line in done.stdout.splitlines()[2:4]] == ["tag", "tag"]
    wrong = subprocess.run([*bench, "--only", "speed"], capture_output=True, text=True)
    assert wrong.returncode == 2
    assert "unknown piece 'speed'" in wrong.stderr
