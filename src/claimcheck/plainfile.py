"""A claim file validated without pydantic's model machinery, for a report over an archive.

Building any pydantic model class imports pydantic's schema machinery and, through
`pydantic.types`, OpenSSL: about 10 MB of a report's peak memory, more than the whole
report over 1,000 files may add to the stack's own footprint. Here the claim file is
validated by pydantic-core alone, with a core schema written against the records of
`basics`, `verdicts` and `models` (the same field types, bounds, defaults and the same
validator functions, from `claimlogic`), into plain dataclasses with the attributes the
report reads. The records stay the one definition of a claim file: a test checks that
both accept and refuse the same files, with the same values, on every claim file of the
test suite and on hypothesis' mutations of them.

This path takes only the common case: a version 2 file with its text inline, no
journal, valid. Anything else (a version 1 spelling, `text_path`, a journal, an invalid
file) gives None, and the caller loads the file with the records, which name the
problem as ever. Being stricter than the records is safe; accepting more is not.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic_core import SchemaValidator, ValidationError
from pydantic_core import core_schema as cs

from claimcheck import claimlogic, safe
from claimcheck.states import Label

if TYPE_CHECKING:
    from claimcheck.reportdata import ArticleJson

# The names of `basics.ChangeField` and `models.LeftOutReason` (a test compares them).
CHANGE_FIELDS = (
    "label", "sources", "note", "review", "explanation",
    "text", "section", "passage", "also_at", "reviews", "added", "deleted",
    "moved", "reanchored", "removed", "undo", "recheck",
)  # fmt: skip
LEFT_OUT_REASONS = (
    "question", "heading", "caption", "credit", "byline", "dateline", "chrome",
    "repeat", "reader", "lead-in", "attribution", "fragment", "truncated",
    "correction", "new",
)  # fmt: skip


@dataclass
class Proof:
    match: str
    score: float
    start: int | None
    end: int | None


@dataclass
class Snapshot:
    sha256: str
    at: datetime
    content_type: str
    status: int | None
    size: int
    proof: Proof | None


@dataclass
class Source:
    url: str | None
    citation: str | None
    title: str | None
    publisher: str | None
    passage: str | None
    accessed: date | None
    snapshot: Snapshot | None
    earlier: list[Snapshot] | None


@dataclass
class Review:
    by: str | None
    at: datetime | None
    label: Label | None
    sources: list[Source]
    note: str | None
    explanation: str | None
    adjudicates: bool


@dataclass
class Passage:
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass
class Hint:
    kind: str
    reasons: list[str]
    attributed_to: str | None


@dataclass
class Change:
    at: datetime
    by: str
    field: str
    old: Any
    new: Any


@dataclass
class Claim(claimlogic.Reviewed):
    id: str
    text: str
    passage: Passage
    also_at: list[Passage]
    section: str | None
    split_from: str | None
    reviews: list[Review]
    hint: Hint | None
    history: list[Change]


@dataclass
class Article:
    id: str
    title: str
    url: str | None
    author: str | None
    publisher: str | None
    published: date | None
    text: str | None
    text_path: str | None
    sha256: str | None


@dataclass
class LeftOut:
    passage: Passage
    reason: str


@dataclass
class ClaimFile:
    schema_version: int
    article: Article
    claims: list[Claim]
    left_out: list[LeftOut]
    deleted: list[Claim]


# ---- the core schema, field by field as the records declare them


def _record(cls: type, fields: dict[str, cs.CoreSchema], after: Any = None) -> cs.CoreSchema:
    """A record: its fields in their order, unknown keys refused (`Record`'s
    extra="forbid"), then its model validator (`after`), if any."""
    args = cs.dataclass_args_schema(
        cls.__name__,
        [cs.dataclass_field(name, schema, kw_only=True) for name, schema in fields.items()],
        extra_behavior="forbid",
    )
    schema = cs.dataclass_schema(cls, args, list(fields))
    return schema if after is None else cs.no_info_after_validator_function(after, schema)


def _opt(schema: cs.CoreSchema) -> cs.CoreSchema:
    """`X | None = None`."""
    return cs.with_default_schema(cs.nullable_schema(schema), default=None)


def _list(schema: cs.CoreSchema) -> cs.CoreSchema:
    """`list[X] = Field(default_factory=empty)`."""
    return cs.with_default_schema(cs.list_schema(schema), default_factory=list)


def _after(fn: Any, schema: cs.CoreSchema) -> cs.CoreSchema:
    return cs.no_info_after_validator_function(fn, schema)


def _source_check(source: Source) -> Source:
    claimlogic.url_or_citation(source.url, source.citation)
    return source


def _article_check(article: Article) -> Article:
    claimlogic.one_text(article.text, article.text_path)
    return article


def _whole(value: object) -> object:
    if type(value) is not int:
        raise ValueError("not a whole number")
    return value


def _schema() -> cs.CoreSchema:
    text = cs.str_schema()
    non_empty = cs.str_schema(min_length=1)
    who = _after(safe.reviewer, non_empty)
    offset = cs.int_schema(strict=True, ge=0)
    instant = _after(claimlogic.instant, cs.datetime_schema())
    claim_id = _after(claimlogic.claim_id, cs.str_schema())
    label = cs.enum_schema(Label, list(Label.__members__.values()), sub_type="str")
    proof = _record(Proof, {
        "match": cs.literal_schema(["exact", "approximate", "absent"]),
        "score": cs.float_schema(ge=0, le=100, strict=True, allow_inf_nan=False),
        "start": _opt(offset),
        "end": _opt(offset),
    })  # fmt: skip
    snapshot = _record(Snapshot, {
        "sha256": _after(claimlogic.snapshot_sha256, text),
        "at": cs.datetime_schema(),
        "content_type": text,
        "status": _opt(cs.int_schema(strict=True)),
        "size": offset,
        "proof": _opt(proof),
    })  # fmt: skip
    accessed = _after(lambda d: claimlogic.not_after_today(d, claimlogic.SOURCE_READ),
                      cs.date_schema())  # fmt: skip
    source = _record(Source, {
        "url": cs.with_default_schema(
            _after(claimlogic.optional_url, cs.nullable_schema(text)), default=None),
        "citation": _opt(text),
        "title": _opt(text),
        "publisher": _opt(text),
        "passage": _opt(text),
        "accessed": _opt(accessed),
        "snapshot": _opt(snapshot),
        "earlier": _opt(cs.list_schema(snapshot)),
    }, after=_source_check)  # fmt: skip
    review = _record(Review, {
        "by": _opt(who),
        "at": _opt(instant),
        "label": _opt(label),
        "sources": _list(source),
        "note": _opt(text),
        "explanation": _opt(text),
        "adjudicates": cs.with_default_schema(cs.bool_schema(), default=False),
    })  # fmt: skip
    passage = _record(Passage, {
        "quote": non_empty,
        "prefix": cs.with_default_schema(text, default=""),
        "suffix": cs.with_default_schema(text, default=""),
        "start": offset,
        "end": offset,
    })  # fmt: skip
    hint = _record(Hint, {
        "kind": cs.literal_schema(["factual", "opinion", "unclear"]),
        "reasons": _list(text),
        "attributed_to": _opt(text),
    })  # fmt: skip
    value = cs.union_schema([
        text, passage, cs.list_schema(passage), cs.list_schema(source), cs.list_schema(review),
    ])  # fmt: skip
    change = _record(Change, {
        "at": instant,
        "by": who,
        "field": cs.literal_schema(list(CHANGE_FIELDS)),
        "old": _opt(value),
        "new": _opt(value),
    })  # fmt: skip
    claim = _record(Claim, {
        "id": claim_id,
        "text": non_empty,
        "passage": passage,
        "also_at": _list(passage),
        "section": _opt(text),
        "split_from": _opt(claim_id),
        "reviews": _list(review),
        "hint": _opt(hint),
        "history": _list(change),
    })  # fmt: skip
    published = _after(lambda d: claimlogic.not_after_today(d, claimlogic.ARTICLE_PUBLISHED),
                       cs.date_schema())  # fmt: skip
    article = _record(Article, {
        "id": non_empty,
        "title": non_empty,
        "url": cs.with_default_schema(
            _after(claimlogic.optional_url, cs.nullable_schema(text)), default=None),
        "author": _opt(text),
        "publisher": _opt(text),
        "published": _opt(published),
        "text": _opt(text),
        "text_path": _opt(text),
        "sha256": _opt(cs.str_schema(pattern=r"^[0-9a-f]{64}$")),
    }, after=_article_check)  # fmt: skip
    left_out = _record(LeftOut, {
        "passage": passage,
        "reason": cs.literal_schema(list(LEFT_OUT_REASONS)),
    })  # fmt: skip
    return _record(ClaimFile, {
        "schema_version": cs.with_default_schema(  # `2.0` is no version (models)
            cs.no_info_before_validator_function(_whole, cs.literal_schema([2])), default=2),
        "article": article,
        "claims": _list(claim),
        "left_out": _list(left_out),
        "deleted": _list(claim),
    })  # fmt: skip


_validator: SchemaValidator | None = None


def validate(raw: Any) -> ClaimFile | None:
    """The claim file's plain records, or None where the records must judge it."""
    global _validator
    if _validator is None:
        _validator = SchemaValidator(_schema())
    try:
        doc: ClaimFile = _validator.validate_python(raw)
    except ValidationError:
        return None
    return doc


def article_json_of(data: bytes, path: Path) -> ArticleJson | None:
    """The report of the claim file whose bytes are `data` (with no journal), as the
    cache keeps it (`reportdata.article_json`'s); None when the records must load it."""
    from claimcheck.claimfile.breaks import hidden_break
    from claimcheck.claimfile.yaml_dialect import load_yaml
    from claimcheck.errors import InvalidClaimFile
    from claimcheck.reportdata import article_json

    if not data.strip() or b"\x00" in data:
        return None
    was = gc.isenabled()
    gc.disable()  # many objects that all stay alive: see codec.collector_paused
    try:
        text = data.decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
        if hidden_break(text) is not None:  # refused by the records (codec._decode)
            return None
        raw = load_yaml(text, path)
        doc = validate(raw) if isinstance(raw, dict) else None
    except (UnicodeDecodeError, InvalidClaimFile):
        return None
    finally:
        if was:
            gc.enable()
    if doc is None or doc.article.text is None:  # text_path: read and checked by the records
        return None
    if next(claimlogic.check(doc, doc.article.text), None) is not None:
        return None
    return article_json(doc, doc.article.text)
