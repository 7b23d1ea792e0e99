"""The forms a dateline takes, tried in order on the tokens of a lead's first line.

* header lines that open with a date: ``4 September IranExpert``,
  ``Tuesday, September 4, 2001 | MOSCOW``, ``04/09/2001 12:34 - IRNA``,
  ``Sept. 4, 2001, 10:15 a.m. ET``, and a date opening a paragraph, ``Feb. 23, 2015 --``;
* a source with no place: ``(CNN) —``, ``(Reuters)``, ``IRNA --``, ``PanARMENIAN.Net -``;
* a place, then maybe a date or weekday, then maybe a source, then a separator:
  ``WASHINGTON (AP) —``, ``LONDON, Sept 4 (Reuters) -``, ``Tehran, Sept 4, IRNA --``,
  ``MOSKAU, 4. September (Reuters) -``, ``PARÍS, 4 sep (EFE).-``, ``NEW DELHI:``,
  ``JERUSALEM, Tuesday —``, ``Hong Kong (CNN Business)``, and a place alone on its line.

Whether a capitalised opening is a place is judged in ``_dateline_evidence``; that keeps
"A HUNTER who…", "DEAR ABBY:", "Staff Reports" and prose such as "Hong Kong is burning"
from becoming datelines.
"""

from __future__ import annotations

from typing import NamedTuple

from newsparse._dateline.dates import DatePart, parse_date, parse_time, parse_weekday
from newsparse._dateline.evidence import accept_place, opens_sentence
from newsparse._dateline.grammar import (
    Place,
    Separator,
    Source,
    parse_bare_source,
    parse_domain_source,
    parse_paren_source,
    parse_place,
    parse_separator,
)
from newsparse._dateline.tokens import LeadTokens, line_end, text_at, token


class Found(NamedTuple):
    """A dateline found in a head: the token index past it and its fields."""

    end: int
    place: str | None = None
    source: str | None = None
    date: DatePart | None = None


def find(head: LeadTokens) -> Found | None:
    """The dateline that opens ``head``, or None."""
    return _date_first(head) or _source_first(head) or _bare_source_first(head) or _wire(head)


# --- header lines and paragraphs that open with a date ---------------------------------


def _date_first(head: LeadTokens) -> Found | None:
    i = 0
    after_weekday = parse_weekday(head, 0)
    if after_weekday is not None:
        i = after_weekday + (text_at(head, after_weekday) == ",")
    date = parse_date(head, i)
    if date is None:
        return None
    j = date.end
    clock = parse_time(head, j + (text_at(head, j) in (",", "|", "at")))
    if clock is not None:
        j = clock[0]
        if clock[1]:
            date = date.month_first()
    return _after_date(head, j, date)


def _after_date(head: LeadTokens, j: int, date: DatePart) -> Found | None:
    """What may follow a leading date: nothing, ``| PLACE``, a dash, ``(SOURCE) -``, a name."""
    if line_end(head, j):
        return Found(j, date=date)
    if text_at(head, j) == "|":
        return _pipe_place(head, j + 1, date)
    sep = parse_separator(head, j)
    if sep is not None and not sep.colon:
        return _trailing_name(head, sep.end, date, strict=True) or Found(sep.end, date=date)
    source = parse_paren_source(head, j)
    if source is None:
        return _trailing_name(head, j, date, strict=False)
    sep = parse_separator(head, source.end)
    if sep is None or sep.colon:
        return None
    return Found(sep.end, source=source.name, date=date)


def _pipe_place(head: LeadTokens, i: int, date: DatePart) -> Found | None:
    """``Tuesday, September 4, 2001 | MOSCOW``: a place closing a header line."""
    place = parse_place(head, i)
    if place is None or not line_end(head, place.end) or place.label_like:
        return None
    return Found(place.end, place=place.text, date=date) if place.known or place.caps else None


def _trailing_name(head: LeadTokens, i: int, date: DatePart, *, strict: bool) -> Found | None:
    """A place or source that closes a header line: ``… IranExpert``, ``… - IRNA``.

    After a dash (``strict``) only an agency, a web address or a known place will do:
    anything else there is the story's first words.
    """
    source = parse_bare_source(head, i, acronyms=True) or parse_domain_source(head, i)
    if source is not None and line_end(head, source.end):
        return Found(source.end, source=source.name, date=date)
    place = parse_place(head, i)
    if place is None or not line_end(head, place.end) or place.label_like:
        return None
    if place.known:
        return Found(place.end, place=place.text, date=date)
    if strict or place.regions or len(place.text.split()) > 3:
        return None
    return Found(place.end, source=place.text, date=date)


# --- a source with no place ------------------------------------------------------------


def _source_first(head: LeadTokens) -> Found | None:
    source = parse_paren_source(head, 0)
    if source is None or text_at(head, 0) != "(":
        return None
    sep = parse_separator(head, source.end)
    if sep is not None and not sep.colon:
        # ANSA writes the place after the source: "(ANSA) - ROMA, 4 SET -".
        place = parse_place(head, sep.end)
        if place is not None:
            date = parse_date(head, place.end + (text_at(head, place.end) == ","))
            tail = parse_separator(head, date.end) if date is not None else None
            if date is not None and tail is not None and not tail.colon:
                return Found(tail.end, place=place.text, source=source.name, date=date)
        return Found(sep.end, source=source.name)
    if not source.known:
        return None
    after = token(head, source.end)
    if line_end(head, source.end) or (after is not None and opens_sentence(after.text)):
        return Found(source.end, source=source.name)
    return None


