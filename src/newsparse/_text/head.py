"""Text dumps, stage 5: the head of the story — dateline line, title, byline, date.

The title is found by ``_text/title.py``, among the lines above the story, and the date
lines are read by ``_text/dates.py``. A dateline may stand on a line of its own at the top
of the page ("4 September IranExpert") or open the story's first paragraph; a byline line
sits between the title and the story, or under a headline far above it. Failing that, a
blog may sign the post right under it, and a personal site's masthead names its author
when the copyright notice names the same person.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence

import attrs

from newsparse._dateline.match import parse_dateline
from newsparse._dateline.words import is_weekday, month_of
from newsparse._model import Dateline
from newsparse._options import ParseOptions
from newsparse._reading.byline_words import (
    BAR,
    GLUED_LEAD,
    LEAD,
    NOT_NAME_WORDS,
    PARTICLES,
    TEAM_CREDIT,
)
from newsparse._reading.bylines import (
    bare_names,
    display_byline,
    find_byline,
    has_name_line_shape,
    is_job_title,
    is_lone_lead,
    is_role_line,
    opens_with_date,
    opens_with_lead,
    with_credentials,
)
from newsparse._reading.dates import UPDATED
from newsparse._reading.textstats import STOPWORDS, words
from newsparse._reading.titles import longest_bar_part
from newsparse._text.dates import (
    DayOrder,
    date_follows,
    is_date_line,
    is_published_label,
    labelled_date,
    labelled_date_after,
    line_dates,
    stamp_after,
    writes_month_first,
)
from newsparse._text.features import LineFeatures
from newsparse._text.lines import BLOCK, BLOCK_SIZE, TEXT, Line
from newsparse._text.title import StoryWords, is_credit_line, title_line, top_heading_title

_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")
# "by" after a date stamp, which opens the byline ("11/19/2019 by Jane Doe").
_BY_AFTER = re.compile(r"\sby\b", re.IGNORECASE)
_BY_WORD = re.compile(r"\bby\b", re.IGNORECASE)
# "5 min read", "12 minutes": the reading time a header gives beside the byline.
_READING_TIME = re.compile(r"(?<!\d)\d+\s*(?:min(?:ute)?s?\b|minuten\b)", re.IGNORECASE)
_CLOCK_OR_WORD = re.compile(r"\d:\d\d|[^\W\d_]{2}")
# The copyright notice at the foot of the page.
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)


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


def read_head(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    story: Sequence[int],
    options: ParseOptions,
) -> StoryHead:
    """Find title, dateline line, byline and date around the story's first line.

    ``story`` holds the indexes of the story's lines, in order; the head is looked for
    in the ``options.text_head_lines`` lines above the first one and among the story's
    first short lines (a headline or byline can open the densest run).
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

    dateline = None
    # (Each line once: the window may hold the top lines.)
    for i in dict.fromkeys([*range(min(options.text_dateline_top_lines, len(lines))), *window]):
        found = _standalone_dateline(lines[i][TEXT], options)
        if found is not None:
            dateline = found
            used.add(i)
            break

    @functools.cache
    def is_date(i: int) -> bool:
        return 0 <= i < len(lines) and is_date_line(lines[i][TEXT], options)

    @functools.cache
    def is_meta(i: int) -> bool:
        return is_date(i) or (0 <= i < len(lines) and _is_byline_line(lines[i][TEXT], options))

    title_index = title_line(
        lines, features, above, first=first,
        story=StoryWords([lines[i][TEXT] for i in story], options), used=used,
        is_meta=is_meta, is_date=is_date, options=options,
        opening=story[:options.text_title_opening_lines],
        far=range(max(0, above[0] - options.text_far_head_lines) if above else 0,
                  above[0] if above else 0),
    )
    title_index = top_heading_title(lines, features, story, options, used=used,
                                    otherwise=title_index)
    title = None
    if title_index is not None:
        # A title line still parted by bars ("Headline | Section") keeps its headline.
        title = longest_bar_part(lines[title_index][TEXT])
        used.add(title_index)

    candidates = _byline_candidates(window, story, title_index, used, options)
    byline_index, authors = _read_byline(lines, features, candidates, title_index,
                                         story=story, options=options)
    byline_line = ""
    if byline_index is not None:
        # With the "By" a dump broke off it, if it did.
        lead = byline_index > 0 and is_lone_lead(lines[byline_index - 1][TEXT])
        used.update(range(byline_index - lead, byline_index + 1))
        byline_line = lines[byline_index][TEXT]

    # How the page writes its dates, read only for one in figures that reads both ways.
    order = functools.cache(lambda: writes_month_first(line[TEXT] for line in lines))
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
        published, modified, date_index = _head_dates(
            lines, [*near_byline, *near, *window], options, order=order)
        if byline_index is None:
            # No byline line, but a head's date line: the author's name may stand beside it.
            byline_index, authors = _beside_date(lines, features, date_index,
                                                 (title_index, story), options)
            used.update(() if byline_index is None else (byline_index,))
            byline_line = "" if byline_index is None else lines[byline_index][TEXT]
    if published is None and modified is None:
        published = _date_beyond_head(lines, features, story, options, order=order)
    if published is None and modified is None and dateline is not None:
        # A date alone on a line at the top of the page (no place, no source), when
        # nothing nearer the story gives one: as likely the masthead's "today" as the
        # story's date, so it comes last.
        published = dateline.date
    return StoryHead(title=title, dateline=dateline, authors=authors, published=published,
                     modified=modified, used=frozenset(used), byline_line=byline_line)


