"""Who "he" or "she" is, when the sentence before says so plainly.

A claim that opens with "He" or "She" is not standalone. When the subject of the sentence
before (or of the same sentence, for a later clause) is a person's name, and the
pronoun is the subject of the claim, the name is put in its place in square brackets,
the editor's mark for words added: "[Ana Ruiz] said the data were clear." The passage
stays the article's own words. A subject that is no name ("the striker", a club, a
council) resolves nothing: a wrong name would be a false claim, a pronoun is only
vague. A surname alone ("Marsh") is the person the article named in full before ("Helen
Marsh"), unless two people share it. Centering is the rule: a subject pronoun refers to
the last subject, and a chain of "he ... he ..." keeps it; any other subject ends it.
A pronoun with two candidates (another person named in full before it, in its sentence
or the one before, whose pronoun is not known to be the other one) names no one.
"""

from __future__ import annotations

import re

from claimcheck.extract import lexicon, rx
from claimcheck.speakers import BODY_NOUNS as _BODY_NOUNS
from claimcheck.speakers import COMPANY_END as _COMPANY_END
from claimcheck.speakers import GIVEN_NAMES as _GIVEN_NAMES
from claimcheck.speakers import LOWER as _LOW  # small letters, accented too ("ć")
from claimcheck.speakers import NAME_WORD as _NAME_WORD  # one reading of a name's word
from claimcheck.speakers import NOT_PEOPLE as NOT_PEOPLE  # atomize reads it here
from claimcheck.speakers import PARTICLES as _PARTICLES
from claimcheck.speakers import TITLES, plain
from claimcheck.speakers import UPPER as _UP  # capitals, accented too ("Ć")

# titles only a person has, before a surname that reads as a plural ("Mrs Fields")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame"})
# Words of a rank before a name ("Battalion Chief", "Deputy Fire Chief").
_RANKS = {
    "battalion", "fire", "chief", "deputy", "assistant", "station", "watch", "divisional",
    "district", "police", "acting", "interim", "senior", "lieutenant", "captain", "commander",
    "colonel", "general", "major", "admiral", "superintendent", "chief's",
}  # fmt: skip
# lower-case words inside a name ("Pieter de Vries", "Ludwig van Beethoven")
_PRONOUN = rx.compile(r"(?P<pronoun>He|She)(?=\s)")
# "“We did our best,” she said": a quotation, then the pronoun of who spoke it
_QUOTED_BY = rx.compile(r"[“\"][^“”\"]+[”\"] (?P<pronoun>he|she)(?= \w)")
# 'It reflected "a difference of view", she said.': the speaker after what was said
_SAID_AFTER = rx.compile(r", (?P<pronoun>he|she)(?= (?:said|says|added|adds)\.[”\"]?\s*$)")
# the same inside a sentence ("Costs were high, he said, and prices would rise.")
_SAID_INSIDE = rx.compile(r", (?P<pronoun>he|she) (?:said|says|added|adds)[,.]")
# capitalised words together before such a pronoun: maybe a person's name ("Dr Jane
# Moss"), whom it may mean, or a body's ("Vale Fuel Supplies"), which is no "she"
NAME_RUN = rx.compile(rf"[{_UP}][{_LOW}’'-]+(?:\s+[{_UP}][\w’'-]*)+")
# "After the war, he returned to Leeds": a phrase set off by a comma, then the pronoun
_OPENED = rx.compile(r"[A-Z][^,;:“”\"\[\]()]{0,60}, (?P<pronoun>he|she)(?= \w)")


# ("Their candidate Ann Lee": a party's or a group's, never a rival for "she")
_POSSESSIVE = {"his", "her"}
# words before a name that make the name their object, not the subject's head
_PREPOSITIONS = {
    "to", "from", "in", "at", "of", "for", "with", "by", "near", "on", "into", "about",
    "against", "between", "over", "under", "towards", "toward",
}  # fmt: skip
# words that open an example or a supposition before a name ("Suppose Tom buys …")
_HYPOTHETICAL = {
    "suppose",
    "supposing",
    "imagine",
    "assume",
    "assuming",
    "say",
    "consider",
    "picture",
}


