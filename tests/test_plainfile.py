"""The plain records (`plainfile`) against the records (`models`): a claim file the plain
records accept, the records accept with the same values, and its report is the same
bytes. The plain records may refuse more (the records then load the file and name the
problem); they must never accept more."""

from __future__ import annotations

import copy
import importlib
import subprocess
import sys
import typing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from pydantic_core import to_json

from claimcheck import basics, models, plainfile, store
from claimcheck.claimfile.yaml_dialect import load_yaml
from claimcheck.reportdata import article_json

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(p for folder in (ROOT / "tests", ROOT / "data") for p in folder.rglob("*.y*ml"))
sys.path.insert(0, str(ROOT / "bench"))
# the bench's generator of claim files (bench/ is not a package)
write_claim_file: Any = importlib.import_module("gen").write_claim_file

BUNDLED = ROOT / "data" / "claims.yaml"  # version 1, its text in a file: the records'


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A version 2 claim file as the archive's: text inline, claims tagged and not."""
    path = tmp_path_factory.mktemp("plain") / "claims.yaml"
    write_claim_file(path, 40, seed=3, labelled=0.7)
    return path


def _names(literal: Any) -> list[str]:
    found: list[str] = []
    for arg in typing.get_args(literal):
        found.extend(_names(arg) if typing.get_args(arg) else [arg])
    return found


def test_the_literals_are_the_records():
    assert list(plainfile.CHANGE_FIELDS) == _names(basics.ChangeField)
    assert list(plainfile.LEFT_OUT_REASONS) == _names(models.LeftOutReason)


def _raw(path: Path) -> Any:
    try:
        return load_yaml(path.read_text(encoding="utf-8"), path)
    except Exception:  # not YAML, not UTF-8: the loader's own cases
        return None


def agree(raw: Any) -> bool:
    """Whether the plain records accept `raw`; if they do, the records accept it too, with
    the same values (the same JSON). Returns whether the plain records accepted it."""
    plain = plainfile.validate(raw)
    if plain is None:
        return False
    try:
        doc = models.ClaimFile.model_validate(raw)
    except ValidationError as exc:
        pytest.fail(f"the plain records accept what the records refuse: {exc}")
    assert to_json(plain).decode() == doc.model_dump_json()
    return True


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_every_claim_file_of_the_tests(path: Path):
    raw = _raw(path)
    if isinstance(raw, dict):
        agree(raw)


def test_a_generated_file_takes_the_plain_path_with_the_same_report(generated: Path):
    made = plainfile.article_json_of(generated.read_bytes(), generated)
    assert made is not None
    loaded = store.load(generated)
    assert made == article_json(loaded.doc, loaded.text)


def test_the_bundled_file_is_left_to_the_records():
    assert plainfile.article_json_of(BUNDLED.read_bytes(), BUNDLED) is None


@pytest.mark.parametrize(
    "change",
    [
        lambda raw: raw.update(schema_version=1),  # version 1: the records upgrade it
        lambda raw: raw["claims"][0].update(label="sourced"),  # a version 1 spelling
        lambda raw: raw["article"].update(text_path="article.txt"),
        lambda raw: raw["claims"][1].update(id=raw["claims"][0]["id"]),  # check()'s rule
        lambda raw: raw["claims"][0]["passage"].update(start=1),  # not the quote
    ],
)
def test_what_the_records_must_judge_is_left_to_them(change, generated: Path, tmp_path: Path):
    import yaml

    raw = _raw(generated)
    path = tmp_path / "claims.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    assert plainfile.article_json_of(path.read_bytes(), path) is not None
    change(raw)
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    assert plainfile.article_json_of(path.read_bytes(), path) is None


