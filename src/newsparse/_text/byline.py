"""Text dumps, stage 5b: the story's byline, read around its head (``_text/head.py``).

A byline line sits between the title and the story, or under a headline far above it:
a line that says it is a byline ("By Jane Doe"), or a line of bare names its neighbours
vouch for (a date line, a role, a reading time), or names beside the head's date. Failing
that, a blog may sign the post right under it or at its foot (an author's box), and a
personal site's masthead names its author when the copyright notice names the same person.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence

from newsparse._options import ParseOptions
from newsparse._reading.byline_words import (
    COMMENT_HEADER,
    FIRST_PERSON,
    LEAD,
    PARTICLES,
    ROLE_WORDS,
    TEAM_CREDIT,
)
from newsparse._reading.bylines import (
    bare_names,
    find_byline,
    has_name_line_shape,
    is_job_title,
    is_lone_lead,
    is_role_line,
    opens_with_lead,
)
from newsparse._reading.dates import DIGIT
from newsparse._reading.textstats import STOPWORDS, words
from newsparse._text.dated_byline import dated_credit, dated_handle, dated_names, header
from newsparse._text.dates import date_follows, is_date_line
from newsparse._text.features import LineFeatures
from newsparse._text.lines import BLOCK_SIZE, TEXT, Line
from newsparse._text.name_lines import (
    all_names,
    has_date,
    is_stamp_word,
    is_update_label,
    lead_part,
    listed,
    piece_lead_part,
    proper_names,
)
from newsparse._text.title import is_credit_line

# "5 min read", "12 minutes": the reading time a header gives beside the byline.
_READING_TIME = re.compile(r"(?<!\d)\d+\s*(?:min(?:ute)?s?\b|minuten\b)", re.IGNORECASE)
_CLOCK_OR_WORD = re.compile(r"\d:\d\d|[^\W\d_]{2}")
# The copyright notice at the foot of the page.
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
# The word for a story's author, in the languages read ("Author", "Autorin", "Autoren",
# "L'auteur", "Autore", "autrice", "Autorka", "co-authors", "Author's").
_AUTHOR_WORD = re.compile(
    r"(?:[ld]['’])?(?:co-?)?"
    r"(?:authors?|autor(?:es|en|in|innen|as?|ka|zy)?|auteure?s?|autore|autori|autrice)"
    r"(?:['’]s)?", re.IGNORECASE)
_LABEL_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# What every such word holds: most short lines are passed on this one search.
_AUTHOR_STEM = re.compile(r"aut(?:h?or|eur|ri)", re.IGNORECASE)


def read_byline(
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
    neighbours vouch for, or a desk's credit under the headline; else a signature on the
    line right after the story (``story`` holds its lines), or a dated "By" line anywhere
    above the story, or a "By" line at the story's foot, or the site's owner: ``readers``
    below, in that order."""

    def bare_name_byline() -> tuple[int | None, tuple[str, ...]]:
        index = _bare_name_line(lines, features, candidates, title_index, options, story=story)
        if index is None:
            return None, ()
        return index, bare_names(lines[index][TEXT], options)

    under, over = _under_title(candidates, title_index)
    over = near_headline(over, title_index, options)
    headline = () if title_index is None else words(lines[title_index][TEXT])
    readers: tuple[Callable[[], tuple[int | None, tuple[str, ...]]], ...] = (
        lambda: _byline_line(lines, features, under, options, story_start=story[0]),
        bare_name_byline,
        lambda: _byline_line(lines, features, over, options, story_start=story[0]),
        lambda: desk_under_headline(lines, candidates, title_index, story, options),
        lambda: dated_handle(lines, features, candidates, title_index, story=story,
                              options=options),
        lambda: dated_names(lines, header(candidates, title_index, story, features, options), story,
                            options, headline=headline),
        lambda: _byline_after(lines, story[-1] + 1, options),
        lambda: _dated_by_line(lines, story[0], options),
        lambda: dated_credit(lines, candidates, options),
        lambda: _signed_foot(lines, story, options),
        lambda: _author_box(lines, story, options),
        lambda: _author_label(lines, options),
    )
    for read in readers:  # the first reader that finds a byline's line gives it
        index, names = read()
        if index is not None:
            return index, name_set_apart(names, lines, index, story, options)
    return _site_owner(lines, options)


