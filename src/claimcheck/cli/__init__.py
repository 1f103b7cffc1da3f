"""The command line: a thin skin over the core. Only this package imports typer and rich."""

from claimcheck.cli import read as _read  # noqa: F401  (registers its commands)
from claimcheck.cli.app import app, main

__all__ = ["app", "main"]
