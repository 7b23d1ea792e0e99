"""The pieces a dateline is built from besides its date: place, source, separator.

Each ``parse_*`` function reads the tokens of a :class:`LeadTokens` from index ``i`` and returns
what it found with the index just past it, or None. None of them looks further ahead
than a few tokens, so a whole dateline is parsed in time linear in the window.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsparse._dateline.dates import starts_date
from newsparse._dateline.places import is_known_city, is_known_place, is_known_region
from newsparse._dateline.tokens import (
    DASH,
    WORD,
    LeadTokens,
    is_caps,
    is_name_word,
    span,
    text_at,
    token,
)
from newsparse._dateline.words import DOMAIN_SUFFIXES, PARTICLES, is_agency, is_label
from newsparse._reading.textstats import STOPWORDS

_MAX_CITY_WORDS = 5
_MAX_REGION_WORDS = 4
_MAX_REGIONS = 2
_MAX_SOURCE_TOKENS = 6
# A lone capitalised word this short is more often an acronym (RSS, NASA) than a town.
_ACRONYM_MAX = 4
# "R", "D-Minn.", "R-Texas": a politician's party and state, not a news source.
_PARTY = re.compile(r"[RDI](?:-.*)?")


class Place(NamedTuple):
    """A city with up to two regions after commas ("KABUL, Afghanistan")."""

    end: int
    text: str
    #: The city part is in the gazetteer (as a city, country, state or province).
    city_known: bool
    #: The city part is a major city of the gazetteer, not a country or state.
    is_city: bool
    #: How many regions follow the city, and whether one of them is in the gazetteer.
    regions: int
    region_known: bool
    #: Every word of the city is in capitals.
    caps: bool
    #: Opens with a function word or a label word ("A HUNTER", "UPDATE", "Posted").
    labelled: bool
    #: One short capitalised word and nothing else: more likely an acronym ("RSS", "NASA").
    acronym_like: bool

    @property
    def known(self) -> bool:
        """The city or one of its regions is in the gazetteer."""
        return self.city_known or self.region_known

    @property
    def label_like(self) -> bool:
        """Reads as a label or a sentence's first words, and the gazetteer does not vouch
        for the city: "A HUNTER", "DEAR ABBY", "By Jane Doe, MD" (despite Maryland), but
        not "LOS ANGELES" or "LA PAZ"."""
        return self.labelled and not self.city_known


class Source(NamedTuple):
    """The agency or outlet a dateline credits."""

    end: int
    name: str
    known: bool


class Separator(NamedTuple):
    """What divides the dateline from the story: a dash of any kind or a colon."""

    end: int
    colon: bool


def name_run(head: LeadTokens, i: int, max_words: int) -> int:
    """The end of a run of up to ``max_words`` capitalised words from ``i`` (``i`` if none).

    Lower-case particles may join two names ("Rio de Janeiro", "Frankfurt am Main").
    """
    j, words = i, 0
    while words < max_words:
        tok = token(head, j)
        if tok is not None and is_name_word(tok) and not starts_date(head, j):
            j, words = j + 1, words + 1
            continue
        if words == 0 or tok is None or tok.kind != WORD or tok.text not in PARTICLES:
            break
        k = j + 1
        if text_at(head, k) in PARTICLES:
            k += 1
        after = token(head, k)
        if after is None or not is_name_word(after) or starts_date(head, k):
            break
        j = k
    return j


def parse_place(head: LeadTokens, i: int) -> Place | None:
    """A city name, then up to two regions after commas."""
    city_end = name_run(head, i, _MAX_CITY_WORDS)
    if city_end == i:
        return None
    regions: list[str] = []
    j = city_end
    while len(regions) < _MAX_REGIONS and text_at(head, j) in (",", "["):
        # "KABUL, Afghanistan", and ANI's "New Delhi [India], Nov 19 (ANI):".
        region_end = name_run(head, j + 1, _MAX_REGION_WORDS)
        if region_end == j + 1:
            break
        region = span(head, j + 1, region_end)
        if is_agency(region):
            break
        if text_at(head, j) == "[":
            if text_at(head, region_end) != "]":
                break
            region_end += 1
        regions.append(region)
        j = region_end
    words = [t for t in head.tokens[i:city_end] if is_name_word(t)]
    city = span(head, i, city_end)
    return Place(
        end=j,
        text=span(head, i, j),
        city_known=is_known_place(city),
        is_city=is_known_city(city),
        regions=len(regions),
        region_known=any(is_known_region(r) for r in regions),
        caps=all(is_caps(t) for t in words),
        labelled=words[0].text.casefold() in STOPWORDS or is_label(words[0].text),
        acronym_like=not regions and len(words) == 1 and len(words[0].text) <= _ACRONYM_MAX,
    )


def _source_name_ok(head: LeadTokens, i: int, j: int) -> bool:
    """Whether tokens ``i:j`` name an outlet: "EUROPA PRESS", "dpa/lnw", "CNN Business",
    "HawaiiNewsNow", but not "R-Texas", "AP Photo/Evan Vucci" or "Updated"."""
    words = [t for t in head.tokens[i:j] if t.kind == WORD]
    if not words or len(span(head, i, j)) < 2 or _PARTY.fullmatch(words[0].text):
        return False
    if is_agency(span(head, i, j)):
        return True
    if any(is_label(t.text) for t in words):
        return False
    # After a known agency, a regional desk may follow in any case: "dpa/lnw".
    return is_agency(words[0].text) or all(
        is_name_word(t) or t.text in PARTICLES for t in words
    )


def parse_paren_source(head: LeadTokens, i: int) -> Source | None:
    """``(AP)``, ``(CNN Business)``, ``(RFE/RL)``; also ``/ТАСС/`` between slashes."""
    opener = text_at(head, i)
    closer = {"(": ")", "/": "/"}.get(opener)
    if closer is None:
        return None
    j = i + 1
    while j - i <= _MAX_SOURCE_TOKENS:
        tok = token(head, j)
        if tok is None:
            return None
        if tok.text == closer:
            break
        if tok.kind != WORD and tok.text not in ("/", "&", "-", "+"):
            return None
        j += 1
    else:
        return None
    if j == i + 1 or not _source_name_ok(head, i + 1, j):
        return None
    name = span(head, i + 1, j)
    known = is_agency(name) or is_agency(head.tokens[i + 1].text)
    return Source(j + 1, name, known)


def parse_bare_source(head: LeadTokens, i: int, *, acronyms: bool) -> Source | None:
    """A known agency written without parentheses (``IRNA``, ``РИА Новости``); with
    ``acronyms``, any short capitalised acronym too."""
    for length in (3, 2, 1):
        j = i + length
        if not head.tokens.has(j - 1) or any(t.kind != WORD for t in head.tokens[i:j]):
            continue
        name = span(head, i, j)
        if is_agency(name):
            return Source(j, name, True)
    tok = token(head, i)
    if (
        acronyms
        and tok is not None
        and tok.kind == WORD
        and tok.text.isalpha()
        and 2 <= len(tok.text) <= 6
        and is_caps(tok)
        and not is_label(tok.text)
        and not is_known_region(tok.text)
    ):
        return Source(i + 1, tok.text, False)
    return None


def parse_domain_source(head: LeadTokens, i: int) -> Source | None:
    """An outlet signing as its web address: ``PanARMENIAN.Net``, ``News.Az``."""
    tok = token(head, i)
    if tok is None or tok.kind != WORD or not tok.text[0].isalpha():
        return None
    stem, dot, suffix = tok.text.rstrip(".").rpartition(".")
    if not dot or len(stem) < 2 or not suffix.isalpha() or suffix.casefold() not in (
        DOMAIN_SUFFIXES
    ):
        return None
    if sum(ch.isalpha() for ch in stem) < 3:
        return None
    return Source(i + 1, tok.text, False)


def parse_separator(head: LeadTokens, i: int) -> Separator | None:
    """A dash of any kind (``—``, ``–``, ``--``, ``-``, ``_``), Spanish ``.-``, or a colon."""
    tok = token(head, i)
    if tok is None:
        return None
    after = token(head, i + 1)
    if tok.kind == DASH:
        # A hyphen or underscore touching the next word joins it ("EMSCRIPTEN_KEEPALIVE").
        if tok.text in "-_" and after is not None and after.start == tok.end:
            return None
        return Separator(i + 1, colon=False)
    if tok.text == "." and after is not None and after.kind == DASH and after.start == tok.end:
        return Separator(i + 2, colon=False)
    if tok.text == ":":
        return Separator(i + 1, colon=True)
    return None
