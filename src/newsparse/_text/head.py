"""Text dumps, stage 5: the head of the story — dateline line, title, byline, date.

The title is found by ``_text/title.py``, among the lines above the story, the byline by
``_text/byline.py`` (with ``_text/dated_byline.py``) and the date lines are read by
``_text/dates.py``. A dateline may stand on a line of its own at the top of the page ("4
September IranExpert") or open the story's first paragraph; the date line stands by the
byline or under the headline, and failing that, a labelled date line further up or a
stamp at the story's foot dates it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

import attrs

from newsparse._dateline.match import parse_dateline
from newsparse._model import Dateline
from newsparse._options import ParseOptions
from newsparse._reading.bylines import (
    display_byline,
    is_lone_lead,
    opens_with_date,
    with_credentials,
)
from newsparse._reading.dates import DIGIT, date_from_url
from newsparse._reading.language import guess_language, language_sample
from newsparse._reading.textstats import STOPWORDS, words
from newsparse._reading.titles import longest_bar_part
from newsparse._text.byline import byline_candidates, is_byline_line, read_byline
from newsparse._text.dated_byline import beside_date
from newsparse._text.dates import (
    DayOrder,
    is_date_line,
    labelled_date_apart,
    line_dates,
    stamp_after,
    writes_month_first,
)
from newsparse._text.features import LineFeatures
from newsparse._text.lines import TEXT, Line
from newsparse._text.name_lines import BY_AFTER, is_credit_sentence
from newsparse._text.title import (
    StoryWords,
    headline_over_far_byline,
    title_line,
    top_heading_title,
)


@attrs.frozen
class StoryHead:
    """What the lines above (and opening) the story say about it."""

    title: str | None = None
    dateline: Dateline | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    #: The date of a line that says the story was updated.
    modified: dt.date | None = None
    #: Indexes of the lines used as title, dateline or byline: they are no paragraphs.
    used: frozenset[int] = frozenset()
    #: The byline's line as the dump shows it, where the names' credentials are read.
    byline_line: str = ""

    @property
    def byline(self) -> str | None:
        """The authors' names for display, with the credentials printed after them."""
        return display_byline(with_credentials(name, [self.byline_line])
                              for name in self.authors)


def _day_order(lines: Sequence[Line], story: Sequence[int],
               options: ParseOptions) -> bool | None:
    """Whether the page writes a date in figures month first: as its other dates do
    (``writes_month_first``), else as the story's language does: English as
    ``_ENGLISH_MONTH_FIRST`` says, every other language the project reads day first."""
    written = writes_month_first(line[TEXT] for line in lines)
    if written is not None:
        return written
    language = guess_language(language_sample((lines[i][TEXT] for i in story), options),
                              options)
    if language is None:
        return None
    return _ENGLISH_MONTH_FIRST if language.split("-")[0] == "en" else False


#: How an English page whose other dates do not say writes a date in figures that reads
#: both ways ("9/11/13 10:00AM", "11.03.17"): month first, as the HTML reader reads a page
#: declared plain "en" (``_html/meta/facts._MONTH_FIRST_LOCALES``), so that the dump and
#: the page give the same date. British pages write it the other way, but seldom in
#: figures alone: a date with the month's name, read either way, decides first.
_ENGLISH_MONTH_FIRST: bool | None = True


