"""Text from files is data: strip what a terminal would execute before it is printed."""

from __future__ import annotations

import re
from contextvars import ContextVar

# CSI (ESC [ ... final), OSC, DCS, SOS, PM and APC strings (ESC ] P X ^ _ ... BEL or ST, or
# their 8-bit forms), other two-byte ESC sequences, then any
# remaining C0/C1 control character except tab and newline. Bidi overrides are kept out
# too: they can make a line read differently from what it holds.
_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*[\x07\x9c]?"
    r"|\x1b[@-Z\\-_]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    rf"|{_CONTROL}"
)
# Every sequence above starts with one of these characters (ESC and the C1 introducers
# are in the class): text without any is left as it is, without trying the alternation
# at each of its characters (1.4 s for a 12 MB article, against 0.16 s for this search).
_CONTROLS = re.compile(_CONTROL)


def clean(text: str) -> str:
    """`text` without terminal escape sequences or control characters (tabs and newlines
    kept). The line and paragraph separators (U+2028, U+2029) are a space: terminals and
    browsers drew nothing for them (`rejected the plan` U+2028 `by 55` read `the planby`),
    and one character for one keeps every offset into the text. A byte that was not
    UTF-8 in a file name or an argument is its escape (below)."""
    out = _ESCAPES.sub("", text) if _CONTROLS.search(text) else text
    if out.isascii():
        return out
    if "\u2028" in out or "\u2029" in out:
        out = out.replace("\u2028", " ").replace("\u2029", " ")
    return _UNDECODED.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", out)


# A byte of a file name (or an argument) that was not UTF-8, as Python holds it: a lone
# surrogate (PEP 383). Printed as the byte's escape (`caf\xe9.yaml`), not `caf\udce9.yaml`.
_UNDECODED = re.compile("[\udc80-\udcff]")


def shown_name(text: str) -> str:
    """A file name as printed: every character that is not printable written as its
    escape, as Python's repr writes it (a newline `\\n`, ESC `\\x1b`, a bidi override
    `\\u202e`; a byte that was not UTF-8 `\\xe9`), and then a backslash as `\\\\`: one
    line, nothing a terminal acts on, and nothing silently dropped, so that
    `evil<ESC>[2J.yaml` cannot pass for `evil.yaml` nor a name start a line of its own
    and pass for another file's output. A plain name is unchanged."""
    if text.isprintable():
        return text
    return "".join(_escaped(ch) for ch in text)


def _escaped(ch: str) -> str:
    if ch.isprintable():
        return "\\\\" if ch == "\\" else ch
    if 0xDC80 <= ord(ch) <= 0xDCFF:  # a byte that was not UTF-8 (PEP 383)
        return f"\\x{ord(ch) - 0xDC00:02x}"
    return repr(ch)[1:-1]


def shown_path(path: object) -> str:
    """A path (or its name) as messages print it: `shown_name` of its text."""
    return shown_name(str(path))


def one_line(text: str) -> str:
    """`clean` text folded onto one line, for tables and messages."""
    return " ".join(clean(text).split())


# What JSON leaves raw but a terminal may act on or display misleadingly: DEL and the C1
# controls (a lone 0x9b is a CSI), bidi overrides, and the line and paragraph separators.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def json_text(text: str) -> str:
    """JSON text with those characters written as JSON escapes (U+009B as \\u009b):
    the same data once parsed, but inert on a terminal."""
    if text.isascii():  # the common case, checked at C speed: only DEL can be there
        return text.replace("\x7f", "\\u007f") if "\x7f" in text else text
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def dumps(value: object) -> str:
    """`value` as indented UTF-8 JSON that is safe to print to a terminal."""
    import json

    return json_text(json.dumps(value, indent=2, ensure_ascii=False))


