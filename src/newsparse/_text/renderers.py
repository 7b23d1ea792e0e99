"""Text dumps, stage 0: undo the habits of the tool that made the dump.

Dumps of a page come from many tools, and each leaves its marks:

- one block per line ("save as text" of a browser, the corpus renderers): nothing to undo;
- hard wraps at a fixed width (lynx, w3m, ``fold``, mail): paragraphs re-flowed
  (:mod:`newsparse._text.unwrap`);
- Markdown (html2text, markdownify, page-to-LLM tools): syntax read and removed, the
  kinds it says and the links' share of each line kept (:mod:`newsparse._text.markdown`);
- lynx/w3m link marks: ``[12]`` before every link, ``[IMG]`` for pictures, and the
  numbered "References" list of the link targets at the end;
- layout-aware renderers: indentation, list bullets set in from the margin, table
  columns padded with spaces, runs of blank lines.

The result is the dump as one block per line, a blank line between blocks: what the rest
of the text pipeline reads. The marks are signals (a link's share of a line, the kind a
``#`` says), but the text comes out the same without them.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final, NamedTuple, TypeAlias

from newsparse._model import ParagraphKind
from newsparse._options import ParseOptions
from newsparse._text.columns import side_by_side_columns
from newsparse._text.flattened import unflattened_lines, unflattened_month_lists
from newsparse._text.markdown import (
    MarkdownLine,
    join_wrapped_links,
    looks_like_markdown,
    read_markdown,
    runs_into_text,
    separates_header,
    unflattened_tables,
    unglued_cells,
)
from newsparse._text.unwrap import (
    BreakEvidence,
    Wrap,
    could_break,
    first_word,
    goes_on,
    join_broken,
    shortest_broken,
    wrap_width_of_counts,
)

# lynx and w3m (with link numbers) put a mark before every link and form field.
_LINK_MARK = re.compile(r"\[\d{1,5}\]")
_OBJECT_MARK = re.compile(
    r"\[(?:IMG|INLINE|LINK|BUTTON|EMBED|OBJ|FIG|IFRAME|FRAME|SCRIPT|AUDIO|VIDEO|_|X| )\]"
    r"|\((?:BUTTON|RADIO|submit|reset)\)|\bIFRAME:\s*\S+"
)
# The list of link targets lynx appends: "References" then "   1. http://…".
_REFERENCES_HEAD = re.compile(r"^\s*(?:References|Visible links:?|Hidden links:?)\s*$")
_REFERENCE = re.compile(r"^\s*\d{1,5}\.\s+\S+$")
# A line set in from the margin: a layout renderer's, or lynx's.
_INDENTED = re.compile(r"^[ \t]+\S", re.MULTILINE)
# A list bullet that a layout renderer sets in from the margin: "   * item", "  • item".
_INDENTED_BULLET = re.compile(r"^\s+(?:[*+•◦▪·-]|\d{1,3}[.)])\s+(?=\S)")
# A nested list's bullet that lynx and inscriptis draw as a letter ("* " first, "+ " under
# it, "o " under that): a bullet only when set in deeper than a "*" or "+" item above it,
# since "o" is a word too (Portuguese, Spanish), and a layout sets paragraphs in.
_LETTER_BULLET = re.compile(r"^\s+o\s+(?=\S)")
# A line that opens with a bullet or an item number ("- ", "• ", "11. ", "3) "); only a
# line whose first character is a space, a digit or one of the bullets can.
_BULLETS = "*+•◦▪·–—-"
_ITEM_START = re.compile(r"^\s*(?:[*+•◦▪·–—-]|\d{1,3}(?:\.\d{1,3})*[.)])\s+\S")
# A table's pipe in a Markdown line: set off by a space or the line's edge (a link's
# target may hold a pipe, glued to what is around it).
_CELL_PIPE = re.compile(r"(?:^|\s)\||\|(?:\s|$)")
# The marks that open every line of a Markdown quote (">", "> >").
_QUOTE_MARKS = re.compile(r"^\s*>[>\s]*")
# Cells of a table row padded into columns with spaces.
_CELL_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
# What may close a sentence before a typewriter's two spaces (``."`` and ``.)`` too).
_SENTENCE_ENDS = ".!?"
_CLOSERS = "\"”’)"
_OPENERS = "\"“‘("
# Kinds whose Markdown mark starts a paragraph of its own (a quote's every line has its
# mark, and a wrapped quote goes on over them).
_OPENING_HINTS = frozenset((ParagraphKind.HEADING, ParagraphKind.LIST_ITEM,
                            ParagraphKind.TABLE_ROW, ParagraphKind.PREFORMATTED))
# A short line that is mostly link text is a link (a menu item, a teaser's headline); how
# many marks make a dump one that numbers its links, how short that line is, and what
# share of the lines after "References" must be link targets are in ParseOptions.


class MarkdownMarks(NamedTuple):
    """What only a Markdown dump says of a line; lines of other dumps carry None instead."""

    #: The dump's only top-level heading (Markdown's one ``#``): the page's headline,
    #: as a rule.
    top_heading: bool = False
    #: The widths of the raw lines the line was joined from, its last aside: a wrap broke
    #: each (inside a Markdown link), so each tells the width as a broken line does.
    broken_widths: tuple[int, ...] = ()
    #: The line's last raw line has a space inside: it could have been broken. One that
    #: has none and is longer than the width is a long word the wrap set on a line alone.
    last_spaced: bool = True
    #: The line ends with Markdown's hard break (the page's own ``<br>``): it was ended
    #: there, so room left on it says nothing against a wrap.
    hard_break: bool = False
    #: The line opens with a dash read as a list's bullet ("- "), at the margin and right
    #: under a line of text: where a wrap may have set a dash of the sentence above.
    dash_opened: bool = False
    #: One of the raw lines the line was read from holds a pipe set off by a space or the
    #: line's edge: a table's row, its cells maybe emptied (pictures, spacers), which the
    #: tool wrote whole, however long; its width tells nothing of a wrap.
    piped: bool = False
    #: A heading that links to the site's front page (its name over its logo).
    links_home: bool = False


_PLAIN: Final = MarkdownMarks()
_LIST_ITEM: Final = ParagraphKind.LIST_ITEM.value


#: One line of a dump as the pipeline reads it, and as the renderer left it: a plain tuple
#: of ``(text, width, hint, link_chars, opens, closed, first_word, markdown)``, read by the
#: indices below. Not a named tuple: a dump of short lines holds a million of them at once,
#: and the cyclic garbage collector walks every named tuple again and again as their
#: number grows, while a plain tuple of strings, ints, bools and None is untracked at its
#: first pass. What only Markdown says sits in a side record (``MARKDOWN``), None for the
#: lines of other dumps: four fields more cost 32 bytes a line.
DumpLine: TypeAlias = "tuple[str, int, str | None, int, bool, bool, int, MarkdownMarks | None]"
#: The text, not yet squashed.
PIECE_TEXT: Final = 0
#: Its length as the dump writes it (indentation included, trailing spaces not).
WIDTH: Final = 1
#: The kind of paragraph the dump's syntax says the line is, if it says one, as the
#: kind's value (``"list_item"``): a tuple that holds an Enum member, an object the
#: collector tracks, is never untracked.
HINT: Final = 2
#: How many of its characters are link text (0 where the dump cannot say).
LINK_CHARS: Final = 3
#: The line starts a paragraph of its own (a list item, a heading...).
OPENS: Final = 4
#: The line ends its paragraph (a table row, a hard line break...).
CLOSED: Final = 5
#: The length of the line's first word as the dump writes it (markup included).
FIRST_WORD: Final = 6
#: What Markdown says of the line (None: a line of another dump, or the defaults).
MARKDOWN: Final = 7


def piece_marks(line: DumpLine) -> MarkdownMarks:
    """What Markdown says of ``line``, the defaults for a line of another dump."""
    markdown = line[MARKDOWN]
    return _PLAIN if markdown is None else markdown


def piece_link_share(line: DumpLine) -> float:
    """Share of ``line``'s characters that are link text (0 where the dump cannot say)."""
    link_chars = line[LINK_CHARS]
    if not link_chars:
        return 0.0
    chars = len(line[PIECE_TEXT].strip())
    return min(1.0, link_chars / chars) if chars else 0.0


