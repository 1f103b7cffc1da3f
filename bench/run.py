"""Every benchmark of claimcheck, one table: figure, baseline, ratio, target, result.

Generates its own data (kept in $TMPDIR/claimcheck-bench for the next run), times whole
processes several times and takes the median, and measures each baseline in the same
run, interleaved with what it is compared to, since machines are noisy.

    python bench/run.py            # the full suite (a few minutes)
    python bench/run.py --quick    # small sizes, one run each: checks that it all works

Targets (issues 3, 4, 5, 7):
  start-up    `claimcheck list` and `claimcheck tag` on the bundled file, whole process:
              <= 1.25 x `python -c "import typer, pydantic, yaml"`
  archive     `report --format json` over 1,000 files x 100 claims: <= 1.3 x parsing them
              with PyYAML's C loader alone; again over unchanged files: <= 0.2 x; peak
              memory <= 1.5 x the raw parse's; `validate` likewise
  growth      time per file from 100 to 1,000 files no worse than from 10 to 100 (linear)
  review      key to next claim at 5,000 claims: median < 30 ms, flat in the claim count
  extract     recall >= 0.9, precision >= 0.85 on the seed article; 1 MB in <= 2 s
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
CLAIMCHECK = [PY, "-m", "claimcheck"]
# The console script of this environment, found without activating it.
SCRIPT = str(Path(PY).with_name("claimcheck"))
RAW_PARSE = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""


@dataclass
class Run:
    seconds: float
    peak_kb: int


@dataclass
class Row:
    name: str
    figure: str
    baseline: str
    ratio: float | None
    target: str
    ok: bool


def _hwm_kb(pid: int) -> int:
    """The peak resident memory of a running process (VmHWM, reset by exec)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(cmd: list[str], env: dict[str, str] | None = None, memory: bool = False) -> Run:
    """One whole process: its wall time, or (`memory`) its peak resident memory.

    The peak is VmHWM polled from /proc while it runs: getrusage's ru_maxrss would also
    count the memory of this (large) process that the child had between fork and exec.
    Polling costs time, so a run measures one or the other.
    """
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        peak = 0
        while memory and proc.poll() is None:
            peak = max(peak, _hwm_kb(proc.pid))
            time.sleep(0.005)
        proc.wait()
        took = time.perf_counter() - start
        if proc.returncode != 0:
            err.seek(0)
            sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.read().decode()}")
    return Run(took, peak)


def medians(runs: int, *commands: Callable[[], Run]) -> list[Run]:
    """Each command `runs` times, interleaved; the median time and peak memory of each."""
    results: list[list[Run]] = [[] for _ in commands]
    for _ in range(runs):
        for i, command in enumerate(commands):
            results[i].append(command())
    return [
        Run(statistics.median(r.seconds for r in rs), int(statistics.median(r.peak_kb for r in rs)))
        for rs in results
    ]


def archive(data: Path, files: int, claims: int = 100) -> Path:
    """A folder of `files` claim files, generated once (a prefix of the largest one)."""
    from gen import write_claim_file

    full = data / f"archive-{max(files, 1000)}x{claims}"
    done = full / ".complete"
    if not done.exists():
        shutil.rmtree(full, ignore_errors=True)
        full.mkdir(parents=True)
        for i in range(max(files, 1000)):
            write_claim_file(full / f"a{i:05d}.yaml", claims, seed=i, labelled=0.7)
        done.touch()
    if files >= 1000:
        return full
    part = data / f"archive-{files}x{claims}"
    if not part.exists():
        part.mkdir()
        for name in sorted(p.name for p in full.glob("*.yaml"))[:files]:
            (part / name).symlink_to(full / name)
    return part


def cold_cache(env: dict[str, str], data: Path) -> dict[str, str]:
    """The environment with a new, empty report cache."""
    folder = Path(tempfile.mkdtemp(prefix="cache-", dir=data))
    return {**env, "CLAIMCHECK_CACHE_DIR": str(folder)}


