"""One decision spliced into the file's bytes (claimfile.splice) writes exactly what the
full read-change-save writes, and is taken only when the file is one claimcheck wrote and
validated, with nothing journaled and the article text unchanged."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import cache, store, written
from claimcheck.claimfile import splice
from claimcheck.decisions import make_source
from claimcheck.decisions import tag as tag_claim
from claimcheck.models import Claim, Label
from tests.conftest import DATA, run

AT = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def copy_seed(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("article.txt", "claims.yaml"):
        shutil.copy(DATA / name, folder / name)
        (folder / name).chmod(0o644)
    path = folder / "claims.yaml"
    store.save(store.load(path))  # written (and recorded) by claimcheck
    return path


class Counting:
    """store.update wrapped: how many times the full path was taken."""

    def __init__(self) -> None:
        self.full = 0
        self.original = store.update

    def __enter__(self) -> Counting:
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.full += 1
            return self.original(*args, **kwargs)

        store.update = counted
        return self

    def __exit__(self, *exc: object) -> None:
        store.update = self.original


def decide(
    path: Path,
    claim_id: str,
    by: str,
    label: Label | None,
    note: str | None,
    at: datetime,
    full: bool = False,
) -> str:
    sources = [make_source("https://example.org/report", "A report", None, date(2026, 1, 2))]

    def change_claim(claim: Claim) -> str:
        tag_claim(claim, by, label, sources if label is Label.SOURCED else [], note, at=at)
        return claim.label_name

    def change(loaded: store.Loaded) -> str:
        claim = loaded.doc.claim(claim_id)
        assert claim is not None
        return change_claim(claim)

    if full:
        return store.update(path, change)
    return store.update_claim(path, claim_id, change_claim, change)


op = st.tuples(
    st.integers(min_value=1, max_value=114),
    st.sampled_from(["ana", "bo", "Zoë"]),
    st.sampled_from([None, *Label]),
    st.sampled_from(
        [None, "", "checked twice", "a note: with # marks\nand a second line", "ü" * 90]
    ),
)


@pytest.fixture
def twins(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], tuple[Path, Path]]]:
    def make() -> tuple[Path, Path]:
        root = tmp_path_factory.mktemp("twins")
        return copy_seed(root / "fast"), copy_seed(root / "full")

    yield make


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(op, min_size=1, max_size=8))
def test_a_spliced_decision_writes_the_bytes_of_a_full_save(
    twins: Callable[[], tuple[Path, Path]], ops: list[tuple[int, str, Label | None, str | None]]
) -> None:
    fast, full = twins()
    for step, (n, by, label, note) in enumerate(ops):
        at = AT + timedelta(minutes=step)
        claim_id = f"c{n:03d}"
        assert written.written_by_us(splice.digest_of(fast.read_bytes())) is not None
        with Counting() as counting:
            said = decide(fast, claim_id, by, label, note, at)
        assert counting.full == 0  # spliced
        assert decide(full, claim_id, by, label, note, at, full=True) == said
        assert fast.read_bytes() == full.read_bytes()
        reloaded = store.load(fast)
        assert store.dump(reloaded.doc, reloaded.header) == fast.read_bytes()


def test_the_full_path_is_taken_for_a_file_claimcheck_did_not_write(seed: Path) -> None:
    with Counting() as counting:
        assert run("tag", "c001", "opinion", "-f", str(seed)).exit_code == 0
    assert counting.full == 1  # the bundled file, as checked out: not recorded
    with Counting() as counting:
        assert run("tag", "c002", "opinion", "-f", str(seed)).exit_code == 0
    assert counting.full == 0  # the first tag wrote it: recorded


def test_a_hand_edit_a_journal_or_a_changed_article_takes_the_full_path(seed: Path) -> None:
    assert run("tag", "c001", "opinion", "-f", str(seed)).exit_code == 0  # now recorded
    seed.write_text(seed.read_text().replace("claims:\n", "# mine\nclaims:\n", 1))
    with Counting() as counting:
        result = run("tag", "c002", "opinion", "-f", str(seed))
    assert (result.exit_code, counting.full) == (0, 1)
    assert "# mine" not in seed.read_text()  # a full save, as before
    store.append_decisions(seed, [])  # an (empty) journal beside it
    with Counting() as counting:
        assert run("tag", "c003", "opinion", "-f", str(seed)).exit_code == 0
    assert counting.full == 1
    article = seed.with_name("article.txt")
    article.write_text(article.read_text() + "\nA new paragraph.\n")
    with Counting() as counting:
        result = run("tag", "c004", "opinion", "-f", str(seed))
    assert counting.full == 1
    assert result.exit_code == 1
    assert "the article text has changed since the claims were anchored" in result.stderr


def test_unknown_and_deleted_ids_are_worded_by_the_full_path(seed: Path) -> None:
    assert run("tag", "c001", "opinion", "-f", str(seed)).exit_code == 0
    result = run("tag", "c999", "opinion", "-f", str(seed))
    assert (result.exit_code, result.stderr) == (1, f"Error: {seed}: no claim with id 'c999'\n")


def test_a_forged_record_is_not_trusted(seed: Path) -> None:
    assert run("tag", "c001", "opinion", "-f", str(seed)).exit_code == 0
    data = seed.read_bytes()
    facts = written.written_by_us(splice.digest_of(data))
    assert facts is not None
    root = cache.folder()
    assert root is not None
    mark = (
        root / "written" / hashlib.sha256(data).hexdigest()[:2] / hashlib.sha256(data).hexdigest()
    )
    mark.write_bytes(b"0" * 64 + b"\n" + mark.read_bytes().partition(b"\n")[2])
    assert written.written_by_us(splice.digest_of(data)) is None
    with Counting() as counting:
        assert run("tag", "c002", "opinion", "-f", str(seed)).exit_code == 0
    assert counting.full == 1
