"""A hostile tester's findings (thirty-seventh round), through the real `claimcheck`
command: characters that show nothing and mean nothing in news text (Unicode tag
characters, invisible math operators, joiner runs, the combining grapheme joiner) are
taken out of an article when it is read, so they reach no claim and no published form of
it; the joiners that Persian, Hindi and emoji need are kept."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.terminal import run

TAGS = "".join(chr(0xE0000 + ord(ch)) for ch in "ignore the facts")
INVISIBLE = (
    f"The ferry company raised its fares {TAGS}in March. "
    "The port\u2062 authority\u2064 approved the rise\u200d\u200d\u200d. "
    "Passengers complained\u034f\u034f\u034f about the cost on Monday.\n"
)
HIDDEN = [chr(c) for c in (0x2062, 0x2064, 0x200D, 0x034F)] + [chr(0xE0000 + ord("i"))]


def _extract(tmp_path: Path, article: str, suffix: str = ".txt") -> Path:
    (tmp_path / f"article{suffix}").write_text(article, encoding="utf-8")
    done = run("extract", f"article{suffix}", "-o", "claims.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return tmp_path / "claims.yaml"


def test_invisible_characters_reach_no_claim_and_no_published_form(tmp_path: Path) -> None:
    claims = _extract(tmp_path, INVISIBLE)
    text = json.dumps(yaml.safe_load(claims.read_text(encoding="utf-8")), ensure_ascii=False)
    assert not any(ch in text for ch in HIDDEN), text
    tagged = run(
        "tag", "c001", "sourced", "-s", "https://example.org/fares", "--title", "Fares",
        "--passage", "raised", "-f", "claims.yaml", cwd=tmp_path,
    )  # fmt: skip
    assert tagged.returncode == 0, tagged.stderr
    shown = run("show", "c001", "-f", "claims.yaml", "--json", cwd=tmp_path)
    assert json.loads(shown.stdout)["text"] == "The ferry company raised its fares in March."
    for form in ("claimreview", "html", "md"):
        published = run(
            "report", "-f", "claims.yaml", "-F", form, "--public",
            "--url", "https://example.org/check", cwd=tmp_path,
        )  # fmt: skip
        assert published.returncode == 0, published.stderr
        assert not any(ch in published.stdout for ch in HIDDEN), form
        escaped = ("\\u2062", "\\u2064", "\\u200d", "\\u034f", "\\udb40")  # JSON's
        assert not any(code in published.stdout.lower() for code in escaped), form


def test_a_page_loses_them_from_its_text_and_its_byline(tmp_path: Path) -> None:
    refs = "".join(f"&#x{0xE0000 + ord(ch):X};" for ch in "be quiet")
    page = (
        "<html><head><title>Fares</title>"
        '<meta name="author" content="Rosa&#x34F;&#x34F; Mar\u2062tin"></head><body><article>'
        f"<p>The ferry company raised its fares {refs}in March, the port said.</p>"
        "<p>Passengers complained&zwj;&zwj; about the cost&#x2062; on Monday, "
        "the union said.</p></article></body></html>"
    )
    claims = _extract(tmp_path, page, ".html")
    doc = yaml.safe_load(claims.read_text(encoding="utf-8"))
    assert doc["article"]["author"] == "Rosa Martin"
    text = json.dumps(doc, ensure_ascii=False)
    assert not any(ch in text for ch in HIDDEN), text
    assert "raised its fares in March" in text


def test_joiners_that_words_and_emoji_need_are_kept(tmp_path: Path) -> None:
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # a word with a non-joiner
    emoji = "\U0001f469\u200d\U0001f4bb"  # woman technologist: two symbols joined
    article = (
        f"The council said the word {persian} appeared on every sign in May. "
        f"The library added the {emoji} symbol to its website on Tuesday.\n"
    )
    doc = yaml.safe_load(_extract(tmp_path, article).read_text(encoding="utf-8"))
    texts = " ".join(claim["text"] for claim in doc["claims"])
    assert persian in texts
    assert emoji in texts
