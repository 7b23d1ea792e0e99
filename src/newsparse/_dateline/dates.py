"""Dates, weekdays and times of day as datelines write them, in several languages."""

from __future__ import annotations

import re
from typing import NamedTuple

from newsparse._dateline.tokens import (
    NUMDATE,
    WORD,
    Head,
    Token,
    is_caps,
    is_number,
    text_at,
    token,
)
from newsparse._dateline.words import (
    AM_PM,
    DATE_JOINERS,
    TIME_ZONES,
    is_weekday,
    key,
    month_of,
)

_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|re|e|º|ª|o)?\.?", re.IGNORECASE)
_NUMDATE_PARTS = re.compile(r"[/.\-]")


class DatePart(NamedTuple):
    """A calendar date; ``ambiguous`` when it is numeric and could be read month first.
    ``month`` is None only for a day alone ("Rio, 5 (AE) -")."""

    end: int
    day: int
    month: int | None
    year: int | None
    ambiguous: bool = False

    def month_first(self) -> DatePart:
        """The same date read as month/day/year (for a US 12-hour clock beside it)."""
        if not self.ambiguous or self.month is None:
            return self
        return self._replace(day=self.month, month=self.day, ambiguous=False)


def _day(tok: Token | None) -> int | None:
    if tok is None or tok.kind != WORD:
        return None
    match = _DAY.fullmatch(tok.text)
    if match is None:
        return None
    day = int(match.group(1))
    return day if 1 <= day <= 31 else None


def _year(tok: Token | None) -> int | None:
    if tok is None or not is_number(tok) or len(tok.text) != 4:
        return None
    year = int(tok.text)
    return year if 1800 <= year <= 2199 else None


def _year_after(head: Head, j: int) -> tuple[int | None, int]:
    year = _year(token(head, j))
    if year is not None:
        return year, j + 1
    joiner = text_at(head, j)
    if joiner == "," or joiner.casefold() in DATE_JOINERS:
        year = _year(token(head, j + 1))
        if year is not None:
            return year, j + 2
    return None, j


def _numeric_date(tok: Token, i: int) -> DatePart | None:
    parts = _NUMDATE_PARTS.split(tok.text)
    first, second, third = (int(p) for p in parts)
    ambiguous = False
    if len(parts[0]) == 4:
        year, month, day = first, second, third
    elif third >= 1000:
        year = third
        if "." in tok.text or first > 12:
            day, month = first, second
        elif second > 12:
            month, day = first, second
        else:
            # Day first, as most of the world writes it, unless a 12-hour clock follows.
            day, month, ambiguous = first, second, True
    else:
        return None
    if not (1 <= day <= 31 and 1 <= month <= 12 and 1800 <= year <= 2199):
        return None
    return DatePart(i + 1, day, month, year, ambiguous)


def parse_date(head: Head, i: int) -> DatePart | None:
    """``Sept. 4``, ``September 4, 2001``, ``4. September``, ``4 de septiembre de 2001``,
    ``04/09/2001``, ``2001-09-04``."""
    tok = token(head, i)
    if tok is None:
        return None
    if tok.kind == NUMDATE:
        return _numeric_date(tok, i)
    if tok.kind != WORD:
        return None
    month = month_of(tok.text)
    if month is None:
        return _day_first_date(head, i)
    day = _day(token(head, i + 1))
    if day is None:
        return None
    year, j = _year_after(head, i + 2)
    return DatePart(j, day, month, year)


def _day_first_date(head: Head, i: int) -> DatePart | None:
    day = _day(token(head, i))
    if day is None:
        return None
    j = i + 1
    if text_at(head, j).casefold() in DATE_JOINERS:
        j += 1
    month_tok = token(head, j)
    month = month_of(month_tok.text) if month_tok and month_tok.kind == WORD else None
    if month is None:
        return None
    year, j = _year_after(head, j + 1)
    return DatePart(j, day, month, year)


def parse_weekday(head: Head, i: int) -> int | None:
    """The index past a weekday name at ``i``, or None."""
    tok = token(head, i)
    return i + 1 if tok is not None and tok.kind == WORD and is_weekday(tok.text) else None


def parse_time(head: Head, i: int) -> tuple[int, bool] | None:
    """``12:34``, ``10:15 a.m. ET``: the end index and whether the clock is 12-hour."""
    hour, colon, minute = token(head, i), text_at(head, i + 1), token(head, i + 2)
    if hour is None or minute is None or colon != ":" or not is_number(hour):
        return None
    if not is_number(minute) or len(minute.text) != 2 or int(hour.text) > 23:
        return None
    j, twelve_hour = i + 3, False
    if key(text_at(head, j)) in AM_PM:
        j, twelve_hour = j + 1, True
    if key(text_at(head, j)) in TIME_ZONES and is_caps(head.tokens[j]):
        j += 1
    return j, twelve_hour


def starts_date(head: Head, i: int) -> bool:
    """True when a date or a weekday begins at ``i`` (it ends a place name)."""
    tok = token(head, i)
    if tok is None or tok.kind != WORD:
        return tok is not None and tok.kind == NUMDATE
    return is_weekday(tok.text) or parse_date(head, i) is not None


def parse_short_date(head: Head, i: int) -> DatePart | None:
    """A day and month as digits with no year, day first: Belga's ``31/07``. Only read
    after a place, where nothing else can stand in this shape."""
    day_tok, slash, month_tok = token(head, i), token(head, i + 1), token(head, i + 2)
    if day_tok is None or slash is None or month_tok is None or slash.text != "/":
        return None
    if not (is_number(day_tok) and is_number(month_tok)):
        return None
    if day_tok.end != slash.start or slash.end != month_tok.start:
        return None
    day, month = int(day_tok.text), int(month_tok.text)
    if not (1 <= day <= 31 and 1 <= month <= 12) or len(month_tok.text) > 2:
        return None
    return DatePart(i + 3, day, month, None)


def parse_lone_day(head: Head, i: int) -> DatePart | None:
    """A day of the month alone, as Brazilian wires write it after the place: the ``5``
    of ``Rio, 5 (AE) -``. Only taken where a bracketed source follows."""
    tok = token(head, i)
    if tok is None or not is_number(tok) or len(tok.text) > 2 or text_at(head, i + 1) != "(":
        return None
    day = int(tok.text)
    return DatePart(i + 1, day, None, None) if 1 <= day <= 31 else None


def two_digit_year(head: Head, i: int) -> int | None:
    """A year written with two digits (``20`` for 2020), as a bracketed dateline may."""
    tok = token(head, i)
    if tok is None or not is_number(tok) or len(tok.text) != 2:
        return None
    return 2000 + int(tok.text)
