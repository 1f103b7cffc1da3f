"""The fast path (cli.fastpath) runs a read command without typer: its option table is
typer's own, it gives the command the values typer would, and the console script prints
the same bytes and exits with the same status either way."""

from __future__ import annotations

import functools
import importlib
import inspect
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import cli
from claimcheck.cli import fastpath
from tests.conftest import run
from tests.terminal import CLAIMCHECK


def _typer_command(name: str) -> Any:
    import typer.main

    return typer.main.get_command(cli.app).commands[name]  # type: ignore[attr-defined]


@functools.cache
def _table(name: str) -> dict[str, Any]:
    table = fastpath.table_of(name, _typer_command(name))
    assert table is not None, name
    return table


def test_every_fast_command_has_a_table_read_off_typer_s_command() -> None:
    assert set(fastpath.WORK) == set(cli.FAST)
    for name in fastpath.WORK:
        table = _table(name)
        callback = next(c.callback for c in cli.app.registered_commands if c.name == name)
        assert callback is not None
        declared = inspect.signature(callback).parameters
        assert [p["name"] for p in table["params"]] == [n for n in declared if n != "ctx"]
        for p in table["params"]:  # the defaults are the declaration's
            default = declared[p["name"]].default
            assert p["default"] == (str(default) if isinstance(default, Path) else default)


def test_a_command_with_what_the_fast_path_does_not_do_has_no_table() -> None:
    class Odd:
        params = _typer_command("list").params[:1]

    odd = Odd()
    odd.params[0].callback = print
    try:
        assert fastpath.table_of("list", odd) is None
    finally:
        odd.params[0].callback = None


class _Captured(Exception):
    pass


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """The values typer passes each read command's work (its run stopped there)."""
    seen: dict[str, Any] = {}
    for name in fastpath.WORK:
        _table(name)  # read off the commands before their work is replaced
    for name, (module_name, function) in fastpath.WORK.items():
        module = importlib.import_module(f"claimcheck.cli.{module_name}")
        work = getattr(module, function)

        def stop(*args: Any, _work: Any = work, _name: str = name, **kwargs: Any) -> None:
            bound = inspect.signature(_work).bind(*args, **kwargs).arguments
            ctx = bound.pop("ctx", None)
            seen[_name] = bound
            if ctx is not None:
                source = ctx.get_parameter_source("file")
                seen["file source"] = source.name if source is not None else None
            raise _Captured

        monkeypatch.setattr(module, function, stop)
    yield seen


def _typer_values(seen: dict[str, Any], argv: list[str]) -> dict[str, Any] | None:
    seen.clear()
    try:
        run(*argv)
    except _Captured:
        return dict(seen)
    return None  # typer refused it (a usage error): nothing captured


def _agree(seen: dict[str, Any], argv: list[str]) -> bool:
    """The fast path's values are typer's, when it takes the command line; True if it did."""
    command = argv[0]
    parsed = fastpath.parse(_table(command), argv[1:])
    if parsed is None:
        return False
    values, sources = parsed
    typer_side = _typer_values(seen, argv)
    assert typer_side is not None, f"typer refused what the fast path took: {argv}"
    assert values == typer_side[command], argv
    if "file source" in typer_side:
        assert sources["file"] == typer_side["file source"], argv
    return True


TAKEN = [
    ["list"],
    ["list", "-f", "a b.yaml", "--label", "pending", "-l", "sourced", "--json"],
    ["list", "--file=x.yaml", "-t", "Belgorod", "--section", "War", "-s", "old"],
    ["show", "c001", "-f", "x.yaml"],
    ["show", "--left-out", "--json"],
    ["history"],
    ["history", "c002", "-n", "5", "--claim", "c003"],
    ["history", "--limit=007"],
    ["validate", "a.yaml", "b.yaml", "--fix", "--no-cache", "--cache"],
    ["validate", "--json", "-f", "x.yaml", "y"],
    ["report", "-F", "md", "-o", "out.md", "--strict", "--url", "https://example.org/x"],
    ["report", "-F", "md", "-o", "./-", "-f", "./-"],  # files called "-", not stdout
    ["report", "a", "b", "--internal", "--public", "--org", "Desk", "-l", "pending",
     "--section", "Intro", "--section", "War", "-r", "ana", "--reviewer=bo", "--no-cache"],
]  # fmt: skip
LEFT_TO_TYPER = [
    ["list", "--help"],
    ["list", "-h"],
    ["list", "--nope"],
    ["list", "-fx.yaml"],
    ["list", "-f"],
    ["list", "--json=yes"],
    ["list", "extra"],
    ["list", "--", "x"],
    ["list", "-t", "-x"],
    ["history", "-n", "0"],
    ["history", "-n", "+5"],
    ["history", "-n", "five"],
    ["show", "c001", "c002"],
    ["validate", "-"],
    ["list", "-t", "caf\udce9"],
    ["list", "-f", ""],  # typer refuses it: an empty path names no file (not the folder ".")
]


