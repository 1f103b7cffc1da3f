"""Reporting on an archive, against parsing the same files with PyYAML's C loader alone.

Target (issue 4): `claimcheck report ARCHIVE --format json` over 1,000 claim files of 100
claims each takes no more than 1.3 times as long as loading every file with
`yaml.load(..., Loader=yaml.CSafeLoader)`. Both are timed as whole processes (start-up
included), several runs each, and the medians compared; the baseline is measured in the
same run, since machines are noisy.

    python bench/report_scale.py                 # 1,000 files x 100 claims, 3 runs
    python bench/report_scale.py --files 100 --runs 5
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen import write_claim_file

TARGET = 1.3
RAW = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""


def make_archive(folder: Path, files: int, claims: int) -> Path:
    """Generate (once, then reuse) an archive of claim files, 70% of claims tagged."""
    archive = folder / f"archive-{files}x{claims}"
    done = archive / ".complete"
    if not done.exists():
        shutil.rmtree(archive, ignore_errors=True)
        archive.mkdir(parents=True)
        for i in range(files):
            write_claim_file(archive / f"a{i:05d}.yaml", claims, seed=i, labelled=0.7)
        done.touch()
    return archive


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    took = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd[:4])}... failed ({done.returncode}):\n{done.stderr}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--claims", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--data", type=Path, default=Path(tempfile.gettempdir()) / "claimcheck-bench"
    )
    args = parser.parse_args()

    archive = make_archive(args.data, args.files, args.claims)
    out = args.data / "report.json"
    claimcheck = [sys.executable, "-m", "claimcheck"]
    raw_cmd = [sys.executable, "-c", RAW, str(archive)]
    ours_cmd = [*claimcheck, "report", str(archive), "--format", "json", "-o", str(out)]
    raw, ours = [], []
    for _ in range(args.runs):  # interleaved, so that drift hits both alike
        raw.append(timed(raw_cmd))
        ours.append(timed(ours_cmd))
    r, o = statistics.median(raw), statistics.median(ours)
    ratio = o / r
    print(f"archive: {args.files} files x {args.claims} claims ({args.runs} runs, medians)")
    print(f"C-loader parse alone:      {r:7.2f} s")
    print(f"claimcheck report (json):  {o:7.2f} s")
    verdict = "pass" if ratio <= TARGET else "MISS"
    print(f"ratio: {ratio:.2f} (target <= {TARGET}) {verdict}")


if __name__ == "__main__":
    main()
