"""Splitting article text into paragraphs and sentences, always with exact offsets."""

from __future__ import annotations


def paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) offsets of the paragraph that holds text[start:end].

    A paragraph ends at a blank line; a passage that crosses one widens to both paragraphs.
    """
    left = text.rfind("\n\n", 0, start)
    right = text.find("\n\n", end)
    return (0 if left < 0 else left + 2), (len(text) if right < 0 else right)
