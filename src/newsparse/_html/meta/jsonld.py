"""JSON-LD: the article object(s) of ``<script type="application/ld+json">`` blocks.

Pages write JSON-LD carelessly: CDATA wrappers, trailing commas, raw newlines inside strings,
HTML-escaped content, several objects in one block, ``@graph`` arrays, lists of objects. Each
block is read as leniently as it can be; a block that still cannot be read is ignored (it is
the page's fault, not the caller's, and the other sources remain).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import lxml.etree
import lxml.html

from newsparse._html.meta.sources import visible_text
from newsparse._input.decode import drop_controls
from newsparse._options import ParseOptions

# Schema.org types whose headline is the page's title and whose author wrote the page.
ARTICLE_TYPES = frozenset(
    t.casefold() for t in (
        "Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
        "BackgroundNewsArticle ReviewNewsArticle AskPublicNewsArticle SatiricalArticle "
        "BlogPosting LiveBlogPosting SocialMediaPosting DiscussionForumPosting Report "
        "ScholarlyArticle TechArticle APIReference MedicalScholarlyArticle "
        "AdvertiserContentArticle Posting ClaimReview CriticReview"
    ).split()
)
# Types that describe the page itself: their name is a fallback title.
PAGE_TYPES = frozenset(
    t.casefold() for t in (
        "WebPage ItemPage CollectionPage AboutPage QAPage FAQPage MedicalWebPage ImageGallery "
        "VideoGallery"
    ).split()
)
SITE_TYPES = frozenset(
    t.casefold() for t in
    "Organization NewsMediaOrganization WebSite Corporation OnlineBusiness".split()
)

_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
# strict=False: raw newlines inside strings. A decoder holds no state between calls.
_DECODER = json.JSONDecoder(strict=False)
# A numeric character reference of many digits: html.unescape would refuse to convert
# them (Python's limit on int digits), even when most are leading zeros.
_LONG_REFERENCE = re.compile(r"&#(?:([xX])([0-9a-fA-F]{8,})|([0-9]{8,}));?")
# Digits of the largest code point, U+10FFFF: a number of more is no character.
_MAX_REFERENCE_DIGITS = 7
# A tag in a text value ("Bridge <em>closed</em>"): the value is markup, read as a page is.
_TAG = re.compile(r"<[A-Za-z/!?][^<>]*>")
_FRAGMENT_PARSER = lxml.html.HTMLParser(
    recover=True, no_network=True, remove_comments=True, remove_pis=True
)


@attrs.frozen
class JsonLdNode:
    """One schema.org object of a JSON-LD block, with its lower-cased types."""

    types: frozenset[str]
    data: dict[str, Any]


def read_blocks(texts: list[str], options: ParseOptions) -> list[JsonLdNode]:
    """Every typed object of the given JSON-LD script texts, in document order.

    Objects are collected at the top level, in ``@graph`` arrays, in lists, and as the
    ``mainEntity`` of a page object, within the bounds of ``options`` (a page's JSON-LD is
    small: a huge block is an embedded data dump, not metadata).
    """
    max_chars, max_depth = options.meta_max_jsonld_chars, options.meta_max_jsonld_depth
    max_objects = options.meta_max_jsonld_objects
    nodes: list[JsonLdNode] = []
    for text in texts:
        for value in _decode(text, max_chars):
            for node in _walk(value, 0, max_depth):
                nodes.append(node)
                if len(nodes) >= max_objects:
                    return nodes
    return nodes


def text_value(value: Any) -> str | None:
    """A schema.org text value as plain text: unescaped, white space squashed. A template's
    placeholder for a value it did not have ("undefined", "null") is no value."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if not isinstance(value, str):
        return None
    text = plain_text(value)
    return text if text and text.casefold() not in _PLACEHOLDERS else None


# What a script writes where a value was missing: JavaScript's and Python's empty values.
_PLACEHOLDERS = frozenset(("undefined", "null", "none", "nan", "[object object]"))


def plain_text(value: str) -> str:
    """A metadata string as the text a reader would see: tags stripped (what they hide or
    never render dropped with them), entities decoded once, control characters dropped,
    white space squashed."""
    value = drop_controls(value)  # JSON escapes ("\u001b") give any character
    if _TAG.search(value):
        try:
            fragment = lxml.html.fragment_fromstring(value, create_parent="div",
                                                     parser=_FRAGMENT_PARSER)
        except (lxml.etree.LxmlError, ValueError):  # nothing a parser can read: no text
            return ""
        # A value is as long as the JSON-LD it is in allows (``meta_max_jsonld_chars``).
        text = visible_text(fragment, None)
    else:
        text = unescape(value)
    return drop_controls(" ".join(text.split()))  # references decoded ("&#27;")


