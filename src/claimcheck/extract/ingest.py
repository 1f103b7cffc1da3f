"""Reading an article: plain text, Markdown or HTML, from a file or stdin.

The result is the article text that claims will point into, plus whatever metadata the
source carries. Plain text and Markdown are kept as they are (offsets then point into the
file itself); HTML goes through trafilatura, a maintained article extractor, which drops
navigation and boilerplate and returns the article as Markdown with its headings.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from claimcheck.basics import is_future_day
from claimcheck.errors import FileMissing, InvalidValue

_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
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
    return Source(text=text, kind=kind)


def _date_in_text(html: str) -> str | None:
    """A date written in the page's text (a byline's "Published 14 May 2024"), for a page
    whose markup gives none. A bare year is no date: htmldate reads "opened in 2019" or
    "© 2023" as 1 January of that year, which would be a wrong publication date."""
    from htmldate import find_date

    found = find_date(html, extensive_search=True, original_date=True)
    return None if found is None or found.endswith("-01-01") else found


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without a BOM), CRLF and CR line ends made LF; NUL means binary."""
    if b"\x00" in data[:8192]:
        raise InvalidValue(f"{name}: binary data (NUL byte); not an article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidValue(
            f"{name}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InvalidValue(f"{name}: the article is empty")
    return text


def _html(html: str, name: str) -> Source:
    import trafilatura

    text = trafilatura.extract(
        html,
        output_format="markdown",
        include_formatting=True,
        include_comments=False,
        include_links=False,
        include_images=False,
        include_tables=False,
        favor_recall=True,
    )
    if not text or not text.strip():
        raise InvalidValue(f"{name}: no article text found in this HTML page")
    meta = trafilatura.extract_metadata(html, extensive=False)
    published = None
    notes: list[str] = []
    found = meta.date if meta is not None and meta.date else _date_in_text(html)
    if found:
        try:
            published = date.fromisoformat(str(found)[:10])
        except ValueError:
            published = None
    if published is not None and published < EARLIEST_PUBLISHED:
        notes.append(f"{name}: the page's date {published.isoformat()} is not plausible; ignored")
        published = None
    elif published is not None and is_future_day(published):
        notes.append(f"{name}: the page's date {published.isoformat()} is in the future; ignored")
        published = None
    url = _page_url(meta.url if meta is not None else None)
    return Source(
        text=text.strip("\n") + "\n",
        kind="markdown",
        title=(meta.title or None) if meta is not None else None,
        author=_people(meta.author) if meta is not None else None,
        published=published,
        url=url,
        publisher=(meta.sitename or None) if meta is not None else None,
        notes=notes,
    )


def _page_url(found: str | None) -> str | None:
    """The page's canonical URL as a claim file accepts it: spaces and other characters a
    URL may not hold percent-encoded; anything that is still no http(s) URL dropped."""
    from urllib.parse import quote

    from claimcheck.models import check_http_url

    if not found:
        return None
    url = quote(found.strip(), safe=":/?#[]@!$&'()*+,;=%~")
    try:
        return check_http_url(url)
    except ValueError:
        return None


# Words of a byline that name a job or a date line, not a person ("By Ann Lee, Staff
# Writer | Published …": trafilatura gives "Ann Lee; Staff Writer; Published").
_NOT_NAMES = re.compile(
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
