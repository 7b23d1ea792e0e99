"""Text dumps, stage 0e: take apart a line that a renderer flattened several blocks into.

A layout table's cell that holds another table comes out of some renderers (inscriptis,
html-text) as one line: the cell's headline, byline, paragraphs, related links and
footer joined by single spaces, a page's whole column thousands of characters long, with
the other cells of its row set beside it after a gap of spaces. Read whole, such a line
is one paragraph that outweighs everything else, the menus and teasers inside it
included. No block a browser shows is that long: a line of
``ParseOptions.text_flat_line_chars`` characters or more (spaces squashed) is read a
piece a block, cut where a sentence ends, where a gap of two spaces or more parts two
cells, and before a list item's bullet set inside it (`` * ``). A blog's archive of
months that a renderer wrote on one line is read an item a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsparse._dateline.words import month_of

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

    def pieces(raw: str) -> list[str]:
        if (len(raw) < min_chars or len(" ".join(raw.split())) < min_chars
                or len(raw) - raw.count(" ") - raw.count("\t") < min_share * shown):
            return []
        out: list[str] = []
        for piece in _FLAT_BREAK.split(raw.strip()):
            if piece.strip():
                out += [piece.strip(), ""]
        return out

    return _set_apart(raw_lines, pieces)


def _set_apart(raw_lines: Sequence[str],
               lines_of: Callable[[str], list[str]]) -> list[str] | None:
    """``raw_lines`` with each line that ``lines_of`` cuts (into lines, "" between blocks)
    replaced by its lines, set apart from the lines around it and indented as it was;
    None when it cuts none."""
    out: list[str] | None = None
    for k, raw in enumerate(raw_lines):
        cut = lines_of(raw)
        if not cut:
            if out is not None:
                out.append(raw)
            continue
        if out is None:
            out = list(raw_lines[:k])
        indent = raw[:len(raw) - len(raw.lstrip())]
        out.append("")
        out += [indent + line if line else "" for line in cut]
    return out


# An item of an archive's list of months: a month's name and a year, maybe with the count
# of its posts in brackets ("October 2012 (19)").
_MONTH_ITEM = re.compile(r"\b([^\W\d_]{3,12})\.?[ \t]+\d{4}(?:[ \t]*\(\d{1,6}\))?")
# Two such items in a row ("… 2012 (8) September 2012"): a dump with none has no such list.
# (One pattern a century, each opening with its literal digits: the search skips to them
# at C speed, where a pattern opening with any figure tries every figure of the dump.)
_TWO_ITEMS = tuple(
    re.compile(century + r"\d\d(?:[ \t]*\(\d{1,6}\))?[ \t]+[^\W\d_]{3,12}\.?[ \t]+\d{4}")
    for century in ("20", "19"))


def unflattened_month_lists(text: str, raw_lines: Sequence[str],
                            min_items: int) -> list[str] | None:
    """``raw_lines`` (the lines of ``text``) with each run of ``min_items`` months or more
    (a month's name and a year, in a row) read an item a line, in a block of its own with
    the text before and after it on the line; None when no line holds such a run.

    A blog's archive of months is a ``<select>`` or a list, which html-text and inscriptis
    write on one line ("Select Month November 2012 October 2012 …", "Archive October 2012
    (8) September 2012 (13) …"): a browser shows it an item a line, and read whole the
    line passes for a paragraph (the "..." of "Archives by Month..." ends a sentence)."""
    if not min_items or not _two_items(text):
        return None

    def items(raw: str) -> list[str]:
        runs = _month_runs(raw, min_items) if _two_items(raw) else []
        if not runs:
            return []
        out: list[str] = []
        at = 0
        for run in runs:
            before = raw[at:run[0][0]].strip()
            if before:
                out.append(before)
            out += [raw[start:end] for start, end in run]
            at = run[-1][1]
        after = raw[at:].strip()
        if after:
            out.append(after)
        return [*out, ""]

    return _set_apart(raw_lines, items)


def _two_items(text: str) -> bool:
    """``text`` holds two month items in a row (or a year, a word and a year)."""
    return any(pattern.search(text) is not None for pattern in _TWO_ITEMS)


def _month_runs(line: str, min_items: int) -> list[list[tuple[int, int]]]:
    """The runs of ``min_items`` month items or more in ``line``, each item's span; the
    items of a run follow each other with nothing but spaces between (a table's cells, a
    tab apart, are a table's row: months as its columns' heads)."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for match in _MONTH_ITEM.finditer(line):
        if month_of(match.group(1)) is None:
            continue
        if run and line[run[-1][1]:match.start()].strip(" "):
            if len(run) >= min_items:
                runs.append(run)
            run = []
        run.append(match.span())
    if len(run) >= min_items:
        runs.append(run)
    return runs
