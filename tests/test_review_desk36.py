"""The full-screen review, desk tester 36: a split at the cursor snaps to a word as
`claimcheck split --at` does, and a split whose parts need their texts asks for them; the
public explanation has a key (`w`); clearing a filter stays on the claim; taking back a
text edit gives the claim the hint of its text again; status messages use the width."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from claimcheck import store
from claimcheck.tui import actions
from claimcheck.tui.app import ReviewApp
from claimcheck.tui.widgets import Ask, Help
from tests.terminal import run
from tests.test_review_app import keys, plain, review, text, typed


@pytest.fixture
def here(seed: Path) -> Path:
    return Path("claims.yaml")  # the tests run in the seed's folder


def flat(screen: str) -> str:
    return " ".join(screen.split())


def cli(*args: str) -> str:
    done = run(*args, "-f", "claims.yaml", cwd=Path())
    assert done.returncode == 0, done.stderr
    return done.stdout


def shown(claim_id: str) -> dict[str, object]:
    return dict(json.loads(cli("show", claim_id, "--json")))


def own(claim_id: str, reviewer: str) -> dict[str, object]:
    claim = store.load(Path("claims.yaml")).doc.claim(claim_id)
    assert claim is not None
    review = claim.review_by(reviewer)
    assert review is not None
    return {"label": review.label, "explanation": review.explanation, "note": review.note}


# --------------------------------------------------------------------------- explanation


def test_w_writes_the_public_explanation_as_a_decision_and_z_undoes_it(here: Path) -> None:
    cli("tag", "c001", "opinion", "-r", "ana", "--note", "internal")
    words = "The piece argues a view; it states no checkable fact."

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "g")
        await typed(pilot, "c001")
        await keys(pilot, "enter", "w")
        assert app.query_one("#ask", Ask).value == ""
        assert "Public explanation of c001, opinion" in text(app, "#status")
        await typed(pilot, words)
        await keys(pilot, "enter")
        assert flat(text(app, "#status")) == "saved: c001 → opinion; public explanation saved"
        assert app.session.current is not None and app.session.current.id == "c001"
        await keys(pilot, "w")  # offered again, selected: what is typed replaces it
        assert app.query_one("#ask", Ask).value == words
        await keys(pilot, "enter")  # the same again: nothing saved
        assert flat(text(app, "#status")) == "unchanged: c001 (the same public explanation)"

    review(here, steps, walk_all=True)
    assert own("c001", "ana") == {"label": "opinion", "explanation": words, "note": "internal"}
    assert shown("c001")["explanation"] == words

    async def undo(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "w", "ctrl+u", "enter")  # emptied: cleared
        assert flat(text(app, "#status")) == "saved: c001 → opinion; public explanation cleared"
        assert own("c001", "ana")["explanation"] is None  # durable at once (the journal)
        await keys(pilot, "z")
        assert flat(text(app, "#status")) == "undone: c001 is opinion again"

    review(here, undo, walk_all=True)
    assert own("c001", "ana")["explanation"] == words


def test_w_on_a_claim_without_a_label_asks_for_none_and_changes_nothing(here: Path) -> None:
    before = here.read_bytes()

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "w")
        assert app.asking is None
        assert "c001 has no label of yours" in flat(text(app, "#status"))

    review(here, steps)
    assert here.read_bytes() == before


def test_an_explanation_changed_elsewhere_while_w_is_open_is_not_overwritten(
    here: Path,
) -> None:
    cli("tag", "c001", "unverified", "-r", "ana", "--explanation", "First.")

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "g")
        await typed(pilot, "c001")
        await keys(pilot, "enter", "w")
        assert app.query_one("#ask", Ask).value == "First."
        # the same reviewer, from a script, meanwhile: the label and note are as shown
        cli("tag", "c001", "unverified", "-r", "ana", "--explanation", "From the script.")
        await typed(pilot, "From the review.")
        await keys(pilot, "enter")
        status = flat(text(app, "#status"))
        assert "public explanation your decision replaces was changed elsewhere" in status
        assert "not saved" in status

    review(here, steps, walk_all=True)
    assert own("c001", "ana")["explanation"] == "From the script."


def test_w_is_in_the_help_the_key_line_and_the_palette(here: Path) -> None:
    explain = actions.table()
    assert [a.key for a in explain if a.name == "explain"] == ["w"]

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        assert "w explain" in app.query_one("#ask", Ask).placeholder
        await keys(pilot, "question_mark")
        assert isinstance(app.screen, Help)
        help_text = " ".join(plain(s.content) for s in app.screen.query(Static))
        assert "w explain: write the public explanation readers see" in flat(help_text)
        await keys(pilot, "escape")

    review(here, steps, size=(160, 40))


def test_a_desk_that_gave_w_to_another_action_keeps_it() -> None:
    table = actions.table(review_keys={"jump": "w"})
    by = {a.name: a for a in table}
    assert by["jump"].key == "w" and by["explain"].key == ""
    assert actions.clash(table) is None


# --------------------------------------------------------------------------- split


def test_a_bar_typed_inside_a_word_splits_at_its_start_as_split_at_does(here: Path) -> None:
    whole = "Putin may have survived the Wagner uprising, but he is not out of the woods yet"
    assert run("edit", "c001", "--at", "93-172", "-f", "claims.yaml", cwd=Path()).returncode == 0
    copy = Path("copy.yaml")
    copy.write_bytes(here.read_bytes())

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "v", "home", *["right"] * 46)  # after the "b" of "but"
        await typed(pilot, "|")
        assert app.query_one("#ask", Ask).value == whole[:46] + "|" + whole[46:]
        await keys(pilot, "enter")
        assert flat(text(app, "#status")).startswith("c001: split into c")

    review(here, steps)
    parts = [c for c in store.load(here).doc.claims if c.split_from == "c001"]
    # "but" kept whole, not cut at the bar: it starts the second part, and as a joining
    # word it goes, with its comma, into no part (h36g)
    assert [p.passage.quote for p in parts] == [whole[:43], whole[49:]]
    # the command's rule, at the same offset: the same parts
    done = run("split", "c001", "--at", str(93 + 46), "-f", copy.name, cwd=Path())
    assert done.returncode == 0, done.stderr
    cut = [c for c in store.load(copy).doc.claims if c.split_from == "c001"]
    assert [p.passage.quote for p in cut] == [p.passage.quote for p in parts]


def test_a_split_whose_parts_need_their_texts_asks_for_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The claim's passage lacks the subject its text has ('closed in May 2024 when …'):
    neither part's words make a statement alone, so the review asks each part's text,
    offering its words, as `claimcheck split --text` takes them."""
    monkeypatch.chdir(tmp_path)
    Path("article.txt").write_text(
        "Pier to reopen next year\n\nThe Eastgate pier, which opened in 1901, closed in "
        "May 2024 when divers found rot in its wooden piles. Repairs will cost £3 million, "
        "the council said on Monday.\n"
    )
    assert run("extract", "article.txt", "-o", "claims.yaml", cwd=Path()).returncode == 0
    here = Path("claims.yaml")
    claim = store.load(here).doc.claim("c002")
    assert claim is not None and claim.passage.quote.startswith("closed in May 2024 when")
    before = here.read_bytes()
    first = "The Eastgate pier closed in May 2024."
    second = "Divers found rot in the Eastgate pier's wooden piles in May 2024."

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "g")
        await typed(pilot, "c002")
        await keys(pilot, "enter", "v", "home", *["right"] * 19)
        await typed(pilot, "|")
        await keys(pilot, "enter")
        status = flat(text(app, "#status"))
        assert "'closed in May 2024' is no statement on its own" in status
        assert "Text of part 1 of 2 of c002" in status
        assert app.query_one("#ask", Ask).value == "closed in May 2024"
        assert here.read_bytes() == before  # nothing saved yet
        await keys(pilot, "ctrl+u", "enter")  # an empty text: asked again
        assert "part 1 needs a text" in flat(text(app, "#status"))
        await typed(pilot, first)
        await keys(pilot, "enter")
        assert "Text of part 2 of 2 of c002" in flat(text(app, "#status"))
        assert app.query_one("#ask", Ask).value.startswith("when divers found rot")
        await keys(pilot, "ctrl+u")
        await typed(pilot, second)
        await keys(pilot, "enter")
        assert flat(text(app, "#status")).startswith("c002: split into c")

    review(here, steps)
    doc = store.load(here).doc
    parts = [c for c in doc.claims if c.split_from == "c002"]
    assert [p.text for p in parts] == [first, second]
    assert [p.passage.quote for p in parts] == [
        "closed in May 2024",
        "when divers found rot in its wooden piles.",
    ]
    assert [c.id for c in doc.deleted] == ["c002"]


