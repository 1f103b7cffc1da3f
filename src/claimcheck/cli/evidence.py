"""Evidence: snapshots of cited pages (`evidence add`) and live link checks (`evidence check`).

The only commands that reach the network, and only when told to (`--fetch`, `check`).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimcheck.cli.app import (
    DEFAULT_FILE,
    ClaimIdArgument,
    FileOption,
    FilesArgument,
    JsonOption,
    app,
    claim_paths,
    command,
    note,
    progress,
)
from claimcheck.errors import BadUsage, ExitCode, InvalidValue, UnknownClaim
from claimcheck.safe import shown_path
from claimcheck.wording import count

if TYPE_CHECKING:
    from collections.abc import Iterator

    from claimcheck.evidence.archive import Page
    from claimcheck.models import Claim, Snapshot, Source

evidence_app = typer.Typer(
    name="evidence",
    help="Archive the pages sources cite, prove their passages, check the links.\n\n"
    "Example: claimcheck evidence add c038 1 --fetch",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(evidence_app)

TimeoutOption = Annotated[
    float, typer.Option("--timeout", min=0.1, help="Seconds allowed for each fetch.")
]


def pick_source(claim: Claim, which: str, path: Path) -> Source:
    """A claim's source by its number in `show` (1, 2 ...) or by its URL or citation."""
    sources = claim.sources
    if not sources:
        raise InvalidValue(f"{shown_path(path)}: claim {claim.id} has no sources")
    if which.isdigit():
        n = int(which)
        if not 1 <= n <= len(sources):
            raise InvalidValue(
                f"{shown_path(path)}: claim {claim.id} has {len(sources)} source(s); no source {n}"
            )
        return sources[n - 1]
    for source in sources:
        if which in (source.url, source.citation):
            return source
    raise InvalidValue(f"{shown_path(path)}: claim {claim.id} has no source {which!r}")


def _attach(claim: Claim, target: Source, snapshot: Snapshot) -> None:
    """Give the snapshot to every review's copy of that source (the claim's sources are
    derived from its reviews); a different copy it had before is kept as earlier, newest
    first, as a merge of two clones keeps it."""
    key = target.describe()
    for review in claim.reviews:
        for source in review.sources:
            if source.describe() == key:
                kept = [s for s in (source.snapshot, *(source.earlier or [])) if s is not None]
                older = [s for s in kept if s.sha256 != snapshot.sha256]
                source.earlier = older or None
                source.snapshot = snapshot.model_copy(deep=True)


def _page_path(value: str) -> Path:
    """A --page value as a path: an empty one names no file (`Path('')` is the current
    folder, which typer would call "a directory")."""
    if not value:
        raise typer.BadParameter("an empty path names no file: give the saved page's file")
    return Path(value)


@command("add", group=evidence_app)
def add(
    claim_id: ClaimIdArgument,
    which: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE", help="The source: its number in `show` (1, 2 ...) or URL."
        ),
    ],
    file: FileOption = DEFAULT_FILE,
    page: Annotated[
        Path | None,
        typer.Option(
            "--page",
            "-p",
            help="The page saved from the browser: HTML, PDF or plain text.",
            parser=_page_path,
        ),
    ] = None,
    fetch: Annotated[
        bool, typer.Option("--fetch", help="Fetch the source's URL now and archive that.")
    ] = False,
    timeout: TimeoutOption = 20.0,
) -> None:
    """Archive a source's page beside the claim file and check its passage is on it.

    The page is stored as evidence/<sha256>.warc.gz (a WARC file, which replay tools
    open) with its text in evidence/<sha256>.txt; the source records the hash, the time,
    the content type, the HTTP status when fetched, and where the passage was found.

    Example: claimcheck evidence add c038 1 --page ~/Downloads/report.html
    """
    from claimcheck import store
    from claimcheck.decisions import now
    from claimcheck.evidence import archive
    from claimcheck.evidence.proof import describe, find

    if (page is None) == (not fetch):
        raise BadUsage("give either --page SAVED_PAGE or --fetch")
    loaded = store.load(file)
    claim = loaded.doc.claim(claim_id)
    if claim is None:
        raise UnknownClaim(file, claim_id)
    source = pick_source(claim, which, file)
    if page is not None:
        got = _read_page(page, source.url)
        where = str(page)
    else:
        if not source.url:
            raise InvalidValue(
                f"{shown_path(file)}: claim {claim_id} source {which} has no URL to fetch"
            )
        got = _fetch_page(source.url, timeout)
        where = source.url
    stored = archive.store(file, got, now(), where)
    snapshot = stored.snapshot
    if source.passage:
        snapshot.proof = find(source.passage, stored.text)

    def change(fresh: store.Loaded) -> None:
        current = fresh.doc.claim(claim_id)
        if current is None:
            raise UnknownClaim(file, claim_id)
        _attach(current, pick_source(current, which, file), snapshot)

    try:
        store.update(file, change)
    except BaseException:
        for path in stored.created:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    name = archive.archive_path(file, snapshot.sha256).relative_to(file.parent)
    print(
        f"{claim_id}: source {which} archived as {name} ({snapshot.content_type}, "
        f"{snapshot.size:,} bytes)"
    )
    if snapshot.proof is not None:
        line = f"{claim_id}: source {which}: {describe(snapshot.proof)}"
        if snapshot.proof.match == "absent":
            note(f"Warning: {line}")
        else:
            print(line)


