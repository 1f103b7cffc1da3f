"""From article text to blocks (headings, paragraphs, list items) with exact offsets, and
the cleaning that drops what a news page prints around the article.

Cleaning is by general rules, not by site: lines that are page chrome (like, share,
sign in, logos, copyright, social links), bylines and reading times, emoji-only lines,
a footer that starts with a heading such as "Comments" or "About the author", and any
heading or paragraph that repeats one already seen (pages often print the standfirst and
each heading twice).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from claimcheck.extract import rx

Kind = Literal["heading", "paragraph", "item"]


@dataclass
class Block:
    kind: Kind
    start: int
    end: int
    level: int = 0  # heading level when known (Markdown), else 0


# a bullet, a number ("1.", "2)"), or a letter or small roman numeral in brackets or
# before one ("(a)", "b)", "(iv)"), or a small roman numeral and a full stop ("ii."):
# never a capital ("A. Smith", "I. M. Pei" open lines of prose), nor a letter and a full
# stop ("a. "); "(c) 2026 …" is a copyright line
_ITEM = rx.compile(
    r"[ \t]*(?!\(c\)[ \t]+\d)"
    r"(?:[-*+•‣◦▪●–]|\d{1,3}[.)]|\(?(?:[a-z]|[ivx]{1,4})\)|(?:i{1,3}|iv|vi{0,3}|ix)\.)"
    r"[ \t]+"
)
# a small letter and a full stop ("a. ", "b. "): an item only in a run of them, "a." on the
# line above "b.", and each letter after the one before it (a word "a. " opens no prose)
_LETTER_ITEM = rx.compile(r"[ \t]*([a-z])\.[ \t]+")
_SECOND_LETTER = rx.compile(r"[ \t]*b\.[ \t]+")
_MD_HEADING = rx.compile(r"[ \t]{0,3}(#{1,6})[ \t]+")
_SETEXT = rx.compile(r"[ \t]{0,3}(=+|-+)[ \t]*")
# a Markdown blockquote's mark ("> "): the page's typography around a quotation, never
# words of it; a line of only ">" is a blank line inside the quote
_MD_QUOTE = rx.compile(r"[ \t]{0,3}>[ \t]?")

# Lines that are page furniture, matched on the line with emoji and punctuation removed.
# chrome lines that head a list of links to other pages, one title a line under them
_LINKS_OVER = frozenset(
    {"read more", "see more", "see also", "related", "trending", "most read", "popular"}
    | {"most viewed", "most popular", "related stories", "related articles", "more stories"}
    | {"read next", "more on this story", "recommended", "you may also like"}
)
# a heading over the site's links to more of its pages: "Related coverage", "More on this
# story", "Further reading", "Latest stories" (one of _LINKS_OVER's words and a noun)
_LINKS_HEADING = rx.compile(
    r"(?:related|more|other|further|latest|recommended)\s+(?:coverage|stories|articles|news"
    r"|links|reading|content|videos|reads|headlines|posts|on\s+this\s+(?:story|topic|subject))"
)
_CHROME_WORDS = {
    "like", "likes", "share", "tweet", "save", "saved", "comment", "comments", "reply",
    "follow", "following", "subscribe", "sign in", "log in", "login", "sign up", "register",
    "menu", "search", "home", "advertisement", "sponsored", "print", "email", "copy link",
    "read more", "show more", "load more", "see more", "skip to content", "skip to main content",
    "back to top", "listen", "listen to this article", "close", "open", "next", "previous",
    "share this article", "share on facebook", "share on twitter", "share on x", "whatsapp",
    "facebook", "twitter", "instagram", "linkedin", "youtube", "tiktok", "reddit", "pinterest",
    "explore", "contact", "contact us", "about us", "support", "privacy policy", "terms of use",
    "terms of service",
    "cookie policy", "cookies", "accept", "accept all", "newsletter", "miscellaneous links",
    "get the app", "download the app", "related", "trending", "most read", "popular",
}  # fmt: skip
# Page chrome whatever the line says: sharing, signing in, comments, reading time,
# credits, copyright notices, invitations to follow the site.
_CHROME = rx.compile(
    r"""^(?:
        share\s+(?:this|on|via)\b.*
      | sign\s+(?:in|up)\s+(?:to|for)\b.*
      | (?:find|follow|join|like)\s+us(?:\s+(?:on|at|in|for|via)\b.*|\W*)
      | .{0,40}©.{0,60}
      | .{0,40}\b\d+\s*(?:min|mins|minute|minutes)\s+read\b.*
      | (?:photo|image|picture|video)\s*(?:credit)?\s*:.{0,80}
      | be\s+the\s+first\s+to\b.*
      | there\s+are\s+no\s+comments\b.*
      | (?:.{0,80}[.!?]\s+)?comments\s+(?:are|have\s+been)\s+(?:now\s+)?(?:closed|disabled
        |switched\s+off|turned\s+off)(?:\s+(?:on|for)\s+this\s+(?:article|story|piece|page
        |post))?\W*
      | (?:topics|tags|filed\s+under)\s*:.{0,160}
      | (?:read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+on\s+this\s+story
        |related(?:\s+(?:story|stories|article|articles|content|reading))?)\s*:.{0,160}
      | you(?:['’]ve|\s+have)\s+(?:read|reached|used)\s.{0,40}
        \b(?:free\s+)?(?:articles?|stories|story|reads)\b.{0,80}
      # a live page's sign-off and its promise of more: "Thanks for following.", "That is
      # where we will leave our live coverage for today.", "Our full report will follow."
      | thanks?(?:\s+you)?\s+(?:(?:all|so\s+much)\s+)?for\s+(?:following|reading|watching
        |joining\s+us|staying\s+with\s+us)\b.{0,80}
      | (?:that|this)(?:['’]s|\s+is)\s+where\s+we(?:['’]ll|\s+will)\s+(?:leave|end|pause
        |close|wrap\s+up)\s+(?:it|things|our|this|the|today['’]s)\b.{0,80}
      | (?:that|this)(?:['’]s|\s+is)\s+(?:all|it)\s+from\s+(?:us|me)\b.{0,60}
      | (?:we(?:['’]ll|\s+will)\s+(?:keep\s+(?:you|this\s+(?:page|blog))\s+updated
        |bring\s+you\s+(?:more|the\s+latest|updates)|be\s+back\s+(?:later|tomorrow|shortly
        |with\s+more))).{0,80}
      | (?:our|a)\s+full\s+(?:report|story|round-?up|match\s+report)\s+(?:will\s+(?:be|follow
        |appear)|(?:is\s+)?to\s+follow|is\s+(?:on|here|at))\b.{0,80}
      | (?:already\s+a\s+(?:subscriber|member)|subscribe\s+(?:now|today)|to\s+continue
        \s+reading|(?:this|the\s+rest\s+of\s+this)\s+(?:article|story)\s+is\s+(?:for
        |available\s+to|only\s+for|exclusive\s+to)\s+(?:subscribers|members)).{0,120}
    )$""",
    re.I | re.X,
)
# and a copyright notice's words anywhere on the line (a pattern of its own, looked for
# after a cheap test for its last word: as `^.*…` in _CHROME it was tried at every
# character of every line)
_RIGHTS = rx.compile(r"\ball\s+rights\s+reserved\b", re.I)
_RESERVED = rx.compile(r"reserved", re.I)
# Chrome by its shape (a byline, a time stamp, a logo's alt text, a copyright line),
# unless the line is a statement: "By 2030 the city will have 40% more cars." and
# "Published figures show inflation rose." are the article's, not the page's.
_CHROME_SHAPE = rx.compile(
    r"""^(?:
        .{0,40}\blogo
      | .{0,20}\b(?:copyright|\(c\)\s*\d{4})\b.{0,80}
      | by\s+\S.{0,60}
      | (?:published|updated|posted|last\s+updated)\b.{0,60}
    )$""",
    re.I | re.X,
)
_MONTH_WORD = rx.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
_ENDS_SENTENCE = rx.compile(r"[.!?][\"”’')]*\s*$")
# The heading of the site's list of its most read pages, after the story: "Most viewed",
# "Most read", "Popular now", "Trending" (a footer, whether a chrome word or not)
_MOST_READ_WORDS = (
    r"(?:most\s+(?:viewed|read|popular|shared|commented|watched)|popular|trending)"
    r"(?:\s+(?:now|today|stories|articles))?"
)
_MOST_READ = rx.compile(_MOST_READ_WORDS, re.I)
# A heading that starts the page footer: everything from it on is not the article.
_FOOTER = rx.compile(
    r"^(?:about\s+the\s+(?:author|creator|writer|reporter)s?|comments?|responses?"
    r"|related(?:\s+(?:articles|stories|posts|content|reading))?|more\s+(?:from|stories|like\s+this)"
    r"|recommended(?:\s+for\s+you)?|you\s+(?:may|might)\s+also\s+like|read\s+next"
    r"|reader\s+insights|sources?|references|further\s+reading|tags|topics"
    r"|share\s+this(?:\s+article|\s+story)?|sign\s+up\s+for\s+our\s+newsletter"
    # the site's lists of its other pages: "Most viewed", "Most read", "Popular now"
    rf"|{_MOST_READ_WORDS}"
    r"|(?:other|more|latest|popular|recent)\s+(?:\w+\s+){0,2}(?:columns|stories|articles|news"
    r"|posts|opinions?|videos|headlines|(?:fact[-\s]?)?checks|explainers|features|reads|podcasts)"
    # a press release's boilerplate after its news: legal text and whom to call
    r"|forward[-\s]looking\s+statements?|safe\s+harbou?r(?:\s+statement)?"
    r"|cautionary\s+(?:note|statement)s?(?:\s+regarding\s+forward[-\s]looking\s+statements)?"
    r"|(?:media|press|investor|news)\s+(?:contacts?|enquiries|inquiries|relations)"
    r"|(?:notes?\s+to\s+editors?|editors?[’']?\s+notes?))$",
    re.I,
)
# "About Veltara Energy" after the body: a press release's boilerplate about the company
# (a name, capitalised; "About the scheme" is a section of the article)
_ABOUT_NAME = rx.compile(
    r"about\s+(?!the\b|this\b|these\b|our\b|us\b|me\b)[A-Z][\w&.,'’-]*"
    r"(?:\s+(?:[A-Z&][\w&.,'’-]*|of|and|for|de)){0,5}"
)
FOOTER_AFTER = 0.4  # a footer heading counts only past this share of the text
TOP = 0.25  # a caption with a name under it counts only in this first share of the text


# Emoji, symbols and punctuation other than a sentence's own (letters, digits, spaces kept,
# and the signs that carry meaning in a headline: currencies, per cent, degrees, slashes,
# brackets and quotes: "$5m", "50%", "24/7")
_MARKS = rx.compile(r"[^\w\s'’\-?!.,:;&%$£€¥₹¢°/()\"“”]|_")


# Page metadata around an article, by its shape rather than its site.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_TOKEN = rx.compile(
    r"^(?:" + _MONTH + r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
    r"|\d{1,4}(?:st|nd|rd|th)?[,.]?|\d{1,2}[:.]\d{2}(?:[ap]m)?|[ap]\.?m\.?|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|gmt|bst|utc|est|edt|pst|cet|date|updated|published|posted"
    r"|last|on|at|:|,|-|\||•)$",
    re.I,
)
# a time of day alone on a line ("18:05", "6.45pm", "09:30 GMT"): a number with no unit
# ("3.5", "2024") is no time
_TIME_LINE = rx.compile(
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
    r"|(?:[01]?\d|2[0-3])\.[0-5]\d\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?"
    r"|(?:[01]\d|2[0-3])\.[0-5]\d(?:\s+[A-Z]{2,4})?",
    re.I,
)
_ENDS_IN_DATE = rx.compile(
    r"(?:\b\d{1,2}\s+" + _MONTH + r"\s+\d{4}|\b" + _MONTH + r"\s+\d{1,2},?\s+\d{4})\s*$", re.I
)
# An obituary's life dates, under it or over it: "Ann Lee, librarian, born 12 April 1935;
# died 19 November 2026", "…, born 3 May 1946 in Leeds, died 2 October 2026": a name, what
# the person was, when (and where) born and died. The facts the obituary is about, never
# a caption however much it ends in a date.
_LIFE_MONTH = r"(?i:" + _MONTH + r")"
_LIFE_DATE = (
    r"(?:\d{1,2}\s+"
    + _LIFE_MONTH
    + r"\s+\d{4}|"
    + _LIFE_MONTH
    + r"\s+\d{1,2},?\s+\d{4}|"
    + _LIFE_MONTH
    + r"\s+\d{4}|\d{4})"
    r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:(?:\s+|,\s+)[A-Z][\w’'-]*){0,4})?"
)
LIFE_DATES = rx.compile(
    r"[*_]*(?P<who>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|da|di|du|van|von|der|le|la|bin"
    r"|ibn|al|el)){0,5})(?P<what>(?:,\s+[^,;()\n]{1,80}?)*),?\s+"
    r"(?P<born>born\s+" + _LIFE_DATE + r")\s*[;,]\s*(?:and\s+)?"
    r"(?P<died>died\s+" + _LIFE_DATE + r")[.*_\s]*"
)


# A credit at the end of a caption: "- Credit: Agency", "(Picture: X/Agency)",
# "REUTERS/Name", "Photo: Name".
_CREDIT = rx.compile(
    r"(?:^|[-–—|]\s*|\(\s*|\s)(?:photo(?:graph)?|picture|image|credit|illustration|pic)s?"
    r"(?:\s+credit)?\s*:\s*(?P<words>[^()\n]{1,120})\)?\s*$"
    r"|\b[A-Z]{2,}(?:/[A-Z][\w.'’ -]{1,40})+\s*$"
    r"|(?P<agency>\b(?:Getty\s+Images|Shutterstock|AFP|AP\s+Photo|PA\s+(?:Images|Wire)|EPA)\b)"
    r"[^.]{0,40}$",
    re.I,
)
# the word before an agency's name that makes the name part of a sentence ("a
# photographer from Getty Images"), never its credit ("AFP via Getty Images")
_INTO_SENTENCE = rx.compile(
    r"\b(?:from|at|for|with|to|the|an?|on|in|into|against|about|and|or|joined|left)\s+$", re.I
)
# A line that only names where a table's or a chart's figures come from: "Source: ONS",
# "Sources: Land Registry, Zoopla", "Data source - Met Office"
_SOURCE_LINE = rx.compile(r"(?:data\s+)?sources?\s*(?::|[-–—]\s)\s*[^\s.!?][^.!?\n]*\.?", re.I)
# A line the page labels as a photo's caption: "Image caption: …", "Caption: …"
# (after the credits: "Photo: Getty Images" is a credit), "Photo: Fans celebrate …"
_CAPTION_LABEL = rx.compile(
    r"(?:(?:image|photo|photograph|picture|video)(?:\s+caption)?|caption|pictured)\s*:\s*\S"
    r"|(?:image|media|video)\s+(?:caption|source)\s*,\s*\S",  # "Image caption, Ann Lee …"
    re.I,
)
# Every credit holds a colon, a slash or one of these words (the agencies, _CREDIT's last
# line, in its case and at its word boundaries): a line with none is not scanned.
_AGENCY = rx.compile(r"\b(?:Getty|Shutterstock|AFP|AP|PA|EPA)\b", re.I)


def _may_credit(tail: str) -> bool:
    """Whether `tail` may hold a credit (_CREDIT): one pass for a word, where _CREDIT
    tries each of its shapes at every character of a line that has none."""
    return ":" in tail or "/" in tail or _AGENCY.search(tail) is not None


def _credit(tail: str) -> re.Match[str] | None:
    """The credit that ends `tail` (_CREDIT), unless its words read as the article's
    sentence: a label with a subject and a verb after it ("Credit: Suisse lent him 5
    million.", "Picture: the mayor fired two shots") says something, where a credit only
    names ("Photo: Tom Roe for the Post", "Picture: supplied"); an agency's name after a
    preposition is the sentence's ("a photographer from Getty Images"). A later credit in
    `tail` is looked for after one that is not (`tail` is short: a line's last 200
    characters)."""
    if not _may_credit(tail):
        return None
    from claimcheck.extract.atomize import has_verb

    at = 0
    while (credit := _CREDIT.search(tail, at)) is not None:
        words = credit.group("words")
        agency = credit.start("agency")
        if words is not None:
            rest = words.split(None, 1)[1:]
            if not (len(words.split()) >= 3 and rest and has_verb(rest[0])):
                return credit
        elif agency < 0 or _INTO_SENTENCE.search(tail, max(0, agency - 12), agency) is None:
            return credit
        at = credit.start() + 1
    return None


# An author's line at the foot of a column: "JANE DOE IS THE PAPER'S POLITICAL EDITOR".
# A name in capitals, its words one space apart: with the space inside the class, a run
# of spaces could be split between it and `\s+` every way, and a line of spaces took
# quadratic time (80 KB: 15 s).
_BIO = rx.compile(r"^[\W_]*[A-Z][A-Z’'.-]*(?: [A-Z’'.-]+)*\s+IS\s+(?:A|AN|THE)\b[^a-z]*$")
_NAME_LINE = rx.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}")


# "By Ann Lee, Health Editor", "By Ann Lee and Tom Roe", "Interview by Ann Lee": who wrote it
_BYLINE = rx.compile(
    r"[\W_]*(?i:(?:interview(?:ed|s)?\s+)?by)\s+(?P<name>[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|de|van|von|da|del|bin)){1,4})"
    r"(?:\s+in\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?"  # where from: "in Kessa"
    r"(?:\s*(?:,|and|[|·•]|[-–—])\s*.{0,80})?"
)
# "From our correspondent in Lima, and agencies", "Our own reporter", "Staff and
# agencies": who sent the story, named by the desk's job and not by a name; a byline
_DESK_BYLINE = rx.compile(
    r"[\W_]*(?:(?i:(?:from\s+)?our\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:correspondents?"
    r"|reporters?|staff))(?:\s+in\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?"
    r"(?:,?\s+(?i:and|with)\s+(?i:agencies|news\s+agencies|wire\s+services))?"
    r"|(?:[A-Z][\w’'.-]*\s+)?(?i:staff\s+and\s+agencies))[\W_]*"
)
# A news agency's credit line, at the foot of its story: "(Reporting by Ann Lee in Lima;
# Additional reporting by Tom Roe; Editing by Jo Marsh)", "Writing by Ann Lee, editing by
# Tom Roe": who reported, wrote and edited it, each part a job, "by" and names (words in
# capitals, joined by commas, "and" or a place's "in"): a byline, never a statement
_WIRE_JOB = (
    r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|research"
    r"|graphics|production|photos)(?:\s+and\s+(?:reporting|writing|editing))?\s+by)\s+"
    r"[A-Z][\w’'.-]*(?:(?:\s*,\s*|\s+)(?:[A-Z][\w’'.-]*|(?i:and)|in|at|de|del|da|van|von|bin|al))*"
)
_WIRE_CREDITS = rx.compile(rf"\(?\s*{_WIRE_JOB}(?:\s*[;,]\s*{_WIRE_JOB})*\s*\)?\.?")
# A news agency's note, in brackets under the headline, of what this version of the story
# changed: "(Adds minister's comments in paragraphs 6-9)", "(Updates with final results)",
# "(Recasts, adds details)", "(Corrects spelling of name in paragraph 3)", "(Refiles to
# fix typo)", "(Writes through with …)": the wire's furniture, no statement of the story;
# a sentence in brackets, with its full stop ("(Updates to the app are due in May.)"), is one
_WIRE_NOTE = rx.compile(
    r"\((?i:adds|updates|recasts|corrects|rewrites|refiles|repeats|writes\s+through"
    r"|removes|fixes|inserts|clarifies|deletes|replaces|restores|amends)\b"
    r"[^()\n]{0,300}(?<![.!?])\)"
)
# "About the author: Ann Lee has covered ...": a bio at the foot of the article
_ABOUT = rx.compile(r"[\W_]*about\s+the\s+(?:author|writer|reporter)s?\s*[:.-]", re.I)
# a job title under a byline ("Education Editor", "Senior Reporter")
_JOB = rx.compile(
    r"(?:[A-Z][\w’'&-]*\s+){0,3}(?:Editor|Reporter|Correspondent|Writer|Columnist|Journalist"
    r"|Producer|Contributor|Analyst|Critic|Staff)"
)
# A newsroom job title over two beats, under a byline ("Health and science editor",
# "Home affairs and legal correspondent"): its words after the first in any case
_JOIN_JOB = rx.compile(
    r"(?:[A-Z][\w’'-]*\s+){1,2}(?:and|&)\s+(?:[\w’'-]+\s+){1,2}"
    r"(?i:editor|reporter|correspondent|writer|columnist|journalist|producer|critic)"
)
# A newsroom job title, its first word capitalised, in any case after that ("Court
# reporter", "Senior Health Correspondent", "Theatre critic"); "Letter to the editor" is
# no title (a word of a phrase before it), nor is a title after "the"
_NEWSROOM_TITLE = (
    r"(?=[A-Z])(?!(?i:the|a|an|dear|to|for|from|our|my)\s)(?:[\w’'&-]+\s+(?!(?:the|a|an|to|of|for|from|and|or|with|by|in|on|at|my"
    r"|our|your|his|her|their|its|this|that|dear)\s)(?:[a-z&][\w’'&-]*\s+){0,2})?"
    r"(?i:reporter|correspondent|editor|writer|critic|columnist|journalist|contributor)"
)
# A byline without "By", near the top: a name and its job title ("Ann Lee, Court
# reporter", "Ann Lee - Health Editor"), or the title alone on its line ("Court reporter")
_BARE_BYLINE = rx.compile(
    r"[\W_]*(?:(?P<name>[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|de|van|von|da|del|bin)){1,3})"
    rf"\s*(?:,|[-–—|])\s*)?{_NEWSROOM_TITLE}[\W_]*"
)
# An editorial's byline or label under its headline: the paper's board ("The Lancashire
# Gazette's editorial board", "The Editorial Board", "By the editorial board"), or the
# label a paper puts on its own view ("Editorial", "Our view", "Leader", "Leading
# article"): who speaks, never a section over every claim of the article
_EDITORIAL_LINE = rx.compile(
    r"(?P<board>(?i:by\s+)?(?:(?i:the)\s+)?(?:[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|and))"
    r"{0,4}(?:[’']s?)?\s+)?(?i:editorial\s+(?:board|team|staff|committee|desk|writers|panel)))"
    r"|(?i:editorial|leader|leading\s+article|our\s+(?:view|opinion|say))"
)
# a job title alone on its line, in any case after its first word ("Health Editor",
# "Wine correspondent"): under a name alone on the line above, that name wrote the article
_TITLE_LINE = rx.compile(rf"(?:{_JOB.pattern}|{_NEWSROOM_TITLE})")
# A byline without "By": one to three people's names, each two to four capitalised words,
# joined by commas or "and" ("Ann Lee", "Ann Lee and Tom Roe", "Ann Lee, Tom Roe and Jo
# Marsh"); read as one only under the headline, before the story (_names_byline)
_PERSON = r"(?!(?:The|A|An|By)\s)[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|de|van|von|da|del|bin)){1,3}"
_NAMES_LINE = rx.compile(
    rf"[\W_]*(?P<name>{_PERSON})(?:\s*,\s*{_PERSON})?(?P<more>,?\s+(?:and|&)\s+{_PERSON})?[\W_]*"
)
# Where the writers were, on the line under their names: one to three places, each one
# to three capitalised words, joined by commas or "and" ("Singapore and London", "New
# York"): a dateline, never a section over the story
_PLACE = r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}"
_PLACES_LINE = rx.compile(rf"{_PLACE}(?:\s*,\s*{_PLACE})?(?:,?\s+(?:and|&)\s+{_PLACE})?")
# a social media handle under a byline ("@annlee")
_HANDLE = rx.compile(r"@\w{1,30}")
# "Local Democracy Reporter: Ann Lee", "Health Editor: Tom Roe": a job title, a colon,
# then the name of who wrote it
_TITLED_BYLINE = rx.compile(
    rf"[\W_]*{_JOB.pattern}\s*:\s*(?P<name>[A-Z][\w’'.-]+"
    r"(?:\s+(?:[A-Z][\w’'.-]+|de|van|von|da|del|bin)){1,4})[\W_]*"
)
_WRITTEN_DATE = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%Y-%m-%d")


def _dated_or_placed(text: str, line: Block) -> bool:
    """Whether a line under a name is when or where it was written: a date or a time
    stamp ("Thu 9 Apr 2026 06.00 BST"), or places ("Singapore and London")."""
    body = text[line.start : line.end]
    return metadata(body) == "dateline" or _PLACES_LINE.fullmatch(strip_marks(body)) is not None


def byline_author(line: str) -> str | None:
    """The author's name of a byline ("By Ann Lee, Health Editor" or "Health Editor: Ann
    Lee" -> "Ann Lee")."""
    bare = _unemphasised(line.strip().strip("*_").strip())
    m = _BYLINE.fullmatch(bare)
    if m is not None and bare.endswith((".", "!", "?")) and "," in bare[m.end("name") :]:
        from claimcheck.extract.atomize import has_sure_verb

        if has_sure_verb(bare[m.end("name") :]):
            return None  # "By Christmas Day, the shops were empty.": a sentence
    if m is None and ":" in bare:
        m = _TITLED_BYLINE.fullmatch(bare)
    if m is None and ("|" in bare or "·" in bare or "•" in bare):
        return _part_author(bare)
    return m.group("name") if m else None


_PART_WORDS = 4  # a byline's other parts: a date, or a few words ("3 min read", "Sport")


def _part_author(bare: str) -> str | None:
    """The author of a line of parts, one of them a byline after another ("Published: 25
    November 2026 | By Ann Lee, Health"): the others each a time stamp or a few words."""
    parts = _STAMP_PARTS.split(bare)
    if not 1 < len(parts) <= 4:
        return None
    names = [m.group("name") for part in parts[1:] if (m := _BYLINE.fullmatch(part))]
    others = [
        p.split() for p in parts if _BYLINE.fullmatch(p) is None and len(p.split()) > _PART_WORDS
    ]
    return names[0] if len(names) == 1 and all(len(w) <= 12 and _dated(w) for w in others) else None


# Markdown's emphasis marks around a byline's words ("By **Ann Lee**, Critic"): the name
# is the words, never the marks
_EMPHASIS_MARK = rx.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)")


def _unemphasised(line: str) -> str:
    return _EMPHASIS_MARK.sub("", line) if "*" in line or "_" in line else line


def written_date(line: str) -> date | None:
    """The date a dateline gives ("Published 3 March 2025", "5 September 2025")."""
    bare = re.sub(r"^[\W_]*(?:published|updated|posted|date)\s*:?\s*", "", line.strip(), flags=re.I)
    bare = re.sub(
        r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+", "", bare.strip(" .*_"), flags=re.I
    )
    for form in _WRITTEN_DATE:
        try:
            return datetime.strptime(bare, form).date()
        except ValueError:
            continue
    return None


# "By Ann Lee | 14 May 2024", "By Ann Lee · Published 3 June 2025": a byline's parts
_BYLINE_PARTS = rx.compile(r"\s*[|·•]\s*|\s+[–—-]\s+")


def byline_date(line: str) -> date | None:
    """The date a byline gives after its names, written out whole in one of its parts."""
    parts = _BYLINE_PARTS.split(line.strip().strip("*_").strip())
    return next((d for part in parts[1:4] if (d := written_date(part)) is not None), None)


# a time of day in a dateline, with its zone and the comma after it ("17:48 GMT",
# "06:00,", "11.20am"): what a dateline says besides its day
_CLOCK = rx.compile(
    r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?"
    r"(?:\s+(?:gmt|bst|utc|est|edt|cst|cdt|pst|pdt|cet|cest|ist|aest))?\b\.?,?",
    re.I,
)


# A dateline alone on its line, before the story's first words: a place in capitals, its
# region, a day, the agency in brackets, then the dash that the story would follow
# ("LONDON, 14 November (Reuters) -", "KOUROU, French Guiana —")
_LONE_DATELINE = rx.compile(
    r"[A-Z]{2,}(?:[ .'’-]+[A-Z]{2,}){0,3}"
    r"(?:,\s*[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+){0,2})?"
    r"(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s*\d{4})?)?"
    r"(?:\s*\([^()\n]{2,40}\))?\s*[-–—]{1,2}"
)
# the day a dateline gives, with its year ("14 November 2026", "Nov. 14, 2026")
_FILED_DAY = rx.compile(
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
)


def filed_date(dateline: str) -> date | None:
    """The day a story's dateline gives ("PARIS, 3 May 2026 (AFP) -" -> 3 May 2026); None
    without a year (a day and a month alone are no date to give the article)."""
    found = _FILED_DAY.search(dateline)
    return written_date(found.group().replace(".", "")) if found is not None else None


def dateline_date(line: str) -> date | None:
    """The day a dateline gives, the first it writes out whole, with or without the time
    ("Saturday 14 November 2026, 17:48 GMT", "Published: 06:00, 24 November 2026 |
    Updated: …" -> the day it was published)."""
    for part in _BYLINE_PARTS.split(line.strip().strip("*_").strip())[:4]:
        untimed = " ".join(_CLOCK.sub(" ", part).split()).rstrip(" ,")
        found = written_date(part) or written_date(untimed)
        if found is not None:
            return found
    return None


def _dated(words: list[str]) -> bool:
    """Whether a line's words (a dozen at most) are a time stamp: all but one are the
    words of a date or a time, and one at least is a month, a day or a time (a number
    alone is no date: "Volunteers: 31")."""
    dated = [w for w in words if _DATE_TOKEN.match(w.strip(":,|") or w)]
    datelike = any(not re.fullmatch(r"[\d,.:|-]+", w) for w in dated)
    return len(words) - len(dated) <= 1 and datelike


def is_time_stamp(text: str) -> bool:
    """Whether every word of a short text is a word of a date or a time ("on 8 November
    2026", "at 14:05 GMT on Tuesday"; never "on Monday to show 40 deaths")."""
    words = text.split()
    return 0 < len(words) <= 12 and all(_DATE_TOKEN.match(w.strip(":,|") or w) for w in words)


_STAMP_PARTS = rx.compile(r"\s+[|·•]\s+")


def _stamps(bare: str) -> bool:
    """A line of time stamps too long to be read as one, its parts apart ("Published 3
    September 2026, 19:05 BST | Updated 3 September 2026, 21:40 BST"): each a dateline."""
    parts = _STAMP_PARTS.split(bare) if len(bare) <= 200 else []
    return len(parts) > 1 and all(len(w := p.split()) <= 12 and _dated(w) for p in parts)


# How long ago a page says it was posted or updated, alone on its line ("2 hours ago",
# "Updated 35 minutes ago", "an hour ago", "Just now"): when, never what
_AGO_LINE = rx.compile(
    r"(?:(?:published|posted|updated|last\s+updated)\s*:?\s+)?"
    r"(?:(?:\d{1,3}|an?|one|two|three|four|five|six|ten|few)\s+"
    r"(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?)"
    r"\s+ago|just\s+now)\.?",
    re.I,
)
# A caption's label alone on its line, the caption on the next ("Image caption," over
# "Ann Lee at the count", as pages copied from some news sites have it)
_CAPTION_MARK = rx.compile(r"(?:image|media|video|photo)\s+caption\s*[,:]?", re.I)


def _caption_mark(line: str) -> bool:
    """Whether a line is only a caption's label ("Image caption,"): the next is its caption."""
    return _CAPTION_MARK.fullmatch(strip_marks(line).strip()) is not None


# A photo's caption by the label that opens it ("Photo: Ann Lee at the count", "Pictured:
# …"), or by a credit in brackets that ends it: a name and an agency after a slash ("(Tom
# Roe/Northgate Photography)", "(Ann Lee/Reuters)"), or an agency's word ("(Getty Images)")
_BRACKET_CREDIT = rx.compile(
    r"\((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*\s*/\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\)"
    r"|\((?:[A-Z][\w.'’&-]*\s+){0,4}(?:Photography|Photos|Getty(?:\s+Images)?|PA"
    r"(?:\s+(?:Images|Wire|Media))?)\)"
)


def _captioned(bare: str) -> bool:
    """A photo's caption by its label or the credit in brackets that ends it (metadata)."""
    if (label := _CAPTION_LABEL.match(bare)) is not None:
        return _reads_as_caption(bare[label.end() - 1 :])
    if not bare.endswith(")") or "(" not in bare[-120:]:
        return False  # the cheap test first: most lines end in a full stop
    return _BRACKET_CREDIT.fullmatch(bare, bare.rfind("(")) is not None


def _reads_as_caption(words: str) -> bool:
    """Whether the words under or after a caption's label read as a caption: one sentence
    at most, and short. More is the article's text, whatever label a page put over it."""
    return _one_sentence(words)


# the stop that ends a picture's source, where the article's text goes on ("Image source,
# AFP. Police …"); never an initial's ("Image source, U.S. Navy")
_SOURCE_END = rx.compile(r"(?<=\w\w)[.!?][\"”’']?\s+(?=[A-Z\"“])")


def _label_cut(body: str) -> tuple[int, int] | None:
    """Where a caption's label that opens a line ends, and where the article's text after
    it starts, when what follows is no caption: "Image caption, A. B. C." (the label
    alone), "Image source, Reuters. The mayor resigned …" (the label and the source it
    names). None when the line is no such label, or all of it is a caption or a credit."""
    label = _CAPTION_LABEL.match(body)
    if label is None:
        return None
    at = label.end() - 1  # the label's pattern ends on the first character after it
    if "source" in body[: label.end()].casefold():
        # the picture's source is its first sentence: the article's text follows
        stop = _SOURCE_END.search(body, at)
        cut = None if stop is None else (len(body[: stop.end()].rstrip()), stop.end())
    else:
        cut = None if _reads_as_caption(body[at:]) else (len(body[:at].rstrip()), at)
    if (
        cut is not None
        and metadata(body[cut[1] :]) is not None
        and _credit_cut(body[cut[1] :], True) is None
    ):
        return None  # a caption and its credit ("… at the count. Photograph: Ann Lee"): whole
    return cut


# what may stand before a credit and belongs to it: a dash, a bar, an opening bracket
_BEFORE_CREDIT = " \t([-–—|"
CAPTION_WORDS = 30  # as _one_sentence's
CREDIT_WORDS = 8  # "Photograph: Tom Roe for the Post": a credit names, it says nothing


def _credit_cut(body: str, pictured: bool = False) -> tuple[int, int] | None:
    """Where the article's text ends and its credit starts, when a line metadata() calls a
    caption or a credit holds more than a caption: "The mayor resigned. He left on Monday.
    Photo: Reuters" is two statements and the photo's credit. A caption is one sentence,
    short (_one_sentence): None then, the line is a caption and its credit. The start is
    the line's end when no short credit ends it (a date, a long "image: …"): nothing to
    leave out. Under a picture or a caption's label (`pictured`), two short sentences are
    its caption too ("Image: A depot near Leeds. It employs 900 people. (Credit: X)")."""
    end = len(body.rstrip().rstrip("*_#").rstrip())
    text = body[:end]
    tail_at = max(0, end - 200)
    tail = text[tail_at:]
    start: int | None = None
    if (credit := _credit(tail)) is not None:
        start = tail_at + credit.start()
    elif text.endswith(")") and "(" in text[-120:]:
        bracket = text.rfind("(")
        start = bracket if _BRACKET_CREDIT.fullmatch(text, bracket) else None
    before = text[:start].rstrip(_BEFORE_CREDIT)
    if (_one_sentence(before) and (pictured or start is None or not _reported(before))) or (
        pictured
        and len(before.split()) <= CAPTION_WORDS
        and len(_SENTENCE_BREAK.findall(before)) < 2
    ):
        return None
    if start is None or len(text[start:].split()) > CREDIT_WORDS:
        return len(body), len(body)
    given = text[len(before) :]  # the credit with its dash or bracket ("(Getty Images)")
    return len(before), len(before) + len(given) - len(given.lstrip())


def runs_on(line: str) -> bool:
    """Whether a line (or a text) without its final stop ends as a cut-off sentence does:
    in a comma, a dash or a word no sentence ends with ("…, Ann Lee said on")."""
    end = line.rstrip()
    return _OPEN_END.search(end, max(0, len(end) - 12)) is not None


def _reported(sentence: str) -> bool:
    """Whether a sentence before a credit is the article's report, not a caption: a
    caption says what the picture shows, in the present or without a verb ("Dockers wait
    by the gates.", "Ann Lee at the count."); a sentence in the past tense or that names
    its source ("The ferry sank near the pier, the coastguard said.") tells what
    happened, and only the credit after it is the photo's."""
    from claimcheck.extract.atomize import is_past, trailing_attribution

    if trailing_attribution(sentence) is not None:
        return True
    # a participle after "the" or "a" describes ("The flooded square at noon."): no verb
    return is_past(_DESCRIBED.sub(r"\g<det> thing", sentence))


# a word in -ed after a determiner: an adjective ("the flooded street", "a burned car")
_DESCRIBED = rx.compile(r"\b(?P<det>the|an?|its|their|his|her|this|that)\s+[a-z]+ed\b", re.I)


def _pictured(text: str, left: list[tuple[Block, str]], line: Block) -> bool:
    """Whether the line comes right under a picture (a Markdown image left out just
    before it, with only blank space between)."""
    if not left or left[-1][1] != "caption":
        return False
    image = left[-1][0]
    return text.startswith("![", image.start) and not text[image.end : line.start].strip()


def _chrome_sentence(body: str) -> tuple[int, int] | None:
    """Where a chrome line's opening sentences that are chrome on their own end, and where
    the rest starts, when more follows them: "Sign up for our newsletter." matches
    is_chrome with any words after it, and a paragraph of statements must not go with it.
    The run of them is found in one pass (each test reads one sentence), so a line of a
    thousand of them costs no more than reading it."""
    at = kept = 0
    while (stop := _SOURCE_END.search(body, at)) is not None:
        sentence = body[at : stop.end()].strip()
        if sentence.count("[") > sentence.count("]") or not is_chrome(sentence):
            break  # (a stop inside a link's words: "Read more: [Who is X? The …](x.html)")
        if _chrome_opening(sentence) is not None:
            break  # "Sign up for our newsletter: the depot shut.": its statement stays
        kept, at = at + len(body[at : stop.end()].rstrip()), stop.end()
    return (kept, at) if at else None


# a statement's first word that says it is the page's words to its reader ("Subscribe
# now: you will get …", "… newsletter: we send the best stories")
_TO_READER = frozenset({"you", "your", "you'll", "you’ll", "we", "our", "we'll", "we’ll", "us"})
# the labels over a link's title or a list of the site's pages ("Read more: …", "Topics:
# …"): what follows them is the page's, even a title that reads as a statement
_LINK_LEAD = rx.compile(r"[\W_]*(?:read\s|see\s|also\s|more\s|related|topics|tags|filed\s)", re.I)
CHROME_OPENING_WORDS = 6  # "Sign up for our daily newsletter": a chrome phrase is short


def _chrome_opening(body: str) -> tuple[int, int] | None:
    """Where a chrome phrase that opens a line without a stop of its own ends, and where
    the statement after it starts: at its colon ("Sign up for our newsletter: the mayor
    took bribes in 2019."), or before the capital after its words, as text copied from a
    page has it ("Share this article The mayor took bribes in 2019."). Only when what
    follows is a statement (a subject and a verb, a final stop), never the page speaking
    to its reader ("Subscribe now: get the app.", "…: you will never miss a story.").
    After a link's label ("Read more:"), only a statement that ends in a full stop, which
    a link's title seldom has ("Read more: Ferry petition passes 3,000 names")."""
    link = _LINK_LEAD.match(body) is not None
    colon = body.find(":", 0, 80)
    if colon > 0 and is_chrome(body[:colon]):
        cut = colon + 1
        while cut < len(body) and body[cut] in " \t":
            cut += 1
        rest = body[cut:]
        if link and ("[" in rest or not rest.rstrip(" \t\"”’'").endswith(".")):
            return None  # a link's title: no full stop, or the link itself
        return (colon, cut) if _statement_after_chrome(rest) else None
    if link:
        return None
    words = list(itertools.islice(re.finditer(r"\S+", body), CHROME_OPENING_WORDS + 1))
    for k in range(1, len(words)):
        if words[k].group()[:1].isupper() and is_chrome(body[: words[k - 1].end()]):
            return (
                (words[k - 1].end(), words[k].start())
                if _statement_after_chrome(body[words[k].start() :])
                else None
            )
    return None


def _statement_after_chrome(rest: str) -> bool:
    """Whether the words after a chrome phrase are the article's statement: its first
    word no verb and no word to the reader, a verb after it, a final stop."""
    from claimcheck.extract.atomize import has_verb

    first = rest.split(None, 1)[:1]
    return (
        bool(first)
        and first[0].casefold() not in _TO_READER
        and not has_verb(first[0])
        and _is_statement(rest)
        and not is_chrome(rest)  # "© Echo 2026. All rights reserved.": chrome throughout
    )


# A Markdown image, alone on its line ("![The pier at dusk](pier.jpg)"): a picture's
# description, not the article's words
# a line that is only a link to another page, in Markdown, maybe as a list's item ("- [Did
# the mayor ban barbecues?](https://…)"): under "Read more", a title of the site's pages
_LINK_ONLY = rx.compile(r"[ \t]*(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+)?\[[^\]\n]+\]\([^()\s]*\)[ \t]*")
_LINKS_HEAD = 60  # the heading over such a list is a few words


def _trailing_links(text: str) -> int:
    """Where the run of lines of links (_LINK_ONLY) that ends the text starts, one or more
    lines, blank lines between them (the text's length when it ends otherwise): a list of
    the site's pages, not the story's. Read from the end, once a page."""
    end = start = len(text.rstrip())
    while start > 0:
        line_at = text.rfind("\n", 0, start) + 1
        line = text[line_at:start]
        if line.strip() and _LINK_ONLY.fullmatch(line) is None:
            break
        start = line_at - 1 if line_at > 0 else 0
    start = max(start, 0)
    return len(text) if start >= end else start


_MD_IMAGE = rx.compile(r"!\[[^\]\n]*\]\([^()\n]*\)")


def metadata(line: str) -> str | None:
    """What page metadata a line is, if it is: a dateline ("Thu 25 Jul 2024", "Updated:
    9:30 AM July 13"), a photo caption ending in a credit or a date, a bare credit, or an
    author's bio line. None for anything else."""
    bare = line.strip().strip("*_#").strip()
    words = bare.split()
    if not words:
        return None
    if byline_author(bare) or _ABOUT.match(bare):
        return "byline"
    if len(words) <= 12 and _DESK_BYLINE.fullmatch(bare):
        return "byline"
    if bare[0] == "(" and bare[-1] == ")" and _WIRE_NOTE.fullmatch(bare):
        return "chrome"  # "(Adds details, updates figures)": what this version changed
    if len(words) <= 60 and "by" in bare.casefold() and _WIRE_CREDITS.fullmatch(bare):
        return "byline"  # "(Reporting by Ann Lee; Editing by Tom Roe)": who wrote it
    if bare[-1] in "-–—" and _LONE_DATELINE.fullmatch(bare):
        return "dateline"  # "LONDON, 14 November (Reuters) -": where the story was filed
    if _TIME_LINE.fullmatch(bare):
        return "dateline"  # "18:05" alone above a live blog's entry: when, not what
    if len(words) <= 6 and _AGO_LINE.fullmatch(bare):
        return "dateline"  # "2 hours ago" under "Published": when, not what
    if len(words) <= 12 and any(map(str.isdigit, bare)) and _dated(words):
        return "dateline"
    if len(words) > 12 and any(map(str.isdigit, bare)) and _stamps(bare):
        return "dateline"
    if bare.startswith("![") and _MD_IMAGE.fullmatch(bare):
        return "caption"
    if len(words) <= 9 and _SOURCE_LINE.fullmatch(bare):
        return "credit"  # "Source: ONS" under a table or a chart: who the figures are from
    tail = bare[-200:]  # a credit ends the line: looking further back only costs time
    credit = _credit(tail)
    if credit:
        return "credit" if credit.start() < 3 and len(tail) == len(bare) else "caption"
    if _captioned(bare):
        return "caption"  # "Photo: …", "Image caption: Waves break over the wall"
    if (
        len(words) >= 6
        and not bare.endswith((".", "!", "?", ":", '"', "”"))
        and _ENDS_IN_DATE.search(bare[-40:])
        and LIFE_DATES.fullmatch(bare) is None
    ):
        return "caption"  # "A man walks past the bank in London, 3 May 2023"
    if len(words) <= 20 and _BIO.match(bare):
        return "byline"
    return None


def is_name_line(line: str) -> bool:
    """A line that is only a person's name (a photo credit or a byline)."""
    bare = line.strip().strip("*_").strip()
    if not _NAME_LINE.fullmatch(bare):
        return False  # the cheap test first: a paragraph fails it at once
    return bare.split()[0].casefold() not in ("the", "a", "an") and not _no_name(bare)


# words no person's name holds: a line in capitals with one ("WHAT THE COMPANY SAID",
# "WHY IT MATTERS") is a heading, never a byline
_NOT_NAME_WORDS = frozenset(
    {"the", "what", "who", "how", "why", "when", "where", "which", "is", "are", "was"}
    | {"were", "said", "says", "will", "it", "we", "they", "this", "that", "our", "your"}
    | {"next", "now", "happens", "matters", "know", "need", "a", "an"}
)


def _no_name(bare: str) -> bool:
    """Whether a line that reads as names holds a word no name holds."""
    return any(w.casefold() in _NOT_NAME_WORDS for w in bare.split())


# clean asks it of each line twice over (_caption_mark, then is_chrome): the last few kept
@functools.lru_cache(maxsize=8)
def strip_marks(text: str) -> str:
    """Text without emoji, symbols and punctuation at either end, spaces folded."""
    return " ".join(_MARKS.sub(" ", text).split()).strip(" .,:;-")


# What a heading is decorated with, and no more: emoji, pictographs, Markdown's emphasis;
# _MARKS less the signs of a figure (plus, minus sign), the dashes, the opening single
# quote and the ellipsis, which are the heading's own words ("Oil +3%", "Brexit — what next")
_DECORATION = rx.compile(r"[^\w\s'‘’…\-?!.,:;&%$£€¥₹¢°/()\"“”+\N{MINUS SIGN}±–—]|_")


def heading_name(text: str) -> str:
    """A heading's text as a section's or a title's name: its words and the signs of its
    figures as the text writes them, without its decoration (strip_marks, which is for
    matching lines against words, drops the minus sign: "Sales 4%")."""
    return " ".join(_DECORATION.sub(" ", text).split()).strip(" .,:;-")


def key(text: str) -> str:
    """What makes two headings or paragraphs "the same": letters and digits, casefolded.
    (The runs of them, joined by one space: no character is both a word character and
    white space, so this is the text with every run of others made one space, trimmed.)"""
    # A run of letters and digits lies inside one word between spaces; a word of them
    # alone (most words of prose) is its own run, with no pattern to scan it.
    runs: list[str] = []
    for word in text.casefold().split():
        if word.isalnum():  # the same test as [^\W_] for each character
            runs.append(word)
        else:
            runs.extend(_ALNUM.findall(word))
    return " ".join(runs)


_ALNUM = rx.compile(r"[^\W_]+")


def has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


# A site's menu or its breadcrumb trail on one line: three links or more, each a word or
# three with a capital and no figure, between pipes or arrows ("Home | Local News |
# Contact us", "News » Politics » Europe")
_NAV_SEPARATOR = rx.compile(r"\s+[|»›>]\s+")
_NAV_PART = rx.compile(r"[A-Z][^\W\d_]*(?:[ &'’-]+[^\W\d_]+){0,2}")
_NAV_PARTS = 3


def _navigation(line: str) -> bool:
    """Whether a line is a menu or a breadcrumb trail: links, not a heading."""
    parts = _NAV_SEPARATOR.split(line.strip().strip("*_").strip(" |»›>"))
    return len(parts) >= _NAV_PARTS and all(_NAV_PART.fullmatch(p) for p in parts)


# A review's star rating alone on its line: "Four stars", "★★★★☆", "4/5", "Rating: 4 out
# of 5", "3.5 out of 10": the critic's score, no statement to check and no section
_RATING = rx.compile(
    r"(?i:(?:(?:our\s+)?(?:rating|verdict|score)\s*:\s*)?"
    r"(?:(?:(?:one|two|three|four|five|\d)(?:\s+and\s+a\s+half|\.5|½)?|half\s+a)\s+stars?"
    r"|[★☆✩✪⭐]{1,10}(?:\s*\(\d(?:\.5)?\s*/\s*(?:5|10)\))?"
    r"|\d{1,2}(?:\.5)?\s*(?:/|out\s+of)\s*(?:5|10)(?:\s+stars)?))[.!]?"
)


def is_chrome(line: str) -> bool:
    bare = strip_marks(line)
    if not bare:
        return True
    if len(bare) <= 40 and _RATING.fullmatch(bare.strip()):
        return True  # "Four stars": a review's score, no section over what follows
    if ("|" in line or "»" in line or "›" in line or ">" in line) and _navigation(line):
        return True
    low = bare.casefold().rstrip("?!")
    if low in _CHROME_WORDS or _CHROME.match(bare) or _LINKS_HEADING.fullmatch(low):
        return True
    if _RESERVED.search(bare) and _RIGHTS.search(bare):  # (bare holds no line break)
        return True
    return bool(_CHROME_SHAPE.match(bare)) and not _is_statement(line)


def _is_statement(line: str) -> bool:
    """A line that ends as a sentence does and has a verb after its first word (a month's
    name is no verb: "Posted on May 3." is a time stamp)."""
    from claimcheck.extract.atomize import has_verb

    rest = line.strip().split(None, 1)[1:]
    return bool(_ENDS_SENTENCE.search(line) and rest and has_verb(_MONTH_WORD.sub(" ", rest[0])))


# a long line with no full stop is a paragraph too, never a link's title
_LINK_WORDS = 20
# and so is a line that ends in who said it ("…, the mayor said", "…, police told
# reporters"), stop or none: a title quotes with a colon ("Mayor: we will rebuild"), and
# a line of two sentences ("The depot shut. Its staff left") is no title either
_TWO_SENTENCES = rx.compile(r"(?:[a-z]{2}|\d{3})[.!?][\"”’']?\s+[A-Z]")  # not "1. Why …"
_SAID_AT_END = rx.compile(
    r",\s+(?:[\w’'.-]+\s+){1,4}(?:said|says|told\s+[\w’'-]+|added|reported|announced)"
    r"(?:\s+on\s+[A-Z][a-z]+day)?\W*$"
)


def _next_statement(text: str, at: int) -> int:
    """Where the first line after `at` that is the article's starts: a statement (a
    sentence with a verb, not a question: "Why do trains run late?" is a page's title) or a
    line longer than a link's title, not the page's chrome or metadata; len(text) when
    there is none. A list of the site's other pages ("Most read")
    is titles, one a line; a statement under the heading is the story going on."""
    while at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop].strip()
        if (
            line
            and (
                len(line.split()) > _LINK_WORDS
                or (_is_statement(line) and "?" not in line[-3:])
                or _SAID_AT_END.search(line, max(0, len(line) - 80)) is not None
                or _TWO_SENTENCES.search(line) is not None
            )
            and not is_chrome(line)
            and (metadata(line) is None or _credit_cut(line) is not None)
        ):
            return at
        at = stop + 1
    return len(text)


def _statement_after(text: str, at: int, found: int) -> int:
    """_next_statement(text, at), where `found` is its answer for a place before `at`
    (or -1): still the answer while it lies after `at`, so headings read in order scan the
    text once between them."""
    return found if found >= at else _next_statement(text, at)


def is_footer(line: str) -> bool:
    bare = strip_marks(line).rstrip("?!:")
    return bool(_FOOTER.match(bare) or _ABOUT_NAME.fullmatch(bare[:1].lower() + bare[1:]))


# "Q: " and "A: " opening an interview's question and answer, or the name of who speaks
# ("Dunmore: ", "Rachel Dunmore: ", "RD: "): marks, like a list's bullet
_SPEAKER = r"[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|de|van|von|da|del|bin|al)){0,3}"
_LABEL = rx.compile(r"[ \t]*(?P<mark>" + _SPEAKER + r"):[ \t]+(?=\S)")
_MARK_BEFORE = rx.compile(r"[ \t]*(?P<mark>" + _SPEAKER + r"):[ \t]+")  # what split() took off
_LABEL_LINE = rx.compile(r"^[ \t]*(?P<mark>" + _SPEAKER + r"):[ \t]+(?P<said>\S[^\n]*)", re.M)
_QUESTION_LINE = rx.compile(r"^[ \t]*Q:[ \t]+\S", re.M)
_ANSWER_LINE = rx.compile(r"^[ \t]*A:[ \t]+\S", re.M)
# labels of a page's furniture or a note, never a speaker's name ("Photo: …", "Update: …")
_NOT_SPEAKER = frozenset(
    {"q", "a", "question", "answer", "note", "update", "editor", "warning", "related", "see"}
)
# "Pull quote: …", "Editor's note: …": a label line that ends an answer, as a name does
_ANY_LABEL = rx.compile(r"[ \t]*[A-Z][^:.!?\n]{0,40}:[ \t]+\S")
_speakers_of: dict[int, tuple[str, frozenset[str], frozenset[str]]] = {}


def _speaker(mark: str) -> bool:
    """Whether a line's label may be a person's name (not "Photo", not "Q")."""
    first = mark.split()[0].rstrip(".").casefold()
    return first not in _NOT_SPEAKER and first not in _FURNITURE_LABELS


def speakers(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Who asks and who answers an interview whose lines open with a mark: "Q" asks and
    "A" answers when the text has both; a name answers when a line opens with it right
    after a "Q: " question at least twice ("Q: Why?" then "Dunmore: Because …"); without
    "Q:", of two names taking turns, the one whose lines ask answers none. Empty sets
    when the text is no such interview."""
    known = _speakers_of.get(id(text))
    if known is not None and known[0] is text:
        return known[1], known[2]
    askers: set[str] = set()
    answerers: set[str] = set()
    if _QUESTION_LINE.search(text):
        askers.add("Q")
        if _ANSWER_LINE.search(text):
            answerers.add("A")
    turns: list[tuple[str, bool]] = [
        (m.group("mark"), m.group("said").rstrip(" *_\"”’'").endswith("?"))
        for m in (_LABEL_LINE.finditer(text) if askers or ":" in text else ())
        if m.group("mark") in ("Q", "A") or _speaker(m.group("mark"))
    ]
    if askers:
        after_q: dict[str, int] = {}
        for (mark, _), (nxt, _) in itertools.pairwise(turns):
            if mark == "Q" and nxt not in ("Q", "A"):
                after_q[nxt] = after_q.get(nxt, 0) + 1
        answerers |= {name for name, n in after_q.items() if n >= 2}
    else:
        names = {mark for mark, _ in turns}
        changes = sum(a != b for (a, _), (b, _) in itertools.pairwise(turns))
        if len(names) == 2 and changes >= 3:
            asks = {name: sum(q for m, q in turns if m == name) for name in names}
            one, other = sorted(names, key=lambda name: asks[name])
            if asks[other] >= 2 and asks[one] * 4 <= asks[other]:
                askers, answerers = {other}, {one}
    if not answerers:
        askers = set()  # "Q:" lines with no answers marked: no interview of marked lines
    found = (text, frozenset(askers), frozenset(answerers))
    _speakers_of.clear()  # one text at a time: the article being split
    _speakers_of[id(text)] = found
    return found[1], found[2]


def interview_mark(text: str, block: Block) -> str | None:
    """ "Q" or "A" when the block is an interview's question or answer whose mark split()
    took off ("Q: Why so long?", "Dunmore: Because …"), else None: an answer is the
    interviewee's speech."""
    mark = speaker(text, block)
    if mark is None:
        return None
    askers, answerers = speakers(text)
    return "Q" if mark in askers else "A" if mark in answerers else None


def speaker(text: str, block: Block) -> str | None:
    """The mark split() took off the block's line ("Q", "A", "Dunmore"), if any."""
    line = text[text.rfind("\n", 0, block.start) + 1 : block.start]
    found = _MARK_BEFORE.fullmatch(line) if line else None
    return found.group("mark") if found else None


def answers(text: str, body: list[Block]) -> list[tuple[int, int]]:
    """Where an interview's answers are, in order (see answered)."""
    return [(a, b) for a, b, _ in answered(text, body)]


def answered(text: str, body: list[Block]) -> list[tuple[int, int, str]]:
    """Where an interview's answers are and who gave each ("A", or the name it is marked
    with): a block marked as an answer, with the paragraphs after it up to the next marked
    block, a heading, or a line that opens with some other label ("Pull quote: …"). After
    the last marked block, the paragraphs are the article's again."""
    found: list[tuple[int, int, str]] = []
    open_at: int | None = None  # the last answer, while the paragraphs after it may go on
    end, who = 0, ""
    for block in body:
        mark = interview_mark(text, block)
        if mark is not None:
            if open_at is not None:
                found.append((open_at, end, who))
            open_at = None
            if mark == "A":
                open_at, end, who = block.start, block.end, speaker(text, block) or "A"
        elif open_at is not None:
            if block.kind == "heading" or _ANY_LABEL.match(text, block.start, block.end):
                found.append((open_at, end, who))
                open_at = None
            else:
                end = block.end  # the answer goes on, for now
    if open_at is not None:  # the last answer: its own block only
        last = next(b for b in body if b.start == open_at)
        found.append((open_at, last.end, who))
    return found


def split(text: str, markdown: bool) -> list[Block]:
    """Blocks separated by blank lines; list items and Markdown headings are their own.
    In an interview (lines opening "Q: " and "A: "), each question and answer is a
    paragraph of its own without its mark."""
    blocks: list[Block] = []
    askers, answerers = speakers(text)
    marks = askers | answerers
    asked = False  # whether an interview's first question was seen
    para_start: int | None = None
    para_end = 0
    in_quote = False  # the lines so far are a Markdown blockquote's
    lettered: str | None = None  # the letter of the last line's lettered item ("a. ")
    letter: re.Match[str] | None = None

    def close() -> None:
        nonlocal para_start
        if para_start is not None:
            blocks.append(Block("paragraph", para_start, para_end))
        para_start = None

    pos = 0
    for line in text.splitlines(keepends=True):
        start, body = pos, line.rstrip("\n")
        pos += len(line)
        end = start + len(body)
        if not body.strip():
            close()
            in_quote = False
            continue
        quote = _MD_QUOTE.match(body) if markdown and ">" in body[:4] else None
        if quote:
            if not body[quote.end() :].strip():
                close()  # ">" alone: a blank line between the quote's paragraphs
                continue
            if not in_quote:
                close()  # a quote opens a paragraph of its own, as a blank line would
            in_quote = True
            start += quote.end()  # the quote's words start after its mark
            body = body[quote.end() :]
            if para_start is None:
                para_start = start + len(body) - len(body.lstrip())
            para_end = end
            continue
        if in_quote:
            close()  # the quote ends where its marks do
            in_quote = False
        heading = _MD_HEADING.match(body) if markdown else None
        item = _ITEM.match(body)
        if item is None and (letter := _LETTER_ITEM.match(body)) is not None:
            if letter.group(1) == "a" and _SECOND_LETTER.match(text, pos) is not None:
                item = letter  # "a. Ann Lee, the mayor." above "b. …"
            elif lettered is not None and letter.group(1) == chr(ord(lettered) + 1):
                item = letter
        lettered = letter.group(1) if item is not None and item is letter else None
        marked = _LABEL.match(body) if marks else None
        mark = marked.group("mark") if marked else None
        # a name marks answers once the questions began: a headline that quotes the same
        # person above them ("Wren: we will run the buses") keeps its words
        asked = asked or mark in askers
        if mark in askers or mark == "A" or (asked and mark in answerers):
            assert marked is not None
            close()
            para_start, para_end = start + marked.end(), end
        elif heading:
            close()
            blocks.append(Block("heading", start + heading.end(), end, len(heading.group(1))))
        elif markdown and _SETEXT.fullmatch(body) and para_start is not None:
            level = 1 if body.strip().startswith("=") else 2
            blocks.append(Block("heading", para_start, para_end, level))
            para_start = None
        elif item and len(body) > item.end():
            close()
            blocks.append(Block("item", start + item.end(), end))
        elif para_start is None:
            para_start, para_end = start + len(body) - len(body.lstrip()), end
        else:
            para_end = end
    close()
    return blocks


# An item under a lead-in is a fact of the list, whatever its shape: "- batch B12, best
# before 3 May 2027" is no photo caption, "- Tuesday 4 May" no dateline. (A byline or a
# credit stays what it is: "- By Ann Lee" under a list is the page's, not the list's.)
_LIST_FACTS = frozenset({"caption", "dateline"})
# a line that leads in the list under it: it ends in a colon ("The figures are:"), or it
# says the list follows ("The club confirmed the following figures.")
_LEADS_LIST = rx.compile(
    r"(?::|\bthe\s+following(?:\s+[\w’'-]+){0,6}\.|\bas\s+follows\.)[\"”’'*_)]*$", re.I
)


def leads_list(line: str) -> bool:
    """Whether a line leads in a list: "The recall covers these batches:", "The council
    published the following totals." (a list that comes after it is its facts)."""
    end = line.rstrip()[-80:]  # its end is enough
    if "follow" not in end.lower() and not end.rstrip("\"”’'*_)").endswith(":"):
        return False  # the cheap test first: most lines end in a full stop, without "follow"
    return _LEADS_LIST.search(end) is not None


# how a line ends when its sentence goes on in the next one: a comma, a word no phrase
# ends with ("…took bribes in 2019 and" / "lied to police", "…, according to"), or a
# verb of saying after a comma, whose speaker follows ("…, said" over "Tom Ray, the mayor")
_GOES_ON = rx.compile(
    r"(?:,|\b(?:and|or|but|nor|the|an?|of|than|its|their|his|her|our|whose|into|from|with"
    r"|to|by|at|in|on|for)|,\s+(?:said|says|told))$",
    re.I,
)
# the first sentence of a line, up to its stop
_FIRST_SENTENCE = rx.compile(r"[^.!?\n]{1,80}")
# a line that opens with a word in lower case ("on Monday, officials said."), not a
# name's ("iPhone sales fell")
_LOWER_START = rx.compile(r"[a-z][a-z]")


def _wrapped(first: str, text: str, after: Block) -> bool:
    """Whether a line that reads as a heading is the start of a sentence hard-wrapped onto
    the next line (plain text from e-mail or a PDF): it ends with a comma or a word no
    phrase ends with, or the next line opens in lower case or with who said what the line
    before says ("…, the water company" over "Envirotec said on Monday."): a paragraph
    never opens with an attribution alone."""
    if (
        _GOES_ON.search(first, max(0, len(first) - 10)) is not None
        or _LOWER_START.match(text, after.start) is not None
    ):
        return True
    said = _FIRST_SENTENCE.match(text, after.start, after.end)
    if said is None or said.end() == after.end or text[said.end()] != ".":
        return False  # an attribution's sentence ends in a full stop on the line
    from claimcheck.extract.atomize import is_bare_attribution

    return is_bare_attribution(said.group())


def _lines(text: str, block: Block) -> list[Block]:
    """A block cut at its line ends (for dropping chrome lines inside a paragraph)."""
    out = []
    pos = block.start
    for line in text[block.start : block.end].split("\n"):
        lead = len(line) - len(line.lstrip())
        if line.strip():
            out.append(Block(block.kind, pos + lead, pos + len(line.rstrip()), block.level))
        pos += len(line) + 1
    return out


# a full stop, ! or ? followed by a new sentence: two sentences are not a heading
_SENTENCE_BREAK = rx.compile(r"[a-z0-9%)][.!?][\"”’']?\s+[A-Z]")
# a quotation of whole sentences, then a dash: a pull quote signed by its speaker
_SIGNED_QUOTE = rx.compile(r"[\"“][^\"“”]+[.!?…][\"”]\s*[-–—]")


def looks_like_heading(line: str) -> bool:
    """A short line standing alone, without a sentence's final full stop."""
    if line.rstrip().rstrip("\"”’')»").endswith((".", ",", ";", ":")):
        return False  # the cheap test first: most lines are sentences
    if _SIGNED_QUOTE.match(line.lstrip("> \t")):
        return False  # '"We will win." - Ann Lee': a quotation and its speaker
    bare = strip_marks(line)
    if " born " in bare and LIFE_DATES.fullmatch(bare.strip()):
        return False  # "Ann Lee, librarian, born 1935; died 2026": an obituary's facts
    words = bare.split()
    if len(words) > 20 or len(bare) > 120:
        # '"We were never going to win by being polite": Jess Lowe on the club's first
        # promotion in 41 years': a headline that quotes its speaker runs longer, the
        # quotation then who said it and of what; each part is a headline's length
        quoted = _QUOTED_HEADLINE.match(bare)
        if quoted is None:
            return False
        said = bare[: quoted.end() - 1]
        return (
            len(said.split()) <= 20
            and len(words) - len(said.split()) <= 20
            and len(bare) <= 240
            and not _SENTENCE_BREAK.search(line)
        )
    return (
        bool(words)
        and not _SENTENCE_BREAK.search(line)
        and (bare[:1].isupper() or _QUOTED_HEADLINE.match(bare) is not None)
    )


# "Mathematics: 40.1% A or A*", "North East: 22% (2024: 25%)": a label of up to six words,
# a colon, and a value with a figure in it
_LABEL_VALUE = rx.compile(r"(?P<label>[A-Z][^:;.!?\d]{0,60}?(?:\s\d+)?):\s+(?P<value>\S[^\n]*)")
# labels of a page's furniture, not of a figure: "Updated: 3 May 2025", "Photo: …"
_FURNITURE_LABELS = frozenset(
    {"updated", "published", "posted", "date", "time", "modified", "filed", "last", "first"}
    | {"photo", "photograph", "image", "picture", "credit", "source", "sources", "read"}
    | {"reading", "listen", "watch", "video", "copyright", "tel", "phone", "telephone"}
    | {"email", "fax", "call", "contact", "ref", "reference", "isbn", "issn", "doi", "page"}
    | {"pages", "vol", "volume", "edition", "episode", "season", "chapter", "part", "step"}
    | {"day", "week", "round", "stage", "lap", "game", "match", "update", "live"}
)
_FIGURE = rx.compile(r"\d")
MAX_LABEL_WORDS = 6


# Under a lead-in, between other rows, a label may be longer and hold a figure of its
# own ("Patients waiting over 18 weeks: 31,400"): the lines' shape says they are a table.
_ROW_LABEL = rx.compile(r"(?P<label>[A-Z][^:;.!?\n]{0,80}):\s+(?P<value>\S[^\n]*)")
_ROW_LABEL_WORDS = 10


_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A figure a line states with nothing to show what it counts: an amount of money ("£14",
# "$3.5bn"), a share ("40%"), a quantity in a unit ("3.8 tonnes", "15 years"), a day
# with its year ("4 May 2026"); a bare number or a bare year is none ("Volunteers: 31")
_STATED_FIGURE = rx.compile(
    r"[£$€¥₹]\s?\d"
    r"|\d(?:[\d,.]*\d)?\s?(?:%|per\s?cent\b|percent\b|(?:k|m|bn|tn|million|billion)\b"
    r"|(?:tonnes?|tons?|kg|kilo(?:gram)?s?|grams?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?"
    r"|cm|mm|feet|ft|inch(?:es)?|lit(?:re|er)s?|gallons?|hectares?|acres?|mph|km/h|knots"
    r"|degrees|°[CF]?|[kmg]w|[kmgt]wh|years?|months?|weeks?|days?|hours?|minutes?"
    r"|seconds?)(?![\w-]))"  # not a compound's word: "a 30-year-old man", "a 5-mile walk"
    # a time of day: "12pm", "9.30pm", "10:00-17:00" (when a place opens, a train leaves)
    r"|\b(?:1[0-2]|0?\d)(?:[:.][0-5]\d)?\s?(?i:[ap]\.?m\b\.?)"
    r"|\b(?:[01]?\d|2[0-3])[:.][0-5]\d\s?[-–]\s?(?:[01]?\d|2[0-3])[:.][0-5]\d\b"
    r"|\b\d{1,2}\s+" + _MONTH_NAME + r",?\s+\d{4}\b|\b" + _MONTH_NAME + r"\s+\d{1,2},?\s+\d{4}\b"
)


def states_figure(line: str) -> bool:
    """Whether a line without a verb states a figure: money, a share, a quantity in a unit,
    a dated day ("Tickets £14, concessions £10."). Checkable: a claim, not a fragment."""
    return _STATED_FIGURE.search(line) is not None


# "Replacements: Ann Lee, Tom Roe, …": a short label, a colon, then the names it gives
_NAMES_LABEL = rx.compile(r"(?P<label>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}):\s+(?P<names>\S[^:;\n]*)")
_LISTED_NAME = rx.compile(
    r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|da|del|bin|le|la)){1,3}"
    r"(?:\s+\([^()\n]{1,20}\))?"  # "Ann Lee (capt)"
)
_NAMES_SEP = rx.compile(r",\s+(?:and\s+)?|\s+and\s+")
# labels of a page's or a message's furniture over names: "Tags: …", "Additional
# reporting: …", "To: …"
_NAMES_FURNITURE = frozenset(
    {"tags", "topics", "categories", "related", "share", "keywords", "see", "more", "also"}
    | {"reporting", "contributors", "authors", "writers", "editors", "to", "from", "cc", "bcc"}
)
MIN_LISTED_NAMES = 3


def lists_names(line: str) -> bool:
    """Whether a line without a verb is a label over a list of people's names, three or
    more of two to four capitalised words each ("Replacements: Ann Lee, Tom Roe, Sam Fox,
    Joe Hart."): a team's bench, a jury, a shortlist, as checkable as the sentence that
    names them (a claim, not a fragment); a page's tags or credits are no such list."""
    m = _NAMES_LABEL.fullmatch(line.strip().rstrip("."))
    if m is None or _NAMES_FURNITURE & {w.casefold() for w in m.group("label").split()}:
        return False
    names = _NAMES_SEP.split(m.group("names").strip())
    return len(names) >= MIN_LISTED_NAMES and all(_LISTED_NAME.fullmatch(n) for n in names)


# "Goals: Okafor 58, 71, Achterberg 88 pen": a match report's label over who did it and
# in which minute (stoppage time "90+2", a penalty or own goal marked); a later minute of
# the same player stands alone
_TIMED_NAME = rx.compile(
    r"(?:(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+)?\d{1,3}(?:\+\d{1,2})?"
    r"(?:\s*\(?(?:pen|og|p)\)?)?"
)
# what reads as a name before a number but is a date ("Sunday 15", "May 3")
_DATE_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun"}
    | {"jul", "aug", "sep", "sept", "oct", "nov", "dec", "page", "section", "part"}
)


def lists_timed_names(line: str) -> bool:
    """Whether a line without a verb is a label over names with the minutes of what they
    did ("Goals: Okafor 58, 71, Achterberg 88."): a match report's scorers or cards, as
    checkable as "Booked: Coles, Fox." (whose "booked" reads as a verb): a claim, never a
    fragment. A date ("Sunday 15") is no name."""
    m = _NAMES_LABEL.fullmatch(line.strip().rstrip("."))
    if m is None or _NAMES_FURNITURE & {w.casefold() for w in m.group("label").split()}:
        return False
    if _FURNITURE_LABELS & {w.casefold() for w in m.group("label").split()}:
        return False
    found = [_TIMED_NAME.fullmatch(n) for n in _NAMES_SEP.split(m.group("names").strip())]
    if not found or any(f is None for f in found) or found[0] is None or not found[0]["name"]:
        return False
    named = [f["name"] for f in found if f is not None and f["name"]]
    return not any(w.casefold() in _DATE_WORDS for n in named for w in n.split())


def is_label_value(line: str, under_lead_in: bool = False) -> bool:
    """Whether a line is a row of a table written as text, "Label: value" with a figure in
    the value ("Physics: 33.0%, unchanged"): a statement about the label, not a heading
    (a heading's colon is followed by words: "Exam results: top grades fall again"), nor
    a page's furniture ("Updated: 3 May")."""
    pattern, most = (
        (_ROW_LABEL, _ROW_LABEL_WORDS) if under_lead_in else (_LABEL_VALUE, MAX_LABEL_WORDS)
    )
    m = pattern.fullmatch(line.strip())
    if m is None or not _FIGURE.search(m.group("value")):
        return False
    label = m.group("label").split()
    return len(label) <= most and label[0].casefold() not in _FURNITURE_LABELS


# A figure as a table's cell writes it: a sign (plus, minus sign, dash, hyphen), a
# currency, digits, a unit ("+1.2", "£512,000", "£1.2bn", "(3.1%)", "12pts")
_CELL = rx.compile(r"\(?[+\N{MINUS SIGN}–-]?[£$€¥₹]?\d[\d,.]*(?:%|pp|pts?|bn|[kmbpx])?\)?")
MIN_CELLS = 2  # one figure after words is a name ("Apollo 11", "Budget 2025"), not a row


def is_figure_row(line: str) -> bool:
    """Whether a line is a row of a table written without colons: up to ten words, then
    two figures or more ("Leeds +1.2% £210,000"); or only figures. A row of data, never a
    heading (a heading over the claims after it would be the last row's figures)."""
    cells = line.split()
    if len(cells) > _ROW_LABEL_WORDS + 6 or not cells or _CELL.fullmatch(cells[-1]) is None:
        return False  # the cheap test first: most lines end in a word
    figures = 0
    for cell in reversed(cells):
        if _CELL.fullmatch(cell) is None:
            break
        figures += 1
    return figures >= MIN_CELLS and len(cells) - figures <= _ROW_LABEL_WORDS


def is_row(line: str, under_lead_in: bool = False) -> bool:
    """A row of a table written as text: "Label: value" (is_label_value) or a name and
    its figures (is_figure_row)."""
    return is_label_value(line, under_lead_in) or is_figure_row(line)


# A row of a table drawn with pipes (Markdown's, or plain text's): "| Revenue | £612m |
# £588m |", two cells or more; and the line under its header row, dashes between pipes
# ("|---|:---:|")
_PIPE_ROW = rx.compile(r"[ \t]*\|?(?:[^|\n]*\|){2,}[^|\n]*")
_PIPE_RULE = rx.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?")


def is_pipe_row(line: str) -> bool:
    """Whether a line is a table's row drawn with pipes, its outer pipes or not ("Gross
    margin | 31.0% | 34.5%")."""
    return "|" in line and _PIPE_ROW.fullmatch(line) is not None


def pipe_rows(text: str, lines: list[Block]) -> list[Block] | None:
    """A block's lines when they are a table drawn with pipes, its header row over a rule
    of dashes ("| | 2025 | 2024 |" over "|---|---|---|"), each data row an item without its
    outer pipes: a row of figures, a statement about its first cell, never a heading (the
    last row would head every claim after the table). The header row names the columns
    (Cleaned.heads), unless a cell of it ends as a sentence does: then it is the first row.
    The rule is the table's furniture. None when the lines are no such table."""
    if len(lines) < 3:
        return None
    bodies = [text[b.start : b.end] for b in lines]
    if not (_PIPE_ROW.fullmatch(bodies[0]) and _PIPE_RULE.fullmatch(bodies[1])):
        return None
    if not all(_PIPE_ROW.fullmatch(body) for body in bodies[2:]):
        return None
    rows = []
    stated = any(_SENTENCE_CELL.search(cell) for cell in pipe_cells(bodies[0]))
    if stated:  # "| The mayor took bribes in 2019. |": a statement, no column's name: a row
        lines, bodies = [lines[0], *lines[2:]], [bodies[0], *bodies[2:]]
    else:
        lines, bodies = lines[2:], bodies[2:]
    for line, body in zip(lines, bodies, strict=True):
        inner = body.strip()
        lead = body.index(inner) + (inner[:1] == "|")
        trail = len(inner.rstrip("|").rstrip()) + body.index(inner)
        start = line.start + lead + len(body[lead:]) - len(body[lead:].lstrip())
        rows.append(Block("item", start, line.start + trail))
    return rows


# a cell that ends as a sentence does, after a few words: no head of a column
_SENTENCE_CELL = rx.compile(r"\S+\s+\S+\s+\S+.*[.!?][\"”’]?$")


def pipe_cells(row: str) -> list[str]:
    """The cells of a row drawn with pipes, its outer pipes or not ("| Curlew | 212 |" ->
    ["Curlew", "212"])."""
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [cell.strip() for cell in inner.split("|")]


def headed_row(row: str, heads: tuple[str, ...]) -> str:
    """A table's row said with its columns' heads, as an HTML table's row is read
    (ingest._rows): its first cell, then each other cell after the head of its column
    ("Curlew | 212 | 163" under "Species | 2021 | 2025" -> "Curlew: 2021 212, 2025 163"),
    so which figure is which stays in the claim. A cell under no head stands alone; the
    row as written when it has one cell. Ended with a stop, as a claim is, unless its
    last cell ends with one."""
    cells = pipe_cells(row)
    named = [
        headed_cell(heads[k] if k < len(heads) else "", cell)
        for k, cell in enumerate(cells)
        if cell and k > 0
    ]
    said = (
        row.strip()
        if not named
        else f"{cells[0]}: {', '.join(named)}"
        if cells[0]
        else ", ".join(named)
    )
    return said if _STOPPED.search(said) else f"{said}."


def headed_cell(head: str, cell: str) -> str:
    """A table's cell said with its column's head ("2021 212", "Vaccinated yes") when it
    is a value of a word or two; a phrase that says something itself stands alone ("took
    bribes in 2019": "Fact took bribes" would be garble). Markdown and HTML tables alike."""
    return f"{head} {cell}" if head and _VALUE.fullmatch(cell) else cell


_VALUE = rx.compile(r"\S+(?:\s+\S+)?")
# the stop a row's last cell may end with, inside a closing quotation mark or not: the
# claim ends there, with no second stop
_STOPPED = rx.compile(r"[.!?][\"”’)]?$")


def _table_under(text: str, lines: list[Block]) -> bool:
    """Whether a block's lines are a lead-in ("The figures for the trust were:") and, each
    on a line of its own under it, two or more rows of a table ("Cancelled operations:
    212"): rows to keep apart, not words to join into one paragraph."""
    return (
        len(lines) >= 3
        and text[lines[0].start : lines[0].end].rstrip().endswith(":")
        and all(is_row(text[b.start : b.end], under_lead_in=True) for b in lines[1:])
    )


# A line of a list written without bullets: a name or a phrase ("Argyll and Bute", "the
# Western Isles"), short, ending as an item may (nothing, ";") and not where a sentence
# wrapped onto the next line would (",", "and", "the", a full stop)
_LIST_LINE_WORDS = 8
_OPEN_END = rx.compile(
    r"(?:[.,:(\[\-–—]|\b(?:and|or|but|nor|the|a|an|of|to|in|on|at|for|with|by|from|as|that"
    r"|which|who|is|are|was|were|be|has|have|had))[\"”’'*_)]*$",
    re.I,
)


def _phrase_lines(text: str, lines: list[Block]) -> bool:
    """Whether a block's lines, under a line that leads in a list ("Areas covered
    include:"), are that list's items written one a line without bullets: two or more,
    each a short phrase that does not run on into the next (a hard-wrapped sentence's
    lines are long, or end in a comma or a word no phrase ends with). Items to keep apart,
    not a heading over words joined into one fragment."""
    if len(lines) < 2:
        return False
    for line in lines:
        body = text[line.start : line.end].rstrip()
        if len(body.split()) > _LIST_LINE_WORDS or _OPEN_END.search(body[-12:]):
            return False
    return True


_LINE_ENDS = rx.compile(r"[.!?][\"”’')]*$")


def _sentence_lines(text: str, lines: list[Block]) -> bool:
    """Whether a block's two or more lines, under a lead-in ("The dates are:"), are its
    items without bullets, written as sentences or names: each opens with a capital or a
    figure and is one sentence, and either every line ends a sentence or none does
    ("Monday 4 May"). The lines of a hard-wrapped paragraph break mid-sentence, so they
    never all do, nor all not."""
    if len(lines) < 2:
        return False
    said = [text[b.start : b.end].strip() for b in lines]
    ended = [_LINE_ENDS.search(line) is not None for line in said]
    return (
        (all(ended) or not any(ended))
        and all(line[:1].isupper() or line[:1].isdigit() for line in said)
        and all(_one_sentence(line) for line in said)
        and (all(ended) or all(looks_like_heading(line) for line in said))
    )


# the parts of a series ("Leeds, York and Hull"): cut at its commas and its last "and"
_SERIES_CUT = rx.compile(r"\s*[,;]\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_SERIES_PART_WORDS = 5


def _series_line(text: str, lines: list[Block]) -> bool:
    """Whether a block of one line under a lead-in ("The towns covered include:") is its
    list written as one series: three or more short parts between commas and a last "and"
    ("Leeds, York, Hull and Bradford."), and no verb that can only be a verb. Its items,
    which say nothing without the lead-in; a sentence under a colon is one of its own."""
    if len(lines) != 1:
        return False
    body = text[lines[0].start : lines[0].end].strip().rstrip(".;")
    if body.count(",") < 1 or len(body) > 300:
        return False
    parts = _SERIES_CUT.split(body)
    if len(parts) < 3 or any(not part or len(part.split()) > _SERIES_PART_WORDS for part in parts):
        return False
    from claimcheck.extract.atomize import has_sure_verb

    return not has_sure_verb(body)


def _list_lines(text: str, lines: list[Block]) -> bool:
    """Whether a block's lines under a lead-in are its items written one a line without
    bullets: short phrases, or sentences one a line; or one line that is a series."""
    return _phrase_lines(text, lines) or _sentence_lines(text, lines) or _series_line(text, lines)


# '"I paint what I fear": Ada Ruiz on her new show': a headline that opens with a
# quotation, then says whose it is (a line that is only a quotation is a pull quote)
# (never '“We will fight on,” she said': a quotation closed by a comma has its speech tag)
_QUOTED_HEADLINE = rx.compile(r"[\"“‘']\s*[A-Z][^\"“”]*[^,\"“”\s][\"”’']:?\s+(?:[–—-]\s+)?\w")


def _cut_off(text: str, line: Block, body: str) -> bool:
    """Whether a line without a full stop is the article's last, cut off mid-sentence (an
    excerpt), rather than a heading: nothing comes after it, and it has six words or more
    and a word that can only be a verb ("The alliance was called the Union, which inc")."""
    from claimcheck.extract.atomize import has_sure_verb

    last = _BLANK_TO_END.match(text, line.end) is not None  # no copy of the rest of the text
    return last and len(body.split()) >= 6 and has_sure_verb(body)


_BLANK_TO_END = rx.compile(r"\s*\Z")


_STANDFIRST_WORDS = 6


# a line that asks, with or without its question mark ("What are their goals"): a
# heading over the answer, not a statement
_ASKS = rx.compile(
    r"[\W_]*(?:what|why|how|who|whom|whose|when|where|which|is|are|was|were|do|does|did"
    r"|can|could|should|would|will|shall)\b",
    re.I,
)


# a line in italics and nothing else: one "*" or "_" on each side ("**Bold**" is a
# heading's mark, and not this)
_ITALIC_LINE = rx.compile(r"\*[^*\s](?:[^*\n]*[^*\s])?\*|_[^_\s](?:[^_\n]*[^_\s])?_")


def _label_over(text: str, lines: list[Block]) -> bool:
    """Whether a block of short lines is a label ("Key points", "At a glance") and, one a
    line under it, two or more statements ("Turnout was 38%", "The Green candidate
    concedes"): a list without bullets, not a heading over headings. The label states
    nothing (no word that can only be a verb); each line under it does, and asks nothing."""
    from claimcheck.extract.atomize import has_sure_verb

    if len(lines) < 3 or has_sure_verb(text[lines[0].start : lines[0].end]):
        return False
    for line in lines[1:]:
        body = text[line.start : line.end]
        if "?" in body or _ASKS.match(body) or not has_sure_verb(body):
            return False
    return True


# when the page was published or changed, at the head of a line: a time stamp, which
# "Published" and "Updated" make look like a statement
_STAMP = rx.compile(r"[\W_]*(?:(?:first\s+|last\s+)?(?:published|updated|posted|filed))\b", re.I)


def _standfirst(line: Block, body: str) -> bool:
    """Whether a plain line without a full stop (no Markdown or HTML heading) states
    something rather than heads a section: the standfirst under the headline ("Union says
    walkout will go ahead unless offer improves"), a key point over a live blog ("Labour's
    candidate leads after first preferences"), a subhead that is a sentence. Six words or
    more, a word that can only be a verb, and no question. Read as a section heading, it
    would head every claim after it and be checked by no one."""
    from claimcheck.extract.atomize import has_sure_verb

    long_enough = len(body.split()) >= _STANDFIRST_WORDS
    asks = "?" in body or _ASKS.match(body) is not None
    stamp = _STAMP.match(body) is not None  # "Published 3 May 2026, 19:05 | Updated …"
    return (
        line.kind == "paragraph" and long_enough and not asks and not stamp and has_sure_verb(body)
    )


_HEADLINE_WORDS = 3
# under a masthead or a section's label of two or three words ("Thornbury Gazette",
# "Tech | Business"), the headline is longer: a title of a few words may have a subtitle
_UNDER_MASTHEAD_WORDS = 6
_MASTHEAD_WORDS = 3
# a masthead or a section's label: capitalised words, maybe joined by a sign ("Tech |
# Business", "Arts & Culture"), no figure
_MASTHEAD = rx.compile(r"[A-Z][^\W\d_]*(?:[’'-][^\W\d_]+)?(?:\s*[|&/]?\s+[A-Z][^\W\d_]*){0,2}")
# a headline of two short sentences under a masthead ("We keep promising to build
# homes. Then we vote against them."): six to sixteen words on one line
_SENTENCE_HEADLINE = (6, 16)


def _masthead(title: str) -> bool:
    """Whether the first heading-like line at the top may be a kicker, a masthead or a
    section's label over the headline rather than the headline: one to three capitalised
    words, no figure."""
    return len(title.split()) <= _MASTHEAD_WORDS and _MASTHEAD.fullmatch(title) is not None


def _headline_under(kicker: Block, line: Block, body: str, text: str) -> bool:
    """Whether a line right under a kicker, a masthead or a section's label at the top
    is the headline ("World", then "Both sides claim heavy losses"; "Thornbury Gazette",
    then "Greens take control of the council for the first time"): three words or more
    under one word, six or more under two or three (and then no question: a subtitle
    that asks), and no Markdown heading of a lower level than the label's (a section
    under a one-word title)."""
    under = bool(kicker.level and line.level > kicker.level)
    words = len(body.split())
    if len(text[kicker.start : kicker.end].split()) == 1:
        return not under and words >= _HEADLINE_WORDS
    asks = "?" in body or _ASKS.match(body) is not None
    return not under and not asks and words >= _UNDER_MASTHEAD_WORDS


def _sentence_headline(line: Block, body: str) -> bool:
    """Whether a paragraph right under a kicker or a masthead is a headline of two short
    sentences ("Opinion", then "We keep promising to build homes. Then we vote against
    them."): one line, six to sixteen words, two sentences. One sentence there is the
    story's first ("Updated rules came into force on Monday."): a claim."""
    low, high = _SENTENCE_HEADLINE
    return (
        line.kind == "paragraph"
        and "\n" not in body.strip()
        and low <= len(body.split()) <= high
        and len(_SENTENCE_BREAK.findall(body)) == 1
    )


def _kicker_kept(text: str, kept: list[Block]) -> bool:
    """Whether all that was kept before the headline (the title known, from the page's
    metadata) is one heading of a few words: its kicker ("World", "Local politics"), the
    page's section, never a section over the article's claims."""
    return (
        len(kept) == 1
        and kept[0].kind == "heading"
        and len(text[kept[0].start : kept[0].end].split()) <= _KICKER_WORDS
    )


_KICKER_WORDS = 4  # a kicker is a label of a word or a few ("Local politics")


def _is_sentence(line: str) -> bool:
    """A full sentence (eight words or more, ending in a full stop), not a heading."""
    bare = line.strip().rstrip("*_ ")
    return len(bare.split()) >= 8 and bare.rstrip("\"”’')").endswith(".")


def _long(text: str, block: Block) -> bool:
    """A paragraph of the article proper (a headline comes before any of these)."""
    body = text[block.start : block.end]
    return block.kind != "heading" and (len(body.split()) >= 25 or not _one_sentence(body))


def _one_sentence(text: str) -> bool:
    return len(text.split()) <= 30 and not _SENTENCE_BREAK.search(text.rstrip())


@dataclass
class Cleaned:
    blocks: list[Block]
    title: str | None
    dropped: dict[str, int]
    # what was dropped, where, and why ("chrome", "repeat", "heading")
    left_out: list[tuple[Block, str]] = field(default_factory=list)
    author: str | None = None  # from a byline
    published: date | None = None  # from a dateline
    # where each box's heading starts ("Key numbers" over its items): a section of its
    # items only
    boxes: frozenset[int] = frozenset()
    # where each row of a table drawn with pipes starts, and its header row's cells (the
    # heads of its columns): "Curlew | 212" under "Species | 2021" is Curlew's 2021 figure
    heads: dict[int, tuple[str, ...]] = field(default_factory=dict)


# A block of Markdown that a reader of the page never sees: an HTML comment, an element
# the `hidden` attribute or a display:none / visibility:hidden style hides, a Markdown
# comment (`[//]: # (...)`, `[comment]: <> (...)`) or any link reference definition
# (`[label]: https://... "title"`, an address, a path or an anchor), which only lends its
# address to a link elsewhere
_UNSHOWN = rx.compile(
    r"<!--.*?-->"
    # the tag's attributes read once, atomic: never tried again from each of its spaces
    # when no ">" or no closing tag follows (a run of " hidden" was quadratic)
    r"|<([a-z][a-z0-9]*)\b(?=[^>]*>)(?>[^>]*?\s(?:hidden\b|style\s*=\s*[\"'][^\"']*?"
    r"(?:display\s*:\s*none|visibility\s*:\s*hidden))[^>]*>).*?</\1\s*>"
    r"|\[[^\]\n]{1,200}\]:[ \t]*(?:<[^>\n]*>|(?:https?://|www\.|mailto:|\.{0,2}/|#)\S*)"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?",
    re.I | re.S,
)


def unshown(block: str) -> bool:
    """Whether a whole block is markup a reader never sees (_UNSHOWN), one or more of it."""
    at, end = 0, len(block.rstrip())
    while at < end:
        found = _UNSHOWN.match(block, at)
        if found is None or found.end() == at:
            return False
        at = found.end()
        while at < end and block[at].isspace():
            at += 1
    return True


def clean(text: str, blocks: list[Block], title: str | None = None) -> Cleaned:
    """Drop chrome, bylines, emoji-only lines, repeats and the footer; find the title.

    `title`, when known (from HTML metadata or --title), is dropped where the text repeats
    it; otherwise the first heading-like line before any paragraph becomes the title.
    """
    dropped = {"chrome": 0, "repeated": 0, "footer": 0, "title": 0}
    left: list[tuple[Block, str]] = []
    seen: set[str] = set()
    if title:
        seen.add(key(title))
    kept: list[Block] = []
    # how many kept blocks are not headings, and how many are the article proper (_long):
    # counted as they come and go, not recounted over every block kept before each line
    bodies = longs = 0
    table: Block | None = None  # the block whose lines were made rows of a table (items)
    found_title = title
    # the title found, while it may be a kicker above the headline, and how many blocks
    # were kept before it (a headline comes right under its kicker)
    kicker: tuple[Block, int] | None = None
    author: str | None = None
    published: date | None = None
    byline = False  # the line before was a byline: a job title may follow
    listing = False  # the block kept last was a lead-in ("… are:") or an item under one
    opened = False  # a paragraph was kept: the story has begun
    headed = False  # the headline was read (left out as the title): a standfirst may follow
    # where the first statement after the last "Most read" heading starts (_next_statement):
    # each heading after it and before that statement has the same one, found once
    statement_at = -1
    heads: dict[int, tuple[str, ...]] = {}  # each table row's column heads (Cleaned.heads)
    links_from = _trailing_links(text)  # where the links that end the page start
    for block in blocks:
        if text[block.start] in "<[" and unshown(text[block.start : block.end]):
            dropped["chrome"] += 1
            left.append((block, "chrome"))
            continue
        lines = _lines(text, block) if "\n" in text[block.start : block.end] else [block]
        rows = pipe_rows(text, lines) if "|" in text[block.start : block.start + 200] else None
        if rows is not None:
            # a table's header row: the heads of its columns, which each row's claim says
            # (left out as a heading, as the headings over an article's sections are); the
            # rule under it: furniture; each row after them: an item
            dropped["chrome"] += 1
            columns: tuple[str, ...] = ()
            if rows[0].start > lines[1].start:  # the header row names the columns
                left.append((lines[0], "heading"))
                columns = tuple(pipe_cells(text[lines[0].start : lines[0].end]))
            left.append((lines[1], "chrome"))
            for row in rows:
                heads[row.start] = columns
                kept.append(row)
                bodies += 1
                longs += _long(text, row)
            continue
        # the lines of a list under a lead-in, in the block before or on the block's first
        # line ("Areas covered include:"): items, a list's facts whatever their shape
        led = 0 if listing else 1 if leads_list(text[lines[0].start : lines[0].end]) else None
        listed = block.kind == "paragraph" and led is not None and _list_lines(text, lines[led:])
        if listed:
            lines = [*lines[:led], *(Block("item", b.start, b.end) for b in lines[led:])]
        content = []
        # the lines right under a time of day on its own line: on a live page, the
        # headline of the entry posted then, which heads it ("15:31" over "Lorry blown over
        # on the bridge"), a section even when it reads as a statement
        stamped: set[int] = set()
        links = False  # a line of the block said links follow ("Read more")
        captioned = False  # the line before was only a caption's label: this is its caption
        for n, line in enumerate(lines):
            body = text[line.start : line.end]
            was_byline, byline = byline, False
            was_captioned, captioned = captioned, False
            while body[:1].isalpha() and (cut := _label_cut(body)) is not None:
                # "Image source, Reuters. The mayor …": the label is left out, and the
                # article's text after it stays (a caption is no paragraph of sentences)
                dropped["chrome"] += 1
                left.append((Block(line.kind, line.start, line.start + cut[0]), "caption"))
                line = Block(line.kind, line.start + cut[1], line.end, line.level)
                body = text[line.start : line.end]
            if was_byline and (
                _JOB.fullmatch(strip_marks(body).strip())
                or _JOIN_JOB.fullmatch(strip_marks(body).strip())
                or _HANDLE.fullmatch(body.strip())
            ):
                dropped["chrome"] += 1
                left.append((line, "byline"))  # "Education Editor", "@annlee" under the name
                byline = True
            elif (
                n + 1 < len(lines)
                and is_name_line(body)
                and _TITLE_LINE.fullmatch(strip_marks(text[lines[n + 1].start : lines[n + 1].end]))
            ):
                # "Ann Lee" over "Health Editor" or "Wine correspondent": who wrote it,
                # without a "By" (not a photo's credit under its caption)
                dropped["chrome"] += 1
                left.append((line, "byline"))
                byline = True
                author = author or strip_marks(body)
            elif (
                (found_title is not None or title is not None)
                and line.start < TOP * len(text)
                and len(body) <= 80
                and (bare_byline := _BARE_BYLINE.fullmatch(strip_marks(body).strip()))
            ):
                # "Court reporter", "Ann Lee, Technology reporter" under the headline: who
                # wrote it, never a section over the article
                dropped["chrome"] += 1
                left.append((line, "byline"))
                byline = True
                author = author or byline_author(body) or bare_byline.group("name")
            elif (
                (found_title is not None or title is not None)
                and line.start < TOP * len(text)
                and len(body) <= 80
                and (editorial := _EDITORIAL_LINE.fullmatch(strip_marks(body).strip()))
            ):
                # "The Gazette's editorial board", "Our view" under the headline: who
                # speaks in the article, or what it is; never a section over it
                dropped["chrome"] += 1
                left.append((line, "byline" if editorial.group("board") else "heading"))
                byline = editorial.group("board") is not None
            elif (was_captioned and _reads_as_caption(body)) or _caption_mark(body):
                # "Image caption," on its line, then the caption: both a photo's (the line
                # under the label is a caption only when it reads as one: one sentence,
                # short; a paragraph of sentences is the article's)
                captioned = not was_captioned  # a label: its caption is on the next line
                dropped["chrome"] += 1
                left.append((line, "caption"))
            elif not has_words(body):
                dropped["chrome"] += 1
                left.append((line, "chrome"))
            elif (why := metadata(body)) and not (
                (listed or (listing and line.kind == "item")) and why in _LIST_FACTS
            ):
                if (
                    why in ("caption", "credit")
                    and (
                        cut := _credit_cut(
                            body,
                            was_captioned
                            or _pictured(text, left, line)
                            or _CAPTION_LABEL.match(body) is not None,
                        )
                    )
                    is not None
                ):
                    # sentences, then a credit: the article's text and a photo's credit
                    # (a caption is one short sentence); only the credit is left out
                    if cut[1] < len(body):
                        dropped["chrome"] += 1
                        left.append((Block(line.kind, line.start + cut[1], line.end), "credit"))
                    content.append(Block(line.kind, line.start, line.start + cut[0], line.level))
                    continue
                dropped["chrome"] += 1
                left.append((line, why))
                if why == "dateline" and n + 1 < len(lines) and _CLOCK.fullmatch(body.strip()):
                    stamped.add(lines[n + 1].start)  # "15:31" over a live entry's headline
                byline = why == "byline"
                author = author or byline_author(body)
                if why == "dateline" and published is None:
                    published = dateline_date(body) or filed_date(body)
                elif why == "byline" and published is None:
                    published = byline_date(body) or dateline_date(body)
            elif (
                headed
                and bodies <= 1
                and block.kind != "heading"  # "## Ann Lee": marked as a heading
                and line.start < TOP * len(text)
                and (names := _NAMES_LINE.fullmatch(body.strip())) is not None
                and not _no_name(body)
                and (
                    names.group("more") is not None  # two people or more
                    or (n + 1 < len(lines) and _dated_or_placed(text, lines[n + 1]))
                    # a person's name right under the headline (not a section's words,
                    # "Winter Timetable"; nor a credit under a caption), never met again
                    or (
                        n + 1 == len(lines)
                        and bodies == 0
                        and _person_like(names.group("name"))
                        and _unmentioned(text, line.end, names.group("name"))
                    )
                )
            ):
                # "Ann Lee and Tom Roe", or "Ann Lee" over the date, under the headline
                # (and its standfirst), before the story: who wrote it, without a "By";
                # as a heading, it would name the section of every claim under it
                dropped["chrome"] += 1
                left.append((line, "byline"))
                byline = True
                author = author or names.group("name")
            elif was_byline and n > 0 and _PLACES_LINE.fullmatch(strip_marks(body)):
                # "Singapore and London" under the writers' names: where they filed from
                dropped["chrome"] += 1
                left.append((line, "dateline"))
            elif (
                opened
                and n + 1 == len(lines)
                and len(body) <= _LINKS_HEAD
                and body.rstrip()[-1:] not in ".,;"
                and line.end <= links_from < len(text)
                and not text[line.end : links_from].strip()
            ):
                # "More fact checks" over links only, to the page's end: the site's list of
                # its other pages, whatever its heading says
                dropped["footer"] += 1
                left.append((Block("paragraph", line.start, len(text)), "chrome"))
                return _finished(
                    text, Cleaned(kept, found_title, dropped, left, author, published, heads=heads)
                )
            elif (
                is_chrome(body)
                or (links and (looks_like_heading(body) or _LINK_ONLY.fullmatch(body) is not None))
                or (":" in body[:80] and _chrome_opening(body) is not None)
            ):
                # (a chrome phrase and its colon before a statement the whole line's
                # words hide: "Subscribe: the depot shut, the union said.")
                if (opening := _chrome_sentence(body) or _chrome_opening(body)) is not None:
                    # "Sign up for our newsletter. The council …": the page's sentence is
                    # left out, and the article's after it are read as a line of their own
                    dropped["chrome"] += 1
                    left.append((Block(line.kind, line.start, line.start + opening[0]), "chrome"))
                    lines.insert(
                        n + 1, Block(line.kind, line.start + opening[1], line.end, line.level)
                    )
                    continue
                # under "Read more" or "Most read", the titles of other pages: links
                over = strip_marks(body).casefold().rstrip(":")
                links = links or over in _LINKS_OVER or bool(_LINKS_HEADING.fullmatch(over))
                if (
                    n == 0
                    and line.start >= FOOTER_AFTER * len(text)
                    and _MOST_READ.fullmatch(strip_marks(body)) is not None
                    and (statement_at := _statement_after(text, line.end, statement_at))
                    >= len(text)
                ):
                    # "Most read" after the story, over titles only: the page's footer from
                    # here on (with a statement under it, the heading alone is left out)
                    dropped["footer"] += 1
                    left.append((Block("paragraph", line.start, len(text)), "chrome"))
                    return _finished(
                        text,
                        Cleaned(kept, found_title, dropped, left, author, published, heads=heads),
                    )
                dropped["chrome"] += 1
                left.append((line, "chrome"))
            elif (
                is_name_line(body)
                and kept
                and kept[-1].kind == "paragraph"
                and line.start < TOP * len(text)
                and _one_sentence(text[kept[-1].start : kept[-1].end])
            ):
                if headed and _standfirst(kept[-1], text[kept[-1].start : kept[-1].end]):
                    # under the headline, a statement with a verb, then only a name: the
                    # standfirst and its writer's byline, the page's usual order (a name
                    # alone is no evidence of a photo there); the standfirst is a claim
                    dropped["chrome"] += 1
                    left.append((line, "byline"))
                    byline = True
                    author = author or strip_marks(body)
                    continue
                # a short sentence above the headline area, then only a name: a photo
                # caption and its credit
                caption = kept.pop()
                bodies -= 1  # a paragraph, as the test above says
                longs -= _long(text, caption)
                left.append((caption, "caption"))
                left.append((line, "credit"))
                dropped["chrome"] += 2
            else:
                content.append(line)
        # Short lines that survive (a tag line under a byline) stand alone; otherwise the
        # lines are one hard-wrapped paragraph, maybe under a headline on its own line.
        alone = all(looks_like_heading(text[b.start : b.end]) for b in content)
        if _table_under(text, content):
            content = [content[0], *(Block("item", b.start, b.end) for b in content[1:])]
        elif alone and _label_over(text, content):
            # "Key points" over its statements, one a line: the list's label, which heads
            # nothing after the list (a section, it would head every claim of the page)
            dropped["chrome"] += 1
            left.append((content[0], "heading"))
            content = [Block("item", b.start, b.end) for b in content[1:]]
        elif len(content) > 1 and not alone and not listed:
            first = text[content[0].start : content[0].end]
            head = (
                content[:1]
                if looks_like_heading(first) and not _wrapped(first, text, content[1])
                else []
            )
            rest = content[len(head) :]
            content = [*head, Block(block.kind, rest[0].start, rest[-1].end, block.level)]
        for line in content:
            body = text[line.start : line.end]
            if line.kind == "heading" and _is_sentence(body):
                # a standfirst marked up as a heading: a sentence, so part of the article
                line = Block("paragraph", line.start, line.end)
            short = line.kind == "heading" or (
                line.kind == "paragraph"
                and "\n" not in body
                and (
                    looks_like_heading(body)
                    # a live entry's headline that quotes someone ("'Worst I've seen'")
                    or (line.start in stamped and looks_like_heading(body.strip("'\"‘’“”")))
                )
                and not _cut_off(text, line, body)
                and interview_mark(text, line) is None  # "Q: What next?": a question
            )
            if short and is_footer(body) and line.start >= FOOTER_AFTER * len(text):
                if _MOST_READ.fullmatch(strip_marks(body).rstrip("?!:")) is not None and (
                    statement_at := _statement_after(text, line.end, statement_at)
                ) < len(text):
                    # "Popular now" over statements: the story goes on, only the heading
                    # is the page's
                    dropped["chrome"] += 1
                    left.append((line, "chrome"))
                    continue
                dropped["footer"] += 1
                left.append((Block("paragraph", line.start, len(text)), "chrome"))
                return _finished(
                    text, Cleaned(kept, found_title, dropped, left, author, published, heads=heads)
                )
            k = key(body)
            if k in seen:
                title_again = k == key(found_title or "")
                if title_again and _kicker_kept(text, kept):
                    left.append((kept.pop(), "heading"))  # "World" above the headline
                dropped["title" if title_again else "repeated"] += 1
                left.append((line, "heading" if title_again else "repeat"))
                headed = headed or title_again
                continue
            seen.add(k)
            if (
                kicker is not None
                and len(kept) == kicker[1]
                and (
                    (short and _headline_under(kicker[0], line, body, text))
                    # a headline of two sentences heads a story after it: the article's
                    # only paragraph is its story ("Obituary", then "Ann Lee, who …, has
                    # died. She was 91."), never its headline
                    or (
                        not short
                        and _sentence_headline(line, body)
                        and bool(text[line.end :].strip())
                    )
                )
            ):
                # the one word above the headline was its kicker ("World"): the page's
                # section, left out; the headline is the title
                found_title, kicker = heading_name(body), None
                left.append((line, "heading"))
                headed = True
                continue
            if short and found_title is not None and _standfirst(line, body):
                # a statement, wherever it stands: part of the article (but a live
                # entry's headline under its time heads the entry)
                short = line.start in stamped and len(content) == 1
            if (
                short
                and line.kind == "paragraph"
                and is_row(body)
                and kept  # never the page's title
            ):
                # "Physics: 33.0%, down 1.3 points", "Leeds +1.2% £210,000": a row of a
                # table of figures, a statement about its label, as a list item: with the
                # line that leads the table in ("The figures were:"), or alone; never
                # under the lead-in of a list before it that is another table's or list's
                short = False
                after = text[kept[-1].start : kept[-1].end].rstrip()
                if kept[-1].kind != "item" or after.endswith(":") or table is block:
                    line, table = Block("item", line.start, line.end), block
            if short and line.kind == "paragraph" and _ITALIC_LINE.fullmatch(body.strip()):
                # "*Analysis*", "_Updated_": a label or a note in italics, which heads
                # nothing (a heading is marked as one, or bold); as a section, or as the
                # title above the headline, it would name every claim after it
                dropped["chrome"] += 1
                left.append((line, "heading"))
                continue
            if short:
                line = Block("heading", line.start, line.end, line.level)
                if found_title is None and not longs:
                    found_title = heading_name(body)
                    kicker = (line, len(kept)) if _masthead(found_title) else None
                    dropped["title"] += 1
                    left.append((line, "heading"))
                    headed = True
                    continue
            if published is None and not opened and line.kind == "paragraph":
                # the first paragraph's dateline ("PARIS, 3 May 2026 (AFP) - The …"): the
                # day the story was filed, when no line above gave the article's date
                from claimcheck.extract.atomize import dateline

                published = filed_date(body[: dateline(body)])
            opened = opened or line.kind == "paragraph"
            kept.append(line)
            bodies += line.kind != "heading"
            longs += _long(text, line)
            if line.kind != "item":
                listing = leads_list(body)
    return _finished(
        text, Cleaned(kept, found_title, dropped, left, author, published, heads=heads)
    )


# what an author's bio says of them after their name: "Ann Lee covers health for The
# Post", "Ann Lee is the paper's political editor", "Ann Lee has reported from …"
_BIO_VERB = rx.compile(
    r"\s+(?:covers|writes|reports|edits|is\s+(?:a|an|the|our)|has\s+(?:covered|written"
    r"|reported|been\s+(?:a|an|the))|joined)\s",
    re.I,
)
BIO_WORDS = 60  # a bio is a line or two
_BIO_LAST = 2  # and one of the article's last paragraphs


def _unmentioned(text: str, after: int, name: str) -> bool:
    """Whether the story after a name alone on its line never names that person again but
    in one of its last paragraphs, the author's bio ("Ann Lee is a former teacher."): a
    name under the headline whose person the story is not about is its writer, no
    section's name (a profile's "Ann Lee" over "Ann Lee, 45, runs …" is one)."""
    paragraphs = [p for p in _BLANK_LINE.split(text[after:]) if p.strip()]
    for p in paragraphs[-_BIO_LAST:]:
        bare = p.strip().lstrip("*_")
        if bare.startswith(name) and _BIO_VERB.match(bare, len(name)) is not None:
            paragraphs.remove(p)
    rest = "\n\n".join(paragraphs)
    surname = name.split()[-1]
    return rest.strip() != "" and not any(
        not (rest[i - 1 : i].isalnum() or rest[i + len(surname) : i + len(surname) + 1].isalnum())
        for i in _finds(rest, surname)
    )


_BLANK_LINE = rx.compile(r"\n[ \t]*\n")


def _person_like(name: str) -> bool:
    """Whether a name's first word is a given name, or no word the dictionary knows
    ("Helen Carraway", "Orla Brennan"), not a section's words ("Winter Timetable")."""
    from claimcheck.extract import lexicon
    from claimcheck.speakers import GIVEN_NAMES

    first = name.split()[0].casefold()
    return first in GIVEN_NAMES or not lexicon.readings(first)


def _finds(text: str, word: str) -> list[int]:
    """Where a word occurs in a text (as a string: a name's letters)."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def drop_bio(text: str, cleaned: Cleaned, author: str | None) -> None:
    """Leave out, as a byline, the author's bio at the end of the article: one of its last
    two paragraphs, short, opening with the author's name and a bio's verb ("Ann Lee
    covers health for The Post."). It says who wrote the article, not what happened."""
    if not author or len(author.split()) < 2:
        return  # a whole name only: a surname alone opens sentences of the story too
    last = [b for b in cleaned.blocks if b.kind == "paragraph"][-_BIO_LAST:]
    for block in last:
        body = text[block.start : block.end].strip().lstrip("*_")
        if (
            block.start >= FOOTER_AFTER * len(text)
            and body.startswith(author)
            and _BIO_VERB.match(body, len(author)) is not None
            and len(body.split()) <= BIO_WORDS
        ):
            cleaned.blocks.remove(block)
            cleaned.left_out.append((block, "byline"))
            cleaned.dropped["chrome"] += 1


_QUOTE_MARKS = "\"“”‘’'"
PULL_QUOTE_WORDS = 40
# Where a pull quote's words are looked for: the places its rarest pair of words occurs
# elsewhere, at most this many (a real article repeats a pair a few times; a page built
# of thousands of paragraphs of the same words would make the search quadratic). Past
# it the quotation is kept as a claim: a repeat kept costs a reviewer one key.
_PULL_QUOTE_TRIES = 64


# the label of a box of facts beside the story ("Key numbers", "At a glance", "In
# numbers", "Fact box", "The facts"): a heading over the box's items, not over the story
_BOX_LABEL = rx.compile(
    r"(?:the\s+)?key\s+(?:numbers|figures|facts|points|dates|stats|statistics)"
    r"|(?:\w+\s+)?at\s+a\s+glance|(?:in|by)\s+(?:the\s+)?numbers|(?:the\s+)?facts?"
    r"|fact\s*(?:box|file|sheet)|(?:the\s+)?(?:numbers|figures|facts)(?:\s+in\s+brief)?"
    r"|in\s+brief",
    re.I,
)
MAX_BOX_ITEMS = 12  # a box beside a story is short; a longer list is the story's own


def _boxes(text: str, kept: list[Block]) -> frozenset[int]:
    """The headings that are a box's label: a box's name ("Key numbers"), or a line not
    marked as a heading over rows of figures ("Satellite mass: 3.8 tonnes"); with a few
    items right under it, then the story again (a paragraph). The label heads its items
    only: as the section of the story after the box, it would name every claim of it."""
    found = set()
    for i, block in enumerate(kept):
        if block.kind != "heading" or kept[i + 1 : i + 2] == [] or kept[i + 1].kind != "item":
            continue
        n = next((k for k in range(i + 1, len(kept)) if kept[k].kind != "item"), len(kept))
        if n == len(kept) or kept[n].kind != "paragraph" or n - i - 1 > MAX_BOX_ITEMS:
            continue
        named = _BOX_LABEL.fullmatch(heading_name(text[block.start : block.end])) is not None
        rows = block.level == 0 and all(
            is_label_value(text[b.start : b.end]) for b in kept[i + 1 : n]
        )
        if named or rows:  # (a heading marked as one, "## Results", may go on about its rows)
            found.add(block.start)
    return frozenset(found)


def _finished(text: str, cleaned: Cleaned) -> Cleaned:
    """The cleaned page with its boxes found (_boxes), and without its pull quotes."""
    cleaned = _unpulled(text, cleaned)
    if any(b.kind == "heading" for b in cleaned.blocks):
        cleaned.boxes = _boxes(text, cleaned.blocks)
    return cleaned


# a label naming the page's furniture before a pull quote: "Pull quote: “…”"
_PULL_LABEL = rx.compile(r"(?:pull(?:ed)?[\s-]?quote|quote\s+box)\s*:\s*", re.I)


def _unlabelled(body: str) -> str:
    """A paragraph without the label that names it a pull quote ("Pull quote: “…”")."""
    label = _PULL_LABEL.match(body) if body[:1] in "PpQq" else None
    return body[label.end() :] if label is not None else body


# the end of a Markdown blockquote's mark, on the line of a paragraph's first word ("> ")
_QUOTE_OPENS = rx.compile(r"(?:^|\n)[ \t]{0,3}>[ \t]?\Z")
# A pull quote's words said again in the story, cut by who said them ('"A, B," she said.
# "C."'): each run of them found elsewhere is this many words at least (or the rest of
# the quotation), so that words common to any two paragraphs never make a quotation one
_PULL_RUN = 4


def _pull_quote(text: str, b: Block) -> str | None:
    """A paragraph's words when it may be a pull quote: only a quotation ('"It came back
    within a month."'), or a Markdown blockquote ("> It came back …"), short; else None."""
    if b.kind != "paragraph":
        return None
    body = _unlabelled(text[b.start : b.end].strip())
    quoted = body[:1] in _QUOTE_MARKS and body.rstrip(".")[-1:] in _QUOTE_MARKS
    if not quoted and _QUOTE_OPENS.search(text, max(0, b.start - 6), b.start) is None:
        return None
    return body if len(body.split()) <= PULL_QUOTE_WORDS else None


def _unpulled(text: str, cleaned: Cleaned) -> Cleaned:
    """The cleaned page without its pull quotes: a paragraph that is only a short
    quotation, or a blockquote, whose words the article says elsewhere (a page prints a
    line of the story again, large, between its paragraphs), in full or in runs cut by
    who said them ('"A," she said. "B."'), left out as a repeat."""
    quotes = {b.start: body for b in cleaned.blocks if (body := _pull_quote(text, b)) is not None}
    if not quotes:
        return cleaned
    words = {
        b.start: key(text[b.start : b.end]).split() for b in cleaned.blocks if b.kind != "heading"
    }
    # a quotation's words, without its label ("Pull quote:")
    said = {
        start: ws for start, body in quotes.items() if len(" ".join(ws := key(body).split())) >= 12
    }
    # each place where a pair of words of a quotation occurs, in one pass over the page
    # (a quotation of one word is its own "pair")
    wanted = {tuple(ws[i : i + 2]) for ws in said.values() for i in range(max(1, len(ws) - 1))}
    alone = {ws[0] for ws in said.values() if len(ws) == 1}
    places: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for start, ws in words.items():
        for i, pair in enumerate(itertools.pairwise(ws)):
            if pair in wanted:
                places.setdefault(pair, []).append((start, i))
        if alone:
            for i, word in enumerate(ws):
                if word in alone:
                    places.setdefault((word,), []).append((start, i))

    def elsewhere(start: int, ws: list[str]) -> bool:
        """Whether the words `ws` of the block at `start` occur together in another."""
        at = min(range(max(1, len(ws) - 1)), key=lambda i: len(places[tuple(ws[i : i + 2])]))
        found = places[tuple(ws[at : at + 2])]
        tries = itertools.islice(((s, i - at) for s, i in found if s != start), _PULL_QUOTE_TRIES)
        return any(i >= 0 and words[s][i : i + len(ws)] == ws for s, i in tries)

    def in_runs(start: int, ws: list[str]) -> bool:
        """Whether the words `ws` of the block at `start` occur elsewhere in runs, each of
        _PULL_RUN words or more (or the rest of them), one after another: a quotation said
        again with its attribution inside it."""
        at = 0
        after: tuple[int, int] | None = None  # (block, word) where the last run ended
        while at < len(ws) - 1:
            found = places[tuple(ws[at : at + 2])]
            # the runs in one other block, in the quotation's order ("In May, he said,
            # the bridge will reopen" has the words in another order: said once)
            ahead = (
                p
                for p in found
                if p[0] != start and (after is None or (p[0] == after[0] and p[1] >= after[1]))
            )
            longest, ended = 0, None
            for s, i in itertools.islice(ahead, _PULL_QUOTE_TRIES):
                other, n = words[s], 2
                while at + n < len(ws) and i + n < len(other) and other[i + n] == ws[at + n]:
                    n += 1
                if n > longest:
                    longest, ended = n, (s, i + n)
            if longest < min(_PULL_RUN, len(ws) - at):
                return False
            at += longest
            after = ended
        return at == len(ws)

    pulled = [
        b
        for b in cleaned.blocks
        if b.start in said
        and (elsewhere(b.start, said[b.start]) or in_runs(b.start, said[b.start]))
    ]
    cleaned.blocks = [b for b in cleaned.blocks if b not in pulled]
    cleaned.left_out.extend((b, "repeat") for b in pulled)
    cleaned.dropped["repeated"] += len(pulled)
    return cleaned
