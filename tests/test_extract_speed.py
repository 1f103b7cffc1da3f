"""The extractor's shortcuts give exactly what the full work gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import speakers
from claimcheck.extract import atomize, blocks, hints, lexicon, refer
from claimcheck.speakers import NAME_WORD

ROOT = Path(__file__).resolve().parent.parent


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern written as \\b(?:a|b c|...)\\b."""
    body = source[source.index("(?:") + 3 : source.rindex(")")]
    out, depth, part = [], 0, ""
    for ch in body:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            out.append(part)
            part = ""
        else:
            part += ch
    return [*out, part]


def _forms(word: str) -> list[str]:
    """The spellings of a pattern's word with optional letters ("needs?", "rumou?red")."""
    forms = [""]
    for letter, optional in re.findall(r"([a-z])(\??)", word):
        forms = [f + letter for f in forms] + (forms if optional else [])
    return forms


@pytest.mark.parametrize("pattern", list(hints._STARTS), ids=lambda p: p.pattern[:20])
def test_every_way_a_cue_can_start_is_listed(pattern: re.Pattern[str]) -> None:
    for alternative in _alternatives(pattern.pattern):
        alternative = re.sub(r"^\(\?-?i:", "", alternative)
        word = re.match(r"(?:[a-zA-Z]\??)+", alternative)
        assert word is not None, alternative
        rest = alternative[word.end() :]
        for first in _forms(word.group().lower()):  # "rumou?red": "rumored", "rumoured"
            assert first in hints._STARTS[pattern], alternative
            for suffix in ("s", "ed"):  # "show(?:s|ed)?"
                if re.match(rf"\(\?:(?:[a-z]+\|)*{suffix}(?:\|[a-z]+)*\)\?", rest):
                    assert first + suffix in hints._STARTS[pattern], alternative


@pytest.mark.parametrize("pattern", list(hints._LONGER), ids=lambda p: p.pattern[:20])
def test_every_phrase_a_cue_can_be_is_listed(pattern: re.Pattern[str]) -> None:
    """Each alternative is a word of `_ALONE` or has its words among `_TOGETHER`, and
    nothing else is listed."""
    alone: set[str] = set()
    together: set[frozenset[str]] = set()
    for alternative in _alternatives(pattern.pattern):
        parts = [p for p in re.split(r"[ -]", alternative) if p != "\\w+"]
        if len(parts) == 1:
            alone.update(_forms(parts[0]))
            continue
        spelled: list[list[str]] = [[]]
        for part in parts:
            spelled = [[*s, f] for s in spelled for f in _forms(part)]
        together.update(frozenset(s) for s in spelled)
    assert alone == hints._ALONE[pattern]
    assert together == set(hints._TOGETHER[pattern])


# words of the cue patterns, near misses of them, and plain words, joined by spaces,
# punctuation and quotation marks, in any case
_VOCABULARY = sorted(
    {w for p in [*hints._STARTS, *hints._NEEDS] for w in re.findall(r"[a-z]+", p.pattern)}
    | {"seems", "needs", "claims", "shows", "showed", "we\u2019ve", "we're", "ferry", "é", "naïve"}
    | {"ann", "lee", "ministry", "police"}  # names, when title case
    | hints._NUMBER_WORDS
    | hints._DATE_WORDS
    | {"hundredth", "mayor", "1999", "2024", "20245", "3.5", "1,200", "x9", "-4", "\u0663"}
)
_JOINS = [" ", " ", ", ", ". ", "\u2019", "'", "\u201c", "\u201d", '"', "-", "_", "1"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_VOCABULARY),
            st.sampled_from(["lower", "upper", "title"]),
            st.sampled_from(_JOINS),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_the_hint_is_the_same_with_or_without_the_word_shortcut(
    parts: list[tuple[str, str, str]],
) -> None:
    text = "".join(getattr(w, case)() + join for w, case, join in parts)
    assert hints.hint(text) == _full_hint(text)


