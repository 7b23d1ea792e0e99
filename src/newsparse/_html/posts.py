"""The one story a wide region holds (stage 4, HTML): a region that promises nothing
itself (a table cell of an old layout, a blog's page wrapper) narrows to the one element
inside it whose class or id promises the story, when that element holds a fair share of
the region's prose. What else the wrapper holds beside it (other news in the same cell,
a sidebar's notes, the trackbacks and comment form of a short post) is the page's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import lxml.etree

from newsparse._html.blocks import Block
from newsparse._native.interface import MarkedFinder
from newsparse._options import ParseOptions

# The class and id words of a post or an article (not "content", "text" or "body", which
# name a sidebar's module as readily as a story).
_POST_NAME: Final = re.compile(
    r"(?:^|[\s_-])(?:article|article-?body|story|story-?body|post|post-?body|post-?content|"
    r"entry|entry-?content|hentry|h-entry)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _post_named(element: lxml.etree._Element) -> bool:
    return any(_POST_NAME.search(element.get(key) or "") for key in ("class", "id"))


def the_one_story(
    top: lxml.etree._Element,
    blocks: Sequence[Block],
    values: Sequence[float],
    *,
    promised: set[lxml.etree._Element],
    first_marked: MarkedFinder,
    options: ParseOptions,
) -> lxml.etree._Element:
    """The region for ``top``: ``top`` itself when its class or tag promises content
    (``promised``); else the one post-named element (article, story, post, entry) inside
    it holding prose, or failing one, the one content-promising element, when it holds
    ``html_one_story_share`` of ``top``'s prose or more. ``values``: the blocks' values as
    they count for the region (chrome and teasers weigh nothing)."""
    if top in promised:
        return top
    inside = {element for element in promised
              if any(ancestor is top for ancestor in element.iterancestors())}
    if not inside:
        return top
    # Each block's prose goes to the nearest of the content elements (or to top) over it.
    held: dict[lxml.etree._Element, float] = {}
    marked = inside | {top}
    memo: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
    for block, value in zip(blocks, values, strict=True):
        if value > 0:
            nearest = first_marked(block.owner, marked, memo)
            if nearest is not None:
                held[nearest] = held.get(nearest, 0.0) + value
    least = options.html_one_story_share * sum(held.values())
    holding = [element for element in held if element is not top]
    for candidates in ({e for e in inside if _post_named(e)}, inside):
        stories: dict[lxml.etree._Element, float] = {}
        for element in holding:
            story = _outermost_holder(element, candidates, top)
            if story is not None:
                stories[story] = stories.get(story, 0.0) + held[element]
        if len(stories) == 1:
            ((story, prose),) = stories.items()
            if prose >= least:
                return story
    return top


def _outermost_holder(
    element: lxml.etree._Element, candidates: set[lxml.etree._Element],
    top: lxml.etree._Element,
) -> lxml.etree._Element | None:
    """The outermost of ``candidates`` holding ``element`` (or being it), below ``top``."""
    holder = element if element in candidates else None
    for ancestor in element.iterancestors():
        if ancestor is top:
            break
        if ancestor in candidates:
            holder = ancestor
    return holder
