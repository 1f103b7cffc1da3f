"""Fuzzing with hypothesis: random edit sequences on random claim files raise nothing but
the project's own errors, save-then-load gives equal records, and undo after any sequence
of review decisions restores every claim."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import store
from claimcheck.decisions import apply_decision, decide, make_source
from claimcheck.errors import ClaimcheckError
from claimcheck.models import ClaimFile, Label
from claimcheck.review import Session
from tests.test_hypothesis import claim_files, words

PATH = Path("fuzz.yaml")
EDIT = st.tuples(
    st.integers(0, 50),  # which claim
    st.sampled_from([None, *Label]),  # the label (None: back to pending)
    st.none() | words,  # a note
    st.none() | words | st.sampled_from(["https://example.org/a", "javascript:x", "x.org/y"]),
)
ACTIONS = st.lists(
    st.sampled_from(["sourced", "unverified", "opinion", "next", "prev"]), max_size=40
)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(claim_files(), st.lists(EDIT, max_size=25))
def test_random_edits_then_save_and_load_give_equal_records(
    doc: ClaimFile, edits: list[tuple[int, Label | None, str | None, str | None]]
) -> None:
    for index, label, note, source in edits:
        claim = doc.claims[index % len(doc.claims)]
        try:
            sources = [make_source(source)] if source else []
            if label is Label.SOURCED and not sources:
                sources = [make_source("https://example.org/fallback")]
            apply_decision(claim, decide(claim, "fuzz", label, sources, note))
        except ClaimcheckError:
            continue  # a refused value (a javascript: URL, a bare domain): the project's own
    data = store.dump(doc)
    again, _, _ = store.parse(data, PATH)
    assert again == doc
    assert store.dump(again) == data


@FUZZ
@given(claim_files(), ACTIONS)
def test_undo_after_any_sequence_restores_every_claim(doc: ClaimFile, actions: list[str]) -> None:
    initial = {c.id: c.decision_fields() for c in doc.claims}
    session = Session.start(doc, "fuzz", walk_all=True)
    by_id = doc.index()
    for action in actions:
        if action in ("next", "prev"):
            session.move(1 if action == "next" else -1)
            continue
        sources = [make_source("https://example.org/s")] if action == "sourced" else None
        decision = session.propose(action, sources)
        if decision is None:
            continue
        claim = by_id[decision.claim]
        before = claim.decision_fields()
        apply_decision(claim, decision)
        session.saved(decision, before)
    while (step := session.undo()) is not None:
        restore, _ = step
        apply_decision(by_id[restore.claim], restore)
        session.undone(restore)
    assert {c.id: c.decision_fields() for c in doc.claims} == initial
    assert sum(session.tally.values()) == len(doc.claims)


def test_two_decisions_in_the_same_microsecond_are_both_kept() -> None:
    """A decision is known by (reviewer, instant); a second one at the same instant (a
    quick undo) must not be taken for a replay of the first and skipped."""
    from datetime import UTC, datetime

    doc = store.parse(
        (Path(__file__).parent.parent / "cases/claims/valid.yaml").read_bytes(), PATH
    )[0]
    claim = doc.claims[0]
    at = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    apply_decision(claim, decide(claim, "ana", Label.OPINION, at=at))
    apply_decision(claim, decide(claim, "ana", None, at=at))
    assert claim.label is None
    assert [c.new for c in claim.history if c.field == "label"] == ["opinion", None]
