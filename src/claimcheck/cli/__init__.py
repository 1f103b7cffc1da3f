"""The command line: a thin skin over the core. Only this package imports typer.

`main` is the console script. `--version` is answered before typer and the command modules
are imported (they are most of a bare start-up), and `--help` from its cache (`helpcache`)
when it can be; everything else registers the commands and runs the typer application.
`app` is imported on first use, as the tests do.
"""

# ruff: noqa: I001 - the command modules are imported in the order help lists them
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.cli.app import app as app


def _register() -> None:
    # Importing a command module registers its commands, and help lists them in that
    # order: the order of the work (extract, check, review, report, the desk).
    from claimcheck.cli import extract as _extract  # noqa: F401
    from claimcheck.cli import read as _read  # noqa: F401
    from claimcheck.cli import review as _review  # noqa: F401
    from claimcheck.cli import tagging as _tagging  # noqa: F401
    from claimcheck.cli import claimlist as _claimlist  # noqa: F401
    from claimcheck.cli import report as _report  # noqa: F401
    from claimcheck.cli import desk as _desk  # noqa: F401
    from claimcheck.cli import evidence as _evidence  # noqa: F401
    from claimcheck.cli import configure as _configure  # noqa: F401
    from claimcheck.cli.app import app as typer_app

    # importing the submodule `app` made `claimcheck.cli.app` that module: the name is
    # the typer application's, as it has always been
    globals()["app"] = typer_app


def main() -> None:
    """The console script."""
    if sys.argv[1:] == ["--version"]:
        from claimcheck import __version__
        from claimcheck.cli.exit import finish

        sys.stdout.write(f"claimcheck {__version__}\n")
        finish(0)
    args = sys.argv[1:]
    if args in (["--help"], ["-h"]):
        from claimcheck.cli import helpcache
        from claimcheck.cli.exit import finish

        text = helpcache.get(args)
        if text is None:
            _register()
            text = helpcache.render(args)
            if text is not None:
                helpcache.put(args, text)
        if text is not None:
            sys.stdout.write(text)
            finish(0)
    _register()
    from claimcheck.cli.app import main as run

    run()


def __getattr__(name: str) -> Any:
    if name == "app":
        _register()
        from claimcheck.cli.app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["app", "main"]
