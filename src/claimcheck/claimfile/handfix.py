"""Hand-written claims made whole: a claim appended in an editor with only `id`, `text`
and `passage.quote` gets its offsets, prefix and suffix from the quote (`validate --fix`).

It works on the plain data, before the records are validated (a passage without offsets
is not a valid record), and says what it did, claim by claim.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimcheck.claimfile.codec import read
from claimcheck.claimfile.yaml_dialect import load_yaml
from claimcheck.errors import ClaimcheckError, InvalidValue
from claimcheck.safe import shown_path

_ANCHOR = ("start", "end", "prefix", "suffix")


def article_text(raw: Any, path: Path) -> str | None:
    article = raw.get("article") if isinstance(raw, dict) else None
    if not isinstance(article, dict):
        return None
    inline = article.get("text")
    if isinstance(inline, str):
        return inline
    where = article.get("text_path")
    if isinstance(where, str):
        try:
            return (path.parent / where).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None
    return None


def fill(raw: Any, text: str) -> tuple[list[str], list[str]]:
    """Fill the missing anchors of passages given by quote alone; return (what was done,
    what could not be), one line per claim."""
    from claimcheck.spots import Spot, find

    done: list[str] = []
    failed: list[str] = []
    claims = raw.get("claims") if isinstance(raw, dict) else None
    for i, claim in enumerate(claims if isinstance(claims, list) else []):
        passage = claim.get("passage") if isinstance(claim, dict) else None
        if not isinstance(passage, dict) or not isinstance(passage.get("quote"), str):
            continue
        if all(key in passage for key in ("start", "end")):
            continue
        name = claim.get("id", f"claims[{i}]")
        spot = Spot(
            quote=passage["quote"],
            prefix=str(passage.get("prefix", "")),
            suffix=str(passage.get("suffix", "")),
        )
        try:
            found = find(text, spot)
        except InvalidValue as exc:
            failed.append(f"{name}: {exc}")
            continue
        missing = [key for key in _ANCHOR if key not in passage]
        passage.update({key: getattr(found, key) for key in ("quote", *_ANCHOR)})
        done.append(
            f"{name}: {', '.join(missing)} filled in from the quote ({found.start}-{found.end})"
        )
    return done, failed


def fix(path: Path) -> list[str]:
    """Fill in a claim file's hand-written passages and save it (under its lock, only if
    the result is a valid claim file); return what was done. A quote that cannot be
    placed is refused, and nothing is written."""
    from pydantic import ValidationError

    from claimcheck.claimfile.atomic import Stamp, locked, write_atomic
    from claimcheck.claimfile.codec import _decode, _header, crlf, dump, line_ends, parse
    from claimcheck.claimfile.locate import problems_from_validation
    from claimcheck.errors import InvalidClaimFile
    from claimcheck.models import ClaimFile

    with locked(path):
        data = read(path)
        stamp = Stamp.of(path)
        text = _decode(data, path)
        raw = load_yaml(text, path)
        article = article_text(raw, path)
        if article is None:
            raise ClaimcheckError(
                f"{shown_path(path)}: the article text cannot be read; nothing was fixed"
            )
        done, failed = fill(raw, article)
        if failed:
            raise InvalidValue(f"{shown_path(path)}: {failed[0]}; nothing was fixed")
        if not done:
            return []
        try:
            doc = ClaimFile.model_validate(raw)
        except ValidationError as exc:
            raise InvalidClaimFile(problems_from_validation(exc, raw, text, path)) from None
        fixed = line_ends(dump(doc, _header(text)), crlf(data))
        parse(fixed, path)  # every rule, against the article text, before anything is written
        write_atomic(path, fixed, expect=stamp)
        return done
