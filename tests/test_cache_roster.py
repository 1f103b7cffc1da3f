"""A report kept in the cache while the roster let a journaled ruling through is not
used once the roster forbids it (hostile tester 22, F1): the cache key holds the desk's
configuration when the journal holds a ruling. ClaimReview published the ruling a
changed roster no longer allowed, and the report said no claim was disputed."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import succeeds

RULING = (
    '{"claim":"c001","by":"bob","at":"2026-11-01T00:00:00Z","label":"opinion","adjudicate":true}\n'
)
BOB_RULES = '[org]\nname = "Desk"\n[people.bob]\nroles = ["reviewer", "adjudicator"]\n'
ANN_RULES = (
    '[org]\nname = "Desk"\n[people.ann]\nroles = ["reviewer", "adjudicator"]\n'
    '[people.bob]\nroles = ["reviewer"]\n'
)


def label_of_c001(mini: Path) -> str | None:
    report = json.loads(succeeds("report", "-f", "mini.yaml", "-F", "json"))
    [article] = report["articles"]
    label: str | None = next(c["label"] for c in article["claims"] if c["id"] == "c001")
    return label


def test_a_roster_changed_since_the_report_was_kept_is_the_one_applied(mini: Path) -> None:
    succeeds("tag", "c001", "sourced", "-f", "mini.yaml", "-s", "https://ex.org/a", "-r", "ann")
    succeeds("tag", "c001", "opinion", "-f", "mini.yaml", "-r", "lee")
    (mini.parent / ".mini.yaml.journal").write_text(RULING)
    (mini.parent / "claimcheck.toml").write_text(BOB_RULES)
    assert label_of_c001(mini) == "opinion"  # bob may rule: kept in the cache so
    (mini.parent / "claimcheck.toml").write_text(ANN_RULES)
    assert label_of_c001(mini) is None  # bob may no longer rule: disputed again
