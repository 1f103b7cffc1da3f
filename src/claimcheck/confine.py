"""Files named by a claim file, or kept beside it, opened as if the claim file were hostile.

A claim file may come from a stranger (a pull request, a shared folder, a zip). What it
names (`text_path`) must stay inside the claim file's folder, and what claimcheck keeps
beside it (the journal, the lock, temp files) must never be reached through a planted
link. Every read is bounded by counting the bytes actually read, never by trusting
`st_size` (a FIFO or /proc file reports 0), and only regular files are read: a FIFO is
opened without blocking and refused, so nothing hangs.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath

MiB = 1 << 20
MAX_CLAIM_FILE = 64 * MiB  # about 17 KB of memory per claim: some 4,000 claims per MiB read
MAX_ARTICLE = 16 * MiB  # extract's own limit is smaller: an article text is never larger
MAX_JOURNAL = 64 * MiB

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


# The claim file a command works on when none is named (no -f, no CLAIMCHECK_FILE): this
# very object, so that it is told apart from the same name typed by the user. A link is
# written through only when named (you named it); the default name nobody chose, and a
# repository or an archive can carry `claims.yaml -> ../elsewhere` (`unnamed_link`).
DEFAULT_CLAIM_FILE = Path("claims.yaml")


def unnamed_link(path: Path) -> str | None:
    """Where the default claim file leads when it is a symbolic link and the command was
    given no file (`path` is DEFAULT_CLAIM_FILE itself); None for any named path."""
    if path is not DEFAULT_CLAIM_FILE or not os.path.islink(path):
        return None
    try:
        return os.readlink(path)
    except OSError:  # gone since: a link all the same
        return "?"


class Refused(Exception):
    """A file that claimcheck will not open or read; the message says why, in a few words."""


def describe(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    return "is not a regular file"


def _size_words(limit: int) -> str:
    return f"{limit // MiB} MiB" if limit >= MiB else f"{limit} bytes"


def read_regular(path: Path, limit: int, *, follow: bool = True) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them.

    Raises FileNotFoundError, IsADirectoryError and other OSErrors as `open` does, and
    Refused for anything that is not a regular file (a FIFO, /dev/zero, a socket), for a
    symlink when `follow` is off, and for a file larger than `limit`.
    """
    flags = os.O_RDONLY | _CLOEXEC | _NONBLOCK | (0 if follow else _NOFOLLOW)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if not follow and exc.errno == errno.ELOOP:  # the last part is a symlink
            raise Refused("is a symbolic link; claimcheck does not follow it") from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise Refused(describe(st.st_mode))
        chunks = []
        total = 0
        # the size it has now in one read (and one more byte, to see the end), so that a
        # large file is not read in pieces and then copied into one (a 13 MB claim file:
        # a tenth of what one `tag` on it does beyond the bundled file's)
        want = max(1 * MiB, st.st_size + 1)
        while total <= limit:
            chunk = os.read(fd, min(want, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            want = 1 * MiB  # it grew while being read: the rest in pieces
        if total > limit:
            raise Refused(f"is larger than {_size_words(limit)}")
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


def article_path(claim_file: Path, text_path: str) -> Path:
    """The article file that `text_path` names, confined to the claim file's folder.

    Refuses an absolute path, any `..`, and a path that resolves (through symlinks)
    outside the folder. The caller reads the result with `read_regular`.
    """
    if not text_path.strip() or "\x00" in text_path:
        raise Refused("is not a usable path")
    posix, windows = PurePosixPath(text_path), PureWindowsPath(text_path)
    if posix.is_absolute() or windows.is_absolute() or windows.drive or text_path[:1] in "/\\":
        raise Refused("must be a path relative to the claim file's folder, not an absolute one")
    if ".." in posix.parts or ".." in windows.parts:
        raise Refused("must stay inside the claim file's folder (no '..')")
    folder = claim_file.parent.resolve()  # as before: beside the claim file as named
    target = (folder / posix).resolve()
    if not target.is_relative_to(folder):
        raise Refused("leads outside the claim file's folder (through a symbolic link)")
    return target


def read_article(claim_file: Path, text_path: str) -> bytes:
    """The bytes of the article `text_path` names, confined and bounded (see above)."""
    return read_regular(article_path(claim_file, text_path), MAX_ARTICLE)


def refuse_link(path: Path) -> None:
    """Refuse a planted symbolic link (even a dangling one) where claimcheck keeps its own
    file: the journal, the lock. A missing file is fine: it will be created, not followed."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    _refuse_planted(mode)
    _refuse_shared(os.lstat(path).st_nlink)


def _refuse_planted(mode: int) -> None:
    if stat.S_ISLNK(mode):
        raise Refused("is a symbolic link; claimcheck does not follow it")
    if not stat.S_ISREG(mode):
        raise Refused(describe(mode))


def found_in(folder: Path, path: Path) -> None:
    """Refuse a file found by listing `folder` (not one the user named) unless it is a
    regular file whose real path is inside the folder: a symbolic link among a received
    folder's claim files could pull any file of the reader's disk into a report.
    Raises OSError (from `lstat`) for a file that went away while the folder was listed."""
    _refuse_planted(os.lstat(path).st_mode)
    if not path.resolve().is_relative_to(folder.resolve()):
        raise Refused("leads outside the folder (through a symbolic link)")


def open_append(path: Path, mode: int = 0o644) -> int:
    """A descriptor appending to (and reading) the regular file at `path`, created if
    missing; never through a symbolic link (O_NOFOLLOW: a dangling link does not create
    its target)."""
    flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | _CLOEXEC | _NONBLOCK | _NOFOLLOW
    try:
        fd = os.open(path, flags, mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Refused("is a symbolic link; claimcheck does not follow it") from None
        raise
    st = os.fstat(fd)
    try:
        if not stat.S_ISREG(st.st_mode):
            raise Refused(describe(st.st_mode))
        _refuse_shared(st.st_nlink)
    except Refused:
        os.close(fd)
        raise
    return fd


def _refuse_shared(links: int) -> None:
    """A file of claimcheck's own (a journal, a lock) with another name elsewhere: a hard
    link someone planted to a file outside the folder, which appending or truncating
    would change."""
    if links > 1:
        raise Refused(
            f"has {links - 1} other name{'s' if links > 2 else ''} (a hard link: the same "
            "file elsewhere); claimcheck does not write to it: move it away"
        )


def write_new(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Create `path` holding all of `data`, or raise FileExistsError if anything (a file, a
    link) is already there. Written to a temp file first and linked into place, so a kill
    never leaves `path` half-written."""
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.claimcheck-", suffix=".tmp")
    try:
        try:
            os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.link(tmp, path)  # fails if the name exists, and never follows a link there
    finally:
        os.unlink(tmp)


def read_signed(path: Path, limit: int, signature: Callable[[bytes], bytes]) -> bytes | None:
    """The blob of a signed entry (its signature on the first line, then the blob); None
    when it is missing, unreadable, a link, over `limit`, or its signature does not hold."""
    from claimcheck.digest import same

    try:
        mac, _, blob = read_regular(path, limit, follow=False).partition(b"\n")
    except (OSError, Refused):
        return None
    return blob if same(mac, signature(blob)) else None
