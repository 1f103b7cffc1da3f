"""A hostile tester's findings (fifteenth round), through the real `claimcheck` command:
a claim folder's planted symbolic links are not read when the folder is named (the PDF
budget is in test_evidence.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import CASES
from tests.terminal import CLAIMCHECK

LINK = "not read: it is a symbolic link; claimcheck does not follow it"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLAIMCHECK, *args], cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A received claim folder: one claim file, and links planted to files outside it."""
    private, desk = tmp_path / "private", tmp_path / "desk"
    private.mkdir()
    desk.mkdir()
    shutil.copy(CASES / "claims" / "valid.yaml", desk / "claims.yaml")
    memo = (desk / "claims.yaml").read_text().replace("title: Mini", "title: PRIVATE desk memo")
    (private / "secret.yaml").write_text(memo)
    (private / "creds.yaml").write_text("api_key: SECRET-TOKEN-123\n")
    (desk / "other.yaml").symlink_to(private / "secret.yaml")
    (desk / "creds.yml").symlink_to(private / "creds.yaml")
    (desk / "again.yaml").symlink_to("claims.yaml")  # even one that stays inside
    (desk / "gone.yaml").symlink_to(private / "missing.yaml")
    return desk


WARNINGS = [
    f"Warning: again.yaml: {LINK}",
    f"Warning: creds.yml: {LINK}",
    f"Warning: gone.yaml: {LINK}",
    f"Warning: other.yaml: {LINK}",
]


def test_validate_of_a_folder_skips_its_links_with_one_warning_each(desk: Path) -> None:
    result = cli("validate", ".", cwd=desk)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "claims.yaml: ok, 2 claims (0 sourced, 0 unverified, 0 opinion, 2 pending)"
    ]
    assert result.stderr.splitlines()[:4] == WARNINGS
    assert "SECRET" not in result.stdout + result.stderr


def test_a_report_of_a_folder_holds_no_file_from_outside_it(desk: Path) -> None:
    result = cli("report", ".", "-F", "md", cwd=desk)
    assert result.returncode == 0, result.stderr
    assert "PRIVATE" not in result.stdout
    assert "other.yaml" not in result.stdout
    assert "Mini" in result.stdout
    assert result.stderr.splitlines()[:4] == WARNINGS
    named = cli("report", "desk", "-F", "md", cwd=desk.parent)
    assert "PRIVATE" not in named.stdout
    assert f"Warning: {Path('desk', 'other.yaml')}: {LINK}" in named.stderr.splitlines()


def test_a_folder_of_links_only_has_no_claim_files(desk: Path) -> None:
    (desk / "claims.yaml").unlink()
    result = cli("validate", ".", cwd=desk)
    assert result.returncode == 2
    assert result.stderr.splitlines()[:4] == WARNINGS
    assert result.stderr.splitlines()[-1] == "Error: no claim files (*.yaml) found in ."


def test_a_link_the_user_names_is_still_read(desk: Path) -> None:
    """As the README says: a claim file that is itself a link is followed, since you named it."""
    result = cli("validate", "other.yaml", cwd=desk)
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout
        == "other.yaml: ok, 2 claims (0 sourced, 0 unverified, 0 opinion, 2 pending)\n"
    )
    assert "Warning" not in result.stderr
