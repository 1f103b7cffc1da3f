"""From an article to a claim file ready for review.

    ingest   read text, Markdown or HTML (trafilatura) and its metadata
    blocks   paragraphs, list items and headings with exact offsets; drop page chrome,
             bylines, emoji-only lines, repeats and the footer
    segment  sentences within each block (sentencex), offsets kept
    atomize  one claim per checkable statement, each with its own span
    hints    a suggested kind (factual or opinion) with reasons and any named source

Near-duplicate claims (the same words, in any order and case) are merged into one claim
that keeps every passage, unless a word of theirs refers outside the claim ("It", "they").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from claimcheck.extract import atomize, blocks, lexicon, parallel, refer, rx
from claimcheck.extract.hints import answer_hint, hint, letter_hint, listed_hint
from claimcheck.extract.ingest import Source, plausible
from claimcheck.models import (
    Article,
    Claim,
    ClaimFile,
    Hint,
    LeftOut,
    LeftOutReason,
    Passage,
    sha256_text,
)
from claimcheck.segment import primes, sentences
from claimcheck.speakers import TITLES
from claimcheck.speech import UNNAMED_SOURCE

_CLEANED: dict[str, LeftOutReason] = {
    "chrome": "chrome",
    "repeat": "repeat",
    "heading": "heading",
    "dateline": "dateline",
    "caption": "caption",
    "credit": "credit",
    "byline": "byline",
}
# Cutting sentences is done up front, this share of it here and the rest by a second
# process, if one helps (parallel.ahead), while this one goes through the sentences with
# the first results: cutting a sentence takes about three times as long as going through
# it, so with this share the child's results are ready about when the walk reaches them.
_CUT_HERE = 0.45
_UP_FRONT = 40  # the per cent of the progress bar the cutting done here fills
_STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "is", "are", "was", "were"}


@dataclass
class Meta:
    """Metadata given on the command line; each value overrides the source's own."""

    title: str | None = None
    url: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: date | None = None
    id: str | None = None


@dataclass
class Stats:
    blocks: int = 0
    sentences: int = 0
    merged: int = 0

    def left_out(self, doc: ClaimFile) -> dict[str, int]:
        """How many passages were left out, by reason, most frequent first."""
        counts: dict[str, int] = {}
        for item in doc.left_out:
            counts[item.reason] = counts.get(item.reason, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


# Markdown's emphasis around a dateline's place ("**LONDON** — The …"), its marks read as
# the spaces they stand in for: the dateline is the same, bold or not
_OPENING_EMPHASIS = rx.compile(r"[*_]{1,3}(?=[A-Z])")


def _dateline(said: str) -> int:
    """How long the dateline opening a sentence is, through Markdown's emphasis marks."""
    if said[:1] not in "*_" or (marks := _OPENING_EMPHASIS.match(said)) is None:
        return atomize.dateline(said)
    k = marks.end()
    rest = said[k : k + 80].replace("*", " ").replace("_", " ") + said[k + 80 :]
    line = atomize.dateline(rest)
    return k + line if line else 0


def _lead_title(claims: list[Claim], width: int = 80) -> str | None:
    """A title for an article without a headline: its first statement, cut at a word."""
    if not claims:
        return None
    lead = claims[0].text.rstrip(".")
    if len(lead) <= width:
        return lead
    return lead[: lead.rfind(" ", 0, width - 1)].rstrip(",;:") + "…"


# The longest article id `slug` makes: it becomes a segment of every published URL. Wide
# enough for a whole headline of usual length (a width of 60 cut "…-for-marsh-lane"
# off "bridge", 61 characters joined).
SLUG_WIDTH = 80
# Words a cut id does not end on: they join the words after them ("…-plan-for").
_SLUG_JOINERS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "of", "for", "to", "in", "on", "at", "by",
    "with", "from", "into", "over", "after", "before", "as", "than", "about", "against",
    "between",
})  # fmt: skip


def slug(title: str) -> str:
    """The title's words in ASCII, lowercase, joined by `-`; as many whole words as fit in
    SLUG_WIDTH (an id cut mid-word, "…-record-winte", went into every published URL), and
    a cut id never ends on a joining word (`for`, `of`, `the`). A first word longer than
    that alone is cut: it has no boundary to cut at."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    if not words:
        return "article"
    kept = [words[0][:SLUG_WIDTH]]
    width = len(kept[0])
    for word in words[1:]:
        if width + 1 + len(word) > SLUG_WIDTH:
            while len(kept) > 1 and kept[-1] in _SLUG_JOINERS:
                kept.pop()
            break
        kept.append(word)
        width += 1 + len(word)
    return "-".join(kept)


# Words whose meaning is elsewhere in the article: "It declined to comment." after the
# council, then after the water company, are two statements about two bodies.
_REFERRING = {"it", "its", "they", "them", "their", "he", "him", "his", "she", "her"}
_REFERRING |= {"this", "these", "those", "there", "then", "we", "our", "us", "i", "my", "both"}
_REFERRING |= {"neither", "either", "former", "latter", "such"}


# A correction notice: "Correction: an earlier version of this article said the vote
# closed on Monday." (its tag may carry a date: "Correction, 4 May:"), "This article was
# amended on 3 May 2026.": what the page once said,
# and when it changed, not what the story says; the right fact is the sentence after it,
# or the story itself. A note that says what it corrected is one too ("… amended on 6 May
# to correct the opening hours"), and the right fact it gives is a claim ("… to correct
# the number of stops, which is six, not eight": _FIXED_FACT); one that says more, with
# a verb, is kept whole ("… to correct the date on which the pier closed").
# (The page is "this article", never "the report": an engineers' report, a council's, is
# news; a stamp's "on …" is a date or a time and nothing else: "updated on Monday to show
# 40 deaths" is a statement)
# what a page calls itself: under a "Correction:" tag, "an earlier post (article, update)
# said" is the page's own earlier words as "an earlier version" is; untagged, "an earlier
# report said" is as likely a council's or an inspector's, news
_PAGES = r"(?:article|story|report|piece|post|blog(?:\s+post)?|update|entry|edition)"
_CORRECTION = rx.compile(
    r"[\W_]*(?P<tag>(?:correction|clarification)"
    r"(?:\s*[,(]\s*(?P<dated>[^:;.()]{1,40}?)\)?)?\s*:\s*)?(?:"
    r"this\s+" + _PAGES + r"\s+(?:was|has\s+been)\s+"
    r"(?:amended|corrected|updated)(?:\s+(?P<when>(?:on|at)\s(?:[^.;]|(?<=\d)\.(?=\d)){1,60}?))?"
    r"(?:\s+to\s+(?:correct|clarify|fix|amend|remove|delete|add|include|reflect)\b"
    r"(?P<fixed>[^;]*?))?[.\W_]*$"
    r"|(?:an?\s+(?:earlier|previous)\s+(?:version|(?(tag)" + _PAGES + r"|(?!)))"
    r"(?P<page>\s+of\s+this\s+" + _PAGES + r")?"
    r"|(?P<self>this\s+" + _PAGES + r"(?:\s+(?:has|had))?\s+(?:originally|previously|initially"
    r"|earlier|first|incorrectly|wrongly|mistakenly|erroneously|inaccurately)))"
    r"\s+(?P<verb>said|stated|reported|gave|misstated|named|described|suggested|claimed)\b"
    # "We have corrected this article.", under a tag "We have corrected the date."
    r"|we\s+(?:have\s+|had\s+)?(?:since\s+)?(?:corrected|amended|clarified)\s+(?:this\s+"
    + _PAGES
    + r"(?:\s+accordingly)?[.\W_]*$|(?(tag)(?:the|an?|our|this)\s[^;]*?[.\W_]*$|(?!))))",
    re.I,
)
# an infinitive after what a note corrected ("the number of parking spaces to be removed"):
# no statement of its own, unlike a finite verb ("the date on which the pier closed")
_TO_DO = rx.compile(r"\bto\s+(?:be\s+|have\s+been\s+)?[a-z]+\b")
# a relative clause that says which of a noun's kind a note corrected ("the number of
# pupils who sat exams", "the name of the firm that built it"): part of what it corrected,
# no statement of its own; one after a preposition ("the date on which the pier closed")
# says when something happened, and is
_WHO_DID = rx.compile(
    r"\b(?!(?:on|in|at|by|for|from|with|to|of|under|during|after|before|through)\s)"
    r"([a-z]+)\s+(?:who|that|which)\s[^,;]*"
)


def _object_head_off(fixed: str) -> str:
    """What a note says it corrected or added, without the head noun it opens with ("…
    to add comments from the union": "comments" is what was added, not a verb; "spaces to
    be removed" lost its infinitive before), so that only a verb of its own is found in it
    ("… to correct the date on which the pier closed")."""
    words = fixed.split(maxsplit=1)
    if len(words) == 2 and "NOUN" in lexicon.readings(words[0].casefold()):
        return words[1]
    return fixed


# the right fact a note of what was corrected gives: what it corrected, then "which is"
# and its right value ("… to correct the number of stops, which is six, not eight": "The
# number of stops is six, not eight.")
_FIXED_FACT = rx.compile(
    r"\s+(?P<what>(?i:the|a|an|its|their|his|her)\s[^,;]{2,120}?),\s+which\s+"
    r"(?P<verb>is|was|are|were)\s+(?P<fact>\S[^;]*)"
)
# A note about the publication, not the story: that its words were edited ("This
# interview has been edited for length and clarity.", "Answers have been condensed for
# brevity.", "Letters may be edited."), or that its writer cannot answer every letter
# ("She regrets she cannot reply to every letter.", "We cannot answer emails
# individually."): the page's, left out as chrome
_EDITS = r"(?:edited|condensed|shortened|abridged|trimmed)"
_REASONS = r"(?:length|clarity|brevity|space|style)"
_WRITTEN_IN = (
    r"(?:letter|e-?mail|message|quer(?:y|ie)|question|comment|contribution|submission|repl(?:y|ie)"
    r"|response)s?"
)
_NOTE = rx.compile(
    r"[\W_]*(?:"
    # "This interview has been edited for length and clarity.", "Edited for brevity."
    r"(?:(?:(?i:this|the|these|all|some|our|its)\s+)?(?:[\w’'-]+\s+)?(?i:interview|conversation"
    r"|transcript|exchange|discussion|q\s*&\s*a|article|piece|column|extract|excerpt|text"
    r"|answer|quote|quotation|remark|it|they|"
    + _WRITTEN_IN
    + r")s?\s+(?i:has|have|was|were|may\s+have|may|will|might)\s+(?i:also\s+)?(?i:been|be)\s+)?"
    r"(?i:lightly\s+|slightly\s+)?(?i:"
    + _EDITS
    + r"(?:\s+(?:and|or)\s+(?:lightly\s+)?"
    + _EDITS
    + r")?\s+for\s+"
    + _REASONS
    + r"(?:(?:,\s*|,?\s+(?:and|or)\s+)"
    + _REASONS
    + r")*)"
    # "Letters may be edited.", "Comments will be shortened."
    r"|(?i:"
    + _WRITTEN_IN
    + r")\s+(?i:may|will|might|can)\s+(?i:be)\s+(?i:"
    + _EDITS
    + r")(?:\s+(?i:for)\s+(?i:"
    + _REASONS
    + r"))?"
    # "She regrets she cannot reply to every letter.", "Gail cannot answer emails personally."
    r"|(?:(?i:she|he|we|i|they)|[A-Z][\w’'-]+)\s+(?:(?i:regrets?|regret)\s+(?:(?i:that)\s+)?"
    r"(?i:she|he|we|i|they)\s+)?(?i:cannot|can\s+not|can[’']t|(?:is|are|am)\s+unable\s+to)\s+"
    r"(?i:personally\s+)?(?i:reply|respond|answer)\s+(?i:to\s+)?(?i:(?:every|each|all|individual)\s+"
    + _WRITTEN_IN
    + r"|"
    + _WRITTEN_IN
    + r"(?=\s+(?:personally|individually)))(?:\s+(?i:personally|individually))?"
    # "We do not publish anonymous letters.", "Unsigned letters will not be printed."
    r"|(?:(?i:we|the\s+editor)\s+(?i:do|does|will|can|cannot|never)(?:\s*(?i:not|n[’']t))?\s+"
    r"(?i:publish|print|accept|consider|run)\s+(?i:anonymous|unsigned|unnamed)\s+"
    + _WRITTEN_IN
    + r"|(?i:anonymous|unsigned|unnamed)\s+"
    + _WRITTEN_IN
    + r"\s+(?i:will|can|are|is|may)\s+(?i:not|never)\s+(?i:be\s+)?"
    r"(?i:published|printed|accepted|considered))"
    r")[.!\W_]*$"
)
# A sentence that asks the reader to write in, and where: "Letters on this subject are
# welcome at letters@…", "Comments are welcome at www.…": the reader's, with the address
_WELCOME = rx.compile(
    r"[\W_]*(?i:"
    + _WRITTEN_IN
    + r"|views|thoughts)\b[^.;:]{0,80}?\s(?i:are|is)\s+(?i:always\s+|very\s+|most\s+)?(?i:welcome)"
    r"\s+(?i:at|via|on|by\s+e-?mail\s+to|to)\s+(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?i:https?://|www\.)\S+)"
)
# the pronoun that opens the corrected fact after such a notice ("It closed on Tuesday.")
_CORRECTED = rx.compile(r"(?:It|They)\s")
# where the corrected fact starts inside a correction notice's sentence ("An earlier
# version said it closed on Monday; it closed on Tuesday", "…, but it closed …")
_FIX_AFTER = rx.compile(r";\s+|,\s+(?:but|when\s+in\s+fact|whereas)\s+|\s+[–—]\s+")


def _names_again(statement: str, subject: str) -> bool:
    """Whether the words after a statement's first name the subject's last word (its
    noun: "the council" in "It sued the council", "the city council")."""
    noun = subject.split()[-1].strip(".,;:'’\"”").casefold() if subject.split() else ""
    rest = statement.split()[1:]
    return bool(noun) and any(w.strip(".,;:!?'’\"”()").casefold() == noun for w in rest)


# a figure ("12,000", "£6m", "40%"), and the words that may come before one ("almost 9,000",
# "more than 9,000")
_FIGURE = rx.compile(r"[£$€]?\d[\d,.]*(?:%|m|bn|k)?[.,;]?$")
_ABOUT = {"almost", "nearly", "about", "around", "roughly", "approximately", "over", "under"}


def _figure(words: list[str]) -> bool:
    """Whether words open with a figure, maybe after "almost", "more than" … ("almost
    9,000"): what a corrected figure says in place of the wrong one."""
    if words[:1] and words[0].casefold() in _ABOUT:
        words = words[1:]
    elif words[1:2] == ["than"] and words[0].casefold() in ("more", "fewer", "less"):
        words = words[2:]
    return bool(words) and _FIGURE.match(words[0]) is not None


# a verb's past as reported speech puts it ("said the contract ran until 2028") and its
# present ("It runs until 2027"): the same verb
_BACKSHIFT = {
    "was": "is", "were": "are", "had": "has", "did": "does", "ran": "runs", "went": "goes",
    "held": "holds", "kept": "keeps", "made": "makes", "took": "takes", "paid": "pays",
    "won": "wins", "lost": "loses", "got": "gets", "cost": "costs", "meant": "means",
    "sold": "sells", "stood": "stands", "led": "leads", "grew": "grows", "fell": "falls",
}  # fmt: skip


# a modal before a verb ("… said the strike would begin on Monday"): the verb is the next
_MODALS = frozenset({"would", "will", "could", "can", "might", "may", "should", "shall"})


def _past_modal(words: list[str]) -> list[str]:
    """A clause's words from its verb on, without a modal before it ("would begin on
    Monday" -> "begin on Monday"), so that "It begins on Tuesday" corrects it."""
    return words[1:] if len(words) > 1 and words[0].casefold() in _MODALS else words


def _same_verb(now: str, then: str) -> bool:
    """Whether a corrected fact's verb is the wrong fact's, or its present after the wrong
    fact's past of reported speech ("closes" for "closed", "runs" for "ran"), or after the
    plain verb a modal took ("begins" for "would begin")."""
    if now == then or _BACKSHIFT.get(then) == now:
        return True
    if now in (then + "s", then + "es") or (then.endswith("y") and now == then[:-1] + "ies"):
        return True
    stem = then[:-2] if then.endswith("ied") else then[:-1] if then.endswith("ed") else ""
    return bool(stem) and now in (stem + "s", stem + "es", stem[:-1] + "ies", then[:-2] + "s")


def _corrected_subject(statement: str, fixed: tuple[str, str, str] | None) -> str:
    """The corrected fact after a correction notice with the notice's subject for its "It"
    or "They" ("… said the ballot closed on Monday. It closed on Tuesday." -> "[The ballot]
    closed on Tuesday."): only with the same verb again, and the same word after it
    ("closed on Tuesday" corrects "closed on Monday"; "It closed the polling stations" is
    another "it"; "It was 2023." is unsure), or a figure after the verb for a figure
    ("… said the trust owns 12,000 homes. It owns almost 9,000."). Never when the
    corrected fact names the subject's noun again ("… said the council sued the firm; it
    sued the council": "it" is the firm, the parties swapped)."""
    words = statement.split()
    words = words[:1] + _past_modal(words[1:])  # "It will begin on …": "begin on"
    if (
        fixed is None
        or _CORRECTED.match(statement) is None
        or len(words) < 2
        or not _same_verb(words[1].casefold(), fixed[1])
        or (words[2:3] != [fixed[2]] and not (_FIGURE.match(fixed[2]) and _figure(words[2:])))
        or _names_again(statement, fixed[0])
    ):
        return statement
    what = fixed[0][:1].upper() + fixed[0][1:]
    return f"[{what}]{statement[statement.index(' ') :]}"


# a wrong name a correction notice reported ("… said the Green candidate was Jo Farrant",
# "… said the bridge is called Kelby Bridge"), and the corrected fact that gives the right
# one with a possessive for the subject ("His name is Joe Farrant.")
_WRONG_NAME = rx.compile(r"\s*(?:is|was|are|were)(?:\s+(?:named|called))?\s+[A-Z]")
_RIGHT_NAME = rx.compile(
    r"(?:His|Her|Its|Their)\s+(?:(?:full|correct|real|first|last)\s+)?names?\s+(?:is|was)\s+[A-Z]"
)


def _corrected_name(statement: str, subject: str | None) -> str:
    """The corrected name after a correction notice that gave a wrong one, with the
    notice's subject for its possessive ("… said the Green candidate was Jo Farrant. His
    name is Joe Farrant." -> "[The Green candidate's] name is Joe Farrant.")."""
    if subject is None or _RIGHT_NAME.match(statement) is None:
        return statement
    what = atomize.possessive(subject[:1].upper() + subject[1:])
    return f"[{what}]{statement[statement.index(' ') :]}"


# "did so", "do so", "had done so": a verb phrase said before, which the words stand for
_SO_FORM = rx.compile(r"\b(?i:did|do|does|done|doing)\s+so\b")
# "did so" alone, the one such form a past verb phrase can stand in for as it is
_DID_SO = rx.compile(r"\bdid\s+so\b")


def _did_what(predicate: str) -> str | None:
    """The verb phrase of the wrong fact a correction notice reported, in the simple past
    that "did so" stands for ("had switched to backup generators" -> "switched to backup
    generators"; "had taken the lead" -> "took the lead"), or None when its verb is no
    past of a verb of its own ("was", "had not", "will close"): then nothing stands in."""
    words = predicate.strip().rstrip(".;:,!?").split()
    if words[:1] == ["had"]:
        words = words[1:]
        if not words or not words[0].isalpha() or not words[0].islower():
            return None
        verb = words[0]
        if not verb.endswith("ed"):
            past = {lexicon.verb_form(m, "VBD") for m in lexicon.lemmas(verb, "VERB")}
            if len(past) != 1 or None in past:
                return None  # "had not", "had been": no participle of a verb of its own
            verb = past.pop() or verb
        words = [verb, *words[1:]]
    if len(words) < 2 or not words[0].isalpha() or not words[0].islower():
        return None
    first = words[0]
    if first in ("was", "were", "had", "did") or first in atomize.AUX:
        return None  # "were closed": "did so" is no passive
    if not (first.endswith("ed") and "VERB" in lexicon.readings(first)) and not any(
        lexicon.verb_form(m, "VBD") == first for m in lexicon.lemmas(first, "VERB")
    ):
        return None  # no past form: "say", "closes"
    return " ".join(words)


def _done_so(statement: str, did: str | None) -> str | None:
    """A corrected fact whose "did so" stands for the wrong fact's verb phrase, with that
    phrase in its place as the editor's added words ("Two hospitals did so." -> "Two
    hospitals [switched to backup generators]."); the statement as it is when it has no
    such form; None when it has one that `did` cannot stand in for."""
    forms = list(_SO_FORM.finditer(statement))
    if not forms:
        return statement
    if did is None or len(forms) > 1 or _DID_SO.fullmatch(forms[0].group()) is None:
        return None
    return f"{statement[: forms[0].start()]}[{did}]{statement[forms[0].end() :]}"


# an appeal for whom to contact ("Anyone with information should call …", "For more
# information, visit …") serves the reader even when a speaker is quoted saying it
_APPEAL = rx.compile(r"\s*(?:anyone|for\s+(?:more|further|full))\b", re.I)
# A police appeal: a group the reader may be in "is asked to call" (or urged, with a
# number or a reference after it, and whatever the group's words hold, "6.30pm" too):
# "Anyone with information is asked to call 101 quoting incident 40.", "Witnesses are
# urged to contact the force." The reader's, as "Information can also be given to …";
# a statement someone made about it ("…, police said") stays a claim
_ASKED_TO_CALL = rx.compile(
    r"[\W_]*(?:anyone|witnesses|people|residents|members\s+of\s+the\s+public|drivers"
    r"|motorists|those|whoever)\b(?:[^;:!?\"“”]|[.:](?=\d))*?\b(?:is|are)\s+(?:being\s+)?"
    r"(?:asked|urged|encouraged|advised|invited|requested)\s+to\s+(?:call|contact|ring"
    r"|phone|text|dial|e-?mail|get\s+in\s+touch|come\s+forward|report)\b"
    r"(?![^\"“”]*\b(?:said|says|added|told|according)\b)[^\"“”]*$",
    re.I,
)
# "Asked whether it had failed, Ann Lee said …": she was asked, and she answered
_PUT_TO = "questioned|pressed|quizzed|challenged"
_ASKING = f"asked|{_PUT_TO}"
_WAS_ASKED = rx.compile(rf"\W*(?:{_ASKING})\s", re.I)
# (only a question: "she had asked for a lower limit", "an app that asks people to trust
# it" ask for something, and whoever answers next is no one new)
_ASKED = rx.compile(
    rf"\b(?:{_PUT_TO})\b"
    r"|\bask(?:ed|s)\b(?=\s+(?:[\w’'-]+\s+){0,3}?(?:whether|if|why|how|what|when|where|who"
    r"|which|about)\b|\s*[,:]?\s*[\"“])",
    re.I,
)


def _without_opening(subject: str | None) -> str | None:
    """A subject without the participle phrase that opens its sentence ("Appearing before
    the committee, Claire Bowden" is Claire Bowden)."""
    if subject and ", " in subject and atomize.LEADING_PARTICIPLE.match(subject):
        return subject.rsplit(", ", 1)[1]
    return subject


# the capitalised words a headline opens with ("Tom Hale quits …", "Putin says …")
_HEADLINE_NAME = rx.compile(r"((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,2})(?!\S)")
_PRONOUN_THEN = rx.compile(
    r"(?P<pronoun>He|She)\s+(?:then|later|also|still|now|again|previously|once|too|first)"
)


def _bare_pronoun(subject: str | None) -> str | None:
    """ "He" or "She" for a subject that is one with an adverb after it ("She then", "He
    later"), else the subject as it is."""
    found = _PRONOUN_THEN.fullmatch(subject or "")
    return found.group("pronoun") if found else subject


# the words a quotation may use of a woman or a man other than its speaker
_OWN_WORDS = {
    "she": rx.compile(r"\b(?:she|her|hers|herself)\b", re.I),
    "he": rx.compile(r"\b(?:he|him|his|himself)\b", re.I),
    "": rx.compile(r"\b(?:she|her|hers|herself|he|him|his|himself)\b", re.I),
}
# two capitalised words together: maybe a name, wherever in the sentence
_TWO_CAPITALS = rx.compile(r"\b[A-Z][a-z’'-]+\s+[A-Z][a-z]")
_CAPITAL = rx.compile(r"\b[A-Z][a-z’'-]+")


def _keeps_chain(
    said: str, who: str | None, pronouns: dict[str, str], surnames: dict[str, str | None]
) -> bool:
    """Whether a sentence of quotation alone, going on in the voice of `who`, the person in
    play before it, hands `who` on to the next sentence ("“…,” she said. “The crew were
    calm.” She said …"): when it names no one (no two capitalised words, no surname the
    article gave someone, no capitalised word inside it the dictionary does not know) and
    says no "she" ("he") of the speaker's pronoun (of either, when it is not known), which
    may be someone else."""
    if who is None or _OWN_WORDS[pronouns.get(who, "")].search(said):
        return False
    if _TWO_CAPITALS.search(said):
        return False
    if refer.maybe_names(said):
        return False  # "… was fouled by Okafor": a name of one word, maybe another man's
    return not any(word.group().casefold() in surnames for word in _CAPITAL.finditer(said))


# words that speak as "I", "we" or "you": in reported speech they would be someone else's
_SPEAKING_PERSON = rx.compile(
    r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]urs?|[Yy]ou|[Yy]ours?)\b"
)
# a statement whose subject points back ("It is not dignified", "He's calm", "This means
# …"): told apart from its quotation, what it points to is lost
_POINTING_SUBJECT = rx.compile(
    r"(?:It|He|She|They|This|That|These|Those|His|Her|Its|Their)(?:\b|['’])"
)
# the pieces of a quoted sentence that may be told apart in reported speech: clauses, and
# relative and participle phrases with their antecedent found
_REPORTABLE = {"clause", "relative", "attached"}
# reporting verbs that take their clause with no "that" ("she said the pier will close")
_THATLESS = rx.compile(r"\b(?:said|says)$")