def _beside_date(
    lines: Sequence[Line], features: Sequence[LineFeatures], date_index: int | None,
    head: tuple[int | None, Sequence[int]], options: ParseOptions,
) -> tuple[int | None, tuple[str, ...]]:
    """The byline on the line right over or right under the head's date line (line
    ``date_index``), past a date's label ("Published") or a glyph, in the story's header
    (under the headline, over the story; ``head`` holds the headline's index and the
    story's), when no byline reader found one: "Posted Dec 19, 2025" / "Jane Doe",
    "Published" / "3 January, 2025" / "Jane Doe", "March 3, 2021" / "By Ask the Doctors",
    "Oct 10, 2025" / "The Upwork Team". The line over the date is tried first; it must
    stand in a block of its own or in the date line's, not under another line of names
    (one of a list), and name people, a desk or a team (see :func:`_name_beside_date`)."""
    title_index, story = head
    top = -1 if title_index is None else title_index
    if date_index is None or not top < date_index < story[0]:
        return None, ()
    headline = set() if title_index is None else {
        w.casefold() for w in _WORD.findall(lines[title_index][TEXT])} - STOPWORDS
    for step in (-1, 1):
        j = date_index + step
        while top < j < story[0] and _is_date_furniture(lines[j][TEXT]):
            j += step
        if not top < j < story[0] or _listed(lines, j, options) or (
                lines[j][BLOCK_SIZE] > 1 and lines[j][BLOCK] != lines[date_index][BLOCK]):
            # (The last of a menu's block over the date is no byline: "Recruiting Top
            # Talent" / "April 16, 2019".)
            continue
        credit = _name_beside_date(lines[j][TEXT], features[j], headline, options)
        if credit is not None and _names_a_credit(credit, lines, story, options):
            return j, (LEAD.sub("", credit, count=1).strip(),)
    return None, ()


def _is_date_furniture(text: str) -> bool:
    """A glyph or a date's label ("Published", "Updated") beside a date line."""
    return (not any(map(str.isalnum, text)) or is_published_label(text)
            or UPDATED.fullmatch(text.strip(" :")) is not None)


def _name_beside_date(text: str, feat: LineFeatures, headline: set[str],
                      options: ParseOptions) -> str | None:
    """The credit a short line beside the head's date line may give: the line, or what
    follows its "By" (kept as "By …" to tell it apart); None for a line with a figure, a
    colon, a comma (a place after an agency: "Reuters, Washington,") or a final stop,
    furniture, more words than a name or a credit has, or a word
    of the headline (``headline``)."""
    text = text.strip()
    if (not text or len(text) > min(options.text_max_bare_name_chars,
                                    options.meta_max_byline_chars) or _DIGIT.search(text)
            or feat.chrome_phrase or feat.soft_wall or feat.hard_wall
            or ":" in text or "," in text or text.endswith((".", "!", "?"))):
        return None
    lead = LEAD.match(text)
    credit = text[lead.end():].strip() if lead is not None else text
    words = credit.split()
    if (not words or len(words) > min(options.text_max_credit_words, options.meta_max_name_words)
            or len(credit) > options.meta_max_name_chars
            or any(w.casefold() in headline for w in words)):
        return None
    return text if lead is not None else credit


def _names_a_credit(credit: str, lines: Sequence[Line], story: Sequence[int],
                    options: ParseOptions) -> bool:
    """True when ``credit`` (from :func:`_name_beside_date`) names the story's author: after
    "By", a handle ("by ibby") or a few words opening and ending with a capital ("By Ask
    the Doctors"); else a team's or a desk's credit ("Podium Staff"), or two or three
    proper names ("Jane Doe", "Staff Clinician") that are no role, and have no function
    word nor label's word ("Sports News Editor", "Pin It", "Categories England"). One word
    alone is as likely a label ("Editorial"), a button ("Tweet") or a subheading."""
    lead = LEAD.match(credit)
    if lead is not None:
        words = credit[lead.end():].split()
        if len(words) == 1:
            return _is_name_word(words[0], lines, story)
        return words[0][:1].isupper() and words[-1][:1].isupper()
    words = credit.split()
    if len(words) == 1:
        return False
    if TEAM_CREDIT.fullmatch(credit):
        return True
    return (not is_job_title(credit, options)
            and not any(w.casefold() in STOPWORDS for w in words)
            and _all_names((credit,)) and _proper_names((credit,), lines, story))


