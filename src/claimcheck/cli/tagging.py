"""Tagging from scripts: tag, untag, history."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli.app import (
    DEFAULT_FILE,
    ClaimIdArgument,
    FileOption,
    JsonOption,
    command,
    out_console,
)
from claimcheck.errors import InvalidValue, UnknownClaim

ReviewerOption = Annotated[
    str | None,
    typer.Option(
        "--reviewer",
        "-r",
        help="Who is deciding (default: $CLAIMCHECK_REVIEWER, git user.name, login).",
    ),
]


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
) -> None:
    from claimcheck import store
    from claimcheck.decisions import apply_decision, decide, make_source, merge_sources
    from claimcheck.identity import reviewer_name
    from claimcheck.models import Label
    from claimcheck.query import parse_label, reviews_line

    label = parse_label(label_name)
    if (title or quote) and len(sources) != 1:
        raise InvalidValue("--title and --quote describe one source: give exactly one --source")
    new_sources = [make_source(s, title, quote, accessed) for s in sources]
    if new_sources and label is not Label.SOURCED:
        raise InvalidValue(f"--source goes with the label sourced, not {label_name}")
    by = reviewer_name(reviewer)

    def change(loaded: store.Loaded) -> str:
        claim = loaded.doc.claim(claim_id)
        if claim is None:
            raise UnknownClaim(path, claim_id)
        _, base_sources, base_note = claim.decision_fields() if adjudicate else claim.own_fields(by)
        merged = merge_sources(base_sources, new_sources)
        if label is Label.SOURCED and not merged:
            raise InvalidValue(
                f"{claim_id}: a sourced claim needs a source: add --source URL (or a citation)"
            )
        before = claim.label_name
        decision = decide(claim, by, label, merged, base_note if note is None else note)
        decision = decision.model_copy(update={"adjudicate": adjudicate})
        changed = apply_decision(claim, decision)
        reviews = f" (reviews: {reviews_line(claim)})" if claim.reviews else ""
        if not changed:
            return f"{claim_id}: unchanged ({before}){reviews}"
        n = len(claim.sources)
        detail = f" ({n} source{'s' if n != 1 else ''})" if claim.label is Label.SOURCED else ""
        if before == claim.label_name and claim.reviews:
            return f"{claim_id}: {before}, your review recorded{reviews}"
        return f"{claim_id}: {before} → {claim.label_name}{detail}{reviews}"

    from claimcheck.safe import clean

    print(clean(store.update(path, change)))  # it names reviewers, who come from the file


@command("tag")
def tag(
    claim_id: ClaimIdArgument,
    label: Annotated[
        str, typer.Argument(metavar="LABEL", help="sourced, unverified, opinion (or pending).")
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
    quote: Annotated[
        str | None, typer.Option(help="The passage of the source that backs the claim.")
    ] = None,
    accessed: Annotated[
        str | None, typer.Option(help="When the source was read, YYYY-MM-DD (default: today).")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", "-n", help="A note; '' clears it.")] = None,
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
    when = None
    if accessed is not None:
        try:
            when = date.fromisoformat(accessed)
        except ValueError:
            raise InvalidValue(f"--accessed: not a date (YYYY-MM-DD): {accessed!r}") from None
    _set(file, claim_id, label, reviewer, source or [], title, quote, when, note, adjudicate)


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
    file: FileOption = DEFAULT_FILE,
    claim_id: Annotated[
        str | None, typer.Option("--claim", "-c", help="Only this claim's changes.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many changes.")] = 20,
    as_json: JsonOption = False,
) -> None:
    """List the latest changes across the file: when, who, which claim, from what to what.

    Example: claimcheck history -n 50
    """
    from claimcheck import store

    loaded = store.load(file)
    if claim_id is not None and loaded.doc.claim(claim_id) is None:
        raise UnknownClaim(file, claim_id)
    rows = sorted(
        (
            (change, claim.id)
            for claim in loaded.doc.claims
            if claim_id is None or claim.id == claim_id
            for change in claim.history
        ),
        key=lambda row: row[0].at,
        reverse=True,
    )[:limit]
    if as_json:
        from claimcheck.safe import dumps

        print(dumps([{"claim": cid, **c.model_dump(mode="json")} for c, cid in rows]))
        return
    from claimcheck.cli.render import history_table

    out_console().print(history_table([c for c, _ in rows], [cid for _, cid in rows]))
