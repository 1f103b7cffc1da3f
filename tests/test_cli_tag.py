from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.models import Label
from tests.conftest import run


def test_tag_sourced_with_a_source(seed: Path) -> None:
    result = run(
        "tag",
        "c038",
        "sourced",
        "-f",
        str(seed),
        "--source",
        "https://example.org/report",
        "--title",
        "Sabotage report",
        "--passage",
        "nearly 100 acts",
        "--note",
        "checked",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "c038: pending → sourced (1 source)\n"
    claim = store.load(seed).doc.claims[37]
    assert claim.label is Label.SOURCED
    assert claim.sources[0].url == "https://example.org/report"
    assert claim.sources[0].title == "Sabotage report"
    assert claim.sources[0].passage == "nearly 100 acts"
    assert claim.sources[0].accessed == date.today()
    assert claim.note == "checked"
    assert claim.reviewer == "tester"
    assert [c.field for c in claim.history] == ["label", "sources", "note"]


def test_sources_are_added_not_replaced(seed: Path) -> None:
    run("tag", "c038", "sourced", "-f", str(seed), "-s", "https://a.example.org/1")
    result = run(
        "tag",
        "c038",
        "sourced",
        "-f",
        str(seed),
        "-s",
        "Interview with the author, 2023",
        "-s",
        "https://a.example.org/1",
    )
    assert result.stdout == "c038: sourced (2 sources), 1 source added\n"
    sources = store.load(seed).doc.claims[37].sources
    assert [s.describe() for s in sources] == [
        "https://a.example.org/1",
        "Interview with the author, 2023",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["tag", "c001", "sourced"],
            "c001: a sourced claim needs a source: add --source URL (or a citation)",
        ),
        (
            ["tag", "c001", "sourced", "-s", "javascript:alert(1)"],
            "--source: not an http(s) URL: 'javascript:alert(1)'",
        ),
        (
            ["tag", "c001", "sourced", "-s", "file:///etc/passwd"],
            "--source: not an http(s) URL: 'file:///etc/passwd'",
        ),
        (
            ["tag", "c001", "sourced", "-s", "example.org/x"],
            "--source: 'example.org/x' looks like a web address: write it with https://",
        ),
        (
            ["tag", "c001", "true"],
            "unknown label 'true'; choose one of sourced, unverified, opinion, pending",
        ),
        (
            ["tag", "c001", "opinion", "-s", "https://a.org"],
            "--source goes with the label sourced, not opinion",
        ),
        (
            [
                "tag",
                "c001",
                "sourced",
                "-s",
                "https://a.org",
                "-s",
                "https://b.org",
                "--title",
                "T",
            ],
            "--title and --passage describe one source: give exactly one --source",
        ),
        (
            ["tag", "c001", "sourced", "-s", "https://a.org", "--accessed", "yesterday"],
            "--accessed: not a date (YYYY-MM-DD): 'yesterday'",
        ),
        (
            ["tag", "c001", "sourced", "-s", "https://a.org", "--accessed", "2999-01-01"],
            "--accessed: 2999-01-01 is in the future: a source is read before it is cited",
        ),
        (["untag", "c999"], "{seed}: no claim with id 'c999'"),
        (["history", "c999"], "{seed}: no claim with id 'c999'"),
    ],
)
def test_bad_tags_are_refused_and_change_nothing(seed: Path, args: list[str], message: str) -> None:
    before = seed.read_bytes()
    result = run(*args, "-f", str(seed))
    assert result.exit_code == 1, result.output
    assert result.stderr == f"Error: {message.format(seed=seed)}\n"
    assert seed.read_bytes() == before


def test_untag_returns_to_pending_and_history_shows_it(seed: Path) -> None:
    run("tag", "c002", "opinion", "-f", str(seed), "--reviewer", "ana")
    result = run("untag", "c002", "-f", str(seed), "--reviewer", "ana")
    assert result.stdout == "c002: opinion → pending\n"
    claim = store.load(seed).doc.claims[1]
    assert claim.label is None and claim.reviewer is None
    rows = json.loads(run("history", "-f", str(seed), "--json").stdout)
    assert [(r["claim"], r["by"], r["old"], r["new"]) for r in rows] == [
        ("c002", "ana", "opinion", None),
        ("c002", "ana", None, "opinion"),
    ]
    shown = run("show", "c002", "-f", str(seed)).stdout
    assert "history" in shown and "ana" in shown


def test_history_piped_is_one_change_a_line_and_says_when_there_is_none(seed: Path) -> None:
    empty = run("history", "-f", str(seed))
    assert (empty.exit_code, empty.stdout, empty.stderr) == (0, "", f"{seed}: no changes yet\n")
    run("tag", "c002", "sourced", "-f", str(seed), "-s", "https://a.example/x", "--reviewer", "ana")
    lines = run("history", "c002", "-f", str(seed)).stdout.splitlines()
    fields = [line.split()[2:] for line in lines[1:]]  # after the day and the time
    assert ["ana", "c002", "label", "pending", "sourced"] in fields
    assert ["ana", "c002", "sources", "—", "https://a.example/x"] in fields
    assert run("history", "c003", "-f", str(seed)).stderr == f"{seed}: no changes yet to c003\n"


def test_another_reviewer_cannot_untag_a_decision_they_did_not_make(seed: Path) -> None:
    run("tag", "c002", "opinion", "-f", str(seed), "--reviewer", "ana")
    result = run("untag", "c002", "-f", str(seed), "--reviewer", "bo")
    assert result.stdout == "c002: unchanged (opinion)\n"
    assert store.load(seed).doc.claims[1].label is not None


def test_tagging_the_same_value_twice_records_nothing(seed: Path) -> None:
    run("tag", "c002", "opinion", "-f", str(seed))
    result = run("tag", "c002", "opinion", "-f", str(seed))
    assert result.stdout == "c002: unchanged (opinion)\n"
    assert len(store.load(seed).doc.claims[1].history) == 1


def test_review_refuses_without_a_terminal(seed: Path) -> None:
    before = seed.read_bytes()
    result = run("review", "-f", str(seed), input="s\n")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: review needs a terminal (stdin is not one); use 'claimcheck tag' in scripts\n"
    )
    assert seed.read_bytes() == before
