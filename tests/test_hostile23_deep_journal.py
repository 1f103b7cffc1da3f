"""A journal line nested too deep for any JSON parser is a bad entry named in one line,
exit 1, not an internal error (hostile tester 23, F2: a sources list 990 deep crashed
every command that read the journal, exit 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run


@pytest.mark.parametrize("depth", [990, 5000])
def test_a_journal_line_nested_too_deep_is_a_bad_entry(seed: Path, depth: int) -> None:
    journal = seed.parent / ".claims.yaml.journal"
    nested = "[" * depth + "]" * depth
    journal.write_text(
        '{"claim": "c001", "by": "bob", "at": "2026-11-01T00:00:00Z", "label": "sourced", '
        f'"sources": {nested}}}\n',
        encoding="utf-8",
    )
    before = seed.read_bytes(), journal.read_bytes()
    result = run("show", "c001")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: .claims.yaml.journal:1: bad journal entry: ")
    assert result.stderr.count("\n") == 1
    assert "internal error" not in result.stderr
    assert (seed.read_bytes(), journal.read_bytes()) == before
