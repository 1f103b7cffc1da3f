"""Reading an article: plain text, Markdown or HTML, from a file or stdin.

The result is the article text that claims will point into, plus whatever metadata the
source carries. Plain text and Markdown are kept as they are (offsets then point into the
file itself); HTML goes through trafilatura, a maintained article extractor, which drops
navigation and boilerplate and returns the article as Markdown with its headings.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck.basics import is_future_day
from claimcheck.errors import FileMissing, InvalidValue
from claimcheck.extract import rx

# Comments before the page's first tag: each one ends at its own first "-->", and none is
# given back (possessive), so a run of comments with no page after them is read once, not
# once for each way of grouping them (a lazy ".*?" in a repeated group took 2^n steps)
_HTML_START = rx.compile(
    r"\A\s*+(?:<!--(?:(?!-->).)*+-->\s*+)*+<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
# A page's own date before this is a parsing accident, not when the article came out.
EARLIEST_PUBLISHED = date(1800, 1, 1)
MAX_BYTES = 10 << 20  # news articles are far smaller; 10 MB would take some 20 s to extract


@dataclass
class Source:
    text: str
    kind: str  # "text", "markdown" or "html"
    title: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    publisher: str | None = None
    notes: list[str] = field(default_factory=list)
    name: str = "the article"  # the file, for notes
    # where the page's photo captions start in `text` (after the body), when it has any
    captions_at: int | None = None


def read(path: str) -> Source:
    """Read ARTICLE (a path, or "-" for stdin) and turn it into article text."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "stdin"
    else:
        from claimcheck import confine

        p = Path(path)
        if p.is_dir():
            raise InvalidValue(f"{path}: is a folder, not an article")
        try:  # a regular file, read up to the limit: a FIFO or /dev/zero never hangs extract
            data = confine.read_regular(p, MAX_BYTES)
        except confine.Refused as exc:
            raise InvalidValue(f"{path}: {exc}; not an article") from None
        except FileNotFoundError:
            raise FileMissing(p, "article") from None
        except IsADirectoryError:
            raise InvalidValue(f"{path}: is a folder, not an article") from None
        except OSError as exc:
            raise InvalidValue(f"{path}: cannot read: {exc.strerror}") from None
        name = path
    if len(data) > MAX_BYTES:
        raise InvalidValue(f"{name}: larger than {MAX_BYTES >> 20} MB; not an article")
    text = decode(data, name)
    suffix = Path(path).suffix.lower() if path != "-" else ""
    if suffix in (".html", ".htm", ".xhtml") or _HTML_START.match(text[:4096]):
        return _html(text, name)
    kind = "markdown" if suffix in (".md", ".markdown") else "text"
    return Source(text=text, kind=kind, name=name)


# an element that holds a page's byline or date, by its class, id or itemprop
_DATED_ELEMENT = rx.compile(r"byline|dateline|date|time|publish|posted", re.I)
_ELEMENTS_READ = 5000  # a byline is near the top: a page of 100,000 dates is not read through


def _near_top(tree: Any) -> Iterator[Any]:
    """The page's first elements, in document order, without comments or processing
    instructions: where a byline, a date or a standfirst is."""
    for k, element in enumerate(tree.iter()):
        if k >= _ELEMENTS_READ:
            return
        if isinstance(element.tag, str):
            yield element


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _written_in(day: date, html: str) -> bool:
    """Whether the page writes this whole day somewhere (its markup or its text): as
    2024-03-05, 2024/03/05, 20240305, 5/3/2024, 3/5/2024, 5.3.2024, 5 March 2024 or
    March 5, 2024. A date a parser filled in from a month or an impossible day is not."""
    y, m, d = day.year, day.month, day.day
    mon = _MONTHS[m - 1]
    forms = (
        rf"{y}-{m:02d}-{d:02d}|{y}/{m:02d}/{d:02d}|{y}{m:02d}{d:02d}"
        rf"|\b0?{d}[/.-]0?{m}[/.-]{y}|\b0?{m}[/.-]0?{d}[/.-]{y}"
        rf"|\b0?{d}(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}[a-z]*\.?,?\s+{y}"
        rf"|\b{mon}[a-z]*\.?\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}"
    )
    return re.search(forms, html, re.I) is not None


def _tree(html: str) -> Any:
    """The page parsed by lxml (never fetched: lxml reads no URL it is not given), or
    None when it cannot be."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _too_deep(html: str) -> bool:
    """Whether lxml (libxml2) stops reading this page where its elements nest deeper than
    it goes (256): everything after that point, captions included, would be lost."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(collect_ids=False)
    with contextlib.suppress(etree.ParserError, ValueError):
        lxml_html.document_fromstring(html, parser=parser)
    return any(e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for e in parser.error_log)


# Elements are kept to this depth; deeper ones lose their tags, never their text.
_DEPTH_KEPT = 150
# A token of markup: a comment, CDATA, a declaration or processing instruction, or a tag
# (end, name, attributes). Each runs to its end mark or, without one, to the end of the
# page, as a browser reads it: every `<` that starts one is read once, never again from
# the next `<` (possessive quantifiers, no backtracking), so a page of unclosed tags
# ("<a <a <a …") costs one pass, not one pass for each of them. A quote opens a value
# only after `=`, as in a browser: `alt=don't` does not run on to the next apostrophe.
_TOKEN = rx.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<[!?][^>]*+(?:>|\Z)"
    r"|<(/?)([A-Za-z][^\s/>]*+)"
    r"((?:[^>\"'=]++|=\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\s>]*+)|[\"'=])*+)(?:>|\Z)",
    re.S,
)
_VOID = frozenset((
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
))  # fmt: skip
_RAW = frozenset(("script", "style", "textarea", "title", "xmp", "plaintext"))
# elements whose start closes an open <p> (and the lists and tables that close their items)
_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
))  # fmt: skip
_CLOSES_OWN = frozenset(("p", "li", "dt", "dd", "tr", "td", "th", "option"))


def shallow(html: str) -> str:
    """The page with its elements nested no deeper than the parser reads, when they nest
    deeper (a page as a site builder wrapped it, or built to hide its text): below
    `_DEPTH_KEPT` elements lose their tags and keep their text, with a `<br>` where a
    block began or ended so its sentences stay apart. An element that hides its content
    (`hidden`, `display: none`) keeps its tags however deep, unless one around it does
    already, so that what it hides is still seen as hidden and dropped. A page the parser
    reads whole is returned as it is. Linear in the page, whatever its depth."""
    if not _too_deep(html):
        return html
    out: list[str] = []
    stack: list[tuple[str, bool, bool]] = []  # (element, kept, hides)
    opened: dict[str, int] = {}  # how many of each element are open: no scan of the stack
    kept = 0
    veiled = 0  # open elements that hide their content
    at = 0
    broken = True  # a break was written (or nothing yet) since the last text
    while (m := _TOKEN.search(html, at)) is not None:
        text = html[at : m.start()]
        if text.strip() or (text and not broken):
            out.append(text)
            broken = not text.strip() and broken
        at = m.end()
        name = (m.group(2) or "").lower()
        if not name:  # a comment, a doctype, CDATA: as it is
            out.append(m.group(0))
            continue
        if m.group(1):  # an end tag: close up to its element, when it is open
            if not opened.get(name):
                out.append(m.group(0))
                continue
            while stack:
                open_, was_kept, hid = stack.pop()
                kept -= was_kept
                veiled -= hid
                opened[open_] -= 1
                if was_kept:
                    out.append(f"</{open_}>")
                elif open_ in _BLOCKS and not broken:
                    out.append("<br>")
                    broken = True
                if open_ == name:
                    break
            continue
        if stack and (
            (name in _CLOSES_OWN and stack[-1][0] == name)
            or (name in _BLOCKS and stack[-1][0] == "p")
        ):  # the open item or paragraph ends where the next begins
            open_, was_kept, hid = stack.pop()
            kept -= was_kept
            veiled -= hid
            opened[open_] -= 1
            out.append(f"</{open_}>" if was_kept else "")
        if name in _RAW:  # its content is text up to its end tag, never markup
            end = re.compile(rf"</{re.escape(name)}\s*>", re.I).search(html, at)
            stop = end.end() if end is not None else len(html)
            out.append(m.group(0) + html[at:stop])
            at = stop
            continue
        if name in _VOID or m.group(0).endswith("/>"):
            out.append(m.group(0))
            broken = broken or name == "br"
            continue
        opened[name] = opened.get(name, 0) + 1
        hides = _tag_hides(name, m.group(3))
        if kept < _DEPTH_KEPT or (hides and not veiled):
            stack.append((name, True, hides))
            kept += 1
            out.append(m.group(0))
        else:
            stack.append((name, False, hides))
            if name in _BLOCKS and not broken:
                out.append("<br>")
                broken = True
        veiled += hides
    out.append(html[at:])
    return "".join(out)


