"""A hostile tester's leftovers (tenth round), each through the real `claimcheck` command:
its exit code and exact message. Outputs that are not regular files, numbers YAML 1.1
reads as other numbers, a message about a file that never existed, and Ctrl-C on extract."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.terminal import CLAIMCHECK


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLAIMCHECK, *args], cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


def _edited(seed: Path, old: str, new: str) -> bytes:
    """The seed claim file with the first `old` replaced by `new`, written; its bytes."""
    text = seed.read_text(encoding="utf-8")
    assert old in text
    seed.write_text(text.replace(old, new, 1), encoding="utf-8")
    return seed.read_bytes()


# ------------------------------------------------------- 2: a boolean is no whole number

VERSION_REFUSED = "schema_version: Input should be 1 or 2, a whole number"


@pytest.mark.parametrize(("value", "got"), [("true", "True"), ("1.0", "1.0"), ("false", "False")])
def test_a_schema_version_that_is_not_a_whole_number_is_refused(
    seed: Path, value: str, got: str
) -> None:
    before = _edited(seed, "schema_version: 1\n", f"schema_version: {value}\n")
    for command in (["validate", "--no-cache"], ["list"], ["tag", "c001", "opinion"]):
        done = cli(*command, "-f", "claims.yaml", cwd=seed.parent)
        assert (done.returncode, done.stderr) == (
            1,
            f"Error: claims.yaml:1: {VERSION_REFUSED} (got {got})\n",
        ), done
        assert seed.read_bytes() == before


@pytest.mark.parametrize(
    ("field", "old", "new", "got"),
    [
        ("claims[0].passage.start", "start: 93", "start: true", "True"),
        ("claims[0].passage.end", "end: 136", "end: false", "False"),
    ],
)
def test_an_offset_that_is_a_boolean_is_refused(
    seed: Path, field: str, old: str, new: str, got: str
) -> None:
    before = _edited(seed, old, new)
    done = cli("validate", "-f", "claims.yaml", cwd=seed.parent)
    line = 16 if "start" in field else 17
    assert (done.returncode, done.stderr) == (
        1,
        f"Error: claims.yaml:{line}: {field}: Input should be a valid integer (got {got})\n",
    )
    assert seed.read_bytes() == before


# ------------------------------------------------- 3: numbers are plain decimal, nothing else

DECIMAL_ONLY = "numbers are written in decimal digits only"


@pytest.mark.parametrize(
    "value",
    ["190:20:30", "1:33", "0x5D", "017", "0o17", "0b1011101", "1_000", ".inf", "-.inf", ".nan"],
)
def test_a_yaml_1_1_number_in_an_offset_is_refused_not_read_as_another_number(
    seed: Path, value: str
) -> None:
    # `190:20:30` is base 60 in YAML 1.1 (685230), `017` octal (15), `0x5D` is 93: each
    # was read as a number the reviewer never wrote
    before = _edited(seed, "start: 93", f"start: {value}")
    for command in (["validate", "--no-cache"], ["show", "c001"], ["tag", "c001", "opinion"]):
        done = cli(*command, "-f", "claims.yaml", cwd=seed.parent)
        assert (done.returncode, done.stderr) == (
            1,
            f"Error: claims.yaml:16: claims[0].passage.start: Input should be a valid "
            f"integer (got '{value}'): {DECIMAL_ONLY}\n",
        ), done
        assert seed.read_bytes() == before


@pytest.mark.parametrize("value", ["93", "+93"])
def test_a_decimal_offset_is_read_as_written(seed: Path, value: str) -> None:
    _edited(seed, "start: 93", f"start: {value}")
    done = cli("validate", "-f", "claims.yaml", "--no-cache", cwd=seed.parent)
    assert (done.returncode, done.stderr) == (0, ""), done


@pytest.mark.parametrize("value", ["12:30", "0x1F", "1_000", "017", ".inf"])
def test_a_number_like_text_in_a_text_field_stays_the_text_written(seed: Path, value: str) -> None:
    # YAML 1.1 made `author: 12:30` the number 750, which a text field refused
    _edited(seed, "author: Info", f"author: {value}")
    done = cli("report", "-f", "claims.yaml", "-F", "json", cwd=seed.parent)
    assert done.returncode == 0, done.stderr
    assert f'"author": "{value}"' in done.stdout
    assert cli("tag", "c001", "opinion", "-f", "claims.yaml", cwd=seed.parent).returncode == 0
    assert f"author: '{value}'\n" in seed.read_text(encoding="utf-8")  # quoted: any reader


SNAPSHOT = """\
  reviews:
  - by: tester
    at: 2026-01-02T10:00:00Z
    label: sourced
    sources:
    - url: https://example.org/a
      snapshot:
        sha256: {sha}
        at: 2026-01-02T10:00:00Z
        content_type: text/html
        size: {size}
        proof:
          match: exact
          score: {score}
"""


@pytest.mark.parametrize(
    ("size", "score", "field", "message"),
    [
        ("12", "true", "score", "Input should be a valid number (got True)"),
        ("12", ".nan", "score", f"Input should be a valid number (got '.nan'): {DECIMAL_ONLY}"),
        ("12", "1_00.0", "score", f"Input should be a valid number (got '1_00.0'): {DECIMAL_ONLY}"),
        ("true", "100", "size", "Input should be a valid integer (got True)"),
        ("0x10", "100", "size", f"Input should be a valid integer (got '0x10'): {DECIMAL_ONLY}"),
    ],
)
def test_a_snapshot_s_numbers_are_strict_too(
    seed: Path, size: str, score: str, field: str, message: str
) -> None:
    block = SNAPSHOT.format(sha="ab" * 32, size=size, score=score)
    before = _edited(
        seed,
        "  section: Standfirst\n",
        "  section: Standfirst\n" + block,
    )
    done = cli("validate", "-f", "claims.yaml", "--no-cache", cwd=seed.parent)
    where = "sources[0].snapshot." + ("proof.score" if field == "score" else "size")
    assert done.returncode == 1, done
    assert f": claims[0].reviews[0].{where}: {message}\n" in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1
    assert seed.read_bytes() == before
