"""The forms a dateline takes, tried in order on the tokens of a lead's first line.

* header lines that open with a date: ``4 September IranExpert``,
  ``Tuesday, September 4, 2001 | MOSCOW``, ``04/09/2001 12:34 - IRNA``,
  ``Sept. 4, 2001, 10:15 a.m. ET``, and a date opening a paragraph, ``Feb. 23, 2015 --``;
* a source with no place: ``(CNN) —``, ``(Reuters)``, ``IRNA --``, ``PanARMENIAN.Net -``;
* a place, then maybe a date or weekday, then maybe a source, then a separator:
  ``WASHINGTON (AP) —``, ``LONDON, Sept 4 (Reuters) -``, ``Tehran, Sept 4, IRNA --``,
  ``MOSKAU, 4. September (Reuters) -``, ``PARÍS, 4 sep (EFE).-``, ``NEW DELHI:``,
  ``JERUSALEM, Tuesday —``, ``Hong Kong (CNN Business)``, and a place alone on its line;
  places joined by slashes (``Köln/Bonn (dpa) –``), a region in brackets
  (``Breslau (Wroclaw) –``), Mexican ``.-`` (``MORELIA, Mich. (apro).-``), Belga's
  ``ANTWERPEN 12/03 (BELGA) =``, Ritzau's ``Odense /ritzau/:``, ``Rio, 5 (AE) -``, a place
  closed by its own period (``Lecce. Il…``) or by nothing where a feed lost the dash
  (``BAGHDAD, Iraq The…``);
* a credit before the place: ``(AP) HONOLULU -``, ``(ANSA) - ROMA, 4 SET -``;
* a dateline in brackets: ``( Pescara, 14 Gennaio 20 )``;
* Chinese and Japanese agency datelines, read by character in ``cjk``: ``新华社北京3月5日电``,
  ``【東京共同】``.

Whether a capitalised opening is a place is judged in ``evidence``; that keeps
"A HUNTER who…", "DEAR ABBY:", "Staff Reports", rubrics such as "MEINUNG -" and prose
such as "Hong Kong is burning" from becoming datelines.
"""

from __future__ import annotations

from typing import NamedTuple

from newsparse._dateline.cjk import kyodo, xinhua
from newsparse._dateline.dates import (
    DatePart,
    parse_date,
    parse_lone_day,
    parse_short_date,
    parse_time,
    parse_weekday,
    two_digit_year,
)
from newsparse._dateline.evidence import (
    accept_place,
    accept_run_on,
    accept_source_first_place,
    is_outlet_name,
    opens_sentence,
)
from newsparse._dateline.grammar import (
    Place,
    Separator,
    Source,
    dotted_dash,
    parse_agency_name,
    parse_bare_source,
    parse_domain_source,
    parse_paren_source,
    parse_place,
    parse_separator,
)
from newsparse._dateline.tokens import DASH, LeadTokens, line_end, text_at, token
from newsparse._dateline.words import DATE_ARTICLES, is_label


class Found(NamedTuple):
    """A dateline found in a head: the token index past it and its fields."""

    end: int
    place: str | None = None
    source: str | None = None
    date: DatePart | None = None
    #: Where the dateline stops in the text, for forms read by character (Chinese,
    #: Japanese); None when it stops at the end of token ``end - 1``.
    stop: int | None = None


def find(head: LeadTokens) -> Found | None:
    """The dateline that opens ``head``, or None."""
    return (
        _cjk(head)
        or _date_first(head)
        or _source_first(head)
        or _bare_source_first(head)
        or _wire(head)
        or _bracketed(head)
    )


# --- Chinese and Japanese agency datelines ---------------------------------------------


def _cjk(head: LeadTokens) -> Found | None:
    first = token(head, 0)
    if first is None or first.text[0].isascii():
        return None
    max_place = head.options.dateline_max_cjk_place_chars
    found = xinhua(head.text, first.start, max_place) or kyodo(head.text, first.start, max_place)
    if found is None:
        return None
    date = None
    if found.day is not None and found.month is not None:
        date = DatePart(0, found.day, found.month, found.year)
    return Found(1, place=found.place, source=found.source, date=date, stop=found.stop)


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
        return _after_date_dash(head, sep.end, date)
    source = parse_paren_source(head, j)
    if source is None:
        return _signed_after_date(head, j, date) or _trailing_name(head, j, date, strict=False)
    sep = parse_separator(head, source.end)
    if sep is None or sep.colon:
        return None
    return Found(sep.end, source=source.name, date=date)


def _after_date_dash(head: LeadTokens, i: int, date: DatePart) -> Found | None:
    """After a leading date and a dash: a closing agency or place, else the story; but
    a meta label there makes the line a stamp ("05/10/2018 - Publicado por: …")."""
    if is_label(text_at(head, i)):
        return None
    return _trailing_name(head, i, date, strict=True) or Found(i, date=date)