# an attribute of a start tag: its name, and its value as written (quoted or not)
_ATTRIBUTE = rx.compile(
    r"[\s/]*+([^\s/>=][^\s/>=]*+)(?:\s*+=\s*+(\"[^\"]*+\"?|'[^']*+'?|[^\s>]*+))?+"
)


# Attributes of one start tag read as the page gives them; past this many, only the first
# of each that can hide the element's text is kept. The parser (libxml2) checks each new
# attribute against every earlier one of its tag, so a tag of thousands cost their square.
_ATTRIBUTES_KEPT = 200
_ATTRIBUTES_THAT_HIDE = frozenset(("hidden", "style", "class", "aria-hidden", "id", "role"))


def attributes_capped(html: str) -> tuple[str, int]:
    """The page with no start tag of more than `_ATTRIBUTES_KEPT` attributes (past them,
    the first `hidden`, `style`, `class` … a tag has are kept, as a browser keeps the first
    of two alike), and how many tags lost some. Linear in the page: a tag that long
    cannot be shorter than its attributes, so most pages are returned at once."""
    if len(html) < 2 * _ATTRIBUTES_KEPT:
        return html, 0
    out: list[str] = []
    at = 0
    cut = 0
    for m in _TOKEN.finditer(html):
        attributes = m.group(3)
        if m.group(1) or not m.group(2) or len(attributes) < 2 * _ATTRIBUTES_KEPT:
            continue
        found = list(_ATTRIBUTE.finditer(attributes))
        if len(found) <= _ATTRIBUTES_KEPT:
            continue
        kept = [a.group().strip(" \t\n\r\f/") for a in found[:_ATTRIBUTES_KEPT]]
        seen = {a.group(1).lower() for a in found[:_ATTRIBUTES_KEPT]}
        for a in found[_ATTRIBUTES_KEPT:]:
            key = a.group(1).lower()
            if key in _ATTRIBUTES_THAT_HIDE and key not in seen:
                seen.add(key)
                kept.append(a.group().strip(" \t\n\r\f/"))
        out.append(html[at : m.start(3)])
        out.append(" " + " ".join(kept))
        out.append(">" if m.group().endswith(">") else "")
        at = m.end()
        cut += 1
    if not cut:
        return html, 0
    out.append(html[at:])
    return "".join(out), cut


def _tag_hides(name: str, attributes: str) -> bool:
    """Whether a start tag's element hides its content from readers, read as the parser
    reads it (`<p/hidden>`, `style="display:&#110;one"`): cheap for a tag without the
    words, which is nearly every one."""
    if name == "template":
        return True
    if not _MAY_HIDE.search(attributes):
        return False
    from html import unescape

    for found in _ATTRIBUTE.finditer(attributes):
        key = found.group(1).lower()
        if key == "hidden":
            return True
        if key == "style" and style_hides(unescape((found.group(2) or "").strip("\"'")), False):
            return True
    return False


def _captions(tree: Any, text: str) -> list[str]:
    """The page's photo captions that its article text lacks: `<figcaption>`, or an element
    a site marks as one (`class="wp-caption-text"`, `"amp-caption"`, `"image-caption"`).
    The extractor drops them, and a caption says something a reader saw, so it is recorded
    as left out rather than lost without a trace. A caption the body already holds, however
    the extractor wrote it (`&nbsp;`, curly quotes, *emphasis*), is not left out again."""
    found: list[str] = []
    seen: set[str] = set()
    taken: set[Any] = set()
    body = folded(text)
    read = 0
    for element in tree.iter() if tree is not None else ():
        if not isinstance(element.tag, str):
            continue  # a comment or a processing instruction
        figure = element.tag == "figcaption"
        if not figure and not _CAPTION_CLASS.search(element.get("class", "")):
            continue
        read += 1
        if read > _CAPTIONS_READ:  # each is looked for in the body: a bounded number
            break
        if any(above in taken for above in element.iterancestors()):
            continue  # inside a caption already read ("caption" > "caption-text")
        taken.add(element)
        content = element.text_content()
        if not figure and len(content) > _CAPTION_CHARS:
            continue  # a block that holds more than a caption: the article, say
        caption = " ".join(content[:_CAPTION_CHARS].split())
        same = folded(caption)
        if same and same not in body and same not in seen:
            found.append(caption)
            seen.add(same)
    return found


_CAPTION_CLASS = rx.compile(r"caption", re.I)


_TABLES_READ = 50
_CELL_CHARS = 120
_AROUND = ("nav", "header", "footer", "aside", "form")


# A standfirst (dek, strapline, summary) under the headline, by its class or id: the
# article's own words, which the extractor drops with the header around it
_STANDFIRST = rx.compile(
    r"standfirst|\bde(?:c)?k\b|sub-?title|sub-?head(?:line|ing)?|strap-?line|\bstrap\b"
    r"|article-?(?:summary|description|lede)",
    re.I,
)
_STANDFIRST_TAGS = {"p", "h2", "h3", "div", "span"}
_STANDFIRST_WORDS = 80  # one or two sentences; a longer block is no standfirst
_ARTICLE_STARTED = 20  # words of a paragraph that show the article proper has begun


def _with_standfirst(tree: Any, body: str) -> str:
    """The article text with its standfirst first, when the page has one before the
    article proper (an element whose class or id says so, outside the page's navigation,
    header boxes and footer) and the extractor dropped it: nothing of the article is lost
    without a trace. A standfirst the text already holds is not added twice."""
    if tree is None:
        return body
    for element in _near_top(tree):
        if element.tag == "p" and len(element.text_content().split()) >= _ARTICLE_STARTED:
            return body  # the article proper began: a standfirst comes before it
        if element.tag not in _STANDFIRST_TAGS:
            continue
        marks = " ".join(element.get(a, "") for a in ("class", "id"))
        if not _STANDFIRST.search(marks) or any(
            up.tag in _AROUND for up in element.iterancestors() if isinstance(up.tag, str)
        ):
            continue
        words = " ".join(element.text_content().split())
        if not words or len(words.split()) > _STANDFIRST_WORDS or folded(words) in folded(body):
            return body
        return f"{words}\n\n{body}"
    return body


