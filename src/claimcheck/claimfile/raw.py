"""A claim file's bytes, read safely: all a report needs of a file whose report is in the
cache (the cache is keyed on them), without the loader's records and YAML."""

from __future__ import annotations

from pathlib import Path

from claimcheck import confine
from claimcheck.errors import FileMissing, InvalidClaimFile, Problem


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
