"""What the extraction tests read from a claim file: the passages left out, each with
its reason, as (reason, the article's text at the passage)."""

from __future__ import annotations

from claimcheck.models import ClaimFile


def left(doc: ClaimFile) -> list[tuple[str, str]]:
    text = doc.article.text or ""
    return [(item.reason, text[item.passage.start : item.passage.end]) for item in doc.left_out]
