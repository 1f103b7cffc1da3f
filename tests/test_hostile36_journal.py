"""A hostile tester's findings (thirty-sixth round), through the real `claimcheck`
command: a journaled decision dated ahead of the clock is a bad entry, and a journal's
errors name it as the claim file is named."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.terminal import run

CLAIMS = """\
schema_version: 1
article:
  id: bridge
  title: Bridge repairs
  text: The bridge reopens in June. Repairs cost four million pounds.
claims:
- id: c001
  text: The bridge reopens in June.
  passage:
    quote: The bridge reopens in June.
    start: 0
    end: 27
"""


def desk(tmp_path: Path, ahead: timedelta) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "claims.yaml").write_text(CLAIMS)
    at = (datetime.now(UTC) + ahead).strftime("%Y-%m-%dT%H:%M:%SZ")
    entry = {"claim": "c001", "by": "ann", "at": at, "label": "opinion"}
    (folder / ".claims.yaml.journal").write_text(json.dumps(entry) + "\n")
    return folder


def test_a_decision_dated_tomorrow_is_a_bad_journal_entry(tmp_path: Path) -> None:
    desk(tmp_path, timedelta(hours=20))
    done = run("report", "-f", "desk/claims.yaml", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith("Error: desk/.claims.yaml.journal:1: bad journal entry: at: ")
    assert done.stderr.endswith(
        " is in the future (more than 5 minutes ahead of this machine's clock)\n"
    )


def test_a_clock_a_minute_fast_is_allowed(tmp_path: Path) -> None:
    desk(tmp_path, timedelta(minutes=1))
    done = run("report", "-f", "desk/claims.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Reviewed by  ann (1 decision)" in done.stdout


def test_a_bad_journal_entry_names_the_journal_as_the_claim_file_is_named(
    tmp_path: Path,
) -> None:
    folder = desk(tmp_path, timedelta(0))
    (folder / ".claims.yaml.journal").write_text('{"claim": "../c001", "by": "ann"}\n')
    done = run("validate", "-f", "desk/claims.yaml", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("Error: desk/.claims.yaml.journal:1: bad journal entry: ")
