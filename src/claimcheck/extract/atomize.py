"""From sentences to atomic claims: one checkable statement each, with its exact span.

A sentence is cut where it joins statements that can be checked apart: at semicolons,
at a comma before a coordinating conjunction when a new clause follows (a subject, then
a verb), before non-restrictive relative clauses (", which"), absolute phrases
(", with"), examples (", such as"), after a leading subordinate clause ("While X, Y"),
and at a colon that introduces a clause. Questions, calls to action and lines that
address the reader are dropped. Each piece keeps its own span in the article text; the
claim's text is the piece cleaned up (no leading conjunction, a capital, a full stop).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from claimcheck.extract import lexicon, refer, rx
from claimcheck.segment import primes
from claimcheck.stance import DISPUTING

_WORD = rx.compile(r"[\w’'-]+")
# lowercase particles that may follow a name's word inside it ("Pieter de Vries")
_JOIN = f"{lexicon.NAME_JOIN}?"
# a token that is a particle ("de") or a word joined to one ("al-Rashid")
_PARTICLE_WORD = rx.compile(rf"{lexicon.NAME_PARTICLE}|(?:al|el)-[A-Z][\w’'-]*")

AUX = {
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do",
    "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall",
    "should", "won't", "can't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
    "hadn't", "doesn't", "don't", "didn't", "wouldn't", "couldn't", "shouldn't",
}  # fmt: skip
IRREGULAR_PAST = {
    "said", "told", "took", "made", "led", "left", "went", "came", "got", "gave", "found",
    "saw", "knew", "thought", "began", "fought", "brought", "bought", "built", "sent", "spent",
    "held", "kept", "met", "ran", "set", "put", "won", "lost", "became", "grew", "fell",
    "felt", "rose", "stood", "wrote", "paid", "sold", "struck", "hit", "cut", "shot", "drove",
    "flew", "fled", "broke", "chose", "spoke", "stole", "threw", "wore", "woke",
    # past forms the lexicon also reads as nouns, rarely nouns after a subject ("The
    # chairman quit", "Leeds beat Hull", "the delay upset fans")
    "quit", "beat", "hurt", "upset", "stuck",
}  # fmt: skip
PRESENT = {
    "says", "claims", "shows", "seeks", "wants", "needs", "believes", "remains", "continues",
    "includes", "leads", "makes", "takes", "gives", "gets", "goes", "comes", "seems",
    "appears", "plans", "aims", "hopes", "fights", "means", "lacks", "owns", "runs", "holds",
    "share", "say", "claim", "want", "need", "believe", "remain", "lack", "hold", "know",
    "knows", "think", "thinks", "harbors", "harbours", "denies", "deny", "exists", "exist",
    "costs", "cost", "tells", "reports", "estimates", "accounts", "controls", "control",
    "uses", "wins", "loses", "faces", "calls", "asks", "adds", "notes", "warns",
    "argues", "insists", "suggests", "finds", "sees", "looks", "feels", "keeps", "starts",
    "stops", "helps", "moves", "lives", "works", "pays", "puts", "sends", "spends", "builds",
    "buys", "sells", "tries", "rises", "falls", "grows", "becomes", "begins", "brings",
    "carries", "offers", "provides", "allows", "requires", "supports", "opposes", "expects",
    "depends", "involves", "represents", "receives", "agrees", "admits", "accuses",
}  # fmt: skip
# Words that open a phrase, not a subject ("As explained by X, ..."; "By the time X, ...").
OPENERS = {
    "as", "by", "in", "on", "for", "with", "at", "from", "to", "if", "when", "after", "before",
    "although", "though", "while", "because", "since", "despite", "during", "until", "unless",
    "whether", "once", "into", "over", "under", "through", "towards", "toward", "about",
    "against", "among", "of", "between", "without", "within", "like", "than", "that", "which",
    "who", "whose", "what", "how", "why", "where",
}  # fmt: skip
# never read as verbs here: nouns ending like verbs, and "like" (in news, a preposition)
NOT_VERBS = {
    "need", "speed", "red", "bed", "seed", "indeed", "hundred", "feed", "breed", "shed", "like",
}  # fmt: skip
SUBJECT_START = {
    "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
    "you", "there", "some", "many", "most", "all", "every", "each", "no", "his", "her",
    "its", "their", "our", "my", "your", "one", "two", "three", "several", "few", "both",
    "either", "neither", "another", "other", "others", "it’s", "it's", "that’s", "that's",
    "there’s", "there's", "nobody", "none", "everyone", "someone", "multiple", "numerous",
    "various", "more", "much", "fewer", "less", "hundreds", "thousands", "millions",
    "dozens", "such",
}  # fmt: skip
# Adverbs that may stand before a clause's subject ("even children have been jailed").
ADVERBS = {"even", "only", "now", "also", "still", "just", "then", "today", "currently", "nearly"}
LEADING = rx.compile(
    r"(?:and|but|or|yet|nor|then|also|however|although|though|thus|while|whereas)\b[,\s]*"
    # "So far no charges …", "So long as …": "so" is a degree there, part of the phrase
    r"|so\b(?![,\s]+(?:far|much|many|long|few|little|too)\b)[,\s]*",
    re.I,
)
SUBORDINATE = rx.compile(
    r"(?:(?:and|but)\s+)?(?:while|although|though|whereas|even though|because|since)\s", re.I
)
# A comma, or a dash set off by a space ("groups- some have"; not "anti-government").
# `(?<!\s)`: a match of white space starts where the run starts (the leftmost match
# would anyway); tried at every space of a long run, these took quadratic time.
# Speed: a pattern that opens with one character class is scanned by skipping to the
# next character of the class; one that opens with a lookbehind, an alternation of
# classes or a repeat is tried at every position. So these open with the character and
# check what comes before it after: the comma or spaced dash above is written as one
# class of its first characters, then what that character must be (the same matches,
# byte for byte; a test compares them with the patterns as first written), and below,
# `(?<=X)\s+` as `\s(?<=X\s)\s*`, `(?<!\s)\s+` as `\s(?<!\s\s)\s*` and `(?<=X)\s` as
# `\s(?<=X\s)`.
# Most of the characters they stop at are spaces, and a space opens a match only before
# a dash: _AT_DASH says so first, one test instead of the lookbehinds of every
# alternative in turn (three times as fast on CONJOINED). It looks ahead only from the
# first space of a run (`(?<!\s\s)`, as the alternative it stands for): from every space
# of a long run, the looks ahead over the rest of it took quadratic time.
_BREAK_AFTER = r"(?:(?<=,)[”’\"']?|(?<=[-–—])(?<!\s[-–—])|(?<=\s)(?<!\s\s)\s*[-–—])\s+"
_AT_DASH = r"(?:(?<=\S)|(?<!\s\s)(?=\s*[-–—]))"
_BREAK = r"[,\s\-–—]" + _AT_DASH + _BREAK_AFTER
CONJOINED = rx.compile(
    r"[,;\s\-–—]"
    + _AT_DASH
    + r"(?:(?<=;)\s+(?=\S)|"
    + _BREAK_AFTER
    + r"(?:(and|but|or|so|yet|while|whereas|although|though|because)\s+)?(?=\S))",
    re.I,
)
# "…, believed to be £5m": a passive report about the noun before it
_REPORTED = r"(?:believed|thought|estimated|expected|said|reported|understood|known|rumou?red)"
# Relative and absolute phrases, examples, and participle phrases that add a statement.
ATTACHED = rx.compile(
    _BREAK + r"(?=(?:(?:to|in|of|by|for|from|at|on)\s+which|which|who|whose|with"
    r"|such as|(?:thus|thereby|all|both|each)\s+\w+ing|\w{3,}ing|\w{3,}ed\s+(?:with|by|in)"
    r"|" + _REPORTED + r"\s+to)\s)",
    re.I,
)
# an existential clause ("There are now 40 farms …", "and there were …"): "there" is
# no subject a phrase after it may borrow
_EXISTENTIAL = rx.compile(
    r"[\s“\"‘']*(?:(?:and|but|yet|so|now|today)[,\s]+)?there\s+(?:\w+ly\s+|now\s+|still\s+)?"
    r"(?:is|are|was|were|(?:has|have|had)\s+been|will\s+be|remain|remains|remained)\b",
    re.I,
)
# a passive's agent after a participle ("cut off by floods")
_BY_AGENT = rx.compile(r"(?:\s+(?:off|out|down|up|away))?\s+by\s", re.I)
# " with some areas (almost completely) cut off." ending the sentence
ABSOLUTE_WITH = rx.compile(
    r"\s(?<=[\w%)]\s)(?=with\s+(?P<np>(?:the|some|many|most|all|several|few|two|three|four|five"
    r"|\d[\d,.]*)\s[^,;:]{1,50}?)\s+(?:\w+ly\s+)*(?P<part>[a-z]{3,}(?:ed|ing)|cut|left|shut|hit"
    r"|lost|broken|taken|given|shown|driven|stranded)\b(?:\s+(?:off|out|down|up|away))?"
    r"(?:\s+(?:in|on|at|by|for|from|with)\s[^,;:]{1,40})?\s*[.!]?\s*$)",
    re.I,
)
NOT_PARTICIPLES = {
    "during", "nothing", "something", "anything", "everything", "morning", "evening", "king",
    "thing", "things", "string", "spring", "building", "meeting", "funding", "training",
    "according", "including", "following", "regarding", "concerning", "bring", "ring", "wing",
    # prepositions in -ing: ", depending on the store" is no deed of the subject
    "depending", "excluding", "pending", "barring", "notwithstanding", "owing", "excepting",
    "assuming",
}  # fmt: skip
# -ing words that work as prepositions or sentence adverbs: "Judging by the polls, ..."
# says nothing the subject did
_PREPOSITION_ING = {
    "judging", "assuming", "considering", "excluding", "barring", "looking", "pending",
    "starting", "beginning", "going", "turning", "moving", "adding", "saying", "putting",
    "leaving", "setting", "notwithstanding",
}  # fmt: skip
INNER_WHILE = rx.compile(r"\s(?<!\s\s)\s*that\s+(while|although|though|whereas)\s", re.I)
LEADING_PARTICIPLE = rx.compile(r"[A-Z]\w+ing\s", re.I)
# "a letter, in which a manager called it reckless": the clause after "in which" is a
# statement of its own ("A manager called it reckless.")
_PREPOSITION_WHICH = rx.compile(r"(?:to|in|by|for|from|at|on)\s+which\s+(?=\w)", re.I)
# "X have stated this and have given that": a second predicate, led by an auxiliary.
AND_PREDICATE = rx.compile(
    r"\s(?<!\s\s)\s*and\s+(?=(?:has|have|had|was|were|is|are|will|would|can|could|should|must)\s)",
    re.I,
)
# (As the cutting patterns, the three below open with a letter, then look behind it for
# the word boundary: "\bwho" as written was tried at every position, not only at a "w".)
_IN_RELATIVE = rx.compile(r"w(?<!\ww)h(?:o|ich)\b[^,;:]*$", re.I)
# a relative clause set off by a comma that runs on to the end of the text
_IN_SET_OFF_RELATIVE = rx.compile(r",\s+(?:who|which)\b[^,;:]*$", re.I)
# a piece that is a relative clause, still open ("who joined in May")
_RELATIVE_PIECE = rx.compile(r"\s*(?:who|which)\s[^,;:]*$", re.I)
# The two halves within 400 characters: each "not only" without a "but" after
# it scanned to the end of the sentence, and a sentence of them took quadratic time.
NOT_ONLY = rx.compile(
    r"(?<=\w\s)not\s+only\s+(?P<verb>[\w’'-]+)[^;:]{0,400}?"
    + r"(?P<but>,?\s+but\s+(?:also\s+)?)(?=\w)",
    re.I,
)
NOT_ONLY_PHRASE = rx.compile(
    r",\s+not\s+only\s+(?P<one>[^,;:]{3,120}?)(?P<but>,?\s+but\s+(?:also\s+)?)(?=\w)", re.I
)
# What a cut leaves before a piece (a comma, a dash), but not a minus sign: "-2 was …".
_JOINING_LEFT = rx.compile(r"^(?:[ ,;:–—]|-(?!\d))+")
_NOT_ONLY_PHRASE_LEFT = rx.compile(r",\s+not\s+only\s+(?=\w)(?!.{0,400}\bbut\b)", re.I)
# "not only" whose "but also" half was cut off into a claim of its own
NOT_ONLY_LEFT = rx.compile(r"(?<=\w\s)not\s+only\s+(?=\w)(?!.{0,400}\bbut\b)", re.I)
# words that open a verb's object or its prepositional phrase
_OBJECT_START = {
    "the", "a", "an", "its", "their", "his", "her", "our", "them", "it", "him", "us", "to",
    "by", "with", "that", "this", "these", "those", "up", "out", "on", "into", "from",
    "more", "less", "fewer", "some", "many", "several", "no", "any", "all", "both", "each",
    "every", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
}  # fmt: skip
_FOLLOWING = rx.compile(r"\s+([\w’'-]+)")
# a relative pronoun and its verb right after a word: "calls that used …" is a noun with a
# relative clause, never a verb ("calls") whose object is "that"
_RELATIVE_THEN_VERB = rx.compile(r"\s+(?:that|which|who)\s+([\w’'-]+)", re.I)
# ", and C." ending a sentence: the last item of a list
_LAST_ITEM = rx.compile(r",\s+(?:and|or)\s+(?=[^,;:]+$)", re.I)
_BOTH = rx.compile(r"\bboth\s[^,;:]*$", re.I)
# "…, 14 points behind the leaders": a measure and where it stands, not a clause
_MEASURE_PHRASE = rx.compile(
    r"[$£€]?\d[\d.,]*%?\s+[a-z]+\s+(?:behind|ahead|above|below|short|clear|higher|lower"
    r"|more|less|fewer|up|down|off)\b",
    re.I,
)
# "…, roughly three times the number seen in 2005", "…, twice the rate of …": a multiple
# of another measure that sizes the one before it; its participle is a reduced relative
_MULTIPLE_OF = rx.compile(
    r"(?:(?:roughly|about|around|nearly|almost|some|over|more\s+than|less\s+than|at\s+least"
    r"|well\s+over|just\s+over|just\s+under)\s+)?(?:twice|half|(?:two|three|four|five|six"
    r"|seven|eight|nine|ten|\d[\d.]*)\s+times)\s+(?:the|that|those|its|their|as)\s",
    re.I,
)
_BOTH_AFTER = rx.compile(r",\s+(?:both|all|each)\s", re.I)
_BETWEEN = rx.compile(r"b(?<!\wb)etween\s(?:(?!\band\b)[^,;:])*$", re.I)
AND_CLAUSE = rx.compile(r"\s(?<=[\w’'”\"%)]\s)(?=\s*[ab])\s*(?:and|but)\s+(?=\w)", re.I)
COLON = rx.compile(r":\s+(?=\S)")
# "each time it renews", "every time a train passes": a time clause's opening, no subject
_EACH_TIME = rx.compile(r"(?:each|every|any)\s+time\s", re.I)
# a comma or a spaced dash, then "the" / "a" / "an": a noun phrase may follow
RANKING = rx.compile(
    r"(?:,|:|\s[-–—])\s+(?=(?:the|a|an|its|their)\s+([\w’'-]+)(?:\s+([\w’'-]+))?)", re.I
)
# a comma, then a verbless phrase that adds to the whole clause before it: a focus
# ("particularly in older groups"), a likeness or a capacity ("similar to X", "capable of
# X"), conformity ("in line with X"), an example list ("including A, B and C"), a manner
# ("without any risk"), a cause ("thanks to X")
_GRADED = {"most", "more", "less", "least", "very", "so", "too", "highly", "newly", "well"}


def _noun_reading(word: str) -> bool:
    return "NOUN" in _readings(word.casefold())


def _verb_in_phrase(phrase: str) -> bool:
    """Whether a phrase that opens with an adverb or a preposition holds a word that can
    only be a verb, other than an -ed form after a determiner, a degree word or an adverb
    ("the most deprived areas", "socially deprived": an adjective)."""
    found = _tokens(phrase)
    for k, w in enumerate(found):
        c = w.casefold()
        if not w[:1].islower() or _verb_class(c) != ALWAYS:
            continue
        before = found[k - 1].casefold() if k else ""
        modifier = before in _DETERMINERS | _GRADED and before != "that"
        if c.endswith("ed") and (modifier or before.endswith("ly")):
            continue
        return True
    return False


_AND_MORE = rx.compile(r",\s+(?:and|or)\s+(?=(?:in|on|at|for|among|across|from)\s)", re.I)
_SUBORDINATOR = rx.compile(
    r"\b(?:when|whenever|if|because|while|where|that|which|who|whom|whose|whether|unless"
    r"|until|once|although|though|since|as)\b",
    re.I,
)
SUPPLEMENT = rx.compile(
    r",\s+(?=(?:particularly|especially|notably|mainly|mostly|largely|chiefly|primarily|partly"
    r"|including|similar\s+to|comparable\s+to|capable\s+of|in\s+(?:accordance|line|keeping)"
    r"\s+with|without|thanks\s+to)\s)",
    re.I,
)
CAUSE = rx.compile(r"\s(?<=[\w%)]\s)\s*(?=because\s+of\s)", re.I)


# a relative word, or "that" after a word that is no verb ("the time that", "flights
# that"): a clause about a noun, which a cause at its end may restrict
_RELATIVE_IN = rx.compile(r"\b(?:(?P<that>that)|which|who|whom|whose)\s", re.I)


_RANK_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"}
_MORE_ORDINALS = rx.compile(r"\d+(?:st|nd|rd|th)|sixth|seventh|eighth|ninth|tenth")


def _restricted_cause(clause: str) -> bool:
    """Whether a cause after the clause restricts something in it: a ranking or a count
    ("the third time", "the first airline to …", "the worst year") or a relative clause
    ("flights that were cut because of fog"): the clause without the cause would state
    a count, a rank or a set the text does not give."""
    found = [w.casefold() for w in _tokens(clause)]
    for k in range(1, len(found)):
        ranked = _ranks(found[k]) or _MORE_ORDINALS.fullmatch(found[k]) is not None
        # after a determiner or a possessive: "the third time", "the city's biggest", not
        # a time phrase ("cancelled last night because of fog")
        if ranked and (found[k - 1] in _RANK_DETERMINERS or _POSSESSIVE_WORD.search(found[k - 1])):
            return True
    for m in _RELATIVE_IN.finditer(clause):
        if not m.group("that"):
            return True
        before = clause[: m.start()].split()
        if before and not is_verb(
            before[-1].strip(",").casefold(), before[-2] if len(before) > 1 else None
        ):
            return True  # "the time that", not "said that"
    return False


def _correlated(sentence: str, begin: int, x: int, y: int) -> bool:
    """Whether the adverb that opens the phrase at y ("partly", "mainly") is in the
    clause before it too (from begin to x): "It's partly A, partly B" names the parts of
    one thing; "partly B" adds nothing to "It's partly A" alone."""
    word = _first_word(sentence, y, len(sentence)).casefold()
    if not word.endswith("ly"):
        return False  # "in May, in line with …": a preposition may come twice
    return re.search(rf"\b{re.escape(word)}\b", sentence[begin:x], re.I) is not None


# a purpose or a means after a complete clause: "in a bid to X", "by closing Y"
MEANS = rx.compile(
    r"\s(?<=[\w%)]\s)\s*(?=(?:in\s+(?:an?\s+)?(?:attempt|bid|effort|order)\s+to|so\s+as\s+to"
    r"|by\s+[a-z]{2,}ing|so\s+(?!as\s))\s*)",
    re.I,
)
_NOT_DOER = {"far", "much", "many", "long", "well", "too", "as", "on", "that"}
# every MEANS match holds one of these: most sentences hold none and are not scanned
_MEANS_WORDS = (" by ", " so ", " in a", " in order", " In a", " In order")
_SO_PURPOSE = rx.compile(r"so\s+(?:that\s+)?", re.I)
_MEANS_VERB = rx.compile(r"by\s+(?P<verb>[a-z]{2,}ing)\s+(?P<then>[\w’'-]+)", re.I)
_DEGREE = {
    "partly", "partially", "largely", "mainly", "mostly", "chiefly", "primarily", "only",
    "solely", "simply", "just", "entirely", "wholly", "purely", "perhaps", "probably",
}  # fmt: skip
# Words that limit a clause's subject or verb: the cause after them is inside their scope.
_LIMITED = rx.compile(
    r"\b(?:no|none|nobody|nothing|neither|few|fewer|little|only|hardly|rarely|seldom|"
    r"barely|scarcely)\b",
    re.I,
)
_NOT_LIMITING_AFTER = {"a", "the", "past", "last", "next", "these", "those", "first"}


def _limits(clause: str, found: re.Match[str]) -> bool:
    """Whether a word of _LIMITED limits the clause ("few were hurt"), not a time phrase
    ("in the past few days") or "a few"."""
    before = clause[max(0, found.start() - 12) : found.start()].split()
    return not before or before[-1].casefold() not in _NOT_LIMITING_AFTER


_ORDINALS = {"first", "second", "third", "fourth", "fifth", "last", "only", "most", "least"}


def _finite_verb(phrase: str) -> bool:
    """Whether a phrase holds a finite verb: an auxiliary, or a word that is surely a verb
    and no participle ("a pace not seen since 1990" has none)."""
    for w in map(str.casefold, _WORD.findall(phrase)):
        if w in AUX or w in ("who", "which", "that") or w.endswith("ing"):
            return True
        if _verb_class(w) == ALWAYS and not _past_participle(w):
            return True
    return False


def _ranks(word: str) -> bool:
    """A superlative or an ordinal ("biggest", "latest", "first")."""
    return word in _ORDINALS or (
        len(word) > 5 and word.endswith("est") and "ADJ" in _readings(word)
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unlead(text: str) -> str:
    """`text` without the conjunction that opens it ("and prices rose" -> "prices rose");
    one inside it stays ("6.1-inch and 6.7-inch")."""
    m = LEADING.match(text)
    return text[m.end() :] if m else text


_DEFINITE = frozenset({"the", "those", "these"})
# a rank inside a relative clause: "the ward that missed its target most often"
_RANK_IN_CLAUSE = rx.compile(r"\b(?:\w{2,}est|most|least|best|worst|first|last|only)\b", re.I)
_CLAUSE_STOP = rx.compile(r"[,;:.!?()“”\"]|\s[-–—]\s")


def _identified_by_clause(antecedent: str | None, sentence: str, y: int) -> bool:
    """Whether the relative clause at y (no comma before it) is what tells which of a
    definite noun phrase's things are meant: after a plural ("the overflows that spilled
    most often", "those kitchens which had no hot water"), or a singular when the clause
    ranks it ("the ward that missed its target most often"). Neither half is then a
    statement alone. After an indefinite noun phrase ("a ruling that said the plan was
    lawful"), or one named thing the clause describes ("the old mill that has stood empty
    since 1990"), the clause adds a fact of its own."""
    if antecedent is None:
        return False
    words = antecedent.split()
    if words[0].casefold() not in _DEFINITE:
        return False
    if words[0].casefold() != "the" or _plural(words[-1]):
        return True
    stop = _CLAUSE_STOP.search(sentence, y, y + WINDOW)
    end = stop.start() if stop else min(len(sentence), y + WINDOW)
    return _RANK_IN_CLAUSE.search(sentence, y, end) is not None


BARE_WHICH = rx.compile(r"\s(?<=[a-z]\s)(?=which\s)")
BARE_THAT = rx.compile(r"\s(?<=[a-z]\s)(?=that\s)")
# verbs whose object is followed by a "that" complement: "told reporters that ..."
_TELL = {
    "told", "tell", "tells", "warned", "warn", "warns", "assured", "assure", "assures",
    "informed", "inform", "informs", "reminded", "remind", "reminds", "convinced",
    "persuaded", "taught", "showed", "shows", "promised", "promises", "notified",
}  # fmt: skip
_CLEFT = rx.compile(r"\b(?:it|this)(?:[’']s|\s+is|\s+was|\s+wasn[’']t|\s+isn[’']t)\s", re.I)
# determiners of a noun that names no one thing: a restrictive clause only narrows it
_NOT_ONE_THING = {"any", "no", "every", "each"}
_ONE_OF_A_KIND = {"a", "an", "another"}
# "to query a location": an infinitive, a goal; "due to both", "next to a", "owing to
# market forces": a preposition
_TO_WORD = rx.compile(r"\b([\w’']+)\s+to\s+([a-z]+)\s")
_TO_AS_PREPOSITION = {"due", "owing", "according", "next", "thanks", "close", "prior", "up"}
_MODAL_AUX = rx.compile(r"\b(?:will|would|could|can|may|might|must|should|shall)\s+\w", re.I)


# a relative clause's verb in the present, maybe after an adverb of how often ("that is
# often", "that usually pays"): what is true of a kind of thing, not of one
_PRESENT_RELATIVE = rx.compile(
    r"\s*that\s+(?:(?:often|usually|always|rarely|seldom|sometimes|typically|generally"
    r"|normally|still|now|also|only)\s+)*(?P<verb>[a-z]+)\b"
)
# ("has", "have" are left out: "a deal that has left clubs on the brink" is one deal's deed)
_PRESENT_AUX = frozenset({"is", "are", "does", "do", "isn’t", "isn't", "aren’t", "aren't"})


def _kind_described(sentence: str, x: int) -> bool:
    """Whether the "that" clause at x after an indefinite noun is in the present ("a wage
    that is often not much above the minimum", "a job that pays little"): it says which
    kind of thing is meant, and "A wage is often …" alone would be a general claim the
    text never makes. A past clause tells of one thing ("a ruling that said …")."""
    found = _PRESENT_RELATIVE.match(sentence, x)
    if found is None:
        return False
    verb = found.group("verb")
    if verb in _PRESENT_AUX:
        return True
    if verb == "has" or verb in AUX:
        return False  # "has left", "was", "had": one thing's deed or state
    return verb.endswith("s") and not verb.endswith("ss") and _verb_class(verb) != NEVER


def _no_one_thing(sentence: str, lo: int, x: int, noun_phrase: str) -> bool:
    """Whether the noun phrase before a "that" clause at x names no one thing: "any",
    "no" or "every" opens it, or "a" does and the clause it sits in (from lo) is a goal,
    a possibility or a denial ("no way to query a location that …", "wants to buy a house
    that …"). The "that" clause only narrows the noun, and alone ("A location looks
    wrong.") would state what the text never says; "overturned a ruling that …" names
    one ruling, and is still cut."""
    first = noun_phrase.split(None, 1)[0].casefold() if noun_phrase.strip() else ""
    if first in _NOT_ONE_THING:
        return True
    if first not in _ONE_OF_A_KIND:
        return False
    if _kind_described(sentence, x):
        return True
    at = sentence.rfind(noun_phrase, lo, x)
    head = sentence[lo : at if at >= 0 else x]
    if _MODAL_AUX.search(head) or negated(head):
        return True
    return any(
        m.group(1).casefold() not in _TO_AS_PREPOSITION and "VERB" in _readings(m.group(2))
        for m in _TO_WORD.finditer(head)
    )


_SO_THAT = rx.compile(r"\b(?:so|such)\b[^,;:]*$", re.I)
WHERE_CLAUSE = rx.compile(r",\s+where\s+(?=\w)", re.I)
# A subordinating conjunction inside a sentence, with no comma before it.
# an expected event with a time clause after it: the clause is what is expected of it
# ("is expected to leave before the window shuts": never "is expected to leave" alone)
_TIME_LIMITS = {"before", "until", "by"}
_EXPECTED = rx.compile(
    r"\b(?:expected|likely|due|set|poised|tipped|predicted|forecast|unlikely)\s+to\s+\w", re.I
)
# a sentence that opens with a condition ("If prices rise, …", "Unless the strike ends, …"),
# maybe after a conjunction ("But if voters stay at home, …")
_CONDITION = rx.compile(
    r"[\s“\"‘']*(?:(?:and|but|or|yet|so)[,\s]+)?"
    r"(?:if|unless|provided|providing|(?:as|so)\s+long\s+as|assuming|in\s+case)\s",
    re.I,
)
# an amount or a share ends the clause: a participle after it ("…, helped by
# lower costs") is about the whole clause, not about a noun
_ENDS_IN_NUMBER = rx.compile(r"(?:[£$€]\d(?:[\d.,]*\d)?(?:bn|m|k)?|\d(?:[\d.,]*\d)?%)\s*$")
# a conjunction right before a verb: the verb is a second predicate, not this subject's
_LINKED_VERB = rx.compile(r"\s(?:and|or|but|then)\s+$", re.I)
ADVERBIAL = rx.compile(  # (a space, then a look ahead for a word's first letter: as above)
    r"\s(?<=[\w’'”\"%)]\s)(?=\s*[abswu])\s*"
    r"(as|while|whereas|because|before|after|since|when|until)\s+(?=\w)",
    re.I,
)
_UNTIL = rx.compile(r"\buntil\b", re.I)
# "before it is sent out", "as she left", "until they were found": a time clause whose
# subject is a pronoun for someone in the clause it hangs on
_DATING_CONJ = {"before", "as", "until"}
_BACK_PRONOUNS = {"he", "she", "it", "they"}
# "as it emerged that …", "as it became clear that …": "it" stands for no one; a fact
_IT_EMERGED = rx.compile(
    r"it\s+(?:emerged|became|turned\s+out|(?:was|is|has\s+been)\s+\w+ed\s+that)\b", re.I
)
_THEN = {"even", "then", "only", "still", "since"}


# after a clause's last verb, an infinitive it governs ("told not to return", "urged to
# stay", "asked never to come back"): an action asked for, not done
_INFINITIVE_AFTER = rx.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(not\s+|never\s+)?to\s+(?:\w+ly\s+)?([a-z]+)\b", re.I
)


def _infinitive_frame(at: _Sentence, begin: int, x: int, conj: str) -> bool:
    """Whether the clause before the time conjunction at x ends in an infinitive its last
    verb governs ("were told not to return home until …", "urged to stay indoors until
    …"): the time clause bounds an action asked for, so it states nothing done; cut off,
    "The all-clear was given." would read as a fact. After "before" only a negated
    infinitive ("asked not to come before the heating was fixed"): "went there to vote
    before the polls closed" gives the closing as fixed."""
    end = at.last_verb_end(x)
    if end < begin:
        return False
    found = _INFINITIVE_AFTER.match(at.text, end, x)
    if found is None or not _base_verb(found.group(2).casefold()):
        return False
    return conj == "until" or found.group(1) is not None


def _negated_until(sentence: str, begin: int, x: int) -> bool:
    """Whether the text before x (from begin) is a negated clause with `until` ("did not
    retire until she was 72"): what follows it belongs to that whole statement."""
    found = _UNTIL.search(sentence, begin, x)
    return found is not None and negated(sentence[begin : found.start()])


# "the lowest", "the first", "the most severe": a record, measured from a "since" after it
# a rank after its determiner, a few words before the end ("the first for the team",
# "its biggest fall in a decade"): a "since" clause after it limits the rank
_RANKED_BEFORE = rx.compile(
    r"(?:\b(?:the|its|their|his|her|our|[\w’']+['’]s)\s+(?:\w{2,}est|most|least|best|worst"
    r"|first|last|only|fewest|record)|\b(?:an?|the)\s+record|\bever)"
    r"(?:-[\w’']+)*\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|few|several)\b)"
    r"(?:\s+[^\s,;:]+){0,8}$",  # "the highest-ranked player", "a record"; but "the
    # first two years after …" is a span of time that the clause dates, no rank
    re.I,
)
# a time clause that bounds such a rank: "the first since …", "the last before …"
_SCOPING_CONJ = frozenset({"since", "before", "after", "until", "when"})
_SUPERLATIVE = rx.compile(
    r"\b(?:\w{2,}est|most|least|best|worst|first|last|fewest|record)\b(?:\s+\S+){0,3}$",
    re.I,
)


# ", the lowest since records began": a record and what it is measured from, no clause
_RECORD_SINCE = rx.compile(
    r"(?:the|its|their|a)\s+(?:\S+\s+){0,3}?(?:\w{2,}est|most|least|best|worst|first|last"
    r"|fewest|record)\b(?:\s+\S+){0,3}?\s+since\b",
    re.I,
)
# ", the first passenger train on the line since it closed": a record whose noun has a
# phrase after it, longer than _RECORD_SINCE's three words; no clause when no finite verb
# comes before "since" (", the first team that won the cup since 2010" has one)
_RECORD_SINCE_FAR = rx.compile(
    r"(?:the|its|their|a)\s+(?:\S+\s+){0,3}?(?:\w{2,}est|most|least|best|worst|first|last"
    r"|fewest|record)\b(?:\s+[^\s,;:]+){4,9}?(?=\s+since\b)",
    re.I,
)


def _record_since(sentence: str, y: int) -> bool:
    """Whether a record and what it is measured from start at `y` (_RECORD_SINCE, or
    _RECORD_SINCE_FAR with no finite verb before its "since": no auxiliary, no relative
    pronoun, no word that is only a verb but a participle, no -ing form but a noun after
    a determiner or a rank, "the first sailing"): a noun phrase about the clause before
    it, whose only verb is in the clause of time after "since"."""
    if _RECORD_SINCE.match(sentence, y):
        return True
    far = _RECORD_SINCE_FAR.match(sentence, y)
    if far is None:
        return False
    words = [w.casefold() for w in _tokens(far.group())]
    for k, w in enumerate(words):
        if w in AUX or w in ("who", "which", "that"):
            return False  # "the first team that won …": a clause about the noun
        if _verb_class(w) == ALWAYS and not _past_participle(w):
            return False
        if w.endswith("ing") and not (_ranks(words[k - 1]) or words[k - 1] in _DETERMINERS):
            return False  # "the first team beating them since": a verb; "the first sailing": no
    return True


# a relative clause between commas, after a subject and before its verb
_ASIDE_WHO = rx.compile(r",\s+(?:who|which)\s[^,;:“”\"]*,\s+", re.I)


# "…, figures published on Tuesday show.": the statement's source, ending the sentence
_SHOWN_BY = rx.compile(
    r"[^,;:]{1,80}?\s+(?:show|shows|showed|suggest|suggests|suggested|reveal|reveals|revealed"
    r"|indicate|indicates|indicated|confirm|confirms|confirmed)[\W_]*",
    re.I,
)


def _verbless_clause(sentence: str, begin: int, x: int) -> bool:
    """Whether x is inside the subject of a subordinate clause that opens between begin
    and x and has no verb yet ("…, while profit before tax rose": "before" is no clause)."""
    opened = [m.end() for m in _INNER_CLAUSE.finditer(sentence, begin, x)]
    return bool(opened) and not has_verb(sentence[opened[-1] : x])


# a passive in a clause: the auxiliary, then a past participle ("was drafted")
_PASSIVE_AUX = rx.compile(
    r"\b((?:(?:has|have|had)\s+been|(?:will|would|could|can|may|might|must|should)\s+be"
    r"|was|were|is|are))\s+(?:\w+ly\s+)?([a-z]{3,})\b",
    re.I,
)
_NEXT_WORD = rx.compile(r"\s*([\w’'-]+)")


def _past_participle(word: str) -> bool:
    """A past form, or a participle in -en / -wn ("shown", "taken"; not "even")."""
    if word.endswith("ed") or word in IRREGULAR_PAST:
        return True
    lemmas = lexicon.lemmas(word, "VERB") if word.endswith(("en", "wn")) else ()
    return bool(lemmas) and word not in lemmas


def _passive_lead(sentence: str, begin: int, x: int, y: int) -> str | None:
    """For a past participle at y after "and" at x, when the clause before it (from begin)
    is passive ("The report was written by A and published by B"): its subject and
    auxiliary ("The report was") when "by" follows the participle, "" when the participle
    may be active ("was elected in May and moved to Leeds": no cut), None when the clause
    is not passive."""
    begin = max(begin, x - WINDOW)
    found = [
        p
        for p in _PASSIVE_AUX.finditer(sentence, begin, x)
        if (
            p.group(2).casefold().endswith(("ed", "en", "wn"))
            and not p.group(2).casefold().startswith("un")  # "are unknown": an adjective
        )
        or p.group(2).casefold() in IRREGULAR_PAST
    ]
    nxt = _NEXT_WORD.match(sentence, y)
    if (
        nxt is not None
        and _past_participle(nxt.group(1).casefold())
        and any(
            _past_participle(n.group("part").casefold())
            for n in _NEGATED_PASSIVE.finditer(sentence, begin, x)
        )
    ):
        return ""  # "was not arrested and taken to …": neither on its own
    if not found or nxt is None or not _past_participle(nxt.group(1).casefold()):
        return None
    after = _NEXT_WORD.match(sentence, nxt.end())
    clause = sentence[begin:x]
    subject = subject_of(clause)
    if in_reported_clause(clause):
        # "Officials said the ballots were counted by A and checked by B": the ballots
        # were, officials said (never "Officials were checked")
        said_at = _reporting_verb(clause)
        said = said_at.end() if said_at is not None else len(clause)
        subject = reported_lead(clause) if found[-1].start() - begin >= said else None
    if subject is None:
        return ""
    by = after is not None and after.group(1).casefold() == "by"
    if not by and (
        not _only_participle(nxt.group(1).casefold())
        or _RELATIVE_WORD.search(sentence, found[-1].end(), x)
    ):
        return ""  # "bought by the museum, which opened in 1990, and shown …": kept whole
    # "by" after it, or a form that is never a past tense ("was arrested and taken to
    # hospital"): the participle is passive too
    return f"{subject} {' '.join(found[-1].group(1).split())}"


_NEGATED_PASSIVE = rx.compile(
    r"\b(?:(?:was|were|is|are|be|been)\s+(?:not|never)|(?:was|were|is|are)n[’']t)\s+"
    r"(?:\w+ly\s+)?(?P<part>[a-z]{3,})\b",
    re.I,
)


def _only_participle(word: str) -> bool:
    """A past participle that is no past tense ("taken", "shown", "given"; not "held",
    "moved"): after a passive auxiliary and "and" it can only be passive."""
    forms = lexicon.lemmas(word, "VERB")
    return (
        bool(forms)
        and word not in forms
        and all(lexicon.verb_form(lemma, "VBD") not in (word, None) for lemma in forms)
    )


# a subordinate or relative clause inside a piece, whose subject an -ing phrase after it
# may be about ("grew when the surgeon left after being promoted")
_INNER_CLAUSE = rx.compile(
    r"\b(?:when|after|before|since|as|because|while|until|although|though|if|once|whereas"
    r"|who|which|that|whom)\s",
    re.I,
)
_SUCH = rx.compile(r"\bsuch\s+(?:[\w’'-]+\s+){0,3}$", re.I)


def _clause_inside(phrase: str) -> bool:
    """Whether a phrase holds a subordinate or relative clause; the "as" of "such bodies
    as the zoo" introduces examples, no clause."""
    return any(
        not (m.group().casefold().startswith("as") and _SUCH.search(phrase, 0, m.start()))
        for m in _INNER_CLAUSE.finditer(phrase)
    )


# what follows a gerund that is an item of a list ("wages, housing and transport")
_LISTED = rx.compile(r"\s*(?:[,;.]|(?:and|or)\s|$)", re.I)
# a colon that may open a list: not one between the digits of a time ("05:40") or a score
_LIST_COLON = rx.compile(r"(?<!\d):|:(?!\d)")
_AND_ING = rx.compile(r"(?<!\s)\s+and\s+(?=[a-z]{2,}ing\s)")
AS_NOT_BEFORE = {"such", "well", "so", "same", "known", "seen", "regarded", "twice", "much"}
# " and 58% in rural areas": "and" before a number (not "between 5% and 10%")
AND_NUMBER = rx.compile(r"\s(?<=[\w%]\s)\s*and\s+(?=[$£€]?\d[\d.,]*%?\s+\w)", re.I)
# a number, then the word after it ("71% in", "$799 overseas")
_NUMBER_ADJUNCT = rx.compile(r"[$£€]?\d[\d.,]*%?\s+(?P<word>[\w’'-]+)")


def _adjunct(word: str) -> bool:
    """Whether a word opens a place or time phrase: a preposition or an adverb."""
    c = word.casefold()
    return c in _ITEM_PREPOSITIONS or _readings(c) == {"ADV"}


_ITEM_PREPOSITIONS = {
    "in",
    "at",
    "on",
    "for",
    "among",
    "across",
    "outside",
    "inside",
    "abroad",
    "overseas",
    "nationally",
    "locally",
    "during",
    "by",
}
# a noun phrase after a dash that sums up the clause before it ("— a rise that …")
_DASH_SUMMARY = rx.compile(r"(?:an?|one)\s", re.I)
_SUMMED_UP = rx.compile(r"\s[–—-]\s+(?:an?|one)\s+[^,;:–—\-]*$", re.I)
# "to" and a plain verb: an infinitive, whose own doer a means after it may be
_INFINITIVE = rx.compile(r"\bto\s+(?!the\b|a\b|an\b|be\b)[a-z]{2,}(?<!ing)\s", re.I)
BY_ING = rx.compile(r"\s(?<=[\w’'”\"%)]\s)\s*by\s+(?=[a-z]{2,}ing\s)")
ING_AFTER = {"before", "after", "since"}  # "while leaving": manner, not a second event
# Sentences that speak to the reader or sell the story rather than state a fact.
# (At the start of the sentence, or anywhere in it: two patterns, so that the scan of
# every position tries only the few that can match there.)
READER_START = rx.compile(
    r"(?:don[’']t\s+miss|do\s+not\s+miss|click|subscribe|sign\s+up|share|follow|read\s+(?:more|on)"
    r"|check\s+out|join|learn\s+more|find\s+out|watch|listen|download|support\s+us|tap"
    # asking the reader to write in ("Tell us what you think", "Let us know your views")
    r"|tell\s+us|let\s+us\s+know|write\s+to\s+us|e-?mail\s+us|send\s+us|get\s+in\s+touch"
    r"|contact\s+us"
    r"|you\s+can\s+(?:also\s+)?(?:get\s+in\s+touch|contact\s+us|e-?mail\s+us|write\s+to\s+us"
    r"|send\s+us|message\s+us|tell\s+us)"
    # the page's promise to its reader ("We'll bring you the latest updates", "We will keep
    # you posted"): what it will do, no fact
    r"|(?:we[’']ll|we\s+will)\s+(?:be\s+)?(?:bring(?:ing)?\s+you|keep(?:ing)?\s+you\s+"
    r"(?:updated|posted|informed))"
    # asking the reader to comment below the article ("Have your say", "Leave a comment")
    r"|have\s+your\s+say|leave\s+(?:a|your)\s+comments?|comment\s+below)\b"
    # what the paper's readers can do: "Readers can report sightings at …"
    r"|(?:our\s+)?readers\s+(?:can|could|may|should|are\s+(?:invited|encouraged|asked|urged)\s+to)"
    r"\s+(?:report|send|share|submit|e-?mail|contact|call|write|get\s+in\s+touch|find|see"
    r"|read|visit|sign\s+up|take\s+part|join|donate|log|record|register|follow|watch|listen)\b"
    # conditionals and pointers addressed to the reader ("If you bought one, return it";
    # "Here are the details:")
    r"|(?:read|see|visit|browse)\s+(?:our|all\s+our|the\s+latest)\b"
    r"|if\s+you\b|here\s+(?:are|is)\b"
    # a worked example's instruction to the reader ("Take a second example.")
    r"|(?:take|consider)\s+(?:a|an|another|one\s+more|this|the)\s+(?:[\w’'-]+\s+)?"
    r"(?:example|case|scenario)\s*[.:]?\s*$"
    # "Anyone with information should call the police": whom to contact, for the reader
    r"|anyone\s+(?:who|with|without|in|on|living|travelling|concerned|affected|worried)\b"
    r"[^.;:]{0,100}?\b"
    r"(?:should|can|could|is\s+(?:urged|asked)\s+to|are\s+(?:urged|asked)\s+to)\s+"
    r"(?:call|contact|ring|phone|email|e-mail|text|get\s+in\s+touch|speak|seek|report"
    r"|check|stop|return|register|apply|visit|bring|avoid|keep)\b"
    # "For more information, visit www.x.example": where the reader can look
    r"|for\s+(?:more|further|full)\s+(?:information|info|details)\b[^.;:]{0,40}?"
    r"\b(?:visit|see|go\s+to|call|contact|email|e-mail)\b",
    re.I,
)
READER_INSIDE = rx.compile(
    r"\b(?:you\s+will|you[’']ll)\s+(?:discover|learn|find|see|love|read)\b"
    r"|\bin\s+this\s+(?:thrilling\s+|new\s+|exclusive\s+)*(?:story|article|piece|post|video|episode)\b"
    # "The full list can be found here"
    r"|\bcan\s+be\s+(?:found|read|seen|viewed|downloaded)\s+here\b",
    re.I,
)
MIN_WORDS = 3
MIN_CLAUSE_WORDS = 4  # an adverbial clause shorter than this only situates the statement
_CLAUSE_END = rx.compile(r"[,;:]")
# the opening of a cleft sentence, "it was X who …", at a clause's start
_CLEFT_IT = rx.compile(r"(?:^|[,;]\s+|\b(?:but|and|yet)\s+)it\s+(?:is|was|[’']s)\s", re.I)
# a coordinator after a comma, or a semicolon: the next clause begins
_NEXT_CLAUSE = rx.compile(r",\s+(?:but|yet)\s|;")
# a "when" clause after a comma, still open (no comma since) where a search stops
_IN_WHEN_CLAUSE = rx.compile(r",\s+when\s[^,;:]*$", re.I)


def words(text: str) -> list[str]:
    if text.isascii():  # casefolding the whole text folds each word alike, and faster
        return _WORD.findall(text.lower())
    return [w.casefold() for w in _WORD.findall(text)]


def count_words(text: str) -> int:
    """len(words(text)), without building the words."""
    return len(_WORD.findall(text))


# After these, a word that can be a noun or a verb ("report", "states") is read as a noun.
NOUN_CONTEXT = {
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "of", "in", "on", "at", "for", "to", "by", "with", "from", "into", "per", "each",
    "every", "some", "any", "no", "and", "or", "about", "over", "under", "than", "as",
    "own", "other", "many", "more", "most", "several", "few", "all", "both", "such", "same",
    "whose", "two", "three", "four", "five", "ten", "hundred", "thousand", "million",
    "that",  # "said that groups ...": after a complementizer comes a subject
}  # fmt: skip
# After these, a base form that can be a verb is one ("they report", "will cut").
VERB_CONTEXT = {
    "i", "we", "they", "you", "he", "she", "it", "who", "which", "that", "not", "also",
    "will", "would", "can", "could", "may", "might", "must", "should", "do", "does", "did",
    "never", "often", "still", "now", "then", "and", "but", "cannot",
}  # fmt: skip


def _readings(word: str) -> frozenset[str]:
    """The parts of speech a lowercase word can have, from lemminflect's English lexicon
    (empty for a word it does not know)."""
    return lexicon.readings(word)


_S_SUBJECTS = {"it", "this", "he", "she", "who", "which", "that", "news", "everyone"}


NEVER, ALWAYS, EITHER = 0, 1, 2  # what a word alone says about being a verb

_PRONOUNS = {"i", "you", "we", "they", "he", "she", "it", "that", "there", "who", "what"}
_CONTRACTED = rx.compile(r"([a-z]+)[’'](?:s|re|ve|m|ll|d)")


def _contracted_subject(w: str) -> bool:
    """Whether the lowercase word is a pronoun with its auxiliary ("it's", "we're",
    "they've", "i'm", with either apostrophe): a subject and a verb in one word."""
    m = _CONTRACTED.fullmatch(w)
    return m is not None and m.group(1) in _PRONOUNS


@functools.lru_cache(maxsize=1 << 16)
def _verb_class(w: str) -> int:
    """Whether the lowercase word `w` is never, always or maybe a finite verb."""
    if w in AUX or w in IRREGULAR_PAST or w in PRESENT:
        return ALWAYS
    if w.endswith(("’s", "'s")):
        return ALWAYS if w[:-2] in {"it", "that", "there", "he", "she", "what", "who"} else NEVER
    if _contracted_subject(w):
        return ALWAYS  # "we're", "they've", "I'll": a subject and its auxiliary
    if w.endswith("ing") or w in NOT_VERBS:
        return NEVER
    readings = _readings(w)
    if not readings:
        return ALWAYS if len(w) > 4 and w.endswith("ed") else NEVER
    if "VERB" not in readings and "AUX" not in readings:
        return NEVER
    return ALWAYS if readings <= {"VERB", "AUX"} else EITHER


@functools.lru_cache(maxsize=1 << 16)
def _noun_context(p: str) -> bool:
    """Whether a noun/verb word after the lowercase word `p` reads as a noun: after a
    determiner or preposition, a number, an -ing modifier or an adjective ("the report",
    "4,000 jobs", "working conditions", "new rules")."""
    return p in NOUN_CONTEXT or p[:1].isdigit() or p.endswith("ing") or _readings(p) == {"ADJ"}


def _adjective_name(prev: str | None, p: str) -> bool:
    """Whether the word before, known only as an adjective, is capitalised: a name ("Hale
    resigned", "Martin Hale retired"), not a modifier ("new rules"). A capitalised
    adjective before a noun opens a sentence ("Old miners gathered"), and a word the
    lexicon knows only as a verb is one after it all the same."""
    return prev is not None and prev[:1].isupper() and _readings(p) == {"ADJ"}


def is_verb(
    word: str, prev: str | None = None, first: bool = False, before: str | None = None
) -> bool:
    """Whether `word`, after the word `prev`, reads as a finite verb or an auxiliary.

    A word the lexicon knows only as a verb is one (except an -ing form, which needs an
    auxiliary); a word that may also be a noun or an adjective ("states", "report") is a
    verb after a subject-like word but not after a determiner or preposition. A
    capitalised word inside a sentence is a name.
    """
    w = word.casefold()
    return _is_verb(word, w, _verb_class(w), prev, first, before)


_SUPERLATIVE_NOUNS = frozenset({"maximum", "minimum", "lowest", "highest"})
# participles that say which of a kind after a superlative ("the maximum allowed", "the
# highest recorded"); a verb of doing stays one ("the eldest died in 2019")
_RECORDED = frozenset(
    {
        "allowed", "permitted", "recorded", "measured", "registered", "documented", "required",
        "observed", "authorised", "authorized",
    }
)  # fmt: skip


def _superlative(p: str) -> bool:
    """Whether the lowercase word is a superlative adjective ("largest", "maximum")."""
    return p in _SUPERLATIVE_NOUNS or (
        p.endswith("est") and len(p) > 5 and "ADJ" in _readings(p) and "VERB" not in _readings(p)
    )


# Words that make the noun after them plural ("three water firms", "several bus routes"):
# a verb in -s after that noun could not agree with it, so the -s word is a noun too.
_PLURAL_COUNT = frozenset(
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "several", "many", "few",
        "both", "these", "those", "numerous",
    }
)  # fmt: skip
_NUMBER_NOUNS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})


def _counted_noun(prev: str, before: str | None) -> bool:
    """Whether `prev` is a noun counted as plural by the word `before` it ("three water"
    in "three water firms"), so that an -s word after it is the compound's plural noun,
    not a verb that would have to agree with a singular subject."""
    if before is None:
        return False
    b, p = before.casefold(), prev.casefold()
    if p in _NUMBER_NOUNS or p[:1].isdigit() or not p.isalpha():
        return False  # "three million goes to …": the number is the subject
    return b in _PLURAL_COUNT or (b.isdigit() and b != "1")


# pronouns that end a partitive subject ("four of them", "some of us", "many of those")
_PARTITIVE_PRONOUNS = frozenset({"them", "us", "these", "those"})
# words after such a pronoun that describe it, no verb ("those present", "of them all")
_AFTER_PARTITIVE = frozenset({"present", "alive", "alone", "all", "both", "here", "there"})


# lowercase nouns a number after them names one of a kind ("number 1", "platform 2")
_LABEL_NOUNS = frozenset(
    {
        "number", "gate", "platform", "route", "room", "ward", "unit", "terminal", "flight",
        "line", "stage", "level", "phase", "article", "section", "chapter", "junction", "exit",
        "bay", "pier", "runway", "block", "zone", "division", "category", "grade", "court",
        "lane", "reactor", "building", "stand", "pitch", "coach", "carriage", "train", "bus",
        "tower", "wing", "hall", "floor", "site", "plot", "lot", "shed", "pit", "well",
    }
)  # fmt: skip


def _number_label(word: str | None) -> bool:
    """Whether a number right after `word` labels it ("Gate 4", "Route 66", "number 1",
    "Platform 2"), not counts what follows ("4 rooms" has its count before the noun): a
    label noun, or a capitalised name or noun that is no determiner, preposition or
    quantity."""
    if word is None or not word.isalpha():
        return False
    c = word.casefold()
    if c in _LABEL_NOUNS:
        return True
    found = _readings(c)
    return (
        word[:1].isupper()
        # a name, or a noun that is no adverb: never "Up 12 places", "Down 3 points"
        and (not found or ("NOUN" in found and "ADV" not in found))
        and c not in NOUN_CONTEXT | OPENERS | SUBJECT_START | _NUMBER_WORDS | _APPROXIMATORS
    )


# words that come before a figure, never a label of it ("About 40 stalls", "Nearly 3 in 10")
_APPROXIMATORS = frozenset({"almost", "nearly", "about", "around", "some", "over", "just", "only"})


@functools.lru_cache(maxsize=1 << 16)  # pure, and a word is read after the same few words
def _is_verb(
    word: str, w: str, found: int, prev: str | None, first: bool, before: str | None = None
) -> bool:
    """is_verb(word, prev, first), given the word casefolded (`w`) and its class (`found`),
    which the callers that read every word have at hand. Kept: most words of an article
    are read again after the same words, by several rules and by its repeated phrases."""
    if found == NEVER:
        return False
    if word == "May" and not first:
        # capitalised inside a sentence, "May" is the month ("3% in May") or a name
        # ("Theresa May"): the modal is written "may" there
        return False
    if word[:1].isupper() and not first and not (w in AUX or w in IRREGULAR_PAST or w in PRESENT):
        return False
    if word[:1].isupper() and not first and prev is not None and prev[:1].isupper():
        return w in AUX and prev.casefold() not in AUX  # "The Carrow Fell Action Group": a name
    if prev is not None and prev.casefold() == "to" and w not in IRREGULAR_PAST:
        return False  # "to hold", "to be": an infinitive, not a finite verb
    if (
        found == ALWAYS
        and prev is not None
        and prev in ("A", "An", "The")
        and w in IRREGULAR_PAST
        and _readings(w) & {"NOUN", "ADJ"}
    ):
        # "A set lunch costs …", "The cut hurt": an article opening the sentence is no
        # subject, so the word after it is a noun or an adjective, never its verb
        return False
    if (
        prev is not None
        and prev in ("That", "This")
        and before is None
        and w.endswith("s")
        and not w.endswith("ss")
        and "VERB" in _readings(w)
    ):
        return True  # "That sounds odd", "This means …": no plural after "that", "this"
    if found == ALWAYS:
        # "the maximum allowed", "the highest recorded": a participle after a superlative
        # says which one, like "the highest ever"; it is no verb of "the maximum"
        return prev is None or w not in _RECORDED or not _superlative(prev.casefold())
    p = prev.casefold() if prev else None
    if p is not None and w.endswith("ed") and p.isdigit() and _number_label(before):
        return True  # "Gate 4 closed at noon", "the museum number 1 closed": a label's number
    # "the hospital in Reading admitted": a place's name ending in -ing, then a past form,
    # is a subject and its verb (never "Rising costs", whose word is no -ed)
    named = (
        prev is not None
        and p is not None
        and prev[:1].isupper()
        and p.endswith("ing")
        and w.endswith("ed")
    )
    if p is not None and _noun_context(p) and not named and not _adjective_name(prev, p):
        return False
    if w.endswith("ed"):
        return p is not None or not first
    if w.endswith("s"):
        # "the lottery matters": a singular subject before it; "wages hours" is no clause
        return (
            prev is not None
            and p is not None
            and (not p.endswith("s") or p in _S_SUBJECTS or prev[:1].isupper())
            and not _counted_noun(prev, before)
        )
    # "they report", "will cut"; or a plural noun before it: "workers walk out"; or a
    # word that is only an adverb in -ly ("you famously refuse": never "daily report")
    if p is not None and p.endswith("ly") and _readings(p) == {"ADV"}:
        return True
    if p in _PARTITIVE_PRONOUNS and before is not None and before.casefold() == "of":
        # "Only four of them live nearby", "Most of us work": "X of them" is a plural
        # subject, and the word after it its verb (not "those present", "them all")
        return w not in _AFTER_PARTITIVE
    return (
        p in VERB_CONTEXT
        or (p is not None and len(p) > 3 and p.endswith("s") and "NOUN" in _readings(p))
        # "The fire spread across the hills", "The pipe burst": a past tense the same as
        # its base after a singular noun (after a determiner it is the noun: "the spread")
        or (w in _SAME_PAST and p is not None and "NOUN" in _readings(p))
    )


# past tenses written as their base form that are also nouns; after a noun, rarely one of
# a compound ("cheese spread"): "weather forecast", "film cast", "news broadcast" are, so
# those are not here, nor "read", whose participle follows its noun ("a statement read to
# the court")
_SAME_PAST = frozenset({"spread", "burst", "split", "thrust", "slit"})


def first_verb(text: str) -> int:
    """Where the first verb of `text` starts (its length if it has none)."""
    prev = before = None
    for k, m in enumerate(_WORD.finditer(text)):
        if k == 0 and m.group()[:1].isupper() and _NAME_NEXT.match(text, m.end()):
            pass  # "Peter Quinn", "Rose Kemp": a name's first word, not "peter", "rose"
        elif is_verb(m.group(), prev, k == 0, before):
            return m.start()
        before = prev
        prev = None if text[m.end() : m.end() + 1] in (",", ";", ":") else m.group()
    return len(text)


_NAME_NEXT = rx.compile(r" [A-Z][a-z]")


_AFTER_NUMBER = rx.compile(r"(?<![\w.,])\d[\d,.]*\s+([a-z]+)\b")


def verb_after_number(text: str) -> bool:
    """A verb in its plain form right after a number that ends the subject ("Children
    under 12 go free", "those over 65 pay half") or after a name that opens the text
    ("Derby move up to fourth"): no subject-like word comes before the verb, so `is_verb`
    does not read it. Only keeps a sentence from being left out as a
    fragment; never used to cut one (a noun after a number reads the same: "3 travel
    agents"). So it also says yes to a news sentence that states without a verb that
    something is, or is not, there (`verbless_statement`)."""
    if verbless_statement(text):
        return True
    for m in (*_AFTER_NUMBER.finditer(text), *_AFTER_NAME.finditer(text)):
        w = m.group(1)
        if "VERB" in _readings(w) and w in lexicon.lemmas(w, "VERB"):
            return True
    # "Terminal 5 handles most flights": a label's number (`_number_label`), then a verb
    # in -s that agrees with the one thing it names
    for m in _AFTER_LABEL.finditer(text):
        w = m.group(2)
        if (
            _number_label(m.group(1))
            and "VERB" in _readings(w)
            and any(lexicon.verb_form(lemma, "VBZ") == w for lemma in lexicon.lemmas(w, "VERB"))
        ):
            return True
    # "Her crew call her a legend", "The police fear the worst": a plural noun without an
    # -s (or a body that takes a plural verb), then a verb's plain form and its object
    if (bare := _AFTER_BARE_PLURAL.match(text)) is not None:
        w = bare.group(1)
        if "VERB" in _readings(w) and w in lexicon.lemmas(w, "VERB"):
            return True
    # "The win, her third title, lifts her to second": a verb in -s after an aside
    aside = _AFTER_ASIDE.match(text)
    if aside is not None and "VERB" in _readings(w := aside.group(1)):
        return any(lexicon.verb_form(lemma, "VBZ") == w for lemma in lexicon.lemmas(w, "VERB"))
    # "A separate rain warning covers Cumbria": a verb in -s after a noun in -ing ("warning",
    # "ruling", "funding"), which `is_verb` reads as a modifier ("working conditions")
    for m in _AFTER_ING_NOUN.finditer(text):
        noun, w = m.group(1).casefold(), m.group(2)
        if "NOUN" in _readings(noun) and "VERB" in _readings(w):
            lemmas = lexicon.lemmas(w, "VERB")
            if any(lexicon.verb_form(lemma, "VBZ") == w for lemma in lemmas):
                return True
    return False


_AFTER_LABEL = rx.compile(r"\b([A-Za-z]+)\s+\d+[A-Z]?\s+([a-z]{3,}s)\s")
_AFTER_BARE_PLURAL = rx.compile(
    r"[“\"‘']?(?:The|Her|His|Their|Its|Our|My|Your)\s+(?:people|children|men|women|police"
    r"|staff|crew|personnel|cattle|folk|clergy|public|team|family|jury|audience)\s+([a-z]{3,})"
    r"\s+(?:the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|us|me|it|that)\b"
)
_AFTER_ASIDE = rx.compile(r"[“\"‘']?[A-Z][^,;:]{1,60}, [^,;:]{1,80}, ([a-z]{3,}s)\s")
_AFTER_ING_NOUN = rx.compile(r"\b([A-Za-z]{3,}ing)\s+([a-z]{3,}s)\s")


# "Still no sign of the hikers.", "Two arrests so far.", "Not a single train on time.":
# a quantity, none or a number, then a noun: what there is (or is not), said without "there
# is"; a time word may come first
_THERE_IS = rx.compile(
    r"(?:(?:still|yet|so\s+far|again|now|and|but|as\s+yet)\s*,?\s+)?"
    r"(?:(?:no|not\s+(?:a|one|a\s+single)|nothing|little)\s+(?!of\b|more\b|less\b)[a-z]"
    # a number of things, plural: "Two arrests", "More than 40 flights" (never a year,
    # "2024 newspaper of the year", nor a code, "13520 or P-13520")
    r"|(?:several|few|dozens|hundreds|thousands|(?:(?:more|fewer|less)\s+than|at\s+least)\s+"
    r"(?!(?:19|20)\d\d\b)[£$€]?\d[\d,.]*|(?!(?:19|20)\d\d\b)\d[\d,.]*"
    r"|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)"
    r"\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*[a-z]s\b)",
    re.I,
)


def verbless_statement(text: str) -> bool:
    """Whether a sentence without a verb states what there is, or is not ("Still no sign of
    the missing hikers.", "Two arrests so far."): a statement a reviewer can check, not a
    fragment; a bare noun phrase ("The biggest rise in a decade.") is no such statement."""
    body = text.strip().strip("“”\"‘’'")
    return (
        body.endswith((".", "!"))
        and count_words(body) >= MIN_WORDS
        and _THERE_IS.match(body) is not None
    )


# "Derby move up to fourth", "Surrey slip to fifth": a name (a team, a body) that takes
# a plural verb in its plain form, which `is_verb` does not read after a name; and two
# names joined by "and", a plural subject ("Tom Little and Ann Ray run a firm")
_AFTER_NAME = rx.compile(
    r"^[“\"‘']?(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)\s)"
    r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:(?:and|&)\s+(?:[A-Z][\w’'.-]*\s+){1,3})?([a-z]+)(?=\s)"
)


def has_verb(text: str) -> bool:
    # most texts asked about are a word or two, asked again and again ("said", "the"); a
    # longer one is asked again by the later rules that look at the same clause
    return _has_verb_short(text) if len(text) <= _SHORT else _has_verb_long(text)


# "May 2021", "May 14": the month, never the modal
_DATE_AFTER = rx.compile(r"\s+\d")


# the subjects that "very much" may stand after before their verb ("I very much doubt it")
_DOUBTERS = frozenset({"I", "We", "we", "They", "they", "You", "you", "He", "he", "She", "she"})


def _has_verb(text: str) -> bool:
    prev = before = None
    named = False  # the word before is a capitalised name set off by a comma
    for k, m in enumerate(_WORD.finditer(text)):
        w = m.group()
        c = w.casefold()
        # most words are never verbs: a cached lookup says so without the full reading
        if (
            (found := _verb_class(c)) != NEVER
            and (
                _is_verb(w, c, found, prev, k == 0, before)
                # "His son, Tom Ray, read a statement": after a name's closing comma, a
                # noun-or-verb word with an object after it is the name's verb
                or (named and found == EITHER and _DETERMINER_NEXT.match(text, m.end()))
            )
            and not (w == "May" and _DATE_AFTER.match(text, m.end()))
        ):
            return True
        if (
            found == EITHER
            and c.endswith("s")
            and prev is not None
            and prev.casefold() == "own"
            and _OF_OWN.search(text, max(0, m.start() - 20), m.start())
        ):
            return True  # "A shop of her own sells it": "of her own" ends the noun phrase
        # a word after a comma starts afresh ("wages, hours, pensions": a list, not a verb)
        nxt = text[m.end() : m.end() + 2]
        if c == "much" and prev is not None and prev.casefold() == "very" and before in _DOUBTERS:
            # "I very much doubt it", "we very much hope so": the degree between the
            # subject and its verb is read past, so the verb follows its subject
            prev, before = before, None
            continue
        before = prev
        named = nxt[:1] == "," and w[:1].isupper() and c not in _PRONOUNS
        prev = None if nxt[:1] in ",;:" else w
    return False


# "of her own", "of their own": a phrase that ends its noun phrase
_OF_OWN = rx.compile(r"\bof\s+(?:my|your|his|her|its|our|their)\s+own\s+$", re.I)
# a determiner after a word: the word is a verb and this opens its object ("read a …")
_DETERMINER_NEXT = rx.compile(r"\s+(?:a|an|the|his|her|their|its)\s", re.I)


def _named_then_verb(text: str, prev: str, m: re.Match[str]) -> bool:
    """Whether the word `m` follows the name `prev` and its closing comma, may be a noun
    or a verb, and has an object after it: the name's verb ("His son, Tom Ray, read a
    statement")."""
    return (
        prev[:1].isupper()
        and prev.casefold() not in _PRONOUNS
        and text[m.start() - 2 : m.start()] == ", "
        and _verb_class(m.group().casefold()) == EITHER
        and _DETERMINER_NEXT.match(text, m.end()) is not None
    )


_SHORT = 24  # characters: a text this short is looked up, the answer kept (it is pure)
_has_verb_short = functools.lru_cache(maxsize=1 << 16)(_has_verb)
_has_verb_long = functools.lru_cache(maxsize=1 << 12)(_has_verb)


_NO_LONGER = rx.compile(r"\s*no\s+longer\s+", re.I)


# a short phrase of time before a predicate ("for a moment", "at once", "in 2019", "the
# next day"): "for a moment looked pleased" is still a predicate without its subject
_TIME_PHRASE_FIRST = rx.compile(
    r"(?:(?:for|at|in|within|after)\s+(?:a|an|the|that|this|one)?\s*"
    r"(?:moment|while|once|first|last|time|minute|second|day|week|year|\d{4})"
    r"|(?:the\s+)?next\s+(?:day|morning|week|year)|briefly|later|soon|then)\s+(?=[a-z])",
    re.I,
)


def starts_with_verb(text: str) -> bool:
    """A predicate without its subject ("but believed to be", "and have given", "no
    longer applies")."""
    if (longer := _NO_LONGER.match(text)) is not None:
        text = text[longer.end() :]
    words = _WORD.finditer(text)
    first = _first_content_word(words)
    if first is None or _contracted_subject(first.casefold()):
        return False
    second = next(words, None)
    if second is not None and _noun_before_past(first, second.group()):
        return False  # "costs fell", "plans were dropped": a plural noun, then its verb
    if first[:1].isupper() and second is not None and second.group()[:1].isupper():
        return False  # "Peter Quinn", "Rose Kemp": a name, not "peter", "rose"
    # an -ed form opening a predicate reads as a verb ("included four parties")
    if has_verb(first) or (first.casefold().endswith("ed") and is_verb(first, "it")):
        return True
    # a noun-or-verb word, then a determiner: a verb and its object ("collects the tolls")
    return second is not None and _verb_then_object(first, second.group())


# determiners that open a verb's object and never follow a plural noun as its own words
# ("collects the tolls"; "sales this year" has a time after its noun, so not "this")
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def _verb_then_object(word: str, then: str) -> bool:
    """Whether `word`, a form in -s or -ed that may be a verb, then `then`, a determiner,
    are a verb and the start of its object ("collects the", "rents its")."""
    w = word.casefold()
    return (
        word[:1].islower()
        and w.endswith(("s", "ed"))
        and then.casefold() in _OBJECT_DETERMINERS
        and "VERB" in _readings(w)
    )


def _predicate_item(final: str) -> bool:
    """Whether the words after a sentence's last ", and" open with a verb and its object
    ("…, which cost £148m, and collects the tolls"): a second predicate of the clause
    before the relative clause, never a last item of a list that clause's verb takes."""
    found = _WORD.findall(final, 0, 60)
    return len(found) >= 2 and _verb_then_object(found[0], found[1])


def _noun_before_past(word: str, then: str) -> bool:
    """Whether `word` is a plural noun that reads as a verb, followed by its own verb in
    the past ("costs fell", "crews rescued"): a subject, not a predicate."""
    w = word.casefold()
    return w.endswith("s") and "NOUN" in _readings(w) and _past_verb(then.casefold())


_PHRASE_WORDS = rx.compile(r"[^,;:()]{1,100}")


def _reduced_relative(sentence: str, y: int) -> bool:
    """Whether the phrase at y is a noun with a past participle after it ("letters written
    by sailors", "diaries kept by nurses in 1915"): a reduced relative clause inside a noun
    phrase, not a clause of its own ("costs rose by 3%": the number makes it a verb)."""
    phrase = _PHRASE_WORDS.match(sentence, y)
    found = _tokens(phrase.group()) if phrase else []
    for j, w in enumerate(found[1:5], 1):
        c = w.casefold()
        prev = found[j - 1]
        if _verb_class(c) == ALWAYS and not _past_participle(c):
            return False  # "and the letters were written by …": a clause
        noun_before = prev[:1].isupper() or "NOUN" in _readings(prev.casefold())
        if not noun_before or not _past_participle(c):
            continue
        agent = found[j + 1 : j + 3]
        by_someone = len(agent) == 2 and agent[0].casefold() == "by" and not agent[1][:1].isdigit()
        return _only_participle(c) or by_someone
    return False


_LAST_AND = rx.compile(r"\s(?:and|or)\s")


def _reduced_relative_goes_on(sentence: str, begin: int, x: int, y: int) -> bool:
    """Whether "and" at x..y joins a second past participle to a reduced relative that
    ends the clause before it ("Dengue is a disease spread by mosquitoes and found in 100
    countries"): a noun, a participle with its agent ("by mosquitoes") or one that is no
    past tense ("taken to …") and no verb after them; the second participle is the noun's
    too, never a predicate of the clause's subject ("Dengue found …")."""
    nxt = _NEXT_WORD.match(sentence, y)
    if nxt is None or not (_past_participle(low := nxt.group(1)) or low in _SAME_PAST):
        return False
    lo = max(begin, x - WINDOW)
    comma = sentence.rfind(",", lo, x)
    found = _tokens(sentence[comma + 1 if comma >= 0 else lo : x])
    for k in range(len(found) - 2, 0, -1):
        c, prev = found[k].casefold(), found[k - 1]
        if not (_past_participle(c) or c in _SAME_PAST) or c in AUX:
            if is_verb(found[k], found[k - 1]) and not found[k][:1].isupper():
                return False  # "… spread by ticks that carry it and …": another verb
            continue
        if not (prev[:1].isupper() or "NOUN" in _readings(prev.casefold())):
            return False  # "was spread by …": a passive, whose own rules judge it
        head = " ".join(found[: k - 1])
        if prev.casefold() in AUX or not has_verb(head):
            return False  # "Prices soared by …": the clause's own verb, no relative
        if _REPORTED_BY.search(head) or head.casefold().endswith(("that", "that the")):
            return False  # "said prices soared by a third and fell …": a reported clause's
        agent = found[k + 1 : k + 3]
        by_someone = len(agent) == 2 and agent[0].casefold() == "by" and not agent[1][:1].isdigit()
        return _only_participle(c) or by_someone
    return False


def _object_after_aside(at: _Sentence, sentence: str, begin: int, x: int, y: int) -> str | None:
    """After an object with a relative clause set off by commas ("blamed the floods,
    which hit the line,"), whether ", and" at x..y adds a second object that has a reduced
    relative and no verb of its own ("and a shortage of trains caused by delays"): then
    the main clause up to its verb, which the object borrows ("It blamed"), or "" when
    that clause is not found (the sentence stays whole); None for any other shape."""
    aside = next(
        (a for a in _RELATIVE_ASIDE.finditer(sentence, max(begin, x - WINDOW), x) if a.end() == x),
        None,
    )
    if aside is None:
        return None
    phrase = _PHRASE_WORDS.match(sentence, y)
    found = _tokens(phrase.group()) if phrase else []
    if not found or found[0].casefold() not in _DETERMINERS:
        return None  # a noun phrase opens with its determiner ("a shortage of …")
    participle = 0
    for j in range(2, min(len(found) - 1, MAX_NP)):
        c = found[j].casefold()
        if c in AUX:
            return None  # "and the letters were written by …": a clause
        agent = found[j + 1].casefold() == "by"
        if _past_participle(c) and "VERB" in _readings(c) and (agent or _only_participle(c)):
            participle = j  # "caused by delays", "written by sailors", "taken from …"
            break
    if not participle or has_verb(" ".join(found[participle + 1 :])):
        return None  # "and letters written by sailors were found": a clause after all
    verb = at.last_verb_end(aside.start())
    if verb <= begin:
        return ""
    lead = " ".join(sentence[begin:verb].split())
    lead = LEADING.sub("", lead, count=1) if LEADING.match(lead) else lead
    return lead if starts_clause(lead) and not in_reported_clause(lead) else ""


def _item_then_reduced(sentence: str, y: int) -> bool:
    """Whether the phrase at y is a list's last items with no verb but a reduced relative
    ("a flag from 1812 and diaries kept by nurses"): the list goes on, no clause starts."""
    phrase = _PHRASE_WORDS.match(sentence, y)
    if phrase is None or (" and " not in phrase.group() and " or " not in phrase.group()):
        return False
    joins = list(_LAST_AND.finditer(phrase.group()))
    return (
        bool(joins)
        and not has_verb(phrase.group()[: joins[-1].start()])
        and _reduced_relative(sentence, y + joins[-1].end() - 1)
    )


def _past_verb(word: str) -> bool:
    """A verb in the past tense: "fell", "were", "doubled" (never a noun's reading alone)."""
    if word.endswith("ed"):
        return "VERB" in _readings(word)
    if word in ("was", "were", "had", "did") or word in IRREGULAR_PAST:
        return True
    plain = not word.endswith(("s", "ing"))
    return plain and _verb_class(word) == ALWAYS and "VERB" in _readings(word)


def _adverb_in_ly(word: str, low: str) -> bool:
    """Whether a word in -ly (`low`: casefolded) reads as an adverb: in lower case, or
    capitalised and known as one ("Nearly"); a capitalised word the lexicon does not know
    as an adverb is a name ("Kozely", "Donnelly"), the subject of the verb after it."""
    return word[:1].islower() or "ADV" in _readings(low)


def _first_content_word(found: Iterator[re.Match[str]]) -> str | None:
    """The first word that is not an adverb ("even", "nearly"), read from `found`; the
    words after it are left to read."""
    for m in found:
        w = m.group()
        c = w.casefold()
        if c not in ADVERBS and not (c.endswith("ly") and _adverb_in_ly(w, c)):
            return w
    return None


def starts_clause(text: str) -> bool:
    """A subject, then a verb: the start of an independent clause."""
    rest = _WORD.finditer(text)
    first = _first_content_word(rest)
    if first is not None and _contracted_subject(first.casefold()):
        return True  # "it's why ...", "we're told ...": the subject and its verb
    if first is None or first.casefold() in OPENERS or has_verb(first):
        return False
    subject = first.casefold() in SUBJECT_START or first[:1].isupper() or first[:1].isdigit()
    if subject and has_verb(text):
        return True
    # or a plain noun with its verb close behind ("children have been jailed"); the words
    # of a name do not count ("chief executive Ada Ruiz says")
    plain = 0
    for m in itertools.islice(rest, MAX_NP):
        w = m.group()
        if has_verb(w) and w != "May":  # past the first word: the month or a name
            return True
        plain += not w[:1].isupper()
        if plain >= 3:
            break
    return False


# a short subject (a name, a noun phrase with its determiner, or a plural noun alone), an
# aside set off by commas, then what follows it
_SUBJECT_ASIDE = rx.compile(
    r"(?:(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
    r"|(?i:the|her|his|its|their|our|my|this|that|an?|another)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+"
    r"|(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)"  # "heavy rain", "profits"
    r",\s+(?P<aside>[^,;:()“”\"]{3,80}?),\s+(?=\S)"
)


def _subject_aside_then_verb(rest: str) -> bool:
    """Whether `rest` (after "and" or "but") is a clause whose subject is set off from its
    verb by an aside: "Petrov, alone on the left wing, scored", "profits, helped by lower
    costs, doubled", "her deputy, a former teacher, took over". Read without the aside,
    it is a clause."""
    m = _SUBJECT_ASIDE.match(rest)
    if m is None:
        return False
    if not starts_with_verb(rest[m.end() :]):
        # "A new fund, open to all, closes in May": a word that may be a noun ("closes")
        # is the verb after the subject's noun
        subject = _tokens(rest[: m.start("aside")])
        nxt = _first_word(rest, m.end(), m.end() + 40)
        if not subject or not is_verb(nxt, subject[-1]) or nxt.endswith("ing"):
            return False
    aside = m.group("aside")
    if _first_word(aside, 0, len(aside)).casefold() in ("and", "or", "but"):
        return False
    return starts_clause(rest[: m.start("aside") - 2] + " " + rest[m.end() :])


_AND_OR_BUT = rx.compile(r"\b(?:and|but)\s+")


def _in_subject_aside(sentence: str, x: int, opening: bool = False) -> bool:
    """Whether the comma at x opens or closes an aside between a subject just after "and"
    or "but" and its verb ("… and Petrov, alone on the wing, scored"): no cut there.
    With `opening`, also between the sentence's own subject and its verb ("The keeper,
    aged 61, retired in June": he retired, no "retired in June" hangs on his age)."""
    if sentence[x : x + 1] != ",":
        return False
    starts = [conj.end() for conj in _AND_OR_BUT.finditer(sentence, max(0, x - 160), x)]
    if opening and x <= 160:
        starts.append(0)
    for at in starts:
        m = _SUBJECT_ASIDE.match(sentence, at)
        if (
            m is not None
            and x in (m.start("aside") - 2, m.end("aside"))
            and _subject_aside_then_verb(sentence[at : at + WINDOW])
        ):
            return True
    return False


def _in_opening_aside(sentence: str, x: int) -> bool:
    """Whether x lies inside an aside set off by commas between the sentence's opening
    subject and its verb ("Brell, the biggest bank by lending volume, cut its rates"):
    no clause is complete there, so "by lending volume" ranks the bank and is no means
    of a deed, its "-ing" word no verb."""
    m = _SUBJECT_ASIDE.match(sentence)
    return (
        m is not None
        and m.start("aside") <= x < m.end("aside")
        and _subject_aside_then_verb(sentence[:WINDOW])
    )


def _long_subject(text: str) -> bool:
    """A subject of up to MAX_NP words that no verb reading interrupts, then a word that
    is surely a verb ("higher than average energy bills are ..."): a clause."""
    stop = _CLAUSE_END.search(text, 0, 200)
    found = _tokens(text[: stop.start() if stop else 200])[: MAX_NP + 1]
    if not found or has_verb(found[0]) or found[0].casefold() in OPENERS:
        return False
    for k, w in enumerate(found):
        if w.casefold() in ("who", "which", "that", "whose"):
            return False  # "cheap gin, which is …": a relative clause, not a clause
        if _verb_class(w.casefold()) == ALWAYS:
            return k >= 2
    return False


@dataclass
class Piece:
    start: int
    end: int
    # "clause", "relative", "aside" (a relative clause whose claim keeps the clause before
    # it), "attached", "descriptor", "subject", "complement", "gapped"
    kind: str
    lead: str | None = None  # a complement's clause up to its verb ("prices were")


def is_question(text: str) -> bool:
    """A sentence that asks and says nothing else: a question, or a quoted question with
    no more than who asked it ("Asked about cuts, she said: “Why would we close it?”").
    A quotation that says something before its question ("“We have 400 pupils. Why
    close it?”"), or a statement before the quotation ("She said A and asked: “…?”"), is
    no question: its sentences are read one by one. The marks of a bold or italic run
    that ends with it ("Are they right?**") are not its words."""
    text = text.rstrip().rstrip("*_")
    if not text.rstrip(" \"'”’)»").endswith("?"):
        return False
    body = text.rstrip(" \"'”’)»")
    opened = max(body.rfind("“"), body.rfind('"') if text.rstrip()[-1:] == '"' else -1)
    if opened < 0 or body.rfind("”") > opened:
        return True  # no quotation holds the question mark: the sentence asks
    if _SAID_THEN.search(body, opened + 1):
        return False  # "… said: “We have 400 pupils. Why would we close it?”"
    before = body[:opened].rstrip(" :,")
    if (asked := _ASKED.match(before)) is not None:
        before = before[asked.end() :]  # "Asked about cuts, she said"
    if not before:
        return True
    said = _ASKING.sub("said", _BETWEEN_COMMAS.sub(" ", before))  # "X, an MP, asked"
    who = _LAST_WORD.sub("", said)  # a speaker and no verb of its own: nothing else said
    return is_bare_attribution(said) and not has_verb(who)


# a sentence inside a quotation that ends with a full stop before the next one starts
_SAID_THEN = rx.compile(r"(?<=[\w%)])[.!](?=\s+[A-Z])")
_LAST_WORD = rx.compile(r"\s*[\w’'-]+\W*$")
_ASKING = rx.compile(
    r"\b(?:asked|asks|wondered|queried|demanded|laughed|joked|smiled|shrugged|quipped)$", re.I
)
_BETWEEN_COMMAS = rx.compile(r",\s+[^,;:“”\"]{1,80},\s+")


_LEAD_IN = rx.compile(
    r"\b(?:are|is|were|was|be|include|includes|included|including|following|these|those"
    r"|as follows"
    r"|namely|e\.g\.|like)\s*:\s*$",
    re.I,
)


# "LONDON (Reuters) - ", "MANCHESTER, 5 September - ": where and when a story was filed
_DATELINE = rx.compile(
    r"[A-Z]{2,}(?:[ .'’-]+[A-Z]{2,}){0,3}(?:\s*\([A-Za-z .&-]{2,30}\))?"
    # a state or county after the place ("RENO, Nev. - ", "DENVER, Colo., March 3 - "),
    # in capitals too when a dash follows ("PORTREE, ISLE OF SKYE - ")
    r"(?:,\s*(?:[A-Z][a-z]{1,5}\.(?=[\s,])|[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?(?=\s*[-–—])"
    r"|[A-Z]{2,}(?:[ .'’-]+[A-Z]{2,}){0,3}(?=\s*[-–—])))?"
    r"(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s*\d{4})?)?"
    # the agency may follow the date too ("LONDON, Nov 20 (Reuters) - ")
    r"(?:\s*\([A-Za-z .&-]{2,30}\))?"
    r"\s*(?:(?P<dash>[-–—]{1,2}|:)\s+(?=[A-Z\"“‘])|,\s+(?=[a-z]))"
)


# "19:40 - ", "10.45am: ", "2:15 pm BST - ": the time a live blog's entry was posted
_TIME_STAMP = rx.compile(
    r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?i:[ap]\.?m\.?))?|(?:1[0-2]|0?\d)\s*(?i:[ap]\.?m\.?))"
    r"(?:\s+[A-Z]{2,4})?\s*(?:[-–—]{1,2}|:)\s+(?=[A-Z\"“‘])"
)


def dateline(sentence: str) -> int:
    """How long the dateline that opens a sentence is (0 if there is none): a place, a
    date or an agency, then a dash ("LONDON, Nov 20 (Reuters) - "); or then a comma and a
    bare attribution ("PARIS, May 3 (Reuters), the office said."), no statement at all;
    or the time a live blog's entry was posted ("19:40 - ")."""
    if (stamp := _TIME_STAMP.match(sentence)) is not None:
        return stamp.end()
    m = _DATELINE.match(sentence)
    if m is None:
        return 0
    if m.group("dash") is None and not (
        "(" in m.group() and is_bare_attribution(sentence[m.end() :].rstrip().rstrip("."))
    ):
        return 0  # "LONDON, Nov 20, prices fell": no agency, no dash: maybe a clause
    return m.end() if m.group("dash") else len(sentence)  # nothing said after it


def has_sure_verb(text: str) -> bool:
    """Whether a word of `text` can only be a verb ("is", "owns", "said"), not one that
    may be a noun too ("display", "market")."""
    return any(_verb_class(w.casefold()) == ALWAYS for w in _WORD.findall(text))


def has_sure_verb_in_item(text: str) -> bool:
    """has_sure_verb, with the words a list item's noun phrase holds read as it reads
    them: "May" before a figure is the month ("No trains until May 2027"), a past
    participle after a determiner describes the noun after it ("A stop at the reopened
    halt"). Only a word that is a verb there makes the item a clause of its own."""
    prev = ""
    for m in _WORD.finditer(text):
        w = m.group()
        c = w.casefold()
        if _verb_class(c) == ALWAYS and not (
            (w == "May" and _DATE_AFTER.match(text, m.end()))
            or (prev in _DETERMINERS and _past_participle(c))
        ):
            return True
        prev = c
    return False


# "Inspectors found that the firm had:": a clause that stops at an auxiliary, whose
# verb and object are each item of the list below it
_LEAD_IN_AUXILIARY = rx.compile(
    r"\s(?:had|has|have|will|would|must|should|could|can|did|was|were|is|are)\s*:\s*$", re.I
)


# a lead-in that stops at a word no clause ends with ("The agency told buyers to:", "The
# audit found that:", "Cuts will fall on:"): unfinished, each item is its end
_LEAD_IN_OPEN = rx.compile(
    r"\s(?:to|that|whether|of|for|with|by|from|about|into|than|on|in|at|as|and|or|the|a|an)"
    r"\s*:\s*$",
    re.I,
)
# a lead-in that stops at the subject of its "that" clause ("The audit found that the
# firm:", "Inspectors said that staff:"): each item is that subject's predicate
_LEAD_IN_THAT_SUBJECT = rx.compile(
    r"\sthat\s+(?P<subject>[\w’'-]+(?:\s+[\w’'-]+){0,3})\s*:\s*$", re.I
)


def _that_subject(text: str) -> bool:
    """Whether a lead-in stops at its "that" clause's subject, no verb after it."""
    found = _LEAD_IN_THAT_SUBJECT.search(text[-80:])
    return found is not None and not has_verb(found.group("subject"))


# a lead-in that stops at a verb whose object is the list ("The figures also show:", "The
# review found:", "Officials said:"): each item is what was shown, found or said
_FIRST_PERSON = rx.compile(r"\W*(?:we|i)\s", re.I)
_LEAD_IN_VERB = rx.compile(
    r"\s(?:show|shows|showed|shown|found|finds|find|reveal|reveals|revealed|suggest|suggests"
    r"|suggested|indicate|indicates|indicated|said|says|say|added|noted|notes|concluded"
    r"|concludes|warned|warns|recommended|recommends|stated|states|confirmed|confirms)"
    r"\s*:\s*$",
    re.I,
)
# "The club confirmed the following figures:" or "… the following figures.", "… as
# follows.": it says only that a list comes
_LEAD_IN_FOLLOWING = rx.compile(
    r"\b(?:the\s+following(?:\s+[\w’'-]+){0,6}|as\s+follows)\s*[:.]\s*$", re.I
)
# "Where the money goes (2027/28, net spending):", "What parents should do:": a title over
# a list, worded as what it answers, no question and no statement
_LEAD_IN_TITLE = rx.compile(
    r"(?:where|what|how|who|why|when|which)\s[^,;?!.()]{1,80}(?:\([^()]{0,60}\))?\s*:\s*", re.I
)


# "Among those that sent help:", "Among them:": a phrase with no clause of its own, whose
# items are what it is about (each is among them)
_LEAD_IN_AMONG = rx.compile(r"\W*among\s[^.;!?:]{1,100}:\s*", re.I)


# "Things the station says it needs:", "Ways parents can help:", "Changes the board made
# to:": a title over a list, a plural noun and a clause about it without "that", which
# stops at the verb or the preposition whose object each item is; no statement of its own
_LEAD_IN_NOUN_CLAUSE = rx.compile(
    r"\W*(?P<noun>[A-Z][a-z]+s)\s+(?:the|a|an|its|his|her|their|our|my|your|this|these|it"
    r"|they|we|he|she|you|people|parents|readers|residents|[A-Z][\w’'-]*)\s+"
    r"(?P<rest>[^.;!?:,()]{0,80}?)(?P<last>[a-z][\w’'-]*)\s*:\s*"
)


def _noun_clause_title(text: str) -> bool:
    """Whether a lead-in is a title of a plural noun and a clause about it
    (_LEAD_IN_NOUN_CLAUSE): its first word a noun ("Things", "Ways"), its last word one
    that may be a verb, or a preposition: what each item is the object of."""
    m = _LEAD_IN_NOUN_CLAUSE.fullmatch(text.strip())
    if m is None or "NOUN" not in _readings(m.group("noun").casefold()):
        return False
    last = m.group("last")
    return last in _BY_PLACE or last in ("to", "with", "about") or _verb_class(last) != NEVER


def is_lead_in(text: str) -> bool:
    """A line that only introduces a list ("The best known of these are:", "The review
    found that the firm had:", "The club confirmed the following figures.", "Where the
    money goes:", "Among them:"), or that its items finish ("The agency told buyers
    to:"); one that states something itself ("The group has stated that it has two
    goals:") is a claim."""
    tail = text[-120:]  # the end says it
    return bool(
        _LEAD_IN.search(tail)
        or _LEAD_IN_AUXILIARY.search(tail)
        or _LEAD_IN_OPEN.search(tail)
        or (_LEAD_IN_VERB.search(tail) and not _FIRST_PERSON.match(text))
        or _that_subject(tail)
        or _LEAD_IN_FOLLOWING.search(tail)
        or _LEAD_IN_TITLE.fullmatch(text.strip())
        or _LEAD_IN_AMONG.fullmatch(text.strip())
        or _noun_clause_title(text)
    )


def completes_lead_in(lead_in: str, item: str) -> bool:
    """Whether a list item is the rest of its lead-in's clause: the lead-in stops at an
    auxiliary ("Inspectors found that the firm had:") and the item opens with a verb
    ("kept records too long"), or it stops at a word no clause ends with ("Inspectors
    found that:"): alone, the item says nothing of who did it, nor that it is what the
    inspectors found; its claim is the lead-in and the item."""
    if _LEAD_IN_OPEN.search(lead_in + ":"):
        return True
    if _LEAD_IN_VERB.search(lead_in + ":") and not _FIRST_PERSON.match(lead_in):
        return True  # "The figures also show:"; "We found:" is the article's own voice
    return (
        _LEAD_IN_AUXILIARY.search(lead_in + ":") is not None or _that_subject(lead_in + ":")
    ) and starts_with_verb(item)


def reports_items(lead_in: str) -> bool:
    """Whether a lead-in says who found, showed or said its items ("The audit found
    that:", "The figures also show:"), not in the article's own voice ("We found:"):
    every statement of an item is theirs, not only the item's first sentence."""
    if _FIRST_PERSON.match(lead_in):
        return False
    bare = re.sub(r"\s+that\s*:?\s*$", "", lead_in.rstrip(": "), flags=re.I)
    return _LEAD_IN_VERB.search(bare + ":") is not None


REPORTING = (
    r"(?:said|says|say|told\s+(?:the\s+|a\s+|an\s+)?\S+|tells\s+(?:the\s+|a\s+|an\s+)?\S+|reported|reports|added|adds|argued|argues|wrote"
    r"|writes|insisted|insists|warned|warns|tweeted|tweets|believes|believe|claimed|claims"
    r"|stated|states|explained|explains|noted|notes|announced|announces|confirmed|confirms"
    r"|commented|comments|concluded|concludes|suggested|suggests|admitted|admits|told|tells"
    r"|revealed|reveals|estimated|estimates|predicted|predicts|stressed|pointed\s+out"
    r"|heard|ruled|rules|alleged|alleges"  # "…, the court heard", "…, the judge ruled"
    r"|acknowledged|acknowledges|conceded|concedes|asserted|asserts|replied|replies"
    r"|countered|counters|emphasised|emphasises|emphasized|emphasizes)"
)
# A piece that only names who said something: "the board said", "according to X",
# "X, its chief executive, told reporters", "as the report states".
_BARE_ATTRIBUTION = rx.compile(
    r"[\W_]*(?:according\s+to\s+[^;:]{1,100}"
    r"|as\s+(?:[^,;:]{1,60}\s+)?(?:" + REPORTING + r")(?:\s+by\s+[^,;:]{1,60})?"
    r"|[^,;:]{1,80}?\s+(?:has\s+|have\s+|had\s+)?"
    + REPORTING
    + r"(?:\s+(?:on|in|at|last|this|yesterday|today|earlier|later|previously)\b[^,;:]{0,40})?"
    r")[\W_]*",
    re.I,
)


# A lead-in that says whose words the items under it are: a verb of saying or proposing,
# or a noun for what was said ("The review makes five recommendations:", "The union
# listed its demands:", "Ann Lee told the meeting:")
_ANNOUNCING = rx.compile(
    r"\b(?:" + REPORTING + r"|recommend(?:s|ed)?|propos(?:e|es|ed)|urg(?:e|es|ed)|list(?:s|ed)"
    r"|sets?\s+out|call(?:s|ed)?\s+for|demand(?:s|ed)?|found|finds|identif(?:y|ies|ied)"
    r"|recommendations|proposals|demands|findings|conclusions|suggestions|warnings|pledges"
    r"|promises|claims|arguments|criticisms|concerns|complaints|requests|commitments"
    r"|objections"
    # a verb of saying after "to" ("were careful to point out", "went on to list"), or a
    # form of one not in REPORTING ("points out", "highlighted")
    r"|to\s+(?:say|note|stress|warn|add|explain|admit|concede|acknowledge|mention|list"
    r"|point\s+out|highlight|emphasi[sz]e)"
    r"|points\s+out|highlight(?:s|ed)|mention(?:s|ed))\b",
    re.I,
)
# subjects that are the article's own voice, or no one's ("We found:", "Here are the
# recommendations:"): what such a lead-in introduces is the article's
_OWN_SUBJECTS = frozenset({"i", "we", "you", "here", "there"})
# subjects that name no one by themselves ("It lists three demands:", "These findings")
_POINTING = frozenset({"it", "they", "he", "she", "this", "these", "that", "those"})
# a subject that points at the items below it ("The following", "The following claims")
_THE_FOLLOWING = rx.compile(r"(?:the\s+)?following\b", re.I)


# a subject that is a noun for what was said, maybe with whose it is ("Her concerns",
# "The inspectors' main findings", "Dr Ray's recommendations"); the owner before "'s"
_SAID_NOUN_SUBJECT = rx.compile(
    r"(?:(?P<owner>[^\s’']+(?:\s+[^\s’']+){0,4}?)(?:’s|'s|’|')\s+"
    r"|(?:the|these|those|its|their|his|her|our|my|your)\s+)?"
    r"(?:(?:main|key|other|chief|principal|initial|central|specific|formal|final)\s+)?"
    r"(?:recommendations|proposals|demands|findings|conclusions|suggestions|warnings"
    r"|concerns|complaints|requests|objections|criticisms|arguments|claims|pledges"
    r"|promises|commitments)",
    re.I,
)
_POSSESSIVES = frozenset({"", "its", "their", "his", "her", "our", "my", "your"})


# "by" after a verb of saying: a passive participle ("Claims made by the firm:")
_PASSIVE_BY = rx.compile(r"\s+by(?:\s|$)")


# personal pronouns, which the dictionary leaves out: a clause's own subject
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she"})
_ANY_SET_OFF = rx.compile(r",[^,]*,")  # an appositive between commas
_PLAIN_WORD = rx.compile(r"[A-Za-z’'-]+")


def _no_speaker(subject: str) -> bool:
    """Whether a subject of one word is no one who may speak: a word the dictionary knows,
    but never as a noun ("Misleading", read as the subject of a lead-in that is a noun
    phrase with no verb: "Misleading claims circulating online")."""
    if " " in subject.strip():
        return False
    found = lexicon.readings(subject.strip().casefold())
    return bool(found) and "NOUN" not in found


def _own_subject_between(between: str, verb: str) -> bool:
    """Whether the words between a lead-in's subject and its verb of saying hold the verb's
    own subject: a noun or a pronoun, never read as a helper, an adverb or an adjective
    (as "were keen to point out" is not): "Things people wrongly believe", "Myths we
    hear". The lead-in's subject is then what was said, not who said it. An appositive
    set off by commas ("Ann Lee, the mayor, said") is no subject, and a noun of what was
    said ("The review makes five recommendations") is read as no verb."""
    if "NOUN" in lexicon.readings(verb.split()[0].casefold()):
        return False
    for word in _PLAIN_WORD.findall(_ANY_SET_OFF.sub(" ", between)):
        low = word.casefold()
        found = lexicon.readings(low)
        if low in _SUBJECT_PRONOUNS or ("NOUN" in found and not found & {"AUX", "ADV", "ADJ"}):
            return True
    return False


# a lead-in that ends with its source set off by a comma (", according to the regulator:")
_SOURCE_AT_END = rx.compile(r",\s+according\s+to\s+(?P<who>[^,;:()]{2,80}?)[\s:.]*$", re.I)


def announcer(lead_in: str, subject: str | None) -> str | None:
    """Who says the items of a list, when its lead-in says that they are someone's words:
    its subject (`subject`, "The review" of "The review makes five recommendations:"),
    when its words after that subject hold a verb of saying or proposing or a noun for
    what was said; "" when the subject is a pronoun ("It lists three demands:"); None when
    the lead-in does not say so, or has no subject ("The changes are:", "We found:"). A
    source set off at its end ("There are three causes, according to the regulator:")
    names whose words the items are, whatever the subject."""
    if (source := _SOURCE_AT_END.search(lead_in[-120:])) is not None:
        return source.group("who")
    at = lead_in.find(subject) if subject else -1
    if subject is None or at < 0 or subject.split()[0].casefold() in _OWN_SUBJECTS:
        return None
    if _no_speaker(subject):
        return ""  # "Misleading claims circulating online:": "Misleading" said nothing
    announcing = _ANNOUNCING.search(lead_in, at + len(subject))
    if announcing is not None and _own_subject_between(
        lead_in[at + len(subject) : announcing.start()], announcing.group()
    ):
        return ""  # "Things people wrongly believe:": people believe them, not "Things"
    if announcing is not None and _PASSIVE_BY.search(
        lead_in, announcing.start(), announcing.end() + 4
    ):
        return ""  # "Lies told by the campaign:": the subject said nothing
    if announcing is None:
        # "Her concerns included:", "The panel's findings were:": the subject is what was
        # said, and its items are that; who said it is whose they are ("The panel")
        said_noun = _SAID_NOUN_SUBJECT.fullmatch(subject)
        if said_noun is None:
            return None
        owner = said_noun.group("owner") or ""
        return "" if owner.casefold() in _POSSESSIVES else owner
    if subject.split()[0].casefold() in _POINTING or _THE_FOLLOWING.match(subject):
        return ""  # "The following claims are false:": the items, no one who said them
    return subject


# a lead-in whose verb denies, disputes, accuses or doubts ("Tom Ray denied the following:",
# "She was accused of the following:"): its items are what was denied or alleged, which
# the article does not state as its own (the words: claimcheck.stance, which merge shares)
_DISPUTING = rx.compile(DISPUTING, re.I)


def disputes(lead_in: str) -> bool:
    """Whether a list's lead-in denies, disputes or accuses ("Tom Ray denied the
    following:", "He was accused of the following:"): each of its items is only what was
    denied or alleged, and says so only with the lead-in."""
    return _DISPUTING.search(lead_in) is not None


# Every bare attribution holds one of these words, set off by non-letters: a reporting
# verb, or "according". A piece without any (most of them) is not scanned; only for ASCII
# pieces, where the pattern's IGNORECASE agrees with str.lower().
_ATTRIBUTION_WORDS = (
    frozenset(re.findall(r"(?<![\\\w])[a-z]+", REPORTING)) - {"the", "a", "an"}
) | {"according"}  # "told the jury": "told" is the word, never "the"
_LETTERS = rx.compile("[a-z]+")


# Characters besides ASCII that news text is full of (curly quotes and apostrophes, dashes,
# the ellipsis, currency signs, the no-break space): none is a letter, and IGNORECASE
# matches none of them to an ASCII letter, nor does str.lower() change them.
_NEVER_LETTERS = "’‘“”—–…£€\xa0"
_OTHER_WIDE = rx.compile(f"[^\\x00-\\x7f{_NEVER_LETTERS}]")


def _folds_as_ascii(text: str) -> bool:
    """Whether the text is ASCII but for _NEVER_LETTERS: what the word checks before a
    pattern (`_may_hold`, `_may_attribute`) say of ASCII holds of it too (its letters are
    all ASCII, lowercased alike by str.lower() and by IGNORECASE), so a sentence with a
    curly apostrophe is not scanned for words it does not hold."""
    return text.isascii() or _OTHER_WIDE.search(text) is None


def _may_attribute(piece: str) -> bool:
    """Whether the piece holds one of _ATTRIBUTION_WORDS (always, for other than ASCII)."""
    return _may_hold_word(piece, _ATTRIBUTION_WORDS)


def _may_hold_word(text: str, found: frozenset[str]) -> bool:
    """Whether the text holds one of the lowercase words `found`, whole, in any case (always,
    for other than ASCII): a pattern whose every match starts with one of them, set off by
    non-letters, cannot match a text that holds none."""
    return not _folds_as_ascii(text) or not found.isdisjoint(_LETTERS.findall(text.lower()))


# "…, the study found", "…, researchers found": what a study or a search found, told as
# a source tells it (the finders: up to four words, none an auxiliary: "the body was
# found" is a statement, not a source)
_BARE_FINDING = rx.compile(
    r"[\W_]*(?P<who>(?:[\w'’-]+\s+){0,3}[\w'’-]+)\s+(?:found|finds|showed|shows)"
    r"(?:\s+(?:on|in|last|this|earlier|previously)\b[^,;:]{0,40})?[\W_]*",
    re.I,
)
_NO_FINDER = frozenset({"not", "never", "also", "what", "which", "that", "who", "where", "and"})


def _is_bare_finding(piece: str) -> bool:
    low = piece.lower()
    if len(piece) > 120 or not ("found" in low or "finds" in low or "show" in low):
        return False
    m = _BARE_FINDING.fullmatch(piece)
    if m is None:
        return False
    who = m.group("who").casefold().split()
    return who[-1] not in AUX and not _NO_FINDER.intersection(who)


# "she told the club's website", "Ann Cole told a press conference in Leeds": a speaker,
# "told", and to whom: a noun phrase of a few words with no verb and no clause of its own
_TOLD_WHOM = rx.compile(
    r"(?P<told>[\W_]*[^,;:]{1,80}?\s+(?:told|tells))\s+(?P<whom>[^,;:“”\"]{1,70}?)(?P<end>[\W_]*)",
    re.I,
)
_NOT_RECIPIENT = frozenset(
    {"to", "that", "whether", "if", "how", "what", "why", "who", "whom", "which", "when"}
    | {"where", "about", "and", "or", "but", "not", "never"}
)
_NOT_RECIPIENT_START = _ITEM_PREPOSITIONS | {"of", "off", "from", "with", "over", "against"}
MAX_RECIPIENT = 6  # words: "the club's website", "BBC Radio 4's Today programme"


def _told_whom(piece: str) -> str | None:
    """The piece with "told X" as "told reporters" when X only says to whom something was
    said (None otherwise): "she told the club's website" is as bare as "she told reporters",
    "she told the jury he lied" is not."""
    m = _TOLD_WHOM.fullmatch(piece)
    if m is None:
        return None
    whom = m.group("whom")
    found = [w.casefold() for w in _WORD.findall(whom)]
    if not found or len(found) > MAX_RECIPIENT or _NOT_RECIPIENT.intersection(found):
        return None
    if found[0] in _NOT_RECIPIENT_START:
        return None  # "which told of a flood": what was told, not to whom
    if has_verb(whom):
        return None
    return f"{m.group('told')} reporters{m.group('end')}"


def is_bare_attribution(piece: str) -> bool:
    """A piece that only says who said something, with nothing said ("the ABI said")."""
    if _is_bare_finding(piece):
        return True
    if len(piece) > 160 or not _may_attribute(piece):
        return False
    if not _BARE_ATTRIBUTION.fullmatch(piece):
        told = _told_whom(piece) if "tel" in piece.lower() or "tol" in piece.lower() else None
        return told is not None and is_bare_attribution(told)
    # "prices rose, the ABI said that wages fell" is a statement; so is "...said 3 died"
    if re.search(r"\b(?:that|if|whether)\b", piece, re.I):
        return False
    # "... dismissed their claims": after a determiner, a reporting word is a noun
    if _NOUN_REPORT.search(piece):
        return False
    # "and the United States": a capitalised word after the first is part of a name
    if not piece.islower() and any(
        m.start() and m.group()[0].isupper() for m in _SPEECH.finditer(piece)
    ):
        return False
    # "Crews were on their way from two neighbouring states": a plural noun that reads
    # as a verb of speech, after a clause with a verb of its own (an attribution's
    # subject is a few words: a longer one only is read for a verb)
    for said in _SPEECH.finditer(piece):
        word = said.group().casefold()
        if (
            word.endswith("s")
            and said.start() > 24
            and "NOUN" in _readings(word)
            and has_verb(piece[: said.start()])
        ):
            return False
    # "According to the club the tickets were printed …": no comma, and a clause follows
    # (an auxiliary marks the clause: "figures released by X", "local reports" have none,
    # nor has "people who were there" outside its relative clause)
    according = _ACCORDING.match(piece)
    if according is None:
        return True
    named = _WORD.findall(piece, according.end())
    for w in map(str.casefold, named):
        if w in ("who", "which", "whose"):
            return True
        if w in AUX:
            return False
    return True


_ACCORDING = rx.compile(r"[\W_]*according\s+to\s", re.I)


_NOUN_REPORT = rx.compile(
    r"\b(?:the|a|an|their|his|her|its|our|my|your|these|those|this)\s+" + REPORTING + r"\b",
    re.I,
)

# a verb whose object may be a clause without "that": "said the report ... was wrong"
_COMPLEMENT_VERB = rx.compile(
    r"\b(?:"
    + REPORTING
    + r"|think|thinks|thought|know|knows|knew|find|finds|found|believed|hope|hopes|hoped"
    r"|fear|fears|feared|expect|expects|expected|show|shows|showed|shown|mean|means|meant"
    r"|feel|feels|felt|insist|realise[sd]?|realize[sd]?|recognise[sd]?|recognize[sd]?)$",
    re.I,
)


# where a phrase starts that a cut-off statement may lose without changing what it says
# a reporting verb anywhere in a clause: "The minister said the plan was fair ..."
_REPORTING_ANYWHERE = rx.compile(_COMPLEMENT_VERB.pattern.removesuffix("$") + r"\b", re.I)
# The word each match of _REPORTING_ANYWHERE starts with, whole (tests/test_extract_speed.py
# checks them against the pattern): a clause without any holds no reporting verb.
_COMPLEMENT_WORDS = _ATTRIBUTION_WORDS | {
    "think", "thinks", "thought", "know", "knows", "knew", "find", "finds", "found",
    "believed", "hope", "hopes", "hoped", "fear", "fears", "feared", "expect", "expects",
    "expected", "show", "shows", "showed", "shown", "mean", "means", "meant", "feel", "feels",
    "felt", "insist", "realise", "realises", "realised", "realize", "realizes", "realized",
    "recognise", "recognises", "recognised", "recognize", "recognizes", "recognized",
}  # fmt: skip


_NEGATION = rx.compile(r"\b(?:not|never|neither|nor|no\s+longer|cannot)\b|n[’']t\b", re.I)


def _negates_a_verb(clause: str) -> bool:
    """Whether any verb of the clause is negated, one of a reported clause too ("warned
    that it would not be cut short"); a negated phrase ("but not its content") is not."""
    for n in _NEGATION.finditer(clause):
        nxt = _FOLLOWING.match(clause, n.end())
        word = nxt.group(1).casefold() if nxt else ""
        if not word or word in ("be", "been", "have", "yet") or is_verb(word, "it"):
            return True
    return False


def negated(clause: str) -> bool:
    """Whether a clause is negated ("no longer sells its cars"): a relative clause about a
    noun inside it may not hold at all ("which come from Spain")."""
    found = _NEGATION.search(clause)
    if found is None:
        return False
    # the clause's own verb is negated: the negation stands by its first verb ("no longer
    # sells", "did not renew"), not in a phrase further on ("counting on X not wishing")
    verb = first_verb(clause)
    if verb == len(clause):
        return True
    near = _WORD.search(clause, verb)
    stop = _FOLLOWING.match(clause, near.end()) if near else None
    window_end = stop.end() if stop else len(clause)
    return any(max(0, verb - 12) <= n.start() < window_end for n in _NEGATION.finditer(clause))


def in_reported_clause(clause: str) -> bool:
    """Whether the clause ends inside a clause reported by its verb ("The minister said
    the plan was fair"): a predicate after it belongs to the inner subject, not the
    speaker."""
    if not _may_hold_word(clause, _COMPLEMENT_WORDS):
        return False  # most clauses: no reporting verb, and no scan for one
    return _reporting_verb(clause) is not None


def _reporting_verb(clause: str) -> re.Match[str] | None:
    """The reporting verb whose reported clause the clause ends in: the last one with a
    verb after it. A later one with none is a noun or has a plain object of its own ("said
    they would build a bigger show court", "said the club hoped to find a ground"): the
    clause is still inside what was said."""
    found = [
        m for m in _REPORTING_ANYWHERE.finditer(clause) if not _reporting_noun(clause, m.start())
    ]
    for m in reversed(found[-3:]):  # bounded: at most three has_verb scans per clause
        if has_verb(clause[m.end() :]):
            return m
    return None


_WORD_BEFORE = rx.compile(r"([\w’'-]+)\W*$")
# a subject with a relative clause of its own that opens its clause ("Anyone who has found
# …", "Drivers who saw …"), then the clause's own modal verb ("… should report it")
_SUBJECT_WHO = rx.compile(
    r"\W*(?:[\w’'-]+\s+){1,4}?(?:who|that)\s+(?:(?:has|have|had)\s+)?(?=[\w’'-]+\s)", re.I
)


def _reports_in_subject(clause: str) -> bool:
    """Whether the reporting verb in_reported_clause finds is the verb of a relative
    clause inside the subject ("Anyone who has found a nail in a loaf should report it
    to the agency"): what follows is the clause's own predicate, never reported."""
    opening = _SUBJECT_WHO.match(clause)
    if opening is None or (said := _reporting_verb(clause)) is None:
        return False
    return said.start() == opening.end() and _MODAL_AUX.search(clause, said.end()) is not None


_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens"}
)


def _reporting_noun(clause: str, at: int) -> bool:
    """Whether the reporting word at `at` is a plural noun ("16 of 19 claims are pending",
    "the two reports were late"): after a number, a determiner, a possessive or a
    preposition, or before an auxiliary that is its own verb."""
    found = _WORD.match(clause, at)
    word = found.group().casefold() if found else ""
    if not word.endswith("s"):
        return False  # "said", "told": never nouns
    before = _WORD_BEFORE.search(clause, 0, at)
    prev = before.group(1).casefold() if before else ""
    if prev[:1].isdigit() or prev in _NUMBER_WORDS or prev in NOUN_CONTEXT:
        return prev not in ("that", "and", "or")  # "a firm that claims it is owed": a verb
    nxt = _FOLLOWING.match(clause, found.end()) if found else None
    return nxt is not None and nxt.group(1).casefold() in AUX


# a phrase set off by commas after a name: an appositive, with any relative clause in it
_SET_OFF = rx.compile(r",\s+(?:an?|the|who|which)\s[^,;:“”\"]{1,160}?,\s+")
_AND_THEN = rx.compile(r",\s+and\s+(?=\S)")
# negations between a subject and its verb, which a second verb may not share
_ADVERB_NEGATIONS = {"never", "not", "longer", "hardly", "rarely", "seldom", "barely", "scarcely"}


def reported_lead(clause: str) -> str | None:
    """For a clause that ends inside a reported clause, the attribution with the inner
    subject ("The minister said the plan" of "The minister said the plan was fair"), which
    a second predicate borrows; None when the inner clause has no subject of its own."""
    said = _reporting_verb(clause)
    if said is None:
        return None
    inner = clause[said.end() :]
    verb = first_verb(inner)
    aside = _SUBJECT_RELATIVE_ASIDE.search(inner, 0, WINDOW)
    if aside is not None and aside.start() < verb < aside.end():
        # "said Brennan, who limped off, would …": the subject is "Brennan"; its verb
        # comes after the relative clause set off by commas, whose verb is not its own
        inner = f"{inner[: aside.start()]} {inner[aside.end() :]}"
        verb = first_verb(inner)
    subject = _tokens(inner[:verb])
    if not subject or [w.casefold() for w in subject] == ["that"] or verb == len(inner):
        return None
    if any(w.casefold() in _ADVERB_NEGATIONS or w.casefold().endswith("n't") for w in subject):
        return None  # "said the firm no longer relied on X and apologised": not "no longer"
    if subject[-1].casefold() in _DETERMINERS:
        # "said the cut had been …": the noun after "the" read as the verb; a subject
        # that ends in its determiner is no subject ("X said the kept her rating")
        return None
    that = inner.rfind(" that ", verb)
    if that >= 0:
        # "X said he was concerned that the firm had A but had not B": the conjunct is
        # inside the innermost "that" clause and borrows its subject ("the firm"), never
        # the speaker's ("he"); after a noun ("the fear that …") it may be a relative
        # clause, and with no subject of its own whose it is is unsure: whole
        before = _tokens(inner[:that])
        deeper = inner[that + 6 :]
        inner_verb = first_verb(deeper)
        inner_subject = _tokens(deeper[:inner_verb])
        if (
            not before
            or "NOUN" in _readings(before[-1].casefold())
            or not inner_subject
            or inner_verb == len(deeper)
            or inner_subject[-1].casefold() in _DETERMINERS
            or any(w.casefold() in _ADVERB_NEGATIONS for w in inner_subject)
        ):
            return None
        verb = that + 6 + inner_verb
    lead = " ".join((clause[: said.end()] + inner[:verb]).split())
    return LEADING.sub("", lead, count=1) if LEADING.match(lead) else lead


# a relative clause set off by commas after a reported clause's subject ("Brennan, who
# limped off late on, would …")
_SUBJECT_RELATIVE_ASIDE = rx.compile(r",\s+(?:who|which)\s[^,;:“”\"]{1,160}?,\s+", re.I)


def trailing_attribution(sentence: str) -> tuple[int, str] | None:
    """The bare attribution that ends a sentence after its last comma ("…, the bank said
    on Monday."): where it starts, and its words; None when there is none."""
    comma = sentence.rfind(", ", max(0, len(sentence) - 160))
    if comma < 0:
        return None
    tail = sentence[comma + 2 :].rstrip().rstrip(".!")
    if not tail or any(q in tail for q in '“”"') or not is_bare_attribution(tail):
        # "A rose 3% in May and 5% in June, the bank said, but B …": before a contrast
        found = [*_ATTRIBUTION_THEN.finditer(sentence)] if _may_contrast(sentence) else []
        said = found[-1] if found else None
        if said is None or any(q in said.group() for q in '“”"'):
            return None
        if not is_bare_attribution(said.group("said")):
            return None
        return said.start(), " ".join(said.group("said").split())
    return comma, " ".join(tail.split())


# ", the bank said, but …": an attribution between a clause and a contrast after it
_ATTRIBUTION_THEN = rx.compile(
    r",\s+(?P<said>[^,;:]{3,60}),\s+(?=(?:but|although|though|whereas|while|yet)\s)", re.I
)
_CONTRASTS = (", but ", ", although ", ", though ", ", whereas ", ", while ", ", yet ")


def _may_contrast(sentence: str) -> bool:
    return any(c in sentence for c in _CONTRASTS)


def names_speaker(statement: str) -> bool:
    """Whether a claim's text already says who says it ("The mayor said …")."""
    return (
        _REPORTING_ANYWHERE.search(statement) is not None or "according to" in statement.casefold()
    )


_LAST_PHRASE = rx.compile(r",\s+(?=\S)|\s+(?=(?:with|including)\s)", re.I)


def complete_part(text: str, piece: Piece) -> Piece | None:
    """The part of a piece cut off by the end of an excerpt that is a complete statement:
    the clause before its last comma or its last "with" / "including" phrase ("prices are
    stagnating with the expectation of further pro" -> "prices are stagnating"), when it
    has a verb and four words or more; else None."""
    body = text[piece.start : piece.end]
    found = list(_LAST_PHRASE.finditer(body, max(0, len(body) - WINDOW)))
    if not found:
        return None
    a, b = _trim(text, piece.start, piece.start + found[-1].start())
    if count_words(text[a:b]) < MIN_CLAUSE_WORDS or not has_verb(text[a:b]):
        return None
    return Piece(a, b, piece.kind, piece.lead)


def is_truncated(text: str) -> bool:
    """A sentence that stops without its final punctuation (an excerpt cut mid-sentence).
    Marks that close an emphasis run after the stop ("… is 212.*") end no sentence."""
    ends = (".", "!", "?", "…", '"', "”", "’", "'", ")", ":", ";")
    return not text.rstrip().rstrip("*_").endswith(ends)


def speaks_to_reader(text: str) -> bool:
    inside = _may_hold_any(text, _READER_WORDS) and READER_INSIDE.search(text)
    start = READER_START.match(text)
    if start is not None and (
        _noun_after_all(text, start.end()) or _colon_statement(text, start.end())
    ):
        start = None
    return bool(
        start
        or inside
        or _calls_reader(text)
        or _ORDER.fullmatch(text)
        or _CONTACT.fullmatch(text)
        or _CALL_ORDER.fullmatch(text)
    )


# An order to the reader to get in touch with someone, after "please" or a clause of
# when, if or what for ("When the siren sounds, phone the coastguard.", "To report a
# pothole, email the roads team."); a relative clause after whom to call is a fact of
# its own, kept apart from the order ("…, which has 40 boats")
_CALL_ORDER = rx.compile(
    r"(?:(?i:please)\s+|(?i:(?:the\s+)?next\s+time|when(?:ever)?|if|once|before|to)\b"
    r"[^,;:.!?\"“”\d]{1,100},\s+(?:(?i:please)\s+)?)"
    r"(?i:call|ring|phone|contact|e-?mail|text|dial|alert)\s+(?i:the|your)\s+"
    r"[^,;:.!?\"“”\d]{1,60}?(?:,\s+(?i:which|who)\s[^;:!?\"“”]*)?[.!]"
)


# A line that only tells the reader how to reach someone: a verb of getting in touch and
# an address, a handle or a number, nothing more ("Email news@example.org.", "Call 0800
# 555 0100.", "Follow us @gazette"). With anything after the address ("Visit the site
# at www.x.org, which lists 40 stops") it says more than that, and stays a claim.
_CONTACT = rx.compile(
    r"(?i:e-?mail|call|phone|ring|text|visit|contact|follow|message|write\s+to)\s+"
    r"(?:(?i:us|them|the\s+\w+(?:\s+\w+)?)\s+)?(?:(?i:at|on|via)\s+)?"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?i:https?://|www\.)[^\s\"“”]+|\+?\d[\d ()-]{5,}\d|@\w+)"
    r"\s*[.!]?"
)


# A short order to the reader, maybe after when to do it ("Go to the meeting.", "Say you
# support it.", "Do it anyway.", "Next time a plan comes to your area, go to the
# meeting."): a verb that gives orders, at the head of the sentence or of its main
# clause after a clause of time, and a word after it that is no noun's start ("Go
# players"); one clause to its end, no figure, no quotation, no second clause (a
# statement of fact has more: "Say what you like, the plan worked.", "Ask anyone and
# they will say the road is jammed." are kept)
_ORDER = rx.compile(
    r"(?:(?i:(?:the\s+)?next\s+time|when(?:ever)?|before|once|until|so|then|now|instead)"
    r"\b[^,;:.!?\"“”\d]{0,100},\s+|(?i:and|so|then|now)\s+)?"
    r"(?:(?i:go)\s+(?:to|and|out|along|ahead|back|home|there|further|online|now)"
    r"|(?i:do)\s+(?:it|this|that|so|something|anything|what|your|the|more|both)"
    r"|(?i:say)\s+(?:you|yes|no|so|something|that|thank)"
    r"|(?i:tell|ask)\s+(?:your|them|him|her|someone|anyone|everyone|people|yourself)"
    r"|(?i:write)\s+(?:to|down|your|it|them))"
    r"\b(?:(?!\b(?i:and|but|or|because|so|who|which|that|when|if)\b)[^,;:!?\"“”\d]){0,60}[.!]"
)


# Whom the reader may call, and the number: "Residents who need help should call the
# hotline at 555-0142", "Information can also be given to Crimestoppers on 0800 555 111".
# A group the reader is in, and what it should do, or what the reader may pass on.
_CALL_WHO = rx.compile(
    r"(?:residents|people|anyone|those|members\s+of\s+the\s+public|witnesses|customers"
    r"|passengers|parents|patients|readers|families|drivers|motorists|visitors|owners"
    r"|householders|tenants|callers)\b[^.;:]{0,80}?\b(?:should|can|could|may|must"
    r"|are\s+(?:urged|asked|encouraged|advised|invited)\s+to)\s+(?:also\s+)?"
    r"(?:call|contact|ring|phone|text|dial)\b"
    r"|(?:information|details|tip-?offs?|tips)\s+(?:can|could|may|should)\s+(?:also\s+)?be"
    r"\s+(?:given|passed|reported|left|provided|sent|submitted)\b",
    re.I,
)
# a telephone number: "555-0142", "0800 555 111", "(020) 7946 0000", or a service's
# short number after "on" or "at" ("on 101")
_PHONE = rx.compile(
    r"(?<![\d.,])(?:\(\d{2,5}\)\s?)?\d{3,5}(?:[ -]\d{3,4}){1,2}(?![\d.,%]?\d)"
    r"|\b(?:on|at|dial)\s+(?:999|911|101|111|112|116\s?123)\b"
)


# A group the reader may be in, said by whether it thinks it was hurt, and whom it may
# contact: "Customers who think they were affected can contact the bank", "Anyone who is
# worried should call their GP": advice to the reader, with a number or without one
_AFFECTED_CALL = rx.compile(
    r"(?:residents|people|anyone|those|customers|passengers|parents|patients|readers"
    r"|families|drivers|motorists|visitors|owners|householders|tenants|buyers|users"
    r"|investors|members|viewers|listeners)\s+who\s+(?:think|believe|fear|suspect|feel"
    r"|are\s+(?:worried|concerned|unsure)|were\s+affected|have\s+been\s+affected"
    r"|may\s+have\s+been\s+affected|have\s+(?:concerns|questions|symptoms))\b[^.;:]{0,80}?"
    r"\b(?:should|can|could|may|are\s+(?:urged|asked|encouraged|advised|invited)\s+to)\s+"
    r"(?:also\s+)?(?:call|contact|ring|phone|text|email|e-mail|complain\s+to|speak\s+to)\b",
    re.I,
)


def _calls_reader(text: str) -> bool:
    """Whether a sentence tells the reader whom to call: a group the reader is in that
    should call, or information that can be given, and a telephone number, or a group the
    reader is in if it thinks it was hurt ("Customers who think they were affected can
    contact …"); never a statement someone made ("…, police said")."""
    if (affected := _AFFECTED_CALL.match(text)) is not None:
        # (its "who think …" is the group's, no one's report: a report comes after it)
        return _REPORTING_ANYWHERE.search(text, affected.end()) is None
    return (
        _CALL_WHO.match(text) is not None
        and _PHONE.search(text) is not None
        and _REPORTING_ANYWHERE.search(text) is None
    )


# Words that tell the reader to do something but are nouns too, at the head of a noun
# phrase: "Share prices fell", "Tap water was …", "Follow-up tests showed …", "Download
# speeds doubled", "Watch sales rose"
_NOUN_TOO = frozenset({"share", "tap", "watch", "download", "follow", "click", "join"})
# what follows the word when it tells the reader something: "Share this", "Follow us"
_IMPERATIVE_NEXT = frozenset(
    {"us", "our", "this", "these", "the", "a", "an", "them", "it", "me", "here", "now",
     "live", "in", "on", "along", "up", "out", "your", "all", "more", "today"}
)  # fmt: skip


# a short opening before a colon: the rest of an order, a word at least ("Watch:" alone is
# a label), no stop and no quotation
_BEFORE_COLON = rx.compile(r"[^.!?:;\"“”]{0,60}\w[^.!?:;\"“”]{0,60}:\s+")


def _colon_statement(text: str, end: int) -> bool:
    """Whether an order to the reader (READER_START matched up to `end`) only introduces,
    after a colon, a statement of its own ("Follow the money: the mayor took £5m from the
    firm."): a clause with a verb that does not speak to the reader in turn is the claim."""
    colon = _BEFORE_COLON.match(text, end)
    if colon is None:
        return False
    after = text[colon.end() :]
    return len(after.split()) >= MIN_WORDS and has_sure_verb(after) and not speaks_to_reader(after)


def _noun_after_all(text: str, end: int) -> bool:
    """Whether the word READER_START matched, up to `end`, heads a noun phrase: one of
    _NOUN_TOO glued to the next word by a hyphen, or followed by a word that is no object
    of an order and then by a verb that can only be one ("Share prices fell 3%")."""
    word = text[:end].strip().casefold()
    if word not in _NOUN_TOO:
        return False
    if text[end : end + 1] == "-":
        return True
    rest = text[end:].split(None, 1)
    if not rest or rest[0].casefold().strip(",.:;") in _IMPERATIVE_NEXT:
        return False
    return has_sure_verb(re.sub(r"\bto\s+\w+", " ", rest[1] if len(rest) > 1 else ""))


_READER_WORDS = ("you", "this", "can")  # a match of READER_INSIDE holds one of them


def _may_hold_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether an IGNORECASE pattern whose every match holds one of the lowercase `words`
    may match: False only for ASCII text without any of them in any case (as `_may_hold`)."""
    if not _folds_as_ascii(text):
        return True
    low = text.lower()
    return any(w in low for w in words)


# "So has the minister", "Nor, it seems, did the board": "so" or "nor", maybe an aside,
# then an auxiliary before its subject; the verb is the sentence before's, and "so" or
# "nor" says whether it holds (dropped, "Nor did the board" would read "Did the board")
_SO_INVERTED = rx.compile(
    r"(?:so|nor)[,\s]+(?:[^,;:.!?]{1,40},\s+)?"
    r"(?:was|were|is|are|did|does|do|has|have|had|could|would|will|can|should|might|must)\s",
    re.I,
)


# "…, whom it had warned twice": a relative clause on the noun before, its object; cut
# off at its comma it is no clause ("Whom it had warned twice."), so it stays whole
_WHOM = rx.compile(r"(?:[a-z]+\s+)?whom\s", re.I)


def _trim(text: str, start: int, end: int, quoted: bool = False) -> tuple[int, int]:
    """Shrink [start, end) past spaces, leading conjunctions and trailing punctuation.
    A `quoted` piece with no opening mark of its own is a sentence inside a quotation:
    its words are all the speaker's, a leading "But" too."""
    while start < end and text[start].isspace():
        start += 1
    m = LEADING.match(text, start, end)
    if m and quoted and not any(q in text[start:end] for q in ("“", '"')):
        m = None  # “A. But B. C,” she said: "But B" is what she said
    if m and _SO_INVERTED.match(text, start, end):
        m = None  # "So, one suspects, has the minister.": without "So" it says nothing
    if m and m.end() < end and not _inside_quotation(text[m.end() : end]):
        start = m.end()  # but a quotation's words are all kept ("But demand keeps …," she said)
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—"):
        end -= 1
    return start, end


# "her first rescue, a teenager swept off rocks in 2015": an indefinite noun and a past
# participle after a comma name what came before, never a clause with its own subject
def _apposed_participle(sentence: str, y: int) -> bool:
    words = _WORD.findall(sentence, y, y + 80)[:6]
    return (
        bool(words)
        and words[0].casefold() in ("a", "an")
        and any(
            w.islower()
            and (_past_participle(w) or _past_verb(w))
            and (
                w not in lexicon.lemmas(w, "VERB")  # "swept", "injured"; never "control"
                or _bare_participle(w, words[i + 1 : i + 3])
            )
            for i, w in enumerate(words[2:4], 2)
        )
    )


# what follows a participle with no object: a particle or a preposition ("a body set up
# in 1950", "a fee set by the council"); an object after the particle makes it a verb
_PARTICLE = frozenset({"up", "out", "off", "down", "aside", "back"})
_NO_OBJECT = frozenset({"by", "in", "on", "at", "for", "from", "during", "after", "under"})
_OBJECT_NP = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "my", "some"})


def _bare_participle(word: str, after: list[str]) -> bool:
    """Whether a past form spelt as its verb ("set", "put", "cut") is a participle: one
    with no object after it ("a body set up in 1950", "a limit set by law"), never the
    past tense of a clause ("a man set up a stall")."""
    if not after or not any(
        lexicon.verb_form(lemma, "VBD") == word for lemma in lexicon.lemmas(word, "VERB")
    ):
        return False
    first = after[0].casefold()
    if first in _NO_OBJECT:
        return True
    return first in _PARTICLE and (len(after) < 2 or after[1].casefold() not in _OBJECT_NP)


_SCORE_BEFORE = rx.compile(r"\d+[-–]\d+\)?$")
_SCORE_AFTER = rx.compile(r"\d+[-–]\d+")


def _between_scores(sentence: str, x: int, y: int) -> bool:
    """Whether a cut at x..y lies between two scores ("beat her 6-4, 7-6")."""
    return bool(
        _SCORE_BEFORE.search(sentence, max(0, x - 12), x) and _SCORE_AFTER.match(sentence, y)
    )


def _inside_quotation(rest: str) -> bool:
    """Whether `rest` starts inside a quotation: it closes one before opening any."""
    close = rest.find("”")
    if close >= 0 and not 0 <= rest.find("“") < close:
        return True
    return primes(rest).count('"') % 2 == 1 and "“" not in rest


WINDOW = 240  # characters: how far a rule looks from a cut for a subject, a verb or a list


_THAT = rx.compile("that", re.I)


class _Sentence:
    """One sentence's words, where each one starts, and how many verbs come before each,
    so that "is there a verb before here?" costs a lookup, not a scan (linear time on
    sentences with thousands of commas).

    The verbs are read lazily, word by word from the start, only as far as a question
    needs: most questions are "is there a verb before here?", answered at the first verb,
    which usually comes within a few words."""

    def __init__(self, sentence: str) -> None:
        self.text = sentence
        self._found = list(_WORD.finditer(sentence))
        self.starts = [m.start() for m in self._found]
        self.verbs = [0]  # verbs[i]: how many of the first i words are verbs
        self.verb_ends: list[int] = []  # where each verb ends, in order
        self.last_that = [-1]  # last_that[i]: the index of the last "that" in the first i
        self._prev: str | None = None  # the word before the next one to read, if it counts
        self._before: str | None = None  # and the word before that one
        that = _THAT.search(sentence)  # no "that" before x: no open complement either
        self._first_that = that.start() if that else len(sentence)
        self._opens: bool | None = None

    def opens_clause(self) -> bool:
        """Whether the sentence starts with a clause (asked only of long pieces: read once,
        when first asked)."""
        if self._opens is None:
            self._opens = starts_clause(self.head(0))
        return self._opens

    def _read(self, i: int) -> None:
        """Read the words up to the i-th (verbs, last_that) if not read yet."""
        k = len(self.verbs) - 1  # the next word to read
        found, sentence, verbs, last_that = self._found, self.text, self.verbs, self.last_that
        prev, before = self._prev, self._before
        while k < i:
            m = found[k]
            w = m.group()
            c = w.casefold()
            # most words are never verbs: skip the full reading for them (a cached lookup)
            kind = _verb_class(c)
            verb = kind != NEVER and _is_verb(w, c, kind, prev, k == 0, before)
            verbs.append(verbs[-1] + verb)
            if verb:
                self.verb_ends.append(m.end())
            last_that.append(k if c == "that" else last_that[-1])
            # a word after a comma starts afresh ("wages, hours": a list, not a verb)
            before = prev
            prev = None if sentence[m.end() : m.end() + 1] in (",", ";", ":") else w
            k += 1
        self._prev, self._before = prev, before

    def words_before(self, x: int) -> int:
        return bisect.bisect_left(self.starts, x)

    def words_after(self, x: int) -> int:
        return len(self.starts) - bisect.bisect_left(self.starts, x)

    def verb_before(self, x: int) -> bool:
        i = self.words_before(x)
        # read on, a word at a time, until the i-th word or the first verb, what comes first
        while len(self.verbs) <= i and not self.verb_ends:
            self._read(len(self.verbs))
        return self.verbs[min(i, len(self.verbs) - 1)] > 0

    def open_that(self, x: int) -> bool:
        """Whether text before x ends inside a "that ..." complement with no verb yet."""
        if x <= self._first_that:
            return False
        i = self.words_before(x)
        self._read(i)
        t = self.last_that[i]
        return t >= 0 and self.verbs[i] == self.verbs[t + 1]

    def head(self, x: int) -> str:
        return self.text[x : x + WINDOW]

    def last_verb_end(self, x: int) -> int:
        """Where the last verb before x ends (-1 if there is none)."""
        self._read(self.words_before(x))
        k = bisect.bisect_right(self.verb_ends, x)
        return self.verb_ends[k - 1] if k else -1

    def ends_in_list(self, x: int) -> bool:
        """Whether the text before x ends with an item of a comma list ("bridges,
        roads[, and schools]")."""
        comma = self.text.rfind(",", max(0, x - WINDOW), x)
        if comma < 0:
            return False
        last = self.text[comma + 1 : x]
        if all(_readings(w) == {"ADV"} for w in words(last)):
            return False  # "they want it, too, though ...": an adverb is no list item
        return count_words(last) <= 3 and not has_verb(last)

    def starts_list(self, y: int) -> bool:
        """Whether the text from y goes on with items of a comma list."""
        comma = self.text.find(",", y, y + WINDOW)
        if comma < 0:
            return False
        first = self.text[y:comma]
        return count_words(first) <= 3 and not has_verb(first)


_DESCRIPTOR = rx.compile(r"((?:An?|The)\s+[^,;:()]{3,60}?),\s+(?=[A-Z])")
# a past participle opening a phrase: "believed to be", "published by", "called the X"
_REPORTED_TO = rx.compile(_REPORTED + r"\s+to\s", re.I)
_PASSIVE = rx.compile(_REPORTED + r"\s|[a-z]{3,}ed\s|(?:known|made|held|built|set)\s")
# a participle of a lasting relation, which holds as long as the clause it sits in does
# ("Australia, coached by Ann Lee, are sixth": she coaches them now), unlike a deed done
# once ("The study, published by Ann Lee, finds …": it was published)
_LASTING = rx.compile(
    r"(?:coached|managed|owned|co-owned|chaired|captained|funded|backed|sponsored|based"
    r"|located|housed|headquartered|employed|operated|controlled|governed|represented"
    r"|staffed|headed|supported|regulated|licensed|listed|valued|ranked|rated|called"
    r"|nicknamed|dubbed|used)\s",
    re.I,
)
# a time the phrase is dated by ("in 2019", "last May", "two years ago"): then, not now
_DATED = rx.compile(
    r"\b(?:(?:1[5-9]|20)\d\d|(?i:last|ago|yesterday|earlier|formerly|previously|once|then"
    r"|until)|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# the main clause's verb of being right after a phrase inside the subject (", are sixth"),
# whose number the claim made of the phrase keeps ("Australia are coached by …")
_MAIN_BE = rx.compile(r"[\s,]*(is|are)\b")
# "after" or "since" right before an -ing phrase: a deed over before the clause's event
_OVER_BEFORE = rx.compile(r"(?:^|\W)(?:after|since)\s+$", re.I)
_DASH = rx.compile(r"\s[-–—]\s")
_QUOTES = "‘“\"'«"
_FIRST_WORD = rx.compile(r"\s*(\S+)")


def _first_word(text: str, at: int, end: int) -> str:
    m = _FIRST_WORD.match(text, at, end)
    return m.group(1).casefold() if m else ""


def _straight_quotes(text: str) -> int:
    """How many of the text's straight double marks are quotation marks: none of its inch
    or second marks ("the 12" pipe", "5'11"", "40" of rain": `segment.primes`)."""
    return primes(text).count('"')


def _inside_quote(sentence: str, x: int) -> bool:
    """Whether position x of the sentence lies inside an open double quotation."""
    head = sentence[:x]
    if head.count("“") > head.count("”"):
        return True
    return (primes(sentence).count('"', 0, x) if '"' in head else 0) % 2 == 1


def _quoted(sentence: str) -> list[bool]:
    """For each position of the sentence, whether it lies inside an open double quotation
    (as _inside_quote, in one pass)."""
    out: list[bool] = []
    curly = straight = 0
    for ch in primes(sentence):
        out.append(curly > 0 or straight % 2 == 1)
        if ch == "“":
            curly += 1
        elif ch == "”":
            curly = max(0, curly - 1)
        elif ch == '"':
            straight += 1
    out.append(curly > 0 or straight % 2 == 1)
    return out


# a reporting verb just before a colon: "she told reporters:", "he said:"
_REPORTED_BY = rx.compile(r"\b" + REPORTING + r"(?:\s+\w+){0,2}$", re.I)


_CONTACT_SUBJECT = {
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these",
    "it", "they", "we", "he", "she", "i", "you", "that", "which", "who",
}  # fmt: skip


def _verb_in_relative(phrase: str) -> bool:
    """Whether a noun phrase's first verb is in a relative clause about its noun ("the
    largest rise the council has approved", "the worst year that farmers recall"): the
    phrase is still a noun phrase, no clause of its own."""
    words = _tokens(phrase)[: MAX_NP * 2]
    for k, w in enumerate(words):
        if k and is_verb(w, words[k - 1]):
            lowered = {v.casefold() for v in words[1:k]}
            if lowered & _SUBORDINATORS:
                return False  # "the deepest since the station opened": a clause of time
            return k >= 2 and bool(lowered & _CONTACT_SUBJECT)
    return False


_SUBORDINATORS = {
    "since", "when", "after", "before", "as", "because", "until", "while", "if", "once",
    "although", "though", "where",
}  # fmt: skip


_LABEL_JOINS = frozenset({"and", "or", "&", "of", "the", "a", "an", "for", "in"})


def _label_before_colon(sentence: str, colon: int) -> bool:
    """Whether the sentence opens with a label of a few words and no verb before the colon
    ("Sunday services and bank holidays: Trains will run …", a definition list's term
    before its description): the label names what the statement after it is about, and
    is no claim of its own. Only nouns, names and adjectives (an -s word is read as the
    plural noun it may be), and a capital after the colon."""
    if colon > 60 or not sentence[colon + 1 :].lstrip()[:1].isupper():
        return False
    words = _tokens(sentence[:colon])
    if not 1 <= len(words) <= 6:
        return False
    for w in words:
        c = w.casefold()
        if c in AUX or c in _PRONOUNS:
            return False  # "Prices will rise: …", "It is simple: …"
        if c in _LABEL_JOINS or w[:1].isupper() or w[:1].isdigit():
            continue
        found = _readings(c)
        if c.endswith("ed") or c in IRREGULAR_PAST or not found & {"NOUN", "ADJ"}:
            return False  # "Prices rose: …", "Output slowed: …": a clause
    return True


def _bare_before_colon(before: str, whole: str) -> bool:
    """Whether the words before a colon (`before`, the piece; `whole`, the sentence up to
    the colon) only say who speaks, after any opening phrase ("Asked about it, the mayor
    said", "The mayor, Ann Cole, said"), not what they did ("Lee explained the problem")."""
    if (asked := _ASKED.match(before)) is not None:
        before = before[asked.end() :]
    # after an opening phrase ("Opening the ward, the director said"): its last part
    last = before[before.rfind(",") + 1 :]
    return any(is_bare_attribution(" ".join(t.split())) for t in (before, last)) or (
        _appositive_attribution(" ".join(whole.split()))
    )


_OPEN_QUOTE = rx.compile(r':\s*[“"]')


_APPOSITIVE_SAID = rx.compile(r"(?P<np>[^,;:“”\"]+),\s+[^,;:“”\"]+,\s+(?P<verb>[\w’'-]+):?")


def _appositive_attribution(text: str) -> bool:
    """Whether `text` is a speaker with a name or title between commas, then a reporting
    verb and nothing else ("the mayor, Ann Cole, said")."""
    m = _APPOSITIVE_SAID.fullmatch(text) if len(text) <= 160 else None
    return (
        m is not None
        and count_words(text) <= MAX_SUBJECT
        and m.group("verb").casefold() in _ATTRIBUTION_WORDS
        and is_bare_attribution(f"{m.group('np')} {m.group('verb')}")
    )


def _speaker_before_quote(
    sentence: str, cuts: list[tuple[int, int, str]], start: int, opening: bool = True
) -> tuple[int, str] | None:
    """(where the quotation opens, who says it) when a sentence's first quotation follows
    its speaker and a colon ("Asked about it, the mayor said: “..."): the attribution is
    the piece before the colon, a subject and a reporting verb."""
    m = _OPEN_QUOTE.search(sentence)
    if m is None or _quoted(sentence[: m.start()])[-1]:
        return None
    begin = max((b - start for _, b, _ in cuts if b - start <= m.start()), default=0)
    said = " ".join(sentence[begin : m.start()].split())
    whole = " ".join(sentence[: m.start()].split())
    if _appositive_attribution(whole):
        # "The mayor, Ann Cole, said: “", "Acme's chief, Ann Cole, said: “": the whole
        # attribution, whether or not a cut at her name came before it
        said = whole
    else:
        if (asked := _ASKED.match(said)) is not None:
            said = said[asked.end() :]  # "Asked about it, the mayor said: “": the mayor
        if not said or count_words(said) > MAX_SUBJECT or not is_bare_attribution(said):
            said = _without_relative_aside(whole)  # "Ann Lee, whose home …, said": Ann Lee
            if said == whole or count_words(said) > MAX_SUBJECT or not is_bare_attribution(said):
                return _speaker_past_opening(sentence, m.start()) if opening else None
    if _tokens(said)[0].casefold() in ("as", "according"):
        return None  # "as the mayor said:": no speaker of the whole quotation
    if _tokens(said)[0].casefold() == "who" and whole.endswith(said):
        # "Ann Lee retweeted Tom Ray, who said: “…": Tom Ray, whom "who" is about; never
        # "who" as a speaker, and no speaker when unsure whom it means
        about = antecedent_of(whole[: len(whole) - len(said)].rstrip(" ,"), True, "who")
        if about is None:
            return None
        said = f"{about}{said[3:]}"
    return m.end() - 1, said


def _speaker_past_opening(sentence: str, colon: int) -> tuple[int, str] | None:
    """_speaker_before_quote of the words after the last comma before the colon, when an
    opening phrase comes before the speaker ("Speaking after the vote, she said: “…",
    "Later, Ann Lee said: “…"): where the quotation opens, in the whole sentence."""
    comma = sentence.rfind(", ", 0, colon)
    if comma <= 0:
        return None
    part = _unlead(sentence[comma + 2 :])
    found = _speaker_before_quote(part, [], 0)
    return None if found is None else (found[0] + len(sentence) - len(part), found[1])


# a relative clause set off inside a speaker ("Ann Lee, whose home was flooded, said")
_SPEAKER_ASIDE = rx.compile(r",\s+(?:who|whose)\s[^,;:“”\"]{1,160}?,\s+(?=[^,;:“”\"]+$)", re.I)


def _without_relative_aside(said: str) -> str:
    """An attribution too long to name its speaker whole, without the relative clause
    set off between the speaker and the reporting verb ("Ann Lee, whose home was flooded to
    a depth of two metres, said" -> "Ann Lee said"), when no other comma follows it."""
    aside = _SPEAKER_ASIDE.search(said) if len(said) < WINDOW else None
    if aside is None or aside.start() == 0:
        return said
    return f"{said[: aside.start()]} {said[aside.end() :]}"


def quote_lead(sentence: str) -> str | None:
    """The attribution of a quotation that opens in the next paragraph, when the sentence
    is only a speaker, a reporting verb and a colon ("The minister said:" -> "The minister
    said"; "Giving evidence for two hours, Ann Lee said:" -> "Ann Lee said": an opening
    phrase is no speaker); None for any other sentence ("The rules are:")."""
    said = " ".join(sentence.split())
    if not said.endswith(":") or any(q in said for q in _QUOTES):
        return None
    said = said[:-1].rstrip()
    if _appositive_attribution(said):
        return said  # "The mayor, Ann Cole, said"
    for part in dict.fromkeys((said, said[said.rfind(",") + 1 :].strip())):
        if (asked := _ASKED.match(part)) is not None:
            part = part[asked.end() :]
        if (
            part
            and count_words(part) <= MAX_SUBJECT
            and is_bare_attribution(part)
            and _tokens(part)[0].casefold() not in ("as", "according")
        ):
            return part[:1].upper() + part[1:]
    return None


def quoted_paragraph(paragraph: str) -> str | None:
    """How a paragraph that is all quotation ends, by the newspaper convention for a
    quotation over several paragraphs: "open" (it opens with a quotation mark and never
    closes it: the quotation goes on in the next paragraph that opens with one), "closed"
    (it closes it at its very end: the quotation's last paragraph); None for any other
    paragraph (one with no quotation mark first, or words after the quotation closes,
    such as its own attribution)."""
    said = paragraph.strip()
    if said[:1] == "“":
        opens, closes = said.count("“"), said.count("”")
        if opens == 1 and closes == 0:
            return "open"
        ended = said.rstrip(".!?…")[-1:] == "”" or said[-1:] == "”"
        return "closed" if opens == 1 and closes == 1 and ended else None
    if said[:1] == '"':
        marks = said.count('"')
        if marks == 1:
            return "open"
        ended = said.rstrip(".!?…")[-1:] == '"' or said[-1:] == '"'
        return "closed" if marks == 2 and ended else None
    return None


def quotation_stops(sentence: str) -> list[int]:
    """Where each sentence after the first starts in a sentence of the splitter that is all
    quotation (it keeps a quotation whole: "“We built it. It is open.”")."""
    return [y for _, y in _quoted_stops(sentence, [True] * (len(sentence) + 1))]


def quoted_sentence(lead: str, sentence: str, curly: bool) -> str:
    """A sentence of a quotation over several paragraphs as its speaker's words, inside
    quotation marks of the article's kind (`curly` or straight), whichever of them the
    sentence holds: ("Ann Lee said", "“We built it.") -> "Ann Lee said: “We built it.”"."""
    body = " ".join(sentence.split()).strip('“”"').strip()
    # '"We won," - Ann Lee': the comma before its attribution ends the sentence
    body = body.rstrip(",;").rstrip()
    if body[-1:] not in ".!?…":
        body += "."
    return f"{lead}: “{body}”" if curly else f'{lead}: "{body}"'


# the end of a sentence inside a quotation: a stop after a word that is no abbreviation,
# then space and a capital
_QUOTE_STOP = rx.compile(r"(?<=[\w%)])[.!?](?P<space>\s+)(?=[A-Z“\"])")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "sgt", "lt", "rev", "jr", "sr",
    "no", "co", "inc", "ltd", "mt", "vs", "gov", "sen", "rep", "capt", "cllr", "est",
}  # fmt: skip


def _quoted_stops(sentence: str, quoted: list[bool]) -> list[tuple[int, int]]:
    """(end, next start) of each sentence that ends inside a quotation which goes on, or
    right before one opens (the sentence splitter keeps these together)."""
    found: list[tuple[int, int]] = []
    for m in _QUOTE_STOP.finditer(sentence):
        x, y = m.start() + 1, m.end()
        if not (quoted[x] and quoted[y]) and not (not quoted[x] and sentence[y] in '“"'):
            continue  # inside a quotation that goes on, or before one that opens
        word = sentence[max(0, x - 20) : x - 1].split()[-1:]
        last = word[0].strip('“"‘(') if word else ""
        if len(last) < 2 or "." in last or last.casefold() in _ABBREVIATIONS:
            continue  # "U.S.", "Mr.": no sentence ends there
        if sentence[x - 1] == "?" and _ANSWER.match(sentence, y) is not None:
            continue  # "“Will sites close? Yes, two,” she said": the answer says it only with it
        found.append((x, y))
    return found


# a reply that says something only with the question it answers ("Yes, probably two",
# "Not necessarily", "Only if …"): a word of assent or doubt and a stop, or a condition
_ANSWER = rx.compile(
    r"(?:(?:(?:probably|perhaps|maybe|possibly|absolutely|certainly|definitely)(?:\s+not)?"
    r"|yes|no|yeah|nope|sure|never|of\s+course|not\s+(?:really|yet|quite|at\s+all))"
    r"(?=\s*[,.!;:—–]|\s+-\s)"
    r"|(?:only|not)\s+(?:if|when|unless|until)\b|not\s+necessarily\b)",
    re.I,
)


def bare_answer(sentence: str) -> bool:
    """Whether a sentence only assents or doubts ("Yes.", "Absolutely not."): it says
    something only with the question it answers."""
    found = _ANSWER.match(sentence.strip().lstrip('“"'))
    return found is not None and not sentence.strip()[found.end() + 1 :].strip(' .!,;:”"')


def join_answers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences text[a:b] of a block with each question that the next sentence
    answers joined to its answer ("Will the plant close? Probably not, the union said."):
    the answer says something only with its question, and the question is then no
    question left out but part of the claim."""
    joined: list[tuple[int, int]] = []
    for a, b in spans:
        if joined:
            x, y = joined[-1]
            asked = text[x:y].rstrip()
            if (
                asked.endswith("?")
                and text[y:a].strip() == ""
                and _ANSWER.match(text, a + (text[a : a + 1] in ("“", '"')), b) is not None
                and is_question(asked)
            ):
                joined[-1] = (x, b)
                continue
        joined.append((a, b))
    return joined


def _first_quote(sentence: str) -> int:
    return min((i for i in (sentence.find("“"), sentence.find('"')) if i >= 0), default=0)


# "said Ann Cole of the Resolution Foundation": a name, then the body the person is of
_NAME_OF_BODY = rx.compile(
    r"\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}\s+of\s+(?:the\s+)?[A-Z][\w’'.&-]*"
    r"(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?(?:the\s+)?[A-Z][\w’'.&-]*){0,5}"
)


# "according to" and who: whose words they are ("according to Ann Lee": Ann Lee's)
_ACCORDING_TO = rx.compile(r"according\s+to\s+", re.I)


def _said_first(inverted: str) -> str:
    """An attribution whose verb comes first, with its speaker first ("said the coach" ->
    "the coach said"); "according to Ann Lee" -> "Ann Lee said", never "to Ann Lee
    according"."""
    if (according := _ACCORDING_TO.match(inverted)) is not None:
        return f"{inverted[according.end() :]} said"
    verb, _, who_said = inverted.partition(" ")
    return f"{who_said} {verb}"


# after an inverted verb of saying, a role with a lowercase word in it, a comma, then the
# name of who holds it and nothing more ("said Acme's head of safety, Dr Ann Lee")
_ROLE_THEN_NAMED = rx.compile(
    r"\s+(?=[^,]*\b[a-z])[^,;:“”\"()]{3,80},\s+"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})"
)


def _speaker_after_quote(sentence: str) -> str | None:
    """ "the minister said" when the sentence is a quotation and then its attribution (up
    to a comma: "..., said the coach, who ...")."""
    if sentence.lstrip()[:1] not in ("“", '"'):
        return None
    close = max(sentence.rfind("”"), sentence.rfind('"'))
    if close <= 0:
        return None
    # the comma may stand after the closing mark ('"We lost", said Ann Lee.')
    after = sentence[close + 1 :].lstrip().removeprefix(",")
    said = after.split(",")[0].strip(" .")
    if not said or count_words(said) > MAX_SUBJECT:
        return None
    found = _tokens(said)
    if not found:
        return None  # "“…,” — .": punctuation after the quotation, no words
    inverted = found[0].casefold() in _ATTRIBUTION_WORDS and (
        2 <= len(found) <= 6
        or _NAME_OF_BODY.fullmatch(said, len(found[0])) is not None
        or _NAME_OF_NAMED_BODY.fullmatch(said, len(found[0])) is not None
    )
    whole = after.strip(" .")
    if inverted and (named := _ROLE_THEN_NAMED.fullmatch(whole, len(found[0]))) is not None:
        # "said Acme's head of safety, Dr Ann Lee": the role, then who holds it
        return f"{found[0]} {named.group('name')}"
    if inverted or is_bare_attribution(said):
        return said
    if _appositive_attribution(whole):
        return whole  # "…,” the mayor, Ann Cole, said.
    # "..., he said after the match": the attribution, then when or where it was said
    m = _SAID_WHEN.match(said)
    if m and is_bare_attribution(m.group(1)) and not has_verb(said[m.end(1) :]):
        return m.group(1)
    # "…,” she says eventually.", "…,” he adds with a laugh.": the attribution, then how
    # it was said
    m = _SAID_HOW.fullmatch(said)
    if m and is_bare_attribution(m.group(1)):
        return m.group(1)
    # "…,” he says of her.", "…,” Lee said of the plan.": the attribution, then whom or
    # what the words are about; the speaker is the one before "of", never the other
    m = _SAID_OF.fullmatch(said)
    if m and is_bare_attribution(m.group(1)):
        return m.group(1)
    return None


# an adverb of manner or time after an attribution ("she says quietly", "he said
# finally"), or "with a laugh", "with a shrug": how the words were said, nothing more
# (any of the reporting verbs: "she admitted afterwards", "he conceded later")
_SAID_HOW = rx.compile(
    r"(.+?\b" + REPORTING + r")\s+"
    r"(?-i:[a-z]+ly|eventually|later|afterwards?|finally|simply|again|now|then|too"
    r"|with\s+an?\s+(?:laugh|smile|shrug|sigh|grin|nod|chuckle))",
    re.I,
)


# "of" or "about" and a pronoun, a name or a short noun phrase after an attribution ("she
# says of him", "he said of the plan", "Lee says about Ann Ray"): whom the words are about
_SAID_OF = rx.compile(
    r"(.+?\b" + REPORTING + r")\s+(?:of|about)\s+"
    r"(?:him|her|them|it|us|me|himself|herself|themselves"
    r"|(?:the|his|her|their|its|this|that)\s+[a-z]+(?:\s+[a-z]+)?"
    r"|(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,2})",
    re.I,
)


# a line under a quotation that only names its speaker, after a hyphen, an en dash or an
# em dash ("- Ann Lee", "- Ann Lee, chief executive"), in a Markdown block quote too
# ("> - Ann Lee"): a name of
# one to four capitalised words, and maybe a title after a comma
_DASH_SPEAKER = rx.compile(
    r"[>\s]*[-–—]{1,2}\s*"
    # maybe a title before the name ("- Club chief executive Ann Lee"): words, one of them
    # lowercase, then the name of two or three capitalised words
    r"(?:(?P<pre>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?\s+[a-z][\w'’-]*)\s+(?=[A-Z]))?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    # what the words are, after the name of who gave them ("— Acme Ltd statement")
    r"(?:\s+(?:statement|spokes(?:person|man|woman)|press\s+(?:release|office)))?"
    r"(?:,\s*(?P<title>[^,;:!?\"“”\n]{1,60}?))?\s*\.?"
)
# capitalised words that open a line, never a name: "- More to follow", "— The End"
_NOT_NAME = frozenset({"the", "a", "an", "and", "or", "but", "more", "see", "read"})


def dash_speaker(line: str) -> str | None:
    """The name in a line that only names who spoke the quotation above it ("- Ann Lee",
    "- Ann Lee, chair"), or None: a dashed list item ("- and more") names no one, nor
    does a word that can only be an adjective, an adverb or a verb ("— FALSE", "- Mostly
    True", "— Misleading": a fact-checker's verdict after a quoted claim)."""
    m = _DASH_SPEAKER.fullmatch(line)
    if m is None or m.group("name").split()[0].casefold() in _NOT_NAME:
        return None
    last = m.group("name").rstrip(".").split()[-1].casefold()
    if (found := _readings(last)) and "NOUN" not in found:
        return None  # "- FALSE", "— Mostly True": a verdict, a word no name ends in
    if (pre := m.group("pre")) is not None:
        # a title, a noun phrase with no verb, ends in a noun ("chief executive"), and the
        # name after it is a person's, of two words or more ("- Reporting by Ann Lee",
        # "- Read more at Acme News" sign nothing)
        title = pre.split()
        if (
            title[0].casefold() in _NOT_NAME
            or "NOUN" not in _readings(title[-1].casefold())
            or has_verb(pre)
            or len(m.group("name").split()) < 2
            or refer.person(m.group("name")) != m.group("name").rstrip(".")
        ):
            return None
        return f"{pre} {m.group('name').rstrip('.')}"
    return m.group("name").rstrip(".")


_BLOCK_QUOTE_MARK = rx.compile(r"^[ \t]*>[ \t]?", re.M)


def is_whole_quotation(passage: str) -> bool:
    """Whether a passage (of one or more sentences, maybe lines of a Markdown block
    quote) is one quotation from start to end and nothing else."""
    said = _BLOCK_QUOTE_MARK.sub("", passage).strip()
    if said[:1] == "“":
        return said.count("“") == 1 and said.count("”") == 1 and said.rstrip(".!?…")[-1:] == "”"
    if said[:1] == '"':
        return primes(said).count('"') == 2 and said.rstrip(".!?…").endswith('"')
    return False


# a short label that opens a quotation and only names what it is ("The claim:", "Claim:",
# "What she said:"): one to four words and a colon, right before the opening mark
_QUOTE_LABEL = rx.compile(r"[>\s]*(?P<label>[A-Z][\w'’]*(?:[ \t]+[\w'’]+){0,3}):[ \t]+(?=[\"“])")


def quotation_label(passage: str) -> tuple[int, int, bool]:
    """Where the short label that opens a quotation ends ("The claim:" in 'The claim: "Crime
    fell."'), where the quotation after it starts, and whether the words before the colon
    are a statement of their own ('Police shot two men: "…"'), or (0, 0, False): the label
    says what the quotation is, not who said it. An attribution ("He said:", whose words
    they are) is no label, nor a name ("Mayor Ann Lee:", who speaks), nor a clause that
    ends on a verb ("Crime soared:"); "What she said:" is one. A clause with its verb
    before its last word is a statement, kept as a claim of its own."""
    m = _QUOTE_LABEL.match(passage)
    if m is None:
        return 0, 0, False
    label = m.group("label")
    words = label.split()
    if words[0].casefold() == "what":
        return m.end("label") + 1, m.end(), False  # "What she said:"
    if is_bare_attribution(label) or refer.person(label) is not None:
        return 0, 0, False  # "He said:", "Mayor Ann Lee:": who speaks
    if (found := _readings(words[-1].casefold())) and "NOUN" not in found:
        return 0, 0, False  # "Crime soared:", which says something, maybe of the quotation
    said = any(
        is_verb(w, words[k - 1] if k else None, first=not k) for k, w in enumerate(words[:-1])
    )
    return m.end("label") + 1, m.end(), said


# (any of the reporting verbs, and "to" whom: "she said to reporters", "he admitted to
# the committee on Monday")
# (or whom it was said of: "…,” he says of her.")
_SAID_WHEN = rx.compile(
    r"(.+?\b" + REPORTING + r")\s+"
    r"(?=(?:after|before|at|on|in|during|outside|from|later|yesterday|today|earlier|of)\b"
    # "to" whom, never "to" a verb ("he was said to be")
    r"|to\s+(?:(?:the|a|an|his|her|their|its|our|my|reporters|journalists)\b|(?-i:[A-Z])))",
    re.I,
)


def is_bare_quotation(sentence: str) -> bool:
    """Whether the sentence is one quotation from start to end, with no attribution."""
    said = sentence.strip()
    if said[:1] == "“":
        return said.count("“") == 1 and said.count("”") == 1 and said.rstrip(".!?…")[-1:] == "”"
    if said[:1] == '"':
        return primes(said).count('"') == 2 and said.rstrip(".!?…").endswith('"')
    return False


def quotation_speaker(clause: str) -> tuple[str | None, bool] | None:
    """(who speaks, whether in the past) in a clause that is a quotation and then its
    attribution ("“...,” the engineer said" or "said the engineer": "the engineer");
    None when the clause is no such quotation."""
    said = _speaker_after_quote(clause)
    if said is None:
        return None
    found = _tokens(said)
    past = is_past(said)
    if found[0].casefold() in _ATTRIBUTION_WORDS:  # "said the manager"
        return " ".join(found[1:]), past
    return subject_of(said), past


def _clause_before(at: _Sentence, x: int, cuts: list[tuple[int, int, str]], start: int) -> bool:
    """Whether the piece that ends at x (it starts after the last cut or colon before x)
    opens with a subject and a verb; past WINDOW, whether the sentence does. A conjunction
    before it is no subject: "But if voters stay at home" is a condition, no clause."""
    sentence = at.text
    begin = _piece_start(cuts, start, x)
    colon = sentence.rfind(": ", max(begin, x - WINDOW), x)
    begin = colon + 2 if colon >= 0 else begin
    if x - begin >= WINDOW:
        return at.opens_clause()
    piece = sentence[begin:x]
    return starts_clause(_unlead(piece)) and _CONDITION.match(piece) is None


_PHRASE_END = rx.compile(r"[;:]|,(?!\d)")  # not the comma of "£7,500"


def _piece_start(cuts: list[tuple[int, int, str]], start: int, x: int) -> int:
    """Where the piece that holds sentence position x starts: after the latest of the
    last few cuts before x (cuts are made in order, so a few suffice: linear time)."""
    return max((b - start for _, b, _ in cuts[-8:] if b - start <= x), default=0)


def _in_borrowed_speech(
    sentence: str, cuts: list[tuple[int, int, str]], leads: dict[int, str], start: int, x: int
) -> bool:
    """Whether position x is inside a piece that borrows a speaker's lead ("He said" for
    "…, and that the price would fall"): what follows in that piece is reported too."""
    begin = _piece_start(cuts, start, x)
    lead = leads.get(start + begin) if begin else None
    if not lead or x - begin > WINDOW:
        return False
    return _in_speech(f"{lead} {sentence[begin:x]}")


def _reported_at(cuts: list[tuple[int, int, str]], start: int, sentence: str, x: int) -> str | None:
    """reported_lead of the piece that ends at x; None past WINDOW (no whole attribution)."""
    begin = _piece_start(cuts, start, x)
    return reported_lead(sentence[begin:x]) if x - begin <= WINDOW else None


MAX_OPENING = 4  # words: "starting this year", "in the last decade"


def _after_opening_phrase(rest: str) -> bool:
    """Whether `rest` opens with a short phrase led by a preposition or an -ing word,
    with no verb ("starting this year", "after the vote"), and then a clause: a subject
    word and a sure verb within a few words ("all plants will run")."""
    found = _tokens(rest)
    first = found[0].casefold() if found else ""
    if not found or not (first in OPENERS or first.endswith("ing")) or first in _NOT_OPENING:
        return False
    for k in range(1, min(MAX_OPENING, len(found) - 2) + 1):
        word = found[k]
        if is_verb(word, found[k - 1]):
            return False  # "after it came out": a clause of its own inside the phrase
        if word.casefold() not in SUBJECT_START and not word[:1].isupper():
            continue
        near = found[k : k + 5]
        if any(is_verb(w, near[i]) for i, w in enumerate(near[1:])):
            return starts_clause(" ".join(found[k:]))
    return False


# these open a complement or a comparison, not a phrase before a clause
_NOT_OPENING = {"that", "which", "who", "what", "how", "why", "than", "as", "like", "if", "whether"}


def _complement_lead(
    at: _Sentence,
    sentence: str,
    x: int,
    y: int,
    conj: str | None,
    cuts: list[tuple[int, int, str]],
    start: int,
) -> str | None:
    """The clause up to its last verb ("typical prices were"), when the comma at x and the
    "and"/"or" that ends at y lead to a second complement of that verb: a phrase of three
    words or more with no verb of its own, up to the next comma or the end ("..., and
    5% lower than at their peak")."""
    if conj is None or conj.casefold() not in ("and", "or"):
        return None
    stop = _PHRASE_END.search(sentence, y, y + WINDOW)
    phrase = sentence[y : stop.start() if stop else min(len(sentence), y + WINDOW)]
    found = _tokens(phrase)
    if _GAPPED_PLAIN.fullmatch(phrase.strip()):
        return None  # "..., and exports by 2%": the gap rule, with its own subject
    if len(found) < MIN_ITEM_WORDS or has_verb(phrase) or found[0].casefold() in OPENERS:
        return None
    if _predicate_item(phrase):
        return None  # "…, and collects the tolls": a second predicate, no second object
    if stop is not None and stop.group() == ",":
        after = at.head(stop.end())
        verb_next = "VERB" in _readings(_first_word(after, 0, len(after)))
        if at.starts_list(stop.end()) or verb_next or starts_with_verb(after):
            return None  # "..., and A, B and C": a list goes on; "..., and D, bear": a subject
        if _first_word(after, 0, len(after)) in ("which", "who", "whose", "where"):
            return None  # "and the old port, which ...": a clause about it follows
    verb = at.last_verb_end(x)
    begin = _piece_start(cuts, start, x)
    if verb <= begin or _inside_quote(sentence, x):
        return None
    first = sentence[verb:x]
    if len(_tokens(first)) < 2 or ", " in first:
        return None  # the verb needs a first complement of its own, not a list's end
    if not _parallel_objects(first, found):
        return None
    if _CONDITION_INSIDE.search(sentence, begin, verb):
        # "pays a full grant only if the house is older than 50, and a partial grant for
        # …": the last verb is the condition's; the second object is the main verb's
        return None
    word_at = sentence.rfind(" ", max(begin, verb - 40), verb) + 1
    if sentence[word_at:verb].endswith(("ed", "ing")) and sentence[
        max(begin, word_at - 3) : word_at
    ].rstrip().endswith(","):
        return None  # "offered a rise of 2%, backdated to May, and …": a phrase's participle
    since = max(begin, verb - WINDOW)  # bounded: one scan per comma would be quadratic
    relatives = [r for r in _ASIDE_WHO_AT.finditer(sentence, since, verb) if "wh" in r.group()]
    if relatives and "," not in sentence[relatives[-1].end() : verb]:
        return None  # "thanked Ann Lee, who works at the mill, and …": the relative's verb
    lead = " ".join(sentence[begin:verb].split())
    lead = LEADING.sub("", lead, count=1) if LEADING.match(lead) else lead
    return lead if len(_tokens(lead)) >= 2 else None


# prepositions that lead where an object goes or comes from ("gusts to A, and rain to B")
_OBJECT_PREPS = frozenset(
    {"to", "into", "onto", "for", "from", "at", "on", "in", "with", "by", "between", "across",
     "over", "under", "towards", "toward", "through", "among"}
)  # fmt: skip


# a subordinate clause opening after a clause's start: a verb after it is that clause's
_CONDITION_INSIDE = rx.compile(
    r"\s(?:if|unless|when|whenever|because|while|whereas|although|though|until|once)\s", re.I
)


def _parallel_objects(first: str, second: list[str]) -> bool:
    """Whether the second complement (its words) can borrow the verb before `first` (the
    first complement). A second one with its own object before a preposition ("heavy rain
    to parts of B") needs a first one of the same shape, an object then that preposition
    ("gusts of up to 90mph to parts of A"): one that opens with a preposition ("…exposed
    parts| of A": a noun read as the verb) or holds an infinitive ("forecast to bring …":
    the verb is further on) means the verb found is not the one the two share, and the
    lead would splice words the text does not have."""
    at = next((k for k, w in enumerate(second) if w.casefold() in _OBJECT_PREPS), None)
    if at is None or at == 0:
        return True  # "…, and 5% lower than their peak": no object of its own
    own = [w.casefold() for w in _tokens(first)]
    if not own or own[0] in OPENERS:
        return False
    return not any(w == "to" and _readings(nxt) == {"VERB"} for w, nxt in itertools.pairwise(own))


# "the Greens 40 seats", "the Plus model at $899": a noun phrase, then (after the same
# preposition as the first clause has) a number and at most one word
_GAPPED = rx.compile(
    r"(?P<np>(?:[Tt]he\s+|[A-Z]|[a-z]+[A-Z])[^,;:()%$£€]{1,60}?)\s+(?P<prep>(?:at|to|by|from|for|of|on)\s+)?"
    r"[$£€]?\d[\d.,]*%?(?:\s+[a-z]+)?\s*[.;]?$"
)
# "..., and exports by 2%": a plain noun (one or two words) after ", and", then the same
_GAPPED_PLAIN = rx.compile(
    r"(?P<np>[a-z][\w’'-]*(?:\s+(?!(?:at|to|by|from|for|of|on)\s)[a-z][\w’'-]*)?)\s+(?P<prep>(?:at|to|by|from|for|of|on)\s+)?"
    r"[$£€]?\d[\d.,]*%?(?:\s+[a-z]+)?\s*[.;]?$"
)
# in the first clause: a verb, then (perhaps a preposition and) a number ("won 268 seats",
# "starts at $799")
_VERB_NUMBER = rx.compile(
    r"\b(?P<verb>[a-z][\w’'-]*)\s+(?P<prep>(?:at|to|by|from|for|of|on)\s+)?[$£€]?\d"
)
_DIGIT = rx.compile(r"\d")
# `(?<!\s)`: as in _BREAK (tried at every space of a long run: quadratic time)
# `,\s+(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|or)\s+(?=…)`, opened with its character (see _BREAK)
_GAP_SEP = rx.compile(
    r"[,\s](?:(?<=,)|(?<!\s\s)(?=\s*[ao]))(?:(?<=,)\s+(?:and\s+|or\s+)?"
    r"|(?<=\s)(?<!\s\s)\s*(?:and|or)\s+(?=the\s|[A-Z]|[a-z]+[A-Z]))"
)


def _gaps(at: _Sentence, sentence: str) -> list[tuple[int, int, str]]:
    """(cut from, phrase start, verb) of each phrase that leaves out the verb of the clause
    before it ("Labour won 200 seats, the Greens 40 and the Liberals 12"; "The basic model
    starts at $799 and the larger one at $899"): a noun phrase with no verb of its own,
    then the same preposition as after the verb, a number and at most one word. The verb
    is "" when only an attribution follows the phrase: no cut there at all."""
    if _DIGIT.search(sentence) is None:
        return []
    seps = list(_GAP_SEP.finditer(sentence))
    found: list[tuple[int, int, str]] = []
    verbs: list[re.Match[str]] | None = None
    ends: list[int] = []
    for k, sep in enumerate(seps):
        x, y = sep.start(), sep.end()
        stop = seps[k + 1].start() if k + 1 < len(seps) else len(sentence)
        m = _GAPPED.fullmatch(sentence, y, stop)
        plain = m is None and "and" in sep.group() and sep.group().startswith(",")
        if plain:
            m = _GAPPED_PLAIN.fullmatch(sentence, y, stop)
        if m is None or _in_brackets(sentence, x):
            continue
        np = m.group("np")
        if plain:
            head = _tokens(np)[-1].casefold()
            if "NOUN" not in _readings(head) or any(
                w.casefold() in OPENERS | _DETERMINERS | _NP_STOP for w in _tokens(np)
            ):
                continue  # "..., and exports by 2%": a noun, the subject of the gap
        elif any(w[:1].islower() and is_verb(w, None) for w in _tokens(np)) or len(_tokens(np)) > 6:
            continue
        if np.endswith(("'s", "’s", "s'", "s’")):
            continue  # "the team's 10th": no subject of its own
        if any(_ranks(w.casefold()) for w in _tokens(np)):
            continue  # "..., the biggest rise in 10 years": a ranking, no gap
        if verbs is None:
            # each verb before a number, found once: scanned again from the start at each
            # separator, a sentence of many numbered phrases took time in its square (no
            # match crosses a separator, so those ending before it are its own)
            verbs = [
                v
                for v in _VERB_NUMBER.finditer(sentence)
                if is_verb(v.group("verb"), "it")
                and "ADV" not in _readings(v.group("verb").casefold())  # "went up 2%"
            ]
            ends = [v.end() for v in verbs]
        k_verb = bisect.bisect_right(ends, x)
        verb = verbs[k_verb - 1] if k_verb else None
        if verb is None or (verb.group("prep") or "").strip() != (m.group("prep") or "").strip():
            continue
        if verb.group("verb").casefold() in (w.casefold() for w in _tokens(np)):
            continue  # "…, and profits rose 2%": the verb is there, nothing left out
        if _negates_a_verb(sentence[max(0, verb.start() - 24) : verb.end()]):
            # "X was not jailed for 9 years and Y for 4": the negation is left out too,
            # and "Y was jailed for 4 years" would be false; no cut at all
            found.append((x, y, ""))
            continue
        rest = sentence[seps[k + 1].end() :][:WINDOW] if stop < len(sentence) else ""
        if rest and _attribution_from(sentence, seps[k + 1].end()):
            # "…, the Greens 40, the BBC said": said of both; no cut here at all
            found.append((x, y, ""))
            continue
        opener = SUBORDINATE.match(rest) or LEADING.match(rest)
        if stop < len(sentence) and not (
            starts_clause(rest[opener.end() :] if opener else rest)
            or _GAPPED.fullmatch(
                sentence,
                seps[k + 1].end(),
                seps[k + 2].start() if k + 2 < len(seps) else len(sentence),
            )
        ):
            continue  # the phrase must end where a clause or another such phrase starts
        # "X was jailed for 18 years and Y for 14": the auxiliary is left out too, and
        # the noun after the number ("Y was jailed for 14 years"); the lead carries it
        # after a "|" (a verb never holds one)
        aux = _GAP_AUX.search(sentence, max(0, verb.start() - 24), verb.start())
        lead = f"{aux.group(1)} {verb.group('verb')}" if aux else verb.group("verb")
        unit = _NUMBER_UNIT.match(sentence, verb.end())
        if (
            unit is not None
            and "NOUN" in _readings(unit.group(1).casefold())
            and not _GAPPED_UNIT.search(sentence, y, stop)
        ):
            lead = f"{lead}|{unit.group(1)}"
        found.append((x, y, lead))
    return found


# the word after the first clause's number ("18 years"), and whether the gapped phrase
# has one too ("Y for 14 years")
_NUMBER_UNIT = rx.compile(r"[\d.,]*%?\s+([a-z]{2,})\b")
_GAPPED_UNIT = rx.compile(r"\d[\d.,]*%?\s+[a-z]+\s*[.;]?$")
# one or two auxiliaries right before the borrowed verb ("was", "has been", "will be")
_GAP_AUX = rx.compile(
    r"\b((?:(?:will|would|has|have|had)\s+(?:been|be)|was|were|is|are|has|have|had|will"
    r"|would))\s+$",
    re.I,
)


# a figure, perhaps its unit, then a preposition and what it places or dates: the end of
# "rose 8% in March" before a comma, and the whole of "5% in April" after it
_FIGURE = r"[$£€]?\d[\d.,]*(?:%|\s+per\s+cent)?(?:\s+[a-z]+)?\s+"
_FIGURE_PREP = r"(?P<prep>in|on|for|at|among|across|from|during|over|under)\s+"
_FIGURE_BEFORE = rx.compile(r"(?<![\w.,])" + _FIGURE + _FIGURE_PREP + r"[^,;:()]{1,60}$")
_FIGURE_AFTER = rx.compile(_FIGURE + _FIGURE_PREP)
_FIGURE_ITEM_END = rx.compile(r"[,;]\s|\b(?:where|which|who|whom|whose|that|when)\b")


def _gapped_figure(sentence: str, begin: int, x: int, y: int) -> bool:
    """Whether the phrase at y is a figure that borrows the verb (and subject) of the
    clause before x: a verb, a figure and a preposition phrase ("Sales rose 8% in March"),
    then a figure with the same preposition and no verb of its own ("5% in April", "and 3%
    in May"; a relative clause in it is its own: "3% in towns where fares rose"). The list
    is one statement about one subject: split, its items would be verbless fragments, and
    a subject rebuilt for them could drop a word that governs them all."""
    after = _FIGURE_AFTER.match(sentence, y)
    if after is None:
        return False
    before = _FIGURE_BEFORE.search(sentence, max(begin, x - 90), x)
    if before is None or before.group("prep").casefold() != after.group("prep").casefold():
        return False
    if not has_verb(sentence[max(begin, x - WINDOW) : before.start()]):
        return False  # the figure before is no verb's: "In 2020, 5% in Kent did"
    stop = _FIGURE_ITEM_END.search(sentence, after.end(), after.end() + WINDOW)
    return not has_verb(sentence[y : stop.start() if stop else min(len(sentence), y + WINDOW)])


def _attributed(sentence: str, y: int) -> bool:
    """Whether the sentence ends, after y, with an attribution of the whole sentence
    (", the board said on Friday.")."""
    comma = sentence.rfind(", ", y)
    return comma >= 0 and is_bare_attribution(sentence[comma + 2 :])


def _after_noun(sentence: str, x: int) -> bool:
    """Whether the text before x ends with a chain of noun phrases: a preposition among
    its last few words, then a noun or a number ("on routes to the coast", "to May 2019"),
    not an adjective ("were young, which ...": about the whole clause)."""
    tail = _tokens(sentence[max(0, x - 60) : x])[-6:]
    if not tail or not any(w.casefold() in _CHAIN for w in tail[:-1]):
        return False
    last = tail[-1]
    readings = _readings(last.casefold())
    return last[:1].isdigit() or "NOUN" in readings or (last[:1].isupper() and not readings)


# a noun phrase, then a relative clause about it ("a hand basin that was blocked")
_NOUN_THEN_RELATIVE = rx.compile(r"\s*(?P<np>(?:[\w’'-]+\s+){1,6}?)(?:that|which|who)\s", re.I)


_LAST_LISTED_ITEM = rx.compile(r"(?:,\s+|\s)(?:and|or)\s+(?=[^,;:]+$)", re.I)


def _relative_item(rest: str) -> bool:
    """Whether `rest`, up to its end, is a noun phrase whose only verbs are in its own
    relative clause: a list's last item ("…, and a basin that was blocked"), no clause."""
    found = _NOUN_THEN_RELATIVE.match(rest)
    if found is None or _CLAUSE_END.search(rest, found.end()) or _AND_OR.search(rest, found.end()):
        return False
    return not any(_verb_class(w.casefold()) == ALWAYS for w in _tokens(found.group("np")))


# The head noun of a body's name: "the Environment, Food and Rural Affairs Committee",
# "the Department for Culture, Media and Sport"; capitalised words joined by commas and
# "and" before or after it are one name, never a list to cut.
_BODY_HEAD = (
    r"(?:Committee|Department|Ministry|Agency|Council|Commission|Authority|Trust|Institute"
    r"|Board|Office|Service|Foundation|Association|Society|Federation|Bureau|Tribunal"
    r"|Directorate|Secretary|Minister|Inspectorate|Executive|Court|Fund|Centre|Center)s?"
)
_CAPITALISED = r"[A-Z][\w’'-]*"
# after a capitalised word's comma: more capitalised words, an "and", then the head
_NAME_LIST_HEAD = rx.compile(
    rf",\s+(?:{_CAPITALISED},?\s+){{0,6}}(?:and|&)\s+(?:{_CAPITALISED}\s+){{0,6}}{_BODY_HEAD}\b"
)
# a head, "for" or "of", then capitalised words (with "of", "for", "the") up to the comma
_HEAD_THEN_LIST = rx.compile(
    rf"\b{_BODY_HEAD}\s+(?:for|of)\s+(?:(?:{_CAPITALISED}|the|of|for|and|&),?\s+){{0,6}}"
    rf"{_CAPITALISED}$"
)
_LIST_THEN_AND = rx.compile(rf",\s+(?:{_CAPITALISED},?\s+){{0,6}}(?:and|&)\s+[A-Z]")
# a cheap look first: most sentences hold no head noun, and no comma is tested
_MAY_NAME_LIST = rx.compile(rf"\b{_BODY_HEAD}\b")
NAME_WINDOW = 120  # characters before a comma that its name may start in


def _in_comma_name(sentence: str, x: int) -> bool:
    """Whether the comma at x is inside a name of capitalised words joined by commas and
    "and" that ends in a head noun ("Environment, Food and Rural Affairs Committee") or
    follows one ("Department for Culture, Media and Sport"): one name, not a list."""
    if sentence[x : x + 1] != "," or not re.search(rf"{_CAPITALISED}$", sentence[:x]):
        return False
    if _NAME_LIST_HEAD.match(sentence, x):
        return True
    if _LIST_THEN_AND.match(sentence, x) is None:
        return False
    return _HEAD_THEN_LIST.search(sentence, max(0, x - NAME_WINDOW), x) is not None


# What a comma inside such a name reads as while a sentence is cut: no rule cuts at it
# (a rule's lead, made of the sentence's words, gets its comma back)
_MASKED_COMMA = "\u201a"
_COMMA = rx.compile(",")


def _name_commas_masked(sentence: str) -> str:
    """The sentence with each comma inside a name of a body (_in_comma_name) read as
    _MASKED_COMMA, at the same positions: "Environment, Food and Rural Affairs Committee"
    is one name, and no rule cuts it."""
    if not _MAY_NAME_LIST.search(sentence):
        return sentence  # most sentences: no head noun, no comma tested
    inside = [m.start() for m in _COMMA.finditer(sentence) if _in_comma_name(sentence, m.start())]
    if not inside:
        return sentence
    chars = list(sentence)
    for x in inside:
        chars[x] = _MASKED_COMMA
    return "".join(chars)


def _in_brackets(sentence: str, x: int) -> bool:
    """Whether position x of the sentence is inside a parenthesis or square brackets."""
    lo = max(len(sentence) - len(sentence.lstrip(" ([")), x - WINDOW)  # "(Rents rose, ...)"
    opened = sentence.count("(", lo, x) + sentence.count("[", lo, x)
    return opened > sentence.count(")", lo, x) + sentence.count("]", lo, x)


_SPACED_DASH = rx.compile(r"\s[-–—]\s|—")


def _between_dashes(sentence: str, x: int) -> bool:
    """Whether position x of the sentence is inside a parenthesis set off by dashes ("the
    evidence — his DNA and two witnesses — was strong"): an odd number of dashes within
    WINDOW before it, and one within WINDOW after it."""
    lo = max(0, x - WINDOW)
    before = len(_SPACED_DASH.findall(sentence, lo, x))
    return before % 2 == 1 and _SPACED_DASH.search(sentence, x, x + WINDOW) is not None


# units of time, length and rate: after a number, "which" is about the whole clause
_MEASURES = {
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
    "times", "mile", "miles", "km", "kilometres", "kilometers", "metres", "meters", "feet",
    "inches", "percent", "cent", "points", "degrees", "mph",
}  # fmt: skip


def _measure_before(clause: str) -> bool:
    """Whether the clause ends in a number and a unit ("every 70 years", "by 20 miles")."""
    found = _tokens(clause[-40:])
    return (
        len(found) >= 2
        and found[-1].casefold() in _MEASURES
        and (found[-2][:1].isdigit() or found[-2][-1:].isdigit())
    )


_OPENS_CLAUSE = rx.compile(
    r"\b(?:when|whenever|after|before|since|as|because|while|until|although|though|if"
    r"|once|whereas|unless)\s",
    re.I,
)
_RELATIVE_ASIDE = rx.compile(r",\s+(?:who|which|whose)\b[^,;:]*", re.I)


def _in_open_subject(sentence: str, x: int) -> bool:
    """Whether x is inside the subject of an adverbial clause, before its verb ("… when
    Tom Reed, who joined in May, headed in a cross"): what is cut there would take a
    wrong antecedent, or lose its subject."""
    lo = max(0, x - WINDOW)
    opener = None
    for found in _OPENS_CLAUSE.finditer(sentence, lo, x):
        opener = found  # the last one
    if opener is None:
        return False
    subject = _RELATIVE_ASIDE.sub("", sentence[opener.end() : x])
    return bool(subject.strip()) and not has_verb(subject)


def _relative_runs_on(sentence: str, after: int) -> bool:
    """Whether what follows a relative clause set off by a comma belongs to the clause
    before it: a verbless phrase ("…, which had 90 staff, in March") or a second
    predicate after "and" ("… by the rover, which landed in 2021, and analysed in
    Texas"). The relative clause would take it, and the main clause lose it."""
    stop = _PHRASE_END.search(sentence, after, after + WINDOW)
    if stop is None or sentence[stop.start()] != ",":
        return False
    close = _PHRASE_END.search(sentence, stop.end(), stop.end() + WINDOW)
    tail = sentence[stop.end() : close.start() if close else len(sentence)].strip(" .")
    if not tail:
        return False
    first = _first_word(tail, 0, len(tail))
    if first in ("and", "or"):
        word = _first_word(tail, len(first) + 1, len(tail))
        return _past_participle(word) or _verb_class(word) == ALWAYS
    if first in _MAIN_ADJUNCT:
        return True  # "…, which were sold in May, after reports of fires": the recall's
    # a place or time ("in March"), not the relative clause's own list ("Leeds, York")
    return _adjunct(first) and not has_verb(tail) and not is_bare_attribution(tail)


# what opens a phrase or a clause of time, cause or concession, after a relative clause's
# closing comma: it belongs to the main clause, with or without a verb of its own
_MAIN_ADJUNCT = {
    "after", "before", "following", "because", "despite", "amid", "amidst", "since",
    "until", "due", "owing", "ahead", "prior", "when", "while", "whereas", "although",
    "though", "thanks", "as", "once", "unless", "if", "over", "without", "with",
}  # fmt: skip


_SPEECH = rx.compile(r"\b" + REPORTING + r"\b", re.I)


_POINTER = rx.compile(r"(?:it|this|that|they)\b(?!\s+(?:who|whose|which)\b)", re.I)


# a singular noun phrase's opening, and a verb that only a plural subject takes
_SINGULAR_OPENING = rx.compile(r"(?:an?|one|this|that|each|every|its|his|her)\s", re.I)
_PLURAL_VERB = rx.compile(r"(?:were|are|have|do)\b", re.I)
# a subject whose relative clause opens within its first eight words ("A man who …")
_SUBJECT_RELATIVE = rx.compile(r"\W*(?:[^\s,;:]+\s+){1,8}?(?:who|that|which)\s", re.I)


# a subordinating conjunction that must be followed by a clause (never a preposition, as
# "after" or "since" may be), then the words of its subject so far
_CONJUNCTION_SUBJECT = rx.compile(
    r"\b(?:when|where|while|whereas|because|although|though|if|unless|once|whether)"
    r"\s+([^,;:()“”\"]{1,100})$",
    re.I,
)


def _joined_subject(so_far: str, rest: str) -> bool:
    """Whether "and" between the clause so far and `rest` joins two noun phrases into one
    subject rather than two clauses: the noun phrase after it is singular and its verb
    plural ("Leeks with hazelnut and a sauce were good"); the words after a verb of speech
    are two or three with no verb but a plural noun read as one ("It said bank details and
    passwords were safe"); or the clause so far is a subject and its relative clause, with
    no verb of its own yet ("A man who stole cash to pay for holidays and a gambling habit
    has been jailed"); or the clause so far ends in a conjunction and a subject with no
    verb yet ("…, when two banks and a broker failed": "and" joins the subject's
    nouns, since the "when" clause has no verb before it)."""
    stop = _CLAUSE_END.search(rest, 0, 160)
    head = rest[: stop.start() if stop else 160]
    if _SINGULAR_OPENING.match(head):
        words = _tokens(head)
        verb_at = next(
            (k for k, w in enumerate(words) if is_verb(w, words[k - 1] if k else None)), -1
        )
        if verb_at > 0 and _PLURAL_VERB.fullmatch(words[verb_at]):
            return True
    speech = list(_SPEECH.finditer(so_far)) if _may_attribute(so_far) else []
    if speech:
        said = _tokens(so_far[speech[-1].end() :])
        if (
            2 <= len(said) <= 3
            and said[-1].endswith("s")
            and "NOUN" in _readings(said[-1].casefold())
            and not any(is_verb(w, said[k - 1] if k else None) for k, w in enumerate(said[:-1]))
        ):
            return True
    opened = _CONJUNCTION_SUBJECT.search(so_far)
    if opened is not None and not has_verb(opened.group(1)):
        return True  # "…, when two banks and a broker failed": the clause's verb is to come
    relative = _SUBJECT_RELATIVE.match(so_far)
    if relative is None or "," in so_far[: relative.end()]:
        return False
    words = _tokens(so_far[relative.end() :])
    verbs = sum(is_verb(w, words[k - 1] if k else "who") for k, w in enumerate(words))
    return verbs <= 1


def _in_speech(clause: str) -> bool:
    """Whether the clause ends inside what someone said, claimed, argued … ("He claimed
    the penalty was wrong"); only the verbs of speech, not "expect" or "show", whose
    object may be a noun phrase that reads as a clause ("expect two more cuts")."""
    if not _may_attribute(clause):
        return False  # most clauses: no verb of speech, and no scan for one
    found = list(_SPEECH.finditer(clause))
    return bool(found) and has_verb(clause[found[-1].end() :])


_SPEECH_START = rx.compile(r"\s*" + REPORTING + r"\b", re.I)
# A second predicate after a plural speaker's present tense ("Researchers say A rose, but
# warn that …"): the plain forms of the verbs of speech, which REPORTING leaves out (most
# are also nouns: "warn" is not, but "claim", "note", "report" are, and "and claim" /
# "but note" here are verbs only because a predicate is what follows the conjunction)
_SPEECH_START_PLAIN = rx.compile(
    r"\s*(?:warn|argue|insist|add|admit|claim|note|stress|caution|concede|accept"
    r"|acknowledge|maintain|point\s+out|suggest|estimate|predict|believe|say)\b",
    re.I,
)


def _speech_starts(rest: str) -> bool:
    return bool(_SPEECH_START.match(rest) or _SPEECH_START_PLAIN.match(rest))


# The pronouns a reported clause may use for a noun phrase of the clause it hangs on
_REPORTED_PRONOUN = rx.compile(r"\b(?:it|its|they|their|them|he|his|him|she|her)\b", re.I)
# A noun phrase after a clause's verb: a determiner and a word, a number and a word, or a
# name ("blamed the Front", "praised Ms Lee", "arrested two men")
_OBJECT_AFTER = rx.compile(
    r"\s(?:(?:the|a|an|this|that|these|those|its|their|his|her|our|some|several|many|two"
    r"|three|four|five|\d[\d,.]*)\s+[\w’'-]|[A-Z][\w’'-]*)"
)
# Participles of the verbs of speech: ", saying …", ", adding that …"
_SPEECH_ING = {
    "saying", "adding", "claiming", "insisting", "arguing", "noting", "warning", "stating",
    "explaining", "alleging", "suggesting", "complaining", "asserting", "maintaining",
    "contending", "declaring", "announcing", "acknowledging", "admitting", "denying",
    "stressing", "accusing", "telling", "writing",
}  # fmt: skip


def _pronoun_may_mean_object(clause: str, reported: str) -> bool:
    """Whether a reported clause split off `clause` ("The army blamed the Front, saying
    its fighters …", "… and said its fighters …") holds a pronoun that may mean a noun
    phrase after the clause's verb (the Front's fighters, or the army's?): alone, "The
    army said its fighters were firing" reads as the army's own; the sentence stays whole.
    """
    found = {m.group().casefold() for m in _REPORTED_PRONOUN.finditer(reported)}
    if not found:
        return False
    verb = first_verb(clause)
    if verb >= len(clause) or _OBJECT_AFTER.search(clause, verb) is None:
        return False
    if found <= {"he", "his", "him", "she", "her"} and not _may_be_person(clause[verb:]):
        # "She thanked the agency, which …, and said she hoped …": an agency is no "she"
        return False
    if found <= {"they", "their", "them", "he", "his", "him", "she", "her"}:
        # "An inquiry by the board dismissed their claims and suggested they …": a
        # report or an inquiry is no "they" or "she"; the pronoun cannot mean it
        head = _WORDS_BEFORE_PHRASE.match(clause[:verb])
        words = head.group().split() if head is not None else []
        return not words or words[-1].casefold() not in _SAYING_THINGS
    return True


def _may_be_person(predicate: str) -> bool:
    """Whether the noun phrase after a verb may be a person ("he", "she"): not when a
    "which" clause follows it ("the agency, which brought the case") or it ends in a
    body's word ("the town council", "Leeds United")."""
    phrase, comma, rest = predicate.partition(",")
    if comma and rest.lstrip()[:6].casefold() == "which ":
        return False
    words = {w.casefold() for w in _WORD.findall(phrase)}
    if words & refer.NOT_PEOPLE or words & _BODIES:
        return False
    head = _OBJECT_HEAD.match(phrase)
    if head is None:
        return True  # no plain noun phrase after the verb: unsure
    noun = head.group("head")
    if noun[:1].isupper() or noun.casefold() in ("him", "her", "them"):
        return True  # "praised Ms Lee", "thanked her"
    # "runs the tea room on the green and says his takings …": a room is no "he"
    return _person_noun(noun.casefold())


# the verb, then the noun phrase after it up to its head: the word before a preposition,
# a comma, a conjunction or the end ("runs the tea room on the green": "room")
_OBJECT_HEAD = rx.compile(
    r"\s*[\w’'-]+\s+(?:[\w’'-]+\s+){0,4}?(?P<head>[\w’'-]+)"
    r"(?=\s*$|\s*[,;:(]|\s+(?:on|in|at|of|for|from|with|by|to|into|near|and|or|but|that"
    r"|which|who|after|before|since|as|over|under|until|last|this|next)\b)"
)
# nouns for people, whom "he" or "she" may mean ("thanked the driver", "met two men")
_PERSON_WORDS = {
    "man", "men", "woman", "women", "boy", "girl", "child", "children", "person", "people",
    "baby", "suspect", "fan", "friend", "neighbour", "neighbor", "colleague", "partner",
    "client", "customer", "patient", "pupil", "student", "guest", "staff", "family",
    "relative", "brother", "sister", "aunt", "uncle", "nephew", "niece", "cousin", "girlfriend",
    "boyfriend", "grandmother", "grandfather", "grandson", "granddaughter", "youngster",
    "teenager", "adult", "official", "candidate", "referee", "umpire", "chef", "guard",
    "nanny", "spouse", "twin", "heir", "hero", "mp", "peer", "deputy", "rival", "successor",
    "predecessor", "individual", "pensioner", "veteran", "graduate", "nominee", "coach",
}  # fmt: skip
# endings of nouns for people ("driver", "inspector", "economist", "politician",
# "employee", "assistant", "chairman", "a 34-year-old")
_PERSON_ENDS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men", "-old", "-olds")


def _person_noun(noun: str) -> bool:
    """Whether a noun may stand for a person or people: a role, a word for people, or a
    noun with an ending such words have (wider than it must be: a "he" it may mean keeps
    the sentence whole)."""
    single = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return (
        noun in _ROLES
        or single in _ROLES
        or noun in _PERSON_WORDS
        or single in _PERSON_WORDS
        or noun.endswith(_PERSON_ENDS)
        or single.endswith(_PERSON_ENDS)
    )


# A subject's words before a phrase that qualifies it ("An inquiry by the board")
_WORDS_BEFORE_PHRASE = rx.compile(
    r"[^,;:()]*?(?=\s+(?:of|by|in|at|for|from|with|on|into|published|released|carried)\s|[,;:(]|\s*$)"
)


def _speaker_of(clause: str, verbs: re.Pattern[str] = _SPEECH) -> str | None:
    """Who speaks in a clause that ends inside what they said ("Police" of "Police said
    the bridge was safe"): the words before its only verb of speech, when they are the
    clause's subject; None when unsure."""
    found = list(verbs.finditer(clause))
    if len(found) != 1:
        return None
    before = " ".join(clause[: found[0].start()].split())
    if not before or _CLAUSE_END.search(before) or subject_of(clause) != before:
        return None
    return before


_VERB_THAT = rx.compile(r"\s*[a-z]{3,}\s+that\s+(?=\w)")


# Verbs of a sentence that reports what someone said, asked for or remembered without
# quoting it ("She urged drivers to stay away.", "He recalled that she kept it."): a
# bare quotation right after it is the same person's words
_REPORTER_VERB = rx.compile(
    r"\b(?:" + REPORTING + r"|urged|urges|recalled|recalls|remembered|appealed"
    r"|appeals|advised|advises|pleaded|promised|promises|described|describes|explained"
    r"|complained|complains|defended|defends|praised|praises|criticised|criticized"
    r"|thanked|welcomed|welcomes|called\s+(?:for|on)|calls\s+(?:for|on))\b",
    re.I,
)
# a personal pronoun that ends the words before the verb: the subject, after an opening
# phrase of time or place that is not part of it ("Last week he", "In 2015 she")
_FRONTED_PRONOUN = rx.compile(r"(?<!\band)(?<!\bor)\s+(?P<who>he|she|they)$", re.I)
# the same opening phrase, up to the pronoun, for a sentence whose subject is not found
# whole ("In 2019 he told …")
_FRONTED = rx.compile(
    r"(?:in|on|at|during|after|before|since|by|last|this|earlier|later|yesterday|then)\b"
    r"(?:\s+[\w’'-]+){0,3}?,?\s+(?=(?:he|she|they)\s)",
    re.I,
)


def reporter(sentence: str) -> str | None:
    """Who reports in a sentence of indirect speech that quotes nothing itself ("Dr Reyes
    said patients should not stop", "She urged drivers to stay away"): the subject before
    its only verb of reporting, whose words a bare quotation right after it goes on with;
    None when unsure."""
    if any(mark in sentence for mark in '"“”'):
        return None
    clause = sentence.rstrip(" .!")
    who = _speaker_of(clause, _REPORTER_VERB)
    if who is None and len(clause) < WINDOW:
        # "A driver, who asked not to be named, said …": the speaker without the aside
        who = _speaker_of(_without_relative_aside(clause), _REPORTER_VERB)
    if who is None and (fronted_by := _FRONTED.match(clause)) is not None:
        who = _speaker_of(clause[fronted_by.end() :], _REPORTER_VERB)  # "In 2019 he …"
    who = _unlead(who) if who is not None else None  # "But she said …": she
    if who and (fronted := _FRONTED_PRONOUN.search(who)) is not None:
        who = fronted.group("who")  # "Last week he told …": he, not "Last week he"
    if not who or _OPENING_PREPOSITION.match(_capital(who)) or count_words(who) > MAX_SUBJECT:
        return None  # "In Leeds the mayor said …": the speaker is in there, but which words?
    return who


def speaker_before_quote(sentence: str) -> str | None:
    """Who speaks the quotation a sentence opens after a colon ("Ann Lee, who runs the
    depot, said: “The yard flooded." -> "Ann Lee said"), or None; the quotation may go
    on in the paragraphs after it, hers too."""
    # past an opening phrase too ("Speaking after the vote, she said: “…")
    found = _speaker_before_quote(sentence, [], 0)
    return _capital(_without_relative_aside(found[1])) if found is not None else None


def _own_that_clause(rest: str) -> bool:
    """Whether a second predicate is a verb with a "that" clause of its own ("denied
    that any jobs would go"), not a verb with "that" as a determiner ("sold that house")."""
    found = _VERB_THAT.match(rest)
    return found is not None and starts_clause(rest[found.end() : found.end() + WINDOW])


# what a speaker does about what they said (deny it, refuse, apologise), not what the
# subject of their reported clause does
_STANCE = rx.compile(
    r"\s*(?:denied|rejected|refused|declined|dismissed|apologised|apologized|conceded"
    r"|acknowledged|vowed|pledged"
    # a speaker's own silence: "…, but did not give a date", "but would not say how much"
    r"|(?:did|would|could)(?:\s+not|n[’']t)\s+(?:say|give|comment|confirm|disclose|reveal"
    r"|specify|explain|elaborate|respond|answer|name|put|provide|offer)"
    r"|gave\s+no|offered\s+no)\b",
    re.I,
)


# verbs of telling whose object is the person told ("warned me the road was shut")
_TELLING = frozenset({"told", "tells", "tell", "warned", "assured", "informed", "reminded"})
_PERSON_OBJECTS = frozenset({"me", "him", "her", "us", "them", "you"})


def _tells_whom(clause: str, said: re.Match[str]) -> bool:
    """Whether the reporting verb `said` of the clause has the person told as its object
    ("told me", "told the BBC", "warned us"): what was told is then the clause after it."""
    verb = said.group().split()
    if verb[0].casefold() not in _TELLING:
        return False
    if len(verb) > 1:
        return True  # "told me": REPORTING takes the object with the verb
    whom = _FOLLOWING.match(clause, said.end())
    return whom is not None and whom.group(1).casefold() in _PERSON_OBJECTS


def _past_predicate(rest: str) -> bool:
    """Whether a predicate opens with a past verb of its own, no auxiliary ("offered me
    £250", "sent the invoice"): it may go on any clause before it of the same tense."""
    words = _WORD.finditer(rest)
    first = _first_content_word(words)
    if first is None:
        return False
    w = first.casefold()
    return w not in AUX and (w.endswith("ed") or w in IRREGULAR_PAST) and is_verb(first, "it")


def _stance_verb(rest: str) -> bool:
    """Whether a second predicate opens with a verb of a speaker's stance ("rejected
    calls to resign", "declined to comment"): after a reported clause ("X said the budget
    had been cut, but rejected …") it is X's, never the budget's."""
    return _STANCE.match(rest) is not None


# a speaker's act towards people or claims, which only someone who speaks can do
# ("accused the referee of …", "denies reports that …", "called for an inquiry")
_SPEAKERS_ACT = rx.compile(
    r"\s*(?:(?:also|later|then)\s+)?(?P<verb>accused|accuses|blamed|blames|criticised"
    r"|criticises|criticized|criticizes|praised|praises|thanked|urged|urges|condemned"
    r"|condemns|welcomed|welcomes|apologised|apologises|apologized|apologizes|denied|denies"
    r"|rejected|rejects|dismissed|dismisses|(?:called|calls)\s+(?:for|on)"
    r"|(?:appealed|appeals)\s+(?:for|to))\b",
    re.I,
)
# finite forms that tell a verb group's tense ("is considering", "had switched")
_PRESENT_FORMS = frozenset({"is", "are", "has", "have", "does", "do", "am"})
_PAST_FORMS = frozenset({"was", "were", "had", "did", "would", "could", "might", "should"})
_SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})


def _tense(word: str) -> str | None:
    """ "present" or "past" for a finite verb form ("says", "is"; "said", "was"), None when
    the form does not tell (a plain form, a modal of the present, a noun)."""
    w = word.casefold()
    if w in _PRESENT_FORMS:
        return "present"
    if w in _PAST_FORMS or w in IRREGULAR_PAST or (w.endswith("ed") and is_verb(w, "it")):
        return "past"
    if w.endswith("s") and not w.endswith("ss") and is_verb(w, "it"):
        return "present"
    return None


def _complement_subjects(inner: str) -> list[list[str]]:
    """The subjects of a reported clause (`inner`, what follows the verb of speech) and
    of a "that" clause inside it ("he was angry that the club had …": "he", "the club")."""
    found: list[list[str]] = []
    verb = first_verb(inner)
    subject = [w for w in _tokens(inner[:verb]) if w.casefold() != "that"]
    if subject:
        found.append(subject)
    that = inner.find(" that ", verb)
    if that >= 0:
        deeper = inner[that + 6 :]
        found.append(_tokens(deeper[: first_verb(deeper)]))
    return found


def _complement_tenses(inner: str) -> set[str]:
    """The tenses of the finite verbs of a reported clause: the first word of each of its
    verb groups that tells one ("had switched" past, "is" present)."""
    words = _tokens(inner)
    tenses = set()
    for k, w in enumerate(words):
        finite = w.casefold() in _PRESENT_FORMS or w.casefold() in _PAST_FORMS
        if finite or (k and is_verb(w, words[k - 1]) and words[k - 1].casefold() not in AUX):
            tense = _tense(w)
            if tense is not None:
                tenses.add(tense)
    return tenses


def _same_actor(subject: list[str], speaker: str) -> bool:
    """Whether a reported clause's subject is a pronoun for its speaker ("Southern Water
    said it …", "He said he …"): either way the act is the speaker's."""
    if len(subject) != 1:
        return False
    pronoun = subject[0].casefold()
    said_by = speaker.split()
    if len(said_by) == 1 and said_by[0].casefold() in _BACK_PRONOUNS | _SPEAKING_PRONOUNS:
        return said_by[0].casefold() == pronoun
    return pronoun in _BACK_PRONOUNS


# groups that act as one and may speak ("the squad praised …"), besides _BODIES
_GROUPS = frozenset({"side", "squad", "crew", "staff", "band", "cast", "panel", "family"})
_POSSESSIVE_OF = {"he": "his", "she": "her", "it": "its", "they": "their", "we": "our"}


def _may_speak(subject: list[str], speaker: str) -> bool:
    """Whether a subject may be someone who speaks: a person, a body, a name or a
    pronoun for one ("the driver", "the council", "Ms Lee", "she")."""
    if not subject:
        return True  # no subject found: unsure
    head = subject[-1]
    low = head.casefold()
    if low in _SPEAKING_PRONOUNS or (head[:1].isupper() and low != "it"):
        return True
    if _person_noun(low):
        return True
    group = low in _GROUPS or low in _BODIES or low.rstrip("s") in _BODIES
    # "He said his side had …": the speaker's own side, for which the speaker speaks
    own = subject[0].casefold() == _POSSESSIVE_OF.get(speaker.split()[-1].casefold(), "")
    return group and not own


def _speakers_act(clause: str, rest: str) -> str | None:
    """After a clause that reports what someone said ("He said his side had tired"), whose
    a second predicate with no subject of its own is: the speaker's lead ("He") when it is
    the speaker's second act; "" when it may be either's (the sentence stays whole);
    None when it goes on the reported clause (the rules after this one decide).

    It is the speaker's when its verb agrees with the verb of speech and not with the
    reported clause's verbs, and either it is an act only a speaker does ("and accused the
    referee of …", "and denies reports that …") whose reported subject cannot speak, or
    the reported clause's subject is the speaker ("X said it was …, and is considering
    an appeal": X, never the subject of a "that" clause inside what X said)."""
    said = _reporting_verb(clause)
    if said is None:
        return None
    said_tense = _tense(said.group().split()[0])
    act = _SPEAKERS_ACT.match(rest)
    first = _first_word(rest, 0, len(rest))
    tense = _tense(act.group("verb").split()[0]) if act else _tense(first)
    inner = clause[said.end() :]
    if tense is None or said_tense is None:
        return None
    subjects = _complement_subjects(inner)
    speaker = _speaker_of(clause)
    if speaker is None or not subjects:
        return None
    if act is not None and tense == said_tense:
        if any(_may_speak(s, speaker) for s in subjects if not _same_actor(s, speaker)):
            return ""  # "Police said the man had shouted and accused staff": whose?
        return _unlead(speaker)
    if (
        act is None
        and tense == "present"
        and said_tense == "past"
        and _complement_tenses(inner) == {"past"}
        and _same_actor(subjects[0], speaker)
    ):
        # "X said it was "disappointed" that Y had not agreed, and is considering …": the
        # present is X's now, not the past of what X said
        return _unlead(speaker)
    return None


# what a clause advises or asks of someone ("should call", "must not travel", "are
# advised to", "need to"): in a news report, advice is a source's, not the writer's
_ADVICE = rx.compile(
    r"\b(?:should|must|ought\s+to|needs?\s+to|(?:is|are)\s+(?:advised|urged|asked|told)\s+to"
    r"|(?:is|are)\s+to)\b",
    re.I,
)


def _gives_advice(rest: str) -> bool:
    """Whether the clause that opens `rest` (up to its first stop) advises someone."""
    stop = _PHRASE_END.search(rest, 0, WINDOW)
    clause = rest[: stop.start() if stop else WINDOW]
    if _SPEECH.search(clause) is not None:
        return False  # "…, but critics say it should go": the critics' advice, said so
    return _ADVICE.search(clause) is not None


def _speech_lead(clause: str) -> str | None:
    """The attribution of a clause that ends inside what someone said ("The firm said"
    of "The firm said 14 customers had complained"), which a second reported clause
    borrows; None when it does not start the clause or another verb of speech follows."""
    found = list(_SPEECH.finditer(clause))
    if len(found) != 1 or not has_verb(clause[found[0].end() :]):
        return None  # "The firm said staff had reported X": who reported what follows?
    lead = " ".join(clause[: found[0].end()].split())
    lead = LEADING.sub("", lead, count=1) if LEADING.match(lead) else lead
    if _CLAUSE_END.search(lead) or not starts_clause(lead):
        return None  # "Asked about it, she said": an opening phrase or a clause before
    return lead


_THAT_AFTER = rx.compile(r"\s+that\s", re.I)
# a progressive after "while": the time of the finding ("while crews were searching")
_GOING_ON = rx.compile(r"(?:[\w’'-]+\s+){1,5}?(?:was|were|is|are)\s+[a-z]{2,}ing\b", re.I)


def _that_frame(clause: str) -> str | None:
    """The frame of a clause that opens with a subject, a verb of reporting or finding
    and "that" ("The survey found that" of "The survey found that A rose"), which a
    contrasting clause inside the reported one borrows; None for any other shape."""
    found = _REPORTING_ANYWHERE.search(clause)  # the first: "found that the rules …"
    if found is None or (that := _THAT_AFTER.match(clause, found.end())) is None:
        return None
    lead = " ".join(clause[: that.end()].split())
    lead = LEADING.sub("", lead, count=1) if LEADING.match(lead) else lead
    if _CLAUSE_END.search(lead) or not starts_clause(lead):
        return None  # "Asked about it, they found that": an opening phrase before it
    return lead


def _reason_frame(clause: str) -> str | None:
    """The frame a reason inside a reported clause borrows: "The panel found that" of
    "The panel found that the ad misled", "She said" of "She said she was angry". None
    when the reason may not stand apart: after a negation ("said they would not scrap
    it, because …": what is not done, and why, is one statement) or after an adverb or a
    copula ("said this was probably because …": the reason completes the clause), or
    after a part of a count ("…, most of them because …")."""
    words = _tokens(clause)
    last = words[-1].casefold().strip("’'\"”") if words else ""
    if not last or last in AUX or "ADV" in _readings(last) or _NEGATION.search(clause):
        return None
    if _PART_OF_COUNT.search(clause):
        return None  # "said 40 votes were void, most of them because …": the part's reason
    return _that_frame(clause) or _speech_lead(clause)


# a part of a count right before a reason ("…, most of them because …"): the reason is
# that part's, and the clause before it ends in no statement of its own
_PART_OF_COUNT = rx.compile(
    r",\s+(?:most|many|some|all|none|half|several|few|each|one|two|three|\d+)\s+of\s+"
    r"(?:them|these|those|which|it)\W*$",
    re.I,
)


_SAID_THAT = rx.compile(r"\s+that\s", re.I)


def _said_that(clause: str) -> bool:
    """Whether the clause's last verb of speech opens what was said with "that"."""
    found = list(_SPEECH.finditer(clause))
    return bool(found) and _SAID_THAT.match(clause, found[-1].end()) is not None


def _reports_clause(clause: str) -> bool:
    """Whether what follows the clause's last verb of speech has an auxiliary or a past
    form ("said a woman was arrested", "a boy died"; not "reported nearly 100 acts of
    sabotage", a noun phrase)."""
    found = list(_SPEECH.finditer(clause))
    words = _tokens(clause[found[-1].end() :]) if found else []
    return any(
        w.casefold() in AUX
        or ((w.endswith("ed") or w.casefold() in IRREGULAR_PAST) and is_verb(w, words[k - 1]))
        for k, w in enumerate(words)
        if k
    )


# a noun phrase after a comma that sums up the clause before it, with its relative clause
_SUMMARY_RELATIVE = rx.compile(r"(?:an?|one)\s+(?:[\w’'-]+\s+){1,3}(?:that|which)\s", re.I)
# "…, most of which is used in fertiliser": a relative clause that counts part of its
# antecedent; cut off, its claim ("Most of which is used …") names nothing
_QUANTIFIED_RELATIVE = rx.compile(
    r"(?:most|some|all|many|none|much|few|each|both|several|half|any|either|neither|one"
    r"|two|three|four|five|\d+(?:\.\d+)?%?)\s+of\s+(?:which|whom)\b",
    re.I,
)
_SUMMARY_BEFORE = rx.compile(r",\s+(?:an?|one)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*$", re.I)


def _bare_object(sentence: str, x: int, noun_phrase: str) -> bool:
    """Whether the noun phrase before a relative clause at x is a verb's object with no
    determiner or name before its noun ("developed kidney problems", "recalled 3,000
    kettles"): the restrictive clause after it is part of it, and a claim about the
    bare noun alone ("Kidney problems required dialysis.") would be a general one."""
    first = noun_phrase.split(None, 1)[0].strip("’'\"”(") if noun_phrase.strip() else ""
    if not first[:1].islower() or first.casefold() in _OBJECT_START | _DETERMINERS:
        return False
    at = sentence.rfind(noun_phrase, max(0, x - WINDOW), x)
    before = _tokens(sentence[max(0, at - WINDOW) : at]) if at >= 0 else []
    while before and (before[-1][:1].isdigit() or before[-1].casefold() in _OBJECT_START):
        before.pop()  # "recalled 3,000 kettles", "found two cracks": the verb before them
    return len(before) >= 2 and is_verb(before[-1], before[-2])


# "…, 6 grams per litre, was …": a measure (a number and a few words) between commas
_MEASURE_SET_OFF = rx.compile(r"[$£€]?\d[\d.,]*%?(?:\s+[A-Za-z’'-]+){0,5}?,\s+([a-z][\w’'-]*)")


def _measure_then_verb(sentence: str, y: int) -> bool:
    """Whether a measure set off by commas at y is followed by a verb ("said the level
    found in the river, 4 milligrams per litre, was high"): it is an aside on the noun
    before it, whose verb comes after it; the clause around it stays whole."""
    found = _MEASURE_SET_OFF.match(sentence, y)
    if found is None:
        return False
    measure = sentence[y : found.start(1)].rstrip(", ")
    words = _tokens(measure)
    return not has_verb(measure) and bool(words) and is_verb(found.group(1), words[-1])


def _after_summary(sentence: str, x: int, kind: str) -> bool:
    """Whether a relative clause cut at x follows a summary after a comma ("…, a figure
    that …")."""
    if kind not in ("relative", "aside"):
        return False
    if not re.match(r"\s*(?:that|which)\s", sentence[x : x + 12], re.I):
        return False
    return _SUMMARY_BEFORE.search(sentence, max(0, x - 60), x) is not None


_VERB_RUN = rx.compile(r"[a-z]+(?:,\s+[a-z]+)*\s*")


def _only_verbs_since_verb(clause: str) -> bool:
    """Whether the clause before "and" ends with its verb or a list of verbs and nothing
    else ("The firm develops, owns"): what follows the next verb is all of theirs."""
    tail = clause[first_verb(clause) :]
    return (
        bool(tail)
        and _VERB_RUN.fullmatch(tail) is not None
        and all("VERB" in _readings(w) for w in _tokens(tail))
    )


def _opening_participles(sentence: str, x: int, nxt: str) -> bool:
    """Whether "and" at x joins two participle phrases that open the sentence ("Founded
    in 2017 and based in Leeds, the charity …"): both describe the subject after them."""
    opening = _WORD.match(sentence)
    if opening is None or not opening.group()[:1].isupper() or "," in sentence[:x]:
        return False
    first, then = opening.group().casefold(), nxt.casefold()
    return (first.endswith("ed") or _past_participle(first)) and (
        then.endswith("ed") or _past_participle(then)
    )


def _verb_before_and(rest: str) -> bool:
    """Whether the phrase after a comma in a reported list has its verb before its "and"
    ("landlords repaired less and …"): else it is a list of nouns ("paths and bus stops",
    where "stops" only reads as a verb) and no clause of its own."""
    joined = _LIST_END.search(rest)
    return joined is None or first_verb(rest) < joined.start()


def _ends_in_noun_compound(rest: str) -> bool:
    """Whether the only word after a comma that may be a verb is its last, a plural that
    is a noun too, after a noun ("…, a marina and several car parks."): a noun phrase
    ending in a compound, no clause ("parks" is no verb there). A clause that ends so
    ("…, the river floods") stays whole with it, which is true."""
    words = _tokens(rest.rstrip(" .!?"))
    if len(words) < 3:
        return False
    last, before = words[-1].casefold(), words[-2].casefold()
    if not last.endswith("s") or "NOUN" not in _readings(last) or "NOUN" not in _readings(before):
        return False
    return not any(w.casefold() in AUX or "VERB" in _readings(w.casefold()) for w in words[1:-1])


# a length of time ("three weeks", "just days", "a decade", "18 months"), then the word
# that dates a clause by it: "…, three weeks after a valve failed" says when the clause
# before happened; cut off, it leaves "…, three weeks." ("since" is not here: "two years
# since it opened" also says how long something has lasted)
_SPAN_OF_TIME = (
    r"(?:(?:just|only|barely|nearly|almost|some|about|around|roughly|less\s+than|more\s+than"
    r"|little\s+more\s+than|within)\s+)?"
    r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few"
    r"|several|many|\d[\d,.]*)\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?"
    r"|centuries)"
)
# ", such as the storms that …": examples of the noun before the comma; alone they say
# nothing ("Such as the storms …"), and the clause that names them is the claim
_EXAMPLES = rx.compile(r"such\s+as\s", re.I)
# "“…,” said Dr Ann Lee, the agency's director, in the control room": after a quotation,
# a verb of saying and then its speaker's name; what follows the name's comma is about the
# speaker or the saying (who she is, where she spoke), never a clause of its own
_INVERTED_SAID = rx.compile(
    r"[,”\"’]\s*(?:said|says|added|adds|explained|continued|recalled|wrote|asked|insisted"
    r"|warned|noted|told\s+(?:the\s+)?[\w’'-]+)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*$"
)


def _speaker_described(sentence: str, x: int, y: int) -> bool:
    """Whether the comma at sentence[x:y] follows a speaker named after the verb ("…,”
    said Dr Ann Lee, Norway's flood director, at the harbour") and what follows is about
    her: no relative clause in it, which would be a statement of its own ("…, one of the
    researchers who found the error")."""
    return (
        _INVERTED_SAID.search(sentence, max(0, x - 80), x) is not None
        and _RELATIVE_WORD.search(sentence, y, y + WINDOW) is None
    )


_TIME_THEN_CLAUSE = rx.compile(_SPAN_OF_TIME + r"\s+(?:after|before)\s", re.I)
_SPAN_BEFORE = rx.compile(r"(?<![\w’'-])" + _SPAN_OF_TIME + r"\s*$", re.I)
# words before a span of time that make it a noun phrase ("in the first two years after
# …": which years), not a span that dates the clause ("resigned two days after …")
_SPAN_OPENERS = {"first", "last", "next", "half", "final", "initial", "early", "few", "same"}


def _dated_by_span(sentence: str, x: int) -> bool:
    """Whether a span of time ends at x, after a comma or a verb's clause ("…, three
    weeks", "resigned two days"), so that "after"/"before" at x dates the clause by it."""
    span = _SPAN_BEFORE.search(sentence, max(0, x - 60), x)
    if span is None:
        return False
    before = sentence[max(0, span.start() - 40) : span.start()].rstrip()
    if before.endswith(","):
        return True
    word = _WORD_BEFORE.search(before)
    if word is None:
        return False
    prev = word.group(1).casefold()
    return prev not in NOUN_CONTEXT and prev not in _SPAN_OPENERS and prev not in _NP_STOP


# an intensifier between a determiner and the first of two adjectives ("a very small, …")
_INTENSIFIERS = {"very", "rather", "quite", "fairly", "so", "too", "more", "most", "less"}
# words the lexicon calls adjectives that count or pick rather than describe: after a
# comma they open a new noun phrase ("In the past, few people voted"), never a second
# adjective of the same noun
_NO_COORDINATE = {
    "few", "many", "most", "more", "much", "several", "some", "all", "other", "another",
    "same", "such", "both", "each", "every", "no", "any", "last", "next", "first", "own",
    "only", "less", "least", "fewer",
}  # fmt: skip
_WORD_THEN_WORD = rx.compile(r"([a-z][a-z-]*)\s+([a-z][a-z-]*)\b")
_LAST_WORDS = rx.compile(r"(?:^|\s)([a-z]+)\s+(?:([a-z]+)\s+)?([a-z][a-z-]*)$")


def _coordinate_adjectives(sentence: str, x: int, y: int) -> bool:
    """Whether the comma at sentence[x:y] stands between two adjectives of one noun ("a
    series of small, pale works", "a long, hot summer", "runs cheap, reliable trains"):
    the noun phrase opened before the comma is not closed yet, so no clause starts after
    it. The first adjective follows a determiner or a preposition (with at most an
    intensifier between), and the second is followed by another word of the phrase."""
    before = _LAST_WORDS.search(sentence, max(0, x - 60), x)
    after = _WORD_THEN_WORD.match(sentence, y, y + 60)
    if before is None or after is None:
        return False
    opener, middle, first = before.group(1), before.group(2), before.group(3)
    if (
        middle is not None
        and middle not in _INTENSIFIERS
        and not (middle.endswith("ly") and _readings(middle) == {"ADV"})
    ):
        opener = middle  # "of small, …": the preposition opens the phrase
    second, then = after.group(1), after.group(2)
    if first in _NO_COORDINATE or second in _NO_COORDINATE or opener not in NOUN_CONTEXT:
        return False
    if opener in ("to", "that", "and", "or", "than", "as"):
        return False  # "to clean, …" is a verb; "and poor, …" may end a list
    return (
        "ADJ" in _readings(first)
        and "ADJ" in _readings(second)
        and bool(_readings(then) & {"NOUN", "ADJ"})
    )


_TO_VERB = rx.compile(r"\bto\s+([a-z]+)\b")
_SUBORDINATE_AFTER = rx.compile(
    r"\b(?:because|after|before|when|while|since|although|though|if|unless|until|once)\s+(.+)$",
    re.I,
)


_WHETHER = rx.compile(r"\bwhether\b", re.I)
# a verb of asking, then at most a short object with no preposition ("asked the
# minister", "wondered", "wanted to know"), right before the word that opens the question
_ASKED_BEFORE = rx.compile(
    r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|quer(?:y|ies|ied|ying)"
    r"|(?:en|in)quir(?:e|es|ed|ing)|(?:want|wants|wanted|demanded|demands)\s+to\s+know)"
    r"(?:\s+(?!(?:for|to|about|on|in|at|after|over|from|with|by)\b)[\w’'-]+){0,4}\s*$",
    re.I,
)


def _infinitive_goes_on(clause: str, nxt: str) -> bool:
    """Whether a plain verb after "and" goes on an infinitive in the clause before it
    ("told owners to stop using it and unplug the base"): the infinitive's doer does it."""
    if not _base_verb(nxt.casefold()):
        return False
    after = clause[first_verb(clause) :]
    main = _WORD.match(after)
    # a plain verb may go on a main verb in the present plural ("Some Russians are willing
    # to act and believe …": they believe); after a past or an -s form it cannot
    word = main.group().casefold() if main else ""
    if not (word.endswith(("s", "ed")) or word in IRREGULAR_PAST):
        return False
    return any("VERB" in _readings(m.group(1)) for m in _TO_VERB.finditer(after))


def _inside_subordinate(clause: str) -> bool:
    """Whether the clause before "and" ends inside a subordinate clause with its own verb
    ("derailed because a rail had cracked"): what follows may be that clause's subject's."""
    found = _SUBORDINATE_AFTER.search(clause, first_verb(clause))
    return found is not None and has_verb(found.group(1))


def _says_itself(sentence: str, y: int) -> bool:
    """Whether the clause that starts at y names its own speaker ("…, while another
    woman said she was angry"): an attributed statement of its own."""
    stop = _PHRASE_END.search(sentence, y, y + WINDOW)
    clause = sentence[y : stop.start() if stop else y + WINDOW]
    # the first: "said the detour added an hour"; not a plural noun ("after the number of
    # reports tripled": the reports say nothing, and the clause is still the speaker's)
    said = next(
        (m for m in _REPORTING_ANYWHERE.finditer(clause) if not _reporting_noun(clause, m.start())),
        None,
    )
    return said is not None and has_verb(clause[said.end() :])


# a modal, an infinitive or a future: what the clause says is not (yet) done
_MODAL = rx.compile(
    r"\b(?:will|would|could|can|may|might|must|should|shall)\s+\w|\w[’']ll\b"
    r"|\b(?:plan|aim|hope|want|wish|intend|expect|seek|propose|promise|pledge|vow|tr(?:y|ie)"
    r"|threaten|offer|decide|prepare|agree|need)\w*\s+to\s+\w"
    r"|\b(?:going|set|due|likely|about|able|ready|is|are|was|were)\s+to\s+\w",
    re.I,
)


_DASHED_ASIDE = rx.compile(
    r"\s[–—-]\s+(?P<body>(?:who|which|whose)\s[^–—;]{1,200}?)\s[–—-]\s", re.I
)


def _attribution_from(sentence: str, at: int) -> bool:
    """Whether only an attribution follows `at` to the end of the sentence ("the agency
    said."); it reads at most 200 characters (an attribution is shorter)."""
    if len(sentence) - at > 200:
        return False
    return is_bare_attribution(sentence[at:].strip(" ."))


def _plain_verb_after_modal(sentence: str, x: int, y: int) -> bool:
    """Whether a verb in its plain form starts at y after a clause with a modal ("Pupils
    will have to hand in their phones, keep them in lockers or …"): a second predicate
    under the modal, which a cut would lose."""
    word = _first_word(sentence, y, len(sentence))
    if not word or word not in lexicon.lemmas(word, "VERB"):
        return False
    return _MODAL.search(sentence, max(0, x - WINDOW), x) is not None


def _verbless_then_attribution(sentence: str, y: int) -> bool:
    """Whether a phrase with no verb starts at y and only an attribution follows it ("…,
    and 9% higher than in May, the agency said"): cut off, the clause before it would
    lose the attribution, and the phrase would have no verb."""
    stop = _PHRASE_END.search(sentence, y, y + WINDOW)
    if stop is None or stop.group() != "," or has_verb(sentence[y : stop.start()]):
        return False
    return _attribution_from(sentence, stop.end())


# in an -ing phrase after a coordinated object, words that point back to the object
# "a trio featuring …": "a" or "an", up to four words of the noun phrase, then an -ing
_INDEFINITE_ING = rx.compile(
    r"a(?<!\wa)n?\s+(?P<noun>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?P<cut>\s+)"
    r"(?=(?P<ing>[a-z]{3,}ing|(?:capable|incapable)\s+of|(?:similar|comparable)\s+to)\s+"
    r"(?P<then>[\w’'$£€-]+))",
    re.I,
)
# a word after the participle that starts its object or complement, not a noun it
# qualifies ("a cost cutting measure")
_COMPLEMENT_START = {"in", "on", "at", "for", "from", "with", "to", "into", "across", "over"}
# contexts in which a narrower noun does not give the wider one: "denied owning a car
# carrying …" is not "denied owning a car"
_DOWNWARD = rx.compile(
    r"\b(?:den(?:y|ies|ied|ying)|refus\w*|fail\w*|reject\w*|doubt\w*|without|ban(?:s|ned|ning)?"
    r"|forb[ia]\w*|prevent\w*|prohibit\w*|avoid\w*|lack\w*|unable|unlikely|against|if"
    r"|unless|whether|accus\w*|alleg\w*|suspect\w*|charged|before|instead|rather)\b",
    re.I,
)


def _narrowing_participle(m: re.Match[str]) -> bool:
    """Whether the -ing word after "a/an" and its noun opens a participle phrase about that
    noun: a verb form with an object or a complement, after nouns that are no verbs."""
    ing, then = m.group("ing"), m.group("then")
    w = ing.casefold()
    adjective = not w.endswith("ing")  # "a robot capable of …", "a car similar to …"
    if not adjective and (
        w in NOT_PARTICIPLES or w in _PREPOSITION_ING or "VERB" not in _readings(w)
    ):
        return False
    prev = "a"
    for word in m.group("noun").split():
        if word.casefold() in _LINKS or is_verb(word, prev):
            return False  # "a team and a coach", "a man who …": not one noun phrase
        prev = word
    if (r := _readings(prev.casefold())) and "NOUN" not in r:
        return False  # "at an earlier hearing to …": after an adjective, the -ing word is the noun
    if prev.casefold() in _NP_STOP:
        return False  # "a key role in helping …": the -ing word is the preposition's object
    if prev.casefold().rstrip("s") in _SPENT:
        return False  # "spent a year teaching …": how the time went, not a kind of year
    if adjective:
        return True
    if then.casefold() in _OBJECT_START or any(
        c.isupper() or c.isdigit() or c in "$£€" for c in then
    ):
        return True  # an object: "a trio featuring two …", "a firm employing 300 …"
    # a preposition after a word that is also a noun: "an amber warning for Monday"
    return then.casefold() in _COMPLEMENT_START and "NOUN" not in _readings(w)


def _may_narrow(sentence: str) -> bool:
    """The cheap test before _INDEFINITE_ING: most sentences hold none of its words."""
    return any(w in sentence for w in ("ing ", " capable of", " similar to", " comparable to"))


# a span of time or an amount spent doing something: "spent a week training in Spain"
_SPENT = {
    "second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month",
    "season", "year", "decade", "century", "time", "while", "spell", "period", "lifetime",
    "career", "fortune", "lot", "bit", "deal", "sum",
}  # fmt: skip
# verbs whose object takes a result or a state ("left a man fighting for his life")
_RESULT_VERBS = {
    "leave", "leaves", "left", "leaving", "keep", "keeps", "kept", "keeping", "send",
    "sends", "sent", "sending", "set", "sets", "setting", "get", "gets", "got", "have",
    "has", "had",
}  # fmt: skip
# "and that" before a second clause reported by the same verb
AND_THAT = rx.compile(r"(?<=[\w’'”\"%)]),?\s+and\s+that\s+(?=\w)", re.I)
_PERSONAL = {"it", "its", "they", "their", "he", "his", "she", "her", "we", "our", "i", "you"}
_NOT_SUBJECT_AFTER_THAT = {"of", "is", "was", "will", "would", "has", "had", "may", "could"}


# the "that" that opens the next reported clause of a series: ", that", ", and that"
_THAT_SEP = rx.compile(r",\s+(?:and\s+)?that\s+(?=\w)|\s+and\s+that\s+(?=\w)", re.I)


def _that_series(sentence: str, begin: int) -> list[tuple[int, int, str]]:
    """The seams of a series of reported clauses, each opened by "that", after one
    reporting verb from `begin` ("They found that A, that B, and that C"): (cut from, next
    clause starts at, the lead "They found") for each seam after the first clause; none
    when any clause holds another "that" (which verb reports what after it is unsure),
    has no verb or opens no clause, or when the series does not end with "and that"."""
    seps = list(_THAT_SEP.finditer(sentence, begin, begin + 3 * WINDOW))
    if len(seps) < 2 or "and" not in seps[-1].group().casefold():
        return []
    lead = _one_speaker(sentence[begin : seps[0].start()])
    if lead is None or not _THAT_AFTER_VERB.search(sentence, begin, seps[0].start()):
        return []
    ends = [m.start() for m in seps[1:]] + [len(sentence)]
    for m, end in zip(seps, ends, strict=True):
        item = sentence[m.end() : end]
        if re.search(r"\bthat\b", item, re.I) or not has_verb(item) or not starts_clause(item):
            return []
    return [(m.start(), m.end(), lead) for m in seps]


# a reporting verb, then "that" ("found that", "said that"): the series' first clause
_THAT_AFTER_VERB = rx.compile(_REPORTING_ANYWHERE.pattern + r"\s+that\s", re.I)


def _one_speaker(clause: str) -> str | None:
    """For "X said [that] A" before "and that B": "X said", the speaker and verb that
    report B too; None when another reporting verb or a "that" inside A could be the one
    that reports B ("said the study found that A and that B"), when A is no clause, or
    when the report is negated."""
    if len(clause) > WINDOW:
        return None
    found = list(_REPORTING_ANYWHERE.finditer(clause))
    if len(found) != 1:
        return None
    inner = clause[found[0].end() :].lstrip()
    if inner[:5].casefold() == "that ":
        inner = inner[5:]
    if re.search(r"\bthat\b", inner, re.I) or not has_verb(inner):
        return None
    lead = " ".join(clause[: found[0].end()].split())
    if len(_tokens(lead)) < 2 or not starts_clause(lead) or negated(lead) or _limited(lead):
        return None  # "Nobody said A and that B" says neither on its own
    return _capital(_unlead(lead))


def _limited(clause: str) -> bool:
    """Whether a word of _LIMITED limits the clause ("nobody said", "only the board can")."""
    return any(_limits(clause, found) for found in _LIMITED.finditer(clause))


# a "have" that is a finite verb, negated or dated after it ("have not applied", "have
# never", "have already"): a modal's plain "have" takes its "not" before ("not have")
_FINITE_HAVE = rx.compile(r"ha(?:ve|s)(?:n[’']t\b|\s+(?:not|never|already|yet|since)\b)", re.I)
# " and " before a second verb of the same modal ("will cut … and close …")
AND_BASE = rx.compile(r"(?<=[\w%’'])\s+and\s+(?=[a-z]{2,}\s)")
# a modal and the plain verb after it: "will cut", "could also close"
_MODAL_VERB = rx.compile(
    r"\b(?:will|would|could|can|may|might|must|should|shall)\s+(?:(?:also|still|then|now|soon"
    r"|probably|first|later)\s+)?(?P<verb>[a-z]{2,})\s"  # lowercase: never the month "May"
)


# what opens an object after a verb (not a preposition: "sell cars and land to …")
_OBJECT_OPENERS = _OBJECT_START - {"to", "by", "with", "up", "out", "on", "into", "from", "that"}


_MODAL_WORDS = (
    " will ", " would ", " could ", " can ", " may ", " might ", " must ", " shall ", " should ",
)  # fmt: skip


def _may_share_modal(sentence: str) -> bool:
    """The cheap test before AND_BASE: an "and" and a modal somewhere in the sentence."""
    return " and " in sentence and any(w in sentence for w in _MODAL_WORDS)


# a subordinating conjunction, then an attribution set off by commas ("because, she
# said, …", "although, police said, …")
_CONJ_ATTRIBUTION = rx.compile(
    r"\b(?:because|although|though|since|as|if|unless|while|whereas|when|after|before"
    r"|until|once|so)\s*,\s+([^,;:]{2,60}),\s",
    re.I,
)
# an auxiliary's plain form: after "and" it shares the modal before ("would open and be")
_PLAIN_AUX = frozenset({"be", "have"})


# a count in the clause ("two people had died", "three were hurt") and, after its comma,
# a list of one-each noun phrases ("a man … and a woman …"): the people counted
_COUNT_WORD = rx.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|both|\d+)\s+(?!per\b|%)", re.I
)
_ONE_EACH = rx.compile(r"(?:an?|one|another)\s", re.I)
_AND_ONE_EACH = rx.compile(
    r"\s(?:and|,)\s+(?:an?|one|another|the\s+other|two|three|four|\d+)\s", re.I
)


def _count_then_list(sentence: str, x: int, y: int) -> bool:
    """Whether the comma at x..y follows a clause with a count and opens a list of
    single noun phrases ("It said two people had died, a man whose car … and a woman
    who …"): the list says who the counted were; cut, "It said a man whose car …" states
    nothing."""
    if not _ONE_EACH.match(sentence, y) or _AND_ONE_EACH.search(sentence, y) is None:
        return False
    return _COUNT_WORD.search(sentence, max(0, x - WINDOW), x) is not None


def _base_verb(word: str) -> bool:
    """A verb's plain form ("close", "raise"; not "closed", "closes", "the")."""
    return "VERB" in _readings(word) and word in lexicon.lemmas(word, "VERB") and word not in AUX


def _modal_lead(sentence: str, begin: int, x: int, y: int) -> str | None:
    """For "and" at x..y: the subject and modal it shares with the clause before it ("The
    college will" of "The college will cut £2m and close two departments"), when a plain
    verb with its object follows; None when unsure."""
    nxt = _first_word(sentence, y, len(sentence))
    if not _base_verb(nxt):
        return None
    follow = _FOLLOWING.match(sentence, y + len(nxt))
    then = follow.group(1) if follow else ""
    if not then or not (
        then.casefold() in _OBJECT_OPENERS or then[:1].isupper() or then[:1] in "$£€0123456789"
    ):
        return None  # "will sell cars and land to …", "… and pay": a noun, or unsure
    if _ends_in_time(sentence, y) or _BARE_NUMBER.match(sentence, y + len(nxt)):
        return None  # "will open 14 shops and close 6 next year": "6" and the year are shared
    lo = max(begin, x - WINDOW)
    modals = list(_MODAL_VERB.finditer(sentence, lo, x))
    if not modals or not _base_verb(modals[-1].group("verb").casefold()):
        return None
    between = sentence[modals[-1].end() : x]
    if _PHRASE_END.search(between) or _INNER_CLAUSE.search(between) or _verb_in_phrase(between):
        return None  # a list, a clause inside, or another verb: whose is the second verb?
    lead = " ".join(sentence[begin : modals[-1].start("verb")].split())
    if SUBORDINATE.match(lead) or _IN_RELATIVE.search(lead) or _DOWNWARD.search(lead):
        return None  # "because it will …", "the firm that will …", "refused to …"
    if negated(lead + " " + modals[-1].group("verb")) or len(_tokens(lead)) < 2:
        return None  # "will not cut jobs and close …": neither on its own
    if _limited(lead):
        return None  # "Only the board can sell the land and close …": not each alone
    if not starts_clause(f"{lead} {nxt}"):
        return None
    return _capital(_unlead(lead))


# the "and" before the last item of a list of predicates, with or without a comma
# (its `(?<=[...]),?\s+and\s+` opened with its character and the word looked for: see _BREAK)
AND_LIST_END = rx.compile(
    r"[,\s](?<=[\w%’'”\")][,\s])(?=\s*and\s)(?:(?<=,)\s+|(?<=\s)\s*)and\s+(?=[a-z]{2,}\s)"
)
_SEAM = rx.compile(r",\s+")


def _predicate_of_kind(sentence: str, at: int, kind: str) -> bool:
    """Whether the word at `at` opens a predicate of the given form ("past": "smashed two
    cases", "participle": "delivered 2,000 sandbags", "base": "close a gallery")."""
    word = _first_word(sentence, at, len(sentence))
    w = word.casefold()
    follow = _FOLLOWING.match(sentence, at + len(word))
    then = follow.group(1) if follow else ""
    if not then or not word.islower():
        return False
    named = then[:1].isupper() or then[:1] in "$£€0123456789"
    if kind == "base":
        return _base_verb(w) and (named or then.casefold() in _OBJECT_OPENERS)
    form = _past_participle(w) if kind == "participle" else _past_verb(w)
    if not form or w in NOT_PARTICIPLES or not is_verb(w, "it"):
        return False
    if w in IRREGULAR_PAST and not w.endswith("ed"):
        return True  # "took rings": no adjective reading
    # an object, a preposition, a name or a number after it, never a bare noun ("baked
    # goods": an item of a list of things)
    return named or then.casefold() in _OBJECT_START or "NOUN" not in _readings(then.casefold())


def _listed_predicates(sentence: str, begin: int, x: int, y: int) -> bool:
    """Whether "and" at x..y closes a list of predicates of one form, whatever its lead."""
    lo = max(begin, x - WINDOW)
    verb = lo + first_verb(sentence[lo:x])  # "Since 2021, the firm has …": no seam yet
    starts = [s.end() for s in _SEAM.finditer(sentence, lo, x) if s.start() > verb]
    return bool(starts) and any(
        all(_predicate_of_kind(sentence, b, kind) for b in [*starts, y])
        for kind in ("past", "participle", "base")
    )


# a number with no noun after it ("close 6 next year": six of what the clause before named)
_BARE_NUMBER = rx.compile(
    r"\s+[\d,.]+(?:\s+(?:next|this|last|in|by|from|on|before|after)\b|[\s.,;]*$)"
)
# a time that ends a sentence and so covers every predicate of a list before it
_TRAILING_TIME = rx.compile(
    r"\s(?:since|in|by|during|until|over|from|last|this|next|earlier|later)\s+"
    r"(?:the\s+)?(?:\d{4}|\w+\s+\d{4}|year|month|week|decade|summer|winter|spring|autumn"
    r"|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|quarter|season)\b[^,;:]{0,40}$",
    re.I,
)
# How far before the sentence's end a trailing time phrase can start ("… over the last
# decade of the old century"): looked for there alone, not from each "and" on, which
# was quadratic in a sentence of thousands of them.
_TIME_REACH = 160


def _ends_in_time(sentence: str, y: int) -> bool:
    """Whether the sentence (its closing marks aside) ends in a time phrase after y."""
    end = len(sentence)
    while end > y and sentence[end - 1] in ' .!?"”’':
        end -= 1
    return _TRAILING_TIME.search(sentence, max(y, end - _TIME_REACH), end) is not None


def _predicate_list(sentence: str, begin: int, x: int, y: int) -> list[tuple[int, int, str]] | None:
    """For "and" at x..y that closes a list of predicates ("They broke in, smashed two
    cases and took rings"): the seams (comma spans, then the "and") where the items after
    the first start, each with the subject (and auxiliary) it takes; None unless every
    item opens with a verb of the first item's form, or each with a finite verb of its
    own ("was too small, had no control group and did not measure …")."""
    lo = max(begin, x - WINDOW)
    seams = [(s.start(), s.end()) for s in _SEAM.finditer(sentence, lo, x)]  # absolute
    seams = [(a, b) for a, b in seams if a < x]
    if not seams:
        return None
    first = sentence[lo : seams[0][0]]
    said = list(_REPORTING_ANYWHERE.finditer(first))
    off = said[-1].end() if said else 0
    inner = first[off:]
    v = first_verb(inner)
    verb = _WORD.match(inner, v)
    if verb is None:
        return None
    subject = " ".join(sentence[lo : lo + off + v].split())
    if not _tokens(subject) or _INNER_CLAUSE.search(subject) or _DOWNWARD.search(subject):
        return None  # "when they broke in, …", "the men who …": whose list is it?
    if _limited(subject) or not starts_clause(f"{subject} {verb.group()}"):
        return None  # "Few fans bought tickets, …": not each on its own
    starts = [b for _, b in [*seams, (x, y)]]
    shared = _one_form_lead(sentence, lo, off, inner, verb, starts)
    if shared is not None:
        if _ends_in_time(sentence, y):
            return None  # "… and closed a depot since 2021": the time is every item's
        if negated(sentence[lo:x]):
            return None  # "did not break in, smash … or take …": neither on its own
        item_leads = [shared] * len(starts)
    elif (own := _finite_items(sentence, lo + off + v, starts)) is not None:
        # each item's own verb and tense: only a negation in the subject covers them
        # all, and a time at the end is the last item's ("… and will play in May")
        if negated(subject):
            return None
        item_leads = [" ".join(f"{subject} {aux}".split()) for aux in own]
    else:
        return None
    return [
        (a, b, _capital(_unlead(lead)))
        for (a, b), lead in zip([*seams, (x, y)], item_leads, strict=True)
    ]


def _one_form_lead(
    sentence: str, lo: int, off: int, inner: str, verb: re.Match[str], starts: list[int]
) -> str | None:
    """The subject and auxiliary that the items at `starts` share when each opens with a
    verb of the first item's form ("has opened …, hired … and closed …"); else None."""
    lead_end = off + verb.start()
    kind = "base" if _MODAL.match(inner, verb.start()) else "past"
    if verb.group().casefold() in AUX:
        after = _NEXT_WORD.match(inner, verb.end())
        if after is None:
            return None
        lead_end = off + after.start(1)
        kind = "base" if kind == "base" else "participle"
    head = _first_word(sentence, lo + lead_end, len(sentence))
    head_form = {"base": _base_verb, "participle": _past_participle, "past": _past_verb}[kind]
    if not head_form(head):
        return None  # the clause's own verb, of the form the items must share
    if not all(_predicate_of_kind(sentence, b, kind) for b in starts):
        return None  # a list of things, or a phrase between: not all predicates
    return " ".join(sentence[lo : lo + lead_end].split())


# finite auxiliaries that open an item of a list of predicates with its own verb group
_FINITE_AUX = AUX - {"be", "been", "being"}
_HAVE_FORMS = frozenset({"has", "have", "had"})
_BE_FORMS = frozenset({"is", "are", "was", "were"})
# adverbs between an auxiliary and its participle ("has also cut", "was later sold")
_AUX_ADVERB = rx.compile(r"\s+(?:not|also|already|since|now|then|later|just|recently|n[’']t)\b")


def _word_at(sentence: str, at: int) -> str:
    """The word at `at`, without the punctuation after it ("smells" of "smells,")."""
    found = _WORD.match(sentence, at)
    return found.group() if found else ""


def _finite_items(sentence: str, first: int, starts: list[int]) -> list[str] | None:
    """For a list of predicates of one subject whose verbs differ in form ("was too small,
    had no control group and did not measure …", "has cut …, raised … and will close …"),
    the auxiliary each item at `starts` borrows ("" for its own finite verb; "has" for
    a bare participle after a perfect: "has cut …, raised …"), when the first item (at
    `first`) and each other one opens with a finite verb: an auxiliary, a past tense with
    its object, or a participle after an item's "has" (or "was" before "by"); else None.
    A list of things, adjectives or phrases has an item that opens with no verb."""
    opening = _word_at(sentence, first).casefold()
    aux = _item_aux(sentence, first) or (opening if opening in _BE_FORMS else None)
    # the first item's verb is the clause's own ("the tip smells, …"): any past or -s form
    if (
        aux is None
        and not _predicate_of_kind(sentence, first, "past")
        and not (opening.endswith("s") and is_verb(opening, "it"))
    ):
        return None
    own: list[str] = []
    auxiliaries = aux is not None or opening in _FINITE_AUX
    for at in starts:
        word = _word_at(sentence, at)
        low = word.casefold()
        if not word.islower():
            return None
        if (this := _item_aux(sentence, at)) is not None or (
            low in _FINITE_AUX and _FOLLOWING.match(sentence, at + len(word))
        ):
            own.append("")
            # "was busy, sold out by noon": a copula's "was" lends itself to no verb
            aux = this or (low if low in _BE_FORMS else "")
            auxiliaries = True
            continue
        if (lent := _lent_aux(sentence, at, word, aux or "")) is None:
            return None
        own.append(lent)
    return own if auxiliaries else None  # past forms alone: _one_form_lead's to judge


def _lent_aux(sentence: str, at: int, word: str, aux: str) -> str | None:
    """What a list item that opens with a bare verb form (`word` at `at`) borrows from
    the auxiliary or copula of the item before (`aux`): "has" for a participle after a
    perfect ("has cut …, raised …"), "was" for one with "by" after a passive or copula
    ("was funded by A, reviewed by B"), "" for a past tense of its own ("was small,
    lacked a control group"); None when unsure ("was founded in 1990, moved to …": was
    it moved, or did it move?)."""
    low = word.casefold()
    if aux in _HAVE_FORMS:
        return aux if _predicate_of_kind(sentence, at, "participle") else None
    if _present_item(sentence, at):
        return ""  # "smells, attracts rats and should be moved": its own present
    if not _predicate_of_kind(sentence, at, "past"):
        return None
    follow = _FOLLOWING.match(sentence, at + len(word))
    then = follow.group(1) if follow else ""
    if then[:1].isupper() or then[:1] in "$£€0123456789" or then in _OBJECT_DETERMINERS:
        return ""  # an object: "lacked a control group"
    if aux in _BE_FORMS:
        if then == "by" and _past_participle(low):
            return aux  # "reviewed by B": was reviewed
        if then in OPENERS or then in _OBJECT_START:
            return None  # "balanced in tone", "moved to Leeds": passive or past?
    return ""


def _present_item(sentence: str, at: int) -> bool:
    """Whether a verb in -s opens a predicate at `at` ("attracts rats", "employs 40
    people", "smells,"): the word is read as a verb after "it", with its object or a
    phrase after it, never a plural noun of a list ("cars, vans and lorries")."""
    word = _word_at(sentence, at)
    if not word.islower() or not word.endswith("s") or word.endswith("ss"):
        return False
    if word not in PRESENT and (
        "VERB" not in _readings(word) or word in lexicon.lemmas(word, "VERB")
    ):
        return False
    if "NOUN" in _readings(word) and word not in PRESENT:
        return False  # "vans", "costs": a noun as likely as a verb
    return is_verb(word, "it")


def _item_aux(sentence: str, at: int) -> str | None:
    """The auxiliary ("has", "was", "will") that opens a verb group at `at` with the
    participle or plain verb after it (and adverbs between); None if none does."""
    word = _word_at(sentence, at)
    low = word.casefold()
    if low not in _FINITE_AUX:
        return None
    pos = at + len(word)
    while (adverb := _AUX_ADVERB.match(sentence, pos)) is not None:
        pos = adverb.end()
    follow = _FOLLOWING.match(sentence, pos)
    then = follow.group(1) if follow else ""
    if low in _HAVE_FORMS or low in _BE_FORMS:
        return low if then.islower() and _past_participle(then) and is_verb(then, "it") else None
    return low if then.islower() and (_base_verb(then) or then in AUX) else None


_LINKS = {"and", "or", "but", "of", "who", "which", "that", "than", "as", "is", "was"}
_ABOUT_OBJECT = rx.compile(r"\b(?:respectively|their|theirs)\b", re.I)
_RESPECTIVELY = rx.compile(r",\s+respectively\b", re.I)
_STOPS = rx.compile(r"[,;:()“”\"–—]|\s-\s")


def _ends_with_phrase(sentence: str, after: int) -> bool:
    """Whether the phrase that starts at `after` runs to the sentence's end: no other
    clause, speaker or parenthesis after it (", respectively" may close it, and so may a
    verbless supplement: ", similar to …")."""
    rest = sentence[after:]
    if len(rest) > WINDOW:
        return False
    rest = _RESPECTIVELY.sub("", rest)
    stop = _STOPS.search(rest)
    if stop is not None and SUPPLEMENT.match(rest, stop.start()):
        supplement = rest[stop.end() :]
        return not _verb_in_phrase(supplement) and _STOPS.search(supplement) is None
    return stop is None


_SUBORDINATE_JOINS = frozenset({"because", "while", "whereas", "although", "though"})


# after "a"/"an", words that make the noun phrase plural ("a few fans want", "a dozen left")
_PLURAL_QUANTITY = frozenset(
    {"few", "couple", "dozen", "handful", "lot", "number", "majority", "minority", "third",
     "quarter", "fifth", "many", "great", "good", "host", "total"}
)  # fmt: skip


def _singular_then_plain(rest: str) -> bool:
    """Whether `rest` is a noun phrase opened by "a"/"an", then a phrase led by a
    preposition, with no word that reads as a verb up to the next comma or the end ("a
    half refund between 10 and 25 overs", "an extra fee for pets"): a second object whose
    verb is left out, never a clause of its own (", and a half refund …" alone says
    nothing, and its verb is the first clause's)."""
    stop = _PHRASE_END.search(rest)
    found = _tokens(rest[: stop.start() if stop else len(rest)])
    if len(found) < 3 or found[0].casefold() not in ("a", "an"):
        return False
    seen_preposition = False
    for k, word in enumerate(found[1:], 1):
        low = word.casefold()
        # before the preposition, any verb reading may be the clause's verb; after it, a
        # past form or an auxiliary ("a man in a van took", "… in a van was"), not a
        # participle after a preposition ("for opened items") nor a plural ("25 overs")
        verb = (
            low in AUX
            or low in IRREGULAR_PAST
            or (low.endswith("ed") and found[k - 1].casefold() not in OPENERS)
            if seen_preposition
            else has_verb(word)
        )
        if low in _PLURAL_QUANTITY or verb:
            return False  # "a few fans want", "a man in a van stole": a clause
        if low in OPENERS:
            if k < 2 or low in _NOT_OPENING:
                return False  # "a that", "a … which": no noun phrase, or a clause in it
            seen_preposition = True
    return seen_preposition


# a "that" after a word, which may open a clause the word before it governs
_THAT_OPENS = rx.compile(r"(?<=[a-z]\s)that\s+(?=[\w“\"‘'])", re.I)


def _that_clause_before(clause: str) -> bool:
    """Whether the clause ends inside a "that" clause with a subject of its own, after a
    verb of any kind ("did admit that the side needed pace", "accepts that costs rose"):
    a participle phrase after it may be about that clause's subject or the main one."""
    if "that" not in clause.casefold():
        return False
    for m in _THAT_OPENS.finditer(clause):
        word = _WORD_BEFORE.search(clause, max(0, m.start() - 40), m.start())
        prev = word.group(1) if word else ""
        if not prev or prev[:1].isupper() or not is_verb(prev, "he"):
            continue  # "the plan that …", "so that …": no verb governs the clause
        rest = clause[m.end() :]
        if _first_word(rest, 0, len(rest)).casefold() in _NOT_SUBJECT_AFTER_THAT:
            continue
        if starts_clause(rest):
            return True
    return False


def _participle_opens(word: str) -> bool:
    """Whether a word after a comma opens a participle phrase ("having", "blaming rising
    costs"), which the participle rules read, never a clause with its own subject."""
    return word in ("having", "being") or (
        len(word) > 5 and word.endswith("ing") and "VERB" in _readings(word)
    )


# time conjunctions whose clause frames a present, future or asked-for clause
_FRAME_CONJ = frozenset({"while", "until", "before", "after"})
# the future's auxiliaries: "will close the old depot before the new one opens" foretells
# an event the sentence gives as fixed, which "before" and "after" take as given
_FUTURE_AUX = frozenset({"will", "shall", "won't", "won’t"})


def _framed(at: _Sentence, begin: int, x: int, conj: str) -> bool:
    """Whether the clause before the time conjunction at x (`conj`) is one its clause
    only frames: not past at all after "while" and "until" ("will stay shut until the
    bridge is repaired": it is not), and after "before" and "after" a request, a duty or
    a present ("should be told before the lease is signed"), not the future ("will close
    the old depot before the new one opens", an event the sentence gives as fixed)."""
    group = _last_verb_group(at, begin, x)
    if group is None:
        return False
    finite, word = group
    if (finite in _PAST_AUX) if finite is not None else _past_form(word):
        return False
    return conj in ("while", "until") or finite not in _FUTURE_AUX


# nouns of time: "when" after one opens a relative clause about it ("the day when …")
# focusing adverbs: what follows them is their scope ("only when", "even if", "just before")
_FOCUSING = frozenset(
    {"only", "even", "just", "solely", "mainly", "largely", "partly", "chiefly", "except",
     "especially", "particularly", "simply", "purely"}
)  # fmt: skip
# after a comma, a phrase led by a preposition that runs to the sentence's end (", at a
# cost of £12m.", ", with two injured."): it may go with any clause before it
_COMMA_ADJUNCT = rx.compile(
    r",\s+(?:at|with|without|for|in|on|by|from|under|over|during|despite|amid|including)"
    r"\s[^,;:]*$",
    re.I,
)
_TIME_NOUNS = {
    "day", "days", "night", "nights", "year", "years", "time", "times", "moment", "week",
    "weeks", "month", "months", "morning", "evening", "afternoon", "season", "winter",
    "summer", "spring", "autumn", "era", "period", "hour", "decade", "weekend", "date",
    "occasion", "age", "point", "stage", "century", "dawn", "dusk", "midnight", "noon",
}  # fmt: skip
_MONTH_OR_DAY = rx.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$"
)
_OPENER_WHERE = rx.compile(r",\s+(?:where|when)\s", re.I)
_WHEN_WORD = (
    r"(?:" + "|".join(sorted(_TIME_NOUNS)) + r"|quarter|half|january|february|march|april|may"
    r"|june|july|august|september|october|november|december|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)"
)
# a phrase of time that ends a clause ("last year", "this month", "in 2019", "on Monday",
# "at the weekend", "in March 2024", "three years ago", "yesterday")
_TIME_AT_END = rx.compile(
    r"(?:\b(?:last|this|next|that|every|each|the\s+(?:past|previous|following|same))\s+"
    + _WHEN_WORD
    + r"|\b(?:in|on|at|during|since|over|throughout)\s+(?:the\s+)?(?:(?:early|late|mid-?|first"
    r"|second|third|fourth|final|last|past|previous)\s*)?(?:\d{4}s?|\d{1,2}\s+"
    + _WHEN_WORD
    + r"(?:\s+\d{4})?|"
    + _WHEN_WORD
    + r"(?:\s+\d{1,2}(?:,?\s+\d{4})?|\s+\d{4})?)"
    r"|\b(?:yesterday|today|tonight|last\s+night|[\w-]+\s+(?:days|weeks|months|years)\s+ago))"
    r"[\s,]*$",
    re.I,
)


def _time_before(clause: str) -> bool:
    """Whether a clause ends in a phrase of time after its verb ("We repaired 41,000 last
    year", "Sales rose 4% in March"): a "which" after it may be about the time, the
    thing before it or the whole event ("…, which is double the number in 2019": not the
    year), which only reading tells."""
    found = _TIME_AT_END.search(clause)
    if found is None:
        return False
    own = clause[: found.start()]
    return has_verb(own[own.rfind(", ") + 1 :])  # ("41,000": no comma of a clause)


_OPENING_WORDS = {
    "after", "before", "when", "while", "as", "since", "until", "once", "if", "unless",
    "although", "though", "because", "whereas", "during", "in", "on", "at", "following",
    "despite", "over", "for", "with", "without", "by", "from", "under", "amid", "throughout",
}  # fmt: skip


def _in_opening_clause(sentence: str, begin: int, x: int, y: int) -> bool:
    """Whether an "and" at x..y lies inside an opening adverbial clause or phrase: the
    piece opens with a subordinator or a preposition, no comma comes between its start
    and the "and", and a comma closes the opener after it ("When the mill closed and
    the bus stopped, the town …"): what it joins belongs to the opener, and the main
    clause after the comma would lose its opener, or take it as a subject."""
    if x - begin > WINDOW:
        return False
    inner = _PHRASE_END.search(sentence, begin, x)
    if inner is not None and (
        _OPENER_WHERE.match(sentence, inner.start()) is None
        or _PHRASE_END.search(sentence, inner.end(), x) is not None
        or has_verb(sentence[begin : inner.start()])
    ):
        # one comma may come before the "and": the one that opens a "where" or "when"
        # clause about the opening phrase ("In the hills, where the soil is thin and the
        # rain rarely falls, farmers …"), which the comma after the "and" closes
        return False
    if _first_word(sentence, begin, x).strip("“\"‘'").casefold() not in _OPENING_WORDS:
        return False
    close = _PHRASE_END.search(sentence, y, y + WINDOW)
    return close is not None and sentence[close.start()] == ","


def _after_attribution(sentence: str, x: int) -> bool:
    """Whether an attribution set off by commas ends at x ("The watch will not track it,
    Chen said, | because …"): a clause joined there is the speaker's reason or contrast,
    and cut off it would read as the writer's own."""
    comma = sentence.rfind(", ", max(0, x - 160), x)
    return comma >= 0 and is_bare_attribution(sentence[comma + 2 : x])


# words that cannot end a clause: what follows an attribution after them completes it
_OPEN_ENDED = AUX | {
    "remains", "remained", "became", "becomes", "seems", "seemed", "the", "a", "an", "that",
    "of", "to", "for", "by", "with",
}  # fmt: skip


# an inverted attribution: "said one neighbour", "added the club's chairman"
_SAID_ASIDE = rx.compile(
    r"(?:said|says|added|adds|wrote|writes|insisted|warned|explained|recalled|recalls)"
    r"\s+[^,;:“”\"]{2,80}",
    re.I,
)


def _attribution_interrupts(sentence: str, x: int) -> bool:
    """Whether an attribution set off by commas ends at x and the words before it stop
    where no clause can end, on a copula, an auxiliary, a determiner or a preposition
    ("She is, her coach said, | the fastest in the club"): the words after it complete
    that clause, which cut off there would be no statement."""
    comma = sentence.rfind(", ", max(0, x - 160), x)
    if comma < 0:
        return False
    said = sentence[comma + 2 : x]
    if not (_SAID_ASIDE.fullmatch(said) or is_bare_attribution(said)):
        return False
    last = _WORD_BEFORE.search(sentence, max(0, comma - 40), comma + 1)
    return last is not None and last.group(1).casefold() in _OPEN_ENDED


def _mid_attribution(sentence: str, y: int) -> bool:
    """Whether an attribution set off by commas starts at y and more than a clause of its
    own follows it ("It will not open in May, she added, because of delays"): the phrase
    after it would be cut off with the attribution, the clause before it without."""
    segment, comma, after = sentence[y : y + 160].partition(", ")
    if not comma or not is_bare_attribution(segment):
        return False
    first = _first_word(after, 0, len(after))
    if first in ("and", "but"):
        # "The events are vital, she said, and the charity cannot plan": the cut comes
        # after the attribution, at "and", which keeps it with the clause before
        return True
    return first not in ("or", "so", "yet") and not starts_clause(after)


def _may_hold(sentence: str, word: str) -> bool:
    """Whether an IGNORECASE pattern that needs the lowercase `word` may match: False only
    for ASCII text without it in any case, where IGNORECASE agrees with str.lower() (a
    sentence that does not hold it is not scanned)."""
    return not _folds_as_ascii(sentence) or word in sentence.lower()


# "so"/"too" as a degree, then (an adverb and) an adjective or participle: a second
# complement of the verb before ("…, or so changed that …"), never a clause of its own
_DEGREE_AFTER = rx.compile(r"(?:so|too)\s+(?:[a-z]+ly\s+)?(?P<word>[a-z]+)\b", re.I)
# after "so", words that open a clause as time or amount ("and so far nobody …")
_SO_OPENS = {"far", "long", "much", "many", "little", "few", "that", "the", "it"}


def _degree_complement(sentence: str, y: int) -> bool:
    """Whether the conjunct at y is "so" or "too" as a degree before an adjective or a
    participle ("…, or so changed you will not recognise it"; "…, and so badly damaged
    that it will be rebuilt"): it shares the verb before it, and cut off it would lose
    its "so" and borrow a subject it does not have."""
    m = _DEGREE_AFTER.match(sentence, y)
    if m is None:
        return False
    word = m.group("word").casefold()
    if word in _SO_OPENS:
        return False
    found = _readings(word)
    return "ADJ" in found or (word.endswith(("ed", "en")) and "VERB" in found)


# a noun phrase with an indefinite determiner ending a clause ("plans a randomised trial",
# "found two vans in a yard"): a thing the clause brings up
_INDEFINITE_END = rx.compile(
    r"\b(?:a|an|some|several|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[\w’'-]+\s+){0,4}[\w’'-]+\s*$",
    re.I,
)


def _writer_reports(clause: str) -> bool:
    """Whether the reporting verb the clause ends inside is the writer's own ("we noted
    that …", "I found"): what follows is the paper's word anyway."""
    said = _reporting_verb(clause)
    before = _tokens(clause[: said.start()])[-2:] if said is not None else []
    return any(w.casefold() in ("we", "i") for w in before)


# "in which", "under which": a relative clause opened by a preposition
_PREPOSED_WHICH = rx.compile(r"[a-z]+\s+(?:which|whom)\s", re.I)
# ", not because …", ", not when …": a denied reason or time for the clause before it;
# it belongs to that clause (and to the "but because …" that usually follows)
_DENIED_CLAUSE = rx.compile(
    r"not\s+(?:because|since|as|when|while|after|before|until|that)\s", re.I
)


def pieces(text: str, start: int, end: int, item: bool = False) -> Iterator[Piece]:
    """The atomic pieces of the sentence text[start:end] (`item`: it is a list item).

    Every rule looks a bounded distance (WINDOW) from its cut, so the work is linear in
    the sentence's length."""
    cuts: list[tuple[int, int, str]] = []  # (cut from, next piece starts at, next kind)
    leads: dict[int, str] = {}  # a complement's start: the clause it completes
    sentence = _name_commas_masked(text[start:end])
    at = _Sentence(sentence)
    # "Having sold the ground, it no longer owns land": an opening participle before a
    # negated clause stays with it (its deed would borrow the negation)
    held_opening = -1
    reported_from: dict[int, str] = {}  # where an item of a reported list starts: who said it
    if (participle_start := LEADING_PARTICIPLE.match(sentence)) is not None:
        comma = sentence.find(", ", participle_start.end(), participle_start.end() + WINDOW)
        if comma >= 0 and negated(sentence[comma + 2 : comma + 2 + WINDOW]):
            held_opening = comma
    for m in CONJOINED.finditer(sentence):
        x, y = m.start(), m.end()
        rest = at.head(y)
        if x == held_opening:
            continue
        if m.group(1) and _ELLIPTICAL.match(sentence, y):
            continue  # "A were taken, but B were not": B's verb is A's, B alone says nothing
        if _gapped_figure(sentence, _piece_start(cuts, start, x), x, y):
            continue  # "rose 8% in March, 5% in April and 3% in May": one verb, one claim
        if m.group(1) and _degree_complement(sentence, y):
            continue  # "it will be gone, or so changed you will not know it": "will be" too
        if not m.group(1) and _in_subject_aside(sentence, x):
            continue  # "A won and Petrov, alone on the wing, scored": cut at "and" below
        if not m.group(1) and _DASH.search(m.group()) and _DASH_SUMMARY.match(sentence, y):
            continue  # "— a move unions have criticised": a summary, its clause inside it
        if _DASH.search(m.group()) and _DASH.search(sentence, y, y + 80):
            continue  # "- and your government -": a parenthesis between dashes
        if not m.group(1) and _DASH.search(m.group()) and _DASH.search(sentence, max(0, x - 80), x):
            continue  # "a register of — the rules say — every request": it closes one
        if m.group().startswith(";"):
            so_far = sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x]
            if _POINTER.match(sentence, y) and _in_speech(so_far):
                continue  # "X said that A; it means B": B goes on what X said, about A
            if _semicolon_list(sentence, y):
                continue  # "survived by his wife, Ann; two sons; and a sister": one list
            if _ELLIPTICAL.match(sentence, y):
                continue  # "A were taken; B were not, it said": B's verb is A's, B alone none
            cuts.append((start + x, start + y, "clause"))
        elif not at.verb_before(x) or at.ends_in_list(x):
            continue
        elif _negated_until(sentence, max(_piece_start(cuts, start, x), x - WINDOW), x) and (
            not starts_clause(rest) or _first_word(sentence, y, len(sentence)) in _THEN
        ):
            continue  # "did not retire until she was 72 - and even then ...": one statement
        elif (
            (m.group(1) or "").casefold() in ("while", "whereas")
            and in_reported_clause(sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x])
            and not _says_itself(sentence, y)
        ):
            # "The survey found that A rose, while B fell": the contrast is inside what
            # was found; B keeps the frame, or the sentence stays whole
            frame = _that_frame(sentence[_piece_start(cuts, start, x) : x])
            if frame is not None and starts_clause(rest) and not _GOING_ON.match(rest):
                cuts.append((start + x, start + y, "complement"))
                leads[start + y] = frame
            continue  # "…, while officers were searching the house": when, not what was found
        elif (m.group(1) or "").casefold() == "because" and in_reported_clause(
            sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x]
        ):
            # "The panel found that the ad misled, because it implied …": the panel's
            # reason; it keeps the frame, or the sentence stays whole
            frame = _reason_frame(sentence[_piece_start(cuts, start, x) : x])
            if frame is not None and starts_clause(rest):
                cuts.append((start + x, start + y, "complement"))
                leads[start + y] = frame
            continue
        elif (
            (m.group(1) or "").casefold() in _SUBORDINATE_JOINS
            and _in_speech(sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x])
            and not _says_itself(sentence, y)
        ):
            continue  # "X claimed the goal was offside, because ...": X's reason, or X's?
        elif not m.group(1) and _mid_attribution(sentence, y):
            continue  # "It will not open, she added, because of delays": hers, all of it
        elif not m.group(1) and _attribution_interrupts(sentence, x):
            continue  # "He was, said a friend, “a born teacher”": one clause, around it
        elif (m.group(1) or "").casefold() in _SUBORDINATE_JOINS and _after_attribution(
            sentence, x
        ):
            continue  # "It will not open, she added, because the fee was late": her reason
        elif not m.group(1) and _plain_verb_after_modal(sentence, x, y):
            continue  # "will have to hand in X, keep Y or leave Z": all under "will have to"
        elif m.group(1) and _verbless_then_attribution(sentence, y):
            continue  # "…, and 9% higher than in May, the agency said": said of both
        elif (
            borrowed := _complement_lead(at, sentence, x, y, m.group(1), cuts, start)
        ) is not None:
            # "prices were down 3% on May, and 5% lower than their peak": a second
            # complement of the same verb, which it borrows with the clause's subject
            cuts.append((start + x, start + y, "complement"))
            leads[start + y] = borrowed
        elif (
            m.group(1)
            and starts_with_verb(rest)
            and (passive := _passive_lead(sentence, _piece_start(cuts, start, x), x, y)) is not None
        ):
            if passive:  # "..., and approved by the cabinet": "The plan was approved"
                cuts.append((start + x, start + y, "complement"))
                leads[start + y] = passive
        elif (
            (m.group(1) or "").casefold() in ("and", "or")
            and "," in sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x]
            and _relative_item(sentence[y:])
        ):
            continue  # "…: a fridge, dirty floors, and a basin that was blocked": an item
        elif (m.group(1) or "").casefold() in ("and", "or") and (
            extra := _object_after_aside(at, sentence, _piece_start(cuts, start, x), x, y)
        ) is not None:
            # "It blamed the floods, which …, and a shortage of trains caused by …": a
            # second object of "blamed", its participle no verb of a clause
            if extra:
                cuts.append((start + x, start + y, "complement"))
                leads[start + y] = extra
        elif (
            m.group(1)
            and (starts_clause(rest) or starts_with_verb(rest))
            and not _singular_then_plain(rest)
        ):
            if (
                m.group(1).casefold() in _SUBORDINATE_JOINS
                and not starts_clause(rest)
                and not _first_word(sentence, y, len(sentence)).endswith(("ing", "ed"))
            ):
                continue  # ", while costs after the merger fell": "costs" is its subject
            so_far = sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x]
            set_off_at = sentence.rfind(", ", max(0, x - 160), x)
            set_off = sentence[set_off_at + 2 : x] if set_off_at >= 0 else ""
            if (
                m.group(1).casefold() in ("and", "but")
                and starts_clause(rest)
                and set_off
                and is_bare_attribution(set_off)
                and not _says_itself(sentence, y)
            ):
                # "Nobody was hurt, the firm said, and no jobs were lost": the firm's too;
                # "…, the firm said, but two staff were treated": so is the contrast
                cuts.append((start + x, start + y, "complement"))
                attribution = " ".join(set_off.split())
                leads[start + y] = _capital(attribution) + (
                    "," if _ACCORDING.match(attribution) else ""
                )
                continue
            if (
                m.group(1).casefold() == "and"
                and starts_clause(rest)
                and _in_speech(so_far)
                and _said_that(so_far)
                and not _says_itself(sentence, y)
            ):
                # "She argued that the line could be saved, and the council agreed": the
                # first clause's "that" is not said again, so the second may be the
                # writer's (the council's reply) or hers: whole, never "She argued the
                # council agreed"
                continue
            if (
                m.group(1).casefold() == "and"
                and starts_clause(rest)
                and _in_speech(so_far)
                and _reports_clause(so_far)
                and not _says_itself(sentence, y)
            ):
                # "Police said a boy died, and a man was hurt": the police said that too,
                # or the sentence stays whole
                if (said_by := _speech_lead(so_far)) is not None:
                    cuts.append((start + x, start + y, "complement"))
                    leads[start + y] = said_by
                continue
            if (
                m.group(1).casefold() == "but"
                and _POINTER.match(rest.lstrip())
                and _in_speech(so_far)
                and not _says_itself(sentence, y)
            ):
                # "The judge said the record was not the worst, but it was not good": "it"
                # goes on what the judge said, and may be the judge's verdict or the
                # writer's; kept whole, it is neither given to nobody nor to the judge
                continue
            if not starts_clause(rest) and in_reported_clause(so_far):
                if _speech_starts(rest) or _own_that_clause(rest):
                    # "Police said the bridge was safe, but warned that …": the police did;
                    # "X admitted that A had risen, but denied that B": X denied, never A
                    if (who_said := _speaker_of(so_far)) is not None:
                        cuts.append((start + x, start + y, "complement"))
                        leads[start + y] = who_said
                    continue
                if (act := _speakers_act(so_far, rest)) is not None:
                    # "It says the building held A, and denies reports …": its own act
                    if act:
                        cuts.append((start + x, start + y, "complement"))
                        leads[start + y] = act
                    continue
                if _stance_verb(rest):
                    continue  # "X said the budget had …, but rejected calls to quit": X's, whole
                if _in_opening_clause(sentence, _piece_start(cuts, start, x), x, y):
                    # "When I pointed out that the part was made, and sent the invoice, the
                    # firm …": both predicates are the opener's; cut, its first half is a
                    # fragment and the second takes "the part" as its subject
                    continue
                if _past_predicate(rest):
                    # "The firm told me the part was not covered, and offered me £250": a
                    # past verb after a comma may go on the speaker's clause or the reported
                    # one. After "told me", the speaker's (the comma closes what was told);
                    # after a bare "said", whose it is is unsure: the sentence stays whole
                    telling = _reporting_verb(so_far)
                    if (
                        telling is not None
                        and _tells_whom(so_far, telling)
                        and (teller := _speaker_of(so_far)) is not None
                    ):
                        cuts.append((start + x, start + y, "complement"))
                        leads[start + y] = _unlead(teller)
                    continue
                # "X said the plan was fair, and would ...": the plan would, X said
                if (reported := _reported_at(cuts, start, sentence, x)) is not None:
                    cuts.append((start + x, start + y, "complement"))
                    leads[start + y] = reported
                continue
            if (
                m.group(1).casefold() == "but"
                and starts_clause(rest)
                and _in_speech(so_far)
                and _gives_advice(rest)
            ):
                # "The agency says the water is safe, but anyone who feels ill should see
                # a GP": advice is the speaker's, never the paper's; it keeps the frame
                if (said_by := _speech_lead(so_far)) is not None:
                    cuts.append((start + x, start + y, "complement"))
                    leads[start + y] = said_by
                continue
            if (
                m.group(1).casefold() == "so"
                and _in_speech(so_far)
                and not _says_itself(sentence, y)
            ):
                # "The firm said crews would wait, so homes could be cut off": the
                # consequence is the firm's reasoning too; it keeps the attribution
                if (said_by := _speech_lead(so_far)) is not None and starts_clause(rest):
                    cuts.append((start + x, start + y, "complement"))
                    leads[start + y] = said_by
                continue
            if (
                _speech_starts(rest)
                and not starts_clause(rest)
                and _pronoun_may_mean_object(so_far, rest[:WINDOW])
            ):
                continue  # "blamed the Front and said its fighters …": whose fighters?
            cuts.append((start + x, start + y, "clause"))
        elif m.group(1) and _after_opening_phrase(rest):
            # ", and starting this year all plants will run on ...": a short opening
            # phrase, then a clause with its own subject and a sure verb
            cuts.append((start + x, start + y, "clause"))
        elif m.group(1) and (sub := SUBORDINATE.match(rest)) and starts_clause(rest[sub.end() :]):
            # ", and while X, Y": cut here; the subordinate clause is cut at its comma below
            cuts.append((start + x, start + y, "clause"))
        elif (
            not m.group(1)
            and _clause_before(at, x, cuts, start)
            and starts_clause(rest)
            and not at.open_that(x)
            and not at.starts_list(y)
            and not _list_then_attribution(rest)
            and not _closed_before_verb(sentence, at, y)
            and not _apposed_to_name(sentence, x, y)
            and not _part_of_them(sentence, y)
            and not _participle_opens(_first_word(sentence, y, len(sentence)))
            and not _apposed_participle(sentence, y)
            and not _MEASURE_PHRASE.match(sentence, y)
            and not _MULTIPLE_OF.match(sentence, y)
            and not _measure_then_verb(sentence, y)
            and not _SUMMARY_RELATIVE.match(sentence, y)
            and not _QUANTIFIED_RELATIVE.match(sentence, y)
            and not _record_since(sentence, y)
            and not _SHOWN_BY.fullmatch(sentence, y)
            and not _appositive_then_relative(sentence, y)
            and not _appositive_then_subordinate(sentence, y)
            and not _item_then_reduced(sentence, y)
            and not _summary_aside(sentence, y)
            and not _ends_in_noun_compound(rest)
            and not _CONTACT_APPOSITION.match(sentence, y)
            and not _contact_relative(sentence, y)
            and not _coordinate_adjectives(sentence, x, y)
            and not _TIME_THEN_CLAUSE.match(sentence, y)
            and not _EXAMPLES.match(sentence, y)
            and not _speaker_described(sentence, x, y)
            and not _WHOM.match(sentence, y)
            and not _DENIED_CLAUSE.match(sentence, y)
            and not _count_then_list(sentence, x, y)
        ):
            so_far = sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x]
            if (
                _in_speech(so_far)
                and _LIST_END.search(sentence, y)  # "A, B and C": a list, not "A, a change"
                and ":" not in so_far  # "she said: 'We are …, we are …'": a quotation
                and not _says_itself(sentence, y)
                and not _inside_quote(sentence, x)
            ):
                # "X said tenants paid more, landlords repaired less and …": a list of
                # what X said; each item keeps X's words, or the list stays whole
                if (said_by := _speech_lead(so_far)) is not None and _verb_before_and(rest):
                    cuts.append((start + x, start + y, "complement"))
                    leads[start + y] = said_by
                    reported_from[start + y] = said_by
                continue
            if (named := _name_then_appositive(sentence, x, y)) is not None:
                # "… opened in Mill Lane, a row of shops that …": what the name is
                cuts.append((start + x, start + y, "complement"))
                leads[start + y] = f"{named} is"
                continue
            cuts.append((start + x, start + y, "clause"))
    inner_found: list[bool] = []  # whether the sentence has a relative clause in its subject

    def subject_relative() -> bool:
        if not inner_found:  # once a sentence: each relative clause asking would be quadratic
            inner_found.append(_subject_relative(sentence) is not None)
        return inner_found[0]

    for m in ATTACHED.finditer(sentence):
        if _DASH.search(m.group()) and _DASH.search(sentence, max(0, m.start() - 80), m.start()):
            continue  # the dash closes a parenthesis: what follows belongs before it
        first = _first_word(sentence, m.end(), len(sentence))
        if first in NOT_PARTICIPLES:
            continue
        if first == "of" and _first_word(sentence, m.end() + 2, m.end() + 40) == "which":
            # "a survey, of which 40% were women": a part of the noun; alone, "40% were
            # women" would be about nothing
            continue
        dashed = first in ("which", "who") and _DASH.search(m.group()) is not None
        if dashed and _DASH.search(sentence, m.end(), m.end() + 160):
            continue  # "the bridge - which opens in May - on Tuesday": dashed_relatives
        if first.casefold() in _RESULT_ING or _left_over(sentence, m.end()):
            # "The council issued a warning, meaning residents must …": what the whole
            # clause means or shows, never the council's deed ("The council meant …");
            # "… cut 30 posts, leaving 90 staff": what remains after it ("The firm left
            # 90 staff" is another claim); "…, amounting to a tenth of …": its size
            continue
        if first.endswith("ing") and _after_giving_way(
            sentence[max(0, m.start() - WINDOW) : m.start()]
        ):
            # "The wall collapsed in May, flooding 600 homes": the collapse flooded them,
            # not the wall ("The wall flooded 600 homes" is false); one claim
            continue
        if first == "making" and _MADE_IT.match(sentence, m.end()):
            # "The mill employs 900 people, making it the largest employer", "… bought the
            # mill, making it …", "… in May, making it the best month": whether "it" is
            # the subject, the object or the time, only reading tells; so one claim
            continue
        if at.words_before(m.start()) >= 2 and at.words_after(m.end()) >= MIN_WORDS:
            kind = "relative" if first in ("which", "who", "whose") else "attached"
            if first == "such":
                # ", such as the storms that …": examples, which alone say nothing ("Such
                # as the storms …"); their claim keeps the clause they hang on, word for
                # word (kind "aside"), and the clause is a claim without them
                kind = "aside"
                hung_on = sentence[_piece_start(cuts, start, m.start()) : m.start()]
                if _OPENS_CLAUSE.match(_unlead(hung_on.lstrip())) and not _PHRASE_END.search(
                    hung_on
                ):
                    # "If a child is sick, such as …, call a GP": the examples are inside
                    # the opening clause, which alone is no claim ("If a child is sick.")
                    continue
            if first == "whose" and not _whose_subject(sentence[m.end() : m.end() + WINDOW]):
                continue  # "whose home the council bought": no "X's home the council bought"
            if kind == "relative" and not item and not at.verb_before(m.start()):
                continue  # "Jane Ruiz, who voted against it, said ...": one statement
            if kind == "relative" and _COPULA_THEN_SOURCE.search(
                sentence, max(0, m.start() - WINDOW), m.start()
            ):
                # "It is, according to the trust, which owns it, the oldest …": the
                # complement after the aside is the linking verb's; cut, "It is,
                # according to the trust." says nothing and the relative takes the
                # complement. One claim, the source's
                continue
            if (
                kind == "relative"
                and first != "whose"
                and _object_relative(sentence[m.end() : m.end() + WINDOW])
            ):
                continue  # "praised the plan, which the council had rejected": one statement
            after = m.end() + len(first)
            if kind == "relative" and not item:
                close = _PHRASE_END.search(sentence, after, after + WINDOW)
                if (
                    close is not None
                    and sentence[close.start()] == ","
                    and starts_with_verb(at.head(close.end()).lstrip())
                    and not subject_relative()
                ):
                    continue  # "The boxes from the X station, which came late, were …"
            if kind == "attached" and first.endswith("ing") and _LISTED.match(sentence, after):
                continue  # "from wages, housing and transport": a noun in a list
            if (
                kind == "attached"
                and first.endswith("ing")
                and _LIST_COLON.search(sentence, _piece_start(cuts, start, m.start()), m.start())
            ):
                # "the details of the job: mending nets, hauling crates": items (a time's
                # colon, "at 05:40, closing …", opens no list)
                continue
            if (
                kind == "attached"
                and first.casefold() in _SPEECH_ING
                and _pronoun_may_mean_object(
                    sentence[_piece_start(cuts, start, m.start()) : m.start()],
                    sentence[after : after + WINDOW],
                )
            ):
                continue  # "blamed the Front, saying its fighters …": the Front's, or the army's?
            if (
                kind == "attached"
                and first.endswith("ing")
                and _clause_joined_before(
                    sentence,
                    max(_piece_start(cuts, start, m.start()), m.start() - WINDOW),
                    m.start(),
                )
            ):
                continue  # "X scored 112 as Surrey beat Kent, chasing 268": who chased?
            if kind == "attached" and first == "with":
                close = _PHRASE_END.search(sentence, after, after + WINDOW)
                phrase = sentence[after : close.start() if close else after + WINDOW]
                if _verbless(phrase, tenseless=True):
                    continue  # "passed by 31 votes, with two abstentions": no statement alone
                if absolute_statement(phrase.strip(), True) is None:
                    # "…, with the victims' families in mind": no noun phrase and
                    # participle to make a statement of; alone it would be a fragment
                    continue
            if kind == "attached" and first.endswith("ing"):
                close = _PHRASE_END.search(sentence, after, after + WINDOW)
                if _half_converted(sentence[after : close.start() if close else after + WINDOW]):
                    continue  # "spilling food and clothing": a noun or a verb?
                lo = max(_piece_start(cuts, start, m.start()), m.start() - WINDOW)
                if _MODAL.search(sentence, lo, m.start()):
                    continue  # "Winds will hit the coast, bringing down trees": not yet done
                if _GERUND_BEFORE.search(sentence, lo, m.start()) and (
                    subject_of(sentence[: m.start()]) is None
                ):
                    # "Within a year she had doubled it by opening late, running clubs":
                    # the next of the means after "by", and no subject to give it
                    continue
                if in_reported_clause(sentence[lo : m.start()]):
                    # "The council said it had opened rest centres, providing meals": what
                    # the council said, and maybe the centres' deed: never a fact of its own
                    continue
                if _that_clause_before(sentence[lo : m.start()]):
                    # "She did accept that the plan needed work, having read it twice": the
                    # "that" clause has a subject of its own, so whose deed the participle
                    # tells (hers or the plan's) only reading tells: one claim
                    continue
                if " and " in sentence[lo : m.start()] and _ABOUT_OBJECT.search(
                    sentence, after, after + WINDOW
                ):
                    # "X launched A and B, offering … respectively": A and B's, never X's
                    # deed; a phrase that ends the sentence adds to the whole clause
                    if _ends_with_phrase(sentence, after) and not _in_brackets(sentence, m.start()):
                        begin = _piece_start(cuts, start, m.start())
                        whole = " ".join(sentence[begin : m.start()].split())
                        if len(_tokens(whole)) >= MIN_WORDS and starts_clause(whole):
                            cuts.append((start + m.start(), start + m.end(), "complement"))
                            leads[start + m.end()] = _capital(_unlead(whole)) + ","
                    continue
                clause_at = [o.end() for o in ADVERBIAL.finditer(sentence, lo, m.start())]
                inside = sentence[clause_at[-1] : m.start()] if clause_at else ""
                if (
                    inside
                    and not _first_word(inside, 0, len(inside)).endswith("ing")
                    and (starts_clause(inside) or has_verb(inside))
                ):
                    continue  # "stranded after crews walked out, cancelling …": whose deed?
                if _PROGRESSIVE.search(sentence, lo, m.start()):
                    # "Adjusters are inspecting homes, photographing damage …": the same
                    # subject and aspect ("Adjusters are photographing damage …")
                    if (aspect := _progressive_lead(sentence[lo : m.start()])) is not None:
                        cuts.append((start + m.start(), start + m.end(), "complement"))
                        leads[start + m.end()] = aspect
                    continue
            if kind == "attached" and first.endswith("ing"):
                since = max(_piece_start(cuts, start, m.start()), m.start() - WINDOW)
                since = max(since, sentence.rfind(",", since, m.start()))  # its own clause
                if any(
                    _past_participle(p.group(2))
                    for p in _PASSIVE_AUX.finditer(sentence, since, m.start())
                ):
                    continue  # "The club was sold, ending 60 years of …": the sale ended them
            if (
                kind == "attached"
                and first.endswith(("ing", "ed"))
                and _EXISTENTIAL.match(sentence, _piece_start(cuts, start, m.start()))
            ):
                # "There are 40 farms in the valley, covering 900 acres": the farms cover
                # them; "There" is no doer to lend ("There covers 900 acres")
                continue
            if kind == "attached" and _in_subject_aside(sentence, m.start(), opening=True):
                continue  # "and profits, helped by costs, doubled": profits doubled
            if kind == "attached" and first.endswith(("ing", "ed")):
                close = _PHRASE_END.search(sentence, after, after + WINDOW)
                if close is not None and starts_with_verb(at.head(close.end()).lstrip()):
                    continue  # "and the forms, running to 90 pages, were lost": its subject's
            if (
                kind == "attached"
                and first.endswith("ed")
                and (
                    first.casefold() == "compared" or _ENDS_IN_NUMBER.search(sentence, 0, m.start())
                )
            ):
                continue  # "rose to £12m, helped by …", "…, compared with …": the clause's
            if (
                kind == "attached"
                and first.endswith("ed")
                and _no_noun_for_participle(
                    sentence[_piece_start(cuts, start, m.start()) : m.start()]
                )
            ):
                # "She has worked unpaid since, funded by a charity": no noun ends the
                # clause for the participle to be about, so alone it has no subject
                # ("Funded by a charity."): one claim with the clause it describes
                continue
            if (
                kind == "attached"
                and first.endswith("ed")
                and not _verb_outside_brackets(at, sentence, m.start())
                and not has_verb(sentence[m.end() + len(first) :])
            ):
                continue  # "The bridge, the longest in Wales, opened in 1990": its verb
            if (kind == "relative" or first.endswith("ed")) and _in_open_subject(
                sentence, m.start()
            ):
                continue  # "… when Tom Reed, who joined in May, headed in": that clause's
            if kind == "relative" and _SUMMED_UP.search(
                sentence, max(0, m.start() - 60), m.start()
            ):
                continue  # "rose 9% — a rise that surprised economists": the rise is the clause's
            if kind == "relative" and _measure_before(sentence[max(0, m.start() - 40) : m.start()]):
                continue  # "returns every 70 years, which makes it rare": the clause's
            if first == "which" and _time_before(sentence[max(0, m.start() - WINDOW) : m.start()]):
                continue  # "rose 4% in March, which …": March, the rise or the 4%? One claim
            if kind == "relative" and _relative_runs_on(sentence, after):
                continue  # "shut the depot, which had 90 staff, in March": March is the shutting's
            lo_piece = _piece_start(cuts, start, m.start())
            if (
                kind == "attached"
                and _REPORTED_TO.match(sentence, m.end())
                and antecedent_of(sentence[max(lo_piece, m.start() - WINDOW) : m.start()], False)
                is None
            ):
                # "bought three houses, a barn and two fields, believed to be worth £3m":
                # the list or its last item? With no one noun for "believed to be" to be
                # said of, the phrase alone is a fragment ("Believed to be worth £3m."):
                # its claim keeps the clause it hangs on, as an unsure "which" does
                if any(c[2] == "aside" for c in cuts[-8:]):
                    continue  # one such claim a sentence
                kind = "aside"
            lo = max(_piece_start(cuts, start, m.start()), m.start() - WINDOW)
            cleft_text = sentence[lo : m.start()] if first == "who" else ""
            cleft = _CLEFT_IT.search(cleft_text)
            if cleft is not None and not has_verb(cleft_text[cleft.end() :]):
                # "but it was his brother, Tom Ash, who won": a cleft sentence; "It was his
                # brother, Tom Ash." says nothing alone, so it stays whole
                continue
            if kind == "relative" and negated(sentence[lo : m.start()]):
                continue  # "The firm no longer sells cars, which come from X": unsure
            before_it = sentence[max(0, m.start() - WINDOW) : m.start()]
            rel_text = sentence[m.end() : m.end() + WINDOW] if kind == "relative" else ""
            who_rel = first in ("who", "whose")
            named = antecedent_of(before_it, who_rel, rel_text) if rel_text else None
            if who_rel and named is not None and _placed_after(before_it, named):
                continue  # "a dealer in Paris, who found": the dealer did; never "Paris found"
            if kind == "relative" and named is None and _apposition(before_it) is not None:
                continue  # "X, a firm based in Leeds, which …": X or Leeds? It stays whole
            result_word = _NEXT_WORD.match(sentence, after) if first == "which" else None
            if result_word is not None and result_word.group(1).casefold() in _RESULT_OF_CLAUSE:
                continue  # "closed two libraries, which meant …": the closing meant it
            if first == "which" and _EVENT_VERDICT.match(sentence, after):
                continue  # "stayed in the box, which is normal": the staying is, in its claim
            if kind == "relative" and _ELLIPTICAL_RELATIVE.match(sentence, m.end()):
                continue  # "said Lee, who then wasn't": its verb is the clause's, unsaid
            singular = first == "which" and _plural_then_singular(before_it, sentence, after)
            if named is not None and singular:
                continue  # "employs 400 people, which makes it …": about the clause
            if first == "whose" and named is not None and " of " in f" {named} ".casefold():
                continue  # "residents of Pine Road, whose homes": whose homes?
            if kind == "relative" and named is None:
                if first != "which" or not _after_noun(sentence, m.start()):
                    continue  # unsure what it is about: it stays inside the main claim
                if any(c[2] == "aside" for c in cuts[-8:]):
                    continue  # one such claim a sentence: each would repeat the one before
                # "a levy on large firms, which ...": the levy or the firms? A claim of
                # its own that keeps the clause it hangs on (kind "aside")
                kind = "aside"
            if (
                (kind == "relative" or _PREPOSED_WHICH.match(sentence, m.end()))
                and in_reported_clause(sentence[lo : m.start()])
                and not _writer_reports(sentence[lo : m.start()])
                and not _reports_in_subject(sentence[lo : m.start()])
                and not _inside_quote(sentence, m.start())
                and (
                    _INDEFINITE_END.search(sentence, lo, m.start()) is not None
                    or not is_past(sentence[m.end() : m.end() + WINDOW])
                )
            ):
                # "She said the firm plans a trial, in which half the staff will …": what
                # she said describes a thing she brings up, or what will be; alone, it
                # would be the paper's word. It stays whole. (A past fact about a thing
                # already known, "said it shut the pool, which opened in 1970", is the
                # writer's background, and a claim of its own.)
                continue
            cuts.append((start + m.start(), start + m.end(), kind))
    # "The panel heard A, B, who runs the port, and C": the list goes on after the relative
    # clause; its last item is no part of what the relative says about B
    # (the last item's separator is the sentence's last comma, so it is found once: a
    # search from each relative clause to the end was quadratic in their number)
    relatives = [c for c in cuts if c[2] == "relative"]
    last_sep = (
        max(sentence.rfind(","), sentence.rfind(";"), sentence.rfind(":")) if relatives else -1
    )
    last_item = _LAST_ITEM.match(sentence, last_sep) if last_sep >= 0 else None
    for cut_from, rel_start, _kind in relatives:
        after_it = last_item is not None and last_item.start() >= rel_start - start
        closing = last_item if after_it else None
        if closing is None or _PHRASE_END.search(sentence, rel_start - start, closing.start()):
            continue  # "who visited Leeds, York, and Hull": the relative clause's own list
        final = sentence[closing.end() :].rstrip(" .")
        if has_verb(final) or not 1 <= count_words(final) <= MAX_NP or _predicate_item(final):
            continue
        lead_word = _LIST_LEAD.search(sentence, 0, cut_from - start)
        list_verb = at.last_verb_end(cut_from - start)
        if lead_word is not None and has_verb(sentence[: lead_word.end()]):
            list_verb = lead_word.end()
        list_lead = " ".join(sentence[: max(0, list_verb)].split()).rstrip(": ")
        at_cut = start + closing.start()
        cuts[:] = [c for c in cuts if c[0] != at_cut]  # not the relative clause's
        cuts.append((at_cut, start + closing.end(), "complement"))
        leads[start + closing.end()] = list_lead if count_words(list_lead) >= 2 else ""
    # "X issued a statement, where she confirmed Y": a clause of its own after "where"
    for m in WHERE_CLAUSE.finditer(sentence):
        x, y = m.start(), m.end()
        lo = max(0, x - WINDOW)
        aside = sentence.count("(", lo, x) > sentence.count(")", lo, x)  # "(or, where X, Y)"
        clause = starts_clause(at.head(y))
        if clause and at.verb_before(x) and not aside and not _inside_quote(sentence, x):
            and_then = _AND_THEN.search(sentence, y, y + WINDOW)
            if and_then is not None and starts_with_verb(at.head(and_then.end())):
                continue  # "worst in Devon, where poles snapped, and urged …": his urging
            # "moved to Paris, where he opened a bakery": the clause says where, so its
            # claim keeps the clause it hangs on ("He opened a bakery." lost Paris)
            cuts.append(
                (start + x, start + m.start() + m.group().casefold().index("where"), "aside")
            )
    # "... a partnership with the city which we believe is lawful": "which" with no comma
    # after a noun, once the clause has its verb, starts a relative clause of its own
    for m in BARE_WHICH.finditer(sentence) if "which" in sentence else ():
        x, y = m.start(), m.end()
        tail = sentence[max(0, x - 40) : x].split()[-1:]
        word = tail[0].strip("’'\"”") if tail else ""
        readings = _readings(word.casefold())
        noun = "NOUN" in readings or (word[:1].isupper() and not readings)  # or a name
        if not noun or not at.verb_before(x) or at.open_that(x) or at.words_after(y) < MIN_WORDS:
            continue
        near = _tokens(at.head(y))[:6]
        if negated(sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x]):
            continue  # the antecedent is inside a negated clause: it stays there
        kind = "relative"
        antecedent = antecedent_of(sentence[:x], False)
        if _identified_by_clause(antecedent, sentence, y):
            # "names the rivers which flooded most": which rivers? the clause says. (After
            # one named thing, "praised the ferry company which runs …", a "which" with no
            # comma is often a comma left out: that clause is still its own claim.)
            continue
        if antecedent is None:
            if not _after_noun(sentence, x) or any(c[2] == "aside" for c in cuts[-8:]):
                continue  # unsure what it is about: it stays inside the main claim
            kind = "aside"  # "a deal with the port authority which ...": which one?
        if any(is_verb(w, near[k - 1] if k else "which") for k, w in enumerate(near)):
            cuts.append((start + x, start + x + 1, kind))
    # "... overturned a ruling that said the plan was lawful": "that" after a noun, once the
    # clause has its verb, and a verb right after it, is the subject of a relative clause
    for m in BARE_THAT.finditer(sentence) if " that " in sentence else ():
        x, y = m.start(), m.end()
        tail = sentence[max(0, x - 40) : x].split()[-2:]
        if len(tail) < 2 or "NOUN" not in _readings(tail[-1].casefold().strip("’'\"”")):
            continue
        if not at.verb_before(x) or at.open_that(x) or at.words_after(y) < MIN_WORDS:
            continue
        if _inside_quote(sentence, x) or _in_brackets(sentence, x):
            continue
        if tail[0].casefold() in _TELL or _SO_THAT.search(sentence, max(0, x - 40), x):
            continue  # "told reporters that ...", "so much that ...": a complement
        if _CLEFT.search(sentence, 0, x):
            continue  # "It is the cost that worries them": one statement, stressed
        following = _tokens(at.head(y + len("that ")))[:3]
        verb = _first_content_word(iter(re.finditer(r"\S+", " ".join(following))))
        if verb is None or _verb_class(verb.casefold()) != ALWAYS or verb[:1].isupper():
            continue
        if negated(sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x]):
            continue  # the antecedent is inside a negated clause: it stays there
        if (antecedent := antecedent_of(sentence[:x], False, "that")) is None:
            continue  # unsure what it is about: it stays inside the main claim
        if _identified_by_clause(antecedent, sentence, y):
            # "identify the overflows that spilled most often": the clause tells which
            # overflows are meant; apart, "The overflows spilled most often." is false to
            # the text and "The figures identify the overflows." says nothing
            continue
        if _bare_object(sentence, x, antecedent):
            continue  # "developed skin rashes that needed care": never "Skin rashes needed care."
        if _no_one_thing(sentence, max(_piece_start(cuts, start, x), x - WINDOW), x, antecedent):
            # "no way to query a location that looks wrong": the clause narrows a noun
            # that names no one thing; "A location looks wrong." is no fact of the text
            continue
        if _SUMMED_UP.search(sentence, max(0, x - 60), x):
            continue  # "rose 9% — a rise that surprised economists": the rise is the clause's
        if _OPENED_SUBJECT.search(sentence, max(0, x - 60), x):
            continue  # "… as a fire that began in the canyon spread": the fire's own verb follows
        if in_reported_clause(sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x]):
            continue  # "She ruled that X had used a power that is meant for …": hers, whole
        said = at.last_verb_end(x)
        if _COMPLEMENT_VERB.search(sentence, max(0, said - 20), said):
            continue  # "he said the report that came out was wrong": a clause's subject
        cuts.append((start + x, start + x + 1, "relative"))
    # "prices fell 3% - the biggest drop for 14 years": a noun phrase with a superlative
    # or an ordinal after a complete clause says something about the whole clause
    for m in RANKING.finditer(sentence):
        x, y = m.start(), m.end()
        ranked = any(w and _ranks(w.casefold()) for w in m.groups())
        dashed = _DASH.search(m.group()) is not None
        if not ranked and not dashed:
            continue  # the cheap test first: most ", the ..." hold no ranking
        if dashed and _DASH.search(sentence, max(0, x - 80), x):
            continue  # "needs — the engineers say — a second pump": it closes a parenthesis
        if not at.verb_before(x) or at.open_that(x) or _inside_quote(sentence, x):
            continue
        stop = _PHRASE_END.search(sentence, y, y + WINDOW)
        if not ranked and (stop is not None or len(sentence) - y > 160):
            continue  # a summary ends the sentence (and the phrase is read once, bounded)
        phrase = sentence[y : stop.start() if stop else len(sentence)]
        if ranked and has_verb(phrase) and not _verb_in_relative(phrase):
            continue  # "— the first time prices fell", but "the largest rise it has seen"
        if not ranked and _finite_verb(phrase):
            continue  # "— a pace not seen since 1990", not "— a rise that was expected"
        after = len(sentence) - stop.end() if stop is not None else 0
        if stop is not None and (after > 160 or not is_bare_attribution(sentence[stop.end() :])):
            continue  # it must end the sentence, or only an attribution may follow
        begin = _piece_start(cuts, start, x)
        whole = " ".join(sentence[begin:x].split())
        if _COPULA_THEN_SOURCE.search(whole):
            continue  # "She was, according to the society, the youngest …": its complement
        if len(_tokens(whole)) >= MIN_WORDS and starts_clause(whole):
            for i in range(len(cuts) - 1, max(-1, len(cuts) - 9), -1):
                if cuts[i][0] == start + x:
                    del cuts[i]  # it, not a clause, starts here
                    break
            cuts.append((start + x, start + y, "complement"))
            leads[start + y] = _capital(_unlead(whole)) + ":"
    # "deaths fell in both sexes, particularly in older groups": a verbless phrase after a
    # complete clause that ends the sentence adds to the whole clause
    for m in SUPPLEMENT.finditer(sentence):
        x, y = m.start(), m.end()
        if not at.verb_before(x) or at.open_that(x) or _inside_quote(sentence, x):
            continue
        if _in_brackets(sentence, x):
            continue
        phrase = sentence[y:]
        said = sentence.rfind(", ", y)
        if said >= 0 and is_bare_attribution(sentence[said + 2 :]):
            phrase = sentence[y:said]  # "..., including A and B, the board said"
        more = _AND_MORE.search(phrase)
        second = more is not None and not _verb_in_phrase(phrase[more.end() :].split(",")[0])
        if more is not None and second:
            # "..., particularly in older groups, and in poorer areas": a second phrase
            # after its own "and", about the same clause
            phrase = phrase[: more.start()]
        # it opens with an adverb or a preposition: only a word that is surely a verb
        # makes it a clause ("in older age groups" has none)
        if _verb_in_phrase(phrase) or count_words(phrase) < MIN_CLAUSE_WORDS or len(phrase) > 200:
            continue
        if _SUBORDINATOR.search(phrase) and has_verb(phrase):
            continue  # "particularly when it rains": a clause, not a phrase
        begin = _piece_start(cuts, start, x)
        if _correlated(sentence, begin, x, y):
            continue  # "partly A, partly B": one statement of its parts, never A alone
        whole = " ".join(sentence[begin:x].split())
        if (lead_before := leads.get(start + begin, "")).endswith(","):
            whole = f"{lead_before} {whole}"  # "…, offering A and B, respectively, similar to …"
        if len(_tokens(whole)) >= MIN_WORDS and starts_clause(whole):
            cuts.append((start + x, start + y, "complement"))
            leads[start + y] = _capital(_unlead(whole)) + ","  # its own comma: "…, including Ayr"
            if more is not None and second:
                a, b = start + y + more.start(), start + y + more.end()
                cuts[:] = [c for c in cuts if c[0] != a]  # a phrase, not a clause, follows
                cuts.append((a, b, "complement"))
                leads[b] = leads[start + y]
    # "Ferries were cancelled on Monday because of high winds": a cause that ends the
    # sentence, with no comma, says why the whole clause happened
    for m in CAUSE.finditer(sentence) if "because of" in sentence else ():
        x, y = m.start(), m.end()
        if not at.verb_before(x) or _inside_quote(sentence, x) or _in_brackets(sentence, x):
            continue
        phrase = sentence[y:].rstrip(" .")
        if not 2 <= count_words(phrase) <= MAX_NP + 4 or _verb_in_phrase(phrase):
            continue
        if _PHRASE_END.search(phrase):
            continue  # it must end the sentence
        begin = _piece_start(cuts, start, x)
        whole = " ".join(sentence[begin:x].split())
        if _negates_a_verb(whole) or len(_tokens(whole)) < MIN_WORDS or not starts_clause(whole):
            # a negation of any verb before it, a reported clause's too ("warned that the
            # trip would not be cut short because of X"): the cause is in its scope
            continue
        if _LIMITED.search(whole):
            continue  # "none was hospitalised because of the drug": the cause is in scope
        if _restricted_cause(whole):
            # "the third time that a jet has diverted because of smoke": the cause is part
            # of what is counted; never "… that a jet has diverted." beside it
            continue
        if _tokens(whole)[-1].casefold() in _DEGREE:
            continue  # "…, partly because of illness": never "…, partly."
        cuts.append((start + x, start + y, "complement"))
        leads[start + y] = _capital(_unlead(whole))  # "… cancelled because of high winds"
    # "Labour won 200 seats, the Greens 40 seats and the Liberals 12": a verb left out
    # after the first clause (gapping); each later phrase borrows it
    for x, y, verb in _gaps(at, sentence):
        for i in range(len(cuts) - 1, max(-1, len(cuts) - 9), -1):
            if cuts[i][0] == start + x:
                del cuts[i]  # a gapped phrase, not a clause, starts here
                break
        if verb:
            cuts.append((start + x, start + y, "gapped"))
            leads[start + y] = verb
    # "The storm not only flooded the town but also cut power": two predicates of one
    # subject; the second borrows it
    for m in NOT_ONLY.finditer(sentence) if _may_hold(sentence, "only") else ():
        then = _first_word(sentence, m.end(), len(sentence))
        if not (is_verb(m.group("verb"), "it") and is_verb(then, "it")):
            continue  # "not only the painting but also the frame": one list
        begin = _piece_start(cuts, start, m.start())
        subject = " ".join(sentence[begin : m.start()].split())
        if subject:
            cuts.append((start + m.start("but"), start + m.end("but"), "complement"))
            leads[start + m.end("but")] = subject
    # "Few trains ran with some areas cut off": an absolute phrase without a comma (a
    # noun phrase with its own participle) is a statement of its own, as after a comma
    for m in ABSOLUTE_WITH.finditer(sentence) if " with " in sentence else ():
        x = m.start()
        part = m.group("part").casefold()
        if "VERB" not in _readings(part) or part in NOT_PARTICIPLES:
            continue
        if not at.verb_before(x) or _inside_quote(sentence, x) or _in_brackets(sentence, x):
            continue
        if has_verb(m.group("np")) or count_words(m.group("np")) > 5:
            continue
        if _verbless_clause(sentence, max(0, x - WINDOW), x) and not _BY_AGENT.match(
            sentence, m.end("part")
        ):
            # "… after weeks of talks with the council ended": the "with" phrase is part
            # of the subordinate clause's subject, its verb that clause's ("The council
            # ended" is false); the time clause rule below reads the whole subject. An
            # agent after it ("with roads cut off by floods") marks a participle: absolute
            continue
        if (
            absolute_statement(sentence[m.end("np") - len(m.group("np")) :].rstrip(" .!"), True)
            is None
        ):
            continue  # no noun phrase and participle to make a statement of: whole
        cuts.append((start + x, start + x + 1, "attached"))
    # "Staff are angry, not only over pay, but also over hours": two phrases after a
    # complete clause; each is a claim about that clause
    for m in NOT_ONLY_PHRASE.finditer(sentence) if "not only" in sentence else ():
        x = m.start()
        if not at.verb_before(x) or _inside_quote(sentence, x) or _in_brackets(sentence, x):
            continue
        then = _first_word(sentence, m.end(), len(sentence))
        if has_verb(m.group("one")) or (then not in OPENERS and is_verb(then, "it")):
            continue  # a predicate after "but also": the rule above
        begin = _piece_start(cuts, start, x)
        whole = " ".join(sentence[begin:x].split())
        if len(_tokens(whole)) >= MIN_WORDS and starts_clause(whole):
            cuts.append((start + m.start("but"), start + m.end("but"), "complement"))
            leads[start + m.end("but")] = _capital(_unlead(whole))
    for m in AND_PREDICATE.finditer(sentence) if _may_hold(sentence, "and") else ():
        if _between_dashes(sentence, m.start()):
            continue  # "the plan — costly and late — was dropped": inside the parenthesis
        so_far = sentence[max(_piece_start(cuts, start, m.start()), m.start() - WINDOW) : m.start()]
        if _in_subject_relative(so_far):
            # "Flats that were built before 1990 and have wooden windows are eligible":
            # "and" joins the predicates of the subject's relative clause, which says
            # which ones are meant; a cut would drop one condition from the claim
            continue
        if _IN_SET_OFF_RELATIVE.search(so_far):
            # "the mayor, who has two years left and is said to be tired": "who" is the
            # second predicate's subject too; cut off, it would borrow the main subject
            continue
        if _RELATIVE_PIECE.match(so_far) and not in_reported_clause(so_far):
            # the relative clause is a piece of its own ("…, Ann Lee, | who joined in May
            # and is …"): the second predicate is about its antecedent as well
            cuts.append((start + m.start(), start + m.end(), "relative"))
            continue
        if _word_at(sentence, m.end()).casefold() in _PLAIN_AUX and _MODAL.search(so_far):
            if _FINITE_HAVE.match(sentence, m.end()):
                # "could be eligible and have not applied": a finite "have" (a modal's
                # would take "not" before it), no modal's; "could have not applied" would
                # change what is said, and the count is of those that do both: whole
                continue
            # "should reopen in May and have longer hours": the modal's "have", lent to it
            begin = _piece_start(cuts, start, m.start())
            modals = list(_MODAL_VERB.finditer(sentence, begin, m.start()))
            lent = " ".join(sentence[begin : modals[-1].start("verb")].split()) if modals else ""
            if lent and not negated(lent) and starts_clause(f"{lent} have"):
                cuts.append((start + m.start(), start + m.end(), "complement"))
                leads[start + m.end()] = _capital(_unlead(lent))
            continue
        if in_reported_clause(so_far):
            if (act := _speakers_act(so_far, sentence[m.end() : m.end() + WINDOW])) is not None:
                if act:  # "X said it was …, and is considering an appeal": X is
                    cuts.append((start + m.start(), start + m.end(), "complement"))
                    leads[start + m.end()] = act
                continue
            # "X said the plan was fair and would create jobs": the plan would, X said
            if (reported := _reported_at(cuts, start, sentence, m.start())) is not None:
                cuts.append((start + m.start(), start + m.end(), "complement"))
                leads[start + m.end()] = reported
            continue
        if at.verb_before(m.start()) and not _inside_subordinate(so_far):
            # (inside "because a rail had cracked and was …" the rail was, not the subject)
            cuts.append((start + m.start(), start + m.end(), "clause"))
    # "X joined the club and the fee is secret" (a new clause), "X made off with the cars
    # and stayed for days" (a second predicate of the same subject): no comma needed
    for m in AND_CLAUSE.finditer(sentence):
        x, y = m.start(), m.end()
        if not at.verb_before(x) or at.open_that(x) or at.ends_in_list(x):
            continue
        if (comma := sentence.rfind(", ", max(0, x - WINDOW), x)) >= 0 and _count_then_list(
            sentence, comma, comma + 2
        ):
            continue  # "two had died, a man who … and a woman who …": who the two were
        if _ELLIPTICAL.match(sentence, y):
            continue  # "A flooded and B did too": B's verb is A's
        if _between_dashes(sentence, x):
            continue  # "the evidence — his DNA and two witnesses who saw him — was strong"
        if _in_opening_clause(sentence, _piece_start(cuts, start, x), x, y):
            continue  # "After a year in which A fell and B rose, C …": inside the opener
        if _BOTH.search(sentence, max(0, x - WINDOW), x):
            continue  # "both the pandemic and a failed deal": two phrases, not two clauses
        if _BETWEEN.search(sentence, max(0, x - WINDOW), x):
            continue  # "a link between the levy and the fall in harms": one phrase
        if _reduced_relative(sentence, y):
            continue  # "a boat and letters written by sailors": one list of things
        if _reduced_relative_goes_on(sentence, _piece_start(cuts, start, x), x, y):
            continue  # "a disease spread by ticks and found in …": the disease is found
        if _EACH_TIME.match(sentence, y):
            # "shown when you book and each time you pay": a second time clause, joined
            # to the one before; "each time" opens it as "when" does, and is no subject
            continue
        if _in_subject_relative(sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x]):
            continue  # "Flats that were built … and have …": inside the subject's relative
        if (begin := _piece_start(cuts, start, x)) >= x - WINDOW and _no_verb_but_last(
            sentence[begin:x]
        ):
            continue  # "The owner of a shop with no alarms and a locked door was fined"
        rest = at.head(y)
        if _subject_aside_then_verb(rest):
            # "A won the race and Petrov, alone on the wing, scored twice": Petrov's own
            # clause, its subject set off from its verb by an aside
            so_far = sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x]
            if _in_speech(so_far) and not _says_itself(sentence, y):
                # "X said the wind would ease but heavy rain, with 80mm on hills, could
                # …": the second clause is said too; its claim keeps the speaker, or the
                # sentence stays whole
                if (said_by := _speech_lead(so_far)) is not None:
                    cuts.append((start + x, start + y, "complement"))
                    leads[start + y] = said_by
                continue
            cuts.append((start + x, start + y, "clause"))
            continue
        nxt = _first_word(sentence, y, len(sentence))
        before = sentence[max(0, x - 40) : x].split()
        last = before[-1].casefold().strip("’'\"”") if before else ""
        # "trained and equipped troops": coordinated adjectives, not two predicates
        adjectives = last.endswith(("ed", "ing")) or _readings(last) == {"ADJ"}
        # "the men who invaded it and helped ...": the subject is a relative pronoun,
        # so a predicate split off would have none
        relative = _IN_RELATIVE.search(sentence, max(0, x - WINDOW), x) is not None
        # a past form after "and" is a second predicate when an object, a preposition, an
        # adverb, a name or the end follows it ("and enhanced the chances", "and stayed
        # in", "and died"), not a bare noun: "bread and baked goods" is one list
        past_form = nxt.endswith("ed") or nxt in IRREGULAR_PAST
        follow = _FOLLOWING.match(sentence, y + len(nxt))
        then_word = follow.group(1) if follow else ""
        predicate_next = (
            not then_word
            or then_word.casefold() in _OBJECT_START
            or then_word[:1].isupper()
            or "NOUN" not in _readings(then_word.casefold())
        )
        # "and costs fell": a plural noun that reads as a verb, then its own verb
        noun_subject = _noun_before_past(nxt, then_word)
        second_predicate = (
            not adjectives
            and not relative
            and not noun_subject
            # "in April and May and that …": mid-sentence a capital is a name or a
            # month ("May"), never a verb ("may")
            and not _word_at(sentence, y)[:1].isupper()
            and (
                (_verb_class(nxt) == ALWAYS and not past_form)
                or (past_form and predicate_next and is_verb(nxt, "it"))
            )
        )
        if (
            second_predicate
            and "NOUN" in _readings(nxt.casefold())
            and (rel := _RELATIVE_THEN_VERB.match(sentence, y + len(nxt))) is not None
            and is_verb(rel.group(1), "who")
            # "and shows that prices …": after "that", a word that may be a noun may open
            # a reported clause; only a word that is no noun is the relative's verb
            and not (rel.group().split()[0].casefold() == "that" and _noun_reading(rel.group(1)))
        ):
            # "alert to scam texts and calls that used their names": "calls" is a noun
            # with its relative clause, one of a list of things; a predicate borrowing
            # the reported subject would invent "customers calls that used …"
            second_predicate = False
        # a new clause needs a subject and then a sure verb (an auxiliary, "said") close by
        # (never a word right after "the", "a", "its": "and the cost of switching" is a noun)
        # "and the fans, who sang", "by A and a yacht, and two were taken": the verb of a
        # relative clause or of the next clause, not this one's
        own = rest
        if "," in rest[:80] and (who_at := _ASIDE_WHO_AT.search(rest, 0, 80)) is not None:
            closed = rest.find(",", who_at.end(), who_at.end() + 160)
            # who, which, whose; "believed to"
            relative = "wh" in who_at.group().casefold() or who_at.group().endswith("to")
            # "and the staff, who had worked there, were laid off": its verb after it
            own = rest[: who_at.start()] + (rest[closed:] if relative and closed > 0 else "")
        near = _tokens(own)[:6]
        firm = any(
            _verb_class(w.casefold()) == ALWAYS and near[k].casefold() not in _DETERMINERS
            for k, w in enumerate(near[1:])
        )
        clause_so_far = sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x]
        if "VERB" in _readings(nxt.casefold()) and (
            _only_verbs_since_verb(clause_so_far) or _opening_participles(sentence, x, nxt)
        ):
            # "X develops, owns and operates plants": the verbs share their object;
            # "Founded in 2017 and based in Leeds, the firm …": one opening phrase
            continue
        if second_predicate and (
            _infinitive_goes_on(clause_so_far, nxt) or _inside_subordinate(clause_so_far)
        ):
            # "told owners to stop using it and unplug the base": the owners unplug;
            # "derailed because a rail had cracked and was not replaced": the rail was
            # not; whose the predicate is is not the main clause's subject: kept whole
            continue
        if second_predicate and nxt.casefold() in _PLAIN_AUX and _MODAL.search(clause_so_far):
            # "Work will begin in May and be finished by June": "be" shares the modal
            # before it; cut, the claim would read "Work be finished by June."
            continue
        if (
            second_predicate
            and in_reported_clause(clause_so_far)
            and (_speech_starts(rest) or _own_that_clause(rest))
        ):
            # "Police said the bridge was safe and warned that …": the police warned;
            # "X confirmed that A but denied that B": X denied, never A's subject (kept
            # whole when the speaker is not sure)
            if (who_said := _speaker_of(clause_so_far)) is not None:
                cuts.append((start + x, start + y, "complement"))
                leads[start + y] = who_said
            continue
        if second_predicate and in_reported_clause(clause_so_far):
            if (act := _speakers_act(clause_so_far, rest)) is not None:
                # "He said his side had tired and accused the referee …": he accused
                if act:
                    cuts.append((start + x, start + y, "complement"))
                    leads[start + y] = act
                continue
            if _base_verb(nxt) and _MODAL.search(clause_so_far):
                continue  # "said the council should build homes and cut rents": the modal's
            if past_form and clause_so_far.rstrip().endswith(('"', "”")):
                # "X said the fall was "expected" and raised her forecast": the quotation
                # closes what X said; who raised it, X or the fall? The sentence stays whole
                continue
            if _stance_verb(rest):
                continue  # "X said profits had fallen and declined to comment": X's, whole
            # "X said the plan was fair and would create jobs": the plan would, X said
            if (past_form or _past_participle(nxt)) and (
                passive := _passive_lead(sentence, _piece_start(cuts, start, x), x, y)
            ) is not None:
                # "X said the jars were sealed by A and stamped by B": "were" is theirs too
                if passive:
                    cuts.append((start + x, start + y, "complement"))
                    leads[start + y] = passive
                continue
            if (reported := _reported_at(cuts, start, sentence, x)) is not None:
                cuts.append((start + x, start + y, "complement"))
                leads[start + y] = reported
            continue
        if (
            second_predicate
            and _speech_starts(rest)
            and _pronoun_may_mean_object(clause_so_far, rest[:WINDOW])
        ):
            continue  # "blamed the Front and said its fighters …": whose fighters?
        # "were bought by the museum and shown by …": a participle in -en / -wn too
        participle = past_form or _past_participle(nxt)
        passive = (
            _passive_lead(sentence, _piece_start(cuts, start, x), x, y) if participle else None
        )
        if second_predicate and passive is not None:
            if passive:
                cuts.append((start + x, start + y, "complement"))
                leads[start + y] = passive
            continue
        new_clause = not second_predicate and (nxt in SUBJECT_START or noun_subject) and firm
        if new_clause and _joined_subject(clause_so_far, rest):
            continue  # "Leeks with hazelnut and a sauce were good": one subject of two
        listed_by = reported_from.get(start + _piece_start(cuts, start, x))
        if new_clause and listed_by is not None and not _says_itself(sentence, y):
            # "… said A, B and C": C is said too, by whoever said B
            cuts.append((start + x, start + y, "complement"))
            leads[start + y] = listed_by
            continue
        if new_clause and _in_speech(clause_so_far) and not _says_itself(sentence, y):
            # "The firm said 14 had complained and two were hurt": two were, it said
            if (starts_clause(rest) or noun_subject) and (
                said_by := _speech_lead(clause_so_far)
            ) is not None:
                cuts.append((start + x, start + y, "complement"))
                leads[start + y] = said_by
            continue
        if second_predicate and _limited(clause_so_far[: first_verb(clause_so_far)]):
            continue  # "Few fans bought tickets and watched the game": not each alone
        if not second_predicate and _noun_then_pronoun_verb(rest):
            # "is cheap and the best meal we had": a noun phrase whose relative clause
            # has its own pronoun subject, no clause; cut, "The best meal we had." says
            # nothing of what it is
            continue
        if second_predicate or (
            firm and (noun_subject or (nxt in SUBJECT_START and starts_clause(rest)))
        ):
            cuts.append((start + x, start + y, "clause"))
    # "The board said costs were high and that no jobs were lost": a second reported
    # clause after "and that" is said by the same speaker ("The board said no jobs …")
    # "Inspectors found that A, that B, and that C": a series of reported clauses, each
    # opened by its own "that", all reported by the one verb ("Inspectors found B.")
    if ", that " in sentence and " and that " in sentence:
        begin = _piece_start(cuts, start, sentence.find(", that "))
        for x, y, said_all in _that_series(sentence, begin):
            cuts.append((start + x, start + y, "complement"))
            leads[start + y] = said_all
        cuts.sort()
    for m in AND_THAT.finditer(sentence) if " and that " in sentence else ():
        x, y = m.start(), m.end()
        if any(c[0] == start + x for c in cuts[-8:]):
            continue
        if _inside_quote(sentence, x) or _in_brackets(sentence, x):
            continue
        nxt = _first_word(sentence, y, len(sentence))
        if nxt in _NOT_SUBJECT_AFTER_THAT or is_verb(nxt, "that"):
            continue  # "and that was why …", "and that of …", "the firm … and that sold …"
        if nxt.casefold() in _PERSONAL:
            continue  # "said the council wasted money and that it should …": whose "it"?
        if not starts_clause(at.head(y)):
            continue
        begin = _piece_start(cuts, start, x)
        if (reporter := _one_speaker(sentence[begin:x])) is not None:
            cuts.append((start + x, start + y, "complement"))
            leads[start + y] = reporter
    # "The college will cut £2m and close two departments": a second plain verb after a
    # modal shares the subject and the modal ("The college will close two departments.")
    for m in AND_BASE.finditer(sentence) if _may_share_modal(sentence) else ():
        x, y = m.start(), m.end()
        if any(c[0] == start + x for c in cuts[-8:]):
            continue
        if (shared := _modal_lead(sentence, _piece_start(cuts, start, x), x, y)) is None:
            continue
        if _inside_quote(sentence, x) or _in_brackets(sentence, x):
            continue
        cuts.append((start + x, start + y, "complement"))
        leads[start + y] = shared
    # "They broke in, smashed two cases and took rings": a list of predicates of one
    # subject; each item gets the subject and any auxiliary ("They smashed two cases.")
    for m in AND_LIST_END.finditer(sentence) if ", " in sentence and " and " in sentence else ():
        x, y = m.start(), m.end()
        # a second predicate's cut ("clause") is taken over below; one with a lead of
        # its own ("said the study was small, had … and did not …": the speaker's) is
        # kept, and only the items before it are cut
        led = any(c[0] == start + x and c[2] != "clause" for c in cuts[-8:])
        if _inside_quote(sentence, x) or _in_brackets(sentence, x):
            continue
        last = _first_word(sentence, y, len(sentence)).casefold()
        if not (_past_participle(last) or _base_verb(last) or last in _FINITE_AUX):
            continue  # the cheap test first: most "and"s join no predicates
        begin = _piece_start(cuts, start, x)
        if (listed := _predicate_list(sentence, begin, x, y)) is None:
            if not led and last not in _FINITE_AUX and _listed_predicates(sentence, begin, x, y):
                # "Since 2021 the firm has opened …, hired … and closed …" with no sure
                # subject, or a time at the end that every item shares: the list whole
                cuts[:] = [c for c in cuts if c[0] != start + x]
            continue
        if led:
            listed = [c for c in listed if c[0] != x]
        else:
            cuts[:] = [c for c in cuts if c[0] != start + x]  # "and took …" alone: "A, B"
        for a, b, shared_lead in listed:
            cuts.append((start + a, start + b, "complement"))
            leads[start + b] = shared_lead
        cuts.sort()
    # "X broke records as the world was rocked by Y", "he left before joining Z": an
    # adverbial clause after a complete clause states a fact of its own. A clause with its
    # own subject and verb (four words at least: "after it came out" only dates the
    # statement) is cut after the conjunction; an -ing phrase after "before", "after" or
    # "since" (a second event) borrows the sentence's subject.
    for m in ADVERBIAL.finditer(sentence):
        x, y = m.start(), m.end()
        conj = m.group(1).casefold()
        ahead = sentence[y : y + WINDOW]
        if _RELATIVE_WORD.search(ahead, 0, first_verb(ahead)):
            continue  # "after a recount that ended at 4am": a phrase, not a clause
        if not at.verb_before(x) or at.open_that(x) or at.words_after(y) < MIN_WORDS:
            continue
        if at.words_before(x) < MIN_WORDS:
            continue
        before = sentence[max(0, x - 40) : x].split()
        last = before[-1].casefold().strip("’'\"”") if before else ""
        nxt = _first_word(sentence, y, len(sentence))
        if last in ("and", "but", "or", "yet", "so"):
            continue  # "..., and after the vote the mayor resigned": it opens that clause
        if last == "not":
            # "lost, not because the team was weak but because …": the clause is denied;
            # cut off, what is denied would read as a claim
            continue
        if last == "even":
            # "kept playing even when the rain was heavy": "even when" is one conjunction,
            # a concession inside the clause; cut, it would leave "… kept playing even."
            continue
        if conj == "because" and nxt == "of":
            continue  # "because of the cost of heating": a phrase, not a clause
        if _ASKED_BEFORE.search(sentence, max(0, x - 80), x):
            # "She asked the board when the ward would reopen": an indirect question, what
            # was asked; cut off, "The ward would reopen." would be the paper's statement
            continue
        if conj in ("after", "before") and _dated_by_span(sentence, x):
            # "…, three weeks after a valve failed": the clause dates the one before; cut,
            # it would leave "… on Wednesday, three weeks." with no "after" to its time
            continue
        if last in _FOCUSING:
            # "gives a full refund only when fewer than 10 overs are possible", "kept
            # playing even when it rained": the adverb scopes the clause after it; cut,
            # "only" dangles ("… a full refund only.") and the condition reads as a fact
            continue
        if conj == "when" and not _past_word(at, _piece_start(cuts, start, x), x):
            # "The alarm sounds when the door opens", "The fund will pay when a claim is
            # made": a when clause on a present or future clause (its last verb no past
            # form) is its condition, never a fact of its own ("The door opens.")
            continue
        if (
            conj in _FRAME_CONJ
            and _framed(at, _piece_start(cuts, start, x), x, conj)
            and not _clause_past(sentence[y : y + WINDOW])
        ):
            # "The firm should freeze the toll while the rise is reviewed", "The road will
            # stay shut until the bridge is repaired", "Tenants must be told before the
            # lease is signed": a time clause, itself not past, on a clause that asks for
            # something or is not past is the time that clause holds in; cut off, "The
            # rise is reviewed." says a review is under way
            continue
        if (comma := sentence.find(", ", y, y + WINDOW)) >= 0 and _COMMA_ADJUNCT.match(
            sentence, comma
        ):
            # "was built in 2012 after a series of slips, at a cost of £12m": the phrase
            # after the comma goes with the main clause (the building cost £12m), not with
            # the noun before it ("a series of slips"); which one it is is unsure, so whole
            continue
        if conj == "when" and (last in _TIME_NOUNS or last.isdigit() or _MONTH_OR_DAY.match(last)):
            # "the night in 1990 when the pier burned": a relative clause about that time;
            # cut off, its claim would lose the time ("The pier burned.")
            continue
        lo = max(_piece_start(cuts, start, x), x - WINDOW)
        if conj != "when" and _IN_WHEN_CLAUSE.search(sentence, lo, x):
            # "since 2011, when four men died after the mine flooded": the clause dates the
            # "when" clause it is part of; alone, "The mine flooded." has lost its date
            continue
        if conj in ("until", "before") and _infinitive_frame(at, lo, x, conj):
            continue  # "were told not to return until the all-clear was given": one claim
        if conj in ("until", "before", "as", "while", "when", "after", "since") and negated(
            sentence[lo:x]
        ):
            # "She did not retire until she was 72", "He did not react as the verdict was
            # read": the time is the negation's scope; never "He did not react."
            continue
        if _verbless_clause(sentence, max(0, x - WINDOW), x):
            continue  # "…, while profit before tax rose": "before tax" is in the subject
        if _open_subject_relative(sentence[lo:x]):
            continue  # "Fans who had queued since dawn before the gates opened said …"
        if _PART_OF_COUNT.search(sentence, lo, x):
            # "There were 90 complaints, most of them because …", "Six were hurt, two of
            # them when …": the clause is that part's reason or time; cut, it would leave
            # "…, most of them." and state the reason as if it held for all
            continue
        if (asking := _WHETHER.search(sentence, lo, x)) is not None and "," not in (
            sentence[asking.end() : x]
        ):
            # "Asked whether the fault was known before the first shock, he said …": the
            # time is inside the reported question
            continue
        if (
            conj in _DATING_CONJ
            and nxt.casefold() in _BACK_PRONOUNS
            and not _IT_EMERGED.match(sentence, y)
        ):
            # "checks an invoice before it is sent out", "ran aground as it approached the
            # island", "stopped him before he reached the border": the pronoun is someone
            # in the clause before, and the clause only times that clause's event (and
            # after "before" may never have happened); cut off, the event loses its time
            # and the bare pronoun becomes a claim of its own ("It is sent out.")
            continue
        if conj in _TIME_LIMITS and _EXPECTED.search(sentence, lo, x):
            continue  # "is expected to leave before the window shuts": the time is its limit
        if conj == "since" and _SUPERLATIVE.search(" ".join(before[-4:])):
            continue  # "the lowest since records began": the record is the clause's
        if conj in _SCOPING_CONJ and _RANKED_BEFORE.search(sentence, max(0, x - 90), x):
            # "the first for the team since it joined the league in 2024", "the highest-
            # ranked player since the rankings began", "the last train before the line
            # closed": the rank holds only within that time; cut, "the first for the team"
            # would say "ever", and "The rankings began." says nothing
            continue
        if conj == "as" and (
            last in AS_NOT_BEFORE
            or nxt in ("a", "an")
            or any(w.casefold() in ("as", "such") for w in before[-5:])
        ):
            # "such as", "as well as", "comes as a relief", "as angry as they were",
            # "such bodies as the zoo and the clubs": examples, no clause
            continue
        if _inside_quote(sentence, x):
            continue  # quoted speech stays whole, with the attribution after it
        if _attributed(sentence, y):
            continue  # "X fell since Y opened, the board said": the board said both
        if conj == "because" and in_reported_clause(sentence[lo:x]):
            # "The panel ruled that the ad misled because it implied a cure": the reason
            # is part of what was found or said; cut off, it reads as the writer's own
            # finding ("It implied a cure."). It keeps the frame ("The panel ruled that it
            # implied a cure"), or the sentence stays whole
            frame = _reason_frame(sentence[_piece_start(cuts, start, x) : x])
            if frame is not None and starts_clause(at.head(y)):
                cuts.append((start + x, start + y, "complement"))
                leads[start + y] = frame
            continue
        if _in_speech(sentence[max(_piece_start(cuts, start, x), x - WINDOW) : x]) and not (
            _says_itself(sentence, y)
        ):
            continue  # "X claimed the goal stood because Y dived": X's words, all of them
        if _in_borrowed_speech(sentence, cuts, leads, start, x) and not _says_itself(sentence, y):
            # "He said A, and that prices would fall as sales grew": the second reported
            # clause borrows "He said"; its "as" clause is his words too, never a claim
            continue
        rest = at.head(y)
        if nxt.endswith("ing") and nxt not in NOT_PARTICIPLES and conj in ING_AFTER:
            begin = _piece_start(cuts, start, x)
            opened = [k for _, b, k in cuts[-8:] if b - start == begin]
            if opened and opened[-1] != "relative":
                continue  # "X grew when the surgeon left after being promoted": not X
            begin = max(begin, x - WINDOW)
            inner = _INNER_CLAUSE.search(sentence, begin + 1, x)
            if inner is not None and has_verb(sentence[inner.end() : x]):
                continue  # "... when she resigned after being elected": whose is unsure
            cuts.append((start + x, start + y, "attached"))
            # "before signing for Leeds and working his way up": a second -ing phrase
            more = _AND_ING.search(sentence, y, min(len(sentence), y + WINDOW))
            if (
                more
                and _first_word(sentence, more.end(), len(sentence)) not in NOT_PARTICIPLES
                and not _PHRASE_END.search(sentence, y, more.start())
            ):
                cuts.append((start + more.start(), start + more.end(), "attached"))
            continue
        # a subject, then a sure verb close by ("the world was rocked", "it provides"),
        # before any ", but" that opens the next clause: "after more than 30 hours, but
        # they were …" is a time phrase, its "were" the next clause's
        own_part = _NEXT_CLAUSE.split(rest[:WINDOW], maxsplit=1)[0]
        near = _tokens(own_part)[:7]
        firm = any(is_verb(w, near[k - 1]) for k, w in enumerate(near) if k)
        head_part = _CLAUSE_END.split(rest, maxsplit=1)[0]
        long_enough = count_words(head_part) >= MIN_CLAUSE_WORDS
        between = _INNER_PARTICIPLE.match(rest, len(head_part))
        if not long_enough and between is not None and "VERB" in _readings(between.group("part")):
            # "while river levels, measured by gauges, were ...": the subject, a
            # participle phrase between commas, then the verb
            rest = f"{head_part} {rest[between.end() :]}"
            long_enough = count_words(rest) >= MIN_CLAUSE_WORDS
        # the subject may open with a plain noun ("as striker Tom Hale arrives")
        noun = (
            sentence[y : y + 1].islower()
            and nxt not in OPENERS
            and (not _readings(nxt) or "NOUN" in _readings(nxt))
            and "ADV" not in _readings(nxt)  # "as well as", "as long as": no subject
        )
        opens = nxt in SUBJECT_START | ADVERBS or noun
        if opens and _LINKED_VERB.search(rest, 0, first_verb(rest)):
            continue  # "left after the match and flew home": a phrase, then the subject's verb
        if opens and firm and long_enough and starts_clause(rest):
            cuts.append((start + x, start + y, "clause"))
    # "Turnout reached 71% in the cities and 58% in rural areas": a second number with its
    # own place or time after "and" borrows the clause up to the verb
    for m in AND_NUMBER.finditer(sentence) if " and " in sentence else ():
        x, y = m.start(), m.end()
        stop = _PHRASE_END.search(sentence, y, y + WINDOW)
        if stop is None and len(sentence) - y > WINDOW:
            continue  # no adjunct runs that long (and reading to the end is quadratic)
        other = sentence[y : stop.start() if stop else len(sentence)].rstrip(" .")
        if stop is not None and _BOTH_AFTER.match(sentence, stop.start()):
            continue  # "34% in X and 29% in Y, both lower than in 2022": about the two
        num_then = _NUMBER_ADJUNCT.match(other)
        if num_then is None or not 1 <= count_words(other[num_then.start("word") :]) <= MAX_OPENING:
            continue
        if has_verb(other) or not _adjunct(num_then.group("word")):
            continue  # "300 people and 40 contractors": one predicate, two objects
        if stop is not None and _attribution_from(sentence, stop.end()):
            continue  # "…, the bank said": said of both numbers; the first would lose it
        if _inside_quote(sentence, x) or _in_brackets(sentence, x):
            continue
        begin = max(_piece_start(cuts, start, x), x - WINDOW)
        numbers = list(_VERB_NUMBER.finditer(sentence, begin, x))
        if not numbers or not is_verb(numbers[-1].group("verb"), "it"):
            continue
        num_last = numbers[-1]
        num_first = _NUMBER_ADJUNCT.match(sentence, num_last.end() - 1, x)
        if (
            num_first is None
            or not _adjunct(num_first.group("word"))
            or "," in sentence[num_last.end() : x]
        ):
            continue  # the first number needs its own place or time too, and no list
        if negated(sentence[max(begin, x - WINDOW) : x]):
            continue
        upto = num_last.end("prep") if num_last.group("prep") else num_last.end("verb")
        num_lead = " ".join(sentence[begin:upto].split())
        num_lead = LEADING.sub("", num_lead, count=1) if LEADING.match(num_lead) else num_lead
        if len(_tokens(num_lead)) >= 2:
            cuts.append((start + x, start + y, "complement"))
            leads[start + y] = num_lead
    # "The council balanced its budget by closing three libraries": how the subject did
    # it, a deed of its own, in the sentence's first clause only (its subject is sure)
    for m in BY_ING.finditer(sentence) if " by " in sentence else ():
        x, y = m.start(), m.end()
        nxt = _first_word(sentence, y, len(sentence))
        if nxt in NOT_PARTICIPLES or nxt in _PREPOSITION_ING or "VERB" not in _readings(nxt):
            continue
        if _piece_start(cuts, start, x) != 0 or x > WINDOW or at.words_after(y) < MIN_WORDS:
            continue  # "…, and the bank responded by raising …": whose deed is it?
        if not at.verb_before(x) or at.words_before(x) < MIN_WORDS:
            continue
        if _inside_quote(sentence, x) or _in_brackets(sentence, x):
            continue
        if _in_opening_aside(sentence, x):
            continue  # "X, the largest lender by lending volume, fell": a noun's basis
        first_clause = sentence[:x]
        if _MODAL.search(first_clause):
            continue  # "The town will fund it by selling land": a plan, not a deed
        close = _PHRASE_END.search(sentence, y, y + WINDOW)
        if _half_converted(sentence[y : close.start() if close else y + WINDOW]):
            continue
        prev = _tokens(first_clause)[-1].casefold()
        if prev.endswith(("ed", "en")) or prev in IRREGULAR_PAST:
            continue  # "losses caused by rising costs": a participle's agent
        if _plural_read_as_verb(first_clause):
            continue  # "Fire crews rescued 30 people by wading": never "Fire wades"
        if subject_of(first_clause) is None:
            continue  # "Within a year she had …": no subject found to give the deed
        if (
            negated(first_clause)
            or _PASSIVE_AUX.search(first_clause)
            or in_reported_clause(first_clause)
        ):
            continue  # not done, done by someone else, or someone else's words
        # "the firm that won by cheating", "said the city saved money by ...": a clause
        # inside, with its own subject ("as much", "admitted as much": none, no verb after)
        inner = _INNER_CLAUSE.search(first_clause) or _REPORTING_ANYWHERE.search(first_clause)
        if inner and has_verb(first_clause[inner.end() :]):
            continue
        if _INFINITIVE.search(first_clause) or _ING_CLAUSE.search(first_clause):
            # "asked drivers to save fuel by sharing cars": the drivers would; "praised
            # her bowlers for restricting Kent by bowling full": the bowlers did
            continue
        cuts.append((start + x, start + y, "attached"))
    # "The list will be shortened by moving the clinics", "They toured the towns in a bid
    # to calm fears": a means or a purpose that ends the sentence, as a cause above
    for m in MEANS.finditer(sentence) if any(w in sentence for w in _MEANS_WORDS) else ():
        x, y = m.start(), m.end()
        if len(sentence) - y > WINDOW or any(c[0] == start + x for c in cuts[-8:]):
            continue  # too long to be a phrase, or "by -ing" above made it a deed
        if not at.verb_before(x) or _inside_quote(sentence, x) or _in_brackets(sentence, x):
            continue
        phrase = sentence[y:].rstrip(" .")
        if count_words(phrase) < MIN_WORDS or _PHRASE_END.search(phrase):
            continue  # it must end the sentence
        purpose = _SO_PURPOSE.match(phrase)
        if purpose is not None:
            # "… so the workers could find jobs": a clause with its own subject and a
            # modal (not "so cold that", "so far")
            aim = phrase[purpose.end() :]
            modal = _MODAL.search(aim, 0, 80)
            doer = aim[: modal.start()] if modal is not None else ""
            if not doer.strip() or has_verb(doer) or _first_word(doer, 0, len(doer)) in _NOT_DOER:
                continue  # a subject, then a modal: not "so cold that", "so far"
            word_before = sentence[max(0, x - 40) : x].split()[-1:]
            if word_before and (
                word_before[0].casefold() in _COPULA or is_verb(word_before[0], None)
            ):
                continue  # "was so cold the match could not …": "so" is a degree
            if _INNER_CLAUSE.search(aim) or sentence[max(0, x - 8) : x].split()[-1:] == ["and"]:
                continue  # "and so …": a clause joined by "and"
        elif _clause_inside(phrase) or _half_converted(phrase):
            continue  # "in a bid to cut costs that had doubled": a clause inside
        means = _MEANS_VERB.match(phrase)
        if means is not None:
            verb, then = means.group("verb").casefold(), means.group("then")
            if verb in NOT_PARTICIPLES or "VERB" not in _readings(verb):
                continue
            if then.casefold() not in _OBJECT_START and (
                then[:1].isupper() or "NOUN" in _readings(then.casefold())
            ):
                continue  # "caused by rising water levels": an agent, not a means
        begin = _piece_start(cuts, start, x)
        whole = " ".join(sentence[begin:x].split())
        if _negates_a_verb(whole) or len(_tokens(whole)) < MIN_WORDS or not starts_clause(whole):
            continue  # negated, even inside a report: the purpose or means is in scope
        if any(_limits(whole, found) for found in _LIMITED.finditer(whole)):
            continue  # "only two roads were widened by …": the means is in scope
        if means is not None and _MODAL.search(whole):
            continue  # "The board could save money by selling …": one plan, kept whole
        cuts.append((start + x, start + y, "complement"))
        # "so" opens the piece, where it is trimmed as a conjunction: the lead keeps it
        leads[start + y] = _capital(_unlead(whole)) + (" so" if purpose is not None else "")
    # "The band toured with a trio featuring two former members": a participle phrase
    # after an indefinite noun phrase, ending the sentence, narrows that noun; the clause
    # without it still holds ("toured with a trio"), beside the whole sentence
    for m in _INDEFINITE_ING.finditer(sentence) if _may_narrow(sentence) else ():
        x, y = m.start("cut"), m.end("cut")
        if not _narrowing_participle(m) or any(c[0] == start + x for c in cuts[-8:]):
            continue
        phrase = sentence[y:].rstrip(" .")
        if count_words(phrase) < MIN_WORDS or not _ends_with_phrase(sentence, y):
            continue  # it must end the sentence (", especially …" may close it)
        if _verb_in_phrase(phrase[len(m.group("ing")) :]) or _INNER_CLAUSE.search(phrase):
            continue  # "a man carrying a knife was held", "a firm making cars that …"
        if _inside_quote(sentence, x) or _in_brackets(sentence, x):
            continue
        begin = _piece_start(cuts, start, x)
        whole = " ".join(sentence[begin:x].split())
        if len(_tokens(whole)) < MIN_WORDS or not starts_clause(whole):
            continue
        if _negates_a_verb(whole) or any(_limits(whole, f) for f in _LIMITED.finditer(whole)):
            continue  # "did not sign a player costing …": the noun is in the negation's scope
        if _DOWNWARD.search(whole):
            continue  # "denied owning a car carrying …": the narrower noun is what is denied
        verb_before = sentence[max(0, m.start() - 12) : m.start()].split()[-1:]
        if verb_before and verb_before[0].casefold() in _RESULT_VERBS:
            continue  # "left a man fighting for his life": the phrase is the verb's result
        cuts.append((start + x, start + y, "complement"))
        leads[start + y] = _capital(_unlead(whole))
    colon_speaker: str | None = None  # "Jo Reid described the scene: “…”": Jo Reid
    in_quote: list[bool] = []  # whether each position is inside a quotation, read once
    # the last "and"/"or" with no comma, semicolon or colon after it starts no sooner
    # than the last of them: searched from there, once, not from each colon to the end
    # (quadratic in a sentence of many colons)
    last_mark = max(sentence.rfind(","), sentence.rfind(";"), sentence.rfind(":"))
    listed_from: dict[int, re.Match[str] | None] = {}
    for m in COLON.finditer(sentence):
        quote_next = sentence[m.end() : m.end() + 1] in ("“", '"')
        if (
            _bare_before_colon(
                sentence[max(_piece_start(cuts, start, m.start()), m.start() - WINDOW) : m.start()],
                sentence[: m.start()] if m.start() <= WINDOW else "",
            )
            if quote_next
            else (
                (by := _REPORTED_BY.search(sentence, max(0, m.start() - WINDOW), m.start()))
                and not _reporting_noun(sentence, by.start())  # "the two reports were late:"
            )
        ):
            # "she said: '...'": the quotation goes with its attribution ("Lee explained
            # the problem: “…”" has more than an attribution: the rule below reads it)
            continue
        if sentence[m.end() : m.end() + 1] in ("“", '"') and not in_quote:
            in_quote = _quoted(sentence)
        if sentence[m.end() : m.end() + 1] in ("“", '"') and not in_quote[m.end()]:
            # a quotation after a clause and a colon is its subject's words
            before_colon = sentence[
                max(_piece_start(cuts, start, m.start()), m.start() - WINDOW) : m.start()
            ]
            # "Farmers, who rely on the river, described it: “…”": the farmers' words
            before_colon = _ASIDE_WHO.sub(" ", before_colon, count=1)
            # "Ann Lee, whose home was flooded …, described it: “…”": Ann Lee's, however
            # long the clause set off after her name
            attribution = " ".join(sentence[: m.start()].split()) if m.start() < WINDOW else ""
            if (unset := _without_relative_aside(attribution)) != attribution:
                before_colon = unset
            # "Asked about it, she was blunt: “…”": the clause after the opening phrase
            if (asked := _ASKED.match(before_colon)) is not None:
                before_colon = before_colon[asked.end() :]
            # "Ann Lee, an actress who starred in X, recalled it: “…”": Ann Lee's words
            before_colon = _SET_OFF.sub(" ", before_colon, count=1)
            if before_colon.lstrip()[:1] in ("“", '"'):
                # '“We lost,” Lee added, before correcting himself: “…”': the speaker named
                # after the first quotation, never a word inside it
                named = _speaker_after_quote(before_colon) or ""
                verb, _, who_said = named.partition(" ")
                inverted = verb.casefold() in _ATTRIBUTION_WORDS
                before_colon = _said_first(named) if inverted else named
            verb_word = _first_word(before_colon, first_verb(before_colon), len(before_colon))
            quoter = subject_of(before_colon)
            is_named = quoter is not None and (
                verb_word in _DESCRIBED
                or all(w[:1].isupper() for w in quoter.split())
                or quoter.casefold() in ("he", "she", "they", "we", "i")
                or refer.person(quoter) is not None
                # "The minister chose her words carefully: “…”": a person by their role
                or (
                    quoter.casefold().startswith("the ")
                    and len(quoter.split()) <= 4
                    and quoter.split()[-1].casefold() in _ROLES
                )
            )
            if (
                colon_speaker is None
                and quoter
                and is_named
                and verb_word not in _QUOTING
                # 'Police shot two men: "They were armed," said Tom Ray.': the quotation
                # names its own speaker after it, who is not the subject
                and _speaker_after_quote(sentence[m.end() :]) is None
            ):
                quoter = " ".join(before_colon[: first_verb(before_colon)].split())  # "U.S."
                colon_speaker = f"{quoter[:1].upper()}{quoter[1:]} said"
                cuts.append((start + m.start(), start + m.end(), "quoted"))
                leads[start + m.end()] = colon_speaker
            continue
        if (
            at.verb_before(m.start())
            and starts_clause(at.head(m.end()))
            and not _label_before_colon(sentence, m.start())
            and not _verbless_phrase_first(at.head(m.end()))
        ):
            from_here = max(m.end(), last_mark)
            if from_here not in listed_from:
                listed_from[from_here] = _LAST_LISTED_ITEM.search(sentence, from_here)
            last_and = listed_from[from_here]
            if (
                last_and
                and "," in sentence[m.end() : last_and.start()]
                and _relative_item(sentence[last_and.end() :])
            ):
                continue  # "three problems: a fridge, dirty floors, and a basin that was …"
            so_far = sentence[
                max(_piece_start(cuts, start, m.start()), m.start() - WINDOW) : m.start()
            ]
            if in_reported_clause(so_far):
                # "She added that he was not the only one: two others were …": what follows
                # the colon goes on what she said; never the article's own fact
                continue
            cuts.append((start + m.start(), start + m.end(), "clause"))
    # "While X, Y" at the start of a piece, or after "that" inside one; and a leading
    # participle phrase ("Judging by X, Y"): cut at the comma that ends them.
    starts = [start, *(b for _, b, _ in cuts)]
    attached_ends = {b for _, b, kind in cuts if kind == "attached"}
    opening_participle = False
    for m in INNER_WHILE.finditer(sentence) if _may_hold(sentence, "that") else ():
        if at.verb_before(m.start()):
            cuts.append((start + m.start(), start + m.start(1), "clause"))
            starts.append(start + m.start(1))
    for a in starts:
        while a < end and text[a] in _QUOTES:
            a += 1  # a quote opens before "While I respect the court, I ..."
        lead = SUBORDINATE.match(text, a, end) or LEADING_PARTICIPLE.match(text, a, end)
        if not lead or _first_word(text, a, end) in NOT_PARTICIPLES:
            continue
        # in the sentence, where a name's commas are masked ("Appearing before the Food,
        # Farming and Fisheries Committee, the chiefs were …": the comma after it)
        comma = sentence.find(", ", lead.end() - start, min(end, lead.end() + WINDOW) - start)
        comma = comma + start if comma >= 0 else -1
        main_clause = text[comma + 2 : min(end, comma + 2 + WINDOW)] if comma >= 0 else ""
        if comma < 0 or not (starts_clause(main_clause) or _long_subject(main_clause)):
            continue
        # the phrase up to the next comma (a split of the whole rest, at each cut, was
        # quadratic in the sentence's cuts)
        phrase_end = sentence.find(",", comma + 2 - start, end - start)
        phrase_end = phrase_end + start if phrase_end >= 0 else -1
        if is_bare_attribution(text[comma + 2 : end if phrase_end < 0 else phrase_end]):
            continue  # "Raising taxes, the report said, would ...": a gerund subject
        if a != start and _appositive_then_relative(text, comma + 2):
            continue  # "…, cancelling trains run by X, the firm that runs …": X's appositive
        if a in attached_ends and _NAME_SET_OFF.match(text, comma + 2, end):
            # "…, beating the holder, Ann Lee, 6-3 in the final": a phrase after a clause
            # opens no clause of its own; the name set off by commas is its object's
            continue
        if LEADING_PARTICIPLE.match(text, a, end) and negated(main_clause):
            continue  # "Having sold the ground, it no longer owns land": never "no longer sold"
        if has_verb(text[lead.end() : comma]) or LEADING_PARTICIPLE.match(text, a, end):
            cuts.append((comma, comma + 2, "clause"))
            # "Welcoming the findings, the minister said ...": what the subject did
            opening_participle = opening_participle or (
                a == start
                and bool(LEADING_PARTICIPLE.match(text, a, end))
                and _first_word(text, a, end) not in _PREPOSITION_ING
                and count_words(text[a:comma]) >= MIN_WORDS
            )
    # "An experienced sailor, Ada Ruiz crossed ...": a verbless description of the subject
    lead = _DESCRIPTOR.match(sentence)
    if (
        lead
        and not has_verb(lead.group(1))
        and _described(at.head(lead.end()))
        and not _apposed_before_verb(sentence, lead.end())
    ):
        cuts.append((start + lead.end(1), start + lead.end(), "clause"))
        first_kind = "descriptor"
    elif not item and (found := _subject_relative(sentence)):
        # "The lender, which is raising its rates, said ...": the subject, a relative clause
        # (or a participle phrase) about it, and the predicate, which borrows the subject
        inner, inner_kind = found
        # "The Greens, who campaigned hard, finished fifth": the predicate, no participle;
        # "X, which runs 14 hostels and a helpline, spent …": the relative clause is one
        # piece (a cut inside it left "a helpline" a fragment, and X running it unsaid)
        rel_from, rel_to = start + inner.start("rel"), start + inner.end("rel")
        cuts[:] = [c for c in cuts if c[0] != rel_to and not rel_from < c[0] < rel_to]
        cuts.append((start + inner.start(), start + inner.start("rel"), inner_kind))
        cuts.append((start + inner.end("rel"), start + inner.end(), "clause"))
        # "Fans, who filled the stand, cheered as the teams came out": the predicate is
        # too short to stand alone, so what follows it stays with it
        cuts[:] = [
            c
            for c in cuts
            if not (
                c[0] > start + inner.end()
                and count_words(text[start + inner.end() : c[0]]) < MIN_WORDS
            )
        ]
        first_kind = "subject"
    else:
        first_kind = "attached" if opening_participle else "clause"
    cuts.sort()
    # "If X, A, but B": what follows the condition is all under it ("B" alone would drop it)
    if (condition := _CONDITION.match(sentence)) is not None:
        comma = sentence.find(", ", condition.end())
        cuts = [
            c
            for c in cuts
            if comma < 0
            or c[0] - start <= comma
            or c[2] not in ("clause", "complement", "gapped")
            or ";" in sentence[c[0] - start : c[1] - start]
        ]
    # never inside a relative clause between dashes ("Insurers - who paid £4m after the
    # floods - said ..."): its claim is whole
    if " which " in sentence or " who " in sentence:
        for parenthesis in _DASHED_ASIDE.finditer(sentence):
            a, b = start + parenthesis.start("body"), start + parenthesis.end("body")
            cuts = [c for c in cuts if not a < c[0] < b]
    # never at an attribution set off right after a conjunction ("because, one told me,
    # the flat was loud"): the clause it opens is that speaker's, and the conjunction's;
    # cut, the reason would be the paper's word and "… because, one told me." a fragment
    if ", " in sentence:
        for conj_said in _CONJ_ATTRIBUTION.finditer(sentence):
            if is_bare_attribution(conj_said.group(1)):
                a, b = start + conj_said.start(), start + conj_said.end()
                cuts = [c for c in cuts if not a <= c[0] < b]
    # never inside brackets: "(one in May and one in June)" stays with its clause
    cuts = [c for c in cuts if not _in_brackets(sentence, c[0] - start)]
    # never between the sets of a score ("6-4, 7-6", "21-18, 19-21"): one result
    if "-" in sentence:
        cuts = [c for c in cuts if not _between_scores(sentence, c[0] - start, c[1] - start)]
    # never inside a quotation: a piece of it would lose its speaker ("'Prices fell, and
    # wages rose,' she said": "Prices fell." is nobody's claim)
    if '"' in sentence or "“" in sentence:
        quoted = _quoted(sentence)
        # but after "X said: “" a relative clause is cut, and its claim names X
        speaker = _speaker_before_quote(sentence, cuts, start)
        quote_at = speaker[0] if speaker else len(sentence)
        kept = [
            c
            for c in cuts
            if not quoted[c[0] - start]
            or (c[0] - start > quote_at and c[2] in ("relative", "aside"))
        ]
        for _, next_start, kind in kept:
            if speaker and kind == "relative" and quoted[next_start - start - 1]:
                leads[next_start] = speaker[1]
        cuts = kept
        # a quotation of several sentences: one piece each, naming the speaker
        stops = _quoted_stops(sentence, quoted)
        if stops:
            named_after = _speaker_after_quote(sentence)
            if named_after and _tokens(named_after)[0].casefold() in _ATTRIBUTION_WORDS:
                named_after = _said_first(named_after)  # "said the coach": "the coach said"
            who = speaker[1] if speaker else named_after or colon_speaker
            for x, y in stops:
                cuts.append((start + x, start + y, "quoted"))
                leads[start + y] = who or ""
            if named_after is not None:
                leads[start + stops[-1][1]] = ""  # it holds the attribution itself
            # the piece where the quotation opens is quoted too
            q = speaker[0] if speaker else _first_quote(sentence)
            opening = [c for c in cuts if c[1] - start <= q]
            if not opening and first_kind == "clause":
                first_kind = "quoted"
                leads[start] = named_after or ""
            elif opening and (opener := max(opening))[2] == "clause":
                at_quote = opener[1]
                earlier = [c for c in cuts if c[1] <= opener[0]]
                after_relative = bool(earlier) and max(earlier)[2] in ("relative", "aside")
                if speaker and named_after is None and after_relative and opener[1] < start + q:
                    # "Dr Ray, who led it, said: “A. B.”": the piece after the relative
                    # clause is "said: “A.": its claim is the speaker's, from the quotation
                    at_quote = start + q
                cuts[cuts.index(opener)] = (opener[0], at_quote, "quoted")
                moved = speaker is not None and at_quote != opener[1]
                leads[at_quote] = named_after or (speaker[1] if speaker and moved else "")
            cuts.sort()
    if "," in sentence:
        # "…, a figure that has barely changed since 2020": the relative clause is about
        # the figure, which sums up the clause before; a claim about "a figure" alone
        # says nothing, so the summary stays with its clause
        cuts = [c for c in cuts if not _after_summary(sentence, c[0] - start, c[2])]
    if ", " in sentence:
        _speech_participle_leads(sentence, start, cuts, leads)
    spans: list[Piece] = []
    pos, kind = start, first_kind
    for cut_from, next_start, next_kind in cuts:
        if cut_from < pos:
            continue
        spans.append(Piece(pos, cut_from, kind, leads.get(pos)))
        pos, kind = next_start, next_kind
    spans.append(Piece(pos, end, kind, leads.get(pos)))
    merged: list[Piece] = []
    carry: int | None = None  # a leading attribution, for the piece that follows
    for piece in spans:
        a, b = _trim(text, piece.start, piece.end, piece.kind == "quoted")
        bare = piece.kind != "quoted" and is_bare_attribution(text[a:b])
        # a phrase with the clause it completes stands alone ("and the volunteers")
        led = piece.kind == "complement" and bool(piece.lead)
        if merged and ((count_words(text[a:b]) < MIN_WORDS and not led) or bare):
            # too short to stand alone, or only says who said it: back into the previous one
            merged[-1].end = piece.end
            continue
        if bare and len(spans) > 1:
            carry = a if carry is None else carry
            continue
        if carry is not None and piece.kind == "attached":
            # "According to the survey, published in May, 41% …": the participle is
            # about the source it follows; it goes with the attribution to the clause
            continue
        merged.append(Piece(a if carry is None else carry, b, piece.kind, piece.lead))
        carry = None
    held: int | None = None  # a piece too short to stand alone, for the one that follows
    for n, piece in enumerate(merged):
        a, b = _trim(text, piece.start, piece.end, piece.kind == "quoted")
        # a short sentence alone ("It failed.") is still a statement; a subject is kept
        # for the pieces that borrow it
        alone = len(merged) == 1 or piece.kind == "subject"
        alone = alone or (piece.kind == "complement" and bool(piece.lead))
        if count_words(text[a:b]) >= MIN_WORDS or (alone and count_words(text[a:b]) > 0):
            if held is not None:
                a, kind = held, "clause"  # its words stay in a passage, never lost
                yield Piece(a, b, kind, None)
            else:
                own_lead = piece.lead  # a name's masked commas back as commas
                if own_lead:
                    own_lead = own_lead.replace(_MASKED_COMMA, ",")
                yield Piece(a, b, piece.kind, own_lead)
            held = None
        elif count_words(text[a:b]) > 0 and n < len(merged) - 1:
            held = a if held is None else held


def _speech_participle_leads(
    sentence: str, start: int, cuts: list[tuple[int, int, str]], leads: dict[int, str]
) -> None:
    """ "X denied it, saying A but B": the participle of speech reports both clauses, as
    "X said A but B" does; the clause cut after "but" or "and", with a subject of its
    own, borrows "X said" (alone, "B." read as the writer's word). Changes `cuts` and
    `leads` in place."""
    for k in range(len(cuts) - 1):
        a, b, kind = cuts[k]
        if kind != "attached" or _first_word(sentence, b - start, len(sentence)) not in _SPEECH_ING:
            continue
        x, y, next_kind = cuts[k + 1]
        if next_kind != "clause" or not starts_clause(sentence[y - start : y - start + WINDOW]):
            continue
        if _first_word(sentence, x - start, y - start).strip(",") not in ("and", "but"):
            continue  # "…, saying A; B" or "…, saying A. B": no longer the participle's
        begin = max((c[1] - start for c in cuts[:k] if c[1] <= a), default=0)
        clause = sentence[begin : a - start]
        subject = subject_of(clause)
        if not subject:
            continue
        said = finite(_first_word(sentence, b - start, len(sentence)), subject, is_past(clause))
        if said is None:
            continue
        cuts[k + 1] = (x, y, "complement")
        leads[y] = _unlead(said)


# Words that end a noun phrase when read backwards from a relative clause's comma.
_NP_STOP = {
    "in", "on", "at", "to", "for", "by", "from", "with", "into", "over", "under", "about",
    "than", "as", "after", "before", "since", "during", "against", "and", "or", "but",
    "of", "that", "while", "because", "although", "including", "between", "among",
}  # fmt: skip
_COPULA = {"is", "was", "are", "were", "becomes", "became", "remains", "remained"}
_PAST = {"was", "were", "had", "did"}
MAX_NP = 8  # words: a longer antecedent is more likely a wrong guess than a noun phrase
# words before a clause's first verb that may still be its subject ("Scotland's law
# setting a minimum price for a unit of alcohol averted ... and brought ...")
MAX_SUBJECT = 12


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


_OPENING_PARTICIPLE = rx.compile(r"\s*(?:born|raised|educated|trained|based|known)\s", re.I)
# "As reported by the BBC,", "As expected,", "As previously announced,": a participle
# right after "as" says how the clause is known, and has no tense of the clause's own
_AS_DONE = rx.compile(
    r"\s*as\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|known|shown|seen|said|told|written|foreseen)"
    r"(?:\s+(?:by|in|on|at|above|below|earlier|before)\b[^,;:]*)?$",
    re.I,
)
# "Asked about the cuts, she …": what she was asked, before the clause she speaks in
_ASKED = rx.compile(r"\s*(?:asked|pressed|questioned)\s[^,;:]{3,120},\s+", re.I)
# a preposition that opens a phrase before the subject ("Over the weekend, fans …")
_OPENING_PHRASE = rx.compile(
    r"\s*(?:in|on|at|over|after|before|during|despite|since|by|for|with|without|under|from)\s",
    re.I,
)


_ONE_WORD = rx.compile(r"\s*[A-Z][a-z]+")


def _sentence_adverb(word: str) -> bool:
    """Whether a capitalised word before a sentence's first comma is an adverb about the
    whole sentence ("However", "Still", "Meanwhile"), not a name ("Smith, 45, …")."""
    return _ONE_WORD.fullmatch(word) is not None and "ADV" in _readings(word.strip().casefold())


def _after_opening(clause: str) -> str | None:
    """The clause after an opening phrase without a verb ("Born in Leeds in 1938, ",
    "Over the weekend, "), or None when it has none. The comma is one a phrase ends
    with, never one inside a number ("Over 1,500 fans …")."""
    comma = clause.find(", ")
    if 0 < comma < 16 and _sentence_adverb(clause[:comma]):
        return clause[comma + 1 :]  # "Still, the firm, which …": the firm, never "Still"
    opening = _OPENING_PARTICIPLE.match(clause) or _OPENING_PHRASE.match(clause)
    if 0 < comma < 80 and opening and opening.end() + first_verb(clause[opening.end() :]) > comma:
        return _after_place(clause[comma + 1 :])
    if 0 < comma < 80 and _AS_DONE.match(clause, 0, comma) is not None:
        return clause[comma + 1 :]  # "As reported by the BBC, the plan is …": the plan is
    if (opened := _OPENING_CLAUSE.match(clause)) is not None:
        return clause[opened.end() :]  # "When the alarm sounds, he …": he
    if (
        0 < comma < 60
        and _PRONOUN_AFTER.match(clause, comma + 1)
        and _no_clause_opening(clause[:comma])
    ):
        return clause[comma + 1 :]  # "Now 79, she walks …", "A keen cyclist, he rides …"
    return None


# a personal pronoun that opens the main clause, then its verb: never one in an aside
# that reports ("Prices, he said, will rise", "… lost 3-1, she said.": one word, then a
# comma or the end)
_PRONOUN_AFTER = rx.compile(
    r"\s+(?-i:he|she|it|they|we|I)\s+(?![\w’'-]+(?:[,;:.!?]|\s*$))(?=[a-z])"
)


def _no_clause_opening(opening: str) -> bool:
    """Whether a phrase before a sentence's first comma says what the subject is or when,
    with no verb of its own ("Now 79", "A keen cyclist", "Last year"), or only a
    participle at its start or after a determiner ("Now retired", "Aged 12", "A retired
    vet"): no clause, so the pronoun after the comma is the sentence's subject."""
    at = first_verb(opening)
    if at == len(opening):
        return True
    words = _tokens(opening[:at])
    verb = _WORD.match(opening, at)
    # (after a determiner, the participle is an adjective: "A retired vet")
    return (
        len(words) <= 2
        and verb is not None
        and (verb.group().casefold().endswith("ing") or _past_participle(verb.group().casefold()))
        and all(w.casefold() in _DETERMINERS or "ADV" in _readings(w.casefold()) for w in words)
    )


# a subordinate clause that opens a sentence, then a personal pronoun, the main clause's
# subject ("When the alarm sounds, she locks the shop and runs …": she does both)
_OPENING_CLAUSE = rx.compile(
    r"\s*(?:when|whenever|once|after|before|as\s+soon\s+as)"
    r"\s[^,;:]{3,80}?,\s+(?=(?-i:he|she|they|we|I)\s)",
    re.I,
)


# the rest of a place named in an opening phrase ("Born in Enugu, Nigeria, in 1937, she
# …": Nigeria), known as one when another opening phrase or a pronoun subject follows it
_PLACE_REST = rx.compile(
    r"\s*(?:[A-Z][A-Za-z]+\s+){0,2}[A-Z][A-Za-z]+,(?=\s+(?:(?:in|on|at|during|since|from|"
    r"until|before|after)\s|(?:he|she|they|we|I)\s))"
)


def _opening_then_subject(body: str) -> bool:
    """Whether a clause opens with a participle phrase and then has its own subject
    ("Raised in Leeds in 1948, he worked …", "Asked about it, she said …"): it lacks no
    subject, whatever its first word."""
    return _after_opening(body) is not None and subject_of(body) is not None


def _after_place(rest: str) -> str:
    """The clause after an opening phrase, past the country or region its place ends with
    ("Born in Enugu, Nigeria, in 1937, she studied …": from "in 1937"), so the subject is
    the one after the whole phrase ("she"), never the country."""
    place = _PLACE_REST.match(rest)
    if place is not None:
        return rest[place.end() :]
    place = _PLACE_THEN_NAME.match(rest)
    if place is not None:  # "Born in Paris, France, Marie Dubois studied …": Marie Dubois
        named = subject_of(rest[place.end() :])
        if named and len(named.split()) <= 3 and all(w[:1].isupper() for w in named.split()):
            return rest[place.end() :]
    return rest


_PLACE_THEN_NAME = rx.compile(r"\s*(?:[A-Z][A-Za-z]+\s+){0,2}[A-Z][A-Za-z]+,(?=\s+[A-Z])")


@functools.lru_cache(maxsize=1 << 12)  # a clause is asked about again by later steps
def subject_of(clause: str) -> str | None:
    """The words of a clause before its first verb ("The new models" of "The new models
    feature ..."), when they look like a subject: a few words, not a subordinate opener."""
    main = _after_opening(clause)
    if main is not None:
        return subject_of(main)  # "Born in Leeds in 1938, Marsh studied …"
    spans: list[re.Match[str]] = []  # the words before the first verb, read as far as it
    prev = None
    for k, m in enumerate(_WORD.finditer(clause)):
        w = m.group()
        if k == 0 and w[:1].isupper() and _NAME_NEXT.match(clause, m.end()):
            spans.append(m)  # "Peter Quinn", "Rose Kemp": a name's first word, not a verb
            prev = w
            continue
        if w.casefold() in ("who", "which") and k:
            # "Peter Quinn, who chairs …": the subject ends where the relative clause opens
            return None if k > MAX_SUBJECT else _joined(clause, spans)
        if is_verb(w, prev, k == 0, spans[-2].group() if len(spans) > 1 else None) or (
            prev is not None
            and (_named_then_verb(clause, prev, m) or _verb_after_age(clause, spans, m))
        ):
            if prev is not None and (inside := _participle_phrase_end(clause, prev, m)):
                # "Flats built in the 1960s use gas": the participle and its phrase are
                # the subject's, and the verb is the one after them
                spans.extend(_WORD.finditer(clause, m.start(), inside))
                if len(spans) > MAX_SUBJECT:
                    return None
                return _joined(clause, spans)
            subject = [s.group() for s in spans]
            aside = _aside_in_subject(clause, spans)
            if aside:
                subject = subject[:aside]  # "The strikers, members of a union called …"
            opened = next((j for j in range(1, len(subject)) if "(" in _gap(clause, spans, j)), 0)
            if opened:
                subject = subject[:opened]  # "Jane Doe (Bristol East)": Jane Doe
            if [w.casefold() for w in subject[-2:]] == ["not", "only"]:
                subject = subject[:-2]  # "The storm not only flooded ...": "The storm"
            if subject and subject[0].casefold() in _TIME_PREPOSITIONS:
                # "In 2019 the council moved …", "On Tuesday police closed …": a date or a
                # place of names and figures with no comma after it; the subject follows
                past = _past_named_opening(subject)
                if past:
                    return _joined(clause, spans[past : len(subject)])
            if (
                not subject
                or len(subject) > MAX_SUBJECT
                or (subject[0].casefold() in OPENERS and not _about_a_number(subject))
            ):
                return None
            return _joined(clause, spans[: len(subject)])
        if k > MAX_SUBJECT + 2:
            return None  # a verb from here on leaves too long a subject
        spans.append(m)
        prev = w
    return None


_TIME_PREPOSITIONS = frozenset(
    {"in", "on", "at", "during", "since", "by", "after", "before", "from", "until", "across"}
)


def _past_named_opening(words: list[str]) -> int:
    """Where the subject starts after an opening preposition whose object is only names
    and figures ("In 2019", "On Tuesday", "In March 2020", "In New York"), when a
    lowercase word opens what follows ("the council", "police"); 0 when it is not so."""
    k = 1
    while k < len(words) and k <= 4 and (words[k][:1].isupper() or words[k][:1].isdigit()):
        k += 1
    if k == 1 or k >= len(words) or not words[k][:1].islower():
        return 0
    if words[k].casefold() in OPENERS or words[k].casefold() in _PHRASE_STOPS:
        return 0  # "In 2019 and 2020 …", "In March of …": the phrase goes on
    return k


# prepositions that open the phrase of a participle after a noun ("built before 1990")
_PARTICIPLE_PHRASE = frozenset(
    {"by", "in", "before", "after", "since", "from", "at", "on", "during", "for", "with",
     "under", "across", "into", "near", "over", "between", "through", "around", "outside"}
)  # fmt: skip
_PHRASE_STOPS = frozenset({"and", "or", "but", "that", "which", "who", "whose", "than", "as"})


# the past tenses of verbs of saying, which are a clause's verb after a noun
_SAYING_PAST = frozenset(
    {
        "said", "told", "reported", "added", "argued", "wrote", "insisted", "warned", "tweeted",
        "claimed", "stated", "explained", "noted", "announced", "confirmed", "commented",
        "concluded", "suggested", "admitted", "revealed", "estimated", "predicted", "stressed",
        "alleged", "acknowledged", "conceded", "asserted", "replied", "countered",
    }
)  # fmt: skip


def _participle_phrase_end(clause: str, prev: str, m: re.Match[str]) -> int:
    """Where the verb after a reduced relative starts, when the word `m` read as a verb is
    a past participle after a noun (`prev`) with a phrase led by a preposition after it,
    and then, with no comma or conjunction between, a second word that reads as a verb
    ("Flats built in the 1960s use gas", "A virus spread by mosquitoes has reached …"):
    a clause has one finite verb before its conjunctions, so the first is a participle.
    0 when not so ("Sales fell in May and rose in June": "and" comes first)."""
    w = m.group().casefold()
    if not (_past_participle(w) or w in _SAME_PAST) or w in AUX or not m.group().islower():
        return 0
    if not (prev[:1].isupper() or "NOUN" in _readings(prev.casefold())):
        return 0
    if w in _SAYING_PAST or (prev[:1].isupper() and not _readings(prev.casefold())):
        # "the USDA said in a press release": a verb of saying, or a verb after a name
        # (a reduced relative after a name is set off by commas), is the clause's own
        return 0
    found = list(_WORD.finditer(clause, m.end(), m.end() + WINDOW))
    if not found or found[0].group() not in _PARTICIPLE_PHRASE:
        return 0
    if _PHRASE_END.search(clause, m.end(), found[0].start()):
        return 0
    before = found[0].group()
    for k, n in enumerate(found[1:MAX_SUBJECT], 1):
        word = n.group()
        if word.casefold() in _PHRASE_STOPS:
            return 0
        if _PHRASE_END.search(clause, found[k - 1].end(), n.start()):
            return 0
        low = word.casefold()
        if (
            k > 1
            and word.islower()
            and (
                is_verb(word, before)
                or (before[:1].isdigit() and "VERB" in _readings(low) and low not in OPENERS)
            )
        ):
            if low not in AUX and (
                low in _SAME_PAST
                or (
                    (_past_participle(low) or _past_form(low))
                    and low not in lexicon.lemmas(low, "VERB")  # "need" is no past
                )
            ):
                # "The water burst from a main laid in 1890": a participle again, of a
                # noun of the phrase; which of the two is the verb is not sure
                return 0
            return n.start()
        before = word
    return 0


def _verb_after_age(clause: str, words: list[re.Match[str]], m: re.Match[str]) -> bool:
    """Whether the word `m` comes right after a name and the age set off by commas after
    it ("Ruth Okafor, 67, retired in May"), and reads as a verb after the name: the age
    closes its aside, so it is no number counting the word ("67 retired teachers")."""
    if len(words) < 2 or not words[-1].group().isdigit() or not words[-2].group()[:1].isupper():
        return False
    if _gap(clause, [*words, m], len(words)) != ", " or _gap(clause, words, len(words) - 1) != ", ":
        return False
    return is_verb(m.group(), words[-2].group())


_BRACKETED = rx.compile(r"\([^()]*\)")


def _verb_outside_brackets(at: _Sentence, sentence: str, x: int) -> bool:
    """Whether a verb comes before x, not counting words in brackets ("Tom Hale
    (pictured), joined in 2019": "pictured" is no verb of the sentence)."""
    if "(" not in sentence[:x]:
        return at.verb_before(x)
    return has_verb(_BRACKETED.sub(" ", sentence[:x]))


_JOINED_CLAUSE = rx.compile(r"\s(?:as|when|while|after|before|because|since|until|once)\s+", re.I)


def _clause_joined_before(sentence: str, lo: int, x: int) -> bool:
    """Whether a subordinate clause with its own subject and verb ends at x ("… as Surrey
    beat Kent"): a participle phrase after it may be about either subject."""
    for m in _JOINED_CLAUSE.finditer(sentence, lo, x):
        rest = sentence[m.end() : x]
        # a subject (a name, or a determiner and its noun) with words after it: a clause,
        # even when its verb is one `is_verb` cannot tell from a noun ("Surrey beat Kent")
        if starts_clause(rest) or (_SUBJECT_OPENS.match(rest) and count_words(rest) >= 3):
            return True
    return False


_SUBJECT_OPENS = rx.compile(r"(?:[A-Z]|(?:the|its|their|his|her|our)\s)")


def _list_then_attribution(rest: str) -> bool:
    """Whether `rest` is the end of a list with no verb of its own up to a trailing
    attribution ("Wednesday and Friday next week, the union said"): the verb `starts_clause`
    found is the attribution's, and the list goes on the clause before the comma."""
    head, comma, tail = rest.partition(", ")
    return bool(comma) and " and " in head and not has_verb(head) and is_bare_attribution(tail)


def _gap(clause: str, words: list[re.Match[str]], k: int) -> str:
    """What stands between the word before the k-th and the k-th."""
    return clause[words[k - 1].end() : words[k].start()]


def _aside_in_subject(clause: str, words: list[re.Match[str]]) -> int:
    """How many words of a subject come before an aside set off by a comma ("The
    strikers, members of a union …", "Smith, 45, …"): 0 when there is none, or when the
    commas part a list ("Sales of cars, vans and lorries")."""
    for k in range(1, len(words)):
        between = clause[words[k - 1].end() : words[k].start()]
        if between.startswith(", ") and not words[k].group()[:1].isupper():
            rest = {w.group().casefold() for w in words[k:]}
            return 0 if rest & {"and", "or"} else k
    return 0


def _joined(clause: str, words: list[re.Match[str]]) -> str:
    """Words of a clause joined by spaces, but a number keeps its separators as written
    ("2,400 workers", never "2 400 workers"), a list its commas ("bread, milk and eggs")
    and a name its ampersand or plus ("Smith & Jones", never "Smith Jones")."""
    out: list[str] = []
    for k, m in enumerate(words):
        between = clause[words[k - 1].end() : m.start()] if k else " "
        # a number's signs stay with it ("41%", "£3.5m"): dropped, the figure changes
        word = m.group()
        if m.start() and clause[m.start() - 1] in _CURRENCY_SIGNS:
            word = clause[m.start() - 1] + word
            between = between[:-1]
        if clause[m.end() : m.end() + 1] == "%":
            word += "%"
        if between in (",", ".") and out[-1][-1:].isdigit() and word[:1].isdigit():
            out[-1] += between + word
            continue
        if k and between.strip() in ("&", "+"):
            out[-1] += between + word  # a firm's name: "Marks & Spencer", "AT&T"
            continue
        if between.startswith(", ") and any(w.group() in ("and", "or") for w in words[k:]):
            out[-1] += ","
        out.append(word)
    return " ".join(out)


_CURRENCY_SIGNS = frozenset("£$€¥")


_ROUGHLY = {"about", "over", "under", "around"}


def _about_a_number(words: list[str]) -> bool:
    """Whether a subject is a rough quantity ("About 6,000 residents", "Over 1,500 fans"),
    not an opening phrase ("About the plan, ...", "Over the weekend, ...")."""
    return len(words) > 2 and words[0].casefold() in _ROUGHLY and words[1][:1].isdigit()


_DETERMINERS = {
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    "my", "your", "each", "every", "some", "any", "no",
}  # fmt: skip
# prepositions that end a chain of noun phrases ("a levy on large firms"): the relative
# clause after it may be about either noun
_CHAIN = _NP_STOP - {"of", "and", "or", "but", "that", "while", "because", "although", "as"} | {
    "near", "behind", "beside", "outside", "inside", "across", "along", "around", "beyond",
    "within", "without", "through", "towards", "toward", "below", "above", "beneath", "off",
}  # fmt: skip


# where a phrase's verb would be another clause's: ", who …", ", and four were …"
# (", believed to be …": a reduced relative clause, closed as "who" is)
_ASIDE_WHO_AT = rx.compile(r",\s+(?:who|which|whose|and|but|or|" + _REPORTED + r"\s+to)\b", re.I)
_OF_AND = {"of", "and", "or"}  # the determiner of a noun phrase comes before these
# words that make a preposition with "of" ("ahead of", "short of", "instead of"): a
# measure or a place before them ("two points ahead of X") is no noun phrase with X
_OF_PREPOSITIONS = frozenset(
    {"ahead", "short", "clear", "instead", "because", "out", "outside", "inside", "regardless",
     "irrespective"}
)  # fmt: skip
_SINGULAR_VERBS = {"is", "was", "has", "means", "makes", "gives", "puts", "leaves", "brings"}
# verbs whose subject after ", which" is what the clause before did, not its last noun
_RESULT_OF_CLAUSE = {"meant", "means", "resulted", "results"}
# ", which is normal for the species", "…, which was a first": a verdict on how usual or
# how new an event is judges the whole clause before it, never its last noun ("while the
# pair stayed in their nest box, which is normal": the staying is normal, not the box)
_EVENT_VERDICT = rx.compile(
    r"\s+(?:is|was|are|were|has\s+been|had\s+been|remains|remained|seems|seemed)\s+"
    r"(?:(?:not|quite|very|fairly|highly|extremely|so|more|less|also|still|now)\s+)*"
    r"(?:normal|common|usual|unusual|uncommon|rare|typical|atypical|routine|customary"
    r"|unprecedented|unheard|(?:a|the)\s+(?:first|record|norm|rarity))\b",
    re.I,
)
# -ing words that say what a clause means or shows, not what its subject did
# a clause that ends with a thing giving way and when or how ("The dam burst after days
# of rain"): an event, no deed of the thing, with no object after the verb
_GAVE_WAY = rx.compile(
    r"\b(?:collapsed|burst|gave\s+way|caved\s+in|exploded|erupted|overflowed|overturned|"
    r"capsized|derailed|sank|caught\s+fire|broke\s+down|broke\s+apart|failed)"
    r"(?:\s+(?:in|on|at|after|before|during|when|while|overnight|early|late|last|this|"
    r"suddenly|without|under)\b[^,;:\"“”]*)?$",
    re.I,
)


def _after_giving_way(before: str) -> bool:
    """Whether the clause before a participle ends with something giving way, then only
    when or how ("The wall collapsed in May" before ", flooding 600 homes"): what the
    participle tells is the event's result, not the thing's deed."""
    return _GAVE_WAY.search(before) is not None


_RESULT_ING = {
    "meaning", "implying", "suggesting", "indicating", "signalling", "signaling", "resulting",
    "amounting",
}  # fmt: skip
_A_QUANTITY = (
    r"(?:(?:only|just|some|about|around|roughly|nearly|almost|over|under|barely|a\s+further"
    r"|another|(?:fewer|more|less)\s+than|at\s+least|up\s+to)\s+)?"
    r"(?:\d(?:[\d,.]*\d)?(?![\d,.]*\d)%?"  # "3,000" whole, never "3" before its comma
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|dozens|hundreds|thousands|millions"
    r"|half|(?:a|one)\s+(?:half|third|quarter|fifth|tenth|hundred|thousand|million))\b"
)
# "…, leaving 90 staff (at the plant)": a count of what remains, with no state after it
# ("leaving 14 wards short" says what the deed did to them); "…, representing 8% of …",
# "…, accounting for a third of …": the share the deed's number is
_LEFT_OVER = rx.compile(
    r"\s*(?:leaving\s+(?:behind\s+)?" + _A_QUANTITY + r"(?P<noun>(?:\s+[a-z][\w’'-]*){0,3}?)"
    r"\s*(?:[,;.]|$|\s+(?:at|in|on|across|behind|still|remaining)\b)"
    r"|(?:representing|accounting\s+for)\s+" + _A_QUANTITY + r")",
)


def _left_over(sentence: str, at: int) -> bool:
    """Whether the participle at `at` says how much the clause before it leaves over or
    amounts to, not a deed of that clause's subject: "…, leaving 90 staff at the plant"
    (the firm did not leave them; the cut did), "…, representing 8% of its workforce"."""
    found = _LEFT_OVER.match(sentence, at)
    if found is None:
        return False
    for word in (found.group("noun") or "").split():
        readings = _readings(word.casefold())
        if "NOUN" not in readings or "ADJ" in readings:
            return False  # "leaving 14 wards short", "… 300 homes without power": its deed
    return True  # "…, leaving 90", "… 90 staff", "…, representing a third of its staff"


# "…, a practice from Glasgow, which won …": an appositive whose only verb is in the
# relative clause after it, no clause of its own
_APPOSED_THEN_RELATIVE = rx.compile(
    r"\s*(?:an?|the)\s[^,;:—–()\"“”]{1,80}?,\s+(?:which|who|whose)\b", re.IGNORECASE
)
_BY_PLACE = {"in", "at", "on", "by", "near", "from", "since", "for"}


# a name of one to four capitalised words, closed by a comma ("Ann Lee, ", "Real Madrid, ")
_NAME_SET_OFF = rx.compile(r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,\s")


def _appositive_then_relative(sentence: str, at: int) -> bool:
    """Whether a noun phrase with no verb of its own, then a relative clause, starts at
    `at` ("…, a practice from Glasgow, which won …"; "a firm founded in 1990, who"): an
    appositive and a clause about it, not a clause of its own ("the council approved the
    plan, which …" has its verb)."""
    m = _APPOSED_THEN_RELATIVE.match(sentence, at)
    if m is None:
        # "…, the operator that carries 400,000 people a day": its verb is the clause's
        if _first_word(sentence, at, len(sentence)) not in ("a", "an", "the"):
            return False
        close = _PHRASE_END.search(sentence, at, at + WINDOW)
        return _verb_in_relative(sentence[at : close.start() if close else at + WINDOW])
    words = [w.casefold() for w in _tokens(m.group())[:-1]]
    for k, w in enumerate(words[1:], 1):
        if not has_verb(w):
            continue
        # "founded in 1990", "based in Leeds": a participle about the noun before it
        if not (w.endswith("ed") or w in IRREGULAR_PAST) or words[k + 1 : k + 2] == []:
            return False
        if words[k + 1] not in _BY_PLACE:
            return False
    return True


_LAST_SEMICOLON_ITEM = rx.compile(r";\s+(?:and|or)\s+[^;:]+$", re.I)


# a clause that leaves its verb to the clause before ("bank details were not", "so did
# the board", "neither had the mayor"), up to a comma or the sentence's end
_ELLIPTICAL = rx.compile(
    r"(?:(?:so|neither|nor)\s+(?:was|were|is|are|did|does|do|has|have|had)\s+[^,;:.!?]{1,60}"
    r"|(?:[\w’'-]+\s+){1,5}?(?:was|were|is|are|did|does|do|has|have|had|could|would|will"
    r"|can|should|might|must)(?:\s+not|n[’']t)?(?:\s+(?:too|either|also|yet))?)\s*(?=[,;.!?]|$)",
    re.I,
)


# a relative clause of a pronoun, maybe an adverb, and an auxiliary alone ("…, who then
# wasn't.", "…, which it did not", "…, who never has"): its verb phrase is the clause's
# before it, unsaid; cut off, it says nothing ("Lee then wasn't.")
_ELLIPTICAL_RELATIVE = rx.compile(
    r"(?:who|which)\s+(?:(?:then|never|still|also|not|later|now|it|he|she|they)\s+){0,2}"
    r"(?:was|were|is|are|did|does|do|has|have|had|could|would|will|can|should|might|must)"
    r"(?:\s+not|n[’']t)?\s*(?=[,;.!?\"”]|$)",
    re.I,
)


def _semicolon_list(sentence: str, y: int) -> bool:
    """Whether the ";" before y separates the items of a list, not two clauses: the
    sentence ends "; and X", and every item from y on has no verb ("her husband, Erik, a
    geologist; their two sons; and five grandchildren")."""
    last = _LAST_SEMICOLON_ITEM.search(sentence, y)
    if last is None:
        return False
    items = re.split(r";\s+(?:(?:and|or)\s+)?", sentence[y:].rstrip(" .!"), flags=re.I)
    return all(item and not has_verb(item) for item in items)


_CONJUNCTION_NEXT = rx.compile(r",\s+(?:and|but)\s", re.I)


# "…, both cities he loved, …", "…, two people she trusted": a noun phrase whose relative
# clause has no "that" (a subject pronoun right after its noun), set after a comma: it says
# what the noun before it was, and is no clause of its own
_CONTACT_APPOSITION = rx.compile(
    r"(?:an?|one|the|both|all|each|some|many|several|two|three|four|five|six|seven|eight"
    r"|nine|ten)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*\s+(?:he|she|they|we|I|you)\s",
    re.I,
)


# words after "a" that count the plural after them ("a few workers said"): no head noun
_COUNTING = {
    "few", "dozen", "couple", "hundred", "thousand", "million", "billion", "score", "number",
    "handful", "lot", "majority", "minority", "third", "quarter", "half", "pair", "group",
    "team", "crowd", "host", "series", "range", "variety", "total", "further", "other",
    "additional", "great", "good", "small", "large",
}  # fmt: skip


_RELATIVE_OPENS = rx.compile(r"\b(?:that|which|who|whose|where)\b", re.I)


def opens_relative(text: str) -> bool:
    """Whether `text` opens with a relative pronoun ("who", "which", "whose", "that")."""
    return _first_word(text, 0, len(text)).casefold() in ("who", "which", "whose", "that")


def _name_then_appositive(sentence: str, x: int, y: int) -> str | None:
    """The name that ends the clause before the comma at x when what follows it is an
    indefinite noun phrase with no verb of its own before any relative clause ("… moved
    to Hale Street, a road of warehouses that once held a brewery"): the phrase says
    what the name is. None after "of" ("the head of Axa Ltd, a lawyer who": whose?) or
    when the name opens the clause (its subject)."""
    if _first_word(sentence, y, len(sentence)).casefold() not in ("a", "an"):
        return None
    before = sentence[max(0, x - 120) : x]
    name = _name_at_end(before)
    if name is None or name.casefold().startswith("the "):
        return None
    head = before[: len(before) - len(name)].rstrip()
    if not head or _WORD_BEFORE.search(head) is None or not has_verb(head):
        return None
    prev = _WORD_BEFORE.search(head)
    if prev is None or prev.group(1).casefold() in ("of", "and", "or", "&"):
        return None
    rest = sentence[y : y + WINDOW]
    inner = _RELATIVE_OPENS.search(rest)
    own = rest[: inner.start()] if inner else rest
    # a word that may be a plural noun ("arches", "warehouses") is one in a noun phrase
    if _PHRASE_END.search(own) or has_sure_verb(own):
        return None
    return name


def _verbless_phrase_first(text: str) -> bool:
    """Whether `text` opens with a phrase closed by a comma with no verb, which no subject
    and aside read ("two inches thick, from pigs reared nearby"): a description of what
    the clause before a colon names, not a clause, whatever verb comes later."""
    first = _PHRASE_END.search(text, 0, WINDOW)
    if first is None or text[first.start()] != ",":
        return False
    if has_verb(text[: first.start()]) or _subject_aside_then_verb(text[:WINDOW]):
        return False
    # "in the end, the council won": an opening phrase, then its clause
    return not (
        _first_word(text, 0, first.start()).casefold() in OPENERS
        and starts_clause(text[first.end() :])
    )


_CONTACT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})


def _noun_then_pronoun_verb(rest: str) -> bool:
    """Whether `rest` opens with "the" or "a", a few words ending in a noun that is no
    time, then a subject pronoun and its verb ("the best thing I have eaten", "a car
    they rarely use"): a noun phrase with a relative clause without "that", not a
    clause; "the next day we left" opens with a time, and is one."""
    found = _tokens(rest[:80])
    if len(found) < 4 or found[0].casefold() not in ("the", "a", "an"):
        return False
    for k in range(2, min(5, len(found) - 1)):
        head, pronoun, verb = found[k - 1], found[k].casefold(), found[k + 1]
        if has_verb(head) or not head.islower():
            return False
        if pronoun in _CONTACT_PRONOUNS:
            return (
                "NOUN" in _readings(head)
                and head not in _TIME_NOUNS
                and (verb.casefold() in AUX or is_verb(verb, pronoun))
            )
    return False


def _contact_relative(sentence: str, y: int) -> bool:
    """Whether what follows the comma at y is a singular noun phrase opened by "a", "an"
    or "one" whose noun a plural noun and its verb follow, with no "that" between ("…, a
    problem doctors call triage", "…, a step critics had urged"): a noun phrase with its
    relative clause, summing up the clause before it, which it stays with. "A" never
    opens a plural subject, so the plural is the relative clause's own subject."""
    found = _tokens(sentence[y : y + 80])
    if len(found) < 4 or found[0].casefold() not in ("a", "an", "one"):
        return False
    for k in range(2, min(4, len(found) - 1)):
        head, plural, verb = found[k - 1], found[k], found[k + 1]
        if not (head.islower() and plural.islower() and verb.islower()):
            return False
        if any(w.casefold() in _COUNTING for w in found[1:k]):
            return False  # "a few workers say": a count, then its subject's verb
        if (
            "NOUN" in _readings(head)
            and not _plural(head)
            and _plural(plural)
            and (verb in AUX or is_verb(verb, plural))
        ):
            return True
    return False


def _summary_aside(sentence: str, y: int) -> bool:
    """Whether what follows the comma before y is a noun phrase without a verb, closed by
    a comma and "and"/"but" ("volumes fell 3%, the first fall in a year, and shares
    dropped"): an aside about the clause before it, which it stays with, not a clause."""
    if _first_word(sentence, y, len(sentence)) not in _DETERMINERS:
        return False
    close = _PHRASE_END.search(sentence, y, y + WINDOW)
    if close is None or not _CONJUNCTION_NEXT.match(sentence, close.start()):
        return False
    return _verbless(sentence[y : close.start()])


# a determiner before a figure: the figure is in the noun phrase ("its 51 seats")
_OF_THE = {"its", "their", "his", "her", "our", "the"}
# prepositions that take a gerund as their object ("of reaching", "for mending")
_GERUND_AFTER = {"of", "for", "without", "by"}


# a gerund after a preposition, the last phrase before a comma ("by opening late")
_GERUND_BEFORE = rx.compile(r"\b(?:by|without|through)\s+[a-z]{2,}ing\b[^,;:()]*$", re.I)
# words between "of" and its figure ("of up to £5,000", "of more than 300", "of at least 40")
_AMOUNT_WORDS = {
    "up", "to", "about", "around", "nearly", "almost", "roughly", "some", "over", "under",
    "more", "less", "fewer", "than", "at", "least", "most", "as", "much", "many", "just",
    "approximately", "an", "average", "estimated", "between",
}  # fmt: skip


def _of_amount(words: list[str], k: int) -> bool:
    """Whether the figure words[k] is the object of an "of" after a noun, perhaps behind
    words that bound it ("payments of up to £5,000", "a fall of about 3%"): a measure
    inside the noun phrase, no figure said of it."""
    j = k - 1
    while j > 0 and words[j].casefold() in _AMOUNT_WORDS:
        j -= 1
    return j > 0 and words[j].casefold() == "of" and not words[j - 1][:1].isdigit()


def _verbless(phrase: str, tenseless: bool = False) -> bool:
    """Whether a phrase has no verb but participles used as adjectives between a
    determiner or a number and their noun ("with four spoilt ballots"; not "with some
    towns cut off"), and no figure after its noun. `tenseless`: the phrase follows "with",
    which takes no clause with a tense, so a word in -s that may be a noun is a plural
    noun there ("with hardship grants of …"), never a verb in the present."""
    words = _tokens(phrase)
    if any(
        w[:1].isdigit()
        and words[k - 1].casefold() not in _OF_THE
        and not words[k - 1][:1].isdigit()
        and not _of_amount(words, k)
        for k, w in enumerate(words[2:], 2)
    ):
        # "with the average 0.8C above normal": a figure said of the noun ("with 31 of
        # its 51 seats": a figure inside the noun phrase, after "its", says nothing of it)
        return False
    noun_at = -1  # the noun a participle before it describes
    for k, w in enumerate(words):
        if k and w.endswith("ing") and "VERB" in _readings(w.casefold()):
            if words[k - 1].casefold() in _GERUND_AFTER:
                continue  # "with the aim of reaching Europe": a noun, the aim's
            return False  # "with the bank's value dropping": a clause without its tense
        if k == noun_at or not is_verb(w, words[k - 1] if k else None, first=k == 0):
            continue
        if tenseless and k and w.endswith("s") and "NOUN" in _readings(w.casefold()):
            continue
        before = words[k - 1].casefold() if k else ""
        after = words[k + 1].casefold() if k + 1 < len(words) else ""
        counted = before in _DETERMINERS or before[:1].isdigit() or before in _OBJECT_START
        if not (counted and "NOUN" in _readings(after) and after not in _BY_PLACE):
            return False
        noun_at = k + 1
    return True


_THEN_SUBORDINATE = rx.compile(
    r",\s+(?:after|before|when|as|because|since|while|although|though|until|once)\s", re.I
)


def _appositive_then_subordinate(sentence: str, at: int) -> bool:
    """Whether a noun phrase with no verb, then a comma and a subordinate clause, starts
    at `at` ("closed on 356, a lead of 142, after Root made a century"): the phrase adds
    to the clause before it; the subordinate clause's verb is no verb of its own."""
    if _first_word(sentence, at, len(sentence)) not in ("a", "an", "the"):
        return False
    close = _PHRASE_END.search(sentence, at, at + WINDOW)
    if close is None or _THEN_SUBORDINATE.match(sentence, close.start()) is None:
        return False
    phrase = sentence[at : close.start()]
    if any(w[:1].isupper() for w in _tokens(phrase)[1:]):
        return False  # "…, the Greens 50 seats, while …": a clause whose verb is gapped
    # "the deepest cut in its history": after a superlative, "cut" is a noun
    ranked = any(_ranks(w.casefold()) for w in _tokens(phrase)[1:3])
    return not _finite_verb(phrase) and (ranked or not has_verb(phrase))


_APPOSED_TAIL = rx.compile(
    r"(?P<name>.*[A-Z][\w’'-]*),\s+(?P<described>(?:an?|the)\s[^,;:—–()\"“”]+|"
    r"[\w-]+(?:'s|’s)\s[^,;:—–()\"“”]+)$"
)


def _name_at_end(text: str) -> str | None:
    """The name that ends `text`, its capitalised words with "of" between them and a "The"
    before them ("The Carrow Fell Action Group", "Tom Reed"); None past MAX_NP words."""
    found = _tokens(text[-120:])
    k = len(found)
    while k > 0 and (
        found[k - 1][:1].isupper()
        or (found[k - 1] == "of" and k < len(found))
        or (_PARTICLE_WORD.fullmatch(found[k - 1]) is not None and k < len(found))
    ):
        k -= 1
    while k < len(found) and found[k] == "of":
        k += 1  # "of" opens no name
    if k > 0 and found[k - 1].casefold() == "the":
        k -= 1
    name = found[k:]
    return " ".join(name) if name and len(name) <= MAX_NP else None


def _apposition(clause: str) -> tuple[str, str] | None:
    """The name and the appositive that end `clause` ("… hired Tom Reed, a lawyer from
    Derby" gives "… hired Tom Reed" and "a lawyer from Derby"), or None. A relative
    clause after it is about the person or thing the name and the appositive both name."""
    comma = clause.rfind(",")
    if comma < 0 or len(clause) - comma > 80:
        return None
    m = _APPOSED_TAIL.match(clause, max(0, clause.rfind(",", 0, comma) + 1))
    if m is None or len(_tokens(m.group("described"))) > MAX_NP:
        return None
    if not clause[: m.start("name")].strip(" “\"'‘") and _sentence_adverb(m.group("name")):
        return None  # "Meanwhile, the bakery, which …": an adverb, no name
    return m.group("name"), m.group("described")


def _plural_then_singular(clause: str, sentence: str, after: int) -> bool:
    """Whether "which" at `after` follows a plural noun and takes a singular verb ("400
    people, which makes it the largest employer"): it is about the clause, not the noun."""
    noun = _tokens(clause[-40:])[-1:]
    verb = _NEXT_WORD.match(sentence, after)
    if not noun or verb is None:
        return False
    n = noun[0].casefold()
    plural = n == "people" or (n.endswith("s") and not n.endswith(("ss", "us", "is")))
    return plural and verb.group(1).casefold() in _SINGULAR_VERBS


def _conjunct_before(found: list[str], k: int) -> int | None:
    """How many words before `found[k]` ("and" or "or") make the first noun phrase of a
    coordination ("Ann Holt", "the Alpha"): names, nouns, adjectives, numbers, back to a
    determiner, a preposition or a verb. None when no noun phrase ends there ("rose and")."""
    n = 0
    while k - n - 1 >= 0 and n < MAX_NP:
        w = found[k - n - 1]
        c = w.casefold()
        prev = found[k - n - 2] if k - n >= 2 else None
        if c in _CHAIN and n and prev is not None and not is_verb(prev, None):
            return None  # "a teacher from Leeds and her pupil": the teacher and the pupil?
        if c in _NP_STOP or c in _CHAIN or c in _COPULA:
            break
        named = w[:1].isupper() or c[:1].isdigit() or c in _DETERMINERS
        if not named and (not _readings(c) & {"NOUN", "ADJ"} or is_verb(w, prev)):
            break  # "… rose and B": a verb, no noun phrase before "and"
        n += 1
        if c in _DETERMINERS:
            break  # "the Alpha": the phrase starts at its determiner
    return n or None


# a relative clause about every item of "A and B" ("who both …", "which were …")
_ABOUT_ALL = rx.compile(
    r"(?:who|which)\s+(?:both|all|each|jointly|together|were|are|have)\b|.*\brespectively\b",
    re.I | re.S,
)


# a parenthesis of words that ends a clause, after a word: "Mara (Ana Roe)" (with a
# figure or a citation in it, "allies (2.67)", the noun phrase is unsure: as before)
_ENDS_IN_BRACKETS = rx.compile(r"(?<=\w)\s*\([^()\d]{1,80}\)\s*$")


def _own_noun(word: str) -> bool:
    """Whether a noun phrase after "of" opening with this word names a thing of its own
    ("of the season", "of Leeds"), not a kind ("an expression of concern")."""
    return word.casefold() in _DETERMINERS or word[:1].isupper()


def _modified(found: list[str], k: int) -> bool:
    """Whether the word at k follows a determiner and one or two words that can only
    modify a noun there ("the ninth", "a newly", "the most recently")."""
    j = k - 1
    while j >= max(0, k - 2) and _modifier_only(found[j].casefold()):
        j -= 1
    return j < k - 1 and j >= 0 and found[j].casefold() in _DETERMINERS


def _modifier_only(c: str) -> bool:
    found = _readings(c)
    return bool(found & {"ADJ", "ADV"}) and "VERB" not in found


# a possessive ("bank's", "banks'"): the noun phrase after it is owned by it
_POSSESSIVE_WORD = rx.compile(r"\w(?:[’']s|s[’'])$")


def _placed_after(clause: str, named: str) -> bool:
    """Whether `named`, which ends the clause, is a name other than a person's after a
    preposition of place or company ("a dealer in Paris", "Ann Holt of the Greens in
    Leeds"): what "who" then says is about someone before it, whom the words do not
    single out."""
    words = named.split()
    if not words or not all(w[:1].isupper() for w in words) or refer.person(named) is not None:
        return False
    before = _tokens(clause[: len(clause.rstrip()) - len(named)])
    if len(before) >= 3 and before[-2].casefold() in _MEASURE_UNITS:
        # "three points behind Rangers, who won": a measure is no one; "who" is Rangers
        return False
    return bool(before) and before[-1].casefold() in _CHAIN


# nouns a distance or a gap is counted in ("two points clear of", "a minute behind")
_MEASURE_UNITS = frozenset(
    {"point", "points", "place", "places", "goal", "goals", "run", "runs", "shot", "shots",
     "stroke", "strokes", "length", "lengths", "second", "seconds", "minute", "minutes",
     "hour", "hours", "day", "days", "week", "weeks", "year", "years", "mile", "miles",
     "metre", "metres", "meter", "meters", "yard", "yards", "vote", "votes", "seat", "seats",
     "game", "games", "win", "wins", "lap", "laps", "spot", "spots"}
)  # fmt: skip


# a relative pronoun, then adverbs, then its verb ("which now range", "that is")
_RELATIVE_VERB = rx.compile(r"\W*(?:which|that)\s+(?:(?:now|still|also|\w+ly)\s+)?([a-z]+)\b", re.I)
_SINGULAR_FORMS = {"is", "was", "has", "does"}
_PLURAL_FORMS = {"are", "were", "have", "do"}


def _relative_number(rel: str) -> bool | None:
    """Whether the verb of a relative clause is plural (True: "which range", "that are"),
    singular (False: "which ranges", "which is"), or does not tell (None: "which rose",
    "which will")."""
    found = _RELATIVE_VERB.match(rel)
    if found is None:
        return None
    verb = found.group(1).casefold()
    if verb in _SINGULAR_FORMS or verb in _PLURAL_FORMS:
        return verb in _PLURAL_FORMS
    lemmas = lexicon.lemmas(verb, "VERB")
    if not lemmas or verb.endswith("ed") or verb in IRREGULAR_PAST:
        return None
    if verb in lemmas:
        return True  # the plain form: "range"
    if verb.endswith("s") and (verb[:-1] in lemmas or verb[:-2] in lemmas):
        return False  # "ranges", "reaches"
    return None


def antecedent_of(clause: str, who: bool, rel: str = "") -> str | None:
    """What a relative clause after `clause` is about: the whole noun phrase that ends it
    ("the paper" in "... retract the paper, which ..."; "The Chamber of Commerce", its
    `of`-complements and a name as one unit); for "who" after a copula ("X is a
    midfielder, who ..."), the clause's subject. None when unsure: after a chain of
    noun phrases ("a levy on large firms, which": the levy or the firms?)."""
    if _measure_before(clause):
        return None  # "every 70 years, which …": about the whole clause
    if (bracketed := _ENDS_IN_BRACKETS.search(clause)) is not None:
        # "it follows Mara (Ana Roe), who …": the noun phrase with its brackets, as
        # written; their words run into it would make up a name ("Mara Ana Roe")
        named = antecedent_of(clause[: bracketed.start()], who, rel)
        return None if named is None else f"{named} {bracketed.group().strip()}"
    apposed = _apposition(clause)
    if apposed is not None:
        # "Tom Reed, a midfielder, who …": the appositive and the name are one referent,
        # and the name says who; "X, a lawyer from Derby, who …": X or Derby? unsure
        name, described = apposed
        if any(w.casefold() in _CHAIN for w in _tokens(described)):
            return None
        return _name_at_end(name)
    cut = clause.rfind(",")
    # "small, dark prints, which": two adjectives of one noun; the phrase runs on past
    # their comma, which the antecedent keeps ("small, dark prints")
    paired = None
    if cut > 0 and _coordinate_adjectives(clause, cut, cut + 2):
        after = _WORD_THEN_WORD.match(clause, cut + 2)
        first = _WORD_BEFORE.search(clause, 0, cut)
        if after is not None and first is not None:
            paired = (first.group(1), after.group(1))
            cut = clause.rfind(",", 0, cut)
    found = _tokens(clause[cut + 1 :])  # the antecedent ends the last phrase
    tail: list[str] = []
    joined = False  # a coordination ("A and B") was taken in
    k = len(found) - 1
    while k >= 0:
        w = found[k]
        c = w.casefold()
        before = found[k - 1] if k >= 1 else None
        if c == "of" and tail and k >= 1 and found[k - 1].casefold() in _OF_PREPOSITIONS:
            break  # "two points ahead of Castlebury, who": the noun after the preposition
        if c == "of" and tail and k >= 1:
            tail.insert(0, w)  # "the head of the agency": one noun phrase
            k -= 1
            continue
        # right before the relative pronoun, "bills" or "rates" is a noun, not a verb
        last = k == len(found) - 1 and _verb_class(c) != ALWAYS
        # after a determiner, an -ed word is an adjective ("a collapsed deal")
        modifier = c.endswith("ed") and before is not None and before.casefold() in _DETERMINERS
        # a compound before a noun is an adjective too ("alcohol-related harm")
        modifier = modifier or (c.endswith("ed") and "-" in c and bool(tail))
        # so is a participle after a determiner and its adjectives or adverbs ("the ninth
        # named storm", "a newly built bridge"): no verb comes between "the" and its noun
        modifier = modifier or (bool(tail) and _past_participle(c) and _modified(found, k))
        verb = not last and not modifier and is_verb(w, before, first=k == 0)
        # "to reduce weather-related delays": an infinitive ends the noun phrase too
        infinitive = before is not None and before.casefold() == "to" and "VERB" in _readings(c)
        verb = verb or (bool(tail) and infinitive)
        restrictive = rel[:4].casefold() == "that"  # "A and a deal that …": the deal
        apart = not any(t.casefold() in _DETERMINERS for t in tail[1:])  # "and ordered a …"
        if c in ("and", "or") and tail and not joined and apart and not restrictive:
            # "won by Ann Holt and Ben Cross, who …", "the Alpha and Beta ferries, which
            # …": the relative clause is about both, never the last one alone
            other = _conjunct_before(found, k)
            if other is None:
                return None  # "… rose and Ben Cross, who": unsure, the clause stays whole
            # "the Alpha and Beta ferries": one head noun, so both; "a man and a woman,
            # who …": both only when the relative clause says so ("who were …")
            shared = (
                len(tail) >= 2
                and tail[-1].islower()
                and tail[0].casefold() not in _DETERMINERS
                and (found[k - 1][:1].isupper() or "NOUN" not in _readings(found[k - 1].casefold()))
            )
            if not shared and not _ABOUT_ALL.match(rel):
                return None  # "thanked the coach and the fans, who sang": unsure
            tail[:0] = [*found[k - other : k], w]
            joined = True
            k -= other + 1
            continue
        if c in _NP_STOP or c in _CHAIN or verb:
            if who and c in _COPULA:
                return subject_of(clause)
            noun = before is not None and (
                "NOUN" in _readings(before.casefold()) or before[:1].isupper()
            )
            # ("the head of a charity for children, who": a person, the nearest noun)
            if c in _CHAIN and noun and not who and before is not None and not is_verb(before):
                return None  # a noun, a preposition, a noun: which one is meant?
            break
        # "the Elm polling station", "a parking fee": an -ing word between a determiner
        # or a name and the noun is part of the noun phrase
        inside = (
            before is not None
            and (
                before.casefold() in _DETERMINERS
                or before[:1].isupper()
                or _POSSESSIVE_WORD.search(before) is not None  # "the bank's forecasting record"
            )
            and tail[:1] != []
            and tail[0].casefold() not in _DETERMINERS
        )
        if w[:1].isdigit() and tail and before is not None and before.casefold() in _DETERMINERS:
            tail[:0] = [before, w]  # "the 2022 report": a year between its determiner and it
            k -= 2
            break
        if w[:1].isdigit() or (
            c.endswith("ing") and c not in NOT_PARTICIPLES and tail and not inside
        ):
            break  # "£12 million repairing the bridge": the phrase starts after these
        tail.insert(0, w)
        k -= 1
    if k >= 0 and tail and _POSSESSIVE_WORD.search(found[k]) is not None:
        return None  # "the bank's …": the phrase has an owner it would lose
    after_verb = k >= 0 and (found[k].casefold() in _COPULA or is_verb(found[k], None))
    adjective = bool(tail) and tail[-1].islower() and "ADJ" in _readings(tail[-1])
    if after_verb and not who and len(tail) <= 2 and adjective:
        return None  # "... were white, which limits ...": about the clause, not a noun
    # the phrase starts at its determiner ("spend it on the Old Mill Bridge")
    first_of = next((i for i, w in enumerate(tail) if w.casefold() in _OF_AND), len(tail))
    dets = [i for i in range(first_of) if tail[i].casefold() in _DETERMINERS]
    if dets:
        tail = tail[dets[-1] :]
    while tail and (tail[0].casefold() == "of" or _readings(tail[0].casefold()) == {"ADV"}):
        tail = tail[1:]  # "particularly cheap gin": the noun phrase starts after the adverb
    if not tail or len(tail) > MAX_NP or tail[-1].casefold() in _DETERMINERS:
        return None
    lowered = [w.casefold() for w in tail]
    at = next(
        (i for i in range(1, len(tail) - 1) if lowered[i] == "of" and _own_noun(tail[i + 1])), 0
    )
    if rel and not who and at:
        # "the ninth storm of the season, which began in May": the storm or the season?
        # Either may be meant when the noun after "of" is one of its own (a determiner, a
        # name); "an expression of concern, which" is one; so is a name ("the Bank of
        # England")
        head = tail[at - 1]
        opens = at == 1 and clause.lstrip().startswith(head)
        if head[:1].islower() or (opens and "NOUN" in _readings(head.casefold())):
            return None  # ("Residents of Pine Road, which": a capital that opens the sentence)
    if rel and not who and "of" in lowered[1:-1]:
        # "the upper end of analysts' forecasts, which range from …": a verb whose number
        # fits only one of the two nouns says which the clause is about; a verb that does
        # not tell ("which rose") leaves it unsure, and the clause stays whole
        of_at = len(lowered) - 1 - lowered[::-1].index("of")
        owner, owned = tail[of_at - 1], tail[-1]
        if owner.islower() and owned.islower() and _plural(owner) != _plural(owned):
            number = _relative_number(rel)
            if number is None:
                return None
            if number == _plural(owned):
                return _as_written(clause, tail[of_at + 1 :])
    if who and "of" in lowered:
        named = " ".join(tail[len(lowered) - lowered[::-1].index("of") :])
        if refer.person(named) is not None:
            return None  # "the 2011 trial of Senator Ann Dill, who was acquitted": the trial?
    if paired is not None:
        tail = [
            f"{w}," if (w, tail[i + 1] if i + 1 < len(tail) else None) == paired else w
            for i, w in enumerate(tail)
        ]
    return _as_written(clause, tail)


def _as_written(clause: str, words: list[str]) -> str:
    """The words of a noun phrase taken from `clause`, joined as the clause writes them
    where an ampersand joins two ("Halden & Moss", "AT&T": the words alone would rename
    the firm "Halden Moss"); with spaces elsewhere."""
    if "&" not in clause or not words:
        return " ".join(words)
    joins = r"\s*&\s*|\s+"
    # the last match: the phrase ends the clause
    found = list(re.finditer(f"(?:{joins})".join(map(re.escape, words)), clause))[-1:]
    return " ".join(found[0].group().split()) if found else " ".join(words)


def is_past(clause: str) -> bool:
    # read as far as the first verb and three words on, after any opening phrase
    found = _WORD.finditer(_after_opening(clause) or clause)
    prev = before = None
    for k, m in enumerate(found):
        w = m.group()
        if is_verb(w, prev, k == 0, before):
            c = w.casefold()
            if c in ("has", "have"):  # "has (quietly) closed": done
                rest = [t.group().casefold() for t in itertools.islice(found, 3)]
                then = next((t for t in rest if "ADV" not in _readings(t)), "")
                return then.endswith("ed") or then in IRREGULAR_PAST
            if c in _PAST or c in IRREGULAR_PAST or c.endswith("ed"):
                return True
            # "swept", "sank": a past form the lexicon knows
            return any(lexicon.verb_form(m, "VBD") == c for m in lexicon.lemmas(c, "VERB"))
        before, prev = prev, w
    return False


_PROGRESSIVE = rx.compile(r"\b(?:is|are|was|were|am|be|been)\s+[a-z]{2,}ing\b", re.I)


def _progressive_lead(clause: str) -> str | None:
    """The subject and auxiliary of a progressive clause ("Adjusters are" of "Adjusters
    are inspecting homes"), which a second -ing predicate after a comma borrows; None
    when the clause does not open with them."""
    subject = subject_of(clause)
    found = _tokens(clause)
    k = len(subject.split()) if subject else 0
    if not k or k + 1 >= len(found) or _plural_read_as_verb(clause):
        return None
    aux, then = found[k].casefold(), found[k + 1].casefold()
    if aux not in ("is", "are", "was", "were") or not then.endswith("ing"):
        return None
    return f"{subject} {found[k]}"


# a verb whose subject's words a quotation after a colon gives ("The farmer described the
# scene: “…”"), beside a person's name
_DESCRIBED = {
    "described", "recalled", "explained", "recounted", "remembered", "summed", "put",
    "told", "wrote", "added", "warned", "insisted", "admitted", "said", "says",
}  # fmt: skip


# verbs of giving someone else's words ("Tom Ray quoted Ann Lee: “…”", "She cited his text
# message: “…”", "He read out her letter: “…”", "He shared her post: “…”"): the quotation
# after the colon is not the subject's, so it stays with the clause that says whose it is,
# as written
_QUOTING = {
    "quoted", "quotes", "quote", "quoting", "cited", "cites", "cite", "citing", "read",
    "reads", "recited", "recites", "forwarded", "forwards", "played", "plays", "relayed",
    "relays", "paraphrased", "paraphrases", "shared", "shares", "sharing", "repeated",
    "repeats", "repeating", "reposted", "reposts", "retweeted", "retweets", "screenshotted",
}  # fmt: skip

_OWNER_OF = rx.compile(r"\sof\s", re.I)


def _whose_subject(rel: str) -> bool:
    """Whether "whose" and the noun after it are the relative clause's subject ("whose
    sister works at the mill"), so the clause says something about the antecedent's
    sister; not "whose home the council bought"."""
    rest = re.sub(r"^\W*whose\s+", "", rel, flags=re.I)
    owned = subject_of(rest)
    if owned is None or not 1 <= count_words(owned) <= 3:
        return False
    if any(w.casefold() in _DETERMINERS for w in _tokens(owned)[1:]):
        return False  # "whose shares the fund sold": "the fund" is the subject
    return has_verb(rest[len(owned) :])


def possessive(noun_phrase: str) -> str:
    """ "Tom Rees's", "the firm's", "the residents'"."""
    last = noun_phrase.rsplit(None, 1)[-1]
    if last.islower() and last.endswith("s"):
        return noun_phrase + "'"
    return noun_phrase + "'s"


def _object_relative(rel: str) -> bool:
    """Whether a relative clause's pronoun is its object ("which most analysts had
    expected"): the antecedent put before what follows would make no statement."""
    rest = re.sub(r"^\W*(?:which|who|whom)\s+", "", rel, flags=re.I)
    subject = subject_of(rest)
    return starts_clause(rest) and (subject or "").casefold() not in _REFLEXIVE


_REFLEXIVE = {"", "itself", "themselves", "himself", "herself"}


_NOT_MAIN_VERB = _MAIN_ADJUNCT | {"and", "or", "but", "yet", "so", "while", "whereas"}


def _closed_before_verb(sentence: str, at: _Sentence, y: int) -> bool:
    """Whether the phrase that starts at y is closed by a comma that the main verb follows
    ("Those who joined the plan, a scheme run by the county, pay less"): an appositive
    inside the subject, not a clause of its own."""
    close = _PHRASE_END.search(sentence, y, y + WINDOW)
    return (
        close is not None
        and _first_word(sentence, y, len(sentence)) in ("a", "an", "the")
        and sentence[close.start()] == ","
        and _first_word(sentence, close.end(), len(sentence)) not in _NOT_MAIN_VERB
        and (
            starts_with_verb(at.head(close.end()).lstrip())
            or (
                "VERB" in _readings(_first_word(sentence, close.end(), len(sentence)))
                and not starts_clause(at.head(close.end()).lstrip())
            )
        )
        and not is_bare_attribution(sentence[close.end() : close.end() + 60].split(",")[0])
    )


_NAME_BEFORE = rx.compile(r"(?<=\S\s)[A-Z][\w’'.-]*$")


# "most of them", "two of whom", "all of which": a part of the noun before the comma
_PART_OF = rx.compile(
    r"(?:most|many|some|all|half|none|few|several|each|both|one|two|three|four|five"
    r"|\d[\d,]*)\s+of\s+(?:them|whom|which|these|those)\s+([\w’'-]+)",
    re.I,
)


def _no_noun_for_participle(clause: str) -> bool:
    """Whether a clause with a verb ends in no noun phrase a passive participle after its
    comma could be about: an adverb or an adjective ("She has worked unpaid ever since"),
    or a span of time ("… for a decade"); not "The council sold the hall", whose hall
    "built in 1905" is about. Cut off, the participle phrase would be a claim with no
    subject ("Funded by a charity.")."""
    found = _tokens(clause[-60:])
    if not found or not has_verb(clause) or antecedent_of(clause, False) is not None:
        return False
    last = found[-1]
    if _ENDING_SPAN.search(clause[-60:]):
        return True
    return not last[:1].isupper() and not last[:1].isdigit() and "NOUN" not in _readings(last)


# a span of time that ends a clause ("for a decade", "since 2019", "for 20 years"); not a
# date ("in 2014"), which may end a clause whose participle is about someone in it
_ENDING_SPAN = rx.compile(
    r"\b(?:for|since|over)\s+(?:(?:a|an|the|past|last|\d+|two|three|four|five|six"
    r"|several|many|some|few)\s+)*(?:\d{4}|years?|decades?|months?|weeks?|days?|hours?"
    r"|centur(?:y|ies)|generations?|ages|then)\s*$",
    re.I,
)


def _part_of_them(sentence: str, y: int) -> bool:
    """Whether the phrase at y names a part of what the clause before it counted, with no
    verb of its own ("212 were rejected, most of them because …"): what follows says why
    or where for that part, and is no statement of its own (cut off, "Voters had marked
    two boxes." would lose both the count and whoever said it)."""
    part = _PART_OF.match(sentence, y)
    return part is not None and not is_verb(part.group(1), "them")


def _apposed_to_name(sentence: str, x: int, y: int) -> bool:
    """Whether the comma at x opens or closes an appositive of the name before it:
    "fined Veltrix, the cloud accounting firm, £18 million": a noun phrase with no verb
    between a name and a comma is no clause, and what follows it (the fine's amount
    here) is no clause either: both stay with the clause they are inside."""
    before = sentence.rfind(", ", max(0, x - 100), x)
    return _opens_apposition(sentence, x, y) or (
        before >= 0 and _opens_apposition(sentence, before, before + 2)
    )


def _opens_apposition(sentence: str, x: int, y: int) -> bool:
    """Whether the phrase after the comma at x is a noun phrase with no verb, closed by a
    comma, after a name."""
    if _first_word(sentence, y, len(sentence)) not in ("a", "an", "the"):
        return False
    if _NAME_BEFORE.search(sentence, max(0, x - 40), x) is None:
        return False
    close = _PHRASE_END.search(sentence, y, y + 100)
    if close is None or sentence[close.start()] != ",":
        return False
    found = _tokens(sentence[y : close.start()])
    # "the sacked nursing assistant": a participle after the article is an adjective
    return not any(
        is_verb(w, found[k - 1]) and found[k - 1].casefold() not in ("a", "an", "the")
        for k, w in enumerate(found)
        if k
    )


def _plural_read_as_verb(clause: str) -> bool:
    """Whether the verb subject_of stops at is a plural noun of the subject before a past
    form ("crews" in "Fire crews rescued 30 people"): the subject and tense are unsure."""
    subject = subject_of(clause)
    found = _tokens(clause)
    k = len(subject.split()) if subject else 0
    if not k or k + 1 >= len(found):
        return False
    return _noun_before_past(found[k], found[k + 1])


def finite(participle_phrase: str, subject: str, past: bool) -> str | None:
    """ "wearing the armband" with subject "He" -> "He wore the armband"."""
    first, _, rest = participle_phrase.partition(" ")
    word = first.casefold()
    if not word.endswith("ing") or word in NOT_PARTICIPLES:
        return None  # "according to X": a preposition, never "accorded to X"
    lemmas = lexicon.lemmas(word, "VERB") or lexicon.lemmas(word, "AUX")
    if not lemmas:
        return None
    plural = subject.casefold() in {"they", "we", "you", "i"}
    last = subject.split()[-1].casefold() if subject.split() else ""
    if last.endswith("s") and any(lemma != last for lemma in lexicon.lemmas(last, "NOUN")):
        plural = True  # "Officials close the road, diverting traffic": "Officials divert"
    tag = "VBD" if past else ("VBP" if plural else "VBZ")
    form = _spelled_as(lexicon.verb_form(lemmas[0], tag), word)
    if not form:
        return None
    # "flooding homes and cutting power": the second participle takes the same form
    for second in reversed(list(_AND_ING_WORD.finditer(rest))):
        other = _second_form(second, tag)
        if other is None:
            return None  # "spilling food and clothing": a noun, or unsure
        rest = rest[: second.start(1)] + other + rest[second.end(1) :]
    return f"{subject} {form} {rest}".strip()


def absolute_statement(phrase: str, past: bool) -> str | None:
    """The statement of an absolute phrase after its "with": its noun phrase, then its
    participle made a finite verb in the tense of the clause it hangs on ("substitute Ann
    Lee scoring late" -> "substitute Ann Lee scored late" after a past clause, "… is
    scoring late" after a present one; "some roads cut off" -> "some roads were cut off"),
    or, with no participle, "is"/"was" before a figure that says where it stands ("prices
    4% higher" -> "prices were 4% higher"). None when no noun phrase of a few words, with
    no verb, comes first."""
    aside = _DASHED_IN_PHRASE.search(phrase)  # "all areas - except Wales - recording"
    inside = range(aside.start(), aside.end()) if aside else range(0)
    found = [m for m in _WORD.finditer(phrase, 0, WINDOW) if m.start() not in inside]
    split = None  # (index of the participle or figure, where the predicate starts, kind)
    for k, m in enumerate(found[1 : MAX_NP + 1], 1):
        w, prev = m.group().casefold(), found[k - 1].group().casefold()
        if w == "to":
            if k >= 2 and "ADJ" in _readings(prev) and prev not in _DETERMINERS:
                # "the council slow to act": "the council was slow to act"
                split = (k - 1, found[k - 1].start(), "adjective")
                break
            return None  # "the fans to blame": no statement to make of it
        ing = w.endswith("ing") and w not in NOT_PARTICIPLES and bool(lexicon.lemmas(w, "VERB"))
        done = not ing and _past_participle(w) and "VERB" in _readings(w)
        if (ing or done) and not (prev in _DETERMINERS or prev in _OBJECT_PREPS or prev in _OF_AND):
            split = (k, m.start(), "ing" if ing else "done")
            break
        if (
            not (ing or done)
            and _verb_class(w) == ALWAYS
            and prev not in _DETERMINERS
            and not m.group()[:1].isupper()
        ):
            return None  # "with prices that rose": a verb ("the cost": a noun)
    if split is None:
        figure = next(
            (
                k
                for k, m in enumerate(found[1 : MAX_NP + 1], 1)
                if m.group()[:1].isdigit()
                and (
                    found[k - 1].group().casefold() not in _NP_STOP
                    or _ABSOLUTE_FIGURE_PREP.match(found[k - 1].group().casefold())
                )
            ),
            0,
        )
        if not figure:
            return None
        k = figure - 1 if _ABSOLUTE_FIGURE_PREP.match(found[figure - 1].group()) else figure
        if k < 1:
            return None
        split = (k, found[k].start(), "figure")  # "with inflation at 4%": "was at 4%"
    k, at, kind = split
    subject = phrase[:at].rstrip(" ,")
    rest = phrase[at:].strip()
    if not subject:
        return None
    if kind != "figure" and _TWO_NOUN_PHRASES.search(subject):
        # "with 40 seats and a long bar facing the street": the participle may go with
        # the nearest noun phrase or with both; only reading tells, so no statement
        return None
    words = subject.split()
    adverbs: list[str] = []
    while len(words) > 1 and _readings(words[-1].casefold()) == {"ADV"}:
        adverbs.insert(0, words.pop())  # "some villages almost completely cut off"
    subject = " ".join(words)
    owner, _, owned = subject.partition(" of ")  # "the first two months of 2016": months
    head = owner.split()
    if owned and head and (head[-1][:1].isdigit() or head[-1].casefold() in _PART_WORDS):
        head = owned.split()  # "50% of the attacks", "half of the votes": the attacks
    last = head[-1].casefold() if head else ""
    plural = " and " in f" {subject} " or (
        last.endswith("s") and any(lemma != last for lemma in lexicon.lemmas(last, "NOUN"))
    )
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    if kind == "ing" and rest.casefold().startswith("being "):
        return " ".join([subject, be, *adverbs, rest[6:]])  # "being repaired": "was repaired"
    if kind == "ing" and past:
        made = finite(rest, subject, True)
        return made and " ".join([subject, *adverbs, made[len(subject) :].lstrip()])
    return " ".join([subject, be, *adverbs, rest])


# an "and" that joins a second noun phrase with its own determiner or number ("40 seats
# and a bar", "the hall and its garden"), not two bare nouns of one ("roads and bridges")
_TWO_NOUN_PHRASES = rx.compile(
    r"\sand\s+(?:an?|the|its|their|his|her|our|one|two|three|four|five|six|\d[\d.,]*)\b",
    re.I,
)
# words for a part of a whole, whose number is the whole's ("half of the votes were")
_PART_WORDS = frozenset(
    {"half", "most", "some", "all", "none", "many", "part", "rest", "third", "thirds", "quarter"}
    | {"quarters", "fifth", "fifths", "tenth", "tenths", "majority", "minority", "proportion"}
    | {"share", "fraction", "number", "cent", "percent", "handful", "lot", "lots", "plenty"}
)
_DASHED_IN_PHRASE = rx.compile(r"\s[-–—]\s[^-–—,;:]{1,60}?\s[-–—]\s")
# before a figure in an absolute phrase, a preposition that goes with "was" ("with
# inflation at 4%", "with the index up 2%")
_ABSOLUTE_FIGURE_PREP = rx.compile(r"(?:at|around|about|near|over|under|above|below|up|down)$")


# "making it the largest …", "making them one of the few …": what the subject is
_MADE_IT = rx.compile(r"making\s+(?:it|them|him|her)\s+(?:the|one|among|a|an)\s")
# "… and cutting power": a second -ing word after "and"/"or", and the word after it
_AND_ING_WORD = rx.compile(r"(?<!\w)(?:and|or)\s+([a-z]{2,}ing)\b(?:\s+([\w’'£$€-]+))?")


# after an -ing word, these make it a noun more likely than a verb ("clothing for …");
# "about", "over" may open a number ("forcing about 400 people")
_NOT_OBJECT = {"to", "for", "from", "with", "in", "on", "at", "and", "or", "of", "by", "into", "as"}


def _second_form(found: re.Match[str], tag: str) -> str | None:
    """The finite form of the -ing word of an _AND_ING_WORD match, when it is a verb with
    an object after it ("and cutting power"); None for a noun ("food and clothing")."""
    following = (found.group(2) or "").casefold()
    if not following or following in _NOT_OBJECT or following in NOT_PARTICIPLES:
        return None
    lemmas = lexicon.lemmas(found.group(1), "VERB")
    return _spelled_as(lexicon.verb_form(lemmas[0], tag), found.group(1)) if lemmas else None


def _spelled_as(form: str | None, ing: str) -> str | None:
    """The article's spelling kept: "cancelling" gives "cancelled", not the lexicon's
    American "canceled" (a doubled l before -ing doubles it before -ed too)."""
    if form and ing.casefold().endswith("lling") and form.endswith("led") and form[-4:-3] != "l":
        return form[:-2] + "led"
    return form


def _half_converted(phrase: str) -> bool:
    """Whether an -ing phrase holds a second -ing word after "and"/"or" that could not take
    a finite form with the first ("spilling food and clothing"): cut, it would be half
    converted ("The lorry spilled food and clothing" is right, but only by luck)."""
    return any(_second_form(m, "VBD") is None for m in _AND_ING_WORD.finditer(phrase))


# "Aslef, the train drivers' union, said": a name, then a verbless noun phrase set off by
# commas that says what the name is.
# `(?P<head>(?:[Tt]he\s+)?[A-Z]…`, opened with its character (see _BREAK)
_APPOSITIVE = rx.compile(
    # (a head starts a word: started inside one, on each of its capitals, a long word
    # with no comma after it was read once per capital, quadratic in its length)
    r"(?P<head>(?<![\w’'.-])[A-Zt](?:(?<=[Tt])he\s+[A-Z]|(?<=[A-Z]))[\w’'.-]*"
    rf"(?:\s+(?:of\s+|{lexicon.NAME_JOIN})?[A-Z][\w’'.-]*){{0,3}})"
    r"(?:,\s+\d{1,3})?,\s+"  # "Ann Lee, 34, a nurse from Hull": the age between
    r"(?P<app>(?:[^,;:()“”\"]|\([A-Za-z]{2,12}\)){3,90}?)"
    r"(?=,\s|\s+[–—-]\s|\s*[.;]?$|\s+(?:that|which|who)\s+[^,;:()]{3,160}?,\s)"
)
# People named by what they do ("the minister", "the club's owner"), who may speak
_ROLES = {
    "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chairman",
    "chairwoman", "chair", "chief", "leader", "manager", "director", "president", "officer",
    "judge", "mayor", "coach", "captain", "boss", "owner", "founder", "inspector", "doctor",
    "nurse", "teacher", "headteacher", "councillor", "senator", "governor", "prosecutor",
    "lawyer", "solicitor", "barrister", "witness", "victim", "author", "chancellor",
    "commissioner", "superintendent", "detective", "sergeant", "priest", "bishop", "vicar",
    "principal", "professor", "scientist", "economist", "analyst", "researcher", "striker",
    "midfielder", "defender", "goalkeeper", "player", "driver", "pilot", "farmer", "landlord",
    "tenant", "resident", "mother", "father", "widow", "son", "daughter", "wife", "husband",
}  # fmt: skip
_LIST_END = rx.compile(r"\s(?:and|or)\s")
# an -ing clause after a preposition, whose doer may be the object before it
_ING_CLAUSE = rx.compile(r"\b(?:for|from|after|before|while|on|in|about|of|into)\s+[a-z]{2,}ing\b")
# a subordinator and the noun phrase after it, which is that clause's subject: a relative
# clause after it is inside the subject, and the clause's verb comes after the relative
_OPENED_SUBJECT = rx.compile(
    r"\b(?:as|after|when|because|while|before|until|since|if|although|though|once|unless"
    r"|whereas)\s+(?:the|an?|its|their|his|her|this|that|these|those)\s+(?:[\w’'-]+\s+){0,3}"
    r"[\w’'-]+\s*$",
    re.I,
)
_RELATIVE_NEXT = rx.compile(r"\s+(?:that|which|who)\s", re.I)
# words that bring a second noun into an appositive, which a relative clause may be about
_APPOSED_STOP = _CHAIN | {"of", "and", "or"}
# a name ends the words before an appositive ("The Action Group", "Ada Ruiz")
_NAME_HEAD = rx.compile(r"(?:^|\s)[A-Z][\w’'.-]*$")
_APPOSITIVE_NOT = {
    "and", "or", "but", "who", "which", "where", "when", "while", "with", "as", "including",
    "such", "according", "said", "says", "of", "in", "on", "at", "for", "from", "to", "by", "after",
    "before", "since", "if", "because", "although", "though", "however", "meanwhile", "also",
    "then", "so", "yet", "not", "this", "that", "these", "those", "he", "she", "it", "they",
    "we", "i", "you", "there", "here", "now", "today", "yesterday", "respectively", "both",
    "all", "each", "neither", "either",
    # an adverb opens no noun phrase: "Marken, partly Terschelling" says no Marken is it
    "partly", "mostly", "mainly", "largely", "chiefly", "primarily", "entirely", "wholly",
    "only", "even", "especially", "particularly", "notably", "perhaps", "possibly", "probably",
}  # fmt: skip


_POSSESSIVE_OPENS = rx.compile(r"[A-Z][\w.-]*[’']s\s")


def _apposed_before_verb(sentence: str, at: int) -> bool:
    """Whether the words from `at` are a noun phrase that opens with a possessive and is
    set off by commas, then the verb ("The Marine Board, Norway's regulator, said …"):
    they describe what comes before the first comma, which is the subject, not a
    description of them. ("A former nurse, Ada Ruiz, said …", "The lead author, Professor
    Ann Lee of X, said …": a name there is the subject the first phrase describes.)"""
    close = sentence.find(", ", at, at + 100)
    if close < 0 or not _POSSESSIVE_OPENS.match(sentence, at, close):
        return False
    return not has_verb(sentence[at:close]) and starts_with_verb(
        sentence[close + 2 : close + 2 + WINDOW]
    )


def _described(rest: str) -> bool:
    """Whether what follows "An experienced sailor, " is a clause about one subject ("Ada
    Ruiz crossed …"), not the rest of a list ("The Greens, Plaid, and an independent
    abstained": three subjects, none of them described by the first; "The two, A and B,
    voted …" is one)."""
    return starts_clause(rest) and _LIST_WORD.search(rest, 0, first_verb(rest)) is None


_LIST_WORD = rx.compile(r",\s+(?:and|or|nor)\s", re.I)


def _is_title(found: list[str]) -> bool:
    """Whether capitalised words are a title rather than names: each is an acronym or a
    word the lexicon knows, and the last is a common noun ("WMO Secretary-General",
    "Chief Executive"; not "Justin Bassi" nor "France")."""
    parts = [w.casefold().split("-")[0] for w in found]
    known = all(w.isupper() or _readings(p) for w, p in zip(found, parts, strict=True))
    return known and "NOUN" in _readings(parts[-1])


_PLACE_BEFORE = rx.compile(r"\b(?:in|at|on|near|from|to|outside|inside)\s+(?:the\s+)?$", re.I)
# what opens a noun phrase of its own, so "X and <this>" is two things, not one
_OWN_DETERMINER = rx.compile(
    r"(?:an?|the|his|her|their|its|our|my|your|some|several|many|few|\d[\d,.]*"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\s",
    re.I,
)


def _listed_after_place(before: str, after_and: str) -> bool:
    """Whether an "appositive" with "and" in it is the rest of a list the name before it
    began: the name is the object of a preposition ("a flat in Leeds, a boat and two
    horses": the boat is no Leeds), or the last item opens with its own determiner or
    number ("Leeds, a port and two mills")."""
    return bool(_PLACE_BEFORE.search(before) or _OWN_DETERMINER.match(after_and))


# a word that places something relative to what follows "of" ("north of", "ahead of")
_PLACED_OF = rx.compile(
    r"(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|ahead|upstream|downstream|outside"
    r"|inside|short|clear)(?:wards?)?\s+of\s",
    re.I,
)
_OF_BEFORE = rx.compile(r"\b([\w’'-]+)\s+of\s+$", re.I)


def _parallel_place(before: str, app: str) -> bool:
    """Whether a phrase after a name is the next of a list of phrases that place
    something, not what the name is: it opens with a word of place and "of" ("east of
    the river"), or with "<word> of" as the name's own phrase did ("north of Elm Road,
    east of …"; "the town of Ely, capital of …" is kept whole too, which stays true)."""
    if _PLACED_OF.match(app):
        return True
    return _OF_BEFORE.search(before) is not None and re.match(r"[\w’'-]+\s+of\s", app) is not None


def _apposed_to_object(before: str) -> bool:
    """Whether the words before the comma that opens a name are a clause whose verb has an
    object, the noun phrase the name is set off after ("We asked the council's leader, ",
    "Police arrested a local man, "; not "After the vote ended, ", whose clause ends on its
    verb, nor "Her brother, ", which has no verb)."""
    clause = before.rstrip()[:-1]
    clause = clause[clause.rfind(", ") + 1 :]  # ("41,000": no comma of a clause)
    verb = first_verb(clause)
    if verb >= len(clause):
        return False
    words = _tokens(clause[verb:])
    return len(words) > 1 and not is_verb(words[-1], words[-2])


def _second_apposition(app: str) -> bool:
    """Whether a phrase after a name set off after an object is a second noun phrase
    about the name ("…the captain, Ann Lee, a defender from Hull"): it opens with an
    article or a possessive and names no time ("a week later", "the next day" are when)."""
    found = _tokens(app)
    if not found or found[0].casefold() not in _OBJECT_DETERMINERS:
        return False
    return not any(w.casefold() in _TIME_NOUNS for w in found[1:4])


# a preposition that opens a sentence before a name ("In Leeds, …", "Under Ann Lee, …")
# nothing but the sentence's closing marks after a phrase
_CLOSES_SENTENCE = rx.compile(r"\s*[.;!?]?[”\"’']?\s*$")
_OPENING_PREPOSITION = rx.compile(
    r"(?:In|At|On|From|Near|Outside|Inside|Across|Throughout|Within|Under|Like|Unlike"
    r"|Against|Beyond|Behind|Beside|Besides|Between|Among|Around|Through|Towards?|For"
    r"|With|Without|After|Before|Since|During|Despite|By|Via|Into)\s+(?=[A-Z])"
)


_PARTITIVE = frozenset({"the", "its", "their", "his", "her", "our", "my", "your"})


def _partitive_head(found: list[str]) -> int:
    """The index of the plural noun that heads "one of the … Xs" in the words `found`
    ("one of the ten largest fintech firms": "firms", -1 when there is none): the words
    up to it are one noun phrase, so none of them is a verb ("firms" after an unknown
    "fintech" is no verb of "fintech")."""
    if len(found) < 4 or found[0].casefold() != "one" or found[1].casefold() != "of":
        return -1
    if found[2].casefold() not in _PARTITIVE:
        return -1
    return next((k for k in range(3, len(found)) if _plural(found[k])), -1)


# the first half of a name joined by "and" after "of" or "for" ("the Society for Art and
# ", "the Department of Health and "): what follows "and" is the name's second half, never
# a name of its own for an appositive to describe
_NAME_WITH_AND = rx.compile(r"\b(?:of|for)\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:and|&)\s+$")


def appositives(text: str, start: int, end: int) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, head, appositive) of each appositive in text[start:end]: a name, a
    comma, and a noun phrase without a verb that says what the name is, closed by a
    comma or the sentence's end ("Gotland, an island in the Baltic Sea, ...")."""
    sentence = text[start:end]
    for m in _APPOSITIVE.finditer(sentence):
        if _NAME_WITH_AND.search(sentence, max(0, m.start() - 80), m.start()):
            continue  # "the Society for Art and Design, one of …": the name runs on before
        app = m.group("app").strip()
        found = _tokens(app)
        if len(found) < 2 or len(found) > 14 or found[0].casefold() in _APPOSITIVE_NOT:
            continue
        if all(w[:1].isupper() or w.casefold() in ("and", "of", "or") for w in found) and not (
            _is_title(found)
        ):
            continue  # "Ann Lee, Tom Roe and ...": names in a row are a list
        if found[0][:1].isdigit() or found[0].casefold().endswith("ing"):
            continue
        if found[0].casefold() in _NUMBER_WORDS - {"one"}:
            continue  # "A and B, two economists": more than one, never what one name is
        if found[0].casefold() not in ("a", "an") and _RELATIVE_NEXT.match(sentence, m.end()):
            continue  # "Helen Marsh, the chemist who first …": "the chemist" needs its clause
        if re.search(r"\b(?:and|or)\s+(?:the|an?)\s", app, re.I):
            continue  # "London, the South East and the North West": the end of a list
        joined = _AND_OR.search(app)
        if joined and all(w[:1].isupper() for w in _tokens(app[: joined.start()])):
            continue  # "at Homeway, Castells and online": a list's items are never equated
        if joined and sentence[: m.start()].rstrip().endswith(","):
            continue  # "survived by his wife, Anne, a son and two daughters": a list's end
        if joined and _listed_after_place(sentence[: m.start()], app[joined.end() :]):
            continue  # "a flat in Leeds, a boat and two horses": more things bought
        before = sentence[: m.start()]
        if (
            _CLOSES_SENTENCE.match(sentence, m.end())
            and before.rstrip().endswith(",")
            and not has_verb(before)
            and not _OPENING_PREPOSITION.match(before.lstrip(" “\"'‘"))
        ):
            # "Her brother, Tom Ray, read a statement.": the name is the appositive of the
            # noun phrase before it, and what runs to the end is their predicate ("read"
            # may be a noun too), never what the name is
            continue
        apposed = before.rstrip().endswith(",") and _apposed_to_object(before)
        if apposed and not _second_apposition(app):
            # "We asked the council's leader, Fiona Grant, about the roads": the name is
            # the appositive of the verb's object, and what follows it is the rest of the
            # clause (a time, a place, a purpose), never what the name is or was
            continue
        prev = m.group("head").split()[-1]
        head_end = _partitive_head(found)
        if any(
            is_verb(w, found[k - 1] if k else prev) for k, w in enumerate(found) if k > head_end
        ):
            continue  # "the X included four parties": a predicate, not an appositive
        after = sentence[m.end() : m.end() + WINDOW].lstrip(", ")
        nxt = re.split(r",|\band\b|\bor\b", after, maxsplit=1)[0]
        listed = re.match(r"[^,]{0,60}?\b(?:and|or)\b", after) or "," in after
        if listed and count_words(nxt) <= 3 and not has_verb(nxt):
            continue  # "Leeds, York, Hull and Bath": a list, not an appositive
        head, at = m.group("head"), m.start()
        if (opened := _OPENING_PREPOSITION.match(head)) is not None:
            # "In Leeds, the capital of the region, prices rose": the name is the
            # preposition's object, never the phrase ("In Leeds is …"); and the noun
            # phrase is an appositive only when a clause of its own comes after it ("In
            # Leeds, the council, led by …, voted": the council is the subject)
            if not starts_clause(sentence[m.end() :].lstrip(" ,")):
                continue
            head, at = head[opened.end() :], at + opened.end()
        if head.casefold() in ("the", "it", "this") or head.split()[0] in _MONTHS:
            continue
        if _ACCORDING_END.search(sentence, max(0, m.start("head") - 40), m.start("head")):
            continue  # "She was, according to the society, the youngest": no equation
        if not sentence[: m.start()].strip(" “\"'‘") and _sentence_adverb(head):
            continue  # "However, the club, which …": an adverb, never the club's name
        if " of " in head and head[:4] != "The " and not sentence[: m.start()].strip(" “\"'‘"):
            continue  # "Residents of Riverside, a district …": the district is Riverside
        who, of, body = head.partition(" of ")
        if of and body[:1].isupper() and refer.person(who) is not None:
            continue  # "Ann Lee of Clean Streets, a residents' group": hers, or the group's?
        # (the words just before: "<word> of" ends them; read from the sentence's start
        # before each appositive, a long run of them took time in the square of its length)
        if _parallel_place(sentence[max(0, m.start() - WINDOW) : m.start()], app):
            continue  # "north of Elm Road, east of the river": a list of places, not Elm Road
        yield start + at, start + m.start("app") + len(m.group("app").rstrip()), head, app


# a clause stopped at its linking verb by a source set off after it ("She was, according
# to the society,"): what follows the comma is the verb's complement, not a new piece;
# the source may have its own relative clause ("according to the trust, which owns it,")
_COPULA_THEN_SOURCE = rx.compile(
    r"\b(?:is|was|are|were|be|been|remains|remained|became|has\s+been|had\s+been)"
    r",\s+(?:according\s+to\s+[^,]{1,80}(?:,\s+(?:which|who)\s[^,;:]{1,80})?"
    r"|[^,]{1,60}\s(?:say|says|said|believe|believes"
    r"|believed|claim|claims|claimed|think|thinks|thought|argue|argues|argued|estimate"
    r"|estimates|estimated))$",
    re.I,
)
# what a name after it is the object of: "according to" (the source of a statement)
_ACCORDING_END = rx.compile(r"\baccording\s+to\s+$", re.I)

# "The lender, which is raising its rates, said ...": a relative clause inside the subject
_INNER_RELATIVE = rx.compile(r",\s+(?P<rel>(?:which|who|whose)\s+[^,;:()]{3,160}?),\s+(?=\S)", re.I)
# "Rents - which peaked in May - have fallen": the same set off by spaced dashes
_DASHED_RELATIVE = rx.compile(
    r"\s[-–—]\s+(?P<rel>(?:which|who)\s+[^;:()]{3,160}?)\s[-–—]\s+(?=\S)", re.I
)
# "The Action Group, a residents' group that has campaigned since 2021, said …": an
# appositive whose own relative clause is about the name before it
_APPOSED_RELATIVE = rx.compile(
    r",\s+(?:an?|the)\s+(?:[\w’'-]+\s+){1,5}?(?P<rel>(?:that|which|who)\s+[^,;:()]{3,160}?),\s+(?=\S)",
    re.I,
)


# "... bought a painting—which had hung in a pub—at auction": a relative clause between
# dashes after the verb (spaced dashes, or em dashes with or without spaces)
_ASIDE_RELATIVE = rx.compile(
    r"(?:\s[-–—]\s+|—\s*)(?P<rel>(?:which|who)\s+[^;:()\-–—]{3,160}?)(?:\s+[-–—]\s|\s*—)(?=\s*\S)",
    re.I,
)


# ", the finance director, Ali Rahman, told reporters." ending a sentence
_CLOSING_SAID = rx.compile(
    r",\s+(?P<said>(?P<np>[^,;:“”\"]{2,60}),\s+(?P<app>[^,;:“”\"]{2,60}),\s+(?P<verb>[\w’'-]+)"
    r"(?:\s+[\w’'-]+){0,2})[.!]?\s*$"
)


def _closing_attribution(sentence: str) -> tuple[int, str] | None:
    """The attribution that ends a sentence: a bare one (trailing_attribution), or a
    speaker with a name or title between commas ("…, the director, Ann Cole, said")."""
    if (found := trailing_attribution(sentence)) is not None:
        return found
    m = _CLOSING_SAID.search(sentence, max(0, len(sentence) - 200))
    if m is None or not _appositive_attribution(f"{m['np']}, {m['app']}, {m['verb']}"):
        return None
    return m.start(), " ".join(m["said"].split())


def dashed_relatives(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, claim text) of each relative clause between dashes after the
    sentence's verb whose antecedent is sure ("A painting by Turner had hung in a pub"):
    a claim of its own inside the passage of the sentence's claim."""
    sentence = text[start:end]
    if "—" not in sentence and " - " not in sentence and " – " not in sentence:
        return
    verb = first_verb(sentence)
    for m in _ASIDE_RELATIVE.finditer(sentence):
        rel = m.group("rel")
        if verb < 0 or verb >= m.start() or not has_verb(rel[5:]):
            continue  # inside the subject: pieces() cuts it
        if _object_relative(rel):
            continue  # "bought a car - which her father had sold - …": no "The car her …"
        if _inside_quote(sentence, m.start()) or _in_brackets(sentence, m.start()):
            continue
        if negated(sentence[max(0, m.start() - WINDOW) : m.start()]):
            continue  # "did not sell the mill - which ...": maybe no such mill
        who = rel[:3].casefold() == "who"
        antecedent = antecedent_of(sentence[max(0, m.start() - WINDOW) : m.start()], who, rel)
        if antecedent is None:
            continue
        if _in_speech(sentence[max(0, m.start() - WINDOW) : m.start()]):
            continue  # "X said sales - which … - fell": X's words, inside X's claim
        body = antecedent + " " + re.sub(r"^(?:which|who)\s+", "", rel, flags=re.I).rstrip()
        body = body[:1].upper() + body[1:]
        said = _closing_attribution(sentence)
        inner = _subject_relative(sentence) if said is not None else None
        if inner is not None and inner[0].start("rel") == m.start("rel"):
            said = None  # "Water bills - which rose … - are …": the subject's, cut by pieces()
        if said is not None and said[0] >= m.end():
            body = f"{body}, {said[1]}"  # "…, the director told reporters": his words too
        yield start + m.start("rel"), start + m.start("rel") + len(rel.rstrip()), body + "."


# "The study, published by the agency in May, found ...": a participle phrase instead
_INNER_PARTICIPLE = rx.compile(
    r",\s+(?P<rel>(?P<part>[a-z]{3,}ed|known|made|held|built|set)\s+[^,;:()]{2,120}?),\s+(?=\S)"
)


_WHO_OPENS = rx.compile(r"[,;:]|\s(?:who|that)\s", re.I)


def _open_subject_relative(clause: str) -> bool:
    """Whether `clause` is a subject still inside its "who"/"that" relative clause: a
    noun phrase with no verb, then "who …" with no comma after it ("Three reviewers who
    had used the phone for a week"). The relative clause runs to the main verb, after
    the clause: a time word inside it ("… before the launch said …") opens no clause, and
    a noun inside it ("the launch") is never the main verb's subject."""
    found = _WHO_OPENS.search(clause)
    if found is None or found.group()[0] in ",;:" or found.start() == 0:
        return False
    if _CLAUSE_END.search(clause, found.end()) is not None:
        return False  # "Fans who queued, and …": the relative clause has closed
    head = clause[: found.start()]
    if first_verb(head) < len(head) or _OPENER_WORD.match(head):
        return False
    # the relative clause's own verb, then no other: "who were moved on Monday returned
    # home" has its main verb already ("returned")
    inside = clause[found.end() :]
    verb = first_verb(inside)
    words = list(_WORD.finditer(inside, verb))
    k = 1
    while k < len(words) and is_verb(words[k].group(), words[k - 1].group()):
        k += 1  # "had used", "were evacuated": one verb group
    after = inside[words[k].start() :] if k < len(words) else ""
    if words and words[k - 1].group().casefold() in _CAUSATIVE:
        after = _past_bare_infinitive(after)  # "who let tenants live in …": "live" is theirs
    other = first_verb(after)
    if other < len(after) and _noun_at_end(after, other):
        return True  # "who rented flats with no fire alarms": "alarms" is a noun, no verb
    return other == len(after)


# verbs whose object takes a bare infinitive ("let tenants live", "made staff work"): the
# infinitive is inside the clause of the verb, never a main verb after it
_CAUSATIVE = frozenset(
    {
        "let", "lets", "letting", "made", "make", "makes", "making", "helped", "help",
        "helps", "saw", "watched", "heard", "felt",
    }
)  # fmt: skip


def _past_bare_infinitive(after: str) -> str:
    """What follows the bare infinitive of a causative verb's object in `after` ("in a
    block of flats" of "tenants live in a block of flats"): the object's words up to a
    plain verb (no -s, no -ed, no auxiliary) are skipped with that verb; `after` itself
    when no such verb follows within a few words."""
    for k, m in enumerate(itertools.islice(_WORD.finditer(after), 6)):
        w = m.group().casefold()
        if k and "VERB" in _readings(w) and w not in AUX and not w.endswith(("s", "ed")):
            return after[m.end() :]
    return after


def _no_verb_but_last(clause: str) -> bool:
    """Whether the only word of `clause` that reads as a verb is its last, a plural noun
    ("The owner of a shop with no fire alarms"): a subject still waiting for its verb,
    whose "and" joins two things it holds, never two clauses."""
    verb = first_verb(clause)
    return verb < len(clause) and _noun_at_end(clause, verb)


def _noun_at_end(text: str, at: int) -> bool:
    """Whether the word at `at` that reads as a verb is the last of `text` and a plural
    noun ("… with no working fire alarms"): before a cut at "and", a verb with nothing
    after it would close the subject's relative clause, a plural noun ends a phrase."""
    word = _WORD.match(text, at)
    if word is None or text[word.end() :].strip(" ,;:-–—\"”’'"):
        return False
    w = word.group().casefold()
    return w.endswith("s") and not w.endswith("ss") and "NOUN" in _readings(w)


def _past_word(at: _Sentence, begin: int, x: int) -> bool:
    """Whether the last verb before x (in the piece that starts at `begin`) is a past form
    ("grew", "closed", "was"); with no verb there, True (nothing to hold). A verb group
    is as past as its first auxiliary: "are supposed to be made", "should have been
    paid" are not ("made", "paid" are its participles)."""
    group = _last_verb_group(at, begin, x)
    if group is None:
        return True
    finite, word = group
    if finite is not None:
        return finite in _PAST_AUX
    return _past_form(word)


def _last_verb_group(at: _Sentence, begin: int, x: int) -> tuple[str | None, str] | None:
    """The last verb before x (in the piece that starts at `begin`), lowercase, with the
    first auxiliary of its group (None for a verb alone); None when there is no verb."""
    end = at.last_verb_end(x)
    if end < begin:
        return None
    found = _WORD_BEFORE.search(at.text, max(0, end - 40), end)  # bounded: no rescan
    word = found.group(1).casefold() if found else ""
    return _group_finite(at.text[max(begin, end - 80) : found.start(1) if found else end]), word


def _past_form(word: str) -> bool:
    """Whether the lowercase verb `word` is a past form ("was", "grew", "closed")."""
    if word in _PAST or word in IRREGULAR_PAST or word.endswith("ed"):
        return True
    return any(lexicon.verb_form(m, "VBD") == word for m in lexicon.lemmas(word, "VERB"))


# auxiliaries of a past verb group ("was paid", "had closed", "did not pay")
_PAST_AUX = frozenset(
    {"was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't", "wasn’t", "weren’t",
     "hadn’t", "didn’t"}
)  # fmt: skip
# words inside a verb group between its first auxiliary and its last verb ("are supposed
# to be made", "should not have been", "is now able to pay", "will stay shut")
_IN_VERB_GROUP = frozenset(
    {"to", "not", "never", "supposed", "meant", "able", "going", "due", "also", "still", "now",
     "just", "only", "always", "often", "usually", "already", "then", "ever", "got", "stay",
     "remain", "become", "get", "keep", "seem", "appear", "look", "feel"}
)  # fmt: skip
_NON_FINITE_AUX = frozenset({"be", "been", "being"})


def _group_finite(before: str) -> str | None:
    """The first auxiliary of the verb group whose last verb comes right after `before`
    ("they are supposed to be" -> "are", "will stay" -> "will"), or None when the word
    before that verb opens no group ("prices rose", "staff who are paid earned")."""
    finite = None
    for k, word in enumerate(reversed(_tokens(before)[-8:])):
        w = word.casefold()
        if w in AUX:
            if w not in _NON_FINITE_AUX:
                finite = w
            continue
        if w in _IN_VERB_GROUP or (w.endswith("ly") and _readings(w) == {"ADV"}):
            continue
        if k and finite is None and _past_participle(w):
            continue  # "are supposed to", "had been told to": participles inside the group
        break
    return finite


def _clause_past(text: str) -> bool:
    """Whether the clause `text` (a subject, then its verb group) has a past verb first
    ("the number of reports tripled", "the hall was full"; not "the rise is reviewed",
    "you buy the policy"); True when no verb is found (nothing to hold)."""
    verb = first_verb(text)
    found = _WORD.match(text, verb)
    if found is None:
        return True
    w = found.group().casefold()
    if w in AUX:
        return w in _PAST_AUX
    return _past_form(w)


def _in_subject_relative(clause: str) -> bool:
    """Whether `clause` is a subject still inside its relative clause, whose pronoun is
    that clause's subject ("Tickets that cost more than £100", "Pupils who live …"): a
    verb right after "who"/"that". After "the fact that the two groups …" the clause has
    a subject of its own: a complement, not a relative clause."""
    if not _open_subject_relative(clause):
        return False
    found = _WHO_OPENS.search(clause)
    after = _tokens(clause[found.end() : found.end() + 40]) if found else []
    return bool(after) and is_verb(after[0], found.group().strip() if found else None)


_OPENER_WORD = rx.compile(
    r"\s*(?:if|when|while|as|after|before|because|since|although|though)\b", re.I
)


def _subject_relative(sentence: str) -> tuple[re.Match[str], str] | None:
    """The relative clause ("which ...", kind "relative") or past-participle phrase
    ("published by ...", kind "attached") between a sentence's subject and its verb."""
    verb = -1  # where its first verb starts, read when a pattern first matches
    for pattern, kind in (
        (_INNER_RELATIVE, "relative"),
        (_DASHED_RELATIVE, "relative"),
        (_APPOSED_RELATIVE, "relative"),
        (_INNER_PARTICIPLE, "attached"),
    ):
        m = pattern.search(sentence)
        if m is None or m.start() == 0:
            continue
        if verb < 0:
            verb = first_verb(sentence)
        last = sentence[: m.start()].split()[-1]
        if verb < m.start() and not (verb == m.start() - len(last) and last.endswith("s")):
            continue  # a verb before it, unless a plural noun read as one ("Oil prices, which")
        rel = m.group("rel")
        if kind == "relative" and rel[:5].casefold() == "whose":
            if not _whose_subject(rel):
                continue  # "The firm, whose shares the fund sold, …": one statement
        elif kind == "relative" and (not has_verb(rel) or _object_relative(rel)):
            continue  # "The cut - which analysts had expected - lifted …": one statement
        if pattern is _APPOSED_RELATIVE and (
            not _NAME_HEAD.search(sentence[: m.start()])
            or not starts_with_verb(rel.split(None, 1)[1])
            or _APPOSED_STOP & {w.casefold() for w in _tokens(sentence[: m.start("rel")])}
        ):
            # "The report, a warning that prices will rise, …": no relative clause; "Ada
            # Ruiz, the daughter of a miner who died in 1980, …": about the miner
            continue
        if rel[:5].casefold() == "which":
            antecedent = antecedent_of(sentence[: m.start()], False, rel)
            if antecedent is None:
                continue  # "Shops on the street, which flooded": the shops or the street?
            head = re.match(r"(?:\S+\s+)*?(\S+)\s+of\s", antecedent)
            noun = head.group(1) if head is not None else ""
            if noun[:1].islower() or (
                head and head.start(1) == 0 and "NOUN" in _readings(noun.casefold())
            ):
                continue  # "Residents of Pine Road, which runs ...": the residents or the road?
        elif rel[:3].casefold() == "who" and not antecedent_of(sentence[: m.start()], True, rel):
            continue  # "The son of Tom Ray, who died in May, said": the son or Tom Ray?
        elif rel[:5].casefold() == "whose" and _OWNER_OF.search(sentence, 0, m.start()):
            continue  # "Residents of Pine Road, whose homes …": never "Pine Road's homes"
        if kind == "attached" and "VERB" not in _readings(m.group("part")):
            continue
        if not starts_with_verb(sentence[m.end() :][:WINDOW]):
            continue
        if count_words(sentence[m.end() :]) < MIN_WORDS:
            continue  # "The head of it, who took office in May, resigned.": one statement
        if 0 < len(_tokens(sentence[: m.start()])) <= 2 * MAX_NP:
            return m, kind
    return None


# A lead-in to a list of items that each say something ("included the ruling party, the
# nationalist party and ..."); a colon counts too.
_LEAD_WORDS = ("includ", "featur", "namely", ":")  # a match of _LIST_LEAD holds one of them
_LIST_LEAD = rx.compile(r"\b(?:include[sd]?|including|featured?|features|namely)\s+|:\s+", re.I)
_ITEM_SEP = rx.compile(  # as _GAP_SEP, before "the" or "a"
    r"[,\s](?:(?<=,)\s+(?:and\s+|or\s+)?|(?<=\s)(?<!\s\s)\s*(?:and|or)\s+(?=the\s|an?\s))",
    re.I,
)
MIN_ITEM_WORDS = 3  # "London, Cardiff and Leeds": bare names stay one claim


def list_items(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, lead-in) of each item of a list with a lead-in in text[start:end],
    when there are three or more items and each is a phrase with content of its own
    (three words or more, no verb); else nothing (a plain noun list is one claim).

    Without a lead-in word, a verb (and the preposition after it) leads in a list that
    ends the sentence ("They met officials of the port, members of the council and
    leaders of the union")."""
    sentence = text[start:end]
    lead = _LIST_LEAD.search(sentence) if _may_hold_any(sentence, _LEAD_WORDS) else None
    if lead is None or not has_verb(sentence[: lead.start()] + " " + lead.group()):
        return _verb_list(sentence, start)
    items: list[tuple[int, int]] = []
    pos = lead.end()
    for sep in [*_ITEM_SEP.finditer(sentence, pos), None]:
        stop = sep.start() if sep else len(sentence.rstrip(" .;"))
        item = sentence[pos:stop]
        if not _is_item(item):
            break
        items.append((pos, stop))
        if sep is None:
            break
        pos = sep.end()
    if len(items) < 3:
        return []
    head = " ".join(sentence[: lead.end()].split()).rstrip(": ")
    return [(start + a, start + b, head) for a, b in items]


# a participle phrase that describes a list item ("the Harbour Party allied with the Greens")
_ITEM_PARTICIPLE = rx.compile(r"\s[a-z]{3,}ed\s+(?:with|by|to|in|from|for|on|at|as)\s.*", re.S)


def _is_item(item: str) -> bool:
    """A list item with content of its own: three words or more and no word that can only
    be a verb, except in a participle phrase after a noun phrase ("the Coast Party allied
    with the Greens"); a word that may be a noun is one here ("the TV networks"), and so
    is a capitalised one ("the Democratic Left Party") or a compound ("US-based")."""
    if count_words(item) < MIN_ITEM_WORDS or len(item) > 160:
        return False
    if _first_word(item, 0, len(item)) in ("the", "a", "an"):
        item = _ITEM_PARTICIPLE.sub("", item)
    if _singular_clause(item):
        return False
    return not any(
        w[:1].islower() and "-" not in w and _verb_class(w.casefold()) == ALWAYS
        for w in _tokens(item)  # "the left-leaning party": a compound is an adjective
    )


_SINGULAR_DETERMINERS = {"a", "an", "one", "each", "every"}


def _singular_clause(item: str) -> bool:
    """Whether a phrase after a list's last comma is a clause of its own: a singular noun
    phrase, then a verb in -s with words after it ("…, and a yellow warning covers most
    of the north": a new statement, no third place the warnings were issued for)."""
    found = _tokens(item)
    if len(found) < 4 or found[0].casefold() not in _SINGULAR_DETERMINERS:
        return False
    for k in range(2, min(len(found) - 1, 5)):
        noun, verb = found[k - 1].casefold(), found[k].casefold()
        if noun in _NP_STOP:
            return False  # "a range of sizes": the plural is the object of "of"
        if (
            verb.endswith("s")
            and not noun.endswith("s")
            and "VERB" in _readings(verb)
            and "NOUN" in _readings(noun)
        ):
            return True
    return False


_AND_OR = rx.compile(r"\s(?:and|or)\s", re.I)
# what a verb's list items may follow: the verb, or a preposition after it and its object
_ITEM_PREPOSITION = rx.compile(r"\b(?:with|to|for|from|on|in|at|by|about|against|between)\s")


_PREPOSITION_OPENS = rx.compile(
    r"(?:at|in|on|from|to|with|for|by|near|outside|inside|across|under|over|between|after"
    r"|before|during|into|onto|around|along)\s",
    re.I,
)


def _verb_list(sentence: str, start: int) -> list[tuple[int, int, str]]:
    """The items of a list after a verb with no lead-in word: three or more phrases of
    three words or more with no verb, up to the sentence's end, the last after "and" or
    "or"; the first item starts after the verb or after the first preposition that
    follows it ("held talks with")."""
    if "," not in sentence or _AND_OR.search(sentence) is None:
        return []
    found = list(_ITEM_SEP.finditer(sentence))
    n = next((k for k, m in enumerate(found) if m.group().startswith(",")), None)
    if n is None:
        return []
    first_sep = found[n]
    pos = first_sep.end()
    items: list[tuple[int, int]] = []
    # items end at commas; after the last comma, the first "and" / "or" closes the list
    # ("the planners and a group from the union and the club": two items, not three)
    seps = [m for m in found[n + 1 :] if m.group().startswith(",")]
    tail = seps[-1].end() if seps else first_sep.end()
    closing = first_sep if not seps else seps[-1]
    if not re.search(r"\b(?:and|or)\b", closing.group(), re.I):
        closing = next((m for m in found if m.start() >= tail), closing)
        seps.append(closing)
    if not re.search(r"\b(?:and|or)\b", closing.group(), re.I):
        return []
    for sep in [*seps, None]:
        stop = sep.start() if sep else len(sentence.rstrip(" .;"))
        if not _is_item(sentence[pos:stop]) or _no_item(sentence[pos:stop]):
            return []
        items.append((pos, stop))
        if sep is None:
            break
        pos = sep.end()
    if len(items) < 2:
        return []
    # the items after the first hold up: now find the verb, and the first item after it
    verb = _Sentence(sentence).last_verb_end(first_sep.start())
    if verb < 0 or _inside_quote(sentence, first_sep.start()):
        return []
    prep = _ITEM_PREPOSITION.search(sentence, verb, first_sep.start())
    # "wants to build 120 homes, a school and …": "to" opens an infinitive, whose verb
    # each item needs ("wants to build a school"), not a preposition the items follow
    while prep is not None and (infinitive := _INFINITIVE_AT.match(sentence, prep.start())):
        if not _base_verb_form(infinitive.group(1)):
            break
        verb = infinitive.end()
        prep = _ITEM_PREPOSITION.search(sentence, verb, first_sep.start())
    begin = prep.end() if prep else verb
    while begin < first_sep.start() and sentence[begin].isspace():
        begin += 1
    first = sentence[begin : first_sep.start()]
    if not _is_item(first) or count_words(first) > MAX_NP or "(" in first:
        return []
    if _name_then_description(first, sentence[items[0][0] : items[0][1]]):
        return []
    if any(_PREPOSITION_OPENS.match(sentence, a) for a, _ in items):
        # "opened two centres, at the school and the fairground": where the two are, no
        # third thing opened (the items of a list after a verb are alike)
        return []
    items.insert(0, (begin, first_sep.start()))
    head = " ".join(sentence[:begin].split())
    if len(_tokens(head)) < 2:
        return []
    return [(start + a, start + b, head) for a, b in items]


_INFINITIVE_AT = rx.compile(r"to\s+([a-z]+)\b")
_DESCRIBING = {"a", "an", "the", "its", "his", "her", "their"}


def _name_then_description(first: str, second: str) -> bool:
    """Whether a list's first item is a name and the next a noun phrase opened by a
    determiner ("Dr Ann Pryce, a nurse at Kenley and the union's secretary"): the
    phrases after the name may describe the one person it names, joined by "and", as an
    apposition does; three people, or one, is unsure, so there is no list."""
    names = _tokens(first)
    return (
        len(names) >= 2
        and all(w[:1].isupper() for w in names)
        and _first_word(second, 0, len(second)) in _DESCRIBING
    )


def _base_verb_form(word: str) -> bool:
    """Whether the lowercase word after "to" may be a verb's plain form ("build",
    "open"), not a plural or a name of a thing only ("to schools", "to residents")."""
    return "VERB" in _readings(word) and word in lexicon.lemmas(word, "VERB")


def _no_item(item: str) -> bool:
    """A phrase after a comma that is no item of a verb's list: a gapped clause ("and
    rents 8.4%": rents rose 8.4%) or a preposition before a number ("to £289,000")."""
    item = item.strip()
    if _GAPPED_PLAIN.fullmatch(item) or _GAPPED.fullmatch(item):
        return True
    opening = _first_word(item, 0, len(item))
    if opening.endswith("ing") and opening not in NOT_PARTICIPLES and "VERB" in _readings(opening):
        return True  # ", cancelling all sailings between A and B": a participle phrase
    return bool(_DIGIT.search(item)) and _ITEM_PREPOSITION.match(item) is not None


_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday",
}  # fmt: skip


def keep_list_whole(found: list[Piece], items: list[tuple[int, int, str]]) -> list[Piece]:
    """The pieces of a sentence with a list not cut between its items: a piece that starts
    inside the list joins the one before ("the Coast Party allied with the Harbour Party,
    the Green Party and ..." is no clause about the Coast Party). The items are claims of
    their own."""
    if not items:
        return found
    first, last = items[0][0], items[-1][1]
    out: list[Piece] = []
    for piece in found:
        if out and first < piece.start <= last:
            out[-1] = Piece(out[-1].start, piece.end, out[-1].kind, out[-1].lead)
            continue
        out.append(piece)
    return out


# a clause that stops where its verb's rest is left out ("said it had no plans to.",
# "said it would."): only the clause before says what it would do
_ELLIPSIS_END = rx.compile(
    r"\b(?:to|are|is|was|were|do|does|did|will|would|can|could|should|has|have|had|not)"
    r"[\"”’')]*[.!?:]?[\"”’')]*\s*$",
    re.I,
)
# a subject and a relative clause about it, then the comma before the subject's verb
_SUBJECT_THEN_RELATIVE = rx.compile(r"[^,;:]+,\s+(?:which|who)\s[^,;:]+$", re.I)


_RELATIVE_WORD = rx.compile(r"\b(?:who|which|that|whose)\b", re.I)


def _only_participle_phrase(said: str) -> bool:
    """Whether a piece that opens with an -ing word is a participle phrase with no clause
    of its own: no verb after it but inside a relative clause ("using staff who are
    trained to drive"; not "starting this year all trains will stop")."""
    word, _, rest = said.partition(" ")
    if "VERB" not in _readings(word.casefold()):
        return False
    relative = _RELATIVE_WORD.search(rest)
    return not has_verb(rest[: relative.start()] if relative else rest)


def _gapped(between: str, said: str) -> bool:
    """Whether a clause after a semicolon or a comma has no verb of its own: its verb is
    the clause before's, left out ("the visitors less so", "in York, 7%")."""
    return (
        (";" in between or "," in between)
        and not has_verb(said)
        and not verb_after_number(said)
        and not starts_with_verb(_unlead(said))  # "…, and closed the depot": a predicate
    )


def _relative_in_subject(said: str) -> bool:
    """Whether a piece is a subject and a relative clause about it, and no verb before
    the relative clause ("The results, which were not audited"): the predicate after it
    is the subject's, not a clause of its own."""
    m = _SUBJECT_THEN_RELATIVE.fullmatch(said)
    return m is not None and not has_verb(said[: said.find(",")])


def keep_ellipsis_whole(text: str, found: list[Piece], item: bool = False) -> list[Piece]:
    """The pieces of a sentence with none that says nothing alone joined to the piece
    before it: a clause whose verb's rest is left out ("The firm has not cut jobs and said
    it had no plans to."), or whose verb is the clause before's ("Home fans look happy;
    the visitors less so.": gapped, no verb of its own; in a list item, a part without a
    verb is a field of it), one that opens with a participle and has no subject ("…, using
    staff who are trained to drive."), and a predicate cut from its subject and the
    relative clause about it ("The results, which were not audited, | break down …")."""
    if len(found) < 2:
        return found
    out = [found[0]]
    for piece in found[1:]:
        said = text[piece.start : piece.end]
        before = out[-1]
        first = _WORD.match(said)
        word = first.group() if first is not None else ""
        joined = piece.kind == before.kind == "clause" and (
            _ELLIPSIS_END.search(said) is not None
            or (word.endswith("ing") and word.islower() and _only_participle_phrase(said))
            or (word.islower() and _relative_in_subject(text[before.start : before.end]))
            or (not item and _gapped(text[before.end : piece.start], said))
        )
        if joined:
            out[-1] = Piece(before.start, piece.end, before.kind, before.lead)
            continue
        out.append(piece)
    return out


_ORDER_OPENING = rx.compile(
    r"\s*(?:(?:never|always|please|do\s+not|don[’']t)\s+)?([A-Za-z]+)\b", re.I
)


def is_order(item: str) -> bool:
    """Whether a list item is an order ("Turn off the gas if it is safe to do so", "Never
    walk through floodwater"): it opens with a plain verb, and any verb that is surely
    one ("is") is inside a subordinate clause after it. An order is advice under its
    lead-in ("Here is the agency's advice: turn off …"), never a statement of its own;
    "Water levels are rising" is one (its sure verb is the main clause's)."""
    opening = _ORDER_OPENING.match(item)
    if opening is None:
        return False
    word = opening.group(1)
    if word.casefold() not in lexicon.lemmas(word.casefold(), "VERB"):
        return False
    clause = _SUBORDINATOR.search(item, opening.end())
    rest = item[opening.end() : clause.start() if clause else len(item)]
    found = _WORD.findall(rest.casefold())
    if word.casefold() == "make" and found[:1] == ["sure"]:
        return True  # "Make sure children are supervised": a clause is what to make sure of
    order = before = word.casefold()
    for w in found:
        if before in ("and", "or", "then") and w not in AUX and w in lexicon.lemmas(w, "VERB"):
            order = w  # "Wash hands and avoid crowds": a second order
        elif _verb_class(w) == ALWAYS and not (
            w not in AUX
            and _participle_form(w)
            # "Keep windows shut": the state the object is kept in; "in sealed bags": an
            # adjective after a preposition or a determiner
            and (order in _OBJECT_COMPLEMENT_VERBS or before in NOUN_CONTEXT)
        ):
            return False  # "Call centres closed on Monday": a clause's verb
        before = w
    return True


# plain verbs whose object may be followed by a participle saying what state it is left in
_OBJECT_COMPLEMENT_VERBS = frozenset({"keep", "get", "have", "leave", "make", "hold"})


def _participle_form(word: str) -> bool:
    """A form that can only be a past participle after an object: "-ed" ("locked"), "-en"
    / "-wn" ("taken", "shown"), or a verb's base form that is its past too ("shut",
    "set"); never a past tense of its own ("rose", "sold"), which makes a clause."""
    if word.endswith("ed") or (word.endswith(("en", "wn")) and _past_participle(word)):
        return True
    return word in lexicon.lemmas(word, "VERB") and lexicon.verb_form(word, "VBD") == word


def item_text(lead: str, item: str) -> str:
    """ "The coalition included" + "the Green Party" -> "The coalition included the Green
    Party."; after a colon, "Lead: item"."""
    joined = f"{lead} {item}" if lead[-1:].isalnum() else f"{lead}: {item}"
    joined = " ".join(joined.split())
    return joined[:1].upper() + joined[1:] + ("" if joined.endswith(".") else ".")


_ENDS_IN_FULL_NAME = rx.compile(r"(?:^|\s)[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*$")


def _named_post(phrase: str) -> bool:
    """Whether a phrase that opens with a participle is a post and the person who holds it
    ("retired headteacher Margaret Cole", "elected mayor Ann Lee"): a noun, no preposition,
    after the participle, and a full name at its end; never a passive ("published by Ann
    Lee", "born in New York")."""
    words = phrase.rstrip(" .").split()
    if len(words) < 4 or _ENDS_IN_FULL_NAME.search(phrase.rstrip(" .")) is None:
        return False
    second = words[1]
    return (
        second[:1].islower()
        and second.casefold() not in _DETERMINERS  # "called the Republican Alliance"
        and not second.endswith("ly")
        and not any(
            _PREPOSITION_OPENS.match(w + " ") or w in ("as", "and", "or", "but", "of")
            for w in words[1:]
        )
    )


def _plural_head(head: str) -> bool:
    """Whether a noun phrase is plural: a plural noun in lower case at its end ("the
    keepers"; never "a council and university study"), or names joined by "and" ("Okafor
    and Lee"); a capitalised word alone ("Banks", "Wells") may be a surname."""
    words = head.split()
    if not words:
        return False
    if words[-1].islower():
        return _plural(words[-1])
    return " and " in head


def appositive_text(head: str, app: str, past: bool = False) -> str:
    """ "Okafor is unmarked at the back post." of "Okafor, unmarked at the back post, …":
    a noun phrase says what the name is ("Ann Lee is the council leader", "X is director
    of Y"); a phrase that opens with an adjective or a participle says how it was then,
    and in a past-tense sentence takes "was" ("Okafor, unmarked …, volleyed in")."""
    first = _WORD.match(app)
    word = first.group() if first is not None else ""
    # a state ("unmarked", "injured", "alone"), never a noun ("director of …", "part of …")
    state = word.islower() and word not in _DETERMINERS
    state = state and (word.endswith("ed") or "NOUN" not in _readings(word))
    many = _plural_head(head)
    verb = {(True, True): "were", (True, False): "was", (False, True): "are"}.get(
        (bool(past and state), many), "is"
    )
    body = f"{head} {verb} {app}".strip()
    return body[:1].upper() + body[1:] + ("" if body.endswith(".") else ".")


# emphasis; an underscore inside a word is a letter of it ("pay_rates_final"), as in CommonMark.
# A span never runs past a mark that could open one of its own kind (a "*" for "*", a "**"
# for "**", an underscore outside a word for "_"): each mark scans only to the next, so a
# run of marks that never close ("*a *a *a …") costs one pass, not one pass for each mark
_MD_EMPHASIS = rx.compile(
    r"(\*\*)(?=\S)((?:[^*]|(?<!\*)\*(?!\*))+?)(?<=\S)\*\*"
    r"|(\*)(?=\S)([^*]+?)(?<=\S)\*"
    r"|(?<!\w)(__)(?=\S)((?:[^_]|(?<!_)_(?!_))+?)(?<=\S)__(?!\w)"
    r"|(?<!\w)(_)(?=\S)((?:[^_]|(?<=\w)_(?=\w))+?)(?<=\S)_(?!\w)"
)


# an emphasis mark whose pair is past the piece's end ("*This review was corrected.*":
# the sentence stops at its full stop, the closing "*" after it), or before its start;
# after a sentence's end only ("A*" is a grade)
_MD_LONE_MARK = rx.compile(r"^(?:\*{1,3}|_{1,3})(?=\S)|(?<=[.!?\"”’'])(?:\*{1,3}|_{1,3})$")


def _emphasised(found: re.Match[str]) -> str:
    return next(span for span in found.groups()[1::2] if span is not None)


_MD_CODE = rx.compile(r"`([^`]*)`")
_MD_QUOTE_LINE = rx.compile(r"\n[ \t]{0,3}>[ \t]?")
# a link: no "[" inside its label or its address, so that each "[" scans only to the next
# (a run of "[" or "[a](" that never closes costs one pass)
_MD_LINK = rx.compile(r"!?\[([^\[\]]*)\]\([^)\[\]]*\)")


def _balanced(body: str, text: str, at: int) -> str:
    """A sentence of a quotation inside its quotation marks, in the article's style."""
    curly = "“" in body or "”" in body
    if curly != ('"' in body):  # its own marks say which it uses ("X wrote: “A. B.”")
        straight = not curly
    else:  # a sentence in the middle of a quotation: the mark that opened it
        before = text[max(0, at - WINDOW * 4) : at]
        straight = before.rfind('"') > before.rfind("“")
    if straight:
        n = _straight_quotes(body) if '"' in body else 0
        if n == 0 and '"' in body:
            return body  # inch marks only ("About 2" of rain fell."): no quotation to close
        if n == 0:
            return f'"{body}"'
        if n % 2 == 0:
            return body
        opened = body.startswith('"') or ': "' in body
        return body + '"' if opened else '"' + body
    opens, closes = body.count("“"), body.count("”")
    if opens > closes:
        return body + "”"
    if closes > opens:
        return "“" + body
    return body if opens else f"“{body}”"


# a name between commas after a descriptor ("The council leader, Ann Lee, said"): the
# name, then the comma that closed the apposition
# ("The other two, Ines Varga and Tomas Kell, voted": two names)
_BARE_NUMBER_END = rx.compile(r"(?P<number>\d(?:[\d.,]*\d)?%?)(?P<stop>\s*[.;]?)$")
_NAME_COMMA = rx.compile(
    rf"((?:[A-Z][\w’'.-]*\s+{_JOIN}){{0,3}}(?:and\s+(?:[A-Z][\w’'.-]*\s+{_JOIN}){{0,3}})?"
    r"[A-Z][\w’'.-]*"
    r"(?:\s+\([^()]{1,40}\))?),\s+(?=[a-z])"  # and a word in brackets: "Ann Lee (left)"
)


# a subject that ends inside a relative clause set off by a comma, or inside a source's
# aside ("The bridge, according to the council, which owns it, is …": the predicate
# after the source's own relative clause closes the aside, or its verb reads as the
# source's)
_OPEN_RELATIVE = rx.compile(
    r",\s+(?:which|who|whose|according\s+to|as\s+(?:reported|stated|explained)\s+by)\s[^,;:()]*$",
    re.I,
)


_NAMED_DAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}  # fmt: skip


def lower_first(body: str) -> str:
    """`body` going on after words before it: its first letter lower-cased, unless its
    first word is a name ("Tuesday", "Labour", "BBC", "I"): a word the lexicon does not know
    and no determiner, pronoun or preposition is one, and so is a label before a colon."""
    first = _WORD.match(body)
    if first is None:
        return body
    word = first.group()
    low = word.casefold()
    named = low in _NAMED_DAYS or word == "I" or (len(word) > 1 and word.isupper())
    # "Green: 24 seats": a capitalised label before a colon names its row (a party, a
    # team, a place); unsure whether it is a name, the case stays as written
    named = named or body[first.end() : first.end() + 1] == ":"
    if not named and word[:1].isupper() and low not in NOUN_CONTEXT and low not in OPENERS:
        # "North East", "Network Rail": a capital on the next word too makes one name
        following = _FOLLOWING.match(body, first.end())
        named = following is not None and following.group(1)[:1].isupper()
    if named or not (
        _readings(low) or low in SUBJECT_START or low in NOUN_CONTEXT or low in OPENERS
    ):
        return body
    return f"{body[:1].lower()}{body[1:]}"


_JOINING = {"and", "of", "the", "for", "with", "in", "on", "&"}


def item_after_colon(item: str) -> str:
    """A list item going on after its lead-in and a colon: lower-cased as `lower_first`
    would, except when it may start with a name the lexicon cannot tell from a common noun
    (after a colon a capital is right either way): an item with no verb whose first word
    is a noun or an adjective, never a verb nor a number ("Riverside primary"), or one in
    title case ("Chicken and Bacon
    Salad"). An order keeps its verb in lower case ("…: close all windows")."""
    first = _WORD.match(item)
    if first is None:
        return item
    word = first.group().casefold()
    readings = _readings(word)
    label = item.split(":", 1)[0] if ":" in item else None
    if label is not None and count_words(label) <= 4 and not has_verb(label):
        return item  # "Valley line: 84%": a row's label names it, as `lower_first` keeps
    if (
        {"NOUN", "ADJ"} & readings
        and "VERB" not in readings
        and word not in _NUMBER_WORDS
        and not has_verb(item)  # a sentence goes on in lower case ("…: hospitals should …")
    ):
        return item
    words = [w for w in _WORD.findall(item.split(",")[0]) if w.casefold() not in _JOINING]
    if readings and len(words) >= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return item
    return lower_first(item)


# "It" or "They" as a claim's subject, and the word after it
_THING_PRONOUN = rx.compile(r"(?P<pronoun>It|They)\s+(?P<verb>[a-z]+)\b")
# after "It", words that leave it pointing at nothing ("It is expected that …", "It was
# raining", "It emerged …", "It will take years"), or at a state that fits anything:
# kept as they are
_NOT_REFERRING_IT = {
    "is", "was", "isn", "wasn", "has", "had", "hasn", "hadn", "will", "would", "may",
    "might", "could", "should", "can", "must", "shall", "seems", "seemed", "appears",
    "appeared", "remains", "remained", "emerged", "follows", "followed", "means", "meant",
    "takes", "took", "happened", "happens", "rained", "snowed", "matters", "mattered",
    "looks", "looked", "feels", "felt", "comes", "came", "makes", "made", "depends",
    "depended", "turned", "turns", "becomes", "became", "gets", "got", "goes", "went",
}  # fmt: skip
# after these, "It" is often what the sentence before told of, not its subject ("The wall
# was repaired. It cost £2m.": the repair did)
_EVENT_VERBS = {
    "cost", "costs", "caused", "causes", "led", "leads", "sparked", "sparks", "prompted",
    "prompts", "triggered", "triggers", "marked", "marks", "brought", "brings", "followed",
    "saw", "sees", "involved", "involves", "affected", "affects", "resulted", "results",
    "ended", "ends", "lasted", "lasts", "saved", "saves", "raised", "raises", "left",
}  # fmt: skip
_PASSIVE_VERB = rx.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?(?P<word>[a-z]+)\b")
# what only a body can do: after one of these, "It" is the body, never a thing
_AGENT_VERBS = {
    "said", "says", "added", "confirmed", "announced", "denied", "declined", "told",
    "warned", "stated", "apologised", "apologized", "admitted", "insisted", "claimed",
    "argued", "explained", "urged", "promised", "pledged", "vowed", "refused", "agreed",
    "replied", "responded", "acknowledged", "wrote", "tweeted", "posted", "published",
}  # fmt: skip
# nouns that name a body: it may say, confirm or decide ("the council", "the firm")
_BODIES = {
    "council", "company", "firm", "club", "trust", "government", "ministry", "department",
    "agency", "board", "committee", "bank", "union", "school", "university", "hospital",
    "authority", "party", "group", "charity", "airline", "operator", "regulator", "court",
    "force", "service", "business", "retailer", "supermarket", "chain", "insurer",
    "lender", "watchdog", "institute", "society", "association", "network", "broadcaster",
    "newspaper", "publisher", "developer", "manufacturer", "maker", "organisation",
    "organization", "body", "commission", "cabinet", "parliament", "college", "academy",
    "foundation", "museum", "library", "orchestra", "church", "team", "utility",
    "provider", "carrier", "supplier", "army", "navy",
}  # fmt: skip
# "said Ann Cole of the group Clean Air Now", "… from the campaign group Clean Air Now",
# "… of the Clean Air Now campaign": a name, then the body the person is of, which a
# noun for a body describes before or after its name; the noun keeps "said Ann Cole of
# the plan" (what she spoke of) from being taken for whom she speaks for
_BODY_NOUN = r"(?:" + "|".join(sorted(_BODIES | {"campaign", "lobby", "coalition", "alliance",
    "movement", "collective", "consultancy", "website", "magazine", "tank"})) + r")"  # fmt: skip
_PROPER = r"[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?(?:the\s+)?[A-Z][\w’'.&-]*){0,5}"
_NAME_OF_NAMED_BODY = rx.compile(
    r"\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:of|from)\s+(?:the\s+|an?\s+)?"
    rf"(?:(?:[a-z][\w’'-]*\s+){{0,3}}{_BODY_NOUN}\s+{_PROPER}|{_PROPER}\s+{_BODY_NOUN})"
)
_DETERMINER = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}
_SENTENCE_END = rx.compile(r"(?<=[a-z0-9%)\]])[.!?][\"”’']?\s+(?=[A-Z“\"‘])")
_SHORT_FORMS = {"mrs", "gov", "gen", "sen", "rep", "inc", "ltd", "corp", "prof", "co", "jr"}


# Characters before a pronoun searched for the sentence before it: a paragraph of
# thousands of sentences on one line is not read from its start for each of them.
_LOOK_BACK = 4000


def _sentence_start(text: str, lo: int, at: int) -> int | None:
    """Where the sentence holding `at` starts, not before `lo` (its paragraph's start); None
    when that is more than _LOOK_BACK characters or _TRIES full stops back (a pronoun is
    then kept rather than read against part of a sentence). The last sentence end before
    `at` is looked for in the few hundred characters before it first."""
    for back in (_NEAR, _LOOK_BACK):
        ends = list(_SENTENCE_END.finditer(text, max(lo, at - back), at))
        for found in reversed(ends[-_TRIES:]):
            word = _tokens(text[max(lo, found.start() - 8) : found.start()])[-1:]
            short = bool(word) and len(word[0]) <= 2 and word[0].isalpha()
            if not short and not (word and word[0].casefold() in _SHORT_FORMS):
                return found.end()  # (not "Dr. Lee", "Mrs. Kerr": no sentence ends there)
        if len(ends) > _TRIES:
            return None
        if at - back <= lo:
            return lo
    return None


_NEAR, _TRIES = 400, 24


# plurals without an -s: "They" may mean them
_PLURALS = {
    "people", "children", "men", "women", "police", "staff", "data", "media", "crew",
    "personnel", "cattle", "youth", "mice", "geese", "feet", "teeth", "folk", "clergy",
}  # fmt: skip
# things that say something as a body does ("The council published a report. It said
# …": the report may have said it)
_SAYING_THINGS = {
    "report", "study", "letter", "statement", "survey", "document", "paper", "review",
    "audit", "notice", "email", "post", "website", "book", "article", "ruling", "judgment",
    "judgement", "law", "rule", "bill", "plan", "policy", "contract", "agreement", "sign",
    "poll", "analysis", "inquiry", "investigation", "filing", "note", "message", "tweet",
    "memo", "guidance", "research", "release", "update", "summary", "assessment", "page",
}  # fmt: skip


def _plural(word: str) -> bool:
    low = word.casefold()
    if low in _PLURALS:
        return True
    return low.endswith("s") and any(lemma != low for lemma in lexicon.lemmas(low, "NOUN"))


# a name's possessive: "Greens'", "Ann Lee's"
_OWNED = rx.compile(r"^[A-Z][\w-]*(?:['’]s|s['’])$")


def _kind_of(subject: str) -> str | None:
    """What a subject is, for a pronoun: "body" (a council, a firm, a name of one),
    "thing" (a singular noun phrase), "things" (a plural one), or None (a person, a
    place, a coordination, anything longer or unsure)."""
    words = subject.split()
    if not words or len(words) > 5 or re.search(r"[,;:()“”\"]|\b(?:and|or|nor)\b", subject):
        return None
    if refer.person(subject) is not None or subject.casefold() in _PERSONAL:
        return None
    if any(w in ("itself", "who") or (w.islower() and w.endswith("ing")) for w in words[1:]):
        return None  # "A group calling itself X": a phrase, no plain noun phrase
    head = words[-1].casefold()
    determined = words[0].casefold() in _DETERMINER - {"its", "their", "his", "her"}
    name = words[1:] if determined else words
    if name and (len(name) > 1 or not _readings(head)) and all(w[:1].isupper() for w in name):
        # a name: "Leeds City Council", "The BBC" are bodies; a person or a place is no "it"
        body = head in refer.NOT_PEOPLE or head in _BODIES or name[-1].isupper()
        return "body" if body and len(name[-1]) > 1 else None
    owner = next((k for k, w in enumerate(words) if _OWNED.search(w)), None)
    if (
        owner is not None
        and 0 < len(words) - owner - 1 <= 2
        and all(w.islower() for w in words[owner + 1 :])
        and all(w[:1].isupper() for w in words[1 : owner + 1])
        and _plural(head)
    ):
        return "things"  # "The Greens' parents", "Ann Lee's sons": a plural they own
    if any(w[:1].isupper() for w in words[1:]):
        return None  # "The Leeds council": part name, part noun
    if head in _BODIES:
        return "body" if determined else None
    if "NOUN" not in _readings(head):
        return None
    if _plural(head):
        return "things" if determined or len(words) <= 3 else None  # "Drivers", "The firms"
    return "thing" if determined else None


def _rivals(context: str, after: int, pronoun: str, agent: bool) -> bool:
    """Whether `context` from `after` names anything else the pronoun may mean: a name
    or a body, and for "It" a singular noun after a determiner (unless the verb is one
    only a body does), for "They" any plural noun."""
    tokens = list(_WORD.finditer(context, after))
    for k, m in enumerate(tokens):
        w = m.group()
        low = w.casefold()
        if w[:1].isupper() and low not in _NAMED_DAYS:
            return True  # "… fined Harbour Labs": a name after the subject
        if low in _BODIES:
            return True
        if "NOUN" not in _readings(low) or low in _TIME_NOUNS:
            continue
        if pronoun == "They":
            if _plural(low):
                return True  # "cut prices", "to residents"
            continue
        if (agent and low not in _SAYING_THINGS) or _plural(low):
            continue
        nxt = tokens[k + 1].group().casefold() if k + 1 < len(tokens) else ""
        if "NOUN" in _readings(nxt) and "VERB" not in _readings(nxt):
            continue  # "three rest centres": a noun before its head
        after_verb = k > 0 and "VERB" in _readings(tokens[k - 1].group().casefold())
        if (
            "VERB" not in _readings(low)
            or after_verb
            or any(t.group().casefold() in _DETERMINER for t in tokens[max(0, k - 3) : k])
        ):
            return True  # "confirmed the breach", "brought rain": it may be the breach
    return False


def _participle(word: str) -> bool:
    """A past participle: "repaired", "rebuilt", "taken" (not "asking", "open")."""
    if word.endswith("ed") or word in IRREGULAR_PAST:
        return True
    lemmas = lexicon.lemmas(word, "VERB")
    return bool(lemmas) and word not in lemmas and not word.endswith(("ing", "s"))


# The quotation marks of the last text asked about, by mark, in order: each clause that
# opens with "It" asks about its line up to itself, which may be a whole article long.
_MARKS: list[Any] = [None, {}]


def _quotation_open(text: str, lo: int, at: int) -> bool:
    """Whether text[lo:at] leaves a quotation open: more opening than closing curly
    marks (double, or single), or an odd number of straight double ones."""
    if _MARKS[0] is not text:
        found: dict[str, list[int]] = {mark: [] for mark in '“”"‘’'}
        for m in _QUOTE_MARK.finditer(text):
            found[m.group()].append(m.start())
        _MARKS[:] = [text, found]
    marks: dict[str, list[int]] = _MARKS[1]

    def count(mark: str) -> int:
        where = marks[mark]
        return bisect.bisect_left(where, at) - bisect.bisect_left(where, lo)

    return count("“") != count("”") or count('"') % 2 == 1 or count("‘") > count("’")


_QUOTE_MARK = rx.compile(r"[“”\"‘’]")


def named_thing(body: str, text: str, at: int) -> str:
    """A claim that opens with "It" or "They" with the noun phrase it means in square
    brackets ("It said 3,000 records were taken." -> "[The council] said …"), when the
    sentence before (or this sentence's first clause) has that noun phrase as its
    subject and nothing else it may mean: one body or thing for "It", a plural or a body
    for "They". "It" before a verb that points at nothing ("It is expected that …", "It
    was raining"), a pronoun inside a quotation, and any doubt keep the pronoun: a wrong
    noun is a false claim, a pronoun only vague."""
    found = _THING_PRONOUN.match(body)
    if found is None:
        return body
    pronoun, verb = found.group("pronoun"), found.group("verb")
    if pronoun == "It" and (verb in _NOT_REFERRING_IT or verb in _EVENT_VERBS):
        return body
    lo = text.rfind("\n", 0, at) + 1
    if _quotation_open(text, lo, at):
        return body  # the speaker's "it"
    start = _sentence_start(text, lo, at)
    if start is None:
        return body
    if text[start:at].strip():
        context = text[start:at]  # "The council confirmed it, and it said …"
    elif (first := _sentence_start(text, lo, max(lo, start - 1))) is not None:
        context = text[first:start]
    else:
        return body
    if not context.strip()[:1].isupper() or re.search(r"[“”\"‘]|(?<!\w)'", context):
        return body  # no sentence start (a line of a hard-wrapped paragraph), or a quotation
    subject = subject_of(context)
    if subject is None:
        return body
    kind = _kind_of(subject)
    if (
        kind is None
        or (pronoun == "It" and kind == "things")
        or (pronoun == "They" and kind == "thing")
    ):
        return body
    agent = verb in _AGENT_VERBS
    passive = any(_participle(m.group("word")) for m in _PASSIVE_VERB.finditer(context))
    if pronoun == "It" and kind == "thing" and (agent or passive):
        # a thing does not say or confirm: the "it" may be a body named elsewhere; after
        # a passive ("The wall was repaired. It …") it may be what was done to it
        return body
    if _rivals(context, context.find(subject) + len(subject), pronoun, agent and kind == "body"):
        return body
    return f"[{subject[:1].upper()}{subject[1:]}]{body[found.end('pronoun') :]}"


def _apposed_name(text: str, at: int, subject: str) -> str | None:
    """The name a subject gives after a comma, when it is a description and then the name
    set off by commas ("Her neighbour, Ron Bishop, runs …"; the subject read without its
    commas, "Her neighbour Ron Bishop"): a predicate that borrows it says who by the name
    ("Ron Bishop says …"), never the description run into the name."""
    words = subject.split()
    for k in range(1, len(words) - 1):
        name, described = " ".join(words[k:]), " ".join(words[:k])
        if not words[k][:1].isupper() or refer.person(name) != name:
            continue
        written = rf"{re.escape(described)},\s+{re.escape(name)},\s"
        if re.search(written, text[max(0, at - 400) : at]):
            return name
    return None


def _opens_with_subject(body: str, subject: str) -> bool:
    """Whether the clause already opens with the subject's last word ("Kozely leads …"
    with the subject "Kozely"): it has its subject, and one borrowed before it would say
    the name twice where the passage says it once."""
    last = _LAST_WORD_OF.search(subject)
    first = _WORD.search(body)
    return (
        last is not None
        and first is not None
        and first.group().casefold() == last.group().casefold()
    )


_LAST_WORD_OF = rx.compile(r"[\w’'-]+(?=\W*$)")


def claim_text(
    text: str,
    piece: Piece,
    antecedent: str | None = None,
    subject: str | None = None,
    past: bool = False,
) -> str:
    """The statement of a piece: Markdown removed, a capital first, a full stop last.

    A relative clause takes its `antecedent` as subject ("which appeared in June" ->
    "The paper appeared in June"); a participle phrase takes the sentence's `subject` and
    a finite verb ("wearing the armband" -> "He wore the armband"); an absolute phrase
    loses its "with" ("with prices rising" -> "Prices rising").
    """
    raw = text[piece.start : piece.end]
    body = " ".join(raw.split())
    if ">" in body:  # a blockquote's mark on each line the piece runs over: not its words
        raw = _MD_QUOTE_LINE.sub("\n", raw)
        body = " ".join(raw.split())
    if "[" in body:  # each Markdown pattern needs its mark: most pieces have none
        body = " ".join(_MD_LINK.sub(r"\1", raw).split())
    if "*" in body or "_" in body:
        body = _MD_EMPHASIS.sub(_emphasised, body)
        body = _MD_LONE_MARK.sub("", body)
    if "`" in body:
        body = _MD_CODE.sub(r"\1", body)
    if body.startswith("\\#"):  # the escape that keeps a page's "# 1 seed …" a paragraph
        body = body[1:]
    if piece.kind == "complement" and piece.lead:
        body = f"{piece.lead} {body}"
    elif (
        piece.kind == "gapped"
        and piece.lead
        and (m := _GAPPED.fullmatch(body) or _GAPPED_PLAIN.fullmatch(body))
    ):
        verb, _, unit = piece.lead.partition("|")
        rest = body[m.end("np") :].lstrip()
        if unit:  # "Benn for 14." after "… for 18 years": "Benn was jailed for 14 years."
            rest = _BARE_NUMBER_END.sub(rf"\g<number> {unit}\g<stop>", rest, count=1)
        body = f"{m.group('np')} {verb} {rest}"
    elif piece.kind == "quoted":
        body = _balanced(body, text, piece.start)
        if piece.lead:  # "The coach said: “He will miss the final.”"
            body = f"{piece.lead}: {body}"
        elif (
            (named := _NAME_COMMA.match(body)) is not None
            and text[max(0, piece.start - 3) : piece.start].rstrip().endswith(",")
            and starts_with_verb(body[named.end() :])
        ):
            body = f"{named.group(1)} {body[named.end() :]}"  # "Ann Lee, said: “…" after a title
    elif piece.kind == "relative" and piece.lead:
        # inside a quotation its speaker introduces ("The mayor said: “We opened the new
        # bridge, which cost £4m.”"): the speaker's words as written, from the noun they
        # are about, in quotation marks ("The mayor said: “…the new bridge, which cost
        # £4m.”"); rewritten ("the new bridge cost £4m") they are neither the speaker's
        # words nor marked as a paraphrase
        body = f"{piece.lead}: {_quoted_excerpt(text, piece, antecedent)}"
    elif piece.kind == "relative" and antecedent and body[:6].casefold() == "whose ":
        body = possessive(antecedent) + body[5:]  # "whose sister works" -> "X's sister works"
        if piece.lead:
            body = f"{piece.lead}: {body}"
    elif piece.kind == "relative" and antecedent:
        body = antecedent + " " + re.sub(r"^(?:which|who|that)\s+", "", body, flags=re.I)
    elif piece.kind == "aside" and antecedent:
        # the clause it hangs on, then it, with the comma between them if there was one
        # (or the dash: "caused damage - such as fires …")
        mark = text[max(0, piece.start - 8) : piece.start].rstrip()[-1:]
        joint = "," if mark == "," else f" {mark}" if mark in ("-", "–", "—") else ""
        body = f"{antecedent.rstrip('.')}{joint} {body}"
    elif (
        piece.kind == "clause"
        and (named := _NAME_COMMA.match(body)) is not None
        and text[max(0, piece.start - 3) : piece.start].rstrip().endswith(",")
        and starts_with_verb(body[named.end() :])
    ):
        body = f"{named.group(1)} {body[named.end() :]}"  # "The leader, Ann Lee, said …"
    elif (
        piece.kind == "clause"
        and subject
        and starts_with_verb(body)
        and not LEADING.match(body)
        and not (body[:1] in _QUOTES and quotation_speaker(body) is not None)
        and not _opening_then_subject(body)
        and not _opens_with_subject(body, subject)
    ):
        # (a quotation then who said it, "“Do not wait,” Ann Lee said", lacks no subject)
        # "The club, which must sell players, could …": the comma that closes the clause
        closed = "," if _OPEN_RELATIVE.search(subject) else ""
        subject = _apposed_name(text, piece.start, subject) or subject
        body = f"{subject}{closed} {lower_first(body)}"  # "and has made 100 …"
    elif (
        piece.kind == "clause"
        and subject
        and (phrase := _TIME_PHRASE_FIRST.match(body)) is not None
        and starts_with_verb(body[phrase.end() :])
        and not _opens_with_subject(body, subject)
    ):
        # "…, said Lee, and for a moment looked pleased": a short time phrase, then the
        # predicate that lost its subject ("Lee for a moment looked pleased")
        body = f"{subject} {lower_first(body)}"
    elif piece.kind == "descriptor" and subject:
        # "The health minister, Joan Pike, said …": a title the article gives her now;
        # "An experienced sailor, Ada Ruiz crossed …": what she was then
        titled = _NAME_COMMA.match(text[piece.end : piece.end + 80].lstrip(" ,")) is not None
        then = past and not (titled and "then" not in body.casefold().split())
        two = re.search(r"\sand\s", subject) is not None  # "Ines Varga and Tomas Kell"
        verb = ("were" if two else "was") if then else ("are" if two else "is")
        body = f"{subject} {verb} {lower_first(body)}"
    elif piece.kind == "attached" and antecedent and _named_post(body):
        # "Its chair, retired headteacher Margaret Cole, said …": who holds the post, as
        # the article tells it now ("was" would say she no longer does)
        body = f"{antecedent} is {body}"
    elif piece.kind == "attached" and antecedent and _PASSIVE.match(body):
        # "The fee is believed to be ..." (a report: the sentence's tense); "The study was
        # published by ..." (a participle tells of something done)
        reported = re.match(_REPORTED + r"\s", body, re.I)
        many = _plural_head(antecedent)
        # a lasting relation ("coached by …") holds in the clause's own time, unless the
        # phrase dates it ("owned by the state until 1990")
        lasting = _LASTING.match(body) is not None and _DATED.search(body) is None
        if lasting and not past:
            # the clause's tense read with its subject ("The alliance included …": a verb
            # that opens the clause alone is not read as one)
            after = text[piece.end : piece.end + WINDOW].lstrip(" ,")
            lasting = not is_past(f"{antecedent} {after}")
        if past or not (reported or lasting):
            body = f"{antecedent} {'were' if many else 'was'} {body}"
        else:
            # the clause's own "is" or "are" when it follows ("Australia, coached by …, are
            # sixth": "Australia are coached by …"), as the article counts the subject
            main = _MAIN_BE.match(text, piece.end)
            verb = main.group(1).casefold() if main else "are" if many else "is"
            body = f"{antecedent} {verb} {body}"
    elif piece.kind == "attached" and (which := _PREPOSITION_WHICH.match(body)) is not None:
        body = body[which.end() :]
    elif piece.kind == "attached":
        if re.match(r"with\s", body, re.I):
            # "…, with substitute Ann Lee scoring late": "Substitute Ann Lee scored late"
            body = absolute_statement(body[5:], past) or body[5:]
        else:
            # "returns after missing the tour": a deed over before the clause's event, so
            # past whatever the clause's tense ("Dunlop missed the tour", never "misses")
            over = _OVER_BEFORE.search(text, max(0, piece.start - 8), piece.start) is not None
            if subject and (made := finite(body, subject, past or over)):
                body = made
    if piece.kind == "clause":
        body = NOT_ONLY_LEFT.sub("", body, count=1) if _may_hold(body, "only") else body
        if "not only" in body:
            body = _NOT_ONLY_PHRASE_LEFT.sub(" ", body, count=1)  # "angry, not only over pay"
    body = _JOINING_LEFT.sub("", body.rstrip(" ,;:-–—"))
    if not body[1:2].isupper():  # "iPhone 15 Plus ...": a name keeps its case
        body = body[:1].upper() + body[1:]
    if body[:1] in ("“", '"') and not body[2:3].isupper():
        body = body[:1] + body[1:2].upper() + body[2:]  # "But the law says …," she said
    # a question promoted by hand keeps its mark; an inch mark ends no sentence ("6'2"")
    if body and (body[-1] not in ".!?…\"”’'" or primes(body)[-1] == "″"):
        body += "."
    if piece.kind != "quoted" and body[-1:] in ".!?…":
        # a sentence that ends inside the quotation it opened ("… described it: “Dad
        # wept. He …”"): its claim closes the quotation marks it opened
        if body.count("“") > body.count("”"):
            body += "”"
        elif _straight_quotes(body) % 2 == 1 and not body.startswith('"'):
            body += '"'  # (an inch mark opens none: "The 12" pipe burst.")
    if piece.kind == "clause" and body[:1] in ("I", "T"):
        body = named_thing(body, text, piece.start)
    elif piece.kind == "complement" and piece.lead and piece.lead[:1] in ("I", "T"):
        # "It said A and that B": B's claim borrows "It said" from the sentence's start,
        # and means by "It" what the first claim's "It" means, read from the same place
        lo = text.rfind("\n", 0, piece.start) + 1
        opening = _sentence_start(text, lo, piece.start)
        if opening is not None and text.startswith(piece.lead, opening):
            body = named_thing(body, text, opening)
    return body


def _quoted_excerpt(text: str, piece: Piece, antecedent: str | None) -> str:
    """The words of a relative clause cut off inside a quotation, verbatim from the noun
    phrase it is about (`antecedent`, when it stands right before the clause), after an
    ellipsis and in the quotation's own marks."""
    lo = max(0, piece.start - WINDOW)
    begin = piece.start
    if antecedent:
        words = r"\s+".join(re.escape(w) for w in antecedent.split())
        found = re.search(words + r"[\s,]*$", text[lo : piece.start], re.I)
        if found is not None:
            begin = lo + found.start()
    words = " ".join(text[begin : piece.end].split()).rstrip(' “”"')
    curly = "“" in text[lo : piece.start]
    opening, closing = ("“", "”") if curly else ('"', '"')
    if words[-1:] not in ".!?…":
        words += "."
    return f"{opening}…{words}{closing}"


_INTERVIEW_NAME = rf"(?:[A-Z][\w’'.-]*\s+{_JOIN}){{0,3}}[A-Z][\w’'-]*"
# the role a name may be set off after ("We spoke to its leader, Ann Lee")
_INTERVIEW_ROLE = r"(?:(?:the|its|their|his|her|our|an?)\s+[^,.;:“”\"]{1,60},\s+)?"
# "We spoke to Ann Lee after the vote", "We asked its leader, Ann Lee, what she plans",
# "In an interview with Ann Lee", "Ann Lee, the council leader, answered our questions":
# who an interview's intro says answers (who spoke to or asked whom only after "we" or
# "I", the interviewer: "The minister spoke to Ann Lee" may name the one who asked)
_INTERVIEWED = rx.compile(
    r"\b(?:[Ww]e|I)\s+(?:have\s+|had\s+|also\s+)?(?:(?:spoke|spoken|talked|sat\s+down)\s+(?:to|with)"
    r"|asked|put\s+(?:our\s+|some\s+|these\s+|your\s+|readers[’']\s+)?questions\s+to)\s+"
    + _INTERVIEW_ROLE
    + r"(?P<to>"
    + _INTERVIEW_NAME
    + r")|\binterview(?:ed|s)?\s+(?:with\s+)?(?P<with>"
    + _INTERVIEW_NAME
    + r")|(?P<who>"
    + _INTERVIEW_NAME
    + r")(?:,[^,;:]{1,80},)?\s+(?:answered|answers|took|takes)\s+(?:our|readers[’']|some|the)"
    r"\s+(?:[a-z]+\s+){0,2}questions\b"
)


# "We spoke to her at the training ground", "I sat down with him": the interview is with
# the person the intro is about, by pronoun (interviewed_pronoun)
_INTERVIEWED_PRONOUN = rx.compile(
    r"\b(?:[Ww]e|I)\s+(?:have\s+|had\s+|also\s+)?(?:(?:spoke|spoken|talked|sat\s+down)\s+"
    r"(?:to|with)|interviewed|met|asked)\s+(?P<pronoun>him|her)\b"
)


def interviewed_pronoun(intro: str) -> str | None:
    """ "him" or "her" when a sentence says the interview after it is with the person the
    intro is about, by pronoun ("We spoke to her at the club on Tuesday"); else None."""
    found = _INTERVIEWED_PRONOUN.search(intro)
    return found.group("pronoun") if found else None


def interviewed(intro: str) -> str | None:
    """The person a sentence says the interview after it is with, by name ("We spoke to
    Ann Lee after the vote", "… an interview with Ann Lee", "Ann Lee, the council leader,
    answered our questions" -> "Ann Lee"); None when it says no such thing."""
    for found in _INTERVIEWED.finditer(intro):
        name = found.group("to") or found.group("with") or found.group("who")
        if (who := refer.person(name)) is not None:
            return who
    return None


# "he spoke to Dan Roe about fees", "Ann Lee talked to us", "she told our reporter",
# "Ann Lee sat down with Dan Roe": the one who speaks to the interviewer is the one the
# interview is with, by name or as the pronoun of the person the intro is about ("we" or
# "I" speaking are the interviewer: _INTERVIEWED). "[Ii]n conversation with Ann Lee" at a
# sentence's start names her.
_SPOKE_TO = rx.compile(
    r"(?:\b(?P<pronoun>[Hh]e|[Ss]he)|(?<![\w’'-])(?P<name>"
    + _INTERVIEW_NAME
    + r")(?:,[^,;:]{1,80},)?),?\s+(?:has\s+|had\s+|later\s+|recently\s+){0,2}"
    r"(?:(?:spoke|spoken|talked|sat\s+down)\s+(?:to|with)|told)\s+"
    r"(?P<to>us\b|me\b|this\s+newspaper\b|our\s+|"
    + _INTERVIEW_NAME
    + r")|^[\s“\"]*[Ii]n\s+conversation\s+with\s+(?P<conv>"
    + _INTERVIEW_NAME
    + r")"
)


def tells_interviewer(sentence: str) -> bool:
    """Whether a sentence may say someone spoke to an interviewer (see spoke_to)."""
    return _SPOKE_TO.search(sentence) is not None


def spoke_to(sentence: str, about: str | None) -> str | None:
    """The person an interview's intro sentence says spoke to its interviewer ("Ahead of
    the window he spoke to Dan Roe about fees", "Ann Lee talked to us"), by name; "he" or
    "she" is `about`, the person the intro is about, when the one spoken to is someone
    else. None when the sentence says no such thing."""
    for found in _SPOKE_TO.finditer(sentence):
        if found.group("conv"):
            if (who := refer.person(found.group("conv"))) is not None:
                return who
            continue
        to = found.group("to")
        heard = refer.person(to) if to[:1].isupper() else None
        if found.group("pronoun"):
            if about is not None and heard != about:
                return about
        elif (who := refer.person(found.group("name"))) is not None and who != heard:
            return who
    return None


def interviewee(intro: str) -> str | None:
    """Who answers an interview's questions: the person the sentence introducing it is
    about, by name ("The Dutch novelist Ada Ruiz, whose debut …, returns …" -> "Ada
    Ruiz"); None when its subject is no named person. The answers (blocks.interview_mark
    "A") are that person's speech, as a quotation is its speaker's."""
    return refer.person(subject_of(intro), intro)
