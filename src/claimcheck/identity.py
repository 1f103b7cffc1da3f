"""Who is reviewing: --reviewer, else $CLAIMCHECK_REVIEWER, else git's user.name, else login.

The name is stored in claim files and printed by every command. A name given with a
control character (a terminal escape sequence, a tab, a line break) or a character that
shows nothing is refused, wherever it came from: cleaned, it would be recorded as a name
other than the one given (`a\\x1b[2Jb` as `ab`), and a git user.name carrying an OSC 52
sequence would pass for plain `Eve`. Bytes that are not UTF-8 (an environment variable or a
git config in another encoding) are decoded with replacement characters, never left as
surrogates that fail when the name is written.
"""

from __future__ import annotations

import getpass
import os

from claimcheck.errors import BadUsage
from claimcheck.gitrun import git
from claimcheck.safe import from_os, invisible, one_line


def _hidden(raw: str, name: str) -> str | None:
    """What in `raw` (the name as given; `name` is it cleaned) would not be recorded as
    seen: its first control character, else its first invisible one."""
    for ch in raw:
        if ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F:
            return f"a control character (U+{ord(ch):04X})"
    hidden = invisible(name)
    return None if hidden is None else f"an invisible character ({hidden})"


def reviewer_name(given: str | None = None) -> str:
    if given is not None:
        raw = from_os(given)
        name = one_line(raw)
        # `-r "$WHO"` with WHO unset would otherwise record the decision as someone else;
        # a name with an invisible character would be a second "alice", or a blank one
        hidden = _hidden(raw, name) if name else None
        if not name or hidden is not None:
            why = "names no one" if not name else f"holds {hidden}"
            raise BadUsage(
                f"--reviewer: {given!r} {why}; give who is deciding, or leave the option "
                "out to use $CLAIMCHECK_REVIEWER, git's user.name or the login name"
            )
        return name
    raw = from_os(os.environ.get("CLAIMCHECK_REVIEWER") or "")
    name = one_line(raw)
    if raw.strip():  # a name that is only escapes is not left for git's to stand in
        if (hidden := _hidden(raw, name)) is not None:
            raise BadUsage(
                f"$CLAIMCHECK_REVIEWER: {raw!r} holds {hidden}; give who is deciding as it is seen"
            )
        if name:
            return name
    found = git(["config", "user.name"])
    raw = found.decode("utf-8", "replace").removesuffix("\n") if found is not None else ""
    name = one_line(raw)
    if raw.strip():
        if (hidden := _hidden(raw, name)) is not None:
            raise BadUsage(
                f"git's user.name: {raw!r} holds {hidden}; set a name as it is seen "
                "(git config user.name), or give --reviewer or $CLAIMCHECK_REVIEWER"
            )
        if name:
            return name
    try:
        name = one_line(from_os(getpass.getuser()))
    except (KeyError, OSError):
        return "unknown"
    return name if name and invisible(name) is None else "unknown"
