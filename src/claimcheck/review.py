"""The review session as a state machine: keys in, decisions out. No I/O here.

The terminal front end (cli/review.py) reads keys and prompts; this module decides what
a key means, which claim comes next, what a decision is and how to undo it. The
benchmark drives the same code.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from claimcheck.decisions import decide, dropped_explanation, for_other_words, replaced
from claimcheck.errors import Conflict, InvalidValue
from claimcheck.models import Claim, ClaimFile, Decision, Label, Source
from claimcheck.query import counts
from claimcheck.recheck import replaces_stale
from claimcheck.reviewfate import standing
from claimcheck.reviewkeys import Action
from claimcheck.reviewwalk import Mode, blind_view, walk
from claimcheck.states import LABEL_STATES, NAMES, OPTIONAL

DECIDING: dict[Action, Label] = {s.name: s.label for s in LABEL_STATES if s.label is not None}

Fields = tuple[Label | None, list[Source], str | None]


class Durable(Protocol):
    """Where decisions are made durable: store.Journal."""

    @property
    def doc(self) -> ClaimFile: ...

    def commit(
        self, decision: Decision, expected: Fields, *, mine: str | None = None, second: bool
    ) -> bool: ...


@dataclass
class Done:
    """A decision that was saved, and the claim's values before it, for undo."""

    decision: Decision
    before: Fields
    # the public explanation before it, which undo restores ('' none; None: what the
    # restored label keeps, see decisions.kept_explanation)
    explanation: str | None = None
    # what the status line says of a public explanation the decision left out
    dropped: str = ""


