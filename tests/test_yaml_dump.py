"""The claim file's dumper builds its nodes by a shortcut: the bytes are PyYAML's own."""

from __future__ import annotations

import io
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.claimfile import yaml_dialect
from claimcheck.claimfile.yaml_dialect import dump_yaml
from tests.conftest import DATA


class _Reference(yaml_dialect._Dumper):  # type: ignore[name-defined,misc]
    """The dumper as it was: PyYAML's generic dispatch, with the claim file's strings."""


_Reference.add_representer(str, yaml_dialect._str_representer)


def _reference(data: Any) -> str:
    return dump_yaml(data, _Reference)


# strings a resolver reads as something else (bool, null, int, float, a date), text with
# line breaks and leading spaces, and plain words
_TRICKY = st.sampled_from(
    ["", " ", "yes", "No", "~", "null", "0", "-1", "0x1f", "1_000", "3.5", ".inf", "2024-03-01",
     "2024-03-01 10:00:00", "=", "<<", "a: b", "- x", "#c", "\n", "a\nb", " a\nb", "a\n",
     "“quoted”", "tab\there"]
)  # fmt: skip
_SCALARS = (
    st.text(max_size=120)
    | _TRICKY
    | st.integers(-(10**12), 10**12)
    | st.booleans()
    | st.none()
    | st.floats(allow_nan=False)
)


def _nested(scalars: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Lists and mappings of these scalars, nested, with tricky keys."""
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=5)
            | st.dictionaries(st.text(max_size=12) | _TRICKY, inner, max_size=5)
        ),
        max_leaves=40,
    )


_DATA = _nested(_SCALARS)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DATA)
def test_dump_is_pyyamls_own(data: Any) -> None:
    assert dump_yaml(data) == _reference(data)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.text(max_size=8), _DATA, min_size=1, max_size=4))
def test_an_object_met_twice_is_an_alias_as_before(shared: dict[str, Any]) -> None:
    items = list(shared.values())
    data = {"a": shared, "b": [shared, {"c": shared}], "d": items, "e": [items]}
    assert dump_yaml(data) == _reference(data)


def test_the_bundled_claim_file_dumps_the_same() -> None:
    data = yaml.load((DATA / "claims.yaml").read_text(), Loader=yaml.SafeLoader)
    assert dump_yaml(data) == _reference(data)


# What a claim file holds: strings, ints, mappings and lists only, which the dump emits as
# events without building PyYAML's nodes; the text is any unicode (astral characters,
# controls, line breaks, long lines that fold), keys as well as values
_PLAIN_SCALARS = (
    st.text(max_size=200)
    | st.text(alphabet=st.sampled_from(" \n\t\x85\u2028ab:#-'\"\U0001f92c\u2019"), max_size=120)
    | _TRICKY
    | st.integers(-(10**12), 10**12)
)
_PLAIN_DATA = _nested(_PLAIN_SCALARS)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PLAIN_DATA)
def test_plain_data_dumps_as_pyyamls_own(data: Any) -> None:
    emitter = yaml_dialect._ClaimDumper(io.StringIO(), **yaml_dialect._OPTIONS)
    emitter.open()
    assert yaml_dialect._events(emitter, data)  # the event path, not the nodes
    assert dump_yaml(data) == _reference(data)


def test_a_record_read_back_dumps_the_same() -> None:
    """The bundled file read back and dumped again: every field of a real claim file."""
    from claimcheck.claimfile.codec import dump, parse

    path = DATA / "claims.yaml"
    doc, _text, _header = parse(path.read_bytes(), path)
    data = yaml_dialect.load_yaml(dump(doc).decode(), path)
    assert dump_yaml(data) == _reference(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.text(max_size=8),
        st.text(max_size=60) | _TRICKY | st.sampled_from(["x...", "a\n...", "...", " ..."]),
        min_size=1,
        max_size=4,
    )
)
def test_a_dumped_value_reads_back_whole(data: dict[str, str]) -> None:
    # "searched the archive..." kept its dots: only a document-end line may go
    assert yaml.safe_load(dump_yaml(data)) == data


def test_a_value_ending_in_dots_keeps_them() -> None:
    assert dump_yaml({"note": "searched the archive..."}) == "note: searched the archive...\n"
    assert dump_yaml({"note": "Nothing.\n..."}) == "note: |-\n  Nothing.\n  ...\n"
