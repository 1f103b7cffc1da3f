"""The replay of an unchanged read command (cli/replay.py), through the real command.

A run is told to be a replay by what it imported: a replay ends before pydantic is
imported (typer is not imported by a run on the fast path either; `python -X importtime`
lists every import on stderr; those lines are taken out of the output compared). A fresh run is the same command with the cache off.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import subprocess
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import run

SCRIPT = str(Path(sys.executable).with_name("claimcheck"))
READS = {
    "list": ["list"],
    "show": ["show", "c001"],
    "history": ["history", "c001"],
    "validate": ["validate"],
    "report": ["report", "-F", "md"],
}


@dataclass
class Ran:
    code: int
    out: str
    err: str
    replayed: bool

    def output(self) -> tuple[int, str, str]:
        return self.code, self.out, self.err


_RUNNING = frozenset({"claimcheck.cli.recording", "claimcheck.cli.fastpath", "claimcheck.cli.app"})


def cc(*args: str, env: dict[str, str] | None = None, launcher: list[str] | None = None) -> Ran:
    """The console script, run as a user runs it (with its imports listed on stderr)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *(launcher or [SCRIPT]), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    lines = done.stderr.splitlines(keepends=True)
    imports = [line for line in lines if line.startswith("import time:")]
    err = "".join(line for line in lines if not line.startswith("import time:"))
    # a replayed run ends in `replay` before the recorder, the fast path or typer's app is
    # imported (pydantic is no sign: a report or validate read from the report cache
    # imports none of it either)
    ran = any(line.split("|")[-1].strip() in _RUNNING for line in imports)
    return Ran(done.returncode, done.stdout, err, replayed=not ran)


def fresh(*args: str, env: dict[str, str] | None = None) -> Ran:
    ran = cc(*args, env={**(env or os.environ), "CLAIMCHECK_CACHE": "off"})
    assert not ran.replayed
    return ran


def entries() -> list[Path]:
    return sorted((Path(os.environ["CLAIMCHECK_CACHE_DIR"]) / "replay").glob("*/*"))


def decode(path: Path) -> dict[str, list[list[object]]]:
    blob = path.read_bytes().partition(b"\n")[2]
    entry: dict[str, list[list[object]]] = json.loads(zlib.decompress(blob))
    return entry


@pytest.fixture
def desk(seed: Path) -> Path:
    """The bundled file with decisions, so every read command prints something."""
    f = str(seed)
    run("tag", "c001", "sourced", "-f", f, "-s", "https://a.example.org/1", "--note", "abc")
    run("tag", "c003", "opinion", "-f", f)
    run("tag", "c004", "unverified", "-f", f, "--note", "searched the wires")
    return seed


@pytest.mark.parametrize("name", list(READS))
def test_an_unchanged_read_is_replayed_with_the_same_output(desk: Path, name: str) -> None:
    args = [*READS[name], "-f", str(desk)]
    first = cc(*args)
    assert first.code == 0, first.err
    assert not first.replayed
    again = cc(*args)
    assert again.replayed
    assert again.output() == first.output() == fresh(*args).output()


def _tag_another(folder: Path) -> None:
    run("tag", "c002", "opinion", "-f", str(folder / "claims.yaml"))


def _same_size_and_time(folder: Path) -> None:
    """A note changed by one letter, the file's size and times put back: only its content
    says it changed."""
    path = folder / "claims.yaml"
    st = path.stat()
    data = path.read_bytes()
    assert data.count(b"note: abc\n") == 1
    path.write_bytes(data.replace(b"note: abc\n", b"note: abd\n"))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size


def _journal(folder: Path) -> None:
    from claimcheck import store
    from claimcheck.models import Decision, Label

    path = folder / "claims.yaml"
    loaded = store.load(path)
    claim = loaded.doc.claim("c001")
    assert claim is not None
    decision = Decision(claim="c001", by="ana", at="2026-01-01T00:00:00Z",
                        label=Label.UNVERIFIED, bound=store.bound(loaded.doc, claim))  # fmt: skip
    with store.locked(path):
        store.append_decisions(path, [decision])


def _desk_configuration(folder: Path) -> None:
    (folder / "claimcheck.toml").write_text('[organisation]\nname = "The Desk"\n')


def _article(folder: Path) -> None:
    with (folder / "article.txt").open("a") as fh:
        fh.write("\nA line added at the end.\n")


def _neighbour(folder: Path) -> None:
    """Another claim file in the folder where c001 was reviewed: `show` lists it."""
    other = folder / "other.yaml"
    shutil.copy(folder / "claims.yaml", other)