def _is_name_word(word: str, lines: Sequence[Line], story: Sequence[int]) -> bool:
    """True when one word may be a name, a handle or a desk ("Newsdesk", "ibby"): no
    stopword, label, particle, weekday, month or stamp's word, and none the story writes
    in lower case."""
    folded = word.casefold()
    if (not _HANDLE.fullmatch(word) or folded in STOPWORDS or folded in NOT_NAME_WORDS
            or folded in PARTICLES or is_weekday(word) or month_of(word) is not None
            or _is_stamp_word(word) or is_published_label(word)):
        return False
    return not any(w == folded for i in story for w in _WORD.findall(lines[i][TEXT])
                   if w[0].islower())


def _date_beyond_head(lines: Sequence[Line], features: Sequence[LineFeatures],
                      story: Sequence[int], options: ParseOptions, *, order: DayOrder
                      ) -> dt.date | None:
    """The publication date where the head search does not reach, when the head gives
    none: a date line labelled as the publication's anywhere above the story (its
    header); else one stamped at the story's foot, as blogs date a post, labelled or
    alone."""
    return (labelled_date(lines, story[0], options, order=order)
            or labelled_date_after(lines, story[-1] + 1, options, order=order)
            or stamp_after(lines, features, story[-1] + 1, options, order=order))


def _head_dates(lines: Sequence[Line], candidates: Sequence[int], options: ParseOptions, *,
                order: DayOrder | None = None
                ) -> tuple[dt.date | None, dt.date | None, int | None]:
    """``(published, modified, line)`` from the first candidate line that says when the
    story was published (``line``), and the first that says when it was updated. A page
    that says only when it was updated was most likely published that day: then the
    update's date is the publication's too, the best guess left (and ``line`` None)."""
    modified: dt.date | None = None
    for i in dict.fromkeys(candidates):
        text = _date_part(lines[i][TEXT], options.text_max_meta_chars)
        if text is not None:
            written, updated = line_dates(text, options, order)
            modified = modified or updated
            if written is not None:
                return written, modified, i
    return modified, modified, None


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
    return opening if (label and label["label"]) or _BY_AFTER.search(opening) else None


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


def _read_byline(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    candidates: Sequence[int],
    title_index: int | None,
    *,
    story: Sequence[int],
    options: ParseOptions,
) -> tuple[int | None, tuple[str, ...]]:
    """The byline's line and its names: a line that says it is a byline ("By Jane Doe")
    wherever it stands among the candidates, else a line of bare names that its
    neighbours vouch for; else a signature on the line right after the story (``story``
    holds its lines), or a dated "By" line anywhere above the story, or a "By" line at
    the story's foot, or the site's owner: ``readers`` below, in that order."""

    def bare_name_byline() -> tuple[int | None, tuple[str, ...]]:
        index = _bare_name_line(lines, features, candidates, title_index, options, story=story)
        if index is None:
            return None, ()
        return index, (bare_names(lines[index][TEXT], options)
                       or _dated_team(lines, index, options))

    under, over = _under_title(candidates, title_index)
    readers: tuple[Callable[[], tuple[int | None, tuple[str, ...]]], ...] = (
        lambda: _byline_line(lines, features, under, options, story_start=story[0]),
        bare_name_byline,
        lambda: _byline_line(lines, features, over, options, story_start=story[0]),
        lambda: _dated_handle(lines, features, candidates, title_index, story=story,
                              options=options),
        lambda: _dated_names(lines, _header(candidates, title_index, story, options), story,
                             options),
        lambda: _byline_after(lines, story[-1] + 1, options),
        lambda: _dated_by_line(lines, story[0], options),
        lambda: _dated_credit(lines, candidates, options),
        lambda: _signed_foot(lines, story, options),
    )
    for read in readers:  # the first reader that finds a byline's line gives it
        index, names = read()
        if index is not None:
            return index, names
    return _site_owner(lines, options)


def _under_title(candidates: Sequence[int], title_index: int | None
                 ) -> tuple[list[int], list[int]]:
    """``candidates`` parted into those under the headline (and in the story's opening)
    and those over it, each in their order. A page sets its byline under its headline: a
    line of bare names there, vouched for by its date, is the byline before a "By" line
    over the headline (a sidebar's or a teaser's). Without a headline, all stand under."""
    if title_index is None:
        return list(candidates), []
    return ([i for i in candidates if i > title_index],
            [i for i in candidates if i < title_index])


