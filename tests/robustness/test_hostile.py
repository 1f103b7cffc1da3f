"""Hostile and broken input across articles, arguments and claim-file content.

Every case: one line naming what is wrong, the documented exit code, no traceback,
nothing written (the lock file, empty, aside), and no escape sequence in any output.
The 36 broken claim files of tests/cases/claims are in tests/test_cases.py (each through
five commands); this file adds the rest.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from claimcheck import store
from tests.conftest import CASES, DATA, run

VALID = (CASES / "claims" / "valid.yaml").read_bytes()
SEED = (DATA / "claims.yaml").read_bytes()
ARTICLE = (DATA / "article.txt").read_bytes()

# (name, files, argv, exit code, the one line on stderr)
CASES_TABLE: list[tuple[str, dict[str, bytes], list[str], int, str]] = [
    # ---- articles given to extract
    ("article empty", {"a.txt": b""}, ["extract", "a.txt", "-o", "o.yaml"], 1, "Error: a.txt: the article is empty"),
    ("article blank", {"a.txt": b" \n\t\n"}, ["extract", "a.txt", "-o", "o.yaml"], 1, "Error: a.txt: the article is empty"),
    ("article binary", {"a.txt": b"\x89PNG\r\n\x1a\n\x00\x00"}, ["extract", "a.txt", "-o", "o.yaml"], 1, "Error: a.txt: binary data (NUL byte); not an article"),
    ("article latin-1", {"a.txt": b"Caf\xe9 prices rose by 3% last year.\n"}, ["extract", "a.txt", "-o", "o.yaml"], 1, "Error: a.txt:1: not UTF-8 text (byte 0xe9); convert it first, e.g. iconv -f latin1 -t utf-8"),
    ("article emoji only", {"a.txt": "🤬🥊🚫\n\n🔥\n".encode()}, ["extract", "a.txt", "-o", "o.yaml"], 1, "Error: a.txt: no checkable statements found; nothing was written"),
    ("article questions only", {"a.txt": b"Who did it? Why now?\n"}, ["extract", "a.txt", "-o", "o.yaml"], 1, "Error: a.txt: no checkable statements found; nothing was written"),
    ("article missing", {}, ["extract", "gone.txt", "-o", "o.yaml"], 1, "Error: gone.txt: no such article"),
    ("article folder", {"d/x": b""}, ["extract", "d", "-o", "o.yaml"], 1, "Error: d: is a folder, not an article"),
    ("article over 10 MB", {"big.txt": b"The sky was blue that day. " * 400_000}, ["extract", "big.txt", "-o", "o.yaml"], 1, "Error: big.txt: is larger than 10 MiB; not an article"),
    ("html without text", {"a.html": b"<html><body><nav>Home</nav></body></html>"}, ["extract", "a.html", "-o", "o.yaml"], 1, "Error: a.html: no checkable statements found; nothing was written"),
    ("extract over a review", {"o.yaml": VALID, "a.txt": b"Prices rose by 3% in May.\n"}, ["extract", "a.txt", "-o", "o.yaml"], 1, "Error: o.yaml already exists and may hold a review; choose another -o or add --force to replace it"),
    ("extract bad url", {"a.txt": b"Prices rose by 3% in May.\n"}, ["extract", "a.txt", "-o", "o.yaml", "--url", "file:///etc/passwd"], 1, "Error: --url: not an http(s) URL: 'file:///etc/passwd'"),
    ("extract bad date", {"a.txt": b"Prices rose by 3% in May.\n"}, ["extract", "a.txt", "-o", "o.yaml", "--published", "2024-13-01"], 1, "Error: --published: not a date (YYYY-MM-DD): '2024-13-01'"),
    ("reanchor a different article", {"c.yaml": VALID, "a.txt": b"Nothing in common here at all.\n"}, ["reanchor", "a.txt", "-f", "c.yaml"], 1, "Error: 2 claims could not be placed in a.txt; nothing was saved (fix the text, or add --drop-unplaced to remove them)"),
    # ---- arguments
    ("tag unknown id", {"c.yaml": VALID}, ["tag", "c999", "opinion", "-f", "c.yaml"], 1, "Error: c.yaml: no claim with id 'c999'"),
    ("tag unknown label", {"c.yaml": VALID}, ["tag", "c001", "true", "-f", "c.yaml"], 1, "Error: unknown label 'true'; choose one of sourced, unverified, opinion, pending"),
    ("tag javascript url", {"c.yaml": VALID}, ["tag", "c001", "sourced", "-f", "c.yaml", "--source", "javascript:alert(1)"], 1, "Error: --source: not an http(s) URL: 'javascript:alert(1)'"),
    ("tag file url", {"c.yaml": VALID}, ["tag", "c001", "sourced", "-f", "c.yaml", "--source", "file:///etc/passwd"], 1, "Error: --source: not an http(s) URL: 'file:///etc/passwd'"),
    ("tag data url", {"c.yaml": VALID}, ["tag", "c001", "sourced", "-f", "c.yaml", "--source", "data:text/html,<script>"], 1, "Error: --source: not an http(s) URL: 'data:text/html,<script>'"),
    ("tag bare domain", {"c.yaml": VALID}, ["tag", "c001", "sourced", "-f", "c.yaml", "--source", "example.org/report"], 1, "Error: --source: 'example.org/report' looks like a web address: write it with https://"),
    ("tag url with spaces", {"c.yaml": VALID}, ["tag", "c001", "sourced", "-f", "c.yaml", "--source", "https://exa mple.org"], 1, "Error: --source: URL contains spaces or control characters: 'https://exa mple.org'"),
    ("tag sourced without source", {"c.yaml": VALID}, ["tag", "c001", "sourced", "-f", "c.yaml"], 1, "Error: c001: a sourced claim needs a source: add --source URL (or a citation)"),
    ("tag empty source", {"c.yaml": VALID}, ["tag", "c001", "sourced", "-f", "c.yaml", "--source", "  "], 1, "Error: --source: a source needs a URL or a citation"),
    ("show unknown id", {"c.yaml": VALID}, ["show", "nope", "-f", "c.yaml"], 1, "Error: c.yaml: no claim with id 'nope'"),
    ("untag unknown id", {"c.yaml": VALID}, ["untag", "c404", "-f", "c.yaml"], 1, "Error: c.yaml: no claim with id 'c404'"),
    ("list unknown label", {"c.yaml": VALID}, ["list", "-f", "c.yaml", "--label", "maybe"], 1, "Error: unknown label 'maybe'; choose one of sourced, unverified, opinion, disputed, pending, needs-recheck"),
    ("review unknown start", {"c.yaml": VALID}, ["review", "-f", "c.yaml", "--from", "c999"], 2, "Error: review needs a terminal (stdin is not one); use 'claimcheck tag' in scripts"),
    ("claim file missing", {}, ["list", "-f", "none.yaml"], 1, "Error: none.yaml: no such claim file"),
    ("claim file is a folder", {"d/x": b""}, ["show", "c001", "-f", "d"], 1, "Error: d: is a folder, not a claim file"),
    ("report bad format", {"c.yaml": VALID}, ["report", "-f", "c.yaml", "-F", "pdf"], 2, "Error: --format: unknown format 'pdf'; choose one of term, md, html, json, csv, claimreview"),
    ("report claimreview without url", {"c.yaml": VALID}, ["report", "-f", "c.yaml", "-F", "claimreview"], 2, "Error: --format claimreview needs --url, the page the fact-check is on (or [publish] base_url in claimcheck.toml)"),
    ("report over its input", {"c.yaml": VALID}, ["report", "-f", "c.yaml", "-o", "c.yaml"], 1, "Error: -o c.yaml would overwrite an input of the report; choose another file"),
    ("report empty folder", {"d/.keep": b""}, ["report", "d"], 2, "Error: no claim files (*.yaml) found in d"),
    ("schema unknown", {}, ["schema", "everything"], 2, "Error: unknown schema 'everything'; choose claims or report"),
    ("unknown command", {}, ["frobnicate"], 2, "Error: No such command 'frobnicate' (try 'claimcheck -h')"),
    ("unknown option", {"c.yaml": VALID}, ["list", "-f", "c.yaml", "--colour"], 2, "Error: No such option: --colour (try 'claimcheck list -h')"),
    # ---- claim files: encodings, sizes, values
    ("offset beyond any int", {"c.yaml": VALID.replace(b"end: 16", b"end: 100000000000000000000000000000")}, ["validate", "-f", "c.yaml"], 1, "Error: c.yaml:12: claims[0].passage.end: offsets 0-100000000000000000000000000000 fall outside the article text (40 characters)"),
    ("label as a list", {"c.yaml": VALID.replace(b"  text: The sky is blue.\n", b"  text: The sky is blue.\n  label: [sourced]\n", 1)}, ["list", "-f", "c.yaml"], 1, "Error: c.yaml:9: claims[0].label: Input should be 'sourced', 'unverified' or 'opinion'"),
    ("truncated file", {"c.yaml": VALID[: len(VALID) // 2]}, ["list", "-f", "c.yaml"], 1, "Error: c.yaml:10: claims[0].passage: Input should be a valid dictionary or instance of Passage (got 'qu')"),
    ("utf-16 file", {"c.yaml": VALID.decode().encode("utf-16")}, ["list", "-f", "c.yaml"], 1, "Error: c.yaml: UTF-16 text, not UTF-8; convert it first, e.g. iconv -f utf-16 -t utf-8"),
    ("utf-16 file, no mark", {"c.yaml": VALID.decode().encode("utf-16-le")}, ["list", "-f", "c.yaml"], 1, "Error: c.yaml: UTF-16LE text, not UTF-8; convert it first, e.g. iconv -f utf-16le -t utf-8"),
    ("utf-32 article", {"a.txt": ("The port closed on Monday. " * 9).encode("utf-32-be")}, ["extract", "a.txt", "-o", "o.yaml"], 1, "Error: a.txt: UTF-32BE text, not UTF-8; convert it first, e.g. iconv -f utf-32be -t utf-8"),
    ("a tab-indented file", {"c.yaml": VALID.replace(b"\n  id: mini", b"\n\tid: mini")}, ["list", "-f", "c.yaml"], 1, "Error: c.yaml:3: not valid YAML: found character that cannot start any token (a tab: YAML indents with spaces) (while scanning for the next token)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("files", "argv", "code", "line"),
    [pytest.param(f, a, c, m, id=n) for n, f, a, c, m in CASES_TABLE],
)
def test_hostile_input_is_refused_cleanly(
    tmp_path: Path, files: dict[str, bytes], argv: list[str], code: int, line: str
) -> None:
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    before = snapshot(tmp_path)
    result = run(*argv)
    assert result.exit_code == code, result.output
    lines = result.stderr.splitlines()
    if argv[0] == "reanchor":  # it names each claim it could not place, then the error
        assert all(x.startswith("Not found: ") for x in lines[:-1])
        lines = lines[-1:]
    assert lines[0] == line
    if line.startswith("Error: "):
        assert len(lines) == 1
    assert "Traceback" not in result.output
    assert "\x1b" not in result.output
    assert snapshot(tmp_path) == before  # nothing written (an empty lock file aside)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(".lock")
    }


def test_the_tables_cover_sixty_cases() -> None:
    claim_files = len(list((CASES / "claims").glob("*.yaml"))) - 1
    assert claim_files + len(CASES_TABLE) + len(OUTPUTS) >= 60


# --------------------------------------------------------------------------- accepted oddities


def test_a_bom_and_crlf_line_ends_are_read(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_bytes(b"\xef\xbb\xbf" + VALID.replace(b"\n", b"\r\n"))
    assert run("validate", "-f", "c.yaml").exit_code == 0
    assert run("tag", "c001", "opinion", "-f", "c.yaml").exit_code == 0
    saved = (tmp_path / "c.yaml").read_bytes()
    # saved without the BOM, keeping the file's CRLF line ends (git sees only the change)
    assert not saved.startswith(b"\xef\xbb\xbf")
    assert saved.count(b"\n") == saved.count(b"\r\n") > 10
    assert store.load(tmp_path / "c.yaml").doc.claims[0].label is not None


def test_an_article_with_a_bom_and_crlf_is_extracted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(
        b"\xef\xbb\xbfPrices rose by 3% in May.\r\nThe bank said so.\r\n"
    )
    assert run("extract", "a.txt", "-o", "o.yaml").exit_code == 0
    loaded = store.load(tmp_path / "o.yaml")
    assert loaded.text.startswith("Prices rose") and "\r" not in loaded.text


def test_a_symlinked_claim_file_is_written_through(seed: Path, tmp_path: Path) -> None:
    (tmp_path / "link.yaml").symlink_to(seed)
    assert run("tag", "c001", "opinion", "-f", "link.yaml").exit_code == 0
    assert (tmp_path / "link.yaml").is_symlink()
    assert store.load(seed).doc.claims[0].label is not None


@pytest.mark.parametrize(
    "argv", [["report", "-f", "loop.yaml"], ["report", "loop.yaml"], ["validate", "loop.yaml"]]
)
def test_a_claim_file_that_is_a_looping_link_is_one_line(tmp_path: Path, argv: list[str]) -> None:
    (tmp_path / "loop.yaml").symlink_to("loop.yaml")
    result = run(*argv)
    assert result.exit_code == 1
    assert result.stderr == "Error: loop.yaml: cannot read: Too many levels of symbolic links\n"


def test_a_desk_file_that_is_a_looping_link_is_one_line(seed: Path, tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").symlink_to("claimcheck.toml")
    for argv in (["report", "-f", str(seed)], ["config", "-f", str(seed)]):
        result = run(*argv)
        assert result.exit_code == 1
        assert result.stderr.endswith("claimcheck.toml: a link that loops; not read\n")


def test_a_huge_note_is_kept_whole(mini: Path) -> None:
    note = "n" * 1_000_000
    assert run("tag", "c001", "opinion", "-f", "mini.yaml", "--note", note).exit_code == 0
    assert store.load(mini).doc.claims[0].note == note


# --------------------------------------------------------------------------- hostile text


HOSTILE = {
    "escape": "\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 \x9b2J",
    "controls": "bell\x07 back\x08space \u202eevil\u202c",
    "markup": "[bold red]shout[/bold red] [link=https://evil.example]x[/link]",
    "html": "<script>alert(1)</script><img src=x onerror=alert(2)>",
    "formula": '=HYPERLINK("https://evil.example","click")',
    "plus": "+1-555-0100 called",
    "at": "@SUM(A1:A9)",
}
OUTPUTS = [
    ["list"],
    ["list", "--json"],
    ["show", "c001"],
    ["show", "c002"],
    ["history"],
    ["report"],
    ["report", "-F", "md"],
    ["report", "-F", "html"],
    ["report", "-F", "csv"],
    ["report", "-F", "json"],
    ["report", "-F", "claimreview", "--url", "https://desk.example/x"],
]


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    target = tmp_path / "h.yaml"
    target.write_bytes(VALID)
    notes = list(HOSTILE.values())
    assert run("tag", "c001", "opinion", "-f", "h.yaml", "--note", notes[0]).exit_code == 0
    assert run(
        "tag", "c002", "sourced", "-f", "h.yaml", "--source", "https://example.org/?q=<b>",
        "--title", notes[2], "--passage", notes[3], "--note", "\n".join(notes[1:]),
    ).exit_code == 0  # fmt: skip
    return target


@pytest.mark.parametrize("argv", OUTPUTS, ids=[" ".join(a) for a in OUTPUTS])
def test_text_from_a_claim_file_never_acts_in_any_output(hostile: Path, argv: list[str]) -> None:
    result = run(*argv, "-f", "h.yaml")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    # nothing a terminal would act on: no ESC, CSI, OSC, C1 or bidi override
    assert not any(ch in out for ch in "\x1b\x9b\x07\x08\u202e"), repr(out[:200])
    fmt = argv[argv.index("-F") + 1] if "-F" in argv else ("json" if "--json" in argv else "term")
    if (fmt == "term" and argv[0] == "report") or argv[-1] == "c002":
        assert "[bold red]shout[/bold red]" in " ".join(out.split())  # markup shown, not applied
    if fmt == "html":
        assert "<script>" not in out and "<img" not in out
        assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in out
    if fmt == "md":
        assert "\\<script\\>" in out and "<img" not in out.replace("\\<img", "")
    if fmt == "csv":
        for row in csv.reader(io.StringIO(out, newline="")):
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row
    if fmt in ("json", "claimreview"):
        json.loads(out)  # well-formed; JSON escapes control characters itself


def test_no_output_is_written_where_it_was_not_asked(hostile: Path) -> None:
    names = sorted(os.listdir(hostile.parent))
    for argv in OUTPUTS:
        run(*argv, "-f", "h.yaml")
    assert sorted(os.listdir(hostile.parent)) == names