def _unquoted_cut(text: str, a: int, b: int, cut: Cut) -> Cut:
    """The Cut of the words inside the quotation marks of the sentence text[a:b], when its
    Cut keeps it whole, as a quotation is ('“The pier closes, and boats moor at the wall.”');
    otherwise `cut`."""
    if len(cut.pieces) != 1:
        return cut
    start, end = a, b
    while start < end and (text[start].isspace() or text[start] in _OPENING_MARKS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in _CLOSING_MARKS:
        end -= 1
    if (start, end) == (a, b) or any(m in text[start:end] for m in _ANY_MARK):
        return cut  # no marks around it, or a quotation inside: read as one
    return _cut(text, (start, end, False))


_OPENING_MARKS = '“"‘'
_CLOSING_MARKS = '”"’'
_ANY_MARK = '“”"'


def _reported(text: str, cut: Cut, lead: str) -> list[tuple[int, int, str]] | None:
    """A sentence of a quotation its speaker went on with (`lead`: "Ann Lee said"), told
    apart as reported speech, one claim per statement ('“The pier closes in March, and
    boats will moor at the east wall.' -> "Ann Lee said the pier closes in March.", "Ann
    Lee said boats will moor at the east wall."), each (start, end, claim); None when it
    stays one quotation: one piece, a piece that is not a clause or a relative or
    participle phrase with its noun found, words in the first or second person (in
    reported speech, "we" would be someone else), or a statement whose subject points
    back ("it", "he"), to what only the quotation as a whole says."""
    found = cut.pieces
    if len(found) < 2 or cut.question or cut.reader:
        return None
    if any(p.kind not in _REPORTABLE for p in found) or found[0].kind != "clause":
        return None
    if any(_SPEAKING_PERSON.search(text[p.start : p.end]) for p in found):
        return None
    joint = lead if _THATLESS.search(lead) else f"{lead} that"
    told: list[tuple[int, int, str]] = []
    for k, piece in enumerate(found):
        antecedent = None
        if piece.kind != "clause":
            rel = text[piece.start : piece.end]
            who = piece.kind == "relative" and rel.casefold().startswith("who")
            before = text[found[k - 1].start : found[k - 1].end]
            antecedent = atomize.antecedent_of(before, who, rel if piece.kind == "relative" else "")
            if antecedent is None and piece.kind == "relative":
                return None  # "…, which": unsure of what
        owned = cut.owns[k] if piece.kind == "clause" else None
        statement = atomize.claim_text(text, piece, antecedent, owned or cut.subject, cut.past)
        if _POINTING_SUBJECT.match(statement):
            return None
        told.append((piece.start, piece.end, f"{joint} {atomize.lower_first(statement)}"))
    return told


# a name that opens a quotation ('“Tom Ray was …'), which no other rule sees as a name
_QUOTE_NAMES = rx.compile(r"[“\"‘]\s*[A-Z][a-z’'-]+\s+[A-Z][a-z]")
# words for a woman or a man the paragraph may be about too, unnamed
_OTHER_PEOPLE = {
    "she": rx.compile(
        r"\b(?:mother|mum|daughter|wife|sister|widow|woman|women|girl|girls|aunt|niece"
        r"|grand(?:mother|daughter)|girlfriend|partner|spokeswoman|chairwoman|lady|ladies"
        r"|queen|princess|actress|stepmother)s?\b",
        re.I,
    ),
    "he": rx.compile(
        r"\b(?:father|dad|son|husband|brother|widower|man|men|boy|boys|uncle|nephew"
        r"|grand(?:father|son)|boyfriend|partner|spokesman|chairman|gentleman|gentlemen"
        r"|king|prince|stepfather)s?\b",
        re.I,
    ),
}


def _only_person(paragraph: str, named: list[str], pronouns: dict[str, str]) -> str | None:
    """The person a paragraph is about, whom a "she" ("he") opening the next paragraph
    means: the only person it names (first, as its first sentence's subject), when her
    pronoun is known and it speaks of no other woman (man) by a word ("her mother")."""
    if not named or any(not refer.same(n, named[0]) for n in named):
        return None
    who = max(named, key=len)
    said = pronouns.get(who) or refer.title_pronoun(who)
    if said is None or _OTHER_PEOPLE[said].search(paragraph):
        return None
    return who


def _only_woman(named: list[str], pronouns: dict[str, str]) -> str | None:
    """The one woman among the people an article named ("Helen Marsh", whom it called
    "she"), when every other one is known to be a man: whom a bare "she says" in a later
    paragraph of a profile means. None when two may be meant, or no one is known as "she"."""
    women: list[str] = []
    for who in named:
        # (what the article or a title said: a given name alone is no profile's subject)
        said = pronouns.get(who) or refer.title_pronoun(who, given=False)
        if said is None and not any(refer.same(who, w) for w in women):
            return None  # a person whose pronoun is not known may be a woman too
        if said == "she" and not any(refer.same(who, w) for w in women):
            women.append(who)
    return max(women, key=len) if len(women) == 1 else None


# a quotation's pronoun speaker and whom it was said of ('…,” he says of her'): two people
# a person other than its speaker whom a quotation may be about: a pronoun of one, or a
# capitalised word after the quotation's first ("“She was tireless”", "“Mary built it”")
_ANOTHER = rx.compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Hh]ers|[Hh]imself|[Hh]erself)\b"
    r"|.\s[A-Z](?!['’]|\s)"  # a capital after the first word, other than "I"
    r"|^\s*(?!(?:We|I|It|You|They|This|That|These|Those|There|Our|My|Your|Their|Its|The|A|An)\b)"
)
_QUOTED = rx.compile(r"[“\"]([^”\"]*)[”\"]")


def _about_another(said: str) -> bool:
    """Whether the quotation of a sentence that names its speaker after it may be about
    someone else, who may then be the "she" of the sentence after it; the speaker is,
    when the quotation names and points at no one ("“We did not take them lightly,” Sarah
    Cole said. She blamed imports.")."""
    quoted = _QUOTED.findall(said)
    return not quoted or any(_ANOTHER.search(q) for q in quoted)


_SAID_OF = rx.compile(r"[”\"],?\s+(?:he|she)\s+[a-z]+\s+of\s+(?:her|him)\b")


