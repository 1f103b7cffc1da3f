"""A source URL that holds a user name and password ("https://ann:secret@intranet/…") is
never fetched: urllib read "secret@intranet" as a port and `evidence check` crashed with
an internal error, printing the password and writing it into a crash log. Now the
source is reported as failed, with the URL shown without them, and nothing crashes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claimcheck.evidence.fetch import FetchFailed, fetch
from tests.conftest import CASES, run

SECRET = "https://ann:hunter2@intranet.example.org/budget.pdf"


def test_fetch_refuses_a_url_with_a_password_without_showing_it() -> None:
    with pytest.raises(FetchFailed) as failed:
        fetch(SECRET)
    assert "hunter2" not in str(failed.value)
    assert str(failed.value).startswith(
        "https://intranet.example.org/budget.pdf: the URL holds a user name or password; "
        "not fetched"
    )


def test_evidence_check_reports_it_as_failed(tmp_path: Path) -> None:
    shutil.copy(CASES / "claims" / "valid.yaml", tmp_path / "claims.yaml")
    tagged = run("tag", "c001", "sourced", "-f", "claims.yaml", "--source", SECRET)
    assert tagged.exit_code == 0, tagged.output
    result = run("evidence", "check", "-f", "claims.yaml", "--json")
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert (row["claim"], row["state"]) == ("c001", "failed")
    assert "hunter2" not in row["detail"]
    assert result.stderr == "Checked 1 source (1 URL): 1 failed\n"
