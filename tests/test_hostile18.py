"""Round 18 of hostile testing, and the desk tester who met the same hole: `merge`
without --force joins only claims that state the same thing. A decision moved onto the
denial of its statement, another number, or another statement of the same sentence would
publish a verdict nobody gave."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import store
from tests.conftest import run

ARTICLE = (
    "School row\n\n"
    "The mayor never took bribes in 2019. The mayor took bribes in 2019, a witness said.\n\n"
    "The school had 3,000 pupils. The school had 30 pupils in 1990.\n\n"
    "Councillor Ruth Adeyemi, who chairs the transport committee, said the closure was "
    '"the least bad option" and that night work would have taken five months.\n\n'
    "The council closed the school on Monday night.\n\n"
    "The council closed the school on Monday.\n"
)


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    assert run("extract", "a.txt", "-o", "c.yaml").exit_code == 0
    texts = [c.text for c in store.load(tmp_path / "c.yaml").doc.claims]
    assert texts == [
        "The mayor never took bribes in 2019.",
        "The mayor took bribes in 2019, a witness said.",
        "The school had 3,000 pupils.",
        "The school had 30 pupils in 1990.",
        "Councillor Ruth Adeyemi chairs the transport committee.",
        'Councillor Ruth Adeyemi said the closure was "the least bad option"',
        "Councillor Ruth Adeyemi, who chairs the transport committee, said night work would "
        "have taken five months.",
        "The council closed the school on Monday night.",
        "The council closed the school on Monday.",
    ]
    assert (
        run("tag", "c002", "sourced", "-s", "https://example.org/w", "-f", "c.yaml").exit_code == 0
    )
    return tmp_path / "c.yaml"


@pytest.mark.parametrize(
    ("keep", "other", "said"),
    [
        (
            "c001",
            "c002",
            "'The mayor never took bribes in 2019.' and 'The mayor took bribes in 2019, a witnes…'",
        ),
        ("c003", "c004", "'The school had 3,000 pupils.' and 'The school had 30 pupils in 1990.'"),
        (
            "c005",
            "c007",  # every word of c005 is in c007, the sentence its appositive came from
            "'Councillor Ruth Adeyemi chairs the tran…' and 'Councillor Ruth Adeyemi, who chairs "
            "the…'",
        ),
    ],
)
def test_merge_refuses_a_denial_another_number_or_another_statement_of_one_sentence(
    school: Path, keep: str, other: str, said: str
) -> None:
    before = school.read_bytes()
    result = run("merge", keep, other, "-f", "c.yaml")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: c.yaml: {keep} and {other} do not make the same statement ({said}); add "
        "--force to merge them anyway (the decisions moved then need a re-check)"
    )
    assert school.read_bytes() == before


def test_merge_joins_a_narrower_wording_of_the_same_statement(school: Path) -> None:
    result = run("merge", "c008", "c009", "-f", "c.yaml")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "c008: merged c009 into it\n"