def _signed_after_date(head: LeadTokens, j: int, date: DatePart) -> Found | None:
    """An agency signing after the date with no brackets: "12 марта. INTERFAX.RU - Text"."""
    signed = parse_bare_source(head, j, acronyms=False) or parse_domain_source(head, j)
    sep = None if signed is None else parse_separator(head, signed.end)
    if signed is None or sep is None or sep.colon:
        return None
    return Found(sep.end, source=signed.name, date=date)


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
    if place.known and place.parts == 1:
        return Found(place.end, place=place.text, date=date)
    if strict or place.regions or place.parts > 1 or len(place.text.split()) > 3:
        return None
    return Found(place.end, source=place.text, date=date)


# --- a source with no place ------------------------------------------------------------


def _source_first(head: LeadTokens) -> Found | None:
    source = parse_paren_source(head, 0)
    if source is None or text_at(head, 0) != "(":
        return None
    sep = parse_separator(head, source.end)
    dashed = sep is not None and not sep.colon
    placed = _place_after_source(head, sep.end if sep is not None and dashed else source.end)
    if placed is None and not dashed:
        placed = _date_after_source(head, source.end)
    if placed is not None:
        return placed._replace(source=source.name)
    if sep is not None and dashed:
        return Found(sep.end, source=source.name)
    if not source.known:
        return None
    after = token(head, source.end)
    if line_end(head, source.end) or (after is not None and opens_sentence(after.text)):
        return Found(source.end, source=source.name)
    return None


def _date_after_source(head: LeadTokens, i: int) -> Found | None:
    """PRWeb: "(PRWEB) March 3, 2008 -- Text"."""
    date = parse_date(head, i)
    closing = None if date is None else parse_separator(head, date.end)
    if date is None or closing is None or closing.colon:
        return None
    return Found(closing.end, date=date)


def _place_after_signature(head: LeadTokens, source: Source) -> Found | None:
    """A web desk signing before the place: "Liputan6.com, Jakarta - Text"."""
    place = parse_place(head, source.end + 1)
    sep = None if place is None else parse_separator(head, place.end)
    if place is None or sep is None or sep.colon or not place.known:
        return None
    return Found(sep.end, place=place.written(head), source=source.name)


def _place_after_source(head: LeadTokens, i: int) -> Found | None:
    """A place (and date) after a credit that opens the lead, closed by a dash:
    ANSA's "(ANSA) - ROMA, 4 SET -", "(AP) HONOLULU -", "(PRWeb) CHICAGO, March 2 --",
    "(Multichannel News) _ Washington --"."""
    place = parse_place(head, i)
    if place is None:
        return None
    j, date = place.end, None
    if text_at(head, j) == ",":
        date = parse_date(head, j + 1)
        j = j if date is None else date.end
    tail = parse_separator(head, j)
    if tail is None or tail.colon or not accept_source_first_place(place, dated=date is not None):
        return None
    return Found(tail.end, place=place.written(head), date=date)


def _bare_source_first(head: LeadTokens) -> Found | None:
    source = parse_bare_source(head, 0, acronyms=False) or parse_domain_source(head, 0)
    outlet = is_outlet_name(head, 0) if source is None else None
    source = source or outlet
    if source is None:
        return None
    if text_at(head, source.end) == "," and outlet is None:
        return _place_after_signature(head, source)
    sep = parse_separator(head, source.end)
    if sep is None or sep.colon:
        return None
    story = token(head, sep.end)
    if outlet is not None and (story is None or not opens_sentence(story.text)):
        return None  # an outlet the lists do not know needs the story after it
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
    if comma and text_at(head, k) in DATE_ARTICLES and parse_date(head, k + 1) is not None:
        k += 1  # "Paris, le 5 janvier 2020 –", "Berlin, den 5. Januar 2020 –"
    found_date = (
        parse_date(head, k)
        or parse_short_date(head, k)
        or (parse_lone_day(head, k) if comma else None)
    )
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
    if sep is None and source is None:
        return _run_on(head, place, j, date=date)
    dotted = sep is not None and dotted_dash(head, j)
    if not accept_place(
        head, place, dated=dated, source=source, sep=sep, after=j, dotted=dotted
    ):
        return None
    end = j if sep is None else sep.end
    if sep is not None and source is None and not sep.colon:
        source, end, later_date = _source_after_dash(head, end)
        date = date or later_date
    name = None if source is None else source.name
    return Found(end, place=place.written(head), source=name, date=date)


def _run_on(head: LeadTokens, place: Place, j: int, *, date: DatePart | None) -> Found | None:
    """A place with nothing between it and the story: alone on its line, closed by its
    own period ("Lecce. Il sindaco", "Lima.El"), or a feed that lost the dash
    ("BAGHDAD, Iraq The …", "THENS, Aug. 18  Tyler …")."""
    dated = date is not None
    if accept_place(head, place, dated=dated, source=None, sep=None, after=j) or (
        accept_run_on(head, place, j, dated=dated)
    ):
        return Found(j, place=place.written(head), date=date)
    return None


