"""Text dumps, stage 1: normalise line ends and spaces, then cut the dump into lines.

A browser's "save as text" puts every block element on a line of its own and a blank
line around the blocks that have vertical margins (``p``, headings, lists, tables), so
a *block* here is a run of non-blank lines: a paragraph is usually a block of one line,
a menu a block of many short lines.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterator
from typing import Final, TypeAlias, cast

from newsparse._dateline.match import match_dateline
from newsparse._errors import InputLimitError
from newsparse._model import ParagraphKind
from newsparse._options import ParseOptions
from newsparse._reading.textstats import STOPWORDS, stems
from newsparse._text.renderers import (
    HINT,
    LINK_CHARS,
    MARKDOWN,
    PIECE_TEXT,
    DumpLine,
    piece_link_share,
    piece_marks,
    read_dump,
)

# Unicode space separators that renderers and editors leave in dumps; all read as a space.
_ODD_SPACE_CHARS: Final = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + (
    "\u202f\u205f\u3000")
_ODD_SPACES = re.compile(f"[{_ODD_SPACE_CHARS}]")
# Zero-width space and a stray byte-order mark: invisible, and they split words for \w+.
_INVISIBLE = re.compile("[\u200b\ufeff]")
# A line of nothing but zero-width joiners and non-joiners (a page builder's spacer): a
# blank line. (Inside words they join emoji and shape Persian or Indic script: kept.)
_JOINERS_ONLY = re.compile(
    "(?m)^[ \t\u200c\u200d\u2060]*[\u200c\u200d\u2060][ \t\u200c\u200d\u2060]*$")
# Line and paragraph separators, next line (NEL), form feed and vertical tab.
_ODD_BREAKS = re.compile("[\u2028\u2029\x85\x0b\x0c]")
_BREAK_FOR = {"\u2028": "\n", "\u2029": "\n\n", "\x85": "\n", "\x0b": "\n", "\x0c": "\n\n"}
_LINE_ENDS = re.compile(r"\r\n?")
_SPACE_RUN = re.compile(r"[ ]+")
# Table cells of a row come out joined by a tab; keep one tab between cells.
_CELL_GAP = re.compile(r"(?:(?<! ) +)?\t[\t ]*")
# How many of the dump's lines are turned into Lines before they are let go.
_CHUNK_LINES: Final = 4096
# A tag that links to or loads from another site: where it opens a line (or a column of
# one, after a gap) and the rest of the line is markup, an ad's or an embed's, which
# renderers write out as text from <noscript>, <iframe> and broken <script> elements (a
# browser shows none of it).
_FOREIGN_TAG = re.compile(
    r"<[a-zA-Z][a-zA-Z0-9]*\s[^<>\n]*?(?:href|src)\s*=\s*[\"']?(?:https?:)?//", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
# The opening of an element a browser never shows as text: a script, a style sheet, a
# <noscript>'s fallback, a comment, a CDATA section. (Searched for by its "<", which the
# search skips to at C speed; a "^[ \t]*" before it tried the pattern at every line's start
# and cost some 100 instructions a character of a dump with markup.)
_UNSHOWN_OPEN = re.compile(r"<(?:(?:script|style|noscript)\b|!--|!\[CDATA\[)", re.IGNORECASE)
# Such an element, opened and closed on one line.
_UNSHOWN = re.compile(
    r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<!\[CDATA\[.*?\]\]>", re.IGNORECASE)

#: What a dump's own syntax says of a line (Markdown, lynx), a plain tuple of ``(hint,
#: link_share, top_heading, links_home)``: the kind of paragraph it says the line is, as the kind's
#: value (``"list_item"``, not the Enum member, which would keep the collector tracking the
#: tuple), or None; the share of the line that is link text; whether it marks the line as
#: its only top-level heading (Markdown's one ``#``); whether it marks it as a heading that
#: links to the site's front page (its name over its logo). Most dumps say nothing, and their
#: lines carry None instead of this record.
LineMarks: TypeAlias = tuple[str | None, float, bool, bool]
_KINDS: Final = {kind.value: kind for kind in ParagraphKind}
_LIST_ITEM: Final = ParagraphKind.LIST_ITEM.value
_NOT_PROSE_HINTS: Final = frozenset(kind.value for kind in (
    ParagraphKind.HEADING, ParagraphKind.TABLE_ROW, ParagraphKind.PREFORMATTED))


#: One non-blank line of a dump, white space squashed, with its block: a plain tuple of
#: ``(text, block, block_size, marks)``, read by the indices below. Not a named tuple: the
#: cyclic garbage collector tracks every named tuple and walks the ones that survive its
#: young generation again and again as their number grows (a third of the CPU time of a
#: dump of half a million short lines), while a plain tuple of strings, ints and None is
#: untracked at its first pass. No int of its own either: a line's place among the dump's
#: lines is its index in the list, its place in its block that index less ``block`` (an
#: int a line would cost 28 bytes where a block is longer than 256 lines), and what the
#: dump's syntax says of it sits in a side record that most lines do without.
Line: TypeAlias = "tuple[str, int, int, LineMarks | None]"
#: The line's text: spaces squashed, stripped; table cells joined by a single tab.
TEXT: Final = 0
#: The line's block (run of non-blank lines), named by the index of its first line among
#: the dump's lines: lines of one block share it, and the line at index ``i`` is line
#: ``i - block`` of its block.
BLOCK: Final = 1
#: Number of lines in the line's block (1: the line is a block by itself, blank lines
#: around it).
BLOCK_SIZE: Final = 2
#: What the dump's syntax says of the line (Markdown, lynx), or None: nothing.
MARKS: Final = 3


def hint_of(line: Line) -> ParagraphKind | None:
    """The kind of paragraph the dump's own syntax says ``line`` is (Markdown), if any."""
    marks = line[MARKS]
    return None if marks is None or marks[0] is None else _KINDS[marks[0]]