def test_every_verb_a_source_before_it_needs_is_listed() -> None:
    verbs = re.findall(r"\(\?:(reported\|[a-z|]+)\)", hints.SOURCE_BEFORE.pattern)
    assert len(verbs) == 1
    assert set(verbs[0].split("|")) == hints._NEEDS[hints.SOURCE_BEFORE]


@pytest.mark.parametrize(
    "text",
    [
        "According to the finance ministry, debt rose.",
        "Debt rose, as reported by the Daily Mail.",
        "Data from the Office for National Statistics show a fall.",
        "The Met Office said rain would come.",
        "Ukrainian intelligence reported nearly 100 attacks.",
        "Ada Ruiz has warned of floods.",
    ],
)
def test_a_named_source_is_found_with_the_word_shortcut(text: str) -> None:
    assert hints.hint(text).attributed_to is not None
    assert hints.hint(text) == _full_hint(text)


def _full_hint(text: str) -> object:
    saved = hints._words_in
    hints._words_in = lambda _text: None  # type: ignore[assignment]
    try:
        return hints.hint(text)
    finally:
        hints._words_in = saved


def test_the_hints_of_the_seed_article_are_the_same_without_the_shortcut() -> None:
    text = (ROOT / "data/article.txt").read_text()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    assert len(sentences) > 40
    for sentence in sentences:
        assert hints.hint(sentence) == _full_hint(sentence), sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He said that the plan, which failed, cost more", True),
        ("He said that the plan failed, and it cost more", False),
        ("The plan failed, and it cost more", False),
        ("That plan failed, and it cost more", False),
    ],
)
def test_an_open_that_complement(sentence: str, expected: bool) -> None:
    """Open at the first comma: after "that" and before the complement's verb."""
    assert atomize._Sentence(sentence).open_that(sentence.index(",")) is expected


def test_the_lazy_word_index_answers_as_a_full_one() -> None:
    sentence = "The mayor, who said that the pier had been sold, and the council agreed, left"
    commas = [m.start() for m in re.finditer(",", sentence)]
    lazy, full = atomize._Sentence(sentence), atomize._Sentence(sentence)
    full._read(len(full.starts))  # everything read first
    for x in [*commas, *reversed(commas), len(sentence)]:
        assert lazy.verb_before(x) == full.verb_before(x)
        assert lazy.open_that(x) == full.open_that(x)
        assert lazy.last_verb_end(x) == full.last_verb_end(x)


_READER_WORDS = sorted(
    {
        w
        for p in (atomize.READER_START, atomize.READER_INSIDE)
        for w in re.findall(r"[a-z]+", p.pattern)
    }
    | {"the", "ferry", "don\u2019t", "you\u2019ll", "mayor"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_READER_WORDS), min_size=1, max_size=10), st.booleans())
def test_the_reader_patterns_split_in_two_say_what_one_pattern_says(
    found: list[str], title: bool
) -> None:
    inside = re.compile(atomize.READER_INSIDE.pattern, re.I)  # searched without a pre-check
    text = " ".join(found)
    text = text.title() if title else text
    start = atomize.READER_START.match(text)
    # "Share prices fell": a word that also tells the reader heads a noun phrase
    opening = start is not None and not atomize._noun_after_all(text, start.end())
    assert atomize.speaks_to_reader(text) == bool(opening or inside.search(text))


_ATTRIBUTION_VOCABULARY = sorted(
    set(re.findall(r"[a-z]{3,}", atomize.REPORTING))
    | {
        "according",
        "the",
        "board",
        "to",
        "as",
        "by",
        "has",
        "had",
        "on",
        "friday",
        "ann",
        "lee",
        "that",
    }
    # near misses, and letters IGNORECASE folds to ASCII ones
    | {"saidx", "xsaid", "reporter", "according2", "\u017faid", "\u212a"}
)


