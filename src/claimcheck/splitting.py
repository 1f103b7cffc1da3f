"""The texts of a split's parts (`edits.split`), when the reviewer gives none.

Words of the passage outside the quoted parts that only say who said them ("The transport
department said that A and B", "A, and B, the council announced on Tuesday") belong to
every part: each part's text keeps them, so that it still says whose statement it is. A
part whose words do not make a statement on their own ("in favour of the £48 million
repair plan", "while engineers replace its supports, the council announced") is never
written as a claim's text: the split is refused until the reviewer gives its text.

The extractor's rules (its reporting verbs, its reading of verbs) are imported when a
split needs them, never at start-up.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from claimcheck.errors import InvalidValue
from claimcheck.models import Passage
from claimcheck.safe import quoted

# Words that open a clause which needs another to make a sentence.
_SUBORDINATORS = frozenset(
    {"while", "whereas", "although", "though", "because", "since", "if", "unless", "when"}
    | {"whenever", "until", "before", "after", "once", "as"}
)
_DASHES = "\u2014\u2013-"  # em dash, en dash, hyphen
_JOINTS = ",;:" + _DASHES  # what sets who said it apart after the statement
_OPENING = "\"\u201c\u2018'("  # quotation marks and a bracket before a first word
_WHEN = r"(?:\s+(?:on|in|at|last|this|yesterday|today|earlier|later)\b[^,;:.!?]{0,40})?"
_NAME = r"[^,;:.!?\"“”]{1,80}?"


@cache
def _frames() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Who said it, before the parts ("The department said that", "According to the
    council,") and after them (", the council announced on Tuesday", ", said Ann Lee")."""
    from claimcheck.extract.atomize import REPORTING

    said = rf"(?:has\s+|have\s+|had\s+)?{REPORTING}{_WHEN}"
    lead = re.compile(
        rf"[\s\W]*(?:according\s+to\s+(?P<a>{_NAME})|(?P<b>{_NAME})\s+{said}(?:\s+that)?)"
        r"[\s,:]*",
        re.I,
    )
    tail = re.compile(
        rf"[\s{_JOINTS}]*(?:according\s+to\s+(?P<a>{_NAME})|(?:as\s+)?(?P<b>{_NAME})\s+{said}"
        rf"|{REPORTING}\s+(?P<c>{_NAME}){_WHEN})[\s.!]*",
        re.I,
    )
    return lead, tail


def _only_who(found: re.Match[str] | None) -> bool:
    """A frame that names only who said it: no verb or list of its own in that name
    ("The council approved the plan and said that" is a statement, not a frame)."""
    if found is None:
        return False
    from claimcheck.extract.atomize import has_verb

    who = next((g for g in found.groupdict().values() if g), "")
    words = who.split()
    joined = {"and", "but", "or"} & {w.lower() for w in words}
    return 0 < len(words) <= 8 and not joined and not has_verb(who)


def shared_frame(text: str, spans: list[tuple[int, int]], lo: int, hi: int) -> tuple[str, str]:
    """The words before the first part and after the last one (`lo`-`hi`: the claim's
    passage) when they only say who said it: (lead, tail), each '' when not."""
    lead_re, tail_re = _frames()
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    before, after = text[lo:first], text[last:hi]
    lead = tail = ""
    if before.strip() and _only_who(lead_re.fullmatch(before)):
        lead = " ".join(before.split()).rstrip(" ,:")
    if after.strip(" .!\n") and _only_who(tail_re.fullmatch(after)):
        tail = " ".join(after.split()).strip(f" {_JOINTS}.!")
    return lead, tail


# A joining word at a part's edge, where the claim was cut ("… to the cost | and extend
# …"): it joins the parts, so it goes in none (words.JOINING; "while" and the like stay,
# making a part that needs another clause, refused as such).
_JOINED_START = re.compile(r"[\s,;]*(?:(?:and|but|or|nor)\b[\s,;]*)?", re.I)
_JOINED_END = re.compile(r"(?:[\s,;]+(?:and|but|or|nor))?[\s,;]*\Z", re.I)


