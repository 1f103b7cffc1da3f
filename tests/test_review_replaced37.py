"""A review whose claim file `extract --force` replaced (desk6 C2): the next save notices
it, says in one line where the decisions are, keeps them all, and the summary on quit
says so. Through the real `claimcheck review --plain` on a terminal."""

from __future__ import annotations

import os
from pathlib import Path

from claimcheck import store
from claimcheck.models import Decision
from tests.terminal import CLAIMCHECK, Pty, run

REPLACED = (
    "claims.yaml was replaced while you were reviewing (extract --force, or another version "
    "put in its place): your 1 earlier decision on it and this one on c002 are kept in "
    ".claims.yaml.journal.stale (the replaced file: claims.yaml.replaced-"
)


def test_a_review_notices_its_file_was_replaced_and_keeps_every_decision(seed: Path) -> None:
    folder = seed.parent
    article = (folder / "article.txt").read_text(encoding="utf-8")
    (folder / "article2.txt").write_text(article.replace("2023", "2024", 1), encoding="utf-8")
    env = {**os.environ, "CLAIMCHECK_REVIEWER": "ana", "NO_COLOR": "1", "COLUMNS": "400"}
    plain = Pty([CLAIMCHECK, "review", "--plain", "-f", "claims.yaml"], env, folder)
    try:
        plain.wait_for(b"quit")
        plain.write(b"u")
        plain.wait_for(b"Note")
        plain.write(b"\r")
        plain.wait_for(b"saved: c001")
        done = run("extract", "article2.txt", "-o", "claims.yaml", "--force", cwd=folder)
        assert done.returncode == 0, done.stderr
        plain.write(b"o")
        plain.wait_for(b"Note", timeout=60)
        plain.write(b"\r")
        plain.wait_for(b"you now review the new file")
        said = " ".join(plain.output.decode("utf-8", "replace").split())
        assert REPLACED in said, said[-3000:]
        plain.write(b"q")
        plain.wait_for(b"not applied.")
    finally:
        plain.kill()
    summary = " ".join(plain.output.decode("utf-8", "replace").split())
    assert "Reviewed 0 claims this session" in summary, summary[-2000:]
    assert (
        "Decisions saved to claims.yaml. 2 decisions made on the file before it was replaced "
        "are kept in .claims.yaml.journal.stale and the copy claims.yaml.replaced-"
    ) in summary
    kept = [
        Decision.model_validate_json(line)
        for line in (folder / ".claims.yaml.journal.stale").read_bytes().splitlines()
    ]
    assert [(d.claim, d.by, d.label and d.label.value) for d in kept] == [
        ("c001", "ana", "unverified"),
        ("c002", "ana", "opinion"),
    ]
    new = store.load(seed).doc
    assert not any(c.reviews for c in new.claims)  # nothing put on the new file's claims
    (copy,) = folder.glob("claims.yaml.replaced-*")
    old = store.load(copy, verify=False).doc
    assert old.claims[0].label is not None and old.claims[0].label.value == "unverified"
