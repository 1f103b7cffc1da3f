"""What a command body needs of the command line that is not typer: messages and data
out, the claim files it was given, progress. Typer-free, so that a read command run on
the fast path (`fastpath`) imports neither typer nor the command declarations; `app`
re-exports every name, as before.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, TypeVar

from claimcheck import __version__
from claimcheck.confine import DEFAULT_CLAIM_FILE
from claimcheck.errors import ClaimcheckError, ExitCode
from claimcheck.safe import clean, shown_path

if TYPE_CHECKING:
    from rich.console import Console

DEFAULT_FILE = DEFAULT_CLAIM_FILE  # the very object: a link is written through only when named
MIN_FILES_FOR_PROGRESS = 20
PIPE_SLICE = 32 * 1024
T = TypeVar("T")


class Sources(Protocol):
    """Where a command's parameters came from: typer's Context, or the fast path's."""

    def get_parameter_source(self, name: str) -> Any: ...


def error(message: str) -> None:
    """One line on stderr, never markup: messages quote file contents."""
    line = clean(message).replace("\n", "\\n").replace("\r", "\\r")  # one, whatever it quotes
    sys.stderr.write(f"Error: {line}\n")
    sys.stderr.flush()


def stdout_json(value: object) -> str:
    """`value` as JSON text (`safe.dumps`) to print on stdout, lossless on any stdout."""
    from claimcheck.safe import dumps

    return for_stdout(dumps(value), "json")


def for_stdout(text: str, kind: str) -> str:
    """Data in a format that can say any character in ASCII (`json`: `\u00e9`; `html`:
    `&#233;`), said that way where stdout's encoding cannot hold a character (the C
    locale, PYTHONIOENCODING=ascii), so that the data is not lost to `?`. Done on the
    text, not by the stream, so the replay cache keeps what was printed."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
        return text
    except (UnicodeEncodeError, LookupError):
        pass
    if kind != "json":
        return text.encode(encoding, "xmlcharrefreplace").decode(encoding)
    import codecs

    codecs.register_error("claimcheck-json", _json_escapes)
    return text.encode(encoding, "claimcheck-json").decode(encoding)


def _json_escapes(exc: UnicodeError) -> tuple[str, int]:
    """Characters an encoding cannot hold as JSON escapes (a pair for one beyond U+FFFF):
    outside a JSON string every character is ASCII, so only strings meet this."""
    assert isinstance(exc, UnicodeEncodeError)
    out = []
    for char in exc.object[exc.start : exc.end]:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), exc.end


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


def monochrome() -> bool:
    """Whether TERM names a terminal without colours: terminfo's names end so ("xterm-mono",
    "aixterm-m"). It draws bold and reverse but no colour, as under NO_COLOR; rich and
    Textual look at TERM for dumb terminals only."""
    term = os.environ.get("TERM", "")
    return term.endswith(("-mono", "-m"))


def out_console() -> Console:
    """The console for data on stdout; rich is imported only by commands that draw."""
    return terminal_console(data=True)


def terminal_console(data: bool = False) -> Console:
    """A console on stdout that draws a dumb terminal (TERM=dumb) at its real size, with
    rich's ASCII boxes: rich draws one 80 columns wide whatever its size (Console.size)
    and in box-drawing characters, which such a terminal need not show. `data`: stdout
    carries the command's output (a closed pipe ends it quietly, 141)."""
    import shutil

    from rich.console import Console, ConsoleDimensions

    class _Out(Console):
        def on_broken_pipe(self) -> None:
            if not data:
                super().on_broken_pipe()
            # rich exits 1 on its own; main() ends a closed pipe the same way for every
            # command (quietly, 141).
            raise BrokenPipeError

        @property
        def size(self) -> ConsoleDimensions:
            drawn: ConsoleDimensions = Console.size.fget(self)  # type: ignore[attr-defined]
            if not self.is_dumb_terminal or drawn != (80, 25):
                return drawn  # rich's own answer for any other terminal
            real = shutil.get_terminal_size()  # COLUMNS and LINES first, as rich reads them
            return ConsoleDimensions(real.columns, real.lines)

        @size.setter
        def size(self, new: tuple[int, int]) -> None:
            Console.size.fset(self, new)  # type: ignore[attr-defined]

        @property
        def encoding(self) -> str:  # what rich's boxes and rules are drawn for
            return "ascii" if self.is_dumb_terminal else super().encoding

    return _Out(highlight=False, soft_wrap=False, no_color=monochrome() or None)


def drawn() -> bool:
    """Whether rich would draw for a terminal on stdout (`out_console().is_terminal`),
    decided as rich does without importing it: TTY_COMPATIBLE (0 or 1), else FORCE_COLOR
    (set and not empty), else whether stdout is a terminal."""
    compatible = os.environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    force = os.environ.get("FORCE_COLOR")
    if force is not None:
        return force != ""
    try:
        return sys.stdout.isatty()
    except ValueError:  # closed
        return False


def err_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, no_color=monochrome() or None)


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


