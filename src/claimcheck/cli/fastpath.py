"""A read command on a changed file, run without typer.

Importing typer and building a command with it (its options' pydantic adapters, the click
command) was a fifth of a read command's start-up. The read commands' work lives in
typer-free modules (`reads`, `reporting`) that their typer declarations call; this module
parses a command line for them with the command's option table and calls that work
directly, with the values typer would pass, so typer is not imported at all.

Typer stays the one definition of the command surface: the option table is read off the
click command typer builds (`table_of`), the first time a command runs through typer
with this code, and kept in the cache like the help (`helpcache`): keyed on claimcheck's
command modules, the installed packages and the Python, signed with the user's key. A
table that is missing, torn or not signed runs the command through typer, which keeps
the table for the next time. Anything the table does not plainly answer goes to typer
too: an unknown option, `--help`, `--`, a missing or extra value, a short option with its
value attached, a value that starts with `-`, a number typer would have to judge, text
that is not UTF-8, an empty environment variable. Typer then parses, reports its usage
errors and runs the command as before. A test checks that the two give the same values
for every option of every read command, and hypothesis on random command lines.

`CLAIMCHECK_FASTPATH=off` runs every command through typer.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from claimcheck.cli import paths
from claimcheck.digest import hmac_sha256_hex, sha256_hex

# The commands, and where their work is: module (in claimcheck.cli) and function.
WORK: dict[str, tuple[str, str]] = {
    "list": ("reads", "list_claims"),
    "show": ("reads", "show"),
    "history": ("reads", "history"),
    "validate": ("reads", "validate"),
    "report": ("reporting", "report"),
}
_MAX = 64 * 1024
_TYPES = {"str": str, "path": Path, "int": int, "bool": bool}
_NUMBER = re.compile(r"[0-9]{1,18}")
_OFF = ("off", "0", "no", "false")
Table = dict[str, Any]


# ---- the table, from typer's command


def table_of(command: str, click_command: Any) -> Table | None:
    """The option table of a typer command: for each parameter its name, whether it is an
    argument, its option names (and the `--no-` ones), its type, whether it is a flag,
    repeated, or takes every remaining argument, its environment variable, default and
    bounds. None when the command has anything the fast path does not do (a callback,
    a prompt, a counted or eager option, a type other than text, path, number or flag)."""
    import inspect

    params = []
    try:
        for p in click_command.params:
            annotation = p.type_descriptor.annotation
            kind = _kind(annotation)
            flag = bool(getattr(p, "is_flag", False))
            many = bool(p.multiple) or p.nargs == -1
            if (
                kind is None
                or (kind.startswith("list") != many)
                or p.callback is not None
                or p.is_eager
                or getattr(p, "prompt", None) is not None
                or getattr(p, "count", False)
                or not p.expose_value
                or p.nargs not in (1, -1)
                or (flag and kind != "bool")
                or (kind == "bool" and not flag and p.param_type_name == "option")
                or (p.envvar is not None and (many or not isinstance(p.envvar, str)))
                or (p.required and p.param_type_name == "option")
                or getattr(p.type_descriptor, "file_annotation", None) is not None
            ):
                return None
            # a path's parser in `cli.paths`, by name, so that both read it alike
            func = getattr(p.type_descriptor.parameter_info, "parser", None)
            parser = getattr(func, "__name__", None) if func is not None else None
            if parser is not None and (parser not in paths.PARSERS or "path" not in kind):
                return None
            default = p.default
            if isinstance(default, Path):
                default = str(default)
            if default is not None and not isinstance(default, bool | int | str):
                return None
            params.append({
                "name": p.name,
                "argument": p.param_type_name == "argument",
                "opts": list(p.opts),
                "off": list(p.secondary_opts),
                "type": kind,
                "parser": parser,
                "flag": flag,
                "many": many,
                "envvar": p.envvar,
                "default": default,
                "required": bool(p.required),
                "min": p.min,
                "max": p.max,
            })  # fmt: skip
        module, name = WORK[command]
        work = getattr(__import__(f"claimcheck.cli.{module}", fromlist=[name]), name)
        names = list(inspect.signature(work).parameters)
    except (AttributeError, TypeError, KeyError, ImportError):
        return None
    takes_ctx = names[:1] == ["ctx"]
    if names[1 if takes_ctx else 0 :] != [p["name"] for p in params]:
        return None
    return {"command": command, "ctx": takes_ctx, "params": params}


def _kind(annotation: Any) -> str | None:
    import typing

    for name, python in _TYPES.items():
        if annotation is python:
            return name
    if typing.get_origin(annotation) is list:
        (inner,) = typing.get_args(annotation) or (None,)
        kind = _kind(inner)
        return f"list[{kind}]" if kind in ("str", "path") else None
    return None


# ---- the command line, by the table


class _Source:
    def __init__(self, name: str) -> None:
        self.name = name


class _Sources:
    """Where each value came from, as typer's Context tells it (`claim_paths` asks)."""

    def __init__(self, sources: dict[str, str]) -> None:
        self._sources = sources

    def get_parameter_source(self, name: str) -> _Source | None:
        found = self._sources.get(name)
        return None if found is None else _Source(found)


