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
