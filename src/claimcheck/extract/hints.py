"""A suggested kind for each claim, factual or opinion, with the reasons for it.

Cues of opinion: evaluative words, hedges and rumour, first person, predictions and
"should". Cues of fact: numbers, dates, named sources and attribution ("according to",
"reported", "claims that"). A hint is a suggestion shown to the reviewer; it never sets a
label.
"""

from __future__ import annotations

import re

from claimcheck.models import Hint

EVALUATIVE = {
    "foolish", "stupid", "brilliant", "terrible", "awful", "horrible", "great", "greatest",
    "best", "worst", "amazing", "incredible", "epic", "thrilling", "solid", "disturbing",
    "corrupt", "shameful", "disgraceful", "outrageous", "ridiculous", "absurd", "heroic",
    "brave", "cowardly", "evil", "wicked", "glorious", "pathetic", "impressive", "brazen",
    "dramatic", "dramatically", "clearly", "obviously", "undoubtedly", "surely", "sadly",
    "unfortunately", "fortunately", "hell-bent", "good", "bad",
    "better", "worse", "wonderful", "dangerous", "reckless", "naive", "weak", "weaker",
    "strong", "stronger", "beautiful", "ugly", "excellent", "poor", "remarkable",
    "unacceptable", "tragic", "disastrous", "shocking", "stunning", "laughable", "vile",
}  # fmt: skip
HEDGES = re.compile(
    r"\b(?:(?-i:may)|might|could|perhaps|possibly|probably|likely|unlikely|seems?|appears?"
    r"|arguably|rumou?red|allegedly|supposedly|apparently|believed)\b",
    re.I,
)
FIRST_PERSON = re.compile(r"\b(?:I|(?i:we|we’ve|we've|me|my|our)|us)\b")  # not "US"
PREDICTION = re.compile(r"\b(?:will|would|going to|should|must|ought to)\b", re.I)
NUMBER = re.compile(
    r"\d[\d,.]*\d|\d|\b(?:hundreds?|thousands?|millions?|billions?|dozens?)\b", re.I
)
DATE = re.compile(  # capitalised: "May" the month, not "may" the hedge
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday"
    r"|(?:19|20)\d\d)\b"
)
ATTRIBUTION = re.compile(
    r"\b(?:according to|reported|reports|said|says|told|claims?(?: that)?|confirmed"
    r"|announced|stated|estimated|explained by|data from|figures from)\b",
    re.I,
)
# "according to X", "as explained by X": X is a run of capitalised words (with of/the/for).
_NAME = r"((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|the|and|de|[A-Z][\w’'.-]*)){0,7})"
SOURCE_AFTER = re.compile(
    r"\b(?:according to|as (?:explained|reported|stated) by|data from)\s+([^,.;:!?()]{2,60})",
    re.I,
)
SOURCE_BEFORE = re.compile(  # a name, maybe with one plain noun ("Ukrainian intelligence")
    "("
    + _NAME[1:-1]
    + r"(?:\s+(?!has\b|have\b|had\b)[a-z]{3,})?)"
    + r"\s+(?:has\s+|have\s+)?(?:reported|said|says|told|claimed|claims|confirmed"
    r"|announced|stated|estimated)\b"
)
_NOT_NAMES = {"It", "This", "That", "There", "They", "He", "She", "We", "I", "The", "A", "An"}


def attributed_to(text: str) -> str | None:
    """The named source a claim's text attributes it to, if it names one."""
    for pattern in (SOURCE_AFTER, SOURCE_BEFORE):
        m = pattern.search(text)
        if not m:
            continue
        name = re.sub(r"(?:\s+(?:of|for|the|and|de))+$", "", m.group(1).strip())
        parts = name.split()
        if pattern is SOURCE_AFTER:
            return name
        if parts[0].lower() == "the":
            if len(parts) > 1 and parts[1][:1].isupper():
                return name
        elif parts[0] not in _NOT_NAMES:
            return name
    return None


def hint(text: str) -> Hint:
    """The suggested kind of a claim's text, and why."""
    opinion: list[str] = []
    factual: list[str] = []
    words = {w.casefold().strip(".,;:!?“”\"'()") for w in text.split()}
    evaluative = sorted(words & EVALUATIVE)
    if evaluative:
        opinion.append("evaluative: " + ", ".join(evaluative[:3]))
    for name, pattern in (
        ("hedge", HEDGES),
        ("first person", FIRST_PERSON),
        ("prediction", PREDICTION),
    ):
        m = pattern.search(text)
        if m:
            opinion.append(f"{name}: {m.group().lower()}" if name != "first person" else name)
    m = NUMBER.search(text)
    if m:
        factual.append(f"number: {m.group()}")
    m = DATE.search(text)
    if m:
        factual.append(f"date: {m.group()}")
    source = attributed_to(text)
    m = ATTRIBUTION.search(text)
    if m:
        factual.append(f"attribution: {m.group().lower()}")
    if source:
        factual.append(f"named source: {source}")
    kind = "opinion" if len(opinion) > len(factual) else "factual"
    if not opinion and not factual:
        factual.append("a statement with no evaluative words or hedges")
    reasons = opinion + factual if kind == "opinion" else factual + opinion
    return Hint(kind=kind, reasons=reasons, attributed_to=source)
