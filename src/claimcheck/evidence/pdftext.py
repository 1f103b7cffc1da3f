"""The text of a PDF snapshot, within one budget for the whole file.

A few KB of PDF can cost minutes: pages may all share one content stream, forms drawn
with `Do` run their operators again, and pypdf builds each font again, character map and
widths included, for every page that uses it and for every draw of a form that uses it.
So a page's content stream is counted each time a page draws it, every operator run,
those of forms included, and the character codes each font defines (a map's range of
one line may define 99,999 codes) each time pypdf builds it. A long report of text is
far under these budgets; past one, the PDF is refused in one line: a page's own fonts
before any page is parsed, a form's fonts before the draw that would build them.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import re
from typing import Any

from claimcheck.errors import InvalidValue

MAX_PDF_CONTENT = 4 * 1024 * 1024
MAX_PDF_OPERATORS = 1_000_000
MAX_PDF_FONT_CODES = 2_000_000
# what building a font costs pypdf before its character map (its encoding, its widths),
# measured against what a code of a map costs it
FONT_BASE_CODES = 32
# pypdf refuses a character map or a widths array past 100,000 entries, before building it
_PYPDF_MAP_LIMIT = 100_000


class _TooCostly(Exception):
    """A PDF past its budget (`MAX_PDF_CONTENT`, `MAX_PDF_OPERATORS`,
    `MAX_PDF_FONT_CODES`)."""


class _Codes:
    """The character codes of the fonts pypdf builds, counted against
    `MAX_PDF_FONT_CODES`; each font's count is worked out once."""

    def __init__(self) -> None:
        self.spent = 0
        # by identity: pypdf keeps one object for each indirect object it has read; the
        # font is kept too, so that its id is not reused
        self.known: dict[int, tuple[Any, int]] = {}

    def cost(self, font: Any) -> int:
        """The codes pypdf builds for `font`, worked out once a font."""
        if id(font) not in self.known:
            self.known[id(font)] = (font, _font_codes(font))
        return self.known[id(font)][1]

    def charge(self, fonts: list[Any]) -> None:
        self.spent += sum(map(self.cost, fonts))
        if self.spent > MAX_PDF_FONT_CODES:
            raise _TooCostly(
                f"fonts of more than {MAX_PDF_FONT_CODES:,} character codes, counted each time "
                "a page or a drawn form uses them"
            )


def pdf_text(body: bytes, where: str, max_text: int) -> str:
    """The text of a PDF, at most `max_text` characters, or InvalidValue in one line: an
    encrypted, unreadable or textless PDF, or one past its budget."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(body))
        if reader.is_encrypted:
            raise InvalidValue(f"{where}: the PDF is encrypted; save a copy that is not")
        codes = _Codes()
        _within_budget(reader, codes)
        forms = _form_fonts(reader, codes)
        operators = 0

        def within() -> None:
            if operators > MAX_PDF_OPERATORS:
                raise _TooCostly(f"more than {MAX_PDF_OPERATORS:,} drawing operators")
            codes.charge([])

        def count(operator: object, operands: Any, *_matrices: object) -> None:
            nonlocal operators
            operators += 1
            if operator == b"Do" and operands:
                # pypdf is about to build the fonts of the form drawn, once a draw
                codes.charge(forms.get(str(operands[0]), []))
            # checked at every operator: pypdf logs and drops what a form raises, so a
            # refusal inside a form is raised again at the next operator, or after the
            # last page
            within()

        parts: list[str] = []
        size = 0
        for page in reader.pages:
            part = page.extract_text(visitor_operand_before=count) or ""
            parts.append(part)
            size += len(part)
            if size > max_text:
                break
        within()
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


def _within_budget(reader: Any, codes: _Codes) -> None:
    """Refuse, before any page is parsed, a PDF whose pages draw more content than
    `MAX_PDF_CONTENT` bytes in all, their fonts' character maps included (a stream shared
    by pages counts once per page), or whose fonts, those of the forms each page draws
    included, define more character codes than `codes` allows.
    Only decompression is done here, and pypdf keeps a shared stream's decoded bytes."""
    total = 0
    estimate = _Codes()
    estimate.known = codes.known
    forms: dict[int, int] = {}
    for page in reader.pages:
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""  # an empty stream is
        total += len(data)  # a falsy mapping: test for None
        # pypdf reads each font's character map again for every page that uses it: a
        # shared map of 60,000 lines cost a second a page
        fonts = _fonts(page)
        for font in fonts:
            cmap: Any = font.get("/ToUnicode")
            cmap = cmap.get_object() if cmap is not None else None
            if hasattr(cmap, "get_data"):
                total += len(cmap.get_data())
        if total > MAX_PDF_CONTENT:
            raise _TooCostly(f"more than {MAX_PDF_CONTENT:,} bytes of page content")
        codes.charge(fonts)
        # and the fonts of a form again at each draw: the draws named in the content
        # (an overcount where `Do` is in a string), to refuse before parsing; the draws
        # pypdf makes are counted as they come (`pdf_text`)
        estimate.spent += _drawn_codes(page, data, estimate, forms, set())
        estimate.charge(fonts)


_DRAW = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do(?![^\s/\[\]()<>{}%])")


