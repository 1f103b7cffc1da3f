"""Reviewers correct the claim list: add, edit, split, delete and undo (merge: combine).

Every operation changes the records of one claim file in memory (the caller saves them
under the file's lock), refuses a bad request with a one-line `InvalidValue` before it
changes anything, and records what it did in the history of each claim it touched, all
under one instant: an operation is known by (reviewer, instant), which is what `undo`
takes back.

A deleted claim is a tombstone: it moves to the file's `deleted` list with its history,
so its id is never given again and the merge driver knows it was deleted, not missing.
New ids are `c` and 8 hex digits of a hash of the passage, the reviewer and the instant:
two clones adding claims at the same time never pick the same id (no counter to race on),
and the same claim added twice gets two ids only if it was added twice.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Collection
from datetime import datetime, timedelta
from itertools import pairwise

from claimcheck.claimlogic import shorten
from claimcheck.decisions import now
from claimcheck.errors import InvalidValue, UnknownClaim
from claimcheck.models import Change, Claim, ClaimFile, Hint, Passage
from claimcheck.splitting import NotStatement, part_text, settle_parts, shared_frame
from claimcheck.spots import Spot, find
from claimcheck.words import KEEP_EVERY_WORD, parts_cover, word_start

Ids = Collection[str]

__all__ = [
    "Spot",
    "add",
    "delete",
    "edit",
    "find",
    "split",
]


def cleaned(text: str, passage: Passage) -> str:
    """A claim's text from its passage: extraction's cleaning (Markdown out, a capital
    first, a full stop last)."""
    from claimcheck.extract.atomize import Piece, claim_text

    return claim_text(text, Piece(passage.start, passage.end, "clause"))


def stamp(doc: ClaimFile, at: datetime | None = None) -> datetime:
    """The instant of an operation: now, and later than any change in the file, so that
    (reviewer, instant) names one operation."""
    at = at or now()
    latest = max(
        (c.at for claim in [*doc.claims, *doc.deleted] for c in claim.history), default=None
    )
    if latest is not None and at <= latest:
        at = latest + timedelta(microseconds=1)
    return at


def new_id(doc: ClaimFile, passage: Passage, by: str, at: datetime, also: Ids = ()) -> str:
    """An id no claim or tombstone has, nor `also` (the parts one split is making)."""
    taken = {c.id for c in [*doc.claims, *doc.deleted]} | set(also)
    salt = 0
    while True:
        seed = f"{by}\0{at.isoformat()}\0{passage.start}:{passage.end}\0{passage.quote}\0{salt}"
        candidate = "c" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:8]
        if candidate not in taken:
            return candidate
        salt += 1


def live(doc: ClaimFile, path_name: str, claim_id: str) -> Claim:
    """The claim `claim_id`, refusing a deleted or unknown one."""
    claim = doc.claim(claim_id)
    if claim is not None:
        return claim
    gone = doc.tombstone(claim_id)
    if gone is not None:
        raise InvalidValue(deleted(gone))
    from pathlib import Path

    raise UnknownClaim(Path(path_name), claim_id)


def deleted(gone: Claim) -> str:
    """Why a claim that is a tombstone cannot be acted on, and the ways back: `undo`
    takes back only its reviewer's latest operations, so the passage is named too."""
    at = f"{gone.passage.start}-{gone.passage.end}"
    return (
        f"{gone.id} is deleted{_why(gone)}; 'claimcheck undo' brings it back while that is "
        f"your latest change, 'claimcheck add --at {at}' makes a claim on its passage again"
    )


def _why(claim: Claim) -> str:
    for change in reversed(claim.history):
        if change.field == "deleted" and isinstance(change.new, str) and change.new != "deleted":
            return f" ({change.new})"
    return ""


def insert(claims: list[Claim], claim: Claim) -> None:
    """Put `claim` among `claims` in article order (after those that start where it does)."""
    starts = [c.passage.start for c in claims]
    if starts == sorted(starts):
        claims.insert(bisect_right(starts, claim.passage.start), claim)
    else:
        claims.append(claim)