def from_os(text: str) -> str:
    """Text from argv or the environment, where bytes that are not UTF-8 arrive as lone
    surrogates (PEP 383), with those bytes as U+FFFD: it can then be written and printed."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogateescape" if _escaped_only(text) else "replace")
        return data.decode("utf-8", "replace")


def _escaped_only(text: str) -> bool:
    return all(not 0xD800 <= ord(ch) <= 0xDFFF or 0xDC80 <= ord(ch) <= 0xDCFF for ch in text)


def reread_utf8(text: str) -> str:
    """Text from argv read again as UTF-8 when its bytes are: under the C locale without
    UTF-8 mode Python decodes argv as ASCII, so `Zürich` arrives as lone surrogates.
    Bytes that are not UTF-8 (a Latin-1 `café`) stay as they were, for `not_utf8`."""
    import os

    try:
        return os.fsencode(text).decode("utf-8")
    except (UnicodeError, ValueError):
        return text


def not_utf8(text: str) -> str | None:
    """What in `text` was not UTF-8 when it came from argv ("byte 0xe9"), if anything."""
    for ch in text:
        if 0xDC80 <= ord(ch) <= 0xDCFF:
            return f"byte 0x{ord(ch) - 0xDC00:02x}"
        if 0xD800 <= ord(ch) <= 0xDFFF:
            return f"a lone surrogate U+{ord(ch):04X}"
    return None


def wide_encoding(data: bytes) -> str | None:
    """ "UTF-16" or "UTF-32" when the bytes are text in one of them with a byte-order mark,
    "UTF-16LE" … "UTF-32BE" for ASCII with NULs beside every character: said instead of
    "binary data", with the way to convert it."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = data[:64]
    if len(head) >= 8:
        for width, name in ((4, "UTF-32"), (2, "UTF-16")):
            for lead, order in ((0, "LE"), (width - 1, "BE")):  # where the ASCII byte is
                chars = head[lead::width]
                nuls = bytes(b for i, b in enumerate(head) if i % width != lead)
                if chars.isascii() and b"\x00" not in chars and not nuls.strip(b"\x00"):
                    return name + order  # no mark: iconv must be told the byte order
    return None


def wide_text(name: str) -> str:
    """The end of the message for text in UTF-16 or UTF-32."""
    return f"{name} text, not UTF-8; convert it first, e.g. iconv -f {name.lower()} -t utf-8"


# Characters that show nothing though Unicode files them as letters, symbols or marks:
# the Hangul fillers, the blank Braille pattern, the combining grapheme joiner, Khmer's
# inherent vowels (Unicode's default-ignorable code points outside the format category,
# and the fillers that render blank)
_BLANKS = frozenset({0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x17B4, 0x17B5})
# Variation selectors: they show only as another look of a symbol ("❤️"); after a letter
# they change nothing, and "alice" with one is not "alice"
_SELECTORS = frozenset(
    set(range(0x180B, 0x1810)) | set(range(0xFE00, 0xFE10)) | set(range(0xE0100, 0xE01F0))
)


def invisible(name: str) -> str | None:
    """The first character of `name` that shows nothing (a format character such as a
    zero-width space or a soft hyphen, a control character, a space other than the plain
    one, a filler or variation selector, a combining mark with no letter to sit on),
    written as its code point; None if every character shows."""
    if name.isascii() and name.isprintable():
        return None
    import unicodedata

    before = " "  # the category of the character a mark here sits on (" ": none)
    for ch in name:
        kind = unicodedata.category(ch)
        if (
            kind in ("Cf", "Cc", "Zl", "Zp")
            or (kind == "Zs" and ch != " ")
            or ord(ch) in _BLANKS
            or (ord(ch) in _SELECTORS and before[0] != "S")
            or (kind in ("Mn", "Me") and before == " ")
        ):
            return f"U+{ord(ch):04X}"
        if kind not in ("Mn", "Me"):
            before = " " if ch == " " else kind
    return None


def reviewer(value: str) -> str:
    """A reviewer's name as a file holds it: every character visible, so that no two
    names look the same ('alice' and 'alice' with a zero-width space) and none is blank."""
    if (found := invisible(value)) is not None:
        raise ValueError(f"a reviewer's name cannot hold an invisible character ({found})")
    return value


# How long a text quoted in a message may be: 60 characters on the command line; the
# full-screen review sets what its status line has room for at the screen's width.
QUOTE_WIDTH: ContextVar[int] = ContextVar("quote_width", default=60)


def quoted(text: str) -> str:
    """`text` as a message quotes it, shortened (with …) to QUOTE_WIDTH characters."""
    width = QUOTE_WIDTH.get()
    return text if len(text) <= width else text[: width - 1] + "…"
