"""How long a text quoted in a status message may be at the screen's width: the status
line wraps onto up to three lines, so a wider screen shows more of a quoted claim, part
or explanation (the command line quotes 60 characters), and a narrow one still shows
the whole message."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

from claimcheck.safe import QUOTE_WIDTH

if TYPE_CHECKING:
    from collections.abc import Iterator

LINES = 3  # the status line's height at most (#status in tui/view.py)
OTHER_WORDS = 90  # what a message's own words take, when not known (a refusal's)


def room(width: int, rest: int = OTHER_WORDS) -> int:
    """The characters a quoted text may have in a status message whose other words take
    `rest` characters, at `width` columns: the status line's lines (less its padding),
    less half a line that wrapping at spaces may lose, never under 20 (a refusal: 56
    at 60 columns, 106 at 80, 206 at 120)."""
    line = width - 2
    return max(20, LINES * line - line // 2 - rest)


@contextmanager
def quoting(width: int, rest: int = OTHER_WORDS) -> Iterator[None]:
    """Messages made inside quote texts as `room(width, rest)` allows (safe.quoted)."""
    token = QUOTE_WIDTH.set(room(width, rest))
    try:
        yield
    finally:
        QUOTE_WIDTH.reset(token)
