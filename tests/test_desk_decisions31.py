"""A decision carries only what its reviewer gave it, for the label they gave it (desk2 A1,
A2); a reviewer's name shows every character it holds (hostile 18 #9); a part split from
someone's words stays theirs (desk2 A3)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from textual.widgets import Static

from claimcheck import store
from claimcheck.review import Session
from claimcheck.tui.app import ReviewApp
from tests import reviewed
from tests.conftest import run, succeeds

EXPLAINED = "We could not find a public record of this."
DROPPED = "explanation dropped (it was written for unverified): give one with --explanation"


def shown(claim_id: str) -> dict[str, object]:
    result = run("show", claim_id, "--json")
    assert result.exit_code == 0, result.output
    found: dict[str, object] = json.loads(result.stdout)
    return found


def published(tmp_path: Path) -> str:
    """The public Markdown report and the ClaimReview of the claim file in `tmp_path`."""
    succeeds("report", "--public", "-F", "md", "-o", "public.md")
    succeeds("report", "-F", "claimreview", "--url", "https://desk.example/c", "-o", "r.jsonld")
    return (tmp_path / "public.md").read_text() + (tmp_path / "r.jsonld").read_text()


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    path = reviewed.make(tmp_path)
    for claim_id in ("c005", "c006"):
        said = succeeds("tag", claim_id, "unverified", "-r", "dana", "--explanation", EXPLAINED)
        assert said == f"{claim_id}: pending → unverified\n"
    return path


# --------------------------------------------------------------- A1: one reviewer, `tag`


def test_a_new_label_drops_the_explanation_written_for_the_old_one(
    seed: Path, tmp_path: Path
) -> None:
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    succeeds("tag", "c005", "unverified", "-r", "dana", "--explanation", EXPLAINED)
    said = succeeds("tag", "c005", "sourced", "-r", "dana", "-s", "https://maps.example/route")
    assert said == f"c005: unverified → sourced (1 source); {DROPPED}\n"
    assert shown("c005")["explanation"] is None
    assert EXPLAINED not in published(tmp_path)
    # the same label again keeps its own explanation; a new one can be given with the label
    succeeds("tag", "c006", "unverified", "-r", "dana", "--explanation", EXPLAINED)
    assert succeeds("tag", "c006", "unverified", "-r", "dana", "--note", "n") == (
        "c006: unverified, note added\n"
    )
    assert shown("c006")["explanation"] == EXPLAINED
    said = succeeds("tag", "c006", "opinion", "-r", "dana", "--explanation", "A judgement.")
    assert said == "c006: unverified → opinion\n"
    assert shown("c006")["explanation"] == "A judgement."


def test_undo_of_the_new_label_brings_the_explanation_back(seed: Path) -> None:
    succeeds("tag", "c005", "unverified", "--explanation", EXPLAINED)
    succeeds("tag", "c005", "opinion")
    assert shown("c005")["explanation"] is None
    result = run("undo")
    assert result.exit_code == 0, result.output
    found = shown("c005")
    assert (found["label"], found["explanation"]) == ("unverified", EXPLAINED)
    # taking the label back (untag) is a new label too; pending has no --explanation
    assert succeeds("untag", "c005") == (
        "c005: unverified → pending; explanation dropped (it was written for unverified)\n"
    )
    assert run("undo").exit_code == 0
    assert shown("c005")["explanation"] == EXPLAINED


# --------------------------------------------------------- A2: a second reviewer, `tag`


def test_a_second_reviewer_does_not_get_the_first_ones_note(seed: Path) -> None:
    succeeds("tag", "c004", "unverified", "-r", "dana", "--note", "DANA-ONLY note")
    succeeds("tag", "c004", "unverified", "-r", "sam")
    succeeds("tag", "c002", "unverified", "-r", "dana", "--note", "DANA-ONLY note")
    succeeds("tag", "c002", "sourced", "-r", "sam", "-s", "https://press.example/1")
    for claim_id in ("c004", "c002"):
        reviews = {r["by"]: r["note"] for r in shown(claim_id)["reviews"]}  # type: ignore[attr-defined]
        assert reviews == {"dana": "DANA-ONLY note", "sam": None}, claim_id
    # sam's own note stays his on his next decision
    succeeds("tag", "c004", "unverified", "-r", "sam", "--note", "SAM note")
    succeeds("tag", "c004", "unverified", "-r", "sam")
    reviews = {r["by"]: r["note"] for r in shown("c004")["reviews"]}  # type: ignore[attr-defined]
    assert reviews == {"dana": "DANA-ONLY note", "sam": "SAM note"}


# ---------------------------------------- A1: settling a dispute in `review --disputed`


def settle(*pressed: str, disputed: bool = True) -> list[str]:
    """dana settles the disputed claims (or walks them all) in the full-screen review with
    `pressed`; the status line after each key."""
    said: list[str] = []

    async def go() -> None:
        journal = store.Journal(Path("claims.yaml"))
        session = Session.start(journal.doc, "dana", disputed=disputed, walk_all=True)
        app = ReviewApp(session, journal)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            for key in pressed:
                await pilot.press(key)
                await pilot.pause()
                said.append(str(app.query_one("#status", Static).content).strip())
        journal.close()

    asyncio.run(go())
    return said


def test_the_review_says_it_dropped_an_explanation_and_undo_brings_it_back(seed: Path) -> None:
    succeeds("tag", "c001", "unverified", "-r", "dana", "--explanation", EXPLAINED)
    said = settle("o", "enter", "z", disputed=False)
    assert said[1] == "saved: c001 → opinion; explanation dropped (it was written for unverified)"
    assert said[2] == "undone: c001 is unverified again"
    found = shown("c001")
    assert (found["label"], found["explanation"]) == ("unverified", EXPLAINED)
    said = settle("o", "enter", disputed=False)
    assert shown("c001")["explanation"] is None


def test_accepting_another_reviewers_decision_publishes_none_of_the_losing_explanation(
    desk: Path, tmp_path: Path
) -> None:
    said = succeeds("tag", "c005", "sourced", "-r", "sam", "-s", "https://maps.example/route")
    assert said == "c005: unverified → disputed (reviews: dana: unverified; sam: sourced)\n"
    succeeds("tag", "c006", "opinion", "-r", "sam", "--note", "SAMNOTE internal")
    settle("2", "o", "enter")
    for claim_id, label in (("c005", "sourced"), ("c006", "opinion")):
        found = shown(claim_id)
        assert (found["label"], found["explanation"]) == (label, None), claim_id
    assert shown("c005")["note"] is None  # sam's decision whole: he gave no note
    assert EXPLAINED not in published(tmp_path)


def test_accepting_a_reviewers_decision_takes_their_explanation(desk: Path) -> None:
    succeeds("tag", "c005", "opinion", "-r", "sam", "--explanation", "A forecast, not a fact.")
    settle("2")
    found = shown("c005")
    assert (found["label"], found["explanation"]) == ("opinion", "A forecast, not a fact.")
    assert found["adjudicated_by"] == "dana"


# ------------------------------------------------- hostile 18 #9: invisible reviewer names

HOW = "give who is deciding, or leave the option out to use $CLAIMCHECK_REVIEWER, git's"


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize(
    ("who", "code"),
    [
        ("alice\u200b", "U+200B"),
        ("\u200b", "U+200B"),
        ("\u2060", "U+2060"),
        ("ali\xadce", "U+00AD"),
        # hostile19 #11: fillers that render blank, marks with nothing to sit on, and
        # variation selectors after a letter
        ("\u3164", "U+3164"),
        ("\u2800", "U+2800"),
        ("\u115f", "U+115F"),
        ("\uffa0", "U+FFA0"),
        ("alice\u034f", "U+034F"),
        ("alice\ufe0f", "U+FE0F"),
        ("\U0001d17b", "U+1D17B"),
        ("ann \u0301", "U+0301"),
    ],
)
def test_a_reviewer_name_with_an_invisible_character_is_bad_usage(
    seed: Path, who: str, code: str
) -> None:
    before = files(seed.parent)
    result = run("tag", "c001", "opinion", "-r", who)
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"Error: --reviewer: {who!r} holds an invisible character ({code}); {HOW} "
        "user.name or the login name\n"
    )
    assert files(seed.parent) == before


@pytest.mark.parametrize("who", ["Jose\u0301", "Ann \u2764\ufe0f", "\u0928\u093f\u0927\u093f"])
def test_a_reviewer_name_whose_marks_and_selectors_show_is_taken(seed: Path, who: str) -> None:
    # an accent written as a combining mark, an emoji in its colour form, Devanagari
    result = run("tag", "c001", "opinion", "-r", who)
    assert result.exit_code == 0, result.output
    assert [r.by for r in store.load(seed).doc.claims[0].reviews] == [who]


def test_an_invisible_character_in_claimcheck_reviewer_is_bad_usage(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "alice\u200b")
    before = files(seed.parent)
    result = run("tag", "c001", "opinion")
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "Error: $CLAIMCHECK_REVIEWER: 'alice\\u200b' holds an invisible character (U+200B); "
        "give who is deciding as it is seen\n"
    )
    assert files(seed.parent) == before


def test_a_claim_file_or_journal_naming_an_invisible_reviewer_is_refused(seed: Path) -> None:
    succeeds("tag", "c001", "opinion", "-r", "alice")
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("by: alice", 'by: "alice\\u200b"', 1), encoding="utf-8")
    line = seed.read_text(encoding="utf-8").splitlines().index('  - by: "alice\\u200b"') + 1
    why = "a reviewer's name cannot hold an invisible character (U+200B)"
    for args in (["validate"], ["report", "-F", "csv"], ["tag", "c002", "opinion"]):
        before = files(seed.parent)
        result = run(*args)
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr.splitlines()[0] == (
            f"Error: claims.yaml:{line}: claims[0].reviews[0].by: {why}"
        ), args
        assert files(seed.parent) == before
    seed.write_text(text, encoding="utf-8")
    journal = seed.parent / ".claims.yaml.journal"
    journal.write_text(
        '{"claim": "c002", "by": "\\u2060", "at": "2026-11-27T10:00:00Z", "label": "opinion"}\n'
    )
    before = files(seed.parent)
    result = run("tag", "c003", "opinion")
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        "Error: .claims.yaml.journal:1: bad journal entry: by: a reviewer's name cannot hold "
        "an invisible character (U+2060)\n"
    )
    assert files(seed.parent) == before


# ------------------------------------------------------- A3: a part of someone's words

ARTICLE = """\
Harbour Bridge to close for six weeks

