"""Splitting article text into paragraphs and sentences, always with exact offsets."""

from __future__ import annotations

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
    """
    import sentencex

    for found in sentencex.get_sentence_boundaries(language, text[start:end]):
        a = start + int(found["start_index"])
        b = start + int(found["end_index"])
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            yield a, b