def read_head(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    story: Sequence[int],
    options: ParseOptions,
    *,
    url: str | None = None,
) -> StoryHead:
    """Find title, dateline line, byline and date around the story's first line.

    ``story`` holds the indexes of the story's lines, in order; the head is looked for
    in the ``options.text_head_lines`` lines above the first one and among the story's
    first short lines (a headline or byline can open the densest run). ``url``, the
    page's address when the caller gives it, dates a story whose dump does not.
    """
    if not story:
        return StoryHead()
    first = story[0]
    # Short lines that open the story region may be its headline and byline.
    opening: list[int] = []
    for i in story[:options.text_max_opening_lines]:
        if features[i].ends_sentence or features[i].chars >= options.text_length_low:
            break
        opening.append(i)
    above = list(range(max(0, first - options.text_head_lines), first))
    window = [*above, *opening]
    used: set[int] = set()

    dateline, dateline_index = _head_dateline(lines, window, options)
    used.update(() if dateline_index is None else (dateline_index,))
    # A dateline line that names no place, only a name after the date ("October 8, 2024
    # Swoogo", "Dec 17, 2025 Julian K. Arni"), is a post's stamp as likely as a site's: the
    # byline readers read it too (the name beside a head's date is its author's).
    stamp_lines: set[int] = set()
    if dateline is not None and dateline.place is None and dateline_index is not None:
        stamp_lines.add(dateline_index)

    @functools.cache
    def is_date(i: int) -> bool:
        return 0 <= i < len(lines) and is_date_line(lines[i][TEXT], options)

    @functools.cache
    def is_meta(i: int) -> bool:
        return is_date(i) or (0 <= i < len(lines) and is_byline_line(lines[i][TEXT], options))

    title_index = title_line(
        lines, features, above, first=first,
        story=StoryWords([lines[i][TEXT] for i in story], options), used=used,
        is_meta=is_meta, is_date=is_date, options=options,
        opening=story[:options.text_title_opening_lines],
        named=story[:options.text_top_heading_story_lines + 1],
        far=range(max(0, above[0] - options.text_far_head_lines) if above else 0,
                  above[0] if above else 0),
    )
    title_index = top_heading_title(lines, features, story, options, used=used,
                                    otherwise=title_index)
    title_index = _headline_under_page_title(lines, title_index)
    if title_index is not None:
        used.add(title_index)

    candidates = byline_candidates(window, story, title_index, used - stamp_lines, options)
    byline_index, authors = read_byline(lines, features, candidates, title_index,
                                         story=story, options=options)
    byline_line = ""
    if byline_index is not None:
        used.update(_byline_lines(lines, byline_index))
        byline_line = lines[byline_index][TEXT]
    title_index = _headline_over_far_byline(lines, features, story, options, used=used,
                                            byline=byline_index, title=title_index)
    # A title line still parted by bars ("Headline | Section") keeps its headline.
    title = None if title_index is None else longest_bar_part(lines[title_index][TEXT])
    title = _cut_to_page_title(lines, title_index, title, story, options)

    # How the page writes its dates, read only for one in figures that reads both ways.
    order = functools.cache(lambda: _day_order(lines, story, options))
    date_index: int | None = None
    if dateline is not None and _placed(dateline):
        published, modified = dateline.date, None
    else:
        # The date line stands by the byline, even where that is among the story's first
        # lines (under a standfirst the story region took in).
        # So does one right under the headline, or under the story's first line (the
        # region may open with the headline, and leave out the date line under it).
        near_byline = [] if byline_index is None else list(range(
            byline_index, min(len(lines), byline_index + 1 + options.text_date_after_byline)))
        near = [j for start in (title_index, first) if start is not None
                for j in _under(start, lines, features, options)]
        # The story's first line may be the post's own line, long enough for the region to
        # take it in ("Posted on <date> by Jane Doe - 5 Comments on <headline>"): only
        # the opening of such a line is read (see :func:`_date_part`).
        post_line = [first] if len(lines[first][TEXT]) > options.text_max_meta_chars else []
        published, modified, date_index = _head_dates(
            lines, [*near_byline, *near, *window, *post_line], options, order=order)
        if byline_index is None:
            # No byline line, but a head's date line: the author's name may stand beside it.
            byline_index, authors = beside_date(lines, features, date_index,
                                                 (title_index, story), options)
            used.update(() if byline_index is None else (byline_index,))
            byline_line = "" if byline_index is None else lines[byline_index][TEXT]
    if published is None and modified is None:
        published = _date_beyond_head(lines, features, story, options, order=order, url=url)
    elif published is not None and published == modified and date_index is None:
        published = _published_apart(lines, features, story, options, order) or published
    if published is None and modified is None and dateline is not None:
        # A date alone on a line at the top of the page (no place, no source), when
        # nothing nearer the story gives one: as likely the masthead's "today" as the
        # story's date, so it comes last.
        published = dateline.date
    return StoryHead(title=title, dateline=dateline, authors=authors, published=published,
                     modified=modified, used=frozenset(used), byline_line=byline_line)