def test_escape_while_a_parts_text_is_asked_splits_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("article.txt").write_text(
        "Mill shut\n\nThe old mill, which was built in 1850, shut in June when its owner "
        "retired after forty years.\n"
    )
    assert run("extract", "article.txt", "-o", "claims.yaml", cwd=Path()).returncode == 0
    here = Path("claims.yaml")
    before = here.read_bytes()

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "g")
        await typed(pilot, "c002")
        await keys(pilot, "enter", "v")
        value = app.query_one("#ask", Ask).value
        assert value.startswith("shut in June when"), value
        await keys(pilot, "home", *["right"] * 12)
        await typed(pilot, "|")
        await keys(pilot, "enter")
        assert "Text of part 1 of 2 of c002" in flat(text(app, "#status"))
        await keys(pilot, "escape")
        assert flat(text(app, "#status")) == "cancelled: nothing changed"

    review(here, steps)
    assert here.read_bytes() == before


# --------------------------------------------------------------------------- hint


def test_taking_back_a_text_edit_gives_the_claim_its_texts_hint_again(here: Path) -> None:
    from claimcheck.edits import suggest

    edited = "I think this was a wonderful and brave escape."

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "t", "ctrl+u")
        await typed(pilot, edited)
        await keys(pilot, "enter")
        assert "evaluative: wonderful" in flat(text(app, "#claim"))
        await keys(pilot, "x")
        assert "c001: text restored" in flat(text(app, "#status"))
        shown_now = flat(text(app, "#claim"))
        assert "evaluative" not in shown_now and "past event: survived" in shown_now

    review(here, steps)
    claim = store.load(here).doc.claim("c001")
    assert claim is not None and claim.text == "Putin survived the Wagner uprising."
    assert claim.hint == suggest(claim.text)


