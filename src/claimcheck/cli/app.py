"""The typer application, its shared options, and the one place errors become exit codes."""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError, ExitCode
from claimcheck.safe import clean

if TYPE_CHECKING:
    from rich.console import Console

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
DEFAULT_FILE = Path("claims.yaml")


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
MIN_FILES_FOR_PROGRESS = 20
T = TypeVar("T")


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


def error(message: str) -> None:
    """One line on stderr, never markup: messages quote file contents."""
    sys.stderr.write(f"Error: {clean(message)}\n")
    sys.stderr.flush()


def note(message: str) -> None:
    """A plain message for the user on stderr (not data, so never on stdout)."""
    sys.stderr.write(clean(message) + "\n")
    sys.stderr.flush()


PIPE_SLICE = 32 * 1024


def emit(text: str) -> None:
    """Write data to stdout in slices: a single write larger than the pipe's buffer that
    the reader closes part-way is written in part without any error in CPython, so a
    closed pipe would go unnoticed and the command would report success."""
    for start in range(0, len(text), PIPE_SLICE):
        sys.stdout.write(text[start : start + PIPE_SLICE])


def closed_pipe() -> ExitCode:
    """The reader of stdout went away (`claimcheck report | head -1`): not an error to
    report. The status is that of a process killed by SIGPIPE (128 + 13), as `cat` and
    `yes` end, so a pipeline under `set -o pipefail` reads the same as with other tools.
    Stdout goes to /dev/null first, or Python's flush at exit would complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return ExitCode.BROKEN_PIPE


def deprecated(old: str, new: str) -> None:
    """A spelling kept for one release: it works, with one line on stderr saying so."""
    note(f"Warning: {old} is deprecated and goes in the next release; use {new}")


def claim_paths(ctx: typer.Context, files: list[Path] | None, file: Path) -> list[Path]:
    """The claim files a command works on: FILES, and -f when it was given as well (a
    -f from the command line is never silently ignored); -f (or its default) alone."""
    if not files:
        return [file]
    given = ctx.get_parameter_source("file")
    if given is not None and given.name == "COMMANDLINE" and file not in files:
        return [*files, file]
    return list(files)


def out_console() -> Console:
    """The console for data on stdout; rich is imported only by commands that draw."""
    from rich.console import Console

    class _Out(Console):
        def on_broken_pipe(self) -> None:
            # rich exits 1 on its own; main() ends a closed pipe the same way for every
            # command (quietly, 141).
            raise BrokenPipeError

    return _Out(highlight=False, soft_wrap=False)


def err_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@contextlib.contextmanager
def progress(total: int, what: str) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr for work on many files, only when stderr is a terminal;
    yields the function to call after each file."""
    if total < MIN_FILES_FOR_PROGRESS or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = (what, BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err_console(), transient=True) as bar:
        task = bar.add_task(what, total=total)
        yield lambda: bar.advance(task)


def counting(items: Iterable[T], advance: Callable[[], None]) -> Iterator[T]:
    """`items`, calling `advance` after each."""
    for item in items:
        yield item
        advance()


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