@pytest.mark.parametrize("argv", TAKEN, ids=" ".join)
def test_the_fast_path_takes_plain_command_lines_with_typer_s_values(
    captured: dict[str, Any], argv: list[str]
) -> None:
    assert _agree(captured, argv)


@pytest.mark.parametrize("argv", LEFT_TO_TYPER, ids=" ".join)
def test_anything_unusual_is_left_to_typer(argv: list[str]) -> None:
    assert fastpath.parse(_table(argv[0]), argv[1:]) is None


def test_the_environment_s_file_is_typer_s_and_an_empty_one_left_to_it(
    captured: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_FILE", "from-env.yaml")
    assert _agree(captured, ["validate", "a.yaml"])
    assert _agree(captured, ["report"])
    parsed = fastpath.parse(_table("report"), ["a.yaml"])
    assert parsed is not None and parsed[1]["file"] == "ENVIRONMENT"
    monkeypatch.setenv("CLAIMCHECK_FILE", "")
    assert fastpath.parse(_table("list"), []) is None


VALUES = ["a", "x.yaml", "c001", "5", "0", "12", "-x", "", "a=b", "é", "md", "+3", " 7"]
ODD = ["--", "-", "-h", "--bogus", "--file=y", "--limit=3", "--json=1", "-fz.yaml"]


@st.composite
def _command_line(draw: st.DrawFn, command: str) -> list[str]:
    """A command line of the command's own options (with values, some odd), arguments,
    and now and then a token typer alone can judge."""
    params = _table(command)["params"]
    argv: list[str] = []
    for _ in range(draw(st.integers(0, 5))):
        p = draw(st.sampled_from(params))
        if draw(st.integers(0, 9)) == 0:
            argv.append(draw(st.sampled_from(ODD)))
        elif p["argument"]:
            argv.append(draw(st.sampled_from(VALUES)))
        elif p["flag"]:
            argv.append(draw(st.sampled_from(p["opts"] + p["off"])))
        else:
            argv += [draw(st.sampled_from(p["opts"])), draw(st.sampled_from(VALUES))]
    return argv


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    line=st.sampled_from(sorted(fastpath.WORK)).flatmap(
        lambda c: st.tuples(st.just(c), _command_line(c))
    ),
    env=st.sampled_from([None, "env.yaml"]),
)
def test_on_any_command_line_the_fast_path_gives_typer_s_values_or_leaves_it_to_typer(
    captured: dict[str, Any], line: tuple[str, list[str]], env: str | None
) -> None:
    command, tokens = line
    old = os.environ.pop("CLAIMCHECK_FILE", None)
    if env is not None:
        os.environ["CLAIMCHECK_FILE"] = env
    try:
        _agree(captured, [command, *tokens])
    finally:
        os.environ.pop("CLAIMCHECK_FILE", None)
        if old is not None:
            os.environ["CLAIMCHECK_FILE"] = old


# ---- through the console script


def _script(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLAIMCHECK, *args], capture_output=True, text=True, env={**os.environ, **env}
    )


def _no_typer(*args: str) -> bool:
    """Whether the console script ran the command without importing typer."""
    import sys

    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "CLAIMCHECK_REPLAY": "off"},
    )
    return " typer\n" not in done.stderr and "| typer" not in done.stderr


READS = [
    ["list"],
    ["list", "--json", "-l", "pending"],
    ["show", "c001"],
    ["show", "c999"],
    ["show", "--left-out"],
    ["history", "c001"],
    ["validate"],
    ["validate", "--json", "--no-cache"],
    ["report", "-F", "md"],
    ["report", "-F", "json", "--strict"],
    ["report", "-F", "csv", "-l", "nothing"],
]


