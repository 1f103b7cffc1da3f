"""A claim re-anchored to a corrected article whose passage no longer states a figure its
text states ("June 2027" when the article now says "July 2027") cannot be re-checked
as it stands: re-checked, it was published in ClaimReview with the old figure (desk
tester 5, H3). `reanchor` names it, `tag` refuses until the text is edited."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run, succeeds

ARTICLE = (
    "Baths to reopen\n\nThe council approved £4.2 million to reopen the baths. "
    "Work is expected to begin in June 2027, the council said.\n"
)


def test_a_changed_figure_must_be_edited_before_the_recheck(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE)
    succeeds("extract", "article.txt", "-o", "claims.yaml")
    succeeds("tag", "c002", "sourced", "-r", "lee", "-s", "https://k.example/pr")
    (tmp_path / "v2.txt").write_text(ARTICLE.replace("June 2027", "July 2027"))
    moved = run("reanchor", "v2.txt")
    assert moved.exit_code == 0, moved.output
    assert (
        "  c002's text still says June, which the article no longer says there: "
        "edit it (claimcheck edit c002 --text …)\n"
    ) in moved.stderr
    before = (tmp_path / "claims.yaml").read_bytes()
    refused = run("tag", "c002", "sourced", "-r", "lee")
    assert refused.exit_code == 1
    assert refused.stderr == (
        "Error: c002: its text says June, which the corrected article no longer says there "
        "(Work is expected to begin in July 2027, the council said.): edit the text first "
        "(claimcheck edit c002 --text …), then tag it\n"
    )
    assert (tmp_path / "claims.yaml").read_bytes() == before
    succeeds(
        "edit", "c002", "-r", "lee", "--text", "Work will begin in July 2027, the council said."
    )
    assert (
        succeeds("tag", "c002", "sourced", "-r", "lee") == "c002: sourced (1 source), re-checked\n"
    )


def test_a_move_that_changed_no_stated_figure_is_rechecked_as_before(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE)
    succeeds("extract", "article.txt", "-o", "claims.yaml")
    succeeds("tag", "c002", "sourced", "-r", "lee", "-s", "https://k.example/pr")
    (tmp_path / "v2.txt").write_text(
        ARTICLE.replace("the council said", "a council spokesman said")
    )
    moved = run("reanchor", "v2.txt")
    assert moved.exit_code == 0, moved.output
    assert "still says" not in moved.stderr
    assert (
        succeeds("tag", "c002", "sourced", "-r", "lee") == "c002: sourced (1 source), re-checked\n"
    )
