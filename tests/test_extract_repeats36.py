"""A statement made twice, once with a reason, a time or a place added (sentences written
for these tests).

"The reservoir was drained." in one paragraph and "The reservoir was drained after the
dam cracked." in another: the shorter says nothing the longer does not, so it is left out
as a `repeat` (its passage recorded, `add --left-out` restores it). Never when what the
longer adds negates, hedges, limits or is another clause, never for words that refer
outside the claim ("It was drained."), and never for the claims cut from one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source
from tests.conftest import succeeds


def _extracted(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    doc, _ = extract(Source(text, "text"), Meta())
    left: list[tuple[str, str]] = [(item.reason, item.passage.quote) for item in doc.left_out]
    return [c.text for c in doc.claims], left


@pytest.mark.parametrize(
    ("shorter", "longer"),
    [
        ("The reservoir was drained.", "The reservoir was drained after the dam cracked."),
        ("The county library closed.", "The county library closed on Thursday."),
        ("The orchestra performed.", "The orchestra performed in Bruges."),
        ("Tom Vance was fined.", "Tom Vance was fined for speeding in March."),
        ("The dam was inspected.", "Last spring, the dam was inspected."),
    ],
)
def test_a_statement_said_again_with_a_reason_time_or_place_is_a_repeat(
    shorter: str, longer: str
) -> None:
    for first, second in ((shorter, longer), (longer, shorter)):
        text = f"Valley news\n\n{first} Anglers were told.\n\nLater on. {second}\n"
        claims, left = _extracted(text)
        assert longer in claims
        assert shorter not in claims
        assert ("repeat", shorter) in left


@pytest.mark.parametrize(
    ("shorter", "longer"),
    [
        ("The reservoir was drained.", "The reservoir was not drained after the dam cracked."),
        ("The county library closed.", "The county library closed only on Thursdays."),
        ("The county library closed.", "The county library closed on Thursday and Friday."),
        ("The orchestra performed.", "The orchestra performed in Bruges, reportedly."),
        ("The orchestra performed.", "The orchestra performed in Bruges if the hall was free."),
        ("The dam was inspected.", "Perhaps, the dam was inspected."),
        ("It was drained.", "It was drained after the dam cracked."),
    ],
)
def test_a_longer_statement_that_negates_hedges_or_limits_keeps_both(
    shorter: str, longer: str
) -> None:
    text = f"Valley news\n\n{shorter} Anglers were told.\n\nLater on. {longer}\n"
    claims, left = _extracted(text)
    assert shorter in claims
    assert ("repeat", shorter) not in left


def test_a_repeat_left_out_is_restored_by_add(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Valley news\n\nThe reservoir was drained.\n\n"
        "The reservoir was drained after the dam cracked.\n",
        "utf-8",
    )
    succeeds("extract", str(article), "-o", "c.yaml")
    doc = store.load(tmp_path / "c.yaml").doc
    assert [c.text for c in doc.claims] == ["The reservoir was drained after the dam cracked."]
    (item,) = [i for i in doc.left_out if i.reason == "repeat"]
    succeeds("add", "-f", "c.yaml", "--left-out", f"{item.passage.start}-{item.passage.end}")
    doc = store.load(tmp_path / "c.yaml").doc
    assert "The reservoir was drained." in [c.text for c in doc.claims]
    assert all(i.reason != "repeat" for i in doc.left_out)
