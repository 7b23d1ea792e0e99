"""Text dumps, stage 0e: take apart a line that a renderer flattened several blocks into.

A layout table's cell that holds another table comes out of some renderers (inscriptis,
html-text) as one line: the cell's headline, byline, paragraphs, related links and
footer joined by single spaces, a page's whole column thousands of characters long, with
the other cells of its row set beside it after a gap of spaces. Read whole, such a line
is one paragraph that outweighs everything else, the menus and teasers inside it
included. No block a browser shows is that long: a line of
``ParseOptions.text_flat_line_chars`` characters or more (spaces squashed) is read a
piece a block, cut where a sentence ends, where a gap of two spaces or more parts two
cells, and before a list item's bullet set inside it (`` * ``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Where a flattened line is cut: after a sentence's end (a stop after two word
# characters, so not inside "U.S." or after an initial, maybe closed by a quote or a
# bracket; an ellipsis) before a capital, at a gap of two spaces or more, before an inline bullet.
_FLAT_BREAK = re.compile(
    r"(?:(?<=\w\w[.!?])|(?<=\w\w[.!?][\"”’)])|(?<=\.\.\.)|(?<=…))\s+(?=[\"“‘(]?[A-Z])"
    r"|(?<=\S) {2,}(?=\S)"
    r"| \* (?=\S)")


def unflattened_lines(text: str, raw_lines: Sequence[str], min_chars: int,
                      min_share: float) -> list[str] | None:
    """``raw_lines`` (the lines of ``text``) with each line of ``min_chars`` characters or
    more (spaces squashed) that holds ``min_share`` of the dump's text or more read a
    piece a block, set in as the line was; None when no line is so long."""
    # The dump's text, counted without its spaces (a layout renderer pads its columns).
    shown = len(text) - text.count(" ") - text.count("\n") - text.count("\t")
    out: list[str] | None = None
    for k, raw in enumerate(raw_lines):
        if (len(raw) < min_chars or len(" ".join(raw.split())) < min_chars
                or len(raw) - raw.count(" ") - raw.count("\t") < min_share * shown):
            if out is not None:
                out.append(raw)
            continue
        if out is None:
            out = list(raw_lines[:k])
        indent = raw[:len(raw) - len(raw.lstrip())]
        out.append("")
        for piece in _FLAT_BREAK.split(raw.strip()):
            if piece.strip():
                out += [indent + piece.strip(), ""]
    return out
