"""One CLI grammar: the same short flag means the same thing everywhere, ids are
positional, -f is never silently ignored, old spellings work for one release with a
warning, a bad value exits 1."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from claimcheck import store
from claimcheck.models import Label
from tests.conftest import CASES, run


def test_short_flags_mean_one_thing_everywhere() -> None:
    for command, flags in {
        "tag": {"-s": "--source", "-f": "--file", "-r": "--reviewer"},
        "history": {"-n": "--limit", "-f": "--file"},
        "list": {"-l": "--label", "-t": "--text", "-f": "--file"},
        "review": {"-l": "--label", "-f": "--file", "-r": "--reviewer"},
    }.items():
        flat = " ".join(run(command, "--help").stdout.replace("│", " ").split())
        for short, long in flags.items():
            assert f"{long} {short}" in flat or f"{short}, {long}" in flat, (command, short)


def test_history_takes_the_id_positionally_and_the_old_option_with_a_warning(seed: Path) -> None:
    run("tag", "c002", "opinion", "-f", str(seed))
    run("tag", "c003", "opinion", "-f", str(seed))
    new = run("history", "c002", "-f", str(seed), "--json")
    assert new.exit_code == 0, new.output
    assert {row["claim"] for row in json.loads(new.stdout)} == {"c002"}
    old = run("history", "--claim", "c002", "-f", str(seed), "--json")
    assert old.exit_code == 0 and old.stdout == new.stdout
    assert old.stderr == (
        "Warning: history --claim is deprecated and goes in the next release; use history ID\n"
    )


def test_old_tag_spellings_still_work_with_a_warning(seed: Path) -> None:
    result = run(
        "tag", "c038", "sourced", "-f", str(seed), "-s", "https://a.example",
        "--quote", "nearly 100", "-n", "checked",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "Warning: tag --quote is deprecated and goes in the next release; use --passage "
        "(a quote is the article's; this is the source's)",
        "Warning: tag -n is deprecated and goes in the next release; use --note "
        "(-n means --limit, a count)",
    ]
    claim = store.load(seed).doc.claims[37]
    assert (claim.label, claim.sources[0].passage, claim.note) == (
        Label.SOURCED,
        "nearly 100",
        "checked",
    )


def test_list_s_is_deprecated_for_section(seed: Path) -> None:
    result = run("list", "-f", str(seed), "-s", "Legion", "--json")
    assert result.exit_code == 0
    assert result.stderr.startswith("Warning: list -s is deprecated")
    assert result.stdout == run("list", "-f", str(seed), "--section", "Legion", "--json").stdout


def test_files_and_f_together_use_both(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        shutil.copy(CASES / "claims" / "valid.yaml", tmp_path / name)
    result = run("validate", "a.yaml", "-f", "b.yaml")
    assert result.exit_code == 0, result.output
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["a.yaml", "b.yaml"]


def test_a_bad_value_exits_1_in_every_command(seed: Path) -> None:
    bad_date = run("tag", "c001", "opinion", "-f", str(seed), "--accessed", "2024-13-01")
    assert (bad_date.exit_code, bad_date.stderr) == (
        1,
        "Error: --accessed: not a date (YYYY-MM-DD): '2024-13-01'\n",
    )
    bad_url = run("report", "-f", str(seed), "-F", "claimreview", "--url", "ftp://x")
    assert (bad_url.exit_code, bad_url.stderr) == (
        1,
        "Error: --url: not an http(s) URL: 'ftp://x'\n",
    )
