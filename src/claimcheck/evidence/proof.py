"""A source's supporting passage found in a snapshot's text: exactly, else approximately."""
# ruff: noqa: RUF001 - typographic quotes and dashes are what page text holds

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the records are made only by `find`: a report reads views of them
    from claimcheck.basics import Proof, Source

# A passage is "approximately" there at this rapidfuzz score (0-100) or above: a few words
# changed, punctuation or a typo; below it, the passage is reported absent.
APPROXIMATE = 90.0

_FOLD = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "″": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "\u00ad": None,  # soft hyphen
    }
)


def normalize(text: str) -> tuple[str, list[int]]:
    """`text` case-folded, with typographic quotes and dashes made plain and each run of
    whitespace one space; and for each character of the result, its offset in `text`."""
    out: list[str] = []
    origin: list[int] = []
    space = True  # drops leading whitespace
    for i, ch in enumerate(text):
        if ch.isspace():
            if not space:
                out.append(" ")
                origin.append(i)
                space = True
            continue
        space = False
        for folded in ch.translate(_FOLD).lower():
            out.append(folded)
            origin.append(i)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    return "".join(out), origin


def find(passage: str, text: str) -> Proof:
    """Where `passage` is in `text`: offsets into `text` and how sure."""
    from claimcheck.basics import Proof

    needle, _ = normalize(passage)
    haystack, origin = normalize(text)
    if not needle or not haystack:
        return Proof(match="absent", score=0.0)
    at = haystack.find(needle)
    if at >= 0:
        return Proof(
            match="exact", score=100.0, start=origin[at], end=origin[at + len(needle) - 1] + 1
        )
    from rapidfuzz import fuzz

    found = fuzz.partial_ratio_alignment(needle, haystack)
    if found is None:
        return Proof(match="absent", score=0.0)
    score = round(found.score, 1)
    if score < APPROXIMATE or found.dest_end <= found.dest_start:
        return Proof(match="absent", score=score)
    return Proof(
        match="approximate",
        score=score,
        start=origin[found.dest_start],
        end=origin[found.dest_end - 1] + 1,
    )


def evidence_line(src: Source) -> str:
    """What a source's archived copy proves, in one line: `show`, the review and every
    report but HTML (which shows the passage in context) say it in these words."""
    snap = src.snapshot
    if snap is None:
        return "not archived"
    line = f"archived {snap.at:%Y-%m-%d} as evidence/{snap.sha256[:12]}…"
    if snap.proof is None:
        return f"{line}; passage not looked for yet (evidence verify)" if src.passage else line
    if snap.proof.match == "exact":
        return f"{line}; passage proven"
    if snap.proof.match == "approximate":
        return f"{line}; passage proven approximately (score {snap.proof.score:g})"
    return f"{line}; PASSAGE NOT IN THE SNAPSHOT (best match: score {snap.proof.score:g})"


def unproven(src: Source) -> bool:
    """A source whose supporting passage was looked for in its snapshot and not found."""
    return bool(src.snapshot and src.snapshot.proof and src.snapshot.proof.match == "absent")


def describe(proof: Proof) -> str:
    """The proof in words, for a line on the terminal."""
    if proof.match == "exact":
        return "the passage is in the snapshot"
    if proof.match == "approximate":
        return f"the passage is in the snapshot approximately (score {proof.score:g})"
    return f"the passage is NOT in the snapshot (best match: score {proof.score:g})"


# The passage in context: up to this many sentences either side, and never more than
# this many characters either side (a page of one endless sentence stays short).
CONTEXT_SENTENCES = 2
CONTEXT_CHARS = 360
MARK_CHARS = 2 * CONTEXT_CHARS  # the marked passage itself, at most
_SENTENCE_END = re.compile(r"[.!?…][\"')\]”’»]*\s+|\n\s*\n")


def holds(passage: str, marked: str, proof: Proof) -> bool:
    """Does `marked` (the recorded place in the text) hold `passage`, normalised as `find`
    compares them: the very words for an exact proof, a close enough match for an
    approximate one? A proof is a claim file's record, and claim files come from
    strangers: it decides nothing until the text bears it out."""
    needle, _ = normalize(passage)
    found, _ = normalize(marked)
    if not needle or not found:
        return False
    if proof.match == "exact":
        return found == needle
    from rapidfuzz import fuzz

    return bool(fuzz.ratio(needle, found) >= APPROXIMATE)


def span_limit(passage: str) -> int:
    """The longest place in a text that can hold `passage`: as long again for the
    whitespace a page may put between its words, and some slack."""
    return 2 * len(passage) + CONTEXT_CHARS


def context(text: str, passage: str, proof: Proof) -> tuple[str, str, str] | None:
    """The found passage in its snapshot text: (before, passage, after), each with its
    whitespace folded to single spaces; `before` and `after` hold up to
    `CONTEXT_SENTENCES` sentences, cut at a word (and marked "…") past `CONTEXT_CHARS`.
    None when the proof has no place in `text` that holds `passage` (absent, offsets that
    do not fit, or a place longer than the passage could be or holding other words)."""
    start, end = proof.start, proof.end
    if proof.match == "absent" or start is None or end is None or not 0 <= start < end:
        return None
    if end > len(text) or end - start > span_limit(passage):
        return None
    if not holds(passage, text[start:end], proof):
        return None
    # an approximate match is as long as the passage and may stop inside a word: show
    # whole words
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    lead = text[max(0, start - CONTEXT_CHARS * 2) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(lead)]
    cut = ends[-CONTEXT_SENTENCES - 1] if len(ends) > CONTEXT_SENTENCES else None
    before = lead if cut is None else lead[cut:]
    if len(before) > CONTEXT_CHARS:
        tail = before[-CONTEXT_CHARS:]
        before = "…" + tail[tail.find(" ") + 1 :] if " " in tail else "…" + tail
    trail = text[end : end + CONTEXT_CHARS * 2]
    stops = [m.end() for m in _SENTENCE_END.finditer(trail)]
    after = trail[: stops[CONTEXT_SENTENCES]] if len(stops) > CONTEXT_SENTENCES else trail
    if len(after) > CONTEXT_CHARS:
        head = after[:CONTEXT_CHARS]
        after = (head[: head.rfind(" ")] if " " in head.strip() else head) + "…"
    marked = _fold(text[start:end])
    if len(marked) > MARK_CHARS:  # a long passage is marked by its start and its end
        half = MARK_CHARS // 2
        marked = f"{marked[:half]} … {marked[-half:]}"
    return _fold(before, right=False), marked, _fold(after, left=False)


def _fold(text: str, *, left: bool = True, right: bool = True) -> str:
    """Whitespace runs as one space; the ends kept as a space only where they join the
    passage (so "word <mark>passage</mark> word" keeps its spaces)."""
    folded = " ".join(text.split())
    if not folded:
        return " " if text and not (left and right) else ""
    if not left and text[:1].isspace():
        folded = " " + folded
    if not right and text[-1:].isspace():
        folded += " "
    return folded
