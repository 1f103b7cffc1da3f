"""What every red-team case asserts: the documented exit code, exactly one line on stderr,
no traceback, no escape byte in any output, and nothing on disk changed."""

from __future__ import annotations

import json
import os
from pathlib import Path

from typer.testing import Result

from tests.conftest import CASES, DATA, run

VALID = (CASES / "claims" / "valid.yaml").read_bytes()
SEED = (DATA / "claims.yaml").read_bytes()
ARTICLE = (DATA / "article.txt").read_bytes()


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every file under `folder` (links as their target, not followed; locks aside)."""
    found: dict[str, bytes | str] = {}
    for p in sorted(folder.rglob("*")):
        name = str(p.relative_to(folder))
        if p.is_symlink():
            found[name] = "-> " + os.readlink(p)
        elif p.is_file() and not p.name.endswith(".lock"):
            found[name] = p.read_bytes()
    return found


def refused(folder: Path, argv: list[str], code: int, line: str) -> Result:
    """Run claimcheck; assert it refused with `code` and the one line `line`, changing nothing."""
    before = snapshot(folder)
    result = run(*argv)
    assert result.exit_code == code, result.output
    assert result.stderr.splitlines() == [line], result.stderr
    assert "Traceback" not in result.output
    assert "\x1b" not in result.output and "\x9b" not in result.output
    assert snapshot(folder) == before
    return result


def with_text_path(text_path: str, data: bytes = VALID) -> bytes:
    """The valid mini claim file with its inline text swapped for `text_path`."""
    inline = b"  text: The sky is blue. Cats are the best pets.\n"
    return data.replace(inline, f"  text_path: {json.dumps(text_path)}\n".encode())
