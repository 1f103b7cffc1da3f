"""Several reviewers: disputes and adjudication, agreement, and git as the shared store
(real repositories: clones, divergent reviews, git merge, git pull --rebase)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from claimcheck import store
from claimcheck.agreement import cohen_kappa, krippendorff_alpha
from claimcheck.models import Label
from tests.conftest import DATA, run

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"git {' '.join(args)}: {done.stdout}{done.stderr}"
    return done.stdout


# --------------------------------------------------------------------------- disputes


def test_two_reviewers_who_disagree_make_a_dispute_an_adjudicator_settles(mini: Path) -> None:
    assert run("tag", "c001", "opinion", "-f", "mini.yaml", "--reviewer", "ana").exit_code == 0
    result = run("tag", "c001", "sourced", "-f", "mini.yaml", "-s", "A book", "--reviewer", "bo")
    assert result.stdout == "c001: opinion → disputed (reviews: ana: opinion; bo: sourced)\n"
    claim = store.load(mini).doc.claims[0]
    assert claim.disputed and claim.label is None
    assert [(r.by, r.label) for r in claim.reviews] == [
        ("ana", Label.OPINION),
        ("bo", Label.SOURCED),
    ]
    assert run("list", "-f", "mini.yaml", "--label", "disputed").stdout.count("c001") == 1
    strict = run("report", "-f", "mini.yaml", "--strict", "-F", "json")
    assert strict.exit_code == 1
    assert "Not ready: mini.yaml: 1 claim is disputed" in strict.stderr
    assert json.loads(strict.stdout)["totals"]["disputed"] == 1
    review = run("report", "-f", "mini.yaml", "-F", "claimreview", "--url", "https://d.example/x")
    assert json.loads(review.stdout)["@graph"] == []  # a dispute has no verdict to publish
    assert "2 pending or disputed claims have no ClaimReview yet" in review.stderr
    settled = run("tag", "c001", "opinion", "-f", "mini.yaml", "--adjudicate", "--reviewer", "ed")
    assert settled.stdout == (
        "c001: disputed → opinion (reviews: ana: opinion; bo: sourced; settled by ed)\n"
    )
    claim = store.load(mini).doc.claims[0]
    assert claim.label is Label.OPINION and claim.adjudicated_by == "ed" and not claim.disputed


def test_only_a_disputed_claim_can_be_adjudicated(mini: Path) -> None:
    before = mini.read_bytes()
    result = run("tag", "c001", "opinion", "-f", "mini.yaml", "--adjudicate", "--reviewer", "ed")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: c001 is not disputed: nothing to adjudicate (tag it without --adjudicate)\n"
    )
    assert mini.read_bytes() == before


def test_a_roster_that_names_adjudicators_lets_only_them_rule(mini: Path) -> None:
    run("tag", "c001", "opinion", "-f", "mini.yaml", "--reviewer", "ana")
    run("tag", "c001", "sourced", "-f", "mini.yaml", "-s", "A book", "--reviewer", "bo")
    (mini.parent / "claimcheck.toml").write_text(
        '[people.ed]\nroles = ["adjudicator"]\n[people.ana]\nname = "Ana"\n'
    )
    before = mini.read_bytes()
    refused = run("tag", "c001", "opinion", "-f", "mini.yaml", "--adjudicate", "--reviewer", "bo")
    assert refused.exit_code == 1
    assert refused.stderr == (
        "Error: claimcheck.toml: bo is not an adjudicator on this desk's roster "
        "(adjudicators: ed)\n"
    )
    assert mini.read_bytes() == before
    review = run("review", "-f", "mini.yaml", "--adjudicate", "--reviewer", "bo")
    assert (review.exit_code, review.stderr) == (1, refused.stderr)
    ruled = run("tag", "c001", "opinion", "-f", "mini.yaml", "--adjudicate", "--reviewer", "ed")
    assert ruled.exit_code == 0 and "settled by ed" in ruled.stdout


def test_reviewers_who_agree_share_the_label_and_their_sources(mini: Path) -> None:
    run("tag", "c002", "sourced", "-f", "mini.yaml", "-s", "https://a.example", "--reviewer", "ana")
    result = run(
        "tag", "c002", "sourced", "-f", "mini.yaml", "-s", "https://b.example", "--reviewer", "bo"
    )
    assert (
        result.stdout == "c002: sourced (2 sources), your review recorded, 1 source added "
        "(reviews: ana: sourced; bo: sourced)\n"
    )
    claim = store.load(mini).doc.claims[1]
    assert claim.label is Label.SOURCED
    assert [s.url for s in claim.sources] == ["https://a.example", "https://b.example"]


def test_a_blind_review_walks_only_the_claims_you_have_not_decided(mini: Path) -> None:
    from claimcheck.review import Session

    run("tag", "c001", "opinion", "-f", "mini.yaml", "--reviewer", "ana")
    doc = store.load(mini).doc
    session = Session.start(doc, "bo", blind=True)
    assert session.ids == ["c001", "c002"]  # ana's decision does not take c001 off bo's list
    shown = session.shown(doc.claims[0])
    assert shown.label is None and shown.reviews == [] and shown.history == []  # ana's hidden
    assert Session.start(doc, "ana", blind=True).ids == ["c002"]


def test_adjudication_walks_the_disputed_claims(mini: Path) -> None:
    from claimcheck.decisions import apply_decision
    from claimcheck.review import Session

    run("tag", "c001", "opinion", "-f", "mini.yaml", "--reviewer", "ana")
    run("tag", "c001", "unverified", "-f", "mini.yaml", "--reviewer", "bo")
    doc = store.load(mini).doc
    session = Session.start(doc, "ed", disputed=True)
    assert session.ids == ["c001"] and session.mode == "adjudicate"
    decision = session.propose("unverified")
    assert decision is not None and decision.adjudicate
    apply_decision(doc.claims[0], decision)
    assert doc.claims[0].label is Label.UNVERIFIED and doc.claims[0].adjudicated_by == "ed"


# --------------------------------------------------------------------------- agreement


def test_kappa_matches_the_published_worked_example() -> None:
    # Wikipedia's "Cohen's kappa" example: 50 proposals, 20 yes-yes, 5 yes-no, 10 no-yes,
    # 15 no-no: p_o = 0.7, p_e = 0.5, kappa = 0.4.
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_alpha_matches_krippendorffs_worked_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders, 12
    # units, nominal data with missing values: alpha = 0.743.
    rows = {
        "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    }
    units = [{c: str(v[j]) for c, v in rows.items() if v[j] is not None} for j in range(12)]
    assert krippendorff_alpha(units, list(rows)) == pytest.approx(0.743, abs=0.0005)


def test_agree_reports_kappa_alpha_and_the_confusion_table(mini: Path) -> None:
    run("tag", "c001", "opinion", "-f", "mini.yaml", "--reviewer", "ana")
    run("tag", "c001", "opinion", "-f", "mini.yaml", "--reviewer", "bo")
    run("tag", "c002", "opinion", "-f", "mini.yaml", "--reviewer", "ana")
    run("tag", "c002", "unverified", "-f", "mini.yaml", "--reviewer", "bo")
    data = json.loads(run("agree", "-f", "mini.yaml", "--json").stdout)
    assert data["reviewers"] == ["ana", "bo"] and data["rated_by_two_or_more"] == 2
    (pair,) = data["pairs"]
    assert pair["both_tagged"] == 2
    assert pair["confusion"]["opinion"] == {"sourced": 0, "unverified": 1, "opinion": 1}
    assert pair["kappa"] == 0.0  # ana always said opinion: agreement no better than chance
    text = run("agree", "-f", "mini.yaml").stdout
    assert "ana and bo: Cohen's kappa 0.000 over 2 claims both tagged" in text


# --------------------------------------------------------------------------- git


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A shared repository with the bundled article, and two reviewers' clones of it."""
    origin = tmp_path / "origin.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(origin))
    seed = tmp_path / "seed"
    git(tmp_path, "clone", "-q", str(origin), str(seed))
    for name in ("claims.yaml", "article.txt"):
        shutil.copy(DATA / name, seed / name)
    (seed / "article.txt").chmod(0o644)
    monkeypatch.chdir(seed)
    assert run("git-setup").exit_code == 0
    git(seed, "add", ".")
    git(seed, "-c", "user.name=Seed", "-c", "user.email=s@x", "commit", "-qm", "the article")
    git(seed, "push", "-q", "origin", "main")
    clones = []
    for who in ("ana", "bo"):
        clone = tmp_path / who
        git(tmp_path, "clone", "-q", str(origin), str(clone))
        git(clone, "config", "user.name", who)
        git(clone, "config", "user.email", f"{who}@desk.example")
        git(clone, "config", "pull.rebase", "false")
        monkeypatch.chdir(clone)
        assert run("git-setup").exit_code == 0
        clones.append(clone)
    return clones[0], clones[1]


