"""The entry points: route the input to the HTML or the text-dump pipeline.

HTML:  decode → build tree → segment into blocks → classify → metadata → assemble.
Text:  decode → split lines into blocks → classify → metadata → assemble.
"""

from __future__ import annotations

from typing import Any

import lxml.etree
import lxml.html

from newsparse._errors import InputLimitError, InputTypeError
from newsparse._html import pipeline as _html_pipeline
from newsparse._input.decode import DecodedPage, clean_page, decode_to_utf8, drop_controls
from newsparse._input.sniff import looks_like_html
from newsparse._model import CONTROL_CHARACTERS, Article
from newsparse._options import DEFAULT_OPTIONS, ParseOptions
from newsparse._text import pipeline as _text_pipeline

_ACCEPTED = "bytes, str, a bs4.BeautifulSoup, an lxml element or an lxml element tree"
_ATTRIBUTE_VALUES = lxml.etree.XPath("//@*")


def parse(
    data: Any,
    *,
    url: str | None = None,
    options: ParseOptions | None = None,
    encoding: str | None = None,
) -> Article:
    """Parse a raw news page, HTML or a plain-text dump, into an :class:`Article`.

    ``data`` may be ``bytes`` in any encoding, ``str``, a ``bs4.BeautifulSoup`` or an
    ``lxml`` element; HTML and plain text are told apart automatically. ``url`` is the
    address the page was fetched from, ``encoding`` the charset from its HTTP headers.

    Raises :class:`InputTypeError` for other types, :class:`InputLimitError` when the
    input exceeds a limit in ``options``, and :class:`NoArticleError` when the page holds
    no article text.

    Added in 0.1.
    """
    options, url = _checked_arguments(options, url, encoding)
    if _is_element(data) or _is_soup(data):
        return parse_html(data, url=url, options=options)
    page = _decoded(data, options, encoding)
    if looks_like_html(page.head(options.input_sniff_chars), options):
        return _html_pipeline.run(page, url=url, options=options)
    return _text_pipeline.run(page.text, url=url, options=options)


def parse_html(
    data: Any,
    *,
    url: str | None = None,
    options: ParseOptions | None = None,
    encoding: str | None = None,
) -> Article:
    """Parse ``data`` as an HTML page, whatever it looks like. Added in 0.1."""
    options, url = _checked_arguments(options, url, encoding)
    if _is_element(data):
        root = _document_root(data)
        if _deeper_than(root, options.max_nesting_depth) or _holds_controls(root):
            # A caller's tree may nest deeper than our parser ever builds, and the stages
            # are tuned for the depths it builds; its text may hold control characters our
            # parser never puts in a tree. Read such a tree as its markup instead.
            return _html_pipeline.run(clean_page(lxml.html.tostring(root, encoding="unicode")),
                                      url=url, options=options)
        return _html_pipeline.run_tree(root, url=url, options=options)
    if _is_soup(data):
        # The soup's text is the caller's, as a str's is: cleaned the same way.
        return _html_pipeline.run(clean_page(str(data)), url=url, options=options)
    return _html_pipeline.run(_decoded(data, options, encoding), url=url, options=options)


def parse_text(
    data: Any,
    *,
    url: str | None = None,
    options: ParseOptions | None = None,
    encoding: str | None = None,
) -> Article:
    """Parse ``data`` as a plain-text dump of a whole page. Added in 0.1."""
    options, url = _checked_arguments(options, url, encoding)
    if _is_element(data) or _is_soup(data):
        raise InputTypeError("parse_text takes bytes or str, not a parsed HTML tree")
    return _text_pipeline.run(_decoded(data, options, encoding).text, url=url, options=options)


def _checked_arguments(
    options: Any, url: Any, encoding: Any
) -> tuple[ParseOptions, str | None]:
    """The options and address every entry point takes, checked (the encoding only
    checked: it is passed on as it is)."""
    checked = _check_options(options), _checked_url(url)
    _check_encoding(encoding)
    return checked


def _check_options(options: ParseOptions | None) -> ParseOptions:
    if options is None:
        return DEFAULT_OPTIONS
    if not isinstance(options, ParseOptions):
        raise InputTypeError(f"options must be a ParseOptions, not {type(options).__name__}")
    return options


def _checked_url(url: Any) -> str | None:
    """The caller's address, without control characters (browsers drop tab and newline
    from an address, and the others are no part of one)."""
    if url is None:
        return None
    if not isinstance(url, str):
        raise InputTypeError(f"url must be a str or None, not {type(url).__name__}")
    return drop_controls(url).strip() or None


def _check_encoding(encoding: Any) -> None:
    if encoding is not None and not isinstance(encoding, str):
        raise InputTypeError(f"encoding must be a str or None, not {type(encoding).__name__}")


def _document_root(data: Any) -> lxml.etree._Element:
    """The root element of the document an lxml element or element tree belongs to."""
    root = data.getroot() if isinstance(data, lxml.etree._ElementTree) else (
        data.getroottree().getroot())
    if root is None or not isinstance(root.tag, str):
        raise InputTypeError("the lxml node given holds no element (a lone comment, "
                             "processing instruction or entity, or an empty tree)")
    return root


def _holds_controls(root: lxml.etree._Element) -> bool:
    """True when the tree's text or attributes hold a control character other than tab
    and newline (a caller's parser decodes "&#27;" into the tree)."""
    text = lxml.etree.tostring(root, method="text", encoding="unicode")
    if CONTROL_CHARACTERS.search(text):
        return True
    values = _ATTRIBUTE_VALUES(root)
    return isinstance(values, list) and any(
        isinstance(value, str) and CONTROL_CHARACTERS.search(value) for value in values)


def _decoded(data: Any, options: ParseOptions, encoding: str | None) -> DecodedPage:
    """The input as clean UTF-8 bytes (what the HTML parser is fed), and its text."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        _check_size(len(raw), options)
        return decode_to_utf8(raw, encoding, options)
    if isinstance(data, str):
        # Four bytes a character bounds the UTF-8 size without encoding the string.
        if len(data) * 4 > options.max_input_bytes:
            _check_size(len(data.encode("utf-8", "surrogatepass")), options)
        return clean_page(data)
    raise InputTypeError(f"parse() takes {_ACCEPTED}, not {type(data).__name__}")


def _check_size(size: int, options: ParseOptions) -> None:
    if size > options.max_input_bytes:
        raise InputLimitError(
            f"the input is {size} bytes, over max_input_bytes={options.max_input_bytes}"
        )


def _deeper_than(root: Any, depth: int) -> bool:
    """True when elements under ``root`` nest more than ``depth`` levels deep."""
    level = 0
    for event, _element in lxml.etree.iterwalk(root, events=("start", "end")):
        level += 1 if event == "start" else -1
        if level > depth:
            return True
    return False


def _is_element(data: Any) -> bool:
    return isinstance(data, (lxml.etree._Element, lxml.etree._ElementTree))


def _is_soup(data: Any) -> bool:
    # Checked by name so that parse() does not import bs4's tree builder for every call.
    return any(cls.__name__ == "BeautifulSoup" and cls.__module__.startswith("bs4")
               for cls in type(data).__mro__)