def _section_at(doc: ClaimFile, start: int) -> str | None:
    before = [c for c in doc.claims if c.passage.start <= start]
    return max(before, key=lambda c: c.passage.start).section if before else None


def retire(doc: ClaimFile, claim: Claim, by: str, at: datetime, why: str) -> None:
    doc.claims.remove(claim)
    claim.history.append(Change(at=at, by=by, field="deleted", new=why))
    doc.deleted.append(claim)


def add(
    doc: ClaimFile,
    text: str,
    by: str,
    spot: Spot,
    claim_text: str | None = None,
    section: str | None = None,
    at: datetime | None = None,
    again: bool = False,
) -> Claim:
    """A new claim on the passage `spot` names; its text defaults to the passage cleaned.

    A passage that extraction left out (the same offsets) is promoted: it leaves the
    `left_out` list, and undo puts it back. A passage a claim already holds (its own or
    one of its also_at) is refused unless `again`: a second claim there would most often
    be the same statement twice, its decisions split between two ids and published twice
    (a second statement made by the same words takes `again`, and its own text)."""
    exact = {(i.passage.start, i.passage.end) for i in doc.left_out}
    passage = find(text, spot, words=(spot.start, spot.end) not in exact)
    held = next(
        (
            c
            for c in doc.claims
            if (passage.start, passage.end) in {(p.start, p.end) for p in [c.passage, *c.also_at]}
        ),
        None,
    )
    if held is not None and not again:
        raise InvalidValue(
            f"{held.id} already holds this passage ({shorten(passage.quote)!r}): tag or edit "
            f"{held.id}, or 'claimcheck add --force' to make a second claim on it"
        )
    at = stamp(doc, at)
    promoted = next(
        (
            item
            for item in doc.left_out
            if (item.passage.start, item.passage.end) == (passage.start, passage.end)
        ),
        None,
    )
    body = (claim_text or "").strip() or cleaned(text, passage)
    claim = Claim(
        id=new_id(doc, passage, by, at),
        text=body,
        passage=passage,
        section=section if section is not None else _section_at(doc, passage.start),
        hint=suggest(body),
    )
    origin = "added"
    if promoted is not None:
        doc.left_out.remove(promoted)
        origin = f"left_out:{promoted.reason}"
    claim.history.append(Change(at=at, by=by, field="added", new=origin))
    insert(doc.claims, claim)
    return claim


def edit(
    doc: ClaimFile,
    text: str,
    by: str,
    claim_id: str,
    *,
    path_name: str = "claims.yaml",
    claim_text: str | None = None,
    section: str | None = None,
    spot: Spot | None = None,
    at: datetime | None = None,
) -> list[Change]:
    """Change a claim's text, its section ('' removes it) or its passage. Its decisions
    stay; a label given before a new text or passage then needs a re-check."""
    claim = live(doc, path_name, claim_id)
    new_text = None if claim_text is None else claim_text.strip()
    if new_text == "":
        raise InvalidValue("a claim's text cannot be empty")
    passage = find(text, spot) if spot is not None else None
    at = stamp(doc, at)
    out: list[Change] = []
    if new_text is not None and new_text != claim.text:
        out.append(Change(at=at, by=by, field="text", old=claim.text, new=new_text))
        claim.text = new_text
        claim.hint = suggest(new_text)  # the old hint's reasons were about the old words
    new_section = None if section is None else (section.strip() or None)
    if section is not None and new_section != claim.section:
        out.append(Change(at=at, by=by, field="section", old=claim.section, new=new_section))
        claim.section = new_section
    if passage is not None and passage != claim.passage:
        out.append(Change(at=at, by=by, field="passage", old=claim.passage, new=passage))
        claim.passage = passage
    claim.history.extend(out)
    return out


def suggest(text: str, whole: Hint | None = None) -> Hint:
    """The extractor's hint for a claim a reviewer wrote or changed, or a part of `whole`."""
    from claimcheck.extract.hints import hint, part_hint

    return hint(text) if whole is None else part_hint(text, whole)