_TRAILERS = ["", ".", " on Friday.", " last week", "_", "1", "\u2019s", " that it", ", he", " by X"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_ATTRIBUTION_VOCABULARY), max_size=4),
    st.sampled_from(["", "As ", "according to ", "_"]),
    st.sampled_from(_ATTRIBUTION_VOCABULARY),
    st.sampled_from(_TRAILERS),
    st.sampled_from(["lower", "title", "upper"]),
)
def test_the_word_shortcut_never_turns_away_a_bare_attribution(
    before: list[str], opening: str, word: str, trailer: str, case: str
) -> None:
    piece = getattr(opening + " ".join([*before, word]) + trailer, case)()
    assert atomize._BARE_ATTRIBUTION.fullmatch(piece) is None or atomize._may_attribute(piece)


@pytest.mark.parametrize(
    "piece",
    ["the ABI said.", "according to the police", "as the report states", "Ann Lee told reporters"],
)
def test_bare_attributions_pass_the_word_shortcut(piece: str) -> None:
    assert atomize.is_bare_attribution(piece)


_CREDIT_WORDS = ["Photo", "Picture", "credit", "Getty", "Images", "AP", "PA", "Wire", "EPA", "AFP"]
_CREDIT_PARTS = [*_CREDIT_WORDS, "Shutterstock", "REUTERS", "Ann Lee", "the", "map", "paper"]
# and between them: curly quotes and dashes (most lines of a page are not ASCII), the long
# s and the Kelvin sign (IGNORECASE's "s" and "k"), a dotted capital I
_CREDIT_SEPARATORS = [
    " ", " ", " ", ": ", "/", " - ", "(", ")", " | ", ".", "\u017f", "_",
    " \u2014 ", "\u2019", "\u201c", "\u212a", "\u0130",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_CREDIT_PARTS),
            st.sampled_from(_CREDIT_SEPARATORS),
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["lower", "upper", "title"]),
)
def test_a_credit_is_never_skipped_by_the_word_shortcut(
    parts: list[tuple[str, str]], case: str
) -> None:
    tail = getattr("".join(w + sep for w, sep in parts), case)()
    assert blocks._CREDIT.search(tail) is None or blocks._may_credit(tail)
    tail = tail.replace(":", " ").replace("/", " ")  # the words alone
    assert blocks._CREDIT.search(tail) is None or blocks._may_credit(tail)


_LEAD_PARTS = [
    "The figures are", "the following", "FOLLOWING", "as follows", "the Following three",
    "follows", "figures", "re\u017fults", ":", ".", ". ", "\u201d", "'", "*", "_", ")", " ", "\n",
    "\u0130", "\u212a", "All rights reserved", "ALL  RIGHTS\nRESERVED", "re\u017ferved", "\u00a9",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LEAD_PARTS), max_size=12).map("".join))
def test_a_lead_in_is_found_with_the_cheap_test_as_by_its_pattern(line: str) -> None:
    """leads_list's test for a colon or "follow" first turns away no line its pattern
    finds; the copyright notice looked for apart finds what it found inside _CHROME."""
    assert blocks.leads_list(line) == (blocks._LEADS_LIST.search(line.rstrip()[-80:]) is not None)
    notice = re.compile(r"^(?:.*\ball\s+rights\s+reserved\b.*)$", re.I)
    if notice.match(blocks.strip_marks(line)):
        assert blocks.is_chrome(line)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_a_blocks_key_is_its_words_joined(text: str) -> None:
    """The same as the text with every run of non-word characters made one space."""
    assert blocks.key(text) == " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


@pytest.mark.parametrize(
    "credit", ["Getty Images", "Shutterstock", "AFP", "AP Photo", "PA Wire", "PA Images", "EPA"]
)
def test_each_agency_is_a_credit_with_the_word_shortcut(credit: str) -> None:
    tail = f"Crowds gather outside the court {credit}"
    assert blocks._may_credit(tail)
    assert blocks.metadata(tail) == "caption"