def _tables(tree: Any, body: str) -> str:
    """The article text with the tables of figures the extractor dropped put back where
    they stood, one list item a row ("Bradford: Rise 9.99%, Band D bill £2,311", under
    the table's caption), so their figures reach the reviewer as claims
    instead of vanishing. A table counts when it is the article's: the text just before
    or after it is in the article text, and it holds no table. A table of figures (two
    rows or more of two short cells or more) becomes a list; any other, a box of text,
    gives its paragraphs back as paragraphs."""
    if tree is None:
        return body
    paragraphs = body.rstrip("\n").split("\n\n")
    keys: list[str] | None = None
    after: dict[int, list[str]] = {}  # paragraph (-1: before the first): tables after it
    for k, table in enumerate(tree.iter("table")):
        if k >= _TABLES_READ:
            break
        if next(table.iterdescendants("table"), None) is not None:
            continue  # a layout around tables: its innermost tables are read
        rows = _rows(table)
        keys = keys if keys is not None else [folded(paragraph) for paragraph in paragraphs]
        if rows is None:
            rows = _box(table, keys)  # a box of text the article set in a table
        if rows is None or _held(table, keys):
            continue  # the extractor kept its text (a short page read whole): not twice
        at = _where(table, keys)
        if at is not None:
            after.setdefault(at, []).append(rows)
    if not after:
        return body
    out = list(after.get(-1, ()))
    for k, paragraph in enumerate(paragraphs):
        out.append(paragraph)
        out.extend(after.get(k, ()))
    return "\n\n".join(out) + "\n"


def _box(table: Any, keys: list[str]) -> str | None:
    """The paragraphs of a table that sets text out (a fact box, a one-cell frame), which
    the extractor drops with the tables, or None when it holds none or the article text
    already has them."""
    found: list[str] = []
    for cell in table.iter("td", "th"):
        parts = [cell] if cell.find(".//p") is None else list(cell.iter("p"))
        for part in parts:
            text = " ".join(part.text_content().split())
            if text and text not in found:
                found.append(text)
    # each paragraph the article text already has is not put back twice (a short page read
    # whole has them all); one it lacks is, whatever the others (a box that opens with a
    # line the article also says lost the rest of its paragraphs)
    found = [text for text in found if not any(folded(text)[:80] in key for key in keys)]
    return "\n\n".join(found) if found else None


def _rows(table: Any) -> str | None:
    """A table of figures written as a list, or None when it is no such table."""
    from claimcheck.extract.blocks import headed_cell

    grid: list[list[str]] = []
    heads: list[str] = []
    for row in table.iter("tr"):
        cells = [cell for cell in row if cell.tag in ("td", "th")]
        texts = [" ".join(cell.text_content().split()) for cell in cells]
        if any(len(text) > _CELL_CHARS for text in texts):
            return None  # a cell that holds paragraphs: a layout
        if not heads and not grid and cells and all(cell.tag == "th" for cell in cells):
            heads = texts
        elif len([text for text in texts if text]) >= 2:
            grid.append(texts)
    if len(grid) < 2 and not (grid and heads):
        return None
    lines = []
    caption = " ".join((table.findtext("caption") or "").split())
    if caption:
        lines.append(caption + "\n")  # a heading over the rows, left out as one
    for texts in grid:
        named = [
            headed_cell(heads[k] if k < len(heads) else "", text)
            for k, text in enumerate(texts)
            if text and k > 0
        ]
        lines.append(f"- {texts[0]}: {', '.join(named)}" if texts[0] else f"- {', '.join(named)}")
    return "\n".join(lines)


def _held(table: Any, keys: list[str]) -> bool:
    """Whether the article text already holds a table's cells, every row in one paragraph
    (a short page the extractor read whole). One row is not enough: a list item above a
    table of results often says its first row in words ("Dana Lee (Labour) wins with
    31,870 votes, 41.2%"), and the whole table was lost with it."""
    held = False
    for row in table.iter("tr"):
        cells = [folded(cell.text_content()) for cell in row if cell.tag == "td"]
        cells = [cell for cell in cells if cell]
        if len(cells) >= 2:
            if not any(all(cell in key for cell in cells) for key in keys):
                return False
            held = True
    return held


def _where(table: Any, keys: list[str]) -> int | None:
    """After which paragraph of the article text a table stood (-1: before the first), or
    None when neither the text just before it nor the text just after it is the article's."""
    for above in table.iterancestors():
        if above.tag in _AROUND:
            return None
    before = _next_text(table, preceding=True)
    if before:
        for k, key in enumerate(keys):
            if before in key:
                return k
    after = _next_text(table, preceding=False)
    if after:
        for k, key in enumerate(keys):
            if after in key:
                return k - 1
    return None


def _next_text(element: Any, preceding: bool) -> str:
    """The last (or first) words of the text just before (or after) an element."""
    levels = 0
    while levels < 6:  # up the tree a few levels (a table's rows and cells not counted)
        for sibling in element.itersiblings(preceding=preceding):
            if not isinstance(sibling.tag, str):
                continue
            text = folded(sibling.text_content())
            if len(text) >= 20:
                return text[-80:] if preceding else text[:80]
        element = element.getparent()
        if element is None:
            break
        levels += element.tag not in _TABLE_PARTS
    return ""


_TABLE_PARTS = frozenset(("table", "tbody", "thead", "tfoot", "tr", "td", "th"))


# quote and dash forms a page or an extractor writes one way or another
_FOLDS = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
    }
)  # fmt: skip
# Markdown marks the extractor adds around words (*em*, **strong**, `code`, \escapes)
_MARKS = rx.compile(r"[*_`]+|\\(?=[^\w\s])")


def folded(text: str) -> str:
    """Text as a reader sees it, to compare two renderings of the same words: entities
    decoded, Markdown marks dropped, quote and dash forms folded, whitespace (also
    no-break spaces) made single spaces."""
    from html import unescape

    return " ".join(_MARKS.sub("", unescape(text).translate(_FOLDS)).split())


_CAPTIONS_READ = 200
_CAPTION_CHARS = 600


def _marked_date(tree: Any) -> date | None:
    """The date a page's byline or date element writes out whole ("By Ann Lee | 14 May
    2024", `<time datetime="2024-05-14">`), for a page whose metadata gives none. Only a
    whole day counts (never a year or a month alone, never a day filled in), and the page
    is parsed, never fetched."""
    from claimcheck.extract.blocks import byline_date, written_date

    if tree is None:
        return None
    for element in _near_top(tree):
        marks = " ".join(element.get(a, "") for a in ("class", "id", "itemprop"))
        if element.tag == "time" and (stamp := element.get("datetime", "")[:10]):
            with contextlib.suppress(ValueError):
                if len(stamp) == 10:
                    return date.fromisoformat(stamp)
        if not _DATED_ELEMENT.search(marks):
            continue
        text = " ".join(element.text_content()[:300].split())
        found = byline_date(text) or written_date(text)
        if found is not None:
            return found
    return None


