from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.decisions import decide
from claimcheck.errors import Conflict, InvalidClaimFile, WriteFailed
from claimcheck.models import Label, Source
from tests.conftest import DATA, ROOT


def test_bundled_file_round_trips_byte_for_byte() -> None:
    """The bundled file is version 1 and has no decisions: saved, only its version moves."""
    original = (DATA / "claims.yaml").read_bytes()
    assert original.startswith(b"schema_version: 1\n")
    loaded = store.load(DATA / "claims.yaml")
    saved = store.dump(loaded.doc, loaded.header)
    assert saved == original.replace(b"schema_version: 1\n", b"schema_version: 2\n", 1)
    again = store.parse(saved, DATA / "claims.yaml")[0]
    assert store.dump(again, loaded.header) == saved


def test_an_unchanged_version_1_file_is_not_rewritten(seed: Path) -> None:
    before = seed.read_bytes()
    store.update(seed, lambda loaded: None)
    store.fold(seed)
    assert seed.read_bytes() == before


def test_bundled_file_is_curated() -> None:
    doc = store.load(DATA / "claims.yaml").doc
    assert 80 <= len(doc.claims) <= 120
    assert all(c.label is None for c in doc.claims)
    assert [c.id for c in doc.claims] == [f"c{i:03d}" for i in range(1, len(doc.claims) + 1)]
    quotes = [c.passage.quote for c in doc.claims]
    # none of the chrome, byline, questions or duplicated headings became a claim
    for junk in ("Like", "Sign in", "By Info", "?", "🤬", "Creatd"):
        assert not any(junk in q for q in quotes), junk


def test_header_comments_survive_a_save(seed: Path) -> None:
    text = seed.read_text()
    seed.write_text("# yaml-language-server: $schema=claims.schema.json\n" + text)
    store.fold(seed)
    store.update(seed, lambda loaded: None)
    assert seed.read_text().startswith("# yaml-language-server: $schema=claims.schema.json\nschema")


def test_update_saves_atomically_and_leaves_no_temp_files(seed: Path) -> None:
    def tag(loaded: store.Loaded) -> None:
        claim = loaded.doc.claims[0]
        from claimcheck.decisions import apply_decision

        apply_decision(claim, decide(claim, "ana", Label.OPINION))

    store.update(seed, tag)
    assert store.load(seed).doc.claims[0].label is Label.OPINION
    assert sorted(p.name for p in seed.parent.iterdir()) == [
        ".claims.yaml.lock",
        "article.txt",
        "claims.yaml",
    ]


def test_save_refuses_to_overwrite_someone_elses_change(seed: Path) -> None:
    loaded = store.load(seed)
    other = seed.read_text().replace("Putin survived the Wagner uprising.", "Edited elsewhere.")
    seed.write_text(other)
    loaded.doc.claims[1].section = "mine"
    with pytest.raises(Conflict, match="changed on disk by someone else"):
        store.save(loaded)
    assert seed.read_text() == other


def test_read_only_file_is_not_replaced(seed: Path) -> None:
    seed.chmod(0o444)
    before = seed.read_bytes()
    with pytest.raises(WriteFailed, match="read-only"):
        store.update(seed, lambda loaded: setattr(loaded.doc.claims[0], "section", "x"))
    assert seed.read_bytes() == before


def test_read_only_check_does_not_depend_on_root(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    before = seed.read_bytes()
    with pytest.raises(WriteFailed, match=r"could not save \(the file is read-only\)"):
        store.update(seed, lambda loaded: setattr(loaded.doc.claims[0], "section", "x"))
    assert seed.read_bytes() == before


def test_failed_write_keeps_the_old_file(seed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = seed.read_bytes()

    def full(fd: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(WriteFailed, match="No space left on device"):
        store.update(seed, lambda loaded: setattr(loaded.doc.claims[0], "section", "x"))
    monkeypatch.undo()
    assert seed.read_bytes() == before
    assert not [p for p in seed.parent.iterdir() if p.name.endswith(".tmp")]


def test_save_writes_through_a_symlink(seed: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.yaml"
    link.symlink_to(seed)
    store.update(link, lambda loaded: setattr(loaded.doc.claims[0], "section", "via link"))
    assert link.is_symlink()
    assert store.load(seed).doc.claims[0].section == "via link"


def test_journal_is_replayed_and_folded_once(seed: Path) -> None:
    claim = store.load(seed).doc.claims[2]
    at = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    sources = [Source(url="https://example.org/report")]
    with store.locked(seed):
        store.append_decisions(seed, [decide(claim, "ana", Label.SOURCED, sources, at=at)])
    # a torn last line (a crash mid-write) was never confirmed and is ignored
    with store.journal_path(seed).open("ab") as fh:
        fh.write(b'{"claim": "c001", "by": "ana", "at": "2026-01')
    loaded = store.load(seed)
    assert loaded.doc.claims[2].label is Label.SOURCED
    assert loaded.doc.claims[0].label is None
    store.fold(seed)
    assert not store.journal_path(seed).exists()
    # folding again, or replaying a stale copy of the journal, changes nothing
    with store.locked(seed):
        store.append_decisions(seed, [decide(claim, "ana", Label.SOURCED, sources, at=at)])
    folded = store.load(seed)
    assert len(folded.doc.claims[2].history) == 2  # label and sources, recorded once
    assert [c.field for c in folded.doc.claims[2].history] == ["label", "sources"]


def test_parsing_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    import gc

    data = (ROOT / "data" / "claims.yaml").read_bytes()
    (tmp_path / "article.txt").write_bytes((ROOT / "data" / "article.txt").read_bytes())
    assert gc.isenabled()
    store.parse(data, tmp_path / "claims.yaml")
    assert gc.isenabled()
    gc.disable()
    try:
        store.parse(data, tmp_path / "claims.yaml")
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(InvalidClaimFile):  # and on the way out through an error
        store.parse(b"schema_version: 1\n", tmp_path / "claims.yaml")
    assert gc.isenabled()
