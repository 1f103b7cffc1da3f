"""The full-screen review driven headless with Textual's Pilot: every key and mode, what
is on disk after it and what is on the screen."""

from __future__ import annotations

import asyncio
import io
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Input, Static

from claimcheck import store
from claimcheck.models import Label
from claimcheck.review import Session
from claimcheck.tui import actions
from claimcheck.tui.app import ReviewApp
from claimcheck.tui.widgets import ClaimList, ClaimPane, Help
from tests.conftest import run

Steps = Callable[[Pilot[bool], ReviewApp], Awaitable[None]]


def review(
    path: Path,
    steps: Steps,
    *,
    size: tuple[int, int] = (80, 24),
    reviewer: str = "ana",
    review_keys: dict[str, str] | None = None,
    **start: bool,
) -> bool | None:
    """Run the app on `path` (relative, as the command is given it) through `steps`, then
    fold the journal as the command does on the way out; the app's return value."""

    async def go() -> bool | None:
        journal = store.Journal(path)
        session = Session.start(journal.doc, reviewer, **start)  # type: ignore[arg-type]
        app = ReviewApp(session, journal, review_keys=review_keys)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await steps(pilot, app)
            await pilot.pause()
        journal.close()
        return app.return_value

    return asyncio.run(go())


def text(app: ReviewApp, selector: str) -> str:
    """What a pane shows, as plain text (its whole content, scrolled or not)."""
    widget = app.query_one(selector)
    assert isinstance(widget, Static | ClaimPane)
    return plain(widget.content)


def plain(content: object) -> str:
    console = Console(file=io.StringIO(), width=200, record=True)
    console.print(content)
    return console.export_text()


async def keys(pilot: Pilot[bool], *pressed: str) -> None:
    for key in pressed:
        await pilot.press(key)
    await pilot.pause()


async def typed(pilot: Pilot[bool], words: str) -> None:
    await pilot.press(*words)
    await pilot.pause()


def claims(path: Path) -> dict[str, object]:
    return {c.id: c for c in store.load(path).doc.claims}


@pytest.fixture
def here(seed: Path) -> Path:
    return Path("claims.yaml")  # the tests run in the seed's folder


# --------------------------------------------------------------------------- start-up


def test_the_cli_never_imports_textual() -> None:
    code = "import sys, claimcheck.cli, claimcheck.cli.app; print('textual' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout == "False\n", done.stderr


def test_at_80x24_the_claim_id_and_text_are_on_screen_and_panes_follow_resizes(
    here: Path,
) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        claim = app.query_one("#claim")
        assert claim.region.y == 2 and claim.region.height >= 18
        shown = text(app, "#claim").splitlines()
        assert "c001" in shown[0] and "Putin survived the Wagner uprising." in shown[1]
        assert not app.query_one("#list").display and not app.query_one("#article").display
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        assert app.query_one("#list").display and app.query_one("#article").display
        article = text(app, "#article-view")
        assert "Putin may have survived the Wagner uprising" in article
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not app.query_one("#list").display
        await keys(pilot, "l")  # shown whatever the width, until pressed again
        assert app.query_one("#list").display
        await keys(pilot, "l", "a")
        assert not app.query_one("#list").display and app.query_one("#article").display

    review(here, steps)


# --------------------------------------------------------------------------- deciding


def test_label_keys_save_before_the_next_claim_is_shown(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "o")
        assert app.query_one("#ask", Input).display
        await keys(pilot, "enter")
        assert text(app, "#status").strip() == "saved: c001 → opinion"
        # durable now, read by another process's load, before the review ends
        assert store.load(here).doc.claims[0].label is Label.OPINION
        assert "c002" in text(app, "#claim").splitlines()[0]
        await keys(pilot, "u")
        await typed(pilot, "searched Reuters")
        await keys(pilot, "enter")
        await keys(pilot, "s")
        await typed(pilot, "https://example.org/legion")
        await keys(pilot, "enter")
        await typed(pilot, "Who they are")
        await keys(pilot, "enter")
        await typed(pilot, "a legion of Russians")
        await keys(pilot, "enter")
        head = text(app, "#head")
        assert "4 of 114" in head and "sourced 1" in head and "pending 111" in head

    review(here, steps)
    doc = store.load(Path("claims.yaml")).doc
    assert [c.label for c in doc.claims[:3]] == [Label.OPINION, Label.UNVERIFIED, Label.SOURCED]
    assert doc.claims[1].note == "searched Reuters"
    source = doc.claims[2].sources[0]
    assert (source.url, source.title, source.passage) == (
        "https://example.org/legion",
        "Who they are",
        "a legion of Russians",
    )


