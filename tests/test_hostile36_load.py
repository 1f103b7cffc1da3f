"""A hostile tester's findings (thirty-sixth round), through the real `claimcheck`
command: an offset of thousands of digits is said by its size, and two ids that differ
only in case are one id twice."""

from __future__ import annotations

from pathlib import Path

from tests.terminal import run

CLAIMS = """\
schema_version: 1
article:
  id: school-meals
  title: School meals
  text: Free meals reach every pupil. The council pays for them.
claims:
- id: {first}
  text: Free meals reach every pupil.
  passage:
    quote: Free meals reach every pupil.
    start: {start}
    end: 29
- id: {second}
  text: The council pays for free school meals.
  passage:
    quote: The council pays for them.
    start: 30
    end: 56
"""


def test_an_offset_of_thousands_of_digits_is_said_by_its_size(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text(
        CLAIMS.format(first="c001", second="c002", start="7" * 3000)
    )
    done = run("validate", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        "Error: claims.yaml:11: claims[0].passage.start: a number of 3000 digits is too large\n"
    )


def test_ids_that_differ_only_in_case_are_a_duplicate(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text(CLAIMS.format(first="c001", second="C001", start=0))
    for command in ("validate", "report"):
        done = run(command, cwd=tmp_path)
        assert (done.returncode, done.stdout) == (1, ""), command
        assert done.stderr == (
            "Error: claims.yaml:13: claims[1].id: duplicate id 'C001' (first at claims[0] as "
            "'c001': ids must differ in more than case)\n"
        )


def test_ids_that_differ_in_more_than_case_load(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text(CLAIMS.format(first="C001", second="C002", start=0))
    done = run("validate", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
