"""A hostile tester's findings (thirty-seventh round), through the real `claimcheck`
command: Markdown a reader never sees (an HTML comment, an element the `hidden`
attribute or a display:none style hides, a `[//]: #` comment, a link reference
definition) is left out, not made a claim with its raw markup."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.terminal import run

ARTICLE = """\
# Library hours

The city library will open on Sundays from next month, the council said.

<!-- The librarian was sacked for theft last week. -->

<span style="display: none">The council sold the old branch to a donor.</span>

<p hidden>The archive was flooded on purpose in January.</p>

[//]: # (The budget was cut by half in secret.)

[minutes]: https://example.org/minutes "The chief executive resigned on Friday."

[Update]: The opening hours were corrected on Tuesday.

Readers asked for longer hours in a survey last year, the library said.
"""


def test_markdown_no_reader_sees_is_left_out(tmp_path: Path) -> None:
    (tmp_path / "article.md").write_text(ARTICLE)
    done = run("extract", "article.md", "-o", "claims.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    doc = yaml.safe_load((tmp_path / "claims.yaml").read_text())
    claims = " ".join(claim["text"] for claim in doc["claims"])
    for hidden in ("sacked", "sold the old branch", "flooded", "budget", "chief executive"):
        assert hidden not in claims, hidden
    assert "<" not in claims and "[//]" not in claims
    assert "The city library will open on Sundays from next month" in claims
    assert "Readers asked for longer hours in a survey last year" in claims
    assert "corrected on Tuesday" in claims  # a label in brackets, no address: it shows
    left = " ".join(item["passage"]["quote"] for item in doc.get("left_out", []))
    for hidden in ("sacked", "sold the old branch", "flooded", "budget", "chief executive"):
        assert hidden in left, hidden


def test_a_run_of_hidden_attributes_with_no_end_is_read_in_linear_time() -> None:
    """'<a hidden hidden …' with no '>' or no closing tag was tried again from each of its
    spaces: quadratic (56 KB took 0.93 s, so these 700 KB would take minutes; now some
    milliseconds). No time is asserted: a return at all is the check."""
    from claimcheck.extract.blocks import unshown

    for text in ("<a" + " hidden" * 100_000, "<a" + " hidden" * 100_000 + ">" + " x" * 50_000):
        assert unshown(text) is False