def split(
    doc: ClaimFile,
    text: str,
    by: str,
    claim_id: str,
    *,
    path_name: str = "claims.yaml",
    quotes: list[str] | None = None,
    points: list[int] | None = None,
    texts: list[str] | None = None,
    at: datetime | None = None,
    advice: str = KEEP_EVERY_WORD,
    texting: str = "give each part's text with --text",
) -> list[Claim]:
    """Split a claim into claims of its own sub-passages: quotes inside its passage, or
    split points (article offsets) inside it. The parts get new ids, `split_from`, and
    the claim's decisions (to be re-checked); the claim becomes a tombstone. `advice`:
    what a refusal of parts that leave words out says to do. Words left out before or
    after the quoted parts that only say who said them ("The department said that A and
    B") are carried into each part's text; a part whose text, made from its passage, does
    not stand alone is refused unless given a text (`texting` says how)."""
    claim = live(doc, path_name, claim_id)
    lo, hi = claim.passage.start, claim.passage.end
    spans: list[tuple[int, int]] = []
    lead = tail = ""  # who said it, before or after the parts: each part's text keeps it
    if quotes:
        for quote in quotes:
            p = find(text, Spot(quote=quote), within=(lo, hi))
            spans.append((p.start, p.end))
        lead, tail = shared_frame(text, spans, lo, hi)
        first, last = min(a for a, _ in spans), max(b for _, b in spans)
        parts_cover(text, claim_id, spans, first if lead else lo, last if tail else hi, advice)
    elif points:
        for point in points:
            if not lo < point < hi:
                raise InvalidValue(
                    f"split point {point} is outside {claim_id}'s passage ({lo}-{hi})"
                )
        # a point inside a word moves to the word's start: no word is cut in two
        snapped = {word_start(text, point, lo) for point in points}
        cuts = [lo, *sorted(snapped), hi]
        for a, b in pairwise(cuts):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a == b:
                raise InvalidValue(f"a part of {claim_id} between split points is blank")
            spans.append((a, b))
    else:
        raise InvalidValue("give the parts as --quote (two or more) or split points --at")
    if len(spans) < 2:
        raise InvalidValue("a split needs at least two parts")
    if texts and len(texts) != len(spans):
        raise InvalidValue(f"give one --text per part ({len(spans)}), or none")
    # joining words at the cuts go in no part; who said it, in the first or last, goes in each
    spans, lead, tail, has_lead, has_tail = settle_parts(text, spans, lead, tail)
    passages = [Passage.anchor(text, a, b) for a, b in spans]
    written: list[str] = []
    refused: NotStatement | None = None
    for i, passage in enumerate(passages):
        given = texts[i].strip() if texts else ""
        who = ("" if i == has_lead else lead, "" if i == has_tail else tail)
        try:
            written.append(given or part_text(text, passage, *who, claim_id, texting))
        except NotStatement as exc:  # the first said; every part's draft offered with it
            refused = refused or exc
            written.append(" ".join(passage.quote.split()))
    if refused is not None:
        refused.drafts = written
        raise refused
    at = stamp(doc, at)
    parts: list[Claim] = []
    for passage, said in zip(passages, written, strict=True):
        part = Claim(
            id=new_id(doc, passage, by, at, also={p.id for p in parts}),
            text=said,
            passage=passage,
            section=claim.section,
            split_from=claim.id,
            reviews=[r.model_copy(deep=True) for r in claim.reviews],
            hint=suggest(said, claim.hint),
        )
        part.history.append(Change(at=at, by=by, field="added", new=f"split from {claim.id}"))
        parts.append(part)
    names = ", ".join(p.id for p in parts)
    retire(doc, claim, by, at, f"split into {names}")
    for part in parts:
        insert(doc.claims, part)
    return parts


def delete(
    doc: ClaimFile,
    by: str,
    claim_id: str,
    *,
    path_name: str = "claims.yaml",
    at: datetime | None = None,
) -> Claim:
    """Delete a claim: a tombstone in `deleted`, with its decisions and history."""
    claim = live(doc, path_name, claim_id)
    retire(doc, claim, by, stamp(doc, at), "deleted")
    return claim
