"""What the read commands say in a reviewer's words, through the real `claimcheck`."""

from __future__ import annotations

from pathlib import Path

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
