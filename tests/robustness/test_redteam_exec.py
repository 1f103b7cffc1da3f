"""Red team, code execution and forged caches: a received repository runs nothing through
claimcheck's git calls, and a forged cache entry cannot change a report."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from claimcheck import cache, store
from tests.conftest import CASES, run

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def hostile_repo(folder: Path) -> Path:
    """A repository whose config would run a program on ls-files, status and diffs."""
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    shutil.copy(CASES / "claims" / "valid.yaml", folder / "mini.yaml")
    shutil.copy(CASES / "claims" / "valid.yaml", folder / "other.yaml")
    subprocess.run(["git", "-C", str(folder), "add", "."], check=True)
    marker = folder / "pwned"
    with (folder / ".git" / "config").open("a") as fh:  # as if received in a zip
        fh.write(f'[core]\n\tfsmonitor = "touch {marker}; false"\n\tpager = "touch {marker}"\n')
        fh.write(f'[diff]\n\texternal = "touch {marker}"\n')
    return marker


@needs_git
@pytest.mark.parametrize(
    "argv",
    [
        ["show", "c001", "-f", "mini.yaml"],
        ["tag", "c001", "opinion", "-f", "mini.yaml"],
        ["git-setup"],
    ],
    ids=lambda a: a[0],
)
def test_a_received_repository_runs_nothing(tmp_path: Path, argv: list[str], monkeypatch) -> None:
    marker = hostile_repo(tmp_path)
    monkeypatch.delenv("CLAIMCHECK_REVIEWER")  # identity asks git too
    result = run(*argv)
    assert result.exit_code == 0, result.output
    assert not marker.exists()


@needs_git
def test_the_hostile_config_would_have_run(tmp_path: Path) -> None:
    """The check above can fail: plain git runs the planted fsmonitor."""
    marker = hostile_repo(tmp_path)
    subprocess.run(["git", "-C", str(tmp_path), "ls-files"], capture_output=True, check=False)
    assert marker.exists()


# --------------------------------------------------------------------------- the cache


def entry_of(path: Path) -> Path:
    digest = cache.key(path.read_bytes(), store.read_journal_bytes(path))
    return Path(os.environ["CLAIMCHECK_CACHE_DIR"]) / "reports" / digest[:2] / f"{digest}.json.z"


def test_a_forged_cache_entry_cannot_change_a_report(tmp_path: Path, mini: Path) -> None:
    """Another file's genuine entry, moved into this file's slot, and an entry signed
    with another key, are both refused: the report is computed afresh."""
    other = tmp_path / "other.yaml"
    other.write_bytes(mini.read_bytes().replace(b"id: mini", b"id: other"))
    assert run("tag", "c001", "opinion", "-f", "other.yaml").exit_code == 0
    assert run("report", "-f", "other.yaml", "--format", "json").exit_code == 0
    genuine = entry_of(other).read_bytes()
    target = entry_of(mini)
    target.parent.mkdir(parents=True, exist_ok=True)
    for forged in (genuine, b"0" * 64 + genuine[64:]):
        target.write_bytes(forged)
        report = json.loads(run("report", "-f", "mini.yaml", "--format", "json").stdout)
        assert report["articles"][0]["article"]["id"] == "mini"
        assert report["totals"]["pending"] == 2


def test_a_cache_key_readable_by_others_is_not_trusted(tmp_path: Path, mini: Path) -> None:
    assert run("report", "-f", "mini.yaml", "--format", "json").exit_code == 0
    key = Path(os.environ["XDG_CONFIG_HOME"]) / "claimcheck" / "cache-key"
    assert key.stat().st_mode & 0o777 == 0o600
    key.chmod(0o644)
    assert cache.secret() is None  # then nothing is read from the cache, nor written
