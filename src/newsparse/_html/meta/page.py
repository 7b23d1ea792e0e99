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
from collections.abc import Iterable, Iterator, Sequence

import lxml.etree

from newsparse._html.meta.sources import (
    PageSources,
    Placed,
    is_inside,
    select,
    visible_heading_text,
)
from newsparse._html.meta.title import clean_heading
from newsparse._native import kernels
from newsparse._options import ParseOptions
from newsparse._reading.keys import site_key, title_key

# The heading search compares the same few texts many times.
_cached_title_key = functools.lru_cache(maxsize=1024)(title_key)

# The same few titles and headings are compared many times over a page.
_PRECEDING_H1 = lxml.etree.XPath("preceding::h1[1]")
# Class words of byline elements, and of date elements (searched in the lower-cased class).
_BYLINE_CLASS = re.compile("byline|author")
_CHROME_CLASS = re.compile(r"(?:nav|menu|is-hidden$|hidden$|sticky|masthead)")
_DATE_CLASS = re.compile("date|time|publish|posted")
# The words of a comment thread's class or id ("comments", "commentWrapper",
# "userComments", "commentlist"; not a feature flag's "chompcommentimages").
_COMMENT_WORDS = frozenset(("comment", "comments", "commentlist"))
_MARK_WORD = re.compile("[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# Class attributes under an element: libxml2 skips the elements without one.
# How far up from the heading the article header may reach, how many look-alike elements
# after the heading may still belong to it, and how many elements right above (or below)
# the heading may hold its byline or date: ParseOptions, ``meta_header_*``.


def find_heading(
    sources: PageSources,
    *,
    article_root: lxml.etree._Element | None,
    titles: Sequence[str],
    site_keys: Iterable[str],
    options: ParseOptions,
) -> Placed | None:
    """The heading that opens the article: in (or just before) the article region, else the
    ``<h1>`` (or ``itemprop=headline``) that agrees with a metadata title, else the first
    ``<h1>`` that is not the site's logo."""
    headings = _heading_elements(sources)
    wanted = {_cached_title_key(t) for t in titles if t}
    if article_root is not None:
        near = [h for h in headings if is_inside(h.element, article_root)]
        before = select(_PRECEDING_H1, article_root)
        near.extend(h for h in headings if before and h.element is before[0])
        # The region may hold a caption or a section heading before the real one: the
        # heading that agrees with the metadata wins, then the region's first.
        for placed in near:
            text = heading_text(placed.element, options)
            if text and _cached_title_key(text) in wanted:
                return placed
        if near:
            held = heading_a_title_holds(near, headings, article_root=article_root,
                                         wanted=wanted, site_keys=site_keys, options=options)
            return held or near[0]
    # A copy of the title in a sticky navigation bar comes first in the page, yet it is not
    # what opens the article.
    chrome_levels = options.meta_chrome_levels
    texts = sorted(((placed, heading_text(placed.element, options)) for placed in headings),
                   key=lambda pair: _in_chrome(pair[0].element, chrome_levels))
    for placed, text in texts:
        if text and _cached_title_key(text) in wanted:
            return placed
    for placed, text in texts:
        if text and any(_cached_title_key(text) and _cached_title_key(text) in w for w in wanted):
            return placed
    keys = set(site_keys)
    for placed, text in texts:
        if text and len(text.split()) >= 2 and site_key(text) not in keys:
            return placed
    return None


def heading_a_title_holds(
    near: Sequence[Placed],
    headings: Sequence[Placed],
    *,
    article_root: lxml.etree._Element,
    wanted: set[str],
    site_keys: Iterable[str],
    options: ParseOptions,
) -> Placed | None:
    """The heading a metadata title (or the ``<title>``) holds whole, of two words or more
    ("The Final Chapter?" in "The Final Chapter? - 1/21/2008 - Broadcasting & Cable"):
    the first such among the region's headings (``near``), past a section heading or a
    caption that opens the region; else, when no heading stands inside the region (``near``
    is only the ``<h1>`` before it, which may be a sidebar's "Also by this author"), the
    first such on the page that is not the site's name. None when there is none."""
    for placed in near:
        if _held(placed, wanted, options):
            return placed
    if any(is_inside(placed.element, article_root) for placed in near):
        return None
    keys = set(site_keys)
    for placed in headings:
        if _held(placed, wanted, options) and site_key(
                heading_text(placed.element, options) or "") not in keys:
            return placed
    return None


def _held(placed: Placed, wanted: set[str], options: ParseOptions) -> bool:
    """True when one of the ``wanted`` title keys holds the heading's, of two words or more."""
    text = heading_text(placed.element, options)
    key = _cached_title_key(text) if text else ""
    return len(key.split()) >= _MIN_HELD_WORDS and any(key in title for title in wanted)


# A heading of one word ("News", "Sports") is held by many a title: it says nothing.
_MIN_HELD_WORDS = 2


def heading_text(element: lxml.etree._Element, options: ParseOptions) -> str | None:
    """The heading's visible text, or None when it is empty, shorter than
    ``options.meta_min_heading_chars`` or longer than ``options.meta_max_heading_chars``."""
    text = clean_heading(visible_heading_text(element, options.meta_max_element_text_chars))
    if not text or not options.meta_min_heading_chars <= len(text) <= (
            options.meta_max_heading_chars):
        return None
    return text


def _in_chrome(element: lxml.etree._Element, levels: int) -> bool:
    """True when the element sits in navigation, a menu or a hidden block (one of its
    ``levels`` nearest ancestors says so)."""
    for depth, ancestor in enumerate(element.iterancestors()):
        if depth >= levels:
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
    options: ParseOptions,
    section_starts: Sequence[int] = (),
) -> list[Placed]:
    """The candidates that belong to the article's header, nearest first.

    Those after the heading that are within its header block (a few levels of its
    ancestors, never the whole page) or before the next ``<h1>``/``<h2>`` (``section_starts``
    are their positions), then those inside the article region; with neither a heading nor
    a region, the first few of the page (``options.meta_header_reach`` of each).
    """
    found: list[Placed] = []
    reach = options.meta_header_reach
    if heading is not None:
        blocks = header_blocks(heading.element, options)
        section_end = next((at for at in section_starts if at > heading.order), None)
        # The section bound counts when there is one, or when the heading sits right in
        # <body> (a flat page has no header block).
        use_section = section_end is not None or not blocks
        found.extend([
            c for c in candidates
            if c.order > heading.order and (
                (use_section and (section_end is None or c.order < section_end))
                or any(is_inside(c.element, block) for block in blocks))
        ][:reach])
    if article_root is not None:
        inside = [c for c in candidates if is_inside(c.element, article_root)]
        found.extend(c for c in inside[:reach] if c not in found)
    if heading is None and article_root is None:
        found = list(candidates[:reach])
    return found


