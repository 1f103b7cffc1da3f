"""Correcting the claim list through the real command: add, edit, split, merge, delete,
undo; each refusal is one line, exit 1, and leaves the file's bytes as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.models import Label
from tests.conftest import refuses, run, succeeds


def test_add_by_quote_cleans_the_passage_and_records_who(seed: Path) -> None:
    out = json.loads(succeeds("add", "-f", str(seed), "--quote", "at least two tanks", "--json"))
    assert out["text"] == "At least two tanks."
    loaded = store.load(seed)
    claim = loaded.doc.claim(out["id"])
    assert claim is not None
    assert loaded.text[claim.passage.start : claim.passage.end] == "at least two tanks"
    assert claim.section == "How did they raid Belgorod?"  # the section where it stands
    assert [(c.field, c.by, c.new) for c in claim.history] == [("added", "tester", "added")]
    assert out["id"].startswith("c") and len(out["id"]) == 9
    ids = [c.id for c in loaded.doc.claims]
    assert ids.index(out["id"]) == ids.index("c055") + 1  # in article order


def test_add_with_text_and_by_offsets(seed: Path) -> None:
    out = succeeds("add", "-f", str(seed), "--at", "3790-3809", "--text", "Fires happen weekly.")
    claim_id = out.split(":")[0]
    claim = store.load(seed).doc.claim(claim_id)
    assert claim is not None and claim.text == "Fires happen weekly."
    assert claim.passage.quote == "not a week going by"


def test_add_refusals(seed: Path) -> None:
    f = str(seed)
    refuses(
        seed,
        f"{f}: the quote is not in the article: 'no such words'",
        "add",
        "-f",
        f,
        "--quote",
        "no such words",
    )
    refuses(
        seed,
        f"{f}: the quote is in the article 6 times: 'Legion'; choose one with --prefix or "
        "--suffix (the text just before or after it)",
        "add",
        "-f",
        f,
        "--quote",
        "Legion",
        "--suffix",
        ",",
    )
    reversed_ = f"{f}: offsets 10-5 are reversed (the end is before the start)"
    refuses(seed, reversed_, "add", "-f", f, "--at", "10-5")
    refuses(seed, "--at: not offsets START-END: 'x'", "add", "-f", f, "--at", "x")


def test_add_chooses_among_repeats_with_prefix(seed: Path) -> None:
    text = (seed.parent / "article.txt").read_text()
    last = text.rindex("Freedom of Russia Legion")
    prefix = text[last - 30 : last]
    assert text.count(prefix + "Freedom of Russia Legion") == 1
    out = succeeds(
        "add", "-f", str(seed), "--quote", "Freedom of Russia Legion", "--prefix", prefix
    )
    claim = store.load(seed).doc.claim(out.split(":")[0])
    assert claim is not None
    assert text[: claim.passage.start].endswith(prefix)


def test_edit_keeps_the_label_and_asks_for_a_recheck(seed: Path) -> None:
    f = str(seed)
    succeeds("tag", "c038", "unverified", "-f", f)
    assert succeeds("edit", "c038", "-f", f, "--text", "About 100 sabotage acts.") == (
        "c038: changed text; unverified, needs a re-check\n"
    )
    claim = store.load(seed).doc.claim("c038")
    assert claim is not None and claim.label is Label.UNVERIFIED and claim.needs_recheck
    assert claim.history[-1].field == "text"
    listed = succeeds("list", "-f", f, "--label", "needs-recheck", "--json")
    assert [c["id"] for c in json.loads(listed)] == ["c038"]
    report = run("report", "-f", f, "--strict")
    assert report.exit_code == 1
    assert "1 claim needs a re-check: text or passage changed after tagging (c038)" in (
        report.stderr
    )
    filtered = json.loads(succeeds("report", "-f", f, "--label", "needs-recheck", "-F", "json"))
    assert [c["id"] for c in filtered["articles"][0]["claims"]] == ["c038"]
    # readers never see a decision that was about other words
    published = run("report", "-f", f, "-F", "claimreview", "--url", "https://desk.example/f")
    assert published.exit_code == 0, published.output
    assert "c038" not in published.stdout
    public = json.loads(succeeds("report", "-f", f, "-F", "json", "--public"))
    (c038,) = [c for c in public["articles"][0]["claims"] if c["id"] == "c038"]
    assert c038["label"] is None
    succeeds("tag", "c038", "unverified", "-f", f)  # a new decision clears it
    assert succeeds("list", "-f", f, "--label", "needs-recheck", "--json").strip() == "[]"


def test_edit_passage_and_section(seed: Path) -> None:
    f = str(seed)
    succeeds("edit", "c037", "-f", f, "--quote", "not a week going by", "--section", "")
    claim = store.load(seed).doc.claim("c037")
    assert claim is not None and claim.passage.quote == "not a week going by"
    assert claim.section is None
    assert [c.field for c in claim.history] == ["section", "passage"]
    assert not claim.needs_recheck  # nobody had tagged it


def test_edit_refusals(seed: Path) -> None:
    f = str(seed)
    refuses(seed, f"{f}: no claim with id 'c999'", "edit", "c999", "-f", f, "--text", "x")
    refuses(seed, f"{f}: a claim's text cannot be empty", "edit", "c001", "-f", f, "--text", " ")


def test_split_by_quotes_gives_new_ids_and_keeps_decisions(seed: Path) -> None:
    f = str(seed)
    succeeds("tag", "c037", "opinion", "-f", f)
    out = json.loads(
        succeeds(
            "split",
            "c037",
            "-f",
            f,
            "--quote",
            "with not a week going by",
            "--quote",
            "without another mysterious fire or explosion rocking Russian bridges, industrial "
            "sites, and even shopping centers",
            *("--text", "Not a week goes by.", "--text", "Fires rock Russian bridges."),
            "--json",
        )
    )
    assert [p["split_from"] for p in out] == ["c037", "c037"]
    doc = store.load(seed).doc
    assert doc.claim("c037") is None
    tomb = doc.tombstone("c037")
    assert tomb is not None and tomb.history[-1].field == "deleted"
    parts = [doc.claim(p["id"]) for p in out]
    for part in parts:
        assert part is not None and part.label is Label.OPINION and part.needs_recheck
        assert part.split_from == "c037"
    refuses(
        seed,
        f"{f}: c037 is deleted (split into {out[0]['id']}, {out[1]['id']}); "
        "'claimcheck undo' brings it back while that is your latest change, 'claimcheck add "
        f"--at {tomb.passage.start}-{tomb.passage.end}' makes a claim on its passage again",
        "delete",
        "c037",
        "-f",
        f,
    )


def test_split_by_points_and_refusals(seed: Path) -> None:
    f = str(seed)
    refuses(
        seed,
        f"{f}: split point 10 is outside c038's passage (3925-4036)",
        "split",
        "c038",
        "-f",
        f,
        "--at",
        "10",
        "--at",
        "3990",
    )
    refuses(
        seed,
        f"{f}: the quote is not in the passage: 'Putin'",
        "split",
        "c038",
        "-f",
        f,
        "--quote",
        "Putin",
        "--quote",
        "Russia",
    )
    out = succeeds("split", "c038", "-f", f, "--at", "3990", "--text", "One.", "--text", "Two.")
    doc = store.load(seed).doc
    first = next(c for c in doc.claims if c.split_from == "c038")
    assert first.passage.quote.endswith("intelligence")  # 3990 is inside 'reported'

    assert out.startswith("c038: split into ")
    doc = store.load(seed).doc
    texts = [c.text for c in doc.claims if c.split_from == "c038"]
    assert texts == ["One.", "Two."]


# c005 says "The Freedom of Russia Legion has a solid plan to achieve its mission.": a
# wording of c009 that makes it the same statement (merge refuses claims that are not)
TWIN = "The Freedom of Russia Legion has a plan to achieve its mission."


def test_merge_moves_passages_and_decisions(seed: Path) -> None:
    f = str(seed)
    succeeds("edit", "c009", "-f", f, "--text", TWIN)
    succeeds("tag", "c009", "opinion", "-f", f, "-r", "bob")
    assert succeeds("merge", "c005", "c009", "-f", f) == (
        "c005: merged c009 into it\nbob's decision on c009 moved to c005\n"
    )
    doc = store.load(seed).doc
    keep = doc.claim("c005")
    assert keep is not None and keep.label is Label.OPINION
    assert len(keep.also_at) == 1 and doc.claim("c009") is None
    assert doc.tombstone("c009") is not None


def test_merge_refuses_conflicting_labels_unless_forced(seed: Path) -> None:
    f = str(seed)
    succeeds("edit", "c009", "-f", f, "--text", TWIN)
    succeeds("tag", "c005", "unverified", "-f", f)
    succeeds("tag", "c009", "opinion", "-f", f)
    refuses(
        seed,
        f"{f}: the claims have different labels (c005 is unverified, c009 is opinion); tag "
        "them alike first, or add --force to keep c005's decisions only",
        "merge",
        "c005",
        "c009",
        "-f",
        f,
    )
    out = succeeds("merge", "c005", "c009", "-f", f, "--force")
    assert "kept c005's decisions only (c005 is unverified, c009 is opinion)" in out


def test_delete_is_a_tombstone_hidden_everywhere(seed: Path) -> None:
    f = str(seed)
    assert succeeds("delete", "c041", "-f", f) == "c041: deleted (pending)\n"
    assert "c041" not in [c["id"] for c in json.loads(succeeds("list", "-f", f, "--json"))]
    assert "ok, 113 claims" in succeeds("validate", "-f", f)
    # undo takes back only one's latest operations: the passage is named for a new claim
    doc = store.load(seed).doc
    gone = doc.tombstone("c041")
    assert gone is not None
    refuses(
        seed,
        f"{f}: c041 is deleted; 'claimcheck undo' brings it back while that is your latest "
        f"change, 'claimcheck add --at {gone.passage.start}-{gone.passage.end}' makes a claim "
        "on its passage again",
        *("delete", "c041", "-f", f),
    )
    # its id is never given again, even to a claim on the same passage
    tomb = doc.tombstone("c041")
    assert tomb is not None
    out = succeeds("add", "-f", f, "--at", f"{tomb.passage.start}-{tomb.passage.end}")
    assert not out.startswith("c041")


def test_undo_takes_back_the_last_operations_in_order(seed: Path) -> None:
    f = str(seed)
    before = {c.id: (c.text, c.passage, c.label_name) for c in store.load(seed).doc.claims}
    succeeds("tag", "c001", "opinion", "-f", f)
    succeeds("edit", "c001", "-f", f, "--text", "Changed.")
    succeeds("delete", "c002", "-f", f)
    succeeds("split", "c038", "-f", f, "--at", "3990", "--text", "One.", "--text", "Two.")
    succeeds("merge", "c005", "c009", "-f", f, "--force")
    succeeds("add", "-f", f, "--quote", "at least two tanks")
    succeeds("delete", "c003", "-f", f, "-r", "someone-else")
    out = succeeds("undo", "-f", f, "-n", "10")
    assert out.splitlines()[-1] == "c001: decision taken back (now pending)"
    doc = store.load(seed).doc
    after = {c.id: (c.text, c.passage, c.label_name) for c in doc.claims}
    assert after == {k: v for k, v in before.items() if k != "c003"}  # not tester's
    refuses(seed, f"{f}: nothing of tester's to undo", "undo", "-f", f)


def test_undo_of_a_promoted_left_out_passage_puts_it_back(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Is this a question?\n\nThe council approved the budget on Monday.\n", "utf-8"
    )
    succeeds("extract", str(article), "-o", "c.yaml")
    doc = store.load(tmp_path / "c.yaml").doc
    (item,) = doc.left_out
    span = f"{item.passage.start}-{item.passage.end}"
    succeeds("add", "-f", "c.yaml", "--left-out", span)
    doc = store.load(tmp_path / "c.yaml").doc
    assert doc.left_out == [] and len(doc.claims) == 2
    succeeds("undo", "-f", "c.yaml")
    doc = store.load(tmp_path / "c.yaml").doc
    assert doc.left_out == [item] and len(doc.claims) == 1


@pytest.mark.parametrize("command", ["add", "edit", "split", "merge", "delete", "undo"])
def test_help_has_an_example(command: str) -> None:
    assert "Example: claimcheck " + command in succeeds(command, "--help")


# ------------------------------------------------------------------------- hand editing

HAND = """- id: mine1
  text: Two tanks were confirmed.
  passage:
    quote: at least two tanks
