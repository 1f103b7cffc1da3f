"""Review latency: from a key to the next claim ready, including the durable save.

Builds a claim file of N claims, then drives the review session through the same code
path as `claimcheck review` (Session.propose → Journal.commit → Session.saved → drawing
the next claim), and reports the median and 95th percentile per decision.

Target (issue 3): median under 30 ms at 5,000 claims, and not growing with the number
of claims.

    python bench/review_latency.py [--claims 5000] [--decisions 200]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claimcheck import store
from claimcheck.review import Session
from gen import write_claim_file

TARGET_MS = 30.0


def measure(n_claims: int, n_decisions: int, quiet: bool = False) -> list[float]:
    from rich.console import Console

    from claimcheck.cli.render import claim_panel

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.yaml"
        write_claim_file(path, n_claims, seed=n_claims)
        journal = store.Journal(path)
        session = Session.start(journal.doc, "bench")
        console = Console(file=io.StringIO(), width=100, force_terminal=True)
        times = []
        for i in range(n_decisions):
            t0 = time.perf_counter()
            action = ("opinion", "unverified")[i % 2]
            decision = session.propose(action)
            assert decision is not None
            session.commit(journal, decision)
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=5000)
    parser.add_argument("--decisions", type=int, default=200)
    args = parser.parse_args()
    small = measure(100, args.decisions)
    big = measure(args.claims, args.decisions)
    med_small, med_big = statistics.median(small), statistics.median(big)
    p95 = statistics.quantiles(big, n=20)[-1]
    growth = med_big / med_small
    print(
        f"review latency, {args.claims} claims: median {med_big:.1f} ms, p95 {p95:.1f} ms "
        f"(target < {TARGET_MS:.0f} ms: {'pass' if med_big < TARGET_MS else 'MISS'})"
    )
    print(
        f"review latency, 100 claims: median {med_small:.1f} ms; growth x{growth:.2f} "
        f"for {args.claims // 100}x the claims ({'flat' if growth < 1.5 else 'GROWING'})"
    )
    return 0 if med_big < TARGET_MS and growth < 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
