"""What sits at the top of a story but is not body text: the title repeated as a
heading, byline and date lines, and the dateline. Shared by both pipelines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ._dateline import match_dateline
from ._meta_byline import parse_byline
from ._meta_dates import parse_written_date
from ._model import Dateline, ParagraphKind
from ._options import ParseOptions

# A line that is only a date, a time or a "Published/Updated" stamp.
_STAMP: Final = re.compile(
    r"^(?:(?:published|updated|posted|last updated|modified|veröffentlicht|aktualisiert|"
    r"publié|mis à jour|publicado|actualizado)\b[^.!?]{0,80}"
    r"|[\d\s/.:,|-]{6,40}(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)$",
    re.IGNORECASE,
)
_MARKUP_TEXT: Final = re.compile(r"^<[a-zA-Z][\w-]*\s[^<>]*=")
_NORMALISE: Final = re.compile(r"[\W_]+")
_MAX_STAMP_CHARS = 90


def comparable(text: str) -> str:
    """Lower-cased words only: what two renderings of one title have in common."""
    return _NORMALISE.sub(" ", text.casefold()).strip()


def is_header_line(text: str, title_key: str) -> bool:
    """True for a title, byline or date line that opens a story but is not its text."""
    if title_key and comparable(text) == title_key:
        return True
    if len(text) <= _MAX_STAMP_CHARS and (
        _STAMP.match(text) or (parse_written_date(text) and len(text.split()) <= 8)
    ):
        return True
    return len(text) <= 200 and bool(parse_byline(text)) and text.count(".") <= 2


def is_markup_text(text: str) -> bool:
    """Escaped markup shown as text ("<img src=...>"): never story text."""
    return bool(_MARKUP_TEXT.match(text))


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
        match = match_dateline(text)
        if match is None:
            if index == 0 and len(text) < 60:
                continue  # a short first line may be a kicker: look at the next one
            return kept, None
        rest = text[match.end :].strip()
        if not rest:
            del kept[index]
        elif options.strip_dateline:
            kept[index] = (rest, kind)
        return kept, match.dateline
    return kept, None
