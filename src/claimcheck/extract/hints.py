"""A suggested kind for each claim (factual, opinion or unclear) with the reasons for it.

Cues are read in the author's voice: text inside quotation marks is someone else's
words, so it gives no cue of the author's opinion (a quoted "I" is not the writer), and
neither does a quotation the text begins or ends inside of.

Cues of opinion: evaluative words (any inflection: "worse" is "bad", "laughably" is
"laughable"), stance adverbs ("of course", "clearly", "arguably"), intensifiers ("utterly",
"far too"), sweeping generalisations ("nobody", "never"), hedges and rumour, first person,
normative modals ("should", "must", "needs to"); first person alone is no judgement, so a
first-person state or past event with a date, figure, duration or named place ("I worked
as a nurse for 20 years") is an account, a fact. A prediction ("will", "would") weighs
half: it tips a tie but does not outweigh a fact; an event in a calendar ("will be held",
"will vote on Tuesday") is none. Cues of fact: numbers, identifiers
("A16", "BA.4.6"), dates, a reporting verb (said, reported, argued, warned...), a named
source and quoted speech: someone else's view reported as said is reporting, so a
forecast or a hedge after a reporting verb is the source's, not the writer's. The side
with more weight wins; with none, or as much on each, the hint says `unclear` rather than
guess. A hint is a suggestion shown to the reviewer; it never sets a label.
"""

from __future__ import annotations

import functools
import re

from claimcheck import speakers
from claimcheck.extract import lexicon, refer, rx
from claimcheck.models import Hint
from claimcheck.speech import SPEECH_REASONS, UNNAMED_SOURCE

