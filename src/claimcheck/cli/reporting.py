"""The work of the report command, without typer.

Its options are declared with typer in `report`, whose command calls `report` here; the
fast path (`fastpath`) calls it directly with the values typer would give. The
parameters are those of the typer command, name for name (a test checks it).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.cli.output import (
    claim_paths,
    counting,
    emit,
    for_stdout,
    note,
    out_console,
    progress,
)
from claimcheck.errors import (
    BadUsage,
    ClaimcheckError,
    ExitCode,
    FileMissing,
    InvalidClaimFile,
    InvalidValue,
)
from claimcheck.safe import one_line, shown_path
from claimcheck.wording import count, have, plural

# Formats whose text can escape a character stdout's encoding cannot hold (`for_stdout`).
_ESCAPED = {"json": "json", "claimreview": "json", "html": "html"}

if TYPE_CHECKING:
    from claimcheck.cli.output import Sources
    from claimcheck.config import Desk
    from claimcheck.report import ArticleReport, Rendered


def _one_desk(paths: list[Path], find: Callable[[Path], tuple[Path, str] | None]) -> None:
    """Refuse a report over files that belong to different desks (another configuration
    file, or one under a configuration and one under none): the report is published under
    one desk's name, address and settings, and would put one desk's name on another's
    work. Two configuration files with the same bytes are one desk."""
    if len(paths) < 2:
        return
    from claimcheck.deskfile import shown

    by_folder: dict[Path, Path | None] = {}  # a folder's configuration file, found once
    first: tuple[Path, Path | None] | None = None
    seen: dict[Path, bytes] = {}
    for path in paths:
        folder = path.parent
        if folder not in by_folder:
            found = find(path)
            by_folder[folder] = found[0] if found is not None else None
        config = by_folder[folder]
        if first is None:
            first = path, config
            continue
        if config == first[1]:
            continue
        both = config is not None and first[1] is not None
        if both and _bytes(config, seen) == _bytes(first[1], seen):  # type: ignore[arg-type]
            continue
        raise BadUsage(
            f"{shown(path)} is {_under(config)}, {shown(first[0])} {_under(first[1])}: a "
            "report is published under one desk's name, so report each desk's files on "
            "their own"
        )


def _under(config: Path | None) -> str:
    from claimcheck.deskfile import shown

    return f"under {shown(config)}" if config is not None else "under no desk configuration"


def _bytes(path: Path, seen: dict[Path, bytes]) -> bytes:
    """The bytes of a configuration file, read once."""
    if path not in seen:
        from claimcheck.deskfile import contents

        seen[path] = contents(path)
    return seen[path]


def report(
    ctx: Sources,
    files: list[Path] | None,
    file: Path,
    fmt: str | None,
    output: Path | None,
    strict: bool,
    url: str | None,
    public: bool | None,
    org: str | None,
    label: list[str] | None,
    section: list[str] | None,
    by: list[str] | None,
    cached: bool,
) -> None:
    from claimcheck.deskfile import find
    from claimcheck.formats.registry import Options, choose
    from claimcheck.reportdata import Totals, expand

    if output is not None and str(output) == "-":
        output = None  # "-o -": standard output, as "-" means for an article
    if org is not None:  # what would be published: nothing left of '\e]0;x\a' is --org ''
        org = one_line(org)
    paths = list(expand(claim_paths(ctx, files, file)))
    if not paths:
        raise BadUsage(f"no claim files (*.yaml) found in {', '.join(map(str, files or []))}")
    guard = _Guard(output, paths)  # checked first: an -o over an input is the worst mistake
    # the desk's records only when it has a configuration file (or --org changes it): the
    # defaults are plain here, and pydantic's model machinery is most of the memory a
    # report over an archive takes beyond the stack's own
    desk: Desk | None = None
    _one_desk(paths, find)
    if org or find(paths[0]) is not None:
        from claimcheck.config import load

        desk = load(paths[0]).desk
        if org:
            desk = desk.model_copy(update={"org": desk.org.model_copy(update={"name": org})})
    default_format = desk.report.format if desk else None
    chosen = choose(fmt, str(output) if output else None, default_format or "term")
    states = _states(label)
    if public is None:
        public = desk.report.public if desk else False
    if desk is None and not chosen.takes_json:
        from claimcheck.config import default_desk

        desk = default_desk()  # the formats that read records read the desk's too
    base_url = desk.publish.base_url if desk else None
    org_name = desk.org.name if desk else None
    if chosen.needs_url:
        if not url and not base_url:
            raise BadUsage(
                f"--format {chosen.name} needs --url, the page the fact-check is on "
                "(or [publish] base_url in claimcheck.toml)"
            )
        if url:
            from claimcheck.parse import parse_url

            parse_url(url, "--url", published=True)
        if not org_name:
            note(
                "Warning: no organisation to publish as: set [org] name in claimcheck.toml "
                "or give --org"
            )
    totals = Totals()
    records_only = public or bool(states or section or by)
    found = _reports(paths, guard, cached, chosen.takes_json and not records_only)
    shaped = _shape(found, public, org_name, states, section or [], by or [])
    articles = (totals.add(a) for a in shaped)
    options = Options(
        url=url or "", desk=desk, warn=note, output=str(output) if output else None, public=public
    )
    with progress(len(paths), "reading claim files") as advance:
        counted = counting(articles, advance)
        # on standard output, nothing is printed until every file has been read: a claim
        # file that fails half-way must not leave half a report (a JSON document cut off)
        if output is None and chosen.draw is not None:
            from claimcheck.formats.registry import records

            read = list(counted)
            console = out_console()  # a terminal's width and colours; else plain (draw)
            chosen.draw(records(iter(read)), console)
        elif output is None:
            # JSON and HTML can say any character in ASCII; CSV and Markdown cannot (`?`)
            kind = _ESCAPED.get(chosen.name, "")
            for chunk in list(chosen.write(counted, options)):
                emit(for_stdout(chunk, kind) if kind else chunk)
            sys.stdout.flush()
        else:
            from claimcheck.claimfile.atomic import write_atomic

            chunks = chosen.write(counted, options)
            try:
                write_atomic(output, (c.encode("utf-8") for c in chunks), output=True)
            except (InvalidClaimFile, FileMissing) as exc:
                # a claim file that fails half-way: the report is not half written
                raise _Unwritten(exc, output) from None
    if desk is not None:
        from claimcheck.roster import off_roster

        problems = totals.problems + [p for path in paths for p in off_roster(path, desk)]
    else:
        problems = totals.problems
    if output is not None:
        note(
            f"Wrote the {chosen.name} report on {count(len(paths), 'claim file')} to "
            f"{shown_path(output)}"
        )
    if (states or section or by) and not sum(totals.counts.values()):
        note("Warning: no claim matches --label, --section and --reviewer as given")
    untagged = totals.counts["pending"] + totals.counts["disputed"]
    if chosen.name == "claimreview" and untagged:
        what = f"{untagged} pending or disputed {plural('claim', untagged)} {have(untagged)}"
        note(f"{what} no ClaimReview yet")
    if strict and problems:
        for problem in problems:
            note(f"Not ready: {problem}")
        raise SystemExit(ExitCode.USER_ERROR)
    if problems and (output is not None or chosen.draw is None):
        for problem in problems[:SHOWN_PROBLEMS]:
            note(f"Warning: {problem}")
        if problems[SHOWN_PROBLEMS:]:
            more = len(problems) - SHOWN_PROBLEMS
            note(f"Warning: {count(more, 'more problem')}; report --strict lists them all")


class _Unwritten(ClaimcheckError):
    """A claim file's error, and that the report was not written because of it."""

    def __init__(self, cause: ClaimcheckError, output: Path) -> None:
        from claimcheck.deskfile import shown

        self.exit_code = cause.exit_code
        super().__init__(f"{cause}; no report was written to {shown(output)}")


