"""Evidence: `evidence check` on 1,000 sources against a local server, and the proof of a
passage in a 1 MB snapshot. Prints the figures; the server is on 127.0.0.1, never the
internet.

    python bench/evidence.py [--sources 1000] [--jobs 8] [--latency 0.05]

Each page answers after `--latency` seconds, as a distant server would; the check's time
is then mostly waiting, which concurrency hides.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.webserver import Route, page, serve

from claimcheck.basics import Source
from claimcheck.evidence import links
from claimcheck.evidence.proof import find

WORDS = [
    "the",
    "of",
    "and",
    "government",
    "report",
    "said",
    "minister",
    "people",
    "year",
    "new",
    "first",
    "city",
    "police",
    "council",
    "budget",
    "million",
    "percent",
    "school",
    "hospital",
    "court",
    "election",
    "vote",
]


def check_figures(n: int, jobs: int, latency: float) -> None:
    with serve() as site:
        for i in range(n):
            site.routes[f"/p{i}"] = Route(
                body=page(f"Paragraph {i}: the council approved a budget of {i} million."),
                delay=latency,
            )
        targets = [
            links.Target(Path("bench.yaml"), f"c{i:04d}", 1, site.url(f"/p{i}"),
                         f"a budget of {i} million", None)
            for i in range(n)
        ]  # fmt: skip
        for workers in sorted({1, jobs}):
            todo = targets if workers > 1 else targets[: max(1, n // 10)]
            start = time.perf_counter()
            outcomes = links.check(todo, jobs=workers, timeout=20)
            took = time.perf_counter() - start
            ok = sum(o.state == "alive" and o.passage == "present" for o in outcomes)
            print(
                f"evidence check, {len(todo):>5} sources, {workers:>2} at once: {took:6.2f} s "
                f"({len(todo) / took:6.1f} sources/s; {ok} alive with the passage)"
            )


def proof_figures() -> None:
    rng = random.Random(19)
    text = " ".join(rng.choice(WORDS) for _ in range(200_000))[:1_000_000]
    passage = "Ukrainian intelligence reported nearly 100 acts of sabotage inside Russia in 2023"
    cases = {
        "exact, at the end": text + " " + passage,
        "approximate, in the middle": text[:500_000]
        + passage.replace("nearly", "almost")
        + text[500_000:],
        "absent": text,
    }
    for name, haystack in cases.items():
        start = time.perf_counter()
        proof = find(passage, haystack)
        took = time.perf_counter() - start
        print(f"passage in a 1 MB snapshot, {name}: {took:.3f} s ({proof.match}, {proof.score:g})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=8)
    parser.add_argument("--latency", type=float, default=0.05)
    args = parser.parse_args()
    assert Source  # the model is importable without the CLI
    check_figures(args.sources, args.jobs, args.latency)
    proof_figures()


if __name__ == "__main__":
    main()
