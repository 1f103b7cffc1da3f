"""Red team, encoding and time: a naive or extreme date, text that is not UTF-8, or the
same file named twice never crashes a command (exit 3) nor skews a count."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from claimcheck import store
from tests.conftest import run
from tests.robustness.redteam import VALID, refused

COMMANDS = [
    ["validate", "-f", "c.yaml"],
    ["list", "-f", "c.yaml"],
    ["history", "-f", "c.yaml"],
    ["report", "-f", "c.yaml"],
    ["agree", "-f", "c.yaml"],
    ["show", "c001", "-f", "c.yaml"],
    ["tag", "c002", "opinion", "-f", "c.yaml"],
]


def with_time(tmp_path: Path, when: str, where: str) -> None:
    data = yaml.safe_load(VALID)
    claim = data["claims"][0]
    claim.update(label="opinion", reviewer="ana", reviewed_at="2026-11-20T09:00:00Z")
    claim["history"] = [
        {"at": "2026-11-20T09:00:00Z", "by": "ana", "field": "label", "new": "opinion"}
    ]
    if where == "history":
        claim["history"][0]["at"] = when
    else:
        claim["reviewed_at"] = when
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(data, sort_keys=False))


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize(
    ("when", "where", "line"),
    [
        (
            "2026-11-20T09:00:00",
            "history",
            "c.yaml:17: claims[0].history[0].at: a time needs its timezone, e.g. 2024-03-05T10:00:00Z (got 2026-11-20T09:00:00)",
        ),
        (
            "9999-12-31T23:59:59Z",
            "history",
            "c.yaml:17: claims[0].history[0].at: 9999-12-31T23:59:59+00:00 is in the future (more than 5 minutes ahead of this machine's clock)",
        ),
        (
            "0001-01-01T00:00:00Z",
            "reviewed_at",
            "c.yaml:15: claims[0].reviewed_at: 0001-01-01T00:00:00+00:00 is before 1990: not a time a claim was reviewed",
        ),
        (
            "2026-11-20T09:00:00",
            "reviewed_at",
            "c.yaml:15: claims[0].reviewed_at: a time needs its timezone, e.g. 2024-03-05T10:00:00Z (got 2026-11-20T09:00:00)",
        ),
    ],
    ids=["naive", "far-future", "year-1", "naive-reviewed"],
)
def test_a_naive_or_extreme_time_is_one_clear_line(
    tmp_path: Path, argv: list[str], when: str, where: str, line: str
) -> None:
    with_time(tmp_path, when, where)
    refused(tmp_path, argv, 1, f"Error: {line}")


def test_a_journal_entry_with_a_naive_time_is_refused(tmp_path: Path, mini: Path) -> None:
    (tmp_path / ".mini.yaml.journal").write_text(
        '{"claim":"c001","by":"eve","at":"2026-11-20T09:00:00","label":"opinion"}\n'
    )
    result = run("list", "-f", "mini.yaml")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: .mini.yaml.journal:1: bad journal entry: at: a time needs its timezone"
    )


def test_the_merge_driver_survives_a_naive_time(tmp_path: Path) -> None:
    with_time(tmp_path, "2026-11-20T09:00:00", "history")
    for name in ("base.yaml", "ours.yaml", "theirs.yaml"):
        (tmp_path / name).write_bytes(
            VALID if name != "theirs.yaml" else (tmp_path / "c.yaml").read_bytes()
        )
    result = run("merge-driver", "base.yaml", "ours.yaml", "theirs.yaml", "c.yaml")
    assert result.exit_code in (0, 1), result.output  # merged, or a conflict: never exit 3
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (
            ["tag", "c001", "opinion", "-f", "mini.yaml", "--note", "caf\udce9"],
            "Error: --note: not UTF-8 text (byte 0xe9); check the terminal's encoding",
        ),
        (
            ["tag", "c001", "opinion", "-f", "mini.yaml", "-r", "ana\udcff"],
            "Error: --reviewer: not UTF-8 text (byte 0xff); check the terminal's encoding",
        ),
        (
            ["tag", "c001", "sourced", "-f", "mini.yaml", "--source", "Le Monde, \udce9t\udce9"],
            "Error: --source: not UTF-8 text (byte 0xe9); check the terminal's encoding",
        ),
        (
            ["list", "-f", "mini.yaml", "--text", "\udce9"],
            "Error: --text: not UTF-8 text (byte 0xe9); check the terminal's encoding",
        ),
        (
            ["show", "c\udce9", "-f", "mini.yaml"],
            "Error: ID: not UTF-8 text (byte 0xe9); check the terminal's encoding",
        ),
    ],
    ids=["note", "reviewer", "source", "text", "id"],
)
def test_arguments_that_are_not_utf8_are_one_clear_line(
    tmp_path: Path, mini: Path, argv: list[str], line: str
) -> None:
    """Python passes bytes that are not UTF-8 on as lone surrogates (PEP 383)."""
    refused(tmp_path, argv, 1, line)


def test_a_reviewer_from_the_environment_that_is_not_utf8_is_decoded(
    mini: Path, monkeypatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "Ren\udce9e")
    result = run("tag", "c001", "opinion", "-f", "mini.yaml")
    assert result.exit_code == 0, result.output
    assert store.load(mini).doc.claims[0].reviewer == "Ren\ufffde"


def test_a_git_user_name_that_is_not_utf8_is_decoded(
    tmp_path: Path, mini: Path, monkeypatch
) -> None:
    monkeypatch.delenv("CLAIMCHECK_REVIEWER")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    config = tmp_path / ".git" / "config"
    plain = config.read_bytes()
    config.write_bytes(plain + b"[user]\n\tname = Ren\xe9e\n")
    result = run("tag", "c001", "opinion", "-f", "mini.yaml")
    assert result.exit_code == 0, result.output
    assert store.load(mini).doc.claims[0].reviewer == "Ren\ufffde"
    # with an escape sequence in it, the name is refused, not cleaned into another (h35i)
    config.write_bytes(plain + b"[user]\n\tname = Ren\xe9e\x1b]0;x\x07\n")
    before = mini.read_bytes()
    result = run("tag", "c002", "opinion", "-f", "mini.yaml")
    assert result.exit_code == 2
    assert mini.read_bytes() == before


# --------------------------------------------------------------------------- counted once


def test_the_same_file_given_twice_is_counted_once(tmp_path: Path, mini: Path) -> None:
    (tmp_path / "link.yaml").symlink_to("mini.yaml")
    result = run(
        "report", "mini.yaml", "./mini.yaml", "link.yaml", str(tmp_path), "--format", "json"
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (len(report["articles"]), report["totals"]["claims"]) == (1, 2)
    result = run("validate", "mini.yaml", "mini.yaml")
    assert result.stdout.count(": ok,") == 1
    assert run("agree", "mini.yaml", "./mini.yaml").exit_code == 0
