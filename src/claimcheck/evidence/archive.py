"""Snapshots on disk: `evidence/<sha256>.warc.gz` beside the claim file, and its text.

A snapshot is named by the SHA-256 of the page's bytes, so two clones that archive the
same page write the same name. The path is always built here from a hash that was
validated as 64 hex digits: a claim file can never make claimcheck read or write
anywhere else. The page is data: its text is extracted once (trafilatura for HTML, pypdf
for PDF) and kept in `evidence/<sha256>.txt`; nothing in it is ever run or rendered.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import threading
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.basics import Snapshot
from claimcheck.errors import InvalidValue
from claimcheck.evidence.names import FOLDER as FOLDER
from claimcheck.evidence.names import SNAPSHOT_FILE as SNAPSHOT_FILE
from claimcheck.safe import shown_path

if TYPE_CHECKING:
    from collections.abc import Iterator

MAX_BYTES = 32 * 1024 * 1024  # a saved page, or a snapshot read back
MAX_TEXT = 16 * 1024 * 1024
# A WARC file unpacks to its page and a few headers: never read more than this of it (a
# small gzip file can hold gigabytes of zeros).
MAX_UNPACKED = MAX_BYTES + 1024 * 1024
_HEX = re.compile(r"[0-9a-f]{64}")

HTML, PDF, TEXT = "text/html", "application/pdf", "text/plain"
# Declared types that may carry a page; anything else (an image, a script) is refused.
_ACCEPTED = {
    HTML,
    "application/xhtml+xml",
    PDF,
    TEXT,
    "application/octet-stream",
    "binary/octet-stream",
    "",
}


@dataclass(frozen=True)
class Page:
    """A page to archive: its bytes and what is known of where they came from."""

    body: bytes
    url: str | None
    declared_type: str = ""
    status: int | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)


def folder(claim_file: Path) -> Path:
    """The snapshots' folder beside the claim file; a planted link (to a folder elsewhere,
    whose files would then decide what is "proven") is refused, never followed."""
    target = claim_file.parent / FOLDER
    if target.is_symlink():
        raise InvalidValue(f"{shown_path(target)}: a symbolic link; snapshots go in a plain folder")
    return target


def _name(sha256: str, suffix: str) -> str:
    if not _HEX.fullmatch(sha256):  # the model validates it too: a second lock on the door
        raise InvalidValue(f"not a snapshot hash: {sha256!r}")
    return f"{sha256}{suffix}"


def archive_path(claim_file: Path, sha256: str) -> Path:
    return folder(claim_file) / _name(sha256, ".warc.gz")


def text_path(claim_file: Path, sha256: str) -> Path:
    return folder(claim_file) / _name(sha256, ".txt")


def kind_of(body: bytes, declared: str, where: str) -> str:
    """HTML, PDF or plain text, by the bytes themselves; a declared type that is none of
    those (an image, a script) is refused whatever the bytes look like."""
    if declared not in _ACCEPTED:
        raise InvalidValue(f"{where}: served as {declared!r}, not HTML, PDF or text")
    head = body[:1024].lstrip().lower()
    if body.startswith(b"%PDF-"):
        return PDF
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return HTML
    if b"\x00" in body[:8192]:
        raise InvalidValue(f"{where}: not HTML, PDF or text (binary data)")
    return HTML if declared in (HTML, "application/xhtml+xml") else TEXT


_QUIET = threading.Lock()
_quiet_depth = 0
_quiet_saved: tuple[int, Any] = (0, None)


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Library logging and warnings silenced: warcio and pypdf log what they read (a
    snapshot's URI, a PDF's font tables) raw, escape sequences and all; what goes wrong
    reaches the user as claimcheck's own one line instead. Counted, so that the threads
    of `evidence check` restore the settings only when the last of them is done."""
    import logging
    import warnings

    global _quiet_depth, _quiet_saved
    with _QUIET:
        if _quiet_depth == 0:
            _quiet_saved = logging.root.manager.disable, warnings.showwarning
            logging.disable(logging.CRITICAL)
            warnings.showwarning = _drop
        _quiet_depth += 1
    try:
        yield
    finally:
        with _QUIET:
            _quiet_depth -= 1
            if _quiet_depth == 0:
                logging.disable(_quiet_saved[0])
                warnings.showwarning = _quiet_saved[1]