def test_prompts_are_prefilled_selected_edit_with_the_cursor_and_escape_changes_nothing(
    here: Path,
) -> None:
    assert run("tag", "c001", "unverified", "-f", "claims.yaml", "--note", "abc").exit_code == 0

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "e")
        ask = app.query_one("#ask", Input)
        # offered selected: typing replaces it (desk4 C1); → goes to its end to add to it
        assert ask.value == "abc" and tuple(ask.selection) == (0, 3)
        await keys(pilot, "right", "left", "left", "X", "enter")
        assert text(app, "#status").strip() == "saved: c001 → unverified"
        await keys(pilot, "s")
        await typed(pilot, "https://example.org/never")
        await keys(pilot, "escape")
        assert text(app, "#status").strip() == "cancelled: nothing changed"
        assert app.asking is None and not ask.has_focus and ask.value == ""
        assert ask.placeholder.startswith("s sourced")  # the key line again

    review(here, steps, reviewer="tester", walk_all=True)
    claim = store.load(Path("claims.yaml")).doc.claims[0]
    assert (claim.label, claim.note, claim.sources) == (Label.UNVERIFIED, "aXbc", [])


def test_a_sourced_claim_prefills_its_source_and_keeps_title_and_passage(here: Path) -> None:
    tagged = run(
        "tag", "c001", "sourced", "-f", "claims.yaml", "-s", "https://e.org/a",
        "--title", "T", "--quote", "Q",
    )  # fmt: skip
    assert tagged.exit_code == 0, tagged.output

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "s")
        assert app.query_one("#ask", Input).value == "https://e.org/a"
        await keys(pilot, "enter")
        assert app.query_one("#ask", Input).value == "T"
        await keys(pilot, "enter")
        assert app.query_one("#ask", Input).value == "Q"
        await keys(pilot, "enter")

    review(here, steps, reviewer="tester", walk_all=True)
    source = store.load(Path("claims.yaml")).doc.claims[0].sources
    assert [(s.url, s.title, s.passage) for s in source] == [("https://e.org/a", "T", "Q")]


def test_a_bad_source_is_refused_as_text_and_asked_again(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "s")
        await typed(pilot, "javascript:[/red]")
        await keys(pilot, "enter")
        assert text(app, "#status").startswith("not an http(s) URL: 'javascript:[/red]'  ·  ")
        assert app.query_one("#ask", Input).value == "javascript:[/red]"
        await keys(pilot, "escape")

    review(here, steps)
    assert store.load(Path("claims.yaml")).doc.claims[0].label is None


def test_undo_and_redo_go_through_the_journal(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "o", "enter", "z")
        assert text(app, "#status").strip() == "undone: c001 is pending again"
        assert store.load(here).doc.claims[0].label is None
        await keys(pilot, "y")
        assert text(app, "#status").strip() == "redone: c001 → opinion"
        assert "c002" in text(app, "#claim").splitlines()[0]
        await keys(pilot, "y")
        assert text(app, "#status").strip() == "nothing to redo"
        await keys(pilot, "z", "z")
        assert text(app, "#status").strip() == "nothing to undo"

    review(here, steps)
    assert store.load(Path("claims.yaml")).doc.claims[0].label is None


def drawn(app: ReviewApp) -> list[str]:
    """The claim pane's lines as drawn (maybe ahead of time), and as drawn afresh now."""
    pane = app.query_one("#claim", ClaimPane)
    now, _ = pane.render_content(pane.content)
    assert [s.text for s in pane._strips] == [s.text for s in now]
    return [s.text for s in now]


