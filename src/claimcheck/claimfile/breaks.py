"""Line breaks that YAML sees and git, grep and diff do not.

PyYAML (like YAML 1.1) ends a line at NEL (U+0085), the line and paragraph separators
(U+2028, U+2029) and a carriage return without a line feed, where git, grep and every diff
show one line. Between two entries of a list in a claim file, such a break starts a
line that a reviewer of the change never sees: a `reviews:` block behind the end of a
hint, a decision nobody took. Inside a quoted value they are part of the text (older
claimcheck wrote them so, in single quotes, as PyYAML does) and inside a literal block
they are too, as long as the block goes on after them; anywhere else the file is refused.
claimcheck writes them escaped (`\\N`, `\\L`, `\\P` in double quotes: yaml_dialect).
"""

from __future__ import annotations

import re
from bisect import bisect_right

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# Read after CRLF became LF (codec._decode): a carriage return left is a bare one.
_SUSPECT = re.compile("[\x85\u2028\u2029\r]")
NAMES = {
    "\x85": "a next-line character (U+0085, NEL)",
    "\u2028": "a line separator (U+2028)",
    "\u2029": "a paragraph separator (U+2029)",
    "\r": "a carriage return without a line feed",
}


def hidden_break(text: str) -> tuple[int, str] | None:
    """The first line break YAML sees and git does not, outside a quoted value: its line
    (as git and grep count lines) and what is wrong, in words; None when there is none.

    Fast when there is none (one regular expression search); otherwise the text's tokens
    (libyaml's scanner) say where the quoted values and literal blocks are."""
    first = _SUSPECT.search(text)
    if first is None:
        return None
    starts: list[int] = []  # the quoted values and blocks: where they start,
    spans: list[tuple[int, int, int]] = []  # and (start, end, end of where a break may be)
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if isinstance(token, yaml.ScalarToken) and token.style:
                start, end = token.start_mark.index, token.end_mark.index
                # a quoted value: anywhere between its quotes; a block: where it goes on
                inner = end - 1 if token.style in "'\"" else _last_content(text, start, end)
                starts.append(start)
                spans.append((start, end, inner))
    except yaml.YAMLError:  # what follows the error is not known to be inside a value
        pass
    for found in _SUSPECT.finditer(text, first.start()):
        at = found.start()
        k = bisect_right(starts, at) - 1
        if k < 0 or not spans[k][0] < at < spans[k][2]:
            what = NAMES[found.group()]
            return text.count("\n", 0, at) + 1, (
                f"{what} outside quotes: YAML reads it as a line break that git, grep and "
                "diff do not show; write it escaped inside double quotes"
            )
    return None


def _last_content(text: str, start: int, end: int) -> int:
    """Where the last character that is not white space of a block value is: a break
    before it is inside the block, the one after it may end the block."""
    return len(text[start:end].rstrip()) + start


def str_style(value: str) -> str | None:
    """How the claim file's dumper writes a string: a literal block for inner line breaks;
    quoted (a visible \\n) for one at an end; NEL, LS and PS escaped in double quotes
    (`\\N`, `\\L`, `\\P`), never as the line breaks only YAML sees."""
    if "\x85" in value or "\u2028" in value or "\u2029" in value:
        return '"'
    if "\n" not in value:
        return None
    return "|" if "\n" in value.strip() and not value[:1].isspace() else '"'
