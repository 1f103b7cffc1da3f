"""SIGKILL at random moments while tagging, reviewing and saving; a full disk; a read-only
file. After every kill the claim file loads and validates, and every decision that was
confirmed before the kill is in it."""

from __future__ import annotations

import errno
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.decisions import decide
from claimcheck.errors import WriteFailed
from claimcheck.models import Label
from tests.conftest import DATA, run
from tests.terminal import CLAIMCHECK, Pty

# Kill tests run for a minute or two on a quiet machine; on a shared 2-core one they may
# take several times that, which is not a failure (pytest's default limit is 120 s).
pytestmark = pytest.mark.timeout(900)

TAG_KILLS = 156  # 6 workers x 26
REVIEW_KILLS = 40  # 4 workers x 10
FOLD_KILLS = 12  # 156 + 40 + 12 = 208 kills
ENV = {**os.environ, "CLAIMCHECK_REVIEWER": "ana", "NO_COLOR": "1", "COLUMNS": "100"}


def copy_seed(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in ("article.txt", "claims.yaml"):
        shutil.copy(DATA / name, folder / name)
    (folder / "article.txt").chmod(0o644)
    return folder / "claims.yaml"


def temps(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(f".{path.name}.claimcheck-*.tmp"))


_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_used(pid: int) -> float:
    """Seconds of CPU the process has used so far (user + system), from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("inf")  # gone: past any moment we could aim at
    return (int(fields[11]) + int(fields[12])) / _TICK


def _finish(proc: subprocess.Popen[bytes]) -> float:
    """Reap the process; the CPU seconds it used."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime


def _tag_worker(folder: Path, seed: int, kills_wanted: int) -> tuple[int, int]:
    """Tag claims one process at a time. Every fourth run completes (its decision is then
    confirmed); the others are killed at a random moment of a run's measured length.

    The moment is measured in the CPU time the run has used, not in wall-clock time: a
    run's CPU time hardly varies, while its wall-clock time stretches with the load on the
    machine. Aimed in wall-clock time, a kill under load mostly came too late (the run had
    finished), so reaching the kills took twice the runs and twice the CPU."""
    rng = random.Random(seed)
    path = copy_seed(folder)
    ids = [c.id for c in store.load(path).doc.claims]
    rng.shuffle(ids)
    confirmed: dict[str, Label] = {}
    lengths: list[float] = []  # CPU seconds of the runs that completed
    kills = i = 0
    while kills < kills_wanted:
        claim_id = ids[i % len(ids)]
        label = rng.choice([Label.SOURCED, Label.UNVERIFIED, Label.OPINION])
        args = [CLAIMCHECK, "tag", claim_id, label.value, "-f", str(path)]
        if label is Label.SOURCED:
            args += ["--source", f"https://example.org/{claim_id}"]
        proc = subprocess.Popen(args, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if i % 4 and lengths:
            # anywhere in a run: start-up, load, lock, write, fsync, rename
            moment = rng.uniform(0.0, 0.98) * sorted(lengths)[len(lengths) // 2]
            while proc.poll() is None and _cpu_used(proc.pid) < moment:
                time.sleep(0.005)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
        used = _finish(proc) if proc.returncode is None else 0.0
        if proc.returncode == 0:
            if used:
                lengths.append(used)
            confirmed[claim_id] = label
        elif proc.returncode != -signal.SIGKILL:
            raise AssertionError(proc.stderr.read() if proc.stderr else proc.returncode)
        if proc.stderr:
            proc.stderr.close()
        by_id = store.load(path).doc.index()  # loads and validates
        for cid, lab in confirmed.items():
            assert by_id[cid].label is lab, (folder, cid)
        i += 1
    # the next save sweeps what killed writers left behind
    swept = subprocess.run([CLAIMCHECK, "untag", ids[0], "-f", str(path)], env=ENV)
    assert swept.returncode == 0
    assert temps(path) == []
    return kills, len(confirmed)


def _in_parallel(
    worker: Callable[[Path, int, int], tuple[int, int]], folder: Path, workers: int, total: int
) -> list[tuple[int, int]]:
    """Run `workers` copies of `worker`, each on its own copy of the seed, `total` in all."""
    with ThreadPoolExecutor(workers) as pool:
        return list(
            pool.map(lambda w: worker(folder / f"w{w}", 1000 * w, total // workers), range(workers))
        )


def test_sigkill_while_tagging(tmp_path: Path) -> None:
    results = _in_parallel(_tag_worker, tmp_path, 6, TAG_KILLS)
    kills = sum(k for k, _ in results)
    confirmed = sum(c for _, c in results)
    print(f"tagging: {kills} kills, {confirmed} confirmed decisions kept")
    assert kills == TAG_KILLS
    assert confirmed >= TAG_KILLS // 4


def _review_worker(folder: Path, seed: int, runs: int) -> tuple[int, int]:
    rng = random.Random(seed)
    path = copy_seed(folder)
    labels = {"o": Label.OPINION, "u": Label.UNVERIFIED}
    total = 0
    for _ in range(runs):
        proc = Pty([CLAIMCHECK, "review", "--plain", "-f", "claims.yaml", "--all"], ENV, folder)
        proc.wait_for(b" of 114")
        # one decision confirmed before the random keys, whatever the machine's load (a
        # busy machine answers fewer keys in the time below), unless every claim has its
        # label already: typed again until it shows, since keys typed before the screen
        # reads its input are dropped
        given = time.monotonic() + 60
        while b"saved: " not in proc.output and b"End of the list" not in proc.output:
            assert time.monotonic() < given, proc.output[-2000:]
            proc.write(b"o")
            proc.write(b"\r")
            proc.read(0.3)
        deadline = time.monotonic() + rng.uniform(0.02, 0.5)
        while time.monotonic() < deadline:
            key = rng.choice("ouun")
            proc.write(key.encode())
            if key in labels:
                proc.write(b"\r")
            proc.read(rng.uniform(0.0, 0.03))
        proc.kill()
        confirmed = {
            cid.decode(): Label(lab.decode())
            for cid, lab in re.findall(rb"saved: (c\d+) \xe2\x86\x92 (\w+)", proc.output)
        }
        total += len(confirmed)
        by_id = store.load(path).doc.index()  # loads, validates, replays the journal
        for cid, lab in confirmed.items():
            assert by_id[cid].label is lab, (folder, cid)
    store.fold(path)
    assert not store.journal_path(path).exists()
    return runs, total


def test_sigkill_while_reviewing(tmp_path: Path) -> None:
    results = _in_parallel(_review_worker, tmp_path, 4, REVIEW_KILLS)
    kills = sum(k for k, _ in results)
    confirmed = sum(c for _, c in results)
    print(f"reviewing: {kills} kills, {confirmed} confirmed decisions kept")
    assert kills == REVIEW_KILLS
    assert confirmed > 0  # decisions were made and checked after each kill


def test_sigkill_while_folding_a_journal(tmp_path: Path) -> None:
    """A save folds the review journal into the YAML: kill it there, lose nothing."""
    rng = random.Random(3000)
    path = copy_seed(tmp_path / "f")
    doc = store.load(path).doc
    journaled = [decide(c, "ana", Label.OPINION) for c in doc.claims[:60]]
    kills = i = 0
    length = 0.0
    while kills < FOLD_KILLS:
        store.append_decisions(path, journaled[i * 4 : (i + 1) * 4])
        started = time.monotonic()
        proc = subprocess.Popen(
            [CLAIMCHECK, "tag", "c114", "unverified", "--note", f"run {i}", "-f", str(path)],
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if length:  # the first run is timed; the rest are killed within that time
            time.sleep(rng.uniform(0.3, 0.98) * length)
            if proc.poll() is None:
                proc.kill()
                kills += 1
        proc.wait()
        if not length:
            length = time.monotonic() - started
        by_id = store.load(path).doc.index()
        for decision in journaled[: (i + 1) * 4]:
            assert by_id[decision.claim].label is Label.OPINION, (i, decision.claim)
        i += 1
    print(f"folding: {i} runs, {kills} kills")


# --------------------------------------------------------------------------- disk full, read-only


def _disk_full(monkeypatch: pytest.MonkeyPatch, suffix: str, torn: int = 0) -> None:
    """Writes to files ending in `suffix` fail with ENOSPC, after `torn` bytes got out."""
    real = os.write

    def write(fd: int, data: bytes | memoryview) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").endswith(suffix):
            if torn:
                real(fd, bytes(data)[:torn])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd, data)

    monkeypatch.setattr(os, "write", write)


def test_a_full_disk_leaves_the_old_file_intact(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = seed.read_bytes()
    _disk_full(monkeypatch, ".tmp")
    result = run("tag", "c001", "opinion", "-f", "claims.yaml")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: claims.yaml: could not save (No space left on device); "
        "the file on disk is unchanged\n"
    )
    assert seed.read_bytes() == before
    assert temps(seed) == []
    result = run("report", "-f", "claims.yaml", "-o", "report.html")
    assert result.exit_code == 1
    assert result.stderr == (  # a new output: no file on disk to be unchanged
        "Error: report.html: could not save (No space left on device); nothing was written\n"
    )
    assert not (seed.parent / "report.html").exists()


def test_a_full_disk_during_review_keeps_the_journal_whole(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = store.Journal(seed)
    claim = journal.doc.claims[0]
    journal.commit(decide(claim, "ana", Label.OPINION), claim.decision_fields())
    size = store.journal_path(seed).stat().st_size
    _disk_full(monkeypatch, ".journal", torn=7)  # a torn write, then the disk is full
    second = journal.doc.claims[1]
    with pytest.raises(WriteFailed, match="No space left on device"):
        journal.commit(decide(second, "ana", Label.UNVERIFIED), second.decision_fields())
    assert store.journal_path(seed).stat().st_size == size  # the torn line was cut off
    monkeypatch.undo()
    by_id = store.load(seed).doc.index()
    assert by_id["c001"].label is Label.OPINION and by_id["c002"].label is None


def test_a_read_only_file_is_refused_and_kept(seed: Path) -> None:
    seed.chmod(0o444)
    before = seed.read_bytes()
    for args in (("tag", "c001", "opinion"), ("tag", "c002", "sourced", "--source", "A book")):
        result = run(*args, "-f", "claims.yaml")
        assert result.exit_code == 1
        assert result.stderr == (
            "Error: claims.yaml: could not save (the file is read-only); "
            "the file on disk is unchanged\n"
        )
    assert seed.read_bytes() == before
    assert temps(seed) == []


def test_an_output_that_is_a_pipe_is_written_into_not_replaced(seed: Path) -> None:
    """`-o` naming a FIFO another program reads: the report goes down the pipe, as `>`
    would send it, and the pipe is still a pipe (a rename would have put a regular file
    in its place)."""
    expected = run("report", "-f", "claims.yaml", "-F", "md").stdout
    fifo = seed.parent / "to-reader"
    os.mkfifo(fifo)
    with ThreadPoolExecutor(1) as pool:
        got = pool.submit(fifo.read_bytes)
        time.sleep(0.2)  # the reader opens first, as a real one would; the open waits for it
        result = run("report", "-f", "claims.yaml", "-F", "md", "-o", str(fifo))
        assert result.exit_code == 0, result.stderr
        assert got.result(timeout=300).decode() == expected
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert temps(fifo) == []


def test_an_output_pipe_that_nothing_reads_is_refused_not_waited_on(seed: Path) -> None:
    fifo = seed.parent / "nobody"
    os.mkfifo(fifo)
    result = run("report", "-f", "claims.yaml", "-F", "md", "-o", str(fifo))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {fifo}: could not save (it is a pipe that nothing reads); nothing was written\n"
    )
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.skipif(not os.path.exists(os.devnull), reason="no null device")
def test_an_output_that_is_a_device_stays_a_device(seed: Path) -> None:
    result = run("report", "-f", "claims.yaml", "-F", "md", "-o", os.devnull)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    if os.path.exists("/dev/full") and stat.S_ISCHR(os.stat("/dev/full").st_mode):
        result = run("report", "-f", "claims.yaml", "-F", "md", "-o", "/dev/full")
        assert (result.exit_code, result.stderr) == (
            1,
            "Error: /dev/full: could not write (No space left on device)\n",
        )
        assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
