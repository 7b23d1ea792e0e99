"""Stage 2 (HTML): build an lxml tree from decoded text, safely and within limits.

libxml2 stops reading a page at 2,048 levels of nesting, even with ``huge_tree``, and
silently drops the rest of the page. When that happens the page is read again with the
elements below ``options.max_nesting_depth`` flattened into their ancestor at that
depth: their text stays, only their own markup goes, as browsers do with too-deep trees.
"""

from __future__ import annotations

import re
import threading
from typing import Final

import lxml.etree

from newsparse._errors import InputLimitError, NoArticleError
from newsparse._html.markup import (
    bound_attributes,
    check_attribute_count,
    check_element_count,
)
from newsparse._input.decode import DecodedPage, without_control_references
from newsparse._native import kernels
from newsparse._options import DEFAULT_OPTIONS, ParseOptions

# One parser per thread: lxml's parser objects keep their error log (which _parse reads
# to tell a page cut short at a resource limit) on the parser, shared by every thread
# that uses it, so two threads parsing at once would read each other's errors.
_THREAD_STATE: Final = threading.local()


def html_parser() -> lxml.etree.HTMLParser:
    """This thread's HTML parser (made on first use)."""
    parser: lxml.etree.HTMLParser | None = getattr(_THREAD_STATE, "parser", None)
    if parser is None:
        parser = lxml.etree.HTMLParser(
            huge_tree=True,  # without it libxml2 drops everything below 256 levels of nesting
            remove_comments=True,
            remove_pis=True,
            no_network=True,  # no DTD, entity or XInclude is ever fetched
            recover=True,
            collect_ids=False,
            encoding="utf-8",
        )
        _THREAD_STATE.parser = parser
    return parser


# libxml2's XML_ERR_RESOURCE_LIMIT. lxml names it only from 6.0.2 on; older lxml (with
# libxml2 2.12 or 2.13, which report the same code) gets the number, stable in libxml2's ABI.
_RESOURCE_LIMIT: Final[int] = getattr(lxml.etree.ErrorTypes, "ERR_RESOURCE_LIMIT", 114)

# A start or end tag. Possessive quantifiers keep the scan linear: a "<" with no ">"
# (or another "<" first) fails at once instead of retrying every split of the name.
_TAG: Final = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*+)([^<>]*+)>")
# Elements that never nest (void), and those that the parser closes by itself when the
# next one starts. Neither adds depth on its own, and flattening them would change how
# the page reads; but the second kind nests through others (li in ul in li, td in table
# in td), so the strict count, the fallback for such pages, counts them (bar p).
_VOID_TAGS: Final = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
_FLAT_TAGS: Final = _VOID_TAGS | frozenset(
    "p li dt dd tr td th option optgroup thead tbody tfoot caption colgroup rp rt".split()
)
_STRICT_FLAT_TAGS: Final = _VOID_TAGS | {"p"}
# Elements whose content the walk skips, and that a browser shows the rest of the page
# in when they are never closed.
_SWALLOWING_TAGS: Final = frozenset(
    "svg math object button map dialog video audio canvas noscript".split()
)
# Markup that only a page's text, never such an element's own content, is made of.
_STORY_TAGS: Final = ("p", "div", "article", "section", "main", "h1", "h2", "h3", "table",
                      "ul", "ol", "blockquote")
# Raw-text elements: their tags must stay, or the rest of the page would become script.
_RAW_TEXT_TAGS: Final = frozenset("script style textarea title xmp noscript iframe".split())
# Block elements below the cut become paragraph breaks, so that their text stays apart.
_BREAKING_TAGS: Final = frozenset(
    "div section article main header footer nav aside blockquote ul ol dl table "
    "figure figcaption form fieldset center address details h1 h2 h3 h4 h5 h6 pre "
    "li dt dd tr td th caption".split()
)


def build_tree(page: str | DecodedPage, options: ParseOptions) -> lxml.etree._Element:
    """Parse ``page`` as HTML into the document's root element.

    Raises :class:`NoArticleError` when there is no HTML to parse, and
    :class:`InputLimitError` when libxml2 cannot read the page even once flattened.
    """
    if isinstance(page, str):
        page = DecodedPage(_utf8(page), page)
    check_element_count(page.utf8, options.max_nodes)  # before any tree is built
    check_attribute_count(page.utf8, options.max_page_attributes, options.max_attributes)
    root, over_limit = _parse(page.utf8, options)
    if over_limit:
        root, over_limit = _parse(
            _utf8(flatten_deep_markup(page.text, options.max_nesting_depth)), options)
    if over_limit:  # elements that close themselves nested inside others (li in ul in li)
        root, over_limit = _parse(_utf8(
            flatten_deep_markup(page.text, options.max_nesting_depth, strict=True)), options)
    if over_limit:  # the depth count was fooled (stray end tags): drop all markup
        root, over_limit = _parse(_utf8(_TAG.sub(" ", page.text)), options)
    if over_limit:
        raise InputLimitError("the page is beyond libxml2's resource limits")
    _show_unclosed_fallbacks(root, page.utf8)
    _open_swallowing_controls(root, options.html_max_control_chars)
    return root