def name_set_apart(names: tuple[str, ...], lines: Sequence[Line], index: int,
                   story: Sequence[int], options: ParseOptions) -> tuple[str, ...]:
    """The byline's names, the first cut to the person's name the page sets alone on a
    line of its own elsewhere (an author's box: "About the author" / "Jane Doe"), when the
    byline's line (line ``index``) glues more words after that name with no separator: a
    role or a section that no list of words knows ("Written By: Jane Doe Gardener &
    Astrologer", "by Jane Doe Global Commons May 2nd 2025"). The page shows where the name
    ends. A name after the first stays when it has a person's shape too; one that has
    not was the glued words' ("Astrologer"). A name of two words, or one whose opening
    the page never sets apart, stays whole."""
    if not names or len(first := names[0].split()) <= 2:
        return names
    max_chars = options.meta_max_name_chars
    apart = {text.strip() for j, (text, *_rest) in enumerate(lines)
             if j != index and len(text) <= max_chars}
    for size in range(len(first) - 1, 1, -1):
        name = " ".join(first[:size])
        if name in apart and all_names((name,)) and proper_names((name,), lines, story):
            return (name, *(later for later in names[1:]
                            if proper_names((later,), lines, story)))
    return names


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


def desk_under_headline(
    lines: Sequence[Line], candidates: Sequence[int], title_index: int | None,
    story: Sequence[int], options: ParseOptions,
) -> tuple[int | None, tuple[str, ...]]:
    """The first line of the headline's header (its first
    ``options.text_byline_header_lines`` lines under it, above the story) that is a desk's
    or a team's credit and nothing else ("Podium Staff", "Newsdesk", "CTV.ca News Staff",
    "The Investopedia Team", "Editorial"), when no line names a person: a page signs with
    its desk where another signs with a name, with no "By" and often no date beside it
    (see ``TEAM_CREDIT``). Not one of a list of names, nor a label whose words are the
    language's own ("Our Team", "Meet the Team": a menu's or a section's)."""
    if title_index is None:
        return None, ()
    end = min(story[0], title_index + 1 + options.text_byline_header_lines)
    for i in candidates:
        if title_index < i < end:
            text = lines[i][TEXT].strip()
            if (TEAM_CREDIT.fullmatch(text) and not listed(lines, i, options)
                    and not any(word.casefold() in STOPWORDS
                                for word in text.split()[text[:4].casefold() == "the ":])):
                return i, (text,)
    return None, ()


def near_headline(over: Sequence[int], title_index: int | None,
                  options: ParseOptions) -> list[int]:
    """The candidates ``over`` the headline (line ``title_index``) within
    ``options.text_byline_over_title_lines`` lines of it, where a kicker's or a section's
    row may say who wrote the story ("By Jane Doe" / "Headline"). Further up stand the
    menus and lists whose lines only look like bylines: a facet ("By Event Type", "By
    Modality"), an item with its date ("Yoga Retreat in Patagonia, Jan. 2026")."""
    if title_index is None:
        return list(over)
    return [i for i in over if i >= title_index - options.text_byline_over_title_lines]


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
            # "This post was written by Jane Doe, …" signs the post as "By" does.
            piece = piece_lead_part(text, options)
            if piece is None:
                continue
            text = piece
        names = find_byline([text], options)
        if all_names(names):
            return j, names
    return None, ()


