"""formats.spool: a report over many articles written an article at a time, the same
bytes as the whole report rendered at once."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import store
from claimcheck.formats import markdown, termrows
from claimcheck.formats.registry import Options
from claimcheck.formats.spool import Lines, spooled
from claimcheck.report import article_report, build
from tests import reviewed


@given(st.lists(st.text(alphabet="ab\n ", max_size=6), max_size=12))
def test_lines_are_joined_and_their_trailing_newlines_dropped(lines: list[str]) -> None:
    with spooled() as spool:
        Lines(spool).extend(lines)
        written = "".join(spool.chunks())
    assert written == "\n".join(lines).rstrip("\n")


def test_a_spool_past_its_memory_size_reads_back_whole() -> None:
    big = "x" * 700_000 + "\r\n\u00e9" + "y" * 700_000
    with spooled() as spool:
        spool.write(big)
        spool.write("end")
        assert "".join(spool.chunks()) == big + "end"


def test_markdown_streamed_over_three_articles_is_the_whole_report(tmp_path: Path) -> None:
    paths = [reviewed.make(tmp_path / f"d{i}", f"c{i}.yaml") for i in range(3)]
    reports = [article_report(str(p), (x := store.load(p)).doc, x.text) for p in paths]
    streamed = "".join(markdown.write(iter(reports), Options()))
    assert streamed == markdown.render(build(reports))
    assert streamed.startswith("# Verification report: 3 articles\n")
    one = "".join(markdown.write(iter(reports[:1]), Options()))
    assert one == markdown.render(build(reports[:1]))


def test_claimreview_streamed_over_three_articles_is_the_whole_document(tmp_path: Path) -> None:
    from claimcheck.formats import article_key, claimreview
    from claimcheck.public import public_claim
    from claimcheck.safe import dumps

    paths = [reviewed.make(tmp_path / f"d{i}", f"c{i}.yaml") for i in range(3)]
    reports = [article_report(str(p), (x := store.load(p)).doc, x.text) for p in paths]
    warned: list[str] = []
    options = Options(url="https://factcheck.example/x", warn=warned.append)
    streamed = "".join(claimreview.write(iter(reports), options))
    graph = [
        claimreview.review(c, a, options.url, article_key(i, True))
        for i, a in enumerate(reports, 1)
        for c in a.claims
        if public_claim(c).label is not None
    ]
    whole = {"@context": "https://schema.org", "@graph": claimreview._published(graph)}
    assert streamed == claimreview.script_safe(dumps(whole)) + "\n"
    assert len(graph) == 30
    assert warned == [
        "Warning: 30 ClaimReviews share the page https://factcheck.example/x; search engines "
        "read one ClaimReview per page, so expect only one of them to be shown"
    ]
    empty = "".join(claimreview.write(iter([]), options))
    assert (
        empty
        == claimreview.script_safe(dumps({"@context": "https://schema.org", "@graph": []})) + "\n"
    )


def test_term_streamed_over_three_articles_is_the_whole_report(tmp_path: Path) -> None:
    import io

    from rich.console import Console

    from claimcheck.formats import term

    paths = [reviewed.make(tmp_path / f"d{i}", f"c{i}.yaml") for i in range(3)]
    reports = [article_report(str(p), (x := store.load(p)).doc, x.text) for p in paths]
    for colour in (None, "truecolor"):
        drawn, whole = io.StringIO(), io.StringIO()
        for file, how in ((drawn, "streamed"), (whole, "whole")):
            console = Console(file=file, width=90, color_system=colour, force_terminal=True)
            if how == "streamed":
                term.draw(iter(reports), console)
            else:
                for part in term.render(build(reports)):
                    console.print(part)
        assert drawn.getvalue() == whole.getvalue()
        assert drawn.getvalue().count("Verification report") == 4
        assert ("\x1b[" in drawn.getvalue()) == bool(colour)


def test_term_table_of_articles_drawn_in_parts_is_the_whole_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over many articles the totals' table is drawn a few rows at a time, laid out with
    the whole table's column widths: the same text, folded file names included."""
    import io

    from rich.console import Console

    from claimcheck.formats import term

    folders = ["d", "a-much-longer-folder-name-that-has-to-fold", "e" * 70, "f", "g"]
    paths = [reviewed.make(tmp_path / name, f"c{i}.yaml") for i, name in enumerate(folders)]
    reports = [article_report(str(p), (x := store.load(p)).doc, x.text) for p in paths]

    def drawn(rows_at_once: int, width: int, colour: Literal["truecolor"] | None) -> str:
        monkeypatch.setattr(termrows, "ROWS_AT_ONCE", rows_at_once)
        file = io.StringIO()
        console = Console(file=file, width=width, color_system=colour, force_terminal=True)
        term.draw(iter(reports), console)
        return file.getvalue()

    for width in (60, 100, 140):
        for colour in (None, "truecolor"):
            whole = drawn(1000, width, colour)
            assert drawn(2, width, colour) == whole
            assert drawn(1, width, colour) == whole
    totals = drawn(2, 60, None).split("╭")[0]  # the articles' panels fold it too, apart
    assert "e" * 40 not in totals  # the long name was folded
    # without rich's layout method (renamed in some rich to come) the whole table is
    # drawn at once, the same text
    monkeypatch.setattr(termrows, "RICH_LAYOUT", "_no_such_method")
    assert drawn(2, 60, None) == drawn(1000, 60, None) != ""


_WORDS = st.text(alphabet="abc 漢é-/", max_size=30)


@given(
    st.lists(
        st.tuples(_WORDS, _WORDS, st.integers(0, 10**5), st.integers(0, 10**5)),
        min_size=1,
        max_size=9,
    ),
    st.sampled_from([40, 80, 200]),
    st.sampled_from([None, "truecolor"]),
)
@settings(max_examples=60, deadline=None)
def test_term_table_of_articles_laid_out_by_its_widest_rows_is_the_whole_table(
    rows: list[tuple[str, str, int, int]], width: int, colour: Literal["truecolor"] | None
) -> None:
    """The parts of the table of articles take their column widths from a table of the
    few rows widest in some column (by their longest line or longest word), not from
    every row at once: the same text as rich's layout of the whole table, wherever the
    widest rows are, wide characters and numbers included."""
    import io

    from rich.console import Console

    from claimcheck.formats import term
    from claimcheck.reportview import totals_view
    from claimcheck.states import NAMES

    made = [
        termrows.Row(file, title, tuple((sourced, pending)[i % 2] for i in range(len(NAMES))), rate)
        for n, (file, title, sourced, pending) in enumerate(rows)
        for rate in [("n/a", "100.0%", "5.0%")[n % 3]]
    ]
    counts = {name: sum(r.counts[i] for r in made) for i, name in enumerate(NAMES)}

    def drawn(rows_at_once: int, every_row: bool = False) -> str:
        file = io.StringIO()
        console = Console(file=file, width=width, color_system=colour, force_terminal=bool(colour))
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(termrows, "ROWS_AT_ONCE", rows_at_once)
            if every_row:  # the parts laid out by a table of every row, as they were
                patch.setattr(termrows, "widest", lambda rows, *_: rows)
            for part in term._totals(totals_view(counts), made):
                console.print(part)
        return file.getvalue()

    for rows_at_once in (1, 2):
        assert drawn(rows_at_once) == drawn(rows_at_once, every_row=True)
    # at 40 columns the table cannot fit and its parts were never quite the whole table
    # (column widths a cell or two apart, as before the rows were measured this way)
    if width >= 80:
        assert drawn(2) == drawn(1) == drawn(1000)
