"""The work of the read commands (validate, list, show, history), without typer.

Their options are declared with typer, in `read` and `tagging`, whose commands call these;
the fast path (`fastpath`) calls them directly, with the values typer would give, so that
a read command on a changed file imports neither typer nor its declarations. The
parameters are those of the typer commands, name for name (a test checks it).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.cli.output import (
    claim_paths,
    counting,
    deprecated,
    drawn,
    emit,
    error,
    note,
    out_console,
    progress,
    stdout_json,
)
from claimcheck.errors import BadUsage, ExitCode, InvalidClaimFile, UnknownClaim
from claimcheck.safe import clean, one_line, shown_name, shown_path
from claimcheck.wording import count

if TYPE_CHECKING:
    from claimcheck.claimfile.transact import Loaded
    from claimcheck.cli.output import Sources
    from claimcheck.config import Desk
    from claimcheck.models import Claim


def _load(path: Path):  # type: ignore[no-untyped-def]
    from claimcheck import store

    return store.load(path)


def _waiting(path: Path, loaded: Loaded) -> None:
    from claimcheck.cli.waiting import waiting

    waiting(path, len(loaded.journaled) - len(loaded.stale))  # the others are warned of


def validate(
    ctx: Sources,
    files: list[Path] | None,
    file: Path,
    as_json: bool,
    cached: bool,
    fix: bool,
    fold: bool = False,
) -> None:
    from claimcheck import cache
    from claimcheck.cli.waiting import fold_journal, waiting
    from claimcheck.errors import ClaimcheckError
    from claimcheck.reportdata import expand

    paths = list(expand(claim_paths(ctx, files, file)))
    if not paths:  # as report says it: an empty folder is not a valid set of claim files
        from claimcheck.errors import BadUsage

        raise BadUsage(f"no claim files (*.yaml) found in {', '.join(map(str, files or []))}")
    if fix:
        from claimcheck.claimfile.handfix import fix as fill_in

        for path in paths:
            for line in fill_in(path):
                note(f"{shown_path(path)}: {line}")
    root = cache.folder() if cached else None
    results = []
    bad = 0
    desks: dict[Path, Desk | None] = {}  # a folder's desk, read once
    with progress(len(paths), "checking claim files") as advance:
        for path in counting(paths, advance):
            try:
                if fold:  # each file in its turn: one that cannot be read stops no other
                    fold_journal(path)
                found = cache.json_report_of(path, root, all_problems=True)
            except InvalidClaimFile as exc:
                bad += 1
                problems = [str(p) for p in exc.problems]
            except ClaimcheckError as exc:
                bad += 1
                problems = [str(exc)]
            else:
                problems = _off_roster(path, desks)
                if problems:  # a valid file, with a ruling the desk would not take
                    bad += 1
                    results.append({"file": str(path), "ok": False, "problems": problems})
                    if not as_json:
                        for problem in problems:
                            error(problem)
                    continue
                waiting(path, found.journaled - found.set_aside)
                tally = found.report.summary.counts()
                n = found.report.summary.claims
                results.append({"file": str(path), "ok": True, "claims": n, "labels": tally})
                if not as_json:
                    summary = ", ".join(f"{k} {name}" for name, k in tally.items())
                    journal = (
                        f"; {count(found.journaled, 'decision')} in the journal"
                        if found.journaled
                        else ""
                    )
                    if found.set_aside:  # warned of above, and not in the counts
                        journal += f", {found.set_aside} of them not applied"
                    # a file found in a folder is named by whoever made the folder
                    ok = f"ok, {count(n, 'claim')} ({summary}){journal}"
                    print(f"{shown_name(str(path))}: {clean(ok)}")
                continue
            results.append({"file": str(path), "ok": False, "problems": problems})
            if not as_json:
                for problem in problems:
                    error(problem)
    if as_json:
        print(stdout_json(results))  # one shape however the files were named
    if bad:
        raise SystemExit(ExitCode.USER_ERROR)


def _off_roster(path: Path, desks: dict[Path, Desk | None]) -> list[str]:
    """The rulings in a claim file by someone its desk's roster does not name as an
    adjudicator (as `report` warns of them); none when no configuration file applies."""
    folder = path.parent
    if folder not in desks:
        from claimcheck.deskfile import find

        if find(path) is None:
            desks[folder] = None
        else:
            from claimcheck.config import load

            desks[folder] = load(path).desk
    desk = desks[folder]
    if desk is None:
        return []
    from claimcheck.roster import off_roster

    return off_roster(path, desk)


def list_claims(
    file: Path,
    label: list[str] | None,
    text: str | None,
    section: str | None,
    old_section: str | None,
    hint: list[str] | None,
    as_json: bool,
) -> None:
    from claimcheck.query import counts, select

    if old_section is not None:
        deprecated("list -s", "--section (-s means --source, as in tag)")
        section = section or old_section
    loaded = _load(file)
    _waiting(file, loaded)
    claims = select(loaded.doc.claims, label or (), text, section, hint or ())
    if as_json:
        from claimcheck.report import ClaimView

        rows = [ClaimView.of(c).model_dump(mode="json", exclude={"history"}) for c in claims]
        print(stdout_json(rows))
        return
    tally = counts(claims)
    shown = ", ".join(f"{n} {name}" for name, n in tally.items() if n)
    footer = [
        f"{len(claims)} of {count(len(loaded.doc.claims), 'claim')}"
        + (f": {shown}" if shown else "")
    ]
    if loaded.doc.left_out:  # what extraction did not make a claim of, by reason
        reasons: dict[str, int] = {}
        for item in loaded.doc.left_out:
            reasons[item.reason] = reasons.get(item.reason, 0) + 1
        why = ", ".join(
            f"{n} {r}" for r, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        footer.append(f"left out by extract: {len(loaded.doc.left_out)} ({why})")
    if not drawn():  # as `show` and `report` decide (FORCE_COLOR, TTY_COMPATIBLE)
        # Piped or redirected: plain columns, the claim last and whole, one line each (a
        # table drawn for a terminal's width adds nothing to a file or to grep, and cost
        # most of the command's time).
        emit(plain_listing(claims) + "".join(line + "\n" for line in footer))
        return
    from rich.table import Table
    from rich.text import Text

    from claimcheck.cli.render import NARROW, label_text, one_a_line
    from claimcheck.safe import one_line

    console = out_console()
    if console.width < NARROW:  # the table's columns would be `c…` and `pend…`, no claim
        stacked: list[list[str | Text]] = [
            [c.id, label_text(c.label_name), one_line(c.text)] for c in claims
        ]
        if stacked:
            console.print(one_a_line(stacked))
        for line in footer:
            console.print(Text(line, style="dim"))
        return
    table = Table(show_edge=False, pad_edge=False, expand=False, header_style="bold")
    table.add_column("id", no_wrap=True)
    table.add_column("label", no_wrap=True)
    table.add_column("claim", ratio=3)
    table.add_column("hint", no_wrap=True, style="dim")
    table.add_column("section", ratio=1, style="dim")
    for claim in claims:
        table.add_row(
            claim.id,
            label_text(claim.label_name),
            Text(one_line(claim.text)),
            claim.hint.kind if claim.hint else "",
            Text(one_line(claim.section or "")),
        )
    console.print(table)
    for line in footer:
        console.print(Text(line, style="dim"))


def plain_listing(claims: list[Claim]) -> str:
    """The claims as plain text columns: id, label, hint and section padded, then the
    claim's text; every value on one line, without control characters."""
    from claimcheck.safe import one_line

    head = ("id", "label", "hint", "section", "claim")
    rows = [
        (c.id, c.label_name, c.hint.kind if c.hint else "", one_line(c.section or ""),
         one_line(c.text))
        for c in claims
    ]  # fmt: skip
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    return "".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r[:4], widths, strict=True)) + "  " + r[4] + "\n"
        for r in [head, *rows]
    )