def _drop(*_args: object, **_kwargs: object) -> None:
    """A warning from a library reading a page: not printed (see `quiet`)."""


def extract_text(body: bytes, kind: str, where: str) -> str:
    """The readable text of a page: what the passage is looked for in."""
    with quiet():
        return _extract(body, kind, where)


def _extract(body: bytes, kind: str, where: str) -> str:
    if kind == PDF:
        from claimcheck.evidence.pdftext import pdf_text

        return pdf_text(body, where, MAX_TEXT)
    if kind == HTML:
        import trafilatura

        text = trafilatura.extract(
            body, include_comments=False, include_tables=True, favor_recall=True
        )
        if not text:
            raise InvalidValue(f"{where}: no text found in the HTML page")
        return str(text)[:MAX_TEXT]
    try:
        return body.decode("utf-8-sig")[:MAX_TEXT]
    except UnicodeDecodeError as exc:
        raise InvalidValue(f"{where}: not UTF-8 text (byte {exc.start})") from None


def _warc(page: Page, sha256: str, kind: str, at: datetime) -> bytes:
    with quiet():
        return _write_warc(page, sha256, kind, at)


def _write_warc(page: Page, sha256: str, kind: str, at: datetime) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    uri = page.url or f"urn:sha256:{sha256}"
    fields = {
        "WARC-Date": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri + sha256)}>",
        "WARC-Payload-Digest": f"sha256:{sha256}",
    }
    if page.status is not None:
        reason = "OK" if page.status == 200 else ""
        http = StatusAndHeaders(
            f"{page.status} {reason}".strip(), page.headers, protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(page.body),
            length=len(page.body),
            http_headers=http,
            warc_headers_dict=fields,
        )
    else:
        record = writer.create_warc_record(
            uri,
            "resource",
            payload=io.BytesIO(page.body),
            length=len(page.body),
            warc_content_type=kind,
            warc_headers_dict=fields,
        )
    writer.write_record(record)
    return out.getvalue()


@dataclass(frozen=True)
class Stored:
    snapshot: Snapshot
    text: str
    created: list[Path]  # the files this call wrote (none when the snapshot was there)


def store(claim_file: Path, page: Page, at: datetime, where: str) -> Stored:
    """Archive `page` beside `claim_file`; the text is extracted before anything is written,
    so a page that cannot be read leaves the disk as it was."""
    from claimcheck import store as files

    if len(page.body) > MAX_BYTES:
        raise InvalidValue(f"{where}: larger than the limit of {MAX_BYTES:,} bytes")
    kind = kind_of(page.body, page.declared_type, where)
    text = extract_text(page.body, kind, where)
    sha256 = hashlib.sha256(page.body).hexdigest()
    target = folder(claim_file)
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise InvalidValue(
            f"{shown_path(target)}: not a folder; snapshots go in a folder named {FOLDER}"
        )
    created: list[Path] = []
    target.mkdir(exist_ok=True)
    archive, txt = archive_path(claim_file, sha256), text_path(claim_file, sha256)
    for path in (archive, txt):
        if path.is_symlink():
            raise InvalidValue(f"{shown_path(path)}: a symbolic link; snapshots are plain files")
    if not archive.exists():  # content-addressed: the same page may be there already
        files.write_atomic(archive, _warc(page, sha256, kind, at), output=True)
        created.append(archive)
    if not txt.exists():
        files.write_atomic(txt, text.encode("utf-8"), output=True)
        created.append(txt)
    snapshot = Snapshot(
        sha256=sha256,
        at=at,
        content_type=kind,
        status=page.status,
        size=len(page.body),
    )
    return Stored(snapshot, text, created)


