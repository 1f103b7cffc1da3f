"""A correction typed in the review (a claim's text, a split, a merge, a delete) is for
the claims as the reviewer saw them when its prompt opened. If someone else changed one
meanwhile (another reviewer's `claimcheck edit`, a decision, a split), it is refused, as
a decision is (store.Journal.commit): never saved over their change. The review does not
re-read the file while a prompt is open, so the session's claims are what was shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimcheck.errors import Conflict

if TYPE_CHECKING:
    from claimcheck.models import Claim, ClaimFile
    from claimcheck.review import Session

# The fields a decision changes (a blind review names nobody for them: they are hidden)
DECIDING = frozenset({"label", "review", "sources", "note", "explanation"})
# What the refusal says changed, in this order
SAID = (("text", "its text"), ("section", "its section"), ("passage", "its passage"))


def seen(session: Session, claim: Claim) -> dict[str, Any]:
    """A claim as the review shows it (blind: without the others' decisions), history
    aside: what a correction must still find."""
    return session.shown(claim).model_dump(mode="json", exclude={"history"})


def as_seen(session: Session, doc: ClaimFile, ids: list[str], what: str) -> None:
    """Refuse (Conflict) a correction, `what` the reviewer typed, if a claim of `ids` in
    `doc` (the file as it is now, under its lock) is not the one the review showed."""
    from claimcheck.store import gone_how

    for claim_id in ids:
        was = session.find(claim_id)
        if was is None:  # not one the review knows: the operation words its own error
            continue
        now = doc.claim(claim_id)
        if now is None:
            raise Conflict(
                f"{claim_id} was {gone_how(doc, claim_id)} while the prompt was open: "
                f"your {what} was not saved; look again"
            )
        before, after = seen(session, was), seen(session, now)
        if before == after:
            continue
        blind = session.mode == "blind"
        parts = [said for name, said in SAID if before.get(name) != after.get(name)]
        if before["reviews"] != after["reviews"]:
            parts.append("your decision" if blind else "its decision")
        last = was.history[-1].at if was.history else None
        new = [c for c in now.history if last is None or c.at > last]
        who = sorted({c.by for c in new if not (blind and c.field in DECIDING)})
        by = ", ".join(who) or "someone else"
        raise Conflict(
            f"{claim_id} was changed by {by} while the prompt was open "
            f"({', '.join(parts) or 'it changed'}): your {what} was not saved; look again"
        )
