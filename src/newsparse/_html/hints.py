"""Hints from tags and attributes: what an element's tag, class, id and role say it is.

Chrome (nav, menu, share, related…), content (article, story, entry…), captions and
summaries, and elements that are not displayed at all. Used by the segmenter once per
element, so token lookups are cached.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.etree

# The hint bits are part of the walk's interface (the C walk holds the same numbers).
from newsparse._native.bits import CAPTION, CHROME, CONTENT, HIDDEN

# Hints from class, id and role. Whole-word-ish matches keep "navy" or "adobe" out.
_CHROME_HINT: Final = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|footer|foot|sidebar|side-bar|aside|"
    r"share|sharing|social|sociable|related|recommend\w*|comments?|comment-list|disqus|"
    r"promo|cookie|cookies|consent|gdpr|banner|advert\w*|ads?|ad-\w+|sponsor\w*|"
    r"newsletter|subscribe|subscription|signup|breadcrumbs?|popup|modal|"
    r"masthead|toolbar|pagination|pager|tags|tag-list|taglist|outbrain|taboola|cta|"
    r"most-?popular|trending|more-stories|read-?more|"
    r"site-header|site-footer|global-header|global-footer|copyright|"
    r"visually-hidden|sr-only|screen-reader\w*|offscreen|"
    # Legal notes under a story: not the story.
    r"disclaimers?|disclosures?)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CONTENT_HINT: Final = re.compile(
    r"(?:^|[\s_-])(?:article|article-?body|articlebody|story|story-?body|post|post-?body|"
    r"post-?content|entry|entry-?content|content|main|body|text|blog|hentry|h-entry|"
    r"main-?content|page-?content|rich-?text|prose)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Captions, credits, bylines, a gallery's slides, and the summary ("dek", "standfirst")
# printed above a story: none of them is body text (the byline readers read the tree, not
# the body; a page that is a gallery gets its captions back, see classify).
_CAPTION_HINT: Final = re.compile(
    r"caption|credit|byline|gallery|image-?source|media-?source|"
    # whole class tokens only ("article-summary", "entry__excerpt", not "has-excerpt")
    r"(?:^|\s)(?:[\w-]*?(?:__|--))?(?:(?:article|story|post|entry)[_-]?)?"
    r"(?:abstract|dek|standfirst|subtitle|sub-?headline|excerpt|teaser|summary)(?:$|\s)",
    re.IGNORECASE,
)
# A post's taxonomy, as blog engines print it on the post's element ("tag-cookie-recipes",
# "category-social-media", "entry-category-social_media"): the site's topic words, which
# say nothing of the element.
_TAXONOMY: Final = re.compile(
    r"^(?:[a-z]+[_-])?(?:tag|category)[_-](?!list$|cloud$|links?$)\w", re.IGNORECASE)
_CHROME_ROLES: Final = frozenset(
    "navigation banner contentinfo complementary menu menubar search dialog alert".split()
)
# Not "form": ASP.NET pages wrap the whole page, article included, in one.
_CHROME_TAGS: Final = frozenset("nav footer aside menu".split())
_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# Fast paths to the three patterns, for ASCII tokens in lower case (tests check them
# against the patterns). A token one of whose parts between "_" and "-" is one of the
# WORDS matches; a token holding none of the words, no word with a dash inside and no
# stem that takes any ending (the OTHERS) matches nothing. Only a token with one of the
# OTHERS, or a caption ending, is left to the patterns themselves. ("ad-\w+" needs no
# entry: "ad" before a dash is already a whole part.)
_CHROME_CLASS_WORDS: Final = frozenset(
    "nav navbar navigation menu menus footer foot sidebar aside share sharing social "
    "sociable related comment comments disqus promo cookie cookies consent gdpr banner ad "
    "ads newsletter subscribe subscription signup breadcrumb breadcrumbs popup modal "
    "masthead toolbar pagination pager tags taglist outbrain taboola cta mostpopular trending "
    "readmore copyright offscreen disclaimer disclaimers disclosure disclosures".split()
)
_CONTENT_CLASS_WORDS: Final = frozenset(
    "article articlebody story storybody post postbody postcontent entry entrycontent "
    "content main body text blog hentry maincontent pagecontent richtext prose".split()
)
_OTHER_WORDS: Final = (
    # chrome
    "recommend", "advert", "sponsor", "screen-reader", "side-bar", "comment-list", "tag-list",
    "most-popular", "more-stories", "read-more", "site-header", "site-footer",
    "global-header", "global-footer", "visually-hidden", "sr-only",
    # content
    "article-body", "story-body", "post-body", "post-content", "entry-content", "h-entry",
    "main-content", "page-content", "rich-text",
    # caption
    "caption", "credit", "byline", "gallery", "source",
    # not chrome
    "tag-", "tag_", "category-", "category_",
)
_OTHERS: Final = re.compile("|".join(map(re.escape, _OTHER_WORDS)))
_CAPTION_ENDINGS: Final = (
    "abstract", "dek", "standfirst", "subtitle", "headline", "excerpt", "teaser", "summary",
)

# A lower-case letter followed by an upper-case one: where a camel-case name
# ("relatedLinks", "commentsDiv") joins its words.
_CAMEL_HUMP: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")

#: The fast path's word lists, for the C walk's copy of ``_fast_token_hints``.
FAST_PATH_WORDS: Final = (_CHROME_CLASS_WORDS, _CONTENT_CLASS_WORDS, _OTHER_WORDS, _CAPTION_ENDINGS)



# Hints of each class or id token seen so far. Pages reuse a few hundred tokens
# ("menu-item", "col-md-8"), and a site reuses its pages', so the patterns run about once
# per token per crawl. Bounded: a crawl of many sites starts over when it is full.
TOKEN_HINTS: Final[dict[str, int]] = {}
MAX_CACHED_TOKENS: Final = 1 << 16


def token_hints(token: str) -> int:
    """Hints from one white-space-free token of a class or id.

    No pattern can match across white space, so a label's hints are its tokens' hints
    together: that is what makes them cacheable token by token."""
    hints = TOKEN_HINTS.get(token)
    if hints is None:
        hints = _fast_token_hints(token) if token.isascii() else pattern_hints(token)
        if len(TOKEN_HINTS) >= MAX_CACHED_TOKENS:
            TOKEN_HINTS.clear()
        TOKEN_HINTS[token] = hints
    return hints


def pattern_hints(token: str) -> int:
    """What the three patterns say of a token: the definition ``token_hints`` keeps."""
    token = _CAMEL_HUMP.sub("-", token)  # "commentsDiv", "sideBar": words run together
    if _TAXONOMY.match(token):
        return 0
    hints = 0
    if _CHROME_HINT.search(token):
        hints |= CHROME
    if _CONTENT_HINT.search(token):
        hints |= CONTENT
    if _CAPTION_HINT.search(token):
        hints |= CAPTION
    return hints


def _fast_token_hints(token: str) -> int:
    """``pattern_hints`` of an ASCII token, running the patterns only where the word lists
    cannot decide (the patterns ignore case, so the lower-cased token reads the same)."""
    if _CAMEL_HUMP.search(token):
        return pattern_hints(token)
    token = token.lower()
    if _OTHERS.search(token) or token.endswith(_CAPTION_ENDINGS):
        return pattern_hints(token)
    parts = token.replace("_", "-").split("-")
    hints = 0
    if not _CHROME_CLASS_WORDS.isdisjoint(parts):
        hints |= CHROME
    if not _CONTENT_CLASS_WORDS.isdisjoint(parts):
        hints |= CONTENT
    return hints


def tag_hints(tag: str) -> int:
    if tag in _CHROME_TAGS:
        return CHROME
    if tag in ("figcaption", "figure"):
        return CAPTION
    return 0


def element_hints(element: lxml.etree._Element) -> int:
    """The hints an element's own tag, class and id give (not its ancestors')."""
    hints = tag_hints(element.tag) if isinstance(element.tag, str) else 0
    for key in ("class", "id"):
        for token in (element.get(key) or "").split():
            hints |= token_hints(token)
    return hints


def hidden_by_attributes(items: list[tuple[str, str]]) -> bool:
    """True when :func:`attribute_hints` would say HIDDEN: the same test without reading
    the class and id tokens, which never hide an element."""
    for key, value in items:
        if key == "style":
            if _HIDDEN_STYLE.search(value):
                return True
        elif key == "hidden" or (key == "aria-hidden" and value == "true"):
            return True
    return False


def attribute_hints(items: list[tuple[str, str]]) -> int:
    """Hints from an element's attributes (``element.items()``); HIDDEN when the element
    is not displayed at all. One pass over the few attributes an element has."""
    hints = 0
    for key, value in items:
        if key in ("class", "id"):
            for token in value.split():
                hints |= token_hints(token)
        elif key == "style":
            if _HIDDEN_STYLE.search(value):
                return HIDDEN
        elif key == "hidden" or (key == "aria-hidden" and value == "true"):
            return HIDDEN
        elif key == "role" and value.lower() in _CHROME_ROLES:
            hints |= CHROME
    return hints
