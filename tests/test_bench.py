"""The benchmark suite runs and prints its table (its figures are judged by people)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.mark.timeout(1200)
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
        "extract: 1 MB of distinct text",
        "extract:   1 MB against the floor",
    ):
        assert row in names
    rows = lines[2 : lines.index("")]
    assert all(line.rstrip().endswith(("pass", "MISS", "-")) for line in rows)
    assert lines[-1].split(" of ")[1].split()[0].isdigit()  # "N of M pass..."


@pytest.mark.timeout(600)
def test_a_piece_runs_alone_and_a_wrong_one_is_refused(tmp_path: Path) -> None:
    bench = [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--data", str(tmp_path)]
    done = subprocess.run([*bench, "--only", "tag"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert [line.split(":")[0] for line in done.stdout.splitlines()[2:4]] == ["tag", "tag"]
    wrong = subprocess.run([*bench, "--only", "speed"], capture_output=True, text=True)
    assert wrong.returncode == 2
    assert "unknown piece 'speed'" in wrong.stderr


def test_an_edit_of_the_bench_is_content_no_earlier_run_made(tmp_path: Path) -> None:
    """The bench's cache folder outlives a run: the "file just changed" rows must meet
    content no run before made, or a cache keyed on content answers them warm."""
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); import run; "
        "p = Path(sys.argv[2]); p.write_bytes(b'claims: []\\n'); run.touch(p, 1); run.touch(p, 2);"
        " sys.stdout.buffer.write(p.read_bytes())"
    )
    made = [
        subprocess.run(
            [sys.executable, "-c", script, str(ROOT / "bench"), str(tmp_path / f"{k}.yaml")],
            capture_output=True,
            check=True,
        ).stdout
        for k in range(2)
    ]
    assert made[0] != made[1]  # edit 2 of one run is not edit 2 of another
    assert all(
        m.startswith(b"# edit 2 by the bench run ") and m.count(b"# edit") == 1 for m in made
    )
    assert all(m.endswith(b"claims: []\n") for m in made)