def _author_box(
    lines: Sequence[Line], story: Sequence[int], options: ParseOptions
) -> tuple[int | None, tuple[str, ...]]:
    """The byline of an author's box at the story's foot, when nothing else names one: a
    line of a person's names whose next line, a paragraph, speaks of the person ("Jane
    Doe" / "Jane Doe is a growth analyst …", "Jane Doe" / "I'm the founder of …": see
    :func:`speaks_of`), or a byline's lead-in alone ("Written by", "Author:") over a line
    of names. It stands among the story's last ``options.text_foot_byline_story_lines``
    lines (the region took the box in) or the ``options.text_date_after_story_lines``
    lines after it."""
    last = story[-1]
    reach = options.text_foot_byline_story_lines
    tail = story[-reach:] if reach else []
    after = range(last + 1, min(len(lines), last + 1 + options.text_date_after_story_lines))
    for j in [*tail, *after]:
        if j + 1 >= len(lines):
            break
        text, under = lines[j][TEXT], lines[j + 1][TEXT]
        if len(text) > options.text_max_bare_name_chars:
            continue
        if is_lone_lead(text):
            names = bare_names(under, options)
            if all_names(names):
                return j + 1, names
            continue
        # The paragraph speaks of the person the line names (see :func:`speaks_of`), and
        # the name is a person's (see :func:`proper_names`; "Ground Fault Circuit
        # Interrupters" / "Ground …" is not).
        if len(under) < options.text_length_low or not speaks_of(
                under, text, options, story_in_first_person=functools.partial(
                    in_first_person, (lines[i][TEXT] for i in story if i < j))):
            continue
        names = bare_names(text, options)
        if len(names) == 1 and all_names(names) and proper_names(names, lines, story):
            return j, names
    return None, ()


def speaks_of(paragraph: str, name: str, options: ParseOptions, *,
              story_in_first_person: Callable[[], bool]) -> bool:
    """True when an author's box's ``paragraph``, under the line that gives the person's
    ``name``, speaks of that person: it opens with the name as the line writes it ("Jane
    Doe" / "Jane Doe is a …", "Jane writes about …": "AUSTRALIA AHEAD" / "Australia beat
    …" is a subheading, in capitals). Or, within its first
    ``options.text_author_box_opening_words`` words, it calls the person by the given
    name alone, the subject of a verb, past a role ("(Editor / Journalist) – Jane comes
    from …"), and never writes the name's first two words together (a heading's words in
    a teaser: "at the Tuolumne Meadows Store", "a quick intro art words guide"); or the
    person speaks in the first person ("I'm the founder of …", "Hello, and welcome! I'm
    the editor …", see ``FIRST_PERSON``) where the story does not
    (``story_in_first_person``: in a post told in the first person, a subheading over
    "I'm going to …" is the story's, as is a comment's name over "I too …")."""
    given = name.split(None, 1)[:1]
    if not given:
        return False
    if paragraph.split(None, 1)[:1] == given:
        return True
    opening = _OPENING_WORD.findall(paragraph)[:options.text_author_box_opening_words]
    called = any(word == given[0] and after[:1].islower()
                 for word, after in itertools.pairwise(opening))
    if called:
        pair = " ".join(name.split()[:2]).casefold()
        return pair not in " ".join(paragraph.split()).casefold()
    return any(map(FIRST_PERSON.fullmatch, opening)) and not story_in_first_person()


def in_first_person(texts: Iterable[str]) -> bool:
    """True when any of ``texts`` (lines of a story) says a word of the first person."""
    return any(FIRST_PERSON.fullmatch(word) for text in texts
               for word in _OPENING_WORD.findall(text))


# A paragraph's words as the opening of an author's box reads them ("I'm", "Jane").
_OPENING_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _author_label(
    lines: Sequence[Line], options: ParseOptions
) -> tuple[int | None, tuple[str, ...]]:
    """The byline of a page that labels its author's field, when nothing else names one:
    a line of a person's names right under or right over a short label that says
    "author" (at most ``options.text_max_author_label_chars``: "Author", "AUTHOR",
    "Author's profile", "About the author", "Autorin", "L'auteur"), set apart as a field's
    label is (a block of its own; in a block, "Market Cap" / "Author" is a table's row),
    wherever the page sets it (a sidebar's author field, a box at the story's foot). The
    first such label gives it; the line of names is nothing but the names."""
    max_chars = options.text_max_author_label_chars
    for j, line in enumerate(lines):
        # (Cheapest first: most lines are longer than a label.)
        text = line[TEXT]
        if (len(text) > max_chars or line[BLOCK_SIZE] != 1 or not _AUTHOR_STEM.search(text)
                or not any(map(_AUTHOR_WORD.fullmatch, _LABEL_WORD.findall(text)))):
            continue
        for k in (j + 1, j - 1):
            if not 0 <= k < len(lines):
                continue
            name_line = lines[k][TEXT].strip()
            names = bare_names(name_line, options)
            if names == (name_line,) and all_names(names):
                return k, names
    return None, ()


