"""Recording a read command's run for `replay`: what it printed, what it depended on, and
whether anything makes it one not to keep (see replay's docstring for what and why)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sys
import zlib
from pathlib import Path
from typing import Any

from claimcheck.cli.replay import (
    MAX_ENTRY,
    MAX_OUTPUT,
    PACKAGE,
    STATE,
    place,
    sign,
)

# The cache folder's own entries (report entries, replay entries, help, written-record
# signatures, the fast path's option tables, the lexicon): what a command reads there is
# the cache's, not an input. Matched on the whole path under the cache folder, entry
# names and all: a desk may sit in the cache folder, and its `reports/claims.yaml` is an
# input like any other.
CACHE_ENTRY = re.compile(
    r"(?:replay|reports|written)(?:/[0-9a-f]{2}(?:/(?:[0-9a-f]{64}(?:\.json\.z)?"
    r"|\.[\w.-]+\.tmp))?)?"
    r"|(?:help|options)(?:/(?:[0-9a-f]{64}|\.[\w.-]+\.tmp))?"
    r"|lexicon-[0-9]+-lemminflect-[\w.+-]+\.txt\.z|\.[\w.-]+\.tmp"
)

# Events that change something on disk: a run with one outside the cache is not kept.
_WRITES = frozenset({
    "os.rename", "os.remove", "os.rmdir", "os.mkdir", "os.symlink", "os.link",
    "os.truncate", "os.chmod", "os.chown", "os.utime", "os.chflags", "os.lchflags",
    "os.lchmod", "os.lchown", "os.mkfifo", "os.mknod", "shutil.copyfile", "shutil.copymode",
    "shutil.copystat", "shutil.copytree", "shutil.rmtree", "shutil.move",
    "tempfile.mkstemp", "tempfile.mkdtemp",
})  # fmt: skip
# Events whose result is an input the dependencies cannot describe.
_OUTSIDE = frozenset({
    "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
    "os.forkpty", "pty.spawn", "os.chdir", "os.fchdir", "os.chroot", "urllib.Request",
    "http.client.connect", "ftplib.connect", "smtplib.connect", "sqlite3.connect",
    "webbrowser.open", "socket.connect", "socket.sendto", "socket.sendmsg",
    "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
    "socket.getnameinfo", "socket.gethostname",
})  # fmt: skip
# Not among them: making a socket and binding it to ::1, as urllib3 does when imported
# (by the HTML report's archive reader) to learn whether IPv6 works; nothing is read.
_HEARD = _WRITES | _OUTSIDE | {"open", "os.listdir", "os.scandir"}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


class _Tee(io.TextIOBase):
    """A text stream that writes to the real one and keeps a copy of what it wrote."""

    def __init__(self, real: Any, fd: int, recorder: Recorder) -> None:
        self._real, self._fd, self._recorder = real, fd, recorder

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(self._real.encoding)

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return self._real.errors  # type: ignore[no-any-return]

    def write(self, text: str) -> int:
        written = self._real.write(text)  # first: a bytes write fails as it would
        self._recorder.wrote(self._fd, text)
        return int(written)

    def flush(self) -> None:
        self._real.flush()

    def isatty(self) -> bool:
        return bool(self._real.isatty())

    def fileno(self) -> int:
        return int(self._real.fileno())

    def writable(self) -> bool:
        return True


class _Stdin:
    """stdin, unchanged but for this: a run that reads it is not kept."""

    _READS = frozenset({"read", "readline", "readlines", "buffer", "__iter__", "__next__"})

    def __init__(self, real: Any, recorder: Recorder) -> None:
        self._real, self._recorder = real, recorder

    def __getattr__(self, name: str) -> Any:
        if name in self._READS:
            self._recorder.taint("read stdin")
        return getattr(self._real, name)


_FOLDER = str(0o040000)  # what STATE["stat"] says of a folder


def _is_git(args: tuple[Any, ...]) -> bool:
    argv = args[1] if len(args) > 1 else None
    return isinstance(argv, list | tuple) and bool(argv) and argv[0] == "git"


def _absolute(path: Any) -> str | None:
    if isinstance(path, os.PathLike):
        path = os.fspath(path)
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if not isinstance(path, str):
        return None
    if ".." in path.split(os.sep):
        # not normalised as text: the kernel follows `link/..` through the link, so the
        # dependency is read again by the same way the command read it
        return os.path.join(os.getcwd(), path)
    return os.path.abspath(path)


class Recorder:
    """What a run depended on and printed, kept when it ends well (`finished`)."""

    def __init__(self, path: Path, digest: str, secret: bytes, cache_root: Path) -> None:
        from claimcheck import cache

        self.path, self.digest, self.secret = path, digest, secret
        self.deps: dict[tuple[str, str, bool], str] = {}
        self.out: list[list[Any]] = []
        self.size = 0
        self.tainted: str | None = None
        self._busy = False
        self._git = False  # gitrun is about to start git, its inputs recorded
        self._cache = str(cache_root.absolute())
        # the cache's own entries, not the whole folder: a desk may sit inside it
        # (CLAIMCHECK_CACHE_DIR=.), and its files are inputs like any other
        key_file = cache._key_file()  # not None: a run is recorded only with a key
        self._key_file = os.path.abspath(key_file) if key_file is not None else ""
        stdlib = os.path.dirname(os.__file__)
        import site

        # where modules are loaded from, not sys.prefix: a desk may sit in a virtual
        # environment's folder, or under /usr where a system Python's prefix is
        zipped = [p for p in sys.path if p.endswith(".zip")]  # the standard library's own
        places = {stdlib, str(PACKAGE), *site.getsitepackages(), *zipped}
        places |= {os.path.realpath(p) for p in places}
        self._places = frozenset(p.rstrip(os.sep) for p in places)
        self._library = tuple(p + os.sep for p in self._places)

    # what the run printed

    def wrote(self, fd: int, text: str) -> None:
        self.size += len(text)
        if self.size > MAX_OUTPUT:
            self.taint("printed too much")
            self.out = []
        elif self.out and self.out[-1][0] == fd:
            # pieces, joined once at the end: `+=` on the kept string copied all of it
            # at each write (24,000 problem lines of a hostile file: minutes)
            self.out[-1][1].append(text)
        else:
            self.out.append([fd, [text]])

    def taint(self, why: str) -> None:
        if self.tainted is None:
            self.tainted = why

    # what the run read

    def _where(self, path: Any) -> str | None:
        """The absolute path of a dependency; None for the library, the cache, and what is
        not a path (a descriptor: its file was opened, and recorded, by name)."""
        where = _absolute(path)
        if where is None:
            return None
        plain = os.path.realpath(where) if ".." in where.split(os.sep) else where
        if plain.startswith(self._library) or plain in self._places:
            return None
        return None if self._in_cache(plain) else where

    def _in_cache(self, where: str) -> bool:
        if where == self._key_file:
            return True
        if not where.startswith(self._cache + os.sep):
            return False
        inside = where[len(self._cache) + 1 :]
        return CACHE_ENTRY.fullmatch(inside.replace(os.sep, "/")) is not None

    def _ours(self, path: Any) -> bool:
        """Whether a write there changes nothing a command prints: the cache (its folder
        made on a first run), and Python's bytecode beside the library (a first import)."""
        return self._where(path) is None or _absolute(path) == self._cache

    def _depend(self, what: str, path: Any, follow: bool) -> None:
        where = self._where(path)
        if where is None:
            return
        dep = (what, where, follow)
        if dep not in self.deps:
            self._busy = True
            try:
                self.deps[dep] = STATE[what](where, follow)
            finally:
                self._busy = False

    def audit(self, event: str, args: tuple[Any, ...]) -> None:
        # called for every audited event (thousands a run: imports, compiles, frames)
        if event not in _HEARD or self._busy or self.tainted is not None:
            return
        if event == "open":
            path, mode, flags = args
            if path == os.devnull:  # subprocess's stdin for git: nothing read, nothing kept
                return
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS
            )
            if writing:
                if not self._ours(path):
                    self.taint(f"wrote {path}")
                return
            follow = not (isinstance(flags, int) and flags & os.O_NOFOLLOW)
            self._depend("file", path, follow)
        elif event in ("os.listdir", "os.scandir"):
            path = args[0]
            if isinstance(path, int):
                self.taint("listed a folder by descriptor")
            else:
                self._depend("list", "." if path is None else path, True)
        elif event in _WRITES:
            paths = [a for a in args if isinstance(a, str | bytes | os.PathLike)]
            if not paths or not all(self._ours(p) for p in paths):
                self.taint(event)
        elif event == "subprocess.Popen" and self._git and _is_git(args):
            self._git = False  # the git whose inputs `git` recorded
        elif event in _OUTSIDE:
            self.taint(event)

    def git(self, cwd: Path | None) -> None:
        """git is about to run in `cwd` (gitrun): record what its answer depends on, the
        repository's index, HEAD and configuration and the user's git configuration,
        or, when that is not all (a linked work tree or submodule, whose `.git` is a
        file; a configuration that includes others), let the run not be kept."""
        if self.tainted is not None:
            return
        folder = os.path.abspath(cwd or ".")
        repo = None
        for here in (folder, *(str(p) for p in Path(folder).parents)):
            self.stat(os.path.join(here, ".git"), False)
            if not STATE["stat"](os.path.join(here, ".git"), False).startswith("error"):
                repo = os.path.join(here, ".git")
                break
        if repo is None or STATE["stat"](repo, False) != _FOLDER:
            self.taint("git outside a plain repository")
            return
        home = os.environ.get("HOME", "")
        xdg = os.environ.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
        configs = [os.path.join(repo, "config"), os.path.join(home, ".gitconfig"),
                   os.path.join(xdg, "git", "config")]  # fmt: skip
        for path in [os.path.join(repo, "index"), os.path.join(repo, "HEAD"), *configs]:
            self._depend("file", path, True)
        for path in (repo, os.path.dirname(repo)):  # git refuses another user's repository
            self._depend("owner", path, False)
        self._busy = True
        try:
            for path in configs:
                with contextlib.suppress(OSError), open(path, "rb") as fh:
                    if b"include" in fh.read().lower():
                        self.taint("git configuration that includes other files")
        finally:
            self._busy = False
        self._git = True

    def stat(self, path: Any, follow: bool) -> None:
        if not self._busy and self.tainted is None:
            self._depend("stat", path, follow)

    # the end of the run

    def finished(self, status: int) -> None:
        """Keep the run if it ended with 0, untainted, and nothing it read changed."""
        if status != 0 or self.tainted is not None:
            return
        self._busy = True
        for (what, where, follow), state in self.deps.items():
            if STATE[what](where, follow) != state:
                return  # changed while the command ran: its output may be of either
        deps = [[what, where, follow, state] for (what, where, follow), state in self.deps.items()]
        out = [[fd, "".join(pieces)] for fd, pieces in self.out]
        blob = zlib.compress(json.dumps({"deps": deps, "out": out}).encode(), 1)
        if len(blob) > MAX_ENTRY:
            return
        from claimcheck import cache

        cache.write_entry(self.path, sign(self.secret, self.digest, blob) + b"\n" + blob)
        _prune(self.path.parent)


