"""Vocabulary and patterns of bylines: lead-ins, non-names, roles, wires, name particles."""

from __future__ import annotations

import re
from typing import Final

# "By" and its lead-ins, in the languages news is most often written in, and the labels
# that lead into names ("Author:", "Contributors:", as the HTML reader's lone lead-ins), in
# the same languages: "Autorin:", "Autora:", "Autore:", "Autrice:", "Autorka:", "Autorzy:",
# "Auteure :", "Testo:", "Tekst:", "Texte :". The lead-ins those languages write as
# "Written by" and "Posted by" are: "Geschrieben von", "Verfasst von", "Ein Beitrag von",
# "Gepostet von"; "Écrit par", "Rédigé par", "Posté par"; "Escrito por", "Redactado por",
# "Postado por"; "Scritto da", "Postato da", "A cura di"; "Geschreven door", "Geplaatst
# door"; "Przez", "Napisane przez", "Dodane przez". ("Published by" and its translations
# name a publisher as often: not a byline.) Italian "di" opens a byline in lower case, or
# capitalised before a full name ("Di Marco Rossi", "DI MARCO ROSSI"): "Di Stefano" is a
# surname.
LEAD: Final = re.compile(
    r"^(?:(?:written|posted|reported|reporting|story|text|words|compiled|analysis|commentary"
    r"|opinion|review|interview|column|article)\s+)?"
    r"(?:by|par|von|por|door|от|(?-i:di)|(?-i:Di|DI)(?=\s+(?-i:[A-Z])\S*\s+(?-i:[A-Z])))"
    r"\b[\s:]*"
    r"|^(?:(?:geschrieben|verfasst|gepostet|ein\s+beitrag)\s+von"
    r"|(?:écrit|ecrit|rédigé|redige|posté|poste)\s+par"
    r"|(?:escrito|redactado|redigido|postado|posteado)\s+por"
    r"|(?:scritto|postato|redatto)\s+da|a\s+cura\s+di"
    r"|(?:geschreven|geplaatst)\s+door"
    r"|(?:(?:napisane|napisany|napisana|dodane|dodany|dodana)\s+)?przez)\b[\s:]*"
    r"|^(?:authors?|contributors?|auteure?s?|autor(?:es|en|in|innen|as?|ka|ki|zy)?|autore|autori"
    r"|autrice|byline|text|texte|texto|testo|tekst|текст|автор|автора)"
    r"\s*:\s*",
    re.IGNORECASE,
)
# What a line that LEAD (or a date or a desk after the names) makes a byline must have: a
# lead word at its start, after marks and at most one word ("// By", "Written by"); a
# digit (a date after the names, or "On May 3, 2019 by"); or a bar before a desk. Most
# lines of a page have none of these, and this one search spares them the full reading.
MAYBE_LEAD_BYLINE: Final = re.compile(
    r"[\d|/•·]|^\W*(?:\w+\s+){0,2}"
    r"(?:by|par|von|por|door|от|di|da|przez|aut|contrib|byline|text|testo|tekst|текст|автор)",
    re.IGNORECASE,
)
# Lines that sit where bylines go but carry no name.
NOT_A_BYLINE: Final = re.compile(
    r"https?://|www\.|@\w+\.\w|\bemail\b|\be-mail\b|\bupdated\b|\bpublished\b|\bposted on\b"
    r"|\bhours? ago\b|\bminutes? ago\b|\bdays? ago\b|\bfollow\b|\bsubscribe\b|\bshare\b|\bpin it\b"
    r"|\bcomments?\b|\bread more\b|\bsign in\b|\blog ?in\b|\bclick\b",
    re.IGNORECASE,
)
URL: Final = re.compile(r"\(?(?:(?<!\s)\s+)?(?:https?://|www\.)\S*\s*\)?")
HANDLE: Final = re.compile(r"(?<![\w.])@\w+")
# "Alissa Wilkinson@alissamarie": a handle glued to the name by a dump; not an e-mail
# address ("jane@example.com"), which NOT_A_BYLINE rejects.
GLUED_HANDLE: Final = re.compile(r"(?<=[^\W\d_])@\w+(?!\w|\.\w)")
# "// By Jane Doe", "— By Jane Doe", "✍ Jane Doe": marks before the byline.
LEADING_MARKS: Final = re.compile(r"^[^\w\s(\[\"'“‘«@]+\s*")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# The pieces both patterns below share: the separator after the names, a lead-in word,
# a written or numeric date, and an age ("3 days ago"). ("Posted by Jane Doe at 9:22 AM", a
# blog's footer line.)
_TAIL_LEAD = r"(?:\s[-–—•|·,]\s?|\s)(?:on\s+|at\s+|updated\s+|published\s+)?"
_FULL_DATE = (_MONTH + r"\s+\d|\d{1,2}\s+" + _MONTH + r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_AGO = (r"\d+\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)"
        r"\s+ago\b")
# A weekday: written whole ("Sunday"), or short with a comma or a full stop after it or
# a date ("Sun, Aug 8", "Thu. 9 Aug"); "Sun" alone after a name is a surname ("Omaha Sun"),
# as "Sun" and "Mon" open surnames ("Sunstein", "Monette").
_DAY_SHORT = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
_WEEKDAY = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|" + _DAY_SHORT
            + r"(?:\.?,|\.)?\s+(?=\d|" + _MONTH + r")|" + _DAY_SHORT + r"\.?,\s)")
