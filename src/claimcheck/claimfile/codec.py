"""Claim files as bytes and as records: parse (bytes in, validated records out, every problem
with its line) and dump (records in, the same bytes for the same records)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimcheck import confine
from claimcheck.claimfile.breaks import hidden_break
from claimcheck.claimfile.locate import problem_at, problems_at, problems_from_validation
from claimcheck.claimfile.raw import read as read
from claimcheck.claimfile.splice import claim_data, tidy_claim
from claimcheck.claimfile.yaml_dialect import dump_yaml, load_yaml
from claimcheck.errors import InvalidClaimFile, Problem
from claimcheck.models import Claim, ClaimFile, check
from claimcheck.safe import shown_path


def _decode(data: bytes, path: Path) -> str:
    if not data.strip():
        raise InvalidClaimFile([Problem(path, None, None, "the file is empty")])
    if b"\x00" in data:
        from claimcheck.safe import wide_encoding, wide_text

        if (wide := wide_encoding(data)) is not None:
            raise InvalidClaimFile([Problem(path, None, None, wide_text(wide))])
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
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if (hidden := hidden_break(text)) is not None:  # a line only YAML sees: refused
        raise InvalidClaimFile([Problem(path, hidden[0], None, hidden[1])])
    return text


def crlf(data: bytes) -> bool:
    """Whether a claim file's lines end with CRLF (its first line's does): a save keeps
    them so, as git's `autocrlf` or an editor wrote them, instead of changing every line."""
    end = data.find(b"\n")
    return end > 0 and data[end - 1] == 0x0D


def line_ends(data: bytes, crlf: bool) -> bytes:
    """`dump`'s bytes (LF) with CRLF line ends when `crlf`."""
    return data.replace(b"\n", b"\r\n") if crlf else data


def _header(text: str) -> str:
    """The comment lines at the top of the file (a yaml-language-server schema line, notes)."""
    lines = []
    for line in text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        lines.append(line)
    return "".join(lines)


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
        message = f"cannot read {shown_path(text_file)}: {exc.strerror}"
    except UnicodeDecodeError:
        message = f"{shown_path(text_file)} is not UTF-8 text"
    raise InvalidClaimFile([problem_at(yaml_text, path, loc, message)])


def parse(
    data: bytes, path: Path, *, all_problems: bool = False, verify: bool = True
) -> tuple[ClaimFile, str, str]:
    """Turn the bytes of a claim file into records; return (doc, article text, header).

    Raises InvalidClaimFile with every problem found when `all_problems`, else the first.
    With `verify` off, the rules that need the article text are skipped (and an unreadable
    article text is ""): that is how `reanchor` reads a file whose article has changed.
    """
    text = _decode(data, path)
    with collector_paused():
        return _parse(text, path, all_problems=all_problems, verify=verify)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while many objects that all stay alive are
    built (a file becoming records: most of the load time of a 20,000-claim file; the
    claims `extract` makes and dumps: 0.56 s of 4.1 s on 1 MB of text), where it would
    run again and again for nothing. Reference counting still frees
    everything; the collector resumes, as it was, on the way out."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _parse(
    text: str, path: Path, *, all_problems: bool, verify: bool
) -> tuple[ClaimFile, str, str]:
    raw = load_yaml(text, path)
    if not isinstance(raw, dict):
        raise InvalidClaimFile(
            [Problem(path, 1, None, "expected a mapping with schema_version, article and claims")]
        )
    try:
        doc = ClaimFile.model_validate(raw)
    except ValidationError as exc:
        problems = problems_from_validation(exc, raw, text, path)
        raise InvalidClaimFile(problems if all_problems else problems[:1]) from None
    if not verify:
        try:
            return doc, _read_article_text(doc, path, text), _header(text)
        except InvalidClaimFile:
            return doc, "", _header(text)
    article_text = _read_article_text(doc, path, text)
    found = list(check(doc, article_text))
    if found:
        raise InvalidClaimFile(problems_at(text, path, found[: None if all_problems else 1]))
    return doc, article_text, _header(text)


def to_data(doc: ClaimFile) -> dict[str, Any]:
    """The plain data of a claim file, in field order, without empty values."""
    data: dict[str, Any] = doc.model_dump(mode="json", exclude_none=True)
    if not data.get("left_out"):
        data.pop("left_out", None)  # files without one stay as they were
    if not data.get("deleted"):
        data.pop("deleted", None)
    for claim in [*data["claims"], *data.get("deleted", ())]:
        tidy_claim(claim)
    # The claims come last, so that a claim appended by hand at the end of the file is
    # one more claim (not one more left-out passage).
    data["claims"] = data.pop("claims")
    return data


# How `dump` may share out the claims' dumping: [work(job) for job in jobs], the jobs of
# `sizes` characters each, done in whatever way gives the same results (parallel.halves).
Halves = Callable[[Callable[[list[Claim]], str], Sequence[list[Claim]], Sequence[int]], list[str]]
_NO_CLAIMS = "claims: []\n"


def dump(doc: ClaimFile, header: str = "", halves: Halves | None = None) -> bytes:
    """Serialise deterministically: the same records always give the same bytes.

    With `halves`, the claims are dumped in two parts handed to it (the extraction's second
    process does one): the claims are the file's last key, a block sequence at the left
    margin, and a part of them dumped alone is the same text as inside the whole file (as
    `splice.item_bytes` relies on), so the bytes are the same as dumping all at once."""
    claims = doc.claims
    if halves is None or len(claims) < 2:
        return (header + dump_yaml(to_data(doc))).encode("utf-8")
    head = dump_yaml(to_data(doc.model_copy(update={"claims": []})))
    if not head.endswith(_NO_CLAIMS):  # not the form this relies on: dump it whole
        return (header + dump_yaml(to_data(doc))).encode("utf-8")
    sizes = [len(claim.text) + len(claim.passage.quote) for claim in claims]
    total = sum(sizes)
    middle, acc = 0, 0
    while middle < len(claims) - 1 and acc < total // 2:
        acc += sizes[middle]
        middle += 1
    parts = [claims[:middle], claims[middle:]]
    body = halves(_dump_claims, parts, [acc, total - acc])
    return (header + head[: -len(_NO_CLAIMS)] + "claims:\n" + "".join(body)).encode("utf-8")


def _dump_claims(claims: list[Claim]) -> str:
    return dump_yaml([claim_data(claim) for claim in claims])