KEEP = 16  # entries a folder of the 256: each terminal size or environment makes its own


def _prune(folder: Path) -> None:
    """Remove the oldest entries beyond KEEP, so the cache does not only grow."""
    with contextlib.suppress(OSError):
        entries = [e for e in os.scandir(folder) if e.is_file(follow_symlinks=False)]
        if len(entries) > KEEP:
            entries.sort(key=lambda e: e.stat(follow_symlinks=False).st_mtime_ns)
            for entry in entries[: len(entries) - KEEP]:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def record(args: list[str]) -> Recorder | None:
    """Start recording this run (for the next one to replay), or None when there is no
    cache to keep it in."""
    from claimcheck import cache
    from claimcheck.cli import exit

    found = place(args, create=True)
    root = cache.folder()
    if found is None or root is None:
        return None
    path, digest, secret = found
    recorder = Recorder(path, digest, secret, root)
    sys.stdout = _Tee(sys.stdout, 1, recorder)
    sys.stderr = _Tee(sys.stderr, 2, recorder)
    if sys.stdin is not None:
        sys.stdin = _Stdin(sys.stdin, recorder)
    real_stat = os.stat

    def stat_(path: Any, *, dir_fd: Any = None, follow_symlinks: bool = True) -> Any:
        if dir_fd is None:
            recorder.stat(path, follow_symlinks)
        elif not isinstance(path, int):
            recorder.taint("stat relative to a folder descriptor")
        return real_stat(path, dir_fd=dir_fd, follow_symlinks=follow_symlinks)

    def lstat_(path: Any, *, dir_fd: Any = None) -> Any:
        return stat_(path, dir_fd=dir_fd, follow_symlinks=False)

    os.stat, os.lstat = stat_, lstat_
    sys.addaudithook(recorder.audit)
    exit.before_exit = recorder.finished
    from claimcheck import gitrun

    gitrun.before_git = recorder.git
    return recorder
