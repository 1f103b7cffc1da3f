"""Red team, resource limits: work grows in proportion to the input, counted in passes and
reads (not seconds, which depend on the machine and its load)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from claimcheck import confine
from claimcheck.claimfile import locate, yaml_dialect
from tests.conftest import run


def many_problems(n: int) -> bytes:
    """A claim file whose every claim's quote misses the article text: n problems."""
    claims = [
        {"id": f"c{i:05d}", "text": "x", "passage": {"quote": "nowhere", "start": 0, "end": 7}}
        for i in range(n)
    ]
    doc = {
        "schema_version": 1,
        "article": {"id": "a", "title": "A", "text": "The sky is blue."},
        "claims": claims,
    }
    return yaml.safe_dump(doc, sort_keys=False).encode()


@pytest.mark.parametrize("n", [10, 100, 2000])
def test_validate_locates_every_problem_in_one_pass(tmp_path: Path, n: int, monkeypatch) -> None:
    composed: list[str] = []
    real = yaml_dialect.compose

    def counting(text: str):
        composed.append(text)
        return real(text)

    monkeypatch.setattr(locate, "compose", counting)
    (tmp_path / "c.yaml").write_bytes(many_problems(n))
    result = run("validate", "-f", "c.yaml", "--no-cache")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == n
    assert (
        lines[-1]
        == f"Error: c.yaml:{10 + 6 * (n - 1)}: claims[{n - 1}].passage.quote: does not match the article text at 0-7 (found 'The sky')"
    )
    assert len(composed) == 1  # once for the file, whatever the number of problems


@pytest.mark.parametrize("size", [10, 10_000, 1_000_000])
def test_a_bounded_read_reads_at_most_the_limit_plus_one(
    tmp_path: Path, size: int, monkeypatch
) -> None:
    """/dev/zero never ends: the read stops one byte past the limit, in a few chunks."""
    reads: list[int] = []
    real = os.read

    def counting(fd: int, n: int) -> bytes:
        reads.append(n)
        return real(fd, n)

    monkeypatch.setattr(os, "read", counting)
    (tmp_path / "big").write_bytes(b"x" * (size + 5))
    with pytest.raises(confine.Refused, match="is larger than"):
        confine.read_regular(tmp_path / "big", size)
    assert sum(reads) <= size + 1 + confine.MiB and len(reads) <= size // confine.MiB + 2


def test_a_claim_file_over_the_limit_is_one_line(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(confine, "MAX_CLAIM_FILE", 64 * 1024)
    (tmp_path / "c.yaml").write_bytes(many_problems(2000))
    result = run("list", "-f", "c.yaml")
    assert (result.exit_code, result.stderr) == (1, "Error: c.yaml: is larger than 65536 bytes\n")


def test_extract_reads_no_fifo_or_device(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkfifo(tmp_path / "pipe.txt")  # nobody writes: a read would wait for ever
    result = run("extract", "pipe.txt", "-o", "x.yaml")
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: pipe.txt: is a pipe (FIFO), not a regular file; not an article\n",
    )
    result = run("extract", "/dev/zero", "-o", "x.yaml")
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: /dev/zero: is a device, not a regular file; not an article\n",
    )
    assert not (tmp_path / "x.yaml").exists()


def test_show_on_an_article_of_one_endless_line_shows_a_bounded_window(tmp_path: Path) -> None:
    """A 600,000-character paragraph: show prints the passage and some context, not all."""
    filler = "word " * 120_000
    text = f"{filler}The sky is blue. {filler}"
    at = len(filler)
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "c.yaml").write_text(
        "schema_version: 1\narticle:\n  id: long\n  title: Long\n  text_path: a.txt\nclaims:\n"
        f"- id: c001\n  text: The sky is blue.\n  passage:\n    quote: The sky is blue.\n"
        f"    start: {at}\n    end: {at + 16}\n"
    )
    result = run("show", "c001", "-f", str(tmp_path / "c.yaml"))
    assert result.exit_code == 0, result.output
    assert "[[The sky is blue.]]" in result.stdout
    assert len(result.stdout) < 20_000
    assert result.stdout.count("…") >= 2  # cut on both sides, and says so


# Shapes a hostile article can take that once made a rule backtrack or rescan: each took
# quadratic time (a line of spaces: 80 KB 15 s; a sentence of "not only" without "but":
# 100 KB 97 s). 1 MB of each would take most of an hour that way; linear, seconds. The
# timeout is far above any machine's linear time, far below the quadratic one.
HOSTILE_SHAPES = {
    "a line of spaces": "Title of the piece\n\nA" + " " * (1 << 20) + "b\n",
    "not only, never but": "Title\n\nThe storm " + "not only rose " * 75000 + "rose.\n",
    # the separator of list items and of gapped phrases, tried at every space of the run
    # (16,000 characters 3.9 s, 1 MB some hours)
    "a list after a colon, then spaces": (
        "Title\n\nPrices rose: " + "THE " * 65000 + " " * (1 << 20) + "and fell.\n"
    ),
    "a number, capitals, then spaces": (
        "Title\n\nLabour won 200 seats " + "THE " * 65000 + " " * (1 << 20) + "and fell 4.\n"
    ),
}


@pytest.mark.timeout(600)
@pytest.mark.parametrize("shape", list(HOSTILE_SHAPES))
def test_extract_stays_linear_on_hostile_shapes(tmp_path: Path, shape: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(HOSTILE_SHAPES[shape])
    done = subprocess.run(
        [str(Path(sys.executable).with_name("claimcheck")), "extract", str(article),
         "-o", str(tmp_path / "c.yaml")],
        capture_output=True, text=True, timeout=590, check=False,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
