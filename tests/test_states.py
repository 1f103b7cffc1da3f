"""The table of states: every command, format and the review read the same one."""

from __future__ import annotations

from pathlib import Path

from claimcheck import store
from claimcheck.models import Label
from claimcheck.review import Session
from claimcheck.reviewkeys import HELP, KEY_LINE, KEYS
from claimcheck.states import BY_NAME, NAMES, SETTABLE, STATES
from tests.conftest import run


def test_every_label_has_one_state_with_a_unique_key() -> None:
    assert [s.label for s in STATES if s.label is not None] == list(Label)
    keys = [s.key for s in STATES if s.key]
    assert len(keys) == len(set(keys)) == len(Label)
    assert all(KEYS[s.key] == s.name for s in STATES if s.key)
    assert all(s.key and s.key in KEY_LINE for s in STATES if s.label)
    assert [k for k, _ in HELP][: len(Label)] == keys
    assert NAMES == ("sourced", "unverified", "opinion", "disputed", "pending")
    assert SETTABLE == ("sourced", "unverified", "opinion", "pending")


def _dispute(mini: Path) -> None:
    run("tag", "c001", "opinion", "-f", "mini.yaml", "--reviewer", "ana")
    run("tag", "c001", "unverified", "-f", "mini.yaml", "--reviewer", "bo")


def test_review_label_disputed_walks_the_disputed_claims(mini: Path) -> None:
    _dispute(mini)
    doc = store.load(mini).doc
    assert Session.start(doc, "ed", label="disputed").ids == ["c001"]
    pending = Session.start(doc, "ed", label="pending").ids
    assert "c001" not in pending and pending


def test_a_state_nobody_gives_is_refused_by_tag_with_the_choices(mini: Path) -> None:
    result = run("tag", "c001", "disputed", "-f", "mini.yaml")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: unknown label 'disputed'; choose one of sourced, unverified, opinion, pending\n"
    )


def test_help_names_every_state_a_filter_accepts() -> None:
    for command in ("list", "review"):
        result = run(command, "--help")
        assert result.exit_code == 0, result.output
        flat = " ".join(result.stdout.replace("│", " ").split())
        assert "sourced, unverified, opinion, disputed or pending" in flat, command


def test_the_html_report_styles_every_state(seed: Path) -> None:
    html = run("report", "-f", str(seed), "--format", "html").stdout
    for state in BY_NAME.values():
        assert f".{state.name} {{ --c: var(--{state.name});" in html
        assert f"--{state.name}: {state.html[0]};" in html


def test_the_readme_names_every_review_key() -> None:
    from tests.conftest import ROOT

    readme = " ".join((ROOT / "README.md").read_text().split())
    for key, meaning in HELP:
        first = key.split(" / ")[0]
        assert f"`{first}`" in readme, (key, meaning)
