"""Evidence a stranger cannot forge: a rewritten `.txt`, a recorded proof pointing at
megabytes or at other words, a gzip bomb, a snapshot whose URI or PDF makes a library log
escape sequences, and a cache folder planted as a link."""

from __future__ import annotations

import gzip
import hashlib
import logging
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from claimcheck.basics import Proof
from claimcheck.evidence import archive
from claimcheck.evidence.proof import MARK_CHARS, context
from tests.conftest import run
from tests.robustness.redteam import refused, snapshot
from tests.test_evidence import PASSAGE, claims  # noqa: F401 - c001 sourced, with a passage

LACKING = b"Sunsets are red because the light travels further through the atmosphere.\n"
NOT_SHOWN = "The passage cannot be shown: the recorded place does not hold the passage"


def real(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command in its own process: library logging reaches its stderr there as
    it would a user's (under pytest a log handler would swallow it)."""
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def archived(
    claims: Path,  # noqa: F811
    body: bytes,
    name: str = "page.txt",
) -> str:
    page = claims.parent / name
    page.write_bytes(body)
    done = run("evidence", "add", "c001", "1", "--page", str(page), "-f", str(claims))
    assert done.exit_code == 0, done.output
    page.unlink()
    return hashlib.sha256(body).hexdigest()


def forge_proof(
    claims: Path,  # noqa: F811
    start: int,
    end: int,
) -> None:
    """The claim file's proof rewritten by hand: `exact`, at start:end."""
    text, n = re.subn(
        r"proof:\n( +)match: absent\n +score: [0-9.]+\n",
        lambda m: (
            f"proof:\n{m[1]}match: exact\n{m[1]}score: 100\n{m[1]}start: {start}\n"
            f"{m[1]}end: {end}\n"
        ),
        claims.read_text(),
    )
    assert n == 1
    claims.write_text(text)


def test_a_rewritten_text_file_proves_nothing(
    claims: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    sha = archived(claims, LACKING)
    txt = tmp_path / "evidence" / f"{sha}.txt"
    txt.write_text(f"Scientists agree: {PASSAGE}, because sunlight scatters.")
    result = refused(
        tmp_path,
        ["evidence", "verify", "-f", str(claims)],
        1,
        "Verified 1 snapshot: 1 with a problem",
    )
    assert result.stdout == f"{claims} c001 source 1: PASSAGE NOT IN THE SNAPSHOT\n"
    # the claim file's proof forged to point at the passage in the forged text: the
    # report's context is read from the archive, which does not hold it
    forge_proof(claims, 18, 18 + len(PASSAGE))
    report = run("report", "-f", str(claims), "-F", "html")
    assert report.exit_code == 0, report.output
    assert NOT_SHOWN in report.stdout
    assert "<mark" not in report.stdout and "Passage proven" not in report.stdout
    assert "The passage has not been looked for</strong>" in report.stdout


def test_a_proof_pointing_at_megabytes_shows_nothing_of_them(
    claims: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    body = b"Filler words that say nothing at all. " * 55_000  # 2 MB, no passage
    archived(claims, body)
    forge_proof(claims, 0, 2_030_000)
    before = snapshot(tmp_path)
    report = run("report", "-f", str(claims), "-F", "html")
    assert report.exit_code == 0, report.output
    assert NOT_SHOWN in report.stdout and "Passage proven" not in report.stdout
    assert "Filler words" not in report.stdout
    assert len(report.stdout) < 200_000
    assert snapshot(tmp_path) == before


def test_a_proof_at_other_words_is_not_marked() -> None:
    text = "One. Two. The sky is red at dusk today. Three."
    assert context(text, PASSAGE, Proof(match="exact", score=100, start=10, end=39)) is None
    near = Proof(match="approximate", score=95, start=10, end=39)
    assert context(text, PASSAGE, near) is None


def test_a_long_passage_is_marked_within_bounds() -> None:
    passage = " ".join(f"word{i}" for i in range(2000))
    text = f"Before. {passage}. After."
    proof = Proof(match="exact", score=100, start=8, end=8 + len(passage))
    before, marked, after = context(text, passage, proof) or ("", "", "")
    assert before == "Before. " and after == ". After."
    assert len(marked) <= MARK_CHARS + 3
    assert marked.startswith("word0 word1") and marked.endswith("word1998 word1999")


def test_a_gzip_bomb_is_refused_after_a_bounded_read(
    claims: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    sha = archived(claims, LACKING)
    path = tmp_path / "evidence" / f"{sha}.warc.gz"
    path.write_bytes(gzip.compress(b"\0" * (archive.MAX_UNPACKED + 4096), 1))
    result = refused(
        tmp_path,
        ["evidence", "verify", "-f", str(claims)],
        1,
        "Verified 1 snapshot: 1 with a problem",
    )
    assert result.stdout == (
        f"{claims} c001 source 1: {path}: unpacks to more than the limit of "
        f"{archive.MAX_UNPACKED:,} bytes\n"
    )


def _warc_record(uri: str, body: bytes) -> bytes:
    """A WARC resource record by hand: what a stranger writes (warcio would not)."""
    head = (
        "WARC/1.0\r\nWARC-Type: resource\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        "WARC-Date: 2026-11-01T00:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n"
        "Content-Type: text/plain\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return gzip.compress(head.encode() + body + b"\r\n\r\n")


def test_a_snapshot_uri_with_escapes_reaches_no_log(
    claims: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    sha = archived(claims, LACKING)
    path = tmp_path / "evidence" / f"{sha}.warc.gz"
    path.write_bytes(_warc_record("http://x/a b\x1b]0;pwned\x07\x1b[2J", LACKING))
    (tmp_path / "evidence" / f"{sha}.txt").unlink()
    before = snapshot(tmp_path)
    verify = real("evidence", "verify", "-f", str(claims))
    assert verify.returncode == 1
    assert verify.stdout == f"{claims} c001 source 1: PASSAGE NOT IN THE SNAPSHOT\n"
    assert verify.stderr == "Verified 1 snapshot: 1 with a problem\n"
    report = real("report", "-f", str(claims), "-F", "md")
    assert report.returncode == 0, report.stderr
    assert "\x1b" not in report.stdout + report.stderr
    assert "Replacing" not in report.stderr
    assert snapshot(tmp_path) == before


def test_a_broken_pdf_makes_pypdf_print_nothing(
    claims: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    # a PDF whose cross-reference table points nowhere (pypdf warns as it repairs it) and
    # whose font names an encoding of escape sequences (pypdf logs an error naming it)
    body = (
        b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
        b"2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
        b"3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 300 300]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>>> endobj\n"
        b"4 0 obj <</Length 53>> stream\nBT /F1 12 Tf 20 200 Td (The sky is blue \x1b[2J) Tj ET"
        b"\nendstream endobj\n"
        b"5 0 obj <</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/Evil#1b#5d0;x#07#1b#5b2J"
        b">> endobj\n"
        b"xref\n0 6\n0000000000 65535 f \ntrailer <</Size 6/Root 1 0 R>>\n"
        b"startxref\n999999\n%%EOF\n"
    )
    page = tmp_path / "evil.pdf"
    page.write_bytes(body)
    result = real("evidence", "add", "c001", "1", "--page", str(page), "-f", str(claims))
    assert "Traceback" not in result.stderr
    assert "\x1b" not in result.stdout + result.stderr
    assert len(result.stderr.splitlines()) <= 1, result.stderr
    assert "startxref" not in result.stderr and "encoding" not in result.stderr


def test_quiet_silences_library_logs_and_warnings_and_restores_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    was = warnings.showwarning
    with warnings.catch_warnings(), archive.quiet():
        warnings.simplefilter("always")  # not the test run's "error"
        logging.getLogger("warcio.recordloader").warning("uri \x1b]0;x\x07")
        warnings.warn("font \x1b[2J", UserWarning, stacklevel=1)
    assert capsys.readouterr().err == ""
    assert warnings.showwarning is was
    assert logging.root.manager.disable == logging.NOTSET


@pytest.mark.parametrize("where", ["", "reports"])
def test_a_cache_folder_planted_as_a_link_is_not_written_through(
    claims: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cache = tmp_path / "cache"
    if where:
        cache.mkdir()
        (cache / where).symlink_to(elsewhere, target_is_directory=True)
    else:
        cache.symlink_to(elsewhere, target_is_directory=True)
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(cache))
    for _ in range(2):  # a second run would read what the first wrote
        result = run("report", "-f", str(claims), "-F", "md")
        assert result.exit_code == 0, result.output
    assert list(elsewhere.rglob("*")) == []
