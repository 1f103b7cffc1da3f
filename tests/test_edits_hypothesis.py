"""Random sequences of claim-list operations and decisions: the file stays valid, saves
and loads back byte for byte, and undoing every operation restores every claim."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import store
from claimcheck.combine import merge
from claimcheck.decisions import make_source, tag
from claimcheck.edits import Spot, add, delete, edit, split, stamp
from claimcheck.errors import InvalidValue
from claimcheck.models import ClaimFile, Label, check
from claimcheck.undo import undo
from tests.conftest import DATA

TEXT = (DATA / "article.txt").read_text("utf-8")[:4200]
ORIGINAL = store.load(DATA / "claims.yaml").doc


def small() -> ClaimFile:
    doc = ORIGINAL.model_copy(deep=True)
    doc.claims = [c for c in doc.claims if c.passage.end <= len(TEXT) and not c.also_at][:12]
    doc.left_out = []
    doc.article.text, doc.article.text_path, doc.article.sha256 = TEXT, None, None
    return doc


OPS = st.lists(
    st.tuples(
        st.sampled_from(["add", "text", "section", "passage", "split", "merge", "delete", "tag"]),
        st.integers(0, 10_000),
        st.integers(0, 10_000),
    ),
    min_size=1,
    max_size=8,
)


def apply(doc: ClaimFile, op: str, a: int, b: int) -> bool:
    """Apply one operation by 'ana'; False when it was refused (and changed nothing)."""
    by = "ana"
    ids = [c.id for c in doc.claims]
    pick = ids[a % len(ids)] if ids else "none"
    start = a % (len(TEXT) - 80)
    spot = Spot(start=start, end=start + 5 + b % 70)
    try:
        if op == "add":
            add(doc, TEXT, by, spot)
        elif op == "text":
            return bool(edit(doc, TEXT, by, pick, claim_text=f"Edited {b}."))
        elif op == "section":
            return bool(edit(doc, TEXT, by, pick, section=f"Section {b % 3}" if b % 4 else ""))
        elif op == "passage":
            return bool(edit(doc, TEXT, by, pick, spot=spot))
        elif op == "split":
            claim = doc.claim(pick)
            assert claim is not None
            mid = (claim.passage.start + claim.passage.end) // 2
            split(doc, TEXT, by, pick, points=[mid])
        elif op == "merge":
            other = ids[b % len(ids)] if ids else "none"
            merge(doc, by, [pick, other], force=b % 2 == 0)
        elif op == "delete":
            delete(doc, by, pick)
        else:
            claim = doc.claim(pick)
            if claim is None:
                return False
            label = [Label.OPINION, Label.UNVERIFIED, Label.SOURCED][b % 3]
            sources = [make_source(f"https://x.example/{b}")] if label is Label.SOURCED else []
            if not tag(claim, by, label, sources, at=stamp(doc)):
                return False
    except InvalidValue:
        return False
    return True


def snapshot(doc: ClaimFile) -> dict[str, tuple[object, ...]]:
    return {c.id: (c.text, c.passage, c.section, c.also_at, c.label_name) for c in doc.claims}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS)
def test_random_operations_keep_the_file_valid_and_undo_restores_it(
    ops: list[tuple[str, int, int]], tmp_path: Path
) -> None:
    doc = small()
    before = snapshot(doc)
    done = 0
    for op, a, b in ops:
        if apply(doc, op, a, b):
            done += 1
        assert list(check(doc, TEXT)) == []
        data = store.dump(doc)
        again, _, _ = store.parse(data, tmp_path / "c.yaml")
        assert store.dump(again) == data  # round trip, byte for byte
        doc = again
    for _ in range(done):
        undo(doc, "ana")
        assert list(check(doc, TEXT)) == []
    assert snapshot(doc) == before
    ids = [c.id for c in [*doc.claims, *doc.deleted]]
    assert len(ids) == len(set(ids))  # no id was ever given twice
