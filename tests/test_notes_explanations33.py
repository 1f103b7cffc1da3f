"""A public explanation is published only on the words it was written for (desk3 A1), each
reviewer's note stays beside their own review (desk3 A4), the history says "disputed"
(desk3 B3), and `tag` says what it changed when the label stays (desk3 B8)."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from textual.widgets import Static

from claimcheck import store
from claimcheck.review import Session
from claimcheck.tui.app import ReviewApp
from tests import reviewed
from tests.conftest import run, succeeds
from tests.test_desk_decisions31 import published, shown

COST = "We could not find the cost in any council record."
WHOLE = "Russia may have the distinct honor of being the only country in modern history"
FIRST = f"{WHOLE} to invade another country"
SECOND = "only to be invaded back- by its own people"
SAME = "The short-lived Wagner rebellion did not topple Putin."


@pytest.fixture
def desk(seed: Path, tmp_path: Path) -> Path:
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    return seed


def rows(history: str) -> list[list[str]]:
    """`history ID` piped, its lines as words: who, field, from, to (no time, no claim)."""
    return [
        [w for i, w in enumerate(line.split()) if i not in (0, 1, 3)]
        for line in history.splitlines()[1:]
    ]


def split_c006() -> list[str]:
    said = succeeds("split", "c006", "-r", "dana", "--quote", FIRST, "--quote", SECOND)
    found = re.match(r"c006: split into (\w+), (\w+)\n", said)
    assert found, said
    return [found[1], found[2]]


# ------------------------------------------------------------------ A1: split, edit, merge


def test_a_split_part_never_publishes_the_whole_claims_explanation(
    desk: Path, tmp_path: Path
) -> None:
    succeeds("tag", "c006", "unverified", "-r", "dana", "--note", "N", "--explanation", COST)
    first, second = split_c006()
    assert COST not in published(tmp_path)  # the parts need a re-check
    said = succeeds("tag", second, "unverified", "-r", "dana")
    assert said == (
        f"{second}: unverified, re-checked; explanation dropped (it was written for the "
        f"whole of c006: {COST!r}): give one with --explanation\n"
    )
    assert shown(second)["explanation"] is None
    assert shown(second)["note"] == "N"  # the internal note stays
    assert COST not in published(tmp_path)
    # the explanation written for the whole is still on record: the whole's tombstone
    assert "c006" in succeeds("history", "-n", "50")
    said = succeeds("tag", first, "unverified", "-r", "dana", "--explanation", "No record.")
    assert said == f"{first}: unverified, re-checked, explanation changed\n"
    public = published(tmp_path)
    assert "No record." in public and COST not in public


def test_undo_of_a_parts_recheck_does_not_bring_back_the_wholes_explanation(
    desk: Path, tmp_path: Path
) -> None:
    succeeds("tag", "c006", "unverified", "-r", "dana", "--note", "N", "--explanation", COST)
    _, second = split_c006()
    said = succeeds("tag", second, "unverified", "-r", "dana", "--note", "grant checked")
    assert said.startswith(f"{second}: unverified, re-checked, note changed; explanation dropped")
    assert run("undo", "-r", "dana").exit_code == 0
    assert shown(second)["note"] == "N"
    assert shown(second)["explanation"] is None
    assert COST not in published(tmp_path)


def test_an_edited_text_does_not_keep_the_explanation_of_the_old_text(
    desk: Path, tmp_path: Path
) -> None:
    succeeds("tag", "c008", "unverified", "-r", "dana", "--explanation", COST)
    succeeds("edit", "c008", "-r", "dana", "--text", "The Wagner rebellion failed.")
    said = succeeds("tag", "c008", "unverified", "-r", "dana")
    assert said == (
        "c008: unverified, re-checked; explanation dropped (it was written for the text "
        f"before its edit: {COST!r}): give one with --explanation\n"
    )
    assert COST not in published(tmp_path)


def test_a_ruling_given_before_an_edit_publishes_no_explanation_after_it(
    desk: Path, tmp_path: Path
) -> None:
    succeeds("tag", "c008", "unverified", "-r", "dana")
    succeeds("tag", "c008", "opinion", "-r", "sam")
    succeeds("tag", "c008", "unverified", "-r", "dana", "--adjudicate", "--explanation", COST)
    assert COST in published(tmp_path)
    succeeds("edit", "c008", "-r", "dana", "--text", "The Wagner rebellion failed.")
    succeeds("tag", "c008", "opinion", "-r", "sam", "--note", "still a judgement")
    # the ruling was given on other words: sam's decision on the new ones is what counts
    # until dana re-checks (a re-check is each reviewer's own, tester 7 H1)
    assert shown("c008")["label"] == "opinion"
    assert COST not in published(tmp_path)


def test_a_merge_does_not_move_an_explanation_onto_other_words(desk: Path, tmp_path: Path) -> None:
    added = succeeds("add", "-r", "dana", "--at", "1475-1534", "--text", SAME, "--force")
    new = re.findall(r"c[0-9a-f]{8}", added)[0]
    succeeds("tag", new, "unverified", "-r", "sam", "--explanation", COST)
    said = succeeds("merge", "c008", new, "-r", "dana")
    assert f"sam's public explanation stays with {new}'s words: give c008 one with " in said
    assert shown("c008")["label"] == "unverified"
    assert COST not in published(tmp_path)
    assert run("undo", "-r", "dana").exit_code == 0  # the merge taken back: it is there
    assert shown(new)["explanation"] == COST


def test_the_full_screen_review_says_a_split_parts_explanation_was_dropped(desk: Path) -> None:
    succeeds("tag", "c006", "unverified", "-r", "dana", "--explanation", COST)
    said: list[str] = []

    async def go() -> None:
        journal = store.Journal(Path("claims.yaml"))
        session = Session.start(journal.doc, "dana", from_id="c006")
        app = ReviewApp(session, journal)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await pilot.press("v")
            await pilot.pause()
            ask = app.query_one("#ask")
            value = str(getattr(ask, "value", ""))
            cut = value.index(" only to be invaded")
            setattr(ask, "value", value[:cut] + " |" + value[cut:])  # noqa: B010
            await pilot.press("enter")
            await pilot.pause()
            said.append(str(app.query_one("#status", Static).content).strip())
            await pilot.press("g")
            await pilot.pause()
            second = re.findall(r"c[0-9a-f]{8}", said[0])[1]
            for key in [*second, "enter", "u", "enter"]:
                await pilot.press(key)
                await pilot.pause()
            said.append(str(app.query_one("#status", Static).content).strip())
        journal.close()

    asyncio.run(go())
    second = re.findall(r"c[0-9a-f]{8}", said[0])[1]
    assert said[1] == (
        f"saved: {second} → unverified; explanation dropped (it was written for the whole of "
        f"c006: {COST!r})"
    )
    assert shown(second)["explanation"] is None
    assert second not in succeeds("list", "--label", "needs-recheck")  # it was re-checked


# ------------------------------------------------------------ A4: each reviewer's note


def test_a_second_reviewer_agreeing_without_a_note_keeps_the_first_ones_note(desk: Path) -> None:
    succeeds("tag", "c004", "unverified", "-r", "dana", "--note", "checked 2022-2025; 2022 missing")
    said = succeeds("tag", "c004", "unverified", "-r", "sam")
    assert (
        said
        == "c004: unverified, your review recorded (reviews: dana: unverified; sam: unverified)\n"
    )
    mine = "dana: unverified, note “checked 2022-2025; 2022 missing”; sam: unverified"
    show = succeeds("show", "c004")
    assert f"reviews  {mine}\n" in show
    assert "    note  " not in show  # no note of the claim's own, said as if it were all
    history = succeeds("history", "c004")
    assert rows(history) == [
        ["sam", "review", "—", "unverified"],
        ["dana", "label", "pending", "unverified"],
        ["dana", "note", "—", "checked", "2022-2025;", "2022", "missing"],
    ]
    assert f"  - *Reviews:* {mine}\n" in succeeds("report", "-F", "md")
    assert mine in succeeds("report", "-F", "csv")
    # after a ruling, each reviewer's note is still beside their review, and the ruling's
    succeeds("tag", "c004", "opinion", "-r", "sam", "--note", "a forecast")
    succeeds("tag", "c004", "opinion", "-r", "dana", "--adjudicate", "--note", "settled: opinion")
    assert (
        "reviews  dana: unverified, note “checked 2022-2025; 2022 missing”; sam: opinion, "
        "note “a forecast”; settled by dana, note “settled: opinion”\n"
    ) in succeeds("show", "c004")


# ------------------------------------------------------------------ B3: "disputed"


def test_the_history_says_a_claim_became_disputed_and_takes_nobodys_source(desk: Path) -> None:
    succeeds("tag", "c003", "sourced", "-r", "dana", "-s", "https://annual.example/2025")
    succeeds("tag", "c003", "opinion", "-r", "sam")
    succeeds("tag", "c003", "opinion", "-r", "dana", "--adjudicate")
    history = succeeds("history", "c003")
    assert rows(history) == [
        ["dana", "label", "disputed", "opinion"],
        ["sam", "review", "—", "opinion"],
        ["sam", "label", "sourced", "disputed"],
        ["dana", "label", "pending", "sourced"],
        ["dana", "sources", "—", "https://annual.example/2025"],
    ]
    assert succeeds("validate").startswith("claims.yaml: ok")
    # sam taking his decision back ends the dispute, named as such
    succeeds("tag", "c003", "opinion", "-r", "dana", "--adjudicate")
    assert run("undo", "-r", "sam").exit_code == 0
    assert rows(succeeds("history", "c003", "-n", "1")) == [["sam", "review", "opinion", "—"]]


# ------------------------------------------------------------------ B8: what changed


def test_tag_says_what_changed_when_the_label_stays(desk: Path) -> None:
    succeeds("tag", "c010", "unverified", "-r", "dana")
    said = succeeds("tag", "c010", "unverified", "-r", "dana", "--explanation", "No record.")
    assert said == "c010: unverified, explanation added\n"
    said = succeeds("tag", "c010", "unverified", "-r", "dana", "--note", "searched")
    assert said == "c010: unverified, note added\n"
    said = succeeds("tag", "c010", "unverified", "-r", "dana", "--explanation", "")
    assert said == "c010: unverified, explanation removed\n"
    succeeds("tag", "c037", "sourced", "-r", "dana", "-s", "https://a.example/1")
    said = succeeds("tag", "c037", "sourced", "-r", "dana", "-s", "https://a.example/2")
    assert said == "c037: sourced (2 sources), 1 source added\n"
    assert succeeds("tag", "c037", "sourced", "-r", "dana") == "c037: unchanged (sourced)\n"