# Words that judge rather than describe; matched on the word, its adjective lemma
# ("worse" -> "bad") or the adjective of an -ly adverb ("laughably" -> "laughable").
EVALUATIVE = {
    "chaos", "good", "bad", "great", "terrible", "awful", "horrible", "excellent", "wonderful",
    "amazing", "incredible", "brilliant", "remarkable", "impressive", "stunning",
    "shocking", "disturbing", "absurd", "ridiculous", "laughable", "foolish", "stupid",
    "silly", "crazy", "outrageous", "disgraceful", "shameful", "scandalous", "appalling",
    "dreadful", "pathetic", "vile", "evil", "wicked", "corrupt", "dishonest", "cynical",
    "naive", "reckless", "dangerous", "irresponsible", "unacceptable", "unfair", "unjust",
    "wrong", "harmful", "toxic", "nasty", "ugly", "beautiful", "lovely", "nice", "clever",
    "wise", "sensible", "unreasonable", "rational", "irrational", "logical", "illogical",
    "vital", "crucial", "essential", "tremendous", "extraordinary", "dramatic", "drastic",
    "desperate", "tragic", "disastrous", "catastrophic", "harrowing", "heroic", "brave",
    "courageous", "cowardly", "brazen", "arrogant", "smug", "hypocritical", "hysterical",
    "deceptive", "misleading", "dubious", "questionable", "pointless", "useless",
    "worthless", "meaningless", "perfect", "ideal", "superb", "fantastic", "terrific",
    "glorious", "magnificent", "splendid", "admirable", "dull", "boring", "tedious",
    "mediocre", "bizarre", "weird", "sad", "unfortunate", "fortunate", "interesting",
    "fascinating", "embarrassing", "humiliating", "offensive", "fanatical", "outstanding",
    "egregious", "grotesque", "monstrous", "sinister", "alarming", "worrying", "troubling",
    "deplorable", "despicable", "contemptible", "noble", "righteous", "hateful", "nonsense",
    "rubbish", "garbage", "epic", "thrilling", "solid", "weak", "strong", "poor",
    "hell-bent", "bold", "welcome", "positive", "negative", "disgusting", "clumsy", "lazy",
    "incompetent", "inept", "farcical", "shambolic", "chaotic", "pernicious", "insidious",
    "sordid", "shoddy", "lame",
    # judgements of worth
    "marvellous", "marvelous", "fabulous", "exceptional", "exemplary", "praiseworthy",
    "commendable", "laudable", "delightful", "charming", "inspiring", "masterful",
    "flawless", "impeccable", "sublime", "exquisite", "dazzling", "spectacular",
    "sensational", "phenomenal", "astonishing", "astounding", "breathtaking", "refreshing",
    "worthwhile", "shrewd", "dire", "grim", "bleak", "dismal", "abysmal", "atrocious",
    "lamentable", "woeful", "pitiful", "miserable", "wretched", "abominable", "abhorrent",
    "odious", "repugnant", "repulsive", "revolting", "sickening", "nauseating",
    "distasteful", "unsavoury", "unsavory", "sleazy", "squalid", "shabby", "sloppy",
    "careless", "negligent", "incoherent", "muddled", "misguided", "wrongheaded",
    "ill-advised", "ill-conceived", "short-sighted", "shortsighted", "foolhardy", "unhinged",
    "deranged", "delusional", "paranoid", "alarmist", "sensationalist", "shrill", "bigoted",
    "intolerant", "divisive", "incendiary", "zealous", "tyrannical",
    "oppressive", "repressive", "despotic", "heavy-handed", "high-handed", "overbearing",
    "capricious", "unaccountable", "shady", "dodgy", "crooked", "venal", "rotten", "flawed",
    "inadequate", "lacklustre", "lackluster", "second-rate", "third-rate", "futile",
    "fruitless", "hopeless", "wasteful", "extravagant", "exorbitant", "horrific",
    "horrendous", "hideous", "ghastly", "gruesome", "heinous", "sinful", "dishonourable",
    "dishonorable", "contemptuous", "scornful", "insulting", "demeaning", "degrading",
    "noxious", "poisonous", "corrosive", "destructive", "ruinous", "calamitous",
    "frightening", "terrifying", "scary", "creepy", "depressing", "dispiriting",
    "disheartening", "heartbreaking", "heartwarming", "regrettable", "unforgivable",
    "inexcusable", "indefensible", "unconscionable", "intolerable", "unbearable",
    "insufferable", "obnoxious", "annoying", "irritating", "infuriating", "maddening",
    "galling", "tiresome", "dreary", "bland", "insipid", "vapid", "banal", "trite",
    "hackneyed", "simplistic", "facile", "glib", "shallow", "hollow", "disingenuous",
    "mendacious", "duplicitous", "treacherous", "craven", "gutless", "selfless",
    "honourable", "honorable", "principled", "prudent", "imprudent", "unwise", "dumb",
    "daft", "idiotic", "ludicrous", "preposterous", "risible", "comical", "puzzling",
    "perplexing", "inexplicable", "incomprehensible", "ominous", "cruel", "brutal",
    "vicious", "callous", "heartless", "spiteful", "vindictive", "malicious", "greedy",
    "selfish", "feckless", "hapless", "clueless", "ignorant", "gullible", "pompous",
    "self-righteous", "sanctimonious", "condescending", "patronising", "patronizing",
    "nefarious", "deceitful", "unethical", "obscene", "vulgar", "crass", "petty",
    "brilliance", "travesty", "fiasco", "debacle", "farce", "shambles",
    "disgrace", "folly", "hypocrisy", "lunacy", "madness", "stupidity", "idiocy", "drivel",
    "claptrap", "baloney", "tripe", "twaddle",
}  # fmt: skip
STANCE = rx.compile(
    r"\b(?:of course|clearly|obviously|certainly|surely|undoubtedly|no doubt|indeed|in fact"
    r"|frankly|honestly|admittedly|sadly|unfortunately|fortunately|thankfully|hopefully"
    r"|ironically|curiously|predictably|inevitably|naturally|simply|merely|at last"
    r"|at least|after all|let alone|nothing more than|nothing like|of all things"
    r"|arguably|presumably|remarkably|astonishingly|shockingly|tellingly|rightly|wrongly"
    r"|conveniently|unsurprisingly|needless to say|plainly|undeniably"
    r"|regrettably|mercifully|alas)\b",
    re.I,
)
# Degree words that heighten a judgement ("utterly", "far too"); a superlative ("the most
# common") is a description, not an intensifier.
INTENSIFIER = rx.compile(
    r"\b(?:very|extremely|utterly|totally|entirely|completely|deeply|hugely|incredibly"
    r"|absolutely|truly|really|far too|so much|such an?|too \w+ to|highly|terribly"
    r"|awfully|grossly|wildly|hopelessly|ridiculously|exceedingly|immensely|enormously"
    r"|profoundly|vastly|whatsoever)\b",
    re.I,
)
# Sweeping claims about everyone or every time ("nobody wants", "never works").
GENERALISATION = rx.compile(
    r"\b(?:everyone|everybody|nobody|no one|no-one|everything|nothing|always|never)\b", re.I
)
HEDGES = rx.compile(
    r"\b(?:(?-i:may)|might|perhaps|possibly|probably|likely|unlikely|seems?|seemingly"
    # (not "appear" before a committee, in court or at an event: attend, no hedge)
    r"|appears?(?!\s+(?:before|in\s+court|at)\b)|rumou?red|allegedly|supposedly|apparently"
    r"|believed)\b",
    re.I,
)
NORMATIVE = rx.compile(
    r"\b(?:should|must|ought to|needs? to|has to|have to|deserves?|it is time)\b", re.I
)
PREDICTION = rx.compile(r"\b(?:will|would|going to|bound to|is set to|are set to)\b", re.I)
# an event fixed in a calendar, announced rather than foreseen ("A memorial service will
# be held on Friday", "He will be sentenced next month")
SCHEDULED = rx.compile(
    r"\bwill\s+be\s+(?:held|staged|hosted|heard|sentenced|buried|cremated|broadcast"
    r"|published|released|unveiled|opened|reopened|launched)\b"
    # a hearing in a calendar: "She will appear before the committee", "… in court"
    r"|\bwill\s+(?:appear|testify|give\s+evidence)\s+(?:before|in\s+court|at)\b",
    re.I,
)
# an event in a calendar given with its date ("The council will vote on Tuesday", "The
# shop will open on 3 May", "Ministers will meet next week"): announced, no forecast. Only
# with a time in the sentence (`_CALENDAR`), and only verbs of what is arranged, not of
# what may come about: "Rovers will win on Saturday", "Prices will start to fall in May",
# "The war will end next year" are forecasts, date or not.
SCHEDULED_DATED = rx.compile(
    r"\bwill\s+(?:(?:also|now|then|not|only|each|both|all|formally|again)\s+)?"
    # (a market's "will open lower", "will close up 2%" is a forecast of prices)
    r"(?:vote|meet|(?:(?:re)?open|close)(?!\s+(?:lower|higher|up|down|flat)\b)|shut|launch"
    r"|hold|host|sit|convene|debate|discuss"
    r"|hear|consider|publish|release|announce|unveil|present|visit|travel|attend|speak"
    r"|address|sign|resume|strike|walk\s+out|retire|expire"
    r"|(?:start|begin)(?!\s+(?:to\b|[a-z]+ing\b))|decide\s+(?:on|whether)\b|rule\s+on"
    r"|go\s+(?:on\s+(?:strike|sale|trial|display|tour)|ahead|live)|take\s+(?:place|effect|office)"
    r"|come\s+into\s+(?:force|effect)|step\s+down|stand\s+(?:down|trial)|kick\s+off"
    r"|face\s+(?:trial|court|a\s+(?:trial|hearing|vote|ballot))"
    r"|be\s+(?:debated|discussed|considered|voted\s+on|signed|announced|presented|tabled"
    r"|introduced|closed|shut|suspended|sworn\s+in|inaugurated|reviewed|screened|shown"
    r"|decided|tried|put\s+to\s+a\s+vote))\b",
    re.I,
)
# a time in a calendar: a day, a month, a year, or a day named from today ("next week")
_CALENDAR = rx.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)\b"
    r"|\b(?i:today|tonight|tomorrow|noon|midnight"
    r"|(?:this|next|later\s+this)\s+(?:morning|afternoon|evening|week|weekend|month|year"
    r"|term|spring|summer|autumn|winter|season)"
    r"|at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}(?:am|pm))\b"
)
# the publication as whom a person spoke to ("She spoke to us in Leeds", "told me"): a
# report of the interview, no view of the writer's
_TOLD_US = rx.compile(
    r"\b(?:told|tells|spoke\s+to|speaking\s+to|talked\s+to|said\s+to|wrote\s+to"
    r"|explained\s+to|confirmed\s+to)\s+(?:us|me)\b"
    # the interviewer's question, reported: "When I ask whether …", "I asked her about …"
    r"|\b(?-i:I)\s+(?:ask|asked|put\s+it\s+to)\b",
    re.I,
)
# The writer's own "I" and "we" ("I-94" is a road); a capitalised "Our" inside a sentence
# is part of a name ("Feeding Our Future"), so capitals count only where the text starts.
FIRST_PERSON = rx.compile(r"\b(?:I(?!-)|we|we’ve|we've|we’re|we're|me|my|our|ours|us)\b")
_FIRST_PERSON_FIRST = rx.compile(r"\W*(?:We|We’ve|We've|We’re|We're|Me|My|Our|Ours)\b")
# The writer's own view announced as such ("I think", "we believe", "in my view"): a
# judgement given as the writer's, a cue of opinion beyond the "I" alone ("I visited the
# site" is first person, and an event).
OWN_VIEW = rx.compile(
    r"\b(?:(?-i:I|[Ww]e)\s+(?:(?:do|really|still|strongly|firmly|honestly|genuinely|just)\s+)?"
    r"(?:think|believe|feel|reckon|suspect|doubt|fear|suppose|guess)"
    r"|in\s+(?:my|our)\s+(?:view|opinion|judgement|judgment)|to\s+my\s+mind)\b",
    re.I,
)
# A judgement or a feeling of the writer's own, besides "I think" (`OWN_VIEW`): a verb
# of liking or wanting, or a word of feeling after "I am" ("I love", "we welcome", "I was
# shocked", "we are proud"): with it, a first-person sentence stays the writer's view.
OWN_ATTITUDE = rx.compile(
    r"\b(?:I|[Ww]e)(?:’m|'m|’re|'re|’ve|'ve|\s+(?:am|are|was|were|have|had|do|did|really"
    r"|still|always|never|just|also|so|very|been|felt|feel|became|become|got|get|grew))*"
    r"\s+(?:(?:love|hate|like|dislike|admire|prefer|hope|wish|want|agree|disagree"
    r"|respect|welcome|regret|applaud|oppose|support|trust|enjoy|worry|fear|condemn"
    r"|deplore|praise|celebrate)(?:s|d|ed|red|ted)?|worried|proud|happy|glad|sad|angry"
    r"|afraid|ashamed|delighted|disappointed|shocked|appalled|horrified|saddened|angered"
    r"|frustrated|concerned|pleased|thrilled|sorry|grateful|thankful|sure|convinced"
    r"|certain|confident|amazed|surprised|stunned|outraged|dismayed|furious|upset"
    r"|excited|honoured|honored|privileged|lucky|fortunate)\b"
)
# A plain state of the writer's ("I live in Leeds", "We are based in Hull", "I have
# worked there since 2001"); a past event is found by `past_event`.
OWN_STATE = rx.compile(
    r"\b(?:I|[Ww]e)(?:\s+(?:still|now|also))?(?:(?:’m|'m|’re|'re|\s+(?:am|are))\s+"
    r"(?:a|an|the|one|based|from|in|at|on|members?)\b"
    r"|\s+(?:live|work|serve|teach|own|run|rent|hold|chair|manage|represent)\b)"
)
# What makes a first-person statement of state or event checkable: a date or figure (see
# NUMBER, DATE, IDENTIFIER), a duration ("ten years", "for a decade", "since
# childhood"), or a named place or body after a preposition ("in Leeds", "of the Walkley
# board", "at St Mary's").
_ACCOUNT_ANCHOR = rx.compile(
    r"\b(?i:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|\d+)\s+|(?:for|over)\s+(?:(?:a|an|several|many|a\s+few"
    r"|(?:the\s+)?(?:past|last))\s+)?)"
    r"(?i:hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b"
    r"|\b(?i:since)\s+\w"
    r"|\b(?:in|at|from|to|near|of|for|with|outside|across|around)\s+(?:the\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
)
# A quantity; digits glued to letters ("COVID-19", "BA.4.6", "I-94") name things instead.
NUMBER = rx.compile(
    r"(?<![\w.-])\d(?:[\d,.]*\d)?|\b(?:hundreds?|thousands?|millions?|billions?|dozens?)\b",
    re.I,
)
# A designation with digits in it (a model, a road, a strain: "A16", "I-94", "BA.4.6"): a
# specific, checkable detail, shown whole rather than as the number inside it.
IDENTIFIER = rx.compile(r"\b[A-Za-z]+[-.]?\d\w*(?:[.-]\w+)*")
_DIGIT = rx.compile(r"\d")
DATE = rx.compile(  # capitalised: "May" the month, not "may" the hedge
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday"
    r"|(?:19|20)\d\d)\b"
)
# The reporting verbs journalists use; they mark whose statement it is.
ATTRIBUTION = rx.compile(
    r"\b(?:according to|reported|reports|reportedly|said|says|told|tells|claims?(?: that)?"
    r"|claimed|confirmed|confirms|announced|announces|stated|states that|estimated"
    r"|explained by|data from|figures from|added|adds|argued|argues|wrote|writes|insisted"
    r"|insists|warned|warns|tweeted|believes|noted|notes that|published|found that"
    r"|show(?:s|ed)? that|revealed|recorded"
    # the plural present ("Shopkeepers say …", "Economists expect …"; see `_attribution`),
    # and figures named last ("…, the council's own counts show.")
    r"|say|warn|argue|insist|believe|expects?|show(?:s|ed)?(?=\W*$))\b",
    re.I,
)
# what makes a plural present verb no attribution: the writer's own ("I believe", "we
# say"), a modal's or a negation's ("Few would argue", "It does not say"), an infinitive
_UNREPORTED_BEFORE = rx.compile(r"\b(?:I|we|you|would|could|might|not|to)\s+$", re.I)
_PLURAL_PRESENT = frozenset({"say", "warn", "argue", "insist", "believe", "expect", "expects"})
# Quoted speech: someone else's words, not the author's voice.
QUOTED = rx.compile(r"“[^“”]{0,600}”|\"[^\"]{0,600}\"|(?<!\w)‘[^‘’]{0,600}’(?!\w)")
# A quotation begun and not closed in the text (it goes on past it), or closed and not
# begun (it started before it): the text is part of a longer quotation.
_OPEN_TO_END = rx.compile(r"[“\"][^“”\"]*$")
_START_TO_CLOSE = rx.compile(r"^[^“”\"]*[”\"]")
_QUOTE_MARK = rx.compile(r"[“”\"‘]")
# Quoted words that make a sentence reported speech rather than the writer's own (a word
# or two in quotation marks is more often the writer's irony than a quotation).
_QUOTED_WORDS = 4
_BLANKED = rx.compile(r"\s{2,}")
# "according to X", "as explained by X": X is a run of capitalised words (with of/the/for).
# A name is at most 8 words, which also keeps the pattern linear on long capitalised runs.
# Its lowercase particles ("Marie de la Cruz", "Omar al-Rashid") are inside the name.
_NAME = (
    r"((?:the\s+)?[A-Z][\w’'.-]*"
    rf"(?:\s+(?:of|for|the|and|{lexicon.NAME_PARTICLE}|(?:al|el)-[A-Z][\w’'.-]*|[A-Z][\w’'.-]*))"
    r"{0,7})"
)
SOURCE_AFTER = rx.compile(
    r"\b(?:according to|as (?:explained|reported|stated) by|data from)\s+([^,.;:!?()]{2,60})",
    re.I,
)
# "according to" a norm is "in accordance with" it, no source: "reopened according to
# schedule", "built according to the original design", "went ahead according to the rules"
_NORM = rx.compile(
    r"(?:(?:the|a|an|its|their|his|her|our|this|that)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:plans?|schedule|timetable|rules?|laws?|designs?|guidelines?|guidance|protocols?"
    r"|procedures?|traditions?|customs?|instructions?|specifications?|standards?|script"
    r"|budget|regulations?|polic(?:y|ies)|contract|terms|recipe|pattern|the\s+book)",
    re.I,
)
# where a source after "according to" ends without a comma: its own relative clause
# ("according to the council which owns it"); a finite verb in it is the main clause's
# ("according to the council is the oldest …", "According to police officers were …"):
# where the source ends is then unknown, so none is named
_SOURCE_RELATIVE = rx.compile(r"\s+(?:which|who|whom|whose|that)\b.*", re.S)
_FINITE_IN_SOURCE = rx.compile(
    r"\s(?:is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must"
    r"|does|did)\b"
)
_CAPITALISED_SOURCE = rx.compile(
    r"(?:[Tt]he\s+)?(?!The\b)[A-Z][\w’'.&-]*(?:\s+(?:of|for|the|and|[A-Z][\w’'.&-]*))*(?=\s+[a-z])"
)
# a verb of saying with "by" after it is a passive participle: its noun said nothing
_BY_AFTER = rx.compile(r"\s+by\b(?!-)")
# what makes the source after it the one a statement denies, not whose it is: "Not
# according to Ann Lee", "Contrary to what Ann Lee says", "Despite what the board claims"
_DENIED_SOURCE = rx.compile(
    r"(?:\bnot|\b(?:contrary|counter)\s+to\s+what|\b(?:despite|unlike|whatever)\s+what?)"
    r"\s+(?:according\s+to\s+)?$",
    re.I,
)
# A word after a name that is no noun of it: a helping verb ("Staff were told": whom
# someone told, no speaker), a relative pronoun, or an adverb ("Police wrongly said": the
# police), but for the few nouns that end in "-ly" ("the Ray family said")
_NOT_NOUN = (
    r"(?!(?:has|have|had|was|were|is|are|be|been|being|will|would|could|should|might|must"
    r"|did|does|also|not|never|then|later|once|still|just|since|who|which|that)\b"
    r"|(?!(?:famil|assembl|al|suppl|rall|monopol|anomal|bull)y\b)[a-z]+ly\b)"
)
SOURCE_BEFORE = rx.compile(  # a name, maybe with one plain noun ("Ukrainian intelligence")
    "("
    + _NAME[1:-1]
    # or two ("Eastfield county council", "Labour party leaders")
    + r"(?:\s+"
    + _NOT_NOUN
    + r"[a-z]{3,}){0,2})"
    # an adverb between the name and its verb is no part of the name ("Ann Lee also said")
    + r"(?:\s+(?:also|never|then|later|once|still|just|(?!(?:famil|assembl|al|suppl|rall"
    + r"|monopol|anomal|bull)y\b)[a-z]+ly))?"
    # a name the extractor resolved a pronoun to is in brackets ("[Ann Lee] said")
    # a party or a place in brackets after the name ("Tom Ray (Labour) said")
    + r"\]?(?:\s*\([^()]{1,40}\))?\s+(?:has\s+|have\s+)?(?:reported|said|says|told|claimed"
    r"|claims|confirmed|announced|stated|estimated|added|argued|argues|wrote|insisted|warned"
    r"|tweeted)\b"
)
# a denial names its speaker, the last form tried ("Mayor Ada Obi denied that …"): a
# statement someone else made after it is theirs ("The union denied it: "…", Ann Lee said.")
# a named subject, its verb, then a participle of speech after a comma: "Rovers denied
# the report, saying …" (the subject's words); without the comma "saying" is about the
# noun before it ("Police found a note saying …": the note's)
SOURCE_SAYING = rx.compile(
    r"^\[?" + _NAME + r"\]?\s+(?P<verb>[a-z][\w’'-]*)\b[^,;:“”\"()\[\]]*,\s+saying\b"
)
SOURCE_DENIED = rx.compile(_NAME + r"\]?\s+(?:also\s+)?(?:denied|denies)\s+that\b")
# A quotation, then who said it after the verb: '"…," said council leader Priya Nandra.',
# '"…," added Dr Ann Cole of the Trust.' The name (its capitalised words, as SOURCE_BEFORE
# gives "Priya Nandra" of "Council leader Priya Nandra said"), after at most four lowercase
# words of a title; "said the coach" names nobody.
_INVERTED_VERB = (
    r"(?:said|says|told\s+[a-z]+|tells\s+[a-z]+|added|adds|claimed|claims|confirmed"
    r"|announced|stated|argued|argues|wrote|writes|insisted|insists|warned|warns|explained)"
)
SOURCE_INVERTED = rx.compile(
    r"[”\"],?\s*" + _INVERTED_VERB + r"\s+(?:[a-z][\w’'-]*\s+){0,4}?" + _NAME
)
# the same after a clause and a comma, unquoted: "The bridge will reopen, said Tom Ray, the
# mayor." The name ends the clause, and the words before it are a role, never a phrase of
# place or time or a verb's object ("…, said typical prices in May were …": no source;
# "said to", "said that": "The senator, said to have met …", no attribution)
SOURCE_INVERTED_BARE = rx.compile(
    r",\s*"
    + _INVERTED_VERB
    + r"(?!\s+(?:to|that|by)\b)\s+"
    + r"(?:(?!(?:in|on|at|for|from|to|by|with|since|during|until|before|after|of)\b)"
    + r"[a-z][\w’'-]*\s+){0,4}?"
    + _NAME
    + r"(?=\s*(?:[,.;:!?]|$))"
)