def read_dump(text: str, options: ParseOptions) -> list[list[DumpLine]] | None:
    """The blocks (runs of non-blank lines) of a normalised dump, undone of its tool's
    habits: one block or line per paragraph, the dump's syntax gone. None when the dump
    is one block per line already (the common case, kept fast)."""
    raw_lines = text.split("\n")
    markdown = looks_like_markdown(text, options)
    if markdown:
        # Archives of months html2text writes on one line (a <select>'s options), read an
        # item a line, as in a plain dump; a link's text is never so cut (its items stand
        # a bracket and a target apart, no run of months).
        months = unflattened_month_lists(text, raw_lines, options.text_min_listed_months)
        if months is not None:
            raw_lines = months
        glued = unglued_cells(raw_lines, options.text_markdown_glued_line_chars,
                              options.text_markdown_flat_cell_chars)
        if glued is not None:
            raw_lines = glued
        pieces = _markdown_pieces(text, raw_lines, options)
    else:
        link_marks = _has_link_marks(text, options.text_min_link_marks)
        indented = _indented(text)
        # Lines a renderer flattened several blocks into, read a piece a block. (Lengths
        # at C speed first: a dump of short lines has a million of them.)
        flat = None
        if max(map(len, raw_lines)) >= options.text_flat_line_chars:
            flat = unflattened_lines(text, raw_lines, options.text_flat_line_chars,
                                     options.text_flat_line_share)
        if flat is not None:
            raw_lines = flat
        # Archives of months a renderer wrote on one line, read an item a line.
        months = unflattened_month_lists(text, raw_lines, options.text_min_listed_months)
        if months is not None:
            raw_lines = months
        elif (flat is None and not link_marks and not indented
              and not _may_be_wrapped(raw_lines, options)):
            return None
        if indented:
            raw_lines = side_by_side_columns(raw_lines, options)
        pieces = _plain_pieces(raw_lines, link_marks=link_marks, options=options)
        if indented:
            pieces = _tables_apart(pieces)
    # Each list of a line each let go once read (8 bytes a line, a list): the pieces hold
    # what they need of the raw lines, and the blocks of the pieces.
    del raw_lines
    pieces = _unwrapped(pieces, options, markdown=markdown)
    return _blocks(pieces)


