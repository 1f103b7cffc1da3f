"""`claimcheck merge` names a word of denial, doubt or hearsay as its reason only when it
is one, all that stands between the two texts (desk tester 7, C4: "c004 says 'counts'"
of "the council's own traffic counts show", against a claim about a grant)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run, sentence_claims

SENTENCES = [
    "About 9,000 lorries use the ring road each week, the county's own traffic counts show.",
    "The rest of the money will come from a government grant awarded in May.",
    "The county closed the depot.",
    "The county closed the depot, its critics allege.",
]
ARTICLE = " ".join(SENTENCES)


@pytest.fixture
def county(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(sentence_claims("county", "County", ARTICLE, SENTENCES), encoding="utf-8")
    return path


def test_another_statement_is_not_called_a_doubt(county: Path) -> None:
    before = county.read_bytes()
    result = run("merge", "c002", "c001")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: claims.yaml: c002 and c001 do not make the same statement ('The rest of the "
        "money will come from a …' and 'About 9,000 lorries use the ring road e…'); add --force "
        "to merge them anyway (the decisions moved then need a re-check)\n"
    )
    assert county.read_bytes() == before


def test_a_doubt_that_is_all_between_them_is_named(county: Path) -> None:
    result = run("merge", "c003", "c004")
    assert result.exit_code == 1
    assert "c004 says 'allege' and c003 does not (a denial, a doubt or hearsay" in result.stderr