def link_share_of(line: Line) -> float:
    """Share of ``line`` that is link text, where the dump shows links (Markdown, lynx)."""
    marks = line[MARKS]
    return 0.0 if marks is None else marks[1]


def links_home_of(line: Line) -> bool:
    """The dump marks ``line`` as a heading that links to the site's front page: the
    site's name over its logo (Markdown's ``# [Name](/)``)."""
    marks = line[MARKS]
    return marks is not None and marks[3]


def top_heading_of(line: Line) -> bool:
    """The dump marks ``line`` as its only top-level heading (Markdown's one ``#``)."""
    marks = line[MARKS]
    return marks is not None and marks[2]


def normalise(text: str) -> str:
    """Turn CRLF and lone CR into LF and every Unicode space into a plain space."""
    if "\r" in text:
        text = _LINE_ENDS.sub("\n", text)
    if not text.isascii():
        # A substitution scans the text whether or not it finds anything; looking for
        # each character with ``in`` first costs a tenth of that (most dumps have none).
        if any(char in text for char in _ODD_SPACE_CHARS):
            text = _ODD_SPACES.sub(" ", text)
        if "\u200b" in text or "\ufeff" in text:
            text = _INVISIBLE.sub("", text)
        if "\u200d" in text or "\u200c" in text or "\u2060" in text:
            text = _JOINERS_ONLY.sub("", text)
        if any(char in text for char in _BREAK_FOR):
            text = _ODD_BREAKS.sub(lambda m: _BREAK_FOR[m.group()], text)
    elif "\x0b" in text or "\x0c" in text:
        text = _ODD_BREAKS.sub(lambda m: _BREAK_FOR[m.group()], text)
    return text


def squash(text: str) -> str:
    """Collapse runs of spaces to one and strip, keeping one tab between table cells."""
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if "\t" in text:
        text = _CELL_GAP.sub("\t", text).strip(" \t")
        return text
    return text.strip()