def test_the_claim_drawn_ahead_is_shown_only_while_it_is_unchanged(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "o", "enter")  # c002, drawn ahead while c001 was shown
        assert "c002" in drawn(app)[0]
        await keys(pilot, "o", "enter", "p", "p")  # c001, with c002 (opinion) drawn ahead
        assert "c001" in drawn(app)[0] and app.query_one("#claim", ClaimPane)._ahead
        await keys(pilot, "z")  # c002 pending again, and shown so: not as drawn ahead
        assert text(app, "#status").strip() == "undone: c002 is pending again"
        lines = drawn(app)
        assert "c002" in lines[0] and any("label  pending" in line for line in lines)

    review(here, steps)


def test_moving_about(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "n", "right")
        assert text(app, "#head").splitlines()[1].startswith("3 of 114")
        await keys(pilot, "p", "left", "left")
        assert text(app, "#head").splitlines()[1].startswith("1 of 114")

    review(here, steps)


def test_quit_and_interrupt_return_what_the_command_maps_to_an_exit_code(here: Path) -> None:
    async def quit_(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "q")

    async def interrupt(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "ctrl+c")

    assert review(here, quit_) is False
    assert review(here, interrupt) is True


# --------------------------------------------------------------------------- finding


def test_search_finds_a_claim_by_a_word_then_the_next_then_the_article(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "slash")
        await typed(pilot, "tanks")
        await keys(pilot, "enter")
        first = text(app, "#status").strip()
        assert first.startswith("found in c")
        await keys(pilot, "slash")
        assert app.query_one("#ask", Input).value == "tanks"  # Enter again: the next
        await keys(pilot, "enter")
        assert text(app, "#status").strip() != first
        await keys(pilot, "slash", "ctrl+u")
        await typed(pilot, "Sign in to comment")
        await keys(pilot, "enter")
        status = text(app, "#status")
        assert "in no claim: i adds it as one" in status
        assert app.query_one("#article").display
        assert "Sign in to comment" in text(app, "#article-view")
        await keys(pilot, "slash", "ctrl+u")
        await typed(pilot, "zzzqqq")
        await keys(pilot, "enter")
        assert text(app, "#status").strip() == "not found: zzzqqq"

    review(here, steps)


def test_jump_to_a_claim_by_id(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "g")
        await typed(pilot, "c042")
        await keys(pilot, "enter")
        assert "c042" in text(app, "#claim").splitlines()[0]
        await keys(pilot, "g")
        await typed(pilot, "c999")
        await keys(pilot, "enter")
        assert text(app, "#status").strip() == "no claim with id 'c999'"

    review(here, steps)


def test_filters_narrow_the_walk_and_clear_restores_it(here: Path) -> None:
    assert run("tag", "c003", "opinion", "-f", "claims.yaml").exit_code == 0

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "f")
        await typed(pilot, "hint:opinion")
        await keys(pilot, "enter")
        head = text(app, "#head")
        # at 80 columns the header is fitted (desk2 B3): short labels, pending in sight
        assert (
            head.splitlines()[1]
            == "1/29 · filter: hint:opinion · src 0 · unv 0 · opin 1 · pend 113"
        )
        assert all(app.session.find(i).hint.kind == "opinion" for i in app.session.ids)  # type: ignore[union-attr]
        await keys(pilot, "f", "ctrl+u")
        await typed(pilot, "label:opinion mine")
        await keys(pilot, "enter")
        assert app.session.ids == ["c003"]  # the one claim this reviewer tagged opinion
        await keys(pilot, "f", "ctrl+u")
        await typed(pilot, "colour:red")
        await keys(pilot, "enter")
        assert text(app, "#status").startswith("filter: not understood: 'colour:red'")
        await keys(pilot, "c")  # the walk the review started with, on the same claim
        assert "3 of 114" in text(app, "#head") and "filter" not in text(app, "#head")

    review(here, steps, reviewer="tester", walk_all=True)


def test_open_a_source_in_the_browser(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url))
    tagged = run("tag", "c001", "sourced", "-f", "claims.yaml", "-s", "https://e.org/a")
    assert tagged.exit_code == 0

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "b")
        assert text(app, "#status").strip() == "opened https://e.org/a"
        await keys(pilot, "n", "b")
        assert text(app, "#status").strip() == "c002 has no http(s) source to open"

    review(here, steps, reviewer="tester", walk_all=True)
    assert opened == ["https://e.org/a"]


# --------------------------------------------------------------------------- help