# the words the guarded patterns need, their neighbours, and letters IGNORECASE folds to
# ASCII ones ("\u017f" is a long s, "\u212a" the Kelvin sign)
_GUARDED_WORDS = [
    "which", "only", "not", "and", "that", "while", "although", "has", "was", "but",
    "also", "the", "plan", "council", "closed", "rose", "cost", "more", "Ann", "said",
    "\u017fo", "\u212aent", "caf\u00e9",
    "includes", "featured", "namely", "you", "will", "learn", "in", "this", "story", "can", "be",
    "found", "here", "you'll", "see", ":", "it\u2019s", "\u201cthat", "only\u201d", "\u2014",
    "\u00a3500", "and\u2026",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_GUARDED_WORDS),
            st.sampled_from(["lower", "upper", "title"]),
            st.sampled_from([" ", " ", ", ", "; "]),
        ),
        min_size=3,
        max_size=16,
    )
)
def test_a_pattern_skipped_for_want_of_its_word_would_have_found_nothing(
    parts: list[tuple[str, str, str]],
) -> None:
    sentence = "".join(getattr(w, case)() + join for w, case, join in parts).strip() + "."
    fast = list(atomize.pieces(sentence, 0, len(sentence)))
    saved = atomize._may_hold
    atomize._may_hold = lambda _sentence, _word: True  # type: ignore[assignment]
    try:
        assert fast == list(atomize.pieces(sentence, 0, len(sentence)))
    finally:
        atomize._may_hold = saved
    if not atomize._folds_as_ascii(sentence):
        return  # scanned whatever it holds
    for pattern, word in (
        (atomize.NOT_ONLY, "only"),
        (atomize.AND_PREDICATE, "and"),
        (atomize.INNER_WHILE, "that"),
    ):  # what the shortcut assumes, checked on its own
        assert pattern.search(sentence) is None or word in sentence.lower()
    assert atomize.BARE_WHICH.search(sentence) is None or "which" in sentence  # no IGNORECASE
    for pattern, words in (
        (atomize._LIST_LEAD, atomize._LEAD_WORDS),
        (atomize.READER_INSIDE, atomize._READER_WORDS),
        (atomize.NOT_ONLY_LEFT, ("only",)),
    ):
        assert pattern.search(sentence) is None or atomize._may_hold_any(sentence, words)


