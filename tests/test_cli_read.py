from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from claimcheck import __version__
from claimcheck.cli import app
from tests.conftest import DATA, ROOT, run

# Every registered command: a new one is covered without being listed here.
COMMANDS = [str(c.name) for c in app.registered_commands]


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"claimcheck {__version__}\n"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = run(name, "--help")
    assert result.exit_code == 0, result.output
    assert "Example: claimcheck " + name in " ".join(result.stdout.split())


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"claimcheck {name}" in (ROOT / "README.md").read_text()


def test_list_filters_by_label_and_text(seed: Path) -> None:
    result = run("list", "-f", str(seed), "--label", "pending", "--text", "BELGOROD")
    assert result.exit_code == 0, result.output
    assert "11 of 114 claims: 11 pending" in result.stdout
    assert "c055" in result.stdout


def test_list_default_file_and_env(seed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("list").exit_code == 0  # claims.yaml in the current folder
    monkeypatch.setenv("CLAIMCHECK_FILE", str(seed.parent / "missing.yaml"))
    assert run("list").exit_code == 1


def test_list_json(seed: Path) -> None:
    result = run("list", "-f", str(seed), "--json", "--section", "raid belgorod")
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows][:2] == ["c050", "c051"]
    assert rows[0]["section"] == "How did they raid Belgorod?"
    assert rows[0]["label"] is None


def test_list_unknown_label(seed: Path) -> None:
    result = run("list", "-f", str(seed), "--label", "true")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: unknown label 'true'; choose one of sourced, unverified, opinion, disputed, "
        "pending, needs-recheck\n"
    )


def test_show_puts_the_claim_in_its_paragraph(seed: Path) -> None:
    result = run("show", "c038", "-f", str(seed))
    assert result.exit_code == 0, result.output
    flat = " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.stdout).split())
    assert (
        "Ukrainian intelligence reported nearly 100 acts of sabotage inside Russia in the" in flat
    )
    assert "attributed to Ukrainian intelligence" in flat
    assert "A wave of sabotage has taken place across the country" in flat


