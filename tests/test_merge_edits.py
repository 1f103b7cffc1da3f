"""The merge driver and corrected claim lists: adds, deletes, splits, merges and edits on
two clones (real git, merge and rebase) end in a valid file with nothing lost."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.models import Label
from tests.conftest import run
from tests.test_desk import desk, git  # noqa: F401 - the fixture of two clones

PULLS = [["pull", "-q", "--no-rebase"], ["pull", "-q", "--rebase"]]


def cc(clone: Path, who: str, *args: str) -> str:
    result = run(*args, "-f", str(clone / "claims.yaml"), "--reviewer", who)
    assert result.exit_code == 0, result.output
    return result.stdout


def commit(clone: Path, message: str) -> None:
    git(clone, "commit", "-qam", message)


def pull(clone: Path, how: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *how], cwd=clone, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("how", PULLS)
def test_corrections_on_both_clones_merge_with_nothing_lost(
    desk: tuple[Path, Path],  # noqa: F811
    how: list[str],
) -> None:
    ana, bo = desk
    added_a = cc(ana, "ana", "add", "--quote", "at least two tanks").split(":")[0]
    parts = (
        cc(
            ana,
            "ana",
            "split",
            "c037",
            "--quote",
            "with not a week going by",
            "--quote",
            "without another mysterious fire or explosion rocking Russian bridges, industrial "
            "sites, and even shopping centers",
            *("--text", "Not a week goes by.", "--text", "Fires rock Russian bridges."),
        )
        .splitlines()[0]
        .split("into ")[1]
        .split(", ")
    )
    cc(ana, "ana", "edit", "c001", "--text", "Putin survived the revolt.")
    cc(ana, "ana", "delete", "c041")
    commit(ana, "ana corrects")
    git(ana, "push", "-q", "origin", "main")
    added_b = cc(bo, "bo", "add", "--at", "3790-3809").split(":")[0]
    cc(bo, "bo", "tag", "c002", "opinion")
    cc(bo, "bo", "edit", "c001", "--section", "Lead")
    cc(bo, "bo", "merge", "c005", "c009", "--force")  # statements alike, not the same
    cc(bo, "bo", "delete", "c050")
    commit(bo, "bo corrects")
    done = pull(bo, how)
    assert done.returncode == 0, done.stdout + done.stderr
    text = (bo / "claims.yaml").read_text()
    assert "<<<<<<<" not in text and ">>>>>>>" not in text
    doc = store.load(bo / "claims.yaml").doc  # valid, passages checked against the text
    live = doc.index()
    assert added_a in live and added_b in live and added_a != added_b
    assert all(p in live for p in parts) and "c037" not in live
    assert live["c001"].text == "Putin survived the revolt." and live["c001"].section == "Lead"
    assert live["c002"].label is Label.OPINION
    assert len(live["c005"].also_at) == 1
    assert {c.id for c in doc.deleted} == {"c037", "c009", "c041", "c050"}
    assert len(doc.claims) == 114 + 2 + 2 - 4  # two adds, two parts; four tombstones


@pytest.mark.parametrize("how", PULLS)
def test_a_claim_deleted_on_one_clone_and_tagged_on_the_other_is_kept_and_named(
    desk: tuple[Path, Path],  # noqa: F811
    how: list[str],
) -> None:
    ana, bo = desk
    cc(ana, "ana", "delete", "c010")
    commit(ana, "ana deletes")
    git(ana, "push", "-q", "origin", "main")
    cc(bo, "bo", "tag", "c010", "unverified")
    commit(bo, "bo tags")
    done = pull(bo, how)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "c010: deleted on one side but reviewed on the other; kept" in done.stderr
    doc = store.load(bo / "claims.yaml").doc
    claim = doc.claim("c010")
    assert claim is not None and claim.label is Label.UNVERIFIED
    assert doc.tombstone("c010") is None


@pytest.mark.parametrize("how", PULLS)
def test_a_claim_tagged_on_one_clone_and_reworded_on_the_other_needs_a_re_check(
    desk: tuple[Path, Path],  # noqa: F811
    how: list[str],
) -> None:
    ana, bo = desk
    cc(ana, "ana", "edit", "c010", "--text", "A different statement altogether.")
    commit(ana, "ana rewords")
    git(ana, "push", "-q", "origin", "main")
    cc(bo, "bo", "tag", "c010", "opinion")  # later than ana's edit, on the old words
    commit(bo, "bo tags")
    done = pull(bo, how)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        "c010: its words changed on one side and it was tagged on the other; it needs a re-check"
        in done.stderr
    )
    claim = store.load(bo / "claims.yaml").doc.claim("c010")
    assert claim is not None and claim.text == "A different statement altogether."
    assert claim.label is Label.OPINION and claim.needs_recheck
    listed = run("list", "-f", str(bo / "claims.yaml"), "--label", "needs-recheck").stdout
    assert "c010" in listed


def test_a_deletion_wins_over_an_untouched_claim(desk: tuple[Path, Path]) -> None:  # noqa: F811
    ana, bo = desk
    cc(ana, "ana", "delete", "c010")
    commit(ana, "ana deletes")
    git(ana, "push", "-q", "origin", "main")
    cc(bo, "bo", "tag", "c011", "opinion")
    commit(bo, "bo tags")
    assert pull(bo, PULLS[0]).returncode == 0
    doc = store.load(bo / "claims.yaml").doc
    assert doc.claim("c010") is None and doc.tombstone("c010") is not None


def test_notes_on_a_pending_claim_on_both_clones_do_not_crash(
    desk: tuple[Path, Path],  # noqa: F811
) -> None:
    ana, bo = desk
    cc(ana, "ana", "tag", "c005", "pending", "--note", "ana looked")
    cc(ana, "ana", "edit", "c006", "--text", "Reworded.")
    commit(ana, "ana")
    git(ana, "push", "-q", "origin", "main")
    cc(bo, "bo", "tag", "c005", "pending", "--note", "bo looked")
    cc(bo, "bo", "edit", "c006", "--section", "Elsewhere")
    commit(bo, "bo")
    done = pull(bo, PULLS[0])
    assert done.returncode == 0, done.stdout + done.stderr
    doc = store.load(bo / "claims.yaml").doc
    claim = doc.claim("c006")
    assert claim is not None and (claim.text, claim.section) == ("Reworded.", "Elsewhere")
    assert {r.by for r in doc.index()["c005"].reviews} == {"ana", "bo"}


def test_the_same_reviewer_on_two_clones_keeps_both_sources(
    desk: tuple[Path, Path],  # noqa: F811
) -> None:
    ana, bo = desk
    cc(ana, "ana", "tag", "c010", "sourced", "-s", "https://a.example/1")
    commit(ana, "ana at work")
    git(ana, "push", "-q", "origin", "main")
    cc(bo, "ana", "tag", "c010", "sourced", "-s", "https://a.example/2")
    commit(bo, "ana at home")
    assert pull(bo, PULLS[0]).returncode == 0
    claim = store.load(bo / "claims.yaml").doc.index()["c010"]
    assert [s.url for s in claim.sources] == ["https://a.example/1", "https://a.example/2"]


def test_ids_that_name_other_statements_after_a_re_extraction_are_refused(
    desk: tuple[Path, Path],  # noqa: F811
) -> None:
    ana, bo = desk
    result = run("extract", str(ana / "article.txt"), "-o", str(ana / "claims.yaml"), "--force")
    assert result.exit_code == 0, result.output
    commit(ana, "ana re-extracts")
    git(ana, "push", "-q", "origin", "main")
    cc(bo, "bo", "tag", "c030", "opinion")
    commit(bo, "bo tags")
    before = (bo / "claims.yaml").read_bytes()
    done = pull(bo, PULLS[0])
    assert done.returncode != 0
    assert "CONFLICT: c030 names different statements on the two sides" in done.stderr
    # refused: no line first announces a resolution of that claim (desk4 C4)
    assert "c030: its words changed" not in done.stderr
    assert [line for line in done.stderr.splitlines() if " c030" in line] == [
        line for line in done.stderr.splitlines() if "CONFLICT: c030" in line
    ]
    assert (bo / "claims.yaml").read_bytes() == before  # ours, no markers, nothing lost
