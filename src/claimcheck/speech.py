"""The hint's reasons that say a claim's text is someone's words, shared by extraction,
which records them, and publishing, which names no byline as the maker of such a claim."""

from __future__ import annotations

# The hint's reasons by which extraction (extract.hints) records that a claim's text is
# someone's words, reported: a verb of saying, a named source, a quotation, an answer in
# an interview, an item of a list whose lead-in says whose it is. ClaimReview names no
# byline as the maker of such a claim; a part split from one keeps them (edits.split).
UNNAMED_SOURCE = "unnamed source: "  # "Headteachers said": a group, no one named
SPEECH_REASONS = (
    "attribution: ",
    "named source: ",
    UNNAMED_SOURCE,
    "quoted speech",
    "interview answer: ",
    "list lead-in: ",
)