def _pronoun_of(who: str, pronouns: dict[str, str]) -> str | None:
    """The pronoun the article or a title gave a person ("she"), or None."""
    return pronouns.get(who) or refer.title_pronoun(who)


_LATELY = 8  # sentences: how far back the last person in play for a pronoun is looked for


def _in_play(
    lately: list[tuple[list[str], str, bool]], people: list[str], said: str, quoted: bool = False
) -> None:
    """Keep the people a sentence had in play, and its words, for _last_of (only the last
    few, and nothing read now: the words are read only when a speaker is looked for).
    A sentence of quotation alone (`quoted`) kept no one it names ("Tom was there")."""
    lately.append((people, said, quoted))
    if len(lately) > _LATELY:
        del lately[0]


def _alone_in_play(
    lately: list[tuple[list[str], str, bool]], who: str, said_of: str, pronouns: dict[str, str]
) -> bool:
    """Whether `who` is the one person of the last few sentences whom "she" (`said_of`)
    may mean: no one else named who may be, and no word for another ("his widow")."""
    return not any(
        _OTHER_PEOPLE[said_of].search(said) is not None
        or any(
            not refer.same(other, who) and _pronoun_of(other, pronouns) in (None, said_of)
            for other in people
        )
        for people, said, _ in lately
    )


def _last_of(
    lately: list[tuple[list[str], str, bool]], said_of: str, pronouns: dict[str, str]
) -> str | None:
    """The last person in play whom "he" (`said_of`) may mean, when no one else may be
    meant: the sentences before are read back to the last that had anyone who may be a
    "he" (a man, or a person whose pronoun the article has not given), and it must have
    one man, named alone; a word for another man ("his brother") on the way means no one,
    and so does a quotation that names someone ("Sam Ord taught me")."""
    for people, said, quoted in reversed(lately):
        if _OTHER_PEOPLE[said_of].search(said) is not None:
            return None
        if quoted and (_TWO_CAPITALS.search(said) or refer.maybe_names(said)):
            return None
        maybe = [who for who in people if _pronoun_of(who, pronouns) in (None, said_of)]
        if not maybe:
            continue
        if any(not refer.same(who, maybe[0]) for who in maybe[1:]):
            return None
        who = max(maybe, key=len)
        return who if _pronoun_of(who, pronouns) == said_of else None
    return None


# a common noun for a person, whose pronoun no one knows ("the defendant", "a witness"):
# one more who may be a "he" or a "she" the sentence does not name
_UNNAMED_PERSON = rx.compile(
    r"\b(?:defendant|accused|suspect|witness|victim|driver|passenger|officer|constable"
    r"|prosecutor|lawyer|barrister|solicitor|attorney|magistrate|juror|judge|doctor|nurse"
    r"|teacher|pupil|student|child|teenager|toddler|baby|resident|neighbou?r|friend"
    r"|colleague|relative|parent|spokesperson|official|minister|manager|coach|player"
    r"|owner|worker|employee|customer|patient|person|rival|opponent|candidate|leader"
    r"|chief|boss|director|chair|founder|member|MP|councillor|mayor|tenant|landlord"
    r"|cousin|sibling|spouse|partner|someone|somebody|anyone|nobody|everyone|thief"
    r"|thieves|assailant|occupant|applicant|claimant|complainant|servant|migrant"
    r"|immigrant|refugee|trainee|detainee|casualty|casualties|kid|youth|adult|people"
    r"|burglar|registrar|scholar|beggar|liar|[a-z]+(?:ist|ian|person|eur|man|men))s?\b"
)


def _person_noun(sentence: str) -> bool:
    """Whether a sentence speaks of a person by a common noun ("the defendant", "a
    driver"): one from a short list, or a word the dictionary knows as a noun that is a
    verb's doer ("driver", "investor", "manager")."""
    if _UNNAMED_PERSON.search(sentence) is not None:
        return True
    for found in _DOER.finditer(sentence):
        word = found.group().casefold()
        if "NOUN" in lexicon.readings(word) and any(
            "VERB" in lexicon.readings(stem) for stem in (word[:-2], word[:-1]) if len(stem) > 2
        ):
            return True
    return False


_DOER = rx.compile(r"\b[a-z]{3,}(?:er|or)s?\b")


def _another_named(said: str, who: str, said_of: str, pronouns: dict[str, str]) -> bool:
    """Whether a sentence names a person other than `who` whom "she" (`said_of`) may
    mean: a full name whose pronoun is not known to be the other ("Owen Tate and Neil
    Cobb"), or a word that may be a surname of someone else ("… said Tate")."""
    words: set[str] = set()
    for run in refer.NAME_RUN.finditer(said):
        for k in range(len(run.group().split()) - 1):
            name = refer.person(" ".join(run.group().split()[k:]))
            if name is None:
                continue
            words.update(name.split())
            if not refer.same(name, who) and _pronoun_of(name, pronouns) in (None, said_of):
                return True
            break
    return any(word not in words and word not in who.split() for word in refer.maybe_names(said))


def _agreeing(
    carried: str | None,
    rivals: list[str],
    said_of: str,
    pronouns: dict[str, str],
    lately: list[tuple[list[str], str, bool]],
) -> str | None:
    """The one person in play (the last subject, its rivals, and anyone the last few
    sentences named) whom "she" (`said_of`) agrees with, when everyone else in play is
    known to take the other pronoun ("Peter Lowe was fined by Judge Ann Reid. She said
    …": Judge Ann Reid; "… Judge Ann Reid said …. He …": Peter Lowe). None when two
    may be meant, one's pronoun is not known, or the sentences since the person was named
    speak of another by a word ("his wife", "the defendant"), who may be the one meant."""
    agree: list[str] = []
    in_play = [
        *(w for w in (carried, *rivals) if w is not None),
        *(w for p, _, _ in lately for w in p),
    ]
    for who in in_play:
        known = _pronoun_of(who, pronouns)
        if known is None:
            return None
        if known == said_of and not any(refer.same(who, w) for w in agree):
            agree.append(who)
    if len(agree) != 1:
        return None
    who = agree[0]
    for people, said, quoted in reversed(lately):
        if quoted or _OTHER_PEOPLE[said_of].search(said) or _person_noun(said):
            return None
        if _another_named(said, who, said_of, pronouns):
            return None
        if any(refer.same(who, w) for w in people):
            return max([who, *(w for w in people if refer.same(who, w))], key=len)
    return None


def _closing(sentence: str) -> tuple[bool, bool]:
    """Whether a sentence inside a quotation closes it, and whether words follow the
    closing mark (its speaker: '… no choice," she added.')."""
    said = primes(sentence.strip())  # no inch mark closes it ('… 12" pipes."')
    if "”" in said:
        at = said.rfind("”")
    elif (marks := said.count('"')) and (marks % 2 == 1) != said.startswith('"'):
        at = said.rfind('"')  # 'B."' closes; '"B."' opens and closes; '"B.' only opens
    else:
        return False, False
    return True, any(ch.isalpha() for ch in said[at + 1 :])


def _leaves_open(sentence: str) -> bool:
    """Whether a sentence opens a quotation and does not close it."""
    return sentence.count("“") > sentence.count("”") or primes(sentence).count('"') % 2 == 1


def _who_answered(sentence: str, surnames: dict[str, str | None]) -> str | None:
    """The person who answers in "Asked whether it failed, Ann Lee said …" (or a surname
    the article gave in full before): the subject after the phrase that says what was
    asked."""
    for part in sentence.split(", ")[1:]:
        if (subject := atomize.subject_of(part)) is not None:
            return refer.person(subject, part) or refer.by_surname(surnames, subject)
    return None


# the end of a quotation, then a dash: its signature may follow ('"…," - Ann Lee' too)
_SIGNED_END = rx.compile(r"[.!?…,]?[\"”](?P<gap>\s+)(?=[-–—])")


def _signature_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a block, with a signature that ends its last one on the same line
    ('"The school will reopen in May." - Ann Lee', which the segmenter may leave one
    sentence) as a sentence of its own, as it is on a line of its own."""
    if not spans:
        return spans
    a, b = spans[-1]
    said = text[a:b]
    ends = list(_SIGNED_END.finditer(said))
    if not ends or atomize.dash_speaker(said[ends[-1].end() :].rstrip()) is None:
        return spans
    cut = ends[-1].start("gap")
    return [*spans[:-1], (a, a + cut), (a + ends[-1].end(), b)]


def _label_of(text: str, spans: list[tuple[int, int]]) -> tuple[int, int, bool]:
    """The short label before the quotation that opens a block's first sentence ('The
    claim: "…"'): where it ends and where the quotation starts, from that sentence's start,
    and whether it is a statement ('Police shot two men: "…"'); (0, 0, False) if none."""
    a, b = spans[0]
    return atomize.quotation_label(text[a:b])


def _without_adverbs(subject: str | None) -> str | None:
    """A subject without the adverbs the cut left at its end ("The report also" of "The
    report also found that:"): who said it is "The report"."""
    if not subject:
        return subject
    words = subject.split()
    while len(words) > 1 and words[-1].islower() and _adverb_only(words[-1]):
        words.pop()
    return " ".join(words)


def _adverb_only(word: str) -> bool:
    found = lexicon.readings(word)
    return word in ("now", "still") or ("ADV" in found and "NOUN" not in found)


# a definite subject of common nouns ("The bakery", "The health minister"): no name
_DEFINITE = rx.compile(r"(?:The|This)\s+(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*)")
# between that subject and a later clause: another noun phrase the pronoun may mean
_ANOTHER_NOUN = rx.compile(
    r"\b(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your|him|them)\s"
    r"|(?<![.!?]\s)(?<!^)\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)[A-Z]"
)
# what joins the later clause to the first: "and", "but", "after", "when", "because" …
_JOINED = rx.compile(r"[\s,]*(?:and|but|after|before|when|while|because|as|since|until|so)\s*$")


def _sole_antecedent(statement: str, subject: str | None, before: str) -> str:
    """A later clause's opening pronoun given as the sentence's subject, when that subject is
    a definite noun phrase with no name ("The bakery opened in May, and it has 12 staff." ->
    "[The bakery] has 12 staff."; "The minister was criticised after she told MPs …" ->
    "[The minister] told MPs …") and the words between name nothing else it may mean: no
    other noun phrase with a determiner or a capital, but for a day or a month. "It" is a
    thing's (a head noun that is no person's job), "he" or "she" a person's (a job's)."""
    if not subject or (found := _DEFINITE.fullmatch(subject)) is None:
        return statement
    if not before.lstrip().startswith(subject):
        return statement
    between = before.lstrip()[len(subject) :]
    joined = _JOINED.search(between)
    if joined is None or _ANOTHER_NOUN.search(between, 0, joined.start()):
        return statement
    head = found.group("head")
    if "NOUN" not in lexicon.readings(head) or _plural_noun_word(head):
        return statement
    person = refer.job_word(head.capitalize())
    if statement.startswith("It ") == person:
        return statement  # "it" for a minister, "she" for a bakery: not the subject
    return f"[{subject}]{statement[statement.index(' ') :]}"


def _plural_noun_word(word: str) -> bool:
    return any(lemma != word for lemma in lexicon.lemmas(word, "NOUN")) and word.endswith("s")


def _surname_source(given: Hint, surnames: dict[str, str | None]) -> Hint:
    """A hint (`given`) whose unnamed group ("Sanders said": a plural noun, to the hint) is the
    surname of one person the article named in full ("Bernie Sanders"): a named source."""
    for k, reason in enumerate(given.reasons):
        if reason.startswith(UNNAMED_SOURCE):
            word = reason[len(UNNAMED_SOURCE) :]
            if " " not in word and surnames.get(word.casefold()):
                reasons = [*given.reasons[:k], f"named source: {word}", *given.reasons[k + 1 :]]
                return given.model_copy(update={"reasons": reasons, "attributed_to": word})
    return given


def _one_name_each(claims: list[Claim], surnames: dict[str, str | None], text: str) -> None:
    """Name a speaker the article named in full ("Councillor Tom Reyes") by that full name
    where a claim's source is a shorter form of it ("Mr Reyes", "Reyes", "Tom Reyes"), so
    that a report and ClaimReview name one person once, not as three. Only when the
    article gives that surname after one given name ("Ann and Tom Reyes", "Ann Reyes and
    Tom Reyes": no one), and never across a title of the other sex ("Mrs Reyes" is not Tom
    Reyes)."""
    for claim in claims:
        who = claim.hint.attributed_to if claim.hint is not None else None
        if claim.hint is None or who is None or not who.split():
            continue
        surname = who.split()[-1]
        full = surnames.get(surname.casefold())
        if full is None or full == who or len(full.split()) < 2:
            continue
        given = {
            m.group(1)
            for m in re.finditer(rf"\b(\w+)\s+{re.escape(surname)}\b", text)
            if m.group(1)[:1].isupper() and m.group(1).casefold().rstrip(".") not in TITLES
        }
        couple = rf"\b[A-Z]\w*\s+and\s+(?:[A-Z]\w*\s+)?{re.escape(surname)}\b"
        if given - {full.split()[-2]} or re.search(couple, text):
            continue  # another of that surname, or a couple ("Ann and Tom Reyes")
        words = who.split()
        while len(words) > 1 and words[0].casefold().rstrip(".") in TITLES:
            words = words[1:]  # "Mr Reyes": Reyes
        said, named = refer.title_pronoun(who), refer.title_pronoun(full)
        if full.split()[-len(words) :] != words or (said and named and said != named):
            continue
        old = f"named source: {who}"
        reasons = [f"named source: {full}" if r == old else r for r in claim.hint.reasons]
        claim.hint = claim.hint.model_copy(update={"attributed_to": full, "reasons": reasons})


def _signed_below(text: str, found: list[blocks.Block], i: int) -> str | None:
    """The name on a dashed line right under block i ('"We will win."' then '- Ann Lee,
    chair'): on the next line, which the page structure reads as a list of one item, or
    after a blank line, as a page's block quotation signs it in its footer (read as a
    short heading or paragraph); nothing but a dash and a name. None else."""
    if i + 1 >= len(found) or found[i + 1].kind not in ("item", "heading", "paragraph"):
        return None
    item = found[i + 1]
    if i + 2 < len(found) and found[i + 2].kind == "item" and item.kind == "item":
        return None  # a list of names, not a signature
    between = text[found[i].end : item.start]
    if any(c.isalnum() for c in between) or between.count("\n") not in (1, 2):
        return None
    line = text[text.rfind("\n", 0, item.start) + 1 : item.end]
    return atomize.dash_speaker(line)


# who reports, named in an aside inside the sentence ("It was there, Ann Roe says, that …")
_ASIDE_REPORTER = rx.compile(
    r",\s+(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+"
    r"(?:says|said|adds|added|recalls|recalled|explains|explained),\s"
)


def _reported_by(
    text: str, last: tuple[int, int], found: list[blocks.Block], i: int
) -> tuple[str, str] | None:
    """Who a paragraph's last sentence reports the words of, by name ("Ann Roe said the
    trial had stopped", "It was there, Ann Roe says, that …"), when the next block is a
    paragraph that opens with a quotation mark: the newspaper's way of going on with the
    same speaker's words. None for a pronoun, whom this does not resolve."""
    if i + 1 >= len(found) or found[i + 1].kind != "paragraph":
        return None
    if text[found[i + 1].start : found[i + 1].start + 1] not in ('"', "“"):
        return None
    said = text[last[0] : last[1]]
    if any(mark in said for mark in '"“”'):
        return None  # a quotation of its own: its speaker is found as such
    if (aside := _ASIDE_REPORTER.search(said)) is not None:
        # capitalised inside the sentence: a name, a surname alone too ("Roe says")
        who = aside.group("who")
        named = refer.person(who, said) or who
    elif (who := atomize.reporter(said)) is None or (named := refer.person(who, said)) is None:
        return None
    return None if refer.is_pronoun(who) else (f"{who} said", named)


def _fingerprint(text: str) -> tuple[str, ...]:
    """The words that make two claims one statement (see _Repeats), in order and in any
    case, but for articles, "and", "of" and the like; none (never merged) when a word of it
    refers to something outside the claim."""
    found = atomize.words(text)
    if not _REFERRING.isdisjoint(found) or refer.points_back(text):  # "All were freed."
        return ()
    return tuple(word for word in found if word not in _STOP)


class _Repeats:
    """The claims made so far, by their fingerprints. A claim is one made before when its
    words are that one's in the same order, or with a phrase moved from one end to the
    other ("In March the river flooded the town." is "The river flooded the town in
    March."): the one's words are a rotation of the other's. The same words in another
    order are another statement ("Ben Hart sued Ann Cole." is not "Ann Cole sued Ben
    Hart."), and one decision must never cover both."""

    def __init__(self) -> None:
        # the words sorted: the fingerprints, joined, and their claims
        self._by_words: dict[tuple[str, ...], list[tuple[str, Claim]]] = {}

    def find(self, fingerprint: tuple[str, ...]) -> Claim | None:
        if not fingerprint:
            return None
        joined = "\x00".join(fingerprint)
        for other, claim in self._by_words.get(tuple(sorted(fingerprint)), ()):
            if len(other) == len(joined) and f"\x00{joined}\x00" in f"\x00{other}\x00{other}\x00":
                return claim
        return None

    def add(self, fingerprint: tuple[str, ...], claim: Claim) -> None:
        if fingerprint:
            key = tuple(sorted(fingerprint))
            self._by_words.setdefault(key, []).append(("\x00".join(fingerprint), claim))


# A phrase that only says why, when or where, after a statement ("…, because of high
# winds", "… on Monday", "… in Leeds") or before it ("On Monday, …")
_REASON_TIME_PLACE = (
    r"(?:because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of|after|following|amid"
    r"|over|for|in|on|at|during|near|since|until|till|this|last|next|yesterday|today"
    r"|tomorrow|earlier|later)\b"
)
_ADDED_AFTER = rx.compile(r",?\s+" + _REASON_TIME_PLACE)
_ADDED_BEFORE = rx.compile(_REASON_TIME_PLACE + r"[^,]*,\s+")
# words that make the longer statement say less, or something else, than the shorter: a
# negation, a hedge, a condition, a restriction, another clause
_ALTERS = rx.compile(
    r"\b(?:not|n[’']t|never|no|nor|none|neither|without|unless|if|when|whenever|except"
    r"|apart|but|and|or|although|though|while|whereas|may|might|could|would|should|perhaps"
    r"|possibly|probably|likely|unlikely|reportedly|allegedly|apparently|supposedly"
    r"|seemingly|only|just|partly|partially|part|some|most|half|one|each|every|either"
    r"|sometimes|often|usually|rarely|occasionally|briefly|temporarily|almost|nearly"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends|who|which|that|where)\b",
    re.I,
)


