"""Robustness leftovers of the command line (round 23), each through the real `claimcheck`
command: its exit code and its exact message."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.terminal import CLAIMCHECK

JOURNAL = ".claims.yaml.journal"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLAIMCHECK, *args], cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


# ------------------------------------------ validate counts only the decisions it applied


def _decision(claim: str, second: int, **fields: object) -> bytes:
    at = f"2026-11-26T20:00:{second:02d}Z"
    return json.dumps({"claim": claim, "by": "eve", "at": at, **fields}).encode() + b"\n"


def test_validate_says_how_many_journaled_decisions_were_not_applied(seed: Path) -> None:
    (seed.parent / JOURNAL).write_bytes(
        _decision("c012", 0, label="opinion")
        + _decision("c011", 1, label="sourced")  # no source: set aside
        + _decision("c999", 2, label="opinion")  # no such claim: set aside
    )
    summary = (
        "claims.yaml: ok, 114 claims (0 sourced, 0 unverified, 1 opinion, 113 pending); "
        "3 decisions in the journal, 2 of them not applied\n"
    )
    kept = f"kept in {JOURNAL} until the next save, then in {JOURNAL}.stale"
    warnings = [
        "Note: claims.yaml: 1 review decision is only in .claims.yaml.journal, not yet in the "
        "file (a git commit of it lacks them); save them into it with: claimcheck validate "
        "--fold claims.yaml",
        f"Warning: claims.yaml: {JOURNAL}:2: c011: a sourced claim needs at least one source: "
        f"this journaled decision would make its claim invalid; not applied, {kept}",
        "Warning: claims.yaml: 1 journaled decision no longer matches its claim (c999: the "
        f"file was rebuilt or edited since); not applied, {kept}",
    ]
    for _ in range(2):  # the second run, with the report cache, says the same
        done = cli("validate", "--no-cache", "-f", "claims.yaml", cwd=seed.parent)
        assert (done.returncode, done.stdout, done.stderr.splitlines()) == (0, summary, warnings)
    for _ in range(2):
        done = cli("validate", "-f", "claims.yaml", cwd=seed.parent)
        assert (done.returncode, done.stdout, done.stderr.splitlines()) == (0, summary, warnings)


# ------------------------------------------------- a reader that goes away: quietly, 141


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["--version"],
        ["list", "--help"],
        ["evidence", "--help"],
        ["--show-completion"],
        ["extract", "article.txt", "-o", "/dev/stdout"],
        ["report", "-F", "md", "-f", "claims.yaml", "-o", "/dev/stdout"],
    ],
)
def test_a_closed_pipe_ends_every_command_quietly_as_sigpipe_would(
    seed: Path, args: list[str]
) -> None:
    before = seed.read_bytes()
    read, write = os.pipe()
    os.close(read)  # the reader is gone before a byte is written: `| head -0`
    try:
        done = subprocess.run(
            [CLAIMCHECK, *args], cwd=seed.parent, stdout=write, stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL, text=True,
            env={**os.environ, "SHELL": "/bin/bash"},  # --show-completion's, however deep
        )  # fmt: skip
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (141, "")
    assert seed.read_bytes() == before


# ---------------------------------------------- extract -o -: the claim file on stdout


def test_extract_to_standard_output_writes_the_claim_file_there_and_only_it(seed: Path) -> None:
    folder = seed.parent
    on_disk = cli("extract", "article.txt", "-o", "made.yaml", cwd=folder)
    assert on_disk.returncode == 0, on_disk.stderr
    before = sorted(p.name for p in folder.iterdir())
    done = cli("extract", "article.txt", "-o", "-", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        "Extracted 114 claims (34 look factual, 35 look like opinion, 45 unclear) from 63 "
        "sentences into standard output",
        "Left out 18 passages: 6 heading, 5 repeat, 4 chrome, 2 reader, 1 lead-in.",
    ]
    made = (folder / "made.yaml").read_text(encoding="utf-8")
    # the same claim file, but for the name its comment gives (no file was named)
    assert done.stdout == made.replace(
        "#   claimcheck review -f made.yaml\n", "#   claimcheck review -f <this file>\n", 1
    )
    assert sorted(p.name for p in folder.iterdir()) == before  # no file '-', no lock
    (folder / "piped.yaml").write_text(done.stdout, encoding="utf-8")
    checked = cli("validate", "--no-cache", "-f", "piped.yaml", cwd=folder)
    assert (checked.returncode, checked.stdout) == (
        0,
        "piped.yaml: ok, 114 claims (0 sourced, 0 unverified, 0 opinion, 114 pending)\n",
    )


def test_extract_to_standard_output_refuses_explain_which_would_share_it(seed: Path) -> None:
    done = cli("extract", "article.txt", "-o", "-", "--explain", cwd=seed.parent)
    assert (done.returncode, done.stdout, done.stderr) == (
        2,
        "",
        "Error: --explain lists on standard output, where -o - writes the claim file; give -o "
        "a file name, or list them later with 'claimcheck show --left-out'\n",
    )


# ------------------------------------------ `text: No`: YAML's yes/no and null, said so


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("No", 'must be text, but YAML reads No unquoted as false: put it in quotes ("No")'),
        ("yes", 'must be text, but YAML reads yes unquoted as true: put it in quotes ("yes")'),
        ("on", 'must be text, but YAML reads on unquoted as true: put it in quotes ("on")'),
        (
            "null",
            'must be text, but YAML reads null unquoted as no value: put it in quotes ("null")',
        ),
        ("~", 'must be text, but YAML reads ~ unquoted as no value: put it in quotes ("~")'),
        ("", "has no value: text is needed"),
    ],
)
def test_a_claim_text_yaml_reads_as_a_yes_no_or_null_says_to_quote_it(
    seed: Path, typed: str, why: str
) -> None:
    text = seed.read_text(encoding="utf-8")
    at = text.index("\n  text: ", text.index("- id: c002"))
    end = text.index("\n", at + 1)
    seed.write_text(f"{text[:at]}\n  text: {typed}{text[end:]}", encoding="utf-8")
    before = seed.read_bytes()
    line = text[: at + 1].count("\n") + 1
    for command in (["validate", "--no-cache"], ["list"], ["tag", "c001", "opinion"]):
        done = cli(*command, "-f", "claims.yaml", cwd=seed.parent)
        assert (done.returncode, done.stderr) == (
            1,
            f"Error: claims.yaml:{line}: claims[1].text: {why}\n",
        ), command
    assert seed.read_bytes() == before


# ------------------------------------------ agree: hundreds of pairs, each written once


def test_agree_prints_thousands_of_pairs_in_seconds_in_plain_columns_when_piped(mini: Path) -> None:
    text = mini.read_text(encoding="utf-8")
    labels = ["sourced", "unverified", "opinion"]
    reviews = "".join(
        f"  - by: r{i:03d}\n    at: '2026-11-26T20:00:{i % 60:02d}Z'\n    label: {labels[i % 3]}\n"
        for i in range(100)
    )
    at = text.index("\n", text.index("    end: ")) + 1  # after the first claim's passage
    mini.write_text(text[:at] + "  reviews:\n" + reviews + text[at:], encoding="utf-8")
    started = time.monotonic()
    done = cli("agree", "-f", mini.name, cwd=mini.parent)
    took = time.monotonic() - started
    assert (done.returncode, done.stderr) == (0, "")
    blocks = done.stdout.split("\n\n")[1:]
    assert len(blocks) == 100 * 99 // 2
    assert blocks[0] == (
        "r000 and r001: Cohen's kappa 0.000 over 1 claim both tagged\n"
        "  per label: sourced 0.000, unverified 0.000, opinion n/a\n"
        "r000 \\ r001  sourced  unverified  opinion\n"  # piped: plain columns, as `list`
        "sourced            0           1        0\n"
        "unverified         0           0        0\n"
        "opinion            0           0        0"
    )
    assert took < 30, took  # 80 s when rich laid out each of the 4,950 tables


# ------------------------------------- report: a long article is not scanned needlessly


def test_a_long_text_without_control_characters_is_not_tried_for_escape_sequences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`clean` on an article of 12 MB tried the alternation of escape sequences at every
    character (1.4 s of a report's CPU); one scan for the characters that start them is
    enough when there is none, and cleans the same."""
    from claimcheck import safe

    tried: list[str] = []
    escapes = safe._ESCAPES

    class Counted:
        def sub(self, by: str, text: str) -> str:
            tried.append(text)
            return escapes.sub(by, text)

    monkeypatch.setattr(safe, "_ESCAPES", Counted())
    text = "The council said it would publish the figures\u2019 sources by May.\n" * 1000
    assert safe.clean(text) == text
    assert tried == []
    assert safe.clean("a\x1b[31mred\x1b[0m b\x9b1mc\u202ed") == "ared bcd"  # still cleaned
    assert len(tried) == 1
