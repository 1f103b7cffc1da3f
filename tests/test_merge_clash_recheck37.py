"""A claim's text edited on both sides: the merge keeps our text, and theirs is left for
the desk to settle. Their reviewer's decision, made on their own words, was kept too and
then counted as a review of ours: the claim was published clean with a label nobody gave
to the words it now holds. Now the merge records the kept text as an edit, so every
decision made before it waits for a re-check; and the hint stays the one of the kept text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.merge import merge
from tests.conftest import DATA, run

OURS = "The minister resigned on Monday."
THEIRS = "The minister did not resign on Monday."


def _cc(*args: str) -> None:
    result = run(*args)
    assert result.exit_code == 0, result.output


def _sides(tmp_path: Path) -> tuple[Path, Path, Path]:
    base, ours, theirs = (tmp_path / n for n in ("base.yaml", "A.yaml", "T.yaml"))
    for path in (base, ours, theirs):
        shutil.copy(DATA / "claims.yaml", path)
    shutil.copy(DATA / "article.txt", tmp_path / "article.txt")
    return base, ours, theirs


def test_their_decision_on_their_words_needs_a_recheck_after_a_text_clash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, ours, theirs = _sides(tmp_path)
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "ann")
    _cc("edit", "c001", "--text", OURS, "-f", str(ours))
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "bob")
    _cc("edit", "c001", "--text", THEIRS, "-f", str(theirs))
    _cc(
        "tag",
        "c001",
        "sourced",
        "-r",
        "bob",
        "--source",
        "https://example.org/a",
        "-f",
        str(theirs),
    )
    done = run("merge-driver", str(base), str(ours), str(theirs), "claims.yaml")
    assert done.exit_code != 0  # the text clash is the desk's to settle
    claim = store.load(ours).doc.index()["c001"]
    assert claim.text == OURS
    assert claim.needs_recheck  # bob decided on THEIRS, not on these words
    listed = run("list", "--label", "needs-recheck", "-f", str(ours))
    assert listed.exit_code == 0, listed.output
    assert "c001" in listed.stdout


def test_the_hint_follows_the_kept_text(tmp_path: Path) -> None:
    base, _, _ = _sides(tmp_path)
    b = store.load(base).doc
    o, t = b.model_copy(deep=True), b.model_copy(deep=True)
    oc, tc = o.index()["c001"], t.index()["c001"]
    oc.text = OURS
    tc.text = THEIRS
    assert tc.hint is not None
    kind = "opinion" if tc.hint.kind != "opinion" else "factual"
    tc.hint = tc.hint.model_copy(update={"kind": kind})  # only their side's hint changed
    merged = merge(b, o, t).doc.index()["c001"]
    assert merged.text == OURS
    assert merged.hint == oc.hint
