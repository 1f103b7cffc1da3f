"""Round 19 of hostile testing: holes found in the rules earlier rounds added."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.sameclaim import _one_statement
from tests.conftest import run


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a number in words is a number: "three hundred" is not "three"
        ("The school had three pupils.", "The school had three hundred pupils."),
        ("The club won twice.", "The club won."),
        ("She was the first woman to win.", "She was the second woman to win."),
        # a possessive changes whom it is about: the mayor's rival is not the mayor
        ("The mayor took bribes.", "The mayor's rival took bribes."),
    ],
)
def test_merge_tells_apart_numbers_in_words_and_possessives(a: str, b: str) -> None:
    assert not _one_statement(a, b) and not _one_statement(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The school had three hundred pupils.", "The school had three hundred pupils in May."),
        ("The mayor's rival took bribes.", "The mayor's rival took bribes in May."),
    ],
)
def test_merge_still_joins_a_narrower_wording_with_the_same_numbers(a: str, b: str) -> None:
    assert _one_statement(a, b)


def test_merge_refuses_a_decision_moved_onto_another_number_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(
        "School row\n\nThe school had three pupils.\n\nThe school had three hundred pupils.\n"
    )
    assert run("extract", "a.txt", "-o", "c.yaml").exit_code == 0
    assert run("tag", "c002", "sourced", "-s", "Ofsted", "-f", "c.yaml").exit_code == 0
    before = Path("c.yaml").read_bytes()
    result = run("merge", "c001", "c002", "-f", "c.yaml")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: c.yaml: c001 and c002 do not make the same statement ('The school had three "
        "pupils.' and 'The school had three hundred pupils.'); add --force to merge them "
        "anyway (the decisions moved then need a re-check)"
    )
    assert Path("c.yaml").read_bytes() == before
    assert [c.text for c in store.load(Path("c.yaml")).doc.claims] == [
        "The school had three pupils.",
        "The school had three hundred pupils.",
    ]


ROSTER = '[people.carol]\nroles = ["adjudicator"]\n[people.alice]\n[people.bob]\n'


def _disputed_with_ruling(folder: Path, by: str) -> None:
    """c001 disputed by alice and bob under a roster naming carol the adjudicator, and a
    journal line, written by hand, in which `by` settles it."""
    (folder / "a.txt").write_text("Council row\n\nThe mayor took bribes.\n\nThe school shut.\n")
    assert run("extract", "a.txt", "-o", "claims.yaml").exit_code == 0
    assert run("tag", "c001", "sourced", "-s", "Minutes", "-r", "alice").exit_code == 0
    assert run("tag", "c001", "opinion", "-r", "bob").exit_code == 0
    (folder / "claimcheck.toml").write_text(ROSTER)
    (folder / ".claims.yaml.journal").write_text(
        f'{{"claim":"c001","by":"{by}","at":"2026-11-27T09:00:00Z","label":"unverified",'
        '"adjudicate":true}\n'
    )


def test_a_journaled_ruling_by_someone_off_the_roster_is_not_applied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # hostile19 #10: `tag --adjudicate` refuses mallory; a journal line must not let her
    monkeypatch.chdir(tmp_path)
    _disputed_with_ruling(tmp_path, "mallory")
    warning = (
        "Warning: claims.yaml: .claims.yaml.journal:1: c001: claimcheck.toml: mallory is not "
        "an adjudicator on this desk's roster (adjudicators: carol), so the journaled ruling "
        "is not theirs to make; not applied, "
    )
    shown = run("list")
    assert shown.exit_code == 0
    assert "c001  disputed" in shown.stdout
    assert shown.stderr == (
        warning + "kept in .claims.yaml.journal until the next save, then in "
        ".claims.yaml.journal.stale\n"
    )
    saved = run("tag", "c002", "opinion", "-r", "bob")
    assert saved.exit_code == 0
    assert saved.stderr.endswith(warning + "moved to .claims.yaml.journal.stale\n")
    claim = store.load(tmp_path / "claims.yaml").doc.claims[0]
    assert claim.disputed and claim.adjudicated_by is None
    assert "mallory" in (tmp_path / ".claims.yaml.journal.stale").read_text()


def test_a_journaled_ruling_by_an_adjudicator_is_applied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _disputed_with_ruling(tmp_path, "carol")
    shown = run("list")
    assert shown.exit_code == 0
    assert shown.stderr == (  # applied in what is shown, and said to be only in the journal
        "Note: claims.yaml: 1 review decision is only in .claims.yaml.journal, not yet in the"
        " file (a git commit of it lacks them); save them into it with: claimcheck validate"
        " --fold claims.yaml\n"
    )
    assert "c001  unverified" in shown.stdout
    assert store.load(tmp_path / "claims.yaml").doc.claims[0].adjudicated_by == "carol"


@pytest.mark.parametrize(
    "sentence",
    [
        # hostile19 #4a: the comma after the closing mark, as British papers set it
        'Guards locked the gates: "Nobody was allowed in", said Omar Pike, the manager.',
        "Guards locked the gates: \u201cNobody was allowed in\u201d, said Omar Pike.",
        'The union denied it: "Nobody was allowed in", Omar Pike said.',
    ],
)
def test_a_quotation_named_after_a_comma_outside_it_is_not_the_subjects_before_the_colon(
    sentence: str,
) -> None:
    from claimcheck.extract import Meta, extract
    from claimcheck.extract.ingest import Source

    doc, _ = extract(Source(f"Depot row\n\n{sentence}\n", "text"), Meta(title="T"))
    found = [(c.text, c.hint.attributed_to if c.hint else None) for c in doc.claims]
    assert not any(text.startswith(("Guards said", "The union said")) for text, _ in found)
    assert [who for text, who in found if "Nobody was allowed in" in text] == ["Omar Pike"]


@pytest.mark.parametrize(
    "sentence",
    [
        # hostile19 #4b: passing on someone else's words is not saying them
        'Omar Pike shared Maya Holt\'s post: "I moved the money."',
        'Omar Pike repeated Maya Holt\'s words: "I moved the money."',
        'Omar Pike retweeted Maya Holt: "I moved the money."',
    ],
)
def test_words_someone_passes_on_are_never_put_in_their_mouth(sentence: str) -> None:
    from claimcheck.extract import Meta, extract
    from claimcheck.extract.ingest import Source

    doc, _ = extract(Source(f"Depot row\n\n{sentence}\n", "text"), Meta(title="T"))
    found = [(c.text, c.hint.attributed_to if c.hint else None) for c in doc.claims]
    assert not any(text.startswith("Omar Pike said") for text, _ in found)
    assert all(who != "Omar Pike" for _, who in found)