def person(subject: str | None, sentence: str | None = None) -> str | None:
    """The name of a person a subject is, or None: a title and a surname, or two or three
    capitalised words ("Jamie Ross", "Dr Ana Ruiz", "Former minister John Smith"); an age
    after it is dropped ("Mr Smith 54"). Given the sentence, the name is the words after
    any comma ("Born in Leeds, Ana Ruiz"; never "Leeds Ana Ruiz"). None after "his",
    "her", "their" or a person's possessive ("Her husband, the painter Tom Ray", "Ann
    Lee's son Tom Ray": "she" is not Tom Ray); a body's is no person ("Acme's chief")."""
    if not subject:
        return None
    if subject.endswith(")") and "(" in subject:
        # "Jane Doe (Bristol East)", "Tom Hale (pictured)": the person is before the aside
        subject = subject[: subject.rfind("(")].rstrip()
    who, of, body = subject.partition(" of ")
    # "Area manager Chris Dalton of Eastshire Fire Service": the person is the name before
    # "of"; what follows is where she works ("Duke of Kent" names no one before it, and is
    # read whole)
    if (
        of
        and body[:1].isupper()
        and len(who.split()) >= 2
        and (named := person(who, sentence)) is not None
        and len(named.split()) >= 2
    ):
        return named
    words = subject.split()
    while words and words[-1].strip(",").isdigit():
        words.pop()
    name: list[str] = []
    for word in reversed(words):
        if word in _PARTICLES and name and name[0] not in _PARTICLES:
            name.insert(0, word)  # "Pieter de Vries": "de" inside the name
            continue
        if not _NAME_WORD.match(word.rstrip(".")) or word.casefold() in _HYPOTHETICAL:
            break  # "Suppose Anna sells …": an example's opening word, never her name
        name.insert(0, word)
    while name and name[0] in _PARTICLES:
        name.pop(0)  # "the work of de Vries": no first name before the particle
    while name and name[0] in ("The", "A", "An"):
        name.pop(0)  # "The Aero 3": an article opens no person's name
    if sentence is not None:
        # the name's words stand together in the sentence, with no comma between them
        while name and not re.search(
            r"(?<![\w’'])" + r"\.?\s+".join(map(re.escape, name)) + r"(?![\w’'])", sentence
        ):
            name.pop(0)
    prefix = words[: len(words) - len(name)]
    owned = any(
        w.endswith(("'s", "’s")) and person(" ".join([*prefix[:k], w[:-2]])) is not None
        for k, w in enumerate(prefix)
    )
    if owned or any(w.casefold() in _POSSESSIVE for w in prefix):
        return None  # "His sister Clara Dunne", "Ana's partner Tom Ray": who is "she"?
    if prefix and prefix[-1].casefold() in _PREPOSITIONS:
        return None  # "a flight from Leeds to New York": the subject is the flight
    if prefix and prefix[-1].casefold() in ("and", "or", "nor", "&"):
        return None  # "Owen Tate and Neil Cobb": two people, neither of them "he" alone
    if not name or name[-1].casefold() in NOT_PEOPLE:
        return None
    if any(w.casefold().rstrip(".") in NOT_PEOPLE for w in name):
        return None
    last = name[-1].casefold()
    # (after a job's noun too: "Prosecutor Jane Wells")
    given = any(plain(w).rstrip(".") in _GIVEN_NAMES | _HONORIFICS for w in name[:-1])
    if (
        last.endswith("s")
        and not given  # "Derek Mills", "Mrs Fields": a surname that reads as a plural
        and any(lemma != last for lemma in lexicon.lemmas(last, "NOUN"))
    ):
        return None  # a plural common noun ends no person's name ("Halifax Mortgages")
    while len(name) > 3 and name[0].casefold().rstrip(".") in _RANKS:
        name = name[1:]  # "Battalion Chief Sandra Ruiz": the rank's first words are no name
    name = without_job(name)
    titled = name[0].casefold().rstrip(".") in TITLES
    people = [w for w in (name[1:] if titled else name) if w not in _PARTICLES]
    if not people or len(people) > 3 or (not titled and len(people) < 2):
        return None
    if titled and len(people) == 1 and name[0].casefold().rstrip(".") in {"king", "queen"}:
        return None  # "King Charles": a name, but "the King" is no pronoun's antecedent
    return " ".join(name)


# words for what people do, and the endings of such nouns ("prosecutor", "analyst",
# "spokesman", "organiser", "resident"), which a capital at a sentence's start does not
# make part of the name after them
_JOBS = {
    "chair", "boss", "witness", "victim", "nurse", "judge", "priest",
    "vicar", "pilot", "chef", "guard", "mother", "father", "widow", "son", "daughter",
    "wife", "husband", "neighbour", "neighbor", "friend", "fan", "pupil", "student",
    "patient", "tenant", "landlord", "farmer", "striker", "midfielder", "defender",
    "goalkeeper", "veteran", "pensioner", "activist", "expert",
    "analyst", "diplomat", "architect", "official", "medic", "pundit", "academic", "surgeon",
    "mum", "dad", "grandmother", "grandfather", "nephew", "niece", "aunt", "uncle",
}  # fmt: skip
_JOB_ENDS = ("or", "er", "ist", "ian", "man", "woman", "person", "ant", "ent", "ee", "eur")


def job_word(word: str) -> bool:
    """Whether a capitalised word is a noun for what someone does or is, never a title
    that is part of a name in news ("Prosecutor", "Analyst", "Spokeswoman", "Resident";
    not "Dr", "Judge", "Councillor", "Senator"): the dictionary knows it as a noun."""
    plain = word.casefold().rstrip(".")
    if plain in TITLES or plain in _RANKS or not word[:1].isupper():
        return False  # "Chief Rosa Diaz", "Captain Tom Ray": a rank, a title too
    if "NOUN" not in lexicon.readings(plain):
        return False
    return plain in _JOBS or plain.endswith(_JOB_ENDS)


def without_job(name: list[str]) -> list[str]:
    """A name's words without the job noun before them ("Prosecutor Jane Whitfield" ->
    "Jane Whitfield") or the body that owns them ("Labour's Dana Whitfield"), when two
    words of the name follow it (a first name that is a noun too, "Victor Ramos", "Hunter
    Cole", keeps its surname)."""
    while (
        len(name) > 2 and (job_word(name[0]) or _OWNER.fullmatch(name[0])) and name[1][:1].isupper()
    ):
        name = name[1:]
    return name


# a body's name owning the person after it ("Labour's Dana Whitfield", "Acme's Ann Lee")
_OWNER = rx.compile(r"[A-Z][\w.&-]*(?:'s|’s)")


# A rival without a name, whom "her" before a name calls a woman ("Her son, Tom Ray, …")
OTHER_WOMAN = "Ms (her)"