def read_text(claim_file: Path, snapshot: Snapshot) -> str:
    """The snapshot's text, extracted again from its archive once the archive's bytes are
    checked against the recorded hash. The `.txt` beside it is for people to read and is
    never trusted: anyone can rewrite it to hold a passage the page lacks."""
    body = read_payload(claim_file, snapshot)
    return extract_text(body, snapshot.content_type, str(archive_path(claim_file, snapshot.sha256)))


def read_payload(claim_file: Path, snapshot: Snapshot) -> bytes:
    """The page's bytes from its WARC file, checked against the recorded hash."""
    path = archive_path(claim_file, snapshot.sha256)
    if path.is_symlink() or not path.is_file():
        raise InvalidValue(f"{shown_path(path)}: no such snapshot")
    body = _page(path)
    if hashlib.sha256(body).hexdigest() != snapshot.sha256:
        raise InvalidValue(f"{shown_path(path)}: the page does not match its recorded sha256")
    return body


def _unpacked(path: Path, data: bytes) -> bytes:
    """The bytes of the (gzip, one member per record) WARC file `data`, unpacked, and
    refused past `MAX_UNPACKED`: a gzip bomb is stopped after that much, not read through."""
    if not data.startswith(b"\x1f\x8b"):
        return data  # an uncompressed WARC file: no larger than the file itself
    out = bytearray()
    rest = data
    try:
        while rest:
            unzip = zlib.decompressobj(wbits=31)
            while True:
                out += unzip.decompress(rest, MAX_UNPACKED + 1 - len(out))
                if len(out) > MAX_UNPACKED:
                    raise InvalidValue(
                        f"{shown_path(path)}: unpacks to more than the limit of "
                        f"{MAX_UNPACKED:,} bytes"
                    )
                rest = unzip.unconsumed_tail
                if unzip.eof or not rest:
                    break
            if not unzip.eof:
                break  # truncated: warcio says what is wrong with what there is
            rest = unzip.unused_data.lstrip(b"\x00")
    except zlib.error:
        raise InvalidValue(
            f"{shown_path(path)}: not a readable WARC file (bad gzip data)"
        ) from None
    return bytes(out)


def _page(path: Path) -> bytes:
    """The page's bytes in the WARC file at `path`."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if path.stat().st_size > MAX_BYTES * 2:
        raise InvalidValue(f"{shown_path(path)}: larger than the limit of {MAX_BYTES * 2:,} bytes")
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES * 2 + 1)
    except OSError as exc:
        raise InvalidValue(f"{shown_path(path)}: cannot read: {exc.strerror}") from None
    raw = _unpacked(path, data)
    try:
        with quiet():
            for record in ArchiveIterator(io.BytesIO(raw)):
                if record.rec_type in ("response", "resource"):
                    body = record.content_stream().read(MAX_BYTES + 1)
                    break
            else:
                raise InvalidValue(f"{shown_path(path)}: no page in the archive")
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        raise InvalidValue(
            f"{shown_path(path)}: not a readable WARC file ({type(exc).__name__})"
        ) from None
    return bytes(body)


SNAPSHOT_NAME = re.compile(r"(?:.*/)?evidence/([0-9a-f]{64})\.warc\.gz")


def holds(path: Path, sha256: str) -> bool:
    """Does the WARC file at `path` hold the page whose SHA-256 is `sha256`?"""
    try:
        return hashlib.sha256(_page(path)).hexdigest() == sha256
    except (InvalidValue, OSError):
        return False


def merge_copies(ours: Path, theirs: Path, sha256: str) -> Path | None:
    """Two clones archived the page `sha256` apart: the same page, but its WARC files
    differ (each records when it was archived). The copy to keep: ours when it holds the
    page, else theirs when that does; None when neither does (a conflict to look at)."""
    for side in (ours, theirs):
        if holds(side, sha256):
            return side
    return None
