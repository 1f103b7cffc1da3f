"""The command line: a thin skin over the core. Only this package imports typer and rich."""

# Importing a command module registers its commands, in the order help lists them.
from claimcheck.cli import desk as _desk  # noqa: F401
from claimcheck.cli import extract as _extract  # noqa: F401
from claimcheck.cli import read as _read  # noqa: F401
from claimcheck.cli import report as _report  # noqa: F401
from claimcheck.cli import review as _review  # noqa: F401
from claimcheck.cli import tagging as _tagging  # noqa: F401
from claimcheck.cli.app import app, main

__all__ = ["app", "main"]
