"""A long article's pure work shared with a second process gives the claim file one
process gives, byte for byte, and falls back to one process whenever the second fails."""

from __future__ import annotations

import itertools
import os
import signal
import time
from pathlib import Path

import pytest

from claimcheck.extract import parallel
from tests.conftest import run

TOWNS = ["Ashford", "Bexley", "Corby", "Dover", "Epsom", "Frome", "Goole", "Hythe"]
PEOPLE = [("Ruth Alder", "she"), ("Omar Fenn", "he"), ("Lena Marsh", "she"), ("Tom Pike", "he")]
FIGURES = ["3%", "12 staff", "£4m", "400 homes", "two schools", "a third"]


def _paragraph(n: int, town: str, person: str, pronoun: str, figure: str) -> str:
    """A paragraph with the constructions the extractor cuts: a list, a relative clause,
    an appositive, a quotation over two sentences, a pronoun, a trailing attribution."""
    return (
        f"The council in {town} cut {figure} from its budget in year {n}, and the library, "
        f"which opened in {1900 + n}, closed on Sundays. {person}, the leader of the "
        f"council, said the cuts were painful. {pronoun.capitalize()} has led it since "
        f"{1990 + n % 30}. Officials listed roads, parks and bins among the savings, the "
        f"council said. “We had no choice. The money ran out in week {n},” {person} said.\n"
    )


def _article(paragraphs: int) -> str:
    parts = ["Budgets under strain\n"]
    combos = itertools.product(TOWNS, PEOPLE, FIGURES)
    for n, (town, (person, pronoun), figure) in zip(range(paragraphs), itertools.cycle(combos)):
        if n % 40 == 0:
            parts.append(f"Part {n // 40 + 1}\n")
        parts.append(_paragraph(n, town, person, pronoun, figure))
    return "\n".join(parts)


def _extract(folder: Path, article: Path, jobs: str) -> bytes:
    folder.mkdir()
    os.environ["CLAIMCHECK_JOBS"] = jobs
    try:
        result = run("extract", str(article), "-o", str(folder / "claims.yaml"))
    finally:
        del os.environ["CLAIMCHECK_JOBS"]
    assert result.exit_code == 0, result.output
    return (folder / "claims.yaml").read_bytes()


def test_a_long_article_gives_the_same_claim_file_with_two_processes_as_with_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forks: list[int]
) -> None:
    article = tmp_path / "long.txt"
    article.write_text(_article(260), encoding="utf-8")
    assert len(article.read_text(encoding="utf-8")) > 2 * parallel.PARALLEL_FROM
    with monkeypatch.context() as one_cpu:
        one_cpu.setattr(parallel, "spare_cpu", lambda: False)
        one = _extract(tmp_path / "one", article, "1")
    assert forks == []
    two = _extract(tmp_path / "two", article, "2")
    assert len(forks) == 3  # the pieces, the hints, then the claims' YAML
    assert two == one
    assert one.count(b"\n- id: c") > 800  # the work was real: many claims, cut and hinted


def _square(n: int) -> int:
    return n * n


def test_halves_gives_what_one_process_gives_and_tells_progress_in_order() -> None:
    jobs = list(range(500))
    told: list[int] = []
    got = parallel.halves(_square, jobs, [100] * len(jobs), told.append)
    assert got == [n * n for n in jobs]
    assert told == sorted(told) and told[-1] <= 100 * len(jobs)


def test_a_failed_fork_leaves_the_work_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    jobs = list(range(500))
    assert parallel.halves(_square, jobs, [100] * len(jobs)) == [n * n for n in jobs]


PARENT = os.getpid()


