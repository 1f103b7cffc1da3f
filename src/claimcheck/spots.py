"""A passage as a reviewer names it (a quote, or offsets), found in the article text:
what `add`, `edit`, `split` and the hand-fix of a claim file point at."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.errors import InvalidValue
from claimcheck.models import Passage, shorten
from claimcheck.words import whole_words

Span = tuple[int, int]


@dataclass(frozen=True)
class Spot:
    """A passage as a reviewer names it: a quote (with text just before or after it to
    choose among repeats), or offsets into the article text."""

    quote: str | None = None
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None


def find(text: str, spot: Spot, within: Span | None = None, *, words: bool = True) -> Passage:
    """The passage `spot` names in the article text (inside `within`, when given); offsets
    cutting a word are refused, unless not `words` (a left-out passage's own offsets)."""
    lo, hi = within if within is not None else (0, len(text))
    if spot.quote is None:
        if spot.start is None or spot.end is None:
            raise InvalidValue("give the passage as a quote, or as offsets START-END")
        start, end = spot.start, spot.end
        if start > end:
            raise InvalidValue(f"offsets {start}-{end} are reversed (the end is before the start)")
        if not lo <= start < end <= hi:
            raise InvalidValue(f"offsets {start}-{end} fall outside {_span(lo, hi, text)}")
        if words:
            whole_words(text, start, end)
    else:
        quote = spot.quote.strip()
        if not quote:
            raise InvalidValue("the quote is empty")
        hits = []
        i = text.find(quote, lo)
        while i != -1 and i + len(quote) <= hi:
            if text[:i].endswith(spot.prefix) and text.startswith(spot.suffix, i + len(quote)):
                hits.append(i)
            i = text.find(quote, i + 1)
        where = "the article" if within is None else "the passage"
        if not hits:
            raise InvalidValue(f"the quote is not in {where}: {shorten(quote)!r}")
        if len(hits) > 1:
            raise InvalidValue(
                f"the quote is in {where} {len(hits)} times: {shorten(quote)!r}; "
                "choose one with --prefix or --suffix (the text just before or after it)"
            )
        start, end = hits[0], hits[0] + len(quote)
    if not text[start:end].strip():
        raise InvalidValue(f"the passage {start}-{end} is blank")
    return Passage.anchor(text, start, end)


def _span(lo: int, hi: int, text: str) -> str:
    return "the article text" if (lo, hi) == (0, len(text)) else f"the passage ({lo}-{hi})"