def plausible(day: date | None, what: str, notes: list[str]) -> date | None:
    """The day an article was published, or None with a note when it cannot be: in the
    future, or before 1800 (a parsing accident)."""
    if day is not None and day < EARLIEST_PUBLISHED:
        notes.append(f"{what} {day.isoformat()} is not plausible; ignored")
        return None
    if day is not None and is_future_day(day):
        notes.append(f"{what} {day.isoformat()} is in the future; ignored")
        return None
    return day


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without a BOM), CRLF and CR line ends made LF; NUL means binary."""
    if b"\x00" in data[:8192]:
        from claimcheck.safe import wide_encoding, wide_text

        if (wide := wide_encoding(data)) is not None:
            raise InvalidValue(f"{name}: {wide_text(wide)}")
        raise InvalidValue(f"{name}: binary data (NUL byte); not an article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if (declared := _declared(data)) is not None:
            return decode(declared, name)
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidValue(
            f"{name}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if "\r" in text:
        # a file whose lines end in CR alone (old Mac), or a stray CR inside a line of a
        # file with LF line ends, which an editor shows as nothing or a space: a break
        # there would cut a sentence in two ("Police shot two\rprotesters on Monday.")
        cr_lines = text.count("\r") > text.count("\n")
        text = text.replace("\r", "\n" if cr_lines else " ")
    text = invisibles_dropped(escapes_dropped(text))
    if not text.strip():
        raise InvalidValue(f"{name}: the article is empty")
    return text


# Characters that show nothing and mean nothing in news text, which would reach claims and
# every published form of them (ClaimReview, the HTML report) unseen: Unicode's tag
# characters (hidden ASCII: text for a machine that no reader sees), the invisible math
# operators, the combining grapheme joiner, the word joiner and the deprecated format
# characters, a BOM inside the text, the Mongolian vowel separator, the Hangul and Khmer
# fillers; the blank Braille pattern and the Hangul fillers that draw a blank become a
# space. Kept: a whole subdivision flag (the black flag, tag letters, the cancel tag,
# drawn as England's flag), and the zero-width joiner, non-joiner and space where the
# writing needs them (see _joiner), each of which changes how its neighbours are drawn.
_INVISIBLE = rx.compile(
    "(\U0001f3f4[\U000e0030-\U000e0039\U000e0061-\U000e007a]+\U000e007f)"
    "|([\u200b-\u200d]+)"
    "|([\u2800\u3164\uffa0])"
    "|[\u034f\u115f\u1160\u17b4\u17b5\u180e\u2060-\u2064\u206a-\u206f\ufeff"
    "\U000e0000-\U000e007f]+"
)
# what a joiner may sit between: letters of scripts without case (Arabic, Persian,
# Devanagari, Thai ...), the marks that shape them, and symbols (the parts of an emoji
# sequence, "👩" ZWJ "💻"); never a space, punctuation or a Latin, Greek or Cyrillic letter
_JOINED = frozenset(("Lo", "Lm", "Mn", "Mc", "So", "Sk"))


def invisibles_dropped(text: str) -> str:
    """`text` without the invisible characters of _INVISIBLE (returned as it is, without
    a walk, when it has none)."""
    if _INVISIBLE.search(text) is None:
        return text

    def one(found: re.Match[str]) -> str:
        if found.group(1):
            return found.group(1)
        if found.group(2):
            return _joiner(text, found.start(), found.end())
        return " " if found.group(3) else ""

    return _INVISIBLE.sub(one, text)


def _joiner(text: str, start: int, end: int) -> str:
    """A run of zero-width joiners, non-joiners and spaces at text[start:end]: its first,
    inside a word of a script that needs it (Persian's non-joiner, Devanagari's joiner, a
    Thai word break) or an emoji sequence; nothing anywhere else ("li\u200dar", around a
    space), where it only hides a difference between two texts that look the same."""
    import unicodedata

    before, after = text[start - 1 : start], text[end : end + 1]
    if not before or not after or before.isascii() or after.isascii():
        return ""
    kinds = unicodedata.category(before), unicodedata.category(after)
    shaped = before == "\ufe0f" or kinds[0] in _JOINED  # U+FE0F: an emoji's look
    return text[start] if shaped and kinds[1] in _JOINED else ""


# A terminal's escape sequences, whole: CSI ("ESC [2J", "ESC [1m", 8-bit CSI), OSC and the
# other string sequences (DCS, SOS, PM, APC; "ESC ]8;;http://…" ended by BEL or ST, and the
# 8-bit OSC), an unended string's parameters up to the next space, a character-set choice
# ("ESC ( B") and the two-character ones ("ESC M", "ESC 7"), as `safe.clean` reads them;
# then a lone ESC (a space after it kept) or BEL. The page's parser, or a plain reading,
# dropped only the ESC byte and left "[2J" or "]8;;http://…" in a claim ("Ann [" as an
# author).
_TERMINAL_ESCAPE = rx.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[\]PX^_][^\s\x07\x1b]*"
    r"|\x1b[!-/]+[0-~]"
    r"|\x1b[@-Z\\^_78=>c]?"
    r"|\x07"
)
_ESCAPE_START = rx.compile(r"[\x07\x1b\x90\x98\x9b\x9d\x9e\x9f]")


def escapes_dropped(text: str) -> str:
    """`text` without terminal escape sequences, each taken out whole (a text that has no
    ESC, BEL or 8-bit introducer is returned as it is, without trying the pattern)."""
    if _ESCAPE_START.search(text) is None:
        return text
    return _TERMINAL_ESCAPE.sub("", text)


# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">
_META_CHARSET = re.compile(rb"<meta\b[^>]{0,400}?\bcharset\s*=\s*[\"']?\s*([\w.:-]{1,40})", re.I)
# labels a browser reads as windows-1252 (the WHATWG Encoding Standard), which the pages
# that declare them are written in, curly quotes and all
_WINDOWS_1252 = frozenset((
    "ascii", "us-ascii", "ansi_x3.4-1968", "cp1252", "cp819", "ibm819", "iso-8859-1",
    "iso8859-1", "iso88591", "iso_8859-1", "l1", "latin1", "windows-1252", "x-cp1252",
))  # fmt: skip


# codecs Python calls text encodings that are no charset a page is written in: escapes,
# domain names, and UTF-7 (which no browser reads a page in)
_NOT_CHARSETS = frozenset(("unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7"))


def _declared(data: bytes) -> bytes | None:
    """A saved page that is not UTF-8, read in the charset its own `<meta>` declares
    (browsers do the same) and given back as UTF-8, or None when it declares none, or one
    that is UTF-8, unknown, no text encoding (rot13, base64, zlib: a codec, not a
    charset), or does not decode it."""
    import codecs

    found = _META_CHARSET.search(data[:4096])
    if found is None:
        return None
    label = found.group(1).decode("ascii", "replace").lower()
    label = "cp1252" if label in _WINDOWS_1252 else label
    try:
        codec = codecs.lookup(label)
    except LookupError:
        return None
    if (
        not getattr(codec, "_is_text_encoding", True)
        or codec.name in _NOT_CHARSETS
        or codec.name in ("utf-8", "utf-8-sig")
        or not _HTML_START.match(data[:4096].decode("latin-1"))
    ):
        return None
    try:
        return data.decode(codec.name).encode("utf-8")
    except (UnicodeError, LookupError):  # not in it, or a lone surrogate
        return None


# two or more <br> in a row: a paragraph break, on a page that writes its paragraphs so
_BREAKS = rx.compile(r"(?:<br\s*/?>\s*){2,}", re.I)
_PARAGRAPH = rx.compile(r"<p[\s>]", re.I)


def _br_paragraphs(html: str) -> str:
    """A page whose paragraphs are runs of text between `<br><br>` (old CMSs, forums,
    table layouts) with those runs made `<p>` paragraphs: the article extractor looks for
    paragraphs, and without them reads the whole page, menu and all, as one text in which
    the headline and the byline run into the first sentence. A page that has more `<p>`
    than such breaks is left as it is."""
    breaks = len(_BREAKS.findall(html))
    if breaks < 2 or breaks <= len(_PARAGRAPH.findall(html)):
        return html
    return _BREAKS.sub("</p><p>", html)


# an embedded post (a tweet, an Instagram or TikTok post, a Bluesky or Threads one):
# the post's words, then "— Author (@handle) date"
_EMBED_CLASS = rx.compile(
    r"\b(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed"
    r"|text-post-media|x-post)\b"
)
_EMBED_DATE = rx.compile(
    r"\s*(?:on\s+)?((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}))\s*$"
)
_EMBEDS_READ = 200


def _day_month_year(day: str) -> str:
    """ "November 23, 2026" as "23 November 2026": no comma inside the lead of the
    quotation, which would end it before its speaker's verb."""
    american = re.fullmatch(r"([A-Z][a-z]{2,8}\.?)\s+(\d{1,2}),?\s+(\d{4})", day)
    return f"{american[2]} {american[1]} {american[3]}" if american else day


_WRAPPERS = {"div", "span", "figure", "section"}
_NOT_WORD = rx.compile(r"\W+")


def _posts_dropped(posts: list[tuple[str, str]], text: str, name: str) -> list[str]:
    """A note for each embedded post whose paragraph the article extractor dropped: never
    seen on the pages tried (its wrapper is replaced with it), but said, not lost without
    a trace. Compared by letters and digits alone (the Markdown output escapes marks)."""
    kept = _NOT_WORD.sub("", text)
    return [
        f"{name}: an embedded post by {who} was dropped by the page reader: {line[:120]}"
        for who, line in posts
        if _NOT_WORD.sub("", line)[:200] not in kept
    ]


