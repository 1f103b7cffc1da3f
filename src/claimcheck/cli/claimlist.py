"""Correcting the claim list: add, edit, split, merge, delete, undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from claimcheck.cli.app import (
    DEFAULT_FILE,
    ClaimIdArgument,
    FileOption,
    JsonOption,
    ReviewerOption,
    command,
)
from claimcheck.errors import BadUsage, InvalidValue
from claimcheck.safe import shown_path

if TYPE_CHECKING:
    from claimcheck.store import Loaded

QuoteOption = Annotated[
    str | None, typer.Option("--quote", help="The passage: its exact words in the article.")
]
PrefixOption = Annotated[
    str, typer.Option("--prefix", help="Text just before the quote (to choose among repeats).")
]
SuffixOption = Annotated[
    str, typer.Option("--suffix", help="Text just after the quote (to choose among repeats).")
]
AtOption = Annotated[
    str | None, typer.Option("--at", help="The passage as offsets into the article, START-END.")
]
TextOption = Annotated[str | None, typer.Option("--text", help="The claim as restated.")]
SectionOption = Annotated[
    str | None, typer.Option("--section", help="The article section ('' removes it).")
]


def _offsets(value: str, option: str) -> tuple[int, int]:
    import re

    # ASCII digits only: int() also reads full-width and other scripts' digits
    found = re.fullmatch(r"\s*([0-9]+)\s*-\s*([0-9]+)\s*", value, re.ASCII)
    if found is None:
        raise InvalidValue(f"{option}: not offsets START-END: {value!r}")
    return int(found[1]), int(found[2])


def _spot(quote: str | None, prefix: str, suffix: str, at: str | None):  # type: ignore[no-untyped-def]
    from claimcheck.spots import Spot

    if quote is not None and at is not None:
        raise InvalidValue("give the passage as --quote or as --at, not both")
    if quote is None and at is None:
        return None
    if at is not None:
        start, end = _offsets(at, "--at")
        return Spot(start=start, end=end)
    return Spot(quote=quote, prefix=prefix, suffix=suffix)


T = TypeVar("T")


def _update(path: Path, change: Callable[[Loaded], T]) -> T:
    """store.update, with a refusal naming the claim file; a result that would not load
    (the rules `validate` applies) is refused and nothing is written."""
    from claimcheck import store

    try:
        return store.update(path, change, check=True)
    except InvalidValue as exc:
        raise InvalidValue(f"{shown_path(path)}: {exc}") from None


def _emit(lines: list[str], data: object, as_json: bool) -> None:
    if as_json:
        from claimcheck.cli.output import stdout_json

        print(stdout_json(data))
        return
    from claimcheck.safe import clean

    for line in lines:
        print(clean(line))


@command("add")
def add(
    file: FileOption = DEFAULT_FILE,
    quote: QuoteOption = None,
    prefix: PrefixOption = "",
    suffix: SuffixOption = "",
    at: AtOption = None,
    left_out: Annotated[
        str | None,
        typer.Option(
            "--left-out",
            help="Promote a passage extraction left out, by its offsets START-END "
            "(as extract --explain lists them).",
        ),
    ] = None,
    text: TextOption = None,
    section: SectionOption = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Add a claim on a passage another claim already holds (a second statement "
            "the same words make: give its --text).",
        ),
    ] = False,
    reviewer: ReviewerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a claim on a passage of the article, found by its quote or its offsets.

    The claim's text defaults to the passage, cleaned; it gets a new id that no other
    claim, deleted or not, has had. A passage another claim already holds is refused,
    naming that claim, unless --force.

    Example: claimcheck add --quote "at least two tanks confirmed" --text "Two tanks were hit."
    """
    from claimcheck import store
    from claimcheck.edits import add as add_claim
    from claimcheck.identity import reviewer_name
    from claimcheck.spots import Spot

    spot = _spot(quote, prefix, suffix, at)
    if left_out is not None:
        if spot is not None:
            raise InvalidValue("give the passage once: --quote, --at or --left-out")
        start, end = _offsets(left_out, "--left-out")
        spot = Spot(start=start, end=end)
    if spot is None:
        raise InvalidValue(
            "say which passage: --quote TEXT, --at START-END or --left-out START-END"
        )
    by = reviewer_name(reviewer)

    def change(loaded: store.Loaded) -> tuple[str, str]:
        if left_out is not None and not any(
            (i.passage.start, i.passage.end) == (spot.start, spot.end) for i in loaded.doc.left_out
        ):
            raise InvalidValue(f"--left-out {left_out}: no left-out passage has these offsets")
        claim = add_claim(loaded.doc, loaded.text, by, spot, text, section, again=force)
        return claim.id, claim.text

    claim_id, body = _update(file, change)
    _emit([f"{claim_id}: added: {body}"], {"id": claim_id, "text": body}, as_json)


@command("edit")
def edit(
    claim_id: ClaimIdArgument,
    file: FileOption = DEFAULT_FILE,
    text: TextOption = None,
    section: SectionOption = None,
    quote: QuoteOption = None,
    prefix: PrefixOption = "",
    suffix: SuffixOption = "",
    at: AtOption = None,
    reviewer: ReviewerOption = None,
) -> None:
    """Change a claim's text, section or passage (move or widen it with --quote or --at).

    Its label and sources stay; a tagged claim whose text or passage changes needs a
    re-check (list --label needs-recheck finds it; a new decision clears it).

    Example: claimcheck edit c012 --text "Two tanks were destroyed." --section Battles
    """
    from claimcheck import store
    from claimcheck.edits import edit as edit_claim
    from claimcheck.identity import reviewer_name

    spot = _spot(quote, prefix, suffix, at)
    if text is None and section is None and spot is None:
        raise BadUsage(f"nothing to change in {claim_id}: give --text, --section, --quote or --at")
    by = reviewer_name(reviewer)

    def change(loaded: store.Loaded) -> str:
        changed = edit_claim(
            loaded.doc,
            loaded.text,
            by,
            claim_id,
            path_name=str(file),
            claim_text=text,
            section=section,
            spot=spot,
        )
        claim = loaded.doc.claim(claim_id)
        assert claim is not None
        if not changed:
            return f"{claim_id}: unchanged"
        what = ", ".join(c.field for c in changed)
        recheck = f"; {claim.label_name}, needs a re-check" if claim.needs_recheck else ""
        return f"{claim_id}: changed {what}{recheck}"

    _emit([_update(file, change)], None, False)


