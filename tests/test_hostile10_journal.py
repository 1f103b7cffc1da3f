"""What a hostile tester found (10): a journaled decision that folded into a claim file no
command could load, a huge hex number formatted into a message, a lying charset, and a
control character that lost a whole page."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.models import Decision
from claimcheck.states import Label
from tests.conftest import run

JOURNAL = ".claims.yaml.journal"
STALE = ".claims.yaml.journal.stale"


def _journal(seed: Path, *decisions: Mapping[str, object]) -> bytes:
    data = b"".join(json.dumps(d).encode() + b"\n" for d in decisions)
    (seed.parent / JOURNAL).write_bytes(data)
    return data


def _refused(line: int, claim: str, where: str, also: str = "") -> str:
    return (
        f"Warning: claims.yaml: {JOURNAL}:{line}: {claim}: a sourced claim needs at least one "
        f"source: this journaled decision would make its claim invalid{also}; not applied, "
        f"{where}"
    )


KEPT = f"kept in {JOURNAL} until the next save, then in {STALE}"


@pytest.mark.parametrize(
    "bad",
    [
        {"label": "sourced"},
        {"label": "sourced", "sources": []},
        {"label": "sourced", "note": "seen it"},
    ],
)
def test_a_sourced_decision_without_a_source_is_set_aside_never_folded(
    seed: Path, bad: dict[str, object]
) -> None:
    os.chdir(seed.parent)
    good = {"claim": "c012", "by": "eve", "at": "2026-11-26T20:00:00Z", "label": "opinion"}
    held = _journal(seed, good, {"claim": "c011", "by": "eve", "at": "2026-11-26T20:00:01Z", **bad})
    checked = run("validate", "-f", "claims.yaml")
    assert checked.exit_code == 0, checked.output
    assert checked.stderr.splitlines() == [_refused(2, "c011", KEPT)]
    assert checked.stdout.endswith("; 2 decisions in the journal\n")
    listed = run("list", "-f", "claims.yaml")
    assert (listed.exit_code, listed.stderr.splitlines()) == (0, [_refused(2, "c011", KEPT)])
    tagged = run("tag", "c013", "opinion", "-f", "claims.yaml", "-r", "zed")
    assert tagged.exit_code == 0, tagged.output
    assert tagged.stderr.splitlines() == [_refused(2, "c011", f"moved to {STALE}")]
    assert not (seed.parent / JOURNAL).exists()
    (kept,) = (seed.parent / STALE).read_bytes().splitlines()
    assert Decision.model_validate_json(kept) == Decision.model_validate_json(held.splitlines()[1])
    claims = store.load(seed).doc.index()
    assert claims["c011"].label is None and not claims["c011"].history
    assert claims["c012"].label is Label.OPINION  # the good decision beside it was folded
    again = run("validate", "-f", "claims.yaml")
    assert (again.exit_code, again.stderr) == (0, "")


def test_an_adjudication_without_a_source_is_set_aside(seed: Path) -> None:
    os.chdir(seed.parent)
    tag = ("-f", "claims.yaml")
    assert run("tag", "c011", "opinion", *tag, "-r", "ann").exit_code == 0
    assert run("tag", "c011", "unverified", *tag, "-r", "bob").exit_code == 0
    _journal(
        seed,
        {"claim": "c011", "by": "cy", "at": "2026-11-26T20:00:00Z", "label": "sourced",
         "adjudicate": True},
        {"claim": "c012", "by": "cy", "at": "2026-11-26T20:00:01Z", "label": "sourced"},
    )  # fmt: skip
    also = " (and 1 other decision that would: line 2)"
    folded = run("untag", "c013", *tag, "-r", "zed")
    assert folded.exit_code == 0, folded.output
    assert _refused(1, "c011", f"moved to {STALE}", also) in folded.stderr.splitlines()
    claims = store.load(seed).doc.index()
    assert claims["c011"].disputed and claims["c012"].label is None
    assert len((seed.parent / STALE).read_bytes().splitlines()) == 2


def test_a_file_broken_by_hand_says_how_to_repair_it(seed: Path) -> None:
    os.chdir(seed.parent)
    text = seed.read_text(encoding="utf-8")
    at = text.index("- id: c011")
    at = text.index("  hint:", at)
    seed.write_text(
        text[:at] + "  reviews:\n  - by: eve\n    label: sourced\n" + text[at:], encoding="utf-8"
    )
    result = run("tag", "c011", "opinion", "-f", "claims.yaml")
    assert result.exit_code == 1
    line = text[: text.index("- id: c011")].count("\n") + 1
    index = text[:at].count("- id: c")
    assert result.stderr == (
        f"Error: claims.yaml:{line}: claims[{index - 1}].sources: a sourced claim needs at least one "
        "source: give it one, or another label, by hand (in its sourced review, if it has "
        "reviews): no command can load the file until then\n"
    )