def parse(table: Table, args: list[str]) -> tuple[dict[str, Any], dict[str, str]] | None:
    """The values typer would pass the command for `args` (its arguments, the command name
    left out), and where each came from; None for anything to leave to typer."""
    from claimcheck.safe import not_utf8

    params = table["params"]
    by_opt = {}
    for p in params:
        for opt in p["opts"] if not p["argument"] else ():
            by_opt[opt] = (p, True)
        for opt in p["off"]:
            by_opt[opt] = (p, False)
    given: dict[str, list[Any]] = {}
    positional: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if not arg.startswith("-"):
            positional.append(arg)
            continue
        if arg in ("-", "--"):
            return None
        name, eq, attached = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        found = by_opt.get(name)
        if found is None:  # unknown, -h/--help, -fVALUE, -ab: typer's to judge
            return None
        p, on = found
        if p["flag"]:
            if eq:
                return None
            given.setdefault(p["name"], []).append(on)
            continue
        if eq:
            value = attached
        elif i < len(args):
            value = args[i]
            i += 1
        else:
            return None
        if value.startswith("-"):
            return None
        given.setdefault(p["name"], []).append(value)
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for p in params:
        name = p["name"]
        if p["argument"]:
            if p["many"]:
                taken, positional = positional, []
            else:
                taken, positional = positional[:1], positional[1:]
            if taken:
                given[name] = taken
        raw = given.get(name)
        source = "COMMANDLINE"
        if raw is None and p["envvar"] is not None and p["envvar"] in os.environ:
            env = os.environ[p["envvar"]]
            if not env:
                return None
            raw, source = [env], "ENVIRONMENT"
        if raw is None:
            if p["required"]:
                return None
            values[name] = (
                p["default"]
                if p["type"] != "path" or p["default"] is None
                else paths.default_path(p["default"])
            )
            sources[name] = "DEFAULT"
            continue
        converted = [_convert(p, v) for v in raw]
        if any(v is None for v in converted):
            return None
        values[name] = converted if p["many"] else converted[-1]  # the last one given wins
        sources[name] = source
    if positional:
        return None
    for value in values.values():
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and not_utf8(text) is not None:
                return None
    return values, sources


def _convert(p: dict[str, Any], value: Any) -> Any:
    kind = p["type"].removeprefix("list[").rstrip("]")
    if kind == "bool" or kind == "str":
        return value
    if kind == "path":
        # a folder's name ("-o r.html/", "d/", ".") is left to typer, and "" (it refuses it)
        folder = value.endswith(("/", os.sep)) or os.path.basename(value) in (".", "..")
        if folder or not value:
            return None
        parser = paths.PARSERS.get(p.get("parser") or "")
        try:  # the option's own parser, as typer calls it ("./-" is a file called "-")
            return Path(value) if parser is None else parser(value)
        except ValueError:
            return None
    if not _NUMBER.fullmatch(value):
        return None
    number = int(value)
    if (p["min"] is not None and number < p["min"]) or (p["max"] is not None and number > p["max"]):
        return None
    return number


