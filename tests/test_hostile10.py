"""A hostile tester's leftovers (tenth round), each through the real `claimcheck` command:
its exit code and exact message. Outputs that are not regular files, numbers YAML 1.1
reads as other numbers, a message about a file that never existed, and Ctrl-C on extract."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.terminal import CLAIMCHECK


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLAIMCHECK, *args], cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


def _edited(seed: Path, old: str, new: str) -> bytes:
    """The seed claim file with the first `old` replaced by `new`, written; its bytes."""
    text = seed.read_text(encoding="utf-8")
    assert old in text
    seed.write_text(text.replace(old, new, 1), encoding="utf-8")
    return seed.read_bytes()


# ------------------------------------------------------- 2: a boolean is no whole number

VERSION_REFUSED = "schema_version: Input should be 1 or 2, a whole number"


@pytest.mark.parametrize(("value", "got"), [("true", "True"), ("1.0", "1.0"), ("false", "False")])
def test_a_schema_version_that_is_not_a_whole_number_is_refused(
    seed: Path, value: str, got: str
) -> None:
    before = _edited(seed, "schema_version: 1\n", f"schema_version: {value}\n")
    for command in (["validate", "--no-cache"], ["list"], ["tag", "c001", "opinion"]):
        done = cli(*command, "-f", "claims.yaml", cwd=seed.parent)
        assert (done.returncode, done.stderr) == (
            1,
            f"Error: claims.yaml:1: {VERSION_REFUSED} (got {got})\n",
        ), done
        assert seed.read_bytes() == before


@pytest.mark.parametrize(
    ("field", "old", "new", "got"),
    [
        ("claims[0].passage.start", "start: 93", "start: true", "True"),
        ("claims[0].passage.end", "end: 136", "end: false", "False"),
    ],
)
def test_an_offset_that_is_a_boolean_is_refused(
    seed: Path, field: str, old: str, new: str, got: str
) -> None:
    before = _edited(seed, old, new)
    done = cli("validate", "-f", "claims.yaml", cwd=seed.parent)
    line = 16 if "start" in field else 17
    assert (done.returncode, done.stderr) == (
        1,
        f"Error: claims.yaml:{line}: {field}: Input should be a valid integer (got {got})\n",
    )
    assert seed.read_bytes() == before


# ------------------------------------------------- 3: numbers are plain decimal, nothing else

DECIMAL_ONLY = "numbers are written in decimal digits only"


@pytest.mark.parametrize(
    "value",
    ["190:20:30", "1:33", "0x5D", "017", "0o17", "0b1011101", "1_000", ".inf", "-.inf", ".nan"],
)
def test_a_yaml_1_1_number_in_an_offset_is_refused_not_read_as_another_number(
    seed: Path, value: str
) -> None:
    # `190:20:30` is base 60 in YAML 1.1 (685230), `017` octal (15), `0x5D` is 93: each
    # was read as a number the reviewer never wrote
    before = _edited(seed, "start: 93", f"start: {value}")
    for command in (["validate", "--no-cache"], ["show", "c001"], ["tag", "c001", "opinion"]):
        done = cli(*command, "-f", "claims.yaml", cwd=seed.parent)
        assert (done.returncode, done.stderr) == (
            1,
            f"Error: claims.yaml:16: claims[0].passage.start: Input should be a valid "
            f"integer (got '{value}'): {DECIMAL_ONLY}\n",
        ), done
        assert seed.read_bytes() == before


@pytest.mark.parametrize("value", ["93", "+93"])
def test_a_decimal_offset_is_read_as_written(seed: Path, value: str) -> None:
    _edited(seed, "start: 93", f"start: {value}")
    done = cli("validate", "-f", "claims.yaml", "--no-cache", cwd=seed.parent)
    assert (done.returncode, done.stderr) == (0, ""), done


@pytest.mark.parametrize("value", ["12:30", "0x1F", "1_000", "017", ".inf"])
def test_a_number_like_text_in_a_text_field_stays_the_text_written(seed: Path, value: str) -> None:
    # YAML 1.1 made `author: 12:30` the number 750, which a text field refused
    _edited(seed, "author: Info", f"author: {value}")
    done = cli("report", "-f", "claims.yaml", "-F", "json", cwd=seed.parent)
    assert done.returncode == 0, done.stderr
    assert f'"author": "{value}"' in done.stdout
    assert cli("tag", "c001", "opinion", "-f", "claims.yaml", cwd=seed.parent).returncode == 0
    assert f"author: '{value}'\n" in seed.read_text(encoding="utf-8")  # quoted: any reader


SNAPSHOT = """\
  reviews:
  - by: tester
    at: 2026-01-02T10:00:00Z
    label: sourced
    sources:
    - url: https://example.org/a
      snapshot:
        sha256: {sha}
        at: 2026-01-02T10:00:00Z
        content_type: text/html
        size: {size}
        proof:
          match: exact
          score: {score}
