"""On-page sources: the heading that opens the article and what sits in its header.

Sidebars, related-story lists and comment threads repeat the shapes of an article header (a
heading, a "By" line, a ``<time>``), so on-page sources are read relative to the article:
inside the article region when the content extractor found one, else just after the heading
that opens the article.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

import lxml.etree

from newsparse._html.meta.sources import (
    PageSources,
    Placed,
    is_inside,
    select,
    visible_heading_text,
)
from newsparse._html.meta.title import clean_heading
from newsparse._html.meta.title import comparable as _comparable_text
from newsparse._native import native
from newsparse._reading.keys import site_key

# The same few titles and headings are compared many times over a page.
comparable = functools.lru_cache(maxsize=1024)(_comparable_text)
_PRECEDING_H1 = lxml.etree.XPath("preceding::h1[1]")
# Class words of byline elements, and of date elements (searched in the lower-cased class).
_BYLINE_CLASS = re.compile("byline|author")
_CHROME_CLASS = re.compile(r"(?:nav|menu|is-hidden$|hidden$|sticky|masthead)")
_CHROME_DEPTH = 8
_DATE_CLASS = re.compile("date|time|publish|posted")
# Class attributes under an element: libxml2 skips the elements without one.
_CLASSES = lxml.etree.XPath("descendant::*/@class")
# How far up from the heading the article header may reach.
_HEADER_LEVELS = 3
# How many look-alike elements after the heading may still belong to the article header.
_HEADER_REACH = 4
# How many elements right above (or below) the heading may hold its byline or date.
_NEIGHBOUR_SIBLINGS = 2
_MIN_HEADING_CHARS = 4
_MAX_HEADING_CHARS = 400


def find_heading(
    sources: PageSources,
    *,
    article_root: lxml.etree._Element | None,
    titles: Sequence[str],
    site_keys: Iterable[str],
) -> Placed | None:
    """The heading that opens the article: in (or just before) the article region, else the
    ``<h1>`` (or ``itemprop=headline``) that agrees with a metadata title, else the first
    ``<h1>`` that is not the site's logo."""
    headings = _heading_elements(sources)
    wanted = {comparable(t) for t in titles if t}
    if article_root is not None:
        near = [h for h in headings if is_inside(h.element, article_root)]
        before = select(_PRECEDING_H1, article_root)
        near.extend(h for h in headings if before and h.element is before[0])
        # The region may hold a caption or a section heading before the real one: the
        # heading that agrees with the metadata wins, then the region's first.
        for placed in near:
            text = heading_text(placed.element)
            if text and comparable(text) in wanted:
                return placed
        if near:
            return near[0]
    # A copy of the title in a sticky navigation bar comes first in the page, yet it is not
    # what opens the article.
    texts = sorted(((placed, heading_text(placed.element)) for placed in headings),
                   key=lambda pair: _in_chrome(pair[0].element))
    for placed, text in texts:
        if text and comparable(text) in wanted:
            return placed
    for placed, text in texts:
        if text and any(comparable(text) and comparable(text) in w for w in wanted):
            return placed
    keys = set(site_keys)
    for placed, text in texts:
        if text and len(text.split()) >= 2 and site_key(text) not in keys:
            return placed
    return None


def heading_text(element: lxml.etree._Element) -> str | None:
    """The heading's visible text, or None when it is empty or implausibly long."""
    text = clean_heading(visible_heading_text(element))
    if not text or not _MIN_HEADING_CHARS <= len(text) <= _MAX_HEADING_CHARS:
        return None
    return text


def _in_chrome(element: lxml.etree._Element) -> bool:
    """True when the element sits in navigation, a menu or a hidden block."""
    for depth, ancestor in enumerate(element.iterancestors()):
        if depth >= _CHROME_DEPTH:
            break
        if ancestor.tag == "nav":
            return True
        tokens = (ancestor.get("class") or "").lower().split()
        if any(_CHROME_CLASS.match(token) for token in tokens):
            return True
    return False


