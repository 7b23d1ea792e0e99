"""The start tags with too many attributes, found the way libxml2's HTML tokenizer reads the
markup: the Python reference of ``_cwalk_tags.c``.

libxml2 (2.14) tokenizes HTML as the HTML standard does. A quoted attribute value runs to
its closing quote through any "<" or ">"; a comment runs to "-->" or "--!>"; "<!", "<?" and
"</" before a non-letter open a bogus comment that the next ">" closes; an end tag reads
attributes as a start tag does; the text of a raw-text element (script, style, xmp, iframe,
noembed, noframes, textarea, title) runs to its own end tag, a script's with the standard's
"<!--" and "<script" escapes, and plaintext's to the end of the page. A start tag closed by
"/>" opens no raw text in libxml2. Whitespace is tab, line feed, form feed, carriage return
and space. Reading the markup as the tokenizer does is what keeps a tag from being hidden
from the count, inside what looks like a quoted value or a comment and is none.
"""

from __future__ import annotations

import functools
import re
from typing import Final

_SPACE: Final = rb"\t\n\f\r "
# The separators before an attribute, and one attribute: a name, maybe "=" and a value; a
# quoted value runs to its closing quote (or the end of the data). Possessive throughout:
# each byte is read once.
_SEPARATORS: Final = rb"[" + _SPACE + rb"/]*+"
_ATTRIBUTE: Final = (
    rb"[^" + _SPACE + rb"/>][^" + _SPACE + rb"/>=]*+"
    rb"(?:[" + _SPACE + rb"]*+=[" + _SPACE + rb"]*+"
    rb"""(?:"[^"]*+"?+|'[^']*+'?+|[^""" + _SPACE + rb">]*+))?+"
)
_TAG_NAME: Final = re.compile(rb"<[A-Za-z][^" + _SPACE + rb"/>]*+")
_RAW_TEXT: Final = (b"script", b"style", b"xmp", b"iframe", b"noembed", b"noframes",
                    b"textarea", b"title", b"plaintext")
