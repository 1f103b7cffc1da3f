"""A split at a point goes as the README says (desk tester 6, H3): the joining word at
the cut goes in no part, who said it stays with every part, and a part that is no
statement on its own (a predicate without its subject) is refused until given its text;
the review's split, typed with a bar, goes the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.pilot import Pilot

from claimcheck import store
from claimcheck.tui.app import ReviewApp
from tests.conftest import run, sentence_claims, succeeds
from tests.test_review_app import keys, review, text, typed

SENTENCES = [
    "The trust said the new wing would cost 9 million pounds and extend the wait by a year.",
    "The trust said the new wing will open in June and the old ward will close.",
    "The old ward will close in June and its staff will move to Dunmore, the trust said.",
]
ARTICLE = " ".join(SENTENCES)


@pytest.fixture
def wing(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(sentence_claims("wing", "Wing", ARTICLE, SENTENCES), encoding="utf-8")
    return path


def parts(out: str) -> list[tuple[str, str]]:
    doc = {c.id: c for c in store.load(Path("claims.yaml")).doc.claims}
    return [(p["text"], doc[p["id"]].passage.quote) for p in json.loads(out)]


def test_a_part_that_is_a_predicate_without_its_subject_is_refused(wing: Path) -> None:
    before = wing.read_bytes()
    at = ARTICLE.index(" and extend")
    result = run("split", "c001", "--at", str(at))
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: claims.yaml: the part 'extend the wait by a year.' of c001 is not a statement on "
        "its own: give each part's text with --text\n"
    )
    assert wing.read_bytes() == before
    out = succeeds(
        "split", "c001", "--at", str(at), "--json",
        "--text", "The trust said the new wing would cost 9 million pounds.",
        "--text", "The trust said the new wing would extend the wait by a year.",
    )  # fmt: skip
    assert [quote for _, quote in parts(out)] == [
        "The trust said the new wing would cost 9 million pounds",
        "extend the wait by a year.",  # "and" joins them: it is in no part
    ]


def test_each_part_keeps_who_said_it_and_no_joining_word(wing: Path) -> None:
    at = ARTICLE.index(" and the old ward")
    assert parts(succeeds("split", "c002", "--at", str(at), "--json")) == [
        ("The trust said the new wing will open in June.", "The trust said the new wing will open in June"),
        ("The trust said the old ward will close.", "the old ward will close."),
    ]  # fmt: skip
    at = ARTICLE.index("and its staff")  # a point after the space: the same cut
    assert parts(succeeds("split", "c003", "--at", str(at), "--json")) == [
        ("The old ward will close in June, the trust said.", "The old ward will close in June"),
        ("Its staff will move to Dunmore, the trust said.", "its staff will move to Dunmore, the trust said."),
    ]  # fmt: skip


def test_the_reviews_split_at_a_bar_goes_the_same_way(wing: Path) -> None:
    before = wing.read_bytes()

    async def steps(pilot: Pilot[bool], app: ReviewApp) -> None:
        await keys(pilot, "v", "ctrl+u")
        await typed(pilot, SENTENCES[0].replace(" and extend", " | and extend"))
        await keys(pilot, "enter")
        status = " ".join(text(app, "#status").split())
        assert "not split yet: 'extend the wait by a year.' is no statement on its own" in status
        assert wing.read_bytes() == before
        await keys(pilot, "escape")  # the parts' texts asked next (h36a): none given
        assert wing.read_bytes() == before
        await keys(pilot, "n", "v", "ctrl+u")
        await typed(pilot, SENTENCES[1].replace(" and the old", " | and the old"))
        await keys(pilot, "enter")
        assert text(app, "#status").strip().startswith("c002: split into c")

    review(Path("claims.yaml"), steps, size=(160, 48))
    doc = store.load(wing).doc
    assert [c.text for c in doc.claims if c.split_from == "c002"] == [
        "The trust said the new wing will open in June.",
        "The trust said the old ward will close.",
    ]


def test_a_merge_of_one_claim_is_bad_usage(wing: Path) -> None:
    """A missing argument (desk tester 6, L1): exit 2, one line, nothing written."""
    before = wing.read_bytes()
    result = run("merge", "c001")
    assert result.exit_code == 2
    assert result.stderr == "Error: name the claims merged into c001 too: merge ID ID...\n"
    assert wing.read_bytes() == before