def _paragraphs_dropped(tree: Any, text: str, name: str) -> list[str]:
    """A note for each paragraph of the page's article (its `<article>` or `<main>`, outside
    the boxes that are the site's) whose sentences the article extractor dropped: said,
    not lost without a trace. A paragraph of links ("Read more: …") is the site's."""
    if tree is None:
        return []
    root = next(iter(tree.xpath("(//article | //main)[1]")), None)
    if root is None:
        return []
    kept = folded(text)
    lost: list[str] = []
    for paragraph in itertools.islice(root.iter("p"), _CAPTIONS_READ):
        words = " ".join(paragraph.text_content().split())
        linked = sum(len(a.text_content()) for a in paragraph.iter("a"))
        if (
            len(words.split()) < _SENTENCE_WORDS
            or words[-1:] not in ".!?\"”'’"
            or linked * 2 > len(words)
            or any(up.tag in _SITE_PARTS or _comments(up) for up in paragraph.iterancestors())
            or folded(words) in kept
        ):
            continue
        lost.append(words)
    said = f"{name}: the page reader dropped a paragraph of the article"
    if len(lost) <= _HIDDEN_SAID:
        return [f"{said}: {words[:120]}" for words in lost]
    return [f"{said}: {len(lost):,} paragraphs, the first: {lost[0][:120]}"]


_SENTENCE_WORDS = 5
# the id or class of the readers' comments under an article ("comments", "comment-list",
# "comments-area", "respond", "disqus_thread"): the site's, however much they say
_COMMENTS = rx.compile(
    r"(?:(?:reader|user|article)[-_])?comments?(?:[-_]?(?:list|area|section|container"
    r"|wrapper|thread|block))?|commentlist|(?:comment[-_])?respond|disqus[-_]thread",
    re.I,
)


def _comments(element: Any) -> bool:
    """Whether an element is the readers' comments, by a word of its id or class (not
    "comments-open", a post's state)."""
    names = f"{element.get('id') or ''} {element.get('class') or ''}".split()
    return any(_COMMENTS.fullmatch(name) for name in names)


_SITE_PARTS = {*_AROUND, "figure", "figcaption", "blockquote", "table", "details"}


def _wrapper_of(post: Any) -> Any:
    """The outermost element that holds nothing but the post (`<div class="twitter-embed">`
    around the blockquote): the post's paragraph replaces it, since the article extractor
    drops such a wrapper, with the paragraph inside it, as an embed's chrome."""
    target = post
    while (parent := target.getparent()) is not None and parent.tag in _WRAPPERS:
        if len(parent) != 1 or (parent.text or "").strip() or (target.tail or "").strip():
            break
        target = parent
    return target


# Markup a browser never shows: a <template>, an element with the `hidden` attribute or
# an inline style of `display: none` / `visibility: hidden`. (A page's style sheets may
# hide more; only what the element itself says is read. `aria-hidden` hides from screen
# readers alone, and stays.) A page without any of these words is not parsed for them.
_MAY_HIDE = rx.compile(r"<template|hidden|style\s*=|<video|<audio|<amp-|<canvas|fallback", re.I)
# A player's fallback, which a browser shows only when it cannot play the media ("Your
# browser does not support HTML5 video."): the words inside <video>, <audio>, <canvas> and
# AMP's players, and an AMP element's `fallback` child. No reader of the article sees
# them, nor is any of the article's own text there: dropped without a word.
_FALLBACKS = (
    "//video | //audio | //canvas | //amp-video | //amp-audio | //amp-video-iframe"
    " | //amp-youtube | //amp-iframe | //*[@fallback]"
)
_HIDES = rx.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# what a browser reads past in a style: a comment (`display:/**/none`), and an escape
# (`n\6f ne`, `n\one`) for the character it stands for
_CSS_COMMENT = rx.compile(r"/\*.*?(?:\*/|\Z)", re.S)
_CSS_ESCAPE = rx.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.S)


