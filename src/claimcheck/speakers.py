"""Who a named speaker is, for ClaimReview: a person, an organisation, or not known.

The extractor records the speaker of someone's words (`hint.attributed_to`); schema.org
wants the claim's author typed, and Google's fact-check markup expects a Person or an
Organization. The word lists here are the extractor's own (`extract.refer` reads them
from here): kept apart from it so that a report, which must not load the extractor (two
seconds of imports), types a speaker by the same words.
"""

from __future__ import annotations

import re

# Titles before a surname ("Dr Ruiz", "Mrs Okafor").
TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof",
    "professor", "judge", "justice", "rev", "father", "sister", "sgt", "sergeant",
    "insp", "inspector", "det", "detective", "cllr", "councillor", "president",
    "senator", "governor", "mayor", "king", "queen", "prince", "princess", "pope",
}  # fmt: skip
# Last words of names that are not people ("Ashby Town", "Leeds City Council").
NOT_PEOPLE = {
    "town", "city", "united", "rovers", "county", "athletic", "wanderers", "albion",
    "council", "ltd", "limited", "inc", "plc", "llc", "group", "party", "police", "court",
    "university", "college", "school", "academy", "bank", "trust", "company", "corp",
    "corporation", "association", "agency", "department", "ministry", "office",
    "service", "services", "board", "committee", "commission", "authority", "government",
    "club", "fc", "hospital", "institute", "society", "union", "federation", "league",
    "airways", "airlines", "railway", "railways", "motors", "energy", "holdings",
    "partners", "foundation", "centre", "center", "network", "press", "church",
    "parliament", "assembly", "senate", "house", "street", "road", "news", "times",
    "post", "telegraph", "guardian", "herald", "bbc", "nhs", "un", "eu", "uk", "us",
    "primary", "station", "movement", "gazette", "action", "water", "zoo", "museum",
    "gallery", "library", "theatre", "theater", "airport", "prison", "cathedral", "stadium",
    "lane", "avenue", "crescent", "terrace", "gardens", "boulevard", "highway", "motorway",
}  # fmt: skip
# The last word of a company's name ("Acme Ltd", "Norbank plc", "Vale Holdings")
COMPANY_END = {
    "ltd", "limited", "inc", "plc", "llc", "corp", "corporation", "group", "holdings", "co",
}  # fmt: skip
# the nouns that end a body's name ("Medway Council", "Vale Housing Trust"), or open
# one before "of" ("The Regulator of Social Housing")
BODY_NOUNS = {
    "council", "ltd", "limited", "inc", "plc", "llc", "group", "party", "university",
    "college", "academy", "bank", "trust", "company", "corp", "corporation", "association",
    "agency", "department", "ministry", "office", "service", "services", "board",
    "committee", "commission", "authority", "government", "club", "fc", "hospital",
    "institute", "society", "union", "federation", "league", "airways", "airlines",
    "railway", "railways", "motors", "energy", "holdings", "partners", "foundation",
    "network", "regulator", "ombudsman", "watchdog", "inspectorate", "executive",
    "charity", "fund",
}  # fmt: skip

