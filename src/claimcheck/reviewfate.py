"""What became of a review's work when the claim list changed under it: the claim shown
gone (someone else deleted, merged or split it) and the walk going on to what took its
place. No I/O here."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.review import Session


def gone(session: Session, was: str) -> list[str]:
    """`was` left the file under the review (the session already on the re-read file).
    A split's parts take its place in the walk, so the review goes on to the first part,
    not past them, and what was typed for it and refused is offered again on that part.
    Returns the parts."""
    ids = session.ids
    parts = [
        c.id
        for c in session.doc.claims
        if c.split_from == was and c.id not in ids and (session.mode != "adjudicate" or c.disputed)
    ]
    if was in ids:
        at = ids.index(was)
        ids[at : at + 1] = parts
        if session.position > at:
            session.position += len(parts) - 1
    if parts:
        if was in session.unsaved:
            session.unsaved[parts[0]] = session.unsaved.pop(was)
        if was in session.unsaved_sources:
            session.unsaved_sources[parts[0]] = session.unsaved_sources.pop(was)
    return parts
