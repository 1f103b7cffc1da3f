"""One decision spliced into the file's bytes (claimfile.splice) writes exactly what the
full read-change-save writes, and is taken only when the file is one claimcheck wrote and
validated, with nothing journaled and the article text unchanged."""

from __future__ import annotations

import os
import shutil
import tempfile
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


def recorded(path: Path) -> bool:
    """Whether the file's bytes are bytes claimcheck recorded as written and validated."""
    data = path.read_bytes()
    record = written.written_by_us(splice.key_of([data]))
    if record is None:
        return False
    with path.open("rb") as fh:
        return spliced_bytes(fh.fileno(), len(data), record.table, (0, 1), data[:1]) == data


def spliced_bytes(
    fd: int, size: int, table: splice.Table, span: tuple[int, int], item: bytes,
    out: splice.Spliced | None = None,
) -> bytes | None:  # fmt: skip
    """What `splicing` yields, joined; None when it finds the bytes not recorded."""
    old = os.pread(fd, span[1] - span[0], span[0])
    pieces = splice.splicing(fd, size, table, span, old, item, out or splice.Spliced())
    try:
        return b"".join(bytes(piece) for piece in pieces)
    except splice.NotRecorded:
        return None


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


def check_twins(
    twins: Callable[[], tuple[Path, Path]], ops: list[tuple[int, str, Label | None, str | None]]
) -> None:
    fast, full = twins()
    for step, (n, by, label, note) in enumerate(ops):
        at = AT + timedelta(minutes=step)
        claim_id = f"c{n:03d}"
        assert recorded(fast)
        with Counting() as counting:
            said = decide(fast, claim_id, by, label, note, at)
        assert counting.full == 0  # spliced
        assert decide(full, claim_id, by, label, note, at, full=True) == said
        assert fast.read_bytes() == full.read_bytes()
        reloaded = store.load(fast)
        assert store.dump(reloaded.doc, reloaded.header) == fast.read_bytes()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(op, min_size=1, max_size=8))
def test_a_spliced_decision_writes_the_bytes_of_a_full_save(
    twins: Callable[[], tuple[Path, Path]], ops: list[tuple[int, str, Label | None, str | None]]
) -> None:
    check_twins(twins, ops)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(op, min_size=1, max_size=8))
def test_a_file_of_many_chunks_is_spliced_and_recorded_again(
    twins: Callable[[], tuple[Path, Path]],
    monkeypatch: pytest.MonkeyPatch,
    ops: list[tuple[int, str, Label | None, str | None]],
) -> None:
    """Chunks of 1 KiB: the bundled file is some 50 of them, so a claim's item falls
    inside one, across two or more, and the record of the new bytes keeps the hashes of
    the chunks it did not touch (each later decision checks them all)."""
    monkeypatch.setattr(splice, "CHUNK", 1024)
    check_twins(twins, ops)


@given(
    st.binary(min_size=1, max_size=3000),
    st.data(),
    st.binary(min_size=1, max_size=700),
)
def test_a_splice_writes_the_recorded_bytes_and_records_what_it_wrote(
    data: bytes, draw: st.DataObject, item: bytes
) -> None:
    start = draw.draw(st.integers(0, len(data) - 1))
    end = draw.draw(st.integers(start + 1, len(data)))
    chunk = draw.draw(st.sampled_from([16, 100, 1024]))
    new = data[:start] + item + data[end:]
    saved = splice.CHUNK
    splice.CHUNK = chunk
    try:
        table = splice.table_of(data)
        out = splice.Spliced()
        with tempfile.TemporaryFile() as old_file, tempfile.TemporaryFile() as new_file:
            old_file.write(data)
            old_file.flush()
            assert (
                spliced_bytes(old_file.fileno(), len(data), table, (start, end), item, out) == new
            )
            new_file.write(new)
            new_file.flush()
            assert recorded_as(new_file.fileno(), new, out.table)
            assert not recorded_as(new_file.fileno(), new, table) or new == data
            wrong = (table[0][0], "0" * 64)  # one chunk's hash not the bytes'
            assert spliced_bytes(old_file.fileno(), len(data), [wrong, *table[1:]],
                                 (start, end), item) is None  # fmt: skip
        assert all(0 < n < 2 * chunk for n, _ in out.table)
        offsets = [sum(n for n, _ in table[:i]) for i in range(len(table))]
        before = sum(at + n <= start for at, (n, _) in zip(offsets, table, strict=True))
        after = sum(at >= end for at in offsets)
        assert out.table[:before] == table[:before]  # not hashed again
        assert out.table[len(out.table) - after :] == table[len(table) - after :]
        assert out.key() == splice.key_of([new]) == splice.key_of([new[:7], new[7:]])
    finally:
        splice.CHUNK = saved


