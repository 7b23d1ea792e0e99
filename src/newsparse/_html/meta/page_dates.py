"""The date the page shows away from its header: labelled as the publication's
("Published" / "15 November 2018", "Veröffentlicht am 12.10.2019") or beside the byline
("By Jane Doe" / "April 8, 2024").

Read only when no metadata, ``<time>``, URL or header date was found: many pages put the
date where the header search does not reach (beside a wrong ``<h1>``, in a side column of
the article, under a hero image). Sidebars, menus, footers, related stories and comments
show dates of other things, so pieces in chrome are passed over (see
:func:`page_pieces`), but for one publication date labelled there and no other (a side
column of the page's own facts); and a date must say what it is, by its label or by
standing beside the byline, to count.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable

import lxml.etree

from newsparse._html.meta.page_authors import is_byline_piece, links_author_page
from newsparse._html.meta.page_pieces import PagePieces
from newsparse._options import ParseOptions
from newsparse._reading.dates import DIGIT, UPDATED, parse_shown_date

#: "Published", "Posted on", "Date:", "Veröffentlicht am", "Publié le", "Publicado em",
#: "Pubblicato il", "Opublikowano", "Gepubliceerd op": a label that says the date is the
#: publication's.
PUBLISHED_LABEL = re.compile(
    r"(?:(?:first\s+)?published|posted|released|date|publication\s+date|veröffentlicht"
    r"|erschienen|datum|publié|publication|publicado|publicada|fecha|pubblicato|data"
    r"|opublikowano|gepubliceerd|опубликовано|опубліковано)\b",
    re.IGNORECASE,
)
# …amid a line, after an update's date ("Updated 23 Mar 2020 · Published 14 Oct 2019").
_LATER_PUBLISHED_LABEL = re.compile(r"\b" + PUBLISHED_LABEL.pattern, re.IGNORECASE)


def published_part(text: str) -> str | None:
    """The part of a line giving both the publication's and an update's date that the
    publication's label opens, each by its own label: "Veröffentlicht am 12.10.2019" of
    "Veröffentlicht am 12.10.2019 | Aktualisiert am 23.11.2019", or of "Aktualisiert am
    23.11.2019 · Veröffentlicht am 12.10.2019". None for another line."""
    update = UPDATED.search(text)
    if update is None:
        return None
    if update.start() > 0:
        return text[:update.start()] if PUBLISHED_LABEL.match(text) else None
    later = _LATER_PUBLISHED_LABEL.search(text, update.end())
    return text[later.start():] if later is not None else None


def page_date(pieces: PagePieces, *, month_first: bool, options: ParseOptions,
              page_order: Callable[[], bool | None] | None = None) -> dt.date | None:
    """The first date the page shows outside chrome that is labelled as the publication's
    or stands beside a byline; else the one publication date labelled in chrome (see
    :func:`lone_date_in_chrome`); else the first outside chrome that is labelled as an
    update (the only date the page states); else None. A date line, and a label before it,
    are as short as in the header (``options.meta_max_date_line_words``,
    ``options.meta_max_update_label_chars``)."""
    published, update = page_dates(pieces, month_first=month_first, options=options,
                                   page_order=page_order)
    return published or update


def page_dates(pieces: PagePieces, *, month_first: bool, options: ParseOptions,
               page_order: Callable[[], bool | None] | None = None
               ) -> tuple[dt.date | None, dt.date | None]:
    """:func:`page_date`'s two answers: the publication's date, and apart from it the
    update's, the last resort (a caller may look for another date between the two)."""
    update: dt.date | None = None
    in_chrome: set[dt.date] = set()
    max_words, max_label = options.meta_max_date_line_words, options.meta_max_update_label_chars
    for index in pieces.with_digits():
        text = pieces.text(index)
        part = published_part(text)  # (each date by its label: each part a date line)
        if len((part or text).split()) > max_words:
            continue
        found = parse_shown_date(text, options, month_first=month_first,
                                 page_order=page_order)
        if found is None:
            continue
        label = pieces.text(index - 1)
        if len(label) >= max_label or DIGIT.search(label):
            label = ""  # (a line with figures is a date line of its own, not a label)
        if not (_labelled(text, label) or _beside_byline(pieces, index, options)):
            continue
        is_update = bool(UPDATED.search(text) or UPDATED.search(label))
        published_found = part and parse_shown_date(part, options, month_first=month_first,
                                                     page_order=page_order)
        if published_found:
            found, is_update = published_found, False
        if not pieces.outside_chrome(index):
            if not is_update and _labelled(text, label) and not _in_comments(
                    pieces.block(index)):
                in_chrome.add(found)
            continue
        if is_update:
            update = update or found
            continue
        return found, update
    return lone_date_in_chrome(in_chrome), update


