"""A hostile tester's findings (eighth round: locales, terminals and shells), each through
the real `claimcheck` command: its exit code and exact message."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.terminal import CLAIMCHECK

ASCII = {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}


def cli(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, **kw: object
) -> subprocess.CompletedProcess[bytes]:
    """The real command; `env` is added to (an empty value removes the variable)."""
    full = dict(os.environ)
    for name, value in (env or {}).items():
        if value:
            full[name] = value
        else:
            full.pop(name, None)
    kw.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run([CLAIMCHECK, *args], cwd=cwd, env=full, capture_output=True, **kw)  # type: ignore[call-overload,no-any-return]


# --------------------------------------------------------------------------- 1: ASCII output


@pytest.mark.parametrize(
    "encoding", [ASCII, {"PYTHONIOENCODING": "ascii:surrogateescape"},
                 {"PYTHONIOENCODING": "latin-1:surrogateescape"}]
)  # fmt: skip
def test_a_saved_decision_under_an_ascii_locale_is_said_with_a_question_mark(
    seed: Path, encoding: dict[str, str]
) -> None:
    """C locale without UTF-8 mode: stdout's handler is surrogateescape, which failed on
    the arrow after the decision was saved (exit 3, "internal error")."""
    done = cli("tag", "c002", "opinion", cwd=seed.parent, env=encoding)
    assert (done.returncode, done.stdout, done.stderr) == (0, b"c002: pending ? opinion\n", b"")
    assert "label: opinion" in seed.read_text(encoding="utf-8").split("- id: c002")[1]
    done = cli("untag", "c002", cwd=seed.parent, env=encoding)
    assert (done.returncode, done.stderr) == (0, b"")


@pytest.mark.parametrize(
    "args",
    [["list"], ["show", "c001"], ["history"], ["report"], ["report", "-F", "html"],
     ["report", "-F", "md"], ["validate"], ["agree"], ["config"]],
)  # fmt: skip
def test_every_command_prints_under_an_ascii_locale(seed: Path, args: list[str]) -> None:
    tagged = cli("tag", "c001", "opinion", "--note", "Zürich → 東京", cwd=seed.parent)
    assert tagged.returncode == 0, tagged.stderr
    done = cli(*args, cwd=seed.parent, env=ASCII)
    assert done.returncode == 0, done.stderr
    assert b"internal error" not in done.stderr and b"Traceback" not in done.stderr
    assert done.stdout.isascii()
    if args[0] in ("show", "history"):
        assert b"Z?rich ? ??" in done.stdout


def test_an_internal_error_is_said_in_a_few_words_not_with_its_data(seed: Path) -> None:
    """The crash line named the exception by its repr: a UnicodeEncodeError's holds the
    whole text it failed on (for `list`, the rendered table)."""
    from claimcheck.cli.output import _brief

    error = UnicodeEncodeError("ascii", "x" * 5000 + "é", 5000, 5001, "ordinal not in range")
    assert _brief(error) == (
        "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 5000:"
        " ordinal not in range"
    )
    assert len(_brief(ValueError("y" * 5000))) == 200