# a name, an appositive set off by commas, then the verb: "…, Tom Ray, the mayor, said."
# (the name opens the sentence or follows a comma, so no opening phrase is read into it)
SOURCE_APPOSED_MID = rx.compile(
    r"(?:^|,\s+)"
    + _NAME
    + r",\s+(?:the|a|an|its|his|her|their)\s[^,;:“”\"()]{1,80},\s+"
    + r"(?:also\s+)?(?:said|says|told|added|adds|claimed|claims|confirmed|announced|stated"
    + r"|argued|argues|wrote|writes|insisted|insists|warned|warns|explained)\b"
)
# A name, then an appositive between commas, then the verb of saying ("Ann Lee, a
# cardiologist at the Trust, said …"; "Its spokesman, Tom Ray, said …"): the name at the
# sentence's start, or the appositive when it is a name alone
_SAYING = (
    r"(?:said|says|told|claimed|confirmed|announced|stated|added|argued|wrote|insisted|warned)"
)
SOURCE_APPOSED = rx.compile(
    # one aside or a few ("Greta Olin, 54, who has lived on the quay for years, said")
    r"^\[?(?P<first>[^,;:“”\"\]]{2,60}?)\]?,\s+(?P<apposed>[^;:“”\"]{2,140}?),"
    r"\s+(?:also\s+)?" + _SAYING + r"\b"
)
# lowercase words of a role between a team's or a body's name and a person's ("said Rovers
# manager Gary Holt"): the person is the speaker; never "of", "at" … ("Ann Lee of the Trust")
_ROLE_THEN_NAME = rx.compile(
    r"\s+(?:(?!(?:of|at|from|for|in|on|the|and|who|which|with|to|an?|and|or|by)\b)"
    r"[a-z][\w’'-]*\s+){0,2}"
    r"(?!(?:of|at|from|for|in|on|the|and|who|which|with|to|an?|and|or|by)\b)[a-z][\w’'-]*,?\s+"
    + _NAME
)
# a role at a place or body before its name ("said an epidemiologist at Eastmoor", "said
# the head of Acme"): the name is where the speaker works, not who spoke
_ROLE_AT = rx.compile(r"\s(?:at|of|from|for|in|with)\s+(?:the\s+)?$")
# days and months are no speakers ("said Tuesday" in the American order)
_WHEN = rx.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Today|Yesterday|Tonight)\b"
)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The words a match of each cue pattern can start with (lowercase; a match starts at a
# word boundary, with the whole word): a text without any of them cannot match, so the
# pattern's scan is skipped. Exact for text whose word characters are all ASCII, where
# the patterns' IGNORECASE agrees with str.lower(); any other text is scanned in full.
_STARTS: dict[re.Pattern[str], frozenset[str]] = {
    STANCE: _wordset(
        "of clearly obviously certainly surely undoubtedly no indeed in frankly honestly"
        " admittedly sadly unfortunately fortunately thankfully hopefully ironically"
        " curiously predictably inevitably naturally simply merely at after let nothing"
        " arguably presumably remarkably astonishingly shockingly tellingly rightly"
        " wrongly conveniently unsurprisingly needless plainly undeniably regrettably"
        " mercifully alas"
    ),
    INTENSIFIER: _wordset(
        "very extremely utterly totally entirely completely deeply hugely incredibly"
        " absolutely truly really far so such too highly terribly awfully grossly wildly"
        " hopelessly ridiculously exceedingly immensely enormously profoundly vastly"
        " whatsoever"
    ),
    GENERALISATION: _wordset("everyone everybody nobody no everything nothing always never"),
    HEDGES: _wordset(
        "may might perhaps possibly probably likely unlikely seem seems seemingly appear"
        " appears rumored rumoured allegedly supposedly apparently believed"
    ),
    NORMATIVE: _wordset("should must ought need needs has have deserve deserves it"),
    PREDICTION: _wordset("will would going bound is are"),
    FIRST_PERSON: _wordset("i we me my our ours us"),
    OWN_VIEW: _wordset("i we in to"),
    ATTRIBUTION: _wordset(
        "according reported reports reportedly said says told tells claim claims claimed"
        " confirmed confirms announced announces stated states estimated explained data"
        " figures added adds argued argues wrote writes insisted insists warned warns"
        " tweeted believes noted notes published found show shows showed revealed"
        " recorded say warn argue insist believe expect expects"
    ),
}
# NUMBER and DATE, each without its alternatives of words: the pattern itself for a text
# that holds one of these words (lowercase; each a whole word of a match), these
# otherwise, which find the same first match in a fraction of the time (a scan that
# starts with a digit skips to the next digit). As `_STARTS`, exact for text whose word
# characters are all ASCII.
_NUMBER_WORDS = _wordset(
    "hundred hundreds thousand thousands million millions billion billions dozen dozens"
)
_DIGITS = rx.compile(r"\d(?<![\w.-]\d)(?:[\d,.]*\d)?", re.I)  # (?<![\w.-])\d..., digit first
_DATE_WORDS = _wordset(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday yesterday"
)
_YEAR = rx.compile(r"(?:19|20)(?<!\w\d\d)\d\d\b")  # \b(?:19|20)\d\d\b, digits first
_NARROWED = {NUMBER: (_NUMBER_WORDS, _DIGITS), DATE: (_DATE_WORDS, _YEAR)}
# The tables keyed by a pattern are looked up by its id: hashing a compiled pattern hashes
# its whole compiled code (up to 3 µs for the longest cue), several times for each hint.
_NARROWED_BY_ID = {id(pattern): found for pattern, found in _NARROWED.items()}


def _narrowed(pattern: re.Pattern[str], found: frozenset[str] | None) -> re.Pattern[str]:
    """NUMBER or DATE, or the narrower pattern that finds the same in a text with the words
    `found` (from `_words_in`)."""
    if found is None or id(pattern) not in _NARROWED_BY_ID:
        return pattern
    words, narrower = _NARROWED_BY_ID[id(pattern)]
    return pattern if not found.isdisjoint(words) else narrower


_TOKEN = rx.compile(r"\w+")
_WIDE_WORD = rx.compile(r"(?![\x00-\x7f])\w")  # a word character outside ASCII


def _words_in(text: str) -> frozenset[str] | None:
    """The lowercase words of the text, or None when a word character is not ASCII."""
    if not text.isascii() and _WIDE_WORD.search(text):
        return None
    return frozenset(_TOKEN.findall(text.lower()))


# A forecast, an obligation or a hedge after these is someone's reported view, not the
# author's ("the union said the line should close").
_REPORTED = rx.compile(
    ATTRIBUTION.pattern + r"|\b(?:say|tell|asked|expects?|expected|predicted|forecast)\b", re.I
)
_VOICED = (PREDICTION, HEDGES)
_FORECAST = 0.5


def _search(
    pattern: re.Pattern[str], text: str, found: frozenset[str] | None
) -> re.Match[str] | None:
    """pattern.search(text), skipped when `found` (the text's words, from `_words_in`)
    holds none of the words a match of the pattern starts with."""
    if found is not None:
        starts, alone, together = _CHECKS[id(pattern)]
        if found.isdisjoint(starts):
            return None
        if found.isdisjoint(alone) and not any(words <= found for words in together):
            return None  # "of" without "course", "is" without "set" and "to"
    return pattern.search(text)


def _phrases(phrases: str) -> tuple[frozenset[str], ...]:
    """The words of each phrase of a "|"-separated list."""
    return tuple(frozenset(phrase.split()) for phrase in phrases.split("|"))


# The phrases of more than one word a match of a cue pattern can be ("of course", "is set
# to"). A match holds every word of its phrase, whole (the pattern's words are separated
# by spaces and end at a word boundary), so a text that holds no word of `_ALONE` (the
# words a match can start with, less the first words of these phrases) and not all the
# words of any of these phrases cannot match: as `_STARTS`, exact for text whose word
# characters are all ASCII.
_LONGER = {
    STANCE: (
        "of course|no doubt|in fact|at last|at least|after all|let alone|nothing more than"
        "|nothing like|of all things|needless to say"
    ),
    INTENSIFIER: "far too|so much|such a|such an|too to",
    GENERALISATION: "no one",
    NORMATIVE: "ought to|need to|needs to|has to|have to|it is time",
    PREDICTION: "going to|bound to|is set to|are set to",
}
_TOGETHER = {pattern: _phrases(phrases) for pattern, phrases in _LONGER.items()}
_ALONE = {
    pattern: _STARTS[pattern] - {phrase.split()[0] for phrase in phrases.split("|")}
    for pattern, phrases in _LONGER.items()
}
# what `_search` tests, by the pattern's id (see `_NARROWED_BY_ID`)
_CHECKS: dict[int, tuple[frozenset[str], frozenset[str], tuple[frozenset[str], ...]]] = {
    id(pattern): (starts, _ALONE.get(pattern, starts), _TOGETHER.get(pattern, ()))
    for pattern, starts in _STARTS.items()
}


# Words without which each source pattern cannot match (lowercase; each is a whole word of
# the match), so that a text holding none of them is not scanned: as `_STARTS`, exact for
# text whose word characters are all ASCII.
_NEEDS: dict[re.Pattern[str], frozenset[str]] = {
    SOURCE_AFTER: _wordset("according as data"),
    SOURCE_BEFORE: _wordset(
        "reported said says told claimed claims confirmed announced stated estimated added"
        " argued argues wrote insisted warned tweeted"
    ),
    SOURCE_INVERTED: _wordset(
        "said says told tells added adds claimed claims confirmed announced stated argued"
        " argues wrote writes insisted insists warned warns explained"
    ),
    SOURCE_APPOSED: _wordset(
        "said says told claimed confirmed announced stated added argued wrote insisted warned"
    ),
    SOURCE_DENIED: _wordset("denied denies"),
    SOURCE_SAYING: _wordset("saying"),
    SOURCE_APPOSED_MID: _wordset(
        "said says told added adds claimed claims confirmed announced stated argued argues"
        " wrote writes insisted insists warned warns explained"
    ),
    SOURCE_INVERTED_BARE: _wordset(
        "said says told tells added adds claimed claims confirmed announced stated argued"
        " argues wrote writes insisted insists warned warns explained"
    ),
}

# Every word the tests above ask about: a text's words narrowed to these (a handful, most
# often none) answer each of them alike, and faster than all its words.
_CUE_WORDS: frozenset[str] = frozenset().union(
    *_STARTS.values(),
    *(words for phrases in _TOGETHER.values() for words in phrases),
    *(words for words, _ in _NARROWED.values()),
    *_NEEDS.values(),
)

_NEEDS_BY_ID = {id(pattern): words for pattern, words in _NEEDS.items()}

_NOT_NAMES = {
    "It", "This", "That", "There", "They", "He", "She", "We", "I", "The", "A", "An", "What",
    "Residents", "Officials", "Dr", "Mr", "Mrs", "Ms", "Some", "Many", "Others", "People",
    "Who", "Whom", "Whose", "Which", "Following",
    # an indefinite pronoun or a quantifier is no one named ("Nobody has said that",
    # "Several said they had asked for more")
    "Nobody", "No", "None", "Someone", "Somebody", "Anyone", "Anybody", "Everyone",
    "Everybody", "Several", "Few", "All", "Both", "Most", "Each", "Either", "Neither",
    "Nothing", "Something", "Anything", "Everything",
}  # fmt: skip
# titles before a name: "Dr" alone is no name, "Dr Ned Cross" after a quotation is one
_HONORIFICS = frozenset({"Dr", "Mr", "Mrs", "Ms"})
_WORD = rx.compile(r"[A-Za-z][A-Za-z’'-]*")
# joining words left at a name's end ("the Bank of", "Marie de"): not part of it
_TRAILING_JOIN = rx.compile(rf"(?:\s+(?:of|for|the|and|{lexicon.NAME_PARTICLE}))+$")


# What a source writes or counts, not a source itself ("according to the authority's own
# counts", "according to official figures"): its maker, when named, is the source
_DOCUMENT = (
    r"(?:counts?|figures?|data|records?|reports?|statements?|estimates?|statistics|numbers"
    r"|documents?|filings?|accounts?|surveys?|analysis|analyses|calculations?|tally|minutes"
    r"|website|research|study|studies|review|audit|papers?)"
)
_OWNED_DOCUMENT = rx.compile(
    r"(?P<owner>.+?)(?:’s|'s|’|')\s+(?:[a-z][\w-]*\s+){0,2}" + _DOCUMENT + r"\b.*", re.S
)
# how a document came out ("figures published by …"), and when ("… on Tuesday")
_MADE = (
    r"(?:\s+(?:published|released|issued|compiled|produced|collected|gathered|commissioned"
    r"|prepared|carried\s+out|put\s+out|made\s+public|out))?"
)
_MADE_WHEN = (
    r"(?:,?\s+(?:(?:on|in|last|this|earlier|late|early)\s+(?:this\s+)?)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|week|month|year|spring|summer"
    r"|autumn|winter|yesterday|today|\d{4})\b.*)?"
)
# "a report by the Resolution Foundation", "data from the census office", "figures
# published by the council on Tuesday": its maker (not when it was made)
_DOCUMENT_BY = rx.compile(
    r"(?:[^\s]+\s+){0,4}?" + _DOCUMENT + _MADE + r"\s+(?:by|from)\s+(?P<maker>.+?)" + _MADE_WHEN
)
# a document with no maker named: "official figures", "the latest data", "a council report",
# "figures released on Monday"
_BARE_DOCUMENT = rx.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)?(?:[a-z][\w-]*\s+){0,3}"
    + _DOCUMENT
    + r"\b(?!\s+(?:by|from|of)\s)"
    + _MADE
    + _MADE_WHEN
    + r"\W*"
)
# a place before a verb of saying is where the speaker is, not who it is: "Shopkeepers on
# Quay Street said", "the mayor of Leeds said"; the speaker is the words before it too
_PLACE_WORDS = (" on ", " in ", " at ", " of ", " near ", " from ")
_PLACE_BEFORE = rx.compile(
    r"(?:^|[,;:(]\s*)(?P<who>[A-Za-z][^,;:()]{0,100}?)\s+(?:on|in|at|of|near|from)\s+$"
)


