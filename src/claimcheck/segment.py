"""Splitting article text into paragraphs and sentences, always with exact offsets."""

from __future__ import annotations

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
    import sentencex

    held: tuple[int, int] | None = None
    for a, b in _split_after_me(
        text, sentencex.get_sentence_boundaries(language, text[start:end]), start
    ):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        # the held sentence's last few characters are all `_goes_on` reads: a paragraph
        # of abbreviations joined into one sentence is not read again at every join
        tail = max(held[0], held[1] - _TAIL) if held is not None else 0
        if held is not None and _goes_on(text[tail : held[1]], text[a:b]):
            held = (held[0], b)
            continue
        if held is not None:
            yield held
        held = (a, b)
    if held is not None:
        yield held


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
        # (counting them from `a` at every stop was quadratic in a long quotation)
        marks = _Marks(text, a)
        for m in _MISSED_STOP.finditer(text, a, b):
            if _missed_stop(m) and not marks.open_at(m.start()):
                yield a, m.start(2)
                a = m.start(2)
                marks = _Marks(text, m.start())  # the word and its stop hold no mark
        yield a, b


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
