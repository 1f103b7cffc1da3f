"""Journaled decisions applied to a claim file's records (`replay`), and what the commands
tell the user of those not applied (`take_notices`): a decision whose claim is gone or was
rewritten since, and one that would break a rule of its claim, which would make a file no
command could load. Those are kept in the journal until the file is next saved, then set
aside beside it (`claimfile.journal.set_aside`), never dropped.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimcheck.claimfile.atomic import aside_path, journal_path
from claimcheck.claimlogic import claim_rules
from claimcheck.decisions import apply_decision, known_keys
from claimcheck.models import Claim, ClaimFile, Decision
from claimcheck.safe import shown_path
from claimcheck.wording import count


def bound(doc: ClaimFile, claim: Claim) -> str:
    """A fingerprint of what a decision is about: the article (its sha256, or its id), the
    claim's id, text and passage. A journaled decision carries it; after the file has been
    rebuilt (`extract --force`) or the claim rewritten, the decision no longer matches."""
    p = claim.passage
    what = [doc.article.sha256 or doc.article.id, claim.id, claim.text, p.quote, p.start, p.end]
    return hashlib.sha256(json.dumps(what).encode()).hexdigest()[:24]


def replay(
    doc: ClaimFile,
    decisions: list[Decision],
    refused: list[tuple[int, str]] | None = None,
    may_rule: Callable[[str], str | None] | None = None,
    ruled: list[tuple[int, str]] | None = None,
) -> list[Decision]:
    """Apply journaled decisions to the claims they are about (a decision already folded
    in is recognised and not applied twice); return those not applied: their claim is
    gone or no longer the one they were made on, or the decision would break a rule of
    the claim (`claimlogic.claim_rules`: a sourced claim with no source), which would make
    a file no command could load. Those are listed in `refused` (their index in
    `decisions`, the rule). With `may_rule` (why a reviewer may not settle disputes, None
    if they may), a ruling by someone the desk's roster does not name is not applied
    either, and is listed in `ruled`: `tag --adjudicate` refuses them, so a journal line
    that holds one was not written by claimcheck. Linear in the number of decisions: each
    claim's fingerprint and known history are worked out once."""
    claims = doc.index()
    marks: dict[str, str] = {}
    known: dict[str, set[Any]] = {}
    stale = []
    for index, decision in enumerate(decisions):
        claim = claims.get(decision.claim)
        if claim is None:
            stale.append(decision)
            continue
        why = may_rule(decision.by) if decision.adjudicate and may_rule is not None else None
        if why is not None:
            stale.append(decision)
            if ruled is not None:
                ruled.append((index, f"{decision.claim}: {why}"))
            continue
        if decision.bound is not None:
            if decision.claim not in marks:
                marks[decision.claim] = bound(doc, claim)
            if decision.bound != marks[decision.claim]:
                stale.append(decision)
                continue
        if decision.claim not in known:
            known[decision.claim] = known_keys(claim)
        broken = applied(claim, decision, known[decision.claim])
        if broken is not None:
            stale.append(decision)
            if refused is not None:
                refused.append((index, f"{decision.claim}: {broken}"))
    return stale


def applied(
    claim: Claim, decision: Decision, known: set[Any] | None = None, *, keep: bool = True
) -> str | None:
    """Apply `decision` to `claim` (see decisions.apply_decision) unless the claim would
    then break one of its rules: then it is undone, and the rule is returned. With `keep`
    off it is undone in any case (a decision tried before it is made durable)."""
    known = known_keys(claim) if known is None else known
    reviews, kept = claim.reviews, len(claim.history)
    changed = apply_decision(claim, decision, known) or claim.reviews is not reviews
    broken = next(claim_rules(claim), None) if changed else None
    if changed and (broken is not None or not keep):  # the reviews are replaced, not changed
        claim.reviews = reviews
        del claim.history[kept:]
        known.discard((decision.by, decision.at))
    return None if broken is None else broken[1]


# What the commands should tell the user about journals (the core never prints): decisions
# not applied because their claims no longer match, or because they would break a rule of
# their claim. The CLI takes them after each command.
_notices: dict[tuple[Path, str], str] = {}


def take_notices() -> list[str]:
    """The notices gathered since the last call, once each."""
    found = list(_notices.values())
    _notices.clear()
    return found


def _stale_notice(path: Path, stale: list[Decision], where: str) -> None:
    ids = sorted({d.claim for d in stale})
    if not ids:
        return
    shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    match = "no longer matches its claim" if len(stale) == 1 else "no longer match their claims"
    _notices[path, "stale"] = (
        f"Warning: {shown_path(path)}: {count(len(stale), 'journaled decision')} {match} ({shown}: "
        f"the file was rebuilt or edited since); not applied, {where}"
    )


def _refused_notice(path: Path, refused: list[tuple[int, str]], where: str) -> None:
    """One line naming the first refused decision's journal line and rule, and the lines
    of the others."""
    (first, why), others = refused[0], [line for line, _ in refused[1:]]
    also = ""
    if others:
        shown = ", ".join(map(str, others[:5])) + (
            f" and {len(others) - 5} more" if len(others) > 5 else ""
        )
        also = f" (and {count(len(others), 'other decision')} that would: line {shown})"
    _notices[path, "refused"] = (
        f"Warning: {shown_path(path)}: {shown_path(journal_path(path).name)}:{first}: {why}: "
        "this journaled "
        f"decision would make its claim invalid{also}; not applied, {where}"
    )


def replay_noting(
    path: Path, doc: ClaimFile, decisions: list[Decision], lines: list[int]
) -> list[Decision]:
    refused: list[tuple[int, str]] = []
    ruled: list[tuple[int, str]] = []
    stale = replay(doc, decisions, refused, _roster(path, decisions), ruled)
    where = (
        f"kept in {shown_path(journal_path(path).name)} until the next save, "
        f"then in {shown_path(aside_path(path).name)}"
    )
    if ruled:
        first, why = ruled[0]
        also = f" (and {count(len(ruled) - 1, 'other')})" if len(ruled) > 1 else ""
        _notices[path, "ruled"] = (
            f"Warning: {shown_path(path)}: "
            f"{shown_path(journal_path(path).name)}:{lines[first]}: {why}, so the "
            f"journaled ruling{also} is not theirs to make; not applied, {where}"
        )
    if refused:
        _refused_notice(path, [(lines[i], why) for i, why in refused], where)
    gone = {id(decisions[i]) for i, _ in [*refused, *ruled]}
    _stale_notice(path, [d for d in stale if id(d) not in gone], where)
    return stale


def _roster(path: Path, decisions: list[Decision]) -> Callable[[str], str | None] | None:
    """Why a reviewer may not settle disputes on the desk of the claim file at `path` (see
    config.Settings.adjudicator_refused), when the journal holds a ruling at all; a desk
    configuration that cannot be read lets no ruling of the journal through."""
    if not any(decision.adjudicate for decision in decisions):
        return None
    from claimcheck import config
    from claimcheck.errors import ClaimcheckError

    try:
        settings = config.load(path.parent)
    except ClaimcheckError as exc:
        reason = f"the desk's configuration cannot be read ({exc})"
        return lambda _: reason
    return settings.adjudicator_refused


def moved_aside(path: Path) -> None:
    """The file was saved: its notices say where the decisions not applied are now."""
    moved = f"moved to {aside_path(path).name}"
    for key, notice in list(_notices.items()):
        if key[0] == path:
            _notices[key] = notice.rsplit("; not applied, ", 1)[0] + f"; not applied, {moved}"