# what a named source is written with: words of letters (digits, apostrophes, hyphens,
# stops and "&" inside them), never markup or a formula ("[link=http", "=HYPERLINK")
_SOURCE_NAME = rx.compile(r"[^\W\d_][\w’'.&-]*(?:\s+[\w’'.&-]+)*")


# a speaker the extractor put in for a pronoun, right before a verb of saying ('"…,"
# [Ann Lee] said.'): the claim's own text says who spoke, whatever a quotation in it says
_RESOLVED_SPEAKER = rx.compile(
    r"\[([^\[\]]{2,80})\]\s+(?:also\s+)?(?:said|says|told|added|adds|claimed|claims"
    r"|confirmed|announced|stated|argued|argues|wrote|writes|insisted|insists|warned|warns"
    r"|explained|explains)\b"
)
# a quotation, then the speaker's role and the name apart ('"…," its chair, Ann Lee, said';
# '"…," said Acme's head of safety, Dr Ann Lee.'): the name is the speaker
_ROLE_APPOSED = rx.compile(
    r"[”\"],?\s+(?:(?:its|their|his|her|the|our)\s+[a-z][^,;:“”\"()]{0,60}),\s+"
    + _NAME
    + r",\s+(?:also\s+)?"
    + _SAYING
    + r"\b"
)
_OWNER_ROLE_NAME = rx.compile(
    r"(?:’s|'s)\s+(?:[a-z][\w’'-]*\s+){0,5}?[a-z][\w’'-]*,\s+" + _NAME + r"(?=\s*(?:[,.;:!?]|$))"
)