def _source_after_dash(head: LeadTokens, i: int) -> tuple[Source | None, int, DatePart | None]:
    """A source that signs after the place's dash, the index past it, and a date after
    it: RIA Novosti's "МОСКВА, 4 сен — РИА Новости. Text", Business Wire's
    "SAN FRANCISCO--(BUSINESS WIRE)--Text" and "--(Business Wire)-- Dec. 10, 2004 --"."""
    agency = parse_bare_source(head, i, acronyms=False)
    if agency is not None and _ends_with_dot(head, agency.end - 1):
        return agency._replace(name=agency.name.rstrip(".")), agency.end, None
    if agency is not None and text_at(head, agency.end) == ".":
        return agency, agency.end + 1, None
    dated_wire = _wire_with_date(head, i)
    if dated_wire is not None:
        return dated_wire
    wire = parse_paren_source(head, i) if text_at(head, i) == "(" else None
    sep = None if wire is None else parse_separator(head, wire.end)
    if wire is not None and sep is not None and not sep.colon:
        date = parse_date(head, sep.end)
        closing = None if date is None else parse_separator(head, date.end)
        if date is not None and closing is not None and not closing.colon:
            return wire, closing.end, date
        return wire, sep.end, None
    return None, i, None


def _wire_with_date(head: LeadTokens, i: int) -> tuple[Source, int, DatePart] | None:
    """Marketwire: "--(Marketwire - March 3, 2008) - Text", a wire and its date in
    one bracket."""
    if text_at(head, i) != "(":
        return None
    wire = parse_agency_name(head, i + 1)
    dash = None if wire is None else token(head, wire.end)
    if wire is None or dash is None or dash.kind != DASH or not wire.known:
        return None
    date = parse_date(head, wire.end + 1)
    if date is None or text_at(head, date.end) != ")":
        return None
    sep = parse_separator(head, date.end + 1)
    if sep is None or sep.colon:
        return None
    return wire, sep.end, date


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
    elif text_at(head, j) == ",":
        # "Wellington, PTI:", "Tehran, IRNA --", "JAKARTA, KOMPAS.com -": a known agency
        # or a web address after the place's comma.
        bare = parse_agency_name(head, j + 1)
        sep = None if bare is None else parse_separator(head, bare.end)
        if bare is not None and sep is not None:
            return bare, sep, bare.end
    # "(EFE).-"; "XALAPA, Ver.-(apro).-" (a dash before it); "D.F., (proceso.com.mx).-".
    opener = j + (text_at(head, j) == "," or _dash_before_bracket(head, j))
    if text_at(head, opener) == "(":
        source = parse_paren_source(head, opener)
        if source is not None:
            return source, parse_separator(head, source.end), source.end
    sep = parse_separator(head, j)
    k = j + (text_at(head, j) == ".")
    slashed = parse_paren_source(head, k) if sep is None and text_at(head, k) == "/" else None
    if slashed is not None:
        after = parse_separator(head, slashed.end)
        if after is not None:
            # PR Newswire: "NEW YORK, Nov. 19, 2019 /PRNewswire/ -- Text";
            # Ritzau: "Aarhus /ritzau/: Text".
            return slashed, after, slashed.end
        if text_at(head, slashed.end) == ".":
            # TASS: "МОСКВА, 4 сентября. /ТАСС/. Text" (the first dot may sit on the month)
            return slashed, Separator(slashed.end + 1, colon=False), slashed.end
    return None, sep, j


def _ends_with_dot(head: LeadTokens, i: int) -> bool:
    return text_at(head, i).endswith(".")


def _dash_before_bracket(head: LeadTokens, i: int) -> bool:
    """True for a hyphen glued to a bracket after it: the "-(" of "Ver.-(apro).-"."""
    tok, after = token(head, i), token(head, i + 1)
    return (
        tok is not None
        and after is not None
        and tok.kind == DASH
        and after.text == "("
        and after.start == tok.end
    )


# --- a dateline in brackets ------------------------------------------------------------


def _bracketed(head: LeadTokens) -> Found | None:
    """A whole dateline in brackets: "( Pescara, 14 Gennaio 20 )"."""
    if text_at(head, 0) != "(":
        return None
    place = parse_place(head, 1)
    if place is None or place.label_like or text_at(head, place.end) != ",":
        return None
    date = parse_date(head, place.end + 1)
    if date is None:
        return None
    j = date.end
    if date.year is None and (year := two_digit_year(head, j)) is not None:
        date, j = date._replace(year=year), j + 1
    if text_at(head, j) != ")":
        return None
    after = token(head, j + 1)
    if not (line_end(head, j + 1) or (after is not None and opens_sentence(after.text))):
        return None
    return Found(j + 1, place=place.written(head), date=date)


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
