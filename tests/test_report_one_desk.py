"""A report over several claim files is published under one desk's name, address and
settings: files under different desk configurations (or one under none) are refused in
one line before anything is written, and two configuration files with the same bytes
are one desk."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import reviewed
from tests.conftest import run

OTHER_TOML = (
    '[org]\nname = "Harbour Gazette Desk"\n[publish]\nbase_url = "https://gazette.example/checks"\n'
)


@pytest.fixture
def desks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, toml in (("courier", reviewed.DESK_TOML), ("gazette", OTHER_TOML)):
        reviewed.make(tmp_path / name)
        (tmp_path / name / "claimcheck.toml").write_text(toml)
    reviewed.make(tmp_path / "plain")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("fmt", ["md", "claimreview", "json"])
def test_files_of_two_desks_are_refused_and_nothing_is_written(desks: Path, fmt: str) -> None:
    result = run(
        "report", "courier/claims.yaml", "gazette/claims.yaml", "-F", fmt,
        "--url", "https://x.example/f", "-o", "out.txt",
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "Error: gazette/claims.yaml is under gazette/claimcheck.toml, courier/claims.yaml "
        "under courier/claimcheck.toml: a report is published under one desk's name, so "
        "report each desk's files on their own\n"
    )
    assert not (desks / "out.txt").exists()


def test_a_file_under_no_desk_beside_one_under_a_desk_is_refused(desks: Path) -> None:
    result = run("report", "plain/claims.yaml", "courier/claims.yaml", "-F", "md")
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "Error: courier/claims.yaml is under courier/claimcheck.toml, plain/claims.yaml "
        "under no desk configuration: a report is published under one desk's name, so "
        "report each desk's files on their own\n"
    )


def test_two_folders_with_the_same_configuration_are_one_desk(desks: Path) -> None:
    (desks / "plain" / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    result = run("report", "courier/claims.yaml", "plain/claims.yaml", "-F", "md", "--public")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Example Fact Desk") >= 2