# Commands that read or change one file and end: the collector stays paused, as it is
# while the file is parsed (codec), so it never walks the records of a large file over
# and over for nothing (validate at 20,000 claims: a quarter of its time).
ONE_FILE_COMMANDS = frozenset({"list", "show", "history", "validate", "report", "schema",
                               "tag", "untag"})  # fmt: skip


def collect_for(name: str | None, grouped: bool, values: dict[str, Any]) -> None:
    """Turn the collector back on for a command that needs it (`run_to_the_end` paused
    it for start-up): what start-up built lives until the end, so it is set aside for
    good and the collector runs for the command's own objects: a report over a thousand
    files needs it (257 MB without, 44 MB with). A command on one file keeps it paused."""
    if not grouped and name in ONE_FILE_COMMANDS:
        files = values.get("files") or []
        if len(files) <= 1 and not any(Path(f).is_dir() for f in files):
            return
    gc.freeze()
    gc.enable()


def notices() -> list[str]:
    """What the store had to tell about journals during the command (if it was used)."""
    store = sys.modules.get("claimcheck.store")
    return store.take_notices() if store is not None else []


def run_to_the_end(call: Callable[[], object]) -> NoReturn:
    """Run the command line (`call`) and end the process with its status: anything
    unexpected becomes exit 3, not a trace.

    The process then ends at once (`exit.finish`): flushed, without the interpreter's
    teardown. The collector is off during start-up: what it builds (imports, the
    command tree) stays alive until the end, so collecting would find nothing and cost
    much. Each command turns it back on (`collect_for`)."""
    from claimcheck.cli.exit import WRITE_ERRNOS, finish, write_failed

    gc.disable()
    stdout = sys.stdout
    try:
        call()
    except SystemExit as exc:
        # A closed pipe met outside a command (its --help, --show-completion): click
        # wraps stdout in a wrapper that silences it (`.wrapped`) and exits 1. It ends as
        # a command's closed pipe does: quietly, 141.
        if exc.code == 1 and getattr(sys.stdout, "wrapped", None) is stdout:
            sys.stdout = stdout
            finish(closed_pipe())
        finish(exc.code)
    except KeyboardInterrupt:  # as typer ends an interrupted command: 130, nothing said
        finish(ExitCode.INTERRUPTED)
    except ClaimcheckError as exc:  # raised outside a command, e.g. in a callback
        error(str(exc))
        finish(exc.exit_code)
    except BrokenPipeError:
        finish(closed_pipe())
    except OSError as exc:
        if exc.errno in WRITE_ERRNOS:
            write_failed(exc)
        if exc.errno in PATH_ERRNOS and exc.filename is not None:
            path_refused(exc)
        if exc.errno == errno.ENOENT and not _cwd_exists():
            error("the current folder no longer exists; run claimcheck from one that does")
            finish(ExitCode.USER_ERROR)
        crashed()
    except MemoryError:  # a limit of the machine or of `ulimit -v`, not a bug to report
        gc.collect()
        error("out of memory: not enough memory for this (a smaller input, or a higher limit)")
        finish(ExitCode.USER_ERROR)
    except Exception:
        crashed()
    finish(0)


# Errors of a path the user gave (or one made from it) that the system refuses, whichever
# command meets it first: a component over 255 bytes, a loop of links, a file where a
# folder should be, no permission, gone meanwhile. Said as the user's error, not a crash.
PATH_ERRNOS = frozenset(
    {
        errno.ENAMETOOLONG, errno.ELOOP, errno.ENOTDIR, errno.EISDIR, errno.EACCES,
        errno.EPERM, errno.ENOENT, errno.ENXIO,
    }
)  # fmt: skip


def _cwd_exists() -> bool:
    """Whether the current folder is still there (a shell can sit in a removed one: then
    a relative path cannot be resolved, nor one made relative to it)."""
    try:
        os.getcwd()
    except OSError:
        return False
    return True


def path_refused(exc: OSError) -> NoReturn:
    """A path the system refused: one line naming it and why, exit 1."""
    from claimcheck.cli.exit import finish

    error(f"{shown_path(exc.filename)}: {(exc.strerror or str(exc)).lower()}")
    finish(ExitCode.USER_ERROR)


def crashed() -> NoReturn:
    """Something unexpected: a crash report in a private file (`crashlog`), one line,
    exit 3."""
    import traceback

    from claimcheck.cli import crashlog
    from claimcheck.cli.exit import finish

    brief = _brief(sys.exc_info()[1])
    log = crashlog.write(
        f"claimcheck {__version__}\nargv: {sys.argv!r}\n\n{traceback.format_exc()}"
    )
    where = (
        "no crash log written (no private folder for it)" if log is None else f"details in {log}"
    )
    error(f"internal error: {brief}; {where}. Please report it.")
    finish(ExitCode.INTERNAL)


def _brief(exc: BaseException | None) -> str:
    """The exception in a few words: its repr can hold a whole rendered output (a
    UnicodeEncodeError carries the text it failed on), which is for the crash log."""
    text = f"{type(exc).__name__}: {exc}"
    return text if len(text) <= 200 else text[:197] + "..."