def owned(
    subject: str | None, sentence: str, known: dict[str, str | None]
) -> tuple[str | None, list[str]]:
    """The person a subject names after whose they are ("Mr Lee's son, Tom Lee" is Tom
    Lee; "His sister Clara Dunne"), and who owns them: a rival for a later "he" or "she"
    (Mr Lee; a man, for "his"), or a word that may be a name ("Lee's son"), whose pronoun
    no one knows. (None, []) when the subject is no such phrase, or the owner may be no
    person ("Acme's chief, Tom Ray": Tom Ray, and no rival)."""
    if not subject:
        return None, []
    words = subject.split()
    for k, word in enumerate(words[:-2]):
        plain = word.casefold()
        if plain in _POSSESSIVE:
            owner = [OTHER_MAN if plain == "his" else OTHER_WOMAN]
        elif plain.endswith(("'s", "’s")) and word[:1].isupper():
            head = " ".join(words[: k + 1])[:-2]
            who = person(head) or by_surname(known, head) or lone_name(head, sentence)
            owner = [who] if who is not None else []
        else:
            continue
        rest = words[k + 1 :]
        if not rest[0].islower():
            return None, []  # "Ann Lee's Tom Ray": no noun says who he is to her
        name = person(" ".join(rest), sentence)
        return (name, owner) if name is not None else (None, [])
    return None, []


def remember(known: dict[str, str | None], name: str | None) -> None:
    """Keep a person's surname for later: "Helen Marsh" makes a bare "Marsh" hers. Two
    people of one surname make it no one's."""
    if name is None or len(name.split()) < 2:
        return
    words = name.split()
    if words[0].casefold().rstrip(".") in TITLES and len(words) < 3:
        return  # "Dr Marsh": no first name, so "Marsh" may be another Marsh
    surname = words[-1].casefold()
    before = known.get(surname, name)
    if before is not None and (before.endswith(" " + name) or name.endswith(" " + before)):
        known[surname] = max(before, name, key=len)  # "Judge Ruth Calloway", "Ruth Calloway"
    elif before != name:
        known[surname] = None  # two people of one surname: no one's
    else:
        known[surname] = name


# two or three capitalised words inside a sentence: a full name named as an object
# ("Rovers signed the striker Mateus Duarte"), whom a bare "Duarte" later is
# (It opens with the name's first capital, then looks behind it for the word or comma
# and space: a pattern that opens with a character is searched for it, one that opens
# with a look-behind is tried at every position, twice as slow. tests/test_extract_speed.py
# compares it with the pattern as first written.)
_NAMED = rx.compile(
    rf"[{_UP}](?<=[{_LOW},]\s[{_UP}])[{_LOW}]+(?:[’'-][{_UP}][{_LOW}]+)?\s"
    rf"(?:[{_UP}][{_LOW}]+(?:[’'-][{_UP}][{_LOW}]+)?\s)?[{_UP}][{_LOW}]+(?![\w’'-])"
)


# words before a capitalised name that make it a place or a body, never a person: "the
# North Sea", "in West Yorkshire", "at Brook Hall", "…, of Fuel Poverty Action"
_NOT_PERSON_BEFORE = rx.compile(r"(?:\b(?:the|in|at|near|across|into|inside|outside)|,\s+of)\s+$")


# a body's noun, or a post in one, right before a name: the name is the body's, no person's
# ("the launch company Ariel Space", "chief executive of Severn Vale Water")
_BODY_BEFORE = rx.compile(
    r"\b(?:company|firm|group|agency|charity|airline|carrier|operator|manufacturer|maker"
    r"|retailer|supermarket|chain|lender|insurer|regulator|watchdog|broadcaster|newspaper"
    r"|magazine|publisher|brand|label|startup|start-up|utility|supplier|provider|contractor"
    r"|consultancy|organi[sz]ation|broker|brokerage|bank|fund|investor|think[- ]tank"
    r"|union|council|club|team|university|college|hospital|trust|foundation|institute"
    r"|party|website|platform|network|studio|association|federation|society|coalition"
    r"|consortium|restaurant|hotel|bakery|shop|store|exchange|(?:executive|head|director|chair|chairman|chairwoman"
    r"|president|founder|leader|manager|officer|secretary|spokes(?:man|woman|person)|owner"
    r"|boss|chief|editor|employee|subsidiary|division|part)\s+(?:of|for|at))\s+$",
    re.I,
)


_OF_BODY = rx.compile(r"\s+of\s+(?:the\s+)?")


def remember_named(known: dict[str, str | None], sentence: str) -> list[tuple[str, int]]:
    """Keep the surname of each full name a sentence holds outside its subject; the
    people among them, with where each is named, in order."""
    people: list[tuple[str, int]] = []
    after_person = -1  # where the last person's name ends
    for found in _NAMED.finditer(sentence):
        if after_person >= 0 and _OF_BODY.fullmatch(sentence, after_person, found.start()):
            continue  # "Ann Lee of Eastshire Fire Service": where she works, no one else
        name = person(found.group())
        after_person = found.end() if name is not None else -1
        remember(known, name)
        before = sentence[max(0, found.start() - 12) : found.start()]
        if (
            name is not None
            and not _NOT_PERSON_BEFORE.search(before)
            and not _BODY_BEFORE.search(sentence, max(0, found.start() - 40), found.start())
        ):
            people.append((name, found.start()))
    return people


# "…, according to Ann Lee, who …": the person the sentence's words come from
_ACCORDING = rx.compile(r"\baccording\s+to\s+([^,.;:!?()\"“”]{2,60})")


