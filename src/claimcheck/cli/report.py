"""The report command: one or more claim files to a verification report in any format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli import reporting
from claimcheck.cli.app import (
    DEFAULT_FILE,
    CacheOption,
    FileOption,
    FilesArgument,
    command,
    output_file,
)
from claimcheck.cli.complete import states
from claimcheck.states import names_text


@command("report")
def report(
    ctx: typer.Context,
    files: FilesArgument = None,
    file: FileOption = DEFAULT_FILE,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-F",
            metavar="FORMAT",
            help="term (default), md, html, json, csv, claimreview or any other format "
            "installed in claimcheck/formats; guessed from the -o suffix when not given.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            parser=output_file,
            help="Write to this file (atomically) instead of stdout ('-': stdout).",
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Exit 1 if any claim is pending or a sourced claim lacks a usable source.",
        ),
    ] = False,
    url: Annotated[
        str | None,
        typer.Option(
            "--url", help="The URL where the fact-check is published (needed for claimreview)."
        ),
    ] = None,
    public: Annotated[
        bool | None,
        typer.Option(
            "--public/--internal",
            help="For readers: public explanations and current sources only; no internal "
            "notes, reviewer names or history (default: report.public in claimcheck.toml).",
            show_default=False,
        ),
    ] = None,
    org: Annotated[
        str | None,
        typer.Option(
            "--org",
            help="The organisation that publishes (default: org.name in claimcheck.toml).",
        ),
    ] = None,
    label: Annotated[
        list[str] | None,
        typer.Option(
            "--label",
            "-l",
            metavar="STATE",
            help=f"Only claims in this state: {names_text()}; "
            "or needs-recheck (changed since it was tagged).",
            autocompletion=states,
        ),
    ] = None,
    section: Annotated[
        list[str] | None,
        typer.Option("--section", metavar="HEADING", help="Only claims under this heading."),
    ] = None,
    by: Annotated[
        list[str] | None,
        typer.Option("--reviewer", "-r", metavar="NAME", help="Only claims this reviewer decided."),
    ] = None,
    cached: CacheOption = True,
) -> None:
    """Write the verification report: summary, sources, follow-ups, opinions, what is pending.

    Several files (or a folder) give one report across articles, with totals.

    Example: claimcheck report -f data/claims.yaml --format html -o report.html
    """
    reporting.report(
        ctx, files, file, fmt, output, strict, url, public, org, label, section, by, cached
    )
