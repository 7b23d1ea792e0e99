"""Text dumps: the date lines of a story's head ("March 25, 2015", "Monday 5:30PM",
"2018-08-25 15:24", "Last Updated: January 7, 2025").

A line that says the story was updated gives the modification date; when it also says
when the story was published ("Updated Nov 19, 2019; Posted Nov 18, 2019"), that is the
publication date.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence

from newsparse._dateline.words import month_in_date, month_of
from newsparse._options import ParseOptions
from newsparse._reading.bylines import is_byline_furniture, opens_with_date
from newsparse._reading.dates import DIGIT, UPDATED, parse_written_date, plausible_date
from newsparse._text.features import LineFeatures
from newsparse._text.lines import TEXT, Line

_YEAR_FIRST_DATE = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<sep>[-./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])")
# "23.07.2025", "10/31/2024": day and month in figures, then a four-digit year; a space
# may follow each dot or slash, as Polish, Czech and German pages write it ("23. 7. 2025"),
# and as the HTML header's dates are read.
_DAY_MONTH_FIGURES = re.compile(
    r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[./])\s?(?P<b>\d{1,2})(?P=sep)\s?"
    r"(?P<y>(?:19|20)\d\d)(?![\d./])")
# "10.15.15", "9/11/13 10:00AM": day and month in figures, then a two-digit year, as a
# post's stamp opens a line; read only there (amid a line, "2.6.32" is a version).
_SHORT_YEAR_DATE = re.compile(
    r"\W{0,2}(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d\d)(?![\d./])")
_MONTHS_IN_YEAR = 12
#: Asked, only of a date in figures that reads both ways, whether the page writes the
#: month first (True), the day first (False), or does not say (None).
DayOrder = Callable[[], bool | None]
# "3 October 2023", "3. Oktober 2023", "3 de octubre de 2023" (day first) or "October 3,
# 2023" (month first): a date with a month name shows the page's habit.
_WRITTEN_DAY_FIRST = re.compile(
    r"(?<![\d.,/])\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?([^\W\d_]{3,12})\.?,?\s+"
    r"(?:de\s+)?(?:19|20)\d\d\b")
_WRITTEN_MONTH_FIRST = re.compile(
    r"\b([^\W\d_]{3,12})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b")
# A stamp that names the day but not the date: "Monday 5:30PM", "Yesterday 12:35 pm".
_DAY_AND_TIME = re.compile(
    r"(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+(?:at\s+)?"
    r"\d{1,2}:\d\d\s*(?:am|pm)?\b", re.IGNORECASE)
# A month glued to the word before it by a dump that joins inline elements ("Associated
# PressDecember 2, 2016", "Mental HealthDECEMBER 22, 2022"): a lower-case letter, then a
# month in capitals or capitalised, and a day.
_GLUED_MONTH = re.compile(
    r"(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?\s+\d)")
# A day and a year, then a time, a reading time or a capitalised word glued to the year.
_GLUED_AFTER_YEAR = re.compile(
    r"(\b\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)(?=\d{1,2}(?::\d\d|\s*min)|[A-Z])")
# UPDATED ("Last updated:", "Modified on", "Mis à jour le") up to the date it introduces.
_UPDATED_UP_TO_DATE = re.compile(
    UPDATED.pattern + r"[\s:.,-]*(?:on\s+|le\s+|am\s+|el\s+|em\s+)?", re.IGNORECASE)
# An update's label that opens a line ("Last updated:", "Aktualisiert am").
_UPDATED_AT_START = re.compile(UPDATED.pattern, re.IGNORECASE)
# The same label said of the page ("Page last modified", "This page was last updated on",
# "Seite zuletzt aktualisiert"), as an agency's or a company's page stamps its foot.
_PAGE_UPDATED = re.compile(
    r"(?:this\s+)?(?:page|seite|página|pagina)\s+(?:was\s+|wurde\s+|zuletzt\s+)?"
    + UPDATED.pattern, re.IGNORECASE)
# What ends the update's date on a line that also says when the story was published.
_UPDATE_END = re.compile(r"[;|]|\b(?:posted|published|publié|publicado|veröffentlicht)\b",
                         re.IGNORECASE)


def is_date_line(text: str, options: ParseOptions) -> bool:
    """True when ``text`` is a short line that dates the story (a date, a time stamp)."""
    return len(text) <= options.text_max_date_line_chars and bool(
        opens_with_date(text) or _DAY_AND_TIME.match(text) or written_date(text, options)
        or numeric_date(text, options))


def written_date(text: str, options: ParseOptions) -> dt.date | None:
    """:func:`parse_written_date`, with a month glued to the word before it set apart, and
    what a dump glued to the year after it ("October 17, 20236:01 PM", "January 12,
    2025January 22, 2025", "Mar 27, 20255 mins")."""
    if DIGIT.search(text) is None:
        return None  # every written date has its day and year in figures: no scan needed
    if len(text) <= _MEMO_MAX_CHARS:
        return _short_written_date(text, options)
    return _unglued_written_date(text, options)


def _unglued_written_date(text: str, options: ParseOptions) -> dt.date | None:
    return parse_written_date(_GLUED_AFTER_YEAR.sub(r"\1 ", _GLUED_MONTH.sub(" ", text)), options)


# A dump's head and foot ask for the date of the same short lines again and again (more
# than half the asks with a figure, in one parse): their answers are remembered, a date
# depending on the text and the options alone. (A cost, not a threshold: a few hundred
# short lines, longer ones not kept.)
_MEMO_MAX_CHARS = 200
_short_written_date = functools.lru_cache(maxsize=512)(_unglued_written_date)


def line_dates(text: str, options: ParseOptions, order: DayOrder | None = None
               ) -> tuple[dt.date | None, dt.date | None]:
    """The publication and modification dates a line gives, either None. ``order`` says
    how to read a date in figures that reads both ways ("03/10/2023"; see
    :func:`writes_month_first`); without it, such a date is none."""
    updated = _UPDATED_UP_TO_DATE.search(text)
    if updated is None:
        return _date_in(text, options, order), None
    after = text[updated.end():]
    end = _UPDATE_END.search(after)
    if end is None:
        return (_date_in(text[:updated.start()], options, order),
                _date_in(after, options, order))
    rest = text[:updated.start()] + " " + after[end.start():]
    return _date_in(rest, options, order), _date_in(after[:end.start()], options, order)


def numeric_date(text: str, options: ParseOptions) -> dt.date | None:
    """A date written year first in figures ("2018-08-25 15:24", "2016.12.01"), which no
    order of day and month makes ambiguous."""
    match = _YEAR_FIRST_DATE.search(text)
    if match is None:
        return None
    return plausible_date(match["y"], match["m"], match["d"], options)


def _date_in(text: str, options: ParseOptions, order: DayOrder | None) -> dt.date | None:
    return (written_date(text, options) or numeric_date(text, options)
            or _day_and_month_date(text, options, order))


def _day_and_month_date(text: str, options: ParseOptions, order: DayOrder | None = None
                        ) -> dt.date | None:
    """A date in figures, day and month before the year: a number past 12 can only be the
    day ("10/31/2024", "31/10/2024", "10.31.2024"); else a dotted date is day first, as
    everywhere dots are written ("03.07.2025"), and a slashed one ("10/12/2023") is read
    as the page's other dates are written (``order``), or not at all when they do not
    say (a dump does not tell the American habit from the others). A two-digit year
    ("10.15.15", "9/11/13 10:00AM") is read only where the date opens the line, as a
    post's stamp does, up to ``options.text_two_digit_year_pivot`` in this century and
    from there in the last (then dots say nothing of the order)."""
    match = _DAY_MONTH_FIGURES.search(text)
    if match is not None:
        return _figures_date(match, int(match["y"]), options, order,
                             dots_day_first=True)
    match = _SHORT_YEAR_DATE.match(text)
    if match is None:
        return None
    year = int(match["y"])
    year += 2000 if year <= options.text_two_digit_year_pivot else 1900
    # (Dotted, a two-digit year is as often written month first: "11.03.17".)
    return _figures_date(match, year, options, order, dots_day_first=False)


def _figures_date(match: re.Match[str], year: int, options: ParseOptions,
                  order: DayOrder | None, *, dots_day_first: bool) -> dt.date | None:
    """The date of a match of day and month in figures (groups ``a``, ``b``, ``sep``) in
    ``year``: see :func:`_day_and_month_date`."""
    first, second = int(match["a"]), int(match["b"])
    if first > _MONTHS_IN_YEAR >= second:
        day, month = first, second
    elif second > _MONTHS_IN_YEAR >= first:
        day, month = second, first
    elif first > _MONTHS_IN_YEAR or second > _MONTHS_IN_YEAR:
        return None
    elif (dots_day_first and match["sep"] == ".") or first == second:
        day, month = first, second
    else:
        month_first = order() if order is not None else None
        if month_first is None:
            return None
        day, month = (second, first) if month_first else (first, second)
    return plausible_date(year, month, day, options)


def writes_month_first(texts: Iterable[str]) -> bool | None:
    """True when the dates of ``texts`` (a page's lines) put the month first, False when
    they put the day first, None when they do not say (no date of either kind, or as many
    of each). Dates in figures that read one way only ("23/10/2023") decide first; then
    the order of the dates written with a month name ("3 October 2023", "October 3,
    2023"), each date once. Asked only when a date the head shows reads both ways."""
    month_first: set[str] = set()
    day_first: set[str] = set()
    written_month_first: set[str] = set()
    written_day_first: set[str] = set()
    for text in texts:
        if not DIGIT.search(text):
            continue
        for match in _DAY_MONTH_FIGURES.finditer(text):
            first, second = int(match["a"]), int(match["b"])
            if first > _MONTHS_IN_YEAR >= second:
                day_first.add(match[0])
            elif second > _MONTHS_IN_YEAR >= first:
                month_first.add(match[0])
        written_day_first.update(match[0] for match in _WRITTEN_DAY_FIRST.finditer(text)
                                 if month_in_date(match[1]) is not None)
        written_month_first.update(match[0] for match in _WRITTEN_MONTH_FIRST.finditer(text)
                                   if month_of(match[1]) is not None)
    # Each date counts once: a thread of comments repeats its stamp's habit.
    for later, earlier in ((month_first, day_first), (written_month_first, written_day_first)):
        if len(later) != len(earlier):
            return len(later) > len(earlier)
    return None


def date_follows(lines: Sequence[Line], i: int, options: ParseOptions) -> bool:
    """True when a date line follows line ``i``, maybe after a button ("Follow"), each
    short enough (``options.text_max_vouching_date_chars``, ``text_max_button_chars``)."""
    j = i + 1
    if j >= len(lines):
        return False
    text = lines[j][TEXT]
    # Every date line has a digit; a button has none, and is short.
    if not DIGIT.search(text):
        if (len(text) > options.text_max_button_chars or not is_byline_furniture(text, options)
                or j + 1 >= len(lines)):
            return False
        text = lines[j + 1][TEXT]
        if not DIGIT.search(text):
            return False
    if len(text) > options.text_max_vouching_date_chars:
        return False
    return opens_with_date(text) or written_date(text, options) is not None


#: "Published", "Posted on", "Publication date:", "Veröffentlicht am", "Publié le",
#: "Publicado em", "Pubblicato il", "Opublikowano", "Gepubliceerd op": a label that opens a
#: line and says its date is the publication's.
_PUBLISHED_LABEL = re.compile(
    r"(?:(?:first\s+)?published|posted|released|publication\s+date|date\s+published"
    r"|veröffentlicht|erschienen|publié|publicado|publicada|pubblicato|opublikowano"
    r"|gepubliceerd|опубликовано|опубліковано)\b",
    re.IGNORECASE,
)


def is_published_label(text: str) -> bool:
    """True when ``text`` opens with a label saying its date is the publication's."""
    return _PUBLISHED_LABEL.match(text) is not None


def labelled_date_apart(lines: Sequence[Line], features: Sequence[LineFeatures],
                        story: tuple[int, int], options: ParseOptions, *,
                        order: DayOrder | None = None) -> dt.date | None:
    """The date of the only short line labelled as the story's publication apart from the
    story's head: anywhere above the story (``story`` is its first line and the line past
    its last), or below it and above the comments (a hard wall: their heading, or a
    comment's own head), however far: a post's stamp set in the page's header past a
    contents list or a player ("Published: Apr 10, 2023"), or at its foot, right after
    the story or past a sign-up box, a share bar or related links ("Published August 13,
    2025", "Published" / "Feb 2, 2023"). Such lines that give two dates or more are a
    list (teasers, each labelled with its own): then none is the story's. Where no line
    says when the story was published, the only line that says when it was updated
    ("Last updated: November 13, 2025", "Page last modified Jan. 17, 2025") dates it: a
    page that says only when it was updated was most likely published that day, as the
    head's dates are read too."""
    published: set[dt.date] = set()
    updated: set[dt.date] = set()
    max_chars = options.text_max_meta_chars
    first, past = story
    for i in itertools.chain(range(min(first, len(lines))), range(max(0, past), len(lines))):
        if i >= past and features[i].hard_wall:
            break
        text = lines[i][TEXT]
        if len(text) > max_chars:
            continue
        if _PUBLISHED_LABEL.match(text) is not None:
            date = _labelled_at(lines, i, options, order)
            found = published
        elif _UPDATED_AT_START.match(text) or _PAGE_UPDATED.match(text):
            date = line_dates(text, options, order)[1]
            found = updated
        else:
            continue
        if date is not None:
            found.add(date)
            if len(found) > 1 and found is published:
                return None
    if published:
        return next(iter(published))
    return next(iter(updated)) if len(updated) == 1 else None


def stamp_after(lines: Sequence[Line], features: Sequence[LineFeatures], start: int,
                options: ParseOptions, *, order: DayOrder | None = None) -> dt.date | None:
    """The date of the one date line among the few lines from line ``start``
    (``options.text_date_after_story_lines``), unlabelled: a post stamped at its foot,
    right after the story ("February 10, 2025", "Monday, August 11th, 2025 at 11:00 am |
    Categories: …"). The line opens with its date (after a weekday), as a stamp does, and
    is the only one there: dates in turn are a list of other stories or of comments. A
    line longer than ``options.text_max_meta_chars`` or a wall ("Comments", "Previous
    Post: …") ends the search: past it, a date is a comment's or another story's."""
    found: dt.date | None = None
    for i in range(max(0, start), min(len(lines), start + options.text_date_after_story_lines)):
        text = lines[i][TEXT]
        if (len(text) > options.text_max_meta_chars or features[i].soft_wall
                or features[i].hard_wall):
            break
        if not DIGIT.search(text) or not opens_with_date(_WEEKDAY.sub("", text, count=1)):
            continue
        published, modified = line_dates(text, options, order)
        if published is None and modified is None:
            continue
        if found is not None:
            return None
        found = published or modified
    return found


# A weekday that opens a stamp before its date ("Monday, August 11th, 2025").
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.IGNORECASE)


def _labelled_at(lines: Sequence[Line], i: int, options: ParseOptions,
                 order: DayOrder | None) -> dt.date | None:
    """The publication date line ``i`` gives by its label, or under its lone label."""
    text = lines[i][TEXT]
    if len(text) > options.text_max_meta_chars:
        return None
    label = _PUBLISHED_LABEL.match(text)
    if label is None:
        return None
    published = line_dates(text, options, order)[0]
    if published is None and i + 1 < len(lines) and _label_over_date(text[label.end():]):
        under = lines[i + 1][TEXT]
        if len(under) <= options.text_max_meta_chars:
            published = line_dates(under, options, order)[0]
    return published


# What may follow the label on a line that holds nothing else ("Published on", "Date:").
# (Anchored, and no two runs of the same characters side by side: linear on any input.)
_LABEL_REST = re.compile(r"^[\s:]*(?:(?:on|at|am|le|el|em|il|op)\b[\s:]*)?$", re.IGNORECASE)


def _label_over_date(rest: str) -> bool:
    """True when a label line holds nothing after its label (``rest``) but "on" or a
    colon: a dump broke the line before its date ("Published on" / "Oct 31, 2025")."""
    return _LABEL_REST.fullmatch(rest) is not None
