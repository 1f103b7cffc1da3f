"""A source's supporting passage found in a snapshot's text: exactly, else approximately."""
# ruff: noqa: RUF001 - typographic quotes and dashes are what page text holds

from __future__ import annotations

from claimcheck.basics import Proof

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


def describe(proof: Proof) -> str:
    """The proof in words, for a line on the terminal."""
    if proof.match == "exact":
        return "the passage is in the snapshot"
    if proof.match == "approximate":
        return f"the passage is in the snapshot approximately (score {proof.score:g})"
    return f"the passage is NOT in the snapshot (best match: score {proof.score:g})"
