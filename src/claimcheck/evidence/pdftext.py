"""The text of a PDF snapshot, within one budget for the whole file.

A few KB of PDF can cost minutes: pages may all share one content stream, forms drawn
with `Do` run their operators again, and pypdf reads each font's character map again for
every page. So a page's content stream is counted each time a page draws it, its fonts'
character maps likewise, and every operator run, those of forms included. A long report
of text is far under both budgets; past either, the PDF is refused in one line before
any more is parsed.
"""

from __future__ import annotations

import io
from typing import Any

from claimcheck.errors import InvalidValue

MAX_PDF_CONTENT = 4 * 1024 * 1024
MAX_PDF_OPERATORS = 1_000_000


class _TooCostly(Exception):
    """A PDF past its budget (`MAX_PDF_CONTENT`, `MAX_PDF_OPERATORS`)."""


def pdf_text(body: bytes, where: str, max_text: int) -> str:
    """The text of a PDF, at most `max_text` characters, or InvalidValue in one line: an
    encrypted, unreadable or textless PDF, or one past its budget."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(body))
        if reader.is_encrypted:
            raise InvalidValue(f"{where}: the PDF is encrypted; save a copy that is not")
        _within_budget(reader)
        operators = 0

        def count(*_args: object) -> None:
            nonlocal operators
            operators += 1
            if operators > MAX_PDF_OPERATORS:
                raise _TooCostly(f"more than {MAX_PDF_OPERATORS:,} drawing operators")

        parts: list[str] = []
        size = 0
        for page in reader.pages:
            part = page.extract_text(visitor_operand_before=count) or ""
            parts.append(part)
            size += len(part)
            if size > max_text:
                break
    except InvalidValue:
        raise
    except _TooCostly as exc:
        raise InvalidValue(
            f"{where}: the PDF is too costly to read ({exc}); save the pages you need as a "
            "smaller PDF"
        ) from None
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise InvalidValue(f"{where}: not a readable PDF ({type(exc).__name__})") from None
    text = "\n".join(parts)[:max_text]
    if not text.strip():
        raise InvalidValue(f"{where}: the PDF has no text (a scan?)")
    return text


def _within_budget(reader: Any) -> None:
    """Refuse, before any page is parsed, a PDF whose pages draw more content than
    `MAX_PDF_CONTENT` bytes in all, their fonts' character maps included (a stream shared
    by pages counts once per page).
    Only decompression is done here, and pypdf keeps a shared stream's decoded bytes."""
    total = 0
    for page in reader.pages:
        contents = page.get_contents()
        if contents is not None:  # an empty stream is a falsy mapping: test for None
            total += len(contents.get_data())
        # pypdf reads each font's character map again for every page that uses it: a
        # shared map of 60,000 lines cost a second a page
        for font in _fonts(page):
            cmap = font.get("/ToUnicode")
            if cmap is not None:
                total += len(cmap.get_object().get_data())
        if total > MAX_PDF_CONTENT:
            raise _TooCostly(f"more than {MAX_PDF_CONTENT:,} bytes of page content")


def _fonts(page: Any) -> list[Any]:
    """The font dictionaries of a page's resources (none when it has no such entry)."""
    resources: Any = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    fonts: Any = resources.get("/Font") if hasattr(resources, "get") else None
    fonts = fonts.get_object() if fonts is not None else None
    if not hasattr(fonts, "values"):
        return []
    return [f.get_object() for f in fonts.values() if hasattr(f.get_object(), "get")]