# ---- running it


def wanted() -> bool:
    return os.environ.get("CLAIMCHECK_FASTPATH", "").lower() not in _OFF


def run(args: list[str]) -> bool:
    """Run the command on the fast path if its table is kept and answers the command
    line: the process then ends. Otherwise return whether the table was missing (for
    `remember` to keep it once typer has built the command)."""
    command = args[0]
    table = get(command)
    if table is None:
        return True
    try:
        parsed = parse(table, args[1:])
    except (KeyError, TypeError, ValueError, AttributeError):
        return False  # a table of another shape: typer's
    if parsed is None:
        return False
    values, sources = parsed
    from claimcheck.cli.deferred import defer_metadata
    from claimcheck.cli.output import run_to_the_end

    defer_metadata()
    run_to_the_end(lambda: _call(table, values, sources))


def _call(table: Table, values: dict[str, Any], sources: dict[str, str]) -> None:
    """As the typer command would: the work, its errors one line on stderr."""
    import importlib

    from claimcheck.cli.output import closed_pipe, collect_for, error, note, notices
    from claimcheck.errors import ClaimcheckError

    command = table["command"]
    module, name = WORK[command]
    work = getattr(importlib.import_module(f"claimcheck.cli.{module}"), name)
    kwargs = {"ctx": _Sources(sources), **values} if table["ctx"] else values
    collect_for(command, False, values)
    status = 0
    try:
        work(**kwargs)
    except ClaimcheckError as exc:
        for message in notices():  # before the error, which stays the last line
            note(message)
        error(str(exc))
        status = exc.exit_code
    except BrokenPipeError:
        status = closed_pipe()
    finally:
        for message in notices():
            note(message)
    raise SystemExit(status)


# ---- the kept tables


def _place(command: str, create: bool) -> tuple[Path, str, bytes] | None:
    from claimcheck import cache
    from claimcheck.cli.helpcache import code_facts

    found = cache.root_and_key(create)
    if found is None:
        return None
    root, secret = found
    try:
        facts = [*code_facts(), command]
    except OSError:
        return None
    key = sha256_hex(json.dumps(facts).encode())
    return root / "options" / key, key, secret


def _sign(secret: bytes, key: str, blob: bytes) -> bytes:
    msg = b"options\n" + key.encode() + b"\n" + blob
    return hmac_sha256_hex(secret, msg).encode()


def get(command: str) -> Table | None:
    """The kept table of `command` for this code, or None."""
    from claimcheck.confine import read_signed

    found = _place(command, create=False)
    if found is None:
        return None
    path, key, secret = found
    blob = read_signed(path, _MAX, lambda blob: _sign(secret, key, blob))
    try:
        table = None if blob is None else json.loads(blob)
    except ValueError:
        return None
    if not isinstance(table, dict) or table.get("command") != command:
        return None
    return table


def remember(command: str) -> None:
    """Keep the table of `command` as typer builds it (its module registered)."""
    place = _place(command, create=True) if command in WORK else None
    if place is None:  # no cache to keep it in (CLAIMCHECK_CACHE=off): nothing to build
        return
    import typer.main

    from claimcheck import cache
    from claimcheck.cli.app import app

    click_command = typer.main.get_command(app)
    found = getattr(click_command, "commands", {}).get(command)
    table = None if found is None else table_of(command, found)
    if table is None:
        return
    path, key, secret = place
    blob = json.dumps(table).encode()
    cache.write_entry(path, _sign(secret, key, blob) + b"\n" + blob)
