"""A hostile tester's findings on correcting the claim list, through the real command:
a split never writes a file that does not load nor drops words without a trace, no
claim-list command saves a file `validate` would refuse, and undo never silently throws
away what another reviewer did since."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import store
from tests.conftest import refuses, run, succeeds

ARTICLE = (
    "Tanks in the city\n\n"
    "Officials said at least two tanks were destroyed on Monday. The mayor claimed 300 "
    "people were evacuated, and the army confirmed it.\n\n"
    "Critics called the invasion foolish. Police reported 12 arrests in Berlin.\n"
)


@pytest.fixture
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Five claims: c001 … c005 (c002 'The mayor claimed 300 people were evacuated')."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    assert run("extract", "a.txt", "-o", "c.yaml").exit_code == 0
    return tmp_path / "c.yaml"


# ------------------------------------------------------------------------------- split


def test_split_refuses_a_part_given_twice(small: Path) -> None:
    refuses(
        small,
        "c.yaml: the part 'The mayor' is given twice; give each part of c002 once",
        *("split", "c002", "-f", "c.yaml", "--quote", "The mayor", "--quote", "The mayor"),
    )
    assert run("validate", "-f", "c.yaml").exit_code == 0


def test_split_refuses_overlapping_parts(small: Path) -> None:
    refuses(
        small,
        "c.yaml: the parts 'The mayor claimed' and 'claimed 300 people' overlap ('claimed' "
        "is in both); each word of c002 goes in one part",
        "split",
        "c002",
        "-f",
        "c.yaml",
        "--quote",
        "claimed 300 people",
        "--quote",
        "The mayor claimed",
    )


def test_split_refuses_to_leave_words_in_no_part(small: Path) -> None:
    refuses(
        small,
        "c.yaml: the parts leave out words of c002: 'claimed', 'were evacuated'; give them "
        "a --quote too (and delete that part afterwards if it is no claim), or split at "
        "points with --at",
        *("split", "c002", "-f", "c.yaml", "--quote", "The mayor", "--quote", "300 people"),
    )


def test_split_may_leave_out_the_words_that_only_join_its_parts(small: Path) -> None:
    added = succeeds(
        "add", "-f", "c.yaml", "--quote",
        "The mayor claimed 300 people were evacuated, and the army confirmed it",
    )  # fmt: skip
    claim_id = added.split(":")[0]
    said = succeeds(
        "split", claim_id, "-f", "c.yaml", "--json",
        "--quote", "The mayor claimed 300 people were evacuated",
        "--quote", "the army confirmed it",
    )  # fmt: skip
    out = json.loads(said)
    assert [p["text"] for p in out] == [
        "The mayor claimed 300 people were evacuated.",
        "The army confirmed it.",
    ]
    assert run("validate", "-f", "c.yaml").exit_code == 0


def test_a_result_that_would_not_load_is_refused_and_nothing_written(
    small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The general guard: were an operation ever to build a broken file (as split with a
    repeated quote did, two parts with one id), it is read back before it is written."""
    monkeypatch.setattr("claimcheck.edits.new_id", lambda *args, **kwargs: "cdeadbeef")
    refuses(
        small,
        "c.yaml: refused: the file would not load after this change (line 79: "
        "claims[2].id: duplicate id 'cdeadbeef' (first at claims[1])); nothing was written",
        *("split", "c002", "-f", "c.yaml", "--at", "97", "--text", "One.", "--text", "Two."),
    )
    assert run("validate", "-f", "c.yaml").exit_code == 0


# -------------------------------------------------------------------------------- undo


def test_undo_refuses_an_edit_someone_else_edited_since(small: Path) -> None:
    succeeds("edit", "c001", "-f", "c.yaml", "--text", "Alice's words.", "-r", "alice")
    succeeds("edit", "c001", "-f", "c.yaml", "--text", "Bob's words.", "-r", "bob")
    refuses(
        small,
        "c.yaml: c001 was changed by bob after your edit (edited its text); not undone: "
        "'claimcheck undo --force' takes it back anyway, and bob's change with it",
        *("undo", "-f", "c.yaml", "-r", "alice"),
    )
    # bob takes his own back first: then alice's undo has nothing of his to lose
    assert succeeds("undo", "-f", "c.yaml", "-r", "bob") == "c001: text restored\n"
    assert succeeds("undo", "-f", "c.yaml", "-r", "alice") == "c001: text restored\n"
    claim = store.load(small).doc.claim("c001")
    assert claim is not None
    assert claim.text == "Officials said at least two tanks were destroyed on Monday."