def _signed_foot(
    lines: Sequence[Line], story: Sequence[int], options: ParseOptions
) -> tuple[int | None, tuple[str, ...]]:
    """The byline of a post signed at its foot, when the head has none: a line that says
    it is a byline ("Written by Jane Doe", "By Jane Doe and John Roe") among the story's
    last ``options.text_foot_byline_story_lines`` lines (an author box the region took
    in) or the ``options.text_date_after_story_lines`` lines after it, its names names
    throughout. A long line after the story ends the search: past a paragraph, a "By"
    line is a comment's or another story's."""
    last = story[-1]
    reach = options.text_foot_byline_story_lines
    tail = story[-reach:] if reach else []
    after = range(last + 1, min(len(lines), last + 1 + options.text_date_after_story_lines))
    for j in [*tail, *after]:
        text = lines[j][TEXT]
        if len(text) > options.text_max_byline_line_chars:
            if j > last:
                break
            continue
        if LEAD.match(text) is None:
            continue
        names = find_byline([text], options)
        if _all_names(names):
            return j, names
    return None, ()


def _dated_by_line(
    lines: Sequence[Line], end: int, options: ParseOptions
) -> tuple[int | None, tuple[str, ...]]:
    """The first line above line ``end`` (the story's first) that says it is a byline
    ("By Jane Doe", "Written by Jane Doe") with a date on it or within
    ``options.text_byline_date_reach`` lines of it, and names people in full: the story's
    header, where the head search does not reach (the story region starts far below it,
    past a long table of contents). A "By" without a date beside it is as likely a menu's
    facet ("By Company Size", "By Region")."""
    reach = options.text_byline_date_reach
    for i in range(min(end, len(lines))):
        text = lines[i][TEXT]
        if len(text) > options.text_max_byline_line_chars or not opens_with_lead(text):
            continue
        names = find_byline([text], options)
        if not names or any(len(name.split()) < 2 for name in names):
            continue
        if any(_has_date(lines[j][TEXT], options)
               for j in range(max(0, i - reach), min(len(lines), i + reach + 1))):
            return i, names
    return None, ()


def _dated_credit(
    lines: Sequence[Line], candidates: Sequence[int], options: ParseOptions
) -> tuple[int | None, tuple[str, ...]]:
    """The first candidate line that credits the story to a name the byline reader does
    not take as a person's: a site, a desk, a team or a handle, with the story's date on
    the same line ("by whova | Apr 21, 2025", "Posted on July 1, 2024 by infuy", "March
    15, 2022 · 3 min read · By ASU Online"; "Posted by infuy on July 1, 2024", the date cut
    off); or a team's or a desk's credit under a "By" a dump broke off it ("By" / "The
    Investopedia Team"; a newsletter's name there, "By" / "The Water Coolest", is no
    credit). The dated credit is a handle or a few capitalised
    words (``options.text_max_credit_words``) up to a bar or the line's end, not a
    sentence ("by the council press office"); without a date to say it is the story's
    credit, a "By" line is as likely a menu's facet ("By Region")."""
    max_chars = options.text_max_meta_chars
    for i in candidates:
        text = lines[i][TEXT]
        if len(text) > max_chars:
            continue
        if i > 0 and is_lone_lead(lines[i - 1][TEXT]):
            if TEAM_CREDIT.fullmatch(text):
                return i, (text,)
            continue
        if not _DIGIT.search(text) or not _has_date(text, options):
            continue
        part = _lead_part(text, options)
        lead = LEAD.match(part) if part is not None else None
        if part is None or lead is None:
            continue
        credit = BAR.split(part[lead.end():], maxsplit=1)[0]
        # "by infuy on July 1, 2024": the date after the credit is no part of it.
        ons = list(_ON_DATE.finditer(credit))  # the last "on" stands right before the date
        on_date = ons[-1] if ons else None
        if on_date is not None and _has_date(credit[on_date.end():], options):
            credit = credit[:on_date.start()]
        credit = credit.strip(" ,;:|")
        if _is_credit(credit, options):
            return i, (credit,)
    return None, ()


# " on " (and its like in the languages read) before the date that follows a credit.
# (A run of spaces is tried from its start only: linear.)
_ON_DATE = re.compile(r"(?<!\s)\s+(?:on|le|am|el|em|il|op)\s++(?=\S)", re.IGNORECASE)


def _is_credit(credit: str, options: ParseOptions) -> bool:
    """A handle ("whova", "ShawnHymel") or a few capitalised words ("ASU Online", "The
    Investopedia Team"), with no figure: a name, not a sentence or a stamp."""
    words = credit.split()
    if not words or len(words) > options.text_max_credit_words or _DIGIT.search(credit):
        return False
    if len(words) == 1:
        return words[0].casefold() not in STOPWORDS
    return all(word[:1].isupper() for word in words)


