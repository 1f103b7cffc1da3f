"""The history of a reanchored claim shows where its passage moved (desk6 L2): a "moved"
entry's from and to are the same words, so each says its offsets. Through the real
`claimcheck`."""

from __future__ import annotations

from pathlib import Path

from tests.terminal import run

BEFORE = (
    "Ferry fares rise in April\n\n"
    "The harbour board raised the ferry fare to £4 last month. "
    "Passenger numbers fell by 12% in the winter.\n"
)
AFTER = BEFORE.replace("\n\nThe harbour", "\n\nA new timetable starts on Monday. The harbour")


def test_a_moved_passage_shows_its_offsets_before_and_after(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BEFORE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(AFTER, encoding="utf-8")
    assert run("extract", "a.txt", "-o", "c.yaml", cwd=tmp_path).returncode == 0
    done = run("reanchor", "b.txt", "-f", "c.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    done = run("history", "c001", "-f", "c.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (moved,) = [line for line in done.stdout.splitlines() if "  moved  " in line]
    words = "“The harbour board raised the ferry fare to £4 last month.”"
    assert moved.split("  moved  ")[1].split() == [
        *words.split(),
        "at",
        "27-84",
        *words.split(),
        "at",
        "61-118",
    ]
