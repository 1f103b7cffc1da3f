"""Output for a pipe, a file or a dumb terminal, through the real `claimcheck`: a report
that is not on a terminal is plain and as wide as its lines (no URL or claim cut, no box);
a terminal that says it is dumb (TERM=dumb) is drawn at its real width, in ASCII."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from claimcheck import store
from tests.terminal import CLAIMCHECK, Tmux, needs_tmux, run

LONG_URL = (
    "https://environment-agency.example/hydrology/stations/wend-mill-lane/readings/"
    "2026-01-monthly-maximum-levels.csv"
)
BOX_DRAWING = re.compile("[\u2500-\u257f]")


def _report(cwd: Path, columns: str) -> str:
    env = {**os.environ, "COLUMNS": columns}
    done = subprocess.run(
        [CLAIMCHECK, "report"], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_report_piped_or_saved_is_plain_and_cuts_no_url_nor_claim(seed: Path) -> None:
    assert run("tag", "c001", "sourced", "-s", LONG_URL, cwd=seed.parent).returncode == 0
    longest = max(store.load(seed).doc.claims, key=lambda c: len(c.text))
    for columns in ("30", "80", "1000"):
        piped = _report(seed.parent, columns)
        lines = piped.splitlines()
        assert f"      1. {LONG_URL}" in lines
        assert any(line.endswith(" ".join(longest.text.split())) for line in lines)
        assert not BOX_DRAWING.search(piped)
        assert "…" not in piped
        assert not [line for line in lines if line != line.rstrip()]  # nothing padded
        assert lines[0] == "Verification report"
    done = run("report", "-o", "r.txt", cwd=seed.parent)
    assert done.returncode == 0, done.stderr
    assert (seed.parent / "r.txt").read_text(encoding="utf-8") == piped


@needs_tmux
def test_a_dumb_terminal_is_drawn_at_its_real_width_without_box_drawing(seed: Path) -> None:
    assert run("tag", "c001", "sourced", "-s", LONG_URL, cwd=seed.parent).returncode == 0
    for width, command in ((40, "list"), (200, "history -n 5")):
        tmux = Tmux(
            seed.parent, f"env -u COLUMNS -u LINES TERM=dumb {CLAIMCHECK} {command}", width, 50
        )
        try:
            screen = tmux.wait_for("EXIT=")
        finally:
            tmux.close()
        assert "EXIT=0" in screen
        assert not BOX_DRAWING.search(screen)
        lines = screen.splitlines()
        if width == 40:  # one claim a line, folded by the terminal at 40, not at 80
            assert "\nc114  pending  Russia is being forced to\npull equipment" in screen
            assert max(len(line) for line in lines) <= 40
        else:  # the table across the whole width, its rules in ASCII
            assert "-+-" in screen, screen
            assert LONG_URL in screen
            assert max(len(line.rstrip()) for line in lines) > 80  # not rich's 80 for dumb