def test_help_and_the_command_palette_list_every_action_with_its_key(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "question_mark")
        assert isinstance(app.screen, Help)
        await keys(pilot, "x")
        assert not isinstance(app.screen, Help)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for action in actions.table():
            assert f"{action.name} ({actions.shown(action)})" in titles

    review(here, steps)


def test_a_punctuation_key_from_the_desk_is_bound(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "comma")  # what a terminal sends for ','
        await typed(pilot, "c010")
        await keys(pilot, "enter")
        assert "c010" in text(app, "#claim").splitlines()[0]

    review(here, steps, review_keys={"jump": ","})


def test_the_desk_chooses_keys_and_unknown_actions_are_refused(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "j")
        await typed(pilot, "c010")
        await keys(pilot, "enter")
        assert "c010" in text(app, "#claim").splitlines()[0]

    review(here, steps, review_keys={"jump": "j"})
    Path("claimcheck.toml").write_text('[review.keys]\nteleport = "t"\n')
    result = run("config")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: claimcheck.toml: [review] keys: unknown action 'teleport'; choose among "
    )
    Path("claimcheck.toml").write_text('[review.keys]\njump = "s"\n')
    result = run("config")
    assert result.stderr == (
        "Error: claimcheck.toml: [review.keys]: 's' is the key of both sourced and jump\n"
    )


def test_the_readme_keys_table_is_the_action_table() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()

    def keys(action: actions.Action) -> str:
        return " / ".join(f"`{k}`" for k in actions.shown(action).split(" / "))

    rows = [f"| {keys(a)} | {a.name} | {a.help} |" for a in actions.table()]
    block = "\n".join(rows)
    assert block in readme, "README's keys table differs from tui/actions.py:\n" + block


# --------------------------------------------------------------------------- modes


def test_adjudication_accepts_a_reviewers_decision_in_one_key(here: Path) -> None:
    ana = run(
        "tag", "c001", "sourced", "-f", "claims.yaml", "-r", "ana", "-s", "https://e.org/a",
        "--title", "The title", "--quote", "the passage",
    )  # fmt: skip
    assert ana.exit_code == 0, ana.output
    assert run("tag", "c001", "opinion", "-f", "claims.yaml", "-r", "bo").exit_code == 0

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        shown = text(app, "#claim")
        assert "reviews" in shown and "1: ana" in shown and "2: bo" in shown
        assert "https://e.org/a" in shown
        # the table says who decided what; no line above it says it again (desk2 C7)
        assert shown.count("reviews") == 1 and "ana: sourced" not in shown
        await keys(pilot, "1")
        assert text(app, "#status").strip() == "saved: c001 → sourced"

    review(here, steps, reviewer="cy", size=(160, 48), disputed=True)
    claim = store.load(Path("claims.yaml")).doc.claims[0]
    assert claim.label is Label.SOURCED and not claim.disputed
    assert claim.adjudicated_by == "cy"
    assert [(s.url, s.title, s.passage) for s in claim.sources] == [
        ("https://e.org/a", "The title", "the passage")
    ]


def test_adjudication_accepts_the_second_reviewer_too(here: Path) -> None:
    assert (
        run("tag", "c001", "sourced", "-f", "claims.yaml", "-r", "ana", "-s", "Book").exit_code == 0
    )
    assert (
        run("tag", "c001", "opinion", "-f", "claims.yaml", "-r", "bo", "--note", "n").exit_code == 0
    )

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "2")

    review(here, steps, reviewer="cy", disputed=True)
    claim = store.load(Path("claims.yaml")).doc.claims[0]
    assert (claim.label, claim.note) == (Label.OPINION, "n")


