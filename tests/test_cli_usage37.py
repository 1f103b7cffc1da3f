"""A mistake of usage is one line naming what is wrong (exit 2), through the real
`claimcheck`: not click's usage, hint, blank line and error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.terminal import run

USAGE_LINES = [
    (["list", "--bogus"], "Error: No such option: --bogus (try 'claimcheck list -h')"),
    (
        ["tag", "c005"],
        "Error: Missing argument 'LABEL'; usage: claimcheck tag [OPTIONS] {ID} {LABEL}",
    ),
    (["tag"], "Error: Missing argument 'ID'; usage: claimcheck tag [OPTIONS] {ID} {LABEL}"),
    (["frobnicate"], "Error: No such command 'frobnicate' (try 'claimcheck -h')"),
    (["evidence", "nope"], "Error: No such command 'nope' (try 'claimcheck evidence -h')"),
    # the hint would make the line too wide: the usage says what the command takes
    (
        ["evidence", "add"],
        "Error: Missing argument 'ID'; usage: claimcheck evidence add [OPTIONS] {ID} {SOURCE}",
    ),
    (["show", "c001", "--colour"], "Error: No such option: --colour (try 'claimcheck show -h')"),
]


@pytest.mark.parametrize(("argv", "line"), USAGE_LINES, ids=[" ".join(a) for a, _ in USAGE_LINES])
def test_a_usage_error_is_one_line_naming_what_is_wrong(
    seed: Path, argv: list[str], line: str
) -> None:
    before = seed.read_bytes()
    done = run(*argv, cwd=seed.parent)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == line + "\n"
    assert seed.read_bytes() == before


def test_a_usage_error_on_the_fast_path_s_command_line_is_one_line_too(seed: Path) -> None:
    assert run("list", cwd=seed.parent).returncode == 0  # its option table kept
    done = run("list", "--label", "pending", "--nope", cwd=seed.parent)
    assert (done.returncode, done.stderr) == (
        2,
        "Error: No such option: --nope (try 'claimcheck list -h')\n",
    )
