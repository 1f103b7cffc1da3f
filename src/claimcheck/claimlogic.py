"""The rules of a claim file that are plain functions, without pydantic.

The records (`basics`, `verdicts`, `models`) call these for their field checks and their
derived values, and so does `plainfile`, which validates a claim file for a report over
an archive without building pydantic's model machinery (its import alone, with OpenSSL
through `pydantic.types`, is more memory than the whole report may add). One definition,
two callers: the records and the plain records cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from claimcheck.digest import sha256_hex
from claimcheck.histrules import history_rules
from claimcheck.states import Label

Loc = tuple[str | int, ...]

# ---- field checks (the records' validators)

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,31}")


def claim_id(value: str) -> str:
    if not _ID.fullmatch(value):
        raise ValueError(
            "an id is 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    return value


# A recorded decision happened after claimcheck could exist and before tomorrow: a naive
# time cannot be compared with the others (it crashed history, reports and merges), and
# a forged far-future one would drag every later stamp after it and win every merge.
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)


def instant(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"a time needs its timezone, e.g. 2024-03-05T10:00:00Z (got {value.isoformat()})"
        )
    if value < EARLIEST:
        raise ValueError(f"{value.isoformat()} is before 1990: not a time a claim was reviewed")
    if value > datetime.now(UTC) + CLOCK_SKEW:
        raise ValueError(f"{value.isoformat()} is in the future ({AHEAD})")
    return value


# How far ahead of this machine's clock a recorded time may be: another machine's clock
# that runs a little fast. A decision is stamped when it is made, in the journal as in
# the claim file (folding the journal copies its stamps), so one dated later was not
# made then; a day's leeway let a forged stamp win every merge and undo until tomorrow.
CLOCK_SKEW = timedelta(minutes=5)
AHEAD = f"more than {CLOCK_SKEW.seconds // 60} minutes ahead of this machine's clock"


def is_future_day(value: date) -> bool:
    """Whether a calendar day has not begun anywhere yet (a day ahead of UTC is allowed:
    it is already tomorrow east of Greenwich)."""
    return value > (datetime.now(UTC) + timedelta(days=1)).date()


def not_after_today(value: date, why: str) -> date:
    """`value`, refused if that day has not begun yet, saying `why` it cannot be."""
    if is_future_day(value):
        raise ValueError(f"{value.isoformat()} is in the future: {why}")
    return value


SOURCE_READ = "a source is read before it is cited"
ARTICLE_PUBLISHED = "an article is published before it is checked"

_SHA256 = re.compile(r"[0-9a-f]{64}")


def snapshot_sha256(value: str) -> str:
    # The snapshot's file name is built from this and nothing else: a hash that is not 64
    # lowercase hex digits could name a path outside evidence/, so it is refused.
    if not _SHA256.fullmatch(value):
        raise ValueError("a snapshot's sha256 is 64 lowercase hexadecimal digits")
    return value


def optional_url(value: str | None) -> str | None:
    """An http(s) URL, or nothing."""
    from claimcheck.urls import check_http_url

    return None if value is None else check_http_url(value)


def url_or_citation(url: str | None, citation: str | None) -> None:
    """A source needs something a reader can follow."""
    if not (url or (citation and citation.strip())):
        raise ValueError("a source needs a url or a citation")


def one_text(text: str | None, text_path: str | None) -> None:
    """An article's text is given once: inline or as a path."""
    if text is None and text_path is None:
        raise ValueError("the article text is missing: give text or text_path")
    if text is not None and text_path is not None:
        raise ValueError("give the article text inline (text) or as text_path, not both")


def describe(source: Any) -> str:
    """What names a source: its URL, else its citation."""
    return str(source.url or source.citation or "")


# ---- a claim's state, derived from its reviews (records or plain records alike)

_NEVER = datetime.min.replace(tzinfo=UTC)


class Standing(NamedTuple):
    """A claim's state derived from its reviews: the agreed (or ruled) verdict, who gave
    it and when, and who ruled."""

    label: Label | None = None
    sources: tuple[Any, ...] = ()
    note: str | None = None
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    adjudicated_by: str | None = None
    disputed: bool = False
    explanation: str | None = None  # public: what readers see


def merge_sources(old: list[Any], new: list[Any]) -> list[Any]:
    """`old` followed by the `new` sources that are not already there (same URL or citation)."""
    seen = {describe(s) for s in old}
    return [*old, *(s for s in new if describe(s) not in seen)]


