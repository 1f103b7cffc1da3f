"""Words by which a text denies, disputes, doubts, or reports as rumour or falsehood what
it tells, rather than stating it: one list for the extractor (a list's lead-in, "Tom Ray
denied the following:", makes its items what was denied) and for `claimcheck merge` ("The
council closed the school, the council denied." is not "The council closed the school.").

Kept as pattern text, free of the extractor, so that a command that merges claims does
not import it; the extractor compiles it with its own cache (`extract.rx`).
"""

from __future__ import annotations

import functools
import re

# a lead-in whose verb denies, disputes or accuses ("Tom Ray denied the following:", "She
# was accused of the following:", "The firm rejected these allegations:"): its items are
# what was denied or alleged, which the article does not state as its own
DISPUTING = (
    r"\b(?:den(?:y|ies|ied|ying|ial|ials)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)"
    r"|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|accus(?:e|es|ed|ing|ation|ations)"
    r"|alleg(?:e|es|ed|ing|ation|ations)|charged\s+with|charges|suspected\s+of"
    # acquitted or indicted of the items ("was cleared of the following:", "faces these
    # counts:"), or calling them untrue ("None of the following is true:", "Myths about
    # X:", "There is no evidence for the following:")
    r"|(?:cleared|acquitted|convicted|indicted|guilty)\s+(?:of|on)|counts|indictment"
    r"|myths?|false(?:hoods?)?|untrue|not\s+true|none\s+of|no\s+evidence|rumou?rs?"
    r"|misconceptions?|misinformation|disinformation|hoax(?:es)?|debunk(?:s|ed|ing)?"
    # cleared of them, or taking them back ("was exonerated of the following:", "Tom Ray
    # apologised for saying:", "The paper retracted these claims:")
    r"|exonerat(?:e|es|ed|ing)|absolved\s+of|apologi[sz](?:e|es|ed|ing)\s+for"
    r"|retract(?:s|ed|ing|ions?)?|withdr(?:aw|aws|awn|ew)|took\s+back"
    # doubting them ("Claims we could not verify:", "Unconfirmed reports say:") or calling
    # them a theory or talk ("Conspiracy theories about the mayor include:"); a bare
    # "claims" is no doubt ("She made two claims:" announces her words)
    r"|(?:not|n[\u2019']t)\s+(?:be\s+|been\s+|yet\s+)?(?:verif|confirm|substantiat|prove|corroborat"
    r"|establish|check)\w*|unverified|unconfirmed|unsubstantiated|unproven|uncorroborated"
    r"|doubts?|doubted|doubtful|dubious|questionable|unfounded|baseless|disproven|discredited"
    r"|misleading|wrongly|speculat(?:e|es|ed|ion|ive)|conjectures?|conspirac(?:y|ies)"
    r"|theor(?:y|ies)|gossip|hearsay"
    # made up or mocking ("Posts that turned out to be fake:", "Fabricated quotes:",
    # "The satirical site published these headlines:", "Lies told by the campaign:")
    r"|fakes?|faked|fabricat(?:e|es|ed|ing|ion|ions)|forg(?:ed|ery|eries)|fictitious"
    r"|fictional|invented|made[\s-]up|falsely|lies|satir(?:e|es|ic|ical|ist)|parod(?:y|ies)"
    r"|spoofs?|hoaxers?)\b"
)

# What a claim's text adds besides: the adverbs that pass a statement on without vouching
# for it ("The council supposedly closed the school."), and calling it a claim or a rumour
# ("Rivals claim the council closed the school.", "It is rumoured that …"). A lead-in's
# bare "claims" announces words; a claim's text that adds "claim" to another's doubts it.
HEARSAY = (
    r"\b(?:allegedly|supposedly|reportedly|purportedly|ostensibly|apparently|so[\s-]called"
    r"|rumou?red|claim(?:s|ed|ing)?|question(?:s|ed|ing|able)?)\b"
)


@functools.cache
def _markers() -> re.Pattern[str]:
    return re.compile(f"{DISPUTING}|{HEARSAY}", re.I)


def doubting_words(text: str) -> list[str]:
    """The words of `text` that deny, dispute or doubt what it tells, or pass it on as
    hearsay (DISPUTING, HEARSAY), in lower case and in order ("denied", "not true")."""
    return [" ".join(m.group().lower().split()) for m in _markers().finditer(text)]


def without_doubt(text: str) -> str:
    """`text` without the words `doubting_words` finds."""
    return " ".join(_markers().sub(" ", text).split())
