"""Tagging from scripts: tag, untag, history."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimcheck.cli.app import (
    DEFAULT_FILE,
    ClaimIdArgument,
    FileOption,
    JsonOption,
    ReviewerOption,
    command,
    deprecated,
)
from claimcheck.cli.complete import labels
from claimcheck.errors import InvalidValue, UnknownClaim
from claimcheck.safe import shown_path
from claimcheck.states import SETTABLE
from claimcheck.wording import count

if TYPE_CHECKING:
    from claimcheck.models import Change


def _set(
    path: Path,
    claim_id: str,
    label_name: str,
    reviewer: str | None,
    sources: list[str],
    title: str | None,
    quote: str | None,
    accessed: date | None,
    note: str | None,
    adjudicate: bool = False,
    explanation: str | None = None,
) -> None:
    from claimcheck import store
    from claimcheck.decisions import dropped_explanation, make_source
    from claimcheck.decisions import tag as tag_claim
    from claimcheck.identity import reviewer_name
    from claimcheck.models import Claim, Label
    from claimcheck.query import parse_label, reviews_line

    label = parse_label(label_name)
    if (title or quote) and len(sources) != 1:
        raise InvalidValue("--title and --passage describe one source: give exactly one --source")
    try:
        new_sources = [make_source(s, title, quote, accessed) for s in sources]
    except InvalidValue as exc:  # said of what was typed after --source, unless it names another
        said = str(exc)
        raise InvalidValue(said if said.startswith("--") else f"--source: {said}") from None
    if new_sources and label is not Label.SOURCED:
        raise InvalidValue(f"--source goes with the label sourced, not {label_name}")
    by = reviewer_name(reviewer)
    if adjudicate:
        from claimcheck.config import load as load_config

        refused = load_config(path).adjudicator_refused(by)
        if refused:
            raise InvalidValue(refused)

    def change(loaded: store.Loaded) -> str:
        claim = loaded.doc.claim(claim_id)
        if claim is None and (gone := loaded.doc.tombstone(claim_id)) is not None:
            from claimcheck.edits import deleted

            raise InvalidValue(f"{shown_path(path)}: {deleted(gone)}")
        if claim is None:
            raise UnknownClaim(path, claim_id)
        said = change_claim(claim)
        if broken := next(claim_rules(claim), None):  # a file broken by hand, not repaired
            raise InvalidValue(f"{shown_path(path)}: {claim_id}: {broken[1]}; nothing was changed")
        return said

    def change_claim(claim: Claim) -> str:
        before, stale = claim.label_name, claim.needs_recheck
        dropped = dropped_explanation(claim, by, label, adjudicate, explanation)
        changed = tag_claim(
            claim, by, label, new_sources, note, adjudicate=adjudicate, explanation=explanation
        )
        reviews = f" (reviews: {reviews_line(claim)})" if claim.apart() else ""
        # the same label again on a claim whose words changed since: the re-check
        rechecked = ["re-checked"] if stale and not claim.needs_recheck else []
        if not changed and not rechecked:
            return f"{claim_id}: unchanged ({before}){reviews}"
        n = len(claim.sources)
        detail = f" ({count(n, 'source')})" if claim.label is Label.SOURCED else ""
        after = f"; {dropped}" if dropped else ""
        if before == claim.label_name:  # say what changed, not "unverified → unverified"
            what = [*rechecked, *what_changed(changed, said_dropped=bool(dropped))]
            if claim.apart() and any(c.field == "review" for c in changed):
                what.insert(0, "your review recorded")
            shown = ", ".join(what) or "your review recorded"
            return f"{claim_id}: {before}{detail}, {shown}{reviews}{after}"
        return f"{claim_id}: {before} → {claim.label_name}{detail}{reviews}{after}"

    from claimcheck.claimlogic import claim_rules, repairing
    from claimcheck.safe import clean

    with repairing(claim_id):  # a claim broken by hand can be tagged whole again
        said = store.update_claim(path, claim_id, change_claim, change)
    print(clean(said))  # it names reviewers, who come from the file


def what_changed(changed: list[Change], said_dropped: bool = False) -> list[str]:
    """What a decision that kept the claim's label changed, in words: its sources, note
    and public explanation (one dropped is said by itself when `said_dropped`)."""
    out: list[str] = []
    for change in changed:
        if change.field == "sources":
            old, new = change.old or [], change.new or []
            assert isinstance(old, list) and isinstance(new, list)
            added = len(new) - len(old)
            if added > 0 and new[: len(old)] == old:
                out.append(f"{count(added, 'source')} added")
            else:
                out.append("sources changed")
        elif change.field in ("note", "explanation"):
            if change.field == "explanation" and change.new is None and said_dropped:
                continue
            how = "added" if change.old is None else "removed" if change.new is None else "changed"
            out.append(f"{change.field} {how}")
    return out


@command("tag")
def tag(
    claim_id: ClaimIdArgument,
    label: Annotated[
        str,
        typer.Argument(
            metavar="LABEL",
            help=f"{', '.join(SETTABLE[:-1])} (or {SETTABLE[-1]}).",
            autocompletion=labels,
        ),
    ],
    file: FileOption = DEFAULT_FILE,
    source: Annotated[
        list[str] | None,
        typer.Option(
            "--source",
            "-s",
            help="An http(s) URL or a citation that backs the claim (repeatable; added to any "
            "sources it has).",
        ),
    ] = None,
    title: Annotated[str | None, typer.Option(help="The source's title.")] = None,
    passage: Annotated[
        str | None,
        typer.Option("--passage", help="The passage of the source that backs the claim."),
    ] = None,
    old_quote: Annotated[str | None, typer.Option("--quote", hidden=True)] = None,
    accessed: Annotated[
        str | None, typer.Option(help="When the source was read, YYYY-MM-DD (default: today).")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="A note; '' clears it.")] = None,
    old_note: Annotated[str | None, typer.Option("-n", hidden=True)] = None,
    explanation: Annotated[
        str | None,
        typer.Option(
            "--explanation",
            help="The public explanation readers see (ClaimReview, report --public); "
            "the --note stays internal. '' clears it.",
        ),
    ] = None,
    reviewer: ReviewerOption = None,
    adjudicate: Annotated[
        bool,
        typer.Option("--adjudicate", help="Settle a disputed claim: your label becomes its label."),
    ] = False,
) -> None:
    """Tag one claim, from a script or for a quick fix.

    When a second reviewer tags a claim, each keeps their own decision; if they disagree
    the claim is disputed until someone tags it with --adjudicate.

    Example: claimcheck tag c038 sourced --source https://example.org/report --title "Report"
    """
    from claimcheck.parse import parse_date

    if old_quote is not None:
        deprecated("tag --quote", "--passage (a quote is the article's; this is the source's)")
        passage = passage or old_quote
    if old_note is not None:
        deprecated("tag -n", "--note (-n means --limit, a count)")
        note = old_note if note is None else note
    when = None if accessed is None else parse_date(accessed, "--accessed")
    _set(
        file,
        claim_id,
        label,
        reviewer,
        source or [],
        title,
        passage,
        when,
        note,
        adjudicate,
        explanation,
    )


@command("untag")
def untag(
    claim_id: ClaimIdArgument,
    file: FileOption = DEFAULT_FILE,
    reviewer: ReviewerOption = None,
) -> None:
    """Return a claim to pending (its sources and note are kept; history records it).

    Example: claimcheck untag c038
    """
    _set(file, claim_id, "pending", reviewer, [], None, None, None, None)


@command("history")
def history(
    claim_id: Annotated[
        str | None,
        typer.Argument(metavar="[ID]", help="Only this claim's changes.", show_default=False),
    ] = None,
    file: FileOption = DEFAULT_FILE,
    old_claim: Annotated[str | None, typer.Option("--claim", "-c", hidden=True)] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many changes.")] = 20,
    as_json: JsonOption = False,
) -> None:
    """List the latest changes across the file: when, who, which claim, from what to what.

    Example: claimcheck history c012 -n 50
    """
    from claimcheck.cli import reads

    reads.history(claim_id, file, old_claim, limit, as_json)