def tag_and_commit(clone: Path, who: str, *tags: tuple[str, str]) -> None:
    for claim_id, label in tags:
        extra = ["--source", f"https://{who}.example/{claim_id}"] if label == "sourced" else []
        result = run(
            "tag", claim_id, label, "-f", str(clone / "claims.yaml"), "--reviewer", who, *extra
        )
        assert result.exit_code == 0, result.stderr
    git(clone, "commit", "-qam", f"{who} reviews")


@pytest.mark.parametrize("pull", [["pull", "-q", "--no-rebase"], ["pull", "-q", "--rebase"]])
def test_two_clones_review_push_pull_and_merge_with_git_alone(
    desk: tuple[Path, Path], pull: list[str]
) -> None:
    ana, bo = desk
    tag_and_commit(ana, "ana", ("c001", "opinion"), ("c002", "opinion"), ("c010", "sourced"))
    git(ana, "push", "-q", "origin", "main")
    tag_and_commit(bo, "bo", ("c001", "opinion"), ("c002", "unverified"), ("c020", "unverified"))
    git(bo, *pull)  # the merge driver runs: no conflict, whatever the two did
    assert "<<<<<<<" not in (bo / "claims.yaml").read_text()
    merged = store.load(bo / "claims.yaml").doc.index()  # valid, and validates the text
    assert merged["c001"].label is Label.OPINION and not merged["c001"].disputed
    assert merged["c002"].disputed  # ana: opinion, bo: unverified
    assert {r.by: r.label for r in merged["c002"].reviews} == {
        "ana": Label.OPINION,
        "bo": Label.UNVERIFIED,
    }
    assert merged["c010"].label is Label.SOURCED and merged["c020"].label is Label.UNVERIFIED
    git(bo, "push", "-q", "origin", "main")
    git(ana, "pull", "-q", "--no-rebase")
    assert (ana / "claims.yaml").read_bytes() == (bo / "claims.yaml").read_bytes()
    report = json.loads(run("report", "-f", str(ana / "claims.yaml"), "-F", "json").stdout)
    assert report["totals"]["disputed"] == 1
    agree = json.loads(run("agree", "-f", str(ana / "claims.yaml"), "--json").stdout)
    assert agree["rated_by_two_or_more"] == 2 and agree["pairs"][0]["both_tagged"] == 2


