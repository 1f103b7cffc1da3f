"""A hostile tester's findings (eighth round: locales, terminals and shells), each through
the real `claimcheck` command: its exit code and exact message."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping
from pathlib import Path

import pytest

from tests.terminal import CLAIMCHECK

ASCII: dict[str, str | None] = {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": None}


def cli(
    *args: str, cwd: Path | None = None, env: Mapping[str, str | None] | None = None, **kw: object
) -> subprocess.CompletedProcess[bytes]:
    """The real command; `env` is added to (None removes the variable)."""
    full = dict(os.environ)
    for name, value in (env or {}).items():
        if value is None:
            full.pop(name, None)
        else:
            full[name] = value
    kw.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run([CLAIMCHECK, *args], cwd=cwd, env=full, capture_output=True, **kw)  # type: ignore[call-overload,no-any-return]


# --------------------------------------------------------------------------- 1: ASCII output


@pytest.mark.parametrize(
    "encoding", [ASCII, {"PYTHONIOENCODING": "ascii:surrogateescape"},
                 {"PYTHONIOENCODING": "latin-1:surrogateescape"}]
)  # fmt: skip
def test_a_saved_decision_under_an_ascii_locale_is_said_with_a_question_mark(
    seed: Path, encoding: dict[str, str | None]
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


# --------------------------------------------------------------------------- 3: unusable cache

TOO_LONG = "a" * 300  # a folder the system cannot even look at (ENAMETOOLONG)


@pytest.mark.parametrize(
    "args",
    [["list"], ["--help"], ["show", "c001"], ["report"], ["validate"], ["tag", "c003", "opinion"],
     ["extract", "article.txt", "-o", "new.yaml"]],
)  # fmt: skip
def test_a_cache_folder_that_cannot_be_looked_at_is_skipped(
    seed: Path, tmp_path: Path, args: list[str]
) -> None:
    """Looking at the cache folder raised: a traceback from nearly every command, and tag
    and extract refused to work (`Error: ...: permission denied`)."""
    for where in (f"{TOO_LONG}/x", TOO_LONG):
        cached = {"CLAIMCHECK_CACHE_DIR": str(tmp_path / where)}
        (seed.parent / "new.yaml").unlink(missing_ok=True)
        done = cli(*args, cwd=seed.parent, env=cached)
        assert done.returncode == 0, done.stderr
        assert b"Error" not in done.stderr and b"Traceback" not in done.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a folder of mode 000")
def test_an_unreadable_cache_folder_is_skipped(seed: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0)
    try:
        for args in (["list"], ["tag", "c003", "opinion"]):
            cached = {"XDG_CACHE_HOME": str(locked), "CLAIMCHECK_CACHE_DIR": None}
            done = cli(*args, cwd=seed.parent, env=cached)
            assert (done.returncode, done.stderr) == (0, b"")
    finally:
        locked.chmod(0o700)


# --------------------------------------------------------------------------- 4: HOME and XDG


@pytest.mark.parametrize(
    "places",
    [{"XDG_CACHE_HOME": "relcache", "XDG_CONFIG_HOME": "relconf"},
     {"XDG_CACHE_HOME": None, "XDG_CONFIG_HOME": None, "HOME": "relhome"}],
)  # fmt: skip
def test_no_cache_nor_key_is_written_outside_an_absolute_home(
    seed: Path, places: dict[str, str | None]
) -> None:
    """A relative XDG value is ignored (the XDG specification); an empty or relative HOME
    is no home: the cache and the secret key were written in the claim file's folder
    (where the key could be committed), or in `/`."""
    (seed.parent / "home").mkdir(exist_ok=True)
    before = sorted(p.name for p in seed.parent.iterdir())
    env = {"CLAIMCHECK_CACHE_DIR": None, **places}
    for args in (["list"], ["report"], ["tag", "c003", "opinion"], ["--help"]):
        done = cli(*args, cwd=seed.parent, env=env)
        assert (done.returncode, done.stderr) == (0, b""), args
    after = sorted(p.name for p in seed.parent.iterdir())
    assert [name for name in after if name not in before] == [".claims.yaml.lock"]


def test_an_empty_home_has_no_cache_and_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """HOME= made the cache `/.cache/claimcheck` and the key `/.config/claimcheck/cache-key`
    (not run through the command here: on the old code it would write into `/`)."""
    from claimcheck import cache

    for name in ("CLAIMCHECK_CACHE_DIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    for home in ("", "relhome"):
        monkeypatch.setenv("HOME", home)
        assert (cache.folder(), cache._key_file()) == (None, None)  # before it may write
        assert cache.secret(create=True) is None
    monkeypatch.setenv("XDG_CACHE_HOME", "/abs/cache")
    monkeypatch.setenv("XDG_CONFIG_HOME", "/abs/conf")
    assert cache.folder() == Path("/abs/cache/claimcheck")
    assert cache._key_file() == Path("/abs/conf/claimcheck/cache-key")


# --------------------------------------------------------------------------- 6: closed stdin


def test_a_closed_stdin_is_no_terminal_for_review(seed: Path) -> None:
    done = cli("review", "-r", "tm", cwd=seed.parent, preexec_fn=lambda: os.close(0))
    assert (done.returncode, done.stdout, done.stderr) == (
        2,
        b"",
        b"Error: review needs a terminal (stdin is not one); use 'claimcheck tag' in scripts\n",
    )


def test_a_closed_stdin_is_one_line_for_extract(seed: Path) -> None:
    done = cli("extract", "-", "-o", "q.yaml", cwd=seed.parent, preexec_fn=lambda: os.close(0))
    assert (done.returncode, done.stdout, done.stderr) == (1, b"", b"Error: stdin: it is closed\n")
    assert not (seed.parent / "q.yaml").exists()


# --------------------------------------------------------------------------- 5: a removed cwd


def gone(seed: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """The command run from a folder removed under it (as a shell can sit in one)."""
    (seed.parent / "gone").mkdir()
    script = 'cd gone && rmdir ../gone && exec "$@"'
    return subprocess.run(["sh", "-c", script, "sh", CLAIMCHECK, *args], cwd=seed.parent,
                          capture_output=True, stdin=subprocess.DEVNULL)  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [["report", "-f", "{f}"], ["config", "-f", "{f}"], ["report", "{d}"], ["list", "-f", "{f}"],
     ["tag", "c003", "opinion", "-f", "{f}"], ["extract", "{d}/article.txt", "-o", "{d}/n.yaml"]],
)  # fmt: skip
def test_a_removed_current_folder_with_absolute_paths_works(seed: Path, args: list[str]) -> None:
    (seed.parent / "claimcheck.toml").write_text("[report]\n")  # its name is shown
    given = [a.format(f=seed, d=seed.parent) for a in args]
    done = gone(seed, *given)
    assert done.returncode == 0, done.stderr
    assert b"Error" not in done.stderr and b"Traceback" not in done.stderr


def test_a_removed_current_folder_with_a_relative_path_is_one_line(seed: Path) -> None:
    done = gone(seed, "extract", str(seed.parent / "article.txt"), "-o", "n.yaml")
    assert (done.returncode, done.stdout, done.stderr) == (
        1, b"", b"Error: the current folder no longer exists; run claimcheck from one that does\n"
    )  # fmt: skip


# --------------------------------------------------------------------------- 7: COLUMNS


@pytest.mark.parametrize("columns", ["99999999999", "100000", "1" + "0" * 5000], ids=len)
def test_a_huge_columns_is_held_to_a_thousand(seed: Path, columns: str) -> None:
    """COLUMNS=99999999999: MemoryError (exit 3); 100000: a megabyte of padding. Drawn
    as on a terminal (FORCE_COLOR): into a pipe the report is held to 160 columns."""
    terminal = {"FORCE_COLOR": "1", "TERM": "xterm-256color"}
    wide = cli("report", cwd=seed.parent, env={"COLUMNS": columns, **terminal})
    thousand = cli("report", cwd=seed.parent, env={"COLUMNS": "1000", **terminal})
    assert (wide.returncode, wide.stderr) == (0, thousand.stderr)
    assert wide.stdout == thousand.stdout
    plain = re.sub(rb"\x1b\[[0-9;]*m", b"", wide.stdout).decode()
    assert max(len(line) for line in plain.splitlines()) == 1000


# --------------------------------------------------------------------------- 9: data on ASCII


@pytest.mark.parametrize(
    "args",
    [["list", "--json"], ["show", "c001", "--json"], ["history", "--json"], ["report", "-F", "json"], ["report", "-F", "claimreview", "--url", "https://x.example/a"]],
)  # fmt: skip
@pytest.mark.parametrize(
    ("encoding", "name"), [(ASCII, "ascii"), ({"PYTHONIOENCODING": "latin-1"}, "latin-1")]
)
def test_json_on_an_ascii_stdout_is_escaped_not_lost(
    seed: Path, args: list[str], encoding: dict[str, str | None], name: str
) -> None:
    """`"Caf? owners in Z?rich"`, exit 0: the data was silently corrupted."""
    import json

    tagged = cli("tag", "c001", "opinion", "--note", "Zürich → 東京 🎉", cwd=seed.parent)
    assert tagged.returncode == 0, tagged.stderr
    utf8 = cli(*args, cwd=seed.parent, env={"PYTHONIOENCODING": "utf-8"})
    narrow = cli(*args, cwd=seed.parent, env=encoding)
    assert (narrow.returncode, narrow.stderr) == (0, utf8.stderr)
    assert json.loads(narrow.stdout.decode(name)) == json.loads(utf8.stdout.decode("utf-8"))


def test_html_on_an_ascii_stdout_uses_character_references(seed: Path) -> None:
    tagged = cli("tag", "c001", "opinion", "--note", "Zürich → 東京 🎉", cwd=seed.parent)
    assert tagged.returncode == 0, tagged.stderr
    done = cli("report", "-F", "html", cwd=seed.parent, env=ASCII)
    assert done.returncode == 0, done.stderr
    assert done.stdout.isascii()
    assert b"Z&#252;rich &#8594; &#26481;&#20140; &#127881;" in done.stdout


# --------------------------------------------------------------------------- 11: minor items


def test_reversed_offsets_are_said_to_be_reversed(seed: Path) -> None:
    """start 136, end 93 was "fall outside the article text": they are inside, reversed."""
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("start: 93\n    end: 136", "start: 136\n    end: 93", 1))
    done = cli("validate", cwd=seed.parent)
    assert (done.returncode, done.stdout, done.stderr) == (
        1, b"", b"Error: claims.yaml:17: claims[0].passage.end: offsets 136-93 are reversed"
        b" (the end is before the start)\n"
    )  # fmt: skip


def test_a_byte_order_mark_in_claimcheck_toml_is_accepted(seed: Path) -> None:
    """An editor's BOM gave `not valid TOML`, while a claim file with one loads."""
    (seed.parent / "claimcheck.toml").write_bytes(b'\xef\xbb\xbf[org]\nname = "Desk"\n')
    done = cli("config", cwd=seed.parent)
    assert (done.returncode, done.stderr) == (0, b"")
    assert b'org.name = "Desk"' in done.stdout


