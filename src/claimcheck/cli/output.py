"""What a command body needs of the command line that is not typer: messages and data
out, the claim files it was given, progress. Typer-free, so that a read command run on
the fast path (`fastpath`) imports neither typer nor the command declarations; `app`
re-exports every name, as before.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from claimcheck.errors import ExitCode
from claimcheck.safe import clean

if TYPE_CHECKING:
    from rich.console import Console

DEFAULT_FILE = Path("claims.yaml")
MIN_FILES_FOR_PROGRESS = 20
PIPE_SLICE = 32 * 1024
T = TypeVar("T")


class Sources(Protocol):
    """Where a command's parameters came from: typer's Context, or the fast path's."""

    def get_parameter_source(self, name: str) -> Any: ...


def error(message: str) -> None:
    """One line on stderr, never markup: messages quote file contents."""
    sys.stderr.write(f"Error: {clean(message)}\n")
    sys.stderr.flush()


def note(message: str) -> None:
    """A plain message for the user on stderr (not data, so never on stdout)."""
    sys.stderr.write(clean(message) + "\n")
    sys.stderr.flush()


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


def claim_paths(ctx: Sources, files: list[Path] | None, file: Path) -> list[Path]:
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
