"""Desk commands as a script drives them (desk tester 5, hostile 22): adjudicating to a
reviewer's label starts from their sources; `report --strict -o /dev/null` is a CI gate;
`edit` with nothing to change is a usage error; every help has an example; the report
counts only decisions that stand; a reviewer name is refused, not altered; a journal's
lone surrogate is named; a failed extract leaves no lock."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import DATA, run, succeeds


def shown(claim_id: str) -> dict[str, object]:
    found: dict[str, object] = json.loads(succeeds("show", claim_id, "--json"))
    return found


# ------------------------------------------------- 1: `tag --adjudicate` to a reviewer's label


def test_adjudicating_to_a_reviewers_sourced_label_takes_their_sources(seed: Path) -> None:
    succeeds("tag", "c003", "sourced", "-s", "https://records.example/vote", "-r", "maya")
    succeeds("tag", "c003", "unverified", "-r", "lee")
    result = run("tag", "c003", "sourced", "--adjudicate", "-r", "ed")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "c003: disputed → sourced (1 source) (reviews: maya: sourced; lee: unverified; "
        "settled by ed)\n"
    )
    found = shown("c003")
    assert found["label"] == "sourced"
    assert [s["url"] for s in found["sources"]] == ["https://records.example/vote"]  # type: ignore[attr-defined]
    # a ruling to another label and back starts from the reviewer's sources again
    succeeds("tag", "c003", "unverified", "--adjudicate", "-r", "ed")
    succeeds("tag", "c003", "sourced", "--adjudicate", "-r", "ed")
    assert len(shown("c003")["sources"]) == 1  # type: ignore[arg-type]


def test_adjudicating_to_sourced_nobody_gave_still_needs_a_source(seed: Path) -> None:
    succeeds("tag", "c004", "unverified", "-r", "maya")
    succeeds("tag", "c004", "opinion", "-r", "lee")
    before = seed.read_bytes()
    result = run("tag", "c004", "sourced", "--adjudicate", "-r", "ed")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: c004: a sourced claim needs a source: add --source URL (or a citation)\n"
    )
    assert seed.read_bytes() == before


# ------------------------------------------------------ 2: `report --strict -o /dev/null`


def test_strict_report_into_dev_null_is_a_ci_gate(seed: Path) -> None:
    result = run("report", "--strict", "-o", "/dev/null")
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[0] == "Wrote the term report on 1 claim file to /dev/null"
    assert result.stderr.splitlines()[1].startswith("Not ready: claims.yaml: ")
    # the desk's configured format, as on standard output
    Path("claimcheck.toml").write_text('[report]\nformat = "md"\n')
    result = run("report", "-o", "/dev/null")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == "Wrote the md report on 1 claim file to /dev/null"


def test_a_regular_file_without_a_suffix_still_needs_a_format(seed: Path) -> None:
    result = run("report", "-o", "report")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: -o report: no suffix; give --format")
    assert not Path("report").exists()


# ----------------------------------------------- 3: a command missing what it needs: usage


def test_edit_with_nothing_to_change_is_a_usage_error(seed: Path) -> None:
    before = seed.read_bytes()
    result = run("edit", "c001")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: nothing to change in c001: give --text, --section, --quote or --at\n"
    )
    result = run("split", "c001")
    assert result.exit_code == 2
    assert result.stderr == "Error: give the parts as --quote (two or more) or split points --at\n"
    assert seed.read_bytes() == before


# ------------------------------------------------------ 4: every help has an example


def _command_paths() -> list[tuple[str, ...]]:
    """Every command and group of the typer app, the app itself first, as argv."""
    import typer

    from claimcheck.cli import app

    found: list[tuple[str, ...]] = []

    def walk(command: object, path: tuple[str, ...]) -> None:
        found.append(path)
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk(sub, (*path, name))

    walk(typer.main.get_command(app), ())
    return found


def test_every_command_and_group_help_has_an_example() -> None:
    paths = _command_paths()
    assert ("evidence",) in paths and ("evidence", "add") in paths
    for path in paths:
        result = run(*path, "--help")
        assert result.exit_code == 0, (path, result.output)
        said = " ".join(result.stdout.split())
        assert "Example: claimcheck " + " ".join(path) in said, path


# ------------------------------------------------- 5: "Reviewed by" counts what stands


def test_reviewed_by_leaves_out_decisions_taken_back(seed: Path) -> None:
    succeeds("tag", "c001", "unverified", "-r", "ed2")
    succeeds("undo", "-r", "ed2")
    succeeds("tag", "c002", "opinion", "-r", "ed3")
    succeeds("tag", "c003", "opinion", "-r", "ed3")
    succeeds("undo", "-r", "ed3")
    doc = json.loads(succeeds("report", "-F", "json"))
    reviewers = doc["articles"][0]["reviewers"]
    assert [(r["name"], r["decisions"], r["claims"]) for r in reviewers] == [("ed3", 1, 1)]
    said = " ".join(succeeds("report", "-F", "md").split())
    assert "| Reviewed by | ed3 (1 decision) |" in said
    assert "ed2" not in said


# ------------------------------------- 6: a reviewer's name is refused, never altered


def test_a_reviewer_name_with_a_control_character_is_refused(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = seed.read_bytes()
    result = run("tag", "c001", "opinion", "-r", "a\x1b[2Jb")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: --reviewer: 'a\\x1b[2Jb' holds a control character (U+001B); give who is "
        "deciding, or leave the option out to use $CLAIMCHECK_REVIEWER, git's user.name or "
        "the login name\n"
    )
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "a\x1b[2Jb")
    result = run("tag", "c001", "opinion")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: $CLAIMCHECK_REVIEWER: 'a\\x1b[2Jb' holds a control character (U+001B); "
        "give who is deciding as it is seen\n"
    )
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "ann\tlee")
    result = run("tag", "c001", "opinion")
    assert result.exit_code == 2
    assert "'ann\\tlee' holds a control character (U+0009)" in result.stderr
    assert seed.read_bytes() == before


def test_a_git_user_name_with_a_control_character_is_refused(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLAIMCHECK_REVIEWER")
    subprocess.run(["git", "init", "-q", str(seed.parent)], check=True)
    osc52 = "Eve\x1b]52;c;ZWNobyBoaQ==\x07"
    subprocess.run(["git", "-C", str(seed.parent), "config", "user.name", osc52], check=True)
    before = seed.read_bytes()
    result = run("tag", "c001", "opinion")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: git's user.name: 'Eve\\x1b]52;c;ZWNobyBoaQ==\\x07' holds a control character "
        "(U+001B); set a name as it is seen (git config user.name), or give --reviewer or "
        "$CLAIMCHECK_REVIEWER\n"
    )
    assert seed.read_bytes() == before
    subprocess.run(["git", "-C", str(seed.parent), "config", "user.name", "Eve"], check=True)
    assert succeeds("tag", "c001", "opinion") == "c001: pending → opinion\n"
    assert shown("c001")["reviewer"] == "Eve"


# -------------------------------------------------- 7: a journal line that is not text


def test_a_lone_surrogate_in_a_journal_is_named_plainly(seed: Path) -> None:
    journal = seed.parent / ".claims.yaml.journal"
    entry = '{"claim": "c001", "by": "bob", "at": "2026-11-01T00:00:00Z", "label": "opinion"'
    for note, said in [
        ("x\\ud800", "not valid JSON text: a lone surrogate \\ud800 in note"),
        ("x\\udc80 y", "not valid JSON text: a lone surrogate \\udc80 in note"),
    ]:
        journal.write_text(entry + f', "note": "{note}"}}\n', encoding="utf-8")
        before = seed.read_bytes(), journal.read_bytes()
        result = run("show", "c001")
        assert result.exit_code == 1
        assert result.stderr == (
            "Error: .claims.yaml.journal:1: bad journal entry: "
            f"{said} "
            "(half of a UTF-16 pair, which names no character)\n"
        )
        assert (seed.read_bytes(), journal.read_bytes()) == before
    journal.write_bytes(entry.encode() + b', "note": "x\xed\xa0\x80"}\n')
    result = run("show", "c001")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: .claims.yaml.journal:1: bad journal entry: not valid UTF-8 text: the byte "
        "0xed at column 92\n"
    )


# ------------------------------------------------------ 8: a failed extract leaves no lock


def test_an_extract_over_the_file_size_limit_leaves_no_lock(tmp_path: Path) -> None:
    import resource
    import shutil
    import sys

    shutil.copy(DATA / "article.txt", tmp_path / "article.txt")

    def limited() -> None:  # `ulimit -f 20`: 20 KiB, less than the claim file
        resource.setrlimit(resource.RLIMIT_FSIZE, (20 * 1024, 20 * 1024))

    done = subprocess.run(
        [sys.executable, "-m", "claimcheck", "extract", "article.txt", "-o", "new.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        preexec_fn=limited,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr == "Error: new.yaml: could not save (File too large); nothing was written\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]
    # where the file is made, its lock stays beside it, as for any claim file
    result = run("extract", "article.txt", "-o", "new.yaml")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "new.yaml").exists() and (tmp_path / ".new.yaml.lock").exists()
