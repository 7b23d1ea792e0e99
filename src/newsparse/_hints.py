"""Hints from tags and attributes: what an element's tag, class, id and role say it is.

Chrome (nav, menu, share, related…), content (article, story, entry…), captions and
summaries, and elements that are not displayed at all. Used by the segmenter once per
element, so label lookups are cached.
"""

from __future__ import annotations

import functools
import re
from typing import Final

# Hints from class, id and role. Whole-word-ish matches keep "navy" or "adobe" out.
_CHROME_HINT: Final = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|footer|foot|sidebar|side-bar|aside|"
    r"share|sharing|social|sociable|related|recommend\w*|comments?|comment-list|disqus|"
    r"promo|cookie|cookies|consent|gdpr|banner|advert\w*|ads?|ad-\w+|sponsor\w*|"
    r"newsletter|subscribe|subscription|signup|breadcrumbs?|widget|popup|modal|"
    r"masthead|toolbar|pagination|pager|tags|tag-list|taglist|outbrain|taboola|"
    r"most-?popular|trending|more-stories|read-?more|"
    r"site-header|site-footer|global-header|global-footer|copyright|"
    r"visually-hidden|sr-only|screen-reader\w*|offscreen)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CONTENT_HINT: Final = re.compile(
    r"(?:^|[\s_-])(?:article|article-?body|articlebody|story|story-?body|post|post-?body|"
    r"post-?content|entry|entry-?content|content|main|body|text|blog|hentry|h-entry|"
    r"main-?content|page-?content|rich-?text|prose)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Captions, credits, and the summary ("dek", "standfirst") printed above a story: none
# of them is body text.
_CAPTION_HINT: Final = re.compile(
    r"caption|credit|photo-?byline|image-?source|media-?source|"
    # whole class tokens only ("article-summary", "entry__excerpt", not "has-excerpt")
    r"(?:^|\s)(?:[\w-]*?(?:__|--))?(?:(?:article|story|post|entry)[_-]?)?"
    r"(?:abstract|dek|standfirst|subtitle|sub-?headline|excerpt|teaser|summary)(?:$|\s)",
    re.IGNORECASE,
)
_CHROME_ROLES: Final = frozenset(
    "navigation banner contentinfo complementary menu menubar search dialog alert".split()
)
# Not "form": ASP.NET pages wrap the whole page, article included, in one.
_CHROME_TAGS: Final = frozenset("nav footer aside menu".split())
_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

CHROME: Final = 1
CONTENT: Final = 2
ARTICLE_TAG: Final = 4
CAPTION: Final = 8
HIDDEN: Final = 16


@functools.lru_cache(maxsize=16384)
def _label_hints(label: str) -> int:
    """Hints from an element's class and id; pages repeat a few labels many times."""
    hints = 0
    if _CHROME_HINT.search(label):
        hints |= CHROME
    if _CONTENT_HINT.search(label):
        hints |= CONTENT
    if _CAPTION_HINT.search(label):
        hints |= CAPTION
    return hints


def tag_hints(tag: str) -> int:
    if tag in _CHROME_TAGS:
        return CHROME
    if tag in ("article", "main"):
        return CONTENT | ARTICLE_TAG
    if tag in ("figcaption", "figure"):
        return CAPTION
    return 0


def attribute_hints(items: list[tuple[str, str]]) -> int:
    """Hints from an element's attributes (``element.items()``); HIDDEN when the element
    is not displayed at all. One pass over the few attributes an element has."""
    label = ""
    hints = 0
    for key, value in items:
        if key in ("class", "id"):
            label = f"{label} {value}"
        elif key == "style":
            if _HIDDEN_STYLE.search(value):
                return HIDDEN
        elif key == "hidden" or (key == "aria-hidden" and value == "true"):
            return HIDDEN
        elif key == "role":
            if value.lower() in _CHROME_ROLES:
                hints |= CHROME
        elif key == "itemprop" and value in ("articleBody", "text"):
            hints |= CONTENT | ARTICLE_TAG
    if label:
        hints |= _label_hints(label)
    return hints
