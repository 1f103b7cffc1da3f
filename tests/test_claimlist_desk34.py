"""A merge keeps the surviving claim's own decision (desk4 H2); the claim list's smaller
traps: a second claim on a passage a claim holds, a split whose parts share who said
them, and a split part that is no statement on its own (desk4 C7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck import store
from tests.conftest import run, sentence_claims, succeeds

ARTICLE = (
    "Councillors voted 31 to 12 in favour of the £48 million repair plan. "
    "The bridge carries about 22,000 vehicles a day. "
    "The bridge will close for eighteen months while engineers replace its supports, "
    "the city council announced on Tuesday. "
    "The transport department said that the ring road is two years behind schedule and "
    "its budget has risen to £210 million."
)
SENTENCES = [s if s.endswith(".") else s + "." for s in ARTICLE.split(". ")]
DESK = """\
[org]
name = "Harbour Fact Desk"

[people.maya]
name = "Maya Okafor"
roles = ["reviewer", "adjudicator"]

[people.lee]
name = "Lee Chen"
roles = ["reviewer"]
"""
VOTES = "https://harbourcity.example/votes/bridge"
MAYA = "The council's published vote record shows 31 votes for and 12 against."


@pytest.fixture
def bridge(tmp_path: Path) -> Path:
    (tmp_path / "claimcheck.toml").write_text(DESK)
    path = tmp_path / "claims.yaml"
    path.write_text(sentence_claims("bridge", "Bridge", ARTICLE, SENTENCES), encoding="utf-8")
    return path


def refused(path: Path, message: str, *args: str) -> None:
    before = path.read_bytes()
    result = run(*args)
    assert result.exit_code == 1, result.output
    assert result.stderr == f"Error: {path.name}: {message}\n"
    assert path.read_bytes() == before


def shown(claim_id: str) -> dict[str, object]:
    found: dict[str, object] = json.loads(succeeds("show", claim_id, "--json"))
    return found


def _split_votes(lee: str, ruling: bool) -> tuple[str, str]:
    """Maya's own claim on "Councillors voted 31 to 12", with her public explanation; c001
    (the whole sentence) tagged by maya and lee (and ruled on), then split: its first part
    holds those decisions, waiting for their re-check. Returns (maya's claim, the part)."""
    added = succeeds("add", "--quote", "Councillors voted 31 to 12", "-r", "maya")
    mine = added.split(":")[0]
    succeeds("tag", mine, "sourced", "-r", "maya", "-s", VOTES, "--explanation", MAYA)
    succeeds("tag", "c001", "sourced", "-r", "maya", "-s", VOTES + "?all")
    succeeds("tag", "c001", lee, "-r", "lee", *(["-s", VOTES] if lee == "sourced" else []))
    if ruling:
        succeeds("tag", "c001", "sourced", "-r", "maya", "--adjudicate", "-s", VOTES + "?all")
    out = succeeds(
        "split", "c001", "-r", "maya", "--json",
        "--quote", "Councillors voted 31 to 12", "--text", "Councillors voted 31 to 12.",
        "--quote", "in favour of the £48 million repair plan",
        "--text", "Councillors voted in favour of the £48 million repair plan.",
    )  # fmt: skip
    part = json.loads(out)[0]["id"]
    assert succeeds("list", "--label", "needs-recheck", "--json").count('"id"') == 2
    return mine, part


def test_a_merge_keeps_the_claims_own_decision_and_a_moved_one_still_awaits_its_recheck(
    bridge: Path,
) -> None:
    mine, part = _split_votes("unverified", ruling=True)
    said = succeeds("merge", mine, part, "-r", "maya")
    assert said.splitlines() == [
        f"{mine}: merged {part} into it",
        f"maya's decision on {part} stays with it: maya's own on {mine} stands",
        f"lee's decision on {part} moved to {mine}",
        f"maya's ruling on {part} stays with it: it settled {part}'s reviews, not {mine}'s",
        f"{mine} needs a re-check: the decisions moved from {part} still await theirs",
        f"{mine}: sourced → disputed (maya sourced, lee unverified)",
    ]
    claim = store.load(bridge).doc.claim(mine)
    assert claim is not None
    # maya's own decision stands as it was: her sources and her explanation, no ruling
    maya = claim.review_by("maya")
    assert maya is not None and maya.explanation == MAYA
    assert [s.url for s in maya.sources] == [VOTES]
    assert not any(r.adjudicates for r in claim.reviews)
    found = shown(mine)
    assert (found["label"], found["adjudicated_by"]) == (None, None)
    listed = succeeds("list", "--label", "needs-recheck")
    assert f"{mine} " in listed
    # the re-check keeps maya's explanation: the claim's own words never changed
    succeeds("tag", mine, "sourced", "-r", "maya")
    claim = store.load(bridge).doc.claim(mine)
    assert claim is not None
    maya = claim.review_by("maya")
    assert maya is not None and maya.explanation == MAYA
    # lee's moved decision still awaits lee's own re-check: maya's is not his (tester 7, H1)
    assert claim.needs_recheck
    succeeds("tag", mine, "unverified", "-r", "lee")
    claim = store.load(bridge).doc.claim(mine)
    assert claim is not None and not claim.needs_recheck


def test_a_merge_of_agreeing_decisions_says_whose_explanation_is_published(
    bridge: Path, tmp_path: Path
) -> None:
    mine, part = _split_votes("sourced", ruling=False)
    said = succeeds("merge", mine, part, "-r", "maya").splitlines()
    assert f"lee's decision on {part} moved to {mine}" in said
    # agreeing reviewers publish the latest explanation one of them gave: lee's moved
    # decision, later than maya's, carries none and takes hers away no more (desk tester
    # 6, H1), so the merge has nothing to say of it
    assert not any("public explanation" in line for line in said), said
    assert shown(mine)["explanation"] == MAYA
    found = shown(mine)
    assert (found["label"], found["adjudicated_by"]) == ("sourced", None)
    # lee's decision was about the whole of c001: nothing is published until a re-check
    succeeds("report", "--public", "-F", "md", "-o", "public.md")
    public = (tmp_path / "public.md").read_text()
    assert MAYA not in public and "Councillors voted 31 to 12." in public
    succeeds("tag", mine, "sourced", "-r", "maya")
    assert shown(mine)["explanation"] == MAYA
    # lee's re-check is lee's own to make: maya's does not stand in for it (tester 7, H1)
    succeeds("report", "--public", "-F", "md", "-o", "public.md")
    assert MAYA not in (tmp_path / "public.md").read_text()
    succeeds("tag", mine, "sourced", "-r", "lee")
    succeeds("report", "--public", "-F", "md", "-o", "public.md")
    assert MAYA in (tmp_path / "public.md").read_text()


# ------------------------------------------------------------------ C7: the claim list


def test_adding_a_claim_on_a_passage_a_claim_holds_is_refused_unless_forced(bridge: Path) -> None:
    quote = "The bridge carries about 22,000 vehicles a day."
    refused(
        bridge,
        "c002 already holds this passage ('The bridge carries about 22,000 vehicle…'): tag or "
        "edit c002, or 'claimcheck add --force' to make a second claim on it",
        *("add", "--quote", quote),
    )
    said = succeeds("add", "--quote", quote, "--force", "--text", "About 22,000 cars cross daily.")
    assert said.endswith(": added: About 22,000 cars cross daily.\n")
    # a passage inside another claim's is not the same passage
    assert "added: The bridge carries" in succeeds("add", "--quote", "The bridge carries about")


def test_a_split_carries_who_said_it_into_each_part(bridge: Path) -> None:
    out = succeeds(
        "split", "c004", "--json",
        "--quote", "the ring road is two years behind schedule",
        "--quote", "its budget has risen to £210 million",
    )  # fmt: skip
    assert [p["text"] for p in json.loads(out)] == [
        "The transport department said that the ring road is two years behind schedule.",
        "The transport department said that its budget has risen to £210 million.",
    ]
    out = succeeds(
        "split", "c003", "--json",
        "--quote", "The bridge will close for eighteen months",
        "--quote", "engineers replace its supports",
    )  # fmt: skip
    assert [p["text"] for p in json.loads(out)] == [
        "The bridge will close for eighteen months, the city council announced on Tuesday.",
        "Engineers replace its supports, the city council announced on Tuesday.",
    ]


def test_a_split_part_that_is_no_statement_is_refused_until_given_its_text(bridge: Path) -> None:
    refused(
        bridge,
        "the part 'in favour of the £48 million repair plan' of c001 is not a statement on its "
        "own: give each part's text with --text",
        *("split", "c001", "--quote", "Councillors voted 31 to 12"),
        *("--quote", "in favour of the £48 million repair plan"),
    )
    at = ARTICLE.index("while engineers")
    refused(
        bridge,
        "the part 'while engineers replace its supports, the city council anno…' of c003 is "
        "not a statement on its own: give each part's text with --text",
        *("split", "c003", "--at", str(at)),
    )
    out = succeeds(
        "split", "c003", "--at", str(at), "--json",
        "--text", "The bridge will close for eighteen months.",
        "--text", "Engineers will replace the bridge's supports.",
    )  # fmt: skip
    assert [p["text"] for p in json.loads(out)][
        1
    ] == "Engineers will replace the bridge's supports."