def standing(reviews: list[Any], history: list[Any] | None = None) -> Standing:
    """The claim's state from its reviews.

    The latest ruling that gives a label stands. Otherwise one reviewer's decision is the
    claim's; several reviewers' give the label they all agree on, with the sources of
    those who gave it, the latest note and explanation among them (agreed_explanation);
    when they disagree the claim is disputed (no label), and when nobody gives a label
    it keeps the latest note.
    """
    if not reviews:
        return _PENDING
    if len(reviews) > 1 and history:  # decisions made on other words wait for a re-check
        reviews = _counted(reviews, history)
    if len(reviews) == 1 and not reviews[0].adjudicates:  # the common case, kept fast
        only = reviews[0]
        if only.label is None:
            return Standing(None, tuple(only.sources), only.note)
        return Standing(
            only.label,
            tuple(only.sources),
            only.note,
            only.by,
            only.at,
            explanation=only.explanation,
        )
    rulings = [r for r in reviews if r.adjudicates and r.label is not None]
    if rulings:
        rule = max(rulings, key=_when)
        return Standing(
            rule.label,
            tuple(rule.sources),
            rule.note,
            rule.by,
            rule.at,
            rule.by,
            explanation=rule.explanation,
        )
    plain = [r for r in reviews if not r.adjudicates]
    if len(plain) <= 1:
        return standing(plain, history)
    labels = {r.label for r in plain if r.label is not None}
    if len(labels) != 1:
        latest = max(plain, key=_when)
        return Standing(note=latest.note if not labels else None, disputed=len(labels) > 1)
    (label,) = labels
    backing = sorted((r for r in plain if r.label is label), key=_when)
    sources: list[Any] = []
    for review in backing:
        sources = merge_sources(sources, review.sources)
    last = backing[-1]
    from claimcheck.recheck import agreed_explanation

    explained = agreed_explanation(backing, history)
    return Standing(label, tuple(sources), last.note, last.by, last.at, explanation=explained)


_PENDING = Standing()


def _counted(reviews: list[Any], history: list[Any]) -> list[Any]:
    from claimcheck.recheck import counted

    return counted(reviews, history)


def _when(review: Any) -> datetime:
    when: datetime = review.at or _NEVER
    return when


def label_name(found: Standing) -> str:
    """The state's name of a claim of this standing: its label, disputed or pending."""
    if found.label:
        return str(found.label.value)
    return "disputed" if found.disputed else "pending"


def own_reviews(reviews: list[Any]) -> list[Any]:
    """The reviewers' own decisions (rulings left out)."""
    return [r for r in reviews if not r.adjudicates]


def apart(reviews: list[Any]) -> list[Any]:
    """The reviewers' own decisions when they matter side by side: once a second
    reviewer has decided, or an adjudicator has ruled; otherwise none."""
    own = own_reviews(reviews)
    if len(own) > 1 or len(own) < len(reviews):
        return own
    return []


class Reviewed:
    """What a claim's reviews give it, for the records (`models.Claim`) and the plain
    records (`plainfile.Claim`) alike: a mixin over their `reviews` and `history`."""

    if TYPE_CHECKING:  # the records declare them (as fields: not declared here)
        reviews: list[Any]
        history: list[Any]

    @property
    def standing(self) -> Standing:
        return standing(self.reviews, self.history)

    @property
    def label(self) -> Label | None:
        return self.standing.label

    @property
    def sources(self) -> list[Any]:
        return list(self.standing.sources)

    @property
    def reviewer(self) -> str | None:
        return self.standing.reviewer

    @property
    def label_name(self) -> str:
        return label_name(self.standing)

    @property
    def needs_recheck(self) -> bool:
        """Tagged, then its text or passage changed (not undone), and a reviewer who gave a
        label before has not decided since (nor has an adjudicator ruled since)."""
        from claimcheck.recheck import needs_recheck

        return needs_recheck(self.reviews, self.history)

    def own_reviews(self) -> list[Any]:
        """The reviewers' own decisions (rulings left out)."""
        return own_reviews(self.reviews)

    def apart(self) -> list[Any]:
        """The reviewers' own decisions when they matter side by side: once a second
        reviewer has decided, or an adjudicator has ruled; otherwise none."""
        return apart(self.reviews)


# ---- the rules that span fields or need the article text


def sha256_text(text: str) -> str:
    return sha256_hex(text.encode("utf-8"))


SOURCELESS = "a sourced claim needs at least one source"
# A claim breaking its rule was written by hand (or by a version that folded such a
# journaled decision): `tag ID` with another label repairs it, which loads the file with
# that claim's rules not checked (`repairing`); the tag then must leave it whole.
_REPAIR = "give it one by hand, or another label with 'claimcheck tag {id} unverified' (or opinion)"
_repairing: ContextVar[frozenset[str]] = ContextVar("repairing", default=frozenset())