def _may_be_wrapped(raw_lines: Sequence[str], options: ParseOptions) -> bool:
    # Lines shorter than half the narrowest width say nothing about a wrap (as in
    # unwrap.wrap_width).
    shortest = options.text_wrap_min_width // 2
    # (Lengths counted at C speed, then the few distinct ones filtered: no list of a
    # length a line.)
    counted = Counter(map(len, raw_lines))
    told = {width: n for width, n in counted.items() if width >= shortest}
    return wrap_width_of_counts(told, options) is not None


def _indented(text: str) -> bool:
    if "\n " not in text and "\n\t" not in text and text[:1] not in (" ", "\t"):
        return False
    return _INDENTED.search(text) is not None


def _has_link_marks(text: str, min_marks: int) -> bool:
    if "[" not in text:
        return False
    marks = itertools.islice(_LINK_MARK.finditer(text), min_marks)
    return sum(1 for _ in marks) >= min_marks


def _markdown_pieces(
    text: str, raw_lines: Sequence[str], options: ParseOptions
) -> list[DumpLine | None]:
    raw_lines = (unflattened_tables(text, raw_lines, options.text_markdown_flat_cell_chars)
                 or raw_lines)
    pieces: list[DumpLine | None] = []
    # A line made of several raw ones (a link the wrap broke) is as wide as its last and
    # starts with its first: that is what the wrap of the lines around it shows.
    joined = join_wrapped_links(raw_lines, options.text_markdown_max_link_lines)
    if joined is None:
        spans: Sequence[tuple[str, int, int]] = [(raw, i, i) for i, raw in enumerate(raw_lines)]
    else:
        spans = joined
    read = read_markdown([text for text, _, _ in spans], options)
    top = _top_headings(read, options.text_max_link_share)
    no_gap, gap_before = _table_block_gaps(spans, read, raw_lines)
    no_gap |= _gaps_over_set_in_text(spans, read, raw_lines)
    for n, ((_, first, last), line) in enumerate(zip(spans, read, strict=True)):
        if not line.text.strip():
            if n not in no_gap:
                pieces.append(None)
            continue
        if n in gap_before:
            pieces.append(None)
        pieces.append((
            line.text,
            len(raw_lines[last].rstrip()),  # width
            None if line.hint is None else line.hint.value,
            line.link_chars,
            line.opens or line.hint in _OPENING_HINTS,  # opens
            line.closed,
            # A quote's marks open each of its lines: the wrap broke before the word after.
            first_word(_without_quote_marks(raw_lines[first])),
            _markdown_marks(
                top_heading=bool(top) and line is top[0],
                broken_widths=_broken_widths(raw_lines, first, last),
                last_spaced=" " in raw_lines[last].strip(),
                hard_break=raw_lines[last].endswith(("  ", "\\")),
                dash_opened=(line.hint is ParagraphKind.LIST_ITEM
                             and raw_lines[first].startswith("- ")
                             and first > 0 and bool(raw_lines[first - 1].strip())),
                piped=any("|" in raw_lines[k] and _CELL_PIPE.search(raw_lines[k]) is not None
                          for k in range(first, last + 1)),
                links_home=line.links_home,
            ),
        ))
    return pieces


def _table_block_gaps(
    spans: Sequence[tuple[str, int, int]], read: Sequence[MarkdownLine],
    raw_lines: Sequence[str],
) -> tuple[set[int], set[int]]:
    """Where a Markdown data table's block starts and ends, as a browser shows the
    table: the separator rows (as the indexes of ``read``) that stand between a table's
    header and its rows, with as many cells as the header and a row under them (no gap
    there; html2text's and markdownify's separator read as a blank line left the header
    a block apart from its rows), and the lines that are no row right under a table's
    last row (a gap before them: html2text writes a table's credit, or the paragraph
    after it, with none). A layout table's rows, as html2text writes them, hold a
    different count of cells each."""
    no_gap: set[int] = set()
    gap_before: set[int] = set()
    after_row = False
    for n, ((_, first, _), line) in enumerate(zip(spans, read, strict=True)):
        if not line.text.strip():
            if (after_row and first > 0 and n + 1 < len(read)
                    and read[n + 1].hint is ParagraphKind.TABLE_ROW
                    and separates_header(raw_lines[first], raw_lines[first - 1])):
                no_gap.add(n)
            else:
                after_row = False
            continue
        if after_row and line.hint is not ParagraphKind.TABLE_ROW:
            gap_before.add(n)
        after_row = line.hint is ParagraphKind.TABLE_ROW
    return no_gap, gap_before


def _without_quote_marks(raw: str) -> str:
    """``raw`` without the marks that open every line of a quote ("> ", "> > ")."""
    return _QUOTE_MARKS.sub("", raw, count=1) if raw.lstrip()[:1] == ">" else raw


def _top_headings(read: Sequence[MarkdownLine], max_link_share: float) -> list[MarkdownLine]:
    """The dump's top-level headings (``#``) when they are one page's one headline, else
    none: one text, which some pages repeat (a sticky header's copy, a print view's); or,
    among several, the one that is no link (the others link home: a site's name over its
    logo, in an ``<h1>`` of its own on some sites)."""
    top = [line for line in read if line.level == 1 and line.text.strip()]
    if len({" ".join(line.text.split()) for line in top}) > 1:
        top = [line for line in top if line.link_chars <= max_link_share * len(line.text.strip())]
    return top if len({" ".join(line.text.split()) for line in top}) == 1 else []


