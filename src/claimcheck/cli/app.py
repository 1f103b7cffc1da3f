"""The typer application, its shared options, and the one place errors become exit codes."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from claimcheck import __version__
from claimcheck.cli import paths

# the typer-free helpers, where the command modules have always found them
from claimcheck.cli.output import DEFAULT_FILE as DEFAULT_FILE
from claimcheck.cli.output import MIN_FILES_FOR_PROGRESS as MIN_FILES_FOR_PROGRESS
from claimcheck.cli.output import PIPE_SLICE as PIPE_SLICE
from claimcheck.cli.output import claim_paths as claim_paths
from claimcheck.cli.output import closed_pipe as closed_pipe
from claimcheck.cli.output import collect_for as collect_for
from claimcheck.cli.output import counting as counting
from claimcheck.cli.output import crashed as crashed
from claimcheck.cli.output import deprecated as deprecated
from claimcheck.cli.output import emit as emit
from claimcheck.cli.output import err_console as err_console
from claimcheck.cli.output import error as error
from claimcheck.cli.output import note as note
from claimcheck.cli.output import notices as notices
from claimcheck.cli.output import out_console as out_console
from claimcheck.cli.output import progress as progress
from claimcheck.cli.output import run_to_the_end as run_to_the_end
from claimcheck.errors import ClaimcheckError

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="claimcheck",
    help=(
        "Split an article into atomic claims, tag each one sourced, unverified or opinion, "
        "and produce a verification report.\n\n"
        "Example: claimcheck extract article.txt -o claims.yaml"
    ),
    no_args_is_help=True,
    add_completion=True,  # --install-completion and --show-completion: bash, zsh, fish
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _value_shown(param: Any, ctx: Any) -> str | None:
    """What `--help` shows for a parameter's value: its metavar, or the conventional
    upper-case word (PATH, TEXT, INTEGER); nothing for a flag or an argument, whose name
    is shown already. Typer 0.29 shows Python type names there instead (`<bool>`,
    `<list[Path]>`), which tell a fact-checker nothing."""
    if isinstance(param, typer.core.TyperArgument) or getattr(param, "is_flag", False):
        return None
    if param.metavar is not None:
        return str(param.metavar)
    python = str(param.display_type(ctx)).strip("<>").removeprefix("list[").rstrip("]")
    return _WORDS.get(python.lower(), "VALUE")


_WORDS = {"str": "TEXT", "path": "PATH", "int": "INTEGER", "float": "NUMBER", "date": "DATE"}
typer.core.TyperArgument.display_type_rich = _value_shown  # type: ignore[method-assign,assignment]
typer.core.TyperOption.display_type_rich = _value_shown  # type: ignore[method-assign,assignment]


def _bad_value_shown(self: typer.BadParameter, file: Any = None) -> None:
    """A bad value for an option or argument: one line naming it and what is wrong, in a
    fact-checker's words (typer 0.29 passes on pydantic's, e.g. "Input should be a valid
    integer, unable to parse string as an integer"), not click's usage and hint above it.
    The exit status stays click's (2). A missing argument is said as the other usage
    errors are (below), with what the command takes."""
    if type(self).__name__ == "MissingParameter":
        _usage_shown(self, file)
        return
    cause = self.__cause__
    problems = getattr(cause, "errors", None)
    if callable(problems):
        first = problems(include_url=False)[0]
        words = _NUMBER_WORDS.get(str(first.get("type")))
        if words is not None:
            self.message = words.format(first.get("input"), **(first.get("ctx") or {}))
    error(self.format_message())


# A usage error's line keeps the hint to the command's help when the line stays this wide.
_HINT_WIDTH = 80


def _usage_shown(self: typer._click.exceptions.UsageError, file: Any = None) -> None:
    """A mistake of usage (an unknown option or command, a missing argument, a lone -f):
    one line naming what is wrong, as every refusal is, not click's four (usage, hint,
    blank, error). A missing argument names what the command takes (its usage), and the
    hint to the help (`try 'claimcheck tag -h'`) is kept when the line fits in
    _HINT_WIDTH columns. The exit status stays click's (2)."""
    line = self.format_message().rstrip(".")
    ctx = self.ctx
    if ctx is not None and type(self).__name__ == "MissingParameter":
        line += "; usage: " + ctx.get_usage().removeprefix("Usage: ").strip()
    if ctx is not None and ctx.command.get_help_option(ctx) is not None:
        hint = f" (try '{ctx.command_path} {ctx.help_option_names[0]}')"
        if len(f"Error: {line}{hint}") <= _HINT_WIDTH:
            line += hint
    error(line)


_NUMBER_WORDS = {
    "int_parsing": "{0!r} is not a whole number",
    "float_parsing": "{0!r} is not a number",
    "greater_than_equal": "{0} is too small: {ge} or more",
    "greater_than": "{0} is too small: more than {gt}",
    "less_than_equal": "{0} is too large: {le} at most",
}
typer.BadParameter.show = _bad_value_shown  # type: ignore[method-assign,assignment]
typer._click.exceptions.UsageError.show = _usage_shown  # type: ignore[method-assign]


