"""Hints from class and id tokens: the cached fast path against the patterns it shortcuts."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import example, given

from conftest import C_KERNELS, SHARED_DIR, requires_shared
from newsparse._html import hints as _hints
from newsparse._html.hints import attribute_hints, pattern_hints
from newsparse._html.tree import _parse
from newsparse._native.bits import CAPTION, CHROME, CONTENT
from strategies import class_tokens


@given(class_tokens)
@example("screen-readertext")  # a stem with any ending: left to the pattern
@example("ad-slot")  # "ad" before a dash
@example("Most-Popular")
@example("entry__excerpt")
@example("has-excerpt")
@example("navy")
@example("xx-site-footer")  # a word the fast path cannot decide, at the end
@example("sr-onl")  # most of one, not the whole
@example("related--of-the")  # empty parts between the words
@example("commentsDiv")  # camel case: its words, as if dashed
@example("xNav")
def test_token_hints_agree_with_the_patterns(token: str) -> None:
    _hints.TOKEN_HINTS.pop(token, None)
    assert _hints.token_hints(token) == pattern_hints(token)
    assert _hints.token_hints(token) == pattern_hints(token)  # and from the cache
    if C_KERNELS is not None:  # the C walk's copy of the fast path
        native = C_KERNELS.module  # type: ignore[attr-defined]
        _hints.TOKEN_HINTS.pop(token, None)
        assert native.token_hints(token) == pattern_hints(token)
        assert native.token_hints(token) == pattern_hints(token)


def _assert_token_hints(token: str, hints: int) -> None:
    """The token's hints, read afresh (not from the cache), in Python and in C."""
    _hints.TOKEN_HINTS.pop(token, None)
    assert _hints.token_hints(token) == hints
    if C_KERNELS is not None:
        native = C_KERNELS.module  # type: ignore[attr-defined]
        _hints.TOKEN_HINTS.pop(token, None)
        assert native.token_hints(token) == hints


@pytest.mark.parametrize(
    ("token", "hints"),
    [
        ("layout-with-sidebar", CHROME),  # a component's name
        ("social-share-buttons-container", CHROME),
        # A post's taxonomy (its tags and categories) names topics, not the element.
        ("tag-cookie-recipes", 0),
        ("category-social-media", 0),
        ("entry-category-social_media", 0),  # a blog engine's prefix before it
        ("post-tag-share-buttons", 0),
        ("tag_menu", 0),
        ("tag-list", CHROME),  # the list of tags itself
        ("subcategory-nav", CHROME),
        ("affiliate-disclaimer", CHROME),  # legal notes under the story
        ("ranking-disclosures", CHROME),
        ("inline-cta", CHROME),  # a call to action: "Request a demo", "Get the ebook"
        ("cta-card", CHROME),
        ("octave", 0),  # the letters inside a word are no call to action
        ("byline", CAPTION),  # a byline is no body text, as a credit is not
        ("bylineContainer", CAPTION),
        ("photo-gallery", CAPTION),  # a gallery's captions are no story beside one
    ],
)
def test_a_taxonomy_gives_no_chrome_hint_and_a_components_name_does(token: str, hints: int) -> None:
    _assert_token_hints(token, hints)


@pytest.mark.parametrize(
    ("label", "hints"),
    [
        ("menu-item menu-item-type-custom", CHROME),
        ("post-template-default single", CONTENT),
        ("article-sidebar", CHROME | CONTENT),
        ("entry__excerpt", CONTENT | CAPTION),
        ("has-excerpt navy adobe", 0),
        ("  nav\tstory\n", CHROME | CONTENT),
    ],
)
def test_a_labels_hints_are_its_tokens_hints_together(label: str, hints: int) -> None:
    assert attribute_hints([("class", label)]) == hints
    assert attribute_hints([("id", "x"), ("class", label)]) == hints


def test_the_token_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_hints, "MAX_CACHED_TOKENS", 10)
    for number in range(25):
        _hints.token_hints(f"token-{number}")
        assert len(_hints.TOKEN_HINTS) <= 10
    assert _hints.token_hints("nav") == CHROME


@requires_shared
def test_token_hints_agree_with_the_patterns_on_corpus_tokens() -> None:
    tokens: set[str] = set()
    for page in sorted((SHARED_DIR / "corpus" / "dev" / "pages").glob("*.html"))[::4]:
        root, _ = _parse(page.read_bytes())
        for element in root.iter():
            for key, value in element.items():
                if key in ("class", "id"):
                    tokens.update(value.split())
    assert len(tokens) > 5000
    disagreeing = [t for t in tokens if _hints._fast_token_hints(t) != pattern_hints(t)
                   and t.isascii()]
    assert not disagreeing


@pytest.mark.parametrize(
    ("token", "hints"),
    [
        # Words run together in camel case are read as the words they join.
        ("commentsDiv", CHROME),
        ("relatedLinks", CHROME),
        ("shareBar", CHROME),
        ("mainContent", CONTENT),
        ("articleBody", CONTENT),
        ("photoCaption", CAPTION),
        # No hump, no split: one word, as before.
        ("commentsdiv", 0),
        ("NAVIGATION", CHROME),
        ("iPhone", 0),
        ("adobeReader", 0),  # "adobe" is no "ad"
        ("howToShareWithYourFriends", CHROME),  # "share" among its words
    ],
)
def test_camel_case_tokens_are_read_as_their_words(token: str, hints: int) -> None:
    _assert_token_hints(token, hints)


def test_an_elements_own_hints_come_from_its_tag_class_and_id() -> None:
    root = lxml.html.fromstring(
        "<div id='c'><figure class='wide'><p class='image-caption'>x</p></figure>"
        "<div class='share-bar' id='main-story'>y</div></div>")
    figure, paragraph, bar = root.find("figure"), root.find(".//p"), root.find("div")
    assert _hints.element_hints(figure) == CAPTION  # the tag
    assert _hints.element_hints(paragraph) == CAPTION  # the class
    assert _hints.element_hints(bar) == CHROME | CONTENT  # class and id together
    assert _hints.element_hints(root) == 0  # its children's do not count
