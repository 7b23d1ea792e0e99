"""Whether a chrome-hinted element counts as chrome where the region is chosen.

A chrome hint (class "share", tag nav, …) only counts on an element that holds a minority
of the page's prose, so a page-wide wrapper named "sidebar-layout" does not turn the whole
page into chrome; reader comments stay chrome whatever they weigh, and so does a
chrome-named element standing beside the page's content (:func:`_beside_content`). An
element named for content and chrome at once needs less prose to be chrome
(:func:`_named_content_too`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

import lxml.etree

from newsparse._html import threads
from newsparse._html.blocks import Block
from newsparse._html.hints import attribute_hints, tag_hints
from newsparse._native.bits import CHROME
from newsparse._native.interface import ElementValues
from newsparse._options import ParseOptions


def chrome_test(
    blocks: Sequence[Block],
    promised: set[lxml.etree._Element],
    prose: ElementValues,
    cuts: tuple[float, float],
    options: ParseOptions,
) -> Callable[[lxml.etree._Element], bool]:
    """Whether a chrome-hinted element counts as chrome: it holds a minority of the
    page's prose, names reader comments, or stands beside the page's content."""
    beside: dict[lxml.etree._Element, bool] = {}
    chrome_named: set[lxml.etree._Element] = set()  # filled on first need
    chrome_cut, mixed_cut = cuts

    def is_chrome(element: lxml.etree._Element) -> bool:
        if element.get("id") and _named_by_its_heading(element):
            return False
        held = prose.get(element, 0.0)
        if _named_content_too(element, promised):
            return held < mixed_cut or threads.names_comments(element)
        if held < chrome_cut or threads.names_comments(element):
            return True
        verdict = beside.get(element)
        if verdict is None:
            if not chrome_named:
                for chain in {id(b.chrome_chain): b.chrome_chain for b in blocks}.values():
                    chrome_named.update(chain)
            verdict = beside[element] = _beside_content(
                element, promised, prose, chrome_named, options.html_beside_content_share
            )
        return verdict

    return is_chrome


_HEADINGS: Final = ("h1", "h2", "h3", "h4", "h5", "h6")
_NOT_IN_SLUG: Final = re.compile(r"[^a-z0-9]+")
# The longest prefix an editor puts before a heading's words in its anchor ("h-", "toc-").
_MAX_ANCHOR_PREFIX: Final = 5


def _named_by_its_heading(element: lxml.etree._Element) -> bool:
    """True when the element's chrome hint comes from an id of two words or more that
    spells its heading ("menu-innovation-strategies" on a section headed "Menu Innovation
    Strategies", "social-benefits" on the subheading "Social Benefits"): an anchor to a
    part of the story, as a table of contents links to it, not a component's name. The
    anchor may carry a short prefix and a number, as editors write them ("h-social-media"
    for "Social Media", "social-media-2" for its second heading so named)."""
    anchor = _NOT_IN_SLUG.sub("-", (element.get("id") or "").lower()).strip("-")
    if "-" not in anchor or tag_hints(element.tag) & CHROME or attribute_hints(
            [(str(key), str(value)) for key, value in element.items() if key != "id"]) & CHROME:
        return False
    heading = element if element.tag in _HEADINGS else next(element.iter(*_HEADINGS), None)
    if heading is None:
        return False
    words = _NOT_IN_SLUG.sub("-", "".join(map(str, heading.itertext())).lower()).strip("-")
    at = anchor.find(words) if words else -1
    if at < 0:
        return False
    prefix, suffix = anchor[:at], anchor[at + len(words):]
    return (not prefix or (prefix.endswith("-") and len(prefix) <= _MAX_ANCHOR_PREFIX)) and (
        not suffix or (suffix.startswith("-") and suffix[1:].isdigit()))


def _named_content_too(element: lxml.etree._Element, promised: set[lxml.etree._Element]) -> bool:
    """True when the chrome-named element's own class, id or tag promise content as well
    ("content-nav-section", "newsletter-content", "page-content-has-sidebar"): such an
    element is chrome only when it holds little of the page's prose."""
    return element in promised


def _beside_content(
    element: lxml.etree._Element,
    promised: set[lxml.etree._Element],
    prose: ElementValues,
    chrome_named: set[lxml.etree._Element],
    share: float,
) -> bool:
    """True when a chrome-named element that holds most of the page's prose stands beside
    a content-promising element with a fair share of that prose ("sidebar" beside
    "entry-content"): a short post outweighed by its sidebar's about-me text. A page-wide
    wrapper named "sidebar-layout" holds the page's content elements, and what content
    stands beside it (a newsletter box, a search panel) is small."""
    least = share * prose.get(element, 0.0)
    around = {element, *element.iterancestors()}
    for content in promised:
        if content in around or content in chrome_named or prose.get(content, 0.0) < least:
            continue
        # Content inside the element, or inside other chrome, does not count.
        if not any(a is element or a in chrome_named for a in content.iterancestors()):
            return True
    return False