# The cutting patterns as they were written before they were made to open with a
# character (atomize's note at _BREAK): each must find the same matches, at any start.
_AS_WRITTEN = {
    "CONJOINED": r"(?:,[\u201d\u2019\"']?|(?<!\s)\s*[-\u2013\u2014])\s+"
    r"(?:(and|but|or|so|yet|while|whereas|although|though|because)\s+)?(?=\S)|;\s+(?=\S)",
    "ATTACHED": r"(?:,[\u201d\u2019\"']?|(?<!\s)\s*[-\u2013\u2014])\s+"
    + atomize.ATTACHED.pattern.removeprefix(atomize._BREAK),
    "ADVERBIAL": r"(?<=[\w\u2019'\u201d\"%)])\s+(as|while|whereas|because|before|after|since|when|until)"
    r"\s+(?=\w)",
    "AND_CLAUSE": r"(?<=[\w\u2019'\u201d\"%)])\s+(?:and|but)\s+(?=\w)",
    "AND_PREDICATE": r"(?<!\s)\s+and\s+"
    + atomize.AND_PREDICATE.pattern.removeprefix(r"\s(?<!\s\s)\s*and\s+"),
    "AND_NUMBER": r"(?<=[\w%])\s+and\s+(?=[$£€]?\d[\d.,]*%?\s+\w)",
    "INNER_WHILE": r"(?<!\s)\s+that\s+(while|although|though|whereas)\s",
    "ABSOLUTE_WITH": r"(?<=[\w%)])\s"
    + atomize.ABSOLUTE_WITH.pattern.removeprefix(r"\s(?<=[\w%)]\s)"),
    "MEANS": r"(?<=[\w%)])\s+" + atomize.MEANS.pattern.removeprefix(r"\s(?<=[\w%)]\s)\s*"),
    "CAUSE": r"(?<=[\w%)])\s+(?=because\s+of\s)",
    "BY_ING": r"(?<=[\w\u2019'\u201d\"%)])\s+by\s+(?=[a-z]{2,}ing\s)",
    "BARE_WHICH": r"(?<=[a-z])\s(?=which\s)",
    "AND_LIST_END": r"(?<=[\w%\u2019'\u201d\")]),?\s+and\s+(?=[a-z]{2,}\s)",
    "_IN_RELATIVE": r"\b(?:who|which)\b[^,;:]*$",
    "_BETWEEN": r"\bbetween\s(?:(?!\band\b)[^,;:])*$",
    "_INDEFINITE_ING": r"\b(?:a|an)\s+"
    + atomize._INDEFINITE_ING.pattern.removeprefix(r"a(?<!\wa)n?\s+"),
    "BARE_THAT": r"(?<=[a-z])\s(?=that\s)",
    "_GAP_SEP": r",\s+(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|or)\s+(?=the\s|[A-Z]|[a-z]+[A-Z])",
    "_ITEM_SEP": r",\s+(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|or)\s+(?=the\s|an?\s)",
    "_APPOSITIVE": r"(?P<head>(?<![\w"
    + "\u2019"
    + r"'.-])(?:[Tt]he\s+)?[A-Z]"
    + atomize._APPOSITIVE.pattern.removeprefix(
        r"(?P<head>(?<![\w" + "\u2019" + r"'.-])[A-Zt](?:(?<=[Tt])he\s+[A-Z]|(?<=[A-Z]))"
    ),
}
_PATTERN_WORDS = [
    "and", "but", "that", "which", "by", "with", "because", "as", "the", "two", "3", "4%",
    "closing", "cut", "x", "In", "The", "Tom", "then", "Leeds", "of", "a", "(PHS)",
    "who", "Which", "whom", "between", "xbetween", "an", "An", "anew", "ban", "similar", "to",
    "\u017fince", "a\u017f", "AND", "Or", "until", "When", "such", "said", "-", "its", "Their",
    "first", ",and", ":", "%", "x\u201d",
]  # fmt: skip
_PATTERN_SEPARATORS = [
    " ", "  ", ", ", "; ", " - ", "- ", "\u2014", " \u2013 ", "\u201d ", ") ", ".", "\t", ",",
    ": ", " \u2014 ", ",\u2014 ",
]  # fmt: skip


def _same_matches(text: str, at: int) -> None:
    for name, written in _AS_WRITTEN.items():
        fast = getattr(atomize, name)
        slow = re.compile(written, fast.flags)
        assert [(m.span(), m.groups()) for m in fast.finditer(text, at)] == [
            (m.span(), m.groups()) for m in slow.finditer(text, at)
        ], name
        one, other = fast.match(text, at), slow.match(text, at)
        assert (one and one.span()) == (other and other.span()), name


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_PATTERN_WORDS), st.sampled_from(_PATTERN_SEPARATORS)),
        max_size=10,
    ),
    st.integers(min_value=0, max_value=60),
)
def test_the_cutting_patterns_find_what_they_found_as_written(
    parts: list[tuple[str, str]], at: int
) -> None:
    text = "".join(w + sep for w, sep in parts)
    _same_matches(text, min(at, len(text)))


def test_the_cutting_patterns_find_on_the_seed_article_what_they_found_as_written() -> None:
    for line in (ROOT / "data/article.txt").read_text().splitlines():
        for at in range(0, len(line), 7):
            _same_matches(line, at)


