"""English parts of speech and verb forms, from lemminflect's lexicon, loaded fast.

lemminflect (an English lemmatizer and inflector with a lexicon built from a large
corpus; pure Python, about 1 MB, no model download) knows for each word form which parts
of speech it can have and their lemmas, and for each verb its inflected forms. Loading
its two tables takes about half a second. The few fields extraction uses are written
once to a plain-text file in claimcheck's cache folder (keyed on lemminflect's data
files, found without importing it) and read from there afterwards in a fraction of that.
The file is parsed as data, never executed, and signed with the user's cache key like
every cache entry: a planted or damaged file (a cache folder shared, restored, or inside
a desk someone sent) would change what extraction cuts, so one whose signature does not
hold is rebuilt over.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import zlib
from collections.abc import Iterator
from pathlib import Path

# Lowercase particles inside a person's name ("Pieter de Vries", "Ludwig van der Berg",
# "Marie de la Cruz", "Khalid bin Salman"): part of the name wherever a name is read.
NAME_PARTICLE = r"(?:de|van|von|der|den|da|di|du|le|la|del|della|dos|das|bin|ibn)"
# what may come between a name's capitalised words, or join one: "de la ", "al-"
NAME_JOIN = rf"(?:{NAME_PARTICLE}\s+(?:{NAME_PARTICLE}\s+)?|(?:al|el)-)"

FORMAT = 3  # 2: signed; 3: each table as two columns, read with one split each
# The real file is about 1 MB compressed and 3 MB of text; anything far larger is not it.
_MAX_FILE, _MAX_TEXT = 16 << 20, 64 << 20
VERB_TAGS = ("VBD", "VBZ", "VBP")  # past, third person singular, other present


class Lexicon:
    def __init__(
        self, lemmas: dict[str, dict[str, tuple[str, ...]]], verbs: dict[str, tuple[str, str, str]]
    ) -> None:
        self.lemmas = lemmas  # word form -> {part of speech: lemmas}
        self.verbs = verbs  # verb lemma -> (past, 3rd person singular, other present)
        self.readings: dict[str, frozenset[str]] = {}  # `readings()` asked before


def _build() -> Lexicon:
    from lemminflect import Inflections, Lemmatizer

    # the tables themselves (no per-word rules); lemminflect is pinned below 0.3 for them
    table = Lemmatizer()._getLemmaDict()
    lemmas = {w: {pos: tuple(ls) for pos, ls in entry.items()} for w, entry in table.items()}
    verbs: dict[str, tuple[str, str, str]] = {}
    for lemma, forms in Inflections()._getInflDict().items():
        if all(tag in forms for tag in VERB_TAGS):
            past, third, other = (forms[tag][0] for tag in VERB_TAGS)
            verbs[lemma] = (past, third, other)
    return Lexicon(lemmas, verbs)


def _dump(lex: Lexicon) -> bytes:
    """The lexicon as four columns, one value a line, apart by NUL: the word forms, their
    entries ("POS:lemma,lemma;POS:lemma"), the verb lemmas, their forms (tab apart)."""
    entries = {
        w: ";".join(f"{p}:{','.join(ls)}" for p, ls in e.items()) for w, e in lex.lemmas.items()
    }
    columns = [
        "\n".join(entries),
        "\n".join(entries.values()),
        "\n".join(lex.verbs),
        "\n".join("\t".join(forms) for forms in lex.verbs.values()),
    ]
    if any(mark in column for column in columns for mark in ("\0", "\r")):
        raise ValueError("a word of the lexicon holds a NUL or a carriage return")
    return zlib.compress("\0".join(columns).encode("utf-8"), 6)


def _entry(raw: str) -> dict[str, tuple[str, ...]]:
    entry = {}
    for part in raw.split(";"):
        pos, _, ls = part.partition(":")
        entry[pos] = tuple(ls.split(","))
    return entry


class _Entries(dict[str, dict[str, tuple[str, ...]]]):
    """Word form -> {part of speech: lemmas}, each entry parsed from the cache file's
    text the first time it is asked for: a run asks for a few thousand of 70,000."""

    def __init__(self, raw: dict[str, str]) -> None:
        super().__init__()
        self._raw = raw

    def __missing__(self, word: str) -> dict[str, tuple[str, ...]]:
        entry = _entry(self._raw[word])  # KeyError for a word the lexicon does not know
        self[word] = entry
        return entry

    def get(self, word: str, default: object = None) -> object:  # type: ignore[override]
        try:
            return self[word]
        except KeyError:
            return default


def _parse(data: bytes) -> Lexicon:
    inflate = zlib.decompressobj()
    text = inflate.decompress(data, _MAX_TEXT)
    if inflate.unconsumed_tail or not inflate.eof:  # a bomb, or cut short
        raise ValueError("the lexicon cache is larger than a lexicon, or incomplete")
    words, entries, lemmas, forms = text.decode("utf-8").split("\0")  # ValueError if not 4
    raw = dict(zip(words.split("\n"), entries.split("\n"), strict=True))
    # ValueError for a verb without its three forms
    inflected = [(past, third, other) for past, third, other in _columns(forms)]
    verbs = dict(zip(lemmas.split("\n"), inflected, strict=True))
    return Lexicon(_Entries(raw), verbs)


def _columns(forms: str) -> Iterator[list[str]]:
    return (line.split("\t") for line in forms.split("\n"))


def _stamp() -> str:
    """Which lemminflect the tables come from: the names, sizes and times of its package's
    data files, found without importing it (a third of a second) or importlib.metadata."""
    from importlib.util import find_spec

    spec = find_spec("lemminflect")
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        raise ModuleNotFoundError("lemminflect is not installed")
    stamps = []
    for folder in (Path(folders[0]), Path(folders[0]) / "resources"):
        for path in sorted(folder.iterdir()) if folder.is_dir() else ():
            if path.is_file():
                st = path.stat()
                stamps.append(f"{path.name}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(stamps).encode()).hexdigest()[:16]


def _cache_file() -> tuple[Path, bytes] | None:
    """The cache file and the key that signs it; None without a cache folder or a key."""
    from claimcheck.cache import root_and_key

    found = root_and_key(create=True)
    if found is None:
        return None
    root, key = found
    return root / f"lexicon-{FORMAT}-lemminflect-{_stamp()}.txt.z", key


def _signature(key: bytes, name: str, blob: bytes) -> bytes:
    msg = b"lexicon\n" + name.encode() + b"\n" + blob
    return hmac.new(key, msg, hashlib.sha256).hexdigest().encode()


def _read(path: Path, key: bytes) -> Lexicon:
    from claimcheck.confine import read_signed

    blob = read_signed(path, _MAX_FILE, lambda blob: _signature(key, path.name, blob))
    if blob is None:
        raise ValueError("no lexicon cache signed with this user's key")
    return _parse(blob)


@functools.cache
def load() -> Lexicon:
    """The lexicon: from the cache file when it is there, sound and signed, else built
    (and the cache file written, if the folder is writable)."""
    found = _cache_file()
    if found is not None:
        from claimcheck import confine

        with contextlib.suppress(
            OSError, ValueError, zlib.error, UnicodeDecodeError, confine.Refused
        ):  # a planted link, FIFO, bomb or forgery is rebuilt over, never used
            return _read(*found)
    lex = _build()
    if found is not None:
        from claimcheck.cache import write_entry

        path, key = found
        blob = _dump(lex)
        if not write_entry(path, _signature(key, path.name, blob) + b"\n" + blob):
            _blocked(path)
    return lex


def _blocked(path: Path) -> None:
    """Say so when a folder stands at the cache file's name: it cannot be written over,
    so every run would rebuild the lexicon (two seconds or more) without a word."""
    import stat
    import sys

    from claimcheck.safe import clean

    try:
        if not stat.S_ISDIR(path.lstat().st_mode):
            return  # a cache folder that cannot be written: skipped, as a cache is
    except OSError:
        return
    sys.stderr.write(
        clean(
            f"Warning: {path}: a folder stands where the word lexicon is cached, so it is "
            "rebuilt on every run; remove the folder to keep it"
        )
        + "\n"
    )
    sys.stderr.flush()


def readings(word: str) -> frozenset[str]:
    """The parts of speech (UPOS) a lowercase word form can have; empty if unknown."""
    lex = load()
    found = lex.readings.get(word)
    if found is None:  # kept with the lexicon it was read from (a word is asked often)
        found = lex.readings[word] = frozenset(lex.lemmas.get(word, ()))
    return found


def lemmas(word: str, pos: str) -> tuple[str, ...]:
    """The lemmas of a word form read as part of speech `pos` ("worse", ADJ -> "bad")."""
    return load().lemmas.get(word, {}).get(pos, ())


def verb_form(lemma: str, tag: str) -> str | None:
    """A verb's form for a Penn tag among VBD, VBZ, VBP ("take", VBD -> "took")."""
    forms = load().verbs.get(lemma)
    return forms[VERB_TAGS.index(tag)] if forms else None