def _drawn_codes(
    owner: Any, data: bytes, codes: _Codes, forms: dict[int, int], open_: set[int]
) -> int:
    """The codes of the fonts pypdf builds for the forms `data` (the content of `owner`)
    draws, forms they draw included; each form's own total is worked out once."""
    xobjects: Any = _resources(owner).get("/XObject")
    xobjects = xobjects.get_object() if xobjects is not None else None
    if not hasattr(xobjects, "get"):
        return 0
    total = 0
    for name in _DRAW.findall(data):
        ref: Any = xobjects.get("/" + name.decode("latin-1"))
        form: Any = ref.get_object() if ref is not None else None
        if not hasattr(form, "get_data") or form.get("/Subtype") != "/Form" or id(form) in open_:
            continue  # pypdf skips a form that draws itself
        if id(form) not in forms:
            open_.add(id(form))
            inner = _drawn_codes(form, form.get_data(), codes, forms, open_)
            open_.discard(id(form))
            forms[id(form)] = sum(map(codes.cost, _fonts(form))) + inner
        total += forms[id(form)]
        if total > MAX_PDF_FONT_CODES:
            break
    return total


def _fonts(owner: Any) -> list[Any]:
    """The font dictionaries of a page's or form's resources (none when it has none)."""
    return _dicts(_resources(owner).get("/Font"))


def _resources(owner: Any) -> Any:
    """The resource dictionary of a page or form (empty when it has none)."""
    resources: Any = owner.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    return resources if hasattr(resources, "get") else {}


def _dicts(entry: Any) -> list[Any]:
    """The dictionaries a resource entry (`/Font`, `/XObject`) names."""
    fonts: Any = entry
    fonts = fonts.get_object() if fonts is not None else None
    if not hasattr(fonts, "values"):
        return []
    return [f.get_object() for f in fonts.values() if hasattr(f.get_object(), "get")]


def _form_fonts(reader: Any, codes: _Codes) -> dict[str, list[Any]]:
    """For each name a form is drawn by (`/Name Do`), the fonts pypdf builds for one draw:
    those of the costliest form of that name, in any page's or form's resources. Nested
    forms are charged at their own draws. Each form and each `/XObject` dictionary is
    read once."""
    by_name: dict[str, list[Any]] = {}
    cost: dict[str, int] = {}
    seen: set[int] = set()
    todo = list(reader.pages)
    while todo:
        xobjects: Any = _resources(todo.pop()).get("/XObject")
        xobjects = xobjects.get_object() if xobjects is not None else None
        if not hasattr(xobjects, "items") or id(xobjects) in seen:
            continue
        seen.add(id(xobjects))
        for name, ref in xobjects.items():
            form = ref.get_object()
            if not hasattr(form, "get") or form.get("/Subtype") != "/Form":
                continue
            fonts = _fonts(form)
            spent = sum(map(codes.cost, fonts))
            if spent >= cost.get(str(name), 0):
                by_name[str(name)], cost[str(name)] = fonts, spent
            if id(form) not in seen:
                seen.add(id(form))
                todo.append(form)
    return by_name


def _font_codes(font: Any) -> int:
    """The character codes pypdf builds for one font: its encoding, the codes its
    character map defines (a range counts its width, not its bytes) and its widths
    (a `first last width` entry of a composite font counts its width too)."""
    total = FONT_BASE_CODES
    cmap: Any = font.get("/ToUnicode")
    cmap = cmap.get_object() if cmap is not None else None
    if hasattr(cmap, "get_data"):
        data = cmap.get_data()
        # pypdf reads every line, and builds at most its limit of codes
        total += data.count(b"\n") + data.count(b"\r")
        total += min(_map_codes(data), _PYPDF_MAP_LIMIT)
    widths = font.get("/Widths")
    widths = widths.get_object() if widths is not None else None
    if isinstance(widths, list):
        total += min(len(widths), _PYPDF_MAP_LIMIT)
    descendants = font.get("/DescendantFonts")
    descendants = descendants.get_object() if descendants is not None else None
    for descendant in descendants if isinstance(descendants, list) else []:
        descendant = descendant.get_object()
        cids = descendant.get("/W") if hasattr(descendant, "get") else None
        cids = cids.get_object() if cids is not None else None
        if isinstance(cids, list):
            total += FONT_BASE_CODES + min(_width_codes(cids), _PYPDF_MAP_LIMIT)
    return total


_BRACKETED = re.compile(rb"<([^<>]*)>")


def _map_codes(data: bytes) -> int:
    """The codes pypdf builds from a character map, read the way it reads one (line by
    line, `<...>` or bare hex words): every word of a `bfchar` or `bfrange` section, and
    the width of the range each `bfrange` line opens with. An overcount where the map is
    malformed (pypdf skips such lines), never an undercount."""
    total = 0
    ranges = False
    for line in re.split(rb"[\r\n]|(?=beginbf|endbf)", data):
        if line.startswith(b"beginbf"):
            ranges = line.startswith(b"beginbfrange")
            line = line[len(b"beginbfrange") if ranges else len(b"beginbfchar") :]
        elif line.startswith(b"endbf"):
            ranges = False
            continue
        bare = _BRACKETED.sub(lambda m: b" " + m[1].replace(b" ", b"") + b" ", line)
        words = bare.replace(b"[", b" [ ").replace(b"]", b" ] ").split()
        total += len(words)
        if ranges and len(words) >= 3 and words[2] != b"[":
            with contextlib.suppress(ValueError):  # pypdf skips the line too
                total += min(max(0, int(words[1], 16) - int(words[0], 16) + 1), _PYPDF_MAP_LIMIT)
    return total


def _width_codes(cids: list[Any]) -> int:
    """The widths a composite font's `/W` array defines: its items, and the width of each
    `first last width` entry."""
    total = len(cids)
    numbers = [c.get_object() if hasattr(c, "get_object") else c for c in cids]
    for first, last in itertools.pairwise(numbers):
        if isinstance(first, int) and isinstance(last, int) and last >= first:
            total += min(last - first + 1, _PYPDF_MAP_LIMIT)
    return total
