"""What the read commands say in a reviewer's words, through the real `claimcheck`."""

from __future__ import annotations

import re
from pathlib import Path

from claimcheck import store
from tests.terminal import run


def test_a_limit_that_is_not_a_number_is_one_line_naming_the_option(seed: Path) -> None:
    done = run("history", "-n", "abc", cwd=seed.parent)
    assert done.returncode == 2
    assert done.stderr == "Error: Invalid value for '--limit' / '-n': 'abc' is not a whole number\n"
    done = run("undo", "-n", "0", cwd=seed.parent)
    assert done.returncode == 2
    assert done.stderr == "Error: Invalid value for '--limit' / '-n': 0 is too small: 1 or more\n"


def test_a_bad_source_url_names_source(seed: Path) -> None:
    before = seed.read_bytes()
    done = run("tag", "c001", "sourced", "--source", "ftp://x", cwd=seed.parent)
    assert done.returncode == 1
    assert done.stderr == "Error: --source: not an http(s) URL: 'ftp://x'\n"
    assert seed.read_bytes() == before


def test_history_shows_the_change_an_undo_took_back_by_its_time(seed: Path) -> None:
    assert run("delete", "c002", cwd=seed.parent).returncode == 0
    assert run("undo", cwd=seed.parent).returncode == 0
    done = run("history", "c002", cwd=seed.parent)
    assert done.returncode == 0
    undo = next(line for line in done.stdout.splitlines() if "  undo  " in line)
    deleted = next(line for line in done.stdout.splitlines() if "  deleted  " in line)
    assert undo.endswith(f"the change of {deleted[:19]}"), done.stdout
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", done.stdout)  # no raw ISO 8601 instant


def test_a_merged_claim_names_its_other_places_by_their_words(seed: Path) -> None:
    doc = store.load(seed).doc
    first, second = doc.claims[0], doc.claims[1]
    done = run("merge", first.id, second.id, "--force", cwd=seed.parent)
    assert done.returncode == 0, done.stderr
    words = " ".join(second.passage.quote.split())
    shown = run("show", first.id, cwd=seed.parent)
    also = next(line for line in shown.stdout.splitlines() if "also at" in line)
    short = words if len(words) <= 40 else words[:39].rstrip() + "…"
    assert also.split("also at  ")[1] == f"“{short}”"
    history = run("history", first.id, cwd=seed.parent).stdout
    assert f"“{words}”" in history  # the history keeps the words whole
    offsets = f"{second.passage.start}-{second.passage.end}"
    assert offsets not in also and offsets not in history


def _drawn(*args: str, cwd: Path, columns: int) -> str:
    """What the real claimcheck draws for a terminal `columns` wide (TTY_COMPATIBLE)."""
    import os
    import subprocess

    from tests.terminal import CLAIMCHECK

    env = {**os.environ, "TTY_COMPATIBLE": "1", "COLUMNS": str(columns), "TERM": "xterm"}
    done = subprocess.run(
        [CLAIMCHECK, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return re.sub(r"\x1b\[[0-9;]*m", "", done.stdout)


def test_history_at_40_columns_is_one_change_a_line_with_who_and_what(seed: Path) -> None:
    url = "https://www.example.org/a/very/long/path/to/the/council/webcast/of/the/meeting"
    assert run("tag", "c002", "sourced", "-s", url, "-r", "dana", cwd=seed.parent).returncode == 0
    for columns in (40, 59):
        shown = _drawn("history", "-n", "3", cwd=seed.parent, columns=columns)
        assert all(len(line) <= columns for line in shown.splitlines())
        assert shown.splitlines()[0].strip() == "history"
        assert "dana c002 label: pending → sourced" in " ".join(shown.split())
        assert "".join(shown.split()).find(url) > 0  # folded, never cut to `…`
        assert "…" not in shown
    wide = _drawn("history", "-n", "3", cwd=seed.parent, columns=100)
    assert "━" in wide  # the table from 60 columns up


def test_show_at_40_columns_has_its_history_stacked_and_its_urls_whole(seed: Path) -> None:
    url = "https://www.example.org/a/very/long/path/to/the/council/webcast/of/the/meeting"
    assert run("tag", "c002", "sourced", "-s", url, "-r", "dana", cwd=seed.parent).returncode == 0
    shown = _drawn("show", "c002", cwd=seed.parent, columns=40)
    inside = [line.strip("│ ").rstrip() for line in shown.splitlines()]
    assert "…" not in shown
    assert "label: pending → sourced" in " ".join(" ".join(inside).split())
    assert url in "".join("".join(inside).split())
