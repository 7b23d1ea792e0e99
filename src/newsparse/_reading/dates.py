"""Dates from metadata values, ``<time datetime>`` and URL paths, and the choice among them.

Values keep their time and zone when both are given (a timezone-aware ``datetime``); a value
with no zone, or no time, gives a ``date`` (a naive time would claim a precision we do not
have). Nothing here reads scripts or styles: callers hand over attribute and JSON-LD values.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from newsparse._dateline.words import month_in_date, month_of
from newsparse._options import ParseOptions

PageDate = dt.date | dt.datetime

#: A figure: every date has one, so texts without any skip the date patterns.
DIGIT = re.compile(r"\d")

#: "Updated", "Last updated", "Modified" and their like in the languages the project
#: reads: a date it introduces is the update's, not the publication's.
UPDATED = re.compile(
    r"\b(?:(?:last\s+)?(?:updated|modified|edited|reviewed)|last\s+update|aktualisiert"
    r"|geändert|letzte\s+aktualisierung|mis[e]?\s+à\s+jour|actualizad[oa]"
    r"|última\s+actualización|aggiornat[oa]|ultimo\s+aggiornamento|atualizad[oa]"
    r"|última\s+atualização|zaktualizowano|ostatnia\s+aktualizacja|bijgewerkt"
    r"|обновлено|оновлено)\b",
    re.IGNORECASE,
)

# ISO 8601 as pages write it: "2015-07-10 09:53:00 -0400", "2017-11-16T14:15+0000",
# "2019-10-18T17:23:34.816Z", "20170113", "2018-12-21 12:55:00".
_ISO = re.compile(
    r"(?P<y>\d{4})-?(?P<m>\d\d)-?(?P<d>\d\d)"
    r"(?:[T\s]+(?P<H>\d\d):?(?P<M>\d\d)(?::?(?P<S>\d\d)(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d\d(?::?\d\d)?)?)?",
    re.IGNORECASE,
)
_SLASHED = re.compile(r"(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})\b")
# Month names in the languages the dateline grammar knows ("March", "avril", "März").
_MONTH_NAME = r"(?P<mon>[^\W\d_]{3,12})\.?"
# "March 25, 2015", "Mar 13 21:30:09 EST 2015", "25 March 2015", "16 November 2017 • 2:15pm".
_MONTH_DAY_YEAR = re.compile(_MONTH_NAME + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
                             r"(?:\d\d:\d\d(?::\d\d)?\s+[A-Z]{2,5}\s+)?(?P<y>\d{4})\b")
# …and with dots for spaces: "21.dez.2018".
_DAY_MONTH_YEAR = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th|er)?(?:\.?\s+|\.)(?:de\s+)?"
                             + _MONTH_NAME + r"(?:,?\s+(?:de\s+)?|(?<=\.))(?P<y>\d{4})\b")
# …and with hyphens, as logs and some CMSs stamp a post: "04-ago-2021", "19-Dec-2025".
_DAY_MONTH_YEAR_HYPHENED = re.compile(r"(?<![\w-])(?P<d>\d{1,2})-" + _MONTH_NAME
                                      + r"-(?P<y>\d{4})(?![\w-])")
# A date in a URL path: /2019/11/19/, /2019-11-19/, /20191119/.
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)(?P<sep>[/_-]?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?:[/_.-]|$)"
    # …or a compact date ending the slug: /tuft-cells-set-off-responses-20191120/
    r"|-(?P<y2>(?:19|20)\d\d)(?P<m2>[01]\d)(?P<d2>[0-3]\d)/?$"
)


def parse_date(value: str, options: ParseOptions) -> PageDate | None:
    """Read one date as metadata writes it; None when ``value`` holds no plausible date
    (see :func:`plausible_date`)."""
    value = value.strip()
    if not value or len(value) > options.meta_max_date_value_chars:
        return None
    match = _ISO.match(value)
    if match:
        return _from_iso(match, options)
    match = _SLASHED.match(value)
    if match:
        return plausible_date(match.group("y"), match.group("m"), match.group("d"), options)
    return parse_written_date(value, options)


def parse_written_date(text: str, options: ParseOptions) -> dt.date | None:
    """Find a date written with a month name ("March 25, 2015", "25 Mar 2015",
    "30 avril 2015", "24 de noviembre de 2017", "12 paź 2019", "04-ago-2021"). A short
    form that only dates use ("paź", "лис") is read between a day and a year, as the
    languages that use it write it, not before the day."""
    for pattern, month_named in ((_MONTH_DAY_YEAR, month_of), (_DAY_MONTH_YEAR, month_in_date),
                                 (_DAY_MONTH_YEAR_HYPHENED, month_in_date)):
        for match in pattern.finditer(text):
            month = month_named(match.group("mon"))
            if month is not None:
                found = plausible_date(match.group("y"), month, match.group("d"), options)
                if found is not None:
                    return found
    return None


# Dates written in figures on a page: "2025-02-22", "12.10.2019", "12/10/2019".
_SHOWN_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")
_SHOWN_NUMERIC = re.compile(
    r"(?<![\d.,/])(?P<a>\d{1,2})(?P<sep>[./])\s?(?P<b>\d{1,2})(?P=sep)\s?(?P<y>\d{4})(?![\d/])")
# …with hyphens, as Dutch and Danish pages write it: "12-10-2019".
_SHOWN_HYPHENED = re.compile(
    r"(?<![\d.,/-])(?P<a>\d{1,2})(?P<sep>-)(?P<b>\d{1,2})-(?P<y>\d{4})(?![\d/-])")
# …and with a two-digit year: "12.10.19", "12/10/19", "12-10-19", the whole of the date
# (not inside a number, a version "2.6.32" or a word).
_SHOWN_SHORT_YEAR = re.compile(
    r"(?<![\w.,/-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d\d)"
    r"(?![\w/-]|[.,]\d)")
_MONTHS_IN_YEAR = 12


def parse_shown_date(text: str, options: ParseOptions, *, month_first: bool = False,
                     page_order: Callable[[], bool | None] | None = None) -> dt.date | None:
    """A date as a page shows it to readers: with a month name in any language the
    dateline grammar knows ("12. Oktober 2019", "12 de outubro de 2019", "October 12,
    2019"), or in figures ("2019-10-12"; day first, "12.10.2019", as most of the world
    writes it; "12/10/2019" day first too unless ``month_first``, the American habit, or
    the numbers say which is which). ``page_order``, asked only of a date that reads both
    ways, says how the page's other dates are written (True: month first; None: they do
    not say, and ``month_first`` stands).

    Figures joined by hyphens ("12-10-2019", as Dutch pages write it) and figures with a
    two-digit year ("12.10.19", "1/8/08"; up to ``options.meta_two_digit_year_pivot`` in
    this century) are written both ways as often, dots too: one that reads both ways is
    read only as ``page_order`` says (the page's other dates, or the language it
    declares), else not at all."""
    found = parse_written_date(text, options)
    if found is not None:
        return found
    match = _SHOWN_ISO.search(text)
    if match:
        return plausible_date(match.group("y"), match.group("m"), match.group("d"), options)
    match = _SLASHED.search(text)
    if match and not text[max(0, match.start() - 1):match.start()].isdigit():
        return plausible_date(match.group("y"), match.group("m"), match.group("d"), options)
    match = _SHOWN_NUMERIC.search(text)
    if match is not None:
        first, second = int(match.group("a")), int(match.group("b"))
        if (page_order is not None and match.group("sep") == "/" and first != second
                and max(first, second) <= _MONTHS_IN_YEAR):
            written = page_order()
            month_first = month_first if written is None else written
        day_first = match.group("sep") == "." or first > _MONTHS_IN_YEAR or (
            second <= _MONTHS_IN_YEAR and not month_first)
        day, month = (first, second) if day_first else (second, first)
        return plausible_date(match.group("y"), month, day, options)
    return _either_way_figures(text, options, page_order)


def _either_way_figures(text: str, options: ParseOptions,
                        page_order: Callable[[], bool | None] | None) -> dt.date | None:
    """:func:`parse_shown_date`'s figures joined by hyphens or with a two-digit year."""
    match = _SHOWN_HYPHENED.search(text)
    year = int(match.group("y")) if match else 0
    if match is None:
        match = _SHOWN_SHORT_YEAR.search(text)
        if match is None:
            return None
        year = int(match.group("y"))
        year += 2000 if year <= options.meta_two_digit_year_pivot else 1900
    first, second = int(match.group("a")), int(match.group("b"))
    if first > _MONTHS_IN_YEAR or second > _MONTHS_IN_YEAR or first == second:
        order: bool | None = second > _MONTHS_IN_YEAR
    else:
        order = page_order() if page_order is not None else None
        if order is None:
            return None
    day, month = (second, first) if order else (first, second)
    return plausible_date(year, month, day, options)