# a statement's speaker named at its end, after a comma: "Bookings rose, its chief
# executive Ruth Alder said on Monday."
_SAID_AT_END = rx.compile(
    r",\s+(?P<who>[^,;:“”\"]{3,80}?)"
    # an appositive or a relative clause between the name and its verb ("…, Tom Hale, the
    # headteacher, said.")
    r"(?:,\s+(?:the|a|an|its|his|her|their|who|whose)\s[^,;:“”\"]{1,80},)?"
    r"\s+(?:said|says|told\s+\w+|added|explained|announced)"
    r"(?:\s+(?:on|in|at|last|this|yesterday|today)\b[^,;:“”\"]{0,30})?[.!?]?\s*$"
)
# the same with the verb first ("…, said Tom Ray, the mayor of Exton."), the name maybe on
# the next line of hard-wrapped text
_SAID_BEFORE_NAME = rx.compile(
    r",\s+(?:said|says|added|adds|explained|announced)\s+(?P<who>[^,;:“”\"]{3,80}?)"
    r"(?:,\s+(?:the|a|an|its|his|her|their|who|whose)\s[^;:“”\"]{1,100}?)?[.!?]?\s*$"
)


def according_to(sentence: str, named: list[tuple[str, int]]) -> str | None:
    """The person whose account a sentence gives by "according to" ("Prices will rise,
    according to Ann Lee"), or names as its speaker at its end ("Bookings rose, its chief
    executive Ruth Alder said."), when that person is the only one it names: the one a "he"
    or "she" saying more in the next sentence is ("“…,” she said")."""
    found = _ACCORDING.search(sentence) if "ccording" in sentence else None
    if found is None and "," in sentence:
        found = _SAID_AT_END.search(sentence) or _SAID_BEFORE_NAME.search(sentence)
    who = person(found.group(1).strip()) if found is not None else None
    if who is None or any(not same(n, who) for n, _ in named):
        return None
    return who


def names_person(text: str) -> bool:
    """Whether a text names a person in full after its first word ("Coach Tom Hale
    quits")."""
    return any(person(found.group()) is not None for found in _NAMED.finditer(text))


def same(one: str, other: str) -> bool:
    """Whether two names are one person's ("Dr Ann Lee", "Ann Lee")."""
    return one == other or one.endswith(" " + other) or other.endswith(" " + one)


def others(named: list[tuple[str, int]], who: str | None, before: int) -> list[str]:
    """The people of `named` who are not `who`, named before position `before` (a name
    after a pronoun is never what it means: "He was replaced by Tom Ray")."""
    return [n for n, at in named if at < before and (who is None or not same(n, who))]


# Another man than the sentence's subject, whom it calls "him" ("Tom Ray plays him with
# charm"): a "he" in the next sentence may mean him, so it names no one. A rival without a
# name, whose title says his pronoun (never written into a claim: rivals only block).
OTHER_MAN = "Mr (him)"
# the first verb and "him" right after it: its object ("plays him"), not a "him" inside a
# reported clause, which may be the subject ("Ray said Lee had called him")
_VERB_HIM = rx.compile(r"[\w’'-]+\s+him\b", re.I)


def unnamed_rivals(predicate: str, who: str | None, pronouns: dict[str, str]) -> list[str]:
    """[OTHER_MAN] when the predicate of a sentence about a man (or a person of no known
    pronoun), from its first verb on, opens with "him": an object is never its own
    clause's subject (that is "himself")."""
    if who is None or pronouns.get(who) == "she" or _VERB_HIM.match(predicate) is None:
        return []
    return [OTHER_MAN]


def ambiguous(pronouns: dict[str, str], rivals: list[str], subject: str | None) -> bool:
    """Whether "he" or "she" (`subject`) may mean one of `rivals` too: one whose pronoun
    the article or a title has not shown to be the other one. A pronoun with two
    candidates names no one ("Ann Lee fined Tom Ray. He …": a wrong name is false)."""
    said = (subject or "").casefold()
    for rival in rivals:
        known = pronouns.get(rival) or title_pronoun(rival)
        if known is None or known == said:
            return True
    return False


def by_surname(known: dict[str, str | None], subject: str | None) -> str | None:
    """The person a bare surname subject is ("Marsh", after "Helen Marsh"), or None."""
    if not subject or " " in subject.strip() or not _NAME_WORD.match(subject.strip()):
        return None
    return known.get(subject.strip().casefold())


# "He added …", "She went on", "He stressed …": a pronoun, then a verb that goes on with
# what was said, or says more
_GOES_ON = rx.compile(
    r"\s*(?:He|She)\s+(?:also\s+)?(?:added|adds|continued|continues|went\s+on|goes\s+on"
    r"|said|says|stressed|stresses|insisted|insists|warned|warns|explained|explains"
    r"|emphasi[sz]ed|emphasi[sz]es|acknowledged|acknowledges|admitted|admits|conceded"
    r"|concedes|noted|notes|urged|urges)\b"
)


def goes_on(sentence: str) -> bool:
    """Whether the sentence opens with "He" or "She" going on speaking ("He added that
    …", "She stressed that …"): after a quotation and its speaker, the speaker ("“…,”
    Pritchard said. He added …"); any other verb may be about the person the quotation
    was about ("“She was tireless,” said Dr Lee. She wrote …")."""
    return _GOES_ON.match(sentence) is not None


# a statement whose subject points back at something named before it ("It declined to
# comment.", "Both were released.", "They said …"): the same words may be about another
_POINTS_BACK = rx.compile(
    r"[“\"‘']?(?:It|They|He|She|This|That|These|Those|Both|Neither|All|Each|None)"
    r"(?:[’']s)?\s",
)


def points_back(statement: str) -> bool:
    """Whether a claim's subject is a pronoun that names nobody by itself: two such claims
    with the same words may say different things, so they are not one repeated claim."""
    return _POINTS_BACK.match(statement) is not None


# "Her son, who is seven, …": a relative of the other sex, owned by the person in play
_KIN = {
    "she": rx.compile(
        r"Her\s+(?:(?:eldest|youngest|elder|younger|older|only)\s+)?(?:son|sons|husband"
        r"|brother|brothers|father|grandfather|grandson|grandsons|boyfriend|nephew|uncle)\b"
    ),
    "he": rx.compile(
        r"His\s+(?:(?:eldest|youngest|elder|younger|older|only)\s+)?(?:daughter|daughters"
        r"|wife|sister|sisters|mother|grandmother|granddaughter|girlfriend|niece|aunt)\b"
    ),
}


