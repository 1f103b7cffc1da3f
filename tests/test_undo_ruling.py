"""`undo` after `tag --adjudicate` takes back the ruling, leaving the claim disputed with
both reviews as they were; it took back the adjudicator's own review instead, leaving
their ruling standing and their decision gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA, run


@pytest.fixture
def ruled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("claims.yaml", "article.txt"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    assert run("tag", "c001", "sourced", "-s", "https://x.example/a", "-r", "maya").exit_code == 0
    assert run("tag", "c001", "opinion", "-r", "lee").exit_code == 0
    assert run("tag", "c001", "opinion", "--adjudicate", "-r", "maya").exit_code == 0
    return tmp_path


def test_undo_takes_back_the_ruling_and_keeps_both_reviews(ruled: Path) -> None:
    result = run("undo", "-r", "maya")
    assert result.exit_code == 0, result.output
    assert result.stdout == "c001: decision taken back (now disputed)\n"
    shown = run("show", "c001").stdout
    assert "label  disputed" in shown
    assert "reviews  maya: sourced; lee: opinion\n" in shown
    assert "settled" not in shown