def _plain(text: str) -> str:
    """A claim's text, its case and final punctuation aside, for `_contained_repeats`."""
    return " ".join(text.split()).rstrip(" .!?;:…").casefold()


def _contained_repeats(claims: list[Claim], left: list[LeftOut]) -> None:
    """Leave out, as a "repeat", a claim whose statement another claim of the article makes
    again with only a reason, a time or a place added ("The bridge is closed." and, in
    another paragraph, "The bridge is closed because of high winds."; "On Monday, the
    bridge was closed."): the shorter says nothing the longer does not, and its passage
    stays recorded, so `add --left-out` restores it. Only two whole sentences made claims
    as they are written (a claim cut from a sentence, with words of another, is its own
    statement), never one whose words refer outside it ("It is closed."), and never when
    what the longer adds negates, hedges, limits or adds another clause ("… closed only at
    night", "… closed if winds rise", "… closed, and the ferry is late")."""
    whole: dict[str, Claim] = {}
    for claim in claims:
        plain = _plain(claim.text)
        if plain and (claim.text == claim.passage.quote or _plain(claim.passage.quote) == plain):
            whole.setdefault(plain, claim)
    if len(whole) < 2:
        return
    found: list[tuple[Claim, Claim]] = []  # (shorter, longer)
    # a statement with words after it: the statements it begins, right after it in order
    ordered = sorted(whole)
    for k, short in enumerate(ordered):
        n = k + 1
        while n < len(ordered) and ordered[n].startswith(short):
            added = ordered[n][len(short) :]  # ", because of high winds"
            if _ADDED_AFTER.match(added) and not _ALTERS.search(added):
                found.append((whole[short], whole[ordered[n]]))
            n += 1
    # and with words before it: the same, read backwards
    backwards = sorted(plain[::-1] for plain in whole)
    for k, short in enumerate(backwards):
        n = k + 1
        while n < len(backwards) and backwards[n].startswith(short):
            added = backwards[n][len(short) :][::-1]  # "on monday, "
            if _ADDED_BEFORE.fullmatch(added) and not _ALTERS.search(added):
                found.append((whole[short[::-1]], whole[backwards[n][::-1]]))
            n += 1
    repeats: set[int] = set()
    for shorter, longer in found:
        if id(shorter) in repeats or id(longer) in repeats or not _fingerprint(shorter.text):
            continue
        mine = [shorter.passage, *shorter.also_at]
        theirs = [longer.passage, *longer.also_at]
        if any(a.start < b.end and b.start < a.end for a in mine for b in theirs):
            continue  # the same words of the article: no repeat
        repeats.add(id(shorter))
        left.extend(LeftOut(passage=p, reason="repeat") for p in mine)
    if repeats:
        claims[:] = [claim for claim in claims if id(claim) not in repeats]
        for n, claim in enumerate(claims):
            claim.id = f"c{n + 1:03d}"


class Cut(NamedTuple):
    """What a sentence's text alone decides: its pieces, the subject and tense of its
    first clause, each clause piece's own subject, a trailing attribution, whether it is a
    question or speaks to the reader, the speaker of a quotation it is, whether it is a
    bare quotation, and the claims its appositives, list items and dashed relative clauses
    make (start, end, text)."""

    pieces: list[atomize.Piece]
    subject: str | None
    past: bool
    owns: list[str | None]
    trailing: tuple[int, str] | None
    question: bool
    reader: bool
    speaker: tuple[str | None, bool] | None
    bare: bool
    inner: list[tuple[int, int, str]]


_ARTICLE = rx.compile(r"(?:an?|the)\s", re.I)
_ITEM_END = rx.compile(r"[\s.;,*_]*")


def _field(app: str, after: str) -> bool:
    """Whether the phrase after a comma in a list item is its next field ("batch B12, best
    before 3 May 2027"), not an appositive: it ends the item, and opens with no article
    (the item's own claim, with its lead-in, says it; "B12 is best before …" adds nothing,
    and "lot B12, sell by …" would make "B12 is sell by …")."""
    return _ITEM_END.fullmatch(after) is not None and _ARTICLE.match(app) is None


# characters after an appositive read for the verb that dates it (a sentence's own verb
# comes well within them)
_AFTER_APPOSITIVE = 4 * atomize.WINDOW


def _cut(text: str, job: tuple[int, int, bool]) -> Cut:
    """The Cut of the sentence text[a:b] (`item`: a list item)."""
    a, b, item = job
    said = text[a:b]
    items = atomize.list_items(text, a, b)
    found = atomize.keep_list_whole(list(atomize.pieces(text, a, b, item=item)), items)
    found = atomize.keep_ellipsis_whole(text, found, item)
    main = [p for p in found if p.kind in ("clause", "quoted")] or found
    first = text[main[0].start : main[0].end] if main else ""
    owns = [_own_subject(text[p.start : p.end]) if p.kind == "clause" else None for p in found]
    trailing = atomize.trailing_attribution(said) if len(found) > 1 else None
    listed = items[0][0] if items else b  # in a list, "X, the Y, ..." is no apposition
    past = atomize.is_past(first)
    inner = [
        *(
            # "Okafor, unmarked at the back post, headed in": how he was then (the verb
            # after it is read in a bounded window: read to the sentence's end after each
            # of a long run of appositives with no verb, it took time in the square of
            # the run's length)
            (
                x,
                y,
                atomize.appositive_text(
                    h, app, past or atomize.is_past(text[y : min(b, y + _AFTER_APPOSITIVE)])
                ),
            )
            for x, y, h, app in atomize.appositives(text, a, b)
            if y <= listed and not (item and _field(app, text[y:b]))
        ),
        *((x, y, atomize.item_text(head, text[x:y])) for x, y, head in items),
        *atomize.dashed_relatives(text, a, b),
    ]
    return Cut(
        found,
        atomize.subject_of(first),
        past,
        owns,
        trailing,
        atomize.is_question(said),
        atomize.speaks_to_reader(said),
        atomize.quotation_speaker(said),
        atomize.is_bare_quotation(said),
        inner,
    )


def _fact_after_call(text: str, cut: Cut) -> tuple[int, int, str] | None:
    """The relative clause that ends a call to the reader and says something of its own
    about the noun before it ("Anyone who finds one should tell the council, which
    rehomes 200 dogs a year": "The council rehomes 200 dogs a year."), as (start, end,
    claim); None when there is none, it speaks to the reader too, or its noun is unsure."""
    found = cut.pieces
    if len(found) != 2 or found[0].kind != "clause" or found[1].kind != "relative":
        return None
    rel = text[found[1].start : found[1].end]
    who = rel[:4].casefold() == "who "
    if not (who or rel[:6].casefold() == "which ") or atomize.speaks_to_reader(rel):
        return None
    antecedent = atomize.antecedent_of(text[found[0].start : found[0].end], who, rel)
    if antecedent is None:
        return None
    return found[1].start, found[1].end, atomize.claim_text(text, found[1], antecedent)


def _own_subject(clause: str) -> str | None:
    """The subject a predicate cut off after the clause borrows: for a quotation and its
    attribution ("“The plan is sound,” the mayor said, and left"), the speaker, never the
    quotation's own subject ("The plan left")."""
    if clause[:1] in ('"', "“") and (speaker := atomize.quotation_speaker(clause)) is not None:
        return speaker[0]
    return atomize.subject_of(clause)


def _cut_block(
    text: str, language: str, job: tuple[int, int, bool]
) -> tuple[list[tuple[int, int]], list[Cut]]:
    """The sentences of the block text[start:end] (`item`: a list item), and their Cuts."""
    start, end, item = job
    # a question and the sentence that only answers it are one ("Will the plant close?
    # Probably not.")
    spans = _signature_apart(
        text, atomize.join_answers(text, list(sentences(text, start, end, language)))
    )
    if "*" in text[start:end] or "_" in text[start:end]:
        spans = _emphasis_closed(text, spans)
    return spans, [_cut(text, (a, b, item)) for a, b in spans]


# a sentence that is all bold: "**Credit card.**", "__Step one.__"
_BOLD_LABEL = rx.compile(r"(\*\*|__)[^*_\n]{1,80}\1")
# the marks that close a bold (or italic) run at the start of a sentence the segmenter cut
# after the run's full stop ("**Bus.** The bus runs hourly.", "*… is 212.*"), then the
# space after them
_CLOSING_BOLD = rx.compile(r"(\*\*|__|\*|_)[ \t]*")