def test_the_console_script_prints_the_same_with_and_without_the_fast_path(seed: Path) -> None:
    off = {"CLAIMCHECK_FASTPATH": "off", "CLAIMCHECK_REPLAY": "off"}
    on = {"CLAIMCHECK_REPLAY": "off"}
    for argv in READS:
        args = [*argv, "-f", str(seed)]
        first = _script(*args, **on)  # no table yet, or kept by an earlier command
        fast = _script(*args, **on)
        slow = _script(*args, **off)
        for done in (first, fast):
            assert (done.returncode, done.stdout, done.stderr) == (
                slow.returncode,
                slow.stdout,
                slow.stderr,
            ), argv
    assert _no_typer("list", "-f", str(seed))
    assert _no_typer("validate", "-f", str(seed))
    assert not _no_typer("list", "-f", str(seed), "--nope")  # typer's usage error


def test_usage_errors_stay_typer_s(seed: Path) -> None:
    _script("list", "-f", str(seed))  # the table kept
    done = _script("list", "--nope", "-f", str(seed))
    assert done.returncode == 2
    assert done.stderr == "Error: No such option: --nope (try 'claimcheck list -h')\n"
    done = _script("history", "-n", "0", "-f", str(seed))
    assert done.returncode == 2 and "Invalid value" in done.stderr


@pytest.mark.parametrize("output", ["r.html/", "r.html/.", "."])
def test_an_output_that_names_a_folder_is_refused_on_the_fast_path_too(
    seed: Path, tmp_path: Path, output: str
) -> None:
    for _ in range(2):  # the first run keeps the table, the second runs on it
        done = _script("report", "-F", "html", "-o", f"{tmp_path}/{output}", "-f", str(seed))
        assert done.returncode == 2, done.stderr
        assert "names a folder: give a file name" in done.stderr
    assert not (tmp_path / "r.html").exists()


def test_an_output_called_dash_is_a_file_on_the_fast_path_too(seed: Path) -> None:
    """`-o ./-` names a file called "-": the fast path printed the report instead."""
    dash = seed.parent / "-"
    for _ in range(2):  # the first run keeps the table, the second runs on it
        done = subprocess.run(
            [CLAIMCHECK, "report", "-F", "md", "-o", "./-", "-f", str(seed)],
            capture_output=True, text=True, cwd=seed.parent, check=False,
            env={**os.environ, "CLAIMCHECK_REPLAY": "off"},
        )  # fmt: skip
        assert (done.returncode, done.stdout) == (0, ""), done.stderr
        assert dash.read_text().startswith("# Verification report: ")
        dash.unlink()


def test_a_forged_or_torn_table_is_not_used(seed: Path) -> None:
    _script("list", "-f", str(seed))
    folder = Path(os.environ["CLAIMCHECK_CACHE_DIR"]) / "options"
    kept = list(folder.iterdir())
    assert kept
    for path in kept:
        mac, _, blob = path.read_bytes().partition(b"\n")
        path.write_bytes(mac + b"\n" + blob.replace(b'"--json"', b'"--jsn"'))
    done = _script("list", "--json", "-f", str(seed))
    assert done.returncode == 0 and done.stdout.startswith("[")
    assert _script("list", "--jsn", "-f", str(seed)).returncode == 2


def test_the_replay_records_a_fast_run_and_replays_it(seed: Path) -> None:
    _script("list", "-f", str(seed))  # the table kept
    first = _script("list", "-f", str(seed))
    again = _script("list", "-f", str(seed))
    assert first.stdout == again.stdout == run("list", "-f", str(seed)).stdout
    assert list((Path(os.environ["CLAIMCHECK_CACHE_DIR"]) / "replay").rglob("*"))


def test_without_a_cache_every_read_goes_through_typer_and_keeps_nothing(seed: Path) -> None:
    done = _script("list", "--json", "-f", str(seed), CLAIMCHECK_CACHE="off")
    assert done.returncode == 0 and done.stdout.startswith("[")
    assert not (Path(os.environ["CLAIMCHECK_CACHE_DIR"]) / "options").exists()


def test_an_interrupted_command_ends_as_typer_ends_one() -> None:
    """Ctrl-C on the fast path: status 130 and nothing on stderr, as typer ends an
    interrupted command (the fast path said "Interrupted." where typer says nothing)."""
    code = (
        "from claimcheck.cli.output import run_to_the_end\n"
        "def interrupted():\n    raise KeyboardInterrupt\n"
        "run_to_the_end(interrupted)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (130, b"", b"")
