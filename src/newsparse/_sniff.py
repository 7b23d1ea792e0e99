"""Tell HTML from a plain-text dump without parsing either."""

from __future__ import annotations

import re

# A tag a real page is bound to have near its top, or any closing tag or comment.
_HTML_MARKERS = re.compile(
    r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>|div[\s>]|p[\s>]|"
    r"table[\s>]|a\s+href|br\s*/?>|script[\s>]|span[\s>]|/[a-z][a-z0-9]*\s*>|!--)",
    re.IGNORECASE,
)
_SNIFF_CHARS = 8192


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` carries HTML markup rather than plain prose."""
    head = text[:_SNIFF_CHARS]
    markers = _HTML_MARKERS.findall(head)
    if not markers:
        return False
    stripped = head.lstrip()
    if stripped[:1] == "<":
        return True
    # Prose that mentions a tag or two is still prose; markup repeats.
    return len(markers) >= 3
