"""The source prompts of the review's `s`: URL or citation, then title, then supporting
passage, each pre-filled from the first source offered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.errors import InvalidValue

if TYPE_CHECKING:
    from claimcheck.models import Claim
    from claimcheck.tui.view import ReviewView


def ask_source(view: ReviewView, claim: Claim) -> None:
    """Ask for a source for `claim` (as the review shows it) and decide it sourced.

    The URL offered is the first of the sources a refused decision had (typed, never
    saved) or else of the claim's; offered selected, so what is typed replaces it (a URL
    typed after it was glued on: `https://a.example/firsthttps://b.example`). The
    sources kept beside the new one are the claim's own, never the refused ones: a
    refused URL is saved only if the reviewer confirms it again."""
    from claimcheck.decisions import make_source, merge_sources

    offered = view.session.sources_start(claim)
    saved = list(claim.sources)
    first = offered[0] if offered else None
    url = (first.url or first.citation or "") if first else ""

    def got_value(value: str) -> None:
        value = value.strip()
        if not value:
            view.say("a sourced claim needs a source: nothing changed", "yellow")
            return
        try:
            make_source(value)
        except InvalidValue as exc:
            view.say(str(exc), "red")
            view.ask("Source URL or citation", value, got_value)
            return
        same = first is not None and value in (first.url, first.citation)
        title = (first.title or "") if same and first else ""

        def got_title(title: str) -> None:
            passage = (first.passage or "") if same and first else ""

            def got_passage(passage: str) -> None:
                source = make_source(value, title.strip() or None, passage.strip() or None)
                where = (source.url, source.citation)
                rest = [s for s in saved if (s.url, s.citation) != where]  # replaced by it
                view.decide("sourced", sources=merge_sources([source], rest))

            view.ask("Supporting passage (optional)", passage, got_passage)

        view.ask("Title (optional)", title, got_title)

    view.ask("Source URL or citation", url, got_value, select=True)