def test_blind_review_hides_other_decisions_and_matches_from_other_files(
    here: Path, tmp_path: Path
) -> None:
    assert (
        run(
            "tag", "c001", "sourced", "-f", "claims.yaml", "-r", "bo", "-s", "https://e.org/secret"
        ).exit_code
        == 0
    )
    (tmp_path / "other").mkdir()
    other = tmp_path / "other.yaml"  # the same claims, decided, beside this file
    other.write_text(Path("claims.yaml").read_text())
    assert run("tag", "c002", "opinion", "-f", str(other), "-r", "bo").exit_code == 0

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        for claim_id in ("c001", "c002"):
            shown = text(app, "#claim")
            assert shown.splitlines()[2].split()[1:3] == ["label", "pending"]
            for secret in ("secret", "seen before", "reviews", "bo:"):
                assert secret not in shown
            assert "you have decided 0 of 114" in text(app, "#head")
            assert "sourced" not in text(app, "#head")
            prompt = app.list_prompt(claim_id)
            assert prompt.plain.startswith(f"{claim_id} pend")
            assert app.state_of(claim_id) is None  # the article shows no colour for it
            await keys(pilot, "n")
        await keys(pilot, "p", "r")
        assert text(app, "#status").strip() == "nothing seen before to reuse"

    review(here, steps, size=(160, 48), blind=True)


def test_file_text_is_shown_as_text_never_markup_or_control_sequences(here: Path) -> None:
    note = "[bold red]x[/bold red] \x1b[31mred\x1b[0m [link=https://evil.example]y[/link]"
    assert run("tag", "c001", "opinion", "-f", "claims.yaml", "--note", note).exit_code == 0

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        shown = text(app, "#claim")
        assert "[bold red]x[/bold red]" in shown and "[link=https://evil.example]y[/link]" in shown
        assert "\x1b" not in shown and "[/bold red] red [link=" in shown

    review(here, steps, walk_all=True)


def test_a_prompt_pre_filled_or_pasted_carries_no_control_sequence(here: Path) -> None:
    hostile = "N \x1b]52;c;cHduZWQ=\x1b\\ \x1b]0;PWNED\x07 \x1b[?1049l\x1b[2J END"
    tagged = run(
        "tag", "c001", "opinion", "-f", "claims.yaml", "--note", hostile, "--reviewer", "ana"
    )
    assert tagged.exit_code == 0

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "e")
        ask = app.query_one("#ask", Input)
        assert "\x1b" not in ask.value and "\x07" not in ask.value
        assert ask.value.startswith("N ") and ask.value.endswith(" END")
        ask.insert_text_at_cursor(" \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\\nmore")
        assert "\x1b" not in ask.value and ask.value.endswith(" END link more")
        await keys(pilot, "enter")

    review(here, steps, walk_all=True)
    saved = claims(here)["c001"]
    assert saved.note == "N    END link more"  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- claim list


def test_correct_the_text_delete_a_claim_and_take_it_back(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "o", "enter")  # a decision in the journal, folded by the edit
        await keys(pilot, "t")
        assert app.query_one("#ask", Input).value == "Putin is not out of the woods yet."
        await keys(pilot, "end", "backspace")
        await typed(pilot, ", not yet.")
        await keys(pilot, "enter")
        assert text(app, "#status").strip() == "c002: text changed"
        assert "Putin is not out of the woods yet, not yet." in text(app, "#claim")
        await keys(pilot, "d")
        await typed(pilot, "c003")
        await keys(pilot, "escape", "d")
        await typed(pilot, "c002")
        await keys(pilot, "enter")
        assert text(app, "#status").strip() == "c002: deleted (pending); x takes it back"
        assert "c003" in text(app, "#claim").splitlines()[0]
        await keys(pilot, "o", "enter")  # a decision after the deletion still saves
        assert text(app, "#status").strip() == "saved: c003 → opinion"
        await keys(pilot, "x")  # takes back the latest: that decision
        await keys(pilot, "x")  # then the deletion
        assert text(app, "#status").strip() == "c002: back"

    review(here, steps)
    doc = store.load(Path("claims.yaml")).doc
    by_id = {c.id: c for c in doc.claims}
    assert by_id["c001"].label is Label.OPINION
    assert by_id["c002"].text == "Putin is not out of the woods yet, not yet."
    assert by_id["c003"].label is None
    assert not doc.deleted or all(c.id != "c002" for c in doc.deleted)


