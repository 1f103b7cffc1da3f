"""A desk of reviewers: agreement between them, and git as their shared store."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimcheck.cli.app import (
    DEFAULT_FILE,
    FileOption,
    FilesArgument,
    JsonOption,
    claim_paths,
    command,
    counting,
    note,
    out_console,
    progress,
)
from claimcheck.errors import BadUsage, ClaimcheckError, ExitCode, InvalidValue
from claimcheck.safe import shown_path

if TYPE_CHECKING:
    from claimcheck.models import ClaimFile
from claimcheck.wording import count

DRIVER = "claimcheck"


@command("agree")
def agree(
    ctx: typer.Context,
    files: FilesArgument = None,
    file: FileOption = DEFAULT_FILE,
    as_json: JsonOption = False,
) -> None:
    """How much reviewers agree: Cohen's kappa per pair, Krippendorff's alpha for all.

    Counts each reviewer's own label (an adjudicator's ruling is not a review), overall
    and per label, with the confusion table of each pair.

    Example: claimcheck agree -f data/claims.yaml
    """
    from claimcheck import cache
    from claimcheck.agreement import LABELS, agreement, pair_figures
    from claimcheck.cli.output import stdout_json
    from claimcheck.report import ArticleReport, expand

    paths = list(expand(claim_paths(ctx, files, file)))
    root = cache.folder()
    claims = []
    with progress(len(paths), "reading claim files") as advance:
        for path in counting(paths, advance):
            report = cache.report_of(path, root).report
            assert isinstance(report, ArticleReport)
            claims.extend(report.claims)
    result = agreement(claims, pairs=as_json)
    if as_json:
        print(stdout_json(result.model_dump(mode="json")))
        return
    from claimcheck.safe import one_line

    def num(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    if len(result.reviewers) < 2:
        who = f"Only {one_line(result.reviewers[0])} has" if result.reviewers else "Nobody has"
        _say(f"{who} reviewed these claims yet: no agreement to measure.", [])
        return
    per_label = ", ".join(f"{k} {num(v)}" for k, v in result.alpha_by_label.items())
    _say(
        f"{len(result.reviewers)} reviewers ({one_line(', '.join(result.reviewers))}); "
        f"{count(result.claims, 'claim')}, {result.rated_by_two_or_more} tagged by two or more.",
        [
            f"Krippendorff's alpha (nominal), all reviewers: {num(result.alpha)}",
            f"  per label (that label against the rest): {per_label}",
        ],
    )
    said: dict[int, tuple[str, list[list[str]]]] = {}  # by the figures shared by pairs
    for a, b, figures in pair_figures(claims):  # printed as they come: n(n-1)/2 of them
        n, kappa, by_label, confusion = figures
        first, second = one_line(a), one_line(b)
        heading = (
            f"{first} and {second}: Cohen's kappa {num(kappa)} over {n} "
            f"claim{'' if n == 1 else 's'} both tagged"
        )
        if id(confusion) not in said:
            per_pair = "  per label: " + ", ".join(f"{k} {num(v)}" for k, v in by_label.items())
            rows = [[label, *(str(confusion[label][o]) for o in LABELS)] for label in LABELS]
            said[id(confusion)] = per_pair, rows
        per_pair, rows = said[id(confusion)]
        _say(heading, [per_pair], [[f"{first} \\ {second}", *LABELS], *rows], gap=True)


def _say(
    first: str, more: list[str], table: list[list[str]] | None = None, gap: bool = False
) -> None:
    """Lines of `agree`: the first in bold, the others as they are, then a table (its
    header row first) with the first column to the left and the others to the right.
    Piped or saved, plain lines as `list` and `history` write them: no box, no line
    wrapped at a width no reader has. On a terminal, rich lays them out."""
    from claimcheck.cli.output import drawn, emit

    if not drawn():
        lines = [*([""] if gap else []), first, *more]
        if table:
            widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
            lines += [
                "  ".join(
                    [
                        row[0].ljust(widths[0]),
                        *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)),
                    ]
                ).rstrip()
                for row in table
            ]
        emit("".join(f"{line}\n" for line in lines))
        return
    from rich.table import Table
    from rich.text import Text

    console = out_console()
    console.print(Text(f"{chr(10) if gap else ''}{first}", style="bold"))
    for line in more:
        console.print(Text(line))
    if table:
        drawn_table = Table(show_edge=False, header_style="bold", pad_edge=False)
        drawn_table.add_column(Text(table[0][0]))  # names are data: "[b]alice[/b]" as written
        for label in table[0][1:]:
            drawn_table.add_column(label, justify="right")
        for row in table[1:]:
            drawn_table.add_row(*row)
        console.print(drawn_table)


def _read_rules(target: Path) -> str:
    from claimcheck import confine

    try:  # a committed symlink (to a shell profile, say) is refused, never followed
        return confine.read_regular(target, confine.MiB, follow=False).decode(
            "utf-8", "surrogateescape"
        )
    except FileNotFoundError:
        return ""
    except (OSError, confine.Refused) as exc:
        why = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise InvalidValue(f"{shown_path(target)}: {why}; nothing was changed") from None


@command("git-setup")
def git_setup(
    pattern: Annotated[
        str, typer.Option(help="Which files git merges with claimcheck (a .gitattributes pattern).")
    ] = "*.yaml",
) -> None:
    """Make git merge claim files by claim id, and ignore claimcheck's lock files.

    Writes .gitattributes (commit it; it also marks evidence snapshots binary) and the
    merge driver into this clone's git config (run it once in every clone). A review
    journal (.NAME.journal) is left visible: it holds decisions not yet folded into the
    file (a review that was killed), and the pre-commit hook written into this clone
    refuses to commit the file until `claimcheck validate --fold` saves them into it.

    Example: claimcheck git-setup
    """
    if any(ch.isspace() for ch in pattern) or not pattern:
        raise BadUsage(f"--pattern: not a usable pattern: {pattern!r}")
    from claimcheck.gitrun import git, work_tree

    top = git(["rev-parse", "--show-toplevel"])
    if top is None:
        raise InvalidValue("not inside a git repository (run git init first)")
    root = Path(os.fsdecode(top.rstrip(b"\n")))
    # A received repository's core.worktree can name another folder (another repository,
    # `/`, the home folder): its rules and merge driver would be written there. Only the
    # folder that holds the `.git` found from here is written.
    own = work_tree(Path.cwd().resolve())
    if own is None or root.resolve() != own:
        raise InvalidValue(
            f"git's work tree here is {shown_path(root)}, not this repository's folder "
            f"{shown_path(own or Path.cwd())} (core.worktree in its git config); "
            "nothing was changed"
        )
    from claimcheck import store

    # Read both files first (a refusal leaves everything as it was), then add each rule
    # to the text read, so that several rules for one file all land in it.
    texts: dict[Path, str] = {}
    added: list[str] = []
    for name, line in (
        (".gitattributes", f"{pattern} merge={DRIVER}"),
        # Evidence snapshots (and their text) are content-addressed: never diffed,
        # merged line by line or converted, only added.
        # The same page archived on two clones has one name but two WARC files (each
        # records its own time): claimcheck's driver keeps one that holds the page.
        (".gitattributes", f"**/evidence/*.warc.gz binary merge={DRIVER}"),
        (".gitattributes", "**/evidence/*.txt binary"),
        (".gitignore", ".*.lock"),
    ):
        target = root / name
        if target not in texts:
            texts[target] = _read_rules(target)
        text = texts[target]
        if line not in text.splitlines():
            texts[target] = text + ("" if not text or text.endswith("\n") else "\n") + line + "\n"
            added.append(f"{name}: {line}")
    command_line = f"{shlex.quote(sys.executable)} -m claimcheck merge-driver %O %A %B %P"
    for key, value in (
        (f"merge.{DRIVER}.name", "claimcheck: merge claim files by claim id"),
        (f"merge.{DRIVER}.driver", command_line),
    ):
        if git(["config", key, value], root) is None:
            raise InvalidValue(f"git config {key} failed in {root}")
    for target, text in texts.items():
        # atomic: a failed write leaves the old rules, never a truncated file
        store.write_atomic(target, text.encode("utf-8", "surrogateescape"))
    from claimcheck.cli.waiting import install_hook

    hooked = install_hook(root)
    note(f"git will merge {pattern} with claimcheck in {root}.")
    for line in added:
        note(f"  added to {line}")
    note(f"  {hooked}")
    note("Commit .gitattributes and .gitignore; run claimcheck git-setup in every clone.")


def _article_here(doc: ClaimFile, name: Path) -> bool:
    """Can the merged file be checked against its article text? Inline text, yes; a
    text file only when the one in the work tree is the text the claims point into
    (during a merge it may still be the other side's)."""
    if doc.article.text is not None:
        return True
    from claimcheck import confine
    from claimcheck.models import sha256_text

    try:  # confined and bounded like every read of a text_path
        text = confine.read_article(name, doc.article.text_path or "").decode("utf-8")
    except confine.Refused as exc:
        raise InvalidValue(f"{name}: article.text_path: {exc}") from None
    except (OSError, UnicodeDecodeError):
        return False
    return doc.article.sha256 is None or sha256_text(text) == doc.article.sha256


def archive_name(path: str) -> str | None:
    """The page's SHA-256 when `path` names a snapshot (evidence/<sha256>.warc.gz)."""
    from claimcheck.evidence.archive import SNAPSHOT_NAME

    found = SNAPSHOT_NAME.fullmatch(path.replace(os.sep, "/"))
    return found[1] if found else None


def _merge_snapshot(ours: Path, theirs: Path, sha256: str, name: Path) -> None:
    """The same page archived on both sides: one copy kept, checked against its name."""
    from claimcheck import store
    from claimcheck.evidence.archive import merge_copies

    kept = merge_copies(ours, theirs, sha256)
    if kept is None:
        note(f"claimcheck merge of {name}: CONFLICT: neither side holds the page it is named for")
        raise typer.Exit(ExitCode.USER_ERROR)
    if kept == theirs:
        note(
            f"claimcheck merge of {name}: ours does not hold the page it is named for; theirs kept"
        )
        store.write_atomic(ours, theirs.read_bytes())


@command("merge-driver")
def merge_driver(
    base: Annotated[Path, typer.Argument(metavar="BASE", help="The common ancestor (%O).")],
    ours: Annotated[Path, typer.Argument(metavar="OURS", help="Ours, and the result (%A).")],
    theirs: Annotated[Path, typer.Argument(metavar="THEIRS", help="Theirs (%B).")],
    path: Annotated[
        str | None, typer.Argument(metavar="[PATH]", help="The file's path in the repo (%P).")
    ] = None,
) -> None:
    """git's merge driver for claim files: a three-way merge by claim id.

    Different claims tagged on each side merge cleanly; the same claim tagged differently
    becomes a dispute with both decisions kept. A file that is not a claim file is merged
    line by line, as git would. Set up by `claimcheck git-setup`.

    Example: claimcheck merge-driver %O %A %B %P   (in git config, not by hand)
    """
    from claimcheck import confine, store
    from claimcheck.gitrun import command as git_command
    from claimcheck.gitrun import environment
    from claimcheck.merge import merge

    name = Path(path) if path else ours
    if path is not None and (snapshot := archive_name(path)):
        _merge_snapshot(ours, theirs, snapshot, name)
        return
    try:  # regular files only, bounded: a FIFO or /dev/zero never hangs a merge
        sides = [confine.read_regular(p, confine.MAX_CLAIM_FILE) for p in (base, ours, theirs)]
    except (OSError, confine.Refused) as exc:
        why = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise InvalidValue(f"claimcheck merge of {name}: cannot read a side: {why}") from None
    try:
        b = store.parse(sides[0], name, verify=False) if sides[0].strip() else None
        o = store.parse(sides[1], name, verify=False)
        t = store.parse(sides[2], name, verify=False)
    except ClaimcheckError:
        # not claim files (or not valid ones): git's own line-by-line merge, markers and
        # all, run like every git command of claimcheck's (gitrun: nothing of a received
        # repository's configuration runs)
        labels = ["-L", "ours", "-L", "base", "-L", "theirs"]
        files = [str(ours), str(base), str(theirs)]
        done = subprocess.run(
            git_command(["merge-file", *labels, *files]),
            check=False,
            stdin=subprocess.DEVNULL,
            env=environment(),
        )
        raise typer.Exit(min(done.returncode, 1)) from None
    outcome = merge(b[0] if b else None, o[0], t[0])
    for line in outcome.notes:
        note(f"claimcheck merge of {name}: {line}")
    if outcome.conflicts:  # refused: git marks the file conflicted and keeps ours as is
        for line in outcome.conflicts:
            note(f"claimcheck merge of {name}: CONFLICT: {line}")
        raise typer.Exit(ExitCode.USER_ERROR)
    merged = store.dump(outcome.doc, o[2])
    try:
        store.parse(merged, name, verify=_article_here(outcome.doc, name))
    except ClaimcheckError as exc:  # an escaping text_path included
        note(f"claimcheck merge of {name}: CONFLICT: the merged file would not be valid: {exc}")
        raise typer.Exit(ExitCode.USER_ERROR) from None
    store.write_atomic(ours, merged)
    if outcome.unsettled:  # merged, ours kept: git marks the file conflicted until settled
        for line in outcome.unsettled:
            note(f"claimcheck merge of {name}: CONFLICT: {line}, then git add {name}")
        raise typer.Exit(ExitCode.USER_ERROR)