def _markdown_marks(*, top_heading: bool, broken_widths: tuple[int, ...], last_spaced: bool,
                    hard_break: bool, dash_opened: bool = False,
                    piped: bool = False, links_home: bool = False) -> MarkdownMarks | None:
    """The record of what Markdown says of a line, None when it says what the defaults do
    (most lines: one record less a line)."""
    if (not top_heading and not broken_widths and last_spaced and not hard_break
            and not dash_opened and not piped and not links_home):
        return None
    return MarkdownMarks(top_heading, broken_widths, last_spaced, hard_break, dash_opened,
                         piped, links_home)


def _gaps_over_set_in_text(
    spans: Sequence[tuple[str, int, int]], read: Sequence[MarkdownLine],
    raw_lines: Sequence[str],
) -> set[int]:
    """The blank lines (indexes of ``read``) right under a line of text and over a run of
    text set in from the margin that runs straight on into a line at the margin (a
    definition's text under its term, a teaser's blurb under its link; see
    ``markdown.runs_into_text``): html2text's wrap writes a blank line after every line it
    wraps, the term's too, where the page's block runs on."""
    gaps: set[int] = set()
    for n in range(1, len(read) - 1):
        line = read[n + 1]
        if (read[n].text.strip() or not read[n - 1].text.strip() or line.hint is not None
                or not line.text.strip()):
            continue
        first = spans[n + 1][1]
        if raw_lines[first].startswith(("    ", "\t")) and runs_into_text(raw_lines, first):
            gaps.add(n)
    return gaps


def _broken_widths(raw_lines: Sequence[str], first: int, last: int) -> tuple[int, ...]:
    """The widths of the raw lines ``first`` to ``last`` (not included) that a wrap broke
    at a space: a line of one long word (a link's target) was not broken near the width,
    it just could not be."""
    if first == last:
        return ()
    return tuple(len(line) for line in (raw_lines[k].rstrip() for k in range(first, last))
                 if " " in line.strip())


def _plain_pieces(
    raw_lines: Sequence[str], *, link_marks: bool, options: ParseOptions
) -> list[DumpLine | None]:
    if link_marks:
        raw_lines = _without_references(raw_lines, options.text_min_reference_share)
    pieces: list[DumpLine | None] = []
    marked_link_max_chars = options.text_marked_link_max_chars
    # How far in the shallowest "*" or "+" item so far is set (an "o" deeper is a bullet).
    parent_indent = 1 << 30
    under_item = False  # the line before is a list item set in from the margin
    for k, raw in enumerate(raw_lines):
        line = raw.rstrip()
        if not line:
            pieces.append(None)
            under_item = False
            continue
        first = line[0]
        if not (link_marks or first.isspace() or first in _BULLETS or first.isdecimal()):
            # Most lines: not set in, no bullet or number, no link marks to drop. (The line
            # starts where the raw one does: the first word is the raw line's, as below.)
            if under_item and _list_ends_over_block(raw_lines, k):
                pieces.append(None)
            under_item = False
            cut = raw.find(" ")
            pieces.append((line, len(line), None, 0, False, "\t" in line,
                           len(raw) if cut < 0 else cut, None))
            continue
        width = len(line)
        hint: str | None = None
        opens = False
        link_chars = 0
        under_item = False
        if line[0] == " ":
            line, opens, parent_indent = _set_in(line, parent_indent, raw_lines, k)
            if opens:
                hint = _LIST_ITEM
                under_item = True
        first = line[0]
        if not opens and (first in _BULLETS or first.isdecimal() or first.isspace()) and (
            _ITEM_START.match(line) is not None
        ):
            opens = True  # a list item keeps its bullet or number: it starts a line
        if link_marks:
            marked = _LINK_MARK.search(line)
            line = _OBJECT_MARK.sub("", _LINK_MARK.sub("", line))
            if marked is not None and not line[:marked.start()].strip() and (
                len(line.strip()) <= marked_link_max_chars
            ):
                link_chars = len(line.strip())
            if not line.strip():
                pieces.append(None)
                under_item = False
                continue
        # first_word(raw), inline: this loop runs once a line, a million times in some dumps.
        lead = raw.lstrip()
        cut = lead.find(" ")
        pieces.append((line, width, hint, link_chars, opens, "\t" in line,
                       len(lead) if cut < 0 else cut, None))
    return pieces


def _list_ends_over_block(raw_lines: Sequence[str], k: int) -> bool:
    """``raw_lines[k]``, a line at the margin right under a list item set in from it,
    opens a block of its own when a line follows it (a headline over its date line or
    byline, a label over its lines): the list ended over it. A browser sets a list apart
    from the block under it, and the corpora's dumps show a blank line there; resiliparse
    writes none, and the headline under the page's menu was read as the menu's last item.
    (A line alone under a list, a blank line after it, is left as it is: a site's name
    under its menu, which set apart would pass for the headline.)"""
    return k + 1 < len(raw_lines) and bool(raw_lines[k + 1].strip())


