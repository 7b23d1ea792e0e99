"""Text dumps: the stamps of a thread of reader comments, which a story never goes on into.

A comment opens with a short stamp line, its author and when it was posted ("Jane July 7,
2012 at 12:27 am", "Posted by: dan | Jan 10, 2008 6:02:53 PM", "09. Jul, 2012 / Meg
says:", "2 hours ago"), then its text. One such line is a byline or a date line; several
in a row, each with prose between it and the next, are a thread (or a list of other
stories with their dates and summaries): the story has ended before the first of them.
Headings and comment counts need not be there ("Comments" may be a tab, an image, or
nothing), so the stamps' own repetition is the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import NamedTuple

from newsparse._dateline.words import is_weekday, month_of
from newsparse._options import ParseOptions
from newsparse._reading.dates import DIGIT
from newsparse._reading.textstats import has_sentence_end
from newsparse._text.features import LineFeatures
from newsparse._text.lines import BLOCK, BLOCK_SIZE, TEXT, Line

# A time of day, a date in figures ("11.06.12", "2008-01-20", "1/13/08"), a date with a
# month's name and a year ("July 7, 2012", "07 Nov 12", "09. Jul, 2012"), or an age
# ("2 hours ago"). Any word stands for the month's name: a stamp is told by where it
# stands (repeated, with prose between), not by its words alone.
_STAMP = re.compile(
    r"\b\d{1,2}:\d\d\b"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\.?\s+[^\W\d_]{3,9}\.?,?\s+\d{2,4}\b"
    r"|\b[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
    r"|\b(?:\d+|an?|one)\s+(?:minute|hour|day|week|month|year)s?\s+ago\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\W\d_]+(?:[\s.'’-]+[^\W\d_]+)*")
_DIGITS = re.compile(r"\d+")
_LEAD_WORD = re.compile(r"[^\W\d_]+")
# A date and nothing else: "March 16, 2026", "16 Mar 2026", "2026-03-16", "Mon, 16.03.26".
# (Anchored at both ends: searched, a run of spaces would be scanned from each of them.)
_BARE_DATE = re.compile(r"^\W*(?:[^\W\d_]+\W+)?\d+\W+(?:[^\W\d_]+\W+)?\d+(?:\W+\d+)?\W*$")
_ATTRIBUTION_DASHES = ("—", "–", "-", "―")
class Threads(NamedTuple):
    """The threads of comments of a dump."""

    #: Indexes of the stamp lines that open the comments.
    stamps: frozenset[int] = frozenset()
    #: Indexes of every line of the threads: stamps, comments, their names and buttons.
    lines: frozenset[int] = frozenset()


NO_THREADS = Threads()


def comment_threads(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    code: Collection[int],
    options: ParseOptions,
) -> Threads:
    """The threads of the dump: runs of at least ``options.text_min_thread_stamps`` short
    lines (``options.text_max_stamp_chars``) with a date, a time or an age, each at most
    ``options.text_max_stamp_gap`` lines after the one before (``text_max_long_comment_gap``
    once the thread has begun) and with a line of prose (``options.text_length_low``
    characters or more, or a sentence) between them. The stamps of a thread share a shape
    (see ``_shape``). A thread's lines run from its first stamp to its last comment, which
    ends at a wall or ``options.text_max_stamp_gap`` lines after its stamp.

    Lines of ``code`` blocks are no stamps (a table of logged times), unless the block is
    as short as a comment's head (``options.text_max_stamp_block`` lines: "Jane" / "July
    7, 2012 / Permalink", whose slash reads as code)."""
    prose_length = options.text_length_low
    max_chars, min_stamps = options.text_max_stamp_chars, options.text_min_thread_stamps
    max_gap, long_gap = options.text_max_stamp_gap, options.text_max_long_comment_gap
    max_block = options.text_max_stamp_block
    stamps: set[int] = set()
    in_threads: set[int] = set()
    # The stamps of each shape so far, in a run that may still grow into a thread.
    open_runs: dict[str, list[int]] = {}
    last_prose = -1

    def close(run: list[int]) -> None:
        if len(run) < min_stamps:
            return
        stamps.update(run)
        end = min(len(lines), run[-1] + 1 + max_gap)
        last = next((j for j in range(run[-1] + 1, end)
                     if features[j].hard_wall or features[j].soft_wall), end)
        in_threads.update(range(run[0], last))

    for i, (line, feat) in enumerate(zip(lines, features, strict=True)):
        text = line[TEXT]
        # Cheapest tests first, inline: a dump may have a million short lines.
        if (
            len(text) > max_chars
            or (feat.ends_sentence and text[-1] != ")")
            or DIGIT.search(text) is None
            or (line[BLOCK] in code and line[BLOCK_SIZE] > max_block)
            or (shape := _thread_stamp_shape(text, feat.ends_sentence)) is None
        ):
            if feat.chars >= prose_length or feat.ends_sentence:
                last_prose = i
            continue
        run = open_runs.get(shape)
        reach = max_gap if run is None or len(run) < min_stamps else long_gap
        if run is None or i - run[-1] > reach or last_prose < run[-1]:
            if run is not None:
                close(run)
            open_runs[shape] = run = []
        run.append(i)
    for run in open_runs.values():
        close(run)
    if not stamps:
        return NO_THREADS
    return Threads(frozenset(stamps), frozenset(in_threads))