def secs(r: Run) -> str:
    return f"{r.seconds * 1000:.0f} ms" if r.seconds < 1 else f"{r.seconds:.2f} s"


def mb(r: Run) -> str:
    return f"{r.peak_kb / 1024:.1f} MB"


def ratio_row(name: str, ours: Run, base: Run, target: float, memory: bool = False) -> Row:
    if memory:
        r = ours.peak_kb / base.peak_kb
        return Row(name, mb(ours), mb(base), r, f"<= {target}x", r <= target)
    r = ours.seconds / base.seconds
    return Row(name, secs(ours), secs(base), r, f"<= {target}x", r <= target)


def startup(runs: int, data: Path, env: dict[str, str]) -> list[Row]:
    folder = data / "startup"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for name in ("claims.yaml", "article.txt"):
        shutil.copy(ROOT / "data" / name, folder / name)
    (folder / "article.txt").chmod(0o644)
    flip = iter(["opinion", "unverified"] * (runs * 2))
    claims = folder / "claims.yaml"
    base, listing, tagging = medians(
        runs,
        lambda: run([PY, "-c", "import typer, pydantic, yaml"], env),
        lambda: run([SCRIPT, "list", "-f", str(claims)], env),
        lambda: run([SCRIPT, "tag", "c001", next(flip), "-f", str(claims)], env),
    )
    return [
        ratio_row("start-up: claimcheck list", listing, base, 1.25),
        ratio_row("start-up: claimcheck tag", tagging, base, 1.25),
    ]


def scale(runs: int, data: Path, files: int, env: dict[str, str]) -> list[Row]:
    folder = archive(data, files)
    out = data / "report.json"

    def raw(memory: bool = False) -> Run:
        return run([PY, "-c", RAW_PARSE, str(folder)], env, memory)

    def report(cache_env: dict[str, str], memory: bool = False) -> Run:
        return run(
            [*CLAIMCHECK, "report", str(folder), "-F", "json", "-o", str(out)], cache_env, memory
        )

    def validate(cache_env: dict[str, str], memory: bool = False) -> Run:
        return run([*CLAIMCHECK, "validate", str(folder)], cache_env, memory)

    base, report_cold, validate_cold = medians(
        runs, raw, lambda: report(cold_cache(env, data)), lambda: validate(cold_cache(env, data))
    )
    warm = cold_cache(env, data)
    report(warm)  # fills the cache
    base2, report_warm, validate_warm = medians(
        runs, raw, lambda: report(warm), lambda: validate(warm)
    )
    raw_mem = raw(memory=True)
    report_mem = report(cold_cache(env, data), memory=True)
    validate_mem = validate(cold_cache(env, data), memory=True)
    stack = run([PY, "-c", "import typer, pydantic, yaml"], env, memory=True)
    label = f"{files} files x 100 claims"
    return [
        ratio_row(f"report json, {label}", report_cold, base, 1.3),
        ratio_row("  again, files unchanged (cache)", report_warm, base2, 0.2),
        ratio_row("  peak memory", report_mem, raw_mem, 1.5, memory=True),
        ratio_row(f"validate, {label}", validate_cold, base, 1.3),
        ratio_row("  again, files unchanged (cache)", validate_warm, base2, 0.2),
        ratio_row("  peak memory", validate_mem, raw_mem, 1.5, memory=True),
        Row("  (the stack alone: import typer, pydantic, yaml)", mb(stack), mb(raw_mem),
            stack.peak_kb / raw_mem.peak_kb, "info", True),
    ]  # fmt: skip