def _tables_apart(pieces: list[DumpLine | None]) -> list[DumpLine | None]:
    """The pieces with a blank between a table's row (cells a tab apart) and a line of
    text right above or under it, in a dump a layout renderer drew: a browser sets a
    table apart from the blocks around it, and the corpora's dumps mostly show a blank
    line there; resiliparse and inscriptis write none, and a headline under a row of
    buttons ("E-mail this to a friend\tPrintable version") was read as that row's
    neighbour in one block, no headline set apart."""
    out: list[DumpLine | None] = []
    last: DumpLine | None = None
    for piece in pieces:
        if (piece is not None and last is not None
                and ("\t" in piece[PIECE_TEXT]) != ("\t" in last[PIECE_TEXT])):
            out.append(None)
        out.append(piece)
        last = piece
    return out


def _set_in(
    line: str, parent_indent: int, raw_lines: Sequence[str], k: int
) -> tuple[str, bool, int]:
    """A line set in from the margin as a layout renderer leaves it (``raw_lines[k]``,
    stripped on the right): its text (a bullet dropped, cells padded apart joined by a
    tab), whether a bullet opened it, and how far in the shallowest "*" or "+" item so far
    is set, with this line."""
    lead = line.lstrip()
    bullet = _INDENTED_BULLET.match(line)
    if bullet is not None:
        if lead[0] in "*+":
            parent_indent = min(parent_indent, len(line) - len(lead))
        elif lead[0].isdecimal() and _own_number(raw_lines, k, len(line) - len(lead)):
            bullet = None
    elif lead[0] == "o" and len(line) - len(lead) > parent_indent:
        bullet = _LETTER_BULLET.match(line)
    if bullet is not None:
        return line[bullet.end():], True, parent_indent
    # (A line with no gap at all passes too: every one of its none is a sentence's.)
    if "  " in lead and not all(map(_sentence_space, _CELL_GAP.finditer(lead))):
        return _CELL_GAP.sub("\t", lead), False, parent_indent
    return line, False, parent_indent


def _sentence_space(gap: re.Match[str]) -> bool:
    """``gap`` is the two spaces a typewriter sets between sentences ("Task Force
    (IETF).  Note that …"), not cells padded apart: a plain-text document in a ``<pre>``
    (an RFC, a mail) keeps them, and a layout renderer keeps the ``<pre>``'s indentation,
    so its lines read as a table's rows, each apart from the lines of its wrapped
    paragraph. (Only where every gap of the line is one: a row's cells are padded to
    their columns, and one that ends a sentence, "Pos.", "Stumble It!", stands among
    others.)"""
    text = gap.string
    start, end = gap.span()
    if end - start != 2:
        return False
    before = text[start - 1]
    if before in _CLOSERS and start >= 2:
        before = text[start - 2]
    after = text[end + 1] if text[end] in _OPENERS and end + 1 < len(text) else text[end]
    return before in _SENTENCE_ENDS and after.isupper()


def _own_number(raw_lines: Sequence[str], k: int, indent: int) -> bool:
    """The item number that opens ``raw_lines[k]`` (set in ``indent`` columns) is the
    text's own ("1. Silverback Strategies", a numbered heading), not a list's: the next
    line with text is set in as far and opens no item. A layout renderer sets a list's
    items in from the text around them; a heading and the paragraph under it stand at one
    indentation. (Read against the plain dumps of the same pages, inscriptis's numbered
    lines so placed keep their number there 2,007 times in 2,053.)"""
    for j in range(k + 1, len(raw_lines)):
        raw = raw_lines[j]
        lead = raw.lstrip()
        if lead:
            return len(raw) - len(lead) == indent and _INDENTED_BULLET.match(raw) is None
    return False


def _without_references(raw_lines: Sequence[str], min_share: float) -> Sequence[str]:
    """The dump without the numbered list of link targets that lynx puts at its end (at
    least ``min_share`` of the lines after its heading)."""
    for i in range(len(raw_lines) - 1, -1, -1):
        if _REFERENCES_HEAD.match(raw_lines[i]):
            rest = [line for line in raw_lines[i + 1:] if line.strip()]
            listed = sum(
                1 for line in rest if _REFERENCE.match(line) or _REFERENCES_HEAD.match(line)
            )
            if rest and listed >= min_share * len(rest):
                return raw_lines[:i]
    return raw_lines


