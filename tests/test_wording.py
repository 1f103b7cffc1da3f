"""Every user-facing count, rendered at 0, 1 and 2: never '1 claims' or 'claim(s)'."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.formats import pending_warning, rate_line, reviewers_line
from claimcheck.models import Decision, Label
from claimcheck.report import Reviewer, Tally
from claimcheck.wording import be, count, plural
from tests.conftest import CASES, run

WRONG = re.compile(
    r"\b1 (claims|decisions|sources|claim files|factual claims)\b|\(s\)"
    r"|\b[02] (claim|decision|source|factual claim)\b(?! file)|\b[02] claim file\b"
    r"|\b1 of \d+ claims are\b|\b1 (pending or disputed )?claims? (are|have)\b"
)


def test_the_helpers() -> None:
    assert [count(n, "claim") for n in (0, 1, 2)] == ["0 claims", "1 claim", "2 claims"]
    assert [be(n) for n in (0, 1, 2)] == ["are", "is", "are"]
    assert plural("claim file", 2) == "claim files"


@pytest.mark.parametrize("n", [0, 1, 2])
def test_report_lines(n: int) -> None:
    tally = Tally.from_counts(
        {"sourced": n, "unverified": 0, "opinion": 0, "disputed": 0, "pending": n}
    )
    lines = [rate_line(tally), pending_warning(tally) or ""]
    at = datetime(2026, 1, 1, tzinfo=UTC)
    lines.append(reviewers_line([Reviewer(name="a", decisions=n, claims=n, first=at, last=at)]))
    for line in lines:
        assert not WRONG.search(line), line
    if n == 1:
        assert "1 of 2 claims is still pending" in lines[1]
        assert "(1 sourced of 1 factual claim tagged)" in lines[0]
        assert lines[2] == "a (1 decision)"


def _files(tmp_path: Path, n: int) -> list[str]:
    names = []
    for i in range(n):
        shutil.copy(CASES / "claims" / "valid.yaml", tmp_path / f"f{i}.yaml")
        names.append(f"f{i}.yaml")
    return names


@pytest.mark.parametrize("n", [0, 1, 2])
def test_command_counts(tmp_path: Path, n: int) -> None:
    (path,) = (tmp_path / name for name in _files(tmp_path, 1))
    for k in range(n):  # n decisions waiting in the journal
        store.append_decisions(
            path,
            [Decision(claim=f"c00{k + 1}", by="ana", at=datetime(2026, 1, 1, tzinfo=UTC),
                      label=Label.OPINION)],
        )  # fmt: skip
    outputs = [run("validate", "-f", str(path)).stdout]
    if n:
        outputs.append(run("report", *_files(tmp_path, n), "-o", "r.md").stderr)
    outputs.append(
        run("report", "-f", str(path), "-F", "claimreview", "--url", "https://d.example").stderr
    )
    outputs.append(run("report", "-f", str(path), "-F", "md").stdout)
    for text in outputs:
        assert not WRONG.search(text), text
    assert (f"; {count(n, 'decision')} in the journal" in outputs[0]) == bool(n)