def _head_dateline(lines: Sequence[Line], window: Sequence[int], options: ParseOptions
                   ) -> tuple[Dateline | None, int | None]:
    """The first dateline that makes up a whole line, among the page's first
    ``options.text_dateline_top_lines`` lines and the head's ``window``, and its line."""
    # (Each line once: the window may hold the top lines.)
    for i in dict.fromkeys([*range(min(options.text_dateline_top_lines, len(lines))), *window]):
        found = _standalone_dateline(lines[i][TEXT], options)
        if found is not None:
            return found, i
    return None, None


def _byline_lines(lines: Sequence[Line], byline_index: int) -> range:
    """The lines the byline on line ``byline_index`` takes from the story: its own, and the
    "By" a dump broke off it, if it did; none when it is a sentence of the story that says
    who wrote it ("This post was written by Jane Doe, …": see :func:`is_credit_sentence`)."""
    if is_credit_sentence(lines[byline_index][TEXT]):
        return range(0)
    lead = byline_index > 0 and is_lone_lead(lines[byline_index - 1][TEXT])
    return range(byline_index - lead, byline_index + 1)


# Where a page's <title> parts the headline from the site's name or section ("Headline -
# Site", "Site : Headline", "Headline | Section", "Headline_English_Xinhua").
_TITLE_PARTS = re.compile(r"(?<!\s)\s+[-|:–—»]+\s+|_")
_WORD = re.compile(r"\w+")


def _headline_under_page_title(lines: Sequence[Line], title_index: int | None) -> int | None:
    """The line that shows the headline the chosen title line names, when that line is the
    dump's first and parts it from the site's name: html-text and markdownify write the
    page's ``<title>`` ("Headline - Site") first, and the page shows its headline again
    further down (the longest of the title's parts, two words or more, that a line says
    whole). Else ``title_index``."""
    if title_index != 0 or len(lines) < 2:
        return title_index
    title = lines[0][TEXT]
    if _TITLE_PARTS.search(title) is None:
        return title_index
    keys = set()
    for part in _TITLE_PARTS.split(title):
        words = _WORD.findall(part.lower())
        if len(words) >= 2:
            keys.add(" ".join(words))
    best, best_len = title_index, 0
    for k in range(1, len(lines)):
        text = lines[k][TEXT]
        if best_len < len(text) < len(title):
            key = " ".join(_WORD.findall(text.lower()))
            if key in keys:
                best, best_len = k, len(text)
    return best


# Where a page's <title> parts a headline from a site's name, a section or a date, as
# _TITLE_PARTS but for an underscore (a name's: "rustc_codegen_gcc").
_PAGE_TITLE_PARTS = re.compile(r"(?<!\s)\s+[-|:–—»]+\s+")


