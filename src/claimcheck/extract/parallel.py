"""The pure, per-sentence work of a long extraction shared with a second process.

Cutting a sentence into pieces and hinting a claim's kind depend on nothing but their
own text, and together they are most of the work of `extract`. On a long article with a
spare CPU, `halves` forks once: the child does the second half of the jobs while this
process does the first, and sends its results back through a pipe. The child is this
process's own copy (no import, no file read, nothing run that this process would not
run), it writes nothing but the pipe, and it ends with `os._exit`, so no exit handler,
lock release or buffered output of the parent runs twice. Whenever the fork is not
worth it or does not work (a short article, one CPU, no `fork`, a child that fails or
is killed), the jobs are done here, one after another, with the same results: the output
never depends on whether a second process helped.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

J = TypeVar("J")
R = TypeVar("R")

# Characters of article below which one process is quicker than two: the fork, the
# pickling and the child's own warm-up of cached word lookups cost about 30 ms.
PARALLEL_FROM = 40_000


def spare_cpu() -> bool:
    """Whether this process may use a second CPU (the `CLAIMCHECK_JOBS=1` setting, or a
    single CPU in its affinity mask, says no). Never while another thread runs: a fork
    copies this thread alone, and a lock the other held would stay held in the child."""
    if os.environ.get("CLAIMCHECK_JOBS", "").strip() == "1" or not hasattr(os, "fork"):
        return False
    if threading.active_count() > 1:
        return False
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except (AttributeError, OSError):
        return (os.cpu_count() or 1) >= 2


def halves(
    work: Callable[[J], R],
    jobs: Sequence[J],
    sizes: Sequence[int],
    done: Callable[[int], None] | None = None,
) -> list[R]:
    """[work(job) for job in jobs], the second half (by `sizes`, the characters each job
    covers) done by a forked child when the jobs are long enough and a CPU is spare.
    `done(n)` is told of the characters done so far, out of sum(sizes)."""
    total = sum(sizes)
    if total < PARALLEL_FROM or len(jobs) < 2 or not spare_cpu():
        return _serially(work, jobs, sizes, done)
    split, acc = 0, 0
    while split < len(jobs) - 1 and acc + sizes[split] <= total // 2:
        acc += sizes[split]
        split += 1
    theirs = _Child(work, jobs[split:])
    # this process's half is all the work there is to wait for: told as the whole
    whole = None if done is None or not acc else (lambda n: done(n * total // acc))
    try:
        mine = _serially(work, jobs[:split], sizes[:split], whole)
    except BaseException:  # Ctrl-C, or a failure the child would meet too: stop it
        theirs.stop()
        raise
    got = theirs.results()
    return mine + (got if got is not None else _serially(work, jobs[split:], sizes[split:]))


def _serially(
    work: Callable[[J], R],
    jobs: Sequence[J],
    sizes: Sequence[int],
    done: Callable[[int], None] | None = None,
) -> list[R]:
    out, chars = [], 0
    for job, size in zip(jobs, sizes, strict=True):
        out.append(work(job))
        chars += size
        if done is not None:
            done(chars)
    return out


class _Child(Generic[J, R]):
    """A forked child doing `jobs`, whose results this process collects (or stops)."""

    def __init__(self, work: Callable[[J], R], jobs: Sequence[J]) -> None:
        self.pid, self.read, self.count = 0, -1, len(jobs)
        try:
            read, write = os.pipe()
        except OSError:
            return
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: work, send, end without running the parent's exit code
            status = 1
            try:
                os.close(read)
                data = pickle.dumps([work(job) for job in jobs], pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as pipe:
                    pipe.write(data)
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        self.pid, self.read = pid, read

    def results(self) -> list[R] | None:
        """The child's results, once it has ended; None if it was never started or did
        not finish them."""
        if not self.pid:
            return None
        with os.fdopen(self.read, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        if status != 0:
            return None
        # our own child's output, through a pipe only it and we hold: never a file's
        got: list[R] = pickle.loads(data)
        return got if len(got) == self.count else None

    def stop(self) -> None:
        if self.pid:
            os.close(self.read)
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