def test_undo_refuses_a_split_whose_part_someone_tagged(small: Path) -> None:
    out = succeeds(
        "split", "c002", "-f", "c.yaml", "-r", "alice", "--json",
        "--quote", "The mayor claimed", "--quote", "300 people were evacuated",
        "--text", "The mayor claimed it.", "--text", "300 people were evacuated.",
    )  # fmt: skip
    part = json.loads(out)[1]["id"]
    succeeds("tag", part, "opinion", "-f", "c.yaml", "-r", "bob")
    refuses(
        small,
        f"c.yaml: {part} was changed by bob after your split (tagged it opinion); not "
        "undone: 'claimcheck undo --force' takes it back anyway, and bob's change with it",
        *("undo", "-f", "c.yaml", "-r", "alice"),
    )
    forced = succeeds("undo", "-f", "c.yaml", "-r", "alice", "--force")
    assert "c002: back\n" in forced
    doc = store.load(small).doc
    assert doc.claim("c002") is not None and doc.claim(part) is None
    tomb = doc.tombstone(part)
    assert tomb is not None and tomb.label_name == "opinion"  # bob's decision, kept there


def test_undo_refuses_an_add_someone_tagged_or_merged(small: Path) -> None:
    tagged = succeeds("add", "-f", "c.yaml", "--quote", "Critics called", "-r", "alice")
    tagged_id = tagged.split(":")[0]
    succeeds("tag", tagged_id, "unverified", "-f", "c.yaml", "-r", "bob")
    refuses(
        small,
        f"c.yaml: {tagged_id} was changed by bob after your add (tagged it unverified); "
        "not undone: 'claimcheck undo --force' takes it back anyway, and bob's change "
        "with it",
        *("undo", "-f", "c.yaml", "-r", "alice"),
    )
    succeeds("undo", "-f", "c.yaml", "-r", "bob")
    succeeds("undo", "-f", "c.yaml", "-r", "alice")  # bob's decision undone: alice's add goes
    merged = succeeds("add", "-f", "c.yaml", "--quote", "Police reported", "-r", "alice")
    merged_id = merged.split(":")[0]
    succeeds("merge", "c005", merged_id, "-f", "c.yaml", "-r", "bob", "--force")
    refuses(
        small,
        f"c.yaml: {merged_id} was changed by bob after your add (merged it into c005); "
        "not undone: 'claimcheck undo --force' takes it back anyway, and bob's change "
        "with it",
        *("undo", "-f", "c.yaml", "-r", "alice"),
    )
    # forced, it says there was nothing left to take back (no silent no-op)
    assert succeeds("undo", "-f", "c.yaml", "-r", "alice", "--force") == (
        f"{merged_id}: nothing to take back (already a tombstone: merged into c005)\n"
    )
    keep = store.load(small).doc.claim("c005")
    assert keep is not None and len(keep.also_at) == 1  # bob's merge stands


def test_undo_of_a_decision_leaves_another_reviewers_decision(small: Path) -> None:
    succeeds("tag", "c004", "opinion", "-f", "c.yaml", "-r", "alice")
    succeeds("tag", "c004", "opinion", "-f", "c.yaml", "-r", "bob")
    succeeds("undo", "-f", "c.yaml", "-r", "alice")
    claim = store.load(small).doc.claim("c004")
    assert claim is not None
    assert claim.review_by("bob") is not None and claim.label_name == "opinion"


# ------------------------------------------------------------------------------ minors


def test_add_at_refuses_offsets_that_cut_a_word_or_are_not_ascii_digits(small: Path) -> None:
    refuses(
        small,
        "c.yaml: offsets 20-30 cut a word ('fficials s'); the whole words are 19-33 "
        "('Officials said')",
        *("add", "-f", "c.yaml", "--at", "20-30"),
    )
    refuses(
        small,
        "--at: not offsets START-END: '\uff11\uff19-\uff13\uff13'",
        *("add", "-f", "c.yaml", "--at", "\uff11\uff19-\uff13\uff13"),
    )
    assert succeeds("add", "-f", "c.yaml", "--at", "19-33").endswith(": added: Officials said.\n")


