"""`extract --force` over a claim file that holds a review keeps a copy of it beside the
new one and says so: the review is never thrown away without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.cli import replacing
from tests.conftest import DATA, refuses, run, succeeds

TAIL = "the new claims are all pending (claimcheck reanchor moves a review onto a changed article)"


@pytest.fixture
def extracted(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_bytes((DATA / "article.txt").read_bytes())
    assert run("extract", "article.txt", "-o", "claims.yaml").exit_code == 0
    return tmp_path / "claims.yaml"


def _copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("claims.yaml.replaced-*"))


def test_a_reviewed_file_is_kept_beside_the_new_one(extracted: Path) -> None:
    succeeds("tag", "c001", "sourced", "-s", "https://x.example/a")
    succeeds("tag", "c002", "opinion")
    succeeds("tag", "c002", "unverified", "-r", "lee")
    succeeds("delete", "c003")
    reviewed = extracted.read_bytes()
    journal = extracted.with_name(".claims.yaml.journal")
    reviewed_journal = journal.read_bytes() if journal.exists() else b""
    result = run("extract", "article.txt", "-o", "claims.yaml", "--force")
    assert result.exit_code == 0, result.output
    [copy] = _copies(extracted.parent)
    assert copy.read_bytes() == reviewed  # the file as it was, its journal moved aside
    assert result.stderr.startswith(
        "claims.yaml held 3 decisions on 2 claims and 1 correction to the claim list: "
        f"that file is kept as {copy.name}; {TAIL}\n"
    )
    if reviewed_journal:
        assert "not applied to the new claims" in result.stderr
    new = store.load(extracted).doc
    assert all(not c.reviews for c in new.claims)
    assert not copy.name.endswith(".yaml")  # `report FOLDER` takes it for no claim file
    folder = run("validate", ".")
    assert folder.stdout.count(": ok,") == 1


def test_a_file_without_a_review_is_replaced_without_a_copy(extracted: Path) -> None:
    result = run("extract", "article.txt", "-o", "claims.yaml", "--force")
    assert result.exit_code == 0, result.output
    assert _copies(extracted.parent) == []
    assert "held" not in result.stderr


def test_a_file_that_does_not_load_is_kept(extracted: Path) -> None:
    extracted.write_text("claims: [unclosed\n")
    result = run("extract", "article.txt", "-o", "claims.yaml", "--force")
    assert result.exit_code == 0, result.output
    [copy] = _copies(extracted.parent)
    assert copy.read_text() == "claims: [unclosed\n"
    assert "claims.yaml held a claim file that does not load, so it may hold a review" in (
        result.stderr
    )


def test_no_copy_no_replacement(extracted: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    succeeds("tag", "c001", "opinion")

    def full(path: Path, data: bytes) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(replacing, "keep_copy", full)
    refuses(
        extracted,
        "claims.yaml: could not save (it holds 1 decision on 1 claim, and no copy could be "
        "kept: No space left on device); the file on disk is unchanged",
        "extract",
        "article.txt",
        "-o",
        "claims.yaml",
        "--force",
    )


def test_decisions_still_in_the_journal_are_in_the_copy(extracted: Path) -> None:
    """A review open elsewhere journals its decisions before they reach the file: the
    copy holds them, folded in, so it alone is the review that was replaced."""
    from claimcheck.models import Decision, Label

    loaded = store.load(extracted)
    claim = loaded.doc.index()["c004"]
    decision = Decision(claim="c004", by="ana", at="2026-01-01T00:00:00Z",
                        label=Label.UNVERIFIED, bound=store.bound(loaded.doc, claim))  # fmt: skip
    with store.locked(extracted):
        store.append_decisions(extracted, [decision])
    result = run("extract", "article.txt", "-o", "claims.yaml", "--force")
    assert result.exit_code == 0, result.output
    [copy] = _copies(extracted.parent)
    assert "claims.yaml held 1 decision on 1 claim: " in result.stderr
    kept = store.load(copy).doc.index()["c004"]
    assert [(r.by, r.label) for r in kept.reviews] == [("ana", Label.UNVERIFIED)]
