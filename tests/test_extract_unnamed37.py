"""A group described by a common noun in the plural ("Nurses said …", "Shopkeepers on
the high street said …", "Another driver said …") is no named source: it stays out of
`attributed_to`, so ClaimReview never publishes it as the claim's author, though the
claim is still someone's words. A surname that reads as a plural is a name when the
article named the person in full."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.hints import attributed_to, hint
from claimcheck.extract.ingest import Source
from tests import reviewed
from tests.conftest import run, succeeds


@pytest.mark.parametrize(
    "text",
    [
        "Nurses said the new rota left wards short at night.",
        "Shopkeepers said the roadworks had cost them customers.",
        "Another driver said the junction was dangerous.",
        "Other parents said the bus was often late.",
        "Farmers near Carlisle said the river had burst its banks twice.",
        "Firefighters said the blaze started in a kitchen.",
    ],
)
def test_a_plural_noun_names_nobody(text: str) -> None:
    assert attributed_to(text) is None
    assert any(r.startswith("unnamed source: ") for r in hint(text).reasons)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Parents Against Closure said the vote was rushed.", "Parents Against Closure"),
        ("Reuters said the talks had stalled.", "Reuters"),
        ("Ann Banks said the talks had stalled.", "Ann Banks"),
        ("Jenkins said the talks had stalled.", "Jenkins"),
    ],
)
def test_a_name_stays_a_name(text: str, source: str) -> None:
    assert attributed_to(text) == source


def _speakers(text: str) -> list[str | None]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.hint.attributed_to if c.hint else None for c in doc.claims]


def test_a_surname_that_reads_as_a_plural_is_the_person_named_before() -> None:
    text = (
        "The harbour master, Ann Rivers, met the board on Monday.\n\n"
        "Rivers said the new wall would be finished by May."
    )
    assert _speakers(text)[-1] == "Ann Rivers"  # and named as the article first named her
    assert _speakers("Rivers said the new wall would be finished by May.") == [None]


def test_claimreview_names_no_group_as_the_claims_author(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    (tmp_path / "a.txt").write_text(
        "Bus cuts\n\nBy Lena Moss\n\nBus drivers said the new timetable was unworkable.\n"
    )
    made = run(
        "extract", "a.txt", "-o", "c.yaml", "--url", "https://paper.example/news/bus",
        "--published", "2026-11-02",
    )  # fmt: skip
    assert made.exit_code == 0, made.stderr
    assert run("tag", "c001", "unverified", "-f", "c.yaml").exit_code == 0
    url = "https://factcheck.example/bus"
    doc = json.loads(succeeds("report", "-f", "c.yaml", "-F", "claimreview", "--url", url))
    assert [r["itemReviewed"].get("author") for r in doc["@graph"]] == [None]
