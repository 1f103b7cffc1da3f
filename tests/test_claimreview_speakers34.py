"""ClaimReview's speakers (desk4 C7): a Person or an Organization when the extraction's
name rules say which, a Thing only when they cannot tell."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from tests import reviewed
from tests.conftest import CASES, run, succeeds

URL = "https://factcheck.example/legion"


SPEAKERS_ARTICLE = """\
Harbour wall approved

By Lena Moss

The harbour board approved a £4 million sea wall on Monday.

"This wall will protect every home on the quay," said board chair Ruth Okafor.

"The wall will cost shops their sea view," said the Harbour Traders Association.
"""


def test_claimreview_names_a_person_as_a_person_and_a_body_as_an_organization(
    tmp_path: Path,
) -> None:
    """Google's fact-check markup expects the claim's author to be a Person or an
    Organization: the extraction's name rules say which ('Thing' is left for a name
    they cannot place), and the result still validates."""
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    (tmp_path / "a.txt").write_text(SPEAKERS_ARTICLE)
    made = run(
        "extract", "a.txt", "-o", "c.yaml", "--url", "https://paper.example/news/wall",
        "--published", "2026-11-02",
    )  # fmt: skip
    assert made.exit_code == 0, made.stderr
    listed = json.loads(succeeds("list", "-f", "c.yaml", "--json"))
    speakers = {c["id"]: c["hint"]["attributed_to"] for c in listed}
    assert speakers == {
        "c001": None,
        "c002": "Ruth Okafor",
        "c003": "the Harbour Traders Association",
    }
    for claim_id in speakers:
        assert run("tag", claim_id, "unverified", "-f", "c.yaml").exit_code == 0
    doc = json.loads(succeeds("report", "-f", "c.yaml", "-F", "claimreview", "--url", URL))
    authors = {r["url"].rsplit("-", 1)[1]: r["itemReviewed"].get("author") for r in doc["@graph"]}
    assert authors == {
        "c001": {"@type": "Person", "name": "Lena Moss"},  # the byline, for the paper's own
        "c002": {"@type": "Person", "name": "Ruth Okafor"},
        "c003": {"@type": "Organization", "name": "the Harbour Traders Association"},
    }
    jsonschema.validate(doc, json.loads((CASES / "claimreview.schema.json").read_text()))


DESCRIBED_ARTICLE = """\
Bridge counts

By Lena Moss

About 6,200 people cross the footbridge each day, according to a council survey carried out last spring.
"""


def test_claimreview_names_no_author_for_a_source_that_is_described_not_named(
    tmp_path: Path,
) -> None:
    """A source the extraction found but that names no one ("a council survey carried
    out last spring", "Its chair") is not published as the claim's author (desk tester 6,
    H4), nor does the byline stand in for it: the words are the survey's."""
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    (tmp_path / "a.txt").write_text(DESCRIBED_ARTICLE)
    made = run("extract", "a.txt", "-o", "c.yaml", "--published", "2026-11-02")
    assert made.exit_code == 0, made.stderr
    listed = json.loads(succeeds("list", "-f", "c.yaml", "--json"))
    # a document with no maker named is no source at all, when it was made or not (h37f)
    assert [c["hint"]["attributed_to"] for c in listed] == [None]
    assert run("tag", "c001", "unverified", "-f", "c.yaml").exit_code == 0
    doc = json.loads(succeeds("report", "-f", "c.yaml", "-F", "claimreview", "--url", URL))
    assert [r["itemReviewed"].get("author") for r in doc["@graph"]] == [None]
