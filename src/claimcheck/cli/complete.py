"""Shell completion of values: claim ids from the claim file, labels from the states table.

Completion runs on every Tab, so it reads no more than it must: the claim ids are picked
from the claim file's `- id:` lines (bounded in size; a file that cannot be read completes
nothing) without loading and validating the whole file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import typer

from claimcheck.states import NAMES, SETTABLE

MAX_BYTES = 64 * 1024 * 1024
_ID_LINE = re.compile(rb"^- id: ['\"]?([A-Za-z0-9_.-]+)", re.MULTILINE)


def _claim_file(ctx: typer.Context) -> Path:
    given = ctx.params.get("file")
    if given:
        return Path(given)
    return Path(os.environ.get("CLAIMCHECK_FILE") or "claims.yaml")


def claim_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """The ids of the claims in the -f file (or the default) that start with `incomplete`."""
    path = _claim_file(ctx)
    try:
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return []
        data = path.read_bytes()
    except OSError:
        return []
    found = (m.group(1).decode("ascii") for m in _ID_LINE.finditer(data))
    return [i for i in dict.fromkeys(found) if i.startswith(incomplete)]


def labels(incomplete: str) -> list[str]:
    """What `tag` accepts: the labels and pending."""
    return [n for n in SETTABLE if n.startswith(incomplete)]


def states(incomplete: str) -> list[str]:
    """What a filter accepts: every state."""
    return [n for n in NAMES if n.startswith(incomplete)]


def state_option(help: str) -> Any:
    """The --label/-l option of a command that walks or filters claims by state."""
    return typer.Option("--label", "-l", help=help, autocompletion=states)
