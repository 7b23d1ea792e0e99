"""Text dumps, stage 0d: take apart the columns a layout renderer drew side by side.

A layout-aware renderer (inscriptis, w3m, links) draws a table-laid page as the browser
shows it: the menu column and the story column next to each other, so that each line
holds a menu item, a run of spaces and a piece of the story. Read line by line, the
story is cut into pieces that alternate with menu items. The columns show in the dump:
over a run of lines, text starts again after a wide gap at one and the same column, and
no text crosses the space before it. Such a run is read column by column: the left
column's lines, then the right one's, each as a block of its own.

Data tables are drawn the same way: a run is taken apart only when one of its columns
holds prose (lines whose first cell is at least ``text_length_low`` long), the left
column is one of single cells (a data table's row holds several), and the columns run on
independently (some row has text on the left only; a table of keys and values has none).
"""

from __future__ import annotations

import collections
import re
from collections.abc import Sequence

from newsparse._options import ParseOptions

# Text, a gap of three spaces or more, and text again: a column may start after the gap.
_GAP = re.compile(r"\S {3,}(?=\S)")
# Columns are taken apart this many times at most (a menu, a story and a sidebar).
_MAX_SPLITS = 3
# Lines of prose a column needs: one long cell can be an accident of a data table.
_MIN_PROSE_LINES = 3
# Lines whose gap a column starts after, for the column to be tried: a story beside a
# short menu shares few rows with it (the rest of the story's rows show no gap).
_MIN_GAP_LINES = 2
# How far left of its column a line of the right column alone may start: a sidebar's
# heading ("Related Stories") stands out of its list, set in under it by a few columns.
_HEAD_SLACK = 8


def side_by_side_columns(raw_lines: list[str], options: ParseOptions) -> list[str]:
    """The dump's lines with every run of side-by-side columns read column by column
    (``raw_lines`` itself when there is none)."""
    for _ in range(_MAX_SPLITS):
        split = _split_once(raw_lines, options)
        if split is None:
            break
        raw_lines = split
    return raw_lines


def _split_once(raw_lines: list[str], options: ParseOptions) -> list[str] | None:
    starts: collections.Counter[int] = collections.Counter()
    for line in raw_lines:
        if "   " in line:
            for gap in _GAP.finditer(line):
                starts[gap.end()] += 1
    for column, count in starts.most_common(4):
        if count < _MIN_GAP_LINES:
            break
        split = _split_at(raw_lines, column, options)
        if split is not None:
            return split
    return None


def _split_at(raw_lines: list[str], column: int, options: ParseOptions) -> list[str] | None:
    """The lines with the runs that ``column`` parts read column by column, or None when
    no run is parted there."""
    out: list[str] = []
    run: list[str] = []
    changed = False
    margin = _left_margin(raw_lines, column)
    for line in [*raw_lines, None]:
        if line is not None and _parted(line, column, margin):
            run.append(line)
            continue
        if run:
            # The run goes from the first line with text right of the column to the last
            # (short lines above and below it belong to the page, not to the table).
            right = [i for i, part in enumerate(run) if _cut(part, column, margin)[1]]
            columns = None if not right else _columns(run[right[0]:right[-1] + 1], column,
                                                      margin, options)
            if columns is None:
                out += run
            else:
                out += [*run[:right[0]], *columns, *run[right[-1] + 1:]]
                changed = True
            run = []
        if line is not None:
            out.append(line)
    return out if changed else None


def _left_margin(raw_lines: list[str], column: int) -> int:
    """Where the left column starts: the least indentation of the lines with text on
    both sides of a gap that ends at ``column``."""
    return min((len(line) - len(line.lstrip()) for line in raw_lines
                if "   " in line and any(gap.end() == column for gap in _GAP.finditer(line))),
               default=0)


def _parted(line: str, column: int, margin: int) -> bool:
    """No text of ``line`` crosses the two spaces before ``column``, or the line holds
    text of the right column only, a little left of it (:func:`_right_only`)."""
    return len(line) <= column - 2 or not line[column - 2:column].strip() or _right_only(
        line, column, margin)


def _right_only(line: str, column: int, margin: int) -> bool:
    """``line`` starts at most ``_HEAD_SLACK`` columns before ``column``, right of the
    left column's ``margin``: a line of the right column alone that stands a little out
    of it (its heading), not a line of the left column."""
    start = len(line) - len(line.lstrip())
    return margin < start < column and start >= column - _HEAD_SLACK and start < len(line)


def _cut(line: str, column: int, margin: int) -> tuple[str, str]:
    """``line``'s left and right column parts."""
    if _right_only(line, column, margin):
        return "", line.strip()
    return line[:column].rstrip(), line[column:].rstrip()


def _prose(part: str, long_line: int) -> bool:
    """A column's line of prose: its first cell is long (a column further right may
    follow it, to be taken apart in turn)."""
    text = part.strip()
    gap = text.find("   ")
    return (len(text) if gap < 0 else gap) >= long_line


def _columns(run: Sequence[str], column: int, margin: int,
             options: ParseOptions) -> list[str] | None:
    """The run's left column then its right one, a blank line after each, when both
    hold text on enough lines, one of them holds prose, and the left one is a column of
    single cells (a data table's rows hold several cells left of any of its columns);
    else None."""
    parts = [_cut(line, column, margin) for line in run]
    lefts = [left for left, _ in parts]
    rights = [right for _, right in parts]
    min_lines = options.text_min_column_lines
    filled = [part.strip() for part in lefts if part.strip()]
    if len(filled) < min_lines or sum(1 for part in rights if part.strip()) < min_lines:
        return None
    if sum(1 for part in filled if "   " in part) * 2 > len(filled):
        return None
    # Columns of a layout run on independently: somewhere the left one has text beside a
    # blank of the right one (a table of keys and values fills both on every row).
    if not any(left.strip() and not right.strip()
               for left, right in zip(lefts, rights, strict=True)):
        return None
    long_line = options.text_length_low
    if not any(
        sum(1 for part in parts if _prose(part, long_line)) >= _MIN_PROSE_LINES
        for parts in (lefts, rights)
    ):
        return None
    return [*lefts, "", *rights, ""]
