"""Finding claims' passages again in a new version of the article text.

Each passage is looked for by its quote: an exact occurrence, the one whose prefix and
suffix agree best with the old context (then the nearest to the old offset); failing
that, the closest fuzzy match of the quote (rapidfuzz), accepted above a similarity
threshold and widened to whole words. A passage found nowhere is reported, never dropped
without a word.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.models import Claim, LeftOut, Passage

FUZZY_MIN = 85.0  # rapidfuzz similarity (0-100) for a passage whose words changed a little


@dataclass
class Placed:
    claim: Claim
    exact: int = 0
    fuzzy: int = 0
    lost: int = 0
    passage_lost: bool = False  # the claim's own passage (not a merged repeat) is gone
    passage_fuzzy: bool = False  # the claim's own passage was found only approximately


def _context_score(text: str, start: int, end: int, p: Passage) -> int:
    """How many characters of the old prefix and suffix still stand around [start, end)."""
    score = 0
    before, after = text[max(0, start - len(p.prefix)) : start], text[end : end + len(p.suffix)]
    for a, b in zip(reversed(before), reversed(p.prefix), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(after, p.suffix, strict=False):
        if a != b:
            break
        score += 1
    return score


def _exact(text: str, p: Passage) -> int | None:
    hits = []
    i = text.find(p.quote)
    while i != -1:
        hits.append(i)
        i = text.find(p.quote, i + 1)
    if not hits:
        return None
    return max(
        hits, key=lambda h: (_context_score(text, h, h + len(p.quote), p), -abs(h - p.start))
    )


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def _fuzzy(text: str, p: Passage) -> tuple[int, int] | None:
    from rapidfuzz import fuzz

    found = fuzz.partial_ratio_alignment(p.quote, text, score_cutoff=FUZZY_MIN)
    if found is None or found.dest_end <= found.dest_start:
        return None
    start, end = _widen(text, found.dest_start, found.dest_end)
    # The alignment is about right; settle its ends on the word boundaries that fit best.
    near = 24
    starts = [i for i in range(max(0, start - near), start + near) if _word_start(text, i)]
    ends = [i for i in range(end - near, min(len(text), end + near) + 1) if _word_end(text, i)]
    best = max(
        ((a, b) for a in starts for b in ends if b > a),
        key=lambda span: (fuzz.ratio(p.quote, text[span[0] : span[1]]), -abs(span[0] - start)),
        default=(start, end),
    )
    return best


def _word_start(text: str, i: int) -> bool:
    return 0 <= i < len(text) and not text[i].isspace() and (i == 0 or text[i - 1].isspace())


def _word_end(text: str, i: int) -> bool:
    return (
        0 < i <= len(text)
        and not text[i - 1].isspace()
        and (i == len(text) or not text[i].isalnum())
    )


def place(text: str, p: Passage) -> tuple[Passage, str] | None:
    """The passage in `text` and how it was found ("exact" or "fuzzy"), or None."""
    start = _exact(text, p)
    if start is not None:
        return Passage.anchor(text, start, start + len(p.quote), len(p.prefix) or 32), "exact"
    span = _fuzzy(text, p)
    if span is None or not text[span[0] : span[1]].strip():
        return None
    return Passage.anchor(text, span[0], span[1], len(p.prefix) or 32), "fuzzy"


def reanchor(claims: list[Claim], text: str) -> list[Placed]:
    """Move every claim's passages into `text`; report per claim what happened."""
    results = []
    for claim in claims:
        result = Placed(claim)
        found = place(text, claim.passage)
        if found is None:
            result.lost += 1
            result.passage_lost = True
        else:
            claim.passage = found[0]
            result.passage_fuzzy = found[1] == "fuzzy"
            result.exact += found[1] == "exact"
            result.fuzzy += found[1] == "fuzzy"
        kept = []
        for other in claim.also_at:
            moved = place(text, other)
            if moved is None:
                result.lost += 1  # the caller saves nothing unless told to drop these
            else:
                kept.append(moved[0])
                result.exact += moved[1] == "exact"
                result.fuzzy += moved[1] == "fuzzy"
        claim.also_at = kept
        results.append(result)
    return results


def reanchor_left_out(items: list[LeftOut], text: str) -> list[LeftOut]:
    """The left-out passages placed in the new text; those no longer found are dropped
    (they record what extraction skipped, not a reviewer's work)."""
    kept = []
    for item in items:
        found = place(text, item.passage)
        if found is not None:
            kept.append(LeftOut(passage=found[0], reason=item.reason))
    return kept