def in_article_header(
    candidates: Sequence[Placed],
    *,
    heading: Placed | None,
    article_root: lxml.etree._Element | None,
    section_starts: Sequence[int] = (),
) -> list[Placed]:
    """The candidates that belong to the article's header, nearest first.

    Those after the heading that are within its header block (a few levels of its
    ancestors, never the whole page) or before the next ``<h1>``/``<h2>`` (``section_starts``
    are their positions), then those inside the article region; with neither a heading nor
    a region, the first few of the page.
    """
    found: list[Placed] = []
    if heading is not None:
        blocks = header_blocks(heading.element)
        section_end = next((at for at in section_starts if at > heading.order), None)
        # The section bound counts when there is one, or when the heading sits right in
        # <body> (a flat page has no header block).
        use_section = section_end is not None or not blocks
        found.extend([
            c for c in candidates
            if c.order > heading.order and (
                (use_section and (section_end is None or c.order < section_end))
                or any(is_inside(c.element, block) for block in blocks))
        ][:_HEADER_REACH])
    if article_root is not None:
        inside = [c for c in candidates if is_inside(c.element, article_root)]
        found.extend(c for c in inside[:_HEADER_REACH] if c not in found)
    if heading is None and article_root is None:
        found = list(candidates[:_HEADER_REACH])
    return found


def header_blocks(heading: lxml.etree._Element) -> list[lxml.etree._Element]:
    """The heading's nearest ancestors, innermost first, short of ``<body>``."""
    blocks: list[lxml.etree._Element] = []
    for ancestor in heading.iterancestors():
        if ancestor.tag in ("body", "html") or len(blocks) >= _HEADER_LEVELS:
            break
        blocks.append(ancestor)
    return blocks


def heading_byline_elements(heading: Placed | None) -> list[lxml.etree._Element]:
    """Byline-classed elements in the heading's own header block, after it, else right
    above it: where the byline shown with this story stands (not a sidebar's or a
    comment's, which the region search may also reach)."""
    return [] if heading is None else _in_heading_block(heading.element, _BYLINE_CLASS)


def header_byline_elements(
    heading: Placed | None, article_root: lxml.etree._Element | None
) -> list[lxml.etree._Element]:
    """Elements whose class says byline/author in the article header, nearest first."""
    return _header_elements(_BYLINE_CLASS, heading, article_root)


def heading_neighbours(heading: Placed | None) -> list[lxml.etree._Element]:
    """The few elements right after the heading, then right above it, in its own block:
    where a header line such as "Von X, publiziert am 25. September 2018" sits when its
    class says nothing."""
    if heading is None:
        return []
    element = heading.element
    return [
        *itertools.islice(element.itersiblings(lxml.etree.Element), _NEIGHBOUR_SIBLINGS),
        *itertools.islice(element.itersiblings(lxml.etree.Element, preceding=True),
                          _NEIGHBOUR_SIBLINGS),
    ]


def header_date_elements(
    heading: Placed | None, article_root: lxml.etree._Element | None
) -> list[lxml.etree._Element]:
    """Elements whose class says date/time/published in the article header, nearest first."""
    return _header_elements(_DATE_CLASS, heading, article_root)


def _header_elements(
    words: re.Pattern[str],
    heading: Placed | None,
    article_root: lxml.etree._Element | None,
) -> list[lxml.etree._Element]:
    """Elements whose class holds one of ``words`` in the article header: searched after the
    heading within a few levels of its ancestors (the header block), stopping at the next
    section heading; then in the article region."""
    found: list[lxml.etree._Element] = []
    if heading is not None:
        found.extend(_in_heading_block(heading.element, words))
    if article_root is not None and len(found) < _HEADER_REACH:
        skip = article_root if heading is None else heading.element
        found.extend(hit for hit in _class_matches(article_root, words, skip=skip)
                     if hit not in found)
    return found


def _in_heading_block(heading: lxml.etree._Element, words: re.Pattern[str]
                      ) -> list[lxml.etree._Element]:
    """Matches after the heading in its header block, else right above it."""
    return _after_heading(heading, words) or _just_before_heading(heading, words)