def kin_of(subject: str | None, who: str | None, pronouns: dict[str, str]) -> bool:
    """Whether a subject is a relative of the other sex whom "her" or "his" says is the
    person in play's ("Ann Lee … Her son has asthma."): the sentence is still about her,
    and a "she" after it still means her (her son is no "she")."""
    said = None if who is None else pronouns.get(who) or title_pronoun(who)
    return said is not None and _KIN[said].match(subject or "") is not None


def is_pronoun(subject: str | None) -> bool:
    return subject is not None and subject.casefold() in ("he", "she")


# Titles that say which pronoun a person takes ("Mrs Okafor" is never "he").
_TITLE_PRONOUN = {
    "mr": "he", "sir": "he", "lord": "he", "king": "he", "prince": "he", "father": "he",
    "mrs": "she", "ms": "she", "miss": "she", "dame": "she", "lady": "she", "queen": "she",
    "princess": "she", "sister": "she",
}  # fmt: skip


# Given names that in English-language news are a man's, or a woman's, nearly always (no
# name that is often either: "Alex", "Sam", "Jamie", "Lee", "Kim", "Jean", "Andrea")
_MEN = frozenset({
    "aaron", "adam", "adrian", "alan", "albert", "alexander", "andrew", "andy", "anthony",
    "antonio", "arthur", "barry", "ben", "benjamin", "bob", "brian", "bruce", "carl",
    "carlos", "charles", "christopher", "colin", "craig", "daniel", "danny", "david",
    "dean", "dennis", "derek", "donald", "douglas", "duncan", "edward", "eric", "frank",
    "fred", "gary", "gareth", "gavin", "george", "gerald", "gordon", "graham", "greg",
    "harold", "harry", "henry", "hugh", "ian", "jack", "jacob", "james", "jason", "jeff",
    "jeremy", "jim", "joe", "john", "jonathan", "joseph", "josh", "justin", "keith",
    "kenneth", "kevin", "liam", "luke", "malcolm", "mark", "martin", "matt", "matthew",
    "michael", "mike", "neil", "nicholas", "nick", "nigel", "oliver", "owen", "patrick",
    "paul", "peter", "philip", "ralph", "raymond", "richard", "robert", "roger", "ronald",
    "russell", "ryan", "scott", "sean", "simon", "stephen", "steve", "steven", "stuart",
    "thomas", "tim", "timothy", "tom", "tony", "trevor", "vincent", "walter", "william",
})  # fmt: skip
_WOMEN = frozenset({
    "alice", "alison", "amanda", "amber", "amy", "angela", "ann", "anna", "anne", "annie",
    "barbara", "beth", "brenda", "carol", "caroline", "catherine", "charlotte", "chloe",
    "christine", "claire", "clare", "debbie", "deborah", "denise", "diana", "diane", "donna",
    "dorothy", "elaine", "eleanor", "elizabeth", "ellen", "emily", "emma", "fiona",
    "frances", "gemma", "gillian", "hannah", "heather", "helen", "isabel", "jane", "janet",
    "jennifer", "jenny", "jessica", "jill", "joan", "joyce", "judith", "judy", "julia",
    "julie", "karen", "kate", "katherine", "kathleen", "kathryn", "katie", "laura", "lauren",
    "linda", "lisa", "louise", "lucy", "margaret", "maria", "marie", "mary", "megan",
    "melissa", "michelle", "nancy", "natalie", "nicole", "olivia", "pamela", "patricia",
    "paula", "pauline", "rachel", "rebecca", "rita", "ruth", "sally", "samantha", "sandra",
    "sarah", "sharon", "sheila", "sophie", "sue", "susan", "tanya", "teresa", "tina",
    "tracy", "valerie", "vanessa", "victoria", "wendy", "yvonne", "zoe",
})  # fmt: skip


def title_pronoun(who: str, given: bool = True) -> str | None:
    """The pronoun a person's title says ("Dame Ann Lee": "she"), or (with `given`) their
    given name ("Judge Ann Reid", "Peter Lowe": a name that is nearly always a woman's,
    or a man's, before the surname), or None ("Alex Hart", "Dr Lee")."""
    words = who.split()
    said = _TITLE_PRONOUN.get(words[0].casefold().rstrip("."))
    if said is not None or not given:
        return said
    k = 0
    while k < len(words) - 1 and words[k].casefold().rstrip(".") in TITLES | _RANKS:
        k += 1  # "Judge Ann Reid", "Det Insp Tom Hale": the given name after the title
    if k >= len(words) - 1:
        return None  # "Dr Lee": a surname alone says nothing
    first = words[k].casefold()
    return "he" if first in _MEN else "she" if first in _WOMEN else None


def fits(pronouns: dict[str, str], who: str | None, subject: str | None) -> str | None:
    """`who`, if the pronoun `subject` ("he", "she") may mean them; else None. It may not
    when the article has called them by the other pronoun, or their title says otherwise
    ("George Hartley … He said …. She is survived by …": she is not Hartley). A pronoun
    that fits is remembered for the person."""
    if who is None or not is_pronoun(subject):
        return who
    said = (subject or "").casefold()
    known = pronouns.get(who) or title_pronoun(who)
    if known is not None and known != said:
        return None
    pronouns[who] = said
    return who


def said_after(sentence: str) -> str | None:
    """The "he" or "she" of an attribution after a clause of a sentence ('It reflected "a
    difference of view", she said.'), or None."""
    found = _SAID_INSIDE.search(sentence)
    return found.group("pronoun").capitalize() if found else None


