"""Which comes first in the page's numeric dates, the day or the month: read from the page.

"03/10/2023" is 3 October in London and March 10 in New York, and the page's language
does not always say which (a British site declares ``lang="en"`` as often as an American
one). The page's other dates do: a numeric date with a part over 12 can be read one way
only ("23/10/2023" is day first), and dates written with a month name show the site's
habit ("3 October 2023" day first, "October 3, 2023" month first). Read only when a date
the page shows is ambiguous.
"""

from __future__ import annotations

import re

from newsparse._dateline.words import month_in_date, month_of
from newsparse._html.meta.page_pieces import PagePieces

# "23/10/2023", "10/23/2023": a numeric date with a slash (not a part of a longer run).
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d\d)(?![\d/])")
# "3 October 2023", "3rd Oct 2023", "3. Oktober 2023", "3 de octubre de 2023".
_DAY_MONTH = re.compile(
    r"(?<![\d.,/])\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?([^\W\d_]{3,12})\.?,?\s+"
    r"(?:de\s+)?\d{4}\b"
)
# "October 3, 2023", "Oct. 3rd 2023".
_MONTH_DAY = re.compile(r"\b([^\W\d_]{3,12})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b")
_ANY_DATE = re.compile(_SLASHED.pattern + "|" + _DAY_MONTH.pattern + "|" + _MONTH_DAY.pattern)
_MONTHS_IN_YEAR = 12


def page_writes_month_first(pieces: PagePieces) -> bool | None:
    """True when the page's dates put the month first, False when they put the day first,
    None when they do not say (no date of either kind, or as many of each).

    Numeric dates that read one way only decide first; then the order of the dates written
    with a month name."""
    month_first = day_first = 0
    written_month_first = written_day_first = 0
    for index in pieces.matching(_ANY_DATE, needs_digit=True):  # (each form has digits)
        text = pieces.text(index)
        for match in _SLASHED.finditer(text):
            first, second = int(match.group(1)), int(match.group(2))
            if first > _MONTHS_IN_YEAR >= second:
                day_first += 1
            elif second > _MONTHS_IN_YEAR >= first:
                month_first += 1
        written_day_first += sum(
            1 for match in _DAY_MONTH.finditer(text)
            if month_in_date(match.group(1)) is not None
        )
        written_month_first += sum(
            1 for match in _MONTH_DAY.finditer(text) if month_of(match.group(1)) is not None
        )
    for later, earlier in ((month_first, day_first), (written_month_first, written_day_first)):
        if later != earlier:
            return later > earlier
    return None
