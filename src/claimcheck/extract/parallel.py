"""The pure, per-sentence work of a long extraction shared with a second process.

Cutting a sentence into pieces, hinting a claim's kind and writing claims as YAML depend
on nothing but their own text, and together they are most of the work of `extract`. On a
long article with a spare CPU, each of these steps forks once: the child does part of the
jobs while this process does the rest, and sends its results back through a pipe. With
`halves` this process waits for the child's half when its own is done; with `ahead` it
does a smaller share, then goes on with its own next step on those results (going
through the sentences in order) while the child finishes, and takes the child's results
when it reaches them. The child is this process's own copy (no import, no file read,
nothing run that this process would not run), it writes nothing but the pipe, and it
ends with `os._exit`, so no exit handler, lock release or buffered output of the parent
runs twice. Whenever the fork is not worth it or does not work (a short article, one
CPU, no `fork`, a child that fails or is killed), the jobs are done here, one after
another, with the same results: the output never depends on whether a second process
helped.
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
    with ahead(work, jobs, sizes, 0.5, done) as results:
        return [results.get(i) for i in range(len(jobs))]


def ahead(
    work: Callable[[J], R],
    jobs: Sequence[J],
    sizes: Sequence[int],
    share: float,
    done: Callable[[int], None] | None = None,
) -> Ahead[J, R]:
    """work(job) for every job, ready to be taken in order with `Ahead.get`: the first
    `share` of the jobs (by `sizes`, the characters each covers) done here before this
    returns, the rest by a forked child meanwhile, so that the caller's own work on the
    first results overlaps the child's (all of them done here when the jobs are short or
    no CPU is spare). Use it as a context manager: leaving it stops a child whose results
    were not taken. `done(n)` is told of the characters done here, scaled to sum(sizes)."""
    total = sum(sizes)
    if total < PARALLEL_FROM or len(jobs) < 2 or not spare_cpu():
        return Ahead(_serially(work, jobs, sizes, done), None, work, jobs)
    split, acc = 0, 0
    while split < len(jobs) - 1 and acc + sizes[split] <= total * share:
        acc += sizes[split]
        split += 1
    split = max(split, 1)
    acc = sum(sizes[:split])
    theirs = _Child(work, jobs[split:])
    # this process's share is all the work there is to wait for: told as the whole
    whole = None if done is None else (lambda n: done(n * total // acc))
    try:
        mine = _serially(work, jobs[:split], sizes[:split], whole)
    except BaseException:  # Ctrl-C, or a failure the child would meet too: stop it
        theirs.stop()
        raise
    return Ahead(mine, theirs, work, jobs)


class Ahead(Generic[J, R]):
    """The results of `ahead`: those done here, and a child's still coming."""

    def __init__(
        self,
        done: list[R],
        child: _Child[J, R] | None,
        work: Callable[[J], R],
        jobs: Sequence[J],
    ) -> None:
        self._done, self._child, self._work, self._jobs = done, child, work, jobs

    def get(self, i: int) -> R:
        """work(jobs[i]): the first time one of the child's is asked for, this waits for
        the child's results; a child that failed has its jobs done here, as asked."""
        if i >= len(self._done) and self._child is not None:
            child, self._child = self._child, None
            got = child.results()
            if got is not None:
                self._done.extend(got)
        return self._done[i] if i < len(self._done) else self._work(self._jobs[i])

    def close(self) -> None:
        """Stop a child whose results were never asked for (or the caller gave up)."""
        child, self._child = self._child, None
        if child is not None:
            child.stop()

    def __enter__(self) -> Ahead[J, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: work, send, end without running the parent's exit code
            status = 1
            try:
                _die_with(parent)
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


def _die_with(parent: int) -> None:
    """In the child: be killed when this process's parent ends, however it ends (a SIGTERM
    or SIGKILL it cannot catch), so no child goes on working for no one (Linux's
    PR_SET_PDEATHSIG; elsewhere the parent's own handling stops it). A parent already
    gone by then ends the child at once."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)
