"""Metadata from an HTML page. (Stub: <title> only; to be replaced.)"""

from __future__ import annotations

import lxml.html

from ._assemble import PageFacts


def read_page_facts(
    root: lxml.html.HtmlElement,
    *,
    url: str | None,
    article_root: lxml.html.HtmlElement | None,
    body_text: str,
) -> PageFacts:
    """Reconcile every metadata source the page offers into :class:`PageFacts`."""
    title = root.findtext(".//title")
    title = " ".join(title.split()) if title else None
    return PageFacts(title=title or None, url=url)