def _next_to(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether spans a and b overlap or only spaces and punctuation lie between them."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return lo >= hi or not any(ch.isalnum() for ch in text[lo:hi])


def _left_out_line(item) -> str:  # type: ignore[no-untyped-def]
    p = item.passage
    return f"{p.start}-{p.end}\t{item.reason}\t{one_line(p.quote)}"


def show(claim_id: str | None, file: Path, as_json: bool, left_out: bool) -> None:
    if left_out and claim_id is not None:
        raise BadUsage("--left-out lists every left-out passage: give it without an ID")
    if not left_out and claim_id is None:
        raise BadUsage("say what to show: a claim ID, or --left-out")
    loaded = _load(file)
    _waiting(file, loaded)
    if claim_id is None:
        items = loaded.doc.left_out
        if as_json:
            print(
                stdout_json(
                    [
                        {
                            "start": i.passage.start,
                            "end": i.passage.end,
                            "reason": i.reason,
                            "quote": i.passage.quote,
                        }
                        for i in items
                    ]
                )
            )
            return
        for item in items:  # data, so on stdout: one line each, as extract --explain
            sys.stdout.write(_left_out_line(item) + "\n")
        note(f"{shown_path(file)}: {count(len(items), 'left-out passage')}")
        return
    claim = loaded.doc.claim(claim_id)
    if claim is None:
        from claimcheck.edits import live
        from claimcheck.errors import InvalidValue

        try:
            live(loaded.doc, str(file), claim_id)  # a deleted one says so, as edit does
        except InvalidValue as exc:
            raise InvalidValue(f"{shown_path(file)}: {exc}") from None
        raise UnknownClaim(file, claim_id)
    if as_json:
        from claimcheck.report import ClaimView

        print(stdout_json(ClaimView.of(claim).model_dump(mode="json")))
        return
    from claimcheck.seen import index_for

    spans = [(p.start, p.end) for p in [claim.passage, *claim.also_at]]
    near = [
        i
        for i in loaded.doc.left_out
        if any(_next_to(loaded.text, (i.passage.start, i.passage.end), s) for s in spans)
    ]
    matches = index_for(file).matches(claim)
    if not drawn():
        # Piped or redirected: plain text (as `list` and `history`), the passage between
        # [[ and ]]: a panel drawn for a terminal adds nothing to a file or to grep, and
        # rich was a fifth of the command's start-up.
        from claimcheck.cli.changes import plain_history
        from claimcheck.cli.render import plain_claim, plain_seen

        after = ["history:\n" + plain_history(claim.history)] if claim.history else []
        if near:
            after.append(
                "left out next to this passage (add --left-out START-END makes a claim):\n"
                + "".join(_left_out_line(item).replace("\t", "  ") + "\n" for item in near)
            )
        if matches:
            after.append(plain_seen(matches, file))
        emit(plain_claim(claim, loaded.text, after))
        return
    from rich.console import Group, RenderableType

    from claimcheck.cli.changes import history_table
    from claimcheck.cli.render import claim_panel, seen_table

    parts: list[RenderableType] = [history_table(claim.history)] if claim.history else []
    if near:
        from rich.text import Text

        lines = Text("left out next to this passage (add --left-out START-END makes a claim):")
        for item in near:
            lines.append("\n" + _left_out_line(item).replace("\t", "  "), style="dim")
        parts.append(lines)
    if matches:
        parts.append(seen_table(matches, file))
    console = out_console()
    marks = not console.is_terminal  # a terminal rich does not draw on: mark the passage
    console.print(claim_panel(claim, loaded.text, Group(*parts) if parts else None, marks))


def history(
    claim_id: str | None, file: Path, old_claim: str | None, limit: int, as_json: bool
) -> None:
    from claimcheck import store

    if old_claim is not None:
        deprecated("history --claim", "history ID")
        claim_id = claim_id or old_claim
    loaded = store.load(file)
    _waiting(file, loaded)
    doc = loaded.doc
    if claim_id is not None and doc.claim(claim_id) is None and doc.tombstone(claim_id) is None:
        raise UnknownClaim(file, claim_id)
    rows = sorted(
        (
            (change, claim.id)
            for claim in [*doc.claims, *doc.deleted]  # a tombstone's history too
            if claim_id is None or claim.id == claim_id
            for change in claim.history
        ),
        key=lambda row: row[0].at,
        reverse=True,
    )[:limit]
    if as_json:
        print(stdout_json([{"claim": cid, **c.model_dump(mode="json")} for c, cid in rows]))
        return
    if not rows:
        note(f"{shown_path(file)}: no changes yet" + (f" to {claim_id}" if claim_id else ""))
        return
    changes, ids = [c for c, _ in rows], [cid for _, cid in rows]
    if not drawn():  # as `show` and `report` decide (FORCE_COLOR, TTY_COMPATIBLE)
        # Piped or redirected: plain columns, one change a line (as `list`): a table drawn
        # for a terminal adds nothing to a file or to grep, and rich is a fifth of the
        # command's start-up.
        from claimcheck.cli.changes import plain_history

        emit(plain_history(changes, ids))
        return
    from claimcheck.cli.changes import history_table

    out_console().print(history_table(changes, ids))
