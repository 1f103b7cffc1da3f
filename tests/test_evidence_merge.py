"""Snapshots through git (real clones, merge and rebase): a source archived on both clones
keeps both copies, the same page archived twice is one copy, and a snapshot gained on one
clone merges with a decision changed on the other."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.basics import Proof, Snapshot, Source
from claimcheck.merge import _snapshots
from tests.conftest import run
from tests.test_desk import desk, git  # noqa: F401 - the fixture of two clones
from tests.test_merge_edits import PULLS, cc, pull

URL = "https://www.example.org/sabotage-report"
PASSAGE = "nearly 100 acts of sabotage"
FIRST = b"Report.\n\nUkrainian intelligence reported nearly 100 acts of sabotage in 2023.\n"
LATER = b"Report, updated.\n\nIntelligence reported nearly 100 acts of sabotage in 2023.\n"


def plain(clone: Path, *args: str) -> str:
    """A command that records no decision (so takes no --reviewer) on the clone's file."""
    result = run(*args, "-f", str(clone / "claims.yaml"))
    assert result.exit_code == 0, result.output
    return result.stdout


def shared_decision(ana: Path, bo: Path) -> None:
    """ana's sourced decision on c037, pushed and pulled by bo."""
    cc(ana, "ana", "tag", "c037", "sourced", "--source", URL, "--passage", PASSAGE)
    git(ana, "commit", "-qam", "ana sources c037")
    git(ana, "push", "-q", "origin", "main")
    git(bo, "pull", "-q", "--no-rebase")


def archive(clone: Path, who: str, body: bytes) -> str:
    (clone.parent / f"{who}.txt").write_bytes(body)
    plain(clone, "evidence", "add", "c037", "1", "--page", str(clone.parent / f"{who}.txt"))
    git(clone, "add", "-A")
    git(clone, "commit", "-qm", f"{who} archives c037")
    return hashlib.sha256(body).hexdigest()


def source_of(clone: Path) -> Source:
    text = (clone / "claims.yaml").read_text()
    assert "<<<<<<<" not in text and ">>>>>>>" not in text
    doc = store.load(clone / "claims.yaml").doc
    (source,) = doc.index()["c037"].sources
    return source


@pytest.mark.parametrize("how", PULLS)
def test_different_snapshots_on_both_clones_are_both_kept(
    desk: tuple[Path, Path],  # noqa: F811
    how: list[str],
) -> None:
    ana, bo = desk
    shared_decision(ana, bo)
    first = archive(ana, "ana", FIRST)
    git(ana, "push", "-q", "origin", "main")
    later = archive(bo, "bo", LATER)
    done = pull(bo, how)
    assert done.returncode == 0, done.stdout + done.stderr
    source = source_of(bo)
    assert source.snapshot is not None and source.earlier is not None
    assert (source.snapshot.sha256, [s.sha256 for s in source.earlier]) == (later, [first])
    assert source.snapshot.at > source.earlier[0].at  # the newest is the source's snapshot
    for copy in (source.snapshot, source.earlier[0]):
        assert copy.proof is not None and copy.proof.match == "exact"
    for sha in (first, later):
        assert (bo / "evidence" / f"{sha}.warc.gz").is_file()
    shown = plain(bo, "show", "c037")
    assert "also archived" in shown and first[:12] in shown
    assert plain(bo, "evidence", "verify").count("passage proven (exact)") == 2


@pytest.mark.parametrize("how", PULLS)
def test_the_same_page_archived_on_both_clones_is_one_snapshot(
    desk: tuple[Path, Path],  # noqa: F811
    how: list[str],
) -> None:
    ana, bo = desk
    shared_decision(ana, bo)
    sha = archive(ana, "ana", FIRST)
    git(ana, "push", "-q", "origin", "main")
    first_at = source_of(ana).snapshot.at  # type: ignore[union-attr]
    assert archive(bo, "bo", FIRST) == sha
    done = pull(bo, how)
    assert done.returncode == 0, done.stdout + done.stderr
    source = source_of(bo)
    assert source.snapshot is not None and source.earlier is None
    assert (source.snapshot.sha256, source.snapshot.at) == (sha, first_at)  # first archived