def test_merge_names_an_id_given_twice(small: Path) -> None:
    refuses(
        small,
        "c.yaml: c004 is named twice; name each claim to merge once",
        *("merge", "c003", "c004", "c004", "-f", "c.yaml"),
    )


def test_show_of_a_deleted_claim_says_so_as_edit_does(small: Path) -> None:
    succeeds("merge", "c002", "c003", "-f", "c.yaml", "--force")
    gone = store.load(small).doc.tombstone("c003")
    assert gone is not None
    said = (
        "c.yaml: c003 is deleted (merged into c002); 'claimcheck undo' brings it back while "
        f"that is your latest change, 'claimcheck add --at {gone.passage.start}-"
        f"{gone.passage.end}' makes a claim on its passage again"
    )
    refuses(small, said, "show", "c003", "-f", "c.yaml")
    refuses(small, said, "edit", "c003", "-f", "c.yaml", "--text", "x")


# ------------------------------------------------------------ random operations, a property

WORDS = ARTICLE.split()
OPS = st.lists(
    st.tuples(
        st.sampled_from(["add", "edit", "move", "split", "cut", "merge", "delete", "tag", "undo"]),
        st.sampled_from(["alice", "bob"]),
        st.integers(0, 1000),
        st.integers(0, 1000),
    ),
    min_size=1,
    max_size=6,
)


def _command(path: Path, op: str, by: str, a: int, b: int) -> list[str]:
    doc = store.load(path).doc
    ids = [c.id for c in doc.claims] or ["c001"]
    pick, other = ids[a % len(ids)], ids[b % len(ids)]
    words = (doc.claim(pick) or doc.claims[0]).passage.quote.split()
    start = a % (len(ARTICLE) - 1)
    span = f"{start}-{start + 1 + b % 60}"
    base = ["-f", "c.yaml", "-r", by]
    if op == "add":
        return ["add", *base, "--at", span] if b % 2 else ["add", *base, "--quote", WORDS[a % 20]]
    if op == "edit":
        return ["edit", pick, *base, "--text", f"Text {b}."]
    if op == "move":
        return ["edit", pick, *base, "--at", span]
    if op == "split":
        cut = 1 + b % max(1, len(words) - 1)
        quotes = [" ".join(words[:cut]), " ".join(words[cut - a % 3 :])]
        if a % 3 == 2:  # the same part twice
            quotes[1] = quotes[0]
        return ["split", pick, *base, "--quote", quotes[0], "--quote", quotes[1]]
    if op == "cut":
        claim = doc.claim(pick)
        point = (claim.passage.start + claim.passage.end) // 2 if claim else 0
        return ["split", pick, *base, "--at", str(point)]
    if op == "merge":
        return ["merge", pick, other, *(["--force"] if a % 2 else []), *base]
    if op == "delete":
        return ["delete", pick, *base]
    if op == "tag":
        return ["tag", pick, ["opinion", "unverified"][b % 2], *base]
    return ["undo", *base, *(["--force"] if b % 3 == 0 else [])]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS)
def test_no_claim_list_command_leaves_a_file_that_does_not_load(
    ops: list[tuple[str, str, int, int]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Whatever two reviewers do to a small file, each command either succeeds and the
    file validates, or refuses in one line, exit 1, and leaves the file's bytes alone."""
    folder = tmp_path_factory.mktemp("ops")
    (folder / "a.txt").write_text(ARTICLE, "utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(folder)
        assert run("extract", "a.txt", "-o", "c.yaml").exit_code == 0
        path = folder / "c.yaml"
        for op, by, a, b in ops:
            args = _command(path, op, by, a, b)
            before = path.read_bytes()
            result = run(*args)
            assert result.exit_code in (0, 1), (args, result.output)
            if result.exit_code == 1:
                assert path.read_bytes() == before, args
                assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
            checked = run("validate", "-f", "c.yaml")
            assert checked.exit_code == 0, (args, checked.output)
