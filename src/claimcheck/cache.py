"""A cache of article reports, keyed on content, so that reporting on an unchanged archive
does not parse it again.

The key is a blake2b digest (`digest.fast`) of everything a report depends on: the
claim file's bytes, its journal's bytes, and claimcheck's code (its version, its files'
sizes and times). A text kept apart (`text_path`) is checked on every hit against the
sha256 stored with the entry. Any edit misses; a stale entry is never used. Entries are
zlib-compressed JSON, written to a temp file and renamed (no fsync: a torn entry fails
to decode, counts as a miss and is rewritten). Location: $CLAIMCHECK_CACHE_DIR, else
$XDG_CACHE_HOME/claimcheck, else ~/.cache/claimcheck (a relative XDG value is ignored; an
empty or relative HOME is none: no cache); CLAIMCHECK_CACHE=off turns it off.
An entry is used only if it carries a valid MAC (keyed blake2b) under a secret key kept
outside the cache ($XDG_CONFIG_HOME/claimcheck/cache-key, readable by its owner alone):
a cache folder someone else can write to, or one restored from elsewhere, cannot forge
a report. The MAC covers the entry's key too: an entry moved to another slot fails.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import stat
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from claimcheck import __version__
from claimcheck.digest import fast, fast_mac_hex, same, sha256_hex

if TYPE_CHECKING:  # imported where used: the help cache needs none of the report
    from claimcheck.report import ArticleReport
    from claimcheck.reportdata import ArticleJson, Counts, Rendered
    from claimcheck.store import Loaded


def folder() -> Path | None:
    if os.environ.get("CLAIMCHECK_CACHE", "").lower() in ("off", "0", "no", "false"):
        return None
    given = os.environ.get("CLAIMCHECK_CACHE_DIR")
    base = Path(given) if given else _base("XDG_CACHE_HOME", ".cache")
    root = base if given or base is None else base / "claimcheck"
    # a cache folder planted as a link (to a folder of someone else's, or one whose files
    # would then be written over) is not used: no cache, nothing read or written there;
    # nor one that cannot even be looked at (a parent without search permission)
    try:
        return None if root is None or root.is_symlink() else root
    except OSError:
        return None


def _base(variable: str, in_home: str) -> Path | None:
    """$XDG_CACHE_HOME or $XDG_CONFIG_HOME, else that folder in the home. A relative XDG
    value is ignored, as the XDG specification says; an empty or relative HOME, or one
    that does not exist, is no home (None: no cache, no key), not the current folder or
    `/` (a secret key in a claim file's folder could get committed), and never created.
    HOME unset: the user's home from the password database, as Python and the shell take
    it."""
    value = os.environ.get(variable, "")
    if os.path.isabs(value):
        return Path(value)
    home = os.environ.get("HOME")
    if home is None:
        with contextlib.suppress(RuntimeError, KeyError):
            home = str(Path.home())
    # a home that does not exist is no home: claimcheck never creates one
    if not home or not os.path.isabs(home) or not os.path.isdir(home):
        return None
    return Path(home) / in_home


def _linked(path: Path) -> bool:
    """Is a folder between the cache folder and `path` (the folder included) a symbolic
    link? Then nothing is read or written through it, as with the journal, the lock and
    the evidence folder."""
    root = folder()
    if root is None:
        return True
    try:
        inside = path.parent.relative_to(root)
    except ValueError:
        return False  # not in the cache folder (the help cache's own place): its caller's
    here = root
    for part in ("", *inside.parts):
        here = here / part if part else here
        try:
            if here.is_symlink():
                return True
        except OSError:  # cannot be looked at: not used either
            return True
    return False


MAX_ENTRY = 256 << 20


def _key_file() -> Path | None:
    base = _base("XDG_CONFIG_HOME", ".config")
    return None if base is None else base / "claimcheck" / "cache-key"


def secret(create: bool = False) -> bytes | None:
    """The key that signs cache entries; None if there is none (or it is not safe to use:
    a link, someone else's, readable by others). Created with `create`."""
    from claimcheck import confine

    path = _key_file()
    if path is None:  # no usable home: no key, so nothing is cached
        return None
    for _ in range(2):
        try:
            # not blocking: a FIFO planted there must not hang every command
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            if not create:
                return None
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                confine.write_new(path, os.urandom(32).hex().encode(), mode=0o600)
            except FileExistsError:
                continue  # another claimcheck made it first: read theirs
            except OSError:
                return None
            continue
        except OSError:
            return None
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or st.st_uid != os.geteuid():
                return None  # a folder, a FIFO or a device; someone else's
            if st.st_mode & 0o077 or not st.st_size:
                return None
            return os.read(fd, 128).strip() or None
        except OSError:
            return None
        finally:
            os.close(fd)
    return None


def _mac(secret_key: bytes, digest: str, blob: bytes) -> bytes:
    return fast_mac_hex(secret_key, digest.encode() + b"\n" + blob).encode()


PACKAGE = Path(__file__).resolve().parent


def code_files() -> list[tuple[str, int, int]]:
    """claimcheck's own files (path, size, time), bytecode aside: an edited install (an
    editable one, a patched one) is other code, whose output this code must not reuse."""
    files: list[tuple[str, int, int]] = []
    folders = [str(PACKAGE)]
    while folders:
        folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        folders.append(entry.path)
                else:
                    st = entry.stat(follow_symlinks=False)
                    files.append((entry.path, st.st_size, st.st_mtime_ns))
    return sorted(files)


@functools.cache
def code_stamp() -> bytes:
    """The version and a digest of `code_files`: the code a cached report was made by."""
    files = json.dumps(code_files()).encode("utf-8", "surrogateescape")
    return __version__.encode() + b" " + sha256_hex(files).encode()


def key(data: bytes, journal: bytes) -> str:
    h = fast()
    for part in (code_stamp(), data, journal):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def _entry(root: Path, digest: str) -> Path:
    return root / "reports" / digest[:2] / f"{digest}.json.z"


class Entry(NamedTuple):
    """A cached report: small facts for the totals, and the report as JSON."""

    text_path: str | None
    summary: Counts
    problems: list[str]
    body: bytes  # ArticleReport.model_dump_json(indent=2) with an empty "file"

    def report(self, file: str) -> ArticleReport:
        from claimcheck.report import ArticleReport

        report = ArticleReport.model_validate_json(self.body)
        report.file = file
        return report

    def rendered(self, file: str) -> Rendered:
        from claimcheck.reportdata import Rendered

        return Rendered(file, self.summary, self.problems, self.body.decode("utf-8"))


def get(root: Path, digest: str, claim_file: Path) -> Entry | None:
    """The cached entry, if there is one and the article text has not changed since."""
    from claimcheck import confine
    from claimcheck.reportdata import Counts

    path = _entry(root, digest)
    secret_key = secret()
    if secret_key is None or _linked(path):
        return None
    try:
        mac, _, blob = confine.read_regular(path, MAX_ENTRY, follow=False).partition(b"\n")
        if not same(mac, _mac(secret_key, digest, blob)):
            raise ValueError("not signed with this user's key")  # forged, or another key's
        meta_line, _, body = zlib.decompress(blob).partition(b"\n")
        meta = json.loads(meta_line)
        entry = Entry(meta["text_path"], Counts(meta["summary"]), meta["problems"], body)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, zlib.error, confine.Refused):
        with contextlib.suppress(OSError):
            path.unlink()  # torn, or written by another shape of report: drop it
        return None
    if entry.text_path is not None:
        from claimcheck import confine

        try:
            text = confine.read_article(claim_file, entry.text_path).replace(b"\r\n", b"\n")
        except (OSError, confine.Refused):
            return None
        if sha256_hex(text) != meta["sha256"]:
            return None
    return entry


def put(root: Path, digest: str, made: ArticleJson, text_path: str | None) -> None:
    """Store a report (`reportdata.article_json`'s). A cache that cannot be written is
    skipped, never an error."""
    path = _entry(root, digest)
    meta = {
        "text_path": text_path,
        "sha256": made.sha256,
        "summary": made.summary,
        "problems": made.problems,
    }
    blob = zlib.compress(json.dumps(meta).encode() + b"\n" + made.body, 1)
    secret_key = secret(create=True)
    if secret_key is not None:  # else nothing to sign with: nothing is cached
        write_signed(path, digest, secret_key, blob)


def write_signed(path: Path, name: str, secret_key: bytes, blob: bytes) -> bool:
    """Write an entry signed with the key for `name` (the slot it is read from)."""
    return write_entry(path, _mac(secret_key, name, blob) + b"\n" + blob)


def read_signed(path: Path, name: str, secret_key: bytes, limit: int) -> bytes | None:
    """The blob of an entry `write_signed` wrote for `name`; None when there is none, or
    it is not a regular file, is reached through a link, or fails its signature."""
    from claimcheck import confine

    if _linked(path):
        return None
    return confine.read_signed(path, limit, lambda blob: _mac(secret_key, name, blob))


def write_entry(path: Path, data: bytes) -> bool:
    """Write a cache entry: a temp file renamed over it (no fsync: a torn entry fails its
    signature and is rewritten). A cache that cannot be written is skipped, never an
    error: False then."""
    tmp = None
    if _linked(path):
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if _linked(path):  # a link planted while the folders were made
            return False
        # a new file of a random name, as tempfile.mkstemp makes (whose import is a
        # few milliseconds of every recorded read command)
        name = str(path.parent / f".{os.urandom(8).hex()}.tmp")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | os.O_NOFOLLOW
        fd = os.open(name, flags, 0o600)
        tmp = name
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
    return True


class Found(NamedTuple):
    """One claim file's report, from the cache or computed (and then cached)."""

    report: ArticleReport
    text_path: str | None
    journaled: int  # decisions waiting in the journal
    set_aside: int = 0  # of those, not applied (`replaying.replay`): not in the report


class FoundJson(NamedTuple):
    """One claim file's report as the JSON the cache keeps (for the JSON format)."""

    report: Rendered
    text_path: str | None
    journaled: int
    set_aside: int = 0


def report_of(path: Path, root: Path | None, *, all_problems: bool = False) -> Found:
    """The report of the claim file at `path`; `root` is the cache folder (None: no cache).
    Raises the store's errors for a file that cannot be read or is not valid."""
    from claimcheck.report import article_report

    entry, journaled, loaded = _lookup(path, root, all_problems, records=True)
    if loaded is None:  # from the cache
        assert entry is not None
        return Found(entry.report(str(path)), entry.text_path, journaled)
    # made now: the records by construction from the file's, none validated again
    report = article_report(str(path), loaded.doc, loaded.text)
    return Found(report, loaded.doc.article.text_path, journaled, len(loaded.stale))


def json_report_of(path: Path, root: Path | None, *, all_problems: bool = False) -> FoundJson:
    """The report of the claim file at `path` as JSON (no records built: what `validate`
    counts): the cache's own text on a hit, on a miss the text just made (and kept)."""
    entry, journaled, loaded = _lookup(path, root, all_problems)
    assert entry is not None
    set_aside = len(loaded.stale) if loaded is not None else 0
    return FoundJson(entry.rendered(str(path)), entry.text_path, journaled, set_aside)


def _lookup(
    path: Path, root: Path | None, all_problems: bool, records: bool = False
) -> tuple[Entry | None, int, Loaded | None]:
    """The cache entry and the journal's decisions; on a miss, the file as loaded too, and
    its entry made now (not made without a cache when the caller makes the `records`)."""
    from claimcheck.claimfile.journal import complete_lines, journal_bytes
    from claimcheck.claimfile.raw import read

    data = read(path)
    journal = journal_bytes(path)
    cached = root is not None and journal is not None  # None: load names the problem
    # a journaled ruling holds only when the desk's roster lets its author rule: with one
    # in the journal, the desk's configuration is part of the key (deskfile.key_bytes)
    desk = b""
    if cached and journal is not None and b"adjudicate" in journal:
        from claimcheck.deskfile import key_bytes

        desk = key_bytes(path)
    digest = key(data, journal + desk) if cached and journal is not None else ""
    if cached and root is not None:
        entry = get(root, digest, path)
        if entry is not None:
            return entry, len(complete_lines(journal or b"")), None
    # the very bytes the key was made of: a decision appended since is not in this report;
    # plain records when no records are needed (None: they judge it) nor read a text_path
    if not records and journal == b"" and b"text_path:" not in data:
        from claimcheck.plainfile import article_json_of

        if (made := article_json_of(data, path)) is not None:
            if cached and root is not None:
                put(root, digest, made, None)
            return Entry(None, made.counts(), made.problems, made.body), 0, None
    from claimcheck import store
    from claimcheck.reportdata import article_json

    loaded = store.load(path, data=data, journal=journal, all_problems=all_problems)
    text_path = loaded.doc.article.text_path
    entry = None
    if cached or not records:
        made = article_json(loaded.doc, loaded.text)
        entry = Entry(text_path, made.counts(), made.problems, made.body)
        # Not kept when journaled decisions were set aside: a hit would neither warn of
        # them (the load does) nor know how many of the journal's lines were not applied.
        if cached and root is not None and not loaded.stale:
            put(root, digest, made, text_path)
    return entry, len(loaded.journaled), loaded


def root_and_key(create: bool) -> tuple[Path, bytes] | None:
    """The cache folder and the key that signs its entries; None when either is missing."""
    root = folder()
    if root is None:
        return None
    secret_key = secret(create=create)
    return None if secret_key is None else (root, secret_key)
