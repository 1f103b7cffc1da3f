"""Evidence: `evidence check` on 1,000 sources against a local server, the proof of a
passage in a 1 MB snapshot, and the HTML report of the bundled article with and without
snapshots. Prints the figures; the server is on 127.0.0.1, never the internet.

    python bench/evidence.py [--sources 1000] [--jobs 8] [--latency 0.05] [--only report]

Each page answers after `--latency` seconds, as a distant server would; the check's time
is then mostly waiting, which concurrency hides.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.webserver import Route, page, serve

from claimcheck.basics import Source
from claimcheck.evidence import links
from claimcheck.evidence.fetch import LOOPBACK_FOR_TESTS
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
    os.environ[LOOPBACK_FOR_TESTS] = "1"  # the local server is on 127.0.0.1
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


def sourced_everywhere(folder: Path, snapshot_bytes: int | None) -> Path:
    """The bundled article with every claim sourced (one URL, the claim's passage as the
    supporting passage), each source archived with a page of about `snapshot_bytes` (the
    article's own text, padded with words) when that is not None."""
    from claimcheck import store
    from claimcheck.decisions import apply_decision, decide
    from claimcheck.evidence import archive
    from claimcheck.models import Label

    data = Path(__file__).resolve().parent.parent / "data"
    for name in ("claims.yaml", "article.txt"):
        shutil.copy(data / name, folder / name)
    target = folder / "claims.yaml"
    loaded = store.load(target)
    text = (data / "article.txt").read_text()
    rng = random.Random(19)
    at = datetime(2026, 11, 20, tzinfo=UTC)
    for claim in loaded.doc.claims:
        source = Source(url=f"https://news.example/{claim.id}", passage=claim.passage.quote)
        if snapshot_bytes is not None:
            pad = max(0, snapshot_bytes - len(text)) // 2
            words = " ".join(rng.choice(WORDS) for _ in range(pad // 5))[:pad]
            body = f"{claim.id}\n{words}\n\n{text}\n\n{words}\n".encode()
            stored = archive.store(target, archive.Page(body, source.url), at, claim.id)
            stored.snapshot.proof = find(claim.passage.quote, stored.text)
            source.snapshot = stored.snapshot
        apply_decision(claim, decide(claim, "bench", Label.SOURCED, [source], None, at))
    target.write_bytes(store.dump(loaded.doc, loaded.header))
    return target


def report_figures() -> None:
    """`claimcheck report --format html` on the bundled article (114 claims, all sourced):
    the real command, median of 3 runs after a first one that fills the report cache."""
    command = [sys.executable, "-m", "claimcheck", "report", "-f", "claims.yaml", "-o"]
    for name, size in (("no snapshots", None), ("12 KB snapshots", 0), ("1 MB snapshots", 10**6)):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            sourced_everywhere(folder, size)
            times = []
            for _ in range(4):
                start = time.perf_counter()
                subprocess.run([*command, "r.html"], cwd=folder, check=True, capture_output=True)
                times.append(time.perf_counter() - start)
            html = (folder / "r.html").read_bytes()
            proven = html.count(b'class="evidence exact"')
            print(
                f"HTML report, 114 sourced claims, {name}: {statistics.median(times[1:]):.2f} s, "
                f"{len(html) / 1024:,.0f} KB ({proven} passages shown in context)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=8)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--only", choices=["check", "proof", "report"])
    args = parser.parse_args()
    assert Source  # the model is importable without the CLI
    if args.only in (None, "check"):
        check_figures(args.sources, args.jobs, args.latency)
    if args.only in (None, "proof"):
        proof_figures()
    if args.only in (None, "report"):
        report_figures()


if __name__ == "__main__":
    main()
