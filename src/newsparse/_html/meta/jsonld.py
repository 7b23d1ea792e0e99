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
from collections.abc import Iterator
from typing import Any

import attrs

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
# Bounds: a page's JSON-LD is small; a huge block is an embedded data dump, not metadata.
_MAX_BLOCK_CHARS = 2_000_000
_MAX_OBJECTS = 200
_MAX_DEPTH = 6
# strict=False: raw newlines inside strings. A decoder holds no state between calls.
_DECODER = json.JSONDecoder(strict=False)


@attrs.frozen
class JsonLdNode:
    """One schema.org object of a JSON-LD block, with its lower-cased types."""

    types: frozenset[str]
    data: dict[str, Any]


def read_blocks(texts: list[str]) -> list[JsonLdNode]:
    """Every typed object of the given JSON-LD script texts, in document order.

    Objects are collected at the top level, in ``@graph`` arrays, in lists, and as the
    ``mainEntity`` of a page object.
    """
    nodes: list[JsonLdNode] = []
    for text in texts:
        for value in _decode(text):
            for node in _walk(value, 0):
                nodes.append(node)
                if len(nodes) >= _MAX_OBJECTS:
                    return nodes
    return nodes


def text_value(value: Any) -> str | None:
    """A schema.org text value as plain text: unescaped, white space squashed."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if not isinstance(value, str):
        return None
    text = " ".join(html.unescape(value).split())
    return text or None


def names_of(value: Any) -> list[tuple[str, str | None]]:
    """``(name, type)`` for each person or organisation in an author-like value.

    Authors are given as a string, an object or a list of either; ``type`` is the object's
    lower-cased ``@type`` ("person", "organization", …), None when untyped.
    """
    items = value if isinstance(value, list) else [value]
    found: list[tuple[str, str | None]] = []
    for item in items:
        if isinstance(item, str):
            name = text_value(item)
            if name:
                found.append((name, None))
        elif isinstance(item, dict):
            name = text_value(item.get("name"))
            if name:
                types = _types(item)
                found.append((name, "person" if "person" in types else min(types, default=None)))
    return found


def _decode(text: str) -> Iterator[Any]:
    text = text.strip()
    if not text or len(text) > _MAX_BLOCK_CHARS:
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
        values = _decode_all(_TRAILING_COMMA.sub(r"\1", html.unescape(text)))
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
        except ValueError:
            return values or None
        values.append(value)
    return values


def _walk(value: Any, depth: int) -> Iterator[JsonLdNode]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk(item, depth + 1)
        return
    if not isinstance(value, dict):
        return
    types = _types(value)
    if types:
        yield JsonLdNode(types=types, data=value)
    graph = value.get("@graph")
    if graph is not None:
        yield from _walk(graph, depth + 1)
    if types & PAGE_TYPES:
        main = value.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _walk(main, depth + 1)


def _types(value: dict[str, Any]) -> frozenset[str]:
    raw = value.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    found = set()
    for item in items:
        if isinstance(item, str) and item:
            # "schema:NewsArticle", "http://schema.org/NewsArticle" → "newsarticle"
            found.add(item.rsplit("/", 1)[-1].rsplit(":", 1)[-1].casefold())
    return frozenset(found)