# a name spelt with a question or exclamation mark ("Which?", "Yahoo!"), its kind in
# lowercase before it, then the verb: 'Consumer group Which? said …' (never after a
# quotation mark: '"Why?" said Ann Lee' asks)
_MARKED_NAME = rx.compile(
    r"(?:^|\s)(?:[A-Za-z][a-z]+\s+){0,3}?[a-z]+\s+([A-Z][\w’'.&-]*[?!])\s+(?:has\s+)?"
    + _SAYING
    + r"\b"
)


# a subject put in for a pronoun that is a role, no name ("[The health minister] told");
# a body is a source ("[The national weather service] warned")
_ROLE_RESOLVED = rx.compile(r"(?:The|This)\s+[a-z]")


def attributed_to(text: str, found: frozenset[str] | None = None) -> str | None:
    """The named source a claim's text attributes it to, if it names one. (`found`: the
    text's words, from `_words_in`, to skip a pattern that cannot match.)"""
    return _source(text, found)[0]


def _source(text: str, found: frozenset[str] | None) -> tuple[str | None, str | None]:
    """The named source (`attributed_to`), and else the group a plural noun describes that
    stands where a source's name would ("Headteachers said": no one named)."""
    if "[" in text and (resolved := _RESOLVED_SPEAKER.search(text)) is not None:
        name: str | None = resolved.group(1)
        role = resolved.group(1)
        if _ROLE_RESOLVED.match(role) and refer.job_word(role.split()[-1].capitalize()):
            return None, None  # "[The health minister] told …": a role, no name
    elif (apart := _ROLE_APPOSED.search(text)) is not None:
        name = apart.group(1)
    else:
        name = _named_source(text, found)
    if name is None and (marked := _MARKED_NAME.search(text)) is not None:
        return marked.group(1), None  # "Consumer group Which? said …": Which?
    if name is None or not _SOURCE_NAME.fullmatch(name):
        return None, None
    if unnamed_group(name):
        return None, name  # "Headteachers said", "Businesses in Leeds said": no one named
    # "Prosecutor Jane Whitfield said": the job before the name is no part of it
    return " ".join(refer.without_job(name.split())), None