def unescape(text: str) -> str:
    """``html.unescape``, with numeric references of many digits read without raising."""
    if "&" not in text:
        return text
    return html.unescape(_LONG_REFERENCE.sub(_short_reference, text))


def _short_reference(match: re.Match[str]) -> str:
    """A long numeric reference without its leading zeros, or U+FFFD (as the HTML parser
    reads it) when it is still too long for any character."""
    digits = (match[2] or match[3]).lstrip("0") or "0"
    if len(digits) > _MAX_REFERENCE_DIGITS:
        return "\ufffd"
    return f"&#{match[1] or ''}{digits};"


def names_of(value: Any, by_id: Mapping[str, dict[str, Any]] | None = None
             ) -> list[tuple[str, str | None]]:
    """``(name, type)`` for each person or organisation in an author-like value.

    Authors are given as a string, an object or a list of either; ``type`` is the object's
    lower-cased ``@type`` ("person", "organization", …), None when untyped. An object that
    only refers to another (``{"@id": "…#person"}``, as graphs write it) is read from
    ``by_id`` (:func:`objects_by_id`).
    """
    items = value if isinstance(value, list) else [value]
    found: list[tuple[str, str | None]] = []
    for item in items:
        if isinstance(item, str):
            name = text_value(item)
            if name:
                found.append((name, None))
        elif isinstance(item, dict):
            named = (by_id.get(item["@id"], item) if by_id and "name" not in item
                     and isinstance(item.get("@id"), str) else item)
            name = text_value(named.get("name"))
            if name:
                types = _types(named)
                found.append((name, "person" if "person" in types else min(types, default=None)))
    return found


def objects_by_id(nodes: list[JsonLdNode]) -> dict[str, dict[str, Any]]:
    """The page's named objects by their ``@id``, the first of each, to resolve a reference."""
    found: dict[str, dict[str, Any]] = {}
    for node in nodes:
        key = node.data.get("@id")
        if isinstance(key, str) and "name" in node.data:
            found.setdefault(key, node.data)
    return found


def _decode(text: str, max_chars: int) -> Iterator[Any]:
    text = text.strip()
    if not text or len(text) > max_chars:
        return
    if "<![CDATA[" in text or "]]>" in text:  # the pattern scans the whole block: only if needed
        text = _CDATA.sub("", text).strip()
    values = _decode_all(text)
    if values is None:
        values = _decode_all(_TRAILING_COMMA.sub(r"\1", text))
    if values is not None:
        yield from values
        return
    if "&" in text:
        values = _decode_all(_TRAILING_COMMA.sub(r"\1", unescape(text)))
        if values is not None:
            yield from values


def _decode_all(text: str) -> list[Any] | None:
    """Every JSON value in ``text`` (some pages put several objects in one block)."""
    values: list[Any] = []
    position, end = 0, len(text)
    while position < end:
        while position < end and text[position] in " \t\r\n;,":
            position += 1
        if position >= end:
            break
        try:
            value, position = _DECODER.raw_decode(text, position)
        except (ValueError, RecursionError):  # RecursionError: arrays or objects nested
            return values or None  # past Python's recursion limit ("[[[[…")
        values.append(value)
    return values


def _walk(value: Any, depth: int, max_depth: int) -> Iterator[JsonLdNode]:
    if depth > max_depth:
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk(item, depth + 1, max_depth)
        return
    if not isinstance(value, dict):
        return
    types = _types(value)
    if types:
        yield JsonLdNode(types=types, data=value)
    graph = value.get("@graph")
    if graph is not None:
        yield from _walk(graph, depth + 1, max_depth)
    if types & PAGE_TYPES:
        main = value.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _walk(main, depth + 1, max_depth)


def _types(value: dict[str, Any]) -> frozenset[str]:
    raw = value.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    found = set()
    for item in items:
        if isinstance(item, str) and item:
            # "schema:NewsArticle", "http://schema.org/NewsArticle" → "newsarticle"
            found.add(item.rsplit("/", 1)[-1].rsplit(":", 1)[-1].casefold())
    return frozenset(found)
