"""What sits at the top of a story but is not body text: the title repeated as a
heading, byline and date lines, and the dateline. Shared by both pipelines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from newsparse._dateline.match import complete_year, match_dateline
from newsparse._model import Dateline, PageFacts, ParagraphKind
from newsparse._options import ParseOptions
from newsparse._reading.bylines import byline_names
from newsparse._reading.dates import parse_written_date
from newsparse._reading.keys import words_key

# A line that is only a date, a time or a "Published/Updated" stamp.
_STAMP: Final = re.compile(
    r"^(?:(?:published|updated|posted|last updated|modified|veröffentlicht|aktualisiert|"
    r"publié|mis à jour|publicado|actualizado)\b[^.!?]{0,80}"
    r"|[\d\s/.:,|-]{6,40}(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)$",
    re.IGNORECASE,
)
# What joins the parts of a stamp on one line: a dash, a bar or a dot between spaces.
# (From the first space of a run only: a scan over a run of spaces stays linear.)
_STAMP_SEPARATOR: Final = re.compile(r"(?<!\s)\s+[-\u2013\u2014|\u2022\u00b7]\s+")
# Text that is never story text wherever it stands: escaped markup ("<img src=...>"),
# a bare URL, or a picture caption that ends in its credit.
_FURNITURE: Final = re.compile(
    r"^<[a-zA-Z][\w-]*\s[^<>]*="
    r"|^https?://\S+$"
    r"|\((?:image|photo|picture|pic|credit|foto|bild|imagen)s?\s*:[^()]{1,80}\)\s*$"
    r"|\((?:AP|AFP|Reuters|Getty|EPA)(?: Photo| Images)?(?:/[^()]{1,60})?\)\s*$"
    r"|(?:^|\s)(?:photo|image|picture|credit|photograph)s?(?: by)?\s*:\s*[^.!?]{2,60}$",
    re.IGNORECASE,
)


def is_header_line(text: str, title_words: str, options: ParseOptions) -> bool:
    """True for a title, byline or date line that opens a story but is not its text."""
    if title_words and words_key(text) == title_words:
        return True
    if is_stamp(text, options):
        return True
    if (len(text) > options.meta_max_byline_chars
            or text.count(".") > options.meta_max_byline_stops):
        return False
    # "Jane Doe, Staff Writer" is a byline; "Prince Andrew, the nearly 60-year-old brother
    # of …, has told friends …" is a story's first sentence, whose names a byline's shape
    # would also find: past a short line, the line must say it is a byline ("By …").
    if len(text) > options.html_max_bare_byline_chars:
        return bool(byline_names(text, options, require_lead=True))
    return bool(byline_names(text, options))


def is_furniture(text: str, options: ParseOptions) -> bool:
    """Escaped markup, a bare URL or a credited picture caption: never story text."""
    if len(text) > options.html_max_furniture_chars:
        return False
    # Every branch of the pattern needs a leading "<", a ")" closing the text, or a ":"
    # after an address's scheme or a credit's word: most paragraphs have none (a time's or
    # a label's colon is neither), and these tests cost far less than the search.
    if not text.startswith("<") and not text.rstrip().endswith(")") and not (
            ":" in text and ("://" in text or _has_credit_word(text))):
        return False
    return bool(_FURNITURE.search(text))


# The credit words of ``_FURNITURE`` ("Photo: …"), looked for before its search.
_CREDIT_WORDS = ("photo", "image", "picture", "credit")


def _has_credit_word(text: str) -> bool:
    """True when ``text`` may hold a word of ``_FURNITURE``'s credit ("Photo: …"), as its
    case-blind search reads them: a dotted capital I or a dotless i matches its "i" too."""
    lowered = text.lower()
    return any(word in lowered for word in _CREDIT_WORDS) or "İ" in text or "ı" in text


def is_stamp(text: str, options: ParseOptions) -> bool:
    """True for a block whose every line is a date or "Published/Updated" stamp, or
    an agency or byline line beside one ("The Associated Press / Published Monday…")."""
    lines = text.split("\n")
    if _stamp_lines(lines, options):
        return True
    # The parts of a line joined by a separator ("Associated Press - January 16, 2008
    # 12:55 PM ET") are read as lines of their own.
    return len(text) <= options.html_max_stamp_chars and _stamp_lines(
        [part for line in lines for part in _STAMP_SEPARATOR.split(line)], options)


def _stamp_lines(lines: Sequence[str], options: ParseOptions) -> bool:
    """True when one of ``lines`` at least is a stamp and each of the others a stamp, a
    byline or a name."""
    max_byline_chars = options.html_max_stamp_byline_chars
    max_name_words = options.html_max_stamp_name_words
    stamps = sum(1 for line in lines if _is_stamp_line(line, options))
    return stamps > 0 and all(
        _is_stamp_line(line, options)
        or (len(line) <= max_byline_chars and bool(byline_names(line, options)))
        or (line.istitle() and len(line.split()) <= max_name_words)
        for line in lines
    )


def _is_stamp_line(line: str, options: ParseOptions) -> bool:
    return len(line) <= options.html_max_stamp_chars and bool(
        _STAMP.match(line) or (len(line.split()) <= options.html_max_stamp_date_words
                               and parse_written_date(line, options))
    )


def dateline_line(lines: Sequence[str], options: ParseOptions) -> Dateline | None:
    """The first of some header lines that is a dateline and nothing else."""
    for line in lines:
        match = match_dateline(line, options)
        if match is not None and not line[match.end :].strip():
            return match.dateline
    return None


def split_dateline(
    paragraphs: Sequence[tuple[str, ParagraphKind]], options: ParseOptions
) -> tuple[list[tuple[str, ParagraphKind]], Dateline | None]:
    """Find the dateline at the start of the body.

    A dateline on a line of its own is not a paragraph, so it is removed; a dateline
    that opens the first paragraph stays in it unless ``options.strip_dateline``.
    """
    kept = list(paragraphs)
    for index, (text, kind) in enumerate(kept[:2]):
        if kind is not ParagraphKind.PARAGRAPH:
            continue
        match = match_dateline(text, options)
        if match is None:
            if index == 0 and len(text) < options.dateline_max_kicker_chars:
                continue  # a short first line may be a kicker: look at the next one
            return kept, None
        rest = text[match.end :].strip()
        if not rest:
            del kept[index]
        elif options.strip_dateline:
            kept[index] = (rest, kind)
        return kept, match.dateline
    return kept, None


def finish_dateline(
    dateline: Dateline | None, facts: PageFacts, options: ParseOptions
) -> tuple[Dateline | None, PageFacts]:
    """Complete a dateline's year from the publication date, or the publication date
    from a dateline that gives day, month and year."""
    if dateline is None:
        return None, facts
    dateline = complete_year(dateline, facts.published, max_days=options.dateline_year_max_days)
    if facts.published is None and dateline.date is not None and not dateline.year_inferred:
        facts = attrs.evolve(facts, published=dateline.date)
    return dateline, facts
