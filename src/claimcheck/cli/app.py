"""The typer application, its shared options, and the one place errors become exit codes."""

from __future__ import annotations

import functools
import gc
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from claimcheck import __version__

# the typer-free helpers, where the command modules have always found them
from claimcheck.cli.output import DEFAULT_FILE as DEFAULT_FILE
from claimcheck.cli.output import MIN_FILES_FOR_PROGRESS as MIN_FILES_FOR_PROGRESS
from claimcheck.cli.output import PIPE_SLICE as PIPE_SLICE
from claimcheck.cli.output import claim_paths as claim_paths
from claimcheck.cli.output import closed_pipe as closed_pipe
from claimcheck.cli.output import counting as counting
from claimcheck.cli.output import deprecated as deprecated
from claimcheck.cli.output import emit as emit
from claimcheck.cli.output import err_console as err_console
from claimcheck.cli.output import error as error
from claimcheck.cli.output import note as note
from claimcheck.cli.output import out_console as out_console
from claimcheck.cli.output import progress as progress
from claimcheck.errors import ClaimcheckError, ExitCode

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="claimcheck",
    help=(
        "Split an article into atomic claims, tag each one sourced, unverified or opinion, "
        "and produce a verification report."
    ),
    no_args_is_help=True,
    add_completion=True,  # --install-completion and --show-completion: bash, zsh, fish
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _value_shown(param: Any, ctx: Any) -> str | None:
    """What `--help` shows for a parameter's value: its metavar, or the conventional
    upper-case word (PATH, TEXT, INTEGER); nothing for a flag or an argument, whose name
    is shown already. Typer 0.29 shows Python type names there instead (`<bool>`,
    `<list[Path]>`), which tell a fact-checker nothing."""
    if isinstance(param, typer.core.TyperArgument) or getattr(param, "is_flag", False):
        return None
    if param.metavar is not None:
        return str(param.metavar)
    python = str(param.display_type(ctx)).strip("<>").removeprefix("list[").rstrip("]")
    return _WORDS.get(python.lower(), "VALUE")


_WORDS = {"str": "TEXT", "path": "PATH", "int": "INTEGER", "float": "NUMBER", "date": "DATE"}
typer.core.TyperArgument.display_type_rich = _value_shown  # type: ignore[method-assign,assignment]
typer.core.TyperOption.display_type_rich = _value_shown  # type: ignore[method-assign,assignment]

FileOption = Annotated[
    Path,
    typer.Option(
        "--file",
        "-f",
        envvar="CLAIMCHECK_FILE",
        help="The claim file (or set CLAIMCHECK_FILE).",
        show_default=True,
    ),
]


def _claim_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    from claimcheck.cli.complete import claim_ids

    return claim_ids(ctx, incomplete)


ClaimIdArgument = Annotated[
    str,
    typer.Argument(metavar="ID", help="The claim's id, e.g. c012.", autocompletion=_claim_ids),
]
FilesArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="FILES",
        help="Claim files, or folders of them (default: --file).",
        show_default=False,
    ),
]

