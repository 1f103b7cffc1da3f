"""Claim files on disk: safe YAML in, deterministic YAML out, atomic saves under a lock.

The only module that reads or writes claim files. Loading is safe-only (no tags that
construct objects, no aliases), every problem is reported as `file:line: field: message`,
and a save never overwrites what another process wrote since this one read the file.

Decisions taken during an interactive review go to an append-only journal beside the file
(one JSON line per decision, fsynced), so a decision is durable in a few milliseconds
however long the file is. Every load replays the journal; every save folds it into the
YAML and removes it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

from claimcheck import confine
from claimcheck.decisions import apply_decision
from claimcheck.errors import Busy, Conflict, FileMissing, InvalidClaimFile, Problem, WriteFailed
from claimcheck.models import ClaimFile, Decision, Loc, check, shorten

try:  # the C loader is several times faster; fall back where libyaml is missing
    from yaml import CSafeDumper as _Dumper
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


_IMPLICIT = {  # the safe loader's implicit tags without timestamps: pydantic parses dates
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
}
_PLAIN_STR = "tag:yaml.org,2002:str"


class _ClaimLoader(_Loader):
    """The safe loader without implicit timestamps, and with a faster resolver.

    PyYAML's resolver runs in Python for every node; claim files use no path resolvers,
    so the per-node bookkeeping for them is skipped and scalars go straight to the
    implicit resolvers of their first character. The result is the same tag.
    """

    yaml_implicit_resolvers = _IMPLICIT

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1], ()):
                    if regexp.match(value):
                        return str(tag)
            return _PLAIN_STR
        return str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]


LOCK_TIMEOUT = 10.0
T = TypeVar("T")


# --------------------------------------------------------------------------- paths


def lock_path(path: Path) -> Path:
    target = path.resolve()
    return target.with_name(f".{target.name}.lock")


def journal_path(path: Path) -> Path:
    target = path.resolve()
    return target.with_name(f".{target.name}.journal")


@dataclass(frozen=True)
class Stamp:
    """What a file looked like when we read it; a different stamp means someone wrote it."""

    mtime_ns: int
    size: int
    inode: int
    journal_size: int

    @classmethod
    def of(cls, path: Path) -> Stamp:
        st = os.stat(path)
        try:
            journal = os.lstat(journal_path(path)).st_size
        except FileNotFoundError:
            journal = 0
        return cls(st.st_mtime_ns, st.st_size, st.st_ino, journal)


@dataclass
class Loaded:
    path: Path
    doc: ClaimFile
    text: str
    header: str = ""
    stamp: Stamp | None = None
    journaled: list[Decision] = field(default_factory=list)


# --------------------------------------------------------------------------- reading


def _decode(data: bytes, path: Path) -> str:
    if not data.strip():
        raise InvalidClaimFile([Problem(path, None, None, "the file is empty")])
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InvalidClaimFile(
            [Problem(path, line, None, "binary data (NUL byte); not a YAML file")]
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidClaimFile(
            [Problem(path, line, None, f"not UTF-8 text (byte 0x{data[exc.start]:02x})")]
        ) from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def _header(text: str) -> str:
    """The comment lines at the top of the file (a yaml-language-server schema line, notes)."""
    lines = []
    for line in text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        lines.append(line)
    return "".join(lines)


def _yaml_problem(exc: yaml.YAMLError, path: Path, text: str = "") -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is not None and text:
        lines = text.split("\n")
        row = lines[mark.line] if mark.line < len(lines) else ""
        if row[mark.column : mark.column + 1] == "\t":
            what += " (a tab: YAML indents with spaces)"
    context = getattr(exc, "context", None)
    message = f"{what} ({context})" if context and "constructor" not in what else what
    return Problem(path, line, None, f"not valid YAML: {message}")


def _alias_line(text: str) -> int | None:
    """The line of the first alias token (only called once an alias is known to exist)."""
    try:
        for token in yaml.scan(text, Loader=_ClaimLoader):
            if isinstance(token, yaml.AliasToken):
                return int(token.start_mark.line) + 1
    except yaml.YAMLError:  # pragma: no cover - the text already composed without error
        pass
    return None


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_NULL = "tag:yaml.org,2002:null"


class _Refused(Exception):
    def __init__(self, node: yaml.Node, message: str) -> None:
        self.node = node
        self.message = message


# What may precede an anchor: YAML's spaces and line breaks (\r, NEL, LS and PS are line
# breaks too) and flow indicators. Missing one would let an alias bomb through.
_BEFORE_ANCHOR = " \t\n\r\x85\u2028\u2029[{,:"


def _may_anchor(text: str) -> bool:
    """Whether `text` may hold an anchor (&name where a node can start). Without one there
    can be no alias, and the walk need not remember the nodes it has seen. "AT&T" and
    "?a=1&b=2" are not anchors; str.find keeps this fast on the common case of no "&"."""
    i = text.find("&")
    while i != -1:
        if (i == 0 or text[i - 1] in _BEFORE_ANCHOR) and text[i + 1 : i + 2].strip():
            return True
        i = text.find("&", i + 1)
    return False


def _to_data(loader: _ClaimLoader, root: yaml.Node, track: bool = True) -> Any:
    """Plain data from the composed node tree, refusing what a claim file never needs.

    This replaces PyYAML's generic constructor: it is faster (plain strings, mappings and
    lists need no dispatch), and in the same pass it refuses aliases (a node reached twice)
    and duplicate keys, which PyYAML would silently resolve to the last value.
    """
    seen: set[int] = set()
    construct = loader.construct_object

    def walk(node: yaml.Node) -> Any:
        if track:
            key = id(node)
            if key in seen:
                raise _Refused(node, "alias")
            seen.add(key)
        kind = type(node)
        tag = node.tag
        if kind is yaml.ScalarNode:
            if tag == _STR:
                return node.value
            if tag == _NULL:
                return None
            return construct(node)
        if kind is yaml.MappingNode and tag == _MAP:
            out: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if type(key_node) is not yaml.ScalarNode:
                    raise _Refused(key_node, "a mapping key must be a plain value")
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise _Refused(key_node, "merge keys (<<) are not allowed in a claim file")
                name = walk(key_node)
                if name in out:
                    raise _Refused(key_node, f"duplicate key {name!r} in the same mapping")
                out[name] = walk(value_node)
            return out
        if kind is yaml.SequenceNode and tag == _SEQ:
            return [walk(item) for item in node.value]
        return construct(node)  # an explicit tag: the safe constructor accepts or refuses it

    return walk(root)


def _load_yaml(text: str, path: Path) -> Any:
    loader = _ClaimLoader(text)
    try:
        root = loader.get_single_node()
        track = _may_anchor(text)
        return None if root is None else _to_data(loader, root, track)
    except _Refused as exc:
        if exc.message == "alias":
            message = "YAML aliases (*name) are not allowed in a claim file"
            line = _alias_line(text)
        else:
            message, line = exc.message, exc.node.start_mark.line + 1
        raise InvalidClaimFile([Problem(path, line, None, message)]) from None
    except yaml.YAMLError as exc:
        raise InvalidClaimFile([_yaml_problem(exc, path, text)]) from None
    except (ValueError, OverflowError) as exc:  # a constructor choking on a value
        raise InvalidClaimFile([Problem(path, None, None, f"not valid YAML: {exc}")]) from None
    except RecursionError:
        raise InvalidClaimFile([Problem(path, None, None, "nested too deeply")]) from None
    finally:
        loader.dispose()


def _node_at(root: yaml.Node | None, loc: Loc) -> yaml.Node | None:
    """The deepest YAML node along `loc` (keys and list indexes)."""
    node = root
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if k.value == part), None)
            if found is None:
                return node
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(node.value):
                return node
            node = node.value[part]
        else:
            return node
    return node


def format_loc(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _clean_loc(data: Any, loc: Loc, missing: bool) -> Loc:
    """Keep the parts of a pydantic error location that exist in the data.

    pydantic adds union branch names ("str", "list[Source]") to locations; those are not
    places a user can find in the file.
    """
    kept: list[str | int] = []
    cur = data
    for part in loc:
        in_dict = isinstance(cur, dict) and part in cur
        in_list = isinstance(cur, list) and isinstance(part, int) and 0 <= part < len(cur)
        if in_dict or in_list:
            cur = cur[part]
        else:
            if missing and isinstance(part, str):
                kept.append(part)
            break
        kept.append(part)
    return tuple(kept)


_MESSAGES = {
    "missing": "required field is missing",
    "extra_forbidden": "unknown field (check the spelling)",
}


def _problems_from_validation(
    exc: ValidationError, data: Any, text: str, path: Path
) -> list[Problem]:
    root = _compose(text)
    problems: list[Problem] = []
    seen: set[str] = set()
    for err in exc.errors(include_url=False):
        loc = _clean_loc(data, tuple(err["loc"]), err["type"] == "missing")
        where = format_loc(loc)
        if where in seen:  # one line per place: union branches repeat the same complaint
            continue
        seen.add(where)
        message = _MESSAGES.get(err["type"], str(err["msg"]).removeprefix("Value error, "))
        if err["type"].endswith(("_type", "_parsing")) and loc:
            message += f" (got {shorten(repr(err['input']))})"
        node = _node_at(root, loc[:-1] if err["type"] == "missing" else loc)
        line = node.start_mark.line + 1 if node is not None else None
        problems.append(Problem(path, line, where or None, message))
    return problems


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_ClaimLoader)
    except yaml.YAMLError:
        return None


def _problem_at(text: str, path: Path, loc: Loc, message: str) -> Problem:
    return _problems_at(text, path, [(loc, message)])[0]


def _problems_at(text: str, path: Path, found: list[tuple[Loc, str]]) -> list[Problem]:
    """Each (location, message) with its line: the document is composed once for all of
    them (once per problem took 26 minutes for 4,000 problems)."""
    root = _compose(text)
    problems = []
    for loc, message in found:
        node = _node_at(root, loc)
        line = node.start_mark.line + 1 if node is not None else None
        problems.append(Problem(path, line, format_loc(loc), message))
    return problems


def _read_article_text(doc: ClaimFile, path: Path, yaml_text: str) -> str:
    if doc.article.text is not None:
        return doc.article.text
    assert doc.article.text_path is not None  # guaranteed by Article's validator
    given = doc.article.text_path
    text_file = path.parent / given
    loc = ("article", "text_path")
    try:
        # git's autocrlf may have checked the article out with CRLF: offsets count LF.
        return confine.read_article(path, given).decode("utf-8").replace("\r\n", "\n")
    except confine.Refused as exc:
        message = f"{given!r} {exc}"
    except OSError as exc:
        message = f"cannot read {text_file}: {exc.strerror}"
    except UnicodeDecodeError:
        message = f"{text_file} is not UTF-8 text"
    raise InvalidClaimFile([_problem_at(yaml_text, path, loc, message)])


def parse(
    data: bytes, path: Path, *, all_problems: bool = False, verify: bool = True
) -> tuple[ClaimFile, str, str]:
    """Turn the bytes of a claim file into records; return (doc, article text, header).

    Raises InvalidClaimFile with every problem found when `all_problems`, else the first.
    With `verify` off, the rules that need the article text are skipped (and an unreadable
    article text is ""): that is how `reanchor` reads a file whose article has changed.
    """
    text = _decode(data, path)
    raw = _load_yaml(text, path)
    if not isinstance(raw, dict):
        raise InvalidClaimFile(
            [Problem(path, 1, None, "expected a mapping with schema_version, article and claims")]
        )
    try:
        doc = ClaimFile.model_validate(raw)
    except ValidationError as exc:
        problems = _problems_from_validation(exc, raw, text, path)
        raise InvalidClaimFile(problems if all_problems else problems[:1]) from None
    if not verify:
        try:
            return doc, _read_article_text(doc, path, text), _header(text)
        except InvalidClaimFile:
            return doc, "", _header(text)
    article_text = _read_article_text(doc, path, text)
    found = list(check(doc, article_text))
    if found:
        raise InvalidClaimFile(_problems_at(text, path, found[: None if all_problems else 1]))
    return doc, article_text, _header(text)


def _read_journal(path: Path) -> list[Decision]:
    jpath = journal_path(path)
    try:
        data = confine.read_regular(jpath, confine.MAX_JOURNAL, follow=False)
    except FileNotFoundError:
        return []
    except (OSError, confine.Refused) as exc:
        reason = str(exc) if isinstance(exc, confine.Refused) else f"cannot read: {exc.strerror}"
        raise InvalidClaimFile([Problem(path.parent / jpath.name, None, None, reason)]) from None
    decisions = []
    lines = data.split(b"\n")
    # The last piece has no newline: a write that a crash cut short, never confirmed.
    for number, line in enumerate(lines[:-1], start=1):
        if not line.strip():
            continue
        try:
            decisions.append(Decision.model_validate_json(line))
        except ValidationError as exc:
            reason = str(exc.errors(include_url=False)[0]["msg"]).removeprefix("Value error, ")
            raise InvalidClaimFile(
                [Problem(jpath, number, None, f"bad journal entry: {reason}")]
            ) from None
    return decisions


def read(path: Path) -> bytes:
    """The bytes of a claim file, or the error that names what is wrong with the path."""
    try:
        return confine.read_regular(path, confine.MAX_CLAIM_FILE)
    except FileNotFoundError:
        raise FileMissing(path) from None
    except confine.Refused as exc:
        reason = "is a folder, not a claim file" if path.is_dir() else str(exc)
        raise InvalidClaimFile([Problem(path, None, None, reason)]) from None
    except IsADirectoryError:
        raise InvalidClaimFile(
            [Problem(path, None, None, "is a folder, not a claim file")]
        ) from None
    except OSError as exc:
        raise InvalidClaimFile(
            [Problem(path, None, None, f"cannot read: {exc.strerror}")]
        ) from None


def read_journal_bytes(path: Path) -> bytes:
    try:
        return confine.read_regular(journal_path(path), confine.MAX_JOURNAL, follow=False)
    except (OSError, confine.Refused):  # load() then names the problem
        return b""


def load(
    path: Path, *, all_problems: bool = False, verify: bool = True, data: bytes | None = None
) -> Loaded:
    """Read and validate a claim file, with any journaled decisions applied in memory.

    `data`, when given, is the file's content already read (the stamp is taken now)."""
    if data is None:
        data = read(path)
    try:
        stamp = Stamp.of(path)
    except FileNotFoundError:  # gone since it was read
        raise FileMissing(path) from None
    doc, text, header = parse(data, path, all_problems=all_problems, verify=verify)
    journaled = _read_journal(path)
    claims = doc.index()
    for decision in journaled:
        claim = claims.get(decision.claim)
        if claim is not None:
            apply_decision(claim, decision)
    return Loaded(path, doc, text, header, stamp, journaled)