@dataclass
class Session:
    """A walk over claims. `mode`: "normal"; "blind", which hides other reviewers'
    decisions and walks the claims this reviewer has not decided; or "adjudicate", which
    walks the disputed claims and settles each with the reviewer's decision."""

    doc: ClaimFile
    ids: list[str]
    reviewer: str
    position: int = 0
    mode: Mode = "normal"
    done: list[Done] = field(default_factory=list)
    # Undone decisions, newest last, for redo; a new decision clears it.
    undone_stack: list[Done] = field(default_factory=list)
    # Claims per state and claims this reviewer decided, kept up to date by commit so a
    # key costs the same at 100 claims as at 20,000 (never recounted per key).
    tally: Counter[str] = field(default_factory=Counter)
    mine: int = 0
    # Notes typed for decisions that were refused (someone else changed the claim), by
    # claim: the next note prompt on that claim offers them again.
    unsaved: dict[str, str] = field(default_factory=dict)
    # The sources typed for a sourced decision that was refused, likewise offered again.
    unsaved_sources: dict[str, list[Source]] = field(default_factory=dict)
    # (prompt, text) typed in a prompt Ctrl-C left: the summary says it was not saved.
    dropped: tuple[str, str] | None = None
    # This session's corrections of the claim list, by instant (see undo.py): summed up.
    corrections: list[datetime] = field(default_factory=list)

    @classmethod
    def start(
        cls,
        doc: ClaimFile,
        reviewer: str,
        *,
        walk_all: bool = False,
        label: str | None = None,
        from_id: str | None = None,
        blind: bool = False,
        disputed: bool = False,
    ) -> Session:
        """A session over the claims to walk: pending ones by default (with `blind`, the
        ones this reviewer has not decided), all with `walk_all` (or `from_id`), those
        with `label`, or the disputed ones."""
        ids, mode = walk(doc, reviewer, walk_all or from_id is not None, label, blind, disputed)
        position = 0
        if from_id is not None:
            if from_id not in ids:
                known = doc.claim(from_id)
                if known is None:
                    raise InvalidValue(f"no claim with id {from_id!r}")
                raise InvalidValue(
                    f"{from_id} is {known.label_name}, not among the claims to review"
                )
            position = ids.index(from_id)
        session = cls(doc, ids, reviewer, position, mode)
        session.recount()
        return session

    # ---------------------------------------------------------------- where we are

    _index: dict[str, Claim] = field(default_factory=dict, init=False, repr=False)
    _proposed: dict[tuple[str, object], tuple[Fields, str, str, bool]] = field(
        default_factory=dict, init=False, repr=False
    )

    def __post_init__(self) -> None:
        self._index = self.doc.index()

    @property
    def current(self) -> Claim | None:
        while 0 <= self.position < len(self.ids):
            claim = self._index.get(self.ids[self.position])
            if claim is not None:
                return claim
            del self.ids[self.position]  # removed from the file by someone else
        return None

    def shown(self, claim: Claim) -> Claim:
        """The claim as the screen shows it: in a blind review, with this reviewer's own
        decision in place of the agreed one, and nothing of the others'."""
        return claim if self.mode != "blind" else blind_view(claim, self.reviewer)

    def note_start(self, claim: Claim) -> str:
        """What a note prompt on `claim` starts from: the note this reviewer typed for a
        decision that was refused, else their own note on it (an adjudicator's: the
        claim's); never another reviewer's."""
        kept = self.unsaved.get(claim.id)
        if kept is not None:
            return kept
        return claim.start_from(self.reviewer, self.mode == "adjudicate")[2] or ""

    def sources_start(self, claim: Claim) -> list[Source]:
        """What a source prompt on `claim` starts from: the sources this reviewer typed
        for a decision that was refused, else the claim's."""
        kept = self.unsaved_sources.get(claim.id)
        return list(kept) if kept is not None else list(claim.sources)

    def refresh(self, doc: ClaimFile) -> None:
        """Continue on a re-read file (someone else wrote it): same walk, fresh values."""
        self.doc = doc
        self._index = doc.index()
        self.recount()

    def follow(self, before: set[str]) -> None:
        """After a correction of the claim list (the file re-read: `refresh`), the walk is
        the claim list as saved: the claims it made or brought back (not in `before`, the
        ids the file had) join the walk in the file's order (an adjudication only the
        disputed ones), the ones it removed leave it; the claim shown stays, or the one
        that followed it when it was removed."""
        order = {c.id: i for i, c in enumerate(self.doc.claims)}
        here = self.ids[self.position : self.position + 1]
        after = [i for i in self.ids[self.position :] if i in order]
        new = [
            c.id
            for c in self.doc.claims
            if c.id not in before and (self.mode != "adjudicate" or c.disputed)
        ]
        kept = [i for i in self.ids if i in order]
        self.ids[:] = sorted({*kept, *new}, key=order.__getitem__)
        stay = here[0] if here and here[0] in order else (after[0] if after else None)
        self.position = self.ids.index(stay) if stay is not None else len(self.ids)

    def recount(self) -> None:
        """Count every claim again: at the start and when the file changed under us."""
        self.tally = Counter(counts(self.doc.claims))
        self.mine = sum(1 for c in self.doc.claims if c.review_by(self.reviewer) is not None)

    def counts(self) -> dict[str, int]:
        """Claims per state in the states' order, as query.counts gives them, from the
        running tally."""
        return {n: self.tally[n] for n in NAMES if n != OPTIONAL or self.tally[n] > 0}

    def find(self, claim_id: str) -> Claim | None:
        return self._index.get(claim_id)

    def jump(self, claim_id: str) -> None:
        """Go to a claim by id; one not in the walk is added to it where it belongs."""
        claim = self._index.get(claim_id)
        if claim is None:
            raise InvalidValue(f"no claim with id {claim_id!r}")
        if claim_id not in self.ids:
            order = {c.id: i for i, c in enumerate(self.doc.claims)}
            self.ids.append(claim_id)
            self.ids.sort(key=lambda i: order.get(i, len(order)))
        self.position = self.ids.index(claim_id)

    def _account(self, claim_id: str) -> tuple[str, bool]:
        claim = self._index.get(claim_id)
        if claim is None:
            return "pending", False
        return claim.label_name, claim.review_by(self.reviewer) is not None

    def move(self, step: int) -> None:
        self.position = max(0, min(len(self.ids), self.position + step))

    # ---------------------------------------------------------------- deciding

    def propose(
        self,
        action: Action,
        sources: list[Source] | None = None,
        note: str | None = None,
        *,
        advance: bool = False,
        explanation: str | None = None,
    ) -> Decision | None:
        """The decision an action makes on the current claim; None if it changes nothing
        (and then, with `advance`, the walk moves on to the next claim).

        `explanation` None keeps the public explanation only under the label it was
        written for (decisions.kept_explanation)."""
        claim = self.current
        if claim is None:
            return None
        adjudicating = self.mode == "adjudicate"
        base = claim.start_from(self.reviewer, adjudicating)
        label = DECIDING.get(action, base[0])
        chosen = list(base[1]) if sources is None else sources
        text = (base[2] or "") if note is None else note
        decision = decide(
            claim,
            self.reviewer,
            label,
            chosen,
            text,
            adjudicate=adjudicating,
            explanation=explanation,
        )
        old = replaced(claim, self.reviewer, adjudicating)
        same = (decision.label, decision.sources, decision.note) == base
        if explanation is not None:  # `w`: the same label, another public explanation
            same = same and decision.explanation == (old.explanation if old else None)
        # a claim whose words changed since this reviewer tagged it (a split part, an
        # edited text): the same label again is their re-check, a decision to save
        rechecks = label is not None and replaces_stale(claim, self.reviewer, False)
        if not adjudicating and same and not rechecks:
            if advance:
                self.move(1)
            return None
        # undo brings back the explanation of the decision replaced, not one written for
        # other words: restored by a new decision, it would be published as the claim's
        kept = (old and not for_other_words(claim, old) and old.explanation) or ""
        said = dropped_explanation(claim, self.reviewer, label, adjudicating, explanation, how="")
        self._proposed[(decision.claim, decision.at)] = (base, kept, said or "", advance)
        return decision

    def commit(
        self,
        journal: Durable,
        decision: Decision,
        expected: Fields | None = None,
        *,
        undo: bool = False,
        redo: bool = False,
    ) -> str:
        """The commit protocol of a review decision: make it durable (`journal.commit`,
        which refuses it if someone else changed the claim since `expected`), then move
        the walk on (or back, for an undo). Returns the status line to show.

        On a refusal the session continues on the fresh file and the error is raised;
        nothing is accounted for.
        """
        if expected is None:
            expected = self.expected(decision.claim)
        old_state, old_mine = self._account(decision.claim)
        try:
            mine = self.reviewer if self.mode == "blind" else None
            refreshed = journal.commit(decision, expected, mine=mine, second=not (undo or redo))
        except Conflict:
            if decision.note and not (undo or redo):  # typed, not saved: offered again
                self.unsaved[decision.claim] = decision.note
            if decision.label is Label.SOURCED and decision.sources and not (undo or redo):
                self.unsaved_sources[decision.claim] = list(decision.sources)
            self.refresh(journal.doc)
            raise
        self.unsaved.pop(decision.claim, None)
        self.unsaved_sources.pop(decision.claim, None)
        if refreshed:
            self.refresh(journal.doc)
        else:  # the journal applied the decision to our claim in place
            new_state, new_mine = self._account(decision.claim)
            self.tally[old_state] -= 1
            self.tally[new_state] += 1
            self.mine += int(new_mine) - int(old_mine)
        state = decision.label or "pending"
        if undo:
            self.undone(decision)
            return f"undone: {decision.claim} is {state} again"
        if redo:
            self.redone(decision)
            return f"redone: {decision.claim} → {state}"
        self.undone_stack.clear()
        self.saved(decision, expected)
        now, _ = self._account(decision.claim)
        said = f"saved: {decision.claim} → {state}"
        if who := getattr(journal, "beside", None):  # another reviewer's decision meanwhile
            said += f" as your own review, beside {who}'s made meanwhile"
        if now != state and self.mode != "blind":  # blind: the state would betray others
            said += f"; it is now {now}"
        # a public explanation the decision left out (decisions.kept_explanation): said
        dropped = self.done[-1].dropped
        return said + (f"; {dropped}" if dropped else "")

    def expected(self, claim_id: str) -> Fields:
        """What a decision on the claim expects to find: its decision, or in a blind
        review this reviewer's own (others' are not shown, and do not refuse it)."""
        claim = self._claim(claim_id)
        return (
            claim.own_decision(self.reviewer) if self.mode == "blind" else claim.decision_fields()
        )

    def _claim(self, claim_id: str) -> Claim:
        claim = self._index.get(claim_id)
        if claim is None:
            raise InvalidValue(f"no claim with id {claim_id!r}")
        return claim

    def saved(self, decision: Decision, before: Fields) -> None:
        """Account for a decision the journal has made durable (and applied to the doc).

        A note edited (no `advance`) stays on the claim; a decision moves on, whatever
        its label. `before` is what undo restores, unless propose recorded it.
        """
        restore, explained, dropped, advance = self._proposed.pop(
            (decision.claim, decision.at), (before, None, "", False)
        )
        self.done.append(Done(decision, restore, explained, dropped))
        moving = advance or restore[0] is not decision.label
        if moving and self.current is not None and self.current.id == decision.claim:
            self.move(1)

    def undo(self) -> tuple[Decision, Fields] | None:
        """The decision that restores the claim of the last decision, and what it expects."""
        if not self.done:
            return None
        last = self.done[-1]
        claim = self._claim(last.decision.claim)
        label, sources, note = last.before
        restore = decide(
            claim,
            self.reviewer,
            label,
            list(sources),
            note or "",
            adjudicate=last.decision.adjudicate,
            explanation=last.explanation,
        )
        return restore, self.expected(claim.id)

    def undone(self, restore: Decision) -> None:
        """Account for a saved undo: drop it from the stack and go back to that claim."""
        self.undone_stack.append(self.done.pop())
        if restore.claim in self.ids:
            self.position = self.ids.index(restore.claim)

    def redo(self) -> tuple[Decision, Fields] | None:
        """The decision that makes the last undone one again, and what it expects."""
        if not self.undone_stack:
            return None
        last = self.undone_stack[-1]
        claim = self._claim(last.decision.claim)
        old = last.decision
        again = decide(
            claim,
            self.reviewer,
            old.label,
            list(old.sources),
            old.note or "",
            adjudicate=old.adjudicate,
            explanation=old.explanation or "",
        )
        return again, self.expected(claim.id)

    def redone(self, decision: Decision) -> None:
        """Account for a saved redo: it is on the undo stack again; the walk moves on."""
        last = self.undone_stack.pop()
        self.done.append(Done(decision, last.before, last.explanation))
        old = last.before[0].value if last.before[0] else "pending"
        new = decision.label.value if decision.label else "pending"
        if decision.claim in self.ids:
            self.position = self.ids.index(decision.claim)
            if old != new:
                self.move(1)

    def summary(self) -> dict[str, int]:
        """The session's decisions still standing, per state (reviewfate.standing)."""
        return standing(self)
