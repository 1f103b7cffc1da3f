"""A hostile tester's findings (thirty-sixth round), through the real `claimcheck`
command: `agree` prints each pair of reviewers as it comes, so its memory does not grow
with the number of pairs (n reviewers are n(n-1)/2 pairs: every one is printed, so the
output, and the time, cannot be less than that)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.terminal import CLAIMCHECK

HEAD = """\
schema_version: 1
article:
  id: library-hours
  title: Library hours
  text: The library now opens on Sundays. Its budget fell last year.
claims:
- id: c001
  text: The library now opens on Sundays.
  passage:
    quote: The library now opens on Sundays.
    start: 0
    end: 33
  reviews:
"""

# runs `claimcheck agree` as its only child and prints the child's peak memory (KiB)
PEAK = """\
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_kib(folder: Path, reviewers: int) -> int:
    reviews = "".join(
        f"  - by: r{i}\n    at: '2026-01-01T00:{i // 60 % 60:02d}:{i % 60:02d}Z'\n"
        f"    label: {('opinion', 'unverified', 'sourced')[i % 3]}\n"
        for i in range(reviewers)
    )
    (folder / "claims.yaml").write_text(HEAD + reviews)
    done = subprocess.run(
        [sys.executable, "-c", PEAK, CLAIMCHECK, "agree", "-f", "claims.yaml"],
        cwd=folder, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def test_agree_memory_does_not_grow_with_the_pairs(tmp_path: Path) -> None:
    few = peak_kib(tmp_path, 3)
    many = peak_kib(tmp_path, 300)  # 44,850 pairs, about 310,000 lines
    assert many - few < 30 * 1024, (few, many)