def header_blocks(
    heading: lxml.etree._Element, options: ParseOptions
) -> list[lxml.etree._Element]:
    """The heading's nearest ancestors (``options.meta_header_levels``), innermost first,
    short of ``<body>``."""
    blocks: list[lxml.etree._Element] = []
    levels = options.meta_header_levels
    for ancestor in heading.iterancestors():
        if ancestor.tag in ("body", "html") or len(blocks) >= levels:
            break
        blocks.append(ancestor)
    return blocks


def heading_byline_elements(
    heading: Placed | None, options: ParseOptions
) -> list[lxml.etree._Element]:
    """Byline-classed elements in the heading's own header block, after it, else right
    above it: where the byline shown with this story stands (not a sidebar's or a
    comment's, which the region search may also reach)."""
    return [] if heading is None else _in_heading_block(heading.element, _BYLINE_CLASS,
                                                        options)


def header_byline_elements(
    heading: Placed | None, article_root: lxml.etree._Element | None, options: ParseOptions
) -> list[lxml.etree._Element]:
    """Elements whose class says byline/author in the article header, nearest first."""
    return _header_elements(_BYLINE_CLASS, heading, article_root, options)


def heading_neighbours(
    heading: Placed | None, options: ParseOptions
) -> list[lxml.etree._Element]:
    """The few elements right after the heading, then right above it, in its own block:
    where a header line such as "Von X, publiziert am 25. September 2018" sits when its
    class says nothing."""
    if heading is None:
        return []
    element = heading.element
    siblings = options.meta_neighbour_siblings
    return [
        *itertools.islice(element.itersiblings(lxml.etree.Element), siblings),
        *itertools.islice(element.itersiblings(lxml.etree.Element, preceding=True), siblings),
    ]