# change, what it does, the commands that read what it changes (never replayed after it)
CHANGES: dict[str, tuple[Callable[[Path], None], set[str]]] = {
    "claim file": (_tag_another, set(READS)),
    "claim file, same size and time": (_same_size_and_time, set(READS)),
    "journal": (_journal, set(READS)),
    "desk configuration": (_desk_configuration, {"report"}),
    "article": (_article, set(READS)),
    "file added to the folder": (_neighbour, {"show"}),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_changed_input_gives_the_fresh_output(desk: Path, change: str) -> None:
    f = str(desk)
    for args in READS.values():
        assert cc(*args, "-f", f).code == 0
    alter, readers = CHANGES[change]
    alter(desk.parent)
    for name, args in READS.items():
        after = cc(*args, "-f", f)
        assert after.output() == fresh(*args, "-f", f).output(), name
        if name in readers:
            assert not after.replayed, name


VARIABLES = [("COLUMNS", "60"), ("NO_COLOR", None), ("TERM", "xterm-256color"),
             ("CLAIMCHECK_REVIEWER", "someone else")]  # fmt: skip


@pytest.mark.parametrize("variable", VARIABLES)
def test_the_terminal_and_the_environment_are_in_the_key(
    desk: Path, variable: tuple[str, str | None]
) -> None:
    name, value = variable
    env = {k: v for k, v in os.environ.items() if k != name}
    if value is not None:
        env[name] = value
    for args in READS.values():
        assert cc(*args, "-f", str(desk)).code == 0
    for args in READS.values():
        after = cc(*args, "-f", str(desk), env=env)
        assert not after.replayed
        assert after.output() == fresh(*args, "-f", str(desk), env=env).output()


def test_the_date_is_in_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from claimcheck.cli import replay

    today = replay.key(["list"])
    assert replay.key(["list"]) == today

    class Tomorrow(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Tomorrow:
            return cls.fromtimestamp(datetime.now(UTC).timestamp() + 86400, tz)

    monkeypatch.setattr(dt, "datetime", Tomorrow)
    assert replay.key(["list"]) != today


def test_an_edit_to_claimcheck_s_code_is_in_the_key(tmp_path: Path) -> None:
    from claimcheck.cli import replay

    before = replay.key(["list"])
    source = Path(replay.__file__)
    st = source.stat()
    try:
        os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        assert replay.key(["list"]) != before
    finally:
        os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns))


def _warc(folder: Path) -> None:
    for warc in (folder / "evidence").glob("*.warc.gz"):
        warc.write_bytes(b"not the page that was archived")


def test_an_evidence_file_changed_gives_the_fresh_report(tmp_path: Path) -> None:
    from tests.test_evidence_report import build

    colours = build(tmp_path / "colours")
    args = ["report", "-F", "html", "-f", str(colours)]  # shows what each snapshot proves
    first = cc(*args)
    assert first.code == 0, first.err
    assert cc(*args).replayed
    _warc(colours.parent)
    after = cc(*args)
    assert not after.replayed
    assert after.output() == fresh(*args).output()
    assert after.output() != first.output()


def test_what_the_run_opened_and_listed_is_in_its_dependencies(desk: Path, tmp_path: Path) -> None:
    """An audit hook of the test's own logs every file the command opens and every folder
    it lists; each one outside Python's and claimcheck's own files and the cache is a
    dependency of the entry kept."""
    shutil.copy(desk, desk.parent / "other.yaml")  # show reads its neighbours too
    log = tmp_path / "audit.log"
    launcher = ["-c", f"""
import os, sys
sys.path.remove("")  # as the console script: the current folder is not searched for modules
log = os.open({str(log)!r}, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
def hook(event, args):
    if event in ("open", "os.listdir", "os.scandir") and isinstance(args[0], (str, bytes)):
        path = os.path.abspath(os.fsdecode(args[0]))
        os.write(log, f"{{event}}\\t{{path}}\\n".encode())
sys.addaudithook(hook)
sys.argv = ["claimcheck", *sys.argv[1:]]
from claimcheck.cli import main
main()
"""]  # fmt: skip
    import site

    import claimcheck

    ignored = (
        os.path.dirname(os.__file__),
        sys.prefix,
        *site.getsitepackages(),
        os.path.dirname(claimcheck.__file__),
        os.environ["CLAIMCHECK_CACHE_DIR"],
        os.environ["XDG_CONFIG_HOME"],
    )
    for name, args in READS.items():
        log.unlink(missing_ok=True)
        for entry in entries():
            entry.unlink()
        ran = cc(*args, "-f", str(desk), launcher=launcher)
        assert ran.code == 0, ran.err
        (entry,) = entries()
        deps = {(what, path) for what, path, _, _ in decode(entry)["deps"]}
        seen = {
            ("file" if event == "open" else "list", path)
            for event, path in (line.split("\t") for line in log.read_text().splitlines())
            if not path.startswith(ignored)
        }
        assert ("file", str(desk)) in seen
        assert seen <= deps, (name, seen - deps)
        assert cc(*args, "-f", str(desk), launcher=launcher).replayed


