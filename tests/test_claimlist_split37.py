"""A split's part that opens with an adverb, then a verb, and has no subject ("already
carries about 9,000 lorries a week") is no statement on its own: refused until its text
is given, as the README says (desk tester 7, C1: it was written as the part's text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run, sentence_claims, succeeds

SENTENCES = [
    "The nearest crossing, the Old Mill Bridge, is two miles upstream and already carries "
    "about 9,000 lorries a week.",
    "The line opened in 1998 and never made a profit.",
    "The plan was approved in May, and already the council has spent 2 million pounds.",
]
ARTICLE = " ".join(SENTENCES)


@pytest.fixture
def mill(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(sentence_claims("mill", "Mill", ARTICLE, SENTENCES), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("claim", "first", "second"),
    [
        (
            "c001",
            "The nearest crossing, the Old Mill Bridge, is two miles upstream",
            "already carries about 9,000 lorries a week",
        ),
        ("c002", "The line opened in 1998", "never made a profit"),
    ],
)
def test_an_adverb_then_a_verb_without_its_subject_is_refused(
    mill: Path, claim: str, first: str, second: str
) -> None:
    before = mill.read_bytes()
    result = run("split", claim, "--quote", first, "--quote", second)
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        f"Error: claims.yaml: the part '{second}' of {claim} is not a statement on its own: "
        "give each part's text with --text\n"
    )
    assert mill.read_bytes() == before


def test_an_adverb_before_a_subject_is_a_statement(mill: Path) -> None:
    out = succeeds(
        "split", "c003",
        "--quote", "The plan was approved in May",
        "--quote", "already the council has spent 2 million pounds",
    )  # fmt: skip
    assert "Already the council has spent 2 million pounds." in out