def _fails_in_the_child(n: int) -> int:
    if os.getpid() != PARENT:
        raise RuntimeError("the child fails")
    return n * n


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A child is forked whatever the machine (a fork works on one CPU too; it is only
    slower there), and each fork is counted: a test of the child cannot pass without one."""
    counted: list[int] = []
    fork = os.fork

    def counting() -> int:
        counted.append(1)
        return fork()

    monkeypatch.setattr(parallel, "spare_cpu", lambda: True)
    monkeypatch.setattr(os, "fork", counting)
    return counted


def test_a_child_that_fails_has_its_half_done_again_here(forks: list[int]) -> None:
    jobs = list(range(500))
    assert parallel.halves(_fails_in_the_child, jobs, [100] * len(jobs)) == [n * n for n in jobs]
    assert forks == [1]


def test_one_process_when_told_so_or_when_the_work_is_short(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fork() -> int:
        raise AssertionError("forked")

    monkeypatch.setattr(os, "fork", fork)
    monkeypatch.setenv("CLAIMCHECK_JOBS", "1")
    assert parallel.halves(_square, list(range(500)), [100] * 500) == [n * n for n in range(500)]
    monkeypatch.delenv("CLAIMCHECK_JOBS")
    assert parallel.halves(_square, [1, 2, 3], [10, 10, 10]) == [1, 4, 9]


def _fails_here(n: int) -> int:
    if os.getpid() == PARENT and n == 10:
        raise ValueError("no sentence 10")
    return n * n


def test_a_failure_in_this_half_stops_the_child_and_is_raised(forks: list[int]) -> None:
    with pytest.raises(ValueError, match="no sentence 10"):
        parallel.halves(_fails_here, list(range(500)), [100] * 500)
    assert forks == [1]
    with pytest.raises(ChildProcessError):  # no child of this process is left, not even ended
        os.waitpid(-1, os.WNOHANG)


def test_one_process_while_another_thread_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    def fork() -> int:
        raise AssertionError("forked beside a thread")

    monkeypatch.setattr(os, "fork", fork)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert parallel.halves(_square, list(range(500)), [100] * 500) == [
            n * n for n in range(500)
        ]
    finally:
        stop.set()
        other.join()


def test_ahead_does_its_share_before_returning_and_the_child_the_rest_meanwhile(
    forks: list[int],
) -> None:
    jobs = list(range(500))
    with parallel.ahead(_fails_in_the_child, jobs, [100] * 500, 0.37) as results:
        assert forks == [1]
        # the share done here is ready at once: _fails_in_the_child fails in the child only
        assert [results.get(i) for i in range(185)] == [n * n for n in range(185)]
        assert [results.get(i) for i in range(185, 500)] == [n * n for n in range(185, 500)]


def test_ahead_left_early_stops_a_child_whose_results_were_not_taken(forks: list[int]) -> None:
    class Stop(Exception):
        pass

    with pytest.raises(Stop), parallel.ahead(_square, list(range(500)), [100] * 500, 0.37) as r:
        assert r.get(3) == 9
        raise Stop  # the caller fails (or Ctrl-C) while the child may still be at work
    assert forks == [1]
    with pytest.raises(ChildProcessError):  # no child of this process is left, not even ended
        os.waitpid(-1, os.WNOHANG)


def _square_and_who(n: int) -> tuple[int, bool]:
    """n*n, and whether the child worked it out; slow here, so the child gets ahead."""
    if os.getpid() == PARENT:
        time.sleep(0.02)
    return n * n, os.getpid() != PARENT


def test_a_stream_gives_in_order_what_one_process_gives_the_child_doing_what_it_can(
    forks: list[int],
) -> None:
    with parallel.Stream(_square_and_who) as stream:
        stream.give(range(0, 50))
        stream.start()  # the jobs given so far are the child's first
        for first in range(50, 400, 7):
            stream.give(range(first, min(first + 7, 400)))
        got = stream.results()
    assert forks == [1]
    assert [square for square, _ in got] == [n * n for n in range(400)]
    assert any(child for _, child in got)  # this process takes jobs only the child has not
    with pytest.raises(ChildProcessError):  # the child has ended and was waited for
        os.waitpid(-1, os.WNOHANG)


def test_a_stream_never_started_does_every_job_here() -> None:
    with parallel.Stream(_square) as stream:
        stream.give([1, 2, 3])
        assert stream.pid == 0
        assert stream.results() == [1, 4, 9]


def test_a_stream_whose_child_fails_or_is_killed_has_its_jobs_done_here(
    forks: list[int],
) -> None:
    with parallel.Stream(_fails_in_the_child) as failing:
        failing.start()
        failing.give(range(300))
        assert failing.results() == [n * n for n in range(300)]
    with parallel.Stream(_square) as killed:
        killed.start()
        killed.give(range(100))
        os.kill(killed.pid, signal.SIGKILL)
        killed.give(range(100, 300))  # the pipe may be broken by now: no error
        assert killed.results() == [n * n for n in range(300)]
    assert forks == [1, 1]


def test_a_stream_left_early_stops_its_child(forks: list[int]) -> None:
    class Stop(Exception):
        pass

    with pytest.raises(Stop), parallel.Stream(_square) as stream:
        stream.start()
        stream.give(range(300))
        raise Stop  # Ctrl-C, or a failure, while the child may still be at work
    assert forks == [1]
    with pytest.raises(ChildProcessError):  # no child of this process is left, not even ended
        os.waitpid(-1, os.WNOHANG)


def test_a_stream_takes_more_jobs_than_its_pipe_holds_without_waiting_on_the_child(
    forks: list[int],
) -> None:
    texts = [f"{n:06d} " * 20 for n in range(30_000)]  # 4 MB of jobs: far over a pipe's size
    with parallel.Stream(len) as stream:
        stream.start()
        for first in range(0, len(texts), 100):
            stream.give(texts[first : first + 100])
        assert stream.results() == [len(t) for t in texts]