def _show_unclosed_fallbacks(root: lxml.etree._Element, data: bytes) -> None:
    """Unwrap a never-closed element whose content is not shown (svg, object, noscript...)
    that swallowed the rest of the page, so that the story inside it is read.

    libxml2 nests all that follows such a start tag inside it, and the walk skips it
    whole; a browser shows that text (foreign content ends at the first HTML block, and
    the others show their fallback content). Such an element ends the document, so only
    the last child of the last child... is looked at, and only a candidate holding block
    markup costs a look at the source, to tell it from one closed at the page's end.
    """
    candidates: list[lxml.etree._Element] = []
    element = root
    while len(element):
        element = element[-1]
        if (isinstance(element.tag, str) and element.tag in _SWALLOWING_TAGS
                and next(element.iter(*_STORY_TAGS), None) is not None):
            candidates.append(element)
    for element in candidates:
        if _is_unclosed(str(element.tag), data):
            _unwrap(element)


def _is_unclosed(name: str, data: bytes) -> bool:
    """Whether ``data`` has more start tags than end tags of element ``name``."""
    starts = len(re.findall(rb"<" + name.encode() + rb"(?=[\s/>])", data, re.IGNORECASE))
    ends = len(re.findall(rb"</" + name.encode() + rb"(?=[\s/>])", data, re.IGNORECASE))
    return starts > ends


def _unwrap(element: lxml.etree._Element) -> None:
    """Put ``element``'s text and children in its place, and drop its tag."""
    parent = element.getparent()
    if parent is None:
        return
    previous = element.getprevious()
    pieces = [element.text or ""]
    children = list(element)
    if not children:
        pieces.append(element.tail or "")
    text = "".join(pieces)
    if text:
        if previous is not None:
            previous.tail = (previous.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
    if children:
        children[-1].tail = (children[-1].tail or "") + (element.tail or "")
    index = parent.index(element)
    parent[index : index + 1] = children


# A control that the walk skips (a button, a video) but that libxml2 has let swallow the
# page: its end tag came while an element opened inside it was still open, which browsers
# forgive and libxml2 does not. A control that holds the structure of a page (paragraphs,
# sections, headings) and more text than any label is such a one; it is opened up as a
# plain container, so that what it swallowed is read.
_CONTROLS: Final = ("button", "video", "audio", "object", "canvas", "map")
_PAGE_STRUCTURE: Final = frozenset("p article main section h1 h2 h3 footer table".split())


def _open_swallowing_controls(root: lxml.etree._Element, max_chars: int) -> None:
    for control in list(root.iter(*_CONTROLS)):
        if (
            any(element.tag in _PAGE_STRUCTURE for element in control.iter())
            and sum(map(len, control.itertext())) > max_chars
        ):
            control.tag = "div"


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "replace")


def _parse(
    data: bytes, options: ParseOptions = DEFAULT_OPTIONS
) -> tuple[lxml.etree._Element, bool]:
    """The root of the page in UTF-8 ``data``, and whether libxml2 stopped early at one of
    its resource limits."""
    # libxml2 stops reading at an "</html>", wherever it is; browsers ignore a stray one
    # and read on (pages with a second document glued after the first, or a stray end tag).
    # Taken out, it may join a reference to a control character ("&#</html>2": "&#2"),
    # which the parser would decode into the text: such references go again.
    data = without_control_references(kernels.without_html_ends(data))
    data = bound_attributes(data, options.max_attributes)
    parser = html_parser()
    try:
        root = lxml.etree.fromstring(data, parser=parser)
    except (lxml.etree.ParseError, lxml.etree.ParserError, ValueError) as exc:
        raise NoArticleError(f"the page has no parsable HTML content ({exc})") from exc
    if root is None:
        raise NoArticleError("the page has no parsable HTML content")
    over_limit = any(error.type == _RESOURCE_LIMIT for error in parser.error_log)
    return root, over_limit


def flatten_deep_markup(text: str, max_depth: int, *, strict: bool = False) -> str:
    """``text`` without the start and end tags of elements nested below ``max_depth``.

    Depth is counted from the tags alone, in one linear pass; tags of elements that add
    no depth are kept wherever they are. ``strict`` counts the elements that close
    themselves too (li, td, tr...), which nest through others. Text is never removed.
    """
    flat_tags = _STRICT_FLAT_TAGS if strict else _FLAT_TAGS
    pieces: list[str] = []
    depth = 0
    last = 0
    for match in _TAG.finditer(text):
        closing, name, rest = match.group(1), match.group(2).lower(), match.group(3)
        if name in flat_tags or name in _RAW_TEXT_TAGS or rest.endswith("/"):
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