def _after_heading(heading: lxml.etree._Element, words: re.Pattern[str]
                   ) -> list[lxml.etree._Element]:
    """Up to ``_HEADER_REACH`` matches after the heading, all in the innermost header block
    that has any, cut at the next ``<h1>``/``<h2>`` that is not itself a match.

    Searching each block in turn, innermost first, gives the same: the matches after the
    heading in a block come first among those in the blocks around it (document order), so
    the first match says which block answers, and a section heading that cuts one block's
    search cuts the outer ones' as well.
    """
    parent = heading.getparent()
    blocks = header_blocks(heading) or ([parent] if parent is not None else [])
    # The heading's subtitle ("<h1>Title</h1><h2>Its deck</h2>") belongs to the header.
    subtitle = heading.getnext()
    after: list[lxml.etree._Element] = []
    level = 0
    for depth, elements in enumerate(_following(heading, blocks)):
        if after and depth > level:
            break  # out of the block the first match is in
        for element in elements:
            css = element.get("class")
            if css is None or element.tag == "input" or not words.search(css.lower()):
                if element.tag in ("h1", "h2") and element is not subtitle:
                    return after  # the next section of the page: a related story, a comment
                continue
            if not after:
                level = depth
            after.append(element)
            if len(after) >= _HEADER_REACH:
                return after
    return after


def _just_before_heading(heading: lxml.etree._Element, words: re.Pattern[str]
                         ) -> list[lxml.etree._Element]:
    """Matches in the few elements right above the heading in its own block ("Von Moritz
    Bachmann, publiziert am 25. September 2018" over the title), nearest first; a sidebar
    or a menu before the article sits in another block."""
    found: list[lxml.etree._Element] = []
    for sibling in itertools.islice(
            heading.itersiblings(lxml.etree.Element, preceding=True), _NEIGHBOUR_SIBLINGS):
        if sibling.tag in ("h1", "h2"):
            break
        for element in sibling.iter(lxml.etree.Element):
            css = element.get("class")
            if css is not None and element.tag != "input" and words.search(css.lower()):
                found.append(element)
                if len(found) >= _HEADER_REACH:
                    return found
    return found


def _following(
    heading: lxml.etree._Element, blocks: list[lxml.etree._Element]
) -> list[Iterator[lxml.etree._Element]]:
    """The elements after ``heading`` in document order, within the outermost of ``blocks``
    (its nearest ancestors, innermost first): for each block, those in it and in no inner
    block (the heading's own descendants go with the innermost). Each is read lazily."""
    if not blocks:
        return []
    levels: list[Iterator[lxml.etree._Element]] = []
    inner: Iterator[lxml.etree._Element] = heading.iterdescendants(lxml.etree.Element)
    node = heading
    for block in blocks:
        siblings = node.itersiblings(lxml.etree.Element)
        levels.append(itertools.chain(
            inner, itertools.chain.from_iterable(s.iter(lxml.etree.Element) for s in siblings)))
        inner = iter(())
        node = block
    return levels


def _class_matches(
    container: lxml.etree._Element, words: re.Pattern[str], *, skip: lxml.etree._Element
) -> list[lxml.etree._Element]:
    """The first ``_HEADER_REACH`` elements below ``container`` whose class holds one of
    ``words`` (never ``skip`` nor an ``<input>``), in document order."""
    classes, element_at = _classes_below(container)
    if not classes:
        return []
    # One search through all the classes, lower-cased at once: a NUL (which no attribute
    # holds) ends each, so no match spans two and counting them tells whose class matched.
    lowered = "\0".join(classes).lower()
    hits: list[lxml.etree._Element] = []
    index, counted, last = 0, 0, -1
    for match in words.finditer(lowered):
        index += lowered.count("\0", counted, match.start())
        counted = match.start()
        if index == last:
            continue
        last = index
        element = element_at(index)
        if element is not None and element is not skip and element.tag != "input":
            hits.append(element)
            if len(hits) >= _HEADER_REACH:
                break
    return hits


def _classes_below(
    container: lxml.etree._Element,
) -> tuple[list[str], Callable[[int], lxml.etree._Element | None]]:
    """The class values of the elements below ``container`` in document order, and a way
    to get the element of the i-th (the C module's, else an XPath's smart strings)."""
    if native is not None:
        return native.class_values(container), functools.partial(native.class_element,
                                                                  container)
    found = _CLASSES(container)
    smart = [value for value in found if isinstance(value, str)] if isinstance(
        found, list) else []

    def element_at(index: int) -> lxml.etree._Element | None:
        value = smart[index]
        return value.getparent() if isinstance(value, lxml.etree._ElementUnicodeResult) else None

    return [str(value) for value in smart], element_at


def _heading_elements(sources: PageSources) -> list[Placed]:
    placed = list(sources.headings)
    placed.extend(p for p in sources.itemprops.get("headline", ())
                  if p.element.tag != "h1")
    placed.sort(key=lambda p: p.order)
    return placed
