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
from claimcheck.claimfile.yaml_dialect import load_yaml
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
# the good decision beside it, said to wait in the journal (desk6 C1)
WAITING = (
    f"Note: claims.yaml: 1 review decision is only in {JOURNAL}, not yet in the file (a git "
    "commit of it lacks them); save them into it with: claimcheck validate --fold claims.yaml"
)


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
    assert checked.stderr.splitlines() == [WAITING, _refused(2, "c011", KEPT)]
    assert checked.stdout.endswith("; 2 decisions in the journal, 1 of them not applied\n")
    listed = run("list", "-f", "claims.yaml")
    assert (listed.exit_code, listed.stderr.splitlines()) == (
        0,
        [WAITING, _refused(2, "c011", KEPT)],
    )
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


def test_a_file_broken_by_hand_says_how_to_repair_it_and_tag_repairs_it(seed: Path) -> None:
    os.chdir(seed.parent)
    text = seed.read_text(encoding="utf-8")
    at = text.index("- id: c011")
    line, index = text[:at].count("\n") + 1, text[:at].count("- id: c")
    hint = text.index("  hint:", at)
    seed.write_text(
        text[:hint] + "  reviews:\n  - by: eve\n    label: sourced\n" + text[hint:],
        encoding="utf-8",
    )
    broken = seed.read_bytes()
    error = (
        f"Error: claims.yaml:{line}: claims[{index}].sources: a sourced claim needs at least "
        "one source: give it one by hand, or another label with 'claimcheck tag c011 "
        "unverified' (or opinion)\n"
    )
    for command in (("validate",), ("list",), ("tag", "c012", "opinion")):
        result = run(*command, "-f", "claims.yaml")
        assert (result.exit_code, result.stderr) == (1, error)
    assert seed.read_bytes() == broken
    repaired = run("tag", "c011", "unverified", "-f", "claims.yaml", "-r", "eve")
    assert (repaired.exit_code, repaired.stdout) == (0, "c011: sourced → unverified\n")
    checked = run("validate", "-f", "claims.yaml")
    assert (checked.exit_code, checked.stderr) == (0, "")
    assert store.load(seed).doc.index()["c011"].label is Label.UNVERIFIED


def test_a_tag_that_leaves_a_broken_claim_broken_changes_nothing(seed: Path) -> None:
    os.chdir(seed.parent)
    text = seed.read_text(encoding="utf-8")
    hint = text.index("  hint:", text.index("- id: c011"))
    two = "  reviews:\n  - by: eve\n    label: sourced\n  - by: ann\n    label: sourced\n"
    seed.write_text(text[:hint] + two + text[hint:], encoding="utf-8")
    broken = seed.read_bytes()
    result = run("untag", "c011", "-f", "claims.yaml", "-r", "eve")
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: claims.yaml: c011: a sourced claim needs at least one source; nothing was "
        "changed\n",
    )
    assert seed.read_bytes() == broken


HEX = "0x" + "f" * 5000  # YAML 1.1 reads it as a number of about 6,021 digits
# Claim files may come to read 0x1F as text (then Passage refuses it as it refuses any
# text): the message then is pydantic's, still one line at the place, exit 1.
HEX_IS_A_NUMBER = load_yaml("a: 0x1F\n", Path("x.yaml")) == {"a": 31}


def _with(seed: Path, key: str, after: str, value: str) -> int:
    """Set the first `key` after `after` in the claim file to `value`; return its line."""
    text = seed.read_text(encoding="utf-8")
    at = text.index(key, text.index(after))
    seed.write_text(text[:at] + key + value + text[text.index("\n", at) :], encoding="utf-8")
    return text[:at].count("\n") + 1


@pytest.mark.parametrize(
    ("key", "after", "field"),
    [("    start: ", "\nclaims:", "claims[0].passage.start"),
     ("    end: ", "\ndeleted:", "deleted[0].passage.end")],
)  # fmt: skip
@pytest.mark.parametrize("command", [("validate",), ("list",), ("tag", "c011", "opinion")])
def test_a_huge_hexadecimal_number_is_named_not_a_crash(
    seed: Path, key: str, after: str, field: str, command: tuple[str, ...]
) -> None:
    os.chdir(seed.parent)
    assert run("delete", "c010", "-f", "claims.yaml").exit_code == 0  # a tombstone
    line = _with(seed, key, after, HEX)
    before = seed.read_bytes()
    result = run(*command, "-f", "claims.yaml")
    assert result.exit_code == 1, result.output
    where = f"Error: claims.yaml:{line}: {field}: "
    if HEX_IS_A_NUMBER:
        assert result.stderr == f"{where}a number of about 6021 digits is too large\n"
    else:
        assert result.stderr.startswith(where) and result.stderr.count("\n") == 1
    assert seed.read_bytes() == before


def test_a_message_never_writes_a_number_python_cannot_write() -> None:
    from claimcheck.claimfile.locate import _shown
    from claimcheck.claimlogic import digits

    huge = int("f" * 5000, 16)
    assert digits(huge) == "about 6021"
    assert digits(-(10**4000)) == "4001"
    assert digits(10**29) == "30"
    assert _shown(huge) == "a number of about 6021 digits"
    assert _shown([huge]) == "a value holding a number too large to write"
    assert _shown(12) == "12"


def test_a_review_never_journals_a_decision_that_would_make_its_claim_invalid(
    seed: Path,
) -> None:
    from claimcheck.decisions import decide
    from claimcheck.errors import InvalidValue

    journal = store.Journal(seed)
    claim = journal.doc.claim("c011")
    assert claim is not None
    decision = decide(claim, "eve", Label.SOURCED, [], None)
    with pytest.raises(InvalidValue, match=r"^c011: a sourced claim needs at least one source;"):
        journal.commit(decision, claim.decision_fields())
    assert not (seed.parent / JOURNAL).exists()
    assert claim.label is None and not claim.history and not claim.reviews
    fine = decide(claim, "eve", Label.OPINION, [], None)
    journal.commit(fine, claim.decision_fields())
    assert store.load(seed).doc.index()["c011"].label is Label.OPINION
