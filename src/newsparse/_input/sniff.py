"""Tell HTML from a plain-text dump without parsing either."""

from __future__ import annotations

import re

from newsparse._options import DEFAULT_OPTIONS, ParseOptions

# A tag a real page is bound to have near its top, or any closing tag or comment.
_HTML_MARKERS = re.compile(
    r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>|div[\s>]|p[\s>]|"
    r"table[\s>]|a\s+href|br\s*/?>|script[\s>]|span[\s>]|/[a-z][a-z0-9]*\s*>|!--)",
    re.IGNORECASE,
)
# (How much of the text :func:`looks_like_html` reads, and how far into it a document may
# open after stray text: ParseOptions, ``input_sniff_chars``, ``input_stray_prefix_chars``.)
_DOCUMENT_START = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
# One tag, over line ends too (a wrapping renderer breaks a long one), its quoted values
# read whole (an ad's address may hold a "<script>" of its own), or an end tag. (Possessive:
# a tag that does not close fails at once.)
_TAG = re.compile(
    r"(?:<([a-zA-Z][a-zA-Z0-9]*+)((?:\s*+[^\s=<>/]++(?:\s*=\s*(?:\"[^\"]*+\"|'[^']*+'|[^\s>]++))?)*+)"
    r"\s*/?>|</([a-zA-Z][a-zA-Z0-9]*)\s*>)")
_SPACES = re.compile(r"\s+")
# An attribute that links to or loads from another site (an ad's link, a pixel's source).
_FOREIGN_LINK = re.compile(r"(?:href|src)\s*=\s*[\"']?(?:https?:)?//", re.IGNORECASE)
# The elements an ad or a tracking pixel is made of; a page's own head (<html>, <meta>,
# <link>, <style>) is none of them.
_BEACON_TAGS = frozenset(("a", "img", "iframe", "div", "span", "p", "br", "noscript", "center",
                          "font", "script", "embed", "object", "param", "ins", "b"))


def looks_like_html(text: str, options: ParseOptions = DEFAULT_OPTIONS) -> bool:
    """True when the start of ``text`` (its first ``options.input_sniff_chars``) carries
    HTML markup rather than plain prose."""
    head = text[:options.input_sniff_chars]
    markers = _HTML_MARKERS.findall(head)
    if not markers:
        return False
    stripped = head.lstrip()
    if stripped[:1] == "<":
        shown = _past_beacons(head)
        if shown is None:
            return True
        # A dump whose renderer wrote out an ad's or a tracking pixel's markup first (what
        # a <noscript> or an <iframe> holds, as text): what follows tells what it is.
        head, stripped = shown, shown.lstrip()
        markers = _HTML_MARKERS.findall(head)
        if not markers:
            return False
        if stripped[:1] == "<":
            return True
    # A page with some stray text before its markup still opens its document near the
    # top; a text dump that quotes markup (a tutorial's code sample) is mostly prose.
    start = _DOCUMENT_START.search(stripped[:options.input_stray_prefix_chars])
    if start and _mostly_markup(stripped[start.start() :]):
        return True
    return len(markers) >= 3 and _mostly_markup(head)


def _past_beacons(head: str) -> str | None:
    """What follows the tags that open ``head``, from the next line on, when they are an
    ad's or a tracking pixel's: only the elements an ad is made of, one of them linking to
    or loading from another site, and nothing else on their last line. None when ``head``
    opens otherwise: a page opens with its document or its own markup, while a renderer
    that writes out what a <noscript> or an <iframe> holds opens its dump with an ad."""
    at = 0
    foreign = False
    while True:
        spaces = _SPACES.match(head, at)
        tag = _TAG.match(head, at if spaces is None else spaces.end())
        if tag is None:
            break
        name, attributes, closing = tag.groups()
        if (name or closing).lower() not in _BEACON_TAGS:
            return None
        foreign = foreign or (attributes is not None and _FOREIGN_LINK.search(attributes)
                              is not None)
        at = tag.end()
    end = head.find("\n", at)
    end = len(head) if end < 0 else end
    if not foreign or head[at:end].strip():
        return None
    return head[end:]


def _mostly_markup(text: str) -> bool:
    """True when at least half the non-blank lines open with a tag."""
    lines = [line for line in text.splitlines() if line.strip()]
    markup_lines = sum(1 for line in lines if line.lstrip().startswith("<"))
    return markup_lines * 2 >= len(lines)