def _subject_read_whole(clause: str) -> str | None:
    """subject_of as it was, every word of the clause read first (no participle opening)."""
    found = atomize._tokens(clause)
    for k, w in enumerate(found):
        before = found[k - 2] if k > 1 else None  # "many states were": "states" is no verb
        if atomize.is_verb(w, found[k - 1] if k else None, k == 0, before):
            subject = found[:k]
            if [w.casefold() for w in subject[-2:]] == ["not", "only"]:
                subject = subject[:-2]
            if not subject or len(subject) > atomize.MAX_SUBJECT:
                return None
            return None if subject[0].casefold() in atomize.OPENERS else " ".join(subject)
    return None


def _past_read_whole(clause: str) -> bool:
    """is_past as it was, every word of the clause read first."""
    found = atomize._tokens(clause)
    for k, w in enumerate(found):
        before = found[k - 2] if k > 1 else None
        if atomize.is_verb(w, found[k - 1] if k else None, k == 0, before):
            c = w.casefold()
            if c in ("has", "have"):
                rest = [t.casefold() for t in found[k + 1 : k + 4]]
                then = next((t for t in rest if "ADV" not in atomize._readings(t)), "")
                return then.endswith("ed") or then in atomize.IRREGULAR_PAST
            past = c in atomize._PAST or c in atomize.IRREGULAR_PAST or c.endswith("ed")
            return past or any(lexicon.verb_form(m, "VBD") == c for m in lexicon.lemmas(c, "VERB"))
    return False


_CLAUSE_WORDS = [
    "the", "new", "council", "not", "only", "has", "quietly", "closed", "sank", "swept",
    "and", "it", "were", "told", "plans", "of", "Ann", "Lee", "report", "states", "to",
    "however", "many", "very", "old", "town", "halls",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_WORDS), max_size=20), st.sampled_from([" ", ", "]))
def test_reading_a_clause_as_far_as_its_verb_answers_as_reading_it_all(
    found: list[str], join: str
) -> None:
    clause = join.join(found)
    if join == " ":  # with commas, an aside in the subject ends it ("The strikers, members …")
        assert atomize.subject_of(clause) == _subject_read_whole(clause)
    assert atomize.is_past(clause) == _past_read_whole(clause)


@pytest.mark.parametrize(
    ("pattern", "words", "sentence"),
    [
        (atomize.READER_INSIDE, atomize._READER_WORDS, "And You will LEARN why it rose."),
        (atomize.READER_INSIDE, atomize._READER_WORDS, "As told in this exclusive story."),
        (atomize.READER_INSIDE, atomize._READER_WORDS, "The full list can be found here."),
        (atomize._LIST_LEAD, atomize._LEAD_WORDS, "The menu Includes soup, bread and cake."),
        (atomize._LIST_LEAD, atomize._LEAD_WORDS, "It featured three bands."),
        (atomize._LIST_LEAD, atomize._LEAD_WORDS, "Two towns, namely Ayr and Troon."),
        (atomize._LIST_LEAD, atomize._LEAD_WORDS, "Key figures: 3, 4 and 5."),
        (atomize.NOT_ONLY_LEFT, ("only",), "The storm not ONLY flooded homes."),
    ],
)
def test_every_guarded_pattern_passes_its_word_shortcut(
    pattern: re.Pattern[str], words: tuple[str, ...], sentence: str
) -> None:
    assert pattern.search(sentence) is not None
    assert atomize._may_hold_any(sentence, words)


def test_the_characters_taken_for_ascii_are_no_letters_to_any_pattern() -> None:
    """What lets a sentence with curly quotes and dashes take the word shortcuts."""
    for ch in atomize._NEVER_LETTERS:
        assert not ch.isalnum() and ch.lower() == ch and ch.casefold() == ch, repr(ch)
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            assert re.fullmatch(letter, ch, re.I) is None, repr(ch)
        assert atomize._folds_as_ascii(f"it{ch}s 3")
    for ch in ("\u017f", "\u212a", "\u0130", "\u0131", "\u00e9", "\u00df", "\u2028"):
        assert not atomize._folds_as_ascii(f"it{ch}s 3"), repr(ch)