def split_lines(text: str, options: ParseOptions) -> list[Line]:
    """Normalise ``text`` and return its non-blank lines grouped into blocks.

    Raises :class:`InputLimitError` when the dump has more lines than
    ``options.max_text_lines``.
    """
    # Line ends only ever grow in number when normalised: a dump over the limit by its
    # "\n" alone is refused before its copy and its list of lines are made (which cost
    # some 50 bytes a line, 25 times a dump of short lines).
    at_least = text.count("\n") + 1
    if at_least > options.max_text_lines:
        raise InputLimitError(
            f"the text has at least {at_least} lines, over max_text_lines={options.max_text_lines}"
        )
    text = normalise(text)
    count = text.count("\n") + 1
    if count > options.max_text_lines:
        raise InputLimitError(
            f"the text has {count} lines, over max_text_lines={options.max_text_lines}"
        )
    if "<" in text:
        text = _without_markup(text)
        text = _without_scripts(text, options.text_script_line_chars)
    blocks = read_dump(text, options)
    lines = _one_block_per_line(text) if blocks is None else _block_lines(blocks)
    lines = _paragraphs_parted(lines, options)
    return _without_copies(lines, options)


def _without_markup(text: str) -> str:
    """``text`` without the lines of HTML markup a browser would not show: from a tag
    that opens a line (or a column, after a gap of three spaces) and links to or loads
    from another site (an ad's link or picture, an iframe's source), to the line's end,
    when that is tags for half its characters or more. (A story about code quotes markup
    too: its links point to relative paths or to none, and a configuration's URLs are
    values, not links.)"""

    def is_markup(start: int, end: int) -> bool:
        before = text[text.rfind("\n", 0, start) + 1:start]
        if before.strip() and not before.endswith(("   ", "\t")):
            return False
        markup = text[start:end].rstrip()
        return 2 * sum(len(tag) for tag in _TAG.findall(markup)) >= len(markup)

    return _cut_to_line_ends(text, (tag.start() for tag in _FOREIGN_TAG.finditer(text)),
                             is_markup)


def _without_scripts(text: str, min_chars: int) -> str:
    """``text`` without the lines that are nothing but elements a browser never shows as
    text (scripts, style sheets, ``<noscript>`` fallbacks, comments, CDATA sections) and
    tags, ``min_chars`` long or longer: an ad's script that a renderer wrote out
    (html-text, inscriptis, from a page whose markup it could not read) stood in the
    blocks of the page's head, between a menu and the headline. A story that quotes a
    script (a tutorial) shows it as a short line of code; an ad's script carries its
    tracking address and parameters, hundreds of characters. A line with any text
    outside such elements and tags is kept whole. The line is left blank: a browser sets
    an ad in a box of its own."""

    def is_unshown(start: int, end: int) -> bool:
        line = text[start:end].strip()
        if len(line) < min_chars:
            return False
        rest = _TAG.sub("", _UNSHOWN.sub("", line))
        return not any(char.isalnum() for char in rest)

    return _cut_to_line_ends(text, _unshown_line_starts(text), is_unshown)


def _unshown_line_starts(text: str) -> Iterator[int]:
    """The starts of the lines of ``text`` that open with an element a browser never
    shows as text, after spaces or tabs alone."""
    for element in _UNSHOWN_OPEN.finditer(text):
        opens = element.start()
        line_start = text.rfind("\n", 0, opens) + 1
        if not text[line_start:opens].strip(" \t"):
            yield line_start


def _cut_to_line_ends(
    text: str, starts: Iterator[int], cut: Callable[[int, int], bool]
) -> str:
    """``text`` without each piece from a start of ``starts`` to its line's end that
    ``cut(start, end)`` accepts (a start inside a piece already cut is skipped)."""
    kept: list[str] = []
    at = 0
    for start in starts:
        if start < at:
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if cut(start, end):
            kept.append(text[at:start])
            at = end
    if not kept:
        return text
    kept.append(text[at:])
    return "".join(kept)


# A run that has not shown ``min_lines`` different prose lines within this many lines is
# no copy: the walk stops there (a dump of one paragraph said a million times).
_COPY_WALK: Final = 64


