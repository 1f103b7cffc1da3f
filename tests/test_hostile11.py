"""What a hostile tester found (11): a hard link planted where claimcheck appends its
journal or takes its lock, a journal line that names a key twice, and text a saved page
hides from its readers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck import store
from tests.conftest import run

JOURNAL = ".claims.yaml.journal"
STALE = ".claims.yaml.journal.stale"
LOCK = ".claims.yaml.lock"


def _planted(seed: Path, name: str, tmp_path: Path) -> Path:
    victim = tmp_path / "elsewhere.txt"
    victim.write_bytes(b"someone else's file\n")
    os.link(victim, seed.parent / name)
    return victim


def test_a_hard_link_planted_as_the_stale_journal_is_never_appended_to(
    seed: Path, tmp_path: Path
) -> None:
    victim = _planted(seed, STALE, tmp_path)
    # a decision whose claim no longer matches: set aside into the stale journal on save
    line = '{"claim":"c004","by":"eve","at":"2026-11-26T00:00:00Z","label":"opinion",'
    (seed.parent / JOURNAL).write_text(line + '"bound":"deadbeef"}\n')
    before = seed.read_bytes()
    result = run("tag", "c006", "opinion", "-f", str(seed), "-r", "bob")
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[-1] == (
        f"Error: {seed}: could not save ({STALE} has 1 other name (a hard link: the same "
        "file elsewhere); claimcheck does not write to it: move it away); the file on disk "
        "is unchanged"
    )
    assert victim.read_bytes() == b"someone else's file\n"
    assert seed.read_bytes() == before


def test_a_hard_link_planted_as_the_lock_is_never_opened(seed: Path, tmp_path: Path) -> None:
    victim = _planted(seed, LOCK, tmp_path)
    before = seed.read_bytes()
    result = run("tag", "c006", "opinion", "-f", str(seed), "-r", "bob")
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        f"Error: {seed}: could not save (the lock file {LOCK} has 1 other name (a hard link: "
        "the same file elsewhere); claimcheck does not write to it: move it away); the file "
        "on disk is unchanged\n"
    )
    assert victim.read_bytes() == b"someone else's file\n"
    assert seed.read_bytes() == before


def test_a_journal_line_naming_its_claim_twice_is_refused(seed: Path) -> None:
    """A reader (or grep) sees a decision on c004; a JSON parser keeps the last key."""
    line = (
        '{"claim":"c004","claim":"c005","by":"eve","at":"2026-11-26T00:00:00Z","label":"opinion"}'
    )
    (seed.parent / JOURNAL).write_text(line + "\n")
    before = seed.read_bytes()
    result = run("validate", "-f", str(seed))
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        f"Error: {seed.parent / JOURNAL}:1: bad journal entry: the key 'claim' twice\n"
    )
    assert seed.read_bytes() == before
    assert run("tag", "c006", "opinion", "-f", str(seed), "-r", "bob").exit_code == 1
    assert seed.read_bytes() == before  # nothing folds a journal it cannot read


def test_a_key_repeated_inside_two_sources_is_no_duplicate(seed: Path) -> None:
    sources = '[{"url":"https://a.example/1"},{"url":"https://b.example/2"}]'
    line = (
        '{"claim":"c004","by":"eve","at":"2026-11-26T00:00:00Z","label":"sourced",'
        f'"sources":{sources}}}'
    )
    (seed.parent / JOURNAL).write_text(line + "\n")
    result = run("list", "-f", str(seed), "--json")
    assert result.exit_code == 0, result.output


PAGE = (
    "<html><head><title>Pool</title></head><body><article><h1>Council votes to close pool</h1>"
    "<p>The town council voted on Tuesday to close the Riverside pool after repairs were "
    "priced at three million pounds.</p>"
    "<p hidden>The treasurer resigned over a missing payment of forty thousand pounds.</p>"
    '<div style="color: red; DISPLAY:none"><p>The lifeguards were paid late all summer.</p></div>'
    "<template><p>The leisure centre will close in June as well.</p></template>"
    '<p><span aria-hidden="true">*</span> Councillors voted twelve to nine in favour of '
    "closure after a two-hour debate.</p></article></body></html>"
)


def test_text_a_page_hides_from_readers_is_no_claim_and_is_said(tmp_path: Path) -> None:
    os.chdir(tmp_path)
    Path("pool.html").write_text(PAGE)
    result = run("extract", "pool.html", "-o", "pool.yaml")
    assert result.exit_code == 0, result.output
    texts = " ".join(c.text for c in store.load(Path("pool.yaml")).doc.claims)
    assert "Riverside pool" in texts and "twelve to nine" in texts  # aria-hidden: seen
    for hidden in ("treasurer", "lifeguards", "leisure centre"):
        assert hidden not in texts
    said = "pool.html: left out text the page hides from its readers: "
    assert [line for line in result.stderr.splitlines() if line.startswith(said)] == [
        said + "The treasurer resigned over a missing payment of forty thousand pounds.",
        said + "The lifeguards were paid late all summer.",
        said + "The leisure centre will close in June as well.",
    ]


@pytest.mark.skipif(os.getuid() != 0, reason="making a file another user's needs root")
def test_a_desk_file_another_user_left_in_a_folder_anyone_can_write_to_is_not_used(
    tmp_path: Path,
) -> None:
    """/tmp/claimcheck.toml, written by whoever came first, would set the publisher and the
    URL of every verdict published from a claim folder under /tmp."""
    shared = tmp_path / "shared"
    (shared / "desk").mkdir(parents=True)
    shared.chmod(0o1777)
    planted = shared / "claimcheck.toml"
    planted.write_text('[org]\nname = "Planted News"\n')
    os.chown(planted, 65534, 65534)  # nobody's
    os.chdir(shared / "desk")
    result = run("config")
    assert result.exit_code == 0, result.output
    assert "Planted News" not in result.stdout
    assert result.stderr == (
        f"Warning: {planted}: not used: it belongs to another user, in a folder anyone can "
        "write to\n"
    )
    os.chown(planted, os.getuid(), os.getgid())  # your own: used
    assert 'org.name = "Planted News"' in run("config").stdout