# --------------------------------------------------------------------------- writing


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # Text with line breaks inside reads best as a literal block; a short context string
    # that merely starts or ends at a line break reads best quoted, with a visible \n.
    style = None
    if "\n" in value:
        style = "|" if "\n" in value.strip() and not value[:1].isspace() else '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _ClaimDumper(_Dumper):
    pass


_ClaimDumper.add_representer(str, _str_representer)  # type: ignore[arg-type]


def to_data(doc: ClaimFile) -> dict[str, Any]:
    """The plain data of a claim file, in field order, without empty values."""
    data: dict[str, Any] = doc.model_dump(mode="json", exclude_none=True)
    for claim in data["claims"]:
        for key in ("also_at", "sources", "reviews", "history"):
            if not claim.get(key):
                claim.pop(key, None)
        for review in claim.get("reviews", ()):
            if not review.get("sources"):
                review.pop("sources", None)
    return data


def dump(doc: ClaimFile, header: str = "") -> bytes:
    """Serialise deterministically: the same records always give the same bytes."""
    body = yaml.dump(
        to_data(doc),
        Dumper=_ClaimDumper,
        sort_keys=False,
        allow_unicode=True,
        width=88,
        default_flow_style=False,
    )
    return (header + body).encode("utf-8")


@contextlib.contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the file's lock: one writer at a time, across processes."""
    from filelock import FileLock, Timeout

    try:
        confine.refuse_link(lock_path(path))
    except confine.Refused as exc:
        raise WriteFailed(path, f"the lock file {lock_path(path).name} {exc}") from None
    lock = FileLock(str(lock_path(path)), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise Busy(path, timeout) from None
    except OSError as exc:
        raise WriteFailed(path, f"cannot create the lock file: {exc.strerror}") from None
    try:
        yield
    finally:
        lock.release()


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _refuse_read_only(path: Path, target: Path, mode: int) -> None:
    # No write bit means someone made it read-only on purpose; refuse even as root.
    if not os.access(target, os.W_OK) or not mode & 0o222:
        raise WriteFailed(path, "the file is read-only")


def write_atomic(path: Path, data: bytes | Iterable[bytes], *, expect: Stamp | None = None) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file.

    Writes a temp file in the same folder, fsyncs it, renames it over the target and
    fsyncs the folder. With `expect`, refuses if the file changed since it was read.
    `data` may be an iterable of chunks: if producing one raises, the target is untouched.
    """
    target = path.resolve()  # write through a symlink, never over it
    mode = 0o644
    if target.exists():
        mode = stat.S_IMODE(target.stat().st_mode)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise WriteFailed(path, exc.strerror or str(exc)) from None
    try:
        try:
            for chunk in [data] if isinstance(data, bytes) else data:
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
            os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        if target.exists():  # checked once the data is written: producing it may fail first
            _refuse_read_only(path, target, stat.S_IMODE(target.stat().st_mode))
        if expect is not None and target.exists() and _yaml_changed(target, expect):
            raise Conflict(
                f"{path}: changed on disk by someone else while saving; nothing was overwritten"
            )
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WriteFailed(path, exc.strerror or str(exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def _yaml_changed(path: Path, stamp: Stamp) -> bool:
    st = os.stat(path)
    return (st.st_mtime_ns, st.st_size, st.st_ino) != (stamp.mtime_ns, stamp.size, stamp.inode)


def _drop_journal(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(journal_path(path))


def _sweep_temps(path: Path) -> None:
    """Remove temp files that a writer killed mid-save left behind. Only called under the
    lock, when no other claimcheck can be writing one."""
    target = path.resolve()
    # escaped: a name like "notes [draft].yaml" must not match another file's temp files
    for stale in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def save(loaded: Loaded) -> None:
    """Save records loaded earlier, unless someone else has written the file since."""
    with locked(loaded.path):
        _sweep_temps(loaded.path)
        if loaded.stamp is not None and Stamp.of(loaded.path) != loaded.stamp:
            raise Conflict(
                f"{loaded.path}: changed on disk by someone else since it was read; "
                "nothing was overwritten (run the command again)"
            )
        write_atomic(loaded.path, dump(loaded.doc, loaded.header), expect=loaded.stamp)
        _drop_journal(loaded.path)
        loaded.stamp = Stamp.of(loaded.path)


def update(path: Path, change: Callable[[Loaded], T], *, verify: bool = True) -> T:
    """Read, change and save a claim file under its lock: the safe read-modify-write.

    Concurrent `update`s on one file run one after the other, so each sees the others'
    work and none is lost. `change` may raise to abandon the update; nothing is written.
    """
    with locked(path):
        _sweep_temps(path)
        loaded = load(path, verify=verify)
        before = loaded.doc.model_dump()  # a cheap snapshot: dumping YAML twice is not
        result = change(loaded)
        if loaded.doc.model_dump() != before or loaded.journaled:
            write_atomic(path, dump(loaded.doc, loaded.header), expect=loaded.stamp)
            _drop_journal(path)
        return result


def fold(path: Path) -> Loaded:
    """Fold a pending journal into the YAML file (after a review, or after a crash)."""
    return update(path, lambda loaded: loaded)


def append_decisions(path: Path, decisions: list[Decision]) -> None:
    """Make decisions durable: append them to the journal and fsync. Caller holds the lock."""
    payload = b"".join(d.model_dump_json(exclude_none=True).encode() + b"\n" for d in decisions)
    jpath = journal_path(path)
    try:
        fd = confine.open_append(jpath)
        try:
            size = os.fstat(fd).st_size
            try:
                view = memoryview(payload)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            except OSError:
                # A half-written line would glue itself to the next decision: cut it off.
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, size)
                raise
        finally:
            os.close(fd)
    except OSError as exc:
        raise WriteFailed(path, f"journal: {exc.strerror or exc}") from None
    except confine.Refused as exc:
        raise WriteFailed(path, f"the journal {jpath.name} {exc}") from None


class Journal:
    """The durable side of a review session.

    `commit` makes one decision durable (journal append + fsync, under the lock) before the
    caller moves on, at a cost that does not grow with the file. When another process has
    written the file since we last looked, the fresh file is read first; a decision on a
    claim that someone else changed meanwhile is refused, not silently overwritten.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.loaded = load(path)

    @property
    def doc(self) -> ClaimFile:
        return self.loaded.doc

    def commit(self, decision: Decision, expected: tuple[Any, ...]) -> bool:
        """Write `decision`; return True if the file had changed on disk (now re-read)."""
        with locked(self.path):
            refreshed = False
            if Stamp.of(self.path) != self.loaded.stamp:
                self.loaded = load(self.path)
                refreshed = True
                claim = self.loaded.doc.claim(decision.claim)
                if claim is None:
                    raise Conflict(
                        f"{self.path}: claim {decision.claim} was removed by someone else; "
                        "your decision was not saved"
                    )
                if claim.decision_fields() != expected:
                    raise Conflict(
                        f"{decision.claim} was changed by {claim.reviewer or 'someone else'} "
                        f"while you were reviewing (it is now {claim.label_name}); "
                        "your decision was not saved: look again"
                    )
            append_decisions(self.path, [decision])
            claim = self.loaded.doc.claim(decision.claim)
            assert claim is not None
            apply_decision(claim, decision)
            self.loaded.journaled.append(decision)
            self.loaded.stamp = Stamp.of(self.path)
            return refreshed

    def close(self) -> Loaded:
        """Fold the journal into the YAML file; return what was saved."""
        return fold(self.path)