def _has_date(text: str, options: ParseOptions) -> bool:
    """True when a short line gives a date, published or updated."""
    if len(text) > options.text_max_meta_chars or not _DIGIT.search(text):
        return False
    published, modified = line_dates(text, options)
    return published is not None or modified is not None


def _byline_line(
    lines: Sequence[Line], features: Sequence[LineFeatures], candidates: Sequence[int],
    options: ParseOptions, *, story_start: int,
) -> tuple[int | None, tuple[str, ...]]:
    """The first candidate line that is a byline, and its names. A line of at most
    ``options.text_max_byline_line_chars`` is read whole, above the story (line
    ``story_start``) without a stamp glued after the names (:func:`_without_stamp_tail`);
    a longer one (up to ``options.meta_max_byline_chars``) only when it opens with "By"
    and names a person in full ("By Jane Doe, a deputy editor and author of …")."""
    whole_chars, max_chars = options.text_max_byline_line_chars, options.meta_max_byline_chars
    for i in candidates:
        chars = features[i].chars
        if chars > max_chars:
            continue
        text = lines[i][TEXT]
        # "Le Monde | 04.05.2015 à 13h36 | Par Jane Doe": the part that says it is a byline.
        part = _lead_part(text, options)
        if chars <= whole_chars:
            names = find_byline([part or text], options)
            if names:
                return i, names
            names = (_without_stamp_tail(part, options)
                     if part is not None and i < story_start else ())
            if names:
                return i, names
            # A dump may break the line after "By", as it does around any inline element.
            if i + 1 < len(lines) and is_lone_lead(text) and (
                    features[i + 1].chars <= whole_chars):
                names = find_byline([text + " " + lines[i + 1][TEXT]], options)
                if _all_names(names):
                    return i + 1, names
        elif part is not None:
            names = find_byline([part], options)
            # "By Monday, the council had …" is a sentence, not a byline.
            if names and all(len(name.split()) >= 2 for name in names):
                return i, names
    return None, ()


def _without_stamp_tail(part: str, options: ParseOptions) -> tuple[str, ...]:
    """The names of a "By" line (``part``) that a stamp follows with no separator: "By
    Jane Doe 15 min read", "By the Example Team 2–3 minutes", "by Jane Doe 59 Comments".
    The stamp's words (figures, months, reading times, counts; see :func:`_is_stamp_word`)
    are cut from the end; the rest must name people throughout, or a team. (Among the
    story's lines, a "By" line with more after its names is as likely the story's own:
    only the head's are read so.)"""
    words = part.split()
    end = len(words)
    while end > 1 and _is_stamp_word(words[end - 1]):
        end -= 1
    if end == len(words):
        return ()
    bare = " ".join(words[:end])
    names = find_byline([bare], options)
    if _all_names(names):
        return names
    lead = LEAD.match(bare)
    credit = bare[lead.end():] if lead is not None else ""
    return (credit,) if TEAM_CREDIT.fullmatch(credit) else ()


def _lead_part(text: str, options: ParseOptions) -> str | None:
    """The line, or the first of its parts between bars, that opens with "By" or another
    lead-in, or the part from "by" after a date stamp ("11/19/2019 by Jane Doe", "Monday
    November 18, 2019 7:45 am PST by Jane Doe"); None when none does."""
    if opens_with_lead(text):
        return text
    stamped = _BY_AFTER.search(text)
    if stamped is not None and is_date_line(text[:stamped.start()], options):
        return text[stamped.start():].lstrip()
    if "|" not in text and "•" not in text and "·" not in text:
        return None  # the common case, without a split
    return next((part for part in BAR.split(text) if opens_with_lead(part)), None)


def _byline_after(
    lines: Sequence[Line], j: int, options: ParseOptions
) -> tuple[int | None, tuple[str, ...]]:
    """The byline on line ``j``, right after the story, as blogs sign a post ("Jane Doe —
    2013-09-29 — in Code"), when the head has none. It must open with a letter: a dash
    opens a quote's attribution ("— Jane Doe (@jane) October 9, 2018", under an embedded
    tweet), a full stop a fragment of a citation; and its names must be names throughout
    ("The Nigerian Senate" is not)."""
    if j >= len(lines) or len(lines[j][TEXT]) > options.text_max_byline_line_chars:
        return None, ()
    text = lines[j][TEXT]
    if not text[:1].isalpha():
        return None, ()
    names = find_byline([text], options)
    return (j, names) if _all_names(names) else (None, ())


def _site_owner(
    lines: Sequence[Line], options: ParseOptions
) -> tuple[int | None, tuple[str, ...]]:
    """The dump's first line, a masthead, when it is the name of the person the copyright
    notice in the page's last ``options.text_footer_lines`` names ("Haki Benita" … "© Haki
    Benita 2016-2020"): a personal site, whose owner writes its posts. (A blog's masthead
    is its title, and the notice names the owner: "Silicon Exposed" … "Copyright (C) 2014
    Andrew Zonenberg".)"""
    names = bare_names(lines[0][TEXT], options) if lines else ()
    if not names:
        return None, ()
    name = lines[0][TEXT].strip()
    footer_lines = options.text_footer_lines
    for j in range(len(lines) - 1, max(0, len(lines) - 1 - footer_lines), -1):
        text = lines[j][TEXT]
        if name in text and _COPYRIGHT.search(text):
            return 0, names
    return None, ()


