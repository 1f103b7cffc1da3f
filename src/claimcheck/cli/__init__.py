"""The command line: a thin skin over the core. Only this package imports typer.

`main` is the console script. `--version` is answered before typer and the command modules
are imported (they are most of a bare start-up), and `--help` from its cache (`helpcache`)
when it can be; an unchanged read is replayed (`replay`), and a read command (FAST) on a
command line its kept option table answers runs without typer (`fastpath`); everything
else registers the command that runs (its module alone, from the table COMMANDS; every
command when the arguments name none) and runs the typer application. `app`, with every
command, is imported on first use, as the tests do.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.cli.app import app as app


# Every command, in the order help lists them (the order of the work: extract, check,
# review, report, the desk), with the module that registers it. A command runs with its
# own module imported and no other: importing them all (their typer options, decorators
# and what they import) was a sixth of a read command's start-up. A test checks this
# table against what the modules register.
COMMANDS: dict[str, str] = {
    "extract": "extract", "reanchor": "reanchor",
    "validate": "read", "list": "read", "show": "read", "schema": "read",
    "review": "review",
    "tag": "tagging", "untag": "tagging", "history": "tagging",
    "add": "claimlist", "edit": "claimlist", "split": "claimlist", "merge": "claimlist",
    "delete": "claimlist", "undo": "claimlist",
    "report": "report",
    "agree": "desk", "git-setup": "desk", "merge-driver": "desk",
    "evidence": "evidence",
    "config": "configure",
}  # fmt: skip
# The read commands run without typer when their option table is kept (cli.fastpath).
FAST = frozenset({"list", "show", "history", "validate", "report"})
_COMPLETING = "_CLAIMCHECK_COMPLETE"  # set by the shell when it asks for completions


def _register(command: str | None = None) -> None:
    """Register the commands: only `command`'s module when it is one of COMMANDS, every
    module otherwise (in COMMANDS' order, which is the order help lists them)."""
    import importlib

    modules = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for module in modules:
        importlib.import_module(f"claimcheck.cli.{module}")
    from claimcheck.cli.app import app as typer_app

    # importing the submodule `app` made `claimcheck.cli.app` that module: the name is
    # the typer application's, as it has always been
    globals()["app"] = typer_app


def _command(args: list[str]) -> str | None:
    """The command the arguments run, when it is plain: the first argument, not an option
    (the root's options take no value), and no shell asking for completions (which needs
    every command). None: register them all."""
    import os

    if not args or args[0].startswith("-") or _COMPLETING in os.environ:
        return None
    return args[0]


def _write(text: str) -> None:
    """Answer on stdout before any command runs (--version, --help)."""
    try:
        sys.stdout.write(text)
    except BrokenPipeError:  # `claimcheck --help | head -1`: quietly, as every command
        from claimcheck.cli.exit import end_closed_pipe

        end_closed_pipe()
    except OSError as exc:
        from claimcheck.cli.exit import write_failed

        write_failed(exc)


def main() -> None:
    """The console script."""
    try:
        _main()
    except KeyboardInterrupt:  # while it starts (imports): 130 and no trace, as later
        from claimcheck.cli.exit import finish

        if _command(sys.argv[1:]) == "extract":  # what extract says when interrupted
            sys.stderr.write("Interrupted; nothing was written\n")
        finish(130)


def _main() -> None:
    import os

    from claimcheck.cli.exit import standard_streams

    # pydantic looks for plugins in every installed package's metadata (importing
    # importlib.metadata to do so) when the first model is built; claimcheck uses none.
    # Said before any command's module is imported: `extract`'s imports build models.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    standard_streams()
    if sys.argv[1:] == ["--version"]:
        from claimcheck import __version__
        from claimcheck.cli.exit import finish

        _write(f"claimcheck {__version__}\n")
        finish(0)
    args = sys.argv[1:]
    if args in (["--help"], ["-h"]):
        from claimcheck.cli import helpcache
        from claimcheck.cli.exit import finish

        text = helpcache.get(args)
        if text is None:
            _register()
            text = helpcache.render(args)
            if text is not None:
                helpcache.put(args, text)
        if text is not None:
            _write(text)
            finish(0)
    command = _command(args)
    missing = False  # the fast path's option table, kept once typer has built the command
    if command is not None:
        from claimcheck.cli import replay

        if replay.wanted(args):
            replay.replay(args)  # when it can: prints what the same run printed, and ends
            from claimcheck.cli.recording import record

            record(args)  # otherwise the run is kept for the next time
        if command in FAST:
            from claimcheck.cli import fastpath

            if fastpath.wanted():
                missing = fastpath.run(args)  # when it can: runs it without typer, and ends
    from claimcheck.cli.deferred import defer_metadata

    defer_metadata()
    _register(command)
    if missing and command is not None:
        from claimcheck.cli import fastpath

        fastpath.remember(command)
    from claimcheck.cli.app import main as run

    run()


def __getattr__(name: str) -> Any:
    if name == "app":
        _register()
        from claimcheck.cli.app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["app", "main"]