def _unwrapped(
    pieces: list[DumpLine | None], options: ParseOptions, *, markdown: bool = False
) -> list[DumpLine | None]:
    """The pieces with the lines of hard-wrapped paragraphs joined back into one."""
    if markdown:
        pieces = _soft_breaks_joined(pieces)
    wrap, _ = _settled_wrap(pieces, options, markdown=markdown)
    if wrap is None:
        return pieces
    shortest = shortest_broken(wrap.width, options)
    min_broken_share = options.text_wrap_min_broken_share
    width = wrap.width
    if not markdown:
        return _plain_unwrapped(pieces, width, shortest, min_broken_share,
                                options.text_wrap_item_block_share)
    out: list[DumpLine | None] = []
    wrapped_last = False  # out[-1] holds a line end the wrap made (not a hard break)
    for k, read in enumerate(pieces):
        last = out[-1] if out else None
        piece = read
        if piece is not None and last is not None and _wrapped_dash(last, piece):
            # The dash goes back into the sentence if the wrap broke there (below).
            piece = (f"- {piece[PIECE_TEXT].lstrip()}", *piece[1:2], None, *piece[3:4],
                     False, *piece[5:])
        if (
            piece is not None
            and last is not None
            and _may_join(last, piece)
            and (
                (last[WIDTH] >= shortest
                 and could_break(width, last[WIDTH], piece[FIRST_WORD], min_broken_share))
                # A word longer than the width (a link's target) goes on a line of its
                # own, whatever room the line before it left, and the text goes on after
                # it on the next: Markdown's paragraphs end at blank lines, not there.
                or (markdown and (piece[FIRST_WORD] > width
                                  or (not piece_marks(last).last_spaced and last[WIDTH] > width)
                                  or _broke_before_long_word(last, piece, width)))
            )
            # (Tested once the join holds: most pairs fail the width first.)
            and not (piece[WIDTH] < shortest and not markdown
                     and _tail_opens_block(last, piece, pieces, k, shortest))
            and not (last[MARKDOWN] is not None
                     and _ended_by_the_page(last, wrapped=wrapped_last))
        ):
            if last[MARKDOWN] is None and piece[MARKDOWN] is None:
                # Lines of a plain dump (most joins): the record says nothing, as before.
                out[-1] = _joined(last, piece, None)
                wrapped_last = True
                continue
            out[-1] = _joined(last, piece, _markdown_marks(
                top_heading=piece_marks(last).top_heading, broken_widths=(),
                last_spaced=piece_marks(piece).last_spaced,
                hard_break=piece_marks(piece).hard_break,
                dash_opened=piece_marks(last).dash_opened and last[HINT] is not None,
                piped=piece_marks(last).piped or piece_marks(piece).piped,
                links_home=piece_marks(last).links_home))
            wrapped_last = wrapped_last or not piece_marks(last).hard_break
            continue
        if piece is not None and piece_marks(piece).dash_opened and piece[HINT] is None:
            # Not joined: the dash was a bullet after all.
            piece = (piece[PIECE_TEXT].lstrip()[2:], *piece[1:2], _LIST_ITEM, *piece[3:4],
                     True, *piece[5:])
        out.append(piece)
        wrapped_last = False
    return out


def _wrapped_dash(last: DumpLine, piece: DumpLine) -> bool:
    """``piece`` opens with a dash read as a list's bullet, at the margin right under
    ``last``, a line of text that opens no block of its own and leads in to no list (no
    colon at its end): the dash may be the sentence's, which a wrap set first on the line
    ("… Kyoto or Osaka" / "- if at all, for your first time"), as in a plain dump
    (``_dash_broken``). html2text and markdownify set a blank line before a list; a
    page-to-LLM tool's list right under a paragraph is not joined unless the widths say
    the wrap broke there."""
    return (piece_marks(piece).dash_opened and piece[HINT] == _LIST_ITEM
            and last[HINT] is None and not last[OPENS] and not last[CLOSED]
            and not last[PIECE_TEXT].rstrip().endswith(":"))


def _plain_unwrapped(
    pieces: list[DumpLine | None], width: int, shortest: float, min_broken_share: float,
    item_block_share: float = 1.0,
) -> list[DumpLine | None]:
    """:func:`_unwrapped`'s joins in a dump that is no Markdown, whose lines carry no
    Markdown record: the same tests, :func:`_may_join` and :func:`could_break` inline (this
    loop runs once a line of the dump, a million times in some)."""
    least = min_broken_share * width  # (could_break's lower bound)
    out: list[DumpLine | None] = []
    last: DumpLine | None = None  # out[-1]
    item_blocks = _ItemBlocks(pieces, width, least, item_block_share)
    for k, piece in enumerate(pieces):
        if (
            piece is not None
            and last is not None
            and not last[CLOSED]
            and (not piece[OPENS] or _dash_broken(last, piece))
            and (piece[HINT] is None or piece[HINT] == last[HINT])
            and shortest <= last[WIDTH] <= width
            and last[WIDTH] >= least
            and last[WIDTH] + 1 + piece[FIRST_WORD] > width
            and not (piece[WIDTH] < shortest
                     and _tail_opens_block(last, piece, pieces, k, shortest))
            and not _same_line(last, piece)
            and not _item_ended(last, piece, k, item_blocks)
        ):
            out[-1] = last = _joined(last, piece, None)
            continue
        out.append(piece)
        last = piece
    return out


# What ends a sentence at a line's end, for an item of a block of one-line items.
_ITEM_ENDS = (".", "!", "?", ")")


class _ItemBlocks:
    """Which blocks of a hard-wrapped plain dump are blocks of one-line items: at least
    ``share`` of their lines (but the last) end short of ``width`` though the next line's
    first word would have fitted on them (the page ended them). Measured once a block,
    when asked (a block may hold thousands of lines)."""

    def __init__(self, pieces: Sequence[DumpLine | None], width: int, least: float,
                 share: float) -> None:
        self._pieces, self._width, self._least, self._share = pieces, width, least, share
        self._span = (-1, -1)
        self._items = False

    def holds_items(self, k: int) -> bool:
        """The block that holds the line at ``k`` (not blank) is one of one-line items."""
        start, end = self._span
        if not start <= k <= end:
            pieces = self._pieces
            start = end = k
            while start > 0 and pieces[start - 1] is not None:
                start -= 1
            while end + 1 < len(pieces) and pieces[end + 1] is not None:
                end += 1
            self._span = (start, end)
            width, least = self._width, self._least
            ended = 0
            for j in range(start, end):
                line, after = pieces[j], pieces[j + 1]
                assert line is not None and after is not None
                if not (least <= line[WIDTH] <= width
                        and line[WIDTH] + 1 + after[FIRST_WORD] > width):
                    ended += 1
            self._items = end > start and ended >= self._share * (end - start)
        return self._items