@contextmanager
def repairing(claim_id: str) -> Iterator[None]:
    """Load claim files with the rules of claim `claim_id` not checked, so that a command
    that replaces its decision can load the file that decision is to repair."""
    token = _repairing.set(frozenset({claim_id}))
    try:
        yield
    finally:
        _repairing.reset(token)


def claim_rules(claim: Any) -> Iterator[tuple[Loc, str]]:
    """Yield (location in the claim, message) for every rule of one claim's decision that
    spans fields: checked on each claim of a file (`check`), on a claim with a journaled
    decision applied before that decision is kept (`replaying.applied`), and on a claim a
    tag repaired."""
    if claim.label is Label.SOURCED and not claim.sources:
        yield ("sources",), SOURCELESS


def check(doc: Any, text: str) -> Iterator[tuple[Loc, str]]:
    """Yield (location, message) for every rule that spans fields or needs the article
    text, of a claim file's records (`models.ClaimFile`) or plain records (`plainfile`)."""
    if doc.article.sha256 is not None and sha256_text(text) != doc.article.sha256:
        yield (
            ("article", "sha256"),
            "the article text has changed since the claims were anchored "
            "(sha256 differs); run 'claimcheck reanchor'",
        )
    seen: dict[str, tuple[str, str]] = {}
    for where, i, claim in [
        *(("claims", i, c) for i, c in enumerate(doc.claims)),
        *(("deleted", i, c) for i, c in enumerate(doc.deleted)),
    ]:
        key = claim.id.lower()  # C001 and c001 are one id, as a reader and `show` take it
        if key in seen:
            first, at = seen[key]
            same = "" if first == claim.id else f" as {first!r}: ids must differ in more than case"
            yield ((where, i, "id"), f"duplicate id {claim.id!r} (first at {at}{same})")
        else:
            seen[key] = claim.id, f"{where}[{i}]"
        yield from history_rules(where, i, claim)
        if where == "deleted":  # its passage may point into an older text: only its size
            yield from _too_large((where, i, "passage"), claim.passage)
            continue
        if claim.id not in _repairing.get():
            for loc, rule in claim_rules(claim):
                yield ("claims", i, *loc), f"{rule}: {_REPAIR.format(id=claim.id)}"
        passages = [("passage",), *(("also_at", j) for j in range(len(claim.also_at)))]
        for place, p in zip(passages, [claim.passage, *claim.also_at], strict=True):
            yield from _check_passage(("claims", i, *place), p, text)
    for i, item in enumerate(doc.left_out):
        yield from _check_passage(("left_out", i, "passage"), item.passage, text)


def unwritable(number: int) -> bool:
    """Whether Python refuses to write `number` in decimal (more than 4,300 digits: under
    14,000 bits it never has), which a hexadecimal one read from a file can be."""
    return abs(number).bit_length() >= 14_000


def digits(number: int) -> str:
    """How many digits `number` has, said without writing it (see unwritable)."""
    if not unwritable(number):
        return str(len(str(abs(number))))
    return f"about {int(abs(number).bit_length() * 0.30103) + 1}"


def _too_large(loc: Loc, p: Any) -> Iterator[tuple[Loc, str]]:
    """An offset of more than 40 digits (a message would echo all of them, 4,000 of them,
    or could not write them at all), said by its size."""
    for name in ("start", "end"):
        if abs(getattr(p, name)) >= 10**40:
            yield (*loc, name), f"a number of {digits(getattr(p, name))} digits is too large"
            return


def _check_passage(loc: Loc, p: Any, text: str) -> Iterator[tuple[Loc, str]]:
    if huge := next(_too_large(loc, p), None):
        yield huge
    elif p.start > p.end:  # reversed, not outside: said as it is
        yield (*loc, "end"), f"offsets {p.start}-{p.end} are reversed (the end is before the start)"
    elif p.end > len(text):
        yield (
            (*loc, "end"),
            f"offsets {p.start}-{p.end} fall outside the article text ({len(text)} characters)",
        )
    elif text[p.start : p.end] != p.quote:
        found = text[p.start : p.end]
        yield (
            (*loc, "quote"),
            f"does not match the article text at {p.start}-{p.end} (found {shorten(found)!r})",
        )
    elif not text.endswith(p.prefix, 0, p.start):  # no copy of the text before it
        yield (*loc, "prefix"), "does not match the article text before the quote"
    elif not text.startswith(p.suffix, p.end):
        yield (*loc, "suffix"), "does not match the article text after the quote"


def shorten(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
