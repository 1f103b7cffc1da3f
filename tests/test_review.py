"""The review session's state machine, driven without a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.decisions import make_source
from claimcheck.errors import Conflict, InvalidValue
from claimcheck.models import Label, Review
from claimcheck.review import Session


def decide(journal: store.Journal, session: Session, action: str, **kw: object) -> None:
    decision = session.propose(action, **kw)  # type: ignore[arg-type]
    assert decision is not None
    assert session.commit(journal, decision).startswith(f"saved: {decision.claim} → ")


def test_starts_at_first_pending_and_walks_forward(seed: Path) -> None:
    store.update(
        seed, lambda loaded: loaded.doc.claims[0].reviews.append(Review(label=Label.OPINION))
    )
    journal = store.Journal(seed)
    session = Session.start(journal.doc, "ana")
    assert session.current is not None and session.current.id == "c002"
    decide(journal, session, "unverified", note="searched the MoD site")
    assert session.current.id == "c003"
    assert session.tally["unverified"] == 1 and session.tally["pending"] == 112
    session.move(-1)
    assert session.current.id == "c002"


def test_every_decision_is_durable_before_the_next_claim(seed: Path) -> None:
    journal = store.Journal(seed)
    session = Session.start(journal.doc, "ana")
    decide(journal, session, "sourced", sources=[make_source("https://example.org/x")])
    decide(journal, session, "opinion")
    # another process reading now sees both, without the session having closed
    fresh = store.load(seed).doc
    assert [fresh.claims[0].label, fresh.claims[1].label] == [Label.SOURCED, Label.OPINION]
    journal.close()
    assert not store.journal_path(seed).exists()
    assert store.load(seed).doc.claims[1].label is Label.OPINION


def test_undo_restores_the_previous_state(seed: Path) -> None:
    journal = store.Journal(seed)
    session = Session.start(journal.doc, "ana", walk_all=True)
    decide(journal, session, "opinion", note="loaded language")
    restore, expected = session.undo()  # type: ignore[misc]
    assert session.commit(journal, restore, expected, undo=True) == "undone: c001 is pending again"
    claim = store.load(seed).doc.claims[0]
    assert (claim.label, claim.note) == (None, None)
    assert session.current is not None and session.current.id == "c001"
    assert session.tally["pending"] == 114 and session.summary() == {}
    assert session.undo() is None


def test_label_and_from_choose_the_walk(seed: Path) -> None:
    store.update(
        seed, lambda loaded: loaded.doc.claims[4].reviews.append(Review(label=Label.OPINION))
    )
    doc = store.load(seed).doc
    assert Session.start(doc, "a", label="opinion").ids == ["c005"]
    session = Session.start(doc, "a", from_id="c010")
    assert session.current is not None and session.current.id == "c010"
    with pytest.raises(InvalidValue, match="c005 is opinion, not among the claims to review"):
        Session.start(doc, "a", label="pending", from_id="c005")
    with pytest.raises(InvalidValue, match="no claim with id 'zzz'"):
        Session.start(doc, "a", from_id="zzz")


def test_a_change_made_elsewhere_is_never_overwritten(seed: Path) -> None:
    journal = store.Journal(seed)
    session = Session.start(journal.doc, "ana")
    # bo tags c001 from another process while ana looks at it
    store.update(
        seed, lambda loaded: loaded.doc.claims[0].reviews.append(Review(label=Label.UNVERIFIED))
    )
    decision = session.propose("opinion")
    assert decision is not None
    with pytest.raises(Conflict, match=r"c001 was changed by someone else \(now unverified\): "):
        journal.commit(decision, session.expected("c001"))
    assert store.load(seed).doc.claims[0].label is Label.UNVERIFIED
    # a decision on another claim goes through, on top of bo's change
    session.refresh(journal.doc)
    session.move(1)
    decide(journal, session, "opinion")
    journal.close()
    doc = store.load(seed).doc
    assert [doc.claims[0].label, doc.claims[1].label] == [Label.UNVERIFIED, Label.OPINION]


@pytest.mark.parametrize("what", ["text", "swap"])
def test_a_decision_never_lands_on_a_claim_that_changed_its_words_meanwhile(
    seed: Path, what: str
) -> None:
    journal = store.Journal(seed)
    session = Session.start(journal.doc, "ana")  # ana sees c001's statement

    def elsewhere(loaded: store.Loaded) -> None:  # bo, from another process
        one, two = loaded.doc.claims[0], loaded.doc.claims[1]
        if what == "text":
            one.text = "Putin was killed in the Wagner uprising."
        else:  # a re-extracted file: the ids now name other statements
            one.id, two.id = two.id, one.id
            loaded.doc.claims[:2] = [two, one]

    store.update(seed, elsewhere)
    decision = session.propose("opinion")
    assert decision is not None
    with pytest.raises(Conflict, match=r"c001 now says something else .* was not saved"):
        journal.commit(decision, session.expected("c001"))
    journal.close()
    assert all(c.label is None for c in store.load(seed).doc.claims[:2])


def test_an_edit_in_an_editor_survives_the_review(seed: Path) -> None:
    journal = store.Journal(seed)
    session = Session.start(journal.doc, "ana")
    decide(journal, session, "opinion")
    # a hand edit of another claim than the one on screen (c002)
    text = seed.read_text().replace("text: Another group of Russian fighters", "text: Edited")
    seed.write_text(text)
    decide(journal, session, "opinion")
    journal.close()
    doc = store.load(seed).doc
    assert doc.claims[2].text.startswith("Edited is set on")
    assert [doc.claims[0].label, doc.claims[1].label] == [Label.OPINION, Label.OPINION]
