"""Hostile tester 17's findings on the claim list, through the real command: `merge`
never moves a verdict onto another statement unchecked (#4), and a history entry that
lies about its claim is refused, never acted on by `undo` (#6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck import store
from tests.conftest import refuses, run, succeeds

ARTICLE = (
    "Council shuts school\n\n"
    "The council closed the school on Monday, the mayor said. Parents were angry.\n\n"
    "The school had 300 pupils. It opened in 1950.\n"
)


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """c001 'The council closed the school …' sourced, c002 opinion, c003 'The school had
    300 pupils.' and c004 pending."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "tester")
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    assert run("extract", "a.txt", "-o", "claims.yaml").exit_code == 0
    succeeds("tag", "c001", "sourced", "-s", "https://example.org/x", "-f", "claims.yaml")
    succeeds("tag", "c002", "opinion", "-f", "claims.yaml")
    return tmp_path / "claims.yaml"


def _reviewed(path: Path) -> list[str]:
    out = succeeds("report", "-F", "claimreview", "--url", "https://ex.org/p", "-f", str(path))
    return [item["claimReviewed"] for item in json.loads(out)["@graph"]]


# ----------------------------------------------------------------- 4: merge is checked


def test_merge_refuses_claims_that_make_different_statements(school: Path) -> None:
    refuses(
        school,
        "claims.yaml: c003 and c001 do not make the same statement ('The school had 300 "
        "pupils.' and 'The council closed the school on Monday…'); add --force to merge "
        "them anyway (the decisions moved then need a re-check)",
        *("merge", "c003", "c001", "-f", "claims.yaml"),
    )
    assert _reviewed(school) == [
        "The council closed the school on Monday, the mayor said.",
        "Parents were angry.",
    ]


def test_a_forced_merge_moves_the_decision_but_it_needs_a_re_check(school: Path) -> None:
    assert succeeds("merge", "c003", "c001", "-f", "claims.yaml", "--force") == (
        "c003: merged c001 into it\n"
        "tester's decision on c001 moved to c003\n"
        "c003 needs a re-check: the decisions moved were forced\n"
    )
    listed = json.loads(succeeds("list", "-f", "claims.yaml", "--label", "needs-recheck", "--json"))
    assert [c["id"] for c in listed] == ["c003"]
    assert _reviewed(school) == ["Parents were angry."]  # the moved verdict is not published
    assert "Needs a re-check" in succeeds("report", "-f", "claims.yaml", "-F", "md")
    # undo takes the merge back, re-check mark included
    assert succeeds("undo", "-f", "claims.yaml").splitlines()[-1] == "c001: back"
    assert (
        json.loads(succeeds("list", "-f", "claims.yaml", "--label", "needs-recheck", "--json"))
        == []
    )
    # a new decision on the merged claim clears the re-check
    succeeds("merge", "c003", "c001", "-f", "claims.yaml", "--force")
    succeeds("tag", "c003", "unverified", "-f", "claims.yaml")
    claim = store.load(school).doc.claim("c003")
    assert claim is not None and not claim.needs_recheck


