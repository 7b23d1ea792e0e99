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


def looks_like_html(text: str, options: ParseOptions = DEFAULT_OPTIONS) -> bool:
    """True when the start of ``text`` (its first ``options.input_sniff_chars``) carries
    HTML markup rather than plain prose."""
    head = text[:options.input_sniff_chars]
    markers = _HTML_MARKERS.findall(head)
    if not markers:
        return False
    stripped = head.lstrip()
    if stripped[:1] == "<":
        return True
    # A page with some stray text before its markup still opens its document near the
    # top; a text dump that quotes markup (a tutorial's code sample) is mostly prose.
    start = _DOCUMENT_START.search(stripped[:options.input_stray_prefix_chars])
    if start and _mostly_markup(stripped[start.start() :]):
        return True
    return len(markers) >= 3 and _mostly_markup(head)


def _mostly_markup(text: str) -> bool:
    """True when at least half the non-blank lines open with a tag."""
    lines = [line for line in text.splitlines() if line.strip()]
    markup_lines = sum(1 for line in lines if line.lstrip().startswith("<"))
    return markup_lines * 2 >= len(lines)
