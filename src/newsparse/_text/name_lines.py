"""Text dumps: what the byline readers ask of a line of names, shared by ``_text/byline.py``
and ``_text/dated_byline.py``: names throughout, a person's shape, one of a list, a date
on the line, a stamp's word, a byline's lead-in part."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse._dateline.words import is_weekday, month_of
from newsparse._options import ParseOptions
from newsparse._reading.byline_words import BAR, PARTICLES
from newsparse._reading.bylines import bare_names, find_byline, is_not_name_word, opens_with_lead
from newsparse._reading.dates import DIGIT, UPDATED
from newsparse._text.dates import is_date_line, line_dates
from newsparse._text.lines import BLOCK, BLOCK_SIZE, TEXT, Line

#: A run of letters: a word, without its figures or marks.
WORD = re.compile(r"[^\W\d_]+")
# "by" after a date stamp, which opens the byline ("11/19/2019 by Jane Doe").
BY_AFTER = re.compile(r"\sby\b", re.IGNORECASE)
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
    "atualizado em "
    "czytania opublikowano zaktualizowano "
    "опубликовано обновлено опубліковано оновлено".split()
)


def all_names(names: tuple[str, ...]) -> bool:
    """True when there are names and no word of them makes a title or a label ("The
    Nigerian Senate", "The Water Coolest")."""
    return bool(names) and not any(
        is_not_name_word(w) for name in names for w in name.split())


def proper_names(names: Sequence[str], lines: Sequence[Line], story: Sequence[int]) -> bool:
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
            common = {w for i in story for w in WORD.findall(lines[i][TEXT]) if w[0].islower()}
        if all(w.casefold() in common for w in name_words):
            return False
    return True


def listed(lines: Sequence[Line], i: int, options: ParseOptions) -> bool:
    """True when line ``i`` follows another line of names (a list of people: results, a
    sidebar), in its block or alone in its own (each item set apart); not when that line
    is the same name again, nor the last item of another block (a menu's "Order Now")."""
    before, line = lines[i - 1], lines[i]
    return ((before[BLOCK] == line[BLOCK] or before[BLOCK_SIZE] == 1) and before[TEXT] != line[TEXT]
            and bool(bare_names(before[TEXT], options)))


def has_date(text: str, options: ParseOptions) -> bool:
    """True when a short line gives a date, published or updated."""
    if len(text) > options.text_max_meta_chars or not DIGIT.search(text):
        return False
    published, modified = line_dates(text, options)
    return published is not None or modified is not None


def is_stamp_word(word: str) -> bool:
    """True for a word of a date stamp: a figure, a month, a weekday or a stamp's label."""
    bare = word.strip(".,:;()")
    return (not bare or bool(DIGIT.search(bare)) or bare.casefold() in _STAMP_WORDS
            or month_of(bare) is not None or is_weekday(bare))


def is_update_label(text: str, options: ParseOptions) -> bool:
    """"Last Updated:", "Updated": a label alone on its line, its date on the next."""
    found = UPDATED.match(text)
    return (found is not None and len(text) <= options.text_max_button_chars
            and not text[found.end():].strip(" :"))


# A lead-in that names the piece before its "by" ("Post written by", "This article was
# written by", "Guide by", "Recipe by"): the common words a page credits its story with,
# where another writes "By" alone.
# (The lead-in of a sentence, "This post was written by …", is the story's own: see
# :func:`is_credit_sentence`.)
_PIECE_LEAD = re.compile(
    r"(?P<article>(?:this|the)\s+)?(?:(?:blog|guest)\s+)?"
    r"(?:post|article|story|piece|guide|recipe|review|column|essay|report)\s+"
    r"(?P<verb>(?:was|is|has\s+been)\s+)?(?:(?:originally|first)\s+)?"
    r"(?:(?:written|authored|contributed|penned|prepared|compiled)\s+)?(?=by\b)",
    re.IGNORECASE)


def piece_lead_part(text: str, options: ParseOptions) -> str | None:
    """The part of a line from the "by" of a lead-in that names the piece ("This post was
    written by Jane Doe, Head of Marketing" gives "by Jane Doe, Head of Marketing"); None
    when the line does not open so, or when what follows names no one in full: one word
    there is a menu's facet ("Guide by Region") as likely as a handle."""
    found = _PIECE_LEAD.match(text)
    if found is None:
        return None
    part = text[found.end():]
    names = find_byline([part], options)
    return part if names and all(len(name.split()) >= 2 for name in names) else None


def is_credit_sentence(text: str) -> bool:
    """True when a byline's line is a sentence of the story that says who wrote it ("This
    post was written by Jane Doe, Head of Marketing."): the story keeps it, where a
    byline's line ("Post written by Jane Doe.") is no paragraph."""
    found = _PIECE_LEAD.match(text)
    return found is not None and bool(found["article"]) and bool(found["verb"])


def lead_part(text: str, options: ParseOptions) -> str | None:
    """The line, or the first of its parts between bars, that opens with "By" or another
    lead-in, or the part from "by" after a date stamp ("11/19/2019 by Jane Doe", "Monday
    November 18, 2019 7:45 am PST by Jane Doe") or after words that name the piece ("Post
    written by Jane Doe": :func:`piece_lead_part`); None when none does."""
    if opens_with_lead(text):
        return text
    piece = piece_lead_part(text, options)
    if piece is not None:
        return piece
    stamped = BY_AFTER.search(text)
    if stamped is not None and is_date_line(text[:stamped.start()], options):
        return text[stamped.start():].lstrip()
    if "|" not in text and "•" not in text and "·" not in text:
        return None  # the common case, without a split
    return next((part for part in BAR.split(text) if opens_with_lead(part)), None)