def test_decisions_moved_by_force_need_a_re_check_even_between_like_statements(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(
        "Council shuts school\n\nThe council closed the school on Monday. Parents were "
        "angry.\n\nThe council closed the school on Monday night.\n",
        "utf-8",
    )
    assert run("extract", "a.txt", "-o", "c.yaml").exit_code == 0
    texts = [c.text for c in store.load(tmp_path / "c.yaml").doc.claims]
    assert texts[0] == "The council closed the school on Monday." and texts[2].startswith(
        "The council closed the school on Monday night"
    )
    succeeds("tag", "c003", "opinion", "-f", "c.yaml", "-r", "bob")
    # the same statement: merged as before, nothing to re-check
    assert succeeds("merge", "c001", "c003", "-f", "c.yaml") == (
        "c001: merged c003 into it\nbob's decision on c003 moved to c001\n"
    )
    doc = store.load(tmp_path / "c.yaml").doc
    assert doc.claim("c001").needs_recheck is False  # type: ignore[union-attr]
    succeeds("undo", "-f", "c.yaml")
    # the same merge forced: the decision it moves needs a re-check
    out = succeeds("merge", "c001", "c003", "-f", "c.yaml", "--force")
    assert out.endswith("c001 needs a re-check: the decisions moved were forced\n")
    assert store.load(tmp_path / "c.yaml").doc.claim("c001").needs_recheck  # type: ignore[union-attr]


# --------------------------------------------------------- 6: history entries that lie


def _forge(path: Path, claim_id: str, **entry: object) -> bytes:
    """Append a history entry to a claim by hand (as an editor would), bypassing checks;
    return the file's bytes."""
    from claimcheck.claimfile.codec import dump
    from claimcheck.models import Change

    doc = store.load(path).doc
    claim = doc.claim(claim_id)
    assert claim is not None
    claim.history.append(Change.model_validate({"by": "tester", **entry}))
    path.write_bytes(dump(doc))
    return path.read_bytes()


def _refused_everywhere(path: Path, message: str) -> None:
    """validate names the entry (exit 1), and undo refuses the file with the same line,
    acting on nothing."""
    before = path.read_bytes()
    done = run("validate", "-f", path.name, "--no-cache")
    assert done.exit_code == 1
    assert done.stderr == f"Error: {message}\n"
    done = run("undo", "-f", path.name)
    assert done.exit_code == 1 and done.stderr == f"Error: {message}\n"
    assert path.read_bytes() == before


def test_a_label_change_to_no_label_is_refused(school: Path) -> None:
    _forge(
        school,
        "c002",
        at="2026-11-27T13:00:00Z",
        field="label",
        old="opinion",
        new="[link=file:///etc/passwd]opinion\x1b]0;pwned\x07",
    )
    _refused_everywhere(
        school,
        "claims.yaml:78: claims[1].history[1].new: c002: '[link=file:///etc/passwd]opinion"
        "\\x1b]0;pwn…' is not a label (sourced, unverified or opinion)",
    )


def test_a_deleted_change_on_a_live_claim_is_refused(school: Path) -> None:
    _forge(school, "c004", at="2026-11-27T13:00:00Z", field="deleted", new="deleted (junk)")
    _refused_everywhere(
        school,
        "claims.yaml:104: claims[3].history[0].field: c004 is a live claim, but its history "
        "says 'tester' deleted it at 2026-11-27T13:00:00+00:00 and no undo brought it back",
    )


def test_a_label_change_by_someone_with_no_decision_on_the_claim_is_refused(school: Path) -> None:
    succeeds("tag", "c003", "opinion", "-f", "claims.yaml", "-r", "rival")
    _forge(school, "c003", at=_later(school), field="label", old="opinion", new="unverified")
    _refused_everywhere(
        school,
        "claims.yaml:97: claims[2].history[1].by: c003: its history says 'tester' changed its "
        "label, but 'tester' has no decision on it",
    )


def _later(path: Path) -> str:
    """An instant after every change in the file (and not in the future)."""
    from datetime import timedelta

    doc = store.load(path).doc
    latest = max(c.at for claim in doc.claims for c in claim.history)
    return (latest + timedelta(seconds=1)).isoformat()


def test_a_forged_label_change_before_another_reviewers_decision_is_refused_too(
    school: Path,
) -> None:
    """Placed before rival's own decision, the entry is still not borne out: only a
    ruling, or someone whose decision is gone too, explains a decision gone."""
    first = store.load(school).doc.claim("c001")
    assert first is not None
    succeeds("tag", "c003", "opinion", "-f", "claims.yaml", "-r", "rival")
    at = first.history[0].at.isoformat()
    _forge(school, "c003", at=at, field="label", old="opinion", new="unverified")
    _refused_everywhere(
        school,
        "claims.yaml:97: claims[2].history[1].by: c003: its history says 'tester' changed its "
        "label, but 'tester' has no decision on it",
    )
