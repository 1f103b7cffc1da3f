"""What a public report names (desk4 H5): no claim file and no count of the desk's
decisions in any public format; the desk's own report keeps both."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests import reviewed
from tests.conftest import run

URL = "https://factcheck.example/legion"


@pytest.fixture
def claims(tmp_path: Path) -> Path:
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    return reviewed.make(tmp_path)


def _report(*args: str) -> str:
    result = run("report", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_a_public_report_names_no_claim_file_nor_how_many_decisions_the_desk_took(
    claims: Path, tmp_path: Path
) -> None:
    """The claim file's name and the count of internal decisions are the desk's own: the
    public md, term, HTML, CSV and JSON name neither; the desk's report keeps both."""
    md = _report("-F", "md", "--public")
    assert "| Reviewed by | Example Fact Desk |" in md
    assert "Claim file" not in md and "claims.yaml" not in md and "decisions)" not in md
    assert run("report", "-F", "term", "--public", "-o", "public.txt").exit_code == 0
    for term in ((tmp_path / "public.txt").read_text(), _report("-F", "term", "--public")):
        assert "Claim file" not in term and "claims.yaml" not in term
        assert "Reviewed by  Example Fact Desk\n" in term and "decisions)" not in term
    html = _report("-F", "html", "--public")
    assert "<tr><th>Reviewed by</th><td>Example Fact Desk</td></tr>" in html
    assert "Claim file" not in html and "claims.yaml" not in html
    rows = list(csv.reader(io.StringIO(_report("-F", "csv", "--public"))))
    assert rows[0][0] == "article_id" and "file" not in rows[0]
    assert all(len(row) == len(rows[0]) and "claims.yaml" not in row for row in rows)
    (article,) = json.loads(_report("-F", "json", "--public"))["articles"]
    assert article["file"] is None
    assert [(r["name"], r["decisions"]) for r in article["reviewers"]] == [
        ("Example Fact Desk", None)
    ]
    # the desk's own report, as before
    internal = _report("-F", "md")
    assert "| Claim file | claims.yaml |" in internal
    assert "| Reviewed by | alice (5 decisions), bob (5 decisions)" in internal
    assert "file" in next(csv.reader(io.StringIO(_report("-F", "csv"))))


def test_a_public_report_on_two_articles_has_no_column_of_claim_files(
    claims: Path, tmp_path: Path
) -> None:
    reviewed.make(tmp_path, "other.yaml")
    md = _report("claims.yaml", "other.yaml", "-F", "md", "--public")
    assert "| Article | Sourced | Unverified | Opinion | Pending | Sourcing rate |" in md
    assert "| File |" not in md and ".yaml" not in md
    html = _report("claims.yaml", "other.yaml", "-F", "html", "--public")
    assert ".yaml" not in html
    internal = _report("claims.yaml", "other.yaml", "-F", "md")
    assert "| File | Article | Sourced |" in internal and "| other.yaml |" in internal