def date_from_url(url: str | None, options: ParseOptions) -> dt.date | None:
    """The publication date a URL path spells out (``/2019/11/19/slug``), if any."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = _URL_DATE.search(path)
    if match is None:
        return None
    if match.group("y") is None:
        return plausible_date(match.group("y2"), match.group("m2"), match.group("d2"), options)
    return plausible_date(match.group("y"), match.group("m"), match.group("d"), options)


def day_of(value: PageDate) -> dt.date:
    """The calendar day of a date or datetime, as written (no time-zone shift)."""
    return value.date() if isinstance(value, dt.datetime) else value


def first_date(values: Iterable[str], options: ParseOptions) -> PageDate | None:
    """The first of ``values`` that parses as a date."""
    for value in values:
        parsed = parse_date(value, options)
        if parsed is not None:
            return parsed
    return None


def _from_iso(match: re.Match[str], options: ParseOptions) -> PageDate | None:
    day = plausible_date(match.group("y"), match.group("m"), match.group("d"), options)
    if day is None or match.group("H") is None or match.group("tz") is None:
        return day
    try:
        clock = dt.time(int(match.group("H")), int(match.group("M")), int(match.group("S") or 0))
    except ValueError:
        return day
    return dt.datetime.combine(day, clock, tzinfo=_zone(match.group("tz")))


def _zone(text: str) -> dt.tzinfo:
    if text.upper() in ("Z", "UTC", "GMT"):
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return dt.UTC
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def plausible_date(year: str | int, month: str | int, day: str | int, options: ParseOptions
                   ) -> dt.date | None:
    """The date, when it exists and its year runs from ``options.meta_min_year`` to
    ``options.meta_max_year``: others are typos or placeholders ("0001-01-01",
    "9999-12-31")."""
    try:
        found = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return found if options.meta_min_year <= found.year <= options.meta_max_year else None
