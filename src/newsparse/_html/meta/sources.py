"""Collect the page's metadata sources: one walk of lxml's C tag filter and one XPath query.

The elements a metadata source can live in are ``<meta>``, ``<link>``, ``<title>``, JSON-LD
scripts, ``<h1>``, ``<h2>``, ``<time>``, microdata (``itemprop``) and ``rel=author``; they are
gathered in document order, and their positions let later stages prefer what sits in the
article's header over a sidebar's look-alikes. Nothing is read from other scripts or from
styles.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any, cast

import attrs
import lxml.etree

from newsparse._html.blocks import NOT_RENDERED_TAGS
from newsparse._html.hints import hidden_by_attributes
from newsparse._native import kernels

# Byline-looking classes are not searched here: a class match over every element would cost
# more than the whole scan, so they are searched later, only around the article's heading
# (see page.py).
_SCAN_TAGS = ("meta", "link", "title", "script", "h1", "h2", "time")
_DC_PREFIX = re.compile(r"^(?:dc|dcterms?)\s*[.:]\s*")
# Elements that part the text around them (a heading's pieces are otherwise joined as
# they stand).
_SPACED_TAGS = frozenset(("br", "div", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td",
                          "th", "tr", "img", "figure", "section", "header", "ul", "ol"))


@attrs.frozen
class Placed:
    """An element and its position among the scanned elements (document order)."""

    order: int
    element: lxml.etree._Element


@attrs.define
class PageSources:
    """Every metadata source the page offers, gathered by :func:`collect_sources`."""

    #: ``<meta>`` values by lower-cased key (``property``, ``name``, ``itemprop`` or
    #: ``http-equiv``); where a key is given by ``property``, only those values.
    meta: dict[str, list[str]] = attrs.field(factory=dict)
    document_title: str | None = None
    jsonld_texts: list[str] = attrs.field(factory=list)
    headings: list[Placed] = attrs.field(factory=list)
    #: Positions of every ``<h1>`` and ``<h2>``: where a new section of the page starts.
    section_starts: list[int] = attrs.field(factory=list)
    times: list[Placed] = attrs.field(factory=list)
    #: Microdata elements (other than ``<meta>``) by itemprop name.
    itemprops: dict[str, list[Placed]] = attrs.field(factory=dict)
    rel_authors: list[Placed] = attrs.field(factory=list)
    canonical: str | None = None
    html_lang: str | None = None

    def first_meta(self, *keys: str) -> list[str]:
        """Non-empty values of the first of ``keys`` the page has."""
        for key in keys:
            values = [v for v in self.meta.get(key, ()) if v]
            if values:
                return values
        return []

    def meta_values(self, *keys: str) -> Iterator[str]:
        """Non-empty values of every one of ``keys``, key by key."""
        for key in keys:
            yield from (v for v in self.meta.get(key, ()) if v)


def select(
    path: lxml.etree.XPath, node: lxml.etree._Element,
    **variables: Any,
) -> list[lxml.etree._Element]:
    """The elements an element-selecting XPath returns (typed for the checker).

    ``variables`` bind XPath variables to node-sets (lists of elements).
    """
    result = path(node, **variables)
    if not isinstance(result, list):
        return []
    return [item for item in result if isinstance(item, lxml.etree._Element)]


def collect_sources(root: lxml.etree._Element) -> PageSources:
    """Gather the page's metadata sources in two C-level queries over the tree.

    The sources are those of the elements ``_SCAN_TAGS`` names (a ``<link>`` only with
    ``rel``, a ``<script>`` only with ``type``) and of any other element with ``itemprop`` or
    a ``rel`` that holds "author". Each kind of source keeps document order; positions
    (``Placed.order``, ``section_starts``) are only ever compared with one another, so they
    number just the elements that get one, in document order.
    """
    sources = PageSources(html_lang=root.get("lang") or root.get("xml:lang"))
    in_order = kernels.sources_in_order(
        root, _SCAN_TAGS, functools.partial(_read_tagged, sources=sources))
    for order, element in enumerate(in_order):
        tag = element.tag
        placed = Placed(order, element)
        if tag == "h1":
            sources.headings.append(placed)
            sources.section_starts.append(order)
        elif tag == "h2":
            sources.section_starts.append(order)
        elif tag == "time":
            sources.times.append(placed)
        _add_dom_roles(element, placed, sources)
    return sources


def _read_tagged(
    elements: Iterable[lxml.etree._Element], sources: PageSources
) -> list[lxml.etree._Element]:
    """Read the meta tags, links, JSON-LD scripts and title among ``elements`` into
    ``sources``; return the elements whose position matters (headings, times, microdata)."""
    by_name: dict[str, list[str]] = {}
    positioned: list[lxml.etree._Element] = []
    for element in elements:
        tag = element.tag
        if tag == "meta":
            _add_meta(element, sources.meta, by_name)
        elif tag == "script":
            kind = element.get("type")
            if kind is not None and "ld+json" in kind.lower() and element.text:
                sources.jsonld_texts.append(element.text)
        elif tag == "link":
            if element.get("rel") is not None:
                _add_link(element, sources)
                if element.get("itemprop"):  # microdata, but never rel=author, from a <link>
                    positioned.append(element)
        elif isinstance(tag, str):
            if tag == "title" and sources.document_title is None and not _in_svg(element):
                sources.document_title = " ".join("".join(map(str, element.itertext())).split())
            positioned.append(element)
        elif element.get("itemprop") is not None or "author" in (element.get("rel") or ""):
            positioned.append(element)  # a caller's <?pi itemprop="…"?>: pseudo-attributes
    # Where a key is given both ways, the RDFa ``property`` wins ("dc:title" over "DC.title").
    for key, values in by_name.items():
        sources.meta.setdefault(key, values)
    return positioned


def visible_text(element: lxml.etree._Element, max_chars: int | None) -> str:
    """The element's text as a reader sees it, white space squashed: what the body walk
    skips is skipped here too (scripts, styles, templates, SVG, form controls, and
    descendants that are hidden by ``hidden``, ``aria-hidden`` or an inline style). The
    element itself is read even when hidden: a reader chose it for what it declares (hidden
    microdata names the author). A caller's processing instruction or comment shows no
    text. Reading stops once past ``max_chars`` characters (None: no bound), so a large
    element costs little (``ParseOptions.meta_max_element_text_chars``)."""
    return _visible_text(element, None, cap=max_chars) or ""


def short_visible_text(element: lxml.etree._Element, limit: int) -> str | None:
    """``visible_text``, or None when the element shows more than ``limit`` characters of
    text: a byline or a date line is short, and a neighbour of the heading may be the
    whole story (counted as it is read, so a long one costs little)."""
    return _visible_text(element, limit, cap=limit)


def visible_heading_text(element: lxml.etree._Element, max_chars: int | None) -> str:
    """``visible_text`` with inline pieces joined as they stand, as a heading shows them
    ("Metroid</a>, One" is "Metroid, One"; "<span>C</span>ycle" is "Cycle"); a line
    break or a block between them is a space."""
    return _visible_text(element, None, cap=max_chars, joined=True) or ""


def _visible_text(element: lxml.etree._Element, limit: int | None, *, cap: int | None,
                  joined: bool = False) -> str | None:
    """The one reader of metadata text from the page: see :func:`visible_text`. None when
    more than ``limit`` characters show; reading stops past ``cap`` characters (None:
    reads all). ``joined``: pieces are joined as they stand, with a space only where a
    block or a line break parts them."""
    if not isinstance(element.tag, str):
        return ""
    parts: list[str] = []
    size = 0
    walker = lxml.etree.iterwalk(element, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event == "start":
            if node is not element and _not_shown(node):
                walker.skip_subtree()  # its end event follows, with its tail
                continue
            text = node.text
            if joined and node.tag in _SPACED_TAGS:
                parts.append(" ")
        elif node is element:  # its own end: its tail is not its text
            break
        else:  # the end of a descendant, or a comment or processing instruction
            text = node.tail
            if joined and node.tag in _SPACED_TAGS:
                parts.append(" ")
        if text:
            parts.append(text)
            size += len(text)
            if cap is not None and size > cap:
                if limit is not None:
                    return None
                break
    return " ".join((("" if joined else " ").join(parts)).split())


def not_shown(element: lxml.etree._Element) -> bool:
    """True for an element a reader does not see (see :func:`visible_text`)."""
    return _not_shown(element)


def _not_shown(element: lxml.etree._Element) -> bool:
    """True for what the body walk skips: a tag that never shows text, or a hidden
    element. A comment's or processing instruction's own text never shows either."""
    tag = element.tag
    if not isinstance(tag, str):
        return True
    if tag in NOT_RENDERED_TAGS:
        return True
    # An HTML tree's attribute names and values are str (bytes only in a bytes-built XML tree).
    items = cast("list[tuple[str, str]]", element.items())
    return bool(items) and hidden_by_attributes(items)


def is_inside(element: lxml.etree._Element, container: lxml.etree._Element) -> bool:
    """True when ``element`` is ``container`` or one of its descendants."""
    if element is container:
        return True
    return any(ancestor is container for ancestor in element.iterancestors())


def _add_meta(
    element: lxml.etree._Element,
    by_property: dict[str, list[str]],
    by_name: dict[str, list[str]],
) -> None:
    content = element.get("content")
    if content is None:
        return
    content = " ".join(content.split())
    prop = element.get("property")
    if prop:
        for key in prop.split():  # RDFa allows several: property="og:title dc:title"
            by_property.setdefault(_meta_key(key), []).append(content)
    for attribute in ("name", "itemprop", "http-equiv"):
        name = element.get(attribute)
        if name:
            for key in name.split():
                by_name.setdefault(_meta_key(key), []).append(content)


@functools.lru_cache(maxsize=1024)  # pages repeat the same few dozen keys
def _meta_key(key: str) -> str:
    return _DC_PREFIX.sub("dc.", key.strip().lower())


def _add_link(element: lxml.etree._Element, sources: PageSources) -> None:
    rel = (element.get("rel") or "").lower().split()
    if "canonical" in rel and sources.canonical is None:
        href = (element.get("href") or "").strip()
        sources.canonical = href or None


def _add_dom_roles(element: lxml.etree._Element, placed: Placed, sources: PageSources) -> None:
    """Microdata (other than ``<meta>``, read with the meta tags) and ``rel=author``."""
    itemprop = element.get("itemprop")
    if itemprop:
        for name in itemprop.split():
            sources.itemprops.setdefault(name, []).append(placed)
    if element.tag == "link":
        return
    rel = element.get("rel")
    if rel and "author" in rel.lower():
        sources.rel_authors.append(placed)


def _in_svg(element: lxml.etree._Element) -> bool:
    return any(ancestor.tag == "svg" for ancestor in element.iterancestors())
