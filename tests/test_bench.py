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
    assert lines[0].split() == ["benchmark", "figure", "baseline", "ratio", "target", "result"]
    names = "\n".join(lines)
    for row in (
        "start-up: claimcheck list",
        "report json",
        "validate",
        "growth",
        "review",
        "extract",
    ):
        assert row in names
    assert lines[-1].split(" of ")[1].startswith("16 pass")