def _all_names(names: tuple[str, ...]) -> bool:
    """True when there are names and no word of them makes a title or a label ("The
    Nigerian Senate", "The Water Coolest")."""
    return bool(names) and not any(
        w.strip(".").casefold() in NOT_NAME_WORDS for name in names for w in name.split())


def _bare_name_line(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    candidates: Sequence[int],
    title_index: int | None,
    options: ParseOptions,
    *,
    story: Sequence[int],
) -> int | None:
    """The first candidate line of bare names ("Jane Doe", no "By"; at most
    ``options.text_max_bare_name_chars``) that its neighbours vouch for: a date line right
    after it (past a "Follow" button), or, right under the headline or a date line, or
    anywhere in the headline's own header (its first ``options.text_byline_header_lines``
    lines under it, past a standfirst, a date or a reading time), a line that says the
    author's role, a number ("5 min read") or an update's label ("Last Updated:"). When
    none is vouched for, a person's name right under the headline, or under its date
    line, with nothing after it (see :func:`_heads_story`, :func:`_proper_names`).

    Names that the headline repeats are its subject, not its author; a name line under
    another of its block is one of a list (results, a sidebar of people), unless it is the
    same name again (a picture's caption and the name), and so is the line above it; and
    the dump's first line is the site's masthead ("Silicon Exposed" above a blog post's
    date)."""
    title_words: set[str] = set()
    if title_index is not None:
        title_words = {w for w in words(lines[title_index][TEXT]) if w not in STOPWORDS}
    below_title = title_index + 1 if title_index is not None else -1
    header_end = (title_index + options.text_byline_header_lines
                  if title_index is not None else -1)
    max_chars = options.text_max_bare_name_chars
    unvouched: int | None = None
    for i in candidates:
        # Cheapest tests first: most candidates are menu items, labels and sentences, and
        # few lines have a date line after them.
        feat = features[i]
        if (i == 0 or feat.n_words < 2 or feat.chars > max_chars
                or feat.chrome_phrase or feat.soft_wall or feat.hard_wall):
            continue
        dated = date_follows(lines, i, options)
        if not has_name_line_shape(lines[i][TEXT], options):
            continue
        vouched = dated
        if not dated:
            # Right under the headline or a date line, a short number vouches (a time,
            # an age); further down the header, where a table's "Label" / "$76B" may
            # stand, only a role, an update's label or a reading time does.
            close = i == below_title or _is_dated(lines[i - 1][TEXT], options)
            vouched = (close or below_title < i <= header_end) and _vouches_under_title(
                lines, i + 1, options, any_number=close)
            if not vouched and (unvouched is not None
                                or not _heads_story(lines, title_index, i, options)):
                continue
        names = bare_names(lines[i][TEXT], options) or _dated_team(lines, i, options)
        if not names or any(w in title_words for name in names for w in words(name)):
            continue
        if _listed(lines, i, options):
            if unvouched == i - 1:
                unvouched = None  # the first of the list
            continue
        if vouched:
            return i
        # Right under the headline, a name nothing vouches for serves when no vouched
        # one follows, and it is a person's, not a heading of common words.
        if _proper_names(names, lines, story):
            unvouched = i
    return unvouched


# One word that may be a person's first name, a handle or a site's name ("Gabo",
# "inikosoftseo", "ServiceTitan"): letters first, then letters, figures, "_", "." or "-".
_HANDLE = re.compile(r"[^\W\d_][\w.\-]*")


def _dated_handle(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    candidates: Sequence[int],
    title_index: int | None,
    *,
    story: Sequence[int],
    options: ParseOptions,
) -> tuple[int | None, tuple[str, ...]]:
    """The line right under the headline, and its one name, when it is one word (a first
    name, a handle, a site or a desk: "Gabo", "inikosoftseo", "Staff") and a date line
    follows it ("Jan 23"): a blog's post header, where the author signs with one word. Not
    a word the headline holds or the story writes in lower case ("Share", "Blog"), nor a
    label or a stopword, nor a date's own word ("Monday", "Updated"), nor the heading of a
    list of dates."""
    i = -1 if title_index is None else title_index + 1
    if i not in candidates or i + 1 >= len(lines) or features[i].n_words != 1:
        return None, ()
    feat, text = features[i], lines[i][TEXT].strip()
    word = text.casefold()
    if (feat.chrome_phrase or feat.soft_wall or feat.hard_wall
            or len(text) > options.text_max_bare_name_chars or not _HANDLE.fullmatch(text)
            or word in STOPWORDS or word in NOT_NAME_WORDS or word in PARTICLES
            or is_weekday(text) or month_of(text) is not None
            or _is_update_label(text, options) or is_published_label(text)
            or is_date_line(text, options) or not date_follows(lines, i, options)
            # The heading of a list of dates ("Schedule" / "September 10 …" / …).
            or (i + 2 < len(lines) and opens_with_date(lines[i + 2][TEXT]))):
        return None, ()
    headline = {w.casefold() for w in _WORD.findall(lines[i - 1][TEXT])}
    common = (w for j in story for w in _WORD.findall(lines[j][TEXT]) if w[0].islower())
    if word in headline or any(w == word for w in common):
        return None, ()
    return i, (text,)


