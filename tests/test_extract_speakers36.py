"""Who is named as a statement's speaker: a signature under a quotation that says what
the words are ("— Acme Ltd statement"), and the words that are never a name ("Nobody",
"Several"), a possessive before the speaker's title, a paragraph of quotation that goes
on from the paragraph that named its speaker. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from claimcheck.extract import Meta, extract, ingest
from claimcheck.models import ClaimFile
from tests.extracting import extracted


def page(body: str) -> str:
    return (
        "<html><head><title>River</title></head><body>"
        f"<article><h1>Fish die in the Tarn</h1>{body}</article></body></html>"
    )


def read(tmp_path: Path, html: str) -> ClaimFile:
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    doc, _ = extract(ingest.read(str(tmp_path / "page.html")), Meta())
    return doc


def left(doc: ClaimFile) -> list[tuple[str, str]]:
    text = doc.article.text or ""
    return [(i.reason, text[i.passage.start : i.passage.end]) for i in doc.left_out]


def speakers(text: str) -> dict[str, str | None]:
    return {c.text: c.hint.attributed_to if c.hint else None for c in extracted(text).claims}


def test_a_quotation_signed_as_a_statement_in_its_footer_is_its_signers(
    tmp_path: Path,
) -> None:
    quote = (
        "<p>The water company has answered the complaints.</p><blockquote><p>\u201cNo sewage "
        "was released into the river this week.\u201d</p><footer>\u2014 Tarnside Water "
        "statement</footer></blockquote><p>Anglers say the fish died on Sunday.</p>"
    )
    doc = read(tmp_path, page(quote))
    claims = {c.text: c for c in doc.claims}
    said = "Tarnside Water said: \u201cNo sewage was released into the river this week.\u201d"
    assert said in claims
    hint = claims[said].hint
    assert hint is not None and hint.attributed_to == "Tarnside Water"
    assert ("attribution", "\u2014 Tarnside Water statement") in left(doc)
    # the signature heads no section
    assert {c.section for c in doc.claims} == {None}