def _item_ended(last: DumpLine, piece: DumpLine, k: int, blocks: _ItemBlocks) -> bool:
    """``last`` ends a sentence, ``piece`` (at ``k``) opens with a capital and the
    sentence does not go on over the line end, in a block of one-line items (a list a
    page writes without bullets: "Dress fittings – … (about 2 months out)" / "Hair and
    makeup trial – …", references, a menu): the line ended its item near the width, as
    other lines of the block end theirs short of it. In a paragraph, such a line end is
    the wrap's. (Tested last: most pairs fail a cheaper test.)"""
    text = last[PIECE_TEXT].rstrip()
    nxt = piece[PIECE_TEXT].lstrip()
    return (text.endswith(_ITEM_ENDS) and nxt[:1].isupper()
            and not goes_on(text, nxt) and blocks.holds_items(k))


# A dash or a middle dot inside a sentence, which a wrap may set first on a line.
_INNER_DASHES = ("- ", "– ", "— ", "· ")


def _dash_broken(last: DumpLine, piece: DumpLine) -> bool:
    """``piece`` opens with a dash that reads as a list's bullet, after a line that opens
    no list item and leads in to none (no colon at its end): a wrap set a dash of the
    sentence first on the line ("… Bordeaux" / "- LAUREAT 2016 …"), if the widths say
    it broke there. (A list's items each open with their bullet, and the lines of one
    joined so far open with it too.)"""
    return (piece[HINT] is None and not last[OPENS]
            and piece[PIECE_TEXT].startswith(_INNER_DASHES)
            and not last[PIECE_TEXT].rstrip().endswith(":"))


def _broke_before_long_word(last: DumpLine, piece: DumpLine, width: int) -> bool:
    """``piece`` opens with a word as long as half the width or more (a link's text and
    target, as the dump writes them) that did not fit after ``last``: the wrap broke the
    line there, however short ``last`` is (html2text's lines before a long link)."""
    word = piece[FIRST_WORD]
    return (2 * word >= width and last[WIDTH] + 1 + word > width
            and not piece_marks(last).hard_break)


def _tail_opens_block(last: DumpLine, piece: DumpLine, pieces: Sequence[DumpLine | None],
                      k: int, shortest: float) -> bool:
    """``piece`` (at ``k``), a short line after a line that ends a sentence, with another
    line after it in the same block: a line of its own (a "twitter: @name" under a blurb),
    not the tail of a wrapped paragraph, which ends its block as a rule. (Not in Markdown,
    where a blank line ends a paragraph and a line joined over a soft break is as wide as
    its last piece.)"""
    return (
        piece[WIDTH] < shortest
        and k + 1 < len(pieces)
        and pieces[k + 1] is not None
        and last[PIECE_TEXT].rstrip()[-1:] in ".)"
    )


def _ended_by_the_page(last: DumpLine, *, wrapped: bool) -> bool:
    """``last`` ends with a hard break (the page's ``<br>``) after a line end that the
    tool's wrap made (``wrapped``: joined here; or a soft break joined before): the
    wrap never leaves a hard break, so the page ended the line there, whatever room it
    left (html2text ends a paragraph's last line so before a ``<br>``). A page that sets
    its own lines with ``<br>``s ends every line with one: no line end there is the
    wrap's, and those lines join as a wrap's do."""
    marks = piece_marks(last)
    return marks.hard_break and (wrapped or bool(marks.broken_widths))


def _soft_breaks_joined(pieces: list[DumpLine | None]) -> list[DumpLine | None]:
    """The pieces with Markdown's soft line breaks joined where the sentence goes on over
    them. In Markdown a line end inside a paragraph is a space: markdownify keeps the
    page's own line ends, html2text breaks long lines (headings too), and a plain dump
    would show each paragraph on one line. Only a line that no syntax opens, after one
    not ended by a hard break (the page's ``<br>``) or a block of its own (a table row),
    can go on it; and only where the sentence plainly goes on (the next line opens in
    lower case, or the line ends with a comma or a function word): a tool that writes
    ``<div>`` menus, select options or archive lists one item a line leaves no blank line
    between them either, and a browser shows them a line each. (A paragraph cut where a
    sentence ends reads the same, cut or not.)"""
    out: list[DumpLine | None] = []
    for piece in pieces:
        last = out[-1] if out else None
        if (
            piece is not None
            and last is not None
            and not piece_marks(last).hard_break
            and _may_join(last, piece)
            and goes_on(last[PIECE_TEXT].strip(), piece[PIECE_TEXT].strip())
        ):
            out[-1] = _joined(last, piece, _markdown_marks(
                top_heading=piece_marks(last).top_heading,
                # Where a wrap made the break, the width it broke at still shows: the
                # lines this leaves apart are left to the wrap's join.
                broken_widths=(*piece_marks(last).broken_widths,
                               *((last[WIDTH],) if piece_marks(last).last_spaced else ()),
                               *piece_marks(piece).broken_widths),
                last_spaced=piece_marks(piece).last_spaced,
                hard_break=piece_marks(piece).hard_break,
                dash_opened=piece_marks(last).dash_opened,
                piped=piece_marks(last).piped or piece_marks(piece).piped,
                links_home=piece_marks(last).links_home,
            ))
            continue
        out.append(piece)
    return out


