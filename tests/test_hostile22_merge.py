"""Hostile round 22, merge: a text that denies, doubts, or passes on as rumour or
falsehood what another states plainly is not that statement, and `claimcheck merge` does
not move a decision from one onto the other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.sameclaim import _one_statement
from tests.conftest import refuses, run, succeeds

PLAIN = "The ferry line cut its winter timetable in March."
DOUBTING = [
    ("The ferry line cut its winter timetable in March, the company denied.", "denied"),
    ("The ferry line denies it cut its winter timetable in March.", "denies"),
    ("The ferry line supposedly cut its winter timetable in March.", "supposedly"),
    ("The ferry line allegedly cut its winter timetable in March.", "allegedly"),
    ("The ferry line reportedly cut its winter timetable in March.", "reportedly"),
    ("Rumours that the ferry line cut its winter timetable in March.", "rumours"),
    ("Claims that the ferry line cut its winter timetable in March.", "claims"),
    ("The ferry line cut its winter timetable in March, rivals wrongly say.", "wrongly"),
    ("The ferry line cut its winter timetable in March, posts falsely said.", "falsely"),
    ("Hoaxers say the ferry line cut its winter timetable in March.", "hoaxers"),
    ("That the ferry line cut its winter timetable in March is false.", "false"),
    ("That the ferry line cut its winter timetable in March is not true.", "not true"),
]


@pytest.mark.parametrize(("text", "word"), DOUBTING)
def test_a_denied_doubted_or_rumoured_statement_is_not_the_plain_one(text: str, word: str) -> None:
    assert not _one_statement(text, PLAIN) and not _one_statement(PLAIN, text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (PLAIN, "The ferry line cut its winter timetable in March on the island route."),
        # both doubt it alike: the same statement, reported the same way
        (
            "The ferry line reportedly cut its winter timetable.",
            "The ferry line reportedly cut its winter timetable in March.",
        ),
        (
            "Rivals claim the ferry line cut its timetable.",
            "Rivals claim the ferry line cut its winter timetable.",
        ),
    ],
)
def test_a_widened_wording_that_doubts_alike_still_merges(a: str, b: str) -> None:
    assert _one_statement(a, b) and _one_statement(b, a)


def _sourced_and_denied(text: str) -> None:
    """c005 states PLAIN and is sourced; c009 says `text`."""
    succeeds("edit", "c005", "--text", PLAIN)
    succeeds("edit", "c009", "--text", text)
    succeeds("tag", "c005", "sourced", "-s", "https://ex.org/timetable")


@pytest.mark.parametrize(("text", "word"), DOUBTING[:3] + DOUBTING[5:6] + DOUBTING[9:10])
def test_merge_refuses_to_move_a_sourced_decision_onto_a_denial(
    seed: Path, text: str, word: str
) -> None:
    _sourced_and_denied(text)
    shown = text if len(text) <= 40 else text[:39] + "…"
    refuses(
        seed,
        f"claims.yaml: c009 and c005 do not make the same statement ({shown!r} and "
        f"{PLAIN[:39] + '…'!r}): c009 says {word!r} and c005 does not (a denial, a doubt or "
        "hearsay is not the statement); add --force to merge them anyway (the decisions "
        "moved then need a re-check)",
        "merge",
        "c009",
        "c005",
    )
    # the other way round too: c005's decision stays its own
    result = run("merge", "c005", "c009")
    assert result.exit_code == 1
    assert f"c009 says {word!r} and c005 does not" in result.stderr
    assert store.load(seed).doc.claim("c009").label_name == "pending"  # type: ignore[union-attr]


def test_a_forced_merge_onto_a_denial_needs_a_re_check_and_is_not_published(seed: Path) -> None:
    _sourced_and_denied(DOUBTING[0][0])
    out = succeeds("merge", "c009", "c005", "--force")
    assert "c009 needs a re-check: the decisions moved were forced" in out
    assert "c009" in succeeds("list", "--label", "needs-recheck")
    report = succeeds("report", "-F", "claimreview", "--org", "Desk", "--url", "https://d.ex/x")
    assert "denied" not in json.dumps(json.loads(report))
