"""Several writers on one claim file at once: nothing lost, nothing applied twice; and an
edit made in an editor during a review is not overwritten."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.models import Label
from tests.conftest import ROOT
from tests.terminal import CLAIMCHECK, Pty

pytestmark = pytest.mark.timeout(900)  # timing-heavy; several times its quiet run

ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
# Sized so that a quiet run takes about a quarter of the 120 s timeout: each `tag` is a
# whole process (~0.3 s of CPU), and the test must still pass on a loaded 2-core machine.
WRITERS, PER_WRITER, REVIEWED = 4, 15, 20
LABELS = [Label.OPINION, Label.UNVERIFIED, Label.SOURCED]


def _make_doc(n: int):
    spec = importlib.util.spec_from_file_location("bench_gen", ROOT / "bench" / "gen.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    return gen.make_doc(n, seed=7, labelled=0.0)


def _writer(path: Path, w: int) -> list[str]:
    done = []
    for k in range(PER_WRITER):
        claim_id = f"c{w * PER_WRITER + k + 1:04d}"
        label = LABELS[k % 3]
        args = [CLAIMCHECK, "tag", claim_id, label.value, "-f", str(path)]
        if label is Label.SOURCED:
            args += ["--source", f"https://example.org/{claim_id}"]
        result = subprocess.run(
            args, env={**ENV, "CLAIMCHECK_REVIEWER": f"writer{w}"}, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        done.append(claim_id)
    return done


def test_four_taggers_and_a_review_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(store.dump(_make_doc(WRITERS * PER_WRITER + REVIEWED + 10)))
    review = Pty(
        [
            CLAIMCHECK,
            "review",
            "--plain",
            "-f",
            str(path),
            "--from",
            f"c{WRITERS * PER_WRITER + 1:04d}",
        ],
        {**ENV, "CLAIMCHECK_REVIEWER": "reviewer"},
        tmp_path,
    )
    review.wait_for(f"c{WRITERS * PER_WRITER + 1:04d}".encode())
    with ThreadPoolExecutor(WRITERS) as pool:
        writers = [pool.submit(_writer, path, w) for w in range(WRITERS)]
        for n in range(REVIEWED):  # the review decides while the writers write
            review.write(b"o\r")
            review.wait_for(f"saved: c{WRITERS * PER_WRITER + n + 1:04d}".encode(), timeout=30)
        tagged = [c for f in writers for c in f.result()]
    review.write(b"q")
    review.wait_for(b"Reviewed", timeout=30)
    time.sleep(0.2)
    review.kill()

    assert len(tagged) == WRITERS * PER_WRITER
    loaded = store.load(path)
    assert not loaded.journaled  # the review folded its journal on the way out
    by_id = loaded.doc.index()
    for w in range(WRITERS):
        for k in range(PER_WRITER):
            claim = by_id[f"c{w * PER_WRITER + k + 1:04d}"]
            assert claim.label is LABELS[k % 3], claim.id
            assert claim.reviewer == f"writer{w}"
            assert [c.field for c in claim.history].count("label") == 1, claim.id  # once
    for n in range(REVIEWED):
        claim = by_id[f"c{WRITERS * PER_WRITER + n + 1:04d}"]
        assert claim.label is Label.OPINION and claim.reviewer == "reviewer", claim.id
        assert len(claim.history) == 1, claim.id
    untouched = [c for c in loaded.doc.claims if c.label is None]
    assert len(untouched) == 10


def test_an_edit_made_in_an_editor_during_a_review_is_kept(seed: Path) -> None:
    review = Pty(
        [CLAIMCHECK, "review", "--plain", "-f", "claims.yaml"],
        {**ENV, "CLAIMCHECK_REVIEWER": "ana"},
        seed.parent,
    )
    review.wait_for(b"c001")
    review.write(b"o\r")
    review.wait_for(b"saved: c001")
    # An editor rewrites the file in place (not atomically), changing another claim.
    text = seed.read_text()
    text = re.sub(r"(- id: c050\n  text: )[^\n]+", r"\1Edited in an editor.", text)
    with open(seed, "w") as fh:
        fh.write(text)
    time.sleep(0.05)
    review.write(b"u\r")
    review.wait_for(b"saved: c002")
    review.write(b"q")
    review.wait_for(b"Reviewed")
    time.sleep(0.2)
    review.kill()
    by_id = store.load(seed).doc.index()
    assert by_id["c050"].text == "Edited in an editor."
    assert by_id["c001"].label is Label.OPINION
    assert by_id["c002"].label is Label.UNVERIFIED
