"""Who is reviewing: --reviewer, else $CLAIMCHECK_REVIEWER, else git's user.name, else login."""

from __future__ import annotations

import getpass
import os
import subprocess


def reviewer_name(given: str | None = None) -> str:
    for candidate in (given, os.environ.get("CLAIMCHECK_REVIEWER")):
        if candidate and candidate.strip():
            return candidate.strip()
    try:
        found = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, timeout=5, check=False
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        found = ""
    if found:
        return found
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
