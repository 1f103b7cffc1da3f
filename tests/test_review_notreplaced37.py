"""A review decides its file was replaced when a decision it saved is no longer in the
claim's history. Some decisions record nothing there (a withdraw on a claim only someone
else labelled; a ruling that repeats the ruling standing): after any outside write, the
reviewer's next decision was refused as "replaced", set aside and not applied. Now only a
decision that left a history entry when saved is evidence; and a decision set aside keeps
the fingerprint (`bound`) of the claim it was made on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.errors import Conflict
from claimcheck.models import Decision, Label
from tests.conftest import run


def _cli(*args: str) -> None:
    done = run(*args)
    assert done.exit_code == 0, done.output


def _decide(journal: store.Journal, claim: str, label: Label | None, **kw: object) -> None:
    shown = journal.doc.claim(claim)
    assert shown is not None
    at = datetime.now(UTC) + timedelta(seconds=1)  # after every write of the test so far
    decision = Decision(claim=claim, by="ana", at=at, label=label, **kw)
    journal.commit(decision, shown.decision_fields())


def test_a_withdraw_that_recorded_nothing_is_no_sign_of_replacement(seed: Path) -> None:
    _cli("tag", "c001", "opinion", "-r", "maya", "-f", str(seed))
    journal = store.Journal(seed)
    _decide(journal, "c001", None)  # ana withdraws a decision she never made: nothing
    _cli("tag", "c002", "opinion", "-r", "maya", "-f", str(seed))  # a colleague, elsewhere
    _decide(journal, "c003", Label.OPINION)  # was refused: "was replaced while ..."
    journal.close()
    doc = store.load(seed).doc
    assert doc.index()["c003"].review_by("ana") is not None
    assert not (seed.parent / ".claims.yaml.journal.stale").exists()


def test_a_ruling_that_repeats_the_ruling_is_no_sign_of_replacement(seed: Path) -> None:
    journal = store.Journal(seed)
    _decide(journal, "c001", Label.OPINION, adjudicate=True)
    _decide(journal, "c001", Label.OPINION, adjudicate=True)  # the same ruling again
    _cli("tag", "c002", "opinion", "-r", "maya", "-f", str(seed))
    _decide(journal, "c003", Label.OPINION)
    journal.close()
    assert store.load(seed).doc.index()["c003"].review_by("ana") is not None
    assert not (seed.parent / ".claims.yaml.journal.stale").exists()


def test_a_decision_set_aside_keeps_the_fingerprint_of_its_claim(seed: Path) -> None:
    folder = seed.parent
    article = (folder / "article.txt").read_text(encoding="utf-8")
    (folder / "article2.txt").write_text(article.replace("2023", "2024", 1), encoding="utf-8")
    journal = store.Journal(seed)
    _decide(journal, "c001", Label.OPINION)
    _cli("extract", str(folder / "article2.txt"), "-o", str(seed), "--force")
    with pytest.raises(Conflict, match="was replaced while you were reviewing"):
        _decide(journal, "c002", Label.OPINION)
    journal.close()
    kept = [
        Decision.model_validate_json(line)
        for line in (folder / ".claims.yaml.journal.stale").read_bytes().splitlines()
    ]
    assert [d.claim for d in kept] == ["c001", "c002"]
    assert all(d.bound for d in kept)
