"""reanchor: a claim file's passages to a new version of its article."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli.app import DEFAULT_FILE, FileOption, ReviewerOption, command, note
from claimcheck.cli.extract import ArticleArg
from claimcheck.errors import InvalidValue
from claimcheck.safe import shown_path
from claimcheck.wording import count


@command("reanchor")
def reanchor(
    article: ArticleArg,
    file: FileOption = DEFAULT_FILE,
    drop_unplaced: Annotated[
        bool,
        typer.Option(
            "--drop-unplaced",
            help="Save even if some passages cannot be found, removing those (listed).",
        ),
    ] = False,
    reviewer: ReviewerOption = None,
) -> None:
    """Find every claim's passage again in a new version of the article; update offsets.

    Looks for each quote exactly (the best match of its old context), then approximately:
    a claim found only approximately keeps its label but needs a re-check, and is named;
    so is a claim whose quote is found more than once, none in its old context.
    Lists every claim it could not place and, unless --drop-unplaced, saves nothing then
    (removed claims are kept as tombstones). Every move and removal goes into history.

    Example: claimcheck reanchor corrected-article.txt -f claims.yaml
    """
    from claimcheck import store
    from claimcheck.claimlogic import shorten
    from claimcheck.edits import stamp
    from claimcheck.extract.anchor import guessed, new_passages, reanchor_left_out
    from claimcheck.extract.anchor import reanchor as run_reanchor
    from claimcheck.extract.ingest import read
    from claimcheck.identity import reviewer_name
    from claimcheck.models import Change, LeftOut, Loc, Passage, check, sha256_text
    from claimcheck.recheck import figures_gone

    source = read(article)
    text = source.text
    report: dict[str, int] = {}

    by = reviewer_name(reviewer)

    def change(loaded: store.Loaded) -> None:
        doc = loaded.doc
        before = {c.id: (c.passage, list(c.also_at)) for c in doc.claims}
        results = run_reanchor(doc.claims, text)
        at = stamp(doc)
        lost = [r for r in results if r.lost]
        report.update(
            claims=len(results),
            exact=sum(r.exact for r in results),
            fuzzy=sum(r.fuzzy for r in results),
            removed=sum(r.passage_lost for r in results),
        )
        if lost and not drop_unplaced:
            for r in lost:
                note(f"Not found: {r.claim.id}: {r.claim.passage.quote[:80]}")
            raise InvalidValue(
                f"{count(len(lost), 'claim')} could not be placed in {article}; nothing was saved "
                "(fix the text, or add --drop-unplaced to remove them)"
            )
        gone = {r.claim.id for r in lost if r.passage_lost}
        for r in lost:
            what = "Removed" if r.passage_lost else "Dropped a repeated passage of"
            note(f"{what} {r.claim.id}: {r.claim.passage.quote[:80]}")
        for r in results:  # every move and removal goes into the claim's history
            claim, (old, old_also) = r.claim, before[r.claim.id]
            if r.passage_lost:
                claim.history.append(Change(at=at, by=by, field="removed", old=old))
                doc.deleted.append(claim)
                continue
            if claim.passage != old:
                field = "reanchored" if r.passage_fuzzy else "moved"
                claim.history.append(Change(at=at, by=by, field=field, old=old, new=claim.passage))
            if claim.also_at != old_also:
                moved = Change(at=at, by=by, field="moved", old=old_also, new=claim.also_at or None)
                claim.history.append(moved)
            if r.passage_fuzzy:
                recheck = ", needs a re-check" if claim.needs_recheck else ""
                where = claim.passage.quote[:60]
                note(f"Approximately: {claim.id} ({claim.label_name}{recheck}): {where}")
                if stale := figures_gone(claim):
                    note(
                        f"  {claim.id}'s text still says {', '.join(stale)}, which the article "
                        f"no longer says there: edit it (claimcheck edit {claim.id} --text …)"
                    )
            if (guess := guessed(r)) is not None:  # which copy it is about: the reviewer's
                claim.history.append(Change(at=at, by=by, field="recheck", new=guess))
                recheck = ", needs a re-check" if claim.needs_recheck else ""
                how = f"'claimcheck edit {claim.id} --at START-END' moves it"
                where = claim.passage.quote[:60]
                note(
                    f"Ambiguous: {claim.id} ({claim.label_name}{recheck}): {guess}; {how}: {where}"
                )
        doc.claims = [c for c in doc.claims if c.id not in gone]
        doc.left_out = reanchor_left_out(doc.left_out, text)
        # what the new version adds: no claim yet, and not lost from sight
        covered = [(p.start, p.end) for c in doc.claims for p in (c.passage, *c.also_at)]
        covered += [(i.passage.start, i.passage.end) for i in doc.left_out]
        added = new_passages(loaded.text, text, covered)
        doc.left_out += [
            LeftOut(passage=Passage.anchor(text, a, b), reason="new") for a, b in added
        ]
        doc.left_out.sort(key=lambda i: i.passage.start)
        report["new"] = len(added)
        for a, b in added:
            note(f"New: {a}-{b}: {shorten(' '.join(text[a:b].split()), 80)}")
        # The article file the claim file points to, edited in place: keep pointing to it.
        keep_path = (
            doc.article.text_path is not None
            and source.kind == "text"
            and (file.parent / doc.article.text_path).resolve() == Path(article).resolve()
            and Path(article).read_bytes() == text.encode("utf-8")
        )
        doc.article.text = None if keep_path else text
        if not keep_path:
            doc.article.text_path = None
        doc.article.sha256 = sha256_text(text)
        problems: list[tuple[Loc, str]] = list(check(doc, text))
        if problems:  # pragma: no cover - every passage was just taken from the text
            raise InvalidValue(f"after re-anchoring: {problems[0][1]}")

    store.update(file, change, verify=False)
    removed, total = report["removed"], report["claims"]
    placed = report["exact"] + report["fuzzy"]  # a claim's passage and its also-at places
    kept = (
        f"{total - removed} of {count(total, 'claim')} kept, {removed} removed"
        if removed
        else (f"{count(total, 'claim')} kept")
    )
    note(
        f"Re-anchored {shown_path(file)}: {kept}; {count(placed, 'passage')} placed in the new "
        f"text, {report['exact']} exactly and {report['fuzzy']} approximately"
    )
    if report.get("new"):
        note(
            f"The new text adds {count(report['new'], 'sentence')} no claim covers, left out "
            "as 'new': 'claimcheck add --left-out START-END' makes one a claim"
        )
