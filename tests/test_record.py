"""One review record: every decision in `reviews`, the claim's state derived from them,
and version 1 files (the first decision on the claim itself) upgraded without loss."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from claimcheck import store
from claimcheck.decisions import apply_decision, decide
from claimcheck.models import Claim, Label, Passage, Review, Source, standing
from tests.conftest import run

V1 = """\
schema_version: 1
article:
  id: mini
  title: Mini
  text: The sky is blue. Cats are the best pets. Dogs bark.
claims:
- id: c001
  text: The sky is blue.
  passage:
    quote: The sky is blue.
    start: 0
    end: 16
  label: sourced
  sources:
  - url: https://sky.example/blue
    title: Sky
  note: checked twice
  reviewer: ana
  reviewed_at: 2026-11-20T09:00:00Z
  history:
  - at: 2026-11-20T09:00:00Z
    by: ana
    field: label
    new: sourced
- id: c002
  text: Cats are the best pets.
  passage:
    quote: Cats are the best pets.
    start: 17
    end: 40
  label: opinion
  reviewer: ed
  reviewed_at: 2026-11-20T09:03:00Z
  reviews:
  - by: ana
    at: 2026-11-20T09:01:00Z
    label: opinion
  - by: bo
    at: 2026-11-20T09:02:00Z
    label: unverified
    note: no source
  adjudicated_by: ed
- id: c003
  text: Dogs bark.
  passage:
    quote: Dogs bark.
    start: 41
    end: 51
  note: left by hand
"""


def _views(path: Path) -> dict[str, Any]:
    result = run("list", "-f", str(path), "--json")
    assert result.exit_code == 0, result.output
    return {row["id"]: row for row in json.loads(result.stdout)}


def test_a_version_1_file_reads_as_it_did(tmp_path: Path) -> None:
    path = tmp_path / "v1.yaml"
    path.write_text(V1)
    one, two, three = store.load(path).doc.claims
    assert (one.label, one.reviewer, one.note) == (Label.SOURCED, "ana", "checked twice")
    assert one.sources == [Source(url="https://sky.example/blue", title="Sky")]
    assert one.reviewed_at == datetime(2026, 11, 20, 9, tzinfo=UTC)
    assert (two.label, two.adjudicated_by, two.reviewer) == (Label.OPINION, "ed", "ed")
    assert [(r.by, r.label) for r in two.apart()] == [
        ("ana", Label.OPINION),
        ("bo", Label.UNVERIFIED),
    ]
    assert (three.label, three.note, three.label_name) == (None, "left by hand", "pending")
    views = _views(path)
    assert views["c001"] == {
        "id": "c001",
        "text": "The sky is blue.",
        "passage": {"quote": "The sky is blue.", "prefix": "", "suffix": "", "start": 0, "end": 16},
        "also_at": [],
        "section": None,
        "label": "sourced",
        "sources": [
            {
                "url": "https://sky.example/blue",
                "citation": None,
                "title": "Sky",
                "publisher": None,
                "passage": None,
                "accessed": None,
                "snapshot": None,
                "earlier": None,
            }
        ],
        "note": "checked twice",
        "explanation": None,  # a version 1 file had no public explanation
        "reviewer": "ana",
        "reviewed_at": "2026-11-20T09:00:00Z",
        "reviews": [],
        "adjudicated_by": None,
        "hint": None,
    }


def test_the_next_save_upgrades_to_version_2_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "v1.yaml"
    path.write_text(V1)
    before = _views(path)
    assert path.read_text() == V1  # reading never rewrites
    assert run("tag", "c003", "opinion", "-f", str(path), "--reviewer", "cy").exit_code == 0
    data = yaml.safe_load(path.read_text())
    assert data["schema_version"] == 2
    for claim in data["claims"]:
        assert not {"label", "sources", "note", "reviewer", "reviewed_at"} & set(claim)
    assert data["claims"][0]["reviews"] == [
        {
            "by": "ana",
            "at": "2026-11-20T09:00:00Z",
            "label": "sourced",
            "sources": [{"url": "https://sky.example/blue", "title": "Sky"}],
            "note": "checked twice",
        }
    ]
    assert data["claims"][1]["reviews"][-1] == {
        "by": "ed",
        "at": "2026-11-20T09:03:00Z",
        "label": "opinion",
        "adjudicates": True,
    }
    after = _views(path)
    assert after["c001"] == before["c001"] and after["c002"] == before["c002"]
    assert after["c003"]["label"] == "opinion" and after["c003"]["note"] == "left by hand"
    saved = path.read_bytes()
    assert run("validate", "-f", str(path)).exit_code == 0
    store.fold(path)
    assert path.read_bytes() == saved  # version 2 round-trips byte for byte


def _claim() -> Claim:
    return Claim(id="c001", text="x", passage=Passage(quote="x", start=0, end=1))


def test_the_first_decision_is_stored_like_every_other() -> None:
    claim = _claim()
    at = datetime(2026, 1, 1, tzinfo=UTC)
    apply_decision(claim, decide(claim, "ana", Label.OPINION, at=at))
    assert claim.reviews == [Review(by="ana", at=at, label=Label.OPINION)]
    assert [c.field for c in claim.history] == ["label"]  # one reviewer: no "review" entry
    apply_decision(claim, decide(claim, "bo", Label.UNVERIFIED))
    assert claim.disputed and claim.label is None and len(claim.reviews) == 2
    apply_decision(
        claim, decide(claim, "ed", Label.OPINION).model_copy(update={"adjudicate": True})
    )
    assert claim.label is Label.OPINION and claim.adjudicated_by == "ed"
    assert [r.adjudicates for r in claim.reviews] == [False, False, True]
    assert standing(claim.reviews).label is Label.OPINION


def test_a_withdrawn_ruling_leaves_the_dispute_and_one_ruling_stands() -> None:
    claim = _claim()
    apply_decision(claim, decide(claim, "ana", Label.OPINION))
    apply_decision(claim, decide(claim, "bo", Label.UNVERIFIED))
    for who, label in (("ed", Label.OPINION), ("fay", Label.UNVERIFIED)):
        apply_decision(claim, decide(claim, who, label).model_copy(update={"adjudicate": True}))
    assert claim.label is Label.UNVERIFIED and claim.adjudicated_by == "fay"
    assert sum(r.adjudicates for r in claim.reviews) == 1
    apply_decision(claim, decide(claim, "fay", None).model_copy(update={"adjudicate": True}))
    assert claim.disputed and claim.adjudicated_by is None


def test_a_decision_written_by_hand_gives_way_to_the_first_signed_one() -> None:
    claim = _claim()
    claim.reviews.append(Review(label=Label.OPINION))  # by hand: nobody signed it
    apply_decision(claim, decide(claim, "ana", Label.UNVERIFIED))
    assert [(r.by, r.label) for r in claim.reviews] == [("ana", Label.UNVERIFIED)]
    assert not claim.disputed
