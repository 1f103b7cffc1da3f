"""What a hostile tester found in the newest code: a sweep of temp files that took the
user's own files, a missing home created, a child left running after SIGTERM, and running
out of memory reported as a bug."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run


def test_a_save_sweeps_only_the_temp_files_claimcheck_makes(seed: Path) -> None:
    mine = seed.parent / ".claims.yaml.notes.tmp"  # the user's, named like a temp file
    mine.write_text("my notes\n", encoding="utf-8")
    stale = seed.parent / ".claims.yaml.claimcheck-ab12cd34.tmp"  # a killed save's
    stale.write_text("half a file", encoding="utf-8")
    result = run("tag", "c011", "opinion", "-f", str(seed))
    assert result.exit_code == 0, result.output
    assert mine.read_text(encoding="utf-8") == "my notes\n"
    assert not stale.exists()


SLOW_PARENT = """
import os, sys, time
from claimcheck.extract import parallel
parallel.spare_cpu = lambda: True
fork = os.fork
def forking():
    pid = fork()
    if pid:
        print(pid, flush=True)  # the child's pid, for the test
    return pid
os.fork = forking
def slow(n):
    time.sleep(0.5)
    return n
parallel.halves(slow, list(range(240)), [1000] * 240)
"""


def test_a_child_of_extract_ends_when_its_parent_is_killed(tmp_path: Path) -> None:
    # SIGTERM (or SIGKILL) ends the parent at once, without its own clean-up: the child,
    # with a minute of work left, must not go on working for no one
    import os
    import signal
    import subprocess
    import sys
    import time

    with subprocess.Popen(
        [sys.executable, "-c", SLOW_PARENT], stdout=subprocess.PIPE, text=True, cwd=tmp_path
    ) as parent:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        parent.send_signal(signal.SIGTERM)
        parent.wait()
    deadline = time.monotonic() + 30  # the child's own work would take a minute
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        # a zombie reaped by init is gone too; a live one reads "R" or "S"
        try:
            state = Path(f"/proc/{child}/stat").read_text().split(") ")[1][0]
        except (FileNotFoundError, IndexError):
            break
        if state == "Z":
            break
        time.sleep(0.05)
    else:
        os.kill(child, signal.SIGKILL)
        raise AssertionError("the child went on after its parent was killed")


# Running out of memory in the real command (as `ulimit -v` makes happen on a large input)
OUT_OF_MEMORY = """\
import claimcheck.cli.reads as reads


def _no_memory(path):
    raise MemoryError


reads._load = _no_memory
"""


def test_running_out_of_memory_is_one_line_and_exit_1_not_a_bug_to_report(
    seed: Path, tmp_path: Path
) -> None:
    import os

    from tests.test_hostile8 import cli

    plant = tmp_path / "plant"
    plant.mkdir()
    (plant / "sitecustomize.py").write_text(OUT_OF_MEMORY, encoding="utf-8")
    path = os.pathsep.join(filter(None, [str(plant), os.environ.get("PYTHONPATH")]))
    env = {"PYTHONPATH": path, "CLAIMCHECK_REPLAY": "off", "XDG_STATE_HOME": str(tmp_path / "s")}
    done = cli("list", cwd=seed.parent, env=env)
    assert (done.returncode, done.stdout) == (1, b"")
    assert done.stderr == (
        b"Error: out of memory: not enough memory for this (a smaller input, or a higher limit)\n"
    )
    assert not (tmp_path / "s").exists()  # no crash log: nothing to report


def test_a_home_that_does_not_exist_is_never_created(seed: Path, tmp_path: Path) -> None:
    # HOME names a folder that is not there: no cache, no key, no crash log; the command
    # works and nothing is made where HOME points
    from tests.test_hostile8 import cli

    missing = tmp_path / "nobody-home"
    env = {
        "HOME": str(missing),
        "XDG_CACHE_HOME": None,
        "XDG_CONFIG_HOME": None,
        "XDG_STATE_HOME": None,
    }
    done = cli("tag", "c011", "opinion", cwd=seed.parent, env=env)
    assert done.returncode == 0, done.stderr
    assert not missing.exists()
