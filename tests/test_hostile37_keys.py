"""A hostile tester's findings (thirty-seventh round), through the real `claimcheck`
command: an unknown key that holds a terminal escape is shown escaped in the error, as a
file name is, not printed with the escape silently taken out."""

from __future__ import annotations

from pathlib import Path

from tests.terminal import run

CLAIMS = """\
schema_version: 1
"so\\x1b[2Jurce": x
article:
  id: tram-fares
  title: Tram fares
  text: Tram fares rose in June.
claims:
- id: c001
  text: Tram fares rose in June.
  passage:
    quote: Tram fares rose in June.
    start: 0
    end: 24
"""


def test_an_unknown_key_with_an_escape_is_shown_escaped(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS)
    before = claims.read_bytes()
    for command in (["validate", "claims.yaml"], ["list", "-f", "claims.yaml"]):
        done = run(*command, cwd=tmp_path)
        assert (done.returncode, done.stdout) == (1, ""), command
        assert done.stderr == (
            "Error: claims.yaml:2: so\\x1b[2Jurce: unknown field (check the spelling)\n"
        ), command
    assert claims.read_bytes() == before
