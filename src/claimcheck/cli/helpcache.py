"""`claimcheck --help` from the cache: the top-level help is the same text every time for a
given claimcheck (its command modules as they are on disk), set of installed packages,
program name and terminal width, so it is kept, signed like the report cache's entries,
and printed without importing typer or building the command tree. Anything that could
change the text changes the key; an entry that is missing, torn or not signed with the
user's own key is ignored and rendered again.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import site
import sys
from pathlib import Path
from typing import Any

from claimcheck.digest import hmac_sha256_hex, sha256_hex

_MAX = 256 * 1024


def code_facts() -> list[Any]:
    """What the command surface depends on: claimcheck's version and command modules (as
    they are on disk), the installed packages (their folders' times) and the Python."""
    from claimcheck import __version__

    cli = Path(__file__).resolve().parent
    sources = sorted(
        (entry.name, st.st_size, st.st_mtime_ns)
        for entry in os.scandir(cli)
        if entry.name.endswith(".py") and (st := entry.stat())
    )
    installed = []
    for folder in site.getsitepackages():
        with contextlib.suppress(OSError):
            installed.append((folder, os.stat(folder).st_mtime_ns))
    return [__version__, sources, installed, sys.version]


def _key(args: list[str]) -> str:
    import shutil

    version, sources, installed, python = code_facts()
    facts = [version, Path(sys.argv[0]).name, args, shutil.get_terminal_size().columns,
             sources, installed, python]  # fmt: skip
    return sha256_hex(json.dumps(facts).encode())


def _sign(secret: bytes, key: str, blob: bytes) -> bytes:
    return hmac_sha256_hex(secret, b"help\n" + key.encode() + b"\n" + blob).encode()


def _place(args: list[str], create: bool) -> tuple[Path, str, bytes] | None:
    from claimcheck import cache

    found = cache.root_and_key(create)
    if found is None:
        return None
    root, secret = found
    key = _key(args)
    return root / "help" / key, key, secret


def get(args: list[str]) -> str | None:
    """The cached help for these arguments, or None."""
    from claimcheck.confine import read_signed

    found = _place(args, create=False)
    if found is None:
        return None
    path, key, secret = found
    blob = read_signed(path, _MAX, lambda blob: _sign(secret, key, blob))
    try:
        return None if blob is None else blob.decode("utf-8")
    except UnicodeDecodeError:
        return None


def render(args: list[str]) -> str | None:
    """The help as the typer application prints it (None if it does not end as help does)."""
    from claimcheck.cli.app import app

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            app(args)
        except SystemExit as exc:
            if exc.code not in (0, None):
                return None
    return out.getvalue()


def put(args: list[str], text: str) -> None:
    """Keep the help; a cache that cannot be written is skipped."""
    found = _place(args, create=True)
    if found is None:
        return
    from claimcheck import cache

    path, key, secret = found
    blob = text.encode("utf-8")
    cache.write_entry(path, _sign(secret, key, blob) + b"\n" + blob)
