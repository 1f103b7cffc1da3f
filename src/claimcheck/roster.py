"""Rulings in a claim file checked against the desk's roster of adjudicators."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.config import Desk


def off_roster(path: Path, desk: Desk) -> list[str]:
    """A ruling written into a claim file by someone the desk's roster does not name as
    an adjudicator (`tag --adjudicate` refuses them, and a journal's such ruling is set
    aside, but the file itself can be edited by hand): a problem of each such claim.
    The file is loaded again only when its bytes may spell a ruling (and the roster
    names adjudicators)."""
    if not desk.adjudicators():
        return []
    from claimcheck import store
    from claimcheck.claimfile.raw import read
    from claimcheck.deskfile import shown

    data = read(path)
    # a ruling is spelt "adjudicates" (version 1: "adjudicated_by"), or with an escape
    # in a double-quoted key ("adjudic\x61tes"): a file with neither holds no ruling
    if b"adjudica" not in data and b"\\" not in data:
        return []
    return [
        f"{shown(path)}: claim {claim.id} is settled by {review.by}, who is not an "
        "adjudicator on the desk's roster"
        for claim in store.load(path, data=data).doc.claims
        for review in claim.reviews
        if review.adjudicates and not desk.may_adjudicate(review.by or "")
    ]