def recorded_as(fd: int, data: bytes, table: splice.Table) -> bool:
    return spliced_bytes(fd, len(data), table, (0, 1), data[:1]) == data


@given(
    st.lists(st.sampled_from(["c1", "c2", "c10", "x"]), max_size=8),
    st.sampled_from(["c1", "c2", "c10", "1"]),
    st.integers(8, 40),
)
def test_an_item_is_found_the_same_whatever_the_window(
    ids: list[str], wanted: str, window: int
) -> None:
    """The search reads the file a window at a time: a line that straddles two windows
    is found as in one read of the whole file."""
    text = "schema_version: 2\narticle:\n  text: |\n    - id: c1\n"
    text += "claims:\n" + "".join(f"- id: {i}\n  text: t\n" for i in ids)
    data = text.encode()
    saved = splice.WINDOW
    with tempfile.TemporaryFile() as fh:
        fh.write(data)
        fh.flush()
        try:
            splice.WINDOW = len(data) + 1
            whole = splice.find_item(fh.fileno(), len(data), wanted)
            splice.WINDOW = window
            assert splice.find_item(fh.fileno(), len(data), wanted) == whole
        finally:
            splice.WINDOW = saved
    if wanted in ids and wanted != "1":
        assert whole is not None
        assert data[whole[0] : whole[1]].startswith(f"- id: {wanted}\n".encode())
    else:
        assert whole is None


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
    assert recorded(seed)
    root = cache.folder()
    assert root is not None
    key = splice.key_of([data])
    mark = root / "written" / key[:2] / key
    mark.write_bytes(b"0" * 64 + b"\n" + mark.read_bytes().partition(b"\n")[2])
    assert written.written_by_us(key) is None
    with Counting() as counting:
        assert run("tag", "c002", "opinion", "-f", str(seed)).exit_code == 0
    assert counting.full == 1


def test_a_file_changed_where_its_record_s_name_does_not_look_is_not_spliced(
    seed: Path,
) -> None:
    """The record is filed under the length and the first and last 4 KiB of the bytes: a
    file changed only between them finds the record, fails its hashes and takes the full
    path, which finds what is wrong with it (here a passage moved off its quote)."""
    assert run("tag", "c001", "opinion", "-f", str(seed)).exit_code == 0  # recorded
    data = seed.read_bytes()
    middle = data.index(b"    start: 5233\n")
    tampered = data[:middle] + b"    start: 5234\n" + data[middle + 16 :]
    seed.write_bytes(tampered)
    assert splice.key_of([tampered]) == splice.key_of([data])
    with Counting() as counting:
        result = run("tag", "c002", "opinion", "-f", str(seed))
    assert counting.full == 1
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        f"Error: {seed}:723: claims[49].passage.quote: does not match the article text at "
        "5234-5310 (found 'he Free Russia Legion however is a cut …')\n"
    )
    assert seed.read_bytes() == tampered  # nothing written


