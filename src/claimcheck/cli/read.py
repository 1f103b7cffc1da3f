"""Read-only commands: validate, list, show, schema."""

from __future__ import annotations

from typing import Annotated

import typer

from claimcheck.cli import reads
from claimcheck.cli.app import (
    DEFAULT_FILE,
    CacheOption,
    FileOption,
    FilesArgument,
    JsonOption,
    _claim_ids,
    command,
)
from claimcheck.cli.complete import states
from claimcheck.cli.output import stdout_json
from claimcheck.cli.reads import plain_listing as plain_listing
from claimcheck.errors import BadUsage
from claimcheck.states import names_text


@command("validate")
def validate(
    ctx: typer.Context,
    files: FilesArgument = None,
    file: FileOption = DEFAULT_FILE,
    as_json: JsonOption = False,
    cached: CacheOption = True,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix",
            help="First fill in the offsets, prefix and suffix of passages written by hand "
            "with only a quote (saying what it did).",
        ),
    ] = False,
    fold: Annotated[
        bool,
        typer.Option(
            "--fold",
            help="First save the review decisions waiting in each file's journal (a review "
            "that was killed leaves them there) into the file.",
        ),
    ] = False,
) -> None:
    """Check claim files: print one line per problem, with its file and line.

    Exits 1 if any file has a problem. Files whose content has not changed since they
    last passed are not parsed again (see --no-cache). --json prints a list with one
    object per file, however the files were named.

    Example: claimcheck validate -f data/claims.yaml --fix
    """
    reads.validate(ctx, files, file, as_json, cached, fix, fold)


@command("list")
def list_claims(
    file: FileOption = DEFAULT_FILE,
    label: Annotated[
        list[str] | None,
        typer.Option(
            "--label",
            "-l",
            help=f"Only claims in this state (repeatable): {names_text()}; "
            "or needs-recheck (changed since it was tagged).",
            autocompletion=states,
        ),
    ] = None,
    text: Annotated[
        str | None, typer.Option("--text", "-t", help="Only claims containing this text.")
    ] = None,
    section: Annotated[
        str | None, typer.Option("--section", help="Only claims in sections containing this.")
    ] = None,
    old_section: Annotated[str | None, typer.Option("-s", hidden=True)] = None,
    hint: Annotated[
        list[str] | None,
        typer.Option(
            "--hint",
            help="Only claims whose extraction hint is of this kind (repeatable): factual, "
            "opinion or unclear.",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List the claims in a table, optionally filtered.

    Example: claimcheck list -f data/claims.yaml --label pending --hint opinion
    """
    reads.list_claims(file, label, text, section, old_section, hint, as_json)


@command("show")
def show(
    claim_id: Annotated[
        str | None,
        typer.Argument(metavar="ID", help="The claim's id, e.g. c012.", autocompletion=_claim_ids),
    ] = None,
    file: FileOption = DEFAULT_FILE,
    as_json: JsonOption = False,
    left_out: Annotated[
        bool,
        typer.Option(
            "--left-out",
            help="Instead of a claim, list the passages extract left out: offsets, reason, "
            "text (promote one with add --left-out START-END).",
        ),
    ] = False,
) -> None:
    """Show one claim in its paragraph, the passage highlighted, with its history and the
    left-out passages next to it; or, with --left-out, every left-out passage.

    Example: claimcheck show c012 -f data/claims.yaml
    """
    reads.show(claim_id, file, as_json, left_out)


@command("schema")
def schema(
    which: Annotated[
        str,
        typer.Argument(
            metavar="[claims|report]",
            help="The claim file's schema (default) or the JSON report's.",
        ),
    ] = "claims",
) -> None:
    """Print a JSON Schema: of a claim file, for editors; or of `report --format json`.

    Example: claimcheck schema > claims.schema.json; claimcheck schema report
    """
    if which == "claims":
        from claimcheck.models import json_schema
    elif which == "report":
        from claimcheck.report import json_schema
    else:
        raise BadUsage(f"unknown schema {which!r}; choose claims or report")
    print(stdout_json(json_schema()))