def _thread_stamp_shape(text: str, ends_sentence: bool) -> str | None:
    """The shape (``_shape``) of the stamp that a short line with a digit is, or None when
    it is no stamp (``_is_stamp``). A line that ends as a sentence does is none, unless
    what ends it is a bracket round its stamp (``_bracketed_stamp``)."""
    if ends_sentence and not _bracketed_stamp(text):
        return None
    return _shape(text) if _is_stamp(text) else None


def _bracketed_stamp(text: str) -> bool:
    """Whether a line that closes with a bracket ends with its stamp in it rather than with
    a sentence: "TonyZ (6 days ago)", "Jane Doe (July 7, 2012 at 12:27 am)". The bracket
    closing a line reads as a sentence's end; a stamp's bracket holds no sentence."""
    if not text.endswith(")"):
        return False
    open_at = text.rfind("(")
    return (open_at >= 0 and not has_sentence_end(text[:open_at])
            and _STAMP.search(text, open_at) is not None)


def _shape(text: str) -> str:
    """The form of a stamp from its date's first figure on, runs of words and numbers
    blurred (names differ: "Meg B. says:", "Debra says:"): the stamps
    of one thread share it ("July 26, 2012 at 3:56 pm" and "July 7, 2012 at 12:27 am" are
    "0, 0 a 0:0 a"), and the story's own byline over them most often has another. Figures
    before the date are the comment's number or its author's ("1 Emily October 25, 2012 at
    10:47 pm", "2 Nate @ House of Annie October 25, …"): they do not count."""
    stamp = _STAMP.search(text)
    date_at = stamp.start() if stamp is not None else 0
    first = next((i for i in range(date_at, len(text)) if text[i].isdigit()), date_at)
    return _DIGITS.sub("0", _WORDS.sub("a", text[first:]))


def _is_stamp(text: str) -> bool:
    """A short line with a digit and no sentence end (tested before) is a stamp when it has
    a date, a time or an age, and more than a bare date: dates alone head the entries of a
    timeline or a calendar; a bare date under a name that is no date's word is a comment's
    author over it (``_named_over_date``). A dash opens a quote's attribution instead ("—
    Jane Doe (@jane) November 18, 2019", under each embedded post a story quotes), and a
    span of days or hours (``_SPAN``) is an event's or a shop's, never a post's."""
    return (
        not text.startswith(_ATTRIBUTION_DASHES)
        and _STAMP.search(text) is not None
        and (_BARE_DATE.match(text) is None or _named_over_date(text))
        and _SPAN.search(text) is None
    )