def test_show_highlights_the_passage_in_colour(seed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    result = run("show", "c038", "-f", str(seed))
    assert "\x1b[1;7mIn just " in result.stdout


def test_a_monochrome_terminal_gets_bold_and_reverse_but_no_colour(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TERM=xterm-mono (terminfo's "-mono"/"-m" names) draws as under NO_COLOR: the
    passage still stands out in reverse video, and no colour code is sent."""
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-mono")
    result = run("report", "-f", str(seed))  # its bars and labels in colour elsewhere
    assert result.exit_code == 0
    shown = run("show", "c038", "-f", str(seed)).stdout
    assert "\x1b[1;7mIn just " in shown
    for out in (result.stdout, shown):
        codes = re.findall(r"\x1b\[([0-9;]*)m", out)
        assert codes and not [c for c in codes if re.search(r"(^|;)(3|4|9|10)\d", c)], codes


def test_show_piped_marks_the_passage_since_no_highlight_survives_a_pipe(seed: Path) -> None:
    flat = " ".join(re.sub(r"[│╭╮╰╯─]", " ", run("show", "c038", "-f", str(seed)).stdout).split())
    assert "sabotage inside Russia in the [[" not in flat  # the marks hold the passage only
    assert re.search(r"\[\[In just [^\]]+\]\]", flat)


def test_show_unknown_id(seed: Path) -> None:
    result = run("show", "c999", "-f", str(seed))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {seed}: no claim with id 'c999'\n"


def test_schema_validates_the_bundled_file() -> None:
    result = run("schema")
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    data = yaml.safe_load((DATA / "claims.yaml").read_text())
    jsonschema.validate(data, schema)
    data["claims"][0]["lable"] = "sourced"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_text_from_files_is_never_markup(tmp_path: Path) -> None:
    from claimcheck import store
    from claimcheck.models import Article, Claim, ClaimFile, Passage

    evil = "[red]The sky[/red] \x1b[31mis\x1b[0m blue.\x1b]8;;http://x\x07 [link=http://x]y[/link]"
    doc = ClaimFile(
        article=Article(id="a", title="[bold]T", text=evil),
        claims=[
            Claim(
                id="c001",
                text=evil,
                section=evil,
                passage=Passage(quote=evil, start=0, end=len(evil)),
            )
        ],
    )
    target = tmp_path / "evil.yaml"
    target.write_bytes(store.dump(doc))
    for args in (["list"], ["show", "c001"], ["validate"]):
        result = run(*args, "-f", str(target))
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout
        assert "\x07" not in result.stdout
        if args[0] != "validate":
            assert "[red]The sky[/red]" in result.stdout
            assert "[link=http://x]y[/link]" in " ".join(result.stdout.split())


def test_validate_json_is_a_list_however_the_files_are_named(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_bytes((ROOT / "data" / "claims.yaml").read_bytes())
    (tmp_path / "article.txt").write_bytes((ROOT / "data" / "article.txt").read_bytes())
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\n")
    one = run("validate", "-f", str(good), "--json")
    assert one.exit_code == 0, one.output
    assert [(r["file"], r["ok"], r["claims"]) for r in json.loads(one.stdout)] == [
        (str(good), True, 114)
    ]
    both = run("validate", str(good), str(bad), "--json")
    assert both.exit_code == 1, both.output
    assert [(r["file"], r["ok"]) for r in json.loads(both.stdout)] == [
        (str(good), True),
        (str(bad), False),
    ]


ARTICLE = (
    "The bridge reopened in March after repairs. Is it safe now?\n\nThe council approved "
    "the budget on Monday. Click here to subscribe!\n\nThe mayor resigned in May.\n\n"
    "The ferry stopped running in 2019.\n"
)
QUESTION, READER = "Is it safe now?", "Click here to subscribe!"


def _at(quote: str) -> str:
    start = ARTICLE.index(quote)
    return f"{start}-{start + len(quote)}"


def _extracted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    result = run("extract", "a.txt", "-o", "c.yaml")
    assert result.exit_code == 0, result.stderr


def test_show_left_out_lists_the_passages_add_can_promote(tmp_path: Path) -> None:
    _extracted(tmp_path)
    result = run("show", "--left-out", "-f", "c.yaml")
    assert result.exit_code == 0, result.stderr
    assert (
        result.stdout == f"{_at(QUESTION)}\tquestion\t{QUESTION}\n{_at(READER)}\treader\t{READER}\n"
    )
    assert result.stderr == "c.yaml: 2 left-out passages\n"
    listed = json.loads(run("show", "--left-out", "--json", "-f", "c.yaml").stdout)
    start, end = (int(x) for x in _at(READER).split("-"))
    assert listed[1] == {"start": start, "end": end, "reason": "reader", "quote": READER}
    # the offsets it prints are the ones add --left-out takes
    assert run("add", "-f", "c.yaml", "--left-out", _at(READER)).exit_code == 0
    result = run("show", "--left-out", "-f", "c.yaml")
    assert result.stdout == f"{_at(QUESTION)}\tquestion\t{QUESTION}\n"


def test_show_names_the_left_out_passages_next_to_a_claim(tmp_path: Path) -> None:
    _extracted(tmp_path)

    def shown(claim_id: str) -> str:
        result = run("show", claim_id, "-f", "c.yaml")
        assert result.exit_code == 0, result.stderr
        return " ".join(result.stdout.replace("\u2502", " ").split())

    first, second, fourth = shown("c001"), shown("c002"), shown("c004")
    assert "left out next to this passage" in first
    assert f"{_at(QUESTION)} question {QUESTION}" in first
    assert READER not in first.split("left out next to")[1]
    # after a blank line, and before one: still next to it
    assert f"{_at(QUESTION)} question" in second and f"{_at(READER)} reader" in second
    # a claim with only claims around it has nothing left out next to it
    assert "left out" not in fourth


def test_left_out_text_is_shown_as_data_not_markup(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "The council approved the budget on Monday.\n\nClick [bold]here[/bold] \x1b[31mnow!\n",
        "utf-8",
    )
    assert run("extract", "a.txt", "-o", "c.yaml").exit_code == 0
    shown = run("show", "--left-out", "-f", "c.yaml").stdout
    assert "[bold]here[/bold]" in shown and "\x1b" not in shown
    panel = run("show", "c001", "-f", "c.yaml").stdout
    assert "[bold]here[/bold]" in panel and "\x1b" not in panel


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "Error: say what to show: a claim ID, or --left-out"),
        (
            ("c001", "--left-out"),
            "Error: --left-out lists every left-out passage: give it without an ID",
        ),
    ],
)
def test_show_needs_an_id_or_left_out(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    _extracted(tmp_path)
    result = run("show", *args, "-f", "c.yaml")
    assert (result.exit_code, result.stderr) == (2, message + "\n")
