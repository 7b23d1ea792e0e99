"""The choice of an HTML page's publication date among its sources: the most trusted one
that fits the modification date, a header's earlier shown date, the URL's local day.

The text pipeline has no such sources (a dump shows dates, it declares none): these rules
serve the HTML pipeline alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from newsparse._reading.dates import PageDate, day_of


def choose_published(
    candidates: Iterable[PageDate | None], *, modified: PageDate | None
) -> PageDate | None:
    """The first candidate, by trust, that is not later than the page's modification date.

    A publication date after the page's own modification date is a sign of a bad source (a
    placeholder, a partial date completed wrongly): the next source is taken instead. When
    every source is later, the modification date is the suspect one and the most trusted
    candidate stands. A day without a time takes the time of a less trusted source that
    gives the same day with one (JSON-LD "2019-11-18", ``<time datetime>`` at 20:28).
    """
    first: PageDate | None = None
    chosen: PageDate | None = None
    for candidate in candidates:  # lazily: the less trusted sources cost more to read
        if candidate is None:
            continue
        fits = modified is None or not _later(candidate, modified)
        if chosen is not None:
            if fits and isinstance(candidate, dt.datetime) and day_of(candidate) == chosen:
                return candidate
            continue
        if fits:
            if isinstance(candidate, dt.datetime):
                return candidate
            chosen = candidate
        elif first is None:
            first = candidate
    return chosen if chosen is not None else first


# A shown day this close to the metadata's is the same moment written in another time zone
# (a UTC timestamp past midnight, the page's local evening): not a different date.
_ZONE_SLACK = dt.timedelta(days=1)


def earlier_shown_date(published: PageDate | None, shown: PageDate | None
                       ) -> PageDate | None:
    """The date the article's header shows when it is earlier than the metadata's
    publication date (by more than a time zone's difference), else ``published``.

    A page is not shown to readers before it is published: metadata that gives a later day
    was regenerated when the page was moved, re-saved or re-issued (a CMS migration, a
    template's "now"), while the header still shows the day the story first came out.
    """
    if published is None or shown is None:
        return published
    if day_of(shown) < day_of(published) - _ZONE_SLACK:
        return shown
    return published


def local_day(published: PageDate | None, url_day: dt.date | None) -> PageDate | None:
    """The day the URL spells out for a publication timestamp given in UTC, when the two
    are one day apart: the site's own day ("/2025/12/18/" for "2025-12-19T02:41:41+00:00",
    a post of the evening before in New York). A timestamp in UTC says nothing of the
    site's zone; the day its CMS filed the post under does. (The zone of the page's other
    timestamps does not do as well: the shown day follows the UTC one about as often.)
    Otherwise ``published``."""
    if (url_day is None or not isinstance(published, dt.datetime)
            or published.utcoffset() != dt.timedelta(0)):
        return published
    return url_day if abs(url_day - published.date()) == _ZONE_SLACK else published


def shown_modified(shown_update: PageDate | None, published: PageDate | None
                   ) -> PageDate | None:
    """The modification date a page's header shows ("Updated March 23, 2020", "Aktualisiert
    am 23.03.2020"), where its metadata declares none: the page's ``modified``, kept
    apart from ``published``. None when the header shows none, or one before the day of
    publication (no update comes before the story it updates: a misread, or another
    story's)."""
    if shown_update is None or (
            published is not None and day_of(shown_update) < day_of(published)):
        return None
    return shown_update


def _later(first: PageDate, second: PageDate) -> bool:
    """``first`` is after ``second``: by instant when both are aware times, else by day."""
    if isinstance(first, dt.datetime) and isinstance(second, dt.datetime):
        return first > second
    return day_of(first) > day_of(second)