def resolve(
    statement: str,
    who: str | None,
    pronouns: dict[str, str],
    rivals: list[str] | None = None,
    after: bool = False,
) -> str:
    """The claim text with its opening "He" or "She" given as [who] (also after a phrase
    set off by a comma: "After the war, he returned"), or the "he" or "she" that says who
    spoke the quotation it opens with ("“…,” she said"), when it fits and no other person
    the sentence (or the one before) named may be meant. With `after` (`who` is whom the
    attribution that ends the sentence means, no one it names), also the "he" or "she" of
    that attribution ('It reflected "…", [Ann Lee] said.'). Never such a later pronoun
    after a name in the claim ("Jane Moss paid for it, she said": she may be another)."""
    found = (
        _PRONOUN.match(statement)
        or _QUOTED_BY.match(statement)
        or _OPENED.match(statement)
        or (_SAID_AFTER.search(statement) if after else None)
    )
    if found is None or who is None:
        return statement
    end = _SAID_AFTER.search(statement) if after and found.re is _PRONOUN else None
    if end is not None and found.group("pronoun").casefold() != end.group("pronoun"):
        # "She told him it was a one-off, he said.": "she" is someone else, whom the
        # sentence does not name; "he", who says so, is whom the attribution means
        found = end
    at = found.start("pronoun")
    if found.re in (_OPENED, _SAID_AFTER) and any(
        person(run.group()) is not None for run in NAME_RUN.finditer(statement, 0, at)
    ):
        return statement  # "Jane Moss paid for it, she said": she may be Jane Moss or not
    pronoun = found.group("pronoun").capitalize()
    if ambiguous(pronouns, rivals or [], pronoun) or fits(pronouns, who, pronoun) is None:
        return statement
    return f"{statement[: found.start('pronoun')]}[{who}]{statement[found.end() :]}"


# a subject that is no person, a verb of hearing or saying, then "that he" or "that she"
# ("The inquest heard that he had been climbing"): the reported clause's subject
_HEARD_THAT = rx.compile(
    r"(?:The|A|An)\s[a-z][^,;:“”\"\[\]()]{0,40}?\s(?:heard|hears|was\s+told|were\s+told"
    r"|found|finds|learned|learnt|concluded|ruled)\s+that\s+(?P<pronoun>he|she)(?=\s)"
)


def resolve_heard(
    statement: str, who: str | None, pronouns: dict[str, str], rivals: list[str]
) -> str:
    """The claim text with the "he" or "she" of a clause reported by something that is no
    person ("The inquest heard that he had been climbing", "The court was told that she
    …") given as [who], the person in play, when the pronoun fits them and no one else."""
    found = _HEARD_THAT.match(statement)
    if found is None or who is None:
        return statement
    pronoun = found.group("pronoun").capitalize()
    if ambiguous(pronouns, rivals, pronoun) or fits(pronouns, who, pronoun) is None:
        return statement
    return f"{statement[: found.start('pronoun')]}[{who}]{statement[found.end() :]}"


# a body a sentence names besides its subject: another thing "it" may mean
_OTHER_BODY = rx.compile(
    r"\b(?:Ltd|Limited|Inc|plc|PLC|LLC|Corp|Corporation|Group|Holdings|Council|Government"
    r"|Bank|Agency|Authority|Union|Trust|Board|Commission|Ministry|Department)\b"
    r"|\bthe\s+(?:company|firm|council|government|bank|union|group|agency|regulator|board"
    r"|ministry|department|authority|trust|charity|club|party|business|retailer|lender)\b"
    # a document may say, warn or blame too ("It said sales fell": the report did)
    r"|\b(?:report|statement|study|survey|letter|filing|document|review|paper|analysis|memo"
    r"|notice|release|announcement|update|website|post|email|results|accounts|plan|policy"
    r"|forecast|guidance|outlook|document|update|strategy|proposal|bid|offer|deal)s?\b"
)
# "It blamed …", "It also said …": a verb only a body or a person does, so "it" is no
# thing ("It was its first loss" may be the loss)
_IT_DID = rx.compile(
    r"It\s+(?:also\s+|later\s+|previously\s+|now\s+|then\s+)?(?:said|says|added|adds|blamed"
    r"|blames|announced|announces|warned|warns|expects|expected|plans|planned|denied|denies"
    r"|declined\s+to|declines\s+to|stated|states|insisted|insists|apologi[sz]ed|admitted"
    r"|admits|argued|argues|claimed|claims|hopes|hoped|intends|intended|pledged|promised"
    r"|vowed|cited|cites|attributed|attributes|told|responded|responds|replied|replies"
    r"|agreed|agrees|refused|refuses)\s"
    # "It did not respond …", "It has not yet received …", "It has agreed …": the same
    # with an auxiliary before it
    r"|It\s+(?:did|does|has|had|will|would)(?:\s+not|n[’']t)?(?:\s+yet|\s+now|\s+also)?"
    r"\s+(?:say|said|respond|responded|reply|replied|comment|commented|agree|agreed|refuse"
    r"|refused|decline|declined|apologi[sz]e|apologi[sz]ed|announce|announced|deny|denied"
    r"|admit|admitted|warn|warned)\b"
)


# a body's short form in brackets after its name: "(UKHSA)", "(the RHA)", "(Ofcom)"
_BRACKETED_SHORT = rx.compile(r"\s*\((?:the\s+)?[A-Z][A-Za-z&]{1,9}\)(?=\s|$)")


