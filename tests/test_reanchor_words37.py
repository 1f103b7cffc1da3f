"""A number in words changed by a corrected article ("two" girders, now "three") is named
as a digit's change is: `reanchor` warns that the claim's text still says it, and `tag`
refuses the re-check until the text is edited (desk tester 7, C5)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run, succeeds

ARTICLE = (
    "Footbridge shut\n\nInspectors found cracks in two girders of the Kell footbridge, the "
    "council said on Monday.\n"
)


def test_a_changed_number_in_words_is_named(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE)
    succeeds("extract", "article.txt", "-o", "claims.yaml")
    listed = succeeds("list", "--json")
    assert "two girders" in listed
    succeeds("tag", "c001", "sourced", "-r", "lee", "-s", "https://k.example/notice")
    (tmp_path / "v2.txt").write_text(ARTICLE.replace("two girders", "three girders"))
    moved = run("reanchor", "v2.txt")
    assert moved.exit_code == 0, moved.output
    assert "Approximately: c001" in moved.stderr
    assert (
        "  c001's text still says two, which the article no longer says there: "
        "edit it (claimcheck edit c001 --text …)\n"
    ) in moved.stderr
    refused = run("tag", "c001", "sourced", "-r", "lee")
    assert refused.exit_code == 1
    assert refused.stderr.startswith("Error: c001: its text says two, which the corrected")


def test_a_number_in_words_the_article_kept_is_not_named(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE)
    succeeds("extract", "article.txt", "-o", "claims.yaml")
    succeeds("tag", "c001", "sourced", "-r", "lee", "-s", "https://k.example/notice")
    (tmp_path / "v2.txt").write_text(ARTICLE.replace("Inspectors found", "Engineers found"))
    moved = run("reanchor", "v2.txt")
    assert moved.exit_code == 0, moved.output
    assert "still says" not in moved.stderr
