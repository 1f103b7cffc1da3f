"""Whether two claims of one file make the same statement, so that `claimcheck merge` (and
`m` in the review) may move the decisions on one onto the other (combine.merge). Only
their words say so: the same numbers, the same denials, the same words but for a few
added, and neither denying, doubting, or passing on as rumour or falsehood what the other
states plainly. A merge the rule does not recognise takes --force, and its moved
decisions a re-check, rather than a verdict moved onto another statement.
"""

from __future__ import annotations

import re

from claimcheck.models import Claim, shorten
from claimcheck.safe import one_line
from claimcheck.stance import doubting_words

# Words that turn a statement into its denial: two texts that differ in them say opposite
# things however alike they look ("The mayor took bribes." / "The mayor never took bribes.")
_DENIALS = frozenset(
    ["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot"]
)
# Words that say how many or which of a row: "three pupils" and "three hundred pupils",
# "the first woman" and "the second woman" are other statements
_NUMBER_WORDS = frozenset({
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
    "millions", "billion", "billions", "trillion", "dozen", "dozens", "half", "quarter",
    "twice", "double", "triple", "first", "second", "third", "fourth", "fifth", "sixth",
    "seventh", "eighth", "ninth", "tenth", "last",
})  # fmt: skip
_WORD = re.compile(r"\w+(?:[.,]\d+)*")


def _words(text: str) -> list[str]:
    """A text's words in lower case, "n't" as "not", numbers whole ("3,000", "5.1")."""
    return _WORD.findall(re.sub(r"n[\u2019']t\b", " not", text.lower()))


def _one_statement(a: str, b: str) -> bool:
    """Do two texts of one file state the same: the same numbers and the same denials,
    neither doubting what the other states (`_doubted`), and every word of one is a word
    of the other (a wording widened or narrowed by at most half its words: "Putin survived
    the uprising." and "… the Wagner uprising."; not an appositive's claim and the sentence
    around it). A reworded statement is not recognised: merging it takes --force, and its
    decisions a re-check, rather than a verdict moved onto another statement."""
    words_a, words_b = _words(a), _words(b)
    if _facts(words_a) != _facts(words_b) or _doubted(a, b) or _doubted(b, a):
        return False
    small, large = sorted(({_stem(w) for w in words_a}, {_stem(w) for w in words_b}), key=len)
    return bool(small) and small <= large and 3 * len(small) >= 2 * len(large)


def _doubted(a: str, b: str) -> str | None:
    """The first word by which `a` denies, disputes or doubts what it tells, or passes it
    on as rumour or falsehood, that `b` does not say as often (claimcheck.stance): "The
    council closed the school, the council denied." does not state "The council closed
    the school."; a decision that one is sourced says nothing of the other. None if none."""
    in_a, in_b = doubting_words(a), doubting_words(b)
    return next((word for word in in_a if in_a.count(word) > in_b.count(word)), None)


def _facts(words: list[str]) -> tuple[list[str], int, int]:
    """The numbers among words, in figures or in words (separators dropped: "3,000" is
    "3000"; "three hundred" is two number words, not "three"), the denials, and the
    possessives ("the mayor's rival" is not "the mayor": `_words` reads "mayor's" as
    "mayor" and "s")."""
    numbers = sorted(w.replace(",", "") for w in words if w[0].isdigit() or w in _NUMBER_WORDS)
    return numbers, sum(w in _DENIALS for w in words), words.count("s")


def _stem(word: str) -> str:
    """A word without a plural's or a verb's final s ("groups" is "group"), a number
    without its separators ("3,000" is "3000")."""
    if word[0].isdigit():
        return word.replace(",", "")
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def same_claim(a: Claim, b: Claim) -> bool:
    """Do two claims of one file make the same statement (`claimcheck merge`), so that a
    decision on one holds for the other: their texts state the same (_one_statement).
    Their passages say nothing of it: the claims of one sentence share it, or one lies
    inside the other's (an appositive in its sentence), and are other statements. This
    is stricter than the merge driver's match of one claim across two clones
    (merge.same_statement), where an id vouches for the claim; here only the words do, and a
    number, a "not" or a "denied" apart is another statement."""
    return _one_statement(a.text, b.text)


def not_the_same(
    keep: Claim, others: list[Claim], forcing: str = "add --force", brief: bool = False
) -> str | None:
    """Why `claimcheck merge` refuses, without --force, to merge `others` into `keep`:
    one of them does not make its statement (see same_claim); None when all do.
    `forcing` says how to merge them anyway where --force is no option (the review);
    `brief` leaves out the claims' words and what a denial is (the review's status line
    has three lines, and how to merge anyway must stay in sight)."""
    apart = [c for c in others if not same_claim(keep, c)]
    if not apart:
        return None
    said = " and ".join(repr(one_line(shorten(c.text))) for c in [keep, *apart])
    why = _why(keep, apart).split(" (a denial")[0] if brief else _why(keep, apart)
    return (
        f"{keep.id} and {', '.join(c.id for c in apart)} do not make the same statement"
        f"{'' if brief else f' ({said})'}{why}; {forcing} to merge them anyway (the "
        "decisions moved then need a re-check)"
    )


def _why(keep: Claim, apart: list[Claim]) -> str:
    """Why: when one text doubts what the other states, and but for that they would state
    the same, which says what the other does not (": c009 says 'denied' and c005 does
    not"); else nothing: the message already says they do not make the same statement. A
    word the doubt list knows in another sense ("the council's traffic counts") is named
    only when it is all that stands between two texts, never as the reason two other
    statements differ."""
    for other in apart:
        for one, two in ((keep, other), (other, keep)):
            word = _doubted(one.text, two.text)
            if word and _one_statement(_undoubted(one.text), _undoubted(two.text)):
                return (
                    f": {one.id} says {one_line(word)!r} and {two.id} does not (a denial, a "
                    "doubt or hearsay is not the statement)"
                )
    return ""


def _undoubted(text: str) -> str:
    """`text` without its words of doubt, denial or hearsay (claimcheck.stance)."""
    from claimcheck.stance import without_doubt

    return without_doubt(text)
