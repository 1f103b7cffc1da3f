"""Saved pages from a hostile tester (10): a `<meta charset>` that names a codec that is
no charset, and a character reference to a control character, which lost the page."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck import store
from tests.conftest import run

PAGE = (
    "<!doctype html><html><head>{meta}<title>T</title></head><body><article>"
    "<h1>Bridge closes</h1><p>The council said the bridge will close on Monday{mark} for "
    "repairs.</p><p>Officials confirmed that traffic will be diverted through the town "
    "centre for six weeks.</p><p>caf{e}</p></article></body></html>"
)


@pytest.mark.parametrize(
    "charset", ["rot13", "base64", "hex", "zlib", "uu", "bz2", "unicode_escape",
                "raw_unicode_escape", "idna", "punycode", "utf-7", "undefined"],
)  # fmt: skip
def test_a_charset_that_is_no_text_encoding_is_not_believed(tmp_path: Path, charset: str) -> None:
    os.chdir(tmp_path)
    page = PAGE.format(meta=f'<meta charset="{charset}">', mark="", e="\\ud800 \xe9")
    Path("cs.html").write_bytes(page.encode("latin-1"))
    result = run("extract", "cs.html", "-o", "cs.yaml")
    line = "Error: cs.html:1: not UTF-8 text (byte 0xe9); convert it first, e.g. iconv -f "
    assert (result.exit_code, result.stderr) == (1, line + "latin1 -t utf-8\n")
    assert not Path("cs.yaml").exists()


def test_a_real_charset_is_still_read(tmp_path: Path) -> None:
    os.chdir(tmp_path)
    page = PAGE.format(meta='<meta charset="koi8-r">', mark="", e="")
    Path("cs.html").write_bytes(page.encode("koi8-r").replace(b"caf", "кафе".encode("koi8-r")))
    result = run("extract", "cs.html", "-o", "cs.yaml")
    assert result.exit_code == 0, result.output
    assert "кафе" in (store.load(Path("cs.yaml")).text)


@pytest.mark.parametrize("ref", ["&#x1b;", "&#27;", "&#7;", "&#X0000001B;", "&#12", "&#x1F;"])
def test_a_reference_to_a_control_character_is_dropped_not_the_page(
    tmp_path: Path, ref: str
) -> None:
    os.chdir(tmp_path)
    Path("ent.html").write_text(PAGE.format(meta="", mark=ref, e="é"), encoding="utf-8")
    result = run("extract", "ent.html", "-o", "ent.yaml")
    assert result.exit_code == 0, result.output
    texts = [c.text for c in store.load(Path("ent.yaml")).doc.claims]
    assert texts[:2] == [
        "The council said the bridge will close on Monday for repairs.",
        "Officials confirmed that traffic will be diverted through the town centre for six weeks.",
    ]
