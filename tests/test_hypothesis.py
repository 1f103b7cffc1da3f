"""Property tests: saving then loading gives the same records; no input crashes the loader."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import store
from claimcheck.errors import InvalidClaimFile
from claimcheck.models import Article, Claim, ClaimFile, Hint, Label, Passage, Source

PATH = Path("fuzz.yaml")
words = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=30)


@st.composite
def claim_files(draw: st.DrawFn) -> ClaimFile:
    pieces = draw(st.lists(words, min_size=1, max_size=8))
    text = " ".join(pieces)
    claims = []
    pos = 0
    for i, piece in enumerate(pieces):
        start = text.index(piece, pos)
        end = start + len(piece)
        pos = end
        label = draw(st.sampled_from([None, *Label]))
        sources = (
            [Source(url="https://example.org/" + str(i), title=draw(st.none() | words))]
            if label is Label.SOURCED
            else []
        )
        claims.append(
            Claim(
                id=f"c{i:03d}",
                text=piece,
                passage=Passage.anchor(text, start, end, context=5),
                section=draw(st.none() | words),
                label=label,
                sources=sources,
                note=draw(st.none() | words),
                hint=draw(
                    st.none() | st.builds(Hint, kind=st.sampled_from(["factual", "opinion"]))
                ),
            )
        )
    return ClaimFile(article=Article(id="a", title=draw(words), text=text), claims=claims)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_files())
def test_dump_then_parse_gives_equal_records(doc: ClaimFile) -> None:
    data = store.dump(doc)
    parsed, _, _ = store.parse(data, PATH)
    assert parsed == doc
    assert store.dump(parsed) == data


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_no_bytes_crash_the_loader(data: bytes) -> None:
    try:
        store.parse(data, PATH)
    except InvalidClaimFile as exc:
        assert "\n" not in str(exc)


yaml_ish = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | words,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "schema_version",
                    "article",
                    "claims",
                    "id",
                    "text",
                    "passage",
                    "quote",
                    "start",
                    "end",
                    "label",
                    "sources",
                    "url",
                    "title",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300)
@given(yaml_ish)
def test_no_yaml_structure_crashes_the_loader(value: object) -> None:
    import yaml

    try:
        store.parse(yaml.safe_dump(value, allow_unicode=True).encode(), PATH)
    except InvalidClaimFile as exc:
        assert "\n" not in str(exc)


_SEPARATORS = [" ", "\t", "\n", "\r", "\x85", "\u2028", "\u2029", "[", "{", ", ", ": "]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(["a", "b: ", "- ", "[", "]", "{", "}", ",", ":", " ", "\n", "&x "])),
    st.sampled_from(_SEPARATORS),
)
def test_every_alias_is_refused_whatever_precedes_its_anchor(parts: list[str], sep: str) -> None:
    """The loader skips alias tracking when the text has no anchor; it must never miss one."""
    text = "".join(parts) + sep + "&a [1, 2]\nz: *a\n"
    try:
        tokens = list(yaml.scan(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return  # not YAML: the loader refuses it for that reason
    if any(isinstance(t, yaml.AliasToken) for t in tokens):
        assert store._may_anchor(text), "the anchor was missed: alias tracking would be off"
    # refused, whether for the alias or for something found first (a key that is a list)
    with pytest.raises(InvalidClaimFile):
        store.parse(text.encode(), PATH)


def _in_turn(
    work: Callable[[list[Claim]], str], jobs: Sequence[list[Claim]], sizes: Sequence[int]
) -> list[str]:
    """`dump`'s `halves` done here, one part after the other, each part seen."""
    seen.append(len(jobs))
    return [work(job) for job in jobs]


seen: list[int] = []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_files(), st.text(max_size=20).map(lambda s: f"# {s!r}\n"))
def test_claims_dumped_in_two_parts_give_the_bytes_of_one_dump(doc: ClaimFile, head: str) -> None:
    seen.clear()
    assert store.dump(doc, head, _in_turn) == store.dump(doc, head)
    assert seen == ([2] if len(doc.claims) > 1 else [])


def test_the_bundled_file_dumped_in_two_parts_by_a_second_process_is_the_same() -> None:
    from claimcheck.extract import parallel

    doc = store.load(Path(__file__).parent.parent / "data" / "claims.yaml").doc
    assert len(doc.claims) > 100
    assert store.dump(doc, "", parallel.halves) == store.dump(doc)
