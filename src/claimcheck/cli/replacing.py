"""What `extract --force` keeps of the claim file it replaces: a reviewed file is copied
beside it first, so that the review is never thrown away without a word."""

from __future__ import annotations

import time
from pathlib import Path

from claimcheck.wording import count

# a copy's name: the file's, then when it was replaced (UTC), never a *.yaml name, which
# `report FOLDER` and `validate FOLDER` would take for another claim file
_STAMP = "%Y%m%dT%H%M%SZ"


def review_in(path: Path) -> tuple[str, bytes] | None:
    """What review work the claim file at `path` holds (its decisions, journaled ones
    included, its corrections and deleted claims), said in a few words, and the bytes to
    keep of it (its journal folded in, as a save would); None when it holds none (every
    claim pending, nothing corrected), or is not there. A file that does not load is
    said to hold what cannot be read, and kept as it is."""
    from claimcheck import confine, store
    from claimcheck.errors import ClaimcheckError

    if not path.is_file():
        return None
    data = confine.read_regular(path, confine.MAX_CLAIM_FILE)
    try:
        loaded = store.load(path, verify=False, data=data)
    except ClaimcheckError:
        return "a claim file that does not load, so it may hold a review", data
    doc = loaded.doc
    decided = [c for c in doc.claims if c.reviews]
    decisions = sum(len(c.reviews) for c in doc.claims)
    corrected = sum(1 for c in doc.claims if c.history and not c.reviews) + len(doc.deleted)
    if not decisions and not corrected:
        return None
    parts = []
    if decisions:
        parts.append(f"{count(decisions, 'decision')} on {count(len(decided), 'claim')}")
    if corrected:
        parts.append(f"{count(corrected, 'correction')} to the claim list")
    if loaded.journaled:  # decisions a review journaled, not yet in the file
        data = store.dump(doc, loaded.header)
    return " and ".join(parts), data


def keep_copy(path: Path, data: bytes) -> Path:
    """Keep `data`, the claim file at `path`, in a new file beside it (never over one,
    never through a link), fsynced before the caller replaces the original."""
    from claimcheck import confine

    stamp = time.strftime(_STAMP, time.gmtime())
    for n in range(1, 100):
        copy = path.with_name(f"{path.name}.replaced-{stamp}" + (f"-{n}" if n > 1 else ""))
        try:
            confine.write_new(copy, data, mode=0o644)
        except FileExistsError:
            continue
        return copy
    raise FileExistsError(f"{path.name}.replaced-{stamp}")


def review_held(output: Path) -> tuple[str, bytes] | None:
    """What review the claim file --force replaces holds, and its bytes to keep (see
    `replacing.review_in`); a file that cannot be read for it is refused, unreplaced."""
    from claimcheck.confine import Refused
    from claimcheck.errors import WriteFailed

    try:
        return review_in(output)
    except (OSError, Refused) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise WriteFailed(output, f"it could not be read for a review it may hold: {why}") from None


def keep_held(output: Path, held: tuple[str, bytes]) -> tuple[Path, str]:
    """A copy of the reviewed claim file --force replaces, made before it is replaced:
    (the copy, what it holds). Nothing is replaced if the copy cannot be made."""
    from claimcheck.errors import WriteFailed

    what, data = held
    try:
        return keep_copy(output, data), what
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise WriteFailed(output, f"it holds {what}, and no copy could be kept: {why}") from None
