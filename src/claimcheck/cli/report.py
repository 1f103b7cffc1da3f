"""The report command: one or more claim files to a verification report in any format."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimcheck.cli.app import (
    DEFAULT_FILE,
    CacheOption,
    FileOption,
    FilesArgument,
    command,
    counting,
    note,
    out_console,
    progress,
)
from claimcheck.errors import BadUsage, ExitCode

if TYPE_CHECKING:
    from claimcheck.report import ArticleReport, Rendered, Report


class Format(StrEnum):
    TERM = "term"
    MD = "md"
    HTML = "html"
    JSON = "json"
    CSV = "csv"
    CLAIMREVIEW = "claimreview"


@command("report")
def report(
    files: FilesArgument = None,
    file: FileOption = DEFAULT_FILE,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-F",
            help="term (default), md, html, json, csv or claimreview; "
            "guessed from the -o suffix when not given.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout."),
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
    cached: CacheOption = True,
) -> None:
    """Write the verification report: summary, sources, follow-ups, opinions, what is pending.

    Several files (or a folder) give one report across articles, with totals.

    Example: claimcheck report -f data/claims.yaml --format html -o report.html
    """
    from claimcheck.formats import SUFFIXES
    from claimcheck.models import check_http_url
    from claimcheck.report import Totals, expand

    paths = list(expand(files or [file]))
    if not paths:
        raise BadUsage(f"no claim files (*.yaml) found in {', '.join(map(str, files or []))}")
    chosen = fmt or Format(SUFFIXES.get(output.suffix.lower(), "term") if output else "term")
    if chosen is Format.CLAIMREVIEW:
        if not url:
            raise BadUsage("--format claimreview needs --url, the page the fact-check is on")
        try:
            check_http_url(url)
        except ValueError as exc:
            raise BadUsage(f"--url: {exc}") from None
    guard = _Guard(output, paths)
    totals = Totals()
    as_json = chosen is Format.JSON
    articles = (totals.add(a) for a in _reports(paths, guard, cached, as_json))
    with progress(len(paths), "reading claim files") as advance:
        counted = counting(articles, advance)
        if output is None and chosen is Format.TERM:
            _draw(counted)  # at the terminal's width, in colour when it is a terminal
        elif output is None:
            for chunk in _render(chosen, counted, url or ""):
                sys.stdout.write(chunk)
            sys.stdout.flush()
        else:
            from claimcheck import store

            chunks = _render(chosen, counted, url or "")
            store.write_atomic(output, (c.encode("utf-8") for c in chunks))
    problems = totals.problems
    if output is not None:
        note(f"Wrote the {chosen} report on {len(paths)} claim file(s) to {output}")
    untagged = totals.counts["pending"] + totals.counts["disputed"]
    if chosen is Format.CLAIMREVIEW and untagged:
        note(f"{untagged} pending or disputed claims have no ClaimReview yet")
    if strict and problems:
        for problem in problems:
            note(f"Not ready: {problem}")
        raise typer.Exit(ExitCode.USER_ERROR)
    if problems and (output is not None or chosen is not Format.TERM):
        note(
            f"Warning: {problems[0]}" + (f" (and {len(problems) - 1} more)" if problems[1:] else "")
        )


class _Guard:
    """Refuses an --output that is one of the inputs (a claim file, its review journal with
    decisions not yet folded in, its lock, or its article text)."""

    def __init__(self, output: Path | None, inputs: list[Path]) -> None:
        from claimcheck.store import journal_path, lock_path

        self.output = output
        self.target = output.resolve() if output else None
        for path in inputs:
            for kept in (path, journal_path(path), lock_path(path)):
                self.check(kept)

    def check(self, path: Path) -> None:
        if self.target is not None and path.resolve() == self.target:
            raise BadUsage(
                f"-o {self.output} would overwrite an input of the report; choose another file"
            )


def _reports(
    paths: list[Path], guard: _Guard, use_cache: bool, as_json: bool = False
) -> Iterator[ArticleReport | Rendered]:
    """Each file's report: from the cache when its content is unchanged, else computed."""
    from claimcheck import cache

    root = cache.folder() if use_cache else None
    for path in paths:
        found = cache.report_of(path, root, as_json=as_json)
        if found.text_path is not None:
            guard.check(path.parent / found.text_path)
        yield found.report


def _records(articles: Iterable[ArticleReport | Rendered]) -> Iterator[ArticleReport]:
    """The reports as records (only the JSON format is given cached JSON instead)."""
    from claimcheck.report import Rendered

    for article in articles:
        assert not isinstance(article, Rendered)
        yield article


def _render(fmt: Format, items: Iterable[ArticleReport | Rendered], url: str) -> Iterator[str]:
    """The report as text chunks. Streaming formats produce an article at a time."""
    from claimcheck.report import build

    if fmt is Format.JSON:
        from claimcheck.formats import jsonout

        yield from jsonout.chunks(items)
        return
    articles = _records(items)
    if fmt is Format.CSV:
        from claimcheck.formats import table

        yield from table.chunks(articles)
    elif fmt is Format.CLAIMREVIEW:
        from claimcheck.formats import claimreview

        yield claimreview.render(articles, url)
    elif fmt is Format.MD:
        from claimcheck.formats import markdown

        yield markdown.render(build(articles))
    elif fmt is Format.HTML:
        from claimcheck.formats import html

        yield html.render(build(articles))
    else:
        yield _term_text(build(articles))


def _term_text(report: Report) -> str:
    """The terminal rendering as text for a file: no colour, 100 columns."""
    import io

    from rich.console import Console

    from claimcheck.formats import term

    buffer = io.StringIO()
    console = Console(file=buffer, width=100, color_system=None, highlight=False)
    for part in term.render(report):
        console.print(part)
    return buffer.getvalue()


def _draw(items: Iterable[ArticleReport | Rendered]) -> None:
    from claimcheck.formats import term
    from claimcheck.report import build

    report = build(_records(items))
    console = out_console()
    for part in term.render(report):
        console.print(part)