By Mara Quint

The Harbour Bridge will close to cars for six weeks from 2 March while engineers replace \
140 corroded bolts, the city transport authority said on Tuesday.

The repairs will cost £3.2m.
"""


def test_a_part_split_from_someones_words_is_not_credited_to_the_byline(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    succeeds("extract", "article.txt", "-o", "claims.yaml", "--title", "Bridge")
    said = succeeds(
        "split", "c001", "--json",
        "--quote", "The Harbour Bridge will close to cars for six weeks from 2 March",
        "--quote", "engineers replace 140 corroded bolts, the city transport authority said on Tuesday.",
    )  # fmt: skip
    parts = [part["id"] for part in json.loads(said)]
    for claim_id in (*parts, "c002"):
        succeeds("tag", claim_id, "sourced", "-s", "https://transport.example/notice")
    first = shown(parts[0])
    assert "attribution: said" in first["hint"]["reasons"]  # type: ignore[index]
    succeeds("report", "-F", "claimreview", "--url", "https://desk.example/b", "-o", "r.jsonld")
    graph = json.loads((tmp_path / "r.jsonld").read_text())["@graph"]
    authors = {r["claimReviewed"]: r["itemReviewed"].get("author") for r in graph}
    assert authors == {
        # who said it, after the last part, goes in each (desk tester 6, H3)
        "The Harbour Bridge will close to cars for six weeks from 2 March, the city "
        "transport authority said on Tuesday.": None,
        "Engineers replace 140 corroded bolts, the city transport authority said on Tuesday.": None,
        # the paper's own statement is still the byline's
        "The repairs will cost £3.2m.": {"@type": "Person", "name": "Mara Quint"},
    }
