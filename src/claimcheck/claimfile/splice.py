"""One claim changed in place: its YAML re-dumped and spliced into the file's bytes, so a
decision on a file of 20,000 claims costs what one on a file of 100 does.

The splice is exact only on a file in the form `dump` writes (no comment or hand layout
inside the claims: a full save would drop them). The claims are its last key, written as
a block sequence at the left margin, and every item starts with a line `- id: ID`: at the
left margin after `claims:` nothing else can start, since every line inside an item is
indented. Each item is dumped alone exactly as inside the whole file (same column, same
width), so splicing one claim's new YAML over its old bytes gives the bytes a full
re-dump would (tests/test_splice.py proves it on random changes).

Whether a file is in that form is remembered, not guessed: whenever claimcheck writes a
claim file it has validated, `store` records the sha256 of the bytes written in the
user's cache (`written.remember_written`), signed like the report cache's entries, with the
sha256 of the article text the claims were checked against. A file whose bytes have that
record is one claimcheck wrote and validated, as long as its article text has not
changed since (checked on every use); any other file, or any doubt, takes the full path.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from claimcheck.claimfile.yaml_dialect import dump_yaml
from claimcheck.models import Claim

_KEY = b"\nclaims:\n"
_PLAIN_ID = re.compile(rb"[A-Za-z][A-Za-z0-9_.-]{0,31}")


def claim_data(claim: Claim) -> dict[str, Any]:
    """The plain data of one claim as the claim file keeps it: no empty values."""
    data: dict[str, Any] = claim.model_dump(mode="json", exclude_none=True)
    return tidy_claim(data)


def tidy_claim(data: dict[str, Any]) -> dict[str, Any]:
    for key in ("also_at", "sources", "reviews", "history"):
        if not data.get(key):
            data.pop(key, None)
    for review in data.get("reviews", ()):
        if not review.get("sources"):
            review.pop("sources", None)
        if not review.get("adjudicates"):
            review.pop("adjudicates", None)
    return data


def item_bytes(claim: Claim) -> bytes:
    """The claim as one item of the file's claims: `- id: ...` and its indented lines."""
    return dump_yaml([claim_data(claim)]).encode("utf-8")


def find_item(data: bytes, claim_id: str) -> tuple[int, int] | None:
    """Where the claim's item is in the bytes of a file in `dump`'s form: (start, end);
    None when it is not there as a plain `- id:` line (then the full path decides)."""
    if not _PLAIN_ID.fullmatch(claim_id.encode()):
        return None  # an id YAML would quote (1, true, null...): not looked for here
    claims = data.find(_KEY)  # the first: a top-level key is written once, at the margin
    if claims < 0:
        return None
    start = data.find(b"\n- id: " + claim_id.encode() + b"\n", claims + len(_KEY) - 1)
    if start < 0:
        return None
    start += 1
    end = data.find(b"\n- ", start)
    return start, len(data) if end < 0 else end + 1


def digest_of(*pieces: bytes | memoryview) -> str:
    """The sha256 of the bytes made of `pieces`, one after the other."""
    h = hashlib.sha256()
    for piece in pieces:
        h.update(piece)
    return h.hexdigest()


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
