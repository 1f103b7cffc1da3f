"""Writing files so that a crash leaves the old file or the new one, one writer at a time.

Used for claim files, and for reports and extracts written with -o.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from claimcheck import confine
from claimcheck.errors import Busy, ClaimcheckError, Conflict, FileMissing, WriteFailed
from claimcheck.safe import shown_path

LOCK_TIMEOUT = 10.0


def lock_path(path: Path) -> Path:
    target = path.resolve()
    return target.with_name(f".{target.name}.lock")


def journal_path(path: Path) -> Path:
    target = path.resolve()
    return target.with_name(f".{target.name}.journal")


def aside_path(path: Path) -> Path:
    """Where journaled decisions that no longer match their claims are kept, not applied."""
    target = path.resolve()
    return target.with_name(f".{target.name}.journal.stale")


class Stamp(NamedTuple):
    """What a file looked like when we read it; a different stamp means someone wrote it."""

    mtime_ns: int
    size: int
    inode: int
    journal_size: int

    @classmethod
    def of(cls, path: Path) -> Stamp:
        st = os.stat(path)
        try:
            journal = os.lstat(journal_path(path)).st_size
        except FileNotFoundError:
            journal = 0
        return cls(st.st_mtime_ns, st.st_size, st.st_ino, journal)


def refuse_unnamed_link(path: Path) -> None:
    """Refuse to write the default claim file when it is a symbolic link the user never
    named (confine.unnamed_link): every write takes the lock first (`locked`), and the
    review checks before it opens."""
    if (target := confine.unnamed_link(path)) is not None:
        raise ClaimcheckError(
            f"{shown_path(path)} is a symbolic link to {shown_path(target)} and no claim file "
            "was named; nothing was "
            f"written: to write through the link, name it: -f {shown_path(path)}"
        )


@contextlib.contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT, *, new: bool = False) -> Iterator[None]:
    """Hold the file's lock: one writer at a time, across processes. Only beside a regular
    file, or where one is about to be made (`new`): `-f /dev/null` or a name mistyped
    left a `.null.lock` in /dev, or a `.nmae.yaml.lock`, for a file never written; never
    through the default name when it is a link nobody named (refuse_unnamed_link)."""
    from filelock import FileLock, Timeout

    refuse_unnamed_link(path)

    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if not new:
            raise FileMissing(path) from None
        mode = 0
    else:
        if not stat.S_ISREG(mode):
            raise ClaimcheckError(f"{shown_path(path)}: {_not_a_claim_file(mode)}")
    try:
        confine.refuse_link(lock_path(path))
    except confine.Refused as exc:
        raise WriteFailed(path, f"the lock file {lock_path(path).name} {exc}") from None
    # the lock file of a file about to be made is this writer's to take away again if the
    # file is not made after all (a disk or file-size limit, Ctrl-C): no `.new.yaml.lock`
    # is left beside no `new.yaml`
    made = not mode and not os.path.lexists(lock_path(path))
    if not mode:
        _can_lock(path)
    lock = FileLock(str(lock_path(path)), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise Busy(path, timeout) from None
    except OSError as exc:
        if made:
            _unmade(path)
        raise WriteFailed(path, f"cannot create the lock file: {exc.strerror}") from None
    try:
        yield
    finally:
        if made and not os.path.lexists(path):
            _unmade(path)
        lock.release()


def _unmade(path: Path) -> None:
    """Remove the lock file made for `path`, which was not made."""
    with contextlib.suppress(OSError):
        os.unlink(lock_path(path))


def _can_lock(path: Path) -> None:
    """Make the lock file of a new file in a folder that exists, or say why not: where no
    file can be made (/proc, /sys), filelock took the failure for another's lock and
    waited its ten seconds to say "another claimcheck has held the lock"."""
    lock = lock_path(path)
    if not lock.parent.is_dir():
        return  # filelock makes the folder, as it always has
    try:
        os.close(os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644))
    except OSError as exc:
        raise WriteFailed(path, f"cannot create the lock file: {exc.strerror}") from None


def _not_a_claim_file(mode: int) -> str:
    """What a path that is no regular file is, as reading it as a claim file says."""
    return "is a folder, not a claim file" if stat.S_ISDIR(mode) else confine.describe(mode)


def stream(path: Path) -> bool:
    """Whether an output named on the command line is a device or a pipe (`-o /dev/null`,
    a FIFO, `-o /dev/stdout` on a terminal or a pipe), written into as `>` would: no lock
    file and no temp file beside it (in /dev, say), and no review to lose. Refuses a
    symbolic link planted where the output goes (`_planted`) and what cannot be written
    (a socket, a block device)."""
    link = "it" if _planted(path) else _linked_folder(path)
    if link is not None:
        raise WriteFailed(
            path,
            f"{link} is a symbolic link, and claimcheck does not write through a link it did "
            "not make (remove it, or choose another path)",
        )
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return False
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return False
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return True
    raise WriteFailed(path, f"it {confine.describe(mode)}")


def _planted(path: Path) -> bool:
    """A symbolic link at an output's place, which a repository can carry
    (`report.html -> ~/.profile`); not one the system keeps in /dev or /proc
    (`/dev/stdout`, `/dev/fd/1`), which nobody but root can put there."""
    if not path.is_symlink():
        return False
    folder = Path(os.path.abspath(path)).parent.resolve()
    return folder != Path("/dev") and not folder.is_relative_to("/proc")


def _linked_folder(path: Path) -> str | None:
    """The first folder on the way to an output, below the current folder, that is a
    symbolic link (`reports -> ../elsewhere`, which a repository can carry), as a
    message names it; None when there is none. Folders outside the current one (an
    absolute path typed to a folder elsewhere, /tmp, a home folder) are the user's own."""
    try:
        here = os.getcwd()
    except OSError:  # the current folder was removed: nothing is below it
        return None
    prefix = Path()
    for part in path.parts[:-1]:
        prefix /= part
        below = os.path.abspath(prefix).startswith(here.rstrip(os.sep) + os.sep)
        if below and os.path.islink(prefix):
            return f"its folder {shown_path(prefix)}"
    return None


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _refuse_read_only(path: Path, target: Path, mode: int) -> None:
    # No write bit means someone made it read-only on purpose; refuse even as root.
    if not os.access(target, os.W_OK) or not mode & 0o222:
        raise WriteFailed(path, "the file is read-only")


