"""Text dumps, stage 1: normalise line ends and spaces, then cut the dump into lines.

A browser's "save as text" puts every block element on a line of its own and a blank
line around the blocks that have vertical margins (``p``, headings, lists, tables), so
a *block* here is a run of non-blank lines: a paragraph is usually a block of one line,
a menu a block of many short lines.
"""

from __future__ import annotations

import re

import attrs

from newsparse._errors import InputLimitError
from newsparse._model import ParagraphKind
from newsparse._options import ParseOptions
from newsparse._text.renderers import read_dump

# Unicode space separators that renderers and editors leave in dumps; all read as a space.
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Zero-width space and a stray byte-order mark: invisible, and they split words for \w+.
_INVISIBLE = re.compile("[\u200b\ufeff]")
# Line and paragraph separators, next line (NEL), form feed and vertical tab.
_ODD_BREAKS = re.compile("[\u2028\u2029\x85\x0b\x0c]")
_BREAK_FOR = {"\u2028": "\n", "\u2029": "\n\n", "\x85": "\n", "\x0b": "\n", "\x0c": "\n\n"}
_LINE_ENDS = re.compile(r"\r\n?")
_SPACE_RUN = re.compile(r"[ ]+")
# Table cells of a row come out joined by a tab; keep one tab between cells.
_CELL_GAP = re.compile(r"(?:(?<! ) +)?\t[\t ]*")


@attrs.frozen
class Line:
    """One non-blank line of a dump, white space squashed, with its place in its block."""

    #: Position among the dump's non-blank lines.
    index: int
    #: The line's text: spaces squashed, stripped; table cells joined by a single tab.
    text: str
    #: Position of the line's block (run of non-blank lines) in the dump.
    block: int
    #: Number of lines in the line's block.
    block_size: int
    #: Position of the line inside its block, from 0.
    position: int
    #: The kind of paragraph the dump's own syntax says the line is (Markdown), if any.
    hint: ParagraphKind | None = None
    #: Share of the line that is link text, where the dump shows links (Markdown, lynx).
    link_share: float = 0.0
    #: The dump marks the line as its only top-level heading (Markdown's one ``#``).
    top_heading: bool = False

    @property
    def alone(self) -> bool:
        """True when the line is a block by itself (blank lines around it)."""
        return self.block_size == 1

    @property
    def is_table_row(self) -> bool:
        """True when the line holds cells of a table row."""
        return "\t" in self.text


def normalise(text: str) -> str:
    """Turn CRLF and lone CR into LF and every Unicode space into a plain space."""
    if "\r" in text:
        text = _LINE_ENDS.sub("\n", text)
    if not text.isascii():
        text = _ODD_SPACES.sub(" ", text)
        text = _INVISIBLE.sub("", text)
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
    blocks = read_dump(text)
    if blocks is None:
        return _one_block_per_line(text)
    lines: list[Line] = []
    block_index = 0
    for block in blocks:
        squashed = [(squash(line.text), line) for line in block]
        kept = [(shown, line) for shown, line in squashed if shown]
        for position, (line_text, line) in enumerate(kept):
            lines.append(
                Line(index=len(lines), text=line_text, block=block_index,
                     block_size=len(kept), position=position, hint=line.hint,
                     link_share=line.link_share, top_heading=line.top_heading)
            )
        if kept:
            block_index += 1
    return lines


def _one_block_per_line(text: str) -> list[Line]:
    """The lines of a dump that is one block per line already, grouped into blocks."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = squash(raw)
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    lines: list[Line] = []
    for block_index, block in enumerate(blocks):
        for position, line in enumerate(block):
            lines.append(
                Line(index=len(lines), text=line, block=block_index,
                     block_size=len(block), position=position)
            )
    return lines