ReviewerOption = Annotated[
    str | None,
    typer.Option(
        "--reviewer",
        "-r",
        help="Who is deciding (default: $CLAIMCHECK_REVIEWER, git user.name, login).",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
CacheOption = Annotated[
    bool,
    typer.Option(
        "--cache/--no-cache",
        help="Reuse the results for files whose content has not changed.",
    ),
]


# Commands that read or change one file and end: the collector stays paused, as it is
# while the file is parsed (codec), so it never walks the records of a large file over
# and over for nothing (validate at 20,000 claims: a quarter of its time).
ONE_FILE_COMMANDS = frozenset({"list", "show", "history", "validate", "report", "schema",
                               "tag", "untag"})  # fmt: skip


def _one_file_and_done(name: str | None, group: typer.Typer | None, values: dict[str, Any]) -> bool:
    if group is not None or name not in ONE_FILE_COMMANDS:
        return False
    files = values.get("files") or []
    return len(files) <= 1 and not any(Path(f).is_dir() for f in files)


def command(name: str | None = None, group: typer.Typer | None = None) -> Callable[[F], F]:
    """Register a command (on `app`, or on a `group` of commands such as `evidence`)
    whose ClaimcheckErrors become one line on stderr and exit 1."""

    def register(fn: F) -> F:
        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            _notices()  # a fresh start (tests run many commands in one process)
            if not _one_file_and_done(name, group, kwargs):
                # main() paused the collector for start-up; what start-up built lives
                # until the end, so it is set aside for good and the collector runs for
                # the command's own objects: a report over a thousand files needs it
                # (257 MB without, 44 MB with)
                gc.freeze()
                gc.enable()
            try:
                check_text_arguments(fn, kwargs)
                return fn(*args, **kwargs)
            except ClaimcheckError as exc:
                for message in _notices():  # before the error, which stays the last line
                    note(message)
                error(str(exc))
                raise typer.Exit(exc.exit_code) from None
            except BrokenPipeError:  # before click, which would exit 1 for it
                raise typer.Exit(closed_pipe()) from None
            finally:
                for message in _notices():
                    note(message)

        (group or app).command(name)(run)
        return fn

    return register


def _notices() -> list[str]:
    """What the store had to tell about journals during the command (if it was used)."""
    store = sys.modules.get("claimcheck.store")
    return store.take_notices() if store is not None else []


def check_text_arguments(fn: Callable[..., Any], values: dict[str, Any]) -> None:
    """Refuse text typed on the command line that is not UTF-8 (a note in Latin-1, say):
    Python passes such bytes on as lone surrogates, which would fail when saved."""
    from claimcheck.errors import InvalidValue
    from claimcheck.safe import not_utf8

    for name, value in values.items():
        for text in value if isinstance(value, list) else [value]:
            what = not_utf8(text) if isinstance(text, str) else None
            if what is not None:
                shown = _shown_name(fn, name)
                raise InvalidValue(
                    f"{shown}: not UTF-8 text ({what}); check the terminal's encoding"
                )


def _shown_name(fn: Callable[..., Any], name: str) -> str:
    """How the help names a command's parameter: its first option name, or its metavar."""
    import typing

    from typer.models import ArgumentInfo, OptionInfo

    hint = typing.get_type_hints(fn, include_extras=True).get(name)
    for info in getattr(hint, "__metadata__", ()):
        if isinstance(info, OptionInfo):
            long = [d for d in info.param_decls or () if d.startswith("--")]
            return long[0].split("/")[0] if long else "--" + name.replace("_", "-")
        if isinstance(info, ArgumentInfo):
            return info.metavar or name.upper()
    return name


def _version(value: bool) -> None:
    if value:
        print(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Fact-check an article claim by claim.

    Example: claimcheck list -f data/claims.yaml --label pending
    """


def main() -> None:
    """The console script: run the app, turning anything unexpected into exit 3, not a trace.

    The process then ends at once (`exit.finish`): flushed, without the interpreter's
    teardown. The collector is off during start-up: what it builds (imports, the
    command tree) stays alive until the end, so collecting would find nothing and cost
    much. Each command turns it back on (`command`)."""
    from claimcheck.cli.exit import WRITE_ERRNOS, finish, write_failed

    # pydantic looks for plugins in every installed package's metadata when the first
    # model is built; claimcheck uses none, and the scan costs start-up time.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    gc.disable()
    try:
        app()
    except SystemExit as exc:
        finish(exc.code)
    except KeyboardInterrupt:
        sys.stderr.write("\nInterrupted.\n")
        finish(ExitCode.INTERRUPTED)
    except ClaimcheckError as exc:  # raised outside a command, e.g. in a callback
        error(str(exc))
        finish(exc.exit_code)
    except BrokenPipeError:
        finish(closed_pipe())
    except OSError as exc:
        if exc.errno not in WRITE_ERRNOS:
            crashed()
        write_failed(exc)
    except Exception:
        crashed()
    finish(0)


def crashed() -> NoReturn:
    """Something unexpected: a crash report in a temp file, one line, exit 3."""
    from claimcheck.cli.exit import finish

    fd, log = tempfile.mkstemp(prefix="claimcheck-crash-", suffix=".log")
    with os.fdopen(fd, "w") as fh:
        fh.write(f"claimcheck {__version__}\nargv: {sys.argv!r}\n\n")
        fh.write(traceback.format_exc())
    error(f"internal error: {sys.exc_info()[1]!r}; details in {log}. Please report it.")
    finish(ExitCode.INTERNAL)