def _cut_to_page_title(lines: Sequence[Line], title_index: int | None, title: str | None,
                       story: Sequence[int], options: ParseOptions) -> str | None:
    """``title`` cut to the part of the dump's first line it opens or ends with, when the
    rest of it is glued on: html-text and markdownify write the page's ``<title>``
    ("Concern over destroyed embryos by IVF clinics - Telegraph") first, and the headline
    shown over the story may run on into its byline, its credit, its date or a label
    ("… clinics By Laura Clout", "… subscribers Special Correspondent", "Blog: …").
    The part is the longest one of the first line (whole, or between its separators) of
    ``text_title_min_headline_words`` words or more; the rest says none of the first
    line's words and few the story repeats (``text_title_glued_rest_max_overlap``): a
    subtitle that a page's ``<title>`` leaves out ("Big Data Analytics in Retail:
    Enhancing Customer Insights …") says the story's words, and stays."""
    if not title_index or title is None:
        return title
    page_title = lines[0][TEXT]
    page_words = set(words(page_title))
    key = title.casefold()
    parts = [" ".join(part.split()).casefold() for part in _PAGE_TITLE_PARTS.split(page_title)]
    # The headline's part of the <title> says the most words (a site's or a section's name
    # fewer: "Photo Gallery: Behind the Scenes in June 2012 | The White House").
    longest = max(len(part.split()) for part in parts)
    best: tuple[int, int] | None = None  # the part's span in ``title``
    for part in {" ".join(page_title.split()).casefold(), *parts}:
        if (len(part) >= len(key) or len(part.split()) < options.text_title_min_headline_words
                or (part in parts and len(part.split()) < longest)):
            continue
        if key.startswith(part) and not key[len(part)].isalnum():
            span, rest = (0, len(part)), title[len(part):]
        elif key.endswith(part) and not key[-len(part) - 1].isalnum():
            span, rest = (len(key) - len(part), len(key)), title[:-len(part)]
        else:
            continue
        said = [w for w in words(rest) if w not in STOPWORDS]
        if not said or page_words.intersection(said):
            continue
        overlap = StoryWords([lines[i][TEXT] for i in story], options).overlap(rest)
        if overlap is not None and overlap > options.text_title_glued_rest_max_overlap:
            continue
        if any(part in lines[i][TEXT].casefold() for i in story):
            # A name the story says (the shop it is about: "Noble Toy Company Brings It
            # Home"), not its headline, which a story seldom says again word for word.
            continue
        if best is None or span[1] - span[0] > best[1] - best[0]:
            best = span
    return title if best is None else title[best[0]:best[1]].strip()


def _headline_over_far_byline(lines: Sequence[Line], features: Sequence[LineFeatures],
                              story: Sequence[int], options: ParseOptions, *, used: set[int],
                              byline: int | None, title: int | None) -> int | None:
    """:func:`headline_over_far_byline`: the headline over a "By" line far above the story
    takes the place of the title line found near it (which, when the story's own, stays
    in it)."""
    found = headline_over_far_byline(lines, features, story, options, byline=byline,
                                     title=title)
    if found is not None and found != title:
        used.difference_update(() if title is None else (title,))
        used.add(found)
    return found


def _date_in_url(url: str | None, options: ParseOptions) -> dt.date | None:
    """The date the page's address spells out in its path ("/2019/11/19/slug"), as the
    HTML reader takes it: a dump that shows no date of its own (its stamp was in a
    ``<time>`` element the renderer dropped, or a script) keeps the one its URL gives. It
    comes after every date the dump shows, and before a date alone at the top of the page
    (a masthead's "today" as likely as the story's)."""
    return date_from_url(url, options)


def _date_beyond_head(lines: Sequence[Line], features: Sequence[LineFeatures],
                      story: Sequence[int], options: ParseOptions, *, order: DayOrder,
                      url: str | None) -> dt.date | None:
    """The publication date where the head search does not reach, when the head gives
    none: a date line alone right after the story, as blogs stamp a post; else the only
    date line labelled as the publication's apart from the story, above it (its header)
    or below it (its foot); else the date in the page's ``url``."""
    return (stamp_after(lines, features, story[-1] + 1, options, order=order)
            or labelled_date_apart(lines, features, (story[0], story[-1] + 1), options,
                                   order=order)
            or _date_in_url(url, options))