"""


@pytest.mark.parametrize(
    ("size", "score", "field", "message"),
    [
        ("12", "true", "score", "Input should be a valid number (got True)"),
        ("12", ".nan", "score", f"Input should be a valid number (got '.nan'): {DECIMAL_ONLY}"),
        ("12", "1_00.0", "score", f"Input should be a valid number (got '1_00.0'): {DECIMAL_ONLY}"),
        ("true", "100", "size", "Input should be a valid integer (got True)"),
        ("0x10", "100", "size", f"Input should be a valid integer (got '0x10'): {DECIMAL_ONLY}"),
    ],
)
def test_a_snapshot_s_numbers_are_strict_too(
    seed: Path, size: str, score: str, field: str, message: str
) -> None:
    block = SNAPSHOT.format(sha="ab" * 32, size=size, score=score)
    before = _edited(
        seed,
        "  section: Standfirst\n",
        "  section: Standfirst\n" + block,
    )
    done = cli("validate", "-f", "claims.yaml", "--no-cache", cwd=seed.parent)
    where = "sources[0].snapshot." + ("proof.score" if field == "score" else "size")
    assert done.returncode == 1, done
    assert f": claims[0].reviews[0].{where}: {message}\n" in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1
    assert seed.read_bytes() == before


# ------------------------------------------- 1: outputs that are not regular files


def _debris(folder: Path) -> list[str]:
    """Lock and temp files claimcheck may leave in `folder`."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".lock", ".tmp")))


def _dev_locks() -> dict[str, tuple[int, int, int]]:
    """The lock files in /dev with their inode and change times: one a command made or
    opened there shows as new or changed (a lock left by an older claimcheck stays as it
    was, and the test still checks that nothing touched it)."""
    found = {}
    for entry in os.scandir("/dev"):
        if entry.name.endswith(".lock"):
            info = entry.stat(follow_symlinks=False)
            found[entry.name] = (info.st_ino, info.st_mtime_ns, info.st_ctime_ns)
    return found


def test_extract_into_dev_null_leaves_no_lock_in_dev(seed: Path) -> None:
    # a device holds no review: no --force needed, nothing made beside it
    before = _dev_locks()
    done = cli("extract", "article.txt", "-o", "/dev/null", cwd=seed.parent)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("Extracted 114 claims ("), done.stderr
    assert done.stderr.endswith(" into /dev/null\nLeft out 18 passages: 6 heading, 5 repeat, "
                                "4 chrome, 2 reader, 1 lead-in.\n")  # fmt: skip
    assert _dev_locks() == before


@pytest.mark.parametrize(
    "argv",
    [
        ["tag", "c001", "opinion"], ["untag", "c001"], ["undo"], ["delete", "c001"],
        ["validate", "--fix"], ["reanchor", "article.txt"], ["edit", "c001", "--text", "x"],
    ],
)  # fmt: skip
def test_a_command_that_saves_leaves_no_lock_beside_a_device(seed: Path, argv: list[str]) -> None:
    before = _dev_locks()
    done = cli(*argv, "-f", "/dev/null", cwd=seed.parent)
    assert (done.returncode, done.stderr) == (
        1,
        "Error: /dev/null: is a device, not a regular file\n",
    )
    assert _dev_locks() == before


def test_a_mistyped_claim_file_leaves_no_lock_file(seed: Path) -> None:
    os.mkfifo(seed.parent / "pipe.yaml")
    for name, why in (("claim.yaml", "no such claim file"),
                      ("pipe.yaml", "is a pipe (FIFO), not a regular file")):  # fmt: skip
        done = cli("tag", "c001", "opinion", "-f", name, cwd=seed.parent)
        assert (done.returncode, done.stderr) == (1, f"Error: {name}: {why}\n")
    assert _debris(seed.parent) == []


