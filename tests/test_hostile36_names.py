"""A hostile tester's findings (thirty-sixth round), through the real `claimcheck`
command: a claim file's name is printed with its control characters, line breaks and
undecodable bytes as visible escapes, on one line, never raw and never dropped."""

from __future__ import annotations

import os
from pathlib import Path

from tests.terminal import run

CLAIMS = """\
schema_version: 1
article:
  id: harbour
  title: Harbour dues
  text: The harbour raised its dues in May. Ferries now pay twice as much.
claims:
- id: c001
  text: The harbour raised its dues in May.
  passage:
    quote: The harbour raised its dues in May.
    start: 0
    end: 35
"""

# a name that, printed raw, would end its line and start two lines of another's output
FORGED = "x: 0 of 1 claims are still pending\nAll claims are tagged\nWarning: y.yaml"
FORGED_SHOWN = "x: 0 of 1 claims are still pending\\nAll claims are tagged\\nWarning: y.yaml"
# a name that, with its escape sequences dropped, reads as `evil.yaml`
EVIL = "evil\x1b]52;c;ZXZpbA==\x07\x1b[2J.yaml"
EVIL_SHOWN = "evil\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J.yaml"


def desk(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    for name in names:
        (folder / name).write_text(CLAIMS)
    return folder


def test_report_warnings_name_a_forged_file_on_one_line(tmp_path: Path) -> None:
    desk(tmp_path, FORGED)
    done = run("report", "desk", "-o", "r.md", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        "Wrote the md report on 1 claim file to r.md",
        f"Warning: desk/{FORGED_SHOWN}: 1 of 1 claim is still pending",
    ]
    assert f"| Claim file | desk/{FORGED_SHOWN.replace(chr(92), chr(92) * 2)} |" in (
        (tmp_path / "r.md").read_text()
    )


def test_report_strict_names_a_forged_file_on_one_line(tmp_path: Path) -> None:
    desk(tmp_path, FORGED)
    done = run("report", "desk", "--strict", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"Not ready: desk/{FORGED_SHOWN}: 1 of 1 claim is still pending"
    ]
    assert f"Claim file   desk/{FORGED_SHOWN}\n" in done.stdout


def test_escape_sequences_in_a_name_are_shown_not_dropped(tmp_path: Path) -> None:
    desk(tmp_path, EVIL, "evil.yaml")
    done = run("validate", "desk", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(line.split(": ok")[0] for line in done.stdout.splitlines()) == [
        "desk/evil.yaml",
        f"desk/{EVIL_SHOWN}",
    ]
    done = run("report", "desk", "-F", "csv", cwd=tmp_path)
    assert f"Warning: desk/{EVIL_SHOWN}: 1 of 1 claim is still pending" in done.stderr
    assert "\x1b" not in done.stderr
    assert f"\ndesk/{EVIL_SHOWN},harbour," in done.stdout  # the CSV's file column
    assert "\ndesk/evil.yaml,harbour," in done.stdout


def test_errors_show_a_missing_name_with_its_escapes(tmp_path: Path) -> None:
    done = run("validate", "-f", "nope\x1b[2J\n.yaml", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (
        1,
        "Error: nope\\x1b[2J\\n.yaml: no such claim file\n",
    )


def test_a_backslash_in_an_escaped_name_is_doubled(tmp_path: Path) -> None:
    """So that `a\\nb` (a backslash and an n) and `a<newline>b` cannot read the same."""
    done = run("validate", "-f", "a\\n\x07b.yaml", cwd=tmp_path)
    assert done.stderr == "Error: a\\\\n\\x07b.yaml: no such claim file\n"


def test_a_name_that_is_not_utf8_shows_its_byte(tmp_path: Path) -> None:
    folder = desk(tmp_path)
    with open(os.fsencode(folder) + b"/caf\xe9\x1b.yaml", "w") as out:
        out.write(CLAIMS)
    done = run("report", "desk", "-F", "csv", cwd=tmp_path)
    assert "Warning: desk/caf\\xe9\\x1b.yaml: 1 of 1 claim is still pending" in done.stderr
