"""Stage 2 (HTML), before libxml2: bounds that must hold before a tree is built.

libxml2 builds the whole tree before anything can count its elements, and some markup
costs it time out of proportion to its size. Both are checked here on the bytes, in
linear scans that cost about a hundredth of a parse.
"""

from __future__ import annotations

from newsparse._errors import InputLimitError
from newsparse._native import kernels


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


# The bytes that can stand before an attribute's name in a tag: a separator, or the
# closing quote of the value before it. Every attribute needs one, so their count bounds
# the attributes at memchr speed.
_BEFORE_ATTRIBUTES = (b" ", b"\t", b"\n", b"\r", b"\f", b"/", b'"', b"'")


def check_attribute_count(data: bytes, max_page_attributes: int, max_attributes: int) -> None:
    """Refuse markup whose start tags hold more than ``max_page_attributes`` attributes
    (each tag's first ``max_attributes``, those :func:`bound_attributes` keeps) before it
    is parsed.

    An attribute takes at least two bytes and a byte before its name that is a separator
    or a quote; only a page with more of those than the bound has its tags read.
    """
    if len(data) <= 2 * max_page_attributes:  # most pages: too few bytes to go over
        return
    if sum(data.count(byte) for byte in _BEFORE_ATTRIBUTES) <= max_page_attributes:
        return
    count = kernels.start_tag_attributes(data, max_attributes)
    if count > max_page_attributes:
        raise InputLimitError(
            f"the page has more than max_page_attributes={max_page_attributes} attributes "
            f"({count} in its start tags)"
        )


def bound_attributes(data: bytes, max_attributes: int) -> bytes:
    """``data`` with every start tag cut to its first ``max_attributes`` attributes.

    libxml2 checks each attribute of an element against all the others before it: an
    element with n attributes costs n² (a 1 MB tag of short attributes, 20 seconds). No
    page needs thousands of attributes on one element; browsers keep them all, the
    article does not need them. The tags are found the way libxml2's tokenizer reads the
    markup (``_native/tags.py``): a quoted value may hold "<" and ">", and no tag hides
    in a comment, a script or a value. A tag within the bound is left byte for byte; one
    over it keeps its first ``max_attributes`` attributes and gets a ">" (" />" when it
    closed itself).
    """
    pieces: list[bytes] = []
    last = 0
    for kept_end, end, closes_itself in kernels.overfull_tags(data, max_attributes):
        pieces.append(data[last:kept_end])
        # A tag that closed itself still does: "<script .../>" opens no script text in
        # libxml2 (the space ends an unquoted value that a "/" would join).
        pieces.append(b" />" if closes_itself else b">")
        last = end
    if not pieces:  # the common case: no copy
        return data
    pieces.append(data[last:])
    return b"".join(pieces)
