"""Where a desk's configuration file is, and its bytes: without the configuration's
records (`config`), whose pydantic models a report that finds no file does not need
(building them is most of the memory a report over an archive takes beyond the stack).
"""

from __future__ import annotations

import os
from pathlib import Path

from claimcheck.errors import ClaimcheckError

NAMES = ("claimcheck.toml", "pyproject.toml")
MAX_BYTES = 256 * 1024


class InvalidConfig(ClaimcheckError):
    """The desk configuration cannot be read or is not valid."""


def shown(path: Path) -> str:
    """A path as messages show it: relative to the current folder when inside it (as
    given when the current folder no longer exists: removed under the shell), written
    as `safe.shown_name` writes a file name."""
    from claimcheck.safe import shown_path

    try:
        return shown_path(path.relative_to(Path.cwd()))
    except (ValueError, OSError):
        return shown_path(path)


def find(start: Path) -> tuple[Path, str] | None:
    """The nearest configuration file from `start` (a claim file or a folder) upwards,
    with the table that holds the settings ("" or "tool.claimcheck")."""
    try:
        folder = start.resolve()
    except (RuntimeError, OSError):  # a claim file that is a looping link: its folder
        folder = start.absolute().parent
    if not folder.is_dir():
        folder = folder.parent
    for here in (folder, *folder.parents):
        for name in NAMES:
            candidate = here / name
            # anything at the name is this folder's desk file: a folder or a pipe there is
            # said (by `_read`, as a link outside is), never passed over for one further up
            if not os.path.lexists(candidate):
                continue
            if _planted(candidate, here):
                continue
            if name == "pyproject.toml" and b"[tool.claimcheck" not in _read(candidate, here):
                continue
            return candidate, "" if name == "claimcheck.toml" else "tool.claimcheck"
        if (here / ".git").exists():
            break
    return None


def _planted(path: Path, folder: Path) -> bool:
    """A file someone else may have planted: in a folder anyone can write to (/tmp, whose
    sticky bit lets each user add files) and owned by another user than you or root. A
    claim folder under /tmp would otherwise take its desk settings (the publisher's name,
    the base URL of published verdicts) from whoever wrote /tmp/claimcheck.toml first.
    Said once on stderr, and skipped: the search goes on upwards."""
    import stat

    try:
        where, mine = folder.stat(), path.lstat()
    except OSError:
        return False
    if not where.st_mode & stat.S_IWOTH or mine.st_uid in (os.getuid(), 0):
        return False
    import sys

    from claimcheck.safe import clean

    sys.stderr.write(
        clean(
            f"Warning: {shown(path)}: not used: it belongs to another user, in a folder "
            "anyone can write to"
        )
        + "\n"
    )
    sys.stderr.flush()
    return True


def contents(path: Path) -> bytes:
    """The bytes of a configuration file `find` found, read as `load` reads them."""
    return _read(path, path.parent)


def _read(path: Path, folder: Path) -> bytes:
    """The file's bytes: a regular file, inside `folder`, of bounded size."""
    where = shown(path)
    if path.is_symlink():
        try:
            target = path.resolve()
        except (RuntimeError, OSError):
            raise InvalidConfig(f"{where}: a link that loops; not read") from None
        if target.parent != folder and folder not in target.parents:
            raise InvalidConfig(f"{where}: a link to {target}, outside its folder; not read")
    if not path.is_file():
        raise InvalidConfig(f"{where}: not a regular file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as fh:
        data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InvalidConfig(f"{where}: larger than {MAX_BYTES // 1024} KiB; not read")
    return data


def key_bytes(path: Path) -> bytes:
    """The desk configuration of the claim file at `path` as bytes for the report cache's
    key: a roster changed since a report was kept must not leave it in use with a ruling
    the roster now forbids (hostile tester 22). An unreadable file is keyed by the failure,
    which the load then says."""
    try:
        found = find(path)
        if found is None:
            return b"\0no desk"
        return b"\0desk " + str(found[0]).encode() + b"\0" + _read(found[0], found[0].parent)
    except (ClaimcheckError, OSError) as exc:
        return b"\0desk failed " + type(exc).__name__.encode()
