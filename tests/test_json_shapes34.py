"""Every command's `--json`, as the README's table documents it (desk4 C5): the table is
read from the README and checked against the real output of each command, so the two
cannot drift; and `undo --json` says, for each claim, what was taken back and the state
the claim is in now (it printed the human sentences)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import typer.main

from claimcheck.cli import app
from tests import reviewed
from tests.conftest import run

README = Path(__file__).resolve().parent.parent / "README.md"
SPLIT = (
    "split", "c006",
    "--quote", "Russia may have the distinct honor of being the only country in modern "
    "history to invade another country",
    "--quote", "only to be invaded back- by its own people",
)  # fmt: skip


def documented() -> dict[str, tuple[str, set[str]]]:
    """The README's table: each command (as written, `show ID`) -> its shape and fields."""
    section = README.read_text().split("### JSON for scripts\n", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, tuple[str, set[str]]] = {}
    for line in section.splitlines():
        found = re.fullmatch(r"\| `([^`]+)` \| ([^|]+) \| (.+) \|", line)
        if found is None:
            continue
        command, shape, cell = found.groups()
        while (bare := re.sub(r"\([^()]*\)", "", cell)) != cell:
            cell = bare  # what is in parentheses are values, not fields
        fields = set(re.findall(r"`([^`]+)`", cell))
        if (same := re.match(r"the fields of `([^`]+)`", cell)) is not None:
            fields = (fields - {same.group(1)}) | rows[same.group(1)][1]
        rows[command] = (re.split(r"[,:]", shape)[0].strip(), fields)
    return rows


def _json_commands() -> set[str]:
    """Every command that takes --json ("evidence check" for a subcommand)."""
    found: set[str] = set()

    def walk(command: Any, name: str) -> None:  # typer's own click, duck-typed
        subs = getattr(command, "commands", None)
        if subs is not None:
            for sub, child in subs.items():
                walk(child, f"{name} {sub}".strip())
        elif any("--json" in p.opts for p in command.params):
            found.add(name)

    walk(typer.main.get_command(app), "")
    return found


def _out(*args: str) -> Any:
    result = run(*args)
    assert result.stdout, (args, result.stderr)
    return json.loads(result.stdout)


def outputs(tmp_path: Path) -> dict[str, list[Any]]:
    """What each documented command prints with --json, on a reviewed claim file: each
    run that may give other fields (validate of a good file and of a bad one)."""
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    reviewed.make(tmp_path)
    (tmp_path / "bad.yaml").write_text("claims: [\n")
    (tmp_path / "a.txt").write_text("Harbour wall\n\nBy Lena Moss\n\nThe board approved it.\n")
    assert run("extract", "a.txt", "-o", "e.yaml").exit_code == 0
    assert run("tag", "c005", "sourced", "-s", "http://127.0.0.1:9/list").exit_code == 0
    split = _out(*SPLIT, "--json")
    undone = [_out("undo", "--json")]  # the split
    undone.append(_out("undo", "--json"))  # the decision
    return {
        "validate": [_out("validate", "claims.yaml", "bad.yaml", "--json")],
        "list": [_out("list", "--json")],
        "show ID": [_out("show", "c010", "--json")],
        "show --left-out": [_out("show", "--left-out", "-f", "e.yaml", "--json")],
        "history": [_out("history", "--json")],
        "agree": [_out("agree", "--json")],
        "config": [_out("config", "--json")],
        "add": [_out("add", "--quote", "Serve logo", "--json")],
        "split": [split],
        "undo": undone,
        "evidence check": [_out("evidence", "check", "claims.yaml", "--json")],
    }


def test_the_readme_documents_the_json_of_every_command_as_it_is(tmp_path: Path) -> None:
    table = documented()
    names = {
        " ".join(w for w in c.split() if not (w.startswith("-") or w.isupper())) for c in table
    }
    assert names == _json_commands()  # every command with --json is in the table
    printed = outputs(tmp_path)
    assert set(printed) == set(table)
    for command, (shape, fields) in table.items():
        objects: list[dict[str, Any]] = []
        for data in printed[command]:
            if shape == "object":
                assert isinstance(data, dict), (command, data)
                objects.append(data)
            else:
                assert shape == "list of objects" and isinstance(data, list), (command, data)
                assert all(isinstance(item, dict) for item in data), (command, data)
                objects.extend(data)
        assert objects, command  # each run gives something to check
        seen = set().union(*(set(o) for o in objects))
        assert seen == fields, (command, sorted(seen ^ fields))


def test_undo_json_says_which_claim_what_was_taken_back_and_its_state_now(
    tmp_path: Path,
) -> None:
    reviewed.make(tmp_path)
    assert run("tag", "c003", "unverified").exit_code == 0
    assert _out("undo", "--json") == [
        {"id": "c003", "undone": "decision", "change": "decision taken back", "state": "pending"}
    ]
    parts = [part["id"] for part in _out(*SPLIT, "--json")]
    assert _out("undo", "--json") == [
        *(
            {
                "id": p,
                "undone": "split",
                "change": "removed again (a tombstone)",
                "state": "deleted",
            }
            for p in parts
        ),
        {"id": "c006", "undone": "split", "change": "back", "state": "pending"},
    ]
    # the same for people, as before
    assert run("tag", "c003", "opinion").exit_code == 0
    said = run("undo")
    assert said.exit_code == 0 and said.stdout == "c003: decision taken back (now pending)\n"
