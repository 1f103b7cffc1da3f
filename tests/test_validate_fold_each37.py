"""`validate --fold` over several claim files folded every journal before checking any
file, outside the per-file error handling: one file that cannot be read aborted the
command, and the journals of the files after it stayed unfolded, with no line for them.
Now each file is folded in its turn and gets its own line. Through the real `claimcheck`."""

from __future__ import annotations

import shutil
from pathlib import Path

from claimcheck import store
from tests.terminal import run
from tests.test_journal_waiting37 import killed_review


def test_one_bad_file_does_not_stop_the_others_being_folded(seed: Path) -> None:
    folder = seed.parent / "desk"
    folder.mkdir()
    shutil.copy(seed.parent / "article.txt", folder / "article.txt")
    good = folder / "b.yaml"
    shutil.copy(seed, good)
    killed_review(good, 2)
    bad = folder / "a.yaml"  # checked first
    bad.write_text("version: [this is not a claim file\n", encoding="utf-8")
    (folder / ".a.yaml.journal").write_text("{}\n", encoding="utf-8")
    bad_before = bad.read_bytes()
    done = run("validate", "--fold", "desk", cwd=seed.parent)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert [line for line in done.stderr.splitlines() if "a.yaml" in line]  # its own line
    assert "b.yaml: ok, " in done.stdout, done.stdout + done.stderr
    assert "2 review decisions from .b.yaml.journal saved into the file" in done.stderr
    assert not store.journal_path(good).exists()
    assert store.journal_path(bad).exists()  # the bad file's journal is left as it was
    claims = store.load(good).doc.claims
    assert sum(1 for c in claims if c.review_by("lee") is not None) == 2
    assert bad.read_bytes() == bad_before