def _read_fifo(path: Path, into: list[bytes]) -> threading.Thread:
    def drain() -> None:
        with path.open("rb") as fifo:
            into.append(fifo.read())

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    return reader


@pytest.mark.parametrize(
    "argv",
    [["extract", "article.txt", "-o", "out.fifo"], ["report", "-f", "claims.yaml", "-F", "md",
                                                    "-o", "out.fifo"]],
)  # fmt: skip
def test_an_output_that_is_a_fifo_is_written_into_with_nothing_beside_it(
    seed: Path, argv: list[str]
) -> None:
    fifo = seed.parent / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _read_fifo(fifo, got)
    done = cli(*argv, cwd=seed.parent)
    reader.join(60)
    assert done.returncode == 0, done.stderr
    assert got and got[0].startswith(b"# " if argv[0] == "extract" else b"# Verification report")
    assert _debris(seed.parent) == []
    assert fifo.is_fifo()


@pytest.mark.parametrize("command", ["extract", "report"])
def test_dev_stdout_is_standard_output_not_a_planted_link(seed: Path, command: str) -> None:
    # /dev/stdout is a link the system keeps: it was refused like a link a repository
    # carries ('remove it'), or waited on a lock to be made in /proc for ten seconds
    argv = (["extract", "article.txt"] if command == "extract"
            else ["report", "-f", "claims.yaml", "-F", "json"])  # fmt: skip
    done = cli(*argv, "-o", "/dev/stdout", cwd=seed.parent)
    assert done.returncode == 0, done.stderr
    if command == "extract":
        assert "\nschema_version: 2\narticle:\n" in done.stdout
    else:
        assert json.loads(done.stdout)["articles"][0]["summary"]["claims"] == 114
    assert _debris(seed.parent) == []


# --------------------------------------- 4: a new output never written is not "unchanged"


def test_a_planted_link_as_a_new_output_says_nothing_was_written(seed: Path) -> None:
    (seed.parent / "out.yaml").symlink_to(seed.parent / "nowhere.yaml")
    done = cli("extract", "article.txt", "-o", "out.yaml", cwd=seed.parent)
    assert (done.returncode, done.stderr) == (
        1,
        "Error: out.yaml: could not save (it is a symbolic link, and claimcheck does not "
        "write through a link it did not make (remove it, or choose another path)); nothing "
        "was written\n",
    )
    assert _debris(seed.parent) == [] and not (seed.parent / "nowhere.yaml").exists()


def test_a_fifo_nobody_reads_as_output_says_nothing_was_written(seed: Path) -> None:
    os.mkfifo(seed.parent / "out.yaml")
    done = cli("extract", "article.txt", "-o", "out.yaml", cwd=seed.parent)
    assert (done.returncode, done.stderr) == (
        1,
        "Error: out.yaml: could not save (it is a pipe that nothing reads); nothing was written\n",
    )
    assert _debris(seed.parent) == []


def test_a_report_into_a_missing_folder_says_nothing_was_written(seed: Path) -> None:
    done = cli("report", "-f", "claims.yaml", "-o", "drafts/report.md", cwd=seed.parent)
    assert (done.returncode, done.stderr) == (
        1,
        "Error: drafts/report.md: could not save (No such file or directory); nothing was "
        "written\n",
    )
    assert not (seed.parent / "drafts").exists()


def test_a_read_only_output_that_exists_is_said_unchanged(seed: Path) -> None:
    out = seed.parent / "report.md"
    out.write_text("the old report\n")
    out.chmod(0o444)
    done = cli("report", "-f", "claims.yaml", "-o", "report.md", cwd=seed.parent)
    assert (done.returncode, done.stderr) == (
        1,
        "Error: report.md: could not save (the file is read-only); the file on disk is unchanged\n",
    )
    assert out.read_text() == "the old report\n"


# ----------------------------------------------------------- 5: Ctrl-C on extract


