"""The command line: a thin skin over the core. Only this package imports typer."""

# ruff: noqa: I001 - importing a command module registers its commands, and help lists
# them in that order: the order of the work (extract, check, review, report, the desk).
from claimcheck.cli import extract as _extract  # noqa: F401
from claimcheck.cli import read as _read  # noqa: F401
from claimcheck.cli import review as _review  # noqa: F401
from claimcheck.cli import tagging as _tagging  # noqa: F401
from claimcheck.cli import claimlist as _claimlist  # noqa: F401
from claimcheck.cli import report as _report  # noqa: F401
from claimcheck.cli import desk as _desk  # noqa: F401
from claimcheck.cli import evidence as _evidence  # noqa: F401
from claimcheck.cli import configure as _configure  # noqa: F401
from claimcheck.cli.app import app, main

__all__ = ["app", "main"]
