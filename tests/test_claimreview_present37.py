"""Words a claim relays in the present tense ("Traders say …", "Forecasters expect …",
"…, the council's counts show.") are someone else's, as "said" makes them: the hint says
so, and ClaimReview does not publish the byline as their author (desk tester 7, H3). The
writer's own belief and a modal or negated verb ("Few would argue") are not attribution."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.extract.hints import hint
from tests import reviewed
from tests.conftest import run, succeeds

ARTICLE = """\
Ferry timetable cut

By Lena Moss

The ferry will sail twice a day from March.

Traders on the quay say the cut will cost them customers.

Forecasters expect the strait to freeze in January.

Crossings have halved since 2020, the operator's own passenger counts show.
"""


def test_relayed_present_tense_words_are_not_published_under_the_byline(
    tmp_path: Path,
) -> None:
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    (tmp_path / "a.txt").write_text(ARTICLE)
    made = run("extract", "a.txt", "-o", "c.yaml", "--published", "2026-11-02")
    assert made.exit_code == 0, made.stderr
    ids = [c["id"] for c in json.loads(succeeds("list", "-f", "c.yaml", "--json"))]
    assert len(ids) == 4
    for claim_id in ids:
        assert run("tag", claim_id, "unverified", "-f", "c.yaml").exit_code == 0
    doc = json.loads(
        succeeds("report", "-f", "c.yaml", "-F", "claimreview", "--url", "https://x.example/f")
    )
    authors = [r["itemReviewed"].get("author") for r in doc["@graph"]]
    assert authors == [{"@type": "Person", "name": "Lena Moss"}, None, None, None]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Residents say the lane floods every winter.", "attribution: say"),
        ("Economists warn that rents will rise.", "attribution: warn"),
        ("The board expects the works to take a year.", "attribution: expects"),
        ("Sales fell by a third, the company's own figures show.", "attribution: show"),
    ],
)
def test_a_present_tense_reporting_verb_is_attribution(text: str, cue: str) -> None:
    assert cue in hint(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "I believe the lane floods every winter.",
        "Few would argue with the plan.",
        "The report does not say why the lane floods.",
        "The show opens in May.",
    ],
)
def test_the_writers_own_or_a_modal_or_negated_verb_is_not_attribution(text: str) -> None:
    assert not any(r.startswith("attribution:") for r in hint(text).reasons)