# --------------------------------------------------------------------------- filter


def test_clearing_a_filter_stays_on_the_claim_shown(here: Path) -> None:
    cli("tag", "c004", "sourced", "-r", "bo", "-s", "https://example.org/a")
    cli("tag", "c007", "sourced", "-r", "bo", "-s", "https://example.org/b")

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        assert "c004" not in app.session.ids  # the review walks the pending claims
        await keys(pilot, "f")
        await typed(pilot, "label:sourced")
        await keys(pilot, "enter")
        assert app.session.ids == ["c004", "c007"]
        await keys(pilot, "n")  # on c007, which the walk it started with has not
        await keys(pilot, "c")
        current = app.session.current
        assert current is not None and current.id == "c007"
        assert "c007" in text(app, "#claim").splitlines()[0]
        await keys(pilot, "n")  # and on from it, in the file's order
        current = app.session.current
        assert current is not None and current.id == "c008"
        await keys(pilot, "f")
        await typed(pilot, "label:sourced")
        await keys(pilot, "enter", "n", "n", "n")  # past the end of the filtered walk
        assert app.session.current is None
        await keys(pilot, "c")  # back on the last claim it showed
        current = app.session.current
        assert current is not None and current.id == "c007"

    review(here, steps)


# --------------------------------------------------------------------------- status width


def wrapped(message: str, width: int) -> int:
    """The lines `message` takes on the status line at `width` columns (less padding)."""
    return len(plain_at(message, width - 2).rstrip("\n").splitlines())


def plain_at(message: str, width: int) -> str:
    import io

    from rich.console import Console

    console = Console(file=io.StringIO(), width=width, record=True)
    console.print(message)
    return console.export_text()


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 30)])
def test_a_claim_added_is_quoted_as_the_status_line_has_room_for(
    here: Path, size: tuple[int, int]
) -> None:
    cli("delete", "c010", "-r", "ana")
    said: list[str] = []

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "i", "ctrl+u")
        await typed(pilot, "1809-1920")
        await keys(pilot, "enter")
        said.append(flat(text(app, "#status")))

    review(here, steps, size=size)
    message = said[0]
    added = [c for c in store.load(here).doc.claims if c.passage.start == 1809]
    assert len(added) == 1 and len(added[0].text) > 100
    assert message.endswith("; x takes it back")
    assert wrapped(message, size[0]) <= 3  # the whole message is on the screen
    if size[0] >= 80:  # the claim's text whole: there is room for it
        assert f"({added[0].text})" in message
    else:
        assert "…)" in message


@pytest.mark.parametrize("width", [60, 120])
def test_a_refused_splits_part_is_quoted_as_the_status_line_has_room_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("article.txt").write_text(
        "Harbour vote\n\nThe harbour committee approved the repair plan on Monday with the "
        "support of every councillor from the three largest parties on the committee.\n"
    )
    assert run("extract", "article.txt", "-o", "claims.yaml", cwd=Path()).returncode == 0
    here = Path("claims.yaml")
    part = "with the support of every councillor from the three largest parties on the"
    said: list[str] = []

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "v")
        value = app.query_one("#ask", Ask).value
        await keys(pilot, "home", *["right"] * value.index(" with the"))
        await typed(pilot, " |")
        await keys(pilot, "enter")
        said.append(flat(text(app, "#status")))
        await keys(pilot, "escape")

    review(here, steps, size=(width, 24))
    if width == 120:
        whole = f"{part} committee."
        assert f"not split yet: '{whole}' is no statement on its own" in said[0]
    else:  # shortened to what 60 columns have room for, with the prompt after it
        from claimcheck.tui.fit import room

        rest = "not split yet: '' is no statement on its own · Text of part 1 of 2 of c001: "
        assert f"not split yet: '{part[: room(60, len(rest)) - 1]}…' is no" in said[0]
    cli_said = run("split", "c001", "--at", str(Path("article.txt").read_text().index(" with the")),
                   "-f", "claims.yaml", cwd=Path())  # fmt: skip
    assert f"the part '{part[:59]}…' of c001" in cli_said.stderr  # 60 on the command line


def test_w_on_a_claim_that_just_took_a_removed_ones_place_is_held(here: Path) -> None:
    cli("tag", "c003", "opinion", "-r", "ana")

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "g")
        await typed(pilot, "c002")
        await keys(pilot, "enter")
        done = run("delete", "c002", "-r", "bo", "-f", "claims.yaml", cwd=Path())
        assert done.returncode == 0, done.stderr
        app.look_again()
        await pilot.pause()
        assert "c002 was deleted by bo; now showing c003" in flat(text(app, "#status"))
        await keys(pilot, "w")  # typed for c002: not for the claim now shown
        assert app.asking is None
        assert "nothing done; press w again to act on c003" in flat(text(app, "#status"))

    review(here, steps, walk_all=True)
