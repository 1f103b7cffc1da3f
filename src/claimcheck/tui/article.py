"""The article around a claim: every claim's passage in its label's colour, left-out text
struck through, the current claim reversed. Rich text only (no Textual), and the cost of
a window does not grow with the number of claims in the file."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from claimcheck.safe import clean
from claimcheck.states import STATES

if TYPE_CHECKING:
    from rich.text import Text

    from claimcheck.models import ClaimFile

_STYLES = {s.name: s.style.replace("bold ", "") for s in STATES}
PENDING = "underline"
LEFT_OUT = "dim strike"
CURRENT = "bold reverse"
LEGEND = "claims in their label's colour · pending underlined · left out struck · current reversed"


class Article:
    """An index of the passages in the article text, built once per file read."""

    def __init__(self, doc: ClaimFile, text: str) -> None:
        self.text = text
        spans = [(p.start, p.end, c.id) for c in doc.claims for p in (c.passage, *c.also_at)]
        spans.sort()
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.longest = max((e - s for s, e, _ in spans), default=0)
        left = sorted((lo.passage.start, lo.passage.end) for lo in doc.left_out)
        self.left_out = left
        self.left_starts = [s for s, _ in left]
        self.left_longest = max((e - s for s, e in left), default=0)

    def covering(self, point: int) -> str | None:
        """The id of a claim whose passage holds the offset `point`, if any."""
        first = bisect_left(self.starts, point - self.longest)
        for s, e, claim_id in self.spans[first : bisect_right(self.starts, point)]:
            if s <= point < e:
                return claim_id
        return None

    def window(
        self,
        at: tuple[int, int],
        state_of: Callable[[str], str | None],
        current: str | None = None,
        around: int = 1200,
        before: int | None = None,
    ) -> tuple[Text, int]:
        """The text around offsets `at`, styled, and the line the span `at` starts on:
        `around` characters each side, or `before` characters before it (then `around`
        after it), the window starting on a line or a word.

        `state_of(claim_id)` is the state name to colour a claim's passage with (None: not
        shown, as in a blind review where colours would give decisions away)."""
        from rich.text import Text

        text = self.text
        lo = max(0, at[0] - (around if before is None else before))
        if lo > 0:
            line_start = text.rfind("\n", 0, at[0] if before is not None else lo) + 1
            # a window that starts mid-paragraph starts on a word
            lo = line_start if line_start >= lo else text.find(" ", lo, at[0]) + 1 or lo
        hi = text.find("\n", min(len(text), at[1] + around))
        hi = len(text) if hi < 0 else hi
        raw = text[lo:hi]
        shown = clean(raw)
        same = shown == raw

        def offset(point: int) -> int:
            point = max(lo, min(hi, point))
            return point - lo if same else len(clean(text[lo:point]))

        out = Text(shown)
        first = bisect_left(self.left_starts, lo - self.left_longest)
        for s, e in self.left_out[first : bisect_right(self.left_starts, hi)]:
            if e > lo:
                out.stylize(LEFT_OUT, offset(s), offset(e))
        first = bisect_left(self.starts, lo - self.longest)
        for s, e, claim_id in self.spans[first : bisect_right(self.starts, hi)]:
            if e <= lo:
                continue
            name = state_of(claim_id)
            if claim_id == current:
                style = CURRENT
            elif name is None or name == "pending":
                style = PENDING
            else:
                style = f"{_STYLES.get(name, '')} reverse".strip()
            out.stylize(style, offset(s), offset(e))
        line = shown[: offset(at[0])].count("\n")
        return out, line
