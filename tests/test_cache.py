"""The report cache: used when nothing changed, never when anything did."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.models import Decision
from tests.conftest import run


def entries() -> list[Path]:
    return sorted(Path(os.environ["CLAIMCHECK_CACHE_DIR"]).rglob("*.json.z"))


def forbid_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed a file the cache should have answered for")

    monkeypatch.setattr(store, "load", refuse)


@pytest.mark.parametrize("fmt", ["json", "md", "csv", "term"])
def test_an_unchanged_file_is_not_parsed_again(
    seed: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    first = run("report", "-F", fmt)
    assert first.exit_code == 0 and len(entries()) == 1
    forbid_parsing(monkeypatch)
    second = run("report", "-F", fmt)
    assert second.exit_code == 0, second.stderr
    assert second.stdout == first.stdout
    assert (
        run("validate").stdout
        == "claims.yaml: ok, 114 claims (0 sourced, 0 unverified, 0 opinion, 114 pending)\n"
    )


def test_any_change_misses(seed: Path) -> None:
    assert run("report", "-F", "json").exit_code == 0
    assert run("tag", "c001", "opinion").exit_code == 0  # the YAML changes
    assert '"opinion": 1,' in run("report", "-F", "json").stdout
    store.append_decisions(  # only the journal changes
        seed,
        [Decision(claim="c002", by="ana", at=datetime(2026, 11, 24, tzinfo=UTC), label="opinion")],
    )
    assert '"opinion": 2,' in run("report", "-F", "json").stdout
    assert run("validate").stdout.endswith("; 1 decision in the journal\n")
    assert len(entries()) == 3


def test_an_article_edited_in_place_is_not_served_from_the_cache(seed: Path) -> None:
    assert run("validate").exit_code == 0
    article = seed.with_name("article.txt")
    article.chmod(0o644)
    article.write_text(article.read_text() + "\nA new line.\n")
    result = run("validate")
    assert result.exit_code == 1
    assert "the article text has changed since the claims were anchored" in result.stderr


def test_a_torn_cache_entry_is_a_miss_and_is_rewritten(seed: Path) -> None:
    expected = run("report", "-F", "md").stdout
    (entry,) = entries()
    entry.write_bytes(b"not zlib at all")
    assert run("report", "-F", "md").stdout == expected
    assert entry.read_bytes() != b"not zlib at all"


def test_the_cache_can_be_turned_off(seed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("report", "--no-cache").exit_code == 0
    assert run("validate", "--no-cache").exit_code == 0
    monkeypatch.setenv("CLAIMCHECK_CACHE", "off")
    assert run("report").exit_code == 0
    assert entries() == []


def test_a_decision_journaled_while_the_file_is_read_is_not_cached_as_absent(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key and the report are made of the same journal bytes: a decision appended
    while the claim file was being parsed is in neither (the next read sees it)."""
    from claimcheck import cache
    from claimcheck.claimfile import journal as journal_module
    from claimcheck.models import Label

    loaded = store.load(seed)
    claim = loaded.doc.claim("c001")
    assert claim is not None
    decision = Decision(claim="c001", by="ana", at=datetime.now(UTC), label=Label.OPINION,
                        bound=store.bound(loaded.doc, claim))  # fmt: skip
    real = journal_module.journal_bytes

    def then_a_decision(path: Path) -> bytes | None:
        data = real(path)
        with store.locked(path):
            store.append_decisions(path, [decision])  # while the file is parsed
        return data

    monkeypatch.setattr(journal_module, "journal_bytes", then_a_decision)
    root = cache.folder()
    first = cache.report_of(seed, root).report
    assert first.claims[0].label is None and first.summary.opinion == 0
    monkeypatch.setattr(journal_module, "journal_bytes", real)
    again = cache.report_of(seed, root).report  # the journal now holds it: another key
    assert again.claims[0].label is Label.OPINION
