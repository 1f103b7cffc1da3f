"""Review latency: from a key to the next claim drawn, including the durable save.

Three figures, at 100 and at N claims (generated with bench/gen.py):

- app: keys typed into `claimcheck review` (full screen) in a pseudo-terminal: `o`, then
  Enter at its prompt, timed until the terminal has received the saved decision and the
  next claim (journaled and fsynced before it is drawn). What a reviewer waits for.
- session: the same decision through the code path without Textual (Session.propose →
  Journal.commit → the claim panel rendered), as bench/run.py has measured it since
  issue 3.
- first screen: `claimcheck review` started on the bundled file in a pseudo-terminal of
  80x24 until its first screen shows the claim (the process's whole start-up).

Targets (issue 16): median ≤ 30 ms and flat between 100 and N claims; first screen ≤ 1 s.

    python bench/review_latency.py [--claims 5000] [--decisions 100] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import io
import json
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claimcheck import store
from claimcheck.review import Session
from gen import write_claim_file

TARGET_MS = 30.0
FIRST_SCREEN_S = 1.0
FLAT = 1.5  # "flat": the median at N claims within 1.5x the median at 100
ROOT = Path(__file__).resolve().parent.parent
CPU_MS: dict[int, float] = {}  # the review's mean CPU time per decision (two keys), by size


def _action(session: Session) -> str:
    """A label the current claim does not have, so every key makes a decision; at the end
    of the walk, start over."""
    if session.current is None:
        session.position = 0
    claim = session.current
    assert claim is not None
    return "unverified" if claim.label_name == "opinion" else "opinion"


def measure(n_claims: int, n_decisions: int, quiet: bool = False) -> list[float]:
    """Milliseconds per decision through the session and the claim panel (no Textual)."""
    from rich.console import Console

    from claimcheck.cli.render import claim_panel

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.yaml"
        write_claim_file(path, n_claims, seed=n_claims)
        journal = store.Journal(path)
        session = Session.start(journal.doc, "bench", walk_all=True)
        console = Console(file=io.StringIO(), width=100, force_terminal=True)
        times = []
        for _ in range(n_decisions):
            action = _action(session)
            t0 = time.perf_counter()
            decision = session.propose(action)
            assert decision is not None
            session.commit(journal, decision)
            if session.current is None:
                session.position = 0
            claim = session.current
            assert claim is not None
            console.print(claim_panel(claim, journal.loaded.text))
            times.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        journal.close()
        fold_ms = (time.perf_counter() - t0) * 1000
        if not quiet:
            print(f"  {n_claims:>6} claims: folding the journal on exit took {fold_ms:.0f} ms")
    return times


def measure_app(n_claims: int, n_decisions: int, size: tuple[int, int] = (48, 160)) -> list[float]:
    """Milliseconds from the key to the next claim drawn by `claimcheck review` in a
    pseudo-terminal of 160x48: `o` opens the note prompt, then Enter is timed until the
    status line says the decision was saved and the next claim's id is on the screen."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.yaml"
        write_claim_file(path, n_claims, seed=n_claims)
        ids = [c.id for c in store.load(path).doc.claims]
        term = _Terminal(["review", "-f", "claims.yaml", "--all"], Path(tmp), *size)
        try:
            term.wait_for(f" of {n_claims}".encode())
            times = []
            labels = {c.id: c.label_name for c in store.load(path).doc.claims}
            cpu0 = term.cpu_seconds()
            for i in range(min(n_decisions, n_claims - 1)):
                key, name = (
                    (b"u", "unverified") if labels[ids[i]] == "opinion" else (b"o", "opinion")
                )
                term.write(key)
                term.wait_for(b"Enter confirms")
                t0 = time.perf_counter()
                term.write(b"\r")
                term.wait_for(f"saved: {ids[i]} \u2192 {name}".encode())
                term.wait_for(ids[i + 1].encode())
                times.append((time.perf_counter() - t0) * 1000)
            CPU_MS[n_claims] = (term.cpu_seconds() - cpu0) * 1000 / max(len(times), 1)
            term.write(b"q")
            term.wait_for(b"Reviewed")
        finally:
            term.close()
        return times