def company(subject: str | None, sentence: str) -> str | None:
    """The company or other body a sentence's subject names: by its legal or group suffix
    ("Acme Ltd", "Norbank plc"), or a name of capitalised words that is no person's and
    ends with a body's noun or a plural one ("Kent County Council", "Riverside Homes",
    "The Regulator of Social Housing"), when the sentence names no other body, nor any
    other capitalised name, "it" may mean; else None."""
    if not subject:
        return None
    if (short := _BRACKETED_SHORT.search(subject)) is not None:
        subject = subject[: short.start()]  # "The Health Agency (HA)": its name before it
    words = subject.split()
    name = subject
    if words[:1] == ["the"] and len(words) > 2:  # "… the Marsh Tenants Association asked"
        words[0] = "The"
        name = " ".join(words)
    # the name a noun before it or an appositive after it calls a company: "the firm
    # Brannock", "Brannock, a retailer,"
    before = _FIRM_BEFORE.fullmatch(subject)
    cued = before.group("name") if before else None
    if cued is None and _firm_after(subject, sentence) is not None:
        cued = subject
    if cued is not None:
        name = cued
        if person(name) is not None or lexicon.readings(name.casefold()):
            return None  # "the bank Tom Ray chairs", "the firm Acquired": no name of one
    elif not 2 <= len(words) <= 6:
        return None
    elif not all(w[:1].isupper() or w.casefold() in ("of", "and", "&", "for") for w in words[:-1]):
        return None  # "the retail group": no name
    suffix = words[-1].casefold().rstrip(".") in _COMPANY_END
    if cued is None and not suffix and not (words[-1][:1].isupper() and _organisation(words, name)):
        return None
    at = sentence.find(subject)
    if at < 0:
        return None
    after = sentence[at + len(subject) :]
    if (short := _BRACKETED_SHORT.match(after)) is not None:
        after = after[short.end() :]  # "The Health Agency (HA) said": its own short form
    rest = sentence[:at] + after
    if _OTHER_BODY.search(rest):
        return None
    if not suffix and any(_rival_name(found.group()) for found in _CAPITALISED.finditer(rest)):
        return None  # "Riverside Homes wrote to Medway …": "it" may be the other one
    return name


# nouns that say a name is a company's, and never a person's ("the firm Brannock",
# "Brannock, a retailer,"; not "a builder", "a broadcaster": a person may be one)
_FIRM = (
    r"(?:company|firm|retailer|lender|bank|insurer|airline|carrier|chain|supermarket"
    r"|manufacturer|carmaker|housebuilder|utility|startup|start-up|conglomerate"
    r"|multinational|wholesaler|brand|consultancy|brokerage|(?:[a-z]+-)?maker)"
)
# the noun before the name, as the subject: "the firm Brannock", "Rival lender Norbank",
# "US chipmaker Zentor", "The online retailer Brannock Ltd"
_FIRM_BEFORE = rx.compile(
    r"(?:(?:[Tt]he|[Rr]ival|[Ff]ellow|[A-Z]{2,3})\s+)?"
    r"(?:(?!(?:of|for|at|with|from|to|by|in|on|and|or)\s)[a-z][\w-]*\s+){0,2}"
    rf"{_FIRM}\s+(?P<name>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){{0,3}})"
)


# the appositive after a name that calls it a company (", a retailer,", ", the lender
# based in Leeds,"): one pattern, matched after the name, never one built per name
_FIRM_APPOSED = rx.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_FIRM}"
    r"(?:,|\s+(?:based|founded|headquartered|owned|listed|which|that|in|from)\b[^,;]*,)"
)
_SPACES = rx.compile(r"\s*")


def _firm_after(subject: str, sentence: str) -> int | None:
    """Where the appositive ends that sets off a subject opening the sentence and calls it
    a company ("Brannock, a retailer, reported …", "Brannock, the lender based in Leeds,
    said …"); None if there is none."""
    if not _NAME_WORD.match(subject.split()[-1]) or not subject[:1].isupper():
        return None
    lead = _SPACES.match(sentence)  # the spaces before the subject, if any
    at = lead.end() if lead else 0
    if not sentence.startswith(subject, at):
        return None
    apposed = _FIRM_APPOSED.match(sentence, at + len(subject))
    return apposed.end() if apposed else None


# runs of capitalised words inside a sentence, with "of" or "and" between them
_CAPITALISED = rx.compile(
    r"(?<![\w’'])[A-Z][\w’'&-]*(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][\w’'&-]*)*"
)


# quantifiers that open a phrase of capitalised words, no name ("Many Homes Were …")
_SOME = {"many", "some", "most", "several", "few", "other", "such", "no", "every", "any"}


def _organisation(words: list[str], subject: str) -> bool:
    """Whether capitalised words name a body, never a person: no person's name, and a
    body's noun last or before "of", or a plural noun last ("Fylde Crossings")."""
    if person(subject) is not None:
        return False
    if words[0] in ("The", "A", "An"):
        words = words[1:]
    if len(words) < 2 or any(w.casefold() in _NO_NAME or w.casefold() in _SOME for w in words):
        return False  # "The Regulator", "Many Homes": no name
    last = words[-1].casefold()
    if last in _BODY_NOUNS:
        return True
    if "of" in words and words[words.index("of") - 1].casefold() in _BODY_NOUNS:
        return True
    return last.endswith("s") and any(lemma != last for lemma in lexicon.lemmas(last, "NOUN"))


# parts of speech of words that open a sentence or join a name, and name nothing
_FUNCTION = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV", "AUX", "PART"})


