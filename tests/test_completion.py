"""Shell completion (bash, zsh, fish) and help text, through the real command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run

# The installed script: the completion variable is named after the program (_CLAIMCHECK_COMPLETE).
CLAIMCHECK = [str(Path(sys.executable).with_name("claimcheck"))]


def complete(shell: str, line: str, cwd: Path, **env: str) -> list[str]:
    """What the shell would be offered for `line` (the cursor at its end)."""
    words = line.split(" ")
    environ = {**os.environ, **env, "_CLAIMCHECK_COMPLETE": f"complete_{shell}"}
    if shell == "bash":
        environ |= {"COMP_WORDS": line, "COMP_CWORD": str(len(words) - 1)}
    else:
        environ["_TYPER_COMPLETE_ARGS"] = line
        if shell == "fish":
            environ["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    done = subprocess.run(
        [*CLAIMCHECK], env=environ, cwd=cwd, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    if shell == "zsh":  # _arguments '*: :(("c110" "c111"))'
        return re.findall(r'"([^"]+)"', done.stdout)
    return [w.split("\t")[0] for w in done.stdout.splitlines() if w.strip()]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_a_partial_claim_id_completes_from_the_claim_file(
    seed: Path, tmp_path: Path, shell: str
) -> None:
    assert complete(shell, "claimcheck show c11", tmp_path) == [
        "c110",
        "c111",
        "c112",
        "c113",
        "c114",
    ]


def test_claim_ids_come_from_the_f_file_or_the_environment(seed: Path, tmp_path: Path) -> None:
    other = tmp_path / "sub"
    other.mkdir()
    line = f"claimcheck tag -f {seed} c03"
    assert complete("bash", line, other)[:2] == ["c030", "c031"]
    assert complete("bash", "claimcheck show c11", other) == []  # no claims.yaml there
    got = complete("bash", "claimcheck show c11", other, CLAIMCHECK_FILE=str(seed))
    assert got[0] == "c110"


def test_labels_commands_and_options_complete(seed: Path, tmp_path: Path) -> None:
    assert complete("bash", "claimcheck tag c001 un", tmp_path) == ["unverified"]
    assert complete("bash", "claimcheck tag c001 p", tmp_path) == ["pending"]
    assert complete("fish", "claimcheck list --label d", tmp_path) == ["disputed"]
    assert complete("bash", "claimcheck rep", tmp_path) == ["report"]
    assert "--format" in complete("bash", "claimcheck report --fo", tmp_path)


def test_a_broken_claim_file_completes_nothing_quietly(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_bytes(b"\xff\xfe- id: [\n")
    assert complete("bash", "claimcheck show c", tmp_path) == []


def test_completion_scripts_for_each_shell(tmp_path: Path) -> None:
    for shell, marker in (
        ("bash", "complete -o default -F _claimcheck_completion claimcheck"),
        ("zsh", "#compdef claimcheck"),
        ("fish", "complete --command claimcheck"),
    ):
        environ = {**os.environ, "_CLAIMCHECK_COMPLETE": f"source_{shell}"}
        done = subprocess.run(CLAIMCHECK, env=environ, capture_output=True, text=True)
        assert marker in done.stdout, (shell, done.stdout)


def test_install_completion_is_offered() -> None:
    result = run("--help")
    assert "--install-completion" in result.stdout
    assert "--show-completion" in result.stdout


def test_help_shows_no_python_type_names() -> None:
    from claimcheck.cli import app

    commands = [c.name or "" for c in app.registered_commands]
    assert "report" in commands and "config" in commands
    for name in ["", *commands]:
        result = run(*([name] if name else []), "--help")
        assert result.exit_code == 0, result.output
        found = re.findall(r"<[a-z][a-zA-Z_\[\], ]*>", result.stdout)
        assert not found, (name, found)
    text = run("report", "--help").stdout
    assert "--output    -o                PATH" in text or " PATH " in text


# Typer finds the shell among the first ten processes above claimcheck; below them (make,
# an editor, a test runner) it found none and printed "Shell  not supported.".
_NESTED = """
import subprocess, sys
code, depth, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
if depth:
    sys.exit(subprocess.call([sys.executable, "-c", code, code, str(depth - 1), *command]))
sys.exit(subprocess.call(command))
"""


def _show_completion_nested(shell_env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "SHELL": shell_env}
    return subprocess.run(
        [sys.executable, "-c", _NESTED, _NESTED, "12", *CLAIMCHECK, "--show-completion"],
        env=environ, capture_output=True, text=True, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_show_completion_far_below_any_shell_uses_the_login_shell() -> None:
    done = _show_completion_nested("/bin/bash")
    assert (done.returncode, done.stderr) == (0, "")
    assert "complete -o default -F _claimcheck_completion claimcheck" in done.stdout
    done = _show_completion_nested("/usr/bin/zsh")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("#compdef claimcheck")


def test_show_completion_with_no_shell_found_and_none_set_says_so() -> None:
    done = _show_completion_nested("")
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "Shell  not supported.\n")
