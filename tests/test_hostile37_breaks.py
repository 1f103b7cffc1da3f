"""A hostile tester's findings (thirty-seventh round), through the real `claimcheck`
command: a line break that YAML sees and git, grep and diff do not (NEL, U+2028, U+2029,
a bare CR) cannot hide a decision in a claim file; written escaped, such characters in a
note still go there and back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.terminal import run

ARTICLE = "The bridge reopened on Tuesday. The engineers said it was safe.\n"
WHY = (
    "YAML reads it as a line break that git, grep and diff do not show; "
    "write it escaped inside double quotes"
)
FORGED = "  reviews:{0}  - by: editor{0}    at: '2026-01-02T03:04:05Z'{0}    label: opinion"


def _extracted(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE)
    done = run("extract", "article.txt", "-o", "claims.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return tmp_path / "claims.yaml"


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\u2028", "a line separator (U+2028)"),
        ("\u2029", "a paragraph separator (U+2029)"),
        ("\x85", "a next-line character (U+0085, NEL)"),
        ("\r", "a carriage return without a line feed"),
    ],
)
def test_a_decision_behind_a_break_only_yaml_sees_is_refused(
    tmp_path: Path, char: str, name: str
) -> None:
    claims = _extracted(tmp_path)
    lines = claims.read_text().split("\n")
    hint = next(i for i, line in enumerate(lines) if line.startswith("    - 'past event"))
    lines[hint] += char + FORGED.format(char)
    claims.write_bytes("\n".join(lines).encode("utf-8"))
    before = claims.read_bytes()
    for command in (["list"], ["report", "-o", "report.html"], ["validate", "claims.yaml"]):
        where = [] if command[0] == "validate" else ["-f", "claims.yaml"]
        done = run(*command, *where, cwd=tmp_path)
        assert (done.returncode, done.stdout) == (1, ""), command
        assert done.stderr.startswith(
            f"Error: claims.yaml:{hint + 1}: {name} outside quotes: {WHY}"
        )
        assert done.stderr.count("\n") == 1
    assert claims.read_bytes() == before
    assert not (tmp_path / "report.html").exists()


def test_a_note_with_these_characters_is_written_escaped_and_reads_back(tmp_path: Path) -> None:
    claims = _extracted(tmp_path)
    note = "first\u2028second\u2029third"
    done = run("tag", "c001", "opinion", "--note", note, "-f", "claims.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = claims.read_text()
    assert "\u2028" not in text and "\u2029" not in text and "\x85" not in text
    assert 'note: "first\\Lsecond\\Pthird"' in text
    shown = run("show", "c001", "-f", "claims.yaml", "--json", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["note"] == note


def test_crlf_lines_and_an_older_quoted_separator_still_load(tmp_path: Path) -> None:
    claims = _extracted(tmp_path)
    done = run("tag", "c001", "opinion", "--note", "plain words", "-f", "claims.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = claims.read_text()
    assert "    note: plain words\n" in text
    # older claimcheck wrote LS and PS raw inside single quotes, as PyYAML does
    old = text.replace("    note: plain words\n", "    note: 'plain\u2028  words'\n")
    claims.write_bytes(old.replace("\n", "\r\n").encode("utf-8"))
    assert run("validate", "claims.yaml", cwd=tmp_path).returncode == 0
    shown = run("show", "c001", "-f", "claims.yaml", "--json", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["note"] == "plain\u2028words"
