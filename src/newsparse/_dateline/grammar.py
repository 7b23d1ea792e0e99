"""The pieces a dateline is built from besides its date: place, source, separator.

Each ``parse_*`` function reads the tokens of a :class:`LeadTokens` from index ``i`` and returns
what it found with the index just past it, or None. None of them looks further ahead
than a few tokens, so a whole dateline is parsed in time linear in the window.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsparse._dateline.dates import starts_date
from newsparse._dateline.places import (
    is_abbreviation,
    is_known_city,
    is_known_place,
    is_known_region,
)
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
from newsparse._dateline.words import (
    DOMAIN_SUFFIXES,
    PARTICLES,
    is_agency,
    is_label,
    is_outlet_word,
    is_rubric,
)
from newsparse._reading.textstats import STOPWORDS

# The longest city, region and source, how many regions and how many places filed from
# at once ("Johannesburg/Khartum/Den Haag", "SAN FRANCISCO & TEL AVIV"), and the length
# under which a lone capitalised word is more often an acronym (RSS, NASA) than a town:
# ParseOptions, ``dateline_*`` (the grammar reads them from ``head.options``).
_JOINERS = ("/", "&")
# "R", "D-Minn.", "R-Texas": a politician's party and state, not a news source.
_PARTY = re.compile(r"[RDI](?:-.*)?")


class Place(NamedTuple):
    """A city with up to two regions after commas ("KABUL, Afghanistan"); the city may be
    several places joined by slashes ("DUBAI/PARIS") and carry a region in brackets
    ("Breslau (Wroclaw)")."""

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
    #: How many places the city part joins ("Wien/Graz/Aurora": 3).
    parts: int = 1
    #: The last word is an abbreviation whose dot belongs to the place ("Mich.", "NL.").
    abbreviated: bool = False

    def written(self, head: LeadTokens) -> str:
        """The place without a period that only separates it from what follows
        ("VILLAHERMOSA.-" → "VILLAHERMOSA"; "MORELIA, Mich." keeps its dot, and so does a
        place a comma follows, "Pune, India., June 13")."""
        if self.text.endswith(".") and not self.abbreviated and text_at(head, self.end) != ",":
            return self.text[:-1]
        return self.text

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
            if _closes_name(tok.text):
                break
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


def _closes_name(word: str) -> bool:
    """True for a word whose period ends the name: "Lecce.", "VILLAHERMOSA." (the
    dateline's own period), but not "St.", "N.Y." or "Calif." (abbreviations)."""
    if not word.endswith(".") or "." in word[:-1]:
        return False
    letters = sum(ch.isalpha() for ch in word)
    return letters > 3 and not is_abbreviation(word)


def _known_prefix(head: LeadTokens, i: int, j: int) -> int:
    """The end of the longest known region among tokens ``i:j`` read from ``i``, or ``j``:
    in "BAGHDAD, Iraq The …" the region is "Iraq", not "Iraq The"."""
    if is_known_region(span(head, i, j)):
        return j
    for k in range(j - 1, i, -1):
        if is_known_region(span(head, i, k)):
            return k
    return j


def _joined_places(head: LeadTokens, i: int, end: int) -> tuple[int, list[str]]:
    """Places joined to the city at ``i:end`` by slashes or an ampersand."""
    parts = [span(head, i, end)]
    options = head.options
    while len(parts) < options.dateline_max_joined_places and text_at(head, end) in _JOINERS:
        part_end = name_run(head, end + 1, options.dateline_max_city_words)
        if part_end == end + 1 or is_agency(span(head, end + 1, part_end)):
            break
        parts.append(span(head, end + 1, part_end))
        end = part_end
    return end, parts


def _bracketed_region(head: LeadTokens, j: int) -> int:
    """The end of a region or other name in brackets after the city ("Breslau (Wroclaw)",
    "Salt Lake City (Utah)"), or ``j`` when the brackets hold something else."""
    if text_at(head, j) != "(":
        return j
    end = name_run(head, j + 1, head.options.dateline_max_region_words)
    if end == j + 1 or text_at(head, end) != ")":
        return j
    inner = span(head, j + 1, end)
    if is_agency(inner) or not is_known_region(inner):
        return j
    return end + 1


def parse_place(head: LeadTokens, i: int) -> Place | None:
    """A city name (or several joined by slashes), maybe a region in brackets, then up
    to two regions after commas."""
    options = head.options
    city_end = name_run(head, i, options.dateline_max_city_words)
    if city_end == i:
        return None
    city_end, parts = _joined_places(head, i, city_end)
    regions: list[str] = []
    j = _bracketed_region(head, city_end)
    if j > city_end:
        regions.append(span(head, city_end + 1, j - 1))
    while len(regions) < options.dateline_max_regions and text_at(head, j) in (",", "["):
        # "KABUL, Afghanistan", and ANI's "New Delhi [India], Nov 19 (ANI):".
        region_end = name_run(head, j + 1, options.dateline_max_region_words)
        if region_end == j + 1:
            break
        region_end = _known_prefix(head, j + 1, region_end)
        region = span(head, j + 1, region_end)
        lead_word = region.split()[0]
        if is_agency(region) or _is_domain(region) or (
            lead_word.isupper() and is_agency(lead_word)
        ):
            break  # a source: "Tehran, IRNA", "JAKARTA, KOMPAS.com", "Jakarta, CNN Indonesia"
        if text_at(head, j) == "[":
            if text_at(head, region_end) != "]":
                break
            region_end += 1
        regions.append(region)
        j = region_end
    words = [t for t in head.tokens[i:city_end] if is_name_word(t)]
    first = words[0].text
    return Place(
        end=j,
        text=span(head, i, j),
        city_known=any(is_known_place(part) for part in parts),
        is_city=any(is_known_city(part) for part in parts),
        regions=len(regions),
        region_known=any(is_known_region(r) for r in regions),
        caps=all(is_caps(t) for t in words),
        labelled=first.casefold() in STOPWORDS or is_label(first) or is_rubric(first),
        acronym_like=(not regions and len(words) == 1
                      and len(first) <= options.dateline_max_acronym_chars),
        parts=len(parts),
        abbreviated=_abbreviated(text_at(head, j - 1)),
    )


def _abbreviated(word: str) -> bool:
    """True when a place's last word keeps its period: "Mich.", "NL.", "N.Y.", "D.C."."""
    if not word.endswith("."):
        return False
    return is_abbreviation(word) or "." in word[:-1] or sum(ch.isalpha() for ch in word) <= 2


def _source_name_ok(head: LeadTokens, i: int, j: int) -> bool:
    """Whether tokens ``i:j`` name an outlet: "EUROPA PRESS", "dpa/lnw", "CNN Business",
    "HawaiiNewsNow", but not "R-Texas", "AP Photo/Evan Vucci" or "Updated"."""
    words = [t for t in head.tokens[i:j] if t.kind == WORD]
    if not words or len(span(head, i, j)) < 2 or _PARTY.fullmatch(words[0].text):
        return False
    if is_agency(span(head, i, j)):
        return True
    if j == i + 1 and _is_domain(words[0].text):
        return True  # "(proceso.com.mx)"
    if any(is_label(t.text) and not is_outlet_word(t.text) for t in words):
        return False
    # After a known agency, a regional desk may follow in any case: "dpa/lnw", "dpa-AFX".
    return _agency_first(words[0].text) or all(
        is_name_word(t) or t.text in PARTICLES for t in words
    )


def parse_paren_source(head: LeadTokens, i: int) -> Source | None:
    """``(AP)``, ``(CNN Business)``, ``(RFE/RL)``; also ``/ТАСС/`` between slashes."""
    opener = text_at(head, i)
    closer = {"(": ")", "/": "/"}.get(opener)
    if closer is None:
        return None
    j = i + 1
    max_tokens = head.options.dateline_max_source_tokens
    while j - i <= max_tokens:
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
    known = is_agency(name) or _agency_first(head.tokens[i + 1].text)
    return Source(j + 1, name, known)


def _agency_first(word: str) -> bool:
    """True for a known agency, alone or before a hyphenated service ("dpa-AFX")."""
    return is_agency(word) or is_agency(word.split("-", 1)[0])


def parse_bare_source(head: LeadTokens, i: int, *, acronyms: bool) -> Source | None:
    """A known agency written without parentheses (``IRNA``, ``РИА Новости``); with
    ``acronyms``, any short capitalised acronym too."""
    for length in (3, 2, 1):
        j = i + length
        if not head.tokens.has(j - 1) or any(t.kind != WORD for t in head.tokens[i:j]):
            continue
        name = span(head, i, j)
        if is_agency(name):
            # "Reuters. –": the period separates, it is not part of the name.
            return Source(j, name.rstrip(".") if "." not in name[:-1] else name, True)
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


def parse_agency_name(head: LeadTokens, i: int) -> Source | None:
    """A known agency or a web address, or a name opening with a known agency
    ("CNN Indonesia"): what may sign after a place's comma."""
    source = parse_bare_source(head, i, acronyms=False) or parse_domain_source(head, i)
    if source is not None:
        return source
    tok = token(head, i)
    if tok is None or tok.kind != WORD or not tok.text.isupper() or not is_agency(tok.text):
        return None
    end = name_run(head, i, head.options.dateline_max_region_words)
    return Source(end, span(head, i, end), True) if end > i + 1 else None


def parse_domain_source(head: LeadTokens, i: int) -> Source | None:
    """An outlet signing as its web address: ``PanARMENIAN.Net``, ``News.Az``."""
    tok = token(head, i)
    if tok is None or tok.kind != WORD or not tok.text[0].isalpha():
        return None
    if not _is_domain(tok.text):
        return None
    return Source(i + 1, tok.text, False)


def _is_domain(word: str) -> bool:
    """True for a web address: "PanARMENIAN.Net", "proceso.com.mx", "washingtonpost.com"."""
    stem, dot, suffix = word.rstrip(".").rpartition(".")
    if not dot or len(stem) < 2 or not suffix.isalpha() or suffix.casefold() not in (
        DOMAIN_SUFFIXES
    ):
        return False
    return sum(ch.isalpha() for ch in stem) >= 3


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
    if tok.text in (":", "="):
        # A colon ("NEW DELHI:"), or Belga's equals sign ("BRUXELLES 31/07 (BELGA) = Text").
        return Separator(i + 1, colon=tok.text == ":")
    return None


def dotted_dash(head: LeadTokens, i: int) -> bool:
    """True when the separator at ``i`` is Mexican ".-": a period, then a dash touching
    it ("Juárez.-", "VILLAHERMOSA.-", "(apro).-")."""
    tok, before = token(head, i), token(head, i - 1)
    if tok is None or before is None:
        return False
    if tok.text == "." and (after := token(head, i + 1)) is not None:
        return after.kind == DASH and after.start == tok.end
    return tok.kind == DASH and before.text.endswith(".") and before.end == tok.start