def _resign(path: Path, blob: bytes, secret: bytes) -> None:
    digest = path.name
    mac = hmac.new(secret, b"replay\n" + digest.encode() + b"\n" + blob, hashlib.sha256)
    path.write_bytes(mac.hexdigest().encode() + b"\n" + blob)


def test_a_forged_entry_is_not_replayed_and_is_written_again(desk: Path) -> None:
    args = ["list", "-f", str(desk)]
    truth = cc(*args)
    (entry,) = entries()
    mac, _, blob = entry.read_bytes().partition(b"\n")
    content = json.loads(zlib.decompress(blob))
    content["out"] = [[1, "c001  sourced  nothing to see here\n"]]
    forged = zlib.compress(json.dumps(content).encode())
    entry.write_bytes(mac + b"\n" + forged)  # the old signature on new content
    after = cc(*args)
    assert not after.replayed
    assert after.output() == truth.output()
    _resign(entry, forged, b"not the user's key")  # signed, with another key
    after = cc(*args)
    assert not after.replayed
    assert after.output() == truth.output()
    entry.write_bytes(b"torn")
    assert not cc(*args).replayed
    again = cc(*args)  # the entry was written again by the run before
    assert again.replayed
    assert again.output() == truth.output()


def test_a_linked_cache_folder_is_not_used(desk: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.mkdir()
    link = tmp_path / "linked-cache"
    link.symlink_to(target)
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(link)}
    for _ in range(2):
        ran = cc("list", "-f", str(desk), env=env)
        assert ran.code == 0
        assert not ran.replayed
    assert list(target.iterdir()) == []


def test_a_failed_run_is_not_kept(desk: Path) -> None:
    for _ in range(2):
        ran = cc("show", "c999", "-f", str(desk))
        assert ran.code == 1
        assert not ran.replayed
    assert entries() == []


def test_a_run_that_writes_a_file_is_not_kept(desk: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    for _ in range(2):
        out.unlink(missing_ok=True)
        ran = cc("report", "-F", "md", "-f", str(desk), "-o", str(out))
        assert ran.code == 0, ran.err
        assert not ran.replayed
        assert out.exists()
    assert entries() == []


def test_a_run_that_reads_stdin_or_is_told_no_cache_is_not_kept(desk: Path) -> None:
    ran = cc("validate", "--no-cache", "-f", str(desk))
    assert ran.code == 0
    assert not cc("validate", "--no-cache", "-f", str(desk)).replayed
    assert entries() == []


def test_claimcheck_replay_off_turns_the_replay_alone_off(desk: Path) -> None:
    env = {**os.environ, "CLAIMCHECK_REPLAY": "off"}
    for _ in range(2):
        ran = cc("list", "-f", str(desk), env=env)
        assert ran.code == 0 and not ran.replayed
    assert entries() == []
    assert cc("list", "-f", str(desk)).code == 0
    assert cc("list", "-f", str(desk)).replayed  # on again without it


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_show_in_a_repository_is_replayed_until_what_git_reads_changes(desk: Path) -> None:
    """show asks git for the claim files of the repository: its index and configuration
    (the repository's and the user's) are recorded, so a change to them is seen."""
    folder = desk.parent
    args = ["show", "c001", "-f", str(desk)]
    assert cc(*args).code == 0
    assert cc(*args).replayed  # outside a repository: git is not needed
    git(folder, "init", "-q")
    shutil.copy(desk, folder / "sub.yaml")
    (folder / "sub").mkdir()
    (folder / "sub" / "other.yaml").write_bytes(desk.read_bytes())

    def check(replayed: bool) -> None:
        after = cc(*args)
        assert after.replayed == replayed
        assert after.output() == fresh(*args).output()

    check(False)  # a .git appeared above the file
    check(True)
    git(folder, "add", "sub/other.yaml")  # the index names a claim file in a subfolder
    check(False)
    check(True)
    git(folder, "config", "core.worktree", str(folder / "sub"))
    check(False)
    check(True)
    with (folder / ".git" / "config").open("a") as fh:
        fh.write("[include]\n\tpath = elsewhere.cfg\n")  # what git reads is not all known
    check(False)
    check(False)


def test_a_link_turned_to_another_folder_is_a_change(seed: Path, tmp_path: Path) -> None:
    """The same bytes reached through a link now leading elsewhere: the desk configuration
    found by walking up from the file's real folder may differ, so nothing is replayed."""
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
        for name in ("claims.yaml", "article.txt"):
            shutil.copy(seed.parent / name, folder / name)
    (second / "claimcheck.toml").write_text('[organisation]\nname = "The Other Desk"\n')
    link = tmp_path / "current"
    link.symlink_to(first)
    args = ["report", "-F", "md", "-f", str(link / "claims.yaml")]
    assert cc(*args).code == 0
    assert cc(*args).replayed
    link.unlink()
    link.symlink_to(second)
    after = cc(*args)
    assert not after.replayed
    assert after.output() == fresh(*args).output()


def test_a_desk_inside_the_cache_folder_is_still_an_input(desk: Path) -> None:
    """CLAIMCHECK_CACHE_DIR=. at a desk: only the cache's own entries are not inputs."""
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(desk.parent)}
    args = ["list", "-f", str(desk)]
    assert cc(*args, env=env).code == 0
    assert cc(*args, env=env).replayed
    _tag_another(desk.parent)
    after = cc(*args, env=env)
    assert not after.replayed
    assert after.output() == fresh(*args, env=env).output()


