"""Hostile tester 15's findings in extraction, through the real command: one long word
of capitals that made the appositive pattern quadratic, and a fact-checker's verdict
under a quotation ("— FALSE") read as the name of its speaker."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from tests.terminal import CLAIMCHECK


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLAIMCHECK, *args], cwd=cwd, capture_output=True, text=True,
        stdin=subprocess.DEVNULL, timeout=240,
    )  # fmt: skip


def claim_texts(path: Path) -> list[str]:
    return [c["text"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]]


@pytest.mark.parametrize("word", ["A" * 100_000, "_A" * 50_000, "Ab" * 50_000])
def test_one_long_word_of_capitals_extracts_at_once(tmp_path: Path, word: str) -> None:
    # an appositive's head could start at each capital inside the word, and each start
    # read to the word's end: 32,000 capitals took 58 s, 64,000 over 300 s; now one start
    # a word (100,000 characters in about a second)
    (tmp_path / "a.txt").write_text(
        "Council shuts school\n\nThe council closed the school on Monday.\n\n"
        f"{word} closed the school.\n"
    )
    done = run("extract", "a.txt", "-o", "c.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert claim_texts(tmp_path / "c.yaml")[0] == "The council closed the school on Monday."


@pytest.mark.parametrize("verdict", ["— FALSE", "- Mostly True", "— Misleading", "- True"])
def test_a_verdict_under_a_quotation_is_no_speaker(tmp_path: Path, verdict: str) -> None:
    (tmp_path / "a.md").write_text(
        f'# Claims we checked\n\n"Vaccines cause autism."\n{verdict}\n\n'
        f'"The moon landing was staged." {verdict}\n'
    )
    done = run("extract", "a.md", "-o", "c.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    texts = claim_texts(tmp_path / "c.yaml")
    assert not [t for t in texts if " said" in t], texts
    assert '"Vaccines cause autism."' in texts


def test_a_name_under_a_quotation_still_signs_it(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        '# Voices\n\n"We will win the vote."\n- Ann Lee, chair\n\n"Rents are too high." - Tom Young\n'
    )
    done = run("extract", "a.md", "-o", "c.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert claim_texts(tmp_path / "c.yaml") == [
        'Ann Lee said: "We will win the vote."',
        'Tom Young said: "Rents are too high."',
    ]