@command("split")
def split(
    claim_id: ClaimIdArgument,
    file: FileOption = DEFAULT_FILE,
    quote: Annotated[
        list[str] | None,
        typer.Option("--quote", help="A part's passage: words inside the claim's (repeatable)."),
    ] = None,
    at: Annotated[
        list[int] | None,
        typer.Option("--at", help="A split point: an article offset inside the passage."),
    ] = None,
    text: Annotated[
        list[str] | None, typer.Option("--text", help="Each part's claim text, in order.")
    ] = None,
    reviewer: ReviewerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Split a compound claim into claims of its own, each on a part of its passage.

    The parts get new ids (their split_from names the claim) and its decisions, to be
    re-checked; the claim itself becomes a tombstone.

    Example: claimcheck split c012 --quote "Russia invaded" --quote "tanks were lost"
    """
    from claimcheck import store
    from claimcheck.edits import split as split_claim
    from claimcheck.identity import reviewer_name

    if quote and at:
        raise InvalidValue("give the parts as --quote or as split points --at, not both")
    if not quote and not at:
        raise BadUsage("give the parts as --quote (two or more) or split points --at")
    by = reviewer_name(reviewer)

    def change(loaded: store.Loaded) -> list[tuple[str, str]]:
        parts = split_claim(
            loaded.doc,
            loaded.text,
            by,
            claim_id,
            path_name=str(file),
            quotes=quote,
            points=at,
            texts=text,
        )
        return [(p.id, p.text) for p in parts]

    parts = _update(file, change)
    lines = [f"{claim_id}: split into {', '.join(p for p, _ in parts)}"]
    lines += [f"{p}: {body}" for p, body in parts]
    _emit(lines, [{"id": p, "text": body, "split_from": claim_id} for p, body in parts], as_json)


@command("merge")
def merge(
    claim_ids: Annotated[
        list[str],
        typer.Argument(metavar="ID ID...", help="The claim that stays, then those merged in."),
    ],
    file: FileOption = DEFAULT_FILE,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Merge claims whose statements or labels differ: the first one's decisions stand.",
        ),
    ] = False,
    reviewer: ReviewerOption = None,
) -> None:
    """Merge claims that make the same statement into the first one.

    It keeps its id, text and passage; the others' passages join its also_at, their
    reviewers' decisions join its own, and they become tombstones.

    Example: claimcheck merge c012 c040
    """
    from claimcheck import store
    from claimcheck.combine import merge as merge_claims
    from claimcheck.identity import reviewer_name

    if len(claim_ids) < 2:  # a missing argument, as typer says of none: bad usage
        raise BadUsage(f"name the claims merged into {claim_ids[0]} too: merge ID ID...")
    by = reviewer_name(reviewer)

    def change(loaded: store.Loaded) -> list[str]:
        keep, notes = merge_claims(loaded.doc, by, claim_ids, path_name=str(file), force=force)
        return [f"{keep.id}: merged {', '.join(claim_ids[1:])} into it", *notes]

    _emit(_update(file, change), None, False)


@command("delete")
def delete(
    claim_id: ClaimIdArgument,
    file: FileOption = DEFAULT_FILE,
    reviewer: ReviewerOption = None,
) -> None:
    """Delete a claim (junk, a fragment): it is kept as a tombstone, hidden everywhere.

    Its id is never given again; undo brings it back.

    Example: claimcheck delete c099
    """
    from claimcheck import store
    from claimcheck.edits import delete as delete_claim
    from claimcheck.identity import reviewer_name

    by = reviewer_name(reviewer)

    def change(loaded: store.Loaded) -> str:
        claim = delete_claim(loaded.doc, by, claim_id, path_name=str(file))
        return f"{claim.id}: deleted ({claim.label_name})"

    _emit([_update(file, change)], None, False)


@command("undo")
def undo(
    file: FileOption = DEFAULT_FILE,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="How many operations to undo.")
    ] = 1,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Undo an operation even when someone else changed its claims since "
            "(their change is lost with it).",
        ),
    ] = False,
    reviewer: ReviewerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Undo your last operations on the claim file (edits, adds, splits, merges,
    deletions and decisions), from its history: also after the review was closed.

    An operation someone else has built on since (a decision on a part of your split,
    an edit after yours) is refused unless --force.

    Example: claimcheck undo -n 2
    """
    from claimcheck import store
    from claimcheck.identity import reviewer_name
    from claimcheck.undo import Undone
    from claimcheck.undo import undo as undo_last

    by = reviewer_name(reviewer)

    def change(loaded: store.Loaded) -> list[Undone]:
        from claimcheck.undo import last_operation

        done: list[Undone] = []
        for n in range(limit):
            if n and last_operation(loaded.doc, by) is None:
                break  # fewer operations than asked for: undo those there are
            done += undo_last(loaded.doc, by, force=force)
        return done

    done = _update(file, change)
    data = [{k: v for k, v in item._asdict().items() if k != "line"} for item in done]
    _emit([item.line for item in done], data, as_json)
