"""`reportdata.article_json` gives the bytes of the report's records, without them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import store
from claimcheck.decisions import apply_decision, decide
from claimcheck.models import ClaimFile, Label, Source
from claimcheck.report import article_report
from claimcheck.reportdata import Counts, article_json
from tests import reviewed
from tests.test_hypothesis import claim_files


def same_as_records(doc: ClaimFile, text: str) -> dict[str, Any]:
    made = article_json(doc, text)
    records = article_report("", doc, text)
    assert made.body == records.model_dump_json(indent=2).encode()
    assert made.summary == records.summary.model_dump(mode="json")
    assert made.problems == records.problems
    assert made.sha256 == records.article.sha256
    assert Counts(made.summary).counts() == records.summary.counts()
    return made.summary


def test_the_reviewed_file_gives_the_records_bytes(tmp_path: Path) -> None:
    loaded = store.load(reviewed.make(tmp_path))
    same_as_records(loaded.doc, loaded.text)


def disputed_file() -> tuple[ClaimFile, str]:
    """The bundled file with a dispute, a ruling and a sourced claim without a usable
    source: (the file, its article text)."""
    loaded = store.load(reviewed.DATA / "claims.yaml")
    doc = loaded.doc
    at = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    first, second, third = doc.claims[:3]
    source = [Source(url="https://example.org/a", title="A")]
    for claim, by, label in [
        (first, "alice", Label.SOURCED),
        (first, "bob", Label.OPINION),  # disputed
        (second, "alice", Label.UNVERIFIED),
        (second, "bob", Label.OPINION),
        (third, "alice", Label.SOURCED),  # sourced, no usable source
    ]:
        at += timedelta(minutes=1)
        sources = source if (label is Label.SOURCED and claim is first) else []
        apply_decision(claim, decide(claim, by, label, sources, None, at))
    at += timedelta(minutes=1)
    ruling = decide(second, "editor", Label.OPINION, [], "ruled", at)
    apply_decision(second, ruling.model_copy(update={"adjudicate": True}))
    return doc, loaded.text


def test_disputes_rulings_and_rechecks_give_the_records_bytes() -> None:
    doc, text = disputed_file()
    second = doc.claims[1]
    summary = same_as_records(doc, text)
    assert summary["disputed"] == 1 and summary["opinion"] == 1 and summary["sourced"] == 1
    assert second.standing.adjudicated_by == "editor"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_files(), st.sampled_from([None, "https://example.org/article"]))
def test_any_claim_file_gives_the_records_bytes(doc: ClaimFile, url: str | None) -> None:
    doc.article.url = url
    same_as_records(doc, doc.article.text or "")
