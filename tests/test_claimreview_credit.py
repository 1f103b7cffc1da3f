"""With `reviewer_as_author = true`, ClaimReview names the reviewers whose check the
label is: both reviewers who agreed, the one whose decision an adjudicator accepted, and
never the adjudicator (desk tester 5, H4: the adjudicator who accepted maya's decision
was published as its author, and of two who agreed only the last was named)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run, succeeds

DESK = """\
[org]
name = "Harbour Desk"
[publish]
reviewer_as_author = true
[people.ana]
name = "Ana Diaz"
[people.bo]
name = "Bo Lind"
[people.ed]
name = "Ed Park"
roles = ["adjudicator"]
"""


def authors(mini: Path) -> dict[str, list[str]]:
    out = succeeds("report", "-f", "mini.yaml", "-F", "claimreview", "--url", "https://d.example/x")
    graph = json.loads(out)["@graph"]
    found = {}
    for review in graph:
        named = review["author"] if isinstance(review["author"], list) else [review["author"]]
        found[review["url"].rsplit("-", 1)[1]] = [a["name"] for a in named]
    return found


def test_the_reviewers_whose_check_it_is_are_named(mini: Path) -> None:
    (mini.parent / "claimcheck.toml").write_text(DESK)
    succeeds("tag", "c001", "opinion", "-f", "mini.yaml", "-r", "ana")
    succeeds("tag", "c001", "unverified", "-f", "mini.yaml", "-r", "bo")
    succeeds("tag", "c001", "opinion", "-f", "mini.yaml", "--adjudicate", "-r", "ed")
    succeeds("tag", "c002", "opinion", "-f", "mini.yaml", "-r", "ana")
    succeeds("tag", "c002", "opinion", "-f", "mini.yaml", "-r", "bo")
    assert authors(mini) == {
        "c001": ["Harbour Desk", "Ana Diaz"],  # ed accepted ana's decision
        "c002": ["Harbour Desk", "Ana Diaz", "Bo Lind"],  # they agreed
    }


def test_a_label_of_the_adjudicators_own_credits_no_reviewer(mini: Path) -> None:
    (mini.parent / "claimcheck.toml").write_text(DESK)
    succeeds("tag", "c001", "opinion", "-f", "mini.yaml", "-r", "ana")
    succeeds("tag", "c001", "unverified", "-f", "mini.yaml", "-r", "bo")
    result = run(
        "tag", "c001", "sourced", "-f", "mini.yaml", "--adjudicate", "-r", "ed", "-s", "A book"
    )
    assert result.exit_code == 0, result.output
    assert authors(mini) == {"c001": ["Harbour Desk"]}