def test_the_plain_path_builds_no_model_and_loads_no_openssl(generated: Path):
    code = (
        "import sys; from pathlib import Path; from claimcheck.plainfile import article_json_of; "
        f"p = Path({str(generated)!r}); assert article_json_of(p.read_bytes(), p) is not None; "
        "bad = [m for m in ('pydantic.main', 'pydantic.types', 'hashlib', 'claimcheck.models') "
        "if m in sys.modules]; assert not bad, bad"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# ---- hypothesis: values put anywhere in a valid claim file

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "",
            " ",
            "x",
            "c001",
            "sourced",
            "opinion",
            "exact",
            "absent",
            "label",
            "undo",
            "heading",
            "https://example.org/a",
            "javascript:alert(1)",
            "http://exa mple.org",
            "2024-03-05T10:00:00Z",
            "2024-03-05T10:00:00",
            "1980-01-01T00:00:00Z",
            "2999-01-01T00:00:00Z",
            "2024-03-05",
            "2999-03-05",
            "a" * 64,
            "0" * 64,
            "A" * 64,
            "3.0",
            "true",
        ]
    ),
    st.text(max_size=8),
    st.sampled_from(
        [
            datetime(2024, 3, 5, 10, tzinfo=UTC),
            datetime(2024, 3, 5, 10),
            date(2024, 3, 5),
            date(2999, 1, 1),
            [],
            {},
            [{}],
            {"quote": "x", "start": 0, "end": 1},
            [{"quote": "x", "start": 0, "end": 1}],
            [{"url": "https://example.org/"}],
            [{"citation": " "}],
            [{"by": "ann", "label": "opinion"}],
        ]
    ),
)


def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_places(value, (*path, key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(_places(value, (*path, i)))
    return found


def _base() -> dict[str, Any]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.yaml"
        write_claim_file(path, 6, seed=5, labelled=0.7)
        raw = _raw(path)
    assert isinstance(raw, dict)
    # a few claims, with everything a claim may hold somewhere among them
    raw["claims"] = raw["claims"][:6]
    first = raw["claims"][0]
    first["reviews"] = [
        {"by": "ann", "at": "2024-03-05T10:00:00Z", "label": "sourced",
         "sources": [{"url": "https://example.org/a", "title": "A", "accessed": "2024-03-01",
                      "snapshot": {"sha256": "a" * 64, "at": "2024-03-01T00:00:00Z",
                                   "content_type": "text/html", "status": 200, "size": 10,
                                   "proof": {"match": "exact", "score": 100, "start": 0,
                                             "end": 3}}}]},
        {"by": "bob", "at": "2024-03-06T10:00:00Z", "label": "opinion", "note": "n"},
    ]  # fmt: skip
    first["history"] = [
        {"at": "2024-03-05T10:00:00Z", "by": "ann", "field": "label", "old": None,
         "new": "sourced"},
        {"at": "2024-03-05T10:00:00Z", "by": "ann", "field": "passage",
         "old": first["passage"], "new": first["passage"]},
    ]  # fmt: skip
    first["hint"] = {"kind": "factual", "reasons": ["a number"], "attributed_to": None}
    return raw


BASE = _base()
PLACES = _places(BASE)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(PLACES),
            st.sampled_from(["set", "drop", "extra"]),
            VALUES,
        ),
        min_size=1,
        max_size=3,
    )
)
def test_mutated_claim_files_agree(edits):
    raw = copy.deepcopy(BASE)
    for place, how, value in edits:
        if not place:
            continue
        parent: Any = raw
        try:
            for step in place[:-1]:
                parent = parent[step]
            last = place[-1]
            if how == "set":
                parent[last] = value
            elif how == "drop":
                del parent[last]
            elif isinstance(parent[last], dict):
                parent[last]["unknown_key"] = value
            else:
                parent[last] = value
        except (KeyError, IndexError, TypeError):
            continue
    if not agree(raw) and raw.get("schema_version") != 1:
        # refused by the plain records: the records refuse it too (so a report on an
        # archive of valid version 2 files never falls back to them for nothing)
        with pytest.raises(ValidationError):
            models.ClaimFile.model_validate(raw)


def test_the_unmutated_base_is_accepted():
    assert agree(copy.deepcopy(BASE))