def header_date_elements(
    heading: Placed | None, article_root: lxml.etree._Element | None, options: ParseOptions
) -> list[lxml.etree._Element]:
    """Elements whose class says date/time/published in the article header, nearest first."""
    return _header_elements(_DATE_CLASS, heading, article_root, options)


def _header_elements(
    words: re.Pattern[str],
    heading: Placed | None,
    article_root: lxml.etree._Element | None,
    options: ParseOptions,
) -> list[lxml.etree._Element]:
    """Elements whose class holds one of ``words`` in the article header: searched after the
    heading within a few levels of its ancestors (the header block), stopping at the next
    section heading; then in the article region."""
    found: list[lxml.etree._Element] = []
    if heading is not None:
        found.extend(hit for hit in _in_heading_block(heading.element, words, options)
                     if not in_comments(hit, None))
    if article_root is not None and len(found) < options.meta_header_reach:
        skip = article_root if heading is None else heading.element
        found.extend(hit for hit in _class_matches(article_root, words, skip=skip,
                                                   reach=options.meta_header_reach)
                     if hit not in found and not in_comments(hit, article_root))
    return found


def in_comments(element: lxml.etree._Element, container: lxml.etree._Element | None) -> bool:
    """True when ``element`` sits in a comment thread inside ``container`` (an ancestor
    below it whose class or id says comment): a commenter's "by" line is no byline of the
    story, though a region may take the thread in."""
    for ancestor in element.iterancestors():
        if ancestor is container or ancestor.tag in ("body", "html"):
            return False
        marks = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"
        if "omment" in marks and any(word.lower() in _COMMENT_WORDS
                                     for word in _MARK_WORD.findall(marks)):
            return True
    return False


def _in_heading_block(heading: lxml.etree._Element, words: re.Pattern[str],
                      options: ParseOptions) -> list[lxml.etree._Element]:
    """Matches after the heading in its header block, else right above it."""
    return (_after_heading(heading, words, options)
            or _just_before_heading(heading, words, options))


def _after_heading(heading: lxml.etree._Element, words: re.Pattern[str],
                   options: ParseOptions) -> list[lxml.etree._Element]:
    """Up to ``options.meta_header_reach`` matches after the heading, all in the innermost
    header block that has any, cut at the next ``<h1>``/``<h2>`` that is not itself a match.

    Searching each block in turn, innermost first, gives the same: the matches after the
    heading in a block come first among those in the blocks around it (document order), so
    the first match says which block answers, and a section heading that cuts one block's
    search cuts the outer ones' as well.
    """
    parent = heading.getparent()
    blocks = header_blocks(heading, options) or ([parent] if parent is not None else [])
    reach = options.meta_header_reach
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
            if len(after) >= reach:
                return after
    return after


def _just_before_heading(heading: lxml.etree._Element, words: re.Pattern[str],
                         options: ParseOptions) -> list[lxml.etree._Element]:
    """Matches in the few elements right above the heading in its own block ("Von Moritz
    Bachmann, publiziert am 25. September 2018" over the title), nearest first; a sidebar
    or a menu before the article sits in another block."""
    found: list[lxml.etree._Element] = []
    reach = options.meta_header_reach
    for sibling in itertools.islice(heading.itersiblings(lxml.etree.Element, preceding=True),
                                    options.meta_neighbour_siblings):
        if sibling.tag in ("h1", "h2"):
            break
        for element in sibling.iter(lxml.etree.Element):
            css = element.get("class")
            if css is not None and element.tag != "input" and words.search(css.lower()):
                found.append(element)
                if len(found) >= reach:
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
    container: lxml.etree._Element, words: re.Pattern[str], *, skip: lxml.etree._Element,
    reach: int,
) -> list[lxml.etree._Element]:
    """The first ``reach`` elements below ``container`` whose class holds one of
    ``words`` (never ``skip`` nor an ``<input>``), in document order."""
    classes, element_at = kernels.class_values(container)
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
            if len(hits) >= reach:
                break
    return hits


def _heading_elements(sources: PageSources) -> list[Placed]:
    placed = list(sources.headings)
    placed.extend(p for p in sources.itemprops.get("headline", ())
                  if p.element.tag != "h1")
    placed.sort(key=lambda p: p.order)
    return placed