# Where a head line's stamp parts meet: bars and bullets ("Dec 26, 2025 • Jane Doe"),
# and a year glued to the name after it ("Dec 17, 2025Jane Doe").
_STAMP_PARTS = re.compile(
    r"(?<!\s)\s*[|•·]\s*|(?<!\s)\s+[-–—/]\s+|(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)"
    r"|(?<=[a-z])(?=[A-Z]{2})")  # (a run of spaces is tried from its start only: linear)
# Words of a stamp beside a date: labels, reading times, counts and their connectives, in
# the languages the project reads.
_STAMP_WORDS = frozenset(
    "min mins minute minutes read reading time words comment comments views shares ago "
    "updated published posted modified last on at am pm "
    "minuten lesezeit aktualisiert veröffentlicht "
    "lecture publié mis à jour le "
    "lectura publicado actualizado el "
    "lettura pubblicato aggiornato il "
    "leestijd gepubliceerd bijgewerkt op "
    "czytania opublikowano zaktualizowano".split()
)


def _is_stamp_word(word: str) -> bool:
    """True for a word of a date stamp: a figure, a month, a weekday or a stamp's label."""
    bare = word.strip(".,:;()")
    return (not bare or bool(_DIGIT.search(bare)) or bare.casefold() in _STAMP_WORDS
            or month_of(bare) is not None or is_weekday(bare))


def _header(candidates: Sequence[int], title_index: int | None, story: Sequence[int],
            options: ParseOptions) -> list[int]:
    """The candidates above the story that stand in the headline's header: the line right
    above it (a kicker's stamp) and its first ``options.text_byline_header_lines`` lines
    under it."""
    if title_index is None:
        return [i for i in candidates if i < story[0]]
    return [i for i in candidates if i < story[0]
            and title_index - 1 <= i <= title_index + options.text_byline_header_lines]


def _dated_names(
    lines: Sequence[Line], candidates: Sequence[int], story: Sequence[int],
    options: ParseOptions,
) -> tuple[int | None, tuple[str, ...]]:
    """The first short candidate line that gives the story's date and, beside it, people's
    names with no "By": "October 8, 2024 · Jane Doe", "Dec 17, 2025Jane Doe", "Jane
    Doe•Updated on Jul 4, 2024 •28 min read", "12 Comments | Jane Doe | Last Updated: March
    11, 2019". The stamp's words (figures, months, labels, reading times) part the line;
    a run of words left between them must be a person's names throughout, not common words
    of the story (a section's label: "Mental Health"; see :func:`_proper_names`) nor a
    label's ("View Rate: 106"); a "By" glued to them goes ("ByJane Doe"). A line with a
    "by" is a byline the byline reader did not take ("by White on Rice Couple on …"): its
    words are not the names."""
    for i in candidates:
        text = lines[i][TEXT]
        if (len(text) > options.text_max_meta_chars or _BY_WORD.search(text)
                or not _has_date(text, options)):
            continue
        for part in _STAMP_PARTS.split(text):
            run: list[str] = []
            for word in [*part.split(), ""]:
                if word and not _is_stamp_word(word):
                    run.append(word)
                    continue
                # A label's run ("View Rate: 106") is no name.
                labelled = word.startswith(":") or (run and run[-1].endswith(":"))
                names = (bare_names(GLUED_LEAD.sub("", " ".join(run)), options)
                         if len(run) >= 2 and not labelled else ())
                if _all_names(names) and _proper_names(names, lines, story):
                    return i, names
                run = []
    return None, ()


def _dated_team(lines: Sequence[Line], i: int, options: ParseOptions) -> tuple[str, ...]:
    """Line ``i`` as the byline's one name when it is a team or a desk's credit alone
    ("Everfit Team", "Podium Staff", "Team SimplyThrilled") over a date line: a desk that
    signs the story, dated as a person's name is; without a date it is as likely a menu's
    or a section's label ("Our Team")."""
    text = lines[i][TEXT]
    if TEAM_CREDIT.fullmatch(text) and date_follows(lines, i, options):
        return (text,)
    return ()


