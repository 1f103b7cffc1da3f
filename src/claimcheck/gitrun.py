"""git, run so that a repository received from a stranger cannot make it run anything.

A `.git/config` can name programs git runs on its own: `core.fsmonitor` on every status
or ls-files, hooks, a pager, an external diff. claimcheck only reads (`ls-files`,
`rev-parse`, `config`), and runs git with those switched off, the system config ignored,
no terminal prompts, and nothing to type on stdin.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

SAFE_OPTIONS = (
    "--no-pager",
    "-c",
    "core.fsmonitor=false",
    "-c",
    "core.hooksPath=/dev/null",
    "-c",
    "core.pager=cat",
    "-c",
    "core.untrackedCache=false",
)


def environment() -> dict[str, str]:
    """The caller's environment without GIT_* overrides, plus the safe settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        GIT_CONFIG_NOSYSTEM="1",
        GIT_TERMINAL_PROMPT="0",
        GIT_OPTIONAL_LOCKS="0",
        GIT_PAGER="cat",
        PAGER="cat",
    )
    return env


def command(args: Sequence[str], cwd: Path | None = None) -> list[str]:
    where = ["-C", str(cwd)] if cwd is not None else []
    return ["git", *where, *SAFE_OPTIONS, *args]


# Told the folder git is about to run in: the replay cache (cli.recording) records there
# what git's answer depends on, as it records the files a command reads.
before_git: Callable[[Path | None], None] | None = None


def git(args: Sequence[str], cwd: Path | None = None, timeout: float = 10) -> bytes | None:
    """git's stdout, or None if git is missing, fails or takes longer than `timeout`."""
    import subprocess  # here: a read command that starts no git does not import it

    if before_git is not None:
        before_git(cwd)
    try:
        done = subprocess.run(
            command(args, cwd),
            capture_output=True,
            stdin=subprocess.DEVNULL,
            env=environment(),
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def work_tree(folder: Path) -> Path | None:
    """The folder that holds the repository `folder` (resolved) is in: the nearest of it
    and the folders above it with a `.git` (a folder, or the file a linked work tree or
    submodule has), where git finds it (environment() clears GIT_DIR and the other GIT_*
    variables, so git looks nowhere else). None when there is none: starting git only to
    hear there is no repository was a fifth of `show`.

    It is the work tree claimcheck uses, whatever the repository's core.worktree says: a
    received `.git/config` can point that at another folder or at `/`, and git (2.39)
    still honours it under `-c core.worktree=`, so git is not asked."""
    return next((f for f in (folder, *folder.parents) if os.path.lexists(f / ".git")), None)