def _dated_by_line(
    lines: Sequence[Line], end: int, options: ParseOptions
) -> tuple[int | None, tuple[str, ...]]:
    """The first line above line ``end`` (the story's first) that says it is a byline
    ("By Jane Doe", "Written by Jane Doe") with a date on it or within
    ``options.text_byline_date_reach`` lines of it, and names people in full (read with
    the line under it when "By" stands alone: :func:`broken_after_lead`): the story's
    header, where the head search does not reach (the story region starts far below it,
    past a long table of contents). A "By" without a date beside it is as likely a menu's
    facet ("By Company Size", "By Region")."""
    reach = options.text_byline_date_reach
    for i in range(min(end, len(lines))):
        text = lines[i][TEXT]
        if len(text) > options.text_max_byline_line_chars or not opens_with_lead(text):
            continue
        if broken_after_lead(lines, i, options):  # "By" / "Jane Doe"
            text = f"{text} {lines[i + 1][TEXT]}"
        names = find_byline([text], options)
        if not names or any(len(name.split()) < 2 for name in names):
            continue
        if any(has_date(lines[j][TEXT], options)
               for j in range(max(0, i - reach), min(len(lines), i + reach + 1))):
            return i + broken_after_lead(lines, i, options), names
    return None, ()


def _byline_line(
    lines: Sequence[Line], features: Sequence[LineFeatures], candidates: Sequence[int],
    options: ParseOptions, *, story_start: int,
) -> tuple[int | None, tuple[str, ...]]:
    """The first candidate line that is a byline, and its names. A line of at most
    ``options.text_max_byline_line_chars`` is read whole, above the story (line
    ``story_start``) without a stamp glued after the names (:func:`_without_stamp_tail`) or
    an outlet's or a link's words (:func:`names_before_tail`); a longer one (up to
    ``options.meta_max_byline_chars``) only when it opens with "By" and names a person in
    full ("By Jane Doe, a deputy editor and author of …")."""
    whole_chars, max_chars = options.text_max_byline_line_chars, options.meta_max_byline_chars
    for i in candidates:
        chars = features[i].chars
        if chars > max_chars:
            continue
        text = lines[i][TEXT]
        # "Le Monde | 04.05.2015 à 13h36 | Par Jane Doe": the part that says it is a byline.
        part = lead_part(text, options)
        if chars <= whole_chars:
            names = find_byline([part or text], options)
            if names:
                return i, names
            names = (_without_stamp_tail(part, options)
                     if part is not None and i < story_start else ())
            if names:
                return i, names
            names = (names_before_tail(part, options)
                     if part is not None and i < story_start else ())
            if names:
                return i, names
            if broken_after_lead(lines, i, options):
                names = find_byline([text + " " + lines[i + 1][TEXT]], options)
                if all_names(names):
                    return i + 1, names
        elif part is not None:
            names = find_byline([part], options)
            # "By Monday, the council had …" is a sentence, not a byline.
            if names and all(len(name.split()) >= 2 for name in names):
                return i, names
    return None, ()


def broken_after_lead(lines: Sequence[Line], i: int, options: ParseOptions) -> bool:
    """True when line ``i`` is a byline's lead-in alone ("By", "Written by", "Author:")
    and a short line follows it (at most ``options.text_max_byline_line_chars``): a dump
    breaks a line around an inline element, as it does around the names' link ("By" /
    "Jane Doe"). The two are read as one line where the head's byline line is read, and
    where a dated "By" line far above the story is."""
    return (i + 1 < len(lines) and is_lone_lead(lines[i][TEXT])
            and len(lines[i + 1][TEXT]) <= options.text_max_byline_line_chars)


