"""Writing a report an article at a time when its head needs what comes after it.

A report over many articles opens with their totals and a row per article, which are known
only once every article has been read. Holding every article's records until then made
`report -F md` over an archive of 1,000 files take half a gigabyte. Instead each article
is rendered as it comes and its text kept in a spool (in memory while small, then in a
temporary file), with only the small facts the head needs; the head is written first and
the spool copied after it.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from typing import IO

# Kept in memory up to this size, in a temporary file beyond it: small, as the move to the
# file copies what was kept (at a megabyte, the term report's peak came at that move).
IN_MEMORY = 1 << 16
CHUNK = 1 << 16


class Spool:
    """Text written now, read back in chunks later."""

    def __init__(self, file: IO[str]) -> None:
        self._file = file

    @property
    def file(self) -> IO[str]:
        """The spool as a text file to write to (for a writer that wants one)."""
        return self._file

    def write(self, text: str) -> None:
        self._file.write(text)

    def chunks(self) -> Iterator[str]:
        """What was written, in order."""
        self._file.seek(0)
        while chunk := self._file.read(CHUNK):
            yield chunk


@contextlib.contextmanager
def spooled() -> Iterator[Spool]:
    """A spool, dropped (its temporary file deleted) on the way out."""
    import tempfile  # here: a one-article report needs no spool (its import is 2 ms)

    # newline="": the text comes back exactly as written (no newline translation)
    with tempfile.SpooledTemporaryFile(
        max_size=IN_MEMORY, mode="w+", encoding="utf-8", newline=""
    ) as file:
        yield Spool(file)


class Lines:
    """`"\\n".join(lines).rstrip("\\n")` written as the lines come, into a spool: the
    newlines that may turn out to be trailing are held back until text follows them."""

    def __init__(self, spool: Spool) -> None:
        self.spool = spool
        self.first = True
        self.held = 0  # newlines not written yet

    def extend(self, lines: Iterable[str]) -> None:
        for line in lines:
            if not self.first:
                self.held += 1  # the separator
            self.first = False
            body = line.rstrip("\n")
            if body:
                self.spool.write("\n" * self.held + body)
                self.held = 0
            self.held += len(line) - len(body)


# Plain text (a pipe, a file) is drawn this wide, wider than any claim or URL, so that
# none is folded or cut; nothing is stretched to it, and the spaces that end a line are
# dropped (`Trimmed`), so no line is longer than its text.
PLAIN_WIDTH = 10_000


class Trimmed:
    """A text file that drops the spaces at the end of each line written to it."""

    def __init__(self, file: IO[str]) -> None:
        self.file, self.held = file, ""

    def write(self, text: str) -> int:
        text = self.held + text
        kept = text.rstrip(" ")
        self.held = text[len(kept) :]  # the next write says whether a line ends there
        self.file.write(_LINE_END_SPACES.sub("\n", kept))
        return len(text)

    def flush(self) -> None:
        self.file.flush()


_LINE_END_SPACES = re.compile(r" +\n")