def _without_copies(lines: list[Line], options: ParseOptions) -> list[Line]:
    """``lines`` without the later showing of each run of lines that the dump shows
    twice, in the same order, with ``text_min_copy_lines`` different prose lines
    (``text_length_low`` characters or more) and ``text_min_copy_words`` words in them: a
    copy of the story a renderer wrote out though the page hid it (html2text
    and markdownify keep what CSS hides: a print view, a tab). The headline and short
    lines right over the copy go with it when they repeat those over the first showing."""
    min_lines, min_chars = options.text_min_copy_lines, options.text_length_low
    if not min_lines:
        return lines
    min_words = options.text_min_copy_words
    first_seen: dict[str, int] = {}
    drops: list[tuple[int, int]] = []
    count = len(lines)
    last_end = 0  # where the last copy dropped ends: no run reaches back over it
    j = 0
    while j < count:
        text = lines[j][TEXT]
        if len(text) < min_chars:
            j += 1
            continue
        i = first_seen.setdefault(text, j)
        if i == j:
            j += 1
            continue
        # The first showing at ``i``: how far do the two runs go on alike (the copy
        # starting after the first showing's end)?
        k = 0
        shown: set[str] = set()
        while j + k < count and i + k < j and lines[i + k][TEXT] == lines[j + k][TEXT]:
            if len(shown) < min_lines and k >= _COPY_WALK:
                break
            if len(lines[j + k][TEXT]) >= min_chars:
                shown.add(lines[j + k][TEXT])
            k += 1
        words = sum(len(shown_text.split()) for shown_text in shown)
        if len(shown) < min_lines or words < min_words:
            j += 1
            continue
        if _said_again_in_its_flow(lines, i, j, min_chars):
            j += k
            continue
        start = j
        while (
            start - 1 >= max(last_end, i + k)
            and i - (j - start) - 1 >= 0
            and lines[i - (j - start) - 1][TEXT] == lines[start - 1][TEXT]
        ):
            start -= 1
        drops.append((start, j + k))
        last_end = j = j + k
    return lines if not drops else _dropped(lines, drops)


def _said_again_in_its_flow(lines: list[Line], first: int, again: int, min_chars: int) -> bool:
    """Whether the run shown at ``first`` and again at ``again`` is the story saying its
    paragraphs again: the first showing is all prose, a paragraph of prose stands right
    over it, and nothing but prose between the two. A copy the renderer wrote out of a
    hidden element is an element apart: the dump sets it off by other lines (its own
    headline, a print link, the page's furniture), or it opens at the story's head; and
    a carousel's quotes go with their names, short lines."""
    return first > 0 and all(_prose(lines[k], min_chars) for k in range(first - 1, again))


def _prose(line: Line, min_chars: int) -> bool:
    """Whether ``line`` reads as a paragraph of prose: long, no table row's cells, and
    by the dump's marks (where it has them) neither a heading nor code nor mostly links."""
    text = line[TEXT]
    if len(text) < min_chars or "\t" in text:
        return False
    marks = line[MARKS]
    return marks is None or (marks[0] not in _NOT_PROSE_HINTS and 2 * marks[1] < 1)


def _dropped(lines: list[Line], drops: list[tuple[int, int]]) -> list[Line]:
    """``lines`` without the runs ``drops`` (``(start, end)``, in order), each kept line's
    block renamed by its first kept line and sized by its kept lines."""
    kept: list[Line] = []
    at = 0
    for start, end in drops:
        kept += lines[at:start]
        at = end
    kept += lines[at:]
    sizes: dict[int, int] = {}
    for line in kept:
        sizes[line[BLOCK]] = sizes.get(line[BLOCK], 0) + 1
    firsts: dict[int, int] = {}
    out: list[Line] = []
    for index, (text, block, _, marks) in enumerate(kept):
        out.append((text, firsts.setdefault(block, index), sizes[block], marks))
    return out


# A list's item: a bullet or an item number opens it ("• ", "- ", "3. ", "2) ").
_ITEM_OPENING: Final = re.compile(r"^(?:[*+•◦▪·–—-]|\d{1,3}(?:\.\d{1,3}){0,3}[.)])\s")
# What a paragraph's last line ends with: a sentence's end, maybe a closing quote or bracket.
_PARAGRAPH_END: Final = tuple(f"{end}{closer}" for end in ".!?" for closer in ("", *"\"”’)"))


