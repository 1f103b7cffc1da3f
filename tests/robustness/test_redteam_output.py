"""Red team, output injection: text from a claim file (or the environment) is data in every
output. Nothing from it acts on a terminal, breaks out of a <script>, or runs as a formula."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.formats.claimreview import script_safe
from claimcheck.formats.table import _formula, cell
from claimcheck.safe import clean, dumps
from tests.conftest import run
from tests.robustness.redteam import VALID
from tests.terminal import CLAIMCHECK, Pty

OSC52 = "\x1b]52;c;aGVsbG8=\x07"  # put "hello" on the clipboard
TITLE = "\x1b]0;owned\x07"
OSC8 = "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"
CSI = "\x1b[2J\x1b[H"
C1 = "\x9b31m\x9d0;t\x9c"
BIDI = "\u202egnp.exe"
EVIL = OSC52 + TITLE + OSC8 + CSI + C1 + BIDI


def payload_free(output: str) -> bool:
    """None of the sequences above, or a piece of one, reached the output."""
    return not any(
        s in output for s in ("\x1b", "\x9b", "\x9d", "\x9c", "\u202e", "aGVsbG8=", "owned\x07")
    )


def with_reviews(tmp_path: Path, names: list[str], note: str = "", *, valid: bool = True) -> Path:
    """The mini claim file with c001 decided by each of `names` (maybe hostile)."""
    data = yaml.safe_load(VALID)
    claim = data["claims"][0]
    claim["label"] = "opinion"
    claim["reviewer"] = names[0]
    claim["reviewed_at"] = "2026-11-20T09:00:00Z"
    if note:
        claim["note"] = note
    claim["history"] = [
        {"at": "2026-11-20T09:00:00Z", "by": name, "field": "label", "new": "opinion"}
        for name in names
    ]
    if len(names) > 1:
        claim["reviews"] = [
            {"by": name, "at": f"2026-11-20T09:0{i}:00Z", "label": "opinion"}
            for i, name in enumerate(names)
        ]
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    assert run("validate", "-f", "c.yaml").exit_code == (0 if valid else 1)
    return path


COMMANDS = pytest.mark.parametrize(
    "argv",
    [
        ["tag", "c001", "unverified", "-f", "c.yaml"],
        ["agree", "-f", "c.yaml"],
        ["history", "-f", "c.yaml"],
        ["show", "c001", "-f", "c.yaml"],
        ["list", "-f", "c.yaml"],
        ["report", "-f", "c.yaml"],
    ],
    ids=lambda a: a[0],
)


@COMMANDS
@pytest.mark.parametrize("reviewers", [1, 2])
def test_no_escape_from_a_file_reaches_the_terminal(
    tmp_path: Path, argv: list[str], reviewers: int
) -> None:
    with_reviews(tmp_path, [f"eve{i}" for i in range(reviewers)], note=EVIL)
    result = run(*argv)
    assert result.exit_code == 0, result.output
    assert payload_free(result.output), repr(result.output)
    assert "eve0" in result.output or argv[0] in ("list", "report")


@COMMANDS
@pytest.mark.parametrize("reviewers", [1, 2])
def test_a_file_whose_reviewer_names_hold_escapes_is_refused_without_echoing_them(
    tmp_path: Path, argv: list[str], reviewers: int
) -> None:
    """A name is shown everywhere and compared with others: one with a control character
    (or any invisible one) is refused by the loader, its message as inert as any output."""
    path = with_reviews(tmp_path, [f"eve{i}{EVIL}" for i in range(reviewers)], valid=False)
    before = path.read_bytes()
    result = run(*argv)
    assert result.exit_code == 1, result.output
    assert payload_free(result.output), repr(result.output)
    assert "].by: a reviewer's name cannot hold an invisible character (U+001B)" in result.stderr
    assert path.read_bytes() == before


def test_reviewer_names_with_control_characters_are_refused(
    tmp_path: Path, mini: Path, monkeypatch
) -> None:
    """A name holding an escape sequence is refused (exit 2, the file unchanged), never
    stored cleaned into another name than the one given (h35i)."""
    before = mini.read_bytes()
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", f"ana{EVIL}")
    refused = run("tag", "c001", "opinion", "-f", "mini.yaml")
    assert refused.exit_code == 2
    assert inert(refused.output)  # the name is shown escaped, as data
    monkeypatch.delenv("CLAIMCHECK_REVIEWER")
    refused = run("tag", "c002", "opinion", "-f", "mini.yaml", "--reviewer", f"bob{OSC52}")
    assert refused.exit_code == 2
    assert inert(refused.output)
    assert mini.read_bytes() == before


def inert(output: str) -> bool:
    """No control character or direction override of the payloads reached the output."""
    return not any(s in output for s in ("\x1b", "\x9b", "\x9d", "\x9c", "\u202e", "\x07"))


def test_the_review_prompts_show_file_text_inert_and_typed_markup_literally(tmp_path: Path) -> None:
    """Through a real terminal: the note shown at '[now: …]' comes from the file; the
    source typed 'x:[/b]' used to be parsed as rich markup (exit 3)."""
    with_reviews(tmp_path, ["ana"], note=f"old note {EVIL}")
    env = {**os.environ, "CLAIMCHECK_REVIEWER": "ana", "NO_COLOR": "1", "TERM": "xterm"}
    claimcheck = CLAIMCHECK
    term = Pty([claimcheck, "review", "--plain", "-f", "c.yaml", "--all"], env, tmp_path)
    try:
        term.wait_for(b"1 of 2")
        term.write(b"s")
        term.wait_for(b"Source URL or citation")
        term.write(b"x:[/b]\r")
        term.wait_for(b"not an http(s) URL: 'x:[/b]'")
        term.write(b"javascript:[/red]\r")
        term.wait_for(b"not an http(s) URL: 'javascript:[/red]'")
        cancel(term)
        term.write(b"e")
        term.wait_for(b"[now: old note")
        cancel(term)
        term.write(b"q")
        _, status = os.waitpid(term.pid, 0)
        term.read(0.2)
        assert os.waitstatus_to_exitcode(status) == 0, term.output[-2000:]
    finally:
        try:
            os.kill(term.pid, 9)
            os.waitpid(term.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
    shown = term.output.decode("utf-8", "replace")
    assert "aGVsbG8=" not in shown and "\x1b]52" not in shown and "\x1b]0;" not in shown
    assert "\u202e" not in shown and "Traceback" not in shown


def cancel(term: Pty) -> None:
    """Esc, then wait for the redrawn screen: an Esc read together with the next key
    would be Alt+key."""
    drawn = term.output.count(b"1 of 2")
    term.write(b"\x1b")
    while term.output.count(b"1 of 2") == drawn:
        term.wait_for(b"1 of 2")
        term.read(0.1)


# --------------------------------------------------------------------------- ClaimReview


def test_claimreview_cannot_break_out_of_its_script_element(tmp_path: Path) -> None:
    breakout = "</script><script>alert(1)</script><!-- & -->"
    with_reviews(tmp_path, ["ana"])
    # the public explanation is what ClaimReview publishes (an internal note never is)
    tagged = run("tag", "c001", "opinion", "-f", "c.yaml", "--explanation", breakout)
    assert tagged.exit_code == 0, tagged.output
    result = run(
        "report", "-f", "c.yaml", "--format", "claimreview", "--url", "https://desk.example/f"
    )
    assert result.exit_code == 0, result.output
    assert not any(ch in result.stdout for ch in "<>&")
    assert "\\u003c/script\\u003e" in result.stdout
    graph = json.loads(result.stdout)["@graph"]
    assert graph[0]["reviewRating"]["ratingExplanation"] == breakout  # the same data


def test_claimreview_fragments_carry_nothing_from_the_file(tmp_path: Path) -> None:
    for name, article_id in (("a.yaml", 'x y"><img src=x>#'), ("b.yaml", "plain")):
        data = yaml.safe_load(VALID)
        data["article"]["id"] = article_id
        data["claims"][0]["label"] = "opinion"
        (tmp_path / name).write_text(yaml.safe_dump(data, sort_keys=False))
    result = run(
        "report", "a.yaml", "b.yaml", "--format", "claimreview", "--url", "https://desk.example/f"
    )
    assert result.exit_code == 0, result.output
    urls = [item["url"] for item in json.loads(result.stdout)["@graph"]]
    # fragments are the HTML report's entry anchors, built by claimcheck: nothing of the
    # hostile article id reaches the URL
    assert urls == ["https://desk.example/f#a1-c001", "https://desk.example/f#a2-c001"]


# --------------------------------------------------------------------------- CSV

FORMULAS = [
    "=1+1",
    " =1+1",
    '\u00a0=HYPERLINK("x")',
    "\u200b=1",
    "\u200d\ufeff@SUM(A1)",
    "\u3000+1",
    "\uff1d1+1",
    "\uff0b1",
    "\uff0dcmd",
    "\uff20SUM(A1)",
    "\n=1",
    "\t=1",
]


@pytest.mark.parametrize("note", FORMULAS, ids=[repr(f) for f in FORMULAS])
def test_csv_neutralises_formulas_behind_blanks_and_lookalikes(tmp_path: Path, note: str) -> None:
    with_reviews(tmp_path, ["ana"], note=note)
    result = run("report", "-f", "c.yaml", "--format", "csv")
    assert result.exit_code == 0, result.output
    row = next(r for r in csv.DictReader(io.StringIO(result.stdout)) if r["claim_id"] == "c001")
    assert row["note"].startswith("'"), row["note"]


@pytest.mark.parametrize("note", ["a = b", "-", "1 - 2", "\u00a0plain"])
def test_csv_leaves_ordinary_text_alone(tmp_path: Path, note: str) -> None:
    with_reviews(tmp_path, ["ana"], note=note)
    result = run("report", "-f", "c.yaml", "--format", "csv")
    row = next(r for r in csv.DictReader(io.StringIO(result.stdout)) if r["claim_id"] == "c001")
    assert row["note"] == ("'-" if note == "-" else note)


def test_file_names_found_in_a_folder_are_printed_inert(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / f"a{OSC52}.yaml").write_bytes(VALID)
    for argv in (["validate", "d"], ["report", "d"], ["report", "d", "--format", "md"]):
        result = run(*argv)
        assert result.exit_code == 0, result.output
        # the name's sequence is shown as escapes, inert: not run, and not dropped either
        # (dropped, `a<OSC 52>.yaml` would print as `a.yaml`, another file's name)
        assert not any(ch in result.output for ch in "\x1b\x07\x9b\x9c\x9d"), argv
        shown = "a\\x1b]52;c;aGVsbG8=\\x07.yaml"
        assert shown in result.output, argv  # in validate's line, report's or its warning


# --------------------------------------------------------------------------- properties

NASTY = st.text(
    st.sampled_from(
        list("\x1b\x07\x9b\x9c\x9d\x90[]];0m52=+-@ \u00a0\u200b\ufeff\uff1d\u202e<>&/ab\n\t")
    ),
    max_size=40,
)


@given(NASTY | st.text(max_size=40))
def test_clean_leaves_nothing_a_terminal_acts_on(text: str) -> None:
    out = clean(text)
    assert not any(ch in out for ch in "\x1b\x07\x9b\x9c\x9d\x90\u202e")
    assert clean(out) == out


@given(
    st.recursive(
        st.none() | NASTY,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(NASTY, inner, max_size=3),
        max_leaves=8,
    )
)
def test_claimreview_json_is_script_safe_and_the_same_data(value: object) -> None:
    text = script_safe(dumps(value))
    assert not any(ch in text for ch in "<>&")
    assert json.loads(text) == value


@given(NASTY | st.text(max_size=40))
def test_no_csv_cell_reads_as_a_formula(text: str) -> None:
    out = cell(text)
    assert not _formula(out) or out.startswith("'")


def test_claimreview_publishes_no_control_or_bidi_character(tmp_path: Path) -> None:
    with_reviews(tmp_path, ["ana"])
    hostile = "fine\u202eenil \x1b[31mred\x1b[0m \x07bell\x9b"
    tagged = run("tag", "c001", "opinion", "-f", "c.yaml", "--explanation", hostile)
    assert tagged.exit_code == 0, tagged.output
    result = run(
        "report", "-f", "c.yaml", "--format", "claimreview", "--url", "https://desk.example/f"
    )
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)["@graph"]
    assert item["reviewRating"]["ratingExplanation"] == "fineenil red bell"
