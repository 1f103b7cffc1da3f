"""A hostile tester's findings (thirty-seventh round), through the real `claimcheck`
command: text a page's own inline style leaves unseen (no opacity, a font of no size,
transparent letters, placed far off the page, a box of no height that hides its overflow)
becomes no claim, as `display: none` did not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.terminal import run

SEEN = "The water board raised its charges by four percent in April, the regulator said."
ALSO_SEEN = "Customers will pay the new charges from the first of July, the board said."
FAINT = "The board's chair said the rise was fair."


@pytest.mark.parametrize(
    "style",
    [
        "opacity: 0",
        "font-size:0px",
        "color: transparent !important",
        "position:absolute; top:-5000px",
        "text-indent:-9999px",
        "max-height:0; overflow:hidden",
    ],
)
def test_text_an_inline_style_leaves_unseen_is_no_claim(tmp_path: Path, style: str) -> None:
    page = (
        "<html><head><title>Charges</title></head><body><article>"
        f'<p>{SEEN}</p><p style="{style}">The regulator was bribed by the board in May.</p>'
        f'<p style="opacity:0.8; background-color: transparent">{FAINT}</p>'
        f"<p>{ALSO_SEEN}</p></article></body></html>"
    )
    (tmp_path / "page.html").write_text(page)
    done = run("extract", "page.html", "-o", "claims.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    doc = yaml.safe_load((tmp_path / "claims.yaml").read_text())
    everything = json.dumps(doc)
    assert "bribed" not in everything
    assert SEEN in doc["article"]["text"] and ALSO_SEEN in doc["article"]["text"]
    assert FAINT in doc["article"]["text"]


@pytest.mark.parametrize(
    ("outer", "inner"),
    [("font-size:0", "font-size:16px"), ("color: transparent", "color:#222")],
)
def test_a_child_that_sets_its_own_font_or_colour_is_seen(
    tmp_path: Path, outer: str, inner: str
) -> None:
    """`font-size:0` on a container closes the gaps between inline blocks; a child with its
    own size shows (a second-look review: the whole container was dropped, silently)."""
    shown = "The regulator fined the board two million pounds in May."
    page = (
        "<html><head><title>Charges</title></head><body><article>"
        f'<p>{SEEN}</p><div style="{outer}"><p style="{inner}">{shown}</p></div>'
        f"<p>{ALSO_SEEN}</p></article></body></html>"
    )
    (tmp_path / "page.html").write_text(page)
    done = run("extract", "page.html", "-o", "claims.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    doc = yaml.safe_load((tmp_path / "claims.yaml").read_text())
    assert shown in doc["article"]["text"]
