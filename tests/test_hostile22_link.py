"""Hostile round 22, a planted link: `claims.yaml -> ../outside/claims.yaml` in a folder
(as a repository or an archive can carry it) is not written through by a command given
no file: the default name is nobody's choice. Named (`-f claims.yaml`, CLAIMCHECK_FILE),
it is written through, as before; reading commands follow it either way."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.cli.output import DEFAULT_FILE
from claimcheck.errors import ClaimcheckError
from tests.conftest import DATA, run, succeeds
from tests.terminal import CLAIMCHECK

REFUSAL = (
    "Error: claims.yaml is a symbolic link to ../outside/claims.yaml and no claim file was "
    "named; nothing was written: to write through the link, name it: -f claims.yaml\n"
)


@pytest.fixture
def planted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder `repo` whose claims.yaml links to ../outside/claims.yaml (a claim file
    with c001 tagged opinion); the working folder. Returns the outside file."""
    outside, repo = tmp_path / "outside", tmp_path / "repo"
    outside.mkdir()
    repo.mkdir()
    for name in ("article.txt", "claims.yaml"):
        shutil.copy(DATA / name, outside / name)
    succeeds("tag", "c001", "opinion", "-f", str(outside / "claims.yaml"))
    (outside / ".claims.yaml.lock").unlink(missing_ok=True)
    shutil.copy(DATA / "article.txt", repo / "article.txt")
    (repo / "claims.yaml").symlink_to("../outside/claims.yaml")
    monkeypatch.chdir(repo)
    return outside / "claims.yaml"


WRITERS = [
    ["tag", "c002", "opinion"],
    ["untag", "c001"],
    ["add", "--quote", "Wagner uprising"],
    ["edit", "c001", "--text", "A planted claim."],
    ["split", "c001", "--at", "20"],
    ["merge", "c001", "c002"],
    ["delete", "c001"],
    ["undo"],
    ["reanchor", "article.txt"],
    ["validate", "--fix"],
]


@pytest.mark.parametrize("argv", WRITERS, ids=lambda argv: argv[0])
def test_a_writing_command_given_no_file_refuses_the_planted_link(
    planted: Path, argv: list[str]
) -> None:
    before = planted.read_bytes()
    result = run(*argv)
    assert (result.exit_code, result.stderr) == (1, REFUSAL)
    assert planted.read_bytes() == before
    assert sorted(os.listdir(planted.parent)) == ["article.txt", "claims.yaml"]  # no lock


def test_the_review_refuses_it_before_it_opens(planted: Path) -> None:
    with pytest.raises(ClaimcheckError, match=r"^claims\.yaml is a symbolic link to"):
        store.Journal(DEFAULT_FILE)
    assert sorted(os.listdir(planted.parent)) == ["article.txt", "claims.yaml"]


def test_the_link_named_is_written_through(planted: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert succeeds("tag", "c002", "opinion", "-f", "claims.yaml") == "c002: pending → opinion\n"
    monkeypatch.setenv("CLAIMCHECK_FILE", "claims.yaml")
    assert succeeds("tag", "c003", "opinion") == "c003: pending → opinion\n"
    tagged = [c.id for c in store.load(planted).doc.claims if c.label_name == "opinion"]
    assert tagged == ["c001", "c002", "c003"]


def test_reading_commands_follow_it(planted: Path) -> None:
    assert "c001  opinion" in succeeds("list")
    assert succeeds("show", "c001").startswith("c001  ")
    assert run("validate").exit_code == 0


def test_the_fast_path_of_validate_fix_refuses_it_too(planted: Path) -> None:
    # validate runs without typer once its option table is kept: its default is the
    # default claim file all the same
    env = {**os.environ, "CLAIMCHECK_REPLAY": "off"}
    for _ in range(2):
        done = subprocess.run([CLAIMCHECK, "validate"], capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
    before = planted.read_bytes()
    done = subprocess.run(
        [CLAIMCHECK, "validate", "--fix"], capture_output=True, text=True, env=env
    )
    assert (done.returncode, done.stderr) == (1, REFUSAL)
    assert planted.read_bytes() == before
    assert sorted(os.listdir(planted.parent)) == ["article.txt", "claims.yaml"]