def _without_stamp_tail(part: str, options: ParseOptions) -> tuple[str, ...]:
    """The names of a "By" line (``part``) that a stamp follows with no separator: "By
    Jane Doe 15 min read", "By the Example Team 2–3 minutes", "by Jane Doe 59 Comments".
    The stamp's words (figures, months, reading times, counts; see :func:`is_stamp_word`)
    are cut from the end; the rest must name people throughout, or a team. (Among the
    story's lines, a "By" line with more after its names is as likely the story's own:
    only the head's are read so.)"""
    words = part.split()
    end = len(words)
    while end > 1 and is_stamp_word(words[end - 1]):
        end -= 1
    if end == len(words):
        return ()
    bare = " ".join(words[:end])
    names = find_byline([bare], options)
    if all_names(names):
        return names
    lead = LEAD.match(bare)
    credit = bare[lead.end():] if lead is not None else ""
    return (credit,) if TEAM_CREDIT.fullmatch(credit) else ()


def names_before_tail(part: str, options: ParseOptions) -> tuple[str, ...]:
    """The person a "By" line (``part``) names in full before words that are no name, which
    the byline reader does not part from the name: an outlet, a desk or a link's text ("By
    Mike Whalley BBC Sport", "By JOANN LOVIGLIO Associated Press", "By A. J. Neal View In
    Digital Edition", "By Jonathon Ramsey RSS feed"). The name is the given name and the
    next word, past initials and particles ("A. J. Neal", "Michiel de Jong"), and at most
    ``options.text_max_byline_tail_words`` words may follow it. Not when one word follows
    that names a desk or an agency ("By European Space Agency": the words before it are
    its name), nor a comment's header ("by jdoe ( 1311177 ) writes:")."""
    lead = LEAD.match(part)
    if lead is None:
        return ()
    words = part[lead.end():].split()
    end = 2
    while end < len(words) and (_INITIAL.fullmatch(words[end - 1])
                                or words[end - 1].casefold() in PARTICLES):
        end += 1
    tail = words[end:]
    if (not 2 <= end < len(words) or len(tail) > options.text_max_byline_tail_words
            or not all(word[:1].isalpha() for word in words[:end])
            or (len(tail) == 1 and tail[0].casefold() in ROLE_WORDS)
            or COMMENT_HEADER.search(tail[-1])):
        return ()
    names = find_byline([part[:lead.end()] + " ".join(words[:end])], options)
    return names if len(names) == 1 and all_names(names) and len(names[0].split()) >= 2 else ()


# A given name's initial ("A.", "J", "A.J."), which the surname follows.
_INITIAL = re.compile(r"[^\W\d_]\.?|[^\W\d_]\.[^\W\d_]\.")


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
    return (j, names) if all_names(names) else (None, ())


def _site_owner(
    lines: Sequence[Line], options: ParseOptions
) -> tuple[int | None, tuple[str, ...]]:
    """The dump's masthead, when it is the name of the person the copyright notice in the
    page's last ``options.text_footer_lines`` names ("Haki Benita" … "© Haki Benita
    2016-2020"): a personal site, whose owner writes its posts. (A blog's masthead is its
    title, and the notice names the owner: "Silicon Exposed" … "Copyright (C) 2014 Andrew
    Zonenberg".) The masthead is the dump's first line, or its second under the page's
    ``<title>``, which html-text and markdownify write first (see
    :func:`_opens_with_page_title`)."""
    for index in (0, 1):
        if index == 1 and not _opens_with_page_title(lines, options):
            break
        names = bare_names(lines[index][TEXT], options) if index < len(lines) else ()
        if not names:
            continue
        name = lines[index][TEXT].strip()
        footer_lines = options.text_footer_lines
        for j in range(len(lines) - 1, max(index, len(lines) - 1 - footer_lines), -1):
            text = lines[j][TEXT]
            if name in text and _COPYRIGHT.search(text):
                return index, names
    return None, ()