LACKING = b"Report.\n\nNothing about any sabotage in here at all.\n"


@pytest.mark.parametrize("how", PULLS)
def test_a_backdated_proof_from_the_other_clone_does_not_win(
    desk: tuple[Path, Path],  # noqa: F811
    how: list[str],
) -> None:
    ana, bo = desk
    shared_decision(ana, bo)
    sha = archive(ana, "ana", LACKING)  # the passage is not on the page: proof absent
    assert archive(bo, "bo", LACKING) == sha
    # a stranger on ana's side: the same page "archived" a year earlier, "proven"
    yaml = ana / "claims.yaml"
    forged, n = re.subn(
        r"at: '[^']+'\n(( +)content_type: text/plain\n +size: \d+\n +proof:\n)"
        r" +match: absent\n +score: [0-9.]+\n",
        lambda m: (
            f"at: '2025-01-01T00:00:00Z'\n{m[1]}{m[2]}  match: exact\n{m[2]}  score: 100\n"
            f"{m[2]}  start: 0\n{m[2]}  end: 7\n"
        ),
        yaml.read_text(),
    )
    assert n == 1
    yaml.write_text(forged)
    git(ana, "commit", "-qam", "a proof, backdated")
    git(ana, "push", "-q", "origin", "main")
    done = pull(bo, how)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        f"claimcheck merge of claims.yaml: c037: source {URL}: the two sides' proofs of "
        f"snapshot {sha[:12]}… differ; dropped (evidence verify looks again)"
    ) in done.stderr.splitlines()
    source = source_of(bo)
    assert source.snapshot is not None and source.snapshot.sha256 == sha
    assert source.snapshot.proof is None  # no one's: looked for again
    strict = run("report", "-f", str(bo / "claims.yaml"), "--strict", "--format", "md")
    assert "passage not looked for yet" in strict.stdout
    verify = run("evidence", "verify", "-f", str(bo / "claims.yaml"))
    assert verify.exit_code == 1
    assert verify.stdout.endswith("c037 source 1: PASSAGE NOT IN THE SNAPSHOT\n")


@pytest.mark.parametrize("how", PULLS)
def test_a_snapshot_on_one_clone_and_a_changed_decision_on_the_other_merge(
    desk: tuple[Path, Path],  # noqa: F811
    how: list[str],
) -> None:
    ana, bo = desk
    shared_decision(ana, bo)
    sha = archive(ana, "ana", FIRST)
    git(ana, "push", "-q", "origin", "main")
    # ana, on bo's clone, changes her decision: a note and a second source
    cc(bo, "ana", "tag", "c037", "sourced", "--note", "checked twice")
    cc(bo, "ana", "tag", "c037", "sourced", "--source", "https://news.example/sabotage")
    git(bo, "commit", "-qam", "ana changes her decision")
    done = pull(bo, how)
    assert done.returncode == 0, done.stdout + done.stderr
    claim = store.load(bo / "claims.yaml").doc.index()["c037"]
    assert claim.note == "checked twice"
    assert [s.url for s in claim.sources] == [URL, "https://news.example/sabotage"]
    snap = claim.sources[0].snapshot
    assert snap is not None and snap.sha256 == sha and snap.proof is not None
    assert snap.proof.match == "exact"


def snap(n: int, day: int, proof: Proof | None = None) -> Snapshot:
    return Snapshot(
        sha256=f"{n:064x}",
        at=datetime(2026, 11, day, tzinfo=UTC),
        content_type="text/plain",
        size=n,
        proof=proof,
    )


EXACT = Proof(match="exact", score=100.0, start=0, end=5)


def test_snapshots_merge_newest_first_one_per_page() -> None:
    ours = Source(url=URL, passage="p", snapshot=snap(1, 20, EXACT), earlier=[snap(2, 10)])
    theirs = Source(url=URL, passage="p", snapshot=snap(3, 15, EXACT), earlier=[snap(2, 12)])
    merged, dropped = _snapshots(ours, theirs)
    assert merged.snapshot == snap(1, 20, EXACT)
    assert merged.earlier == [snap(3, 15, EXACT), snap(2, 10)]  # page 2 as first archived
    assert dropped == []
    assert _snapshots(ours, Source(url=URL)) == (ours, [])
    assert _snapshots(Source(url=URL), Source(url=URL)) == (Source(url=URL), [])