def _heads_story(lines: Sequence[Line], title_index: int | None, i: int,
                 options: ParseOptions) -> bool:
    """True when line ``i`` stands right under the headline, or under date lines that
    stand right under it: where a page puts its author's name with no "By" ("Headline" /
    "Jane Doe", "Headline" / "July 5, 2025" / "Jane Doe")."""
    if title_index is None or not title_index < i <= title_index + 3:
        return False
    return all(_is_dated(lines[j][TEXT], options) for j in range(title_index + 1, i))


def _proper_names(names: Sequence[str], lines: Sequence[Line], story: Sequence[int]) -> bool:
    """True when every name has the shape of a person's name on its own, two or three
    capitalised words besides particles ("Jane Doe", "Michiel de Jong"; not a label of
    four words, "Far West Capital Partners"), not all of which the story writes in lower
    case: a name is a proper noun (its surname may be a word, "Madison Green"), while a
    label or a heading is made of common words ("Interior Design", "Get Started")."""
    common: set[str] | None = None
    for name in names:
        name_words = [w for w in name.split() if w.casefold() not in PARTICLES]
        if not 2 <= len(name_words) <= 3 or not all(w[:1].isupper() for w in name_words):
            return False
        if common is None:
            common = {w for i in story for w in _WORD.findall(lines[i][TEXT]) if w[0].islower()}
        if all(w.casefold() in common for w in name_words):
            return False
    return True


def _listed(lines: Sequence[Line], i: int, options: ParseOptions) -> bool:
    """True when line ``i`` follows another line of names (a list of people: results, a
    sidebar), in its block or alone in its own (each item set apart); not when that line
    is the same name again, nor the last item of another block (a menu's "Order Now")."""
    before, line = lines[i - 1], lines[i]
    return ((before[BLOCK] == line[BLOCK] or before[BLOCK_SIZE] == 1) and before[TEXT] != line[TEXT]
            and bool(bare_names(before[TEXT], options)))


def _is_dated(text: str, options: ParseOptions) -> bool:
    """:func:`is_date_line`, asked only of lines with a digit, as every date line has."""
    return bool(_DIGIT.search(text)) and is_date_line(text, options)


def _vouches_under_title(lines: Sequence[Line], j: int, options: ParseOptions, *,
                         any_number: bool = True) -> bool:
    """True when line ``j``, after a name under the headline, is
    the author's role, an update's label or a short line with a number (a time, an age, a
    reading time; only a job title or a reading time unless ``any_number``)."""
    if j >= len(lines):
        return False
    text = lines[j][TEXT]
    if _is_update_label(text, options) or (
            is_role_line(text, options) if any_number else is_job_title(text, options)):
        return True
    if len(text.split()) > options.text_max_number_line_words:
        return False
    if not any_number:
        return bool(_READING_TIME.search(text))
    # A time, an age, a reading time: a number with a word or a clock ("5:50 am", "2h
    # ago"), not a table's value ("$76B", "93%", "0").
    return bool(_DIGIT.search(text)) and bool(_CLOCK_OR_WORD.search(text))


def _is_update_label(text: str, options: ParseOptions) -> bool:
    """"Last Updated:", "Updated": a label alone on its line, its date on the next."""
    found = UPDATED.match(text)
    return (found is not None and len(text) <= options.text_max_button_chars
            and not text[found.end():].strip(" :"))


def _byline_candidates(
    window: Sequence[int], story: Sequence[int], title_index: int | None, used: set[int],
    options: ParseOptions,
) -> list[int]:
    """Where a byline may stand, likeliest first: below the title, then above it (a
    title may be missed, or follow a kicker), then among the story's first lines (a
    byline under a picture and its caption). A headline found far above the story (over
    a video player) has its byline right under it, past its standfirst."""
    in_window = set(window)
    under_far = [] if title_index is None else [
        i for i in range(title_index + 1, title_index + 1 + options.text_byline_under_far_title)
        if i not in in_window and i < story[0]]
    below = [i for i in window if title_index is None or i > title_index]
    above = [i for i in reversed(window) if title_index is not None and i < title_index]
    inside = range(story[0], story[min(len(story), options.text_byline_story_lines) - 1] + 1)
    return [i for i in (*under_far, *below, *above, *inside) if i not in used]


def _is_byline_line(text: str, options: ParseOptions) -> bool:
    """True when a short line is a byline, or a credit the byline reader leaves (an
    agency's, a desk's): either stands under a headline."""
    return len(text) <= options.text_max_meta_chars and (
        bool(find_byline([text], options)) or is_credit_line(text, options))


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
            _DIGIT.search(text) if text.isascii() else any(map(str.isdigit, text))):
        return None
    dateline = parse_dateline(text, options=options)
    if dateline is None or " ".join(dateline.text.split()) != text:
        return None
    return dateline