def test_git_setup_writes_the_attributes_and_the_ignores(desk: tuple[Path, Path]) -> None:
    ana, _ = desk
    assert (ana / ".gitattributes").read_text().splitlines() == [
        "*.yaml merge=claimcheck",
        "**/evidence/*.warc.gz binary merge=claimcheck",
        "**/evidence/*.txt binary",
    ]
    assert git(ana, "check-attr", "binary", "--", "evidence/" + "0" * 64 + ".warc.gz") == (
        "evidence/" + "0" * 64 + ".warc.gz: binary: set\n"
    )
    assert (ana / ".gitignore").read_text().splitlines() == [".*.lock"]
    assert "merge-driver %O %A %B %P" in git(ana, "config", "merge.claimcheck.driver")
    assert git(ana, "status", "--porcelain") == ""  # nothing left unignored


def test_git_setup_outside_a_repository_says_so(tmp_path: Path) -> None:
    result = run("git-setup")
    assert result.exit_code == 1
    assert result.stderr == "Error: not inside a git repository (run git init first)\n"


# --------------------------------------------------------------------------- seen before


def test_the_same_statement_in_other_words_is_seen_before() -> None:
    from claimcheck.seen import THRESHOLD, Index

    index = Index([])
    assert index.score("Ukrainian intelligence reported 100 attacks in Russia.",
                       "In Russia, 100 attacks were reported by Ukrainian intelligence.") >= THRESHOLD  # fmt: skip
    assert index.score("Ukrainian intelligence reported 100 attacks in Russia.",
                       "Ukrainian intelligence reported 1,000 attacks in Russia.") == 0.0  # fmt: skip
    assert index.score("The sky is blue.", "Cats are the best pets.") < THRESHOLD


