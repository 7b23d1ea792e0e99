"""Stage 2 (HTML): build an lxml tree from decoded text, safely and within limits.

libxml2 stops reading a page at 2,048 levels of nesting, even with ``huge_tree``, and
silently drops the rest of the page. When that happens the page is read again with the
elements below ``options.max_nesting_depth`` flattened into their ancestor at that
depth: their text stays, only their own markup goes, as browsers do with too-deep trees.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.etree

from newsparse._errors import InputLimitError, NoArticleError
from newsparse._input.decode import DecodedPage
from newsparse._native import native
from newsparse._options import ParseOptions

# One parser per process is safe: lxml keeps a parser context (and its error log) per
# thread, and we never change the parser's state.
_PARSER: Final = lxml.etree.HTMLParser(
    huge_tree=True,  # without it libxml2 drops everything below 256 levels of nesting
    remove_comments=True,
    remove_pis=True,
    no_network=True,  # no DTD, entity or XInclude is ever fetched
    recover=True,
    collect_ids=False,
    encoding="utf-8",
)
_RESOURCE_LIMIT: Final = lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT

# libxml2 stops reading at an "</html>", wherever it is; browsers ignore a stray one and
# read on (pages with a second document glued after the first, or a stray end tag early).
_HTML_END: Final = re.compile(rb"</html(?=[\s/>])[^<>]*+>", re.IGNORECASE)
# A start or end tag. Possessive quantifiers keep the scan linear: a "<" with no ">"
# (or another "<" first) fails at once instead of retrying every split of the name.
_TAG: Final = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*+)([^<>]*+)>")
# Elements that never nest (void) or that the parser closes by itself when the next one
# starts: they add no depth, and flattening them would change how the page reads.
_FLAT_TAGS: Final = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option optgroup thead tbody tfoot caption colgroup rp rt".split()
)
# Raw-text elements: their tags must stay, or the rest of the page would become script.
_RAW_TEXT_TAGS: Final = frozenset("script style textarea title xmp noscript iframe".split())
# Block elements below the cut become paragraph breaks, so that their text stays apart.
_BREAKING_TAGS: Final = frozenset(
    "div section article main header footer nav aside blockquote ul ol dl table "
    "figure figcaption form fieldset center address details h1 h2 h3 h4 h5 h6 pre".split()
)


def build_tree(page: str | DecodedPage, options: ParseOptions) -> lxml.etree._Element:
    """Parse ``page`` as HTML into the document's root element.

    Raises :class:`NoArticleError` when there is no HTML to parse, and
    :class:`InputLimitError` when libxml2 cannot read the page even once flattened.
    """
    if isinstance(page, str):
        page = DecodedPage(_utf8(page), page)
    root, over_limit = _parse(page.utf8)
    if over_limit:
        root, over_limit = _parse(
            _utf8(flatten_deep_markup(page.text, options.max_nesting_depth)))
    if over_limit:  # the depth count was fooled (stray end tags): drop all markup
        root, over_limit = _parse(_utf8(_TAG.sub(" ", page.text)))
    if over_limit:
        raise InputLimitError("the page is beyond libxml2's resource limits")
    _open_swallowing_controls(root)
    return root


# A control that the walk skips (a button, a video) but that libxml2 has let swallow the
# page: its end tag came while an element opened inside it was still open, which browsers
# forgive and libxml2 does not. A control that holds the structure of a page (paragraphs,
# sections, headings) and more text than any label is such a one; it is opened up as a
# plain container, so that what it swallowed is read.
_CONTROLS: Final = ("button", "video", "audio", "object", "canvas", "map")
_PAGE_STRUCTURE: Final = frozenset("p article main section h1 h2 h3 footer table".split())
_MAX_CONTROL_CHARS: Final = 200


def _open_swallowing_controls(root: lxml.etree._Element) -> None:
    for control in list(root.iter(*_CONTROLS)):
        if (
            any(element.tag in _PAGE_STRUCTURE for element in control.iter())
            and sum(map(len, control.itertext())) > _MAX_CONTROL_CHARS
        ):
            control.tag = "div"


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "replace")


def _parse(data: bytes) -> tuple[lxml.etree._Element, bool]:
    """The root of the page in UTF-8 ``data``, and whether libxml2 stopped early at one of
    its resource limits."""
    data = _without_html_ends(data)
    try:
        root = lxml.etree.fromstring(data, parser=_PARSER)
    except (lxml.etree.ParseError, lxml.etree.ParserError, ValueError) as exc:
        raise NoArticleError(f"the page has no parsable HTML content ({exc})") from exc
    if root is None:
        raise NoArticleError("the page has no parsable HTML content")
    over_limit = any(error.type == _RESOURCE_LIMIT for error in _PARSER.error_log)
    return root, over_limit


def _without_html_ends(data: bytes) -> bytes:
    """``data`` without its "</html>" end tags, in any letter case."""
    if native is not None:
        return native.without_html_ends(data)  # a memchr scan, several times the regex's speed
    return _HTML_END.sub(b"", data)


def flatten_deep_markup(text: str, max_depth: int) -> str:
    """``text`` without the start and end tags of elements nested below ``max_depth``.

    Depth is counted from the tags alone, in one linear pass; tags of elements that add
    no depth are kept wherever they are. Text is never removed.
    """
    pieces: list[str] = []
    depth = 0
    last = 0
    for match in _TAG.finditer(text):
        closing, name, rest = match.group(1), match.group(2).lower(), match.group(3)
        if name in _FLAT_TAGS or name in _RAW_TEXT_TAGS or rest.endswith("/"):
            continue
        if closing:
            depth = max(depth - 1, 0)
            deep = depth >= max_depth
        else:
            deep = depth >= max_depth
            depth += 1
        if deep:
            pieces.append(text[last : match.start()])
            pieces.append("<p>" if name in _BREAKING_TAGS else "")
            last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)