def _emphasis_closed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a block, with the marks that close a bold run ("**Bus.** The bus
    runs hourly.") kept with the sentence the run ends, which opened them: left at the start
    of the next, they would open its claim ("** The bus …")."""
    mended: list[tuple[int, int]] = []
    for a, b in spans:
        if (
            mended
            and (shut := _CLOSING_BOLD.match(text, a)) is not None
            and a == mended[-1][1]
            and shut.end() < b  # words after the marks (a bold paragraph's own end stays)
            and shut.group(1) in text[mended[-1][0] : mended[-1][1]]  # the run opened before
        ):
            mended[-1] = (mended[-1][0], a + len(shut.group(1)))
            a = shut.end()
        elif (
            mended
            and (shut := _CLOSING_BOLD.match(text, a)) is not None
            and a == mended[-1][1]
            and not text[shut.end() : b].strip()
            and text.count(shut.group(1), mended[0][0], a) % 2  # opened sentences before
        ):
            # "**Residents say you are slow. Are they right?**": the marks that close a
            # bold run of sentences end its last sentence, never a passage of their own
            mended[-1] = (mended[-1][0], b)
            continue
        mended.append((a, b))
    return mended


def _asks(
    text: str,
    block: blocks.Block,
    spans_of: dict[int, list[tuple[int, int]]],
    stated: bool = False,
) -> bool:
    """Whether a block is one question: a heading or a one-sentence paragraph that asks.
    With `stated`, also a short paragraph that says something before its question ("You
    trained as a vet. Why law?"), as an interviewer's question may."""
    said = text[block.start : block.end].strip()
    if block.kind == "heading":
        return said.rstrip("*_").endswith("?")
    if block.kind != "paragraph":
        return False
    spans = spans_of.get(block.start, ())
    if len(spans) == 1:
        return atomize.is_question(said)
    if not stated or not 1 < len(spans) <= _STATED_BEFORE_ASKING + 1:
        return False
    a, b = spans[-1]
    return atomize.is_question(text[a:b].strip()) and not any(
        text[x:y].rstrip().endswith("?") for x, y in spans[:-1]
    )


# how many sentences an interviewer's question may state before it asks
_STATED_BEFORE_ASKING = 2
# an interviewer's prompt that states instead of asking, once the interview is under way:
# one short sentence put to the interviewee ("You've talked about the finances.") or
# putting others' view to them ("Some people say the style was ugly.")
_PROMPT = rx.compile(
    r"(?:You(?:['’](?:ve|re|d|ll))?|Your)\b"
    r"|(?:Some|Many|Critics|Others|People)\b[^.]{0,40}?\b(?:say|said|argue|argued|claim"
    r"|claimed|think|believe|complain|call)\b"
)
_PROMPT_WORDS = 20


def _prompts(text: str, block: blocks.Block, spans_of: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether a paragraph is an interviewer's prompt that states (_PROMPT): one sentence of
    a few words, put to the interviewee or putting others' view to them."""
    spans = spans_of.get(block.start, ())
    said = text[block.start : block.end].strip()
    return (
        block.kind == "paragraph"
        and len(spans) == 1
        and len(said.split()) <= _PROMPT_WORDS
        and _PROMPT.match(said) is not None
        and not said.rstrip("*_").endswith("?")
    )


# how many blocks (a photo's caption, a standfirst, a line read as a heading) may stand
# between an interview's intro and its first question
_BEFORE_FIRST_QUESTION = 2


_BLANK_LINE = rx.compile(r"\n[ \t]*\n")


def _unmarked_interview(
    text: str, found: list[blocks.Block], spans_of: dict[int, list[tuple[int, int]]]
) -> tuple[list[tuple[int, int]], str | None, list[blocks.Block]]:
    """An interview without "Q:" and "A:" marks: a paragraph that says whom it is with ("We
    spoke to Ann Lee after the vote."), then at least two questions, each a heading or
    paragraph of its own, with a plain answer after it: the paragraph after a question, or
    the lines under it up to a blank line. It ends at the first paragraph after an answer
    that is no question. Its answers, who answers them, and its questions."""
    for i, block in enumerate(found):
        if i == 0 or not _asks(text, block, spans_of, True):
            continue
        who = None
        for j in range(i - 1, max(-1, i - 2 - _BEFORE_FIRST_QUESTION), -1):
            if _asks(text, found[j], spans_of):
                break  # a question before: no intro between
            if found[j].kind == "paragraph" and (who := _interview_with(text, found[j], spans_of)):
                break
        if who is None:
            continue
        answered: list[tuple[int, int]] = []
        asked: list[blocks.Block] = []
        k = i
        while (
            k + 1 < len(found)
            and (
                _asks(text, found[k], spans_of, True)
                # once two answers are in: a prompt that states ("Some people say …")
                or (len(answered) >= 2 and _prompts(text, found[k], spans_of))
            )
            and found[k + 1].kind == "paragraph"
            and not _asks(text, found[k + 1], spans_of)
            and not _prompts(text, found[k + 1], spans_of)
        ):
            asked.append(found[k])
            m = k + 1
            under = _BLANK_LINE.search(text, found[k].end, found[m].start) is None
            while (
                under
                and m + 1 < len(found)
                and found[m + 1].kind == "paragraph"
                and _BLANK_LINE.search(text, found[m].end, found[m + 1].start) is None
            ):
                m += 1  # an answer of several lines under its question
            answered.append((found[k + 1].start, found[m].end))
            k = m + 1
        if len(answered) >= 2:
            return answered, who, asked
    return [], None, []


def _interview_with(
    text: str, intro: blocks.Block, spans_of: dict[int, list[tuple[int, int]]]
) -> str | None:
    """Whom an interview's intro paragraph says it is with: the person named as the one
    "we" spoke to ("We spoke to Ann Lee"), else the one it says spoke to the interviewer
    ("Ahead of the vote she spoke to Dan Roe"; "she" the person its first sentence is
    about)."""
    lines = [text[a:b] for a, b in spans_of.get(intro.start, ())]
    if who := next((name for line in lines if (name := atomize.interviewed(line))), None):
        return who
    if lines and any(atomize.interviewed_pronoun(line) for line in lines[1:]):
        # "Jess Lowe took over … We spoke to her at the ground.": the person the intro's
        # first sentence introduces by name
        return atomize.interviewee(lines[0])
    told = [line for line in lines if atomize.tells_interviewer(line)]
    about = atomize.interviewee(lines[0]) if told else None  # only then: its cost
    return next((name for line in told if (name := atomize.spoke_to(line, about))), None)


def _interviewee(
    text: str,
    body: list[blocks.Block],
    spans_of: dict[int, list[tuple[int, int]]],
    answered: list[tuple[int, int]],
) -> str | None:
    """Who answers a marked interview: the person the lines before its first answer say it
    is with ("We spoke to Ann Lee", nearest first), else the person the first sentence of
    one of them introduces by name (atomize.interviewee)."""
    before = [blk for blk in body if blk.start < answered[0][0]]
    said = (text[a:b] for blk in reversed(before) for a, b in spans_of[blk.start])
    if who := next((name for line in said if (name := atomize.interviewed(line))), None):
        return who
    intro = (text[a:b] for blk in before for a, b in spans_of[blk.start][:1])
    return next((name for line in intro if (name := atomize.interviewee(line))), None)


def _after_interview(
    text: str,
    found: list[blocks.Block],
    asked: list[blocks.Block],
    end: int,
    claims: list[Claim],
    left: list[LeftOut],
) -> None:
    """An unmarked interview's questions are left out as questions, not headings, and
    claims after it are in the section before it, not under its last question."""
    starts = [q.start for q in asked]  # in order, and apart: blocks of the article
    for item in left:
        k = bisect.bisect_right(starts, item.passage.start) - 1
        if item.reason == "heading" and k >= 0 and item.passage.start < asked[k].end:
            item.reason = "question"
    titles = {blocks.heading_name(text[q.start : q.end]) for q in asked if q.kind == "heading"}
    heads = [b for b in found if b.kind == "heading" and b.end <= asked[0].start]
    before = blocks.heading_name(text[heads[-1].start : heads[-1].end]) or None if heads else None
    for claim in claims:
        if claim.passage.start >= end and claim.section in titles:
            claim.section = before


def _answers_said(
    answered: list[tuple[int, int]], said_by: list[str | None], claims: list[Claim]
) -> None:
    """The claims of an interview's answers as what the person who gave each said
    (`said_by`, one for each answer), `[Ada Ruiz] said: “…”`, hinted as quoted speech with
    her as its source. With no such person, the answers are hinted as quoted speech of no
    one named."""
    starts = [a for a, _ in answered]  # in order, and apart: the blocks of the article
    for claim in claims:
        k = bisect.bisect_right(starts, claim.passage.start) - 1
        if k < 0 or claim.passage.start >= answered[k][1]:
            continue
        who = said_by[k]
        claim.hint = answer_hint(claim.text, who)
        if who is not None and not claim.text.startswith(f"[{who}] said"):
            claim.text = f"[{who}] said: “{claim.text}”"


# "Q. " or "A. " opening a column's reader's letter and the columnist's answer
_LETTER_MARK = rx.compile(r"(?P<mark>[QA])[.:][ \t]+(?=\S)")
# "Ann Lee, Stockport", "- Ann Lee, by email": a letter's signature, alone on its line
_SIGNATURE = rx.compile(
    r"[ \t]*(?:[-–—][ \t]*)?(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3})"
    r"(?:,[ \t]*(?:[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2}|(?:by|via)[ \t]+e-?mail))?"
    r"[ \t]*"
)


def _letters(
    text: str, found: list[blocks.Block], claims: list[Claim], left: list[LeftOut]
) -> None:
    """A column's reader's letter ("Q. My boiler broke …", signed on the line under it,
    "Ann Lee, Stockport", then the columnist's "A. …"): the letter's claims are the
    reader's words, `[Ann Lee] said: “…”`, the signature is left out as their attribution,
    and neither the letter's nor the answer's mark is part of a claim. An unsigned letter's
    claims lose their mark and stay the article's."""
    spans: list[tuple[int, int, str | None]] = []  # where a letter or answer is, who wrote
    signatures: list[tuple[int, int]] = []
    for i, block in enumerate(found):
        mark = _LETTER_MARK.match(text, block.start, block.end)
        if mark is None or mark.group("mark") != "Q" or block.kind != "paragraph":
            continue
        line = text.rfind("\n", block.start, block.end) + 1
        nxt = i + 1
        sign: tuple[int, int] | None = None
        if line > block.start and _SIGNATURE.fullmatch(text, line, block.end):
            sign = (line, block.end)
        elif (
            nxt < len(found)
            and found[nxt].kind in ("paragraph", "heading", "item")
            and _SIGNATURE.fullmatch(text, found[nxt].start, found[nxt].end)
        ):
            sign = (found[nxt].start, found[nxt].end)
            nxt += 1
        answer = _LETTER_MARK.match(text, found[nxt].start) if nxt < len(found) else None
        if answer is None or answer.group("mark") != "A":
            continue
        who = None
        if sign is not None:
            signed = _SIGNATURE.fullmatch(text, *sign)
            who = refer.person(signed.group("name")) if signed is not None else None
        if who is not None and sign is not None:
            signatures.append(sign)
        spans.append((block.start, sign[0] if who and sign else block.end, who))
        spans.append((found[nxt].start, found[nxt].end, None))
    if not spans:
        return
    starts = [a for a, _, _ in spans]
    for claim in claims:
        k = bisect.bisect_right(starts, claim.passage.start) - 1
        if k < 0 or claim.passage.start >= spans[k][1]:
            continue
        start, end = claim.passage.start, claim.passage.end
        mark = _LETTER_MARK.match(claim.text)
        if start == spans[k][0] and mark is not None:
            claim.text = claim.text[mark.end() :]
            claim.passage = Passage.anchor(text, start + mark.end(), end)
        if (who := spans[k][2]) is not None and not claim.text.startswith("["):
            claim.hint = letter_hint(claim.text, who)
            claim.text = f"[{who}] said: “{claim.text}”"
    signed_at = set(signatures)
    names = {blocks.heading_name(text[a:b]) for a, b in signatures}
    for item in left:
        if (item.passage.start, item.passage.end) in signed_at:
            item.reason = "attribution"
    for claim in claims:  # a signature read as a heading heads no section
        if claim.section in names:
            claim.section = None


# A letters page's signature, alone on its line under the letter it closes: a name, then
# where the writer lives or what they are, one to three parts after commas ("Graham Ross,
# Westbay", "Dr Ann Lee, Chair, Friends of Kelby Park", "Tom Ray, 4 Mill Road, Kelby",
# "Ann Lee, by email")
_PART = (
    r"(?:\d+[a-z]?[ \t]+)?[A-Z][\w’'.-]*"
    r"(?:[ \t]+(?:(?:of|the|and|for|on|upon|in|&)[ \t]+)*[A-Z][\w’'.-]*){0,4}"
)
_PAGE_SIGNATURE = rx.compile(
    r"[ \t]*(?:[-–—][ \t]*)?(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3})"
    r"(?:,[ \t]*(?:" + _PART + r"|(?:by|via)[ \t]+e-?mail)){1,3}[ \t]*"
)
# the writer's own voice, outside quotation marks: "I", "my", "we", "our"
_FIRST_PERSON = rx.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")
_QUOTED_RUN = rx.compile(r"“[^”]*”|\"[^\"\n]*\"")
_LETTERS_WORD = rx.compile(r"\b(?i:letters?)\b")
# "Editor's note: …", "Editor's reply:", "Ed: …": the paper answering the letter above
_EDITORS_NOTE = rx.compile(r"[\W_]*(?i:editor[’']?s?\s+(?:note|reply|response)|ed(?:itor)?\.?\s*:)")
_HEADLINE_WORDS = 14  # a letter's headline is one short line
_SIGNATURE_CHARS = 120  # and a signature shorter still
_SENTENCE_INSIDE = rx.compile(r"[.!?][\"”’)]*\s+[\"“‘(]?[A-Z]")  # one sentence ends, another starts
# a letter's salutation ("Sir, …", "SIR - …", "Dear Editor, …"): its first line is its
# text, addressed to the paper, never a headline over it
_SALUTATION = rx.compile(r"[\W_]*(?i:sir|madam|dear\s+(?:sir|madam|editor|\w+))\s*[,:–—-]")


def _first_person(passage: str) -> bool:
    """Whether a passage speaks as "I" or "we" in its own words, not only inside a quotation."""
    return _FIRST_PERSON.search(_QUOTED_RUN.sub(" ", passage)) is not None


def _letters_page(
    text: str,
    found: list[blocks.Block],
    title: str | None,
    claims: list[Claim],
    left: list[LeftOut],
) -> None:
    """A letters page: readers' letters, each under its headline and closed by its writer's
    signature on a line of its own ("Graham Ross, Westbay"). A letter is the paragraphs
    between its signature and the heading, signature or other block above them; it is
    one when it speaks as "I" or "we", and the page prints letters (its title or a heading
    says so, or two letters are signed on it). The letter's claims are its writer's,
    `[Graham Ross] said: “…”`; its first line, when short and followed by the rest of
    the letter, is its headline, left out as a heading; the signature is left out as
    the writer's attribution and heads no section: what follows it (an editor's note, a
    reply) keeps its own voice, under the letter's headline."""
    signed: list[tuple[int, str]] = []  # the signature blocks' indexes, and who signed
    for i, block in enumerate(found):
        if (
            block.kind not in ("heading", "paragraph")
            or block.end - block.start > _SIGNATURE_CHARS
            or "\n" in text[block.start : block.end]
        ):
            continue
        sign = _PAGE_SIGNATURE.fullmatch(text, block.start, block.end)
        who = refer.person(sign.group("name")) if sign is not None else None
        if who is not None:
            signed.append((i, who))
    if not signed:
        return
    heads = [title or "", *(text[b.start : b.end] for b in found if b.kind == "heading")]
    page = len(signed) > 1 or any(_LETTERS_WORD.search(h) for h in heads)
    if not page:
        return
    signs = {i for i, _ in signed}
    claimed = sorted(claim.passage.start for claim in claims)
    letters: list[tuple[int, int, str, str | None, int]] = []  # body, who, headline, sign
    for i, who in signed:
        j = i
        while j > 0 and found[j - 1].kind == "paragraph" and j - 1 not in signs:
            j -= 1
        above = found[j - 1] if j > 0 and j - 1 not in signs else None
        headed = above if above is not None and above.kind == "heading" else None
        body = [
            b
            for b in found[j:i]
            if bisect.bisect_left(claimed, b.start) < bisect.bisect_left(claimed, b.end)
        ]
        # the blocks opening the run with no claims are the page's notes, and an editor's
        # note is the paper's: the letter starts after them
        while body and _EDITORS_NOTE.match(text, body[0].start, body[0].end):
            body.pop(0)
        if not body or not any(_first_person(text[b.start : b.end]) for b in body):
            continue
        if body[0] is not found[j]:  # the heading is over the notes, not the letter
            headed = None
        headline = None
        first = text[body[0].start : body[0].end]
        if (
            headed is None
            and len(body) > 1
            and "\n" not in first
            and len(first.split()) <= _HEADLINE_WORDS
            and not _first_person(first)
            and _SENTENCE_INSIDE.search(first.rstrip()) is None
            and _SALUTATION.match(first) is None
        ):
            headline = blocks.heading_name(first) or None
            start = body[0].end
            left[:] = [
                x
                for x in left
                if not (body[0].start <= x.passage.start and x.passage.end <= body[0].end)
            ]
            left.append(
                LeftOut(passage=Passage.anchor(text, body[0].start, body[0].end), reason="heading")
            )
            claims[:] = [c for c in claims if not body[0].start <= c.passage.start < body[0].end]
        else:
            start = body[0].start
            if headed is not None:
                headline = blocks.heading_name(text[headed.start : headed.end]) or None
        letters.append((start, found[i - 1].end, who, headline, i))
    if not letters:
        return
    closed = {(found[i].start, found[i].end) for *_, i in letters}
    names = {
        blocks.heading_name(text[found[i].start : found[i].end]): headline
        for _, _, _, headline, i in letters
    }
    for item in left:
        if (item.passage.start, item.passage.end) in closed:
            item.reason = "attribution"
    starts = [a for a, *_ in letters]
    for claim in claims:
        k = bisect.bisect_right(starts, claim.passage.start) - 1
        if k >= 0 and claim.passage.start < letters[k][1]:
            _, _, who, headline, _ = letters[k]
            if headline is not None or claim.section in names:
                claim.section = headline
            if not claim.text.startswith("["):
                claim.hint = letter_hint(claim.text, who)
                claim.text = f"[{who}] said: “{claim.text}”"
        elif claim.section in names:  # a signature read as a heading heads no section
            claim.section = names[claim.section]
    for n, claim in enumerate(claims):
        claim.id = f"c{n + 1:03d}"


def _bare_answers(
    text: str,
    asked: list[blocks.Block],
    answered: list[tuple[int, int]],
    said_by: list[str | None],
    claims: list[Claim],
    left: list[LeftOut],
) -> None:
    """An answer that opens with a bare "Yes.", or with a few words and no verb ("Three
    times.", "The ones in trouble."), says something only with the question it answers,
    as "Will the plant close? Probably not." does (atomize.join_answers): the question
    that ends the question block before it (`asked`, in order) and the short answer are
    one claim, `Asked “Will you stay?”, [Tomas Kell] said: “Yes.”`, not a question and a
    fragment left out. Claim ids follow the order of the passages again."""
    by_start = {item.passage.start: item for item in left}
    by_end = {item.passage.end: item for item in left if item.reason == "question"}
    starts = [q.start for q in asked]
    joined: list[Claim] = []
    used: set[int] = set()  # the left-out passages (by id) that are now part of a claim
    for (a, _), who in zip(answered, said_by, strict=True):
        bare = by_start.get(a)
        k = bisect.bisect_left(starts, a) - 1
        if bare is None or bare.reason != "fragment" or k < 0:
            continue
        end = asked[k].end
        while end > asked[k].start and text[end - 1].isspace():
            end -= 1
        question = by_end.get(end)
        if question is None or question.passage.start < asked[k].start:
            continue
        short = bare.passage.quote
        if not atomize.bare_answer(short) and atomize.has_verb(short):
            continue
        said = f"{question.passage.quote} {bare.passage.quote}"
        statement = f"Asked “{question.passage.quote}”, [{who}] said: “{bare.passage.quote}”"
        joined.append(
            Claim(
                id="c000",
                text=said if who is None else statement,
                passage=Passage.anchor(text, question.passage.start, bare.passage.end),
                hint=answer_hint(said, who),
            )
        )
        used |= {id(bare), id(question)}
    if not joined:
        return
    left[:] = [item for item in left if id(item) not in used]
    merged: list[Claim] = []
    starts_of_answers = [a for a, _ in answered]
    j = 0
    for claim in [*claims, None]:  # each joined claim before the first claim after it
        while j < len(joined) and (claim is None or joined[j].passage.start < claim.passage.start):
            # in the section of the rest of its answer, else of the claim before it
            k = bisect.bisect_right(starts_of_answers, joined[j].passage.end) - 1
            if claim is not None and k >= 0 and claim.passage.start < answered[k][1]:
                joined[j].section = claim.section
            else:
                joined[j].section = merged[-1].section if merged else None
            merged.append(joined[j])
            j += 1
        if claim is not None:
            merged.append(claim)
    claims[:] = merged
    for n, claim in enumerate(claims):
        claim.id = f"c{n + 1:03d}"


def extract(
    source: Source,
    meta: Meta,
    language: str = "en",
    progress: Callable[[int], None] | None = None,
) -> tuple[ClaimFile, Stats]:
    """The claim file of an article. `progress(n)` is told of each n characters done."""
    text = source.text
    body_end = len(text) if source.captions_at is None else source.captions_at
    stats = Stats()
    found = blocks.split(text[:body_end], markdown=source.kind == "markdown")
    cleaned = blocks.clean(text, found, meta.title or source.title)
    blocks.drop_bio(text, cleaned, meta.author or source.author or cleaned.author)
    stats.blocks = len(cleaned.blocks)
    left: list[LeftOut] = []

    def leave(start: int, end: int, reason: LeftOutReason) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            left.append(LeftOut(passage=Passage.anchor(text, start, end), reason=reason))

    for block, why in cleaned.left_out:
        leave(block.start, block.end, _CLEANED[why])
    caption_at = body_end
    for caption in text[body_end:].splitlines(keepends=True):  # the page's photo captions
        leave(caption_at, caption_at + len(caption), "caption")
        caption_at += len(caption)
    claims: list[Claim] = []
    repeats = _Repeats()

    def add_inner(inner: list[tuple[int, int, str]]) -> None:
        """The claims of a sentence's appositives, list items and dashed relative clauses
        (Cut.inner), each unless a claim already says it."""
        for x, y, said in inner:
            # words taken from over a line end: a claim's text is one line
            statement = " ".join(said.split()) if "\n" in said else said
            fingerprint = _fingerprint(statement)
            if repeats.find(fingerprint) is not None:
                continue
            claim = Claim(
                id=f"c{len(claims) + 1:03d}",
                text=statement,
                passage=Passage.anchor(text, x, y),
                section=section,
            )
            repeats.add(fingerprint, claim)
            claims.append(claim)

    def record(statement: str, passage: Passage) -> Claim | None:
        """A claim, or one more passage of the claim of the same words before it (None)."""
        if "\n" in statement:  # words taken from over a line end: a claim is one line
            statement = " ".join(statement.split())
        fingerprint = _fingerprint(statement)
        twin = repeats.find(fingerprint)
        if twin is not None:
            twin.also_at.append(passage)
            stats.merged += 1
            return None
        claim = Claim(
            id=f"c{len(claims) + 1:03d}", text=statement, passage=passage, section=section
        )
        repeats.add(fingerprint, claim)
        claims.append(claim)
        return claim

    section: str | None = None
    boxed: tuple[str | None] | None = None  # the section a box's label interrupted
    lead_in: str | None = None  # the line that introduces the list items that follow
    # who the lead-in says the items are from ("The review makes five recommendations:":
    # "The review"; "" for "It lists …"), None when they are the article's own
    announced: str | None = None
    # whether the lead-in denies or accuses ("Tom Ray denied the following:"): its items are
    # what was denied or alleged, never the article's own facts, so each keeps it
    disputed = False
    # the claims of items under such a lead-in: each with its item's words, the lead-in, and
    # who says them
    listed: list[tuple[Claim, str, str, str]] = []
    person: str | None = None  # the person the last sentence was about, by name
    rivals: list[str] = []  # other people the last sentence named: "he" may be one of them
    speaking: str | None = None  # who spoke the quotation the last sentence ended with
    # whether that quotation may be about another person, whom a "she" after it may mean
    about_another = True
    surnames: dict[str, str | None] = {}  # "marsh": "Helen Marsh", once she was named
    pronouns: dict[str, str] = {}  # "Helen Marsh": "she", once the article said so
    company: str | None = None  # the company the last sentence was about ("Acme Ltd")
    owner: str | None = None  # that company, when the sentence named nothing else "its" fits
    # the person last in play whom "he" (or "she") may mean, while no other person who may
    # be one came up since: whom the "he" of '“…,” he says of her.' means when the person in
    # play is a woman ("Marsh praises Pryce. “She …,” he says of her.")
    lately: list[tuple[list[str], str, bool]] = []
    # the one person the last paragraph was about (named first, the only one it named), and
    # that paragraph: "she" opening the next paragraph is her
    about: str | None = None
    about_block: blocks.Block | None = None
    anyone = False  # whether a person (or "he", "she", a speaker) has come up so far
    # each person the article named so far, and whether a word for another woman came up
    # ("her mother", "a spokeswoman"): a bare "she" later in a profile of one woman is her
    everyone: list[str] = []
    other_woman = False
    # the words that may be names of one word the article had so far, while no one came up
    headed: set[str] = set()
    # the attribution ("Ann Lee said") and speaker of a quotation that goes on in the next
    # paragraph: after "Ann Lee said:", or a paragraph of it that leaves it open
    quoting: tuple[str, str | None] | None = None
    # the subject of the wrong fact a correction notice just reported ("the ballot"), the
    # verb after it ("closed") and the word after that ("on"): "It closed on Tuesday."
    # after it is the ballot
    corrected: tuple[str, str, str] | None = None
    # the wrong fact's verb phrase, in the past "did so" stands for in the corrected fact
    # after the notice ("… said five hospitals had switched to generators. Two did so.")
    redone: str | None = None
    # the subject of a wrong name a correction notice reported ("the Green candidate"):
    # "His name is Joe Farrant." after it is the candidate's
    renamed: str | None = None
    # the person a correction notice's wrong fact was about, when it named no one else
    # ("… said Mr Hale was 52."): "He is 58." after it is Mr Hale
    corrected_who: str | None = None
    noticed = -1  # where the paragraph of the last correction notice starts
    body = [b for b in cleaned.blocks if b.kind != "heading"]
    # each block's sentences, and each sentence's pieces: pure, so cut up front, shared
    # with a second process on a long article (parallel.py); each block's sentences are
    # kept here as the walk below takes them
    spans_of: dict[int, list[tuple[int, int]]] = {}
    nth_block = {block.start: k for k, block in enumerate(body)}
    cutting = None if progress is None else (lambda n: progress(n * _UP_FRONT // 100))
    # each claim's hint: pure, so given to a second process as the claims are made, once
    # the one that cut sentences is done (parallel.Stream)
    hinting: parallel.Stream[str, Hint] = parallel.Stream(hint)
    hinted = 0  # the claims given to `hinting` so far
    started = False  # whether `hinting` was started
    with (
        parallel.ahead(
            functools.partial(_cut_block, text, language),
            [(block.start, block.end, block.kind == "item") for block in body],
            [block.end - block.start for block in body],
            _CUT_HERE,
            cutting,
        ) as cut_up,
        hinting,
    ):
        signed_item = -1  # where a quotation's signature line, read as an item, starts
        for i, block in enumerate(cleaned.blocks):
            if block.start == signed_item:
                leave(block.start, block.end, "attribution")
                continue
            if cut_up.forked and not cut_up.waiting and not started:
                hinting.start()
                started = True
            hinting.give([claim.text for claim in claims[hinted:]])
            hinted = len(claims)
            if progress is not None:
                progress((len(text) * _UP_FRONT + block.end * (100 - _UP_FRONT)) // 100)
            if block.kind == "heading":
                # a box's label heads its items; the story after the box is back in the
                # section it was in
                boxed = (section,) if block.start in cleaned.boxes else None
                section = blocks.heading_name(text[block.start : block.end]) or None
                lead_in = announced = None
                disputed = False
                person = None
                company = owner = None
                corrected_who = None  # "He is 58." under a heading: no corrected fact
                quoting = None
                lately = []
                if not anyone:  # "Tom Hale quits": "he" after it may be him
                    heading = text[block.start : block.end]
                    opening = _HEADLINE_NAME.match(heading)  # "Tom Hale quits after …"
                    heading_subject = atomize.subject_of(heading) or (
                        opening.group(1) if opening else None
                    )
                    anyone = bool(
                        refer.person(heading_subject, heading) or refer.names_person(heading)
                    )
                    if (lone := refer.lone_name(heading_subject, heading)) is not None:
                        headed.add(lone)  # "Putin says …": he may still be "he" below
                    headed |= refer.maybe_names(heading)
                leave(block.start, block.end, "heading")
                continue
            if block.kind != "item":
                lead_in = announced = None
                disputed = False
                if boxed is not None:
                    section, boxed = boxed[0], None
            spans, cuts = cut_up.get(nth_block[block.start])
            spans_of[block.start] = spans
            cut_of = dict(zip(spans, cuts, strict=True))
            voice: str | None = None  # who spoke the last attributed quotation of the block
            # the attribution of the block's last sentence, when it was an attributed
            # quotation: a paragraph that is only a quotation after it is the same voice's
            ended_on: tuple[str, str | None] | None = None
            # a paragraph of a quotation over several: each sentence is the speaker's
            shape = None
            if quoting is not None and block.kind == "paragraph":
                shape = atomize.quoted_paragraph(text[block.start : block.end])
            quoted_by = quoting if shape else None
            quoting = None
            # '"We will win." - Ann Lee': a quotation, then a line that only names its
            # speaker after a dash; the quotation is hers, and the line says nothing else
            signed: tuple[int, int] | None = None
            # 'The claim: "Crime fell." - Ann Lee': a short label before the quotation says
            # what it is, not who said it; left out, the quotation is still hers
            label = (0, 0, False)
            if (
                block.kind == "paragraph"
                and len(spans) > 1
                and (name := atomize.dash_speaker(text[spans[-1][0] : spans[-1][1]]))
                and atomize.is_whole_quotation(
                    text[spans[0][0] + (label := _label_of(text, spans))[1] : spans[-2][1]]
                )
            ):
                signed = spans[-1]
                quoted_by = f"{name} said", refer.person(name) or name
            elif (
                block.kind == "paragraph"
                and spans
                and (name := _signed_below(text, cleaned.blocks, i)) is not None
                and atomize.is_whole_quotation(
                    text[spans[0][0] + (label := _label_of(text, spans))[1] : spans[-1][1]]
                )
            ):
                # the signature under it: a one-item list, a short heading or paragraph
                signed_item = cleaned.blocks[i + 1].start
                quoted_by = f"{name} said", refer.person(name) or name
            else:
                label = (0, 0, False)
            stats.sentences += len(spans)
            if (
                block.kind == "paragraph"
                and about is not None
                and person is None
                and not rivals
                and cleaned.blocks[i - 1] is about_block
            ):
                # a paragraph about one woman, then one that opens with "she": her
                person = about
            about, about_block = None, block
            named_in_block: list[str] = []  # each person the paragraph names, in order
            # "Her daughter, who is six, …": a woman the paragraph speaks of, unnamed
            woman_words = _OTHER_PEOPLE["she"].search(text[block.start : block.end]) is not None
            unsure = block.kind != "paragraph"  # someone unnamed, or no person, opens it
            item_first = 0  # the item's first sentence: the one after its bold label
            # a row of a table drawn with pipes: the heads of its columns
            columns = cleaned.heads.get(block.start) if block.kind == "item" else None
            swallowed = -1  # where the sentence a correction notice's claim took in ends
            for j, (a, b) in enumerate(spans):
                if b <= swallowed:
                    continue
                ended_on = None
                if j == 0 and label[1]:  # "The claim:" before a signed quotation
                    if label[2]:  # 'Police shot two men: "…" - Ann Lee': a claim too
                        stated = text[a : a + label[0] - 1]
                        record(f"{stated}.", Passage.anchor(text, a, a + label[0] - 1))
                    else:
                        leave(a, a + label[0], "heading")
                    a += label[1]
                said = text[a:b]
                kept = said.rstrip()
                trimmed = len(kept) > 2 and kept[-1] in '"“' and kept[-2].isspace()
                if trimmed:
                    # '“…,” Tom Ray said. "': the mark opens the next sentence's quotation
                    b = a + len(kept[:-1].rstrip())
                    said = text[a:b]
                carried, person = person, None  # a sentence left out ends the chain
                carried_company, company = company, None
                carried_owner, owner = owner, None
                carried_rivals, rivals = rivals, []
                if carried is None and not carried_rivals and not (other_woman or woman_words):
                    # no one in play: a "she" is the one woman the article has named, if it
                    # named no one else who may be a woman
                    carried = _only_woman([*everyone, *named_in_block], pronouns)
                spoke, speaking = speaking, None
                spoke_about_another, about_another = about_another, True
                job = (a, b, block.kind == "item")
                if (a, b) == signed:
                    leave(a, b, "attribution")
                    signer = cut_of.get((a, b)) or _cut(text, job)
                    add_inner(signer.inner)  # "- Ann Lee, chair": her title
                    continue
                if (
                    block.kind == "item"
                    and j == 0
                    and len(spans) > 1
                    and _BOLD_LABEL.fullmatch(said.strip())
                    and not atomize.has_verb(said)
                ):
                    # "1. **Credit card.** Tickets paid by card are …": a bold label that
                    # names its item, no statement ("There are three routes: credit card.")
                    leave(a, b, "heading")
                    item_first = 1
                    continue
                whole_cut = cut_of.get((a, b)) or _cut(text, job)
                last = j == len(spans) - 1
                nxt = cleaned.blocks[i + 1] if i + 1 < len(cleaned.blocks) else None
                ends = said.rstrip()[-1:]  # ":", or "." after "the following figures"
                opens_list = (
                    last
                    and nxt is not None
                    and nxt.kind == "item"
                    and (ends == ":" or (ends == "." and blocks.leads_list(said)))
                )
                if opens_list:  # "Here is the agency's advice:" leads its items, left out or not
                    lead_in = " ".join(said.split()).rstrip(":.").strip()
                    announced = _without_adverbs(atomize.announcer(lead_in, whole_cut.subject))
                    if (
                        announced == ""
                        and carried is not None
                        and refer.is_pronoun(whole_cut.subject)
                        and (resolved := refer.resolve(lead_in, carried, pronouns, carried_rivals))
                        != lead_in
                    ):
                        # "He said the council would:": who "he" is, in each item it leads
                        lead_in, announced = resolved, carried
                    disputed = atomize.disputes(lead_in)
                closes, then = _closing(said) if quoted_by is not None else (False, False)
                if then:  # '… we had no choice," she added.': the quotation ends with its own
                    quoted_by = None  # speaker, whom the sentence names
                if last and block is body[-1] and atomize.is_truncated(said):
                    quoted_by = None  # the excerpt ends inside it: cut off as any sentence is
                if quoted_by is not None:
                    # "“We built it.": its speaker named before, in this paragraph or one
                    # before; the chain of "he" and "she" ends, but "He added" after it goes
                    # on with the speaker
                    seen = text[block.start : b]
                    curly = seen.rfind("“") > seen.rfind('"')
                    for x, y in itertools.pairwise([0, *atomize.quotation_stops(said), b - a]):
                        part = said[x:y].rstrip()
                        if atomize.is_question(part):
                            leave(a + x, a + x + len(part), "question")
                        elif (
                            len(atomize.words(part)) < atomize.MIN_WORDS
                            and not atomize.starts_clause(part)
                        ) or not (atomize.has_verb(part) or atomize.verb_after_number(part)):
                            # "Not yet." is a fragment; "They responded." a sentence, with
                            # its subject and verb, however short
                            leave(a + x, a + x + len(part), "fragment")
                        elif (x, y) == (0, b - a) and (
                            speech := _reported(
                                text, _unquoted_cut(text, a, b, whole_cut), quoted_by[0]
                            )
                        ):
                            # "“The pier closes, and boats will moor at the east wall.":
                            # each statement hers, in reported speech
                            for start, end, statement in speech:
                                record(statement, Passage.anchor(text, start, end))
                        else:
                            record(
                                atomize.quoted_sentence(quoted_by[0], part, curly),
                                Passage.anchor(text, a + x, a + x + len(part)),
                            )
                    speaking = quoted_by[1]
                    unsure = unsure or _QUOTE_NAMES.search(said) is not None
                    _in_play(lately, [quoted_by[1]] if quoted_by[1] else [], said, True)
                    # the speaker's words going on are still about the speaker, unless they
                    # name someone, or say "she" or "he" of someone else
                    if quoted_by[1] == carried and _keeps_chain(said, carried, pronouns, surnames):
                        person, rivals = carried, carried_rivals
                    if closes:
                        quoted_by = None
                    continue
                if _NOTE.match(said) is not None:
                    leave(a, b, "chrome")  # "Letters may be edited.": the page's note
                    continue
                if _WELCOME.match(said) is not None:
                    leave(a, b, "reader")  # "Letters are welcome at letters@…"
                    continue
                life = blocks.LIFE_DATES.fullmatch(said) if " born " in said else None
                if life is not None and "\n" not in said:
                    # "Ann Lee, librarian, born 12 April 1935; died 19 November 2026": an
                    # obituary's life dates, two facts about the person it names
                    who = life.group("who")
                    born, died = life.span("born"), life.span("died")
                    record(
                        f"{who} was {said[born[0] : born[1]]}.",
                        Passage.anchor(text, a + life.start("who"), a + born[1]),
                    )
                    record(
                        f"{who} {said[died[0] : died[1]]}.",
                        Passage.anchor(text, a + died[0], a + died[1]),
                    )
                    continue
                notice = _CORRECTION.match(said)
                for when in ("when", "dated") if notice is not None else ():
                    if notice is not None and notice.group(when) is not None:
                        notice = notice if blocks.is_time_stamp(notice.group(when)) else None
                # "… amended to correct the number of stops, which is six": the right fact
                right: re.Match[str] | None = None
                if notice is not None and notice.group("fixed"):
                    right = _FIXED_FACT.fullmatch(notice.group("fixed"))
                    if right is None and atomize.has_verb(
                        _object_head_off(_WHO_DID.sub(r"\1", _TO_DO.sub("", notice.group("fixed"))))
                    ):
                        notice = None  # it says more than what it corrected: kept whole
                if notice is not None and (
                    notice.group("page")
                    or notice.group("self")
                    or notice.group("tag")
                    or not notice.group("verb")
                    or noticed == block.start
                ):
                    # the wrong fact it reports is no claim; the subject of what it reports
                    # ("the ballot") is what "It" in the corrected fact after it means ("An
                    # earlier version said …" alone is a correction only after a notice: it
                    # may be a bill's or a plan's)
                    # "…; it closed on Tuesday.", "…, but it closed …": the corrected fact,
                    # in the notice's sentence, is a claim
                    fix = _FIX_AFTER.search(said, notice.end())
                    if fix is not None and not atomize.has_verb(said[fix.end() :]):
                        fix = None
                    if right is not None:
                        fact_at = a + notice.start("fixed") + right.start("what")
                        leave(a, fact_at, "correction")
                        corrected_what = right.group("what")  # "the number of stops"
                        record(
                            f"{corrected_what[:1].upper()}{corrected_what[1:]} "
                            f"{right.group('verb')} {right.group('fact')}.",
                            Passage.anchor(text, fact_at, a + notice.end("fixed")),
                        )
                        noticed = block.start
                        continue
                    upto = len(said) if fix is None else fix.start()
                    wrong = said[notice.end() : upto].strip() if notice.group("verb") else ""
                    wrong = wrong[5:] if wrong.casefold().startswith("that ") else wrong
                    subject_wrong = atomize.subject_of(wrong) if wrong else None
                    did = (
                        _did_what(wrong[len(subject_wrong) :])
                        if subject_wrong and wrong.startswith(subject_wrong)
                        else None
                    )
                    after = text[a + fix.end() : b] if fix is not None else None
                    if after is None and not last:
                        after = text[spans[j + 1][0] : spans[j + 1][1]]
                    if after is not None and _done_so(after, did) is None:
                        # "… said five hospitals had closed wards. Two had done so.": what
                        # "done so" stands for cannot be put in its place; the notice and
                        # its corrected fact together are the claim, which stands alone
                        upto_b = b if fix is not None else spans[j + 1][1]
                        record(
                            " ".join(text[a:upto_b].split()),
                            Passage.anchor(text, a, upto_b),
                        )
                        swallowed = upto_b
                        noticed = block.start
                        continue
                    leave(a, b if fix is None else a + fix.start(), "correction")
                    noticed = block.start
                    redone = did if fix is None else None
                    if (
                        subject_wrong
                        and wrong.startswith(subject_wrong)
                        and refer.person(subject_wrong, wrong) is None  # "It" is no person
                    ):
                        verb_wrong = _past_modal(wrong[len(subject_wrong) :].split())[:2]
                        corrected = (
                            subject_wrong,
                            verb_wrong[0].casefold() if verb_wrong else "",
                            verb_wrong[1].casefold() if len(verb_wrong) > 1 else "",
                        )
                    if (
                        subject_wrong
                        and wrong.startswith(subject_wrong)
                        and _WRONG_NAME.match(wrong[len(subject_wrong) :])
                    ):
                        renamed = subject_wrong
                    who_wrong = (
                        refer.person(subject_wrong, wrong)
                        # "… said Kovac was 23": the Ivan Kovac the article named before
                        or refer.by_surname(surnames, subject_wrong)
                        if subject_wrong
                        else None
                    )
                    if (
                        who_wrong is not None
                        and fix is None
                        and wrong.startswith(subject_wrong or "")
                        and refer.maybe_names(wrong) <= set(who_wrong.split())
                        and all(
                            refer.same(n, who_wrong) for n, _ in refer.remember_named({}, wrong)
                        )
                    ):
                        corrected_who = who_wrong  # as the notice names them
                    if fix is not None:
                        fact = said[fix.end() :].strip()
                        statement = fact[:1].upper() + fact[1:]
                        statement = _done_so(statement, did) or statement
                        statement = _corrected_name(statement, renamed)
                        renamed = None
                        record(
                            _corrected_subject(statement, corrected),
                            Passage.anchor(text, a + fix.end(), b),
                        )
                        corrected = None
                    continue
                fixed, corrected = corrected, None
                misnamed, renamed = renamed, None
                fixed_who, corrected_who = corrected_who, None
                did_so, redone = redone, None
                if whole_cut.question:
                    leave(a, b, "question")
                    continue
                if whole_cut.reader or _ASKED_TO_CALL.match(said) is not None:
                    relative = _fact_after_call(text, whole_cut)
                    if relative is None:
                        leave(a, b, "reader")
                        continue
                    # "…should tell the council, which rehomes 200 dogs a year": the call
                    # is the reader's, the relative clause a fact about the council
                    leave(a, len(text[: relative[0]].rstrip(" ,")), "reader")
                    record(relative[2], Passage.anchor(text, relative[0], relative[1]))
                    continue
                if opens_list:
                    if atomize.is_lead_in(said) or disputed:
                        # its items are the claims ("Claims we could not verify:" is in
                        # each item it calls in doubt)
                        leave(a, b, "lead-in")
                        continue
                    if len(atomize.words(said)) <= 4 and not atomize.has_sure_verb(said):
                        leave(a, b, "heading")  # "Key figures:": a heading over its list
                        continue
                    if not (atomize.has_verb(said) or atomize.verb_after_number(said)):
                        # "Key findings of the study:": a title with no verb that only
                        # introduces its items, never a fragment of a statement
                        leave(a, b, "lead-in")
                        continue
                if j == 0 and block.kind == "paragraph" and (line := _dateline(said)):
                    leave(a, a + line, "dateline")  # "LONDON (Reuters) - ": where, not what
                    a += line
                # The excerpt ends inside this sentence: its last piece is cut off. One
                # that ends in who said it ("…, Ann Lee said") is whole without its stop:
                # a cut-off excerpt does not end in a complete attribution
                cut = (
                    last
                    and block is body[-1]
                    and block.kind != "item"
                    and atomize.is_truncated(said)
                    and (blocks.runs_on(said) or atomize.trailing_attribution(said) is None)
                )
                antecedent = None
                if a != job[0]:  # a dateline cut off: the rest is cut again
                    job = (a, b, block.kind == "item")
                    whole_cut = _cut(text, job)
                found_pieces, owns, trailing = whole_cut.pieces, whole_cut.owns, whole_cut.trailing
                subject, past = whole_cut.subject, whole_cut.past
                recorded = False
                # the sentence's subject and tense, from its first piece that is a clause
                main = [p for p in found_pieces if p.kind in ("clause", "quoted")] or found_pieces
                first = text[main[0].start : main[0].end] if main else ""
                if (speaker := whole_cut.speaker) is not None:
                    subject, past = speaker  # "“…,” the engineer said, adding …": the engineer
                # "“…,” she said. “…”": the next quotation in the paragraph is hers too
                bare_quote = whole_cut.bare
                quoted_on = voice if bare_quote else None
                if not bare_quote:
                    # "Dr Reyes said patients should not stop. “This trial …”": a quotation
                    # right after someone's reported words is theirs too
                    # (only a quotation that opens the next sentence can go on with them)
                    quote_next = trimmed or (not last and text[spans[j + 1][0]] in '"“')
                    reported = atomize.reporter(said) if quote_next else None
                    voice = speaker[0] if speaker is not None else reported
                    last_piece = found_pieces[-1] if quote_next and voice is None else None
                    if (
                        last_piece is not None
                        and last_piece.kind == "quoted"
                        and len(found_pieces) > 1
                    ):
                        # 'It has 60 crews. “We …,” a spokesman said.', one sentence to the
                        # segmenter: the quotation that ends it names who goes on speaking
                        # (a named speaker only: "she" there may not be the first clause's)
                        closer = atomize.quotation_speaker(text[last_piece.start : last_piece.end])
                        if closer is not None and closer[0] and not refer.is_pronoun(closer[0]):
                            voice = closer[0]
                told = [p for p in found_pieces if p.kind == "subject"]
                if told:  # the sentence's subject stands alone before a relative clause
                    subject = " ".join(text[told[0].start : told[0].end].split())
                    past = atomize.is_past(text[main[-1].start : main[-1].end]) if main else past
                # who "he" or "she" is here: the sentence's subject by name, or the chain's
                here = refer.person(subject, said)
                if here is None and subject and "," in first:
                    # "George Hartley, the outgoing chairman, said": the name before its appositive
                    named = first.split(",", 1)[0].strip()
                    if subject.startswith(named):
                        here = refer.person(named, said)
                words_said = said.lstrip()
                if here is None and subject and words_said.startswith(subject + ","):
                    # "Its chair, retired teacher Ann Lee, said": the appositive names her
                    aside = words_said[len(subject) + 1 :].split(",", 1)
                    if len(aside) == 2 and not re.match(r"\s*(?:and|or)\b", aside[1]):
                        here = refer.person(f"{subject} {aside[0].strip()}", said)
                owners: list[str] = []  # "Mr Lee's son, Tom Lee": Mr Lee, a rival for "he"
                if here is None and subject is not None:
                    here, owners = refer.owned(subject, said, surnames)
                refer.remember(surnames, here)
                named_here = refer.remember_named(surnames, said)
                here = here or refer.by_surname(surnames, subject)
                if here is None and subject is None and _WAS_ASKED.match(first):
                    here = _who_answered(first, surnames)
                others = carried_rivals if here is None else owners
                pronoun = _bare_pronoun(subject)  # "She then read …": "She"
                if (
                    here is None
                    and fixed_who is not None
                    and refer.is_pronoun(pronoun)
                    and speaker is None
                    and (subject or "").casefold() == (pronoun or "").casefold()
                ):
                    # "Correction: … said Mr Hale was 52. He is 58.": the person the wrong
                    # fact was about, the one person the notice named
                    here = refer.fits(pronouns, fixed_who, pronoun)
                    others = []
                if not anyone:
                    headed |= refer.maybe_names(said)  # "… led by Lavrov": he may be "he"
                if here is None and not anyone and not named_here and speaker is None:
                    # "Putin spoke for an hour. He said …": a name of one word is who "he"
                    # is next only when no other person has come up in the article yet, nor
                    # another word that may be a name ("Okafor quits", "… led by Lavrov")
                    here = refer.lone_name(subject, said)
                    here = here if headed <= {here} else None
                anyone = anyone or bool(
                    here or named_here or speaker or carried_rivals or refer.is_pronoun(pronoun)
                )
                # "Acme Ltd reported a loss. It blamed …": the company, and then its chain
                company_here = refer.company(subject, said)
                if (
                    company_here is None
                    and (subject or "").split()[:1] == ["It"]
                    and refer.resolve_it(first, carried_company) != first
                ):
                    company_here = carried_company  # "It also said …": the chain goes on
                # "Brannock Ltd reported a loss. Its sales fell": the company has the sales
                owner_here = company_here
                if (
                    owner_here is None
                    and (subject or "").split()[:1] == ["Its"]
                    and refer.resolve_its(first, carried_owner) != first
                ):
                    owner_here = carried_owner
                owner_here = refer.sole_owner(owner_here, subject, said)
                # "Ann Lee fined Tom Ray. He …": two people the pronoun may mean, so none
                # '“…,” he says of her.': the speaker is not whom "her" means, the person in
                # play most likely
                said_of = speaker is not None and _SAID_OF.search(said) is not None
                if (
                    here is None
                    and refer.is_pronoun(pronoun)
                    and not said_of
                    and not refer.ambiguous(pronouns, carried_rivals, pronoun)
                ):
                    # "“…,” Pritchard said. He added …": who goes on speaking spoke before;
                    # so does any "he" after a quotation about no one else ("“We …,”
                    # Pritchard said. He blamed …")
                    went_on = (
                        carried is None
                        and spoke is not None
                        and (
                            refer.goes_on(said)
                            or (
                                not spoke_about_another
                                and _alone_in_play(
                                    lately, spoke, (pronoun or "").casefold(), pronouns
                                )
                            )
                        )
                    )
                    here = refer.fits(pronouns, spoke if went_on else carried, pronoun)
                if (
                    here is None
                    and speaker is not None
                    and refer.is_pronoun(pronoun)
                    and not named_here
                    and (
                        said_of
                        or (
                            carried is not None
                            and _pronoun_of(carried, pronouns)
                            not in (None, (pronoun or "").casefold())
                        )
                    )
                    and not refer.ambiguous(pronouns, carried_rivals, pronoun)
                ):
                    # '“…,” he says of her.': the person in play is a woman; the speaker is
                    # the last man in play, when no other who may be "he" came up since
                    here = refer.fits(
                        pronouns, _last_of(lately, (pronoun or "").casefold(), pronouns), pronoun
                    )
                if (
                    here is None
                    and refer.is_pronoun(pronoun)
                    and not said_of
                    and speaker is None
                    and carried is not None
                    and _pronoun_of(carried, pronouns) not in (None, (pronoun or "").casefold())
                    # "She told him …, he said.": he, who says so, is the one to name
                    and refer.said_after(said) is None
                ):
                    # "Peter Lowe was fined by Judge Ann Reid. She said …": the last subject
                    # is a man, so "she" is the one woman in play, if no one else may be
                    here = refer.fits(
                        pronouns,
                        _agreeing(
                            carried, carried_rivals, (pronoun or "").casefold(), pronouns, lately
                        ),
                        pronoun,
                    )
                    if here is not None:  # the others in play take the other pronoun
                        others = [w for w in (carried, *carried_rivals) if not refer.same(w, here)]
                # 'It reflected "a difference of view", she said.': she, the person in play
                said_after = refer.said_after(said) if here is None and speaker is None else None
                if (
                    said_after is not None
                    # "She told him …, he said.": she is another, he the person in play
                    and (not refer.is_pronoun(pronoun) or pronoun != said_after)
                    and not refer.ambiguous(pronouns, carried_rivals, said_after)
                    and not any(at < len(said) for _, at in named_here)
                ):
                    here = refer.fits(pronouns, carried, said_after)
                else:
                    said_after = None
                # a quotation's speaker named after it is not what the next sentence is about
                # ("'She was tireless,' said Dr X. She wrote ...": she is not Dr X)
                topic = None if speaker is not None and not refer.is_pronoun(subject) else here
                if topic is None and speaker is None and not refer.is_pronoun(pronoun):
                    # "Prices will hold, according to Ann Lee. “…,” she said.": Ann Lee
                    topic = refer.according_to(said, named_here)
                if topic is not None and _ASKED.search(first) and not _WAS_ASKED.match(first):
                    topic = None  # "X asked whether … She said …": she is who answered, not X
                if speaker is not None and topic is None:
                    speaking = here
                    about_another = _about_another(said)
                if voice is not None and here is not None and refer.is_pronoun(voice):
                    voice = f"[{here}]"  # "“…,” she said. “…”": [Ann Kerr] said the next
                if (
                    last
                    and nxt is not None
                    and nxt.kind == "paragraph"
                    and atomize.quoted_paragraph(text[nxt.start : nxt.end]) is not None
                    and (lead := atomize.quote_lead(said)) is not None
                ):
                    # "Ann Lee said:" before a quotation in paragraphs of its own: it only
                    # says who speaks them, and each of their sentences says it again
                    rivals_here = [*others, *refer.others(named_here, here, b - a)]
                    quoted_by = refer.resolve(lead, here, pronouns, rivals_here), here
                    leave(a, b, "lead-in")
                    continue
                before = ""  # the piece before this one, whose last noun a relative is about
                held: int | None = None  # where a subject standing alone starts
                doer: str | None = None  # who does what an -ing phrase after a relative says
                doer_past = False
                last_subject: str | None = None  # the subject of the last clause that had one
                said_before: str | None = None  # the claim text of the piece before this one
                # "A rose, and B fell, the bank said": the bank said both; not across a ";"
                covered = 0  # the first piece the trailing attribution covers
                if trailing is not None:
                    for k, piece in enumerate(found_pieces):
                        if ";" in text[found_pieces[k - 1].end if k else a : piece.start]:
                            covered = k
                for k, piece in enumerate(found_pieces):
                    if cut and k == len(found_pieces) - 1:
                        whole = atomize.complete_part(text, piece)
                        tail = whole.end if whole else piece.start
                        while tail < piece.end and text[tail] in ",; ":
                            tail += 1  # the cut-off phrase starts after its comma
                        leave(tail, piece.end, "truncated")
                        recorded = True
                        if whole is None:
                            continue
                        piece = whole  # what was said before the phrase the excerpt cuts off
                    if piece.kind == "quoted":
                        # a sentence of a quotation may be a question or speak to the reader;
                        # with its speaker named, an order is the speaker's ("“If you are
                        # told to go, go now,” the sheriff said"), kept with the speaker
                        said_here = text[piece.start : piece.end]
                        closing = max(said_here.rfind("”"), said_here.rfind('"'))
                        said_here = said_here[: closing if closing > 0 else None].strip(' “”"')
                        voiced = bool(piece.lead) or speaker is not None or bool(quoted_on)
                        voiced = voiced and _APPEAL.match(said_here) is None
                        skip: LeftOutReason | None = (
                            "question"
                            if atomize.is_question(said_here)
                            else "reader"
                            if not voiced and atomize.speaks_to_reader(said_here)
                            else None
                        )
                        if skip is not None:
                            leave(piece.start, piece.end, skip)
                            recorded = True
                            continue
                    if (
                        k == 0
                        and len(found_pieces) > 1
                        and text[piece.end : found_pieces[1].start].strip().startswith(":")
                        and atomize.speaks_to_reader(text[piece.start : piece.end])
                    ):
                        # "Follow the money: the mayor took …": the order before the
                        # colon is the reader's, the statement after it the claim
                        leave(piece.start, piece.end, "reader")
                        recorded = True
                        continue
                    if piece.kind == "subject":
                        before = text[piece.start : piece.end]
                        held = piece.start  # in the passage of the predicate's claim
                        continue  # carried by the claims that follow, which borrow it
                    if piece.kind == "relative" and told and k == 1:
                        # "Residents on Mill Lane, which flooded, ...": "which" is about the
                        # noun phrase that ends the subject; "who" about the person it names
                        who = text[piece.start : piece.end].casefold().startswith("who")
                        rel = text[piece.start : piece.end]
                        # "Speaking after the match, the coach, who joined in May, …": the
                        # coach joined in May, not while speaking
                        bare = _without_opening(subject)
                        antecedent = bare if who else atomize.antecedent_of(before, False, rel)
                        antecedent = antecedent or bare
                    elif piece.kind == "attached" and told and k == 1:
                        antecedent = subject
                    elif (
                        piece.kind == "relative"
                        and k
                        and found_pieces[k - 1].kind == "relative"
                        and antecedent
                        and not atomize.opens_relative(text[piece.start : piece.end])
                    ):
                        pass  # "who joined in May | and is …": the same antecedent's
                    elif piece.kind == "relative":
                        who = text[piece.start : piece.end].casefold().startswith("who")
                        rel = text[piece.start : piece.end]
                        antecedent = atomize.antecedent_of(before, who, rel) or antecedent
                    elif piece.kind == "attached":
                        # "…, who began in France before signing for Leeds": the -ing phrase
                        # is about the relative clause's antecedent, not the sentence's subject
                        if doer is None and k and found_pieces[k - 1].kind == "relative":
                            doer, doer_past = antecedent, atomize.is_past(before)
                        antecedent = atomize.antecedent_of(before, False)
                    elif piece.kind == "aside":
                        # "…on routes to the coast, which …": which noun is unsure, so the
                        # claim keeps the clause it hangs on, word for word
                        doer, antecedent = None, said_before
                    else:
                        doer = None
                    # a predicate split off after "and" borrows the subject of the clause it
                    # was split from ("…, but their presence gave X and enhanced Y")
                    clause = piece.kind == "clause"
                    own = owns[k] if clause else None
                    statement = atomize.claim_text(
                        text,
                        piece,
                        antecedent,
                        doer or (last_subject if clause else None) or subject,
                        doer_past if doer else past,
                    )
                    if columns is not None and len(spans) == 1 and len(found_pieces) == 1:
                        # a table's row with the heads of its columns, as an HTML table's
                        # ("Curlew: 2021 212, 2025 163"): which figure is which is kept
                        statement = blocks.headed_row(said, columns)
                    if (
                        trailing is not None
                        and covered <= k < len(found_pieces) - 1
                        and piece.kind in ("clause", "complement", "gapped")
                        and piece.end <= a + trailing[0]
                        and not atomize.names_speaker(statement)
                    ):
                        statement = f"{statement.rstrip('.')}, {trailing[1]}."
                    if quoted_on and piece.kind in ("clause", "quoted"):
                        statement = f"{quoted_on[:1].upper()}{quoted_on[1:]} said: {statement}"
                    if own:
                        last_subject = own
                    said_before = statement
                    if piece.kind == "aside":
                        antecedent = None  # no noun for a relative clause after this one
                    before = text[piece.start : piece.end]
                    item_said: str | None = None  # an item's words, said by `announced`
                    if piece.kind == "clause":
                        verbless = not (
                            atomize.has_verb(statement) or atomize.verb_after_number(statement)
                        )
                        antecedent = statement.rstrip(".") if verbless else None
                        if (
                            antecedent is not None
                            and block.kind != "item"
                            and not (
                                len(found_pieces) == 1
                                and (
                                    blocks.states_figure(statement)
                                    or blocks.lists_names(statement)
                                    or blocks.lists_timed_names(statement)
                                )
                            )
                        ):
                            leave(piece.start, piece.end, "fragment")  # no verb: nothing to check
                            recorded = True
                            continue
                        if (
                            lead_in
                            and block.kind == "item"
                            # the item is its first sentence: one after it stands alone
                            # ("2. Debit card. Ask your bank. Most banks take part.")
                            and (
                                j <= item_first
                                or disputed
                                # "The audit found that: 1. A rose. B fell.": under a
                                # lead-in that says who found or said the items, each
                                # later sentence is found or said too
                                or (
                                    atomize.reports_items(lead_in)
                                    and whole_cut.speaker is None
                                    and atomize.starts_clause(statement)
                                )
                            )
                            and (
                                verbless  # "Tuesday 4 May": "May" no verb there either
                                or not atomize.has_sure_verb_in_item(statement)
                                or atomize.is_order(statement)
                                or atomize.completes_lead_in(lead_in, statement)
                                or disputed
                                or (
                                    announced is not None
                                    and len(spans) == 1
                                    and whole_cut.speaker is None
                                )
                            )
                        ):
                            # a bare list item says something only with its lead-in (no sure
                            # verb: "a display of X" is no clause), and so does an order ("Turn
                            # off the gas if it is safe": the advice of whoever the lead-in says),
                            # and an item of one sentence under a lead-in that says whose words
                            # the items are ("The review makes five recommendations:"); a row of
                            # figures keeps its name's capital ("Reading +2.1% £1,240": the
                            # lexicon knows "reading", not the town), and an item the article
                            # writes in lower case stays so ("batch GB12A, …" is no name, though
                            # a code follows its first word)
                            row = blocks.is_figure_row(said) or blocks.is_pipe_row(said)
                            # not an item's later sentences, nor one that names its own
                            # speaker ('"Tom Ray lied," the chief said.': the chief's)
                            named_own = whole_cut.speaker is not None
                            if announced is not None and len(spans) == 1 and not named_own:
                                item_said = statement
                            low = text[piece.start : piece.start + 1].islower()
                            rest = statement[:1].lower() + statement[1:] if low else None
                            item = statement if row else rest or atomize.item_after_colon(statement)
                            statement = f"{lead_in}: {item}"
                    passage = Passage.anchor(text, piece.start, piece.end)
                    if held is not None:  # "The lender, which ...": the subject's words too
                        passage = Passage.anchor(text, held, piece.end)
                        held = None
                    recorded = True
                    # a later clause's "he" may mean another person this sentence named first
                    rivals_here = [*others, *refer.others(named_here, here, piece.start - a)]
                    statement = refer.resolve(
                        statement, here, pronouns, rivals_here, after=said_after is not None
                    )
                    statement = refer.resolve_it(statement, company_here)
                    statement = refer.resolve_its(statement, owner_here)
                    if k == 0 and here is None and speaker is None and not named_here:
                        # "X died … . The inquest heard that he …": the person in play
                        statement = refer.resolve_heard(
                            statement, carried, pronouns, carried_rivals
                        )
                    if k > 0 and statement.startswith(("It ", "He ", "She ")):
                        statement = _sole_antecedent(statement, subject, text[a : piece.start])
                    if k == 0:
                        statement = _corrected_subject(statement, fixed)
                        statement = _corrected_name(statement, misnamed)
                        statement = _done_so(statement, did_so) or statement
                    made = record(statement, passage)
                    if made is not None and item_said is not None and lead_in is not None:
                        listed.append((made, item_said, lead_in, announced or ""))
                if not recorded:
                    leave(a, b, "fragment")  # too short to make a claim of
                # an appositive, or a relative clause inside the subject, says one more thing
                # about a name: its own claim, inside the passage of the claim around it
                add_inner(whole_cut.inner)
                person, rivals = topic, [*others, *refer.others(named_here, topic or here, b - a)]
                _in_play(lately, [*([here] if here else []), *(n for n, _ in named_here)], said)
                if (
                    topic is None
                    and here is None
                    and speaker is None
                    and not named_here
                    and refer.kin_of(subject, carried, pronouns)
                ):
                    # "Her son, who is seven, has asthma. She said …": she is still in play
                    person, rivals = carried, carried_rivals
                if (
                    j
                    and topic is not None
                    and carried is not None
                    and not refer.same(carried, topic)
                ):
                    # "Ann Lee won. Tom Ray came second. She …": the last subject is no
                    # surer than the one before it in the paragraph, whom "she" may as well
                    # mean (a paragraph that opens with a name has a new topic)
                    rivals.append(carried)
                if j == 0 and here is None:
                    unsure = True  # the paragraph is not about a person it names first
                named_in_block += [*([here] if here else []), *(n for n, _ in named_here)]
                unsure = unsure or (refer.is_pronoun(pronoun) and here is None)
                unsure = unsure or _QUOTE_NAMES.search(said) is not None
                if quoted_on and topic is None and speaker is None and not named_here:
                    # '“…,” she said. “The crew were calm.”': the quotation goes on in her voice
                    if _keeps_chain(said, carried, pronouns, surnames):
                        person, rivals = carried, carried_rivals
                    if _keeps_chain(said, spoke, pronouns, surnames):
                        speaking = spoke  # '“…,” said Ann Lee. “…” She added …': Ann Lee
                if topic is not None and " him" in said:  # "Tom Ray plays him …"
                    predicate = said[atomize.first_verb(said) :]
                    rivals += refer.unnamed_rivals(predicate, topic, pronouns)
                company = company_here
                owner = owner_here
                opens = trimmed or _leaves_open(said)
                if block.kind == "paragraph" and opens and voice and speaker is not None:
                    # '“…,” Tom Ray said. “We …': the quotation that opens after its speaker
                    # goes on in the sentences after it, and in the next paragraph, his
                    quoted_by = f"{voice[:1].upper()}{voice[1:]} said", here
                elif voice and speaker is not None and not whole_cut.bare:
                    ended_on = f"{voice[:1].upper()}{voice[1:]} said", here
                elif block.kind == "paragraph" and (lead := atomize.speaker_before_quote(said)):
                    # 'Ann Lee said: “We built it.': her quotation, which goes on in the
                    # sentences and paragraphs after it that are only quotation
                    rivals_here = [*others, *refer.others(named_here, here, b - a)]
                    lead = refer.resolve(lead, here, pronouns, rivals_here)
                    if opens:
                        quoted_by = lead, here
                    else:
                        ended_on = lead, here
            if not unsure:
                about = _only_person(text[block.start : block.end], named_in_block, pronouns)
            everyone += named_in_block
            other_woman = other_woman or woman_words
            quoting = quoted_by if block.kind == "paragraph" else None
            if ended_on is None and block.kind == "paragraph" and spans:
                # "It was there, Ann Roe says, that …" or "Ann Roe said the …": her
                # reported words, then a paragraph of quotation alone, hers as well
                ended_on = _reported_by(text, spans[-1], cleaned.blocks, i)
            if quoting is None and block.kind == "paragraph" and ended_on is not None:
                # '“…,” Ann Roe said.' then a paragraph of quotation alone ('“Nobody wants
                # this. …”'): the newspaper's way of going on with her words
                quoting = ended_on
        for block in body:  # a block the walk passed over (a signature read as an item)
            if block.start not in spans_of:
                spans_of[block.start] = cut_up.get(nth_block[block.start])[0]
        hinting.give([claim.text for claim in claims[hinted:]])
        suggested = hinting.results()
    for claim, kind in zip(claims, suggested, strict=True):
        claim.hint = _surname_source(kind, surnames)
    for claim, item, lead, named in listed:  # an item is the words of whom its lead-in names
        claim.hint = listed_hint(item, lead, named or None)
    if answered := blocks.answered(text, body):  # an interview: its answers are speech
        spans = [(a, b) for a, b, _ in answered]
        marked: dict[str, str | None] = {}
        if any(mark == "A" for _, _, mark in answered):
            marked["A"] = _interviewee(text, body, spans_of, spans)
        for _, _, mark in answered:  # "Dunmore": the Rachel Dunmore the article named
            if mark not in marked:
                marked[mark] = refer.by_surname(surnames, mark) or mark
        said_by = [marked[mark] for _, _, mark in answered]
        _answers_said(spans, said_by, claims)
        questions = [b for b in body if blocks.interview_mark(text, b) == "Q"]
        _bare_answers(text, questions, spans, said_by, claims, left)
    else:
        unmarked, answering, asked = _unmarked_interview(text, cleaned.blocks, spans_of)
        if unmarked:
            _answers_said(unmarked, [answering] * len(unmarked), claims)
            _after_interview(text, cleaned.blocks, asked, unmarked[-1][1], claims, left)
            _bare_answers(text, asked, unmarked, [answering] * len(unmarked), claims, left)
    _one_name_each(claims, surnames, text)
    _letters(text, cleaned.blocks, claims, left)
    _letters_page(text, cleaned.blocks, meta.title or source.title or cleaned.title, claims, left)
    _contained_repeats(claims, left)
    left.sort(key=lambda item: (item.passage.start, item.passage.end))
    title = meta.title or source.title or cleaned.title or _lead_title(claims) or "Untitled"
    article = Article(
        id=meta.id or slug(title),
        title=title,
        url=meta.url or source.url,
        author=meta.author or source.author or cleaned.author,
        publisher=meta.publisher or source.publisher,
        published=meta.published
        or source.published
        or plausible(cleaned.published, f"{source.name}: the dateline's date", source.notes),
        text=text,
        sha256=sha256_text(text),
    )
    return ClaimFile(article=article, claims=claims, left_out=left), stats
