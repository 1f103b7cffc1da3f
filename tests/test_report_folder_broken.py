"""A report over a folder with one broken claim file names the file, line and field, and
says the report was not written: no half report is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA, run


def test_a_broken_file_in_a_folder_says_no_report_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_bytes((DATA / "article.txt").read_bytes())
    good = (DATA / "claims.yaml").read_text(encoding="utf-8")
    (tmp_path / "a.yaml").write_text(good, encoding="utf-8")
    broken = good.replace("- id: c002\n", "- id: c002\n  label: sourcd\n", 1)
    (tmp_path / "broken.yaml").write_text(broken, encoding="utf-8")
    line = broken[: broken.index("  label: sourcd")].count("\n") + 1
    result = run("report", ".", "-F", "md", "-o", "out.md")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: broken.yaml:{line}: claims[1].label: Input should be 'sourced', "
        "'unverified' or 'opinion'; no report was written to out.md\n"
    )
    assert not (tmp_path / "out.md").exists()
