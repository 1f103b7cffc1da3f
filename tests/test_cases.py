"""Every broken claim file in tests/cases/claims fails with one exact line, exit 1, unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import CASES, run

EXPECTED = {
    "alias_bomb": "2: YAML aliases (*name) are not allowed in a claim file",
    "bad_date": "5: article.published: Input should be a valid date or datetime, month value is"
    " outside expected range of 1-12 (got '2023-13-45')",
    "future_published": "5: article.published: 2999-01-01 is in the future: an article is"
    " published before it is checked",
    "bad_id": "13: claims[1].id: an id is 1 to 32 letters, digits, '.', '_' or '-', starting"
    " with a letter or digit",
    "bad_label": "8: claims[0].label: Input should be 'sourced', 'unverified' or 'opinion'",
    "bad_schema_version": "1: schema_version: Input should be 1 or 2",
    "bad_sha": "5: article.sha256: Input should be a valid string (got 1234)",
    "binary": "1: binary data (NUL byte); not a YAML file",
    "blank": ": the file is empty",
    "both_texts": "3: article: give the article text inline (text) or as text_path, not both",
    "deep_nesting": "2: not valid YAML: exceeded maximum nesting depth (while increasing flow level)",
    "complex_key": "2: a mapping key must be a plain value",
    "duplicate_key": "10: duplicate key 'label' in the same mapping",
    "merge_key": "3: merge keys (<<) are not allowed in a claim file",
    "duplicate_ids": "13: claims[1].id: duplicate id 'c001' (first at claims[0])",
    "empty": ": the file is empty",
    "empty_claim_text": "8: claims[0].text: String should have at least 1 character",
    "file_url": "10: claims[0].sources[0].url: not an http(s) URL: 'file:///etc/passwd'",
    "javascript_url": "10: claims[0].sources[0].url: not an http(s) URL: 'javascript:alert(1)'",
    "latin1": "3: not UTF-8 text (byte 0xe9)",
    "missing_article": "1: article: required field is missing",
    "missing_text": "3: article: the article text is missing: give text or text_path",
    "missing_text_path": "5: article.text_path: cannot read {dir}/no-such-article.txt:"
    " No such file or directory",
    "negative_offset": "11: claims[0].passage.start: Input should be greater than or equal to 0",
    "not_yaml": "3: not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence)",
    "offsets_outside": "18: claims[1].passage.end: offsets 117-140 fall outside the article"
    " text (40 characters)",
    "python_tag": "2: not valid YAML: could not determine a constructor for the tag"
    " 'tag:yaml.org,2002:python/object/apply:os.system'",
    "quote_mismatch": "10: claims[0].passage.quote: does not match the article text at 0-16"
    " (found 'The sky is blue.')",
    "scalar": "1: expected a mapping with schema_version, article and claims",
    "source_without_url": "10: claims[0].sources[0]: a source needs a url or a citation",
    "sourced_without_source": "7: claims[0].sources: a sourced claim needs at least one source:"
    " give it one by hand, or another label with 'claimcheck tag c001 unverified' (or opinion)",
    "top_level_list": "1: expected a mapping with schema_version, article and claims",
    "unknown_key": "8: claims[0].lable: unknown field (check the spelling)",
    "unknown_top_key": "1: claimz: unknown field (check the spelling)",
    # 64 zeros: YAML 1.1 read them as the number 0; decimal-only numbers keep the text
    "wrong_sha": "5: article.sha256: the article text has changed since the claims were "
    "anchored (sha256 differs); run 'claimcheck reanchor'",
    "wrong_type_claims": "6: claims: Input should be a valid list (got 'not a list')",
    "wrong_type_start": "11: claims[0].passage.start: Input should be a valid integer (got 'zero')",
    "bool_offset": "11: claims[0].passage.start: Input should be a valid integer (got True)",
}


def test_every_case_has_an_expected_message() -> None:
    names = {p.stem for p in (CASES / "claims").glob("*.yaml")} - {"valid"}
    assert names == set(EXPECTED)


@pytest.mark.parametrize(
    "command", ["validate", "list", "show c001", "tag c001 opinion", "history"]
)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_fails_cleanly(name: str, command: str, tmp_path: Path) -> None:
    target = tmp_path / f"{name}.yaml"
    shutil.copy(CASES / "claims" / f"{name}.yaml", target)
    before = target.read_bytes()
    result = run(*command.split(), "-f", str(target))
    if (name, command) == ("sourced_without_source", "tag c001 opinion"):
        assert result.exit_code == 0, result.output  # the tag repairs it, as the error says
        assert run("validate", "-f", str(target)).exit_code == 0
        return
    assert result.exit_code == 1, result.output
    sep = "" if EXPECTED[name].startswith(":") else ":"
    expected = f"Error: {target}{sep}{EXPECTED[name].format(dir=tmp_path)}"
    assert result.stderr.splitlines()[0] == expected
    assert "Traceback" not in result.output
    assert target.read_bytes() == before
    # nothing written beside it either (the lock file is empty and holds no data)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".lock") == [target.name]
    assert not Path("/tmp/claimcheck-pwned").exists()


def test_valid_case_passes(mini: Path) -> None:
    result = run("validate", "-f", str(mini))
    assert result.exit_code == 0, result.output
    assert (
        result.stdout == f"{mini}: ok, 2 claims (0 sourced, 0 unverified, 0 opinion, 2 pending)\n"
    )


def test_validate_lists_every_problem(tmp_path: Path) -> None:
    target = tmp_path / "many.yaml"
    text = (CASES / "claims" / "valid.yaml").read_text()
    target.write_text(
        text.replace("id: c002", "id: c001").replace("quote: The sky is blue.", "quote: x")
    )
    result = run("validate", "-f", str(target))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {target}:10: claims[0].passage.quote: does not match the article text at 0-16"
        " (found 'The sky is blue.')",
        f"Error: {target}:13: claims[1].id: duplicate id 'c001' (first at claims[0])",
    ]


def test_missing_file(tmp_path: Path) -> None:
    result = run("list", "-f", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.yaml'}: no such claim file\n"


def test_folder_instead_of_file(tmp_path: Path) -> None:
    result = run("list", "-f", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path}: is a folder, not a claim file\n"