def _paragraphs_parted(lines: list[Line], options: ParseOptions) -> list[Line]:
    """``lines`` with a block's lines of prose one right under the other (each
    ``text_parted_paragraph_chars`` long or more, ending a sentence, no table row or list
    item) in blocks apart, the first of them apart from the lines over it too: paragraphs
    of a story, which a browser sets a margin or a blank line between. Renderers that
    write ``<br>``s as one line end however many there are (html-text: "<br><br>" is
    one) and ``<div>``s a line each (all of them) leave the story's paragraphs in one run
    of lines, which weighs as a list of teasers does; a teaser's summary stands between
    headlines and dates, never right under another summary. So are two such paragraphs
    with a subheading between them that say the same story (``_subheaded_paragraphs``),
    and the subheading."""
    min_chars = options.text_parted_paragraph_chars
    if not min_chars:
        return lines
    # The long lines found at C speed: most lines are short (a dump of short lines has a
    # million of them), and a pair needs two long ones.
    long_lines = list(itertools.compress(
        itertools.count(), map(min_chars.__le__, map(len, map(operator.itemgetter(TEXT), lines)))))
    longs = set(long_lines)
    cuts = [
        k for k in long_lines
        if k - 1 in longs and lines[k][BLOCK] == lines[k - 1][BLOCK]
        and _ends_paragraph(lines[k]) and _ends_paragraph(lines[k - 1])
    ]
    # A block of nothing but sentences is as likely a list of teasers' summaries: a
    # story's run holds a line that ends no sentence too (a subheading, a byline, a list).
    cuts = [k for k in cuts if not _all_sentences(lines, lines[k][BLOCK])]
    cuts += _subheaded_paragraphs(lines, long_lines, longs, options)
    if not cuts:
        return lines
    # The first paragraph of such a run is a block apart from the short lines over it too
    # (a byline, a date line, a share bar): left with them, it opened a run of lines.
    cut_set = {*cuts, *(k - 1 for k in cuts if k - 1 > lines[k - 1][BLOCK])}
    out = list(lines)
    blocks = sorted({lines[k][BLOCK] for k in cuts})
    for block in blocks:
        size = lines[block][BLOCK_SIZE]
        start = block
        for k in range(block + 1, block + size + 1):
            if k == block + size or k in cut_set:
                for j in range(start, k):
                    text, _, _, marks = lines[j]
                    out[j] = (text, start, k - start, marks)
                start = k
    return out


def _subheaded_paragraphs(
    lines: list[Line], long_lines: list[int], longs: set[int], options: ParseOptions
) -> list[int]:
    """The cuts around each short line of a block that stands between two of its lines
    of prose (``longs``, each ending a sentence) that say the same story: the subheading
    and the paragraph under it each open a block. A story's paragraphs share its words
    (``options.text_parted_shared_words`` of them, no function words), and the one under
    a subheading opens with no dateline; a list of teasers sets a headline between two
    summaries too, but of stories that say other words, each opening with its dateline
    ("New Delhi, Jan 15 (ANI): …"), or of one story said twice. (Blogger posts part their
    paragraphs with "<br><br>", which html-text writes as one line end, and head them
    with a bold line: the post came out as one run, weighed as teasers.)"""
    min_shared = options.text_parted_shared_words
    if not min_shared:
        return []
    cuts: list[int] = []
    for k in long_lines:
        if k - 2 not in longs or k - 1 in longs:
            continue
        over, head, under = lines[k - 2], lines[k - 1], lines[k]
        if not (over[BLOCK] == head[BLOCK] == under[BLOCK]) or over[TEXT] == under[TEXT]:
            continue
        # (A subheading ends no sentence; a list's item or a table's row is none.)
        if (head[TEXT].endswith(_PARAGRAPH_END) or "\t" in head[TEXT]
                or _ITEM_OPENING.match(head[TEXT]) is not None
                or (head[MARKS] is not None and head[MARKS][0] == _LIST_ITEM)):
            continue
        # (A line that opens in lower case goes on with the short one over it: a piece
        # of a paragraph its page broke with "<br>"s, not a paragraph.)
        if not (_ends_paragraph(over) and _ends_paragraph(under)) or under[TEXT][:1].islower():
            continue
        if (len(_story_words(over[TEXT]) & _story_words(under[TEXT])) >= min_shared
                and match_dateline(under[TEXT], options) is None):
            cuts += [k - 1, k]
    return cuts


def _story_words(text: str) -> set[str]:
    """The stems of the words of ``text`` that are no function words, figures or lone
    letters (the "s" of "Iran's")."""
    return {stem for stem in stems(text)
            if len(stem) > 1 and stem.isalpha() and stem not in STOPWORDS}