ABSENT = Proof(match="absent", score=40.0)


@pytest.mark.parametrize("mine", [ABSENT, None])
def test_a_backdated_copy_with_another_proof_does_not_carry_its_proof(mine: Proof | None) -> None:
    ours = Source(url=URL, passage="p", snapshot=snap(1, 20, mine))
    theirs = Source(url=URL, passage="p", snapshot=snap(1, 2, EXACT))  # "archived" earlier
    for kept, other in ((ours, theirs), (theirs, ours)):
        merged, dropped = _snapshots(kept, other)
        assert merged.snapshot == snap(1, 2)  # first archived, but no one's proof
        assert dropped == [f"{1:064x}"]


def test_a_proof_of_other_words_is_not_carried_over() -> None:
    ours = Source(url=URL, passage="the passage now")
    theirs = Source(url=URL, passage="the passage then", snapshot=snap(1, 20, EXACT))
    merged, dropped = _snapshots(ours, theirs)
    assert dropped == []
    assert merged.snapshot == snap(1, 20)  # kept, its proof dropped: evidence verify
    assert merged.passage == "the passage now"


def test_archiving_a_source_again_keeps_the_copy_it_had(
    desk: tuple[Path, Path],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ana, bo = desk
    shared_decision(ana, bo)
    first = archive(ana, "ana", FIRST)
    later = archive(ana, "ana2", LATER)
    assert archive(ana, "ana3", LATER) == later  # the same page again: nothing more kept
    source = source_of(ana)
    assert source.snapshot is not None and source.snapshot.sha256 == later
    assert [s.sha256 for s in source.earlier or []] == [first]
    monkeypatch.chdir(ana)  # the report's links are relative to where it is written
    html = plain(ana, "report", "--format", "html")
    assert (
        '<span class="muted">Earlier copies:</span> '
        f'<a href="evidence/{first}.warc.gz" type="application/warc" download>'
    ) in html


def test_the_merge_driver_keeps_a_copy_that_holds_the_page(tmp_path: Path) -> None:
    from claimcheck.evidence import archive as archives

    copies = []
    for n, folder in enumerate(("one", "two")):
        (tmp_path / folder).mkdir()
        at = datetime(2026, 11, 20 + n, tzinfo=UTC)
        page = archives.Page(FIRST, URL)
        archives.store(tmp_path / folder / "c.yaml", page, at, "page")
        copies.append(next((tmp_path / folder / "evidence").glob("*.warc.gz")))
    one, two = copies
    sha = hashlib.sha256(FIRST).hexdigest()
    name = f"desk/evidence/{sha}.warc.gz"
    base = tmp_path / "base"
    base.write_bytes(b"")  # added on both sides: no common ancestor
    good_one, good_two = one.read_bytes(), two.read_bytes()
    assert good_one != good_two  # one page, two WARC files: each records its own time

    both = run("merge-driver", str(base), str(one), str(two), name)
    assert (both.exit_code, both.stderr, one.read_bytes()) == (0, "", good_one)

    one.write_bytes(b"not a warc")
    mended = run("merge-driver", str(base), str(one), str(two), name)
    assert mended.exit_code == 0, mended.output
    assert mended.stderr == (
        f"claimcheck merge of {name}: ours does not hold the page it is named for; theirs kept\n"
    )
    assert one.read_bytes() == good_two

    one.write_bytes(b"not a warc")
    archives.store(tmp_path / "two" / "d.yaml", archives.Page(LATER, URL), AT2, "page")
    other = next(p for p in (tmp_path / "two" / "evidence").glob("*.warc.gz") if p != two)
    refused = run("merge-driver", str(base), str(one), str(other), name)
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"claimcheck merge of {name}: CONFLICT: neither side holds the page it is named for\n"
    )
    assert one.read_bytes() == b"not a warc"


AT2 = datetime(2026, 11, 22, tzinfo=UTC)