def test_split_a_claim_where_a_bar_is_typed_and_take_it_back(here: Path) -> None:
    # c001 widened to two statements: a part that is no statement on its own ("the Wagner
    # uprising") is refused, as the command refuses it without its --text (desk4 C7)
    whole = "Putin may have survived the Wagner uprising, but he is not out of the woods yet"
    assert run("edit", "c001", "--at", "93-172").exit_code == 0
    before = here.read_bytes()

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "v")
        assert app.query_one("#ask", Input).value == whole
        await keys(pilot, "enter")  # no bar typed: nothing split
        assert text(app, "#status").strip() == "not split: type | where c001 splits"
        assert here.read_bytes() == before
        await keys(pilot, "v", "ctrl+u")  # a word left in no part: refused, advised as here
        await typed(
            pilot, "Putin may have | the Wagner uprising, but he is not out of the woods yet"
        )
        await keys(pilot, "enter")
        status = " ".join(text(app, "#status").split())
        assert (
            "the parts leave out words of c001: 'survived'; keep every word in the prompt" in status
        )
        assert "--quote" not in status and here.read_bytes() == before
        await keys(pilot, "v", "ctrl+u")  # a part that is no statement: refused
        await typed(pilot, "Putin may have survived | the Wagner uprising, | " + whole[45:])
        await keys(pilot, "enter")
        status = " ".join(text(app, "#status").split())
        assert "not split yet: 'the Wagner uprising' is no statement on its own" in status
        assert "Text of part 1 of 3 of c001" in status  # asked, as split --text gives them
        await keys(pilot, "escape")
        assert here.read_bytes() == before
        await keys(pilot, "v", "home", *["right"] * 44)
        await typed(pilot, " |")
        await keys(pilot, "enter")
        status = text(app, "#status").strip()
        assert status.startswith("c001: split into c") and status.endswith("x takes it back")
        first = app.session.current
        assert first is not None and first.split_from == "c001"
        assert first.text in text(app, "#claim")

    review(here, steps)
    doc = store.load(here).doc
    parts = [c for c in doc.claims if c.split_from == "c001"]
    # the comma and "but" at the cut join the parts: they are in neither (desk tester 6, H3)
    assert [p.passage.quote for p in parts] == [whole[:43], whole[49:]]
    assert [c.id for c in doc.deleted] == ["c001"]

    async def take_back(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "x")

    review(here, take_back)
    assert "c001" in claims(here) and not any(c.split_from for c in store.load(here).doc.claims)


def test_merge_the_next_claim_into_this_one_and_refusals_change_nothing(here: Path) -> None:
    # c009 worded as a narrower c005 ("… has a solid plan …"): the same statement
    twin = "The Freedom of Russia Legion has a plan to achieve its mission."
    assert run("edit", "c009", "--text", twin).exit_code == 0

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "m")
        assert app.query_one("#ask", Input).value == "c002"  # the next one, pre-filled
        await keys(pilot, "ctrl+u")
        await typed(pilot, "c999")
        before = here.read_bytes()
        await keys(pilot, "enter")
        assert text(app, "#status").strip().startswith("NOT CHANGED: ")
        assert "c999" in text(app, "#status")
        assert here.read_bytes() == before
        await keys(pilot, "m", "enter")  # c002 makes another statement: refused too
        assert text(app, "#status").strip().startswith("NOT CHANGED: ")
        status = " ".join(text(app, "#status").split())
        assert "do not make the same statement" in status
        # the review has no --force: it names the command that merges them anyway
        assert f"quit and run claimcheck merge c001 c002 --force -f {here} to merge" in status
        assert "add --force" not in status
        assert here.read_bytes() == before
        await keys(pilot, "n", "n", "n", "n", "m", "ctrl+u")
        await typed(pilot, "c009")
        await keys(pilot, "enter")
        assert text(app, "#status").strip() == "c005: merged c009 into it"
        assert "c005" in text(app, "#claim").splitlines()[0]
        await keys(pilot, "n")
        assert app.session.current is not None and app.session.current.id == "c006"

    review(here, steps)
    doc = store.load(here).doc
    by_id = {c.id: c for c in doc.claims}
    assert "c009" not in by_id and [c.id for c in doc.deleted] == ["c009"]
    assert len(by_id["c005"].also_at) == 1


