"""Who is reviewing: --reviewer, else $CLAIMCHECK_REVIEWER, else git's user.name, else login.

The name is stored in claim files and printed by every command, so it is cleaned of
terminal control sequences here, once, and bytes that are not UTF-8 (an environment
variable or a git config in another encoding) are decoded with replacement characters,
never left as surrogates that fail when the name is written.
"""

from __future__ import annotations

import getpass
import os

from claimcheck.gitrun import git
from claimcheck.safe import from_os, one_line


def reviewer_name(given: str | None = None) -> str:
    if given is not None and not one_line(from_os(given)):
        from claimcheck.errors import BadUsage

        # `-r "$WHO"` with WHO unset would otherwise record the decision as someone else
        raise BadUsage(
            f"--reviewer: {given!r} names no one; give who is deciding, or leave the option "
            "out to use $CLAIMCHECK_REVIEWER, git's user.name or the login name"
        )
    for candidate in (given, os.environ.get("CLAIMCHECK_REVIEWER")):
        name = one_line(from_os(candidate or ""))
        if name:
            return name
    found = git(["config", "user.name"])
    name = one_line(found.decode("utf-8", "replace")) if found is not None else ""
    if name:
        return name
    try:
        return one_line(from_os(getpass.getuser())) or "unknown"
    except (KeyError, OSError):
        return "unknown"
