"""Loading hostile claim files (thirty-seventh round), through the real `claimcheck`
command: a file of more values than a claim file may hold is refused before it is built,
many problems are printed in linear time, timestamps ahead of the clock are refused, and
a base URL with a fragment is refused."""

from __future__ import annotations

import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.terminal import CLAIMCHECK, run

HEAD = """\
schema_version: 1
article:
  id: school-meals
  title: School meals
  text: Free meals reach every pupil. The council pays for them.
"""


def test_a_file_of_more_values_than_a_claim_file_holds_is_refused(tmp_path: Path) -> None:
    """Some 2 MB of one-character numbers: a million values, each a node, a Python value
    and (in a list of claims) three validation errors: gigabytes, before the cap."""
    path = tmp_path / "claims.yaml"
    path.write_text(HEAD + "claims: [" + "1," * 1_000_001 + "]\n")
    before = path.read_bytes()
    done = run("validate", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        "Error: claims.yaml: holds more than 1,000,000 values, more than a claim file may "
        "(20,000 claims hold some 600,000); not loaded\n"
    )
    assert path.read_bytes() == before


def test_a_file_of_many_commas_in_its_text_still_loads(tmp_path: Path) -> None:
    """The bound counted from `-`, `:` and `,` is only a bound: text full of them loads."""
    words = "one, two - three: " * 200_000  # 3.6 MB, 1.4 million marks, one value
    (tmp_path / "claims.yaml").write_text(
        HEAD + "claims:\n- id: c001\n  text: Free meals reach every pupil.\n"
        "  passage: {quote: Free meals reach every pupil., start: 0, end: 29}\n"
        f"  note: '{words}'\n"
    )
    done = run("validate", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_thirty_thousand_problems_are_printed_in_linear_time(tmp_path: Path) -> None:
    """Each problem line was appended to one string kept for the replay cache, copying
    all of it each time: 32,000 empty claims took six minutes; now seconds."""
    (tmp_path / "claims.yaml").write_text(HEAD + "claims:\n" + "- {}\n" * 30_000)
    start = time.monotonic()
    done = subprocess.run(
        [CLAIMCHECK, "validate"], cwd=tmp_path, capture_output=True, text=True,
        stdin=subprocess.DEVNULL, timeout=150,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.count("\n") == 90_000
    assert done.stderr.startswith("Error: claims.yaml:7: claims[0].id: required field is missing\n")
    assert time.monotonic() - start < 150


REVIEWED = """\
claims:
- id: c001
  text: Free meals reach every pupil.
  passage:
    quote: Free meals reach every pupil.
    start: 0
    end: 29
  reviews:
  - by: ann
    at: '{at}'
    label: opinion
"""


def _reviewed(tmp_path: Path, ahead: timedelta) -> Path:
    at = (datetime.now(UTC) + ahead).strftime("%Y-%m-%dT%H:%M:%SZ")
    path = tmp_path / "claims.yaml"
    path.write_text(HEAD + REVIEWED.format(at=at))
    return path


def test_a_review_dated_later_today_is_refused_as_the_journal_refuses_it(tmp_path: Path) -> None:
    """A claim file's stamps were allowed a day ahead, the journal's five minutes: a
    review dated tonight won every merge and undo until then."""
    path = _reviewed(tmp_path, timedelta(hours=20))
    before = path.read_bytes()
    for command in ("validate", "report"):
        done = run(command, cwd=tmp_path)
        assert (done.returncode, done.stdout) == (1, ""), command
        assert done.stderr.startswith("Error: claims.yaml:15: claims[0].reviews[0].at: "), command
        assert done.stderr.endswith(
            " is in the future (more than 5 minutes ahead of this machine's clock)\n"
        ), command
        assert done.stderr.count("\n") == 1
    assert path.read_bytes() == before


def test_a_review_from_a_clock_a_minute_fast_loads(tmp_path: Path) -> None:
    _reviewed(tmp_path, timedelta(minutes=1))
    done = run("validate", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_a_set_or_ordered_map_tag_is_refused_not_read_as_a_list(tmp_path: Path) -> None:
    """`!!set` and `!!omap` build a Python set or a list of pairs, which validation took
    for a list: `sources: !!set {a, b}` loaded without a word."""
    for tag, value in (("!!set", "{a, b}"), ("!!omap", "[a: 1]"), ("!!pairs", "[a: 1]")):
        path = tmp_path / "claims.yaml"
        path.write_text(HEAD + REVIEWED.split("  reviews:")[0] + f"  sources: {tag} {value}\n")
        done = run("validate", cwd=tmp_path)
        assert (done.returncode, done.stdout) == (1, ""), tag
        assert done.stderr == (
            f"Error: claims.yaml:13: claims[0].sources: {tag} values are not allowed in a "
            "claim file\n"
        )
