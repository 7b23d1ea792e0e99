"""Stage 2 (HTML), before libxml2: bounds that must hold before a tree is built.

libxml2 builds the whole tree before anything can count its elements, and some markup
costs it time out of proportion to its size. Both are checked here on the bytes, in
linear scans that cost about a hundredth of a parse.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse._errors import InputLimitError

# A tag long enough to hold more attributes than any page needs: only those are read.
_LONG_TAG_BYTES_PER_ATTRIBUTE: Final = 2  # " a" is the shortest attribute
_LONG_TAG_SLACK: Final = 64
# One attribute of a start tag, as libxml2 reads it: a name, maybe "=" and a value.
_ATTRIBUTE: Final = re.compile(
    rb"""[\s/]*+([^\s/>=][^\s/>=]*+)(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]++))?+""")
_TAG_NAME: Final = re.compile(rb"<[A-Za-z][^\s/>]*+")


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
    article does not need them.
    """
    min_bytes = max_attributes * _LONG_TAG_BYTES_PER_ATTRIBUTE + _LONG_TAG_SLACK
    long_tag = re.compile(rb"<[A-Za-z][^<>]{%d}" % min_bytes)
    match = long_tag.search(data)
    if match is None:  # the common case: one scan, no copy
        return data
    pieces: list[bytes] = []
    last = 0
    while match is not None:
        start = match.start()
        end = data.find(b">", start)
        other = data.find(b"<", start + 1)
        if end < 0 or (0 <= other < end):
            end = other if other >= 0 else len(data)
            closing = b""
        else:
            closing = b">"
            end += 1
        tag = data[start : end - len(closing)]
        pieces.append(data[last:start])
        pieces.append(_cut_attributes(tag, max_attributes) + closing)
        last = end
        match = long_tag.search(data, last)
    pieces.append(data[last:])
    return b"".join(pieces)


def _cut_attributes(tag: bytes, max_attributes: int) -> bytes:
    """``tag`` ("<name attributes...", no ">") with its first ``max_attributes`` attributes."""
    name = _TAG_NAME.match(tag)
    if name is None:
        return tag
    position = name.end()
    for _ in range(max_attributes):
        attribute = _ATTRIBUTE.match(tag, position)
        if attribute is None or attribute.end() == position:
            return tag  # fewer attributes than the bound: the tag as it is
        position = attribute.end()
    return tag[:position]