def _escaped(found: re.Match[str]) -> str:
    if found.group(1) is None:
        return found.group(2)
    code = int(found.group(1), 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def style_hides(style: str, inherited: bool = True) -> bool:
    """Whether an inline style hides its element, as a browser reads the style; without
    `inherited`, not by a property its children may set again (a font of no size,
    transparent letters: `<div style="font-size:0"><p style="font-size:16px">`, a common
    way to close the gaps between inline blocks, shows the paragraph)."""
    if "/*" in style:
        style = _CSS_COMMENT.sub("", style)
    if "\\" in style:
        style = _CSS_ESCAPE.sub(_escaped, style)
    if _HIDES.search(style) is not None:
        return True
    if ":" not in style:
        return False
    said: dict[str, str] = {}  # each property's last value, as the browser keeps it
    for declaration in style.split(";"):
        name, colon, value = declaration.partition(":")
        if colon:
            said[name.strip().lower()] = _IMPORTANT.sub("", value).strip().lower()
    return _unseen(said, inherited)


# `!important` after a value; a length or number of none (0, 0.0, .0, 0px, 0%); a length
# far off the left or top of the page (-999px and beyond, -100em)
_IMPORTANT = rx.compile(r"!\s*important\s*\Z", re.I)
_NOTHING = rx.compile(r"[+]?(?:0+(?:\.0*)?|\.0+)(?:[a-z]{1,4}|%)?\Z")
_FAR_OFF = rx.compile(r"-(?:\d{4,}|999|\d{3,}(?:em|rem|vw|vh|%))(?:\.\d+)?(?:[a-z]{1,4}|%)?\Z")


def _unseen(said: dict[str, str], inherited: bool = True) -> bool:
    """Whether an element's own style leaves its text unseen though it is laid out: no
    opacity, a font of no size, transparent letters, placed far off the page, or a box of
    no height (or width) that hides what overflows it. (A colour or opacity that is only
    faint is read; only none at all is not.)"""
    if _NOTHING.match(said.get("opacity", "1")):
        return True
    if inherited and (
        _NOTHING.match(said.get("font-size", "1")) or said.get("color") == "transparent"
    ):
        return True
    placed = said.get("position") in ("absolute", "fixed")
    sides = ("left", "top", "right", "bottom") if placed else ()
    if any(_FAR_OFF.match(said.get(side, "")) for side in (*sides, "text-indent")):
        return True
    boxed = ("height", "max-height", "width", "max-width")
    return said.get("overflow") == "hidden" and any(_NOTHING.match(said.get(b, "1")) for b in boxed)


def _restyled_below(element: Any) -> bool:
    """Whether an element inside this one sets its own font size or colour (and so may
    show what this one's style would hide)."""
    return any(
        _RESTYLED.search(inner.get("style") or "") is not None
        for inner in element.iterdescendants()
        if inner.get("style")
    )


_RESTYLED = rx.compile(r"(?:^|;|\s)(?:font-size|font|color)\s*:", re.I)


def _hidden_parts(tree: Any) -> list[Any]:
    """The page's elements a browser does not show, in page order, none inside another
    (whose text goes with it). Linear in the page: each element's ancestors are walked
    once, whatever the number of hidden ones and their depth."""
    found = [
        element
        for element in tree.xpath("//template | //*[@hidden] | //*[@style]")
        if element.tag == "template"
        or element.get("hidden") is not None
        or (
            style_hides(style := element.get("style") or "", False)
            or (style_hides(style) and not _restyled_below(element))
        )
    ]
    inside: dict[Any, bool] = {}  # element -> whether it is in a hidden one (or is one)
    outermost = []
    for element in found:  # page order: an element after the hidden ones around it
        if element.getparent() is None:
            continue  # the page itself: what it holds is looked at one by one
        walked = []
        up = element.getparent()
        hidden = False
        while up is not None:
            if up in inside:
                hidden = inside[up]
                break
            walked.append(up)
            up = up.getparent()
        for above in walked:
            inside[above] = hidden
        inside[element] = True
        if not hidden:
            outermost.append(element)
    return outermost


@dataclass
class Hidden:
    """What `unseen_dropped` left out of a page: the first words of each part, and whether
    the page could not be read for hidden text at all."""

    parts: list[str] = field(default_factory=list)
    unchecked: bool = False

    def notes(self, name: str) -> list[str]:
        """What to say: each part a line when there are a few; one line with their count
        when there are more, for thousands of lines would bury every other message."""
        said = f"{name}: left out text the page hides from its readers"
        if self.unchecked:
            return [
                f"{name}: could not read the page's markup for text it hides from its "
                "readers: any there is among the claims"
            ]
        if len(self.parts) <= _HIDDEN_SAID:
            return [f"{said}: {words}" for words in self.parts]
        return [f"{said}: {len(self.parts):,} parts, the first: {self.parts[0]}"]


_HIDDEN_SAID = 3  # hidden parts said one a line; more are counted in one line


def unseen_dropped(html: str, dropped: Hidden | None = None) -> str:
    """The page without the text it hides from its readers, which would otherwise become
    claims a desk checks and publishes verdicts on though no reader saw them. The first
    words of each part dropped are added to `dropped.parts`, to be said, and a page whose
    markup may hide text but cannot be parsed is marked `unchecked`."""
    if not _MAY_HIDE.search(html):
        return html
    tree = _tree(html)
    if tree is None:
        if dropped is not None:
            dropped.unchecked = True
        return html
    from lxml import html as lxml_html

    removed = 0
    for element in _hidden_parts(tree):
        words = " ".join(element.text_content().split())
        if words and dropped is not None:
            dropped.parts.append(words[:120])
        element.drop_tree()  # its tail (the text after it) stays
        removed += 1
    for element in tree.xpath(_FALLBACKS):
        if element.getparent() is not None and element.text_content().strip():
            element.drop_tree()
            removed += 1
    return lxml_html.tostring(tree, encoding="unicode") if removed else html


def _block_quotes(html: str) -> tuple[Any, list[Any]] | None:
    """The page's tree and its first `_EMBEDS_READ` block quotations, listed before any is
    replaced (a wrapper replaced under the walk would end it); None if it does not parse."""
    tree = _tree(html)
    if tree is None:
        return None
    return tree, list(itertools.islice(tree.iter("blockquote"), _EMBEDS_READ))


def embedded_posts(html: str, written: list[tuple[str, str]] | None = None) -> str:
    """The page with each embedded post written as what it is, a quotation with its
    author: `Bramford Council (@BramfordDC) wrote on November 23, 2026: “We are aware …”`.
    The article extractor keeps the post's words as a paragraph of their own, which then
    read as the article's statements (a council's "we" the writer's), and its author line
    as a caption. A post whose author line is missing is left as it is. Each post written
    is added to `written` as (author, its paragraph), so that one the article extractor
    still drops can be told."""
    if not _EMBED_CLASS.search(html) or (found := _block_quotes(html)) is None:
        return html
    from lxml import html as lxml_html

    tree, posts = found
    changed = False
    for post in posts:
        if not _EMBED_CLASS.search(post.get("class", "")):
            continue
        paragraphs = [" ".join(p.text_content().split()) for p in post.iter("p")]
        words = " ".join(w for w in paragraphs if w)
        whole = " ".join(post.text_content().split())
        byline = whole[whole.find(words) + len(words) :] if words and words in whole else ""
        author = byline.strip().lstrip("—–-").strip()
        if not words or not author or len(author) > 120:
            continue
        dated = _EMBED_DATE.search(author)
        when = f" on {_day_month_year(dated.group(1))}" if dated and dated.start() > 0 else ""
        who = author[: dated.start()].strip() if dated and dated.start() > 0 else author
        quoted = words.strip('“”"')
        replacement = lxml_html.fromstring("<p></p>")
        replacement.text = f"{who} wrote{when}: “{quoted}”"
        if written is not None:
            written.append((who, replacement.text))
        target = _wrapper_of(post)
        replacement.tail = target.tail
        target.getparent().replace(target, replacement)
        changed = True
    return lxml_html.tostring(tree, encoding="unicode") if changed else html


_SIGNED = rx.compile(r"<(?:footer|cite|figcaption)\b", re.I)
_DASHES = ("—", "–", "-")


def _standing(sign: Any, quote: Any) -> bool:
    """Whether a block quotation's <footer> or <cite> stands on its own, as a signature
    does: a child of the quotation, or all of a paragraph in it. A <cite> inside a
    sentence ("according to <cite>The Times</cite> report") or inside the footer is part
    of what is around it."""
    parent = sign.getparent()
    if parent is None or any(a.tag in ("footer", "cite") for a in sign.iterancestors()):
        return False
    if parent is quote:
        return not (sign.tail or "").strip() or sign.tag == "footer"
    alone = " ".join(parent.text_content().split()) == " ".join(sign.text_content().split())
    return alone and parent.getparent() is quote


def _figure_unwrapped(quote: Any) -> bool:
    """A block quotation that is all of a `<figure>` with its `<figcaption>` (how HTML signs
    a quotation: "— Ann Lee, chair"), made a quotation and a signature under it, as one in
    text is. The article extractor drops a figure's quotation with the figure, and its
    words were lost without a trace; the caption alone was put back, as a photo's."""
    figure = quote.getparent()
    if figure is None or figure.tag != "figure":
        return False
    parts = [child for child in figure if isinstance(child.tag, str)]
    if not {child.tag for child in parts} <= {"blockquote", "figcaption"}:
        return False  # a picture with a quotation in its caption: a figure as it is
    from lxml import html as lxml_html

    figure.tag = "div"
    figure.attrib.clear()  # a class such as "pullquote" would have the extractor drop it
    for caption in (child for child in parts if child.tag == "figcaption"):
        words = " ".join(caption.text_content().split())
        sign = lxml_html.fromstring("<p></p>")
        sign.text = words if words.startswith(_DASHES) or len(words) > 120 else f"— {words}"
        figure.remove(caption)
        if words:
            quote.append(sign)  # its last line, as a <footer>'s, wherever the caption stood
    return True


def signed_quotations(html: str) -> str:
    """The page with the signature of each block quotation (its `<footer>`, or a `<cite>`
    outside one: "— Ann Lee, chair") made a paragraph of its own under the quotation,
    opening with a dash, as a quotation signed in text is. The article extractor drops a
    quotation's footer, and the words it quotes read as the article's own statement."""
    if "<blockquote" not in html.casefold() or not _SIGNED.search(html):
        return html
    if (found := _block_quotes(html)) is None:
        return html
    from lxml import html as lxml_html

    tree, quotes = found
    changed = False
    for quote in quotes:
        changed = _figure_unwrapped(quote) or changed
        for sign in list(quote.iter("footer", "cite")):
            if not _standing(sign, quote):
                continue
            words = " ".join(sign.text_content().split())
            if not words or len(words) > 120:
                continue
            replacement = lxml_html.fromstring("<p></p>")
            replacement.text = words if words.startswith(_DASHES) else f"— {words}"
            # the signature, or the paragraph it is all of (no paragraph in a paragraph)
            target = sign if sign.getparent() is quote else sign.getparent()
            replacement.tail = target.tail
            quote.replace(target, replacement)
            changed = True
    return lxml_html.tostring(tree, encoding="unicode") if changed else html


_POST_ROUNDS = 4  # posts inside posts ("post" > "post-content"): one level a round
_POST_MARKS = ("class", "id", "itemprop")


def _first_body(tree: Any) -> Any:
    """The element the article extractor first looks for as the article's body (one with
    a class such as "post" or "entry-content"), or None: its own expression, so that what
    it will pick is what is asked about."""
    try:
        from trafilatura.xpaths import BODY_XPATH
    except ImportError:  # another version of the extractor: the page is left as it is
        return None
    return next(iter(BODY_XPATH[0](tree)), None)


def _shape(element: Any) -> tuple[tuple[str, str], ...]:
    return tuple((up.tag, up.get("class", "")) for up in element.iterancestors())


def posts_unmarked(html: str) -> str:
    """The page with the marks taken off a live blog's posts (several elements of the same
    class in the same place, `<div class="post">` after `<div class="post">`), when they are
    what the article extractor takes for the article's body: it takes the first alone, and
    the other posts were lost without a trace, or read as loose lines, a list's items as
    headings. Unmarked, the posts are read as the page around them, one after another."""
    if not _MAY_BE_POST.search(html) or (tree := _tree(html)) is None:
        return html
    changed = False
    for _ in range(_POST_ROUNDS):
        first = _first_body(tree)
        if first is None or not (mark := first.get("class", "")):
            break
        shape = _shape(first)
        posts = [
            element
            for element in itertools.islice(tree.iter(first.tag), _EMBEDS_READ * 10)
            if element.get("class", "") == mark and _shape(element) == shape
        ]
        if len([post for post in posts if post.text_content().strip()]) < 2:
            break
        for post in posts:
            for key in _POST_MARKS:
                post.attrib.pop(key, None)
        changed = True
    from lxml import html as lxml_html

    return lxml_html.tostring(tree, encoding="unicode") if changed else html


_STAMP_HOLDERS = {"p", "div", "span", "time"}
_STAMP_AMONG = {"div", "section", "article", "main", "body"}  # blocks, not a sentence


def stamps_kept(html: str) -> str:
    """The page with each time stamp that stands alone in the article (a `<time>` that is
    all of its line: a live blog's "10.05 GMT" over each post) made a plain paragraph. The
    article extractor drops it, by the class a site gives it ("timestamp"), and it was in
    neither the article text nor the left-out list; as a line of its own it is left out
    as a dateline, and says which post came when."""
    if "<time" not in html.casefold() or (tree := _tree(html)) is None:
        return html
    from lxml import html as lxml_html

    changed = False
    for stamp in list(itertools.islice(tree.iter("time"), _EMBEDS_READ)):
        words = " ".join(stamp.text_content().split())
        if not words or len(words) > _STAMP_CHARS:
            continue
        block = stamp
        while (up := block.getparent()) is not None and up.tag in _STAMP_HOLDERS:
            if " ".join(up.text_content().split()) != words:
                break
            block = up
        if block.getparent() is None or block.getparent().tag not in _STAMP_AMONG:
            continue  # "peaked at <time>4am</time> on Monday": a time in a sentence
        if any(up.tag in _AROUND for up in block.iterancestors() if isinstance(up.tag, str)):
            continue
        line = lxml_html.fromstring("<p></p>")
        line.text = words
        # the stamp stays, empty, for its `datetime`: the page's date where none other is
        dated = lxml_html.fromstring("<time></time>")
        dated.attrib.update({k: v for k, v in stamp.attrib.items() if k == "datetime"})
        dated.tail = block.tail
        block.getparent().replace(block, line)
        line.addnext(dated)
        changed = True
    return lxml_html.tostring(tree, encoding="unicode") if changed else html


_STAMP_CHARS = 60  # "Wednesday 25 November 2026 10.05 GMT": a longer one is a sentence
_MAY_BE_POST = rx.compile(r"\b(?:post|entry|article|body|content|text)", re.I)


# the blocks of text a <figure> may hold besides its picture and caption: a fact box, a
# quotation, a list
_FIGURE_TEXT = ("p", "blockquote", "ul", "ol", "dl", "pre", "h2", "h3", "h4", "h5", "h6")


def figures_unwrapped(html: str) -> str:
    """The page with each `<figure>` that holds a block of text (a paragraph, a quotation,
    a list: a fact box or a quotation set out) made a plain block, its caption kept as it
    is. The article extractor drops a figure whole with its picture, and such text was
    lost without a trace; its caption is put back after the article as a photo's is."""
    if "<figure" not in html.casefold():
        return html
    tree = _tree(html)
    if tree is None:
        return html
    changed = False
    for figure in itertools.islice(tree.iter("figure"), _EMBEDS_READ):
        held = [
            block
            for block in figure.iter(*_FIGURE_TEXT)
            if block.text_content().strip()
            and not any(a.tag in ("figcaption", "table") for a in block.iterancestors())
        ]
        if held:
            figure.tag = "div"
            figure.attrib.clear()  # a class ("pullquote", "factbox") the extractor drops
            changed = True
    from lxml import html as lxml_html

    return lxml_html.tostring(tree, encoding="unicode") if changed else html


def definitions_joined(html: str) -> str:
    """The page with each definition list (`<dl>`) made paragraphs: the description
    (`<dd>`) after a term (`<dt>`) opened by the term and a colon ("Council tax: bills will
    rise by 5%"). The article extractor made each term an item of its own, which came out
    as a claim with no verb ("Council tax."); a term is only the label of what follows it.
    Several terms before one description are its label together ("Fees, charges: …"); a
    further description of the same term is a paragraph of its own; a term with no
    description after it is a line of its own (left out as a heading, never a claim)."""
    if "<dl" not in html.casefold():
        return html
    tree = _tree(html)
    if tree is None:
        return html
    dls = list(itertools.islice(tree.iter("dl"), _EMBEDS_READ))
    for dl in dls:
        terms: list[Any] = []  # the terms read since the last description
        for child in list(dl):
            if child.tag == "dt":
                terms.append(child)
            elif child.tag == "dd":
                said = (" ".join(term.text_content().split()) for term in terms)
                label = ", ".join(t for t in said if t)
                blocks = [b for b in child.iter("p") if b is not child]
                target = blocks[0] if blocks else child
                if label:
                    mark = "" if label.endswith((":", ".", "?", "!")) else ":"
                    target.text = f"{label}{mark} {(target.text or '').lstrip()}"
                for term in terms:
                    term.drop_tree()
                terms = []
                child.tag = "div" if blocks or any(True for _ in child.iter("ul", "ol")) else "p"
        for term in terms:
            term.tag = "p"  # a term with no description: a line of its own
        dl.tag = "div"
    changed = bool(dls)
    from lxml import html as lxml_html

    return lxml_html.tostring(tree, encoding="unicode") if changed else html


# a character reference: one to a control character (not tab, LF, CR) is dropped, as the
# parser drops the raw character: lxml refuses it in a text, and the page's text was lost.
# So is one to a noncharacter (U+FDD0 to U+FDEF, and the last two of every plane, U+FFFE,
# U+FFFF, U+1FFFE …): "&#xFFFE;" made the extractor give up on the whole page
_CHAR_REF = rx.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
_CONTROLS = frozenset(range(32)) - {9, 10, 13}


def _control_dropped(found: re.Match[str]) -> str:
    hexa, decimal = found.groups()
    code = int(hexa, 16) if hexa is not None else int(decimal)
    noncharacter = 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE == 0xFFFE and code <= 0x10FFFF)
    if code in (0x07, 0x1B):
        return chr(code)  # ESC, BEL: taken out whole with their sequence (escapes_dropped)
    return "" if code in _CONTROLS or noncharacter else found.group()