"""


def test_a_claim_appended_by_hand_to_an_extracted_file_is_filled_in_by_validate_fix(
    tmp_path: Path,
) -> None:
    (tmp_path / "article.txt").write_text(
        "The council approved the budget on Monday. Officials said at least two tanks were seen.\n",
        "utf-8",
    )
    succeeds("extract", "article.txt", "-o", "c.yaml")
    path = tmp_path / "c.yaml"
    assert not path.read_text().rstrip().endswith("...")  # no document-end marker
    with path.open("a") as fh:
        fh.write(HAND)
    result = run("validate", "-f", "c.yaml")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].endswith(
        "claims[2].passage.start: required field is missing ('claimcheck validate --fix' "
        "fills it in from the quote)"
    )
    result = run("validate", "-f", "c.yaml", "--fix")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "c.yaml: mine1: start, end, prefix, suffix filled in from the quote (58-76)\n"
    )
    claim = store.load(path).doc.claim("mine1")
    assert claim is not None and claim.passage.start == 58
    assert claim.text == "Two tanks were confirmed."
    fixed = path.read_bytes()
    assert run("validate", "-f", "c.yaml", "--fix").stderr == ""  # nothing left to do
    assert path.read_bytes() == fixed


def test_validate_fix_refuses_a_quote_it_cannot_place_and_writes_nothing(
    tmp_path: Path,
) -> None:
    (tmp_path / "article.txt").write_text("The council approved the budget on Monday.\n")
    succeeds("extract", "article.txt", "-o", "c.yaml")
    path = tmp_path / "c.yaml"
    with path.open("a") as fh:
        fh.write(HAND)
    refuses(
        path,
        "c.yaml: mine1: the quote is not in the article: 'at least two tanks'; nothing was fixed",
        "validate",
        "-f",
        "c.yaml",
        "--fix",
    )


def test_a_question_added_by_hand_keeps_its_question_mark(seed: Path) -> None:
    out = json.loads(succeeds("add", "-f", str(seed), "--at", "5171-5198", "--json"))
    assert out["text"] == "How did they raid Belgorod?"