def _joined(last: DumpLine, piece: DumpLine, markdown: MarkdownMarks | None) -> DumpLine:
    """One line of ``last`` with ``piece`` joined on (a line the renderer broke)."""
    return (join_broken(last[PIECE_TEXT].rstrip(), piece[PIECE_TEXT].strip()),
            piece[WIDTH], last[HINT], last[LINK_CHARS] + piece[LINK_CHARS], last[OPENS],
            piece[CLOSED], last[FIRST_WORD], markdown)


def _settled_wrap(
    pieces: list[DumpLine | None], options: ParseOptions, *, markdown: bool = False
) -> tuple[Wrap | None, int]:
    """The width the pieces were wrapped at, as the pairs of lines next to each other
    leave it (see ``BreakEvidence.settle``), and how many lines it breaks.

    In Markdown, the lines that open a block of their own (list items, headings, code)
    and the lines with a pipe (a table's) tell nothing of the width: Markdown tools leave
    them whole, since wrapping would break their syntax (html2text wraps paragraphs only)."""
    if markdown:
        # (A table's row read leaves no pipe in the text: the raw line's are in the marks.)
        counted = [p for p in pieces if p is not None and not p[OPENS]
                   and "|" not in p[PIECE_TEXT] and not _piped(p) and not _set_in_block(p)]
    else:
        counted = [p for p in pieces if p is not None]
    # Lines shorter than half the narrowest width tell nothing of it (``wrap_width`` skips
    # them): a dump of short lines has a million of them. The lengths of the lines with a
    # space inside, counted (at C speed) as ``wrap_width_of_counts`` takes them.
    # (piece_marks(p).last_spaced inline: a call a line less.)
    shortest_told = options.text_wrap_min_width // 2
    lengths = Counter([p[WIDTH] for p in counted if p[WIDTH] >= shortest_told
                       and (p[MARKDOWN] is None or p[MARKDOWN].last_spaced)
                       and " " in p[PIECE_TEXT].strip()])
    if markdown:
        for p in counted:
            broken = piece_marks(p).broken_widths
            if broken:
                lengths.update([width for width in broken if width >= shortest_told])
    wrap = wrap_width_of_counts(lengths, options)
    if wrap is None:
        return None, 0
    evidence = BreakEvidence(options)
    # Lines shorter than this were not broken and are not near the width: they tell
    # nothing (a dump of short lines has a million of them).
    shortest = shortest_broken(wrap.width, options)
    for last, piece in itertools.pairwise(pieces):
        if (
            last is not None
            and piece is not None
            and last[WIDTH] >= shortest
            and _may_join(last, piece)
            and not (last[MARKDOWN] is not None and last[MARKDOWN].hard_break and not could_break(
                wrap.width, last[WIDTH], piece[FIRST_WORD], options.text_wrap_min_broken_share))
        ):
            # (The texts as the pieces hold them: stripped only for a break.)
            evidence.add(wrap.width, last[WIDTH], piece[FIRST_WORD], last[PIECE_TEXT],
                         piece[PIECE_TEXT])
    if markdown:
        for piece in counted:
            for width in piece_marks(piece).broken_widths:
                evidence.add_known_break(wrap.width, width)
    return evidence.settle(wrap), evidence.breaks


def _set_in_block(line: DumpLine) -> bool:
    """``line`` is set in four spaces or a tab from the margin: a paragraph inside a list
    item, which html2text leaves whole, however long (it wraps no text so set in, as it
    wraps no list item and no table); its width tells nothing of a wrap."""
    return line[PIECE_TEXT].startswith(("    ", "\t"))


def _piped(line: DumpLine) -> bool:
    """The raw lines of ``line`` hold a table's pipe (``MarkdownMarks.piped``)."""
    return piece_marks(line).piped


def _may_join(last: DumpLine, piece: DumpLine) -> bool:
    """``piece`` may go on the line ``last`` if the wrap broke it: neither line's syntax
    ends or starts a paragraph there. Only such pairs tell whether the dump was wrapped: a
    line followed by a list item or a heading was ended, not broken, whatever room it left
    (a menu of long links wraps nothing). Callers check the cheap width bound first: a
    dump of short lines has a million pairs."""
    return (
        not last[CLOSED]
        and not piece[OPENS]
        and (piece[HINT] is None or piece[HINT] == last[HINT])
        and not _same_line(last, piece)
    )


def _same_line(last: DumpLine, piece: DumpLine) -> bool:
    """``piece`` says what ``last`` says: copies of one line (a footer's copyright line
    printed again and again, a menu's item) are never the pieces of a wrapped paragraph,
    however near the width they end. (Tested last: most pairs fail a cheaper test.)"""
    return last[PIECE_TEXT].strip() == piece[PIECE_TEXT].strip()


def _blocks(lines: Sequence[DumpLine | None]) -> list[list[DumpLine]]:
    """The runs of lines between blank ones (None)."""
    blocks: list[list[DumpLine]] = []
    current: list[DumpLine] = []
    for line in lines:
        if line is not None:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks
