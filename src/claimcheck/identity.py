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
from claimcheck.safe import from_os, invisible, one_line


def reviewer_name(given: str | None = None) -> str:
    if given is not None:
        name = one_line(from_os(given))
        # `-r "$WHO"` with WHO unset would otherwise record the decision as someone else;
        # a name with an invisible character would be a second "alice", or a blank one
        hidden = invisible(name)
        if not name or hidden is not None:
            from claimcheck.errors import BadUsage

            why = "names no one" if not name else f"holds an invisible character ({hidden})"
            raise BadUsage(
                f"--reviewer: {given!r} {why}; give who is deciding, or leave the option "
                "out to use $CLAIMCHECK_REVIEWER, git's user.name or the login name"
            )
        return name
    name = one_line(from_os(os.environ.get("CLAIMCHECK_REVIEWER") or ""))
    if name:
        if (hidden := invisible(name)) is not None:
            from claimcheck.errors import BadUsage

            raise BadUsage(
                f"$CLAIMCHECK_REVIEWER: {name!r} holds an invisible character ({hidden}); "
                "give who is deciding as it is seen"
            )
        return name
    found = git(["config", "user.name"])
    name = one_line(found.decode("utf-8", "replace")) if found is not None else ""
    if name and invisible(name) is None:
        return name
    try:
        name = one_line(from_os(getpass.getuser()))
    except (KeyError, OSError):
        return "unknown"
    return name if name and invisible(name) is None else "unknown"