def _published_apart(lines: Sequence[Line], features: Sequence[LineFeatures],
                     story: Sequence[int], options: ParseOptions, order: DayOrder
                     ) -> dt.date | None:
    """Where the head gives only an update's date, the one line labelled as the story's
    publication apart from the head ("Veröffentlicht am 12. Oktober 2019" under the
    story): the update is the last resort (see :func:`labelled_date_apart`)."""
    return labelled_date_apart(lines, features, (story[0], story[-1] + 1), options,
                               order=order)


def _head_dates(lines: Sequence[Line], candidates: Sequence[int], options: ParseOptions, *,
                order: DayOrder | None = None
                ) -> tuple[dt.date | None, dt.date | None, int | None]:
    """``(published, modified, line)`` from the first candidate line that says when the
    story was published (``line``), and the first that says when it was updated, before
    or after it ("Published 14 Oct 2019" / "Updated 23 Mar 2020" in either order). A page
    that says only when it was updated was most likely published that day: then the
    update's date is the publication's too, the best guess left (and ``line`` None)."""
    published: dt.date | None = None
    modified: dt.date | None = None
    line: int | None = None
    for i in dict.fromkeys(candidates):
        text = _date_part(lines[i][TEXT], options.text_max_meta_chars)
        if text is None:
            continue
        written, updated = line_dates(text, options, order)
        modified = modified or updated
        if published is None and written is not None:
            published, line = written, i
        if published is not None and modified is not None:
            break
    if published is None:
        return modified, modified, None
    return published, modified, line


# "Posted on", "Published:", "On" before a head line's date.
_DATE_LABEL = re.compile(r"(?:(?P<label>posted|published|date)\b[\s:]*)?(?:on\b\s*)?",
                         re.IGNORECASE)


def _date_part(text: str, max_chars: int) -> str | None:
    """The part of a head line where its date may be read: all of a short line (at most
    ``max_chars``); the opening of a longer one that opens with its date, labelled or
    followed by the byline's "by" ("Posted on December 20, 2025 in Health, Nutrition, …",
    "On January 12, 2025 By Jane Doe In Travel, …"), as a blog's post line runs on;
    else None. A sentence that opens with a date ("On May 3, 2001, the council …") is
    the story's."""
    if len(text) <= max_chars:
        return text
    label = _DATE_LABEL.match(text)
    opening = text[label.end():max_chars] if label else text[:max_chars]
    if not opens_with_date(opening):
        return None
    return opening if (label and label["label"]) or BY_AFTER.search(opening) else None


def _under(start: int, lines: Sequence[Line], features: Sequence[LineFeatures],
           options: ParseOptions) -> range:
    """The few lines under line ``start`` where its date line may stand: up to
    ``options.text_date_under_start`` of them, and not past the second paragraph under it
    (a standfirst may come first): a date further down is the story's, not its stamp."""
    end = min(len(lines), len(features), start + 1 + options.text_date_under_start)
    paragraphs = 0
    for j in range(start + 1, end):
        if features[j].ends_sentence and features[j].chars >= options.text_length_low:
            paragraphs += 1
            if paragraphs > 1:
                return range(start + 1, j)
    return range(start + 1, end)


def _placed(dateline: Dateline) -> bool:
    """True when a dateline line names a place or a source ("4 September IranExpert"): it
    heads the story. A date alone on a line may be anything's (a masthead's "today", a
    sidebar's stamp): the head's date search weighs where it stands."""
    return dateline.place is not None or dateline.source is not None


def _standalone_dateline(text: str, options: ParseOptions) -> Dateline | None:
    """A dateline that makes up a whole line (of at most ``options.text_max_meta_chars``)."""
    # A dateline line on its own carries a date; checking for a digit first is cheap (in
    # ASCII, "\d" finds the figures ``str.isdigit`` knows, at C speed).
    if len(text) > options.text_max_meta_chars or not (
            DIGIT.search(text) if text.isascii() else any(map(str.isdigit, text))):
        return None
    dateline = parse_dateline(text, options=options)
    if dateline is None or " ".join(dateline.text.split()) != text:
        return None
    return dateline
