"""Review decisions left in the journal by a review that was killed (desk6 C1): the read
commands say they are not yet in the file and name `validate --fold`, which saves them
into it; git-setup's pre-commit hook refuses a commit of the file until then. Through
the real `claimcheck` and the real git."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.models import Label
from claimcheck.review import Session
from tests.terminal import run

NOTE = (
    "Note: claims.yaml: 2 review decisions are only in .claims.yaml.journal, not yet in "
    "the file (a git commit of it lacks them); save them into it with: claimcheck "
    "validate --fold claims.yaml\n"
)


def killed_review(path: Path, decisions: int) -> None:
    """A review that journaled `decisions` opinions and was killed: never closed, so
    nothing folded the journal into the file."""
    journal = store.Journal(path)
    session = Session.start(journal.doc, "lee")
    for _ in range(decisions):
        decision = session.propose("opinion")
        assert decision is not None
        session.commit(journal, decision)


def test_the_read_commands_say_the_decisions_are_not_yet_in_the_file(seed: Path) -> None:
    killed_review(seed, 2)
    before = seed.read_bytes()
    for argv in (["list"], ["show", "c001"], ["history", "c001"], ["report", "-F", "json"]):
        done = run(*argv, cwd=seed.parent)
        assert done.returncode == 0, done.stderr
        assert NOTE in done.stderr, argv
        assert done.stderr.count("\n") <= 2  # the note, and report's pending warning
    done = run("validate", cwd=seed.parent)
    assert done.stderr == NOTE
    assert done.stdout.endswith("; 2 decisions in the journal\n")
    assert seed.read_bytes() == before  # a read changes nothing


def test_validate_fold_saves_the_journal_into_the_file(seed: Path) -> None:
    killed_review(seed, 2)
    done = run("validate", "--fold", cwd=seed.parent)
    assert done.returncode == 0
    assert (
        done.stderr
        == "claims.yaml: 2 review decisions from .claims.yaml.journal saved into the file\n"
    )
    assert done.stdout.startswith("claims.yaml: ok, 114 claims (0 sourced, 0 unverified, 2 opinion")
    assert not store.journal_path(seed).exists()
    claims = store.load(seed).doc.claims
    assert [claims[0].label, claims[1].label] == [Label.OPINION, Label.OPINION]
    listed = run("list", cwd=seed.parent)
    assert (listed.returncode, listed.stderr) == (0, "")  # nothing waits now
    again = run("validate", "--fold", cwd=seed.parent)  # nothing to fold: nothing said
    assert (again.returncode, again.stderr) == (0, "")


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-c", "user.name=Lee", "-c", "user.email=lee@desk.example", *args],
        cwd=cwd, capture_output=True, text=True, check=False,
    )  # fmt: skip


@needs_git
def test_git_setup_s_hook_refuses_a_commit_that_would_lack_journaled_decisions(
    seed: Path,
) -> None:
    desk = seed.parent
    assert git(desk, "init", "-q", ".").returncode == 0
    setup = run("git-setup", cwd=desk)
    assert setup.returncode == 0, setup.stderr
    assert "pre-commit: refuses a commit of a file whose review decisions wait" in setup.stderr
    assert git(desk, "add", ".").returncode == 0
    assert git(desk, "commit", "-qm", "the article").returncode == 0
    assert run("tag", "c050", "opinion", "-r", "ed", cwd=desk).returncode == 0  # saved
    killed_review(seed, 2)  # then a review is killed
    refused = git(desk, "commit", "-qam", "reviews")
    assert refused.returncode == 1
    assert refused.stderr == (
        "claimcheck: claims.yaml: review decisions wait in ./.claims.yaml.journal, not yet "
        "in the file; save them into it with: claimcheck validate --fold 'claims.yaml' "
        "(then git add it)\n"
    )
    assert git(desk, "log", "--oneline").stdout.count("\n") == 1  # nothing committed
    assert run("validate", "--fold", cwd=desk).returncode == 0
    assert git(desk, "commit", "-qam", "reviews").returncode == 0
    committed = git(desk, "show", "HEAD:claims.yaml").stdout
    assert committed == seed.read_text()
    assert committed.count("label: opinion") == 3  # c050 and the two the review journaled
    again = run("git-setup", cwd=desk)  # run again: its own hook, as it was
    assert "pre-commit: claimcheck's, as it was" in again.stderr


@needs_git
def test_git_setup_leaves_someone_else_s_hook_alone(tmp_path: Path) -> None:
    assert git(tmp_path, "init", "-q", ".").returncode == 0
    hook = tmp_path / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(parents=True, exist_ok=True)
    hook.write_text("#!/bin/sh\nexit 0\n")
    done = run("git-setup", cwd=tmp_path)
    assert done.returncode == 0
    assert "pre-commit is someone else's: not changed" in done.stderr
    assert hook.read_text() == "#!/bin/sh\nexit 0\n"


@needs_git
def test_the_hook_finds_the_journal_of_a_file_whose_name_is_not_ascii(seed: Path) -> None:
    """git quotes such a name ("donn\\303\\251es.yaml") unless told not to: the hook then
    looked for a journal of no file, and the commit went through (a second-look review)."""
    desk = seed.parent
    named = desk / "données.yaml"
    seed.rename(named)
    assert git(desk, "init", "-q", ".").returncode == 0
    assert run("git-setup", cwd=desk).returncode == 0
    assert git(desk, "add", ".").returncode == 0
    assert git(desk, "commit", "-qm", "the article").returncode == 0
    assert run("tag", "c050", "opinion", "-r", "ed", "-f", named.name, cwd=desk).returncode == 0
    killed_review(named, 1)
    refused = git(desk, "commit", "-qam", "reviews")
    assert refused.returncode == 1
    assert "review decisions wait in ./.données.yaml.journal" in refused.stderr