def _rival_name(name: str) -> bool:
    """Whether a capitalised name inside a sentence may be another thing "it" means: two
    words or more that are no day, month, pronoun or word of grammar ("On Tuesday", "In
    the"), or one such word the dictionary does not know ("Chatham"); a person's name
    too, as a place or a body may look like one ("Natural England")."""
    words = [
        w
        for w in name.split()
        if (low := w.casefold()) not in _DAYS_AND_MONTHS
        and low not in _NO_NAME
        and not (lexicon.readings(low) and lexicon.readings(low) <= _FUNCTION)
    ]
    return len(words) > 1 or (len(words) == 1 and not lexicon.readings(words[0].casefold()))


def resolve_it(statement: str, body: str | None) -> str:
    """The claim text with an opening "It" that says or does what only a body does given
    as [body], the company the sentence before was about ("Acme Ltd reported a loss. It
    blamed …" -> "[Acme Ltd] blamed …")."""
    if body is None or _IT_DID.match(statement) is None:
        return statement
    return f"[{body}]{statement[2:]}"


# "Its sales fell", "Its chief executive, Ann Lee, said": what a company has, after "Its"
# and at most two words ("Its annual sales", "Its UK stores")
_ITS = rx.compile(
    r"Its\s+(?:[\w-]+\s+){0,2}?(?:sales|profits?|revenues?|turnover|earnings|losses"
    r"|shares|share\s+price|stock\s+price|market\s+value|valuation|debts?|chief\s+executive"
    r"|boss|chairman|chairwoman|founder|directors|board|staff|workforce|employees|workers"
    r"|stores|shops|branches|outlets|customers|shareholders|headquarters"
    r"|spokes(?:man|woman|person)|results|accounts|dividend|factories)\b"
)
# a thing that may have sales, staff or a boss of its own, which "its" may mean too
# ("Brannock Ltd opened a store. Its staff …": the store's?)
_OWNING = rx.compile(
    r"\b(?:store|shop|branch|factory|plant|site|outlet|office|restaurant|hotel|pub|unit"
    r"|division|subsidiary|business|brand|mine|mill|venue|website|app|product|service|fund"
    r"|team|club|project|scheme|school|hospital|charity|agency|council|department|arm"
    r"|rival|competitor|partner|owner|parent|buyer|seller|bidder|target|chain|firm"
    r"|company|group|bank|lender|retailer|insurer|airline|carrier|supermarket|operator"
    r"|maker|supplier|network|union|trust|board|government|ministry|regulator)s?\b"
    r"|[A-Z][\w&’'-]*(?:'s|’s)"
)


def sole_owner(body: str | None, subject: str | None, sentence: str) -> str | None:
    """`body`, when the sentence names nothing but it that an "Its" in the next sentence
    may mean: no other firm, shop, team or body by a noun, and no one's possessive
    ("Brannock Ltd bought Colbert's stores": whose staff?); else None."""
    if body is None:
        return None
    at = sentence.find(subject) if subject else -1
    rest = sentence if at < 0 else sentence[:at] + " " + sentence[at + len(subject or "") :]
    if subject and (apposed := _firm_after(subject, sentence)) is not None:
        rest = sentence[apposed:]  # "Brannock, a retailer,": the cue is no rival
    if _OWNING.search(rest) or any(_rival_name(f.group()) for f in _CAPITALISED.finditer(rest)):
        return None  # "Brannock Ltd sued Colbert.": "its" may be Colbert's
    return body


def resolve_its(statement: str, body: str | None) -> str:
    """The claim text with an opening "Its" before what a company has given as [body's],
    the company the sentence before was about ("Brannock Ltd reported a loss. Its sales
    fell." -> "[Brannock Ltd's] sales fell.")."""
    if body is None or _ITS.match(statement) is None:
        return statement
    mark = "’" if "’" in statement else "'"
    return f"[{body}{mark}s]{statement[3:]}"


# words the dictionary leaves out that are no name ("She met …", "Everyone agreed")
_NO_NAME = {
    "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "who",
    "what", "which", "one", "there", "here", "everyone", "everybody", "someone", "somebody",
    "anyone", "anybody", "nobody", "none", "all", "both", "each", "either", "neither",
}  # fmt: skip


def lone_name(subject: str | None, sentence: str) -> str | None:
    """A subject that is one capitalised word no dictionary knows ("Putin spoke …"):
    maybe a person named by surname alone, maybe a place or a firm ("France", "Tesco").
    Only the caller knows whether no one else is in play for "he" or "she"."""
    if not subject or " " in subject.strip() or not _NAME_WORD.match(subject.strip()):
        return None
    word = subject.strip()
    if word.casefold() in _NO_NAME or word.casefold() in NOT_PEOPLE or word.casefold() in TITLES:
        return None
    if lexicon.readings(word.casefold()):
        return None  # "Prices", "Shares": a word the dictionary knows
    return word if re.search(rf"(?<![\w’']){re.escape(word)}(?![\w’'])", sentence) else None


# a capitalised word inside a sentence, not its first ("… led by Lavrov.", "… in Leeds")
_INNER_CAPITAL = rx.compile(rf"(?<=[\w,;:’'”\")]\s)[{_UP}][{_LOW}][\w’'-]*")


_DAYS_AND_MONTHS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
}  # fmt: skip


def maybe_names(text: str) -> set[str]:
    """The capitalised words inside a text no dictionary knows: each may be a person
    named by one word ("The talks were led by Lavrov"), whom a later "he" may mean; not
    a day, a month, or a place after "in", "at", "the" … ("prices rose in Leeds")."""
    return {
        found.group()
        for found in _INNER_CAPITAL.finditer(text)
        if (word := found.group().casefold()) not in NOT_PEOPLE
        and word not in TITLES
        and word not in _DAYS_AND_MONTHS
        and not lexicon.readings(word)
        and not _NOT_PERSON_BEFORE.search(
            text[max(0, found.start() - 12) : found.start()].casefold()  # "In Leeds, …"
        )
    }
