"""Ending the process once a command is done: flush what it printed, then leave at once.

A command's work is on disk (atomic writes, fsynced journals, locks released by their
context managers) and its output in the stdio buffers when it returns; what the
interpreter does after that (freeing every object, running the collector over the
modules) takes tens of milliseconds and can change nothing the user sees. So the console
script flushes stdout and stderr and calls `os._exit`. A reader that has gone away
(`claimcheck list | head -1`) ends the process as SIGPIPE would, 141.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from collections.abc import Callable
from typing import NoReturn

BROKEN_PIPE = 141  # ExitCode.BROKEN_PIPE, without importing errors for --version
# Told the status once stdout is flushed, before the process ends (the replay cache
# keeps a run that ended with 0). Never allowed to change how the process ends.
before_exit: Callable[[int], None] | None = None


def finish(code: object) -> NoReturn:
    """Flush stdout and stderr and end the process with `code` (as sys.exit takes it)."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): the message on stderr, status 1
        sys.stderr.write(f"{code}\n")
        status = 1
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        status = BROKEN_PIPE
    except (OSError, ValueError):
        status = status or 1
    if before_exit is not None:
        with contextlib.suppress(Exception):
            before_exit(status)
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(status)


def end_closed_pipe() -> NoReturn:
    """The reader of stdout went away: end quietly with SIGPIPE's status, as the commands
    do (`output.closed_pipe`). Stdout goes to /dev/null first, so the flush at the end
    cannot fail on what is left in its buffer."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    finish(BROKEN_PIPE)


# Errors of a write that fails for the place written to, not for claimcheck.
WRITE_ERRNOS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG, errno.EROFS, errno.EBADF}
)


class _Closed(io.TextIOBase):
    """Standard output when the shell closed it (`claimcheck list >&-`): Python gives
    None, which every write would crash on. Writing to it fails as writing to a closed
    descriptor does, so a command that prints says so in one line (exit 1), as `ls >&-`
    does, and one that prints nothing is not disturbed."""

    encoding = "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "it is closed")

    def fileno(self) -> int:
        raise OSError(errno.EBADF, "it is closed")


class _ClosedIn(io.TextIOBase):
    """Standard input when the shell closed it (`claimcheck extract - <&-`): Python gives
    None, which `isatty` or `.buffer` crashed on. It is no terminal (review says it needs
    one), and reading it, as text or bytes, is one line: `Error: stdin: it is closed`."""

    encoding = "utf-8"

    def readable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def read(self, size: int | None = -1) -> NoReturn:
        from claimcheck.errors import InvalidValue

        raise InvalidValue("stdin: it is closed")

    def readline(self, size: int | None = -1) -> NoReturn:
        self.read()

    def fileno(self) -> int:
        raise OSError(errno.EBADF, "it is closed")

    @property
    def buffer(self) -> _ClosedIn:  # bytes are read through the same door
        return self


# The widest (and tallest) terminal believed: COLUMNS=99999999999 made rich allocate
# lines of that width (MemoryError), and COLUMNS=10000000 took seconds and 368 MB.
MOST_CELLS = 1000


def standard_streams() -> None:
    """Standard streams every command can use: a closed stdout fails on write and a
    closed stdin on read (above), a closed stderr is the null device (there is nowhere
    to say anything), and a character stdout's encoding cannot hold
    (`PYTHONIOENCODING=ascii`) is replaced by `?`, not a crash. Under the C locale
    without UTF-8 mode Python gives stdout `surrogateescape`, which only passes
    undecodable bytes through and fails on `→` like `strict` does, so it is replaced
    too; in a UTF-8 encoding it can only meet those bytes and stays. A terminal size
    given in COLUMNS or LINES is held to MOST_CELLS."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for good
    if sys.stdout is None:
        sys.stdout = _Closed()
    if sys.stdin is None:
        sys.stdin = _ClosedIn()
    for name in ("COLUMNS", "LINES"):  # read by rich, textual and shutil alike
        value = os.environ.get(name, "").strip()
        if value.isdecimal() and (len(value) > 4 or int(value) > MOST_CELLS):
            os.environ[name] = str(MOST_CELLS)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and _may_fail(stream):
            with contextlib.suppress(OSError, ValueError):
                reconfigure(errors="replace")


def _may_fail(stream: object) -> bool:
    """Whether writing text to `stream` can raise UnicodeEncodeError."""
    errors = getattr(stream, "errors", "")
    if errors == "strict":
        return True
    encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "").replace("_", "")
    return errors == "surrogateescape" and encoding != "utf8"


def write_failed(exc: OSError) -> NoReturn:
    """A write that the disk or the device refused (stdout to a full disk): one line on
    stderr naming where and why, exit 1, not a crash report."""
    where = exc.filename if exc.filename is not None else "standard output"
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(f"Error: cannot write {where}: {exc.strerror or exc}\n")
    with contextlib.suppress(OSError, ValueError):  # what is left unwritten is dropped
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    finish(1)