def settle_parts(
    text: str, spans: list[tuple[int, int]], lead: str, tail: str
) -> tuple[list[tuple[int, int]], str, str, int | None, int | None]:
    """The parts of a split (in the order given) without the joining words at the edges
    where they were cut, and who said them: `lead` and `tail` found around the parts
    (shared_frame), else found inside the first part ("The council said A | and B") or
    the last one ("A | and B, the council said") when no comma or dash sets them apart
    at a cut; the part that holds it keeps it as its own words.
    Returns the parts, lead, tail, and the index of the part that holds each itself."""
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    settled = list(spans)
    for rank, i in enumerate(order):
        a, b = spans[i]
        if rank > 0 and (m := _JOINED_START.match(text, a, b)) is not None and m.end() < b:
            a = m.end()
        if rank < len(order) - 1 and (m := _JOINED_END.search(text, a, b)) is not None:
            b = max(m.start(), a + 1)
        settled[i] = (a, b)
    lead_re, _ = _frames()
    has_lead = has_tail = None
    first, last = order[0], order[-1]
    # "The council said A and B": the frame covers both; after a comma ("The mayor
    # claimed A, and the army confirmed it") the next clause may be nobody's it names
    cuts = [text[settled[i][1] : settled[j][0]] for i, j in pairwise(order)]
    if any(mark in cut for cut in cuts for mark in _JOINTS):
        return settled, lead, tail, None, None
    a, b = settled[first]
    found = None if lead else lead_re.match(text, a, b)
    if found is not None and found.end() < b and _only_who(found):
        lead, has_lead = " ".join(text[a : found.end()].split()).rstrip(" ,:"), first
    a, b = settled[last]
    cut = None if tail else _tail(text[a:b])
    if cut is not None:
        tail, has_tail = " ".join(text[a + cut : b].split()).strip(f" {_JOINTS}.!"), last
    return settled, lead, tail, has_lead, has_tail


def _tail(words: str) -> int | None:
    """Where who said it starts at the end of `words` (", the council said."), set off by
    a comma or a dash; None if it does not."""
    _, tail_re = _frames()
    cut = tail_re.search(words)
    if (
        cut is not None
        and 0 < cut.start() < cut.end() == len(words)
        and _only_who(cut)
        and words[cut.start() :].lstrip()[:1] in _JOINTS
    ):
        return cut.start()
    return None


def part_text(
    text: str, passage: Passage, lead: str, tail: str, claim_id: str, texting: str
) -> str:
    """A part's text from its passage, with who said it (`lead`, `tail`); refused when
    the part's own words make no statement, saying `texting` (how to give its text)."""
    from claimcheck.extract.atomize import Piece, claim_text

    piece = Piece(passage.start, passage.end, "complement" if lead else "clause", lead or None)
    said = claim_text(text, piece)
    if tail:
        said = f"{said[:-1] if said.endswith('.') else said}, {tail}."
    own = " ".join(passage.quote.split())
    if _fragment(own):
        raise NotStatement(
            f"the part {quoted(own)!r} of {claim_id} is not a statement on its own: {texting}",
            part=own,
        )
    return said


class NotStatement(InvalidValue):
    """A part of a split whose own words make no statement: the split needs the parts'
    texts. `drafts`: a text for each part to start from (what the split would write, or
    the part's own words where it would write none), in order; `part`: the words of the
    first part refused."""

    def __init__(self, message: str, drafts: list[str] | None = None, part: str = "") -> None:
        super().__init__(message)
        self.drafts = drafts or []
        self.part = part  # the part's own words


# Adverbs of time and frequency that may open a predicate ("already carries", "never
# made", "soon became"); the extractor's starts_with_verb passes over words in -ly and
# its own few ("still", "now")
_TIME_ADVERBS = frozenset(
    {"already", "always", "never", "often", "soon", "again", "sometimes", "seldom", "ever"}
    | {"later", "once", "twice", "almost", "yet", "duly", "since"}
)


def _after_adverbs(body: str) -> str:
    """The words after those adverbs at the start of `body` (none set off by a comma:
    "Already, the bridge …" opens with its subject after it), or '' when none opens it."""
    words = body.split()
    i = 0
    while i < len(words) and words[i].lower().strip(_OPENING) in _TIME_ADVERBS:
        i += 1
    return " ".join(words[i:]) if 0 < i < len(words) else ""


def _fragment(words: str) -> bool:
    """Words that make no statement: only who said something, a clause that needs
    another ("while engineers replace its supports", before ", the council announced"),
    or no verb at all ("in favour of the repair plan")."""
    from claimcheck.extract.atomize import has_verb, starts_with_verb, verbless_statement

    lead_re, _ = _frames()
    if _only_who(lead_re.fullmatch(words)):
        return True
    cut = _tail(words)
    body = words if cut is None else words[:cut]
    first = body.split()[0].lower().strip(_OPENING) if body.split() else ""
    if first in _SUBORDINATORS and "," not in body:
        return True
    if starts_with_verb(body):  # a predicate without its subject ("extend the closure")
        return True
    if _after_adverbs(body) and starts_with_verb(_after_adverbs(body)):
        return True  # "already carries 9,000 lorries a week", "never made a profit"
    return not has_verb(body) and not verbless_statement(body.rstrip(".") + ".")
