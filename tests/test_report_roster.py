"""A ruling edited into a claim file by someone the desk's roster does not name as an
adjudicator (tag --adjudicate refuses them; a journal's such ruling is set aside) is a
problem of the report: warned of, and `--strict` fails on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.models import Review
from tests.conftest import DATA, run

ROSTER = '[people.carol]\nroles = ["adjudicator"]\n[people.alice]\n[people.bob]\n'


@pytest.fixture
def ruled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("claims.yaml", "article.txt"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    for by, label in (("alice", "sourced"), ("bob", "opinion")):
        extra = ["-s", "https://x.example/a"] if label == "sourced" else []
        assert run("tag", "c001", label, *extra, "-r", by).exit_code == 0
    (tmp_path / "claimcheck.toml").write_text(ROSTER)
    return tmp_path


def rule(folder: Path, by: str) -> None:
    """A ruling on c001 written into the file by hand, as an editor of the YAML would."""
    loaded = store.load(folder / "claims.yaml")
    claim = loaded.doc.index()["c001"]
    claim.reviews.append(Review(by=by, label="unverified", adjudicates=True))
    store.save(loaded)


def test_a_ruling_by_someone_off_the_roster_is_a_report_problem(ruled: Path) -> None:
    rule(ruled, "mallory")
    result = run("report", "-F", "md", "-o", "r.md")
    assert result.exit_code == 0, result.output
    line = "claims.yaml: claim c001 is settled by mallory, who is not an adjudicator on the desk's roster"
    assert f"Warning: {line}\n" in result.stderr
    strict = run("report", "--strict")
    assert strict.exit_code == 1
    assert f"Not ready: {line}\n" in strict.stderr


def test_a_ruling_by_the_desks_adjudicator_is_no_problem(ruled: Path) -> None:
    rule(ruled, "carol")
    result = run("report", "-F", "md", "-o", "r.md")
    assert result.exit_code == 0, result.output
    assert "adjudicator" not in result.stderr


def test_validate_names_a_ruling_by_someone_off_the_roster_and_fails(ruled: Path) -> None:
    rule(ruled, "mallory")
    result = run("validate")
    assert result.exit_code == 1
    line = "claims.yaml: claim c001 is settled by mallory, who is not an adjudicator on the desk's roster"
    assert result.stderr.splitlines()[-1].endswith(line)
    assert "ok," not in result.stdout
    listed = run("validate", "--json")
    assert listed.exit_code == 1
    assert '"ok": false' in listed.stdout and "mallory" in listed.stdout


def test_validate_takes_a_ruling_by_the_desks_adjudicator(ruled: Path) -> None:
    rule(ruled, "carol")
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("claims.yaml: ok, 114 claims")


def test_a_ruling_spelt_with_an_escape_is_found_too(ruled: Path) -> None:
    """YAML reads "adjudic\\x61tes" as the same key: the file is checked all the same."""
    rule(ruled, "mallory")
    path = ruled / "claims.yaml"
    text = path.read_text()
    assert text.count("adjudicates: true") == 1
    path.write_text(text.replace("adjudicates: true", '"adjudic\\x61tes": true'))
    assert b"adjudicates" not in path.read_bytes()
    strict = run("report", "--strict")
    assert strict.exit_code == 1
    assert "settled by mallory, who is not an adjudicator on the desk's roster" in strict.stderr
    assert run("validate").exit_code == 1


def test_a_version_1_ruling_is_found_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Version 1 spelt a ruling `adjudicated_by` on the claim: read as a ruling, checked."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_bytes((DATA / "article.txt").read_bytes())
    text = (DATA / "claims.yaml").read_text()
    first, second = text.index("- id: c001"), text.index("- id: c002")
    ruled = "  label: unverified\n  reviewer: mallory\n  adjudicated_by: mallory\n"
    text = text[:first] + text[first:second].rstrip("\n") + "\n" + ruled + text[second:]
    (tmp_path / "claims.yaml").write_text(text)
    (tmp_path / "claimcheck.toml").write_text(ROSTER)
    result = run("validate")
    assert result.exit_code == 1
    assert "claim c001 is settled by mallory, who is not an adjudicator" in result.stderr
