"""The project's own errors. The core raises these; only the CLI turns them into exit codes."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import NamedTuple


class ExitCode(IntEnum):
    OK = 0
    USER_ERROR = 1
    USAGE = 2
    INTERNAL = 3
    INTERRUPTED = 130
    BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of stdout went away


def _shown(path: Path) -> str:
    from claimcheck.safe import shown_path

    return shown_path(path)


class ClaimcheckError(Exception):
    """Base of every error the core raises on purpose; its message is one line for the user."""

    exit_code: ExitCode = ExitCode.USER_ERROR


class Problem(NamedTuple):
    """One thing wrong with a claim file: where it is and what is wrong."""

    path: Path
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        from claimcheck.safe import shown_name

        path = shown_name(str(self.path))
        where = path if self.line is None else f"{path}:{self.line}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class InvalidClaimFile(ClaimcheckError):
    """The claim file cannot be read, parsed or validated."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = str(problems[0])
        more = len(problems) - 1
        if more:
            first += f" (and {more} more; run 'claimcheck validate' to list them)"
        super().__init__(first)


class FileMissing(ClaimcheckError):
    def __init__(self, path: Path, what: str = "claim file") -> None:
        super().__init__(f"{_shown(path)}: no such {what}")


class UnknownClaim(ClaimcheckError):
    def __init__(self, path: Path, claim_id: str) -> None:
        super().__init__(f"{_shown(path)}: no claim with id {claim_id!r}")


class InvalidValue(ClaimcheckError):
    """A value given on the command line or at a prompt is not acceptable."""


class Unloadable(ClaimcheckError):
    """A change would leave a claim file that does not load: refused, nothing written."""

    def __init__(self, path: Path, problem: Problem) -> None:
        self.problem = problem
        where = f"line {problem.line}: " if problem.line is not None else ""
        field = f"{problem.field}: " if problem.field else ""
        super().__init__(
            f"{_shown(path)}: refused: the file would not load after this change ({where}{field}"
            f"{problem.message}); nothing was written"
        )


class BadUsage(ClaimcheckError):
    """The command line asks for something that cannot work (exit 2, like a usage error)."""

    exit_code = ExitCode.USAGE


class Conflict(ClaimcheckError):
    """Someone else changed the file since we read it; we refuse to overwrite their work."""


class Busy(ClaimcheckError):
    def __init__(self, path: Path, seconds: float) -> None:
        super().__init__(
            f"{_shown(path)}: another claimcheck has held the lock for {seconds:g}s; try again "
            "in a moment"
        )


class WriteFailed(ClaimcheckError):
    """A write refused or failed: whatever was there is as it was. Said when no file was
    there to keep (a new output) as "nothing was written", not as a file "unchanged"."""

    def __init__(self, path: Path, reason: str) -> None:
        import os.path

        kept = "the file on disk is unchanged" if os.path.isfile(path) else "nothing was written"
        super().__init__(f"{_shown(path)}: could not save ({reason}); {kept}")