def _all_sentences(lines: list[Line], block: int) -> bool:
    """Every line of the block that opens at ``block`` ends a sentence."""
    return all(_ends_paragraph(lines[k]) for k in range(block, block + lines[block][BLOCK_SIZE]))


def _ends_paragraph(line: Line) -> bool:
    """``line`` ends a sentence, and is neither a table row's cells nor a list's item (a
    bullet or an item number opens it, or the dump's syntax says so): a list's items
    stand together, as a browser shows them."""
    text, marks = line[TEXT], line[MARKS]
    return (text.endswith(_PARAGRAPH_END) and "\t" not in text
            and _ITEM_OPENING.match(text) is None
            and (marks is None or marks[0] != _LIST_ITEM))


def _block_lines(blocks: list[list[DumpLine]]) -> list[Line]:
    """The Lines of the blocks ``read_dump`` found, the blocks let go as they are read."""
    lines: list[Line] = []
    # The dump's lines are let go as their Lines are made, a chunk at a time: both for a
    # whole dump of short lines would double what its lines cost at their peak.
    blocks.reverse()
    while blocks:
        block = blocks.pop()
        if len(block) == 1:
            # A block of one line (a paragraph), the most common: its Line made straight,
            # without the lists and slices a longer block's lines go through.
            line = block[0]
            raw = line[PIECE_TEXT]
            shown = (raw if "  " not in raw and "\t" not in raw and raw == raw.strip()
                     else squash(raw))
            if shown:
                lines.append((shown, len(lines), 1, None if (
                    line[HINT] is None and not line[LINK_CHARS]
                    and (line[MARKDOWN] is None or not line[MARKDOWN].top_heading)
                ) else _marks(line)))
            continue
        # squash(), inline and only for the lines that need it: no Python call a line.
        texts = [raw if "  " not in raw and "\t" not in raw and raw == raw.strip()
                 else squash(raw) for line in block for raw in [line[PIECE_TEXT]]]
        if "" in texts:  # a line of spaces and tabs only
            block = [line for line, shown in zip(block, texts, strict=True) if shown]
            texts = [shown for shown in texts if shown]
        size = len(texts)
        first = len(lines)
        # No tuple a line more than needed: allocating them (and the collector they wake)
        # is most of what a dump of a million short lines costs.
        for start in range(0, size, _CHUNK_LINES):
            end = min(start + _CHUNK_LINES, size)
            lines += [
                (shown, first, size, None if (
                    line[HINT] is None and not line[LINK_CHARS]
                    and (line[MARKDOWN] is None or not line[MARKDOWN].top_heading)
                ) else _marks(line))
                for shown, line in zip(texts[start:end], block[start:end], strict=True)
            ]
            cast("list[DumpLine | None]", block)[start:end] = itertools.repeat(None, end - start)
    return lines


def _marks(line: DumpLine) -> LineMarks:
    """What the dump's syntax says of ``line`` (the caller checked it says something)."""
    marks = piece_marks(line)
    return (line[HINT], piece_link_share(line) if line[LINK_CHARS] else 0.0,
            marks.top_heading, marks.links_home)


def _one_block_per_line(text: str) -> list[Line]:
    """The lines of a dump that is one block per line already, grouped into blocks."""
    lines: list[Line] = []
    block: list[str] = []
    for raw in text.split("\n"):
        # squash(), inline and only for the lines that need it: no Python call a line.
        line = raw if not raw or (
            "  " not in raw and "\t" not in raw and raw == raw.strip()) else squash(raw)
        if line:
            block.append(line)
        elif len(block) == 1:
            # A block of one line, the most common (a paragraph): made here, without a
            # Python call a line.
            lines.append((block[0], len(lines), 1, None))
            block = []
        elif block:
            _add_block(lines, block)
            block = []
    if block:
        _add_block(lines, block)
    return lines


def _add_block(lines: list[Line], block: list[str]) -> None:
    """Append the lines of ``block``, the next block of the dump, to ``lines``."""
    size = len(block)
    first = len(lines)
    if size == 1:
        lines.append((block[0], first, 1, None))
        return
    # A list, not a generator, and the tuple made straight: a dump of short lines builds
    # a million of these.
    lines += [(shown, first, size, None) for shown in block]