def _states(label: list[str] | None) -> list[str]:
    """The states --label names (the claim records' module only when some are given)."""
    if not label:
        return []
    from claimcheck.query import parse_state

    return [parse_state(s) for s in label]


# Problems named one a line after a report is written; --strict names them all.
SHOWN_PROBLEMS = 5


def _shape(
    reports: Iterator[ArticleReport | Rendered],
    public: bool,
    desk_name: str | None,
    states: list[str],
    sections: list[str],
    reviewers: list[str],
) -> Iterator[ArticleReport | Rendered]:
    """The reports filtered to the claims asked for, and for readers when `public` (the
    reviewers then named as the desk)."""
    from claimcheck.reportdata import Rendered

    for report in reports:
        if not isinstance(report, Rendered):  # records: the cache's JSON is never shaped
            from claimcheck.report import select

            report = select(report, states, sections, reviewers)
            if public:
                from claimcheck.public import public_report

                report = public_report(report, desk_name)
        yield report


class _Guard:
    """Refuses an --output that is one of the inputs (a claim file, its review journal with
    decisions not yet folded in and those kept aside, its lock, its article text, or a
    snapshot of its sources): a user error, exit 1, before anything is written."""

    def __init__(self, output: Path | None, inputs: list[Path]) -> None:
        self.output = output
        self.target = output.resolve() if output else None
        if self.target is None:  # to stdout: nothing to guard (nor the archive to import)
            return
        from claimcheck.claimfile.atomic import aside_path, journal_path, lock_path
        from claimcheck.evidence.names import FOLDER, SNAPSHOT_FILE

        for path in inputs:
            for kept in (path, journal_path(path), aside_path(path), lock_path(path)):
                self.check(kept)
            snapshots = (path.parent / FOLDER).resolve()
            if self.target.parent == snapshots and SNAPSHOT_FILE.fullmatch(self.target.name):
                self.refuse()

    def check(self, path: Path) -> None:
        if self.target is not None and path.resolve() == self.target:
            self.refuse()

    def refuse(self) -> None:
        raise InvalidValue(
            f"-o {shown_path(self.output)} would overwrite an input of the report; choose "
            "another file"
        )


def _reports(
    paths: list[Path], guard: _Guard, use_cache: bool, as_json: bool = False
) -> Iterator[ArticleReport | Rendered]:
    """Each file's report (as the cache's JSON for a format that takes it): from the cache
    when its content is unchanged, else computed."""
    from claimcheck import cache
    from claimcheck.cli.waiting import waiting

    root = cache.folder() if use_cache else None
    for path in paths:
        found = cache.json_report_of(path, root) if as_json else cache.report_of(path, root)
        waiting(path, found.journaled - found.set_aside)
        if found.text_path is not None:
            guard.check(path.parent / found.text_path)
        yield found.report
