"""Finding claims' passages again in a new version of the article text.

Each passage is looked for by its quote: an exact occurrence, the one whose prefix and
suffix agree best with the old context (then the nearest to the old offset); failing
that, the closest fuzzy match of the quote (rapidfuzz), accepted above a similarity
threshold and widened to whole words. A passage found nowhere is reported, never dropped
without a word; a claim's quote found more than once, no copy keeping more of its old
context's words than the others, is placed on one but reported as ambiguous: which copy
it is about is the reviewer's to say, not a guess's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.extract import rx
from claimcheck.models import Claim, LeftOut, Passage
from claimcheck.recheck import GUESS

FUZZY_MIN = 85.0  # rapidfuzz similarity (0-100) for a passage whose words changed a little


@dataclass
class Placed:
    claim: Claim
    exact: int = 0
    fuzzy: int = 0
    lost: int = 0
    passage_lost: bool = False  # the claim's own passage (not a merged repeat) is gone
    passage_fuzzy: bool = False  # the claim's own passage was found only approximately
    # the other copies of the claim's own quote, when no copy kept more of its old context
    # than the one it was placed on (start, end): which one the claim is about is a guess
    ambiguous: list[tuple[int, int]] = field(default_factory=list)


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


# a word, or one mark of punctuation: what the context around a quote is compared in
_TOKEN = rx.compile(r"\w+|[^\w\s]")


def _kept_words(text: str, start: int, end: int, p: Passage) -> int:
    """How many words of the old context still stand around [start, end): the old
    prefix's words and marks read back from the quote and the old suffix's read on, each
    up to the first that differs; only words count ("." and a line break are around most
    quotes). The prefix's first word may be cut (it is kept by characters): it counts
    only when the text has the same whole word there."""
    before = _TOKEN.findall(text[max(0, start - len(p.prefix) - 40) : start])
    after = _TOKEN.findall(text[end : end + len(p.suffix) + 40])
    kept = 0
    for new, old in (
        (reversed(before), reversed(_TOKEN.findall(p.prefix))),
        (iter(after), iter(_TOKEN.findall(p.suffix))),
    ):
        for a, b in zip(new, old, strict=False):
            if a != b:
                break
            kept += int(a[0].isalnum() or a[0] == "_")
    return kept


def _exact(text: str, p: Passage) -> tuple[int, list[int]] | None:
    """Where the quote is: the copy that keeps most of the old context (its words, then
    its characters), then the nearest to the old offset; and the other copies when that
    is a guess: another keeps as many of the old context's words, and the old context
    does not stand whole around it (a paragraph printed twice, unchanged, is no guess)."""
    hits = []
    i = text.find(p.quote)
    while i != -1:
        hits.append(i)
        i = text.find(p.quote, i + 1)
    if not hits:
        return None
    end = len(p.quote)
    chars = {h: _context_score(text, h, h + end, p) for h in hits}
    words = {h: _kept_words(text, h, h + end, p) for h in hits} if len(hits) > 1 else {}
    best = max(hits, key=lambda h: (words.get(h, 0), chars[h], -abs(h - p.start)))
    whole = chars[best] == len(p.prefix) + len(p.suffix)
    others = [h for h in hits if h != best]
    if not whole and any(words[h] >= words[best] for h in others):
        return best, others
    return best, []


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


def place(text: str, p: Passage, others: list[int] | None = None) -> tuple[Passage, str] | None:
    """The passage in `text` and how it was found ("exact" or "fuzzy"), or None; the
    starts of the other copies of its quote go in `others` when it is a guess (_exact)."""
    found = _exact(text, p)
    if found is not None:
        start, rest = found
        if others is not None:
            others.extend(rest)
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
        others: list[int] = []
        found = place(text, claim.passage, others)
        if found is None:
            result.lost += 1
            result.passage_lost = True
        else:
            size = len(claim.passage.quote)
            result.ambiguous = [(start, start + size) for start in others]
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


def guessed(result: Placed) -> str | None:
    """What re-anchoring says of a claim placed on one of several copies of its quote,
    none in its old context (`Placed.ambiguous`): where they are and which it took. None
    for a claim placed without a guess."""
    if not result.ambiguous:
        return None
    here = result.claim.passage
    spans = sorted([(here.start, here.end), *result.ambiguous])
    places = ", ".join(f"{a}-{b}" for a, b in spans[:5]) + (", …" if len(spans) > 5 else "")
    return (
        f"{GUESS}{len(spans)} times in the new text ({places}), none in its old "
        f"context; placed at {here.start}-{here.end}"
    )


def new_passages(old: str, new: str, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a new version of the article that neither a claim nor a left-out
    passage covers (`covered`) and that the old version did not hold: what the new version
    adds, for the reviewer to see (re-anchoring moves what was there; it does not extract)."""
    from claimcheck.segment import sentences

    said = " ".join(old.split())
    covered = sorted(covered)
    found: list[tuple[int, int]] = []
    at = 0
    while at < len(new):
        cut = new.find("\n\n", at)
        end = len(new) if cut < 0 else cut
        for a, b in sentences(new, at, end):
            inside = any(x < b and a < y for x, y in covered)
            if not inside and " ".join(new[a:b].split()) not in said:
                found.append((a, b))
        at = end + 2
    return found


def reanchor_left_out(items: list[LeftOut], text: str) -> list[LeftOut]:
    """The left-out passages placed in the new text; those no longer found are dropped
    (they record what extraction skipped, not a reviewer's work)."""
    kept = []
    for item in items:
        found = place(text, item.passage)
        if found is not None:
            kept.append(LeftOut(passage=found[0], reason=item.reason))
    return kept