def _shell_name(detect: Callable[[], str | None]) -> Callable[[], str | None]:
    """Typer's shell detection, with $SHELL when it finds none. It looks for a shell among
    the first ten processes above this one, so run from deep inside make, an editor or a
    test runner, `--show-completion` said only "Shell  not supported." (sic)."""

    def shell() -> str | None:
        if found := detect():
            return found
        login = os.path.basename(os.environ.get("SHELL", "")).lower()
        return login if login in {"bash", "zsh", "fish", "pwsh", "powershell"} else None

    return shell


for _module in (typer.completion, typer._completion_shared):
    if callable(_detect := getattr(_module, "_get_shell_name", None)):  # private: may go
        setattr(_module, "_get_shell_name", _shell_name(_detect))  # noqa: B010


def output_file(value: str) -> Path:
    """An -o value as a path (`cli.paths.output_file`, read the same by the fast path)."""
    try:
        return paths.output_file(value)
    except ValueError as problem:
        raise typer.BadParameter(str(problem)) from None


def input_path(value: str | Path) -> Path:
    """A -f value as a path (`cli.paths.input_path`, read the same by the fast path)."""
    try:
        return paths.input_path(value)
    except ValueError as problem:
        raise typer.BadParameter(str(problem)) from None


FileOption = Annotated[
    Path,
    typer.Option(
        "--file",
        "-f",
        parser=input_path,
        envvar="CLAIMCHECK_FILE",
        help="The claim file (or set CLAIMCHECK_FILE).",
        show_default=True,
    ),
]


def _claim_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    from claimcheck.cli.complete import claim_ids

    return claim_ids(ctx, incomplete)


ClaimIdArgument = Annotated[
    str,
    typer.Argument(metavar="ID", help="The claim's id, e.g. c012.", autocompletion=_claim_ids),
]
FilesArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="FILES",
        parser=input_path,
        help="Claim files, or folders of them (default: --file).",
        show_default=False,
    ),
]

ReviewerOption = Annotated[
    str | None,
    typer.Option(
        "--reviewer",
        "-r",
        help="Who is deciding (default: $CLAIMCHECK_REVIEWER, git user.name, login).",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
CacheOption = Annotated[
    bool,
    typer.Option(
        "--cache/--no-cache",
        help="Reuse the results for files whose content has not changed.",
    ),
]


def command(name: str | None = None, group: typer.Typer | None = None) -> Callable[[F], F]:
    """Register a command (on `app`, or on a `group` of commands such as `evidence`)
    whose ClaimcheckErrors become one line on stderr and exit 1."""

    def register(fn: F) -> F:
        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            notices()  # a fresh start (tests run many commands in one process)
            collect_for(name, group is not None, kwargs)
            try:
                check_text_arguments(fn, kwargs)
                return fn(*args, **kwargs)
            except ClaimcheckError as exc:
                for message in notices():  # before the error, which stays the last line
                    note(message)
                error(str(exc))
                raise typer.Exit(exc.exit_code) from None
            except BrokenPipeError:  # before click, which would exit 1 for it
                raise typer.Exit(closed_pipe()) from None
            finally:
                for message in notices():
                    note(message)

        (group or app).command(name)(run)
        return fn

    return register


def check_text_arguments(fn: Callable[..., Any], values: dict[str, Any]) -> None:
    """Refuse text typed on the command line that is not UTF-8 (a note in Latin-1, say):
    Python passes such bytes on as lone surrogates, which would fail when saved. UTF-8
    that Python decoded as ASCII (the C locale) is read again as UTF-8 (in `values`)."""
    from claimcheck.errors import InvalidValue
    from claimcheck.safe import not_utf8, reread_utf8

    for name, value in values.items():
        texts = value if isinstance(value, list) else [value]
        if any(isinstance(text, str) and not_utf8(text) for text in texts):
            texts = [reread_utf8(t) if isinstance(t, str) else t for t in texts]
            values[name] = texts if isinstance(value, list) else texts[0]
        for text in texts:
            what = not_utf8(text) if isinstance(text, str) else None
            if what is not None:
                shown = _shown_name(fn, name)
                raise InvalidValue(
                    f"{shown}: not UTF-8 text ({what}); check the terminal's encoding"
                )


def _shown_name(fn: Callable[..., Any], name: str) -> str:
    """How the help names a command's parameter: its first option name, or its metavar."""
    import typing

    from typer.models import ArgumentInfo, OptionInfo

    hint = typing.get_type_hints(fn, include_extras=True).get(name)
    for info in getattr(hint, "__metadata__", ()):
        if isinstance(info, OptionInfo):
            long = [d for d in info.param_decls or () if d.startswith("--")]
            return long[0].split("/")[0] if long else "--" + name.replace("_", "-")
        if isinstance(info, ArgumentInfo):
            return info.metavar or name.upper()
    return name


def _version(value: bool) -> None:
    if value:
        print(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Fact-check an article claim by claim.

    Example: claimcheck list -f data/claims.yaml --label pending
    """


def main() -> None:
    """The console script: run the app, turning anything unexpected into exit 3, not a
    trace (`output.run_to_the_end`)."""
    run_to_the_end(app)