@pytest.mark.parametrize("part", ["written", "reports"])
def test_a_desk_in_a_folder_named_like_a_cache_part_is_still_an_input(
    desk: Path, part: str
) -> None:
    """CLAIMCHECK_CACHE_DIR=. with the claim file in `written/` or `reports/`: the folder's
    name alone does not make a file the cache's (a tag after a replay was not seen)."""
    folder = desk.parent / part
    folder.mkdir()
    for name in ("claims.yaml", "article.txt"):
        (desk.parent / name).rename(folder / name)
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(desk.parent)}
    args = ["list", "-f", str(folder / "claims.yaml"), "-l", "pending"]
    assert cc(*args, env=env).code == 0
    assert cc(*args, env=env).replayed
    run("tag", "c002", "opinion", "-f", str(folder / "claims.yaml"))
    after = cc(*args, env=env)
    assert not after.replayed
    assert after.output() == fresh(*args, env=env).output()


def test_only_where_modules_load_from_is_left_out_of_the_dependencies(tmp_path: Path) -> None:
    """A desk in a virtual environment's folder (sys.prefix) is read like any other."""
    import site

    from claimcheck.cli.recording import Recorder

    recorder = Recorder(tmp_path / "entry", "0" * 64, b"k", tmp_path / "cache")
    desk = os.path.join(sys.prefix, "desk", "claims.yaml")
    assert recorder._where(desk) == desk
    assert recorder._where(str(tmp_path / "cache" / "notes.yaml")) is not None
    entry = tmp_path / "cache" / "reports" / "ab" / f"ab{'0' * 62}.json.z"
    assert recorder._where(str(entry)) is None
    # a desk's folder that shares a name with the cache's own parts is still the desk's
    for part in ("reports", "written", "replay", "help", "options"):
        mine = str(tmp_path / "cache" / part / "claims.yaml")
        assert recorder._where(mine) == mine
    assert recorder._where(os.path.join(site.getsitepackages()[0], "x.py")) is None


def test_a_file_only_looked_at_changes_with_its_size() -> None:
    """Some inputs are judged by their size alone (an archive over its limit is refused
    without being opened): the recorded state of a looked-at file holds its size."""
    from claimcheck.cli.replay import STATE

    path = Path(os.environ["HOME"]) / "looked-at"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * 10)
    before = STATE["stat"](str(path), True)
    with path.open("ab") as fh:
        fh.truncate(70 << 20)
    assert STATE["stat"](str(path), True) != before