class _Terminal:
    """`claimcheck ARGS` in a pseudo-terminal of the given size; output collected."""

    def __init__(self, args: list[str], cwd: Path, rows: int, cols: int) -> None:
        claimcheck = str(Path(sys.executable).with_name("claimcheck"))
        env = {**os.environ, "TERM": "xterm-256color", "CLAIMCHECK_REVIEWER": "bench"}
        env["NO_COLOR"] = "1"
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.chdir(cwd)
            os.execve(claimcheck, [claimcheck, *args], env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.seen = b""

    def cpu_seconds(self) -> float:
        """CPU time the review has used so far (user + system): unlike the wall clock, it
        does not swing with the load of a shared machine."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def write(self, data: bytes) -> None:
        self.seen = b""  # what is waited for next must be drawn after this key
        os.write(self.fd, data)

    def wait_for(self, text: bytes, timeout: float = 60.0) -> None:
        deadline = time.perf_counter() + timeout
        while text not in self.seen:
            if time.perf_counter() > deadline:
                raise RuntimeError(f"{text!r} never appeared")
            if select.select([self.fd], [], [], 0.005)[0]:
                try:
                    self.seen += os.read(self.fd, 65536)
                except OSError:
                    raise RuntimeError(f"the review ended before {text!r}") from None

    def close(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def first_screen() -> float:
    """Seconds from starting `claimcheck review` on the bundled file in an 80x24
    pseudo-terminal until its first screen shows the claim."""
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("article.txt", "claims.yaml"):
            shutil.copy(ROOT / "data" / name, Path(tmp) / name)
        t0 = time.perf_counter()
        term = _Terminal(["review", "-f", "claims.yaml"], Path(tmp), 24, 80)
        try:
            term.wait_for(b"Putin survived")
            return time.perf_counter() - t0
        finally:
            term.close()


def _figures(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "median_ms": round(statistics.median(ordered), 2),
        "p90_ms": round(ordered[int(0.9 * (len(ordered) - 1))], 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=5000)
    parser.add_argument("--decisions", type=int, default=100)
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args()
    quiet = args.json
    results: dict[str, object] = {"claims": args.claims, "decisions": args.decisions}
    ok = True
    runners = {
        "app": lambda n: measure_app(n, args.decisions),
        "session": lambda n: measure(n, args.decisions, quiet),
    }
    for name, run in runners.items():
        small, big = _figures(run(100)), _figures(run(args.claims))
        growth = big["median_ms"] / max(small["median_ms"], 0.01)
        passed = big["median_ms"] <= TARGET_MS and growth <= FLAT
        ok = ok and (passed or name == "session")
        results[name] = {"100": small, str(args.claims): big, "growth": round(growth, 2)}
        if name == "app":
            cpu = {str(n): round(ms, 1) for n, ms in CPU_MS.items()}
            results["app_cpu_ms_per_decision"] = cpu
            if not quiet:
                print(
                    "review CPU time per decision (app: o, then Enter; mean; load-independent): "
                    + ", ".join(f"{n} claims {ms} ms" for n, ms in cpu.items())
                    + f"; load average now {os.getloadavg()[0]:.1f}"
                )
        if not quiet:
            print(
                f"review latency ({name}): 100 claims median {small['median_ms']:.1f} ms, "
                f"p90 {small['p90_ms']:.1f} ms; {args.claims} claims median "
                f"{big['median_ms']:.1f} ms, p90 {big['p90_ms']:.1f} ms; growth x{growth:.2f} "
                f"(target: median ≤ {TARGET_MS:.0f} ms and within x{FLAT} of 100 claims: "
                f"{'pass' if passed else 'MISS'})"
            )
    seconds = first_screen()
    results["first_screen_s"] = round(seconds, 3)
    ok = ok and seconds <= FIRST_SCREEN_S
    if quiet:
        print(json.dumps(results))
    else:
        print(
            f"first screen of the review on the bundled file at 80x24: {seconds:.2f} s "
            f"(target ≤ {FIRST_SCREEN_S:.0f} s: {'pass' if seconds <= FIRST_SCREEN_S else 'MISS'})"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