def unnamed_group(source: str) -> bool:
    """Whether a source is a group of people described by a common noun in the plural (or
    one more of one: "Another head"), not a name: "Headteachers", "Bus drivers", "Leeds
    residents", "Businesses in Liverpool city centre". Its capital is the sentence's
    only: the words before any preposition are in lowercase after the first, and the
    last of them is such a noun. A capitalised word among them makes the words a name
    ("Parents Against Cuts"); so does a given name or a title before a plural noun ("Ann
    Banks"). (A surname alone that reads as a plural, "Sanders said", reads as a group
    here: the article's own names tell, see `extract`.)"""
    head: list[str] = []
    for word in source.split():
        if head and word in _GROUP_ENDS:
            break
        head.append(word)
    if not head or any(not w[:1].islower() for w in head[1:]):
        return False
    if len(head) > 1 and head[0] in ("Another", "Other"):
        return True  # one more of a group: "Another head said", "Other parents said"
    if len(head) > 1 and head[0].casefold() in _GIVEN_OR_TITLE:
        return False  # "Ann banks" cannot be; "Dr Banks" is a name
    return _plural_noun(head[-1])


# what ends a group's noun before where the people are ("Shopkeepers on Quay Street")
_GROUP_ENDS = frozenset({"in", "on", "at", "of", "near", "from", "across", "around", "outside"})
_GIVEN_OR_TITLE = speakers.GIVEN_NAMES | speakers.TITLES


@functools.lru_cache(maxsize=1 << 12)
def _plural_noun(word: str) -> bool:
    """Whether a word is a common noun in the plural: the dictionary's plural of a noun
    ("Paramedics", "businesses"), or a noun then such a plural, written as one word
    ("Headteachers", "shopkeepers")."""
    plain = word.casefold()
    if not plain.endswith("s") or not plain.isalpha():
        return False
    if any(lemma != plain for lemma in lexicon.lemmas(plain, "NOUN")):
        return True
    return any(
        "NOUN" in lexicon.readings(plain[:k])
        and any(lemma != plain[k:] for lemma in lexicon.lemmas(plain[k:], "NOUN"))
        for k in range(4, len(plain) - 3)
    )


def _named_source(text: str, found: frozenset[str] | None) -> str | None:
    for pattern in (
        SOURCE_AFTER,
        SOURCE_BEFORE,
        SOURCE_APPOSED,
        SOURCE_INVERTED,
        SOURCE_INVERTED_BARE,
        SOURCE_APPOSED_MID,
        SOURCE_DENIED,
        SOURCE_SAYING,
    ):
        if found is not None and found.isdisjoint(_NEEDS_BY_ID[id(pattern)]):
            continue
        m = pattern.search(text)
        if not m:
            continue
        if pattern is SOURCE_APPOSED:
            name = _apposed_name(m.group("first"), m.group("apposed"))
            if name is None:
                continue
            return name
        name = _TRAILING_JOIN.sub("", m.group(1).strip())
        parts = name.split()
        if _DENIED_SOURCE.search(text, max(0, m.start() - 40), m.start(1)):
            return None  # "Contrary to what Ann Lee says, …": the statement is not hers
        if pattern is SOURCE_SAYING and (
            not _finite_verb(m.group("verb")) or parts[0].casefold() in _OPENERS
        ):
            # "Rovers fans booed, saying …": the fans' words, not Rovers'; "On Monday Ann
            # Lee …": an opening phrase is no part of the name
            continue
        if pattern is SOURCE_BEFORE and _BY_AFTER.match(text, m.end()):
            continue  # "Lies told by the campaign", "Claims reported by X": a participle
        if pattern is SOURCE_AFTER:
            name = _SOURCE_RELATIVE.sub("", name)
            if _FINITE_IN_SOURCE.search(name):
                # "According to the FDA the packages are …": a name in capitals ends
                # where the clause's lowercase subject starts; else no telling
                capitals = _CAPITALISED_SOURCE.match(name)
                if capitals is None:
                    return None
                name = _TRAILING_JOIN.sub("", capitals.group())
        if pattern is SOURCE_AFTER and _NORM.fullmatch(name):
            continue  # "reopened according to schedule, Tom Ray said": Tom Ray's
        if pattern is SOURCE_AFTER:
            if (owned := _OWNED_DOCUMENT.fullmatch(name)) is not None:
                return owned.group("owner")  # "the authority's own counts": the authority
            if (made := _DOCUMENT_BY.fullmatch(name)) is not None:
                return made.group("maker")
            return None if _BARE_DOCUMENT.fullmatch(name) else name
        if pattern is SOURCE_BEFORE and text[: m.start(1)].endswith(_PLACE_WORDS):
            placed = _PLACE_BEFORE.search(text, 0, m.start(1))
            if placed is None:
                return None  # "Trade fell on Quay Street said": no speaker to name
            who = placed.group("who")
            if who[:1].islower() and not who.startswith("the "):
                return None
            return f"{who}{text[placed.end('who') : m.end(1)]}"
        if pattern in (SOURCE_INVERTED, SOURCE_INVERTED_BARE):  # not the sentence's "."
            if (person := _ROLE_THEN_NAME.match(text, m.end(1))) is not None:
                name = person.group(1)  # "said Rovers manager Gary Holt": Gary Holt
            elif (owned := _OWNER_ROLE_NAME.match(text, m.end(1) - 2)) is not None:
                name = owned.group(1)  # "said Acme's head of safety, Dr Ann Lee": her
            elif _ROLE_AT.search(text, m.start(), m.start(1)):
                continue
            name = _TRAILING_JOIN.sub("", name.rstrip("."))
            parts = name.split()
            if _WHEN.match(parts[0]):
                continue
            if len(parts) > 1 and parts[0] in _HONORIFICS:  # "said Dr Ned Cross"
                return name
        if len(parts) > 1 and parts[0] in _HONORIFICS and parts[1][:1].isupper():
            return name  # "Dr Ana Ruiz said": "Dr" alone is no name, with one after it is
        if parts[0].lower() == "the":
            if len(parts) > 1 and parts[1][:1].isupper():
                return name
        elif parts[0] not in _NOT_NAMES and not (len(parts) == 1 and parts[0].endswith(".")):
            return name
    return None


def _finite_verb(word: str) -> bool:
    """Whether a word after a name is its verb ("denied", "hit"), not a plural noun that
    goes on the name ("Rovers fans")."""
    found = lexicon.readings(word)
    return "VERB" in found and not (word.endswith("s") and "NOUN" in found)


# a sentence's opening phrase, no name: "On Monday, Ann Lee, said", "After Leeds, …"
_OPENERS = _wordset(
    "on in at after before by for from during since until with without as when while"
    " last this next earlier later but and yet so"
)


def _apposed_name(first: str, apposed: str) -> str | None:
    """The speaker of "FIRST, APPOSED, said": a person's name of two words or more first
    ("Ann Lee, a cardiologist, said"), else the appositive when it is only such a name
    ("Its spokesman, Tom Ray, said"); nobody for "The council, which runs it, said"."""
    for name in (first, apposed):
        name = name.strip()
        parts = name.split()
        if (
            len(parts) >= 2
            and all(p[:1].isupper() or p in ("de", "van", "von", "al", "bin") for p in parts)
            and (parts[0] in _HONORIFICS or parts[0] not in _NOT_NAMES)
            and parts[0].casefold() not in _OPENERS
            and not any(_WHEN.match(p) for p in parts)
            and _SOURCE_NAME.fullmatch(name)
        ):
            return name
        if name is apposed:
            break
    return None


