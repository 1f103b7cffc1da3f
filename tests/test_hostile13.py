"""Hostile tester 13: a start tag of thousands of attributes (the parser checks each one
against every earlier one, so it cost their square), and a reference to a noncharacter
that made the extractor give up on the whole page."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from claimcheck import deskfile
from claimcheck.extract import ingest
from tests.conftest import DATA, run

PARAGRAPHS = "".join(
    f"<p>The council shut school number {i} in Leeds on Monday after rents rose {i} percent.</p>"
    for i in range(6)
)


def _attributes_page(n: int, hidden: bool = False) -> str:
    attributes = " ".join(f"a{i}=b" for i in range(n)) + (" hidden" if hidden else "")
    return (
        f"<html><head><title>T</title></head><body><article>{PARAGRAPHS}"
        f"<p {attributes}>The depot was sold to a developer last year.</p>"
        "</article></body></html>"
    )


def _read_cpu(path: Path) -> float:
    best = float("inf")
    for _ in range(2):
        began = time.process_time()
        ingest.read(str(path))
        best = min(best, time.process_time() - began)
    return best


def test_a_tag_of_many_attributes_costs_linear_time(tmp_path: Path) -> None:
    small, large = tmp_path / "small.html", tmp_path / "large.html"
    small.write_text(_attributes_page(5_000))
    large.write_text(_attributes_page(20_000))
    a, b = _read_cpu(small), _read_cpu(large)
    # linear: about 4 times (less, with the extractor's fixed cost); quadratic was 16
    assert b < 8 * max(a, 0.05), (a, b)


def test_a_tag_of_many_attributes_is_read_and_said(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(_attributes_page(5_000))
    out = tmp_path / "claims.yaml"
    result = run("extract", str(page), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert (
        f"{page}: a tag has more than 200 attributes; only the first of them were read"
        in result.stderr
    )
    assert "The depot was sold to a developer last year." in out.read_text()


def test_hidden_past_the_cap_still_hides(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(_attributes_page(5_000, hidden=True))
    out = tmp_path / "claims.yaml"
    result = run("extract", str(page), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "The depot was sold" not in out.read_text()
    assert "The council shut school number 2 in Leeds on Monday." in out.read_text()


@pytest.mark.parametrize(
    "reference", ["&#xFFFE;", "&#xFFFF;", "&#65535;", "&#xfdd0;", "&#x10FFFF;"]
)
def test_a_noncharacter_reference_loses_nothing_else(tmp_path: Path, reference: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><p>The council closed the pool on Monday.</p>"
        f"<p>The mayor said fares rose 4 percent in 2025 {reference} as well.</p>"
        "<p>Police fined 30 drivers in York on Sunday.</p></article></body></html>"
    )
    out = tmp_path / "claims.yaml"
    result = run("extract", str(page), "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "The mayor said fares rose 4 percent in 2025 as well." in text
    assert "Police fined 30 drivers in York on Sunday." in text


def test_an_unknown_key_is_shortened_in_its_message(seed: Path) -> None:
    """A key of 100,000 characters made an error line as long."""
    text = seed.read_text()
    key = "k" * 100_000
    bad = text.replace("schema_version:", f"? {key}\n: v\nschema_version:", 1)
    seed.write_text(bad)
    line = bad[: bad.index(key)].count("\n") + 2  # the line of its value
    result = run("validate", "-f", str(seed))
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        f"Error: {seed}:{line}: {'k' * 39}…: unknown field (check the spelling)\n"
    )
    assert seed.read_text() == bad


@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_a_desk_file_that_is_no_file_is_said_not_passed_over(tmp_path: Path, kind: str) -> None:
    """A folder or a pipe named claimcheck.toml was skipped without a word, and the desk
    file of the folder above used instead (a link there is said)."""
    (tmp_path / "claimcheck.toml").write_text('[org]\nname = "Upper Desk"\n')
    sub = tmp_path / "sub"
    sub.mkdir()
    for name in ("article.txt", "claims.yaml"):
        shutil.copy(DATA / name, sub / name)
    desk = sub / "claimcheck.toml"
    desk.mkdir() if kind == "folder" else os.mkfifo(desk)
    result = run("config", "-f", str(sub / "claims.yaml"))
    assert result.exit_code == 1, result.output
    assert result.stderr == f"Error: {deskfile.shown(desk)}: not a regular file\n"
    assert "Upper Desk" not in result.output
