"""extract: an article to a claim file."""

from __future__ import annotations

import errno
import gc
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from claimcheck.claimfile.codec import collector_paused
from claimcheck.cli.app import (
    command,
    err_console,
    note,
    output_file,
)
from claimcheck.errors import BadUsage, InvalidValue
from claimcheck.safe import shown_path
from claimcheck.wording import count

ArticleArg = Annotated[
    str, typer.Argument(metavar="ARTICLE", help="A .txt, .md or .html file, or - for stdin.")
]
PROGRESS_FROM = 100_000  # characters: shorter articles are done before a bar would draw


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None] | None]:
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TimeRemainingColumn

    columns = ("extracting claims", BarColumn(), TaskProgressColumn(), TimeRemainingColumn())
    # drawn from this thread, ten times a second at most: no refresh thread, so the
    # fork that shares a long article's work (extract/parallel.py) copies a lone thread
    with Progress(*columns, console=err_console(), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("extract", total=total)
        drawn = [0.0]

        def update(done: int) -> None:
            bar.update(task, completed=done)
            if (now := time.monotonic()) - drawn[0] >= 0.1:
                drawn[0] = now
                bar.refresh()

        yield update


def _one_line(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _in_comment(name: str) -> str:
    """A file name as it can stand in a comment line: a line break in it would end the
    comment and make the rest of the name YAML. Unprintable characters are escaped."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in name)


@command("extract")
def extract(
    article: ArticleArg,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            parser=output_file,
            help="The claim file to write (- for standard output).",
        ),
    ],
    title: Annotated[str | None, typer.Option(help="The article's title.")] = None,
    url: Annotated[str | None, typer.Option(help="The article's URL.")] = None,
    author: Annotated[str | None, typer.Option(help="The article's author.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    published: Annotated[
        str | None, typer.Option(help="When it was published (YYYY-MM-DD).")
    ] = None,
    article_id: Annotated[
        str | None, typer.Option("--id", help="The article's id (default: from the title).")
    ] = None,
    language: Annotated[
        str, typer.Option(help="The article's language, for sentence splitting.")
    ] = "en",
    force: Annotated[
        bool, typer.Option("--force", help="Replace OUTPUT if it exists (its review is lost).")
    ] = False,
    explain: Annotated[
        bool,
        typer.Option("--explain", help="List every passage left out, with its reason."),
    ] = False,
) -> None:
    """Turn an article into a claim file ready for review: one claim per checkable statement.

    Leaves out page chrome, bylines, headings, questions and repeats, and records each
    passage it leaves out with its reason in the claim file (--explain lists them); keeps
    headings as sections; gives each claim a hint (factual, opinion or unclear, with
    reasons). Hints never set a label. Metadata found in HTML can be overridden with the
    options.

    Example: claimcheck extract article.html -o claims.yaml --publisher "The Daily"
    """
    from claimcheck import __version__, store
    from claimcheck.basics import is_future_day
    from claimcheck.claimfile.atomic import stream
    from claimcheck.parse import parse_date, parse_url

    # "-o -" is standard output, as for report (and "-" is stdin for ARTICLE): the claim
    # file, which holds its article's text, for a pipe or a `>`; every message on stderr.
    to_stdout = str(output) == "-"
    if to_stdout and explain:
        raise BadUsage(
            "--explain lists on standard output, where -o - writes the claim file; "
            "give -o a file name, or list them later with 'claimcheck show --left-out'"
        )
    if url is not None:
        url = parse_url(url, "--url")
    when = None if published is None else parse_date(published, "--published")
    if when is not None and is_future_day(when):
        raise InvalidValue(f"--published: {when.isoformat()} is in the future")
    # A device or a pipe (-o /dev/null) holds no review: written into, with no lock file
    # beside it; a link planted at the output is refused before any work.
    into = to_stdout or stream(output)
    existed = not into and output.exists()
    shown = "standard output" if to_stdout else str(output)
    if existed and not force:
        raise InvalidValue(
            f"{shown_path(output)} already exists and may hold a review; "
            "choose another -o or add --force to replace it"
        )
    stage = "work"
    try:
        from claimcheck.extract import Meta, parallel
        from claimcheck.extract import extract as run_extract
        from claimcheck.extract.ingest import read

        meta = Meta(title, url, author, publisher, when, article_id)
        source = read(article)
        with collector_paused():  # what it builds lives until the file is written
            with _progress(len(source.text)) as progress:
                doc, stats = run_extract(source, meta, language, progress)
            if not doc.claims:
                raise InvalidValue(f"{article}: no checkable statements found; nothing was written")
            named = "<this file>" if to_stdout else _in_comment(output.name)
            header = (
                f"# Extracted by claimcheck {__version__} from {_in_comment(Path(article).name)}. "
                "Claims are pending: review them with\n"
                f"#   claimcheck review -f {named}\n"
            )
            data = store.dump(doc, header, parallel.halves)  # half by a second process
            # All it built lives until the process ends: set aside, so the collector resuming
            # does not go over it once more (0.13 s of CPU on 1 MB of text, for nothing).
            gc.freeze()
        retired = 0
        kept: tuple[Path, str] | None = None
        if to_stdout:
            stage = "writing"
            _to_stdout(data)
        elif into:  # never held: a pipe nobody drains must not make Ctrl-C wait
            stage = "writing"
            store.write_atomic(output, data, output=True)
        else:
            with store.locked(output, new=True), _held():  # a save Ctrl-C waits for
                if output.exists() and not force:
                    raise InvalidValue(
                        f"{shown_path(output)} was created meanwhile; nothing was written"
                    )
                from claimcheck.cli.replacing import keep_held, review_held

                held = review_held(output) if existed else None
                # Decisions journaled for the file it replaces are not about these claims.
                retired = store.retire(output)
                kept = keep_held(output, held) if held is not None else None
                try:
                    store.write_atomic(output, data, output=True)
                except BaseException:
                    if kept is not None:  # nothing replaced: no copy of it either
                        kept[0].unlink(missing_ok=True)
                    raise
                stage = "written"
        stage = "written"
    except KeyboardInterrupt:  # Ctrl-C, kill -INT: one line, then 130 as ever
        note(_interrupted(shown, stage, existed))
        raise
    if kept is not None:
        note(
            f"{shown_path(output)} held {kept[1]}: that file is kept as "
            f"{shown_path(kept[0].name)}; the new claims "
            "are all pending (claimcheck reanchor moves a review onto a changed article)"
        )
    if retired:
        note(
            f"{shown_path(output)}: {count(retired, 'review decision')} not yet folded into the "
            f"file it replaced moved to {shown_path(store.aside_path(output).name)}, not applied "
            "to the new claims"
        )
    for line in source.notes:
        note(line)
    kinds = [c.hint.kind for c in doc.claims if c.hint]
    left = stats.left_out(doc)
    note(
        f"Extracted {count(len(doc.claims), 'claim')} ({kinds.count('factual')} look factual, "
        f"{kinds.count('opinion')} look like opinion, {kinds.count('unclear')} unclear) "
        f"from {count(stats.sentences, 'sentence')} into {shown}"
        + (f"; merged {count(stats.merged, 'repeat')}" if stats.merged else "")
    )
    if left:
        counts = ", ".join(f"{n} {reason}" for reason, n in left.items())
        note(f"Left out {count(len(doc.left_out), 'passage')}: {counts}.")
    if explain:  # data, so on stdout: one line per passage, offsets, reason, quote
        from claimcheck.safe import clean

        for item in doc.left_out:
            p = item.passage
            sys.stdout.write(
                clean(f"{p.start}-{p.end}\t{item.reason}\t{_one_line(p.quote)}") + "\n"
            )
    if not into:
        note(f"Next: claimcheck review -f {shown_path(output)}")
    from claimcheck.extract import rx

    rx.save()  # the patterns compiled this time, for the next run (when some were new)


def _to_stdout(data: bytes) -> None:
    """The claim file on standard output, in slices (`output.emit`: a reader that goes
    away part-way is noticed, and ends the command as a closed pipe does)."""
    from claimcheck.cli.output import PIPE_SLICE

    out = getattr(sys.stdout, "buffer", None)
    if out is None:  # closed by the shell (`>&-`): one line, exit 1, as any write there
        raise OSError(errno.EBADF, "it is closed")
    sys.stdout.flush()
    for start in range(0, len(data), PIPE_SLICE):
        out.write(data[start : start + PIPE_SLICE])
    out.flush()


def _interrupted(output: str, stage: str, existed: bool) -> str:
    """What an interrupted extract says of its output, truthfully."""
    if stage == "written":
        return f"Interrupted; {shown_path(output)} was written in full"
    if stage == "writing":
        return f"Interrupted; {shown_path(output)} got part of the claim file"
    return (
        f"Interrupted; {shown_path(output)} is unchanged"
        if existed
        else "Interrupted; nothing was written"
    )


@contextmanager
def _held() -> Iterator[None]:
    """Ctrl-C (or kill -INT) during the save ends the command once the save is done, so
    the journal of the file it replaces is never moved aside for a file not written.
    Only where Python's own handler is in place (not where SIGINT is ignored)."""
    import signal

    got: list[int] = []
    held = signal.getsignal(signal.SIGINT) is signal.default_int_handler
    if held:
        try:
            signal.signal(signal.SIGINT, lambda number, frame: got.append(number))
        except ValueError:  # not the main thread, where alone a handler can be set
            held = False
    if not held:
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if got:
        raise KeyboardInterrupt
