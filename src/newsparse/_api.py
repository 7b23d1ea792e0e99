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
from newsparse._input.decode import DecodedPage, clean_page, decode_to_utf8
from newsparse._input.sniff import SNIFF_CHARS, looks_like_html
from newsparse._model import Article
from newsparse._options import DEFAULT_OPTIONS, ParseOptions
from newsparse._text import pipeline as _text_pipeline

_ACCEPTED = "bytes, str, a bs4.BeautifulSoup or an lxml element"


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
    options = _check_options(options)
    if _is_element(data) or _is_soup(data):
        return parse_html(data, url=url, options=options)
    page = _decoded(data, options, encoding)
    if looks_like_html(page.head(SNIFF_CHARS)):
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
    options = _check_options(options)
    if _is_element(data):
        root = data.getroottree().getroot()
        if _deeper_than(root, options.max_nesting_depth):
            # A caller's tree may nest deeper than our parser ever builds, and the stages
            # are tuned for the depths it builds: read such a tree as its markup instead.
            return _html_pipeline.run(lxml.html.tostring(root, encoding="unicode"),
                                      url=url, options=options)
        return _html_pipeline.run_tree(root, url=url, options=options)
    if _is_soup(data):
        return _html_pipeline.run(str(data), url=url, options=options)
    return _html_pipeline.run(_decoded(data, options, encoding), url=url, options=options)


def parse_text(
    data: Any,
    *,
    url: str | None = None,
    options: ParseOptions | None = None,
    encoding: str | None = None,
) -> Article:
    """Parse ``data`` as a plain-text dump of a whole page. Added in 0.1."""
    options = _check_options(options)
    if _is_element(data) or _is_soup(data):
        raise InputTypeError("parse_text takes bytes or str, not a parsed HTML tree")
    return _text_pipeline.run(_decoded(data, options, encoding).text, url=url, options=options)


def _check_options(options: ParseOptions | None) -> ParseOptions:
    if options is None:
        return DEFAULT_OPTIONS
    if not isinstance(options, ParseOptions):
        raise InputTypeError(f"options must be a ParseOptions, not {type(options).__name__}")
    return options


def _decoded(data: Any, options: ParseOptions, encoding: str | None) -> DecodedPage:
    """The input as clean UTF-8 bytes (what the HTML parser is fed), and its text."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        _check_size(len(raw), options)
        return decode_to_utf8(raw, encoding)
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
    return isinstance(data, lxml.html.etree._Element)


def _is_soup(data: Any) -> bool:
    # Checked by name so that parse() does not import bs4's tree builder for every call.
    return any(cls.__name__ == "BeautifulSoup" and cls.__module__.startswith("bs4")
               for cls in type(data).__mro__)
