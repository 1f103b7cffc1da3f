"""The interactive review: full screen (tui/), or plain line by line (cli/plain.py) for
screen readers and dumb terminals; single keys, every decision saved at once."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimcheck.cli.app import DEFAULT_FILE, FileOption, ReviewerOption, command, error
from claimcheck.cli.complete import state_option
from claimcheck.errors import ExitCode
from claimcheck.safe import clean, shown_path
from claimcheck.states import names_text
from claimcheck.wording import count

if TYPE_CHECKING:
    from claimcheck.review import Session


def full_screen() -> bool:
    """Whether the terminal can take the full-screen review: a terminal on stdout that is
    not a dumb one, in an encoding that can draw its boxes (under `LC_ALL=C` or
    `PYTHONIOENCODING=ascii` Textual drew them as `\u256d\u2500`: the plain review)."""
    if not sys.stdout.isatty() or os.environ.get("TERM", "") in ("", "dumb"):
        return False
    try:
        "╭─│→·".encode(getattr(sys.stdout, "encoding", None) or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


@command("review")
def review(
    file: FileOption = DEFAULT_FILE,
    walk_all: Annotated[
        bool, typer.Option("--all", help="Walk every claim, not only pending ones.")
    ] = False,
    label: Annotated[
        str | None,
        state_option(f"Walk the claims in this state: {names_text()}."),
    ] = None,
    from_id: Annotated[str | None, typer.Option("--from", help="Start at this claim.")] = None,
    blind: Annotated[
        bool,
        typer.Option(
            "--blind",
            help="Double-checking: hide other reviewers' decisions; walk the claims you "
            "have not decided.",
        ),
    ] = False,
    disputed: Annotated[
        bool,
        typer.Option(
            "--disputed",
            "--adjudicate",
            help="Adjudicate: walk the claims reviewers disagree on, their decisions side "
            "by side; yours settles each.",
        ),
    ] = False,
    reviewer: ReviewerOption = None,
    plain: Annotated[
        bool,
        typer.Option(
            "--plain",
            help="Line by line, for screen readers and dumb terminals (chosen by itself "
            "when TERM=dumb, stdout is not a terminal or its encoding is not UTF-8).",
        ),
    ] = False,
) -> None:
    """Review claims in a full-screen view with single keys; every decision is saved at once.

    Keys: press ? in the review for every key (Ctrl-P lists every action too).

    Example: claimcheck review -f data/claims.yaml --from c010
    """
    from claimcheck.errors import InvalidValue
    from claimcheck.identity import reviewer_name

    by = reviewer_name(reviewer)
    if disputed:  # before anything else: the desk may not let this reviewer rule
        from claimcheck.config import load as load_config

        refused = load_config(file).adjudicator_refused(by)
        if refused:
            raise InvalidValue(refused)
    if not sys.stdin.isatty():
        error("review needs a terminal (stdin is not one); use 'claimcheck tag' in scripts")
        raise typer.Exit(ExitCode.USAGE)
    from rich.text import Text

    from claimcheck import store
    from claimcheck.cli.output import terminal_console
    from claimcheck.errors import ClaimcheckError
    from claimcheck.review import Session

    journal = store.Journal(file)
    session = Session.start(
        journal.doc,
        by,
        walk_all=walk_all,
        label=label,
        from_id=from_id,
        blind=blind,
        disputed=disputed,
    )
    console = terminal_console()  # a dumb terminal: its real width, ASCII boxes
    interrupted = False
    unsaved: ClaimcheckError | None = None
    try:
        if plain or not full_screen():
            from claimcheck.cli.keyboard import Keyboard
            from claimcheck.cli.plain import Screen, echo

            with Keyboard(sys.stdin.fileno(), echo) as keyboard:
                Screen(console, session, journal, keyboard).run()
        else:
            from claimcheck.tui.app import run  # Textual is imported here and only here

            interrupted = run(session, journal)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        try:
            journal.close()
            saved = f"saved to {shown_path(file)}"
        except ClaimcheckError as exc:
            unsaved = exc
            saved = (
                f"kept in {shown_path(store.journal_path(file).name)} (not yet folded into "
                f"{shown_path(file)}: {exc}); "
                "once that is fixed, the next claimcheck command that saves the file applies them"
                if _journaled(file)
                else f"not saved ({exc})"
            )
        decided = session.summary()
        total = sum(decided.values())
        parts = ", ".join(f"{n} {name}" for name, n in decided.items())
        console.print(
            Text(
                f"\nReviewed {count(total, 'claim')} this session"
                + (f" ({parts})" if parts else "")
                + _corrected(session)
                + f"; {session.tally['pending']} pending in the file. Decisions {clean(saved)}."
                + clean(journal.watch.words(file)),
            )
        )
        if session.dropped is not None:  # Ctrl-C in a prompt: what was typed is not saved
            prompt, typed = session.dropped
            console.print(Text(f"Not saved: {clean(prompt)}: {clean(typed)!r} (Ctrl-C)"))
    if interrupted:
        raise typer.Exit(ExitCode.INTERRUPTED)
    if unsaved is not None:  # the summary said why: a failure all the same
        raise typer.Exit(unsaved.exit_code)


def _corrected(session: Session) -> str:
    """The summary's words on the session's corrections of the claim list still standing
    (one taken back with x is not counted): "; 2 corrections (1 edit, 1 split)"."""
    from collections import Counter

    from claimcheck.undo import standing

    kinds = Counter(standing(session.doc, session.reviewer, session.corrections))
    if not kinds:
        return ""
    each = ", ".join(f"{n} {kind}" for kind, n in kinds.items())
    return f"; {count(sum(kinds.values()), 'correction')} to the claim list ({each})"


def _journaled(file: Path) -> bool:
    """Whether decisions wait in the claim file's journal (the summary says where)."""
    from claimcheck import store

    try:
        return store.journal_path(file).stat().st_size > 0
    except OSError:
        return False