def _long_article(path: Path) -> None:
    """About 400,000 characters of distinct sentences: seconds of work, in two processes."""
    rows = [
        f"Officials in district {i} reported that {i * 7 + 3} families had left their homes "
        f"since March, a figure the ministry disputes. "
        f"The council of district {i} said that {i * 11 + 5} schools stayed closed in April."
        for i in range(2000)
    ]
    path.write_text("A long report\n\n" + "\n\n".join(rows) + "\n", encoding="utf-8")


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(n) for n in text.split()]


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "zombie" not in status


@pytest.mark.parametrize("existing", [False, True])
def test_kill_int_on_a_long_extract_says_so_and_leaves_nothing(
    tmp_path: Path, existing: bool
) -> None:
    _long_article(tmp_path / "long.txt")
    assert len((tmp_path / "long.txt").read_text()) >= 40_000
    out = tmp_path / "out.yaml"
    if existing:
        out.write_text("# a claim file under review\n")
    argv = [CLAIMCHECK, "extract", "long.txt", "-o", "out.yaml", *(["--force"] if existing else [])]
    with subprocess.Popen(argv, cwd=tmp_path, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as proc:  # fmt: skip
        children: list[int] = []
        deadline = time.monotonic() + 120  # until the second process is at work
        while not children and proc.poll() is None and time.monotonic() < deadline:
            children = _children(proc.pid)
            time.sleep(0.01)
        assert proc.poll() is None, "extract ended before it could be interrupted"
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=120)
    said = "out.yaml is unchanged" if existing else "nothing was written"
    assert (proc.returncode, stderr) == (130, f"Interrupted; {said}\n")
    deadline = time.monotonic() + 30
    while any(_running(c) for c in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(c) for c in children)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.txt", *(["out.yaml"] if existing else [])]  # fmt: skip
    if existing:
        assert out.read_text() == "# a claim file under review\n"


INTERRUPTED_SAVE = """
import os, signal, sys
from claimcheck.claimfile import atomic
write = atomic.write_atomic
def interrupted(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C as the save begins
    return write(*args, **kwargs)
atomic.write_atomic = interrupted
sys.argv = ["claimcheck", "extract", "article.txt", "-o", "claims.yaml", "--force"]
from claimcheck import store
store.write_atomic = interrupted
from claimcheck.cli import main
main()
"""


def test_ctrl_c_during_the_save_ends_once_the_file_is_written(seed: Path) -> None:
    journal = seed.parent / ".claims.yaml.journal"
    journal.write_text("")  # the replaced file's journal is moved aside only with a new file
    done = subprocess.run([sys.executable, "-c", INTERRUPTED_SAVE], cwd=seed.parent,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)  # fmt: skip
    assert (done.returncode, done.stderr) == (130, "Interrupted; claims.yaml was written in full\n")
    assert cli("validate", "-f", "claims.yaml", cwd=seed.parent).returncode == 0
    assert "# Extracted by claimcheck" in seed.read_text(encoding="utf-8")
    assert not journal.exists()
    assert [n for n in _debris(seed.parent) if n != ".claims.yaml.lock"] == []


INTERRUPTED_START = """
import sys
class Interrupt:  # Ctrl-C while the extract command's module is being imported
    def find_spec(self, name, path=None, target=None):
        if name == "claimcheck.cli.extract":
            raise KeyboardInterrupt
sys.meta_path.insert(0, Interrupt())
sys.argv = ["claimcheck", "extract", "article.txt", "-o", "out.yaml"]
from claimcheck.cli import main
main()
"""


def test_ctrl_c_while_claimcheck_starts_is_130_and_one_line_not_a_traceback(seed: Path) -> None:
    done = subprocess.run([sys.executable, "-c", INTERRUPTED_START], cwd=seed.parent,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)  # fmt: skip
    assert (done.returncode, done.stderr) == (130, "Interrupted; nothing was written\n")
    assert not (seed.parent / "out.yaml").exists()


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="no /proc")
def test_extract_into_a_folder_where_no_file_can_be_made_says_so(seed: Path) -> None:
    # filelock took the failure to make the lock file in /proc for another's lock, and
    # said "another claimcheck has held the lock for 10s" after waiting ten seconds
    done = cli("extract", "article.txt", "-o", "/proc/claims.yaml", cwd=seed.parent)
    assert (done.returncode, done.stderr) == (
        1,
        "Error: /proc/claims.yaml: could not save (cannot create the lock file: No such file "
        "or directory); nothing was written\n",
    )
