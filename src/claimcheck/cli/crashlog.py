"""Where the details of an internal error go: a private folder of the user's own.

A crash report holds the command line and a traceback, which can name files and quote
article text. It was written to the shared temp folder (`/tmp/claimcheck-crash-*.log`),
where the name announced it to every user of the machine. It now goes to
`$XDG_STATE_HOME/claimcheck/` (else `~/.local/state/claimcheck/`; a relative XDG value
and an empty or relative HOME count as none, as for the cache), a folder created 0700
and used only when it is a real folder (not a link), owned by the user and closed to
others; the file is created new (`O_EXCL`, never through a link) under a random name.
When no such folder can be had, no file is written: the one-line message says so.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import time
from pathlib import Path

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def write(text: str) -> Path | None:
    """Write `text` to a new crash log; its path, or None when there is no private place."""
    folder = _private_folder()
    if folder is None:
        return None
    fd, where = folder
    name = f"crash-{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(8)}.log"
    try:
        out = os.open(
            name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o600, dir_fd=fd
        )
        with os.fdopen(out, "w", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(text)
    except OSError:
        return None
    finally:
        os.close(fd)
    return where / name


def _private_folder() -> tuple[int, Path] | None:
    """An open descriptor of the crash folder and its path, when it is the user's alone."""
    from claimcheck.cache import _base as user_folder  # the cache's rules for XDG and HOME

    base = user_folder("XDG_STATE_HOME", os.path.join(".local", "state"))
    if base is None:
        return None
    try:
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        parent = os.open(base, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    except OSError:
        return None
    try:
        with contextlib.suppress(FileExistsError):
            os.mkdir("claimcheck", 0o700, dir_fd=parent)
        fd = os.open("claimcheck", os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=parent)
    except OSError:  # a link planted there (ELOOP, ENOTDIR), no permission
        return None
    finally:
        os.close(parent)
    try:
        st = os.fstat(fd)
        if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.geteuid():
            raise PermissionError("not the user's own folder")
        if st.st_mode & 0o077:  # ours, but open to others: closed first
            os.fchmod(fd, 0o700)
    except OSError:
        os.close(fd)
        return None
    return fd, base / "claimcheck"
