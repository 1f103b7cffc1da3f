"""Replaying a read command whose inputs have not changed since its last run.

`list`, `show`, `history`, `validate` and `report` print what their inputs, their
arguments, the environment and the day make them print. A run that ends with exit 0 is
kept, signed with the user's key as the report cache signs its entries, with everything
it depended on; the next run with the same key whose dependencies all still hold prints
the kept output (stdout and stderr, in their order) and exits 0, before typer, pydantic
and the command modules are imported.

The key: claimcheck's code (every file of the package, by size and time, so an edit to an
editable install counts), the installed packages (their folders' times), the Python, the
program name, the arguments, the current folder, the whole environment (but for the
shell's `_` and `OLDPWD`), which of stdin, stdout and stderr are terminals and their
sizes, the output encodings, and today's date (UTC and local).

The dependencies, recorded while the command ran: every file it opened (the SHA-256 of
its content, read again on replay: a file rewritten in the same tick with the same size
does not pass), every folder it listed (the SHA-256 of its sorted listing with each
entry's type), and every path it looked at with `stat`/`lstat` (`exists()`, `is_file()`,
the walk up to a desk configuration or a `.git`): what kind of thing was there, or that
nothing was. Files of the standard library, the installed packages, claimcheck's own
code and the cache itself are not dependencies (the key covers them). An audit hook
(`sys.addaudithook`) sees the opens and listings; `os.stat` and `os.lstat` are wrapped
for the run. Each dependency is checked again when the command ends: one that changed
while it ran means nothing is kept.

When gitrun is about to start git (`show` asking for the claim files of its
repository), what git's answer comes from is recorded the same way (cli.recording.git):
the repository's index, HEAD and configuration, the user's git configuration, and who
owns the repository.

Nothing is kept from a run that failed (exit other than 0), wrote or removed anything
outside the cache, changed folder, read stdin, started any other process, ran git where
its inputs are not all known (a `.git` file, an included configuration), used the
network, printed more than `MAX_OUTPUT`, or was asked not to use the cache
(`--no-cache`). Entries are data (zlib-compressed JSON), signed with HMAC-SHA256 under the
key of `claimcheck.cache`; a cache folder that is a link is not used; an entry that is
torn, forged or another key's is ignored and written over by the next run.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimcheck.digest import hmac_sha256_hex, same, sha256, sha256_hex

COMMANDS = frozenset({"list", "show", "history", "validate", "report"})
MAX_OUTPUT = 16 << 20
MAX_ENTRY = 64 << 20
_MAX_HASHED = 256 << 20  # a bigger dependency is "too big", never hashed whole
_VOLATILE = frozenset({"_", "OLDPWD"})  # set by the shell, read by no command
_SLICE = 32 * 1024  # as cli.app.emit: a closed pipe is noticed part-way
PACKAGE = Path(__file__).resolve().parent.parent

_OFF = ("off", "0", "no", "false")
_WRITES_A_FILE = ("-o", "--output")  # never kept: recording it would be work for nothing


def wanted(args: list[str]) -> bool:
    """Whether this command line is one that may be replayed (or recorded for it)."""
    if not args or args[0] not in COMMANDS or "--no-cache" in args:
        return False
    if os.environ.get("CLAIMCHECK_REPLAY", "").lower() in _OFF:
        return False
    return not any(a in _WRITES_A_FILE or a.startswith(("--output=", "-o")) for a in args)


# ---- the key


def _code() -> list[Any]:
    """claimcheck's files (name, size, time), bytecode aside; the installed packages'
    folders and their times (an install or upgrade changes them)."""
    import site

    from claimcheck.cache import code_files

    installed = []
    for folder in site.getsitepackages():
        with contextlib.suppress(OSError):
            installed.append((folder, os.stat(folder).st_mtime_ns))
    return [code_files(), installed]


def _terminal() -> list[Any]:
    facts: list[Any] = []
    for fd in (0, 1, 2):
        try:
            size = list(os.get_terminal_size(fd))
        except (OSError, ValueError):
            size = None
        facts.append([os.isatty(fd), size])
    for stream in (sys.stdout, sys.stderr):
        facts.append([getattr(stream, "encoding", None), getattr(stream, "errors", None)])
    return facts


def key(args: list[str]) -> str:
    import datetime
    import time

    from claimcheck import __version__

    env = sorted((k, v) for k, v in os.environ.items() if k not in _VOLATILE)
    today = [datetime.datetime.now(datetime.UTC).date().isoformat(),
             time.strftime("%Y-%m-%d %z")]  # fmt: skip
    facts = [__version__, sys.version, sys.executable, Path(sys.argv[0]).name, args,
             os.getcwd(), env, _terminal(), today, _code()]  # fmt: skip
    return sha256_hex(json.dumps(facts, ensure_ascii=True).encode())


# ---- what a dependency is now (the same code records it and checks it)


def _content(path: str, follow: bool) -> str:
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | (0 if follow else os.O_NOFOLLOW)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        return f"error {exc.errno}"
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            return f"type {stat.S_IFMT(mode)}"
        digest = sha256()
        total = 0
        while chunk := os.read(fd, 1 << 20):
            digest.update(chunk)
            total += len(chunk)
            if total > _MAX_HASHED:
                return "too big"
        return digest.hexdigest()
    except OSError as exc:
        return f"error {exc.errno}"
    finally:
        os.close(fd)


def _listing(path: str, follow: bool) -> str:
    def kind(entry: os.DirEntry[str]) -> str:
        if entry.is_symlink():
            return "l"
        return "d" if entry.is_dir() else "f" if entry.is_file() else "o"

    try:
        with os.scandir(path) as entries:
            names = sorted(f"{entry.name}\0{kind(entry)}" for entry in entries)
    except OSError as exc:
        return f"error {exc.errno}"
    return sha256_hex("\n".join(names).encode("utf-8", "surrogateescape"))


def _kind(path: str, follow: bool) -> str:
    try:
        st = _real_stat(path, follow_symlinks=follow)
        mode = st.st_mode
        if stat.S_ISLNK(mode):  # where it leads: a link turned elsewhere is a change
            return f"{stat.S_IFMT(mode)} {os.readlink(path)}"
        if stat.S_ISREG(mode):  # a file only looked at may be judged by its size or time
            return f"{stat.S_IFMT(mode)} {st.st_size} {st.st_mtime_ns}"
        return str(stat.S_IFMT(mode))
    except OSError as exc:
        return f"error {exc.errno}"
    except ValueError:
        return "invalid"


def _owner(path: str, follow: bool) -> str:
    try:
        return str(_real_stat(path, follow_symlinks=follow).st_uid)
    except OSError as exc:
        return f"error {exc.errno}"


_real_stat = os.stat
STATE: dict[str, Callable[[str, bool], str]] = {"file": _content, "list": _listing,
                                                "stat": _kind, "owner": _owner}  # fmt: skip


# ---- the entry


def sign(secret: bytes, digest: str, blob: bytes) -> bytes:
    msg = b"replay\n" + digest.encode() + b"\n" + blob
    return hmac_sha256_hex(secret, msg).encode()


def place(args: list[str], create: bool) -> tuple[Path, str, bytes] | None:
    from claimcheck import cache

    found = cache.root_and_key(create)
    if found is None:
        return None
    root, secret = found
    line = tuple(args)
    if line not in _digests:
        try:
            _digests[line] = key(args)
        except OSError:  # the current folder removed, the package unreadable: no cache
            return None
    digest = _digests[line]
    return root / "replay" / digest[:2] / digest, digest, secret


_digests: dict[tuple[str, ...], str] = {}  # the key, made once a run (replay, then record)


def replay(args: list[str]) -> bool:
    """Print the kept output of this command line if every dependency holds, and end the
    process; False (having printed nothing) otherwise."""
    from claimcheck import cache, confine

    found = place(args, create=False)
    if found is None:
        return False
    path, digest, secret = found
    if cache._linked(path):
        return False
    try:
        mac, _, blob = confine.read_regular(path, MAX_ENTRY, follow=False).partition(b"\n")
        if not same(mac, sign(secret, digest, blob)):
            return False  # forged, torn, or another key's: the run writes it again
        entry = json.loads(zlib.decompress(blob))
        deps, out = entry["deps"], entry["out"]
        for what, dep, follow, state in deps:
            if STATE[what](dep, follow) != state:
                return False
        chunks = [(sys.stdout if fd == 1 else sys.stderr, text) for fd, text in out]
    except (OSError, ValueError, KeyError, TypeError, zlib.error, confine.Refused):
        return False
    if any(stream is None for stream, _ in chunks):
        return False  # stdout or stderr closed: the command itself says what that does
    _print(chunks)
    return True


def _print(chunks: list[tuple[Any, str]]) -> None:
    from claimcheck.cli.exit import BROKEN_PIPE, finish, write_failed

    try:
        for stream, text in chunks:
            for start in range(0, len(text), _SLICE):
                stream.write(text[start : start + _SLICE])
            stream.flush()  # the order of stdout and stderr, as the command wrote them
    except BrokenPipeError:  # the reader went away: as the command itself ends (app)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        finish(BROKEN_PIPE)
    except OSError as exc:  # a full disk, a device that fails: one line, exit 1
        write_failed(exc)
    finish(0)