def _in_comments(element: lxml.etree._Element) -> bool:
    """True when the element or an ancestor is named for comments: a reader's post is
    dated by the reader, not the page."""
    return any("comment" in f"{node.get('class') or ''} {node.get('id') or ''}".lower()
               for node in itertools.chain((element,), element.iterancestors()))


def lone_date_in_chrome(labelled: set[dt.date]) -> dt.date | None:
    """The publication date labelled in the page's chrome, when it labels one day only.

    A side column or a post's footer may hold the page's own facts ("Published" / "8 July
    2025" beside "Category" and "Share"; "Posted on August 9, 2012 in News"): one day
    labelled there is the page's; several are a list of other stories'."""
    return next(iter(labelled)) if len(labelled) == 1 else None


def _labelled(text: str, label: str) -> bool:
    """True when a label says what the date on line ``text`` is: the publication's
    ("Published: 15 November 2018") or an update's ("Last updated: November 13, 2025"),
    opening the line or on the short ``label`` line before it ("Published" / "15 November
    2018"). An update's label inside a sentence ("… was updated on …") says nothing."""
    if PUBLISHED_LABEL.match(text) or PUBLISHED_LABEL.match(label) or UPDATED.search(label):
        return True
    found = UPDATED.search(text)
    return found is not None and not text[:found.start()].strip(" *·•|")


def _beside_byline(pieces: PagePieces, index: int, options: ParseOptions) -> bool:
    """True when a byline's lead-in, or a link to the author's own page ("Chris Toy" /
    "•" / "March 17, 2025"), stands among the few pieces around ``index``
    (``options.meta_page_byline_reach`` on each side), or opens the date's own piece
    ("Von Jane Doe | 12. Oktober 2019")."""
    reach, lead_words = options.meta_page_byline_reach, options.meta_page_lead_words
    if dated_by_line(pieces.text(index), lead_words):
        return True
    for near in range(index - reach, index + reach + 1):
        text = pieces.text(near)
        if near == index or not text:  # (past either end of the page: no piece)
            continue
        if is_byline_piece(text, lead_words):
            return True
        owner = pieces.owner(near)
        if owner is not None and owner.tag == "a" and links_author_page(owner):
            return True
    return False


def dated_by_line(text: str, max_lead_words: int) -> bool:
    """True for a "By" line that goes on with its date after a bar or a comma ("Von Jane
    Doe | 12. Oktober 2019", "Par Jane Doe, 12 octobre 2019"): its names, as short as a
    byline's lead (``max_lead_words``), open it."""
    names = _DATE_AFTER_NAMES.split(text, maxsplit=1)[0]
    return len(names) < len(text) and is_byline_piece(names, max_lead_words)


# What sets a date apart from the names before it on a byline's line.
# (A match starts right after the names' last character: no run of white space is
# tried from each of its characters.)
_DATE_AFTER_NAMES = re.compile(r"(?<!\s)\s*[|•·,–—]\s*|(?<!\s)\s+-\s+")


def date_under_title(
    pieces: PagePieces,
    title: str,
    *,
    month_first: bool,
    options: ParseOptions,
    page_order: Callable[[], bool | None] | None = None,
    shown_once: bool = False,
) -> dt.date | None:
    """The date shown among the few short pieces right after the page's title, where it is
    shown as a line of its own outside chrome ("Title" / "Jane Doe" / "23.07.2025"): the
    date of the story under that headline, whatever labels it or none. An update's is
    passed over. ``options.meta_title_date_reach`` pieces are looked at after each of the
    title's first few showings, past one standfirst at most, up to the story's first
    paragraph. With ``shown_once``, only where the page shows the title once: the
    headline's date, not a teaser's that a section's name stands over."""
    line = " ".join(title.split())
    if not line:
        return None
    max_words, reach = options.meta_max_date_line_words, options.meta_title_date_reach
    showings = pieces.showing(line, _TITLE_SHOWINGS)
    if shown_once and len(showings) != 1:
        return None
    for index in showings:
        sentences = 0
        for near in range(index + 1, index + 1 + reach):
            text = pieces.text(near)
            if len(text.split()) > max_words:
                sentences += 1
                if sentences > 1:
                    break  # past a standfirst, the story has begun: its dates are others'
                continue
            if not DIGIT.search(text):
                continue
            found = parse_shown_date(text, options, month_first=month_first,
                                     page_order=page_order)
            if found is None:
                continue
            if UPDATED.search(text) or UPDATED.search(pieces.text(near - 1)):
                break
            if pieces.outside_chrome(near):
                return found
    return None


# A title shown more often than this is in a list of stories (a sidebar's, a menu's).
_TITLE_SHOWINGS = 3
