"""Stage 2 (HTML), before libxml2: bounds that must hold before a tree is built.

libxml2 builds the whole tree before anything can count its elements, and some markup
costs it time out of proportion to its size. Both are checked here on the bytes, in
linear scans that cost about a hundredth of a parse.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from newsparse._errors import InputLimitError

# A tag long enough to hold more attributes than any page needs: only those are read.
_LONG_TAG_BYTES_PER_ATTRIBUTE: Final = 2  # " a" is the shortest attribute
_LONG_TAG_SLACK: Final = 64
# One attribute of a start tag, as the HTML tokenizer reads it: a name, maybe "=" and a
# value; a quoted value runs to its closing quote, through any "<" or ">".
# The separators before it are skipped apart (one pattern for both would retry every
# start in a run of spaces).
_ATTRIBUTE: Final = re.compile(
    rb"""[^\s/>=][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]++))?+""")
_SEPARATORS: Final = re.compile(rb"[\s/]*+")
# A start tag's name, followed by what may follow one: script text such as
# "<arguments.length&&..." is no tag.
_TAG_NAME: Final = re.compile(rb"<[A-Za-z][A-Za-z0-9:-]*+(?=[\s/>])")
# The edges of the elements whose content is text, never tags (scripts, styles...).
_RAW_TEXT_EDGE: Final = re.compile(rb"<(/?)(?:script|style|textarea|title|xmp)(?=[\s/>])",
                                   re.IGNORECASE)


def check_element_count(data: bytes, max_nodes: int) -> None:
    """Refuse markup with more start tags than ``max_nodes`` before it is parsed.

    Every element libxml2 builds opens with a "<" that no "/" or "!" follows (it adds
    only the html, head and body it implies), so that count bounds the tree; counting
    bytes keeps the check at memchr speed. A "<" in text counts too: a page needs two
    million of them to be refused for it.
    """
    upper_bound = data.count(b"<")
    if upper_bound <= max_nodes:
        return
    upper_bound -= data.count(b"</") + data.count(b"<!") + data.count(b"<?")
    if upper_bound > max_nodes:
        raise InputLimitError(
            f"the page has more than max_nodes={max_nodes} elements "
            f"({upper_bound} start tags)"
        )


def bound_attributes(data: bytes, max_attributes: int) -> bytes:
    """``data`` with every start tag cut to its first ``max_attributes`` attributes.

    libxml2 checks each attribute of an element against all the others before it: an
    element with n attributes costs n² (a 1 MB tag of short attributes, 20 seconds). No
    page needs thousands of attributes on one element; browsers keep them all, the
    article does not need them. Only tags long enough to hold that many are read, the
    way the HTML tokenizer reads them (a quoted value may hold "<" and ">"); a tag with
    fewer attributes is left byte for byte.
    """
    min_bytes = max_attributes * _LONG_TAG_BYTES_PER_ATTRIBUTE + _LONG_TAG_SLACK
    long_tag = re.compile(rb"<[A-Za-z][^<>]{%d}" % min_bytes)
    match = long_tag.search(data)
    if match is None:  # the common case: one scan, no copy
        return data
    raw_text = _raw_text_ranges(data)
    pieces: list[bytes] = []
    last = 0
    while match is not None:
        raw_text_end = _raw_text_end(raw_text, match.start())
        if raw_text_end >= 0:
            # A script's text holds no tags: the search goes on past it, not one byte on
            # (a minified script is one long run of such "tags").
            match = long_tag.search(data, raw_text_end)
            continue
        kept_end, tag_end = _cut_tag(data, match.start(), max_attributes)
        if kept_end >= 0:
            pieces.append(data[last:kept_end])
            pieces.append(b">")
            last = tag_end
        # What the tag's attributes hold is read once: the search goes on past them.
        match = long_tag.search(data, max(tag_end, match.start() + 1))
    pieces.append(data[last:])
    return b"".join(pieces)


def _raw_text_ranges(data: bytes) -> list[tuple[int, int]]:
    """Where the content of scripts, styles and the like lies in ``data``, in order."""
    ranges: list[tuple[int, int]] = []
    opened = -1
    for edge in _RAW_TEXT_EDGE.finditer(data):
        if not edge.group(1):
            if opened < 0:
                opened = edge.end()
        elif opened >= 0:
            ranges.append((opened, edge.start()))
            opened = -1
    if opened >= 0:
        ranges.append((opened, len(data)))
    return ranges


def _raw_text_end(ranges: list[tuple[int, int]], position: int) -> int:
    """The end of the one of the ordered, disjoint ``ranges`` that holds ``position``, or
    -1 when none does."""
    index = bisect.bisect_right(ranges, position, key=lambda edges: edges[0]) - 1
    return ranges[index][1] if index >= 0 and position < ranges[index][1] else -1


def _cut_tag(data: bytes, start: int, max_attributes: int) -> tuple[int, int]:
    """For the start tag at ``start``: where its first ``max_attributes`` attributes end
    when it has more (else -1), and where its attributes end (past its ">" when cut)."""
    name = _TAG_NAME.match(data, start)
    if name is None:
        return -1, start + 1
    position = name.end()
    kept_end = -1
    count = 0
    while True:
        position = _SEPARATORS.match(data, position).end()  # type: ignore[union-attr]
        attribute = _ATTRIBUTE.match(data, position)
        if attribute is None:
            break
        position = attribute.end()
        count += 1
        if count == max_attributes:
            kept_end = position
    if count <= max_attributes:
        return -1, position
    end = data.find(b">", position)
    return kept_end, (len(data) if end < 0 else end + 1)