_FOLLOWS_NAME: Final = rb"(?=[" + _SPACE + rb"/>])"
# Where the text of a raw-text element ends: at the start of its own end tag.
_RAW_TEXT_END: Final = {
    name: re.compile(rb"</" + name + _FOLLOWS_NAME, re.IGNORECASE) for name in _RAW_TEXT
}
# A script's text: "<!--" opens an escape, where "<script" opens a double escape; "-->"
# closes either; "</script" ends the script outside a double escape and closes the double
# escape inside one.
_SCRIPT_TEXT: Final = re.compile(rb"<!--|</script" + _FOLLOWS_NAME, re.IGNORECASE)
_SCRIPT_ESCAPED: Final = re.compile(rb"-->|<(/?)script" + _FOLLOWS_NAME, re.IGNORECASE)
_SCRIPT_DOUBLE_ESCAPED: Final = re.compile(rb"-->|</script" + _FOLLOWS_NAME, re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _patterns(max_attributes: int) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """The markup a tag with more than ``max_attributes`` attributes cannot hide in, and a
    tag's attributes (group "more": those past ``max_attributes``; "last": the separators
    before its end)."""
    attributes = rb"(?:" + _SEPARATORS + _ATTRIBUTE + rb")"
    plain = re.compile(
        rb"(?:[^<]++"
        rb"|<!--(?s:>|->|.*?--!?>|.*+)"  # a comment ("<!-->" and "<!--->" close at once)
        rb"|<[!?][^>]*+>?"  # a bogus comment or a doctype
        rb"|</(?:[A-Za-z][^" + _SPACE + rb"/>]*+" + attributes + rb"*+" + _SEPARATORS
        + rb">?|>|[^>]*+>?)"  # an end tag, "</>", or a bogus comment
        rb"|<(?![A-Za-z!/?])"  # a "<" in text
        # A start tag within the bound that opens no raw text, up to its ">".
        rb"|<(?!(?i:" + b"|".join(_RAW_TEXT) + rb")(?:[" + _SPACE + rb"/>]|\Z))"
        rb"[A-Za-z][^" + _SPACE + rb"/>]*+" + attributes + rb"{0,%d}+" % max_attributes
        + _SEPARATORS + rb">"
        rb")*+"
    )
    tag = re.compile(attributes + rb"{0,%d}+(?P<more>" % max_attributes + attributes
                     + rb"*+)(?P<last>" + _SEPARATORS + rb")")
    return plain, tag


def overfull_tags(data: bytes, max_attributes: int) -> list[tuple[int, int, bool]]:
    """The start tags of ``data`` with more than ``max_attributes`` attributes, in order:
    where their first ``max_attributes`` attributes end, where the tag ends (past its ">",
    or the end of the data), and whether it closes itself ("/>" after a separator)."""
    plain, tag = _patterns(max(max_attributes, 0))
    found: list[tuple[int, int, bool]] = []
    end = len(data)
    position = 0
    # One regex call passes over most of a page; it stops at a start tag over the bound,
    # one that opens raw text, or one that the end of the data cuts.
    while (position := _match_end(plain, data, position)) < end:
        name = _TAG_NAME.match(data, position)
        if name is None:  # not reached: only a start tag stops the plain scan
            position += 1
            continue
        attributes = tag.match(data, name.end())
        assert attributes is not None  # every part of the pattern may be empty
        position = attributes.end()
        closes_itself = position < end and attributes.group("last").endswith(b"/")
        if attributes.end("more") > attributes.start("more"):
            found.append((attributes.start("more"), min(position + 1, end), closes_itself))
        if position == end:
            break
        position += 1  # past the ">"
        if not closes_itself:  # "/>" opens no raw text in libxml2
            position = _raw_text_end(data, position, name.group()[1:].lower())
    return found


# Separators, then an attribute if one follows: a tag's attributes, read one at a time.
# (The attribute is optional so that the pattern matches wherever it is tried: searched,
# it never fails at one position after another.)
_ONE_ATTRIBUTE: Final = re.compile(_SEPARATORS + rb"(?P<attribute>" + _ATTRIBUTE + rb")?+")


def start_tag_attributes(data: bytes, max_attributes: int) -> int:
    """How many attributes the start tags of ``data`` hold, at most ``max_attributes`` a
    tag (those libxml2 reads once :func:`overfull_tags`' tags are cut); an attribute
    repeated in a tag counts each time."""
    max_attributes = max(max_attributes, 0)
    total = 0
    # Every start tag with an attribute is "over" a bound of none: from where its
    # attributes start, they are read one after another to the tag's end.
    for start, end, _ in overfull_tags(data, 0):
        position, count = start, 0
        while count < max_attributes:
            one = _ONE_ATTRIBUTE.match(data, position, end)
            if one is None or one.group("attribute") is None:
                break
            position, count = one.end(), count + 1
        total += count
    return total


def _match_end(pattern: re.Pattern[bytes], data: bytes, position: int) -> int:
    """Where ``pattern``, which may match the empty string, ends from ``position``."""
    match = pattern.match(data, position)
    assert match is not None
    return match.end()


def _raw_text_end(data: bytes, position: int, name: bytes) -> int:
    """Where the text that starts at ``position``, after a ``name`` start tag, ends."""
    if name == b"script":
        return _script_end(data, position)
    if name == b"plaintext":
        return len(data)
    close = _RAW_TEXT_END.get(name)
    if close is None:
        return position
    match = close.search(data, position)
    return len(data) if match is None else match.start()


def _script_end(data: bytes, position: int) -> int:
    """Where a script's text that starts at ``position`` ends (its end tag's "<")."""
    while True:
        match = _SCRIPT_TEXT.search(data, position)
        if match is None:
            return len(data)
        if match.group() != b"<!--":
            return match.start()
        position = match.start() + 2  # "<!-->" closes the escape it opens
        while True:  # escaped
            match = _SCRIPT_ESCAPED.search(data, position)
            if match is None:
                return len(data)
            if match.group() == b"-->":
                position = match.end()
                break
            if match.group(1):
                return match.start()
            position = match.end() + 1  # past "<script" and the byte that ends the name
            match = _SCRIPT_DOUBLE_ESCAPED.search(data, position)
            if match is None:
                return len(data)
            if match.group() == b"-->":
                position = match.end()
                break
            position = match.end() + 1