# A span of days or of hours: an event's dates ("July 26-30, 2026", "August 31-September
# 3", "26-30 July"), a shop's hours ("9am - 5pm"). No comment was posted over a span.
_SPAN = re.compile(
    r"\b[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*[-–—]\s*(?:[^\W\d_]{3,9}\.?\s+)?\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s*[-–—]\s*\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]{3,9}\b"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*\d{1,2}(?::\d\d)?\s*[ap]\.?m\b",
    re.IGNORECASE,
)


def _named_over_date(text: str) -> bool:
    """Whether the words before a bare date's first figure name someone ("Jermaine 07 Nov
    12", "Peter - 4 September, 2011": a comment's author over its date) rather than tell
    the date (a month's or a day's name: "March 16, 2026", "Mon 16 Mar 26") or label it
    ("Published: 3 Jan 2019")."""
    first = DIGIT.search(text)
    lead = text[:first.start()] if first is not None else text
    words = _LEAD_WORD.findall(lead)
    return bool(words) and ":" not in lead and not any(
        month_of(word) is not None or is_weekday(word) for word in words)


# The notes of a comment form, as the web's comment systems word them (WordPress, Blogger,
# TypePad, Disqus), about the reader's comment, e-mail and the responses to come: "Your
# email address will not be published", "Required fields are marked *", "Notify me of
# follow-up comments by email", "Save my name, email, and website in this browser …",
# "You must be logged in to post a comment", "You can follow any responses to this entry
# through the RSS 2.0 feed", "Comments are moderated …", "You may use these HTML tags …",
# "Learn how your comment data is processed". A story says none of these.
_FORM_NOTE = re.compile(
    r"\be-?mail\b[^.]{0,40}\b(?:not|never)\s+(?:be\s+)?(?:published|shared|displayed)"
    r"|\brequired\s+fields?\b|\bnotify\s+me\b|\bsave\s+my\s+name\b"
    r"|\b(?:log(?:ged)?|sign(?:ed)?)\s+in\s+to\s+(?:post|leave|add|write)?\s*(?:an?\s+|your\s+)?"
    r"(?:comments?|repl(?:y|ies)|responses?)\b"
    r"|\b(?:responses|comments?)\b[^.]{0,40}\b(?:rss|feed)\b"
    r"|\bor\s+trackback\b|\byour\s+comment\b|\bcomments?\s+(?:are|will\s+be)\s+moderated\b"
    r"|\bhtml\s+tags\b",
    re.IGNORECASE,
)


def form_notes(
    lines: Sequence[Line], features: Sequence[LineFeatures], options: ParseOptions
) -> frozenset[int]:
    """The lines of at most ``options.text_form_note_max_chars`` that are a comment
    form's notes (``_FORM_NOTE``): page furniture, which the region weighs as such,
    however much they read as sentences. A short post above a comment form was beaten by
    the form's notes under it, which weigh more than its lines of a few words."""
    max_chars = options.text_form_note_max_chars
    notes: set[int] = set()
    for i, (line, feat) in enumerate(zip(lines, features, strict=True)):
        # (Every branch of the pattern holds two words at least.)
        if feat.n_words < 2 or feat.chars > max_chars:
            continue
        text = line[TEXT]
        # Every branch of the pattern holds one of these word parts: a line without one
        # (most lines) is told so by a few scans of it lower-cased, at a tenth of the
        # pattern's search. (Inline, no generator: this runs once a line.)
        low = text.lower()
        if ("comment" in low or "mail" in low or "requir" in low or "notify" in low
                or "save my" in low or "repl" in low or "respons" in low
                or "trackback" in low or "html" in low) and _FORM_NOTE.search(text):
            notes.add(i)
    return frozenset(notes)