def test_seen_before_is_measured_on_real_paraphrases() -> None:
    import importlib.util

    from tests.conftest import ROOT

    spec = importlib.util.spec_from_file_location("sq", ROOT / "bench" / "seen_quality.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    precision, recall, positives, negatives = bench.measure()
    assert positives >= 100 and negatives >= 100
    assert precision >= 0.95 and recall >= 0.8


def test_show_points_to_the_claim_seen_before(tmp_path: Path) -> None:
    from tests.conftest import CASES

    for name in ("a.yaml", "b.yaml"):
        shutil.copy(CASES / "claims" / "valid.yaml", tmp_path / name)
    assert run("tag", "c001", "sourced", "-s", "https://sky.example", "-f", "a.yaml").exit_code == 0
    shown = run("show", "c001", "-f", "b.yaml").stdout
    assert "seen before" in shown and "a.yaml" in shown and "https://sky.example" in shown
    assert "seen before" not in run("show", "c002", "-f", "b.yaml").stdout


def test_seen_before_passes_over_huge_and_untagged_neighbours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`show` in a crowded folder: a neighbour over the size limit, or past the budget of
    bytes read, is not read (a planted archive-sized file made it parse for minutes), nor
    is one with nothing tagged; a small tagged one still is."""
    from claimcheck import cache, seen
    from tests.conftest import CASES

    for name in ("a.yaml", "b.yaml", "c.yaml", "untagged.yaml"):
        shutil.copy(CASES / "claims" / "valid.yaml", tmp_path / name)
    assert run("tag", "c001", "sourced", "-s", "https://sky.example", "-f", "a.yaml").exit_code == 0
    read: list[str] = []
    real = cache.report_of

    def report_of(path: Path, *args: Any, **kwargs: Any) -> Any:
        read.append(path.name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(cache, "report_of", report_of)
    assert "seen before" in run("show", "c001", "-f", "b.yaml").stdout
    assert read == ["a.yaml"]  # untagged.yaml and c.yaml hold no label: never parsed
    monkeypatch.setattr(seen, "NEIGHBOUR_MAX", (tmp_path / "a.yaml").stat().st_size - 1)
    read.clear()
    assert "seen before" not in run("show", "c001", "-f", "b.yaml").stdout
    assert read == []


def test_seen_before_reaches_a_sibling_folder_of_the_repository(tmp_path: Path) -> None:
    """The repository's claim files, not only those under the file's own folder."""
    from tests.conftest import CASES

    for folder in ("sub1", "sub2"):
        (tmp_path / folder).mkdir()
        shutil.copy(CASES / "claims" / "valid.yaml", tmp_path / folder / "claims.yaml")
    git(tmp_path, "init", "-q")
    assert run("tag", "c001", "sourced", "-s", "https://sky.example",
               "-f", "sub2/claims.yaml").exit_code == 0  # fmt: skip
    git(tmp_path, "add", ".")
    shown = run("show", "c001", "-f", "sub1/claims.yaml").stdout
    assert "seen before" in shown and "https://sky.example" in shown


def test_one_key_reuses_what_was_seen_before(tmp_path: Path) -> None:
    from tests.conftest import CASES

    for name in ("a.yaml", "b.yaml"):
        shutil.copy(CASES / "claims" / "valid.yaml", tmp_path / name)
    assert run("tag", "c001", "sourced", "-s", "https://sky.example", "-f", "a.yaml").exit_code == 0
    screen = review_in_terminal(tmp_path, "bo", "-f", "b.yaml", keys=b"r")
    assert b"seen before" in screen
    claim = store.load(tmp_path / "b.yaml").doc.claims[0]
    assert claim.label is Label.SOURCED and claim.sources[0].url == "https://sky.example"
    assert claim.note == "as c001 in a.yaml"


def review_in_terminal(folder: Path, reviewer: str, *args: str, keys: bytes) -> bytes:
    """Run `claimcheck review ARGS` in a pty as `reviewer`, press `keys` on the first claim,
    wait for the save, quit; the screen as it was before the keys."""
    import os

    from tests.terminal import CLAIMCHECK, Pty

    env = {**os.environ, "CLAIMCHECK_REVIEWER": reviewer, "NO_COLOR": "1", "COLUMNS": "100"}
    review = Pty([CLAIMCHECK, "review", "--plain", *args], env, folder)
    try:
        review.wait_for(b"quit")  # the whole screen is drawn
        screen = review.output
        review.write(keys)
        review.wait_for(b"saved: c001")
        review.write(b"q")
        review.wait_for(b"Reviewed")
    finally:
        review.kill()
    return screen


def test_review_disputed_in_a_terminal_records_the_adjudicator(mini: Path) -> None:
    run("tag", "c001", "opinion", "-f", "mini.yaml", "--reviewer", "ana")
    run("tag", "c001", "unverified", "-f", "mini.yaml", "--reviewer", "bo")
    screen = review_in_terminal(mini.parent, "ed", "-f", "mini.yaml", "--disputed", keys=b"u\r")
    assert b"adjudicate" in screen and b"ana" in screen and b"bo" in screen  # side by side
    # the table says who decided what; no line above it says it again (desk2 C7)
    assert screen.count(b"reviews") == 1 and b"ana: opinion" not in screen
    claim = store.load(mini).doc.claims[0]
    assert claim.label is Label.UNVERIFIED and claim.adjudicated_by == "ed"


def test_review_blind_in_a_terminal_hides_the_other_decision(mini: Path) -> None:
    run("tag", "c001", "opinion", "-f", "mini.yaml", "--reviewer", "ana", "--note", "ANA-NOTE")
    screen = review_in_terminal(mini.parent, "bo", "-f", "mini.yaml", "--blind", keys=b"u\r")
    assert b"blind" in screen and b"ANA-NOTE" not in screen and b"ana" not in screen
    assert b"opinion 1" not in screen  # no tallies that give the others' labels away
    claim = store.load(mini).doc.claims[0]
    assert claim.disputed
    assert {r.by: r.label for r in claim.reviews} == {"ana": Label.OPINION, "bo": Label.UNVERIFIED}


def test_a_withdrawn_decision_outweighs_the_same_reviewers_older_one_in_a_merge(
    mini: Path,
) -> None:
    from claimcheck.decisions import apply_decision, decide, make_source
    from claimcheck.merge import merge

    run("tag", "c001", "opinion", "-f", "mini.yaml", "--reviewer", "ana")
    base = store.load(mini).doc
    ours = base.model_copy(deep=True)
    theirs = base.model_copy(deep=True)

    apply_decision(ours.claims[0], decide(ours.claims[0], "ana", None))  # ana takes it back
    apply_decision(  # meanwhile, on another clone, bo tags it
        theirs.claims[0],
        decide(theirs.claims[0], "bo", Label.SOURCED, [make_source("https://b.example")]),
    )
    merged = merge(base, ours, theirs).doc.claims[0]
    assert merged.label is Label.SOURCED and not merged.disputed
    assert {r.by: r.label for r in merged.reviews} == {"ana": None, "bo": Label.SOURCED}
