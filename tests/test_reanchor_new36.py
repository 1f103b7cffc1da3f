"""What a new version of the article adds is not lost from sight (desk tester 6, C3: a
correction added to the article was neither a claim nor left out after `reanchor`, and
`reanchor` did not mention it): each added sentence no claim covers is left out as `new`,
named by `reanchor`, and `add --left-out` makes it a claim."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run, succeeds

ARTICLE = (
    "Pool to reopen\n\nThe council approved £2.1 million to reopen the pool. "
    "Work will start in May, the council said.\n"
)
ADDED = "The pool closed in 2019 after a roof leak."


def left_out(tmp_path: Path) -> list[dict[str, object]]:
    shown = json.loads(succeeds("show", "--left-out", "--json"))
    return shown if isinstance(shown, list) else shown["left_out"]


def test_an_added_sentence_is_left_out_as_new_and_can_become_a_claim(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE)
    succeeds("extract", "article.txt", "-o", "claims.yaml")
    (tmp_path / "v2.txt").write_text(
        ARTICLE.replace("May, the council said.", "June, the council said.") + f"\n{ADDED}\n"
    )
    moved = run("reanchor", "v2.txt")
    assert moved.exit_code == 0, moved.stderr
    start = (tmp_path / "v2.txt").read_text().index(ADDED)
    span = f"{start}-{start + len(ADDED)}"
    assert f"New: {span}: {ADDED}\n" in moved.stderr
    assert moved.stderr.endswith(
        "The new text adds 1 sentence no claim covers, left out as 'new': "
        "'claimcheck add --left-out START-END' makes one a claim\n"
    )
    # the sentence whose word changed is still its claim's, not new
    assert [i["reason"] for i in left_out(tmp_path)] == ["heading", "new"]
    succeeds("add", "--left-out", span)
    listed = json.loads(succeeds("list", "--json"))
    assert ADDED in [c["text"] for c in listed]
    assert [i["reason"] for i in left_out(tmp_path)] == ["heading"]


def test_a_version_that_adds_nothing_leaves_out_nothing_new(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE)
    succeeds("extract", "article.txt", "-o", "claims.yaml")
    (tmp_path / "v2.txt").write_text(ARTICLE.replace("£2.1 million", "£2.4 million"))
    moved = run("reanchor", "v2.txt")
    assert moved.exit_code == 0, moved.stderr
    assert "New:" not in moved.stderr
    assert [i["reason"] for i in left_out(tmp_path)] == ["heading"]
