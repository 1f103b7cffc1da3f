"""Hostile tester 12: a journal line that moves a decision by spelling its key with an
escape, or that costs time and memory out of all proportion to its size; reviewer names
read as rich markup by `agree`."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from claimcheck.claimfile import journal
from tests.conftest import run

JOURNAL = ".claims.yaml.journal"
AT = '"at":"2026-11-26T00:00:00Z"'


@pytest.mark.parametrize(
    ("line", "key"),
    [
        # a reader (or grep) sees a decision on c004: the parser reads both keys as "claim"
        (f'{{"claim":"c004","\\u0063laim":"c005","by":"eve",{AT},"label":"opinion"}}', "claim"),
        (f'{{"claim":"c004","by":"eve","\\u0062y":"mallory",{AT},"label":"opinion"}}', "by"),
    ],
)
def test_a_key_spelled_with_an_escape_is_the_same_key_twice(
    seed: Path, line: str, key: str
) -> None:
    (seed.parent / JOURNAL).write_text(line + "\n")
    before = seed.read_bytes()
    result = run("validate", "-f", str(seed))
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        f"Error: {seed.parent / JOURNAL}:1: bad journal entry: the key {key!r} twice\n"
    )
    assert seed.read_bytes() == before


def test_a_note_of_escaped_quotes_is_read_like_any_other(seed: Path) -> None:
    """Each of its quotation marks once started a search for a key that ran to the end
    of the line: 80 KB of them hung every command that reads the journal."""
    note = '\\"' * 50_000
    line = f'{{"claim":"c004","by":"eve",{AT},"label":"opinion","note":"{note}"}}'
    (seed.parent / JOURNAL).write_text(line + "\n")
    result = run("validate", "-f", str(seed))
    assert result.exit_code == 0, result.output


def test_reading_a_long_journal_line_takes_memory_in_proportion(seed: Path) -> None:
    """A note of 2 MB took 300 MB to check for repeated keys."""
    line = f'{{"claim":"c004","by":"eve",{AT},"label":"opinion","note":"{"x" * 2_000_000}"}}'
    (seed.parent / JOURNAL).write_text(line + "\n")
    tracemalloc.start()
    try:
        (decision,) = [d for _, d in journal.read_numbered(seed)]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert decision.note is not None and len(decision.note) == 2_000_000
    assert peak < 40_000_000, peak


@pytest.mark.parametrize(
    "name", ["[b]alice[/b]", "Dana [/]", "[link=https://evil.example]bob[/link]"]
)
def test_agree_prints_a_reviewers_name_as_written(mini: Path, name: str) -> None:
    for reviewer, label in (("ana", "opinion"), (name, "unverified")):
        result = run("tag", "c001", label, "-f", str(mini), "--reviewer", reviewer)
        assert result.exit_code == 0, result.output
    result = run("agree", "-f", str(mini))
    assert result.exit_code == 0, result.output
    assert f"ana \\ {name}" in result.stdout or f"{name} \\ ana" in result.stdout


def test_a_binary_value_is_refused_with_its_line_and_field(seed: Path) -> None:
    """`!!binary` makes bytes, which the checks on text (NUL, escape sequences) never see:
    a save wrote them back as text."""
    text = seed.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("  title: "))
    seed.write_text(text.replace(title, '  title: !!binary "AB4bWzJK"', 1), encoding="utf-8")
    before = seed.read_bytes()
    line = text.splitlines().index(title) + 1
    result = run("validate", "-f", str(seed))
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        f"Error: {seed}:{line}: article.title: binary values (!!binary) are not allowed in a"
        " claim file\n"
    )
    assert seed.read_bytes() == before


def test_dot_slash_dash_names_a_file_called_dash(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "-o -" is standard output; "-o ./-" is the usual way to name a file called "-"."""
    monkeypatch.chdir(seed.parent)
    result = run("report", "-f", str(seed), "-F", "md", "-o", "./-")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert (seed.parent / "-").read_text(encoding="utf-8").startswith("# Verification report")