def _write_into(
    path: Path, kind: int, data: bytes | Iterable[bytes | memoryview], *, output: bool
) -> None:
    """An output named on the command line that is a device or a pipe (`-o /dev/null`, a
    FIFO another program reads) is written into, as `>` would: a rename would put a
    regular file in the device's place. A pipe nobody reads is refused, not waited on.
    Anything else that is not a regular file (a socket, a claim file that is a device) is
    refused."""
    if not output or not (stat.S_ISCHR(kind) or stat.S_ISFIFO(kind)):
        raise WriteFailed(path, "it is not a regular file")
    try:  # by its name: `target` of /dev/stdout on a pipe is `/proc/…/fd/pipe:[…]`
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as exc:
        reason = "it is a pipe that nothing reads" if exc.errno == errno.ENXIO else exc.strerror
        raise WriteFailed(path, reason or str(exc)) from None
    try:
        os.set_blocking(fd, True)
        for chunk in [data] if isinstance(data, bytes) else data:
            view = memoryview(chunk)
            while view:
                view = view[os.write(fd, view) :]
    except BrokenPipeError:  # its reader went away (`-o /dev/stdout | head`): as stdout's
        raise
    except OSError as exc:
        raise ClaimcheckError(
            f"{shown_path(path)}: could not write ({exc.strerror or exc})"
        ) from None
    finally:
        os.close(fd)


def write_atomic(
    path: Path,
    data: bytes | Iterable[bytes | memoryview],
    *,
    expect: Stamp | None = None,
    output: bool = False,
) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file.

    Writes a temp file in the same folder, fsyncs it, renames it over the target and
    fsyncs the folder. With `expect`, refuses if the file changed since it was read.
    `data` may be an iterable of chunks: if producing one raises, the target is untouched.
    A claim file that is a symbolic link is written through (you named it); an `output`
    (a report, a new claim file) is not: a link there may have come with a repository.
    """
    if output:
        stream(path)  # a planted link is refused
    target = path.resolve()  # write through a symlink, never over it
    mode = 0o644
    if os.path.exists(path):
        kind = os.stat(path).st_mode
        if not stat.S_ISREG(kind) and not stat.S_ISDIR(kind):
            _write_into(path, kind, data, output=output)
            return
        mode = stat.S_IMODE(kind)
    try:
        import tempfile  # here: a command that only reads does not import it

        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=temp_prefix(target), suffix=".tmp")
    except OSError as exc:
        raise WriteFailed(path, exc.strerror or str(exc)) from None
    try:
        try:
            for chunk in [data] if isinstance(data, bytes) else data:
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
            os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        if target.exists():  # checked once the data is written: producing it may fail first
            _refuse_read_only(path, target, stat.S_IMODE(target.stat().st_mode))
        if expect is not None and target.exists() and _yaml_changed(target, expect):
            raise Conflict(
                f"{shown_path(path)}: changed on disk by someone else while saving; nothing was "
                "overwritten"
            )
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WriteFailed(path, exc.strerror or str(exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def _yaml_changed(path: Path, stamp: Stamp) -> bool:
    st = os.stat(path)
    return (st.st_mtime_ns, st.st_size, st.st_ino) != (stamp.mtime_ns, stamp.size, stamp.inode)


def temp_prefix(target: Path) -> str:
    """The start of the name of a temp file claimcheck writes beside `target`: marked as
    claimcheck's, so a sweep never takes a file of the user's (".claims.yaml.notes.tmp")."""
    return f".{target.name}.claimcheck-"


def sweep_temps(path: Path) -> None:
    """Remove temp files that a writer killed mid-save left behind: only names claimcheck
    makes (its mark, then mkstemp's eight random characters). Only called under the
    lock, when no other claimcheck can be writing one."""
    target = path.resolve()
    # escaped: a name like "notes [draft].yaml" must not match another file's temp files
    for stale in target.parent.glob(f"{glob.escape(temp_prefix(target))}????????.tmp"):
        with contextlib.suppress(OSError):
            if not stale.is_symlink() and stale.is_file():
                stale.unlink()
