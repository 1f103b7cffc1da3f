"""How a path given on the command line is read: one definition for typer's parsers
(`cli.app`) and the fast path that runs read commands without typer (`cli.fastpath`),
so that the two cannot read the same command line differently. Typer-free: a bad value
raises `ValueError`, which typer's parser reports as bad usage."""

from __future__ import annotations

import os
from pathlib import Path

from claimcheck.confine import DEFAULT_CLAIM_FILE


def output_file(value: str) -> Path:
    """An -o value as a path. `Path` drops a trailing separator, so `-o report.html/`
    would quietly write the file `report.html`: a name that ends in one names a folder,
    which is not a file to write; an empty one (an unset shell variable) would be the
    current folder."""
    if not value:
        raise ValueError("an empty path names no file")
    if value.endswith(("/", os.sep)):
        raise ValueError(f"{value} ends in '/', so it names a folder: give a file name")
    if os.path.basename(value) in (".", ".."):
        raise ValueError(f"{value} names a folder: give a file name")
    if value != "-" and Path(value) == Path("-"):
        # "./-": the usual way to name a file called "-", which `Path` would make the bare
        # "-" that means standard output
        return Path(os.path.abspath(value))
    return Path(value)


def input_path(value: str | Path) -> Path:
    """A claim file or folder named on the command line. `Path('')` is the current
    folder, so `-f ''` (an unset shell variable) would read every claim file under it."""
    if isinstance(value, Path):  # the default
        return value
    if not value:
        raise ValueError("an empty path names no file")
    return Path(value)


def default_path(value: str) -> Path:
    """A path option's default, as the fast path rebuilds it from its kept table: the
    default claim file is that very object (confine.DEFAULT_CLAIM_FILE), as typer passes
    it, so that a link there is still told from one named on the command line."""
    return DEFAULT_CLAIM_FILE if value == str(DEFAULT_CLAIM_FILE) else Path(value)


# the parsers by name, as the fast path's option table records them
PARSERS = {"output_file": output_file, "input_path": input_path}