@functools.lru_cache(maxsize=1 << 14)
def _evaluative(word: str) -> str | None:
    """The evaluative adjective a lowercase word is a form of, if any."""
    if word in EVALUATIVE:
        return word
    candidates = []
    if word.endswith("ly") and len(word) > 5:
        stem = word[:-2]  # "hugely" -> "huge"
        candidates.append(stem)
        if stem.endswith(("ab", "ib")):
            candidates.append(stem + "le")  # "laughably" -> "laughable"
        if stem.endswith("i"):
            candidates.append(stem[:-1] + "y")  # "happily" -> "happy"
        if stem.endswith("ical"):
            candidates.append(stem[:-2])  # "dramatically" -> "dramatic"
    else:
        candidates += list(lexicon.lemmas(word, "ADJ"))  # "worse" -> "bad"
    return next((c for c in candidates if c in EVALUATIVE), None)


def past_event(text: str, perfect: bool = False) -> str | None:
    """The first finite verb of the text when it reports a past event ("overturned",
    "died"): a statement of what happened, which can be checked. With `perfect`, a
    present perfect counts too ("have never intervened")."""
    from claimcheck.extract.atomize import _WORD, IRREGULAR_PAST, is_verb

    prev = None
    skip = 0  # a participle phrase after a noun ends here: its participle is no event
    for k, m in enumerate(_WORD.finditer(text)):
        word = m.group()
        if m.start() < skip:
            prev = word
            continue
        if "-" in word or (k and word[:1].isupper()):
            prev = word  # a compound ("state-owned") or a name ("the Left") is no verb here
            continue
        if is_verb(word, prev, first=k == 0):
            if prev is not None and (skip := _participle_phrase(text, prev, m)):
                # "Houses built before 1990 use …", "The bridge, built by Romans, stands":
                # the participle describes the noun; the clause's verb comes after
                prev = word
                continue
            low = word.casefold()
            if low.endswith("eed") and low in lexicon.lemmas(low, "VERB"):
                return None  # "need", "succeed": a present tense in -ed, no past
            if low in ("was", "were", "had", "did") or low in IRREGULAR_PAST or low.endswith("ed"):
                return low
            if low in _SAME_PAST and _BY_NEXT.match(text, m.end()):
                prev = word  # "a disease spread by mosquitoes": a participle, no event
                continue
            if low in _SAME_PAST and prev is not None and not prev.casefold().endswith("s"):
                return low  # "A rash spread across her arms": after a singular noun, past
            if perfect and low in ("has", "have"):  # "Ministers have never intervened"
                then = [w.casefold() for w in _WORD.findall(text, m.end(), m.end() + 40)[:2]]
                done = next((w for w in then if w not in _PERFECT_ADVERBS), "")
                if "always" in then and done == "been":
                    return None  # "has always been unfair": a state, swept over all time
                if done.endswith("ed") or done in IRREGULAR_PAST or done in _PARTICIPLES:
                    return f"{low} {done}"
            return None
        prev = word
    return None


# past tenses written as their base form (see atomize._SAME_PAST)
_SAME_PAST = frozenset({"spread", "burst", "split", "thrust", "slit"})
_BY_NEXT = rx.compile(r"\s+by\s")
_SET_OFF_PARTICIPLE = rx.compile(r",\s+[a-z]+\s+(?:by|in|from|at|on|for|with|during|after)\s[^,]*,")


def _participle_phrase(text: str, prev: str, m: re.Match[str]) -> int:
    """Where a participle phrase after a noun ends, when the word `m` opens one: set off
    by commas ("The bridge, built by Romans, still stands"), or with a verb after it
    ("Houses built before 1990 use more energy"); 0 when `m` is no such participle."""
    from claimcheck.extract.atomize import _participle_phrase_end, _past_participle

    low = m.group().casefold()
    if not (_past_participle(low) or low in _SAME_PAST):
        return 0
    aside = _SET_OFF_PARTICIPLE.match(text, m.start() - 2) if m.start() >= 2 else None
    if aside is not None and text[m.start() - 2] == ",":
        return aside.end()
    return _participle_phrase_end(text, prev, m)


_PERFECT_ADVERBS = frozenset(
    {"never", "ever", "not", "already", "just", "also", "since", "yet", "always"}
)
# past participles unlike the past tense ("has grown", "have been")
_PARTICIPLES = _wordset(
    "been done gone seen taken given known shown grown thrown drawn written driven risen "
    "fallen chosen spoken broken stolen frozen won begun run come become"
)


def _longest_quotation(text: str, own: str) -> int:
    """The number of words of the longest quotation in the text (`own`: the text with its
    quotations blanked, from `author_voice`)."""
    longest = 0
    for m in _BLANKED.finditer(own):
        if not text[m.start() : m.end()].isspace():
            longest = max(longest, len(_WORD.findall(text, m.start(), m.end())))
    return longest


def author_voice(text: str) -> str:
    """The text with quoted speech blanked out (same length, so offsets still agree): each
    quotation in it, and the part of a longer quotation it begins or ends inside."""
    if not _QUOTE_MARK.search(text):
        return text
    own = QUOTED.sub(lambda m: " " * len(m.group()), text)
    own = _OPEN_TO_END.sub(lambda m: " " * len(m.group()), own)
    return _START_TO_CLOSE.sub(lambda m: " " * len(m.group()), own)


# a comparison with a forecast ("better than expected", "worse than analysts had forecast")
_AGAINST_FORECAST = rx.compile(
    r"\s+than\s+(?:[\w’'-]+\s+){0,3}(?:expected|forecast|predicted|estimated|forecasts"
    r"|estimates|expectations)\b",
    re.I,
)


# a timetable: a service that will run at a frequency ("Trains will run twice an hour",
# "Buses will leave every 20 minutes"), as published, no forecast
_TIMETABLE = rx.compile(
    r"\bwill\s+(?:(?:also|now|then|only|still|again)\s+)?(?:run|operate|call|stop|depart"
    r"|leave|arrive|serve|sail|fly|open|close)\b[^.;:!?]{0,60}?"
    r"(?:\b(?:once|twice|\w+\s+times)\s+(?:an?|per|each|every)\s+(?:hour|day|week|month"
    r"|fortnight)\b|\bevery\s+(?:\d+|\w+)\s+(?:minutes|hours|days|weeks)\b|\bevery\s+(?:hour"
    r"|day|morning|evening|weekday|weekend)\b|\b(?:hourly|daily|nightly|weekly)\b)",
    re.I,
)


def _only_scheduled(own: str) -> str | None:
    """The first scheduled event ("will be held", "will vote on Tuesday", "will run twice
    an hour") when every forecast word of `own` is one ("… will be held in May"; not "…
    will be opened and will transform the town")."""
    dated = _CALENDAR.search(own) is not None
    fixed = [
        SCHEDULED.match(own, m.start())
        or (SCHEDULED_DATED.match(own, m.start()) if dated else None)
        or _TIMETABLE.match(own, m.start())
        for m in PREDICTION.finditer(own)
    ]
    if not fixed or any(f is None for f in fixed):
        return None
    first = fixed[0]
    return " ".join(first.group().lower().split()) if first is not None else None