def _first_words(source: str) -> set[str]:
    """Every spelling of the word each alternative of a \\b(?:a|b c|...) pattern opens with
    ("realise[sd]?": realise, realises, realised)."""
    found: set[str] = set()
    for alternative in _alternatives(source):
        word = re.match(r"(?:[a-z]\??|\[[a-z]+\]\??)+", alternative)
        assert word is not None, alternative
        spellings = [""]
        for token in re.findall(r"[a-z]\??|\[[a-z]+\]\??", word.group()):
            optional = token.endswith("?")
            choices = list(token.strip("[]?")) if token.startswith("[") else [token[0]]
            spellings = [s + c for s in spellings for c in choices] + (
                spellings if optional else []
            )
        found.update(spellings)
    return found


@pytest.mark.parametrize(
    ("source", "words", "some"),
    [
        (atomize.REPORTING, "_ATTRIBUTION_WORDS", {"said", "told", "pointed", "alleges"}),
        (
            "(?:"
            + atomize._COMPLEMENT_VERB.pattern.removeprefix(r"\b(?:" + atomize.REPORTING + "|"),
            "_COMPLEMENT_WORDS",
            {"think", "realise", "realised", "recognizes", "insist"},
        ),
    ],
)
def test_every_word_a_reporting_verb_can_open_with_is_listed(
    source: str, words: str, some: set[str]
) -> None:
    spellings = _first_words(source.removesuffix("$"))
    assert some <= spellings  # the pattern was read
    assert spellings <= getattr(atomize, words), spellings - getattr(atomize, words)
    assert atomize._ATTRIBUTION_WORDS <= atomize._COMPLEMENT_WORDS


_SPEECH_WORDS = [
    "police", "said", "Said", "SAID", "the", "bridge", "was", "safe", "she", "told",
    "reporters", "it", "had", "closed", "realised", "thought", "expects", "pointed", "out",
    "they", "rose", "sa\u017fd", "\u212anew", "caf\u00e9", "it\u2019s", "\u201cwe", "fell\u201d",
    "\u2014", "saidx", "xsaid", "2", "and", "know",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_SPEECH_WORDS), st.sampled_from([" ", " ", ", ", "\u2019 "])),
        max_size=12,
    ),
    st.sampled_from(["lower", "title", "upper", "strip"]),
)
def test_the_speech_checks_answer_as_a_full_scan_does(
    parts: list[tuple[str, str]], case: str
) -> None:
    clause = getattr("".join(w + sep for w, sep in parts), case)()
    found = list(atomize._SPEECH.finditer(clause))
    assert atomize._in_speech(clause) == (
        bool(found) and atomize.has_verb(clause[found[-1].end() :])
    )
    # a reporting word read as a plural noun ("the claims were false") reports nothing
    found = [
        m
        for m in atomize._REPORTING_ANYWHERE.finditer(clause)
        if not atomize._reporting_noun(clause, m.start())
    ]
    # the clause reported is that of the last of the last three with a verb after it ("said
    # they would build a show court": "show" has none, and is no reporting verb there)
    assert atomize.in_reported_clause(clause) == any(
        atomize.has_verb(clause[m.end() :]) for m in found[-3:]
    )


_U, _L = speakers.UPPER, speakers.LOWER
_NAMED_AS_WRITTEN = re.compile(
    rf"(?<=[{_L},]\s)(?:[{_U}][{_L}]+(?:[\u2019'-][{_U}][{_L}]+)?\s){{1,2}}[{_U}][{_L}]+"
    r"(?![\w\u2019'-])"
)
_NAME_PARTS = [
    "Ann", "Lee", "O\u2019Neil", "Smith-Jones", "the", "met", "a", "A", "Ray", "x", "3",
    "Jurić", "Ćosić", "été",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_NAME_PARTS), st.sampled_from([" ", ", ", "  ", "\n", "-", ""])),
        max_size=10,
    ),
    st.integers(min_value=0, max_value=40),
)
def test_the_name_pattern_finds_what_it_found_as_written(
    parts: list[tuple[str, str]], at: int
) -> None:
    text = "".join(w + sep for w, sep in parts)
    at = min(at, len(text))
    assert [m.span() for m in refer._NAMED.finditer(text, at)] == [
        m.span() for m in _NAMED_AS_WRITTEN.finditer(text, at)
    ]


