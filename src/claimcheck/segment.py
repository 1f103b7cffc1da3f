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
    """sentencex's (start, end) pieces, each cut after "me." when a quotation opens after
    it: sentencex reads "me." as an abbreviation ('"…," he tells me. "The …"' is one piece),
    but in lower case it is the pronoun ("Me." is Maine's). Only before a quotation mark:
    inside a quotation ("… with me. My husband …") the quotation's pieces are cut later."""
    for piece in found:
        a = start + int(piece["start_index"])
        b = start + int(piece["end_index"])
        if " me. " in text[a:b]:
            for m in _ME_STOP.finditer(text, a, b):
                yield a, m.start()
                a = m.start()
        yield a, b


_ME_STOP = re.compile(r"(?<=\sme\.)\s+(?=[\"“])")


# Abbreviations a sentence does not end with (in lower case: "9pm EST." may end one):
# what follows is a number or a noun phrase
_NEVER_LAST = re.compile(r"(?:^|\s)(?:approx|appx|est|incl|excl|vs|ca|cf|esp|viz)\.$")
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
