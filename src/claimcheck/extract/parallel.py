"""The pure, per-sentence work of a long extraction shared with a second process.

Cutting a sentence into pieces, hinting a claim's kind and writing claims as YAML depend
on nothing but their own text, and together they are most of the work of `extract`. On a
long article with a spare CPU, each of these steps forks once: the child does part of the
jobs while this process does the rest, and sends its results back through a pipe. With
`halves` this process waits for the child's half when its own is done; with `ahead` it
does a smaller share, then goes on with its own next step on those results (going
through the sentences in order) while the child finishes, and takes the child's results
when it reaches them; with `Stream` the jobs are handed to the child as this process
makes them, and at the end each takes its share of those not done yet. The child is
this process's own copy (no import, no file read, nothing run that this process would
not run), it writes nothing but the pipe, and it ends with `os._exit`, so no exit
handler, lock release or buffered output of the parent runs twice. Whenever the fork is
not worth it or does not work (a short article, one CPU, no `fork`, a child that fails
or is killed), the jobs are done here, one after another, with the same results: the
output never depends on whether a second process helped.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import pickle
import signal
import struct
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
        self.forked = child is not None  # whether a child does (or did) part of the jobs

    @property
    def waiting(self) -> bool:
        """Whether a child's results are still to come."""
        return self._child is not None

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


# Jobs a Stream sends its child at a time: enough that pickling and the pipe cost little,
# few enough that the child is never long without work.
_BATCH = 64
# Two numbers a Stream and its child share: the jobs the child has done (only it writes
# this one), and the jobs it may do before stopping (only the parent writes that one).
_SLOT = struct.Struct("=q")
_DONE, _LIMIT = 0, _SLOT.size
_FRAME = struct.Struct("=I")  # the length of a batch in the pipe; 0 ends the jobs


class Stream(Generic[J, R]):
    """work(job) for jobs handed over a few at a time (`give`) while this process goes on
    with its own work: once `start` has forked a child (when the caller has a CPU to spare
    for it), the child does them as they come. At the end (`results`) this process does
    the jobs it has not handed over, then takes jobs from the end of those the child has
    not reached yet, so that both finish together; the child's results come back in one
    piece. Without a child (never started, no spare CPU, a child that fails or is killed)
    every job is done here, in order, with the same results. Use it as a context
    manager: leaving it stops the child."""

    def __init__(self, work: Callable[[J], R]) -> None:
        self._work = work
        self._jobs: list[J] = []
        self._sent = 0
        self.pid, self._send, self._receive = 0, -1, -1
        self._slots: mmap.mmap | None = None

    def start(self) -> None:
        """Fork the child, if a CPU is spare; the jobs given so far are its first."""
        if self.pid or not spare_cpu():
            return
        try:
            slots = mmap.mmap(-1, 2 * _SLOT.size)  # anonymous and shared: the child sees it
            jobs_r, jobs_w = os.pipe()
            results_r, results_w = os.pipe()
        except OSError:
            return
        _SLOT.pack_into(slots, _LIMIT, 1 << 62)
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            for fd in (jobs_r, jobs_w, results_r, results_w):
                os.close(fd)
            return
        if pid == 0:  # the child: work on what comes until told the jobs are over
            status = 1
            try:
                _die_with(parent)
                os.close(jobs_w)
                os.close(results_r)
                done = _serve(self._work, jobs_r, slots)
                with os.fdopen(results_w, "wb") as pipe:
                    pipe.write(pickle.dumps(done, pickle.HIGHEST_PROTOCOL))
                status = 0
            finally:
                os._exit(status)
        os.close(jobs_r)
        os.close(results_w)
        self.pid, self._send, self._receive, self._slots = pid, jobs_w, results_r, slots
        self._flush(_BATCH)

    def give(self, jobs: Sequence[J]) -> None:
        """More jobs, sent to the child (if started) once a batch of them is waiting."""
        self._jobs.extend(jobs)
        self._flush(_BATCH)

    def _flush(self, least: int) -> None:
        if self.pid and len(self._jobs) - self._sent >= least:
            batch = self._jobs[self._sent :]
            data = pickle.dumps(batch, pickle.HIGHEST_PROTOCOL)
            if self._write(_FRAME.pack(len(data)) + data):
                self._sent += len(batch)

    def _write(self, data: bytes) -> bool:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self._send, view) :]
        except OSError:  # the child is gone: its jobs are done here
            self.stop()
            return False
        return True

    def results(self) -> list[R]:
        """work(job) for every job given, in order."""
        jobs, sent, work = self._jobs, self._sent, self._work
        if not self.pid:
            return [work(job) for job in jobs]
        self._write(_FRAME.pack(0))  # no more jobs: the child sends what it has done
        tail = [work(job) for job in jobs[sent:]]
        stolen: list[R] = []
        mine = sent  # the first of the sent jobs done here, taken from the end
        while self.pid and self._slots is not None:
            if mine - 1 < _SLOT.unpack_from(self._slots, _DONE)[0]:
                break
            mine -= 1
            _SLOT.pack_into(self._slots, _LIMIT, mine)  # the child stops before this job
            stolen.append(work(jobs[mine]))
        stolen.reverse()
        got = self._collect() or []
        if len(got) < mine:  # a child that failed or stopped: its jobs are done here
            got.extend(work(job) for job in jobs[len(got) : mine])
        return [*got[:mine], *stolen, *tail]

    def _collect(self) -> list[R] | None:
        """The child's results, once it has ended; None if it did not finish them."""
        pid, self.pid = self.pid, 0
        if not pid:
            return None
        os.close(self._send)
        with os.fdopen(self._receive, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        self._close_slots()
        if status != 0:
            return None
        # our own child's output, through a pipe only it and we hold: never a file's
        got: list[R] = pickle.loads(data)
        return got

    def stop(self) -> None:
        """Stop the child: its jobs are done here if `results` is asked for."""
        pid, self.pid = self.pid, 0
        if pid:
            os.close(self._send)
            os.close(self._receive)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            self._close_slots()

    def _close_slots(self) -> None:
        if self._slots is not None:
            self._slots.close()
            self._slots = None

    def __enter__(self) -> Stream[J, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _serve(work: Callable[[J], R], jobs: int, slots: mmap.mmap) -> list[R]:
    """In a Stream's child: work(job) for the jobs that come through the pipe `jobs`,
    until a batch of length 0, or the job the parent has taken for itself. A thread
    empties the pipe as batches come, so the parent never waits to hand jobs over."""
    queue: list[J] = []
    ended = False
    came = threading.Condition()

    def read() -> None:
        nonlocal ended
        try:
            with os.fdopen(jobs, "rb") as pipe:
                while (head := pipe.read(_FRAME.size)) and (size := _FRAME.unpack(head)[0]):
                    batch = pickle.loads(pipe.read(size))
                    with came:
                        queue.extend(batch)
                        came.notify()
        finally:
            with came:
                ended = True
                came.notify()

    threading.Thread(target=read, daemon=True).start()
    done: list[R] = []
    while True:
        with came:
            while len(done) == len(queue) and not ended:
                came.wait()
            if len(done) == len(queue):
                return done
            job = queue[len(done)]
        if len(done) >= _SLOT.unpack_from(slots, _LIMIT)[0]:
            return done
        done.append(work(job))
        _SLOT.pack_into(slots, _DONE, len(done))


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
