"""A hostile tester's findings (thirty-seventh round), through the real `claimcheck`
command: a received repository's `.git/config` (core.worktree) steers neither "claims
seen before" nor `git-setup` to folders outside the repository that holds the files."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.terminal import run

ARTICLE = "The harbour ferry stopped running on Sunday. The pilots called it a scandal.\n"


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _private(tmp_path: Path) -> Path:
    """A reviewed claim file elsewhere on disk: what a stranger's repository must not reach."""
    private = tmp_path / "private"
    private.mkdir()
    (private / "article.txt").write_text(ARTICLE)
    assert run("extract", "article.txt", "-o", "mine.yaml", cwd=private).returncode == 0
    tagged = run(
        "tag", "c001", "sourced", "-s", "https://secret.example/dossier", "--title", "Dossier",
        "--passage", "stopped", "-f", "mine.yaml", cwd=private,
    )  # fmt: skip
    assert tagged.returncode == 0, tagged.stderr
    return private / "mine.yaml"


def _received(tmp_path: Path) -> Path:
    repo = tmp_path / "received"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    (repo / "article.txt").write_text(ARTICLE)
    assert run("extract", "article.txt", "-o", "claims.yaml", cwd=repo).returncode == 0
    return repo


def test_core_worktree_elsewhere_does_not_show_a_claim_file_there(tmp_path: Path) -> None:
    private = _private(tmp_path)
    repo = _received(tmp_path)
    _git(f"--work-tree={private.parent}", "add", "mine.yaml", cwd=repo)
    _git("config", "core.worktree", str(private.parent), cwd=repo)
    before = private.read_bytes()
    done = run("show", "c001", "-f", "claims.yaml", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert "secret.example" not in done.stdout
    assert "seen before" not in done.stdout
    assert private.read_bytes() == before


def test_core_worktree_at_the_root_lets_no_planted_link_out(tmp_path: Path) -> None:
    private = _private(tmp_path)
    repo = _received(tmp_path)
    (repo / "linked.yaml").symlink_to(private)
    _git("config", "core.worktree", "/", cwd=repo)
    done = run("show", "c001", "-f", "claims.yaml", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert "secret.example" not in done.stdout
    assert "seen before" not in done.stdout


def test_a_claim_file_elsewhere_in_the_repository_is_still_seen(tmp_path: Path) -> None:
    private = _private(tmp_path)
    repo = _received(tmp_path)
    (repo / "older").mkdir()
    (repo / "older" / "mine.yaml").write_bytes(private.read_bytes())
    _git("add", "older/mine.yaml", cwd=repo)
    done = run("show", "c001", "-f", "claims.yaml", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert "older/mine.yaml" in done.stdout
    assert "secret.example" in done.stdout


def test_git_setup_refuses_a_work_tree_in_another_folder(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    _git("init", "-q", cwd=other)
    (other / ".gitignore").write_text("keep\n")
    repo = tmp_path / "received"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    _git("config", "core.worktree", str(other), cwd=repo)
    config = (repo / ".git" / "config").read_bytes()
    other_config = (other / ".git" / "config").read_bytes()
    done = run("git-setup", cwd=repo)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        f"Error: git's work tree here is {other}, not this repository's folder {repo} "
        "(core.worktree in its git config); nothing was changed\n"
    )
    assert (other / ".gitignore").read_text() == "keep\n"
    assert not (other / ".gitattributes").exists()
    assert not (repo / ".gitattributes").exists() and not (repo / ".gitignore").exists()
    assert (other / ".git" / "config").read_bytes() == other_config
    assert (repo / ".git" / "config").read_bytes() == config


def test_git_setup_refuses_a_work_tree_above_the_repository(tmp_path: Path) -> None:
    repo = tmp_path / "received"
    (repo / "sub").mkdir(parents=True)
    _git("init", "-q", cwd=repo)
    _git("config", "core.worktree", str(tmp_path), cwd=repo)
    done = run("git-setup", cwd=repo / "sub")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        f"Error: git's work tree here is {tmp_path}, not this repository's folder {repo} "
        "(core.worktree in its git config); nothing was changed\n"
    )
    assert not (tmp_path / ".gitattributes").exists()
    assert not (tmp_path / ".gitignore").exists()


def test_git_setup_in_a_sub_folder_writes_at_the_repository_top(tmp_path: Path) -> None:
    repo = tmp_path / "desk"
    (repo / "sub").mkdir(parents=True)
    _git("init", "-q", cwd=repo)
    done = run("git-setup", cwd=repo / "sub")
    assert done.returncode == 0, done.stderr
    assert (repo / ".gitattributes").is_file()
    assert ".*.lock" in (repo / ".gitignore").read_text()