def _read_page(page: Path, url: str | None) -> Page:
    """The saved page's bytes: a regular file only, opened without blocking (a FIFO
    named by mistake is refused, not waited on), and bounded."""
    from claimcheck import confine
    from claimcheck.evidence import archive

    try:
        body = confine.read_regular(page, archive.MAX_BYTES)
    except FileNotFoundError:
        raise InvalidValue(f"{page}: no such file") from None
    except confine.Refused as exc:
        if page.is_dir():
            raise InvalidValue(f"{page}: a folder, not a saved page") from None
        if str(exc).startswith("is larger than"):
            limit = f"{archive.MAX_BYTES:,} bytes"
            raise InvalidValue(f"{page}: larger than the limit of {limit}") from None
        raise InvalidValue(f"{page}: {exc}") from None
    except OSError as exc:
        raise InvalidValue(f"{page}: cannot read: {exc.strerror}") from None
    return archive.Page(body=body, url=url)


def _fetch_page(url: str, timeout: float) -> Page:
    from claimcheck.evidence import archive
    from claimcheck.evidence.fetch import fetch

    got = fetch(url, timeout=timeout)
    if got.status != 200:
        raise InvalidValue(f"{url}: HTTP {got.status}; nothing archived")
    return archive.Page(
        body=got.body,
        url=got.url,
        declared_type=got.content_type,
        status=got.status,
        headers=got.headers,
    )


@command("check", group=evidence_app)
def check(
    ctx: typer.Context,
    files: FilesArgument = None,
    file: FileOption = DEFAULT_FILE,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, max=64, help="Pages fetched at once.")
    ] = 8,
    timeout: TimeoutOption = 20.0,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Exit 1 if a source is gone or failed, or lost its passage."),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Fetch every cited URL now and say what became of it: unchanged (the archived page),
    changed (and whether the passage is still there), alive (no snapshot to compare),
    moved, gone (404, 410) or failed. Nothing is written.

    Example: claimcheck evidence check archive/ --json
    """
    from claimcheck import store
    from claimcheck.cli.output import stdout_json
    from claimcheck.evidence import links
    from claimcheck.reportdata import expand
    from claimcheck.safe import one_line

    paths = list(expand(claim_paths(ctx, files, file)))
    if not paths:
        raise BadUsage(f"no claim files (*.yaml) found in {', '.join(map(str, files or []))}")
    todo = [t for path in paths for t in links.targets(path, store.load(path).doc)]
    urls = len({t.url for t in todo})
    with progress(urls, "checking links") as advance:
        outcomes = links.check(todo, jobs=jobs, timeout=timeout, advance=advance)
    if as_json:
        print(stdout_json([o.as_json() for o in outcomes]))
    else:
        for outcome in outcomes:
            print(one_line(links.line(outcome)))
    tally = {s: sum(o.state == s for o in outcomes) for s in links.STATES}
    lost = sum(o.passage == "absent" for o in outcomes)
    parts = [f"{n} {s}" for s, n in tally.items() if n]
    if lost:
        parts.append(f"{lost} lost the passage")
    summary = f"Checked {count(len(outcomes), 'source')} ({count(urls, 'URL')})"
    note(summary + (": " + ", ".join(parts) if parts else ""))
    if strict and any(o.bad for o in outcomes):
        raise typer.Exit(ExitCode.USER_ERROR)


def _snapshots(sources: list[Source]) -> Iterator[tuple[int, Source, Snapshot, bool]]:
    """Each snapshot of each source with its number, the earlier copies flagged."""
    for n, source in enumerate(sources, 1):
        if source.snapshot is not None:
            yield n, source, source.snapshot, False
        for older in source.earlier or []:
            yield n, source, older, True


@command("verify", group=evidence_app)
def verify(
    ctx: typer.Context,
    files: FilesArgument = None,
    file: FileOption = DEFAULT_FILE,
) -> None:
    """Check the archived snapshots offline: each is there, its bytes match the recorded
    SHA-256, and the source's passage is in its text. Exit 1 on any problem.

    Example: claimcheck evidence verify -f claims.yaml
    """
    from claimcheck import store
    from claimcheck.errors import ClaimcheckError
    from claimcheck.evidence import archive
    from claimcheck.evidence.proof import find
    from claimcheck.reportdata import expand
    from claimcheck.safe import one_line

    paths = list(expand(claim_paths(ctx, files, file)))
    checked = bad = 0
    for path in paths:
        for claim in store.load(path).doc.claims:
            for n, source, snap, older in _snapshots(claim.sources):
                checked += 1
                where = f"{shown_path(path)} {claim.id} source {n}" + (
                    f" (copy of {snap.at:%Y-%m-%d})" if older else ""
                )
                try:
                    text = archive.read_text(path, snap)  # from the hash-checked archive
                except ClaimcheckError as exc:
                    bad += 1
                    print(one_line(f"{where}: {exc}"))
                    continue
                if not source.passage:
                    print(one_line(f"{where}: archived (no passage to prove)"))
                    continue
                proof = find(source.passage, text)
                if proof.match == "absent":
                    bad += 1
                    print(one_line(f"{where}: PASSAGE NOT IN THE SNAPSHOT"))
                else:
                    print(one_line(f"{where}: passage proven ({proof.match})"))
    note(f"Verified {count(checked, 'snapshot')}: {bad} with a problem")
    if bad:
        raise typer.Exit(ExitCode.USER_ERROR)
