"""The review's two header lines (full screen and plain): the file and reviewer; where
in the walk and the counts, fitted to the screen's width with what a reviewer at
deadline needs most (pending, disputed) kept to the last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.safe import one_line, shown_path
from claimcheck.states import STATES

if TYPE_CHECKING:
    from pathlib import Path

    from rich.text import Text

    from claimcheck.review import Session

STYLES: dict[str, str] = {s.name: s.style for s in STATES}
SHORT = {"sourced": "src", "unverified": "unv", "opinion": "opin", "disputed": "disp"}
SHORT_PENDING = "pend"
# What goes first when even short labels do not fit: the least needed for finishing.
DROPPED_FIRST = ("filter", "opinion", "unverified", "sourced", "mode")

# A part of the second line: its name (for dropping), its long and short text, style.
Part = tuple[str, str, str, str]


def review_head(
    session: Session, path: Path, filter_text: str = "", width: int | None = None
) -> Text:
    """Both lines; each fits in `width` cells if given (else as long as it is)."""
    from rich.text import Text

    s = session
    out = Text()
    out.append("claimcheck review", style="bold")
    out.append(f"  {one_line(f'{shown_path(path)}  ·  {s.reviewer}')}", style="dim")
    if width is not None:
        out.truncate(width, overflow="ellipsis")
    out.append("\n")
    out.append_text(walk_line(_parts(s, filter_text), width))
    return out


def _parts(s: Session, filter_text: str) -> list[Part]:
    where = min(s.position + 1, len(s.ids))
    parts: list[Part] = [("where", f"{where} of {len(s.ids)}", f"{where}/{len(s.ids)}", "bold")]
    if filter_text:
        shown = one_line(filter_text)
        parts.append(("filter", f"filter: {shown}", f"filter: {shown}", "italic"))
    if s.mode == "blind":  # the file's tallies would betray the others' labels
        total = len(s.doc.claims)
        parts.append(
            ("mine", f"you have decided {s.mine} of {total}", f"mine {s.mine}/{total}", "")
        )
    else:
        for name, n in s.counts().items():
            short = SHORT.get(name, SHORT_PENDING if name == "pending" else name)
            parts.append((name, f"{name} {n}", f"{short} {n}", STYLES[name]))
    if s.mode != "normal":
        parts.append(("mode", s.mode, s.mode, "bold"))
    return parts


def walk_line(parts: list[Part], width: int | None) -> Text:
    """The parts, spelled out if they fit; else closer, then with short labels, then
    without the least needed ones (DROPPED_FIRST); cut only if even that is too wide."""
    from rich.text import Text

    def drawn(parts: list[Part], short: bool, sep: str) -> Text:
        line = Text()
        for i, (_name, long, brief, style) in enumerate(parts):
            if i:
                line.append(sep)
            line.append(brief if short else long, style=style)
        return line

    tries = [drawn(parts, False, "  ·  "), drawn(parts, False, " · "), drawn(parts, True, " · ")]
    tries.append(drawn(parts, True, " "))
    for name in DROPPED_FIRST:
        parts = [p for p in parts if p[0] != name]
        tries.append(drawn(parts, True, " "))
    if width is None:
        return tries[0]
    for line in tries:
        if line.cell_len <= width:
            return line
    line.truncate(width, overflow="ellipsis")
    return line