def _opens_with_page_title(lines: Sequence[Line], options: ParseOptions) -> bool:
    """True when the dump's first line is the page's ``<title>``: a line further down (the
    headline the page shows) says it again, whole or run on ("Headline / Dec 2025"), or is
    a part of it ("Headline | Site"), in ``options.text_title_min_headline_words`` words or
    more. Not a masthead, which no line says again over the story."""
    if len(lines) < 3:
        return False
    first = " ".join(lines[0][TEXT].split()).casefold()
    min_words = options.text_title_min_headline_words
    for line in lines[2:]:
        text = " ".join(line[TEXT].split()).casefold()
        shorter = min(text, first, key=len)
        if (len(shorter.split()) >= min_words
                and (text in first or text.startswith(first))):
            return True
    return False


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
    line, with nothing after it (see :func:`_heads_story`, :func:`proper_names`).

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
        dated = date_follows(lines, i, options) or (
            i + 1 == title_index and _kicker_stamp(lines, i, options, story=story))
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
        names = bare_names(lines[i][TEXT], options)
        if not names or any(w in title_words for name in names for w in words(name)):
            continue
        if listed(lines, i, options):
            if unvouched == i - 1:
                unvouched = None  # the first of the list
            continue
        if vouched:
            return i
        # Right under the headline, a name nothing vouches for serves when no vouched
        # one follows, and it is a person's, not a heading of common words.
        if proper_names(names, lines, story):
            unvouched = i
    return unvouched


def _kicker_stamp(lines: Sequence[Line], i: int, options: ParseOptions, *,
                  story: Sequence[int]) -> bool:
    """True when line ``i``, right over the headline, is a person's name (see
    :func:`proper_names`; not a label before its colon) under a date line, past lines of
    glyphs alone ("/", "•"): the kicker's stamp a page sets over its headline ("December
    14, 2025" / "/" / "Jane Doe" / "Headline")."""
    text = lines[i][TEXT].rstrip()
    names = bare_names(text, options)
    if text.endswith(":") or not names or not proper_names(names, lines, story):
        return False
    j = i - 1
    while j > 0 and not any(map(str.isalnum, lines[j][TEXT])):
        j -= 1
    return j >= 0 and _is_dated(lines[j][TEXT], options)


def _heads_story(lines: Sequence[Line], title_index: int | None, i: int,
                 options: ParseOptions) -> bool:
    """True when line ``i`` stands right under the headline, or under date lines that
    stand right under it: where a page puts its author's name with no "By" ("Headline" /
    "Jane Doe", "Headline" / "July 5, 2025" / "Jane Doe")."""
    if title_index is None or not title_index < i <= title_index + 3:
        return False
    return all(_is_dated(lines[j][TEXT], options) for j in range(title_index + 1, i))


def _is_dated(text: str, options: ParseOptions) -> bool:
    """:func:`is_date_line`, asked only of lines with a digit, as every date line has."""
    return bool(DIGIT.search(text)) and is_date_line(text, options)


def _vouches_under_title(lines: Sequence[Line], j: int, options: ParseOptions, *,
                         any_number: bool = True) -> bool:
    """True when line ``j``, after a name under the headline, is
    the author's role, an update's label or a short line with a number (a time, an age, a
    reading time; only a job title or a reading time unless ``any_number``)."""
    if j >= len(lines):
        return False
    text = lines[j][TEXT]
    if is_update_label(text, options) or (
            is_role_line(text, options) if any_number else is_job_title(text, options)):
        return True
    if len(text.split()) > options.text_max_number_line_words:
        return False
    if not any_number:
        return bool(_READING_TIME.search(text))
    # A time, an age, a reading time: a number with a word or a clock ("5:50 am", "2h
    # ago"), not a table's value ("$76B", "93%", "0").
    return bool(DIGIT.search(text)) and bool(_CLOCK_OR_WORD.search(text))


def byline_candidates(
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


def is_byline_line(text: str, options: ParseOptions) -> bool:
    """True when a short line is a byline, or a credit the byline reader leaves (an
    agency's, a desk's): either stands under a headline."""
    return len(text) <= options.text_max_meta_chars and (
        bool(find_byline([text], options)) or is_credit_line(text, options))
