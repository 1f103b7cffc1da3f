"""The desk configuration: found by walking up from the claim file, checked key by key."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimcheck import config
from tests.conftest import run

DESK = """\
[org]
name = "Example Fact Desk"
url = "https://factcheck.example"

[publish]
base_url = "https://factcheck.example/checks"

[people.alice]
name = "Alice Martin"
roles = ["reviewer", "adjudicator"]

[report]
format = "md"

[keys]
sourced = "y"
"""


@pytest.fixture
def desk(tmp_path: Path, seed: Path) -> Path:
    (tmp_path / "claimcheck.toml").write_text(DESK)
    return tmp_path / "claimcheck.toml"


def test_config_shows_each_setting_and_where_it_came_from(desk: Path) -> None:
    result = run("config")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "# from claimcheck.toml"
    assert 'org.name = "Example Fact Desk"  # claimcheck.toml' in lines
    assert "org.logo = null  # default" in lines
    assert 'keys.sourced = "y"  # claimcheck.toml' in lines
    assert 'keys.unverified = "u"  # default' in lines
    assert 'people.alice.name = "Alice Martin"  # claimcheck.toml' in lines
    assert 'people.alice.roles = ["reviewer", "adjudicator"]  # claimcheck.toml' in lines


def test_config_json(desk: Path) -> None:
    result = run("config", "--json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["file"] == "claimcheck.toml"
    assert doc["settings"]["org"]["url"] == "https://factcheck.example"
    assert doc["from"]["publish.base_url"] == "claimcheck.toml"
    assert doc["from"]["publish.reviewer_as_author"] == "default"


def test_the_nearest_file_walking_up_from_the_claim_file_wins(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text('[org]\nname = "Outer"\n')
    inner = tmp_path / "desk" / "2026"
    inner.mkdir(parents=True)
    (tmp_path / "desk" / "claimcheck.toml").write_text('[org]\nname = "Inner"\n')
    result = run("config", "--json", "-f", "desk/2026/claims.yaml")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["settings"]["org"]["name"] == "Inner"
    assert json.loads(result.stdout)["file"] == os.path.join("desk", "claimcheck.toml")


def test_pyproject_tool_table_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.claimcheck.org]\nname = "Py Desk"\n'
    )
    result = run("config", "--json")
    assert json.loads(result.stdout)["settings"]["org"]["name"] == "Py Desk"
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    result = run("config")
    assert result.stdout.startswith("# no claimcheck.toml: defaults\n")


def test_the_walk_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text('[org]\nname = "Outside"\n')
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    result = run("config", "--json", "-f", "repo/claims.yaml")
    assert json.loads(result.stdout)["file"] is None


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[org]\nnmae = "x"\n', "claimcheck.toml: [org] nmae: unknown key"),
        ('colour = "x"\n', "claimcheck.toml: colour: unknown key"),
        ('[org]\nurl = "ftp://x"\n', "claimcheck.toml: [org] url: not an http(s) URL: 'ftp://x'"),
        (
            "[publish]\nreviewer_as_author = 3\n",
            "claimcheck.toml: [publish] reviewer_as_author: Input should be a valid boolean, "
            "unable to interpret input",
        ),
        (
            '[people.bob]\nroles = ["boss"]\n',
            "claimcheck.toml: [people.bob.roles] 0: Input should be 'reviewer' or 'adjudicator'",
        ),
        (
            '[keys]\nopinion = "s"\n',
            "claimcheck.toml: [keys]: 's' is the key of both sourced and opinion",
        ),
        (
            '[keys]\nopinion = "n"\n',
            "claimcheck.toml: [keys] opinion: 'n' is a review key for moving about; choose another",
        ),
        (
            '[keys]\nopinion = "\\u001b"\n',
            "claimcheck.toml: [keys] opinion: '\\x1b' is not a key one can type; give a visible "
            "character",
        ),
        (
            '[review.keys]\njump = "\\u2028"\n',
            "claimcheck.toml: [review.keys] jump: '\\u2028' is not a key one can type; give a "
            "visible character",
        ),
        *[
            (
                f'[{table}]\n{name} = "{digit}"\n',
                f"claimcheck.toml: [{table}] {name}: '{digit}' is a digit, kept for accepting "
                "a reviewer's decision when adjudicating; choose another",
            )
            for table, name, digit in [
                ("keys", "opinion", "1"),
                ("keys", "sourced", "0"),
                ("keys", "unverified", "\u0663"),  # an Arabic-Indic three is a digit too
                ("review.keys", "filter", "2"),
                ("review.keys", "jump", "9"),
                ("review.keys", "accept", "5"),
            ]
        ],
        (
            '[report]\nformat = "pdf"\n',
            "claimcheck.toml: [report] format: unknown format 'pdf'; choose one of term, md, "
            "html, json, csv, claimreview",
        ),
        (
            "[org\n",
            "claimcheck.toml: not valid TOML: Expected ']' at the end of a table declaration (at line 1, column 5)",
        ),
    ],
)
def test_a_bad_configuration_is_one_line_with_the_file_and_key(
    tmp_path: Path, seed: Path, toml: str, message: str
) -> None:
    (tmp_path / "claimcheck.toml").write_text(toml)
    before = seed.read_bytes()
    for args in (["config"], ["report", "-F", "md"]):
        result = run(*args)
        assert result.exit_code == 1, result.output
        assert result.stderr == f"Error: {message}\n"
        assert result.stdout == ""
    assert seed.read_bytes() == before


def test_a_planted_link_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "claimcheck.toml").write_text('[org]\nname = "Planted"\n')
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "claimcheck.toml").symlink_to(outside / "claimcheck.toml")
    result = run("config", "-f", "desk/claims.yaml")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: desk/claimcheck.toml: a link to {outside / 'claimcheck.toml'}, outside its "
        "folder; not read\n"
    )


def test_an_oversized_file_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text("# " + "x" * config.MAX_BYTES + "\n")
    result = run("config")
    assert result.exit_code == 1
    assert result.stderr == "Error: claimcheck.toml: larger than 256 KiB; not read\n"


def test_report_defaults_apply(desk: Path) -> None:
    result = run("report")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# ")  # Markdown, the desk's default format


def test_commands_that_need_no_configuration_do_not_import_it(seed: Path) -> None:
    import subprocess
    import sys

    code = (
        f"import sys; sys.argv = ['claimcheck', 'list', '-f', {str(seed)!r}]\n"
        "from claimcheck.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert 'claimcheck.config' not in sys.modules and 'tomllib' not in sys.modules"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_desks_keys_are_the_reviews_keys() -> None:
    from claimcheck.reviewkeys import KEYS, MOVES, keymap

    moving = {k for keys, *_ in MOVES for k in keys if len(k) == 1}
    assert moving <= config.NAVIGATION_KEYS  # a label's key can never take one of them
    desk = config.parse(b'[keys]\nsourced = "y"\n', Path("claimcheck.toml")).desk
    chosen = keymap(desk.keys.model_dump())
    assert chosen.keys["y"] == "sourced" and "s" not in chosen.keys
    assert chosen.line.startswith("y sourced  u unverified  o opinion  ")
    assert chosen.help[0][0] == "y"
    assert keymap().keys == KEYS  # without a desk: the states table's keys


def test_a_config_nested_too_deeply_is_one_line(tmp_path: Path, seed: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text("x = " + "[" * 50_000 + "]" * 50_000 + "\n")
    result = run("config")
    assert result.exit_code == 1, result.output
    assert result.stderr == "Error: claimcheck.toml: not valid TOML: nested too deeply\n"


def test_config_shows_a_c1_control_in_a_value_as_an_escape_without_eating_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimcheck.toml").write_text('[people.bob]\nname = "B\\u009bob"\n')
    lines = run("config").stdout.splitlines()
    assert 'people.bob.name = "B\\u009bob"  # claimcheck.toml' in lines


def test_the_default_desk_by_construction_is_the_validated_one() -> None:
    from claimcheck.config import Desk, default_desk

    made, validated = default_desk(), Desk()
    assert made == validated and made.model_dump() == validated.model_dump()
    assert made.model_fields_set == validated.model_fields_set == set()
    for name in Desk.model_fields:  # every section, also by construction, equal
        assert getattr(made, name) == getattr(validated, name)
        assert type(getattr(made, name)) is type(getattr(validated, name))
