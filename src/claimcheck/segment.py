"""Splitting article text into paragraphs and sentences, always with exact offsets."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator


def paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) offsets of the paragraph that holds text[start:end].

    A paragraph ends at a blank line; a passage that crosses one widens to both paragraphs.
    """
    left = text.rfind("\n\n", 0, start)
    right = text.find("\n\n", end)
    return (0 if left < 0 else left + 2), (len(text) if right < 0 else right)


def sentences(text: str, start: int, end: int, language: str = "en") -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end], trimmed of surrounding spaces.

    Uses sentencex (Wikimedia's segmenter: abbreviations, initials, quotes, numbers and
    ellipses in some 300 languages); its offsets are character offsets into the slice.
    Two of its pieces are one sentence when the first ends in an abbreviation that never
    ends one ("approx. 4,000 people", "vs. $2.9bn") or in a short word and a full stop, a
    question or an exclamation mark and the next starts in lower case ("est. five
    million", "Which? said"): no sentence starts so.
    """
    held: tuple[int, int] | None = None
    found = _boundaries(text, start, end, language)
    for a, b in _split_after_me(text, found, start):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        # the held sentence's last few characters are all `_goes_on` reads: a paragraph
        # of abbreviations joined into one sentence is not read again at every join
        tail = max(held[0], held[1] - _TAIL) if held is not None else 0
        # (never past a piece's length: a block with no full stop stays cut in pieces)
        if (
            held is not None
            and held[1] - held[0] < CHUNK
            and _goes_on(text[tail : held[1]], text[a:b])
        ):
            held = (held[0], b)
            continue
        if held is not None:
            yield held
        held = (a, b)
    if held is not None:
        yield held


# A block longer than LONG goes to sentencex in pieces of at most CHUNK characters: its
# time grows with the square of an unbroken run of quotation marks (20 KB of them took
# 30 s, 40 KB 150 s), and no sentence of a real article is near CHUNK long
LONG, CHUNK = 6000, 3000
# where a piece may end, best first: a line break; a full stop, a question or an
# exclamation mark after a word of two letters or more (not an initial, "J. Smith"), then
# a capital or an opening quotation mark; any white space
_PIECE_ENDS = (
    re.compile(r"\n"),
    re.compile(r"(?<=[a-z0-9]{2}[.!?])[\"”’')]*\s+(?=[A-Z\"“‘])"),  # noqa: RUF001
    re.compile(r"\s"),
)


def _boundaries(text: str, start: int, end: int, language: str) -> Iterator[dict[str, int]]:
    """sentencex's sentences of text[start:end] (offsets into that slice), found piece by
    piece in a long block (LONG, CHUNK)."""
    import sentencex

    at = start
    while at < end:
        upto = end if end - at <= LONG else _piece_end(text, at, min(end, at + CHUNK))
        # an inch mark read as a quotation mark pairs the rest wrongly ('who is 6'2", said
        # … bribes. "He lied," …' ended a sentence after the next quotation's opening mark)
        for found in sentencex.get_sentence_boundaries(language, primes(text[at:upto])):
            shift = at - start
            yield {
                "start_index": int(found["start_index"]) + shift,
                "end_index": int(found["end_index"]) + shift,
            }
        at = upto


def _piece_end(text: str, start: int, limit: int) -> int:
    """Where a piece of a long block that starts at `start` ends, at `limit` at most: the
    last place in its second half where the best kind of end (`_PIECE_ENDS`) is."""
    half = start + (limit - start) // 2
    for kind in _PIECE_ENDS:
        ends = [m.end() for m in kind.finditer(text, half, limit)]
        # best outside a quotation, which sentencex keeps whole
        outside = [e for e in ends if _quotes_closed(text, start, e)]
        if outside or ends:
            return (outside or ends)[-1]
    return limit


def _quotes_closed(text: str, start: int, end: int) -> bool:
    """Whether every quotation opened in text[start:end] is closed by its end."""
    return text.count('"', start, end) % 2 == 0 and text.count("“", start, end) == text.count(
        "”", start, end
    )


def _split_after_me(
    text: str, found: Iterator[dict[str, int]], start: int
) -> Iterator[tuple[int, int]]:
    """sentencex's (start, end) pieces, each cut where a word that sentencex takes for an
    abbreviation ends a sentence:
    - "me." when a quotation opens after it: sentencex reads it as an abbreviation
      ('"…," he tells me. "The …"' is one piece), but in lower case it is the pronoun
      ("Me." is Maine's). Only before a quotation mark: inside a quotation ("… with me.
      My husband …") the quotation's pieces are cut later.
    - "May." (the month in full, or a name: never shortened) and a word in lower case
      ("fell ill.", "iron ore.", "said no.", "modern art.") before a capitalised word:
      sentencex's list of abbreviations holds these forms ("Jan. 5", "fig. 3", "no. 10"),
      which read as abbreviations before a number, not before a word that starts a
      sentence. A title ("gen. Smith"), and a form that never ends a sentence ("vs."),
      stay inside theirs. Never inside a quotation, which sentencex keeps whole (its
      sentences are cut later, with their speaker)."""
    for piece in found:
        a = start + int(piece["start_index"])
        b = start + int(piece["end_index"])
        # the quotation marks between `a` and each stop, counted once as the stops come
        # (counting them from `a` at every stop was quadratic in a long quotation), in the
        # piece with its inch marks as primes ('"We laid 12" pipes." Police said …'),
        # made at the first stop that may be missed
        first = a
        marks: _Marks | None = None
        for m in _MISSED_STOP.finditer(text, a, b):
            if not _missed_stop(m):
                continue
            if marks is None:
                marks = _Marks(primes(text[first:b]), 0)
            if not marks.open_at(m.start() - first):
                yield a, m.start(2)
                a = m.start(2)
                marks = _Marks(marks.text, m.start() - first)  # the word and stop hold none
        yield a, b


# a straight double mark right after a digit (or a digit and a foot mark): maybe an inch
# or a second mark ("the 12" pipe", "6'2"", "40" of rain"), maybe a quotation's end
# ('it came "one in 10".')
_DIGIT_MARK = re.compile("\\d['\u2019\u2032]?\"")


@functools.lru_cache(maxsize=256)
def primes(text: str) -> str:
    """The text with each straight double mark that is an inch or a second mark, not a
    quotation mark, written as a double prime (″), so that counting the marks left pairs
    the quotations; the text's length and offsets stay. A mark right after a digit (or a
    digit and a foot mark) is one when no quotation is open (a quotation never opens right
    after a digit: "the 12" pipe"), and inside one when the marks after it still close the
    quotation, an odd number of them other than such marks ('"The 12" pipe burst," she
    said.', 'He said: "We laid 12" pipes."'); else it ends the quotation ('it came "one in
    10".', '"Apollo 13" won, and "it was great," she said.')."""
    if '"' not in text or _DIGIT_MARK.search(text) is None:
        return text
    at = [m.start() for m in _STRAIGHT.finditer(text)]
    digit = [_after_digit(text, k) for k in at]
    left = digit.count(False)  # the marks still to come that are no digit's
    chars = list(text)
    open_ = False
    for k, is_digit in zip(at, digit, strict=True):
        if not is_digit:
            left -= 1
            open_ = not open_
        elif open_ and left % 2 == 0:
            open_ = False  # it closes the quotation
        else:
            chars[k] = "″"
    return "".join(chars)


_STRAIGHT = re.compile('"')
_FOOT = "'\u2019\u2032"  # a foot mark: straight, curly or a prime


def _after_digit(text: str, k: int) -> bool:
    """Whether the mark at k follows a digit, or a digit and a foot mark ("6'\"")."""
    before = text[max(0, k - 2) : k]
    return before[-1:].isdigit() or (
        len(before) == 2 and before[0].isdigit() and before[1] in _FOOT
    )


class _Marks:
    """The quotation marks of a text from `start` on, read once, up to each position asked
    for in turn: whether a quotation is open there."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.at = text, start
        self.straight = self.opening = self.closing = 0

    def open_at(self, end: int) -> bool:
        if end > self.at:
            self.straight += self.text.count('"', self.at, end)
            self.opening += self.text.count("“", self.at, end)
            self.closing += self.text.count("”", self.at, end)
            self.at = end
        return self.straight % 2 == 1 or self.opening > self.closing


def _missed_stop(m: re.Match[str]) -> bool:
    word, after = m.group(1), m.string[m.end()]
    if after in '"“':
        return word == "me"
    return word == "May" or (
        len(word) > 1 and word.islower() and word not in _TITLES and word not in _NEVER_ENDS
    )


# a word, its full stop, then a quotation mark or a capitalised word: the places sentencex
# may have missed a sentence's end (`_missed_stop` says which it did)
_MISSED_STOP = re.compile(r"(?<![^\s(\"\u201c\u2018])([A-Za-z]+)\.(\s+)(?=[\"\u201c]|[A-Z][a-z])")
# titles written before a name, in lower case in careless copy ("gen. Smith")
# fmt: off
_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "st", "mt", "ft", "gen", "gov", "sen", "rep", "col", "capt", "lt",
    "sgt", "prof", "rev", "hon", "fr", "pres", "supt", "insp", "det", "maj", "adm", "cmdr",
    "messrs",
})
_NEVER_ENDS = frozenset({"approx", "appx", "est", "incl", "excl", "vs", "ca", "cf", "esp", "viz"})
# fmt: on


# Abbreviations a sentence does not end with (in lower case: "9pm EST." may end one):
# what follows is a number or a noun phrase
_NEVER_LAST = re.compile(rf"(?:^|\s)(?:{'|'.join(sorted(_NEVER_ENDS))})\.$")
_SHORT_WORD_STOP = re.compile(r"(?:^|\s)[A-Za-z]{1,6}\.$")
# A clock time's "a.m."/"p.m." then a day or a month ("until 8 p.m. Thursday.", "at 9 a.m.
# Sept. 5"): the date of that time, not a new sentence ("Thursday's" may start one)
_CLOCK_STOP = re.compile(r"\d\s*[ap]\.m\.$", re.I)
_DATE_NEXT = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.)(?![\u2019'])"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d"
)
_TAIL = 12  # characters: longer than a space and the longest word either pattern ends in


def _goes_on(before: str, after: str) -> bool:
    if _NEVER_LAST.search(before):
        return True
    if _DATE_NEXT.match(after) and _CLOCK_STOP.search(before):
        return True
    first = after.split(None, 1)[0]
    # "iPhone sales rose." starts a sentence in lower case, with a capital inside its word
    if not first.islower():
        return False
    # "Consumer group Which? said …", "Yahoo! reported …": a name's own mark, then its verb
    return bool(_SHORT_WORD_STOP.search(before)) or before.endswith(("?", "!"))