def test_a_search_hit_in_no_claim_is_added_as_a_claim_with_i(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "slash")
        await typed(pilot, "Sign in to comment")
        await keys(pilot, "enter", "i")
        offsets = app.query_one("#ask", Input).value
        start, end = (int(x) for x in offsets.split("-"))
        assert app.text[start:end] == "Sign in to comment"
        await keys(pilot, "enter")
        status = text(app, "#status").strip()
        assert status.startswith("c") and ": added (Sign in to comment" in status
        claim = app.session.current
        assert claim is not None and claim.passage.quote == "Sign in to comment"
        assert "Sign in to comment" in text(app, "#claim")

    review(here, steps)
    added = [c for c in store.load(here).doc.claims if c.passage.quote == "Sign in to comment"]
    assert len(added) == 1 and added[0].history[-1].new == "added"


def test_add_a_left_out_passage_from_the_listed_ones(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Is this a question?\n\nThe council approved the budget on Monday.\n", "utf-8"
    )
    assert run("extract", str(article), "-o", str(tmp_path / "c.yaml")).exit_code == 0
    path = tmp_path / "c.yaml"
    (item,) = store.load(path).doc.left_out

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "i")
        listed = text(app, "#claim")
        assert item.reason in listed and "Is this a question?" in listed
        await typed(pilot, "2")
        await keys(pilot, "enter")
        assert text(app, "#status").strip() == "no left-out passage 2: they are 1-1"
        await keys(pilot, "i")
        await typed(pilot, "1")
        await keys(pilot, "enter")
        assert (
            text(app, "#status").strip().endswith(": added (Is this a question?); x takes it back")
        )

    review(path, steps)
    doc = store.load(path).doc
    assert doc.left_out == [] and len(doc.claims) == 2
    assert any(c.history and c.history[-1].new == f"left_out:{item.reason}" for c in doc.claims)

    async def take_back(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "x")

    review(path, take_back)
    assert store.load(path).doc.left_out == [item]


def test_a_click_on_the_claim_list_goes_to_that_claim(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        assert await pilot.click("#list", offset=(2, 3))  # the fourth row
        await pilot.pause()
        assert app.session.current is not None and app.session.current.id == "c004"
        assert "c004" in text(app, "#claim").splitlines()[0]

    review(here, steps, size=(160, 48))


def rows(app: ReviewApp) -> str:
    """The claim list's rows as shown."""
    return "\n" + "".join(plain(row) for row in app.query_one("#list", ClaimList).rows[:10])


def test_arrow_keys_pick_in_the_claim_list_and_enter_goes_there(here: Path) -> None:
    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        assert not app.query_one("#list").display  # 80x24: hidden until picking
        await keys(pilot, "down", "down")
        assert app.query_one("#list").display
        assert text(app, "#status").strip() == "Enter goes to c003 · Esc leaves the list"
        assert "\n▸c003 pend" in rows(app)
        await keys(pilot, "escape")
        assert app.session.current is not None and app.session.current.id == "c001"
        assert "▸" not in rows(app) and "\nc003 pend" in rows(app)
        await keys(pilot, "down", "down", "down", "up", "enter")
        assert app.session.current is not None and app.session.current.id == "c003"
        assert "c003" in text(app, "#claim").splitlines()[0]
        await keys(pilot, "o", "enter")  # Enter in a prompt still confirms it
        assert text(app, "#status").strip() == "saved: c003 → opinion"

    review(here, steps)
    assert claims(here)["c003"].label is Label.OPINION  # type: ignore[attr-defined]


def test_an_unexpected_error_ends_the_review_without_a_traceback(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual's own ending prints a traceback with panels of local variables (claim
    records); the review keeps the error for the command line, which says it in one line."""

    def broken(*args: object, **kwargs: object) -> bool:
        raise RuntimeError("the disk fell off")

    import rich.traceback

    drawn: list[object] = []

    def traceback(*args: object, **kwargs: object) -> str:
        drawn.append(kwargs)
        return ""

    monkeypatch.setattr(rich.traceback, "Traceback", traceback)
    ended: list[ReviewApp] = []

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        monkeypatch.setattr(app.journal, "commit", broken)
        ended.append(app)
        await pilot.press("o", "enter")
        await pilot.pause()

    monkeypatch.chdir(seed.parent)
    with pytest.raises(RuntimeError, match="the disk fell off"):
        review(Path("claims.yaml"), steps)
    app = ended[0]
    assert isinstance(app.failure, RuntimeError)
    assert app.return_code == 1
    assert drawn == []  # Textual never drew its traceback (show_locals=True)