# Where a date, a time or "on <day>" trails the names, the byline ends.
TRAILING_DATE: Final = re.compile(
    _TAIL_LEAD + r"(?:" + _FULL_DATE
    + r"|\d{1,2}:\d\d|" + _WEEKDAY + r"|\d{4}\b|today\b|yesterday\b"
    + r"|" + _AGO + r")",
    re.IGNORECASE,
)
# "by Lucas Nolan22 Dec 2016": a date glued to the name by a dump that joins inline
# elements; a space goes where the name ends.
GLUED_DATE: Final = re.compile(r"(?<=[a-z])(?=\d{1,2}\s+" + _MONTH + r"\s)", re.IGNORECASE)
# …and a month glued after the name ("by Jeffrey ZeldmanNovember 20, 2007"), read only on
# a line that opens with "By" ("Yahoo FinanceOctober 13, 2016" names an outlet).
GLUED_MONTH: Final = re.compile(
    r"(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
# "ByNina Pineda": the lead-in glued to the name by a dump.
GLUED_LEAD: Final = re.compile(r"^((?i:by|von|par|por))(?=[A-Z][a-z])")
# "Faith Katunga•Oct 20, 2025", "Jacob Trussell—10 min read": a separator glued between a
# name and the date or reading time after it.
GLUED_DATE_MARK: Final = re.compile(
    r"(?<=[a-z])[•·—–|]\s?(?=(?:" + _MONTH + r"\s+\d|\d{1,2}\s+" + _MONTH
    + r"|\d+\s*min))", re.IGNORECASE)
# "… Last Updated: December 6, 2024", "… Published 5:04 p.m.": what a byline line says
# after the names about the story's dates.
STAMP_TAIL: Final = re.compile(
    r"(?<![\s,.|•·-])[\s,.|•·-]+(?:last\s+)?(?:updated|published|posted|modified)\b.*$",
    re.IGNORECASE | re.DOTALL)  # DOTALL: a newline no longer makes each match rescan
# "By Meg JamesStaff Writer", "By Jane DoeFOXBusiness": a role or an outlet glued to the
# name (a capitalised word is a role only if ROLE_WORDS says so; "McDonald" is a name).
GLUED_WORD: Final = re.compile(r"(?<=[a-z])(?:[A-Z]{2}\w*|[A-Z][a-z]+)")
# "By Jane Doe In Travel", "Von Jane Doe in Berlin", "Par Jane Doe dans Culture": the
# word that opens the section the story is filed in, or the place it was written, after a
# name on a line that opens with "By".
SECTION_WORD: Final = re.compile(r"(?<=[^\W\d_])\s+(?:in|dans|em)\b", re.IGNORECASE)
# Where that place's name ends: the next name of the list ("Jane Doe in Los Angeles and
# John Roe in New York"). A comma before it lists sections ("in Blogging, Tips"), to the end.
LIST_BREAK: Final = re.compile(r"(?<!\s)\s+(?:and|und|et|&)\s|[,;|]", re.IGNORECASE)
# "Jane Doe | Bloomberg | Getty Images": a picture's credit, not a byline.
PICTURE_CREDIT: Final = re.compile(r"\s[|/]\s*[\w\s]*\b(?:images|photos?)\)?$", re.IGNORECASE)
# "Текст: Jane Doe·24 сентября 2018": a separator glued to what it separates.
GLUED_BAR: Final = re.compile(r"(?<=\S)([•·])(?=\S)")
# "By Jane Doe - Live Science Contributor": a spaced dash that sets off a description.
SPACED_DASH: Final = re.compile(r"\s(?:--?|[–—])\s")
# "on March 10, 2015 by Jane Doe", "Posted on Tuesday, 10 March 2015 at 8:05 pm by Jane
# Doe": a blog's date before its "by". (Not "Updated on …": who updates is not the author.)
DATE_FIRST: Final = re.compile(
    r"^(?:(?:posted|published|written)\s+)?on\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?"
    r"(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?,?\s+(?=by\b)",
    re.IGNORECASE,
)
# "Dan Goodin - Apr 16, 2015", "Sarah Archer 1:39 PM ET", "Alex Perry 1 day ago": a full
# date, a time or an age right after the names, which makes the line a byline. A year alone
# or a weekday does not ("World Cup 2018").
NAME_DATE_TAIL: Final = re.compile(
    r"^" + _TAIL_LEAD + r"(?:" + _FULL_DATE
    + r"|\d{1,2}:\d\d\s*(?:[ap]\.?m\b|[ap]\.m\.|utc\b|gmt\b|(?-i:[A-Z][DS]?T)\b)"
    + r"|" + _AGO + r")",
    re.IGNORECASE,
)
# "Jane Doe • 8h", "Jane Doe | 3 days ago": an age after a bar.
AGE: Final = re.compile(
    r"^\d+\s*(?:[smhdw]|sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?"
    r"|years?)(?:\s+ago)?$",
    re.IGNORECASE,
)
# "Milan Griffes on September 12, 2018 at 4:47 pm said:": a comment's header.
COMMENT_HEADER: Final = re.compile(r"\b(?:said|says|wrote|writes|replied)\s*:?$", re.IGNORECASE)
# "Written by X Edited by Y", "By X Photographs by Y": only the first credit is the byline.
OTHER_CREDIT: Final = re.compile(
    r"\s(?:edited|photos?|photographs?|illustrations?|graphics|video|produced|additional"
    r"|translated|fact-checked)\b.*$",
    re.IGNORECASE | re.DOTALL,  # (as STAMP_TAIL)
)
# "Jane Doe | Reuters", "Jane Doe • 8h": what follows the bar is the desk or the date.
# DOTALL: on one-line text the same; a newline no longer makes each separator rescan.
AGENCY_TAIL: Final = re.compile(r"(?<!\s)\s+[|/•·]\s+(.*)$", re.DOTALL)
BAR: Final = re.compile(r"(?<!\s)\s+[|/•·]\s+")
BRACKET: Final = re.compile(r"\(([^()]*)\)")
# "Jane Doe (reporting) and John Roe (photography)": a bracketed credit that is not writing.
OTHER_ROLE: Final = re.compile(
    r"(?:photos?|photography|photographs?|pictures?|images?|illustrations?|graphics|videos?"
    r"|design|data|editing|edited|editor|translation|translated|production|produced)",
    re.IGNORECASE,
)
EMPTY_BRACKETS: Final = re.compile(r"\(\s*\)|\[\s*\]")
# Separators between several names.
# Separators between several names (captured: a comma marks description, "and" a list).
NAME_SPLIT: Final = re.compile(
    r"(?:(?<!\s)\s+)?(,|;|&|\band\b|\bund\b|\bet\b|\bwith\b|\bavec\b|\bmit\b|\bcon\b|\bи\b|\bі\b|、|，"
    # Spanish "y", Portuguese and Italian "e", in lower case ("Bruce Y. Lee" is a name);
    # Dutch "en" and Polish "i" between two names ("Mac & i" is a magazine's name).
    r"|(?-i:\b[ye]\b)(?!\.)|(?-i:\b(?:i|en)\b)(?=\s+\w))\s*",
    re.IGNORECASE,
)
# "Kooman, F." and "Jong, Michiel de": one name written surname first.
INVERTED_NAME: Final = re.compile(
    r"^[^\W\d_][\w'’-]+,\s(?:[A-Z]\.(?:\s?[A-Z]\.)*|[^\W\d_][\w'’-]*(?:\s[a-z]{1,3})+)$"
)
DOMAIN: Final = re.compile(r"\w\.(?:com|net|org|co|info|news|[a-z]{2})\b", re.IGNORECASE)

# The first person as an author's own box opens in it ("I'm the founder of …", "Ich bin
# Redakteurin …", "Je suis …"), in the languages read: the box's paragraph speaks of the
# person named over it.
FIRST_PERSON: Final = re.compile(
    r"I|I['’](?:m|ve|d)|[Ii]ch|[Jj]e|[Jj]['’]\w+|[Ii]o|[Yy]o|[Ii]k|[Ee]u")

# Words that make a part of a byline a job title, a desk or a publication, not a person.
ROLE_WORDS: Final = frozenset(
    "writer writers reporter reporters editor editors correspondent correspondents staff "
    "contributor contributors columnist columnists journalist journalists producer producers "
    "analyst director chief senior associate deputy managing executive bureau desk team "
    "technologist photographer photographers intern fellow researcher professor founder ceo "
    "president manager host anchor critic special guest contributing freelance news "
    "newsroom wire service services agency press report reports editorial sport sports "
    "international political business science health technology tech economics culture "
    "opinion foreign national local times post daily herald tribune journal magazine online "
    "media weather forecast large redaktion rédaction redacción redazione correspondant "
    "journaliste envoyé spécial enviado especial ma phd ph.d. md m.d. mph mba msc rn admin "
    "administrator webmaster reviewer reviewers".split()
)
# The nouns that end a person's job title ("Tech Writer", "Senior QA Engineer", "Former
# McKinsey Consultant"): a line that ends with one describes the person named over it.
JOB_NOUNS: Final = frozenset(
    "writer reporter editor correspondent contributor columnist journalist producer analyst "
    "director photographer intern fellow researcher professor founder cofounder co-founder "
    "ceo cto cfo cmo coo president manager host critic expert consultant engineer "
    "specialist strategist designer developer officer coordinator marketer scientist author "
    "blogger lead head owner partner advisor adviser coach dietitian nutritionist physician "
    "attorney lawyer economist historian teacher evangelist architect trainer instructor "
    "therapist psychologist counselor pharmacist nurse doctor chef reviewer "
    # …and in the other languages we read ("Redakteurin", "rédactrice", "periodista").
    "redakteur redakteurin autorin chefredakteur chefredakteurin korrespondent "
    "korrespondentin reporterin journalistin rédacteur rédactrice journaliste correspondant "
    "correspondante redactor redactora periodista corresponsal redattore redattrice "
    "giornalista corrispondente jornalista repórter redator redatora correspondente "
    "redacteur verslaggever correspondent redaktor redaktorka dziennikarz dziennikarka "
    "korespondent korespondentka".split()
)
# Words that open a job title by its rank ("Senior Editor", "Former Deputy Tech Editor",
# "Leitender Redakteur"), as a job noun opens one ("Head of Marketing", "Founder & CEO").
JOB_RANKS: Final = frozenset(
    "senior junior chief deputy associate assistant managing executive former staff "
    "contributing freelance principal general "
    "leitender leitende stellvertretender stellvertretende freier freie "
    "ancien ancienne adjoint adjointe jefe jefa adjunto adjunta ex "
    "capo vice chefe adjunto starszy starsza zastępca".split()
)
# The small words a job title joins its words with ("Head of Marketing", "Founder & CEO",
# "Rédactrice en chef").
TITLE_JOINERS: Final = frozenset("of and & for at in und et y e de di da du des del en".split())
# Wire services credited where a byline goes: a source, not a person.
AGENCIES: Final = frozenset(
    [*"reuters ap afp dpa efe ansa upi xinhua tass kyodo yonhap anadolu bloomberg apa sda "
      "belga anp ctk pap mti bta hina tanjug pti ians ani".split(),
     "associated press", "the associated press", "agence france-presse",
     "agence france presse", "press association", "pa media", "thomson reuters",
     "kyodo news", "anadolu agency", "bloomberg news", "press trust of india"]
)
# A team or a desk that signs for the site ("The Investopedia Team", "the Lavazza Team",
# "Podium Staff", "The Currency editors", "Team SimplyThrilled", "Newsdesk"): a byline of
# its own when it is all a byline holds. Up to three capitalised words before the desk's
# word (or one after "Team"), an article first.
TEAM_CREDIT: Final = re.compile(
    r"^(?:(?:(?i:the)\s+)?(?:[A-Z0-9][\w.&'’-]*\s+){0,3}"
    r"(?i:team|staff|editors|editorial(?:\s+(?:team|staff|board))?|desk|newsroom|newsdesk"
    r"|redaktion|rédaction|redacción|redazione|redactie|redakcja)"
    r"|(?i:team)\s+[A-Z][\w.&'’-]*)$"
)
# Capitalised words that make a line of capitalised words a title, a label or a menu item,
# not a name ("The GiveWell Blog", "Newer Article", "Search Text", "Watch Live").
NOT_NAME_WORDS: Final = frozenset(
    "the a an this that these those our your my its their of for in on at to from with "
    "about into over under via or not no nor new how why what when where who which here "
    "there all every more most home menu search article articles blog blogs posts stories "
    "next previous prev older newer related latest top live watch video videos photo photos "
    "gallery text input sign login register contact help privacy terms cookies settings tags "
    "topics categories archive archives newsletter podcast podcasts reviews deals shop "
    # Section headings that open a story's parts ("Key Takeaways", "Story Highlights").
    "takeaways highlights summary contents overview introduction conclusion faq faqs "
    # The words of a button or a toggle ("Show Sidebar", "Toggle Menu", "Skip to Content").
    "show hide toggle sidebar skip navigation expand collapse view "
    # A story's tools beside its byline ("Printable Version").
    "printable version "
    # A photographer's credit in the languages we read ("Foto Jonas Weber", Polish "Fot.").
    "foto fotos fot".split()
)
# "More About Jane Doe", "All posts by Jane Doe", "Alle Beiträge von Jane Doe": the label a
# link to the author's page puts before the name, in the languages we read ("by" alone is
# LEAD's). It needs "more", "all" or a word for posts, so "Of Mice" is left alone.
AUTHOR_LINK_LABEL: Final = re.compile(
    r"^(?:(?:view|see|read|browse|show)\s+)?"
    r"(?:(?:more|all|other)\s+(?:(?:the\s+)?(?:posts|articles|stories|entries|columns|content"
    r"|news|work)\s+)?|(?:posts|articles|stories|entries|columns)\s+)(?:about|from|by|of)\s+"
    r"|^(?:(?:alle|mehr|weitere)\s+(?:(?:beiträge|artikel|texte|news)\s+)?|(?:beiträge|artikel)\s+)"
    r"(?:von|über)\s+"
    r"|^(?:(?:voir\s+)?(?:tous\s+les|les|plus\s+d['’])\s*(?:articles|billets|publications)"
    r"|articles)\s+(?:de|d['’]|par)\s*"
    r"|^(?:(?:ver\s+)?(?:todos\s+los|todas\s+las|más|mais|todos\s+os|tutti\s+gli|altri)\s+"
    r"(?:(?:artículos|entradas|publicaciones|noticias|artigos|posts|articoli)\s+)?"
    r"|(?:artículos|entradas|artigos|articoli)\s+)(?:de|di|do|da)\s+"
    r"|^(?:(?:alle|meer)\s+(?:(?:berichten|artikelen|posts)\s+)?|(?:berichten|artikelen)\s+)van\s+"
    r"|^(?:więcej|wszystkie)\s+(?:(?:artykuły|artykułów|wpisy|wpisów|teksty|tekstów)\s+)?"
    r"(?:od|autora)\s+",
    re.IGNORECASE,
)
# Lower-case words that may sit inside a name ("Michiel de Jong", "Ludwig van Beethoven").
PARTICLES: Final = frozenset(
    "de del della der den des di da das do dos du la le van von vom zu ter ten bin ibn al el "
    "y e st. st mac".split()
)
TRIM: Final = " \t\u00a0-–—|•·:,;\"'“”‘’«»"
# Characters a name may hold besides letters (and combining marks).
NAME_PUNCTUATION: Final = frozenset(" .'’‐-()_")
