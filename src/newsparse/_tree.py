"""Stage 2 (HTML): build an lxml tree from decoded text, safely and within limits."""

from __future__ import annotations

import lxml.etree
import lxml.html

from ._errors import NoArticleError
from ._options import ParseOptions

# One parser per process is safe: lxml parsers are not shared across threads by lxml
# itself (each thread gets its own default), and we never change its state.
_PARSER = lxml.html.HTMLParser(
    huge_tree=True,  # without it libxml2 drops everything below 256 levels of nesting
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    collect_ids=False,
    encoding="utf-8",
)


def build_tree(text: str, options: ParseOptions) -> lxml.html.HtmlElement:
    """Parse ``text`` as HTML into the document's root element."""
    data = text.encode("utf-8", "replace")
    try:
        root = lxml.html.document_fromstring(data, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise NoArticleError(f"the page has no parsable HTML content ({exc})") from exc
    if root is None:
        raise NoArticleError("the page has no parsable HTML content")
    return root