def _html(html: str, name: str) -> Source:
    import trafilatura

    if "&#" in html:
        html = escapes_dropped(_CHAR_REF.sub(_control_dropped, html))
    html, cut = attributes_capped(html)
    flat = shallow(html)
    deep_notes = []
    if cut:
        deep_notes.append(
            f"{name}: {'a tag has' if cut == 1 else f'{cut:,} tags have'} more than "
            f"{_ATTRIBUTES_KEPT} attributes; only the first of them were read"
        )
    if flat is not html and _too_deep(flat):  # never seen: said, not lost without a trace
        deep_notes.append(
            f"{name}: the page nests its elements too deep to read whole; "
            "text after the deepest part may be missing"
        )
    posts: list[tuple[str, str]] = []
    hidden = Hidden()
    html = signed_quotations(embedded_posts(_br_paragraphs(unseen_dropped(flat, hidden)), posts))
    html = stamps_kept(posts_unmarked(definitions_joined(figures_unwrapped(html))))

    options: dict[str, Any] = {
        "output_format": "markdown",
        "include_formatting": True,
        "include_comments": False,
        "include_links": False,
        "include_images": False,
        "include_tables": False,
        "favor_recall": True,
    }
    text = trafilatura.extract(html, **options)
    if text and "\n\n" not in text.strip():
        # One block: on a short page (under 250 characters of article) the extractor falls
        # back to the whole page's text run together, headline, captions and all, which
        # would glue the headline onto the first claim. Its own reading, kept however short,
        # has the paragraphs; the captions it drops are left out as such below.
        from trafilatura.settings import use_config

        short = use_config()
        short.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
        own = trafilatura.extract(html, config=short, **options)
        if own and "\n\n" in own.strip():
            text = own
    if not text or not text.strip():
        raise InvalidValue(f"{name}: no article text found in this HTML page")
    text = unescaped(_unemphasised(text))
    meta = trafilatura.extract_metadata(html, extensive=False)
    published = None
    notes: list[str] = deep_notes + _posts_dropped(posts, text, name)
    notes += hidden.notes(name)
    if meta is not None and meta.date:
        try:
            published = date.fromisoformat(str(meta.date)[:10])
        except ValueError:
            published = None
    published = plausible(published, f"{name}: the page's date", notes)
    if published is not None and not _written_in(published, html):
        published = None  # a day htmldate filled in ("2022-02" read as the 26th)
    tree = _tree(html)
    if published is None:
        published = plausible(_marked_date(tree), f"{name}: the page's date", notes)
    url = _page_url(meta.url if meta is not None else None)
    title = (meta.title or None) if meta is not None else None
    body = _with_standfirst(tree, _tables(tree, text.strip("\n") + "\n"))
    captions = _captions(tree, body)
    notes += _paragraphs_dropped(tree, body + "\n".join(captions), name)
    # the page's characters written as references (&#xE0041;, &zwj;) are read by now
    body, captions = invisibles_dropped(body), [invisibles_dropped(c) for c in captions]
    author = _people(meta.author) if meta is not None else None
    return Source(
        text=body + "".join(f"\n{caption}\n" for caption in captions),
        captions_at=len(body) if captions else None,
        kind="markdown",
        title=None if title is None else invisibles_dropped(title),
        author=None if author is None else invisibles_dropped(author),
        published=published,
        url=url,
        publisher=_publisher(meta.sitename if meta is not None else None, title, tree),
        notes=notes,
        name=name,
    )


