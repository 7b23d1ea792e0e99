"""Datelines: find the dateline that opens a story lead and read it into a Dateline.

``match_dateline`` tokenises the head of the lead (``_dateline_tokens``) and hands it to
the forms of ``_dateline_forms``; ``complete_year`` fills a missing year from the
publication date when the two agree.
"""

from __future__ import annotations

import datetime as dt

import attrs

from newsparse._dateline.forms import find
from newsparse._dateline.tokens import lead_tokens, span
from newsparse._errors import InputTypeError
from newsparse._input.decode import drop_controls
from newsparse._model import Dateline
from newsparse._options import DEFAULT_OPTIONS, ParseOptions

# How many characters of a lead are read. A dateline is a few dozen characters; header
# lines are whole lines, so this bounds the line they may sit on. Not a tunable: the
# grammar, not the caller, decides how long a dateline can be.
_WINDOW = 300


@attrs.frozen
class DatelineMatch:
    """A dateline found at the start of a text, and where the story after it begins.

    ``end`` is the index in the text just past the dateline and the separator and white
    space that follow it, so ``text[match.end:]`` is the lead without its dateline.
    """

    dateline: Dateline
    end: int


def match_dateline(text: str, options: ParseOptions) -> DatelineMatch | None:
    """Find the dateline that opens ``text`` (a story's first lines or first paragraph),
    with the grammar's word counts from ``options`` (``dateline_*``).

    Returns None when the text does not open with one.
    """
    head = lead_tokens(text, _WINDOW, options)
    if not head.tokens:
        return None
    found = find(head)
    if found is None:
        return None
    if found.stop is None:
        end = head.tokens[found.end - 1].end
        written = span(head, 0, found.end)
    else:
        end = found.stop
        written = " ".join(text[head.tokens[0].start : end].split())
    while end < len(text) and text[end].isspace():
        end += 1
    date = found.date
    dateline = Dateline(
        text=written,
        place=found.place,
        source=found.source,
        day=None if date is None else date.day,
        month=None if date is None else date.month,
        year=None if date is None else date.year,
    )
    return DatelineMatch(dateline=dateline, end=end)


def parse_dateline(text: str, *, options: ParseOptions = DEFAULT_OPTIONS) -> Dateline | None:
    """Return the dateline at the start of ``text`` (a story lead), or None. ``options``
    give the grammar's word counts (``dateline_*``: the longest city, region, source).

    Reads wire, newspaper and header-line datelines in English, German, French,
    Spanish, Italian, Portuguese and Russian, e.g. ``WASHINGTON (AP) —``,
    ``LONDON, Sept 4 (Reuters) -`` or ``4 September IranExpert``. The year is never
    guessed: it is None unless written.

    Raises :class:`InputTypeError` when ``text`` is not a str.

    Added in 0.1.
    """
    if not isinstance(text, str):
        raise InputTypeError(f"parse_dateline takes a str, not {type(text).__name__}")
    match = match_dateline(drop_controls(text), options)
    return None if match is None else match.dateline


def complete_year(
    dateline: Dateline, published: dt.date | dt.datetime | None, *, max_days: int
) -> Dateline:
    """Fill in a dateline's missing year from the publication date when they agree.

    When the dateline gives a day and month but no year, and that day in the
    publication year or the one before or after lies within ``max_days`` of
    ``published``, return a copy with that year and ``year_inferred=True``. Otherwise
    return ``dateline`` unchanged: no year is guessed from nothing.
    """
    if dateline.year is not None or dateline.day is None or dateline.month is None:
        return dateline
    if published is None:
        return dateline
    day = published.date() if isinstance(published, dt.datetime) else published
    best: tuple[int, int] | None = None
    for year in (day.year, day.year - 1, day.year + 1):
        try:
            candidate = dt.date(year, dateline.month, dateline.day)
        except ValueError:  # 29 February outside a leap year, or a year out of range
            continue
        gap = abs((candidate - day).days)
        if gap <= max_days and (best is None or gap < best[0]):
            best = (gap, year)
    if best is None:
        return dateline
    return attrs.evolve(dateline, year=best[1], year_inferred=True)