# --------------------------------------------------------------------------- 2: review in ASCII


@pytest.mark.parametrize("encoding", [{"PYTHONIOENCODING": "ascii"}, ASCII], ids=["io", "C"])
def test_the_review_in_an_ascii_terminal_is_the_plain_one(
    seed: Path, encoding: dict[str, str | None]
) -> None:
    """The full-screen review drew its boxes as `\\u256d\\u2500 c001` and `Caf\\xe9`."""
    import time

    from tests.terminal import Pty

    env = {k: v for k, v in {**os.environ, "TERM": "xterm", **encoding}.items() if v is not None}
    env.pop("COLUMNS", None)
    shell = Pty([CLAIMCHECK, "review", "-r", "ana"], env, seed.parent)
    try:
        deadline = time.monotonic() + 60
        while b"q quit" not in shell.output and b"\x1b[?1049h" not in shell.output:
            assert time.monotonic() < deadline, shell.output[-2000:]
            shell.read(0.05)
        assert b"\x1b[?1049h" not in shell.output  # Textual's alternate screen: not started
        shell.write(b"q")
        shell.wait_for(b"Reviewed 0 claims this session")
        assert b"\\u" not in shell.output and b"\\x" not in shell.output
    finally:
        shell.kill()


# --------------------------------------------------------------------------- 8: FORCE_COLOR


@pytest.mark.parametrize("force", [{"FORCE_COLOR": "1"}, {"TTY_COMPATIBLE": "1"}], ids=str)
def test_forcing_the_terminal_draws_for_every_read_command(
    seed: Path, force: dict[str, str | None]
) -> None:
    """`show` and `report` drew into a pipe under FORCE_COLOR, `list` and `history` not."""
    tagged = cli("tag", "c001", "opinion", cwd=seed.parent)
    assert tagged.returncode == 0, tagged.stderr
    # a terminal that draws boxes (a dumb one, the tests' own TERM, is drawn in ASCII)
    env = {"NO_COLOR": None, "TERM": "xterm-256color", **force}
    for args in (["list"], ["history"], ["show", "c001"]):
        drawn = cli(*args, cwd=seed.parent, env=env)
        plain = cli(*args, cwd=seed.parent)
        assert (drawn.returncode, plain.returncode) == (0, 0)
        assert "│".encode() in drawn.stdout or "─".encode() in drawn.stdout, args
        assert "│".encode() not in plain.stdout and "─".encode() not in plain.stdout, args
