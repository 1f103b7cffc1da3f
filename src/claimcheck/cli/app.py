"""The typer application, its shared options, and the one place errors become exit codes."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

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
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

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
ClaimIdArgument = Annotated[str, typer.Argument(metavar="ID", help="The claim's id, e.g. c012.")]
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


def command(name: str | None = None) -> Callable[[F], F]:
    """Register a command whose ClaimcheckErrors become one line on stderr and exit 1."""

    def register(fn: F) -> F:
        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except ClaimcheckError as exc:
                error(str(exc))
                raise typer.Exit(exc.exit_code) from None

        app.command(name)(run)
        return fn

    return register


def error(message: str) -> None:
    """One line on stderr, never markup: messages quote file contents."""
    sys.stderr.write(f"Error: {clean(message)}\n")
    sys.stderr.flush()


def note(message: str) -> None:
    """A plain message for the user on stderr (not data, so never on stdout)."""
    sys.stderr.write(clean(message) + "\n")
    sys.stderr.flush()


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

    return Console(highlight=False, soft_wrap=False)


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
    """The console script: run the app, turning anything unexpected into exit 3, not a trace."""
    # pydantic looks for plugins in every installed package's metadata when the first
    # model is built; claimcheck uses none, and the scan costs start-up time.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("\nInterrupted.\n")
        sys.exit(ExitCode.INTERRUPTED)
    except ClaimcheckError as exc:  # raised outside a command, e.g. in a callback
        error(str(exc))
        sys.exit(exc.exit_code)
    except Exception:
        fd, log = tempfile.mkstemp(prefix="claimcheck-crash-", suffix=".log")
        with os.fdopen(fd, "w") as fh:
            fh.write(f"claimcheck {__version__}\nargv: {sys.argv!r}\n\n")
            fh.write(traceback.format_exc())
        error(f"internal error: {sys.exc_info()[1]!r}; details in {log}. Please report it.")
        sys.exit(ExitCode.INTERNAL)