# Common given names in English-language news: a name that opens with one is a person's,
# even when its surname reads as a plural noun ("Derek Mills", "Ann Stokes", "Joe Banks"),
# where a body's name does not ("Halifax Mortgages", "Vale Fuel Supplies")
GIVEN_NAMES = frozenset({
    "aaron", "adam", "adrian", "alan", "albert", "alex", "alexander", "alice", "alison",
    "amanda", "amber", "amy", "andrea", "andrew", "andy", "angela", "ann", "anna", "anne",
    "annie", "anthony", "antonio", "arthur", "ashley", "barbara", "barry", "ben",
    "benjamin", "beth", "billy", "bob", "brenda", "brian", "bruce", "carl", "carlos",
    "carol", "caroline", "catherine", "charles", "charlie", "charlotte", "chloe", "chris",
    "christine", "christopher", "claire", "clare", "colin", "craig", "daniel", "danny",
    "david", "dean", "debbie", "deborah", "denise", "dennis", "derek", "diana", "diane",
    "donald", "donna", "dorothy", "douglas", "duncan", "edward", "elaine", "eleanor",
    "elizabeth", "ellen", "emily", "emma", "eric", "erin", "fiona", "frances", "fred",
    "gary", "gemma", "george", "gerald", "gillian", "gordon", "graham", "greg", "hannah",
    "harold", "harry", "heather", "helen", "henry", "ian", "isabel", "jack", "jacob",
    "james", "jamie", "jane", "janet", "jason", "jean", "jeff", "jennifer", "jenny",
    "jeremy", "jessica", "jill", "jim", "jo", "joan", "joe", "john", "jonathan", "joseph",
    "josh", "joyce", "judith", "judy", "julia", "julie", "justin", "karen", "kate",
    "katherine", "kathleen", "kathryn", "katie", "keith", "kelly", "kenneth", "kevin",
    "kim", "laura", "lauren", "lee", "leo", "linda", "lisa", "louise", "lucy", "luke",
    "lynn", "margaret", "maria", "marie", "mark", "martin", "mary", "matt", "matthew",
    "megan", "melissa", "michael", "michelle", "mike", "nancy", "natalie", "neil",
    "nicholas", "nick", "nicola", "nicole", "nigel", "olivia", "oliver", "pamela",
    "patricia", "patrick", "paul", "paula", "pauline", "peter", "philip", "rachel", "ralph",
    "raymond", "rebecca", "richard", "rita", "robert", "robin", "roger", "ronald", "ruth",
    "ryan", "sally", "samantha", "sam", "sandra", "sarah", "scott", "sean", "sharon",
    "sheila", "simon", "sophie", "stephen", "steve", "steven", "stuart", "sue", "susan",
    "tanya", "teresa", "terry", "thomas", "tim", "timothy", "tina", "tom", "tony", "tracy",
    "trevor", "valerie", "vanessa", "victoria", "vincent", "walter", "wendy", "william",
    "yvonne", "zoe"
})  # fmt: skip
# Capital and small letters of the Latin alphabets, accented ones too ("Jurić", "Ólafsson",
# "Łukasz", "José"), for a regular expression's character class: a name written with
# them is a name, as one in ASCII is.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
LOWER = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())
# a word of a person's name ("Okafor", "O'Neil", "McLeod", "Jean-Paul"), as refer reads one
NAME_WORD = re.compile(
    rf"(?:[{UPPER}][{LOWER}]+(?:[\u2019'-][{UPPER}]?[{LOWER}]+)*|Mc[{UPPER}][{LOWER}]+"
    rf"|O[\u2019'][{UPPER}][{LOWER}]+)$"
)


def plain(word: str) -> str:
    """A word without its accents, folded ("José" -> "jose"): to look up in a word list."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


# lower-case words inside a person's name ("Pieter de Vries")
PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "dos", "ter"}
_ARTICLES = ("The", "A", "An")  # open no person's name


# endings of plural nouns that end no common surname ("Supplies", "Traders", "Holdings")
_PLURAL_ENDS = ("ies", "ers", "ings", "ments", "ants", "ents", "ions", "ists", "ors")


def kind(name: str) -> str:
    """The schema.org type of a speaker the extraction named: "Organization" when the
    name ends with a body's noun or a company's suffix ("The Harbour Traders
    Association", "Acme Ltd"), or has one before "of" ("The Regulator of Social
    Housing"); "Person" when it ends with a person's name as the extractor's rules read
    one (`refer.person`: a title and a surname, or two or three capitalised words, none
    of them a word that ends no person's name, after any lower-case words such as a role:
    "board chair Ruth Okafor"); else "Thing" (one word, "Reuters"; or a last word that
    may be a plural noun, "Vale Fuel Supplies", which the extractor's dictionary would
    tell and a report does not load: "Reyes" and "Jones" are names)."""
    words = [w.strip(",") for w in name.split()]
    folded = [w.casefold().rstrip(".") for w in words]
    if folded and (folded[-1] in BODY_NOUNS or folded[-1] in COMPANY_END):
        return "Organization"
    if "of" in folded[1:] and folded[folded.index("of") - 1] in BODY_NOUNS:
        return "Organization"
    person: list[str] = []
    for word in reversed(words):
        particle = word in PARTICLES and bool(person)  # "de" inside "Pieter de Vries"
        if not particle and (not NAME_WORD.match(word.rstrip(".")) or word in _ARTICLES):
            break
        person.insert(0, word)
    while person and person[0] in PARTICLES:
        person.pop(0)
    if not person or any(w.casefold().rstrip(".") in NOT_PEOPLE for w in person):
        return "Thing"
    if person[-1].casefold().endswith(_PLURAL_ENDS):
        return "Thing"  # "Supplies", "Traders" (or "Waters"): the dictionary would tell
    titled = person[0].casefold().rstrip(".") in TITLES
    names = [w for w in (person[1:] if titled else person) if w not in PARTICLES]
    return "Person" if 1 + (not titled) <= len(names) <= 3 else "Thing"