def _firm_after_as_written(subject: str, sentence: str) -> int | None:
    """The appositive's end as the one pattern built per subject found it (before it was
    split into a match of the name and one compiled pattern after it)."""
    if not NAME_WORD.match(subject.split()[-1]) or not subject[:1].isupper():
        return None
    found = re.match(
        rf"\s*(?P<name>{re.escape(subject)}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"{refer._FIRM}(?:,|\s+(?:based|founded|headquartered|owned|listed|which|that|in"
        r"|from)\b[^,;]*,)",
        sentence,
    )
    return found.end() if found else None


@pytest.mark.parametrize(
    ("subject", "sentence", "apposed"),
    [
        ("Harwell", "Harwell, a ferry maker, said it would close the yard.", True),
        ("Harwell", "Harwell, the lender based in Hull, said it would close.", True),
        ("Harwell Marine", "  Harwell Marine, an old boat-maker, cut 40 jobs.", True),
        ("Harwell", "Harwell, a chain which grew fast, cut 40 jobs.", True),
        ("Harwell", "Harwells, a chain, cut 40 jobs.", False),
        ("Harwell", "The Harwell, a chain, cut 40 jobs.", False),
        ("Harwell", "Harwell, a sailor, cut 40 jobs.", False),
        ("Harwell (UK)", "Harwell (UK), a lender, cut 40 jobs.", False),
    ],
)
def test_an_appositive_calling_a_name_a_company_is_found_as_written(
    subject: str, sentence: str, apposed: bool
) -> None:
    found = refer._firm_after(subject, sentence)
    assert found == _firm_after_as_written(subject, sentence)
    assert (found is not None) == apposed


def test_a_company_named_by_an_appositive_builds_no_pattern_for_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each subject is another name: a pattern built for it would be compiled anew for
    every sentence of a long article."""
    sentence = "Harwell, a retailer, cut 40 jobs."
    assert refer.company("Harwell", sentence) == "Harwell"

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pattern built while reading a sentence")

    monkeypatch.setattr(re, "_compile", refuse)
    assert refer.company("Harwell", sentence) == "Harwell"
    assert refer.sole_owner("Harwell", "Harwell", sentence) == "Harwell"


_CLAUSES = [
    "The county council raised the rent twice and the tenants paid it in the end.",
    "Rising costs forced the ferry firm to cut two routes to the islands last winter.",
    "Several bus routes close in May, and the depot staff were told on Friday morning.",
]


@pytest.mark.parametrize("clause", _CLAUSES)
def test_a_clause_asked_about_again_is_looked_up_with_the_same_answer(clause: str) -> None:
    """Later rules ask about the same clause, and about each word after the same words:
    the answers are kept (both readings are pure), and are what reading anew gives."""
    verb_at = atomize.first_verb(clause)
    has = atomize.has_verb(clause)
    words_before = atomize._is_verb.cache_info().hits
    clauses_before = atomize._has_verb_long.cache_info().hits
    assert atomize.first_verb(clause) == verb_at
    assert atomize.has_verb(clause) == has == atomize._has_verb(clause)
    assert atomize._is_verb.cache_info().hits > words_before
    assert atomize._has_verb_long.cache_info().hits == clauses_before + 1
    prev = before = None
    for word in clause.split():
        assert atomize.is_verb(word, prev, prev is None, before) == atomize._is_verb.__wrapped__(
            word, word.casefold(), atomize._verb_class(word.casefold()), prev, prev is None, before
        )
        prev, before = word, prev