# trafilatura's Markdown puts a backslash before every `*`, `_`, `` ` ``, `~`, `[`, `]` and `<`
# of the page's prose (doubling any backslashes the page had before one: an odd run is its
# escape), none inside a code span, and one before a marker that would open a block at the
# start of a paragraph or an item ("\\- ", "\\> ", "2024\\. ")
_CODE_SPAN = rx.compile(r"((?<!`)(`+)(?!`).+?(?<!`)\2(?!`))", re.S)
_ESCAPED_INLINE = rx.compile(r"(\\+)([*_`~\[\]<])")
_ESCAPED_BLOCK = rx.compile(
    r"^((?:[ \t]*(?:[-+*]|\d{1,9}[.)]|>)[ \t]+)?[ \t]{0,3})"  # a list or quote marker first
    r"(?:\\(?=>)|\\(?=[-+](?:[ \t]|$))|(\d{1,9})\\(?=[.)](?:[ \t]|$)))",
    re.M,
)


# Bold or italic text in the extractor's Markdown ("**Lead paragraph.**", "*Standfirst*"):
# not an escaped asterisk ("112\\*"), never across a line
_EMPHASIS = rx.compile(r"(?<![\\*\w])(\*{1,2})(?=[^\s*])([^*\n]*?[^\s*\\])\1(?![*\w])")


def _unemphasised(text: str) -> str:
    """The extractor's Markdown without its bold and italic marks: they are the page's
    typography, and would reach claim texts and left-out passages ("**Read more:** …"),
    or make a bold lead paragraph look like a heading."""
    return _EMPHASIS.sub(r"\2", text) if "*" in text else text


def unescaped(markdown: str) -> str:
    """trafilatura's Markdown with its escapes undone, so a claim says `112*`, `[sic]` or
    `a_b` as the page does, and a backslash the page has stays. A `#` that opens a paragraph
    keeps its backslash: without it the paragraph would read as a heading."""
    if "\\" not in markdown:
        return markdown
    parts = _CODE_SPAN.split(markdown)  # text, span, its backticks, text, …
    for k in range(0, len(parts), 3):
        parts[k] = _ESCAPED_INLINE.sub(_one_level, parts[k])
    text = "".join(part for k, part in enumerate(parts) if k % 3 != 2)
    return _ESCAPED_BLOCK.sub(r"\1\2", text)


def _one_level(found: re.Match[str]) -> str:
    run = len(found.group(1))
    if run % 2 == 0:  # the page's own backslashes before a mark trafilatura wrote
        return found.group()
    return "\\" * (run // 2) + found.group(2)


# what a page's <title> puts between the headline, the section and the site's name
_TITLE_PARTS = rx.compile(r"\s+[|\u2013\u2014\u00b7•:-]{1,2}\s+")


def _publisher(found: str | None, title: str | None, tree: Any) -> str | None:
    """The site's name. The extractor takes it from the page's `<title>` when the page does
    not name itself, and may take the headline or its section with it ("Rail fares rise |
    Business"): then the title's last part, when it is neither the headline nor held in it,
    is the site ("… | Business | Daily Meridian"), else there is none."""
    if found:
        # a site name made from the page's host keeps no user name or password of its URL
        # ("https://ann:pw@intranet.example/p" gives "ann:pw@intranet.example")
        found = _USER_AT.sub("", found)
    if not found or not title or folded(title).lower() not in folded(found).lower():
        return found or None
    page_title = tree.findtext(".//title") if tree is not None else None
    parts = _TITLE_PARTS.split(" ".join((page_title or "").split()))
    last = parts[-1].strip() if len(parts) > 1 else ""
    if not last or folded(last).lower() in folded(title).lower() or len(last) > 60:
        return None
    return last


def _page_url(found: str | None) -> str | None:
    """The page's canonical URL as a claim file accepts it: spaces and other characters a
    URL may not hold percent-encoded; anything that is still no http(s) URL dropped."""
    from urllib.parse import quote

    from claimcheck.models import check_http_url
    from claimcheck.urls import without_user

    if not found:
        return None
    url = quote(found.strip(), safe=":/?#[]@!$&'()*+,;=%~")
    try:
        return without_user(check_http_url(url))
    except ValueError:
        return None


_USER_AT = rx.compile(r"^[^\s@/]+:[^\s@/]*@(?=\S)")


# Words of a byline that name a job or a date line, not a person ("By Ann Lee, Staff
# Writer | Published …": trafilatura gives "Ann Lee; Staff Writer; Published").
_NOT_NAMES = rx.compile(
    r"\b(?:staff|writer|reporter|correspondent|editor|columnist|contributor|published|"
    r"updated|posted|agency|desk|team)\b",
    re.I,
)


def _people(author: str | None) -> str | None:
    """The page's authors, without the job titles and date words a byline gave with them."""
    if not author:
        return None
    names = [part.strip() for part in author.split(";")]
    kept = [name for name in names if name and not _NOT_NAMES.search(name)]
    return "; ".join(kept) or None