def editor_saves(seed: Path) -> None:
    """What an editor's save does: the file written anew, not under claimcheck's lock."""
    before = seed.read_text()
    hint = "  hint:\n    kind: opinion\n    reasons:\n    - judged by hand\n- id: c051"
    assert hint in before
    seed.write_text(before.replace(hint, hint.replace("by hand", "by an editor")))


def both_kept(seed: Path) -> None:
    claims = store.load(seed).doc
    c050, c002 = claims.claim("c050"), claims.claim("c002")
    assert c050 is not None and c050.hint is not None
    assert c050.hint.reasons == ["judged by an editor"]
    assert c002 is not None and c002.label_name == "unverified"


def test_a_save_by_someone_else_as_the_stamp_is_taken_is_not_written_over(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor saves the file as `tag` takes the stamp its save is checked against.
    The stamp was taken after the file was read: the save fell between the two and was
    written over. It is now taken before anything is read."""
    assert run("tag", "c001", "opinion", "-f", str(seed)).exit_code == 0  # recorded
    stamping = store.Stamp.of
    edits: list[bool] = []

    def stamp_of(path: Path) -> store.Stamp:
        if not edits:
            edits.append(True)
            editor_saves(seed)
        return stamping(path)

    monkeypatch.setattr(store.Stamp, "of", stamp_of)
    result = run("tag", "c002", "unverified", "-f", str(seed))
    assert edits
    assert result.exit_code == 0, result.output
    both_kept(seed)


def test_a_save_by_someone_else_while_the_file_is_read_is_not_written_over(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor saves the file once `tag` has found the claim: the bytes read next are
    not the recorded ones, so the full path reads the file again and keeps both."""
    assert run("tag", "c001", "opinion", "-f", str(seed)).exit_code == 0  # recorded
    finding = splice.find_item
    edits: list[bool] = []

    def find_then_edit(*args: Any) -> Any:
        found = finding(*args)
        if not edits:
            edits.append(True)
            editor_saves(seed)
        return found

    monkeypatch.setattr(splice, "find_item", find_then_edit)
    with Counting() as counting:
        result = run("tag", "c002", "unverified", "-f", str(seed))
    assert edits
    assert (result.exit_code, counting.full) == (0, 1), result.output
    both_kept(seed)


@pytest.mark.parametrize(
    "resave",
    [lambda data: data.replace(b"\n", b"\r\n"), lambda data: b"\xef\xbb\xbf" + data],
    ids=["crlf", "bom"],
)
def test_a_recorded_file_saved_again_with_crlf_or_a_bom_takes_the_full_path(
    seed: Path, resave: Callable[[bytes], bytes]
) -> None:
    assert run("tag", "c001", "opinion", "-f", str(seed)).exit_code == 0  # recorded
    seed.write_bytes(resave(seed.read_bytes()))
    with Counting() as counting:
        assert run("tag", "c002", "opinion", "-f", str(seed)).exit_code == 0
    assert counting.full == 1
    saved = seed.read_bytes()
    assert not saved.startswith(b"\xef\xbb\xbf")  # a full save drops a BOM
    # and keeps the file's line ends: CRLF stays CRLF, every line of it
    crlf = b"\r\n" in resave(b"\n")
    assert saved.count(b"\r\n") == (saved.count(b"\n") if crlf else 0)
    assert recorded(seed)


def test_a_recorded_file_named_through_a_link_is_spliced_through_it(
    seed: Path, tmp_path: Path
) -> None:
    assert run("tag", "c001", "opinion", "-f", str(seed)).exit_code == 0  # recorded
    (tmp_path / "link.yaml").symlink_to(seed)
    with Counting() as counting:
        result = run("tag", "c002", "unverified", "-f", "link.yaml")
    assert (result.exit_code, counting.full) == (0, 0), result.output
    assert (tmp_path / "link.yaml").is_symlink()  # written through, as a full save is
    c002 = store.load(seed).doc.claim("c002")
    assert c002 is not None and c002.label_name == "unverified"
    assert recorded(seed)