def test_the_report_cache_is_keyed_on_claimcheck_s_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """An edited install must not reuse the reports its code before made."""
    from claimcheck import cache

    before = cache.key(b"claims", b"")
    cache.code_stamp.cache_clear()
    files = [*cache.code_files(), ("/an/edited/module.py", 1, 2)]
    monkeypatch.setattr(cache, "code_files", lambda: files)
    try:
        assert cache.key(b"claims", b"") != before
    finally:
        cache.code_stamp.cache_clear()


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_bad_cache_key_file_means_no_cache_not_a_hang(desk: Path, kind: str) -> None:
    key = Path(os.environ["XDG_CONFIG_HOME"]) / "claimcheck" / "cache-key"
    if key.exists():
        key.unlink()
    key.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if kind == "fifo":
        os.mkfifo(key, 0o600)
    else:
        key.mkdir(mode=0o700)
    args = ["list", "-f", str(desk)]
    done = subprocess.run([SCRIPT, *args], capture_output=True, text=True, timeout=300,
                          check=False)  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == fresh(*args).output()


@pytest.mark.parametrize(
    "args",
    [["list"], ["validate"], ["show", "c001"], ["report", "-F", "md"], ["--version"], ["--help"]],
)
def test_a_closed_stdout_is_one_line_and_exit_1(desk: Path, args: list[str]) -> None:
    """`claimcheck list >&-`: Python gives no stdout at all; every command said so in a
    traceback. Fresh, recorded and replayed alike."""
    command = [SCRIPT, *args, *(["-f", str(desk)] if args[0][0] != "-" else [])]
    for attempt in ("fresh", "recorded", "replayed"):
        env = {**os.environ, "CLAIMCHECK_CACHE": "off"} if attempt == "fresh" else None
        if attempt == "recorded":
            assert subprocess.run(command, capture_output=True, check=False).returncode == 0
        done = subprocess.run(["sh", "-c", '"$@" >&-', "sh", *command], stderr=subprocess.PIPE,
                              text=True, env=env, check=False)  # fmt: skip
        expected = "Error: cannot write standard output: it is closed\n"
        assert (done.returncode, done.stderr) == (1, expected), attempt


@pytest.mark.parametrize("args", [["show", "c001"], ["report", "-F", "md"], ["list"]])
def test_an_output_encoding_that_cannot_hold_a_character_replaces_it(
    desk: Path, args: list[str]
) -> None:
    """PYTHONIOENCODING=ascii: a curly quote in the article was an internal error (exit 3)."""
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "CLAIMCHECK_CACHE": "off"}
    done = subprocess.run([SCRIPT, *args, "-f", str(desk)], capture_output=True, env=env,
                          check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.isascii()
    assert b"Putin" in done.stdout


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_disk_under_stdout_is_one_line_and_exit_1(desk: Path) -> None:
    args = [SCRIPT, "list", "-f", str(desk)]
    expected = "Error: cannot write standard output: No space left on device\n"
    for attempt in ("fresh", "recorded", "replayed"):
        if attempt == "recorded":
            assert cc("list", "-f", str(desk)).code == 0
        env = {**os.environ, "CLAIMCHECK_CACHE": "off"} if attempt == "fresh" else None
        with open("/dev/full", "w") as full:
            done = subprocess.run(args, stdout=full, stderr=subprocess.PIPE, text=True,
                                  env=env, check=False)  # fmt: skip
        assert (done.returncode, done.stderr) == (1, expected), attempt


def test_the_replay_cache_keeps_a_bounded_number_of_entries(tmp_path: Path) -> None:
    from claimcheck.cli import recording

    folder = tmp_path / "ab"
    folder.mkdir()
    for n in range(recording.KEEP + 5):
        (folder / f"e{n:02}").write_bytes(b"x")
        os.utime(folder / f"e{n:02}", ns=(n * 10**9, n * 10**9))
    recording._prune(folder)
    assert sorted(p.name for p in folder.iterdir()) == [
        f"e{n:02}" for n in range(5, recording.KEEP + 5)
    ]


def test_a_path_through_a_link_and_dot_dot_is_read_again_the_same_way(
    desk: Path, tmp_path: Path
) -> None:
    """`link/../claims.yaml` is the file beside the link's target, not beside the link:
    the dependency is read again by the path as given, so a rewrite there is seen."""
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    for name in ("claims.yaml", "article.txt"):
        shutil.copy(desk.parent / name, real / name)
    (tmp_path / "link").symlink_to(real / "sub")
    args = ["list", "-f", str(tmp_path / "link" / ".." / "claims.yaml")]
    assert cc(*args).code == 0
    assert cc(*args).replayed
    path = real / "claims.yaml"
    st = path.stat()
    data = path.read_bytes()
    path.write_bytes(data.replace(b"Putin survived", b"PUTIN SURVIVED", 1))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = cc(*args)
    assert not after.replayed
    assert "PUTIN SURVIVED" in after.out