def growth(runs: int, data: Path, sizes: list[int], env: dict[str, str]) -> list[Row]:
    out = data / "growth.json"
    times = {}
    for n in sizes:
        folder = archive(data, n)
        cmd = [*CLAIMCHECK, "report", str(folder), "-F", "json", "-o", str(out)]
        (r,) = medians(runs, lambda c=cmd: run(c, cold_cache(env, data)))
        times[n] = r.seconds
    a, b, c = sizes
    early = (times[b] - times[a]) / (b - a)
    late = (times[c] - times[b]) / (c - b)
    shown = ", ".join(f"{n}: {times[n]:.2f} s" for n in sizes)
    return [
        Row(f"growth, report json ({shown})", f"{late * 1000:.2f} ms/file",
            f"{early * 1000:.2f} ms/file", late / early, "<= 1.25x (linear)", late / early <= 1.25),
    ]  # fmt: skip


def review(claims: int, decisions: int) -> list[Row]:
    import review_latency

    small = statistics.median(review_latency.measure(100, min(decisions, 90), quiet=True))
    big = statistics.median(review_latency.measure(claims, decisions, quiet=True))
    target = review_latency.TARGET_MS
    return [
        Row(f"review: key to next claim, {claims} claims", f"{big:.1f} ms", f"{target:.0f} ms",
            big / target, "< 1x (30 ms)", big < target),
        Row("  growth from 100 claims", f"{big:.1f} ms", f"{small:.1f} ms", big / small,
            "< 1.5x (flat)", big / small < 1.5),
    ]  # fmt: skip


def extract() -> list[Row]:
    import extract_quality

    q = extract_quality.measure()
    limit = extract_quality.SECONDS
    return [
        Row("extract: recall on the seed article", f"{q.recall:.3f}", "0.9", q.recall / 0.9,
            ">= 0.9", q.recall >= extract_quality.RECALL),
        Row("extract: precision", f"{q.precision:.3f}", "0.85", q.precision / 0.85, ">= 0.85",
            q.precision >= extract_quality.PRECISION),
        Row("extract: hint agreement", f"{q.hints_agree}/{q.hints_pairs}", "", None, "info", True),
        Row("extract: 1 MB text", f"{q.seconds:.2f} s", f"{limit:.0f} s", q.seconds / limit,
            "<= 1x (2 s)", q.seconds <= limit),
    ]  # fmt: skip


def table(rows: list[Row]) -> str:
    head = ("benchmark", "figure", "baseline", "ratio", "target", "result")
    cells = [
        (r.name, r.figure, r.baseline, "" if r.ratio is None else f"{r.ratio:.2f}", r.target,
         "pass" if r.ok else "MISS")
        for r in rows
    ]  # fmt: skip
    widths = [max(len(str(c[i])) for c in [head, *cells]) for i in range(len(head))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(head, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="Run every benchmark and print one table.")
    parser.add_argument("--quick", action="store_true", help="small sizes, one run each")
    parser.add_argument(
        "--data", type=Path, default=Path(tempfile.gettempdir()) / "claimcheck-bench"
    )
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NO_COLOR": "1", "CLAIMCHECK_REVIEWER": "bench"}
    runs, files, sizes = (1, 100, [10, 30, 100]) if args.quick else (3, 1000, [10, 100, 1000])
    claims, decisions = (500, 30) if args.quick else (5000, 200)
    rows: list[Row] = []
    steps = [
        ("start-up", lambda: startup(3 if args.quick else 9, args.data, env)),
        ("archive", lambda: scale(runs, args.data, files, env)),
        ("growth", lambda: growth(runs, args.data, sizes, env)),
        ("review", lambda: review(claims, decisions)),
        ("extract", extract),
    ]
    for name, step in steps:
        print(f"running {name}...", file=sys.stderr, flush=True)
        rows += step()
    for cache in args.data.glob("cache-*"):
        shutil.rmtree(cache, ignore_errors=True)
    print(table(rows))
    missed = [r.name.strip() for r in rows if not r.ok]
    print(
        f"\n{len(rows) - len(missed)} of {len(rows)} pass"
        + (f"; missed: {', '.join(missed)}" if missed else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