def _bare_source_first(head: LeadTokens) -> Found | None:
    source = parse_bare_source(head, 0, acronyms=False) or parse_domain_source(head, 0)
    if source is None:
        return None
    sep = parse_separator(head, source.end)
    if sep is None or sep.colon:
        return None
    return Found(sep.end, source=source.name)


# --- place, date, source, separator ----------------------------------------------------


def _wire(head: LeadTokens) -> Found | None:
    place = parse_place(head, 0)
    if place is None:
        return None
    j, date = place.end, None
    comma = text_at(head, j) == ","
    if not (comma or place.known or place.caps):
        # Without a comma, "Stephanie September 17, 2014 -" is a name and a date.
        return _wire_tail(head, place, j, dated=False, date=None)
    k = j + comma
    # A weekday needs its comma: "Medina Sun" is a newspaper, not Medina on a Sunday.
    after_weekday = parse_weekday(head, k) if comma else None
    dated = after_weekday is not None
    if after_weekday is not None:
        j = after_weekday
        k = j + (text_at(head, j) == ",")
    found_date = parse_date(head, k)
    if found_date is not None:
        j, dated, date = found_date.end, True, found_date
        if not comma and place.city_known and place.text.endswith("."):
            # Interfax: "Москва. 4 сентября. INTERFAX.RU -": the dot closes the place.
            place = place._replace(text=place.text[:-1])
    if text_at(head, j) == "|" and not dated:
        return _place_pipe_date(head, place, j + 1)
    return _wire_tail(head, place, j, dated=dated, date=date)


def _wire_tail(
    head: LeadTokens, place: Place, j: int, *, dated: bool, date: DatePart | None
) -> Found | None:
    """The source and separator after a place (and date), and the verdict on them."""
    source, sep, j = _wire_source(head, j, dated=dated)
    if sep is not None and not sep.colon and date is None:
        # Press releases: "Geneva, Switzerland – 19 November 2019 – Text".
        later = parse_date(head, sep.end)
        closing = None if later is None else parse_separator(head, later.end)
        if later is not None and closing is not None and not closing.colon:
            date, dated, sep = later, True, closing
    if not accept_place(head, place, dated=dated, source=source, sep=sep, after=j):
        return None
    end = j if sep is None else sep.end
    if sep is not None and source is None and not sep.colon:
        source, end = _source_after_dash(head, end)
    name = None if source is None else source.name
    return Found(end, place=place.text, source=name, date=date)


def _source_after_dash(head: LeadTokens, i: int) -> tuple[Source | None, int]:
    """A source that signs after the place's dash, and the index past it:
    RIA Novosti's "МОСКВА, 4 сен — РИА Новости. Text", Business Wire's
    "SAN FRANCISCO--(BUSINESS WIRE)--Text"."""
    agency = parse_bare_source(head, i, acronyms=False)
    if agency is not None and _ends_with_dot(head, agency.end - 1):
        return agency._replace(name=agency.name.rstrip(".")), agency.end
    if agency is not None and text_at(head, agency.end) == ".":
        return agency, agency.end + 1
    wire = parse_paren_source(head, i) if text_at(head, i) == "(" else None
    sep = None if wire is None else parse_separator(head, wire.end)
    if wire is not None and sep is not None and not sep.colon:
        return wire, sep.end
    return None, i


def _wire_source(
    head: LeadTokens, j: int, *, dated: bool
) -> tuple[Source | None, Separator | None, int]:
    """The source after a place (and date) and the separator after it, with the index
    between them: ``, IRNA --``, ``(Reuters) -``, ``(EFE).-``, ``. /ТАСС/.``"""
    if dated:
        k = j + (text_at(head, j) == ",")
        bare = parse_bare_source(head, k, acronyms=True) or parse_domain_source(head, k)
        if bare is not None:
            sep = parse_separator(head, bare.end)
            if sep is not None:
                return bare, sep, bare.end
    if text_at(head, j) == "(":
        source = parse_paren_source(head, j)
        if source is not None:
            return source, parse_separator(head, source.end), source.end
    sep = parse_separator(head, j)
    k = j + (text_at(head, j) == ".")
    slashed = parse_paren_source(head, k) if sep is None and text_at(head, k) == "/" else None
    if slashed is not None:
        after = parse_separator(head, slashed.end)
        if after is not None and not after.colon:
            # PR Newswire: "NEW YORK, Nov. 19, 2019 /PRNewswire/ -- Text"
            return slashed, after, slashed.end
        if text_at(head, slashed.end) == ".":
            # TASS: "МОСКВА, 4 сентября. /ТАСС/. Text" (the first dot may sit on the month)
            return slashed, Separator(slashed.end + 1, colon=False), slashed.end
    return None, sep, j


def _ends_with_dot(head: LeadTokens, i: int) -> bool:
    return text_at(head, i).endswith(".")


def _place_pipe_date(head: LeadTokens, place: Place, i: int) -> Found | None:
    """``MOSCOW | Tuesday, September 4, 2001``: a header line, place first."""
    after_weekday = parse_weekday(head, i)
    if after_weekday is not None:
        i = after_weekday + (text_at(head, after_weekday) == ",")
    date = parse_date(head, i)
    if date is None or not (place.known or place.caps) or place.label_like:
        return None
    j = date.end
    clock = parse_time(head, j + (text_at(head, j) == ","))
    if clock is not None:
        j = clock[0]
        date = date.month_first() if clock[1] else date
    return Found(j, place=place.text, date=date) if line_end(head, j) else None
