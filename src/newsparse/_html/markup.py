"""Stage 2 (HTML), before libxml2: bounds that must hold before a tree is built.

libxml2 builds the whole tree before anything can count its elements, and some markup
costs it time out of proportion to its size. Both are checked here on the bytes, in
linear scans that cost about a hundredth of a parse.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse._errors import InputLimitError
from newsparse._native import kernels

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


def check_element_count(data: bytes, max_nodes: int) -> None:
    """Refuse markup with more start tags than ``max_nodes`` before it is parsed.

    Every element libxml2 builds opens with a "<" that no "/" or "!" follows (it adds
    only the html, head and body it implies), so that count bounds the tree; counting
    bytes keeps the check at memchr speed. A "<" in text counts too: a page needs two
    million of them to be refused for it.
    """
    if len(data) <= max_nodes:  # most pages: fewer bytes than the bound
        return
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
    article does not need them. Only tags long enough to hold that many are read (outside
    scripts' text: a minified script is one long run of such "tags"), the way the HTML
    tokenizer reads them (a quoted value may hold "<" and ">"); a tag with fewer
    attributes is left byte for byte.
    """
    min_bytes = max_attributes * _LONG_TAG_BYTES_PER_ATTRIBUTE + _LONG_TAG_SLACK
    pieces: list[bytes] = []
    last = read_to = 0
    for start in kernels.long_tags(data, min_bytes):
        if start < read_to:
            continue  # inside the attributes of a tag already read
        kept_end, read_to = _cut_tag(data, start, max_attributes)
        if kept_end >= 0:
            pieces.append(data[last:kept_end])
            pieces.append(b">")
            last = read_to
    if not pieces:  # the common case: no copy
        return data
    pieces.append(data[last:])
    return b"".join(pieces)


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