_ACCOUNT = "first person, an account"
# the writer as the subject of a verb, maybe in the perfect ("I taught", "we have sung")
_OWN_VERB = rx.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:have|had)\s+)?(?:(?:also|once|first|then|later|already|just"
    r"|still|both)\s+)?([a-z]+)\b"
)


def _own_past(own: str) -> str | None:
    """The past tense or participle of which the writer is the subject ("I taught", "we
    have sung"): a form of a verb other than its lemma, its "-s" or "-ing" form."""
    for m in _OWN_VERB.finditer(own):
        word = m.group(1)
        lemmas = lexicon.lemmas(word, "VERB")
        other = lemmas and word not in lemmas and word not in ("am", "are", "is")
        if other and (not word.endswith(("s", "ing")) or word == "was"):
            return word
    return None


def _own_account(own: str) -> str | None:
    """Whether a first-person text (in the author's voice, `own`) tells a checkable fact of
    the writer's: a plain state or a past event ("I have been a member since 1998", "I
    worked as a nurse for 20 years", "We live in Hull"), with a date, a figure, a duration
    or a named place or body, and no word of liking or feeling ("I was shocked in 2019"):
    the words that make it checkable, or None."""
    if OWN_ATTITUDE.search(own):
        return None
    if not (OWN_STATE.search(own) or past_event(own, perfect=True) or _own_past(own)):
        return None
    for pattern in (DATE, NUMBER, IDENTIFIER, _ACCOUNT_ANCHOR):
        if found := pattern.search(own):
            return " ".join(found.group().split())
    # "I phoned her after my visit", "We drove to the coast": a deed of the writer's, told
    # (not a state, nor what the writer thought or felt: "I was", "I thought")
    did = _own_past(own)
    if did is not None and did not in _NO_DEED and not _OWN_MIND.search(own):
        return did
    return None


# past forms of the writer's that tell no deed: a state, a possession, a thought
_NO_DEED = {
    "was", "were", "had", "been", "felt", "thought", "believed", "knew", "seemed", "found",
    "guessed", "reckoned", "realised", "realized", "wondered", "suspected", "expected",
    "noticed", "decided", "meant",
}  # fmt: skip
# a view inside a first-person sentence: what the writer thought of it ("I phoned, but it
# was pointless")
_OWN_MIND = rx.compile(
    r"\b(?:should|must|ought|would|could|might|perhaps|maybe|probably|sadly|luckily"
    r"|unfortunately|thankfully|clearly|obviously)\b",
    re.I,
)


def hint(text: str) -> Hint:
    """The suggested kind of a claim's text, and why."""
    own = author_voice(text)
    found_words = _words_in(text)  # the words of own are among these
    if found_words is not None:
        found_words = found_words & _CUE_WORDS
    opinion: list[str] = []
    factual: list[str] = []
    evaluative: list[str] = []
    own_words = _WORD.findall(own)
    for k, word in enumerate(own_words):
        if k and word[:1].isupper():
            continue  # a name ("Great Britain"), not a judgement
        low = word.casefold()
        if _evaluative(low) and low not in evaluative:
            if _AGAINST_FORECAST.match(own, own.find(word) + len(word)):
                continue  # "better than analysts had expected": measured, not judged
            evaluative.append(low)
    if evaluative:
        opinion.append("evaluative: " + ", ".join(evaluative[:3]))
        if len(evaluative) > 1:
            opinion.append("more than one evaluative word")
    forecast = None
    for name, pattern in (
        ("stance", STANCE),
        ("intensifier", INTENSIFIER),
        ("generalisation", GENERALISATION),
        ("hedge", HEDGES),
        ("first person", FIRST_PERSON),
        ("own view", OWN_VIEW),
        ("normative", NORMATIVE),
        ("prediction", PREDICTION),
    ):
        m = _search(pattern, own, found_words)
        if m and pattern is FIRST_PERSON and m.group().casefold() in ("us", "me", "i"):
            m = _search(pattern, _TOLD_US.sub(" ", own), found_words)
        if not m and pattern is FIRST_PERSON:
            m = _FIRST_PERSON_FIRST.match(own)
        if m and pattern in _VOICED and _REPORTED.search(own, 0, m.start()):
            m = None  # "X said the plant should close": X's view, reported as said
        if m and pattern is GENERALISATION and past_event(own, perfect=True):
            m = None  # "Nobody was hurt", "She never married": an event, told
        if m and pattern is PREDICTION and (fixed := _only_scheduled(own)) is not None:
            m = None  # every "will" of it is a date in a calendar
            factual.append(f"scheduled: {fixed}")
        if m and pattern is PREDICTION:
            forecast = f"{name}: {m.group().lower()}"  # neither fact nor opinion
        elif m:
            opinion.append(f"{name}: {m.group().lower()}" if name != "first person" else name)
    if own.rstrip().endswith("!"):
        opinion.append("exclamation")
    account = _own_account(own) if opinion == ["first person"] and not forecast else None
    if account:
        opinion.clear()  # "I worked as a nurse for 20 years": told, not judged
        factual.append(f"{_ACCOUNT}: {account}")
    for name, pattern in (("number", NUMBER), ("date", DATE), ("attribution", ATTRIBUTION)):
        found_cue = (
            _search(pattern, text, found_words)
            if id(pattern) in _CHECKS
            else _narrowed(pattern, found_words).search(text)
        )
        if found_cue and pattern is ATTRIBUTION:
            found_cue = _attribution(text, found_cue)
        if not found_cue and pattern is NUMBER and _DIGIT.search(text):
            found_cue = IDENTIFIER.search(text)
            name = "identifier" if found_cue else name  # one cue: quantity or designation
        if found_cue:
            cue = found_cue.group()
            factual.append(f"{name}: {cue.lower() if name == 'attribution' else cue}")
    source, group = _source(text, found_words)
    if source:
        factual.append(f"named source: {source}")
    elif group:  # someone's words still, as a named source's are
        factual.append(f"{UNNAMED_SOURCE}{group}")
    if own != text and _longest_quotation(text, own) >= _QUOTED_WORDS:
        factual.append("quoted speech")
    if not opinion and not forecast and (verb := past_event(own)):
        factual.append(f"past event: {verb}")
    others = [forecast] if forecast else []
    leaning = len(opinion) + _FORECAST * len(others) - len(factual)
    if leaning > 0:
        return Hint(kind="opinion", reasons=opinion + others + factual, attributed_to=source)
    if leaning < 0:
        return Hint(kind="factual", reasons=factual + opinion + others, attributed_to=source)
    reasons = opinion + others + factual or ["no cue of fact or opinion"]
    return Hint(kind="unclear", reasons=reasons, attributed_to=source)


def _attribution(text: str, found: re.Match[str] | None) -> re.Match[str] | None:
    """The first of ATTRIBUTION's matches from `found` on that reports: a plural present
    verb after the writer's "I" or "we", a modal, "not" or "to" does not."""
    while found is not None and (
        found.group().casefold() in _PLURAL_PRESENT
        and _UNREPORTED_BEFORE.search(text, max(0, found.start() - 8), found.start())
    ):
        found = ATTRIBUTION.search(text, found.end())
    return found


def answer_hint(text: str, who: str | None) -> Hint:
    """The hint of a claim cut from an interview's answer: the interviewee's speech, so
    its cues are scoped as a quotation's are (its "I" is theirs, never the writer's), and
    who answered is its named source."""
    quoted = hint(f"“{text}”")
    if who is None:
        return quoted
    return Hint(
        kind=quoted.kind, reasons=[*quoted.reasons, f"interview answer: {who}"], attributed_to=who
    )


def letter_hint(text: str, who: str) -> Hint:
    """The hint of a claim cut from a reader's letter (a letters page's, or one a column
    prints and answers): the letter is the reader's own voice, as an article is its
    writer's, so its cues are read as the author's ("I think the council is wrong", "a
    disgrace": the reader's view, an opinion; "The library lent 40,000 books": a fact),
    and only a quotation inside it is someone else's. Who signed it is its named source,
    a reason that weighs nothing: being printed makes no view a fact."""
    own = hint(text)
    told = [r for r in own.reasons if r != "no cue of fact or opinion"]
    signed = [f"reader's letter: {who}", f"named source: {who}"]
    return Hint(kind=own.kind, reasons=[*told, *signed], attributed_to=who)


def listed_hint(item: str, lead_in: str, who: str | None) -> Hint:
    """The hint of a claim made of a list item and its lead-in, when the lead-in says whose
    words the items are ("The review makes five recommendations:" then "Councils should
    publish waiting lists"): what the item says is the source's, so its cues are scoped
    as a quotation's (its "should" is the review's, not the writer's), as an interview's
    answer is; the lead-in is its attribution, and its subject (`who`) its named source. A
    source's view, reported, is a fact to check: the kind is factual."""
    quoted = hint(f"“{item}”")
    told = [r for r in quoted.reasons if r not in ("quoted speech", "no cue of fact or opinion")]
    named = [f"named source: {who}"] if who else []
    return Hint(
        kind="factual", reasons=[f"list lead-in: {lead_in}", *named, *told], attributed_to=who
    )


def part_hint(text: str, whole: Hint) -> Hint:
    """The hint of a part split from a claim whose hint was `whole`.

    A part lies inside the claim's passage, so what made the whole someone's words (a
    verb of saying, a named source, a quotation) covers the part too, even when the words
    that said so went to another part ("The bridge will close in March" | ", the authority
    said"): the part keeps the claim's speaker and those reasons, unless its own words name
    whose they are. Without them the part would read as the paper's own statement, and
    ClaimReview would name the byline as the maker of the authority's announcement.
    """
    found = hint(text)
    if any(r.startswith(SPEECH_REASONS) for r in found.reasons):
        return found
    speech = [r for r in whole.reasons if r.startswith(SPEECH_REASONS)]
    if not speech:
        return found
    return found.model_copy(
        update={"reasons": [*found.reasons, *speech], "attributed_to": whole.attributed_to}
    )
