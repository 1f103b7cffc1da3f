"""What was left of the eighth hostile tester's findings (locales, terminals, shells and
hostile files), each through the real `claimcheck` command: its exit code and exact
message."""

from __future__ import annotations

import os
import re
import signal
import subprocess
from collections.abc import Mapping
from pathlib import Path

import pytest

from tests.terminal import CLAIMCHECK, Tmux, needs_tmux
from tests.test_hostile8 import cli

# --------------------------------------------------------------------------- crash logs

# A fault planted in the real command (as a bug would be): `list` fails inside its work.
PLANT = """\
import claimcheck.cli.reads as reads


def _fault(path):
    raise RuntimeError("planted fault")


reads._load = _fault
"""
CRASH = re.compile(
    rb"Error: internal error: RuntimeError: planted fault; details in (.+)\. Please report it\.\n"
)


@pytest.fixture
def plant(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder whose `sitecustomize` plants the fault, outside the claim file's folder."""
    folder = tmp_path_factory.mktemp("plant")
    (folder / "sitecustomize.py").write_text(PLANT)
    return folder


def crash(seed: Path, plant: Path, env: Mapping[str, str | None]) -> bytes:
    """Run `list` with the planted fault; its stderr (exit 3, nothing on stdout)."""
    path = os.pathsep.join(filter(None, [str(plant), os.environ.get("PYTHONPATH")]))
    planted = {"PYTHONPATH": path, "CLAIMCHECK_REPLAY": "off", **env}
    done = cli("list", cwd=seed.parent, env=planted)
    assert (done.returncode, done.stdout) == (3, b""), done.stderr
    return done.stderr


def test_a_crash_log_is_written_in_the_users_own_state_folder(
    seed: Path, tmp_path: Path, plant: Path
) -> None:
    """The log went to the shared /tmp (`/tmp/claimcheck-crash-*.log`), at a name any
    user could guess from the listing, whatever HOME and XDG said."""
    state = tmp_path / "state"
    stderr = crash(seed, plant, {"XDG_STATE_HOME": str(state)})
    found = CRASH.fullmatch(stderr)
    assert found is not None, stderr
    log = Path(found.group(1).decode())
    assert log.parent == state / "claimcheck"
    assert re.fullmatch(r"crash-\d{8}T\d{6}-[0-9a-f]{16}\.log", log.name)
    assert "RuntimeError: planted fault" in log.read_text()
    assert (log.parent.stat().st_mode & 0o777, log.stat().st_mode & 0o777) == (0o700, 0o600)
    # and in the home's state folder when XDG_STATE_HOME is not set (a home that exists:
    # claimcheck never creates one)
    (tmp_path / "home").mkdir(exist_ok=True)
    stderr = crash(seed, plant, {"XDG_STATE_HOME": None})
    found = CRASH.fullmatch(stderr)
    assert found is not None, stderr
    assert Path(found.group(1).decode()).parent == tmp_path / "home/.local/state/claimcheck"


NO_LOG = (
    b"Error: internal error: RuntimeError: planted fault; no crash log written (no private"
    b" folder for it). Please report it.\n"
)


def test_a_crash_log_is_not_written_through_a_planted_link(
    seed: Path, tmp_path: Path, plant: Path
) -> None:
    state = tmp_path / "state"
    state.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (state / "claimcheck").symlink_to(elsewhere)
    assert crash(seed, plant, {"XDG_STATE_HOME": str(state)}) == NO_LOG
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("home", ["", "relhome"])
def test_with_no_private_folder_a_crash_is_one_line_and_no_file(
    seed: Path, tmp_path: Path, plant: Path, home: str
) -> None:
    before = sorted(seed.parent.rglob("*"))
    assert crash(seed, plant, {"XDG_STATE_HOME": None, "HOME": home}) == NO_LOG
    assert sorted(seed.parent.rglob("*")) == before


def test_a_crash_folder_open_to_others_is_closed_first(
    seed: Path, tmp_path: Path, plant: Path
) -> None:
    state = tmp_path / "state"
    (state / "claimcheck").mkdir(parents=True)
    (state / "claimcheck").chmod(0o777)
    found = CRASH.fullmatch(crash(seed, plant, {"XDG_STATE_HOME": str(state)}))
    assert found is not None
    assert (state / "claimcheck").stat().st_mode & 0o777 == 0o700


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a folder to another user")
def test_a_crash_folder_of_someone_else_is_not_used(
    seed: Path, tmp_path: Path, plant: Path
) -> None:
    state = tmp_path / "state"
    (state / "claimcheck").mkdir(parents=True, mode=0o700)
    os.chown(state / "claimcheck", 65534, 65534)
    assert crash(seed, plant, {"XDG_STATE_HOME": str(state)}) == NO_LOG


# --------------------------------------------------------------------------- a huge number

HUGE = "1" * 5000


@pytest.mark.parametrize(
    "args", [["validate"], ["list"], ["show", "c001"], ["tag", "c002", "opinion"]]
)
def test_a_number_of_5000_digits_is_one_line_with_its_field(seed: Path, args: list[str]) -> None:
    """Python's own refusal came through: `not valid YAML: Exceeds the limit (4300 digits)
    ... use sys.set_int_max_str_digits()`, with no line."""
    text = seed.read_text(encoding="utf-8")
    line = text.splitlines().index("    start: 142") + 1
    seed.write_text(text.replace("    start: 142\n", f"    start: {HUGE}\n", 1), encoding="utf-8")
    before = seed.read_bytes()
    done = cli(*args, cwd=seed.parent)
    assert (done.returncode, done.stdout) == (1, b""), done.stderr
    expected = f"Error: claims.yaml:{line}: claims[1].passage.start: a number of 5000 digits is too large\n"
    assert done.stderr.decode() == expected
    assert seed.read_bytes() == before


def test_a_number_of_5000_digits_under_an_explicit_tag(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"schema_version: 1\nclaims:\n  - id: c001\n    n: !!int {HUGE}\n")
    done = cli("validate", "-f", "bad.yaml", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (
        1, b"Error: bad.yaml:4: claims[0].n: a number of 5000 digits is too large\n"
    )  # fmt: skip


@pytest.mark.parametrize("args", [["config"], ["report"]])
def test_a_number_of_5000_digits_in_the_desk_configuration(seed: Path, args: list[str]) -> None:
    """tomllib let Python's ValueError out: an internal error (exit 3) from `config`."""
    (seed.parent / "claimcheck.toml").write_text(f"[report]\n\nwidth = {HUGE}\n")
    done = cli(*args, cwd=seed.parent)
    assert (done.returncode, done.stdout, done.stderr) == (
        1,
        b"",
        b"Error: claimcheck.toml: not valid TOML: a number of 5000 digits is too large"
        b" (at line 3)\n",
    )


# --------------------------------------------------------------------------- kill -INT


@needs_tmux
@pytest.mark.parametrize("how", ["kill -INT", "Ctrl-C"])
@pytest.mark.parametrize("plain", [[], ["--plain"]])
def test_sigint_from_outside_ends_the_review_as_ctrl_c_does(
    seed: Path, how: str, plain: list[str]
) -> None:
    """`kill -INT` on the full-screen review printed the summary and exited 0 (asyncio
    cancelled Textual's run, which ended as a quit); Ctrl-C gave 130."""
    command = " ".join([f"env CLAIMCHECK_REVIEWER=ana TERM=xterm-256color {CLAIMCHECK}",
                        "review", *plain, "-f", "claims.yaml"])  # fmt: skip
    tmux = Tmux(seed.parent, command, width=100, height=30)
    try:
        tmux.wait_for("c001")
        tmux.send("o")
        if plain:
            tmux.wait_for("Note")
        tmux.send("Enter")
        tmux.wait_for("c002")
        if how == "Ctrl-C":
            tmux.send("C-c")
        else:
            shell = tmux._tmux("list-panes", "-t", "t", "-F", "#{pane_pid}").strip()
            child = subprocess.run(
                ["pgrep", "-P", shell], capture_output=True, text=True, check=True
            ).stdout.split()[0]
            os.kill(int(child), signal.SIGINT)
        screen = tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    assert "EXIT=130" in screen, screen
    summary = "Reviewed 1 claim this session (1 opinion); 113 pending in the file. Decisions"
    assert summary in " ".join(screen.split())
    assert "label: opinion" in seed.read_text(encoding="utf-8").split("- id: c002")[0]


# --------------------------------------------------------------------------- CRLF


def crlf_copy(seed: Path) -> bytes:
    """The seed claim file with CRLF line ends (git's autocrlf on Windows); its bytes."""
    data = seed.read_bytes().replace(b"\n", b"\r\n")
    seed.write_bytes(data)
    return data


def changed_lines(before: bytes, after: bytes) -> int:
    import difflib

    old, new = (data.decode().splitlines(keepends=True) for data in (before, after))
    diff = list(difflib.unified_diff(old, new, n=0))[2:]  # without the two file headers
    return sum(line.startswith(("-", "+")) for line in diff)


def test_a_crlf_claim_file_keeps_its_line_ends_when_tagged(seed: Path) -> None:
    """One `tag` rewrote every line with LF: the whole file changed in git."""
    before = crlf_copy(seed)
    for args in (["tag", "c001", "opinion", "--note", "two\nlines"], ["untag", "c001"]):
        done = cli(*args, cwd=seed.parent)
        assert done.returncode == 0, done.stderr
        after = seed.read_bytes()
        assert after.count(b"\n") == after.count(b"\r\n") > 1600
    # the claim's lines and the schema version: nothing else (a note with a line break
    # inside is written in YAML's block style, read back the same)
    assert 0 < changed_lines(before, after) < 40, changed_lines(before, after)
    shown = cli("show", "c001", "--json", cwd=seed.parent)
    assert shown.returncode == 0 and b'"note": "two\\nlines"' in shown.stdout


@needs_tmux
def test_a_crlf_claim_file_keeps_its_line_ends_when_a_review_is_folded(seed: Path) -> None:
    before = crlf_copy(seed)
    command = f"env CLAIMCHECK_REVIEWER=ana {CLAIMCHECK} review --plain -f claims.yaml"
    tmux = Tmux(seed.parent, command, width=100, height=30)
    try:
        tmux.wait_for("c001")
        tmux.send("o")
        tmux.wait_for("Note")
        tmux.send("Enter")
        tmux.wait_for("c002")
        tmux.send("q")
        assert "EXIT=0" in tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    after = seed.read_bytes()
    assert after != before and b"label: opinion\r\n" in after
    assert after.count(b"\n") == after.count(b"\r\n")
    assert 0 < changed_lines(before, after) < 40


def test_an_lf_claim_file_stays_lf(seed: Path) -> None:
    done = cli("tag", "c001", "opinion", cwd=seed.parent)
    assert done.returncode == 0, done.stderr
    assert b"\r" not in seed.read_bytes()


# --------------------------------------------------------------------------- U+2028, U+2029

SEPARATED = (
    "Council vote\n\nThe council rejected the plan\u2028by 55 votes on Monday. The mayor"
    " said\u2029it was a mistake.\n"
)


@pytest.fixture
def separated(tmp_path: Path) -> Path:
    """A claim file on an article whose sentences hold a line and a paragraph separator."""
    (tmp_path / "a.txt").write_text(SEPARATED, encoding="utf-8")
    done = cli("extract", "a.txt", "-o", "claims.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return tmp_path / "claims.yaml"


@pytest.mark.parametrize(
    "args", [["show", "c001"], ["report"], ["report", "-F", "html"], ["report", "-F", "md"]]
)
def test_line_and_paragraph_separators_are_shown_as_a_space(
    separated: Path, args: list[str]
) -> None:
    """`show` and the HTML report put U+2028 and U+2029 out as they were, which terminals
    and browsers draw as nothing: `the planby 55`."""
    done = cli(*args, cwd=separated.parent)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "\u2028" not in out and "\u2029" not in out
    assert "rejected the plan by 55" in out and "The mayor said it was" in out


@needs_tmux
def test_line_and_paragraph_separators_in_the_reviews_article_panel(separated: Path) -> None:
    command = f"env CLAIMCHECK_REVIEWER=ana TERM=xterm-256color {CLAIMCHECK} review"
    tmux = Tmux(separated.parent, command, width=100, height=30)
    try:
        tmux.wait_for("1 of 2")
        tmux.send("a")
        screen = tmux.wait_for("The mayor said")
        tmux.send("q")
        tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    assert "rejected the plan by 55 votes" in screen, screen
    assert "The mayor said it was a mistake." in screen, screen


# --------------------------------------------------------------------------- non-UTF-8 names

CAFE = b"caf\xe9.yaml"  # a name in latin-1, as a zip or an old disk may bring it


def in_bytes(folder: Path, *args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    """The real command with arguments given as bytes, as a shell passes them."""
    argv = [a if isinstance(a, bytes) else a.encode() for a in (CLAIMCHECK, *args)]
    return subprocess.run(argv, cwd=folder, capture_output=True, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize(
    ("args", "code", "stdout", "stderr"),
    [
        (["validate", "-f", CAFE], 0,
         b"caf\\xe9.yaml: ok, 114 claims (0 sourced, 0 unverified, 0 opinion, 114 pending)\n", b""),
        (["validate", "-f", b"nope\xe9.yaml"], 1, b"", b"Error: nope\\xe9.yaml: no such claim file\n"),
        (["report", "-F", "csv", "-f", CAFE], 0, None,
         b"Warning: caf\\xe9.yaml: 114 of 114 claims are still pending\n"),
        (["report", "-F", "md", "-f", CAFE, "-o", b"r\xe9.md"], 0, b"",
         b"Wrote the md report on 1 claim file to r\\xe9.md\n"
         b"Warning: caf\\xe9.yaml: 114 of 114 claims are still pending\n"),
    ],
)  # fmt: skip
def test_a_file_name_that_is_not_utf8_is_shown_with_the_bytes_escape(
    seed: Path, args: list[str | bytes], code: int, stdout: bytes | None, stderr: bytes
) -> None:
    """Printed as `caf\\udce9.yaml` (Python's lone surrogate) where the README's escapes
    would have `caf\\xe9.yaml`."""
    os.rename(seed, os.path.join(os.fsencode(seed.parent), CAFE))
    done = in_bytes(seed.parent, *args)
    assert (done.returncode, done.stderr) == (code, stderr)
    if stdout is not None:
        assert done.stdout == stdout
    else:
        assert b"caf\\xe9.yaml," in done.stdout


# --------------------------------------------------------------------------- narrow terminals

ANSI = re.compile(rb"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("width", ["20", "59"])
def test_list_in_a_narrow_terminal_is_one_claim_a_line(seed: Path, width: str) -> None:
    """At 20 columns the table showed every id as `c…`, and no claim column at all."""
    drawn = {"FORCE_COLOR": "1", "COLUMNS": width, "TERM": "xterm-256color"}  # a terminal
    done = cli("list", cwd=seed.parent, env=drawn)
    assert done.returncode == 0, done.stderr
    out = ANSI.sub(b"", done.stdout).decode()
    assert "…" not in out
    assert out.startswith("c001  pending  Putin")
    assert len(re.findall(r"^c\d{3}  pending  ", out, re.M)) == 114
    assert " ".join(out.split()).endswith("114 of 114 claims: 114 pending")
    assert max(len(line) for line in out.splitlines()) <= int(width)


def test_list_at_60_columns_is_still_a_table(seed: Path) -> None:
    done = cli("list", cwd=seed.parent, env={"FORCE_COLOR": "1", "COLUMNS": "60", "TERM": "xterm"})
    assert done.returncode == 0, done.stderr
    assert ANSI.sub(b"", done.stdout).decode().startswith("id   ┃ label   ┃ claim")


@pytest.mark.parametrize("files", [[], ["claims.yaml", "second.yaml"]])
def test_the_terminal_report_into_a_pipe_is_as_wide_as_its_lines(
    seed: Path, files: list[str]
) -> None:
    """Its boxes filled the width: COLUMNS=1000 padded every line to 1,000 columns. Plain
    now, it is the same whatever COLUMNS says, and no line is padded (desk1 B5)."""
    (seed.parent / "second.yaml").write_bytes(seed.read_bytes())
    done = cli("report", *files, cwd=seed.parent, env={"COLUMNS": "1000"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().splitlines()
    assert max(len(line) for line in lines) < 1000
    assert [line for line in lines if line.endswith(" ")] == []
    narrow = cli("report", *files, cwd=seed.parent, env={"COLUMNS": "100"})
    assert narrow.stdout == done.stdout


# --------------------------------------------------------------------------- review keys


@pytest.mark.parametrize(
    ("toml", "line"),
    [('[keys]\nsourced = "\\u0301"\n',
      "[keys] sourced: U+0301 is a combining mark, invisible on its own"),
     ('[review.keys]\njump = "\\u20dd"\n',
      "[review.keys] jump: U+20DD is a combining mark, invisible on its own")],
)  # fmt: skip
def test_a_combining_mark_is_no_review_key(seed: Path, toml: str, line: str) -> None:
    """U+0301 (a combining acute accent) was accepted as the key for `sourced`: it is
    drawn on the character before it, so the help and the key bar showed nothing."""
    (seed.parent / "claimcheck.toml").write_text(toml, encoding="utf-8")
    done = cli("config", cwd=seed.parent)
    assert (done.returncode, done.stdout) == (1, b""), done.stderr
    expected = f"Error: claimcheck.toml: {line}; give a visible character\n"
    assert done.stderr.decode() == expected
    (seed.parent / "claimcheck.toml").write_text('[keys]\nsourced = "é"\n', encoding="utf-8")
    assert cli("config", cwd=seed.parent).returncode == 0  # a letter with its accent is one


# --------------------------------------------------------------------------- the pane's size


@needs_tmux
def test_the_full_screen_review_fits_its_pane_whatever_columns_and_lines_say(
    seed: Path,
) -> None:
    """COLUMNS=120 LINES=40 in a 60x20 pane: Textual drew 120x40 (shutil believes the
    variables first), the header and the claim's card off the screen."""
    command = (f"env COLUMNS=120 LINES=40 CLAIMCHECK_REVIEWER=ana TERM=xterm-256color"
               f" {CLAIMCHECK} review")  # fmt: skip
    tmux = Tmux(seed.parent, command, width=60, height=20)
    try:
        screen = tmux.wait_for("Putin survived the Wagner uprising.")
        tmux.send("q")
        after = tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    lines = screen.splitlines()
    assert lines[0].startswith(" claimcheck review  claims.yaml · ana"), screen
    assert lines[1] == " 1/114 · src 0 · unv 0 · opin 0 · pend 114"  # fitted to 60 (desk2 B3)
    assert max(len(line) for line in lines) <= 60
    assert "EXIT=0" in after


# --------------------------------------------------------------------------- UTF-8 under C

C_LOCALE: dict[str, str | None] = {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": None}


def test_utf8_arguments_under_the_c_locale_are_taken_as_utf8(seed: Path) -> None:
    """Python decodes argv as ASCII there: `--note Zürich` was refused as `--note: not
    UTF-8 text (byte 0xc3)`, though the terminal had sent UTF-8."""
    done = cli("tag", "c001", "opinion", "--note", "Zürich → 東京", cwd=seed.parent, env=C_LOCALE)
    assert (done.returncode, done.stdout, done.stderr) == (0, b"c001: pending ? opinion\n", b"")
    assert "note: Zürich → 東京\n" in seed.read_text(encoding="utf-8")
    # bytes that are not UTF-8 are refused as before, and nothing is saved
    before = seed.read_bytes()
    done = in_bytes(seed.parent, "tag", "c002", "opinion", "--note", b"caf\xe9")
    assert (done.returncode, done.stderr) == (
        1, b"Error: --note: not UTF-8 text (byte 0xe9); check the terminal's encoding\n"
    )  # fmt: skip
    assert seed.read_bytes() == before
