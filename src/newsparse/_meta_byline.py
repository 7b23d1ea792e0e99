"""Bylines: person names out of one byline string, and the byline among a page's top lines.

A byline comes in many forms (``By X``, ``By X and Y``, ``By X, Staff Writer``,
``X | Reuters``, ``Par X``, ``Von X``, ``Por X``) and pages put plenty of things that are not
names where a byline goes: dates, "Updated …", "Email the author", site names, URLs, "Hours
Ago". :func:`parse_byline` keeps only what reads as person names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# "By", in the languages news is most often written in, with the common lead-ins.
_LEAD = re.compile(
    r"^(?:(?:written|posted|reported|story|text|words|compiled|edited|photos?)\s+)?"
    r"(?:by|par|von|por|door|от|автор)\b[\s:]*"
    r"|^(?:author|authors|auteurs?|autor(?:es|in)?|text|texto|byline)\s*:\s*",
    re.IGNORECASE,
)
_HAS_LEAD = re.compile(
    r"^(?:(?:written|posted|reported|story|text|words|compiled)\s+)?"
    r"(?:by|par|von|por|door)\b[\s:]+\S"
    r"|^(?:author|authors|auteurs?|autor(?:es|in)?|byline)\s*:\s*\S",
    re.IGNORECASE,
)
# Lines that sit where bylines go but carry no name.
_NOT_A_BYLINE = re.compile(
    r"https?://|www\.|@\w+\.\w|\bemail\b|\be-mail\b|\bupdated\b|\bpublished\b|\bposted on\b"
    r"|\bhours? ago\b|\bminutes? ago\b|\bdays? ago\b|\bfollow\b|\bsubscribe\b|\bshare\b"
    r"|\bcomments?\b|\bread more\b|\bsign in\b|\blog ?in\b|\bclick\b",
    re.IGNORECASE,
)
_URL = re.compile(r"\(?\s*(?:https?://|www\.)\S*\s*\)?")
_HANDLE = re.compile(r"(?<![\w.])@\w+")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# Where a date, time or "on <site>" starts trailing the names, cut the byline there.
_TRAILING_DATE = re.compile(
    r"(?:\s[-–—•|·,]\s?|\s)(?:on\s+|updated\s+|published\s+)?"
    r"(?:" + _MONTH + r"\s+\d|\d{1,2}\s+" + _MONTH + r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    r"|\d{1,2}:\d\d|(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s|\d{4}\b|today\b|yesterday\b)",
    re.IGNORECASE,
)
# "Written by X Edited by Y", "By X Photographs by Y": the first credit is the byline.
_OTHER_CREDIT = re.compile(
    r"\s(?:edited|photos?|photographs?|illustrations?|graphics|video|produced|additional"
    r"|reporting|translated|fact-checked)\b.*$",
    re.IGNORECASE,
)
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_BRACKET = re.compile(r"\(([^()]*)\)")
_AGENCY_TAIL = re.compile(r"\s+[|/•·]\s+.*$")
# Separators between several names.
_NAME_SPLIT = re.compile(
    r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bwith\b|\bavec\b|\bmit\b|\bcon\b"
    r"|\bи\b|、|，)\s*",
    re.IGNORECASE,
)
# Words that make a comma-separated part a job title or a desk, not a person.
_ROLE_WORDS = frozenset(
    "writer writers reporter reporters editor editors correspondent correspondents staff "
    "contributor contributors columnist columnists journalist journalists producer producers "
    "analyst director chief senior associate deputy managing executive bureau desk team "
    "technologist photographer photographers intern fellow researcher professor founder ceo "
    "president manager host anchor critic special guest contributing freelance news "
    "newsroom wire service services agency press report reports international political "
    "business science health sports technology tech economics culture opinion foreign "
    "national local times post daily herald tribune journal magazine online media "
    "redaktion rédaction redacción redazione correspondant journaliste envoyé spécial "
    "enviado especial ma phd ph.d. md m.d. mph mba msc rn".split()
)
# Wire services credited where a byline goes: a source, not a person.
_AGENCIES = frozenset(
    [*"reuters ap afp dpa efe ansa upi xinhua tass kyodo yonhap anadolu bloomberg apa sda "
      "belga anp ctk pap mti bta hina tanjug".split(),
     "associated press", "the associated press", "agence france-presse",
     "agence france presse", "press association", "pa media", "thomson reuters",
     "kyodo news", "anadolu agency", "bloomberg news"]
)
# Lower-case words that may sit inside a name ("Michiel de Jong", "Ludwig van Beethoven").
_PARTICLES = frozenset(
    "de del della der den des di da das do dos du la le van von vom zu ter ten bin ibn al el "
    "y e st. st mac".split()
)
_MAX_NAME_WORDS = 5
_MAX_NAME_CHARS = 60
_MAX_BYLINE_CHARS = 200
_MAX_FIND_LINES = 12
_TRIM = " \t\u00a0-–—|•·:,;\"'“”‘’«»"


def parse_byline(text: str) -> tuple[str, ...]:
    """Return the person names in one byline string; an empty tuple when it is not a byline.

    ``"By Jane Doe and John Roe"`` gives ``("Jane Doe", "John Roe")``; ``"Jane Doe, Staff
    Writer"`` gives ``("Jane Doe",)``; ``"Jane Doe | Reuters"`` gives ``("Jane Doe",)``.
    Dates, "Updated …", "Email the author", URLs and other non-names give ``()``.

    Added in 0.1.
    """
    return _parse(text, require_lead=False)


def find_byline(lines: Sequence[str]) -> tuple[str, ...]:
    """Return the authors of the first line among ``lines`` that is a byline.

    Only lines that say they are a byline count (``By X``, ``Par X``, ``Author: X``, or names
    followed by ``| Agency``): a bare line of capitalised words is as likely a menu item.
    Looks at the first dozen lines at most.

    Added in 0.1.
    """
    for line in lines[:_MAX_FIND_LINES]:
        names = _parse(line, require_lead=True)
        if names:
            return names
    return ()


def display_byline(authors: Iterable[str]) -> str | None:
    """The display form of a list of authors: the names joined with ``", "``."""
    names = [name for name in authors if name]
    return ", ".join(names) if names else None


def clean_author_name(text: str) -> str | None:
    """One author name as given by metadata (``<meta name=author>``, JSON-LD ``name``).

    Metadata already isolates the name, so this only tidies it: a URL, a ``@handle`` or a
    leading "By" are removed, and non-names (URLs alone, dates, "Updated …") give None.
    """
    text = " ".join(text.split())
    if not text or len(text) > _MAX_NAME_CHARS * 2:
        return None
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _balance(_LEAD.sub("", " ".join(text.split())).strip(_TRIM))
    if not text or _NOT_A_BYLINE.search(text) or not _has_letters(text):
        return None
    if _TRAILING_DATE.match(" " + text) or text.casefold() in _AGENCIES:
        return None
    return _recase(text)


def _balance(text: str) -> str:
    """Drop brackets left unpaired at either end once a URL or a handle is gone."""
    text = text.strip()
    while text and text[-1] in ")]" and text.count("(") + text.count("[") < \
            text.count(")") + text.count("]"):
        text = text[:-1].rstrip(_TRIM)
    while text and text[0] in "([" and text.count("(") + text.count("[") > \
            text.count(")") + text.count("]"):
        text = text[1:].lstrip(_TRIM)
    text = _EMPTY_BRACKETS.sub(" ", text)
    return " ".join(text.split()).strip(_TRIM)


def _parse(text: str, *, require_lead: bool) -> tuple[str, ...]:
    text = " ".join(text.split())
    if not text or len(text) > _MAX_BYLINE_CHARS:
        return ()
    has_lead = bool(_HAS_LEAD.match(text))
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", " ".join(text.split()))
    text = _LEAD.sub("", " ".join(text.split()))
    # "Jane Doe | Reuters", "Jane Doe • 8h": what follows the bar is the desk or the date.
    agency = _AGENCY_TAIL.search(text)
    if agency:
        text = text[: agency.start()]
        has_lead = has_lead or bool(text.strip())
    for tail in (_OTHER_CREDIT, _TRAILING_DATE):
        cut = tail.search(text)
        if cut:
            text = text[: cut.start()]
    text = text.strip(_TRIM)
    if not text or (require_lead and not has_lead) or _NOT_A_BYLINE.search(text):
        return ()
    names: list[str] = []
    for part in _split_names(text):
        if _is_role(part):
            # "Jane Doe, Senior Staff Technologist, ACLU Speech, …": all after the role is
            # the role's continuation.
            break
        if part.casefold() in _AGENCIES:
            continue
        if not _looks_like_name(part, lenient=has_lead):
            return ()
        name = _recase(part)
        if name not in names:
            names.append(name)
    return tuple(names)


def _split_names(text: str) -> list[str]:
    # "Martin Untersinger (avec Damien Leloup et Morgane Tual)": such brackets hold names too;
    # other brackets hold a nickname or a handle ("Bradley M. Kuhn (bkuhn)").
    text = _BRACKET.sub(lambda m: ", " + m.group(1) if _NAME_SPLIT.match(m.group(1)) else " ",
                        text)
    parts = (" ".join(part.split()).strip(_TRIM) for part in _NAME_SPLIT.split(text))
    return [part for part in parts if part]


def _is_role(part: str) -> bool:
    words = [w.strip(_TRIM).casefold() for w in part.split()]
    return any(w in _ROLE_WORDS for w in words)


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _looks_like_name(part: str, *, lenient: bool) -> bool:
    if len(part) > _MAX_NAME_CHARS or any(ch.isdigit() for ch in part):
        return False
    words = part.split()
    if not words or len(words) > _MAX_NAME_WORDS or not _has_letters(part):
        return False
    cased = [w for w in words if w[0].isalpha() and (w[0].isupper() or w[0].islower())]
    if not cased:
        # Scripts without letter case (CJK, Arabic, …): a short run of letters will do.
        return len(part) <= 20
    for word in words:
        first = word[0]
        if first.islower() and word.casefold() not in _PARTICLES:
            return False
    # A single word is a name only when the line said it was a byline ("By Sleyca").
    return len(words) >= 2 or lenient


def _recase(name: str) -> str:
    """Title-case names written in capitals ("JEFFREY GETTLEMAN"); leave the rest alone."""
    cased = [ch for ch in name if ch.isupper() or ch.islower()]
    if len(cased) > 3 and not any(ch.islower() for ch in cased):
        return " ".join(w[:1] + w[1:].lower() if w.casefold() not in _PARTICLES else w.lower()
                        for w in name.split())
    return name
