"""Metadata text is read the way the body is: what a reader does not see is not the title,
the byline or an author (issue 16, item 6)."""

from __future__ import annotations

import lxml.html
import pytest

import newsparse
from newsparse._html.meta.sources import short_visible_text, visible_text

_STORY = "".join(
    f"<p>{sentence * 4}</p>" for sentence in (
        "The bridge over the river was closed on Monday after the storm damaged it. ",
        "Engineers will inspect the supports this week and decide when it reopens. ",
    )
)
# Every way a page hides or never renders an element's text.
_HIDERS = (
    "<span hidden>{}</span>",
    '<span style="display: none">{}</span>',
    '<span style="visibility:hidden">{}</span>',
    '<span aria-hidden="true">{}</span>',
    "<template>{}</template>",
    "<svg><title>{}</title></svg>",
    "<textarea>{}</textarea>",
    "<select><option>{}</option></select>",
    "<button>{}</button>",
    "<script>{}</script>",
    "<style>{}</style>",
    "<noscript>{}</noscript>",
)


def _element(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(markup)


@pytest.mark.parametrize("hider", _HIDERS)
def test_hidden_and_unrendered_descendants_show_no_text(hider: str) -> None:
    element = _element(f"<div>By Jane {hider.format('ZQXMARK')} Doe</div>")
    assert visible_text(element, None) == "By Jane Doe"
    assert short_visible_text(element, 100) == "By Jane Doe"


def test_the_tail_of_a_hidden_element_shows() -> None:
    element = _element("<h1>Bridge <span hidden>x</span>closed <b>today</b></h1>")
    assert visible_text(element, None) == "Bridge closed today"


def test_an_element_chosen_for_what_it_declares_is_read_even_when_hidden() -> None:
    # Hidden microdata ("<span itemprop=author hidden>") still names the author.
    element = _element('<span hidden itemprop="author">Jane <b>Doe</b></span>')
    assert visible_text(element, None) == "Jane Doe"


def test_only_visible_text_counts_toward_the_limit() -> None:
    element = _element(f"<div>By Jane Doe<script>{'x' * 5000}</script></div>")
    assert short_visible_text(element, 100) == "By Jane Doe"
    shown = _element(f"<div>By Jane Doe {'x' * 5000}</div>")
    assert short_visible_text(shown, 100) is None


@pytest.mark.parametrize("hider", _HIDERS)
def test_hidden_text_in_the_heading_stays_out_of_the_title(hider: str) -> None:
    page = (f"<html><body><article><h1>Bridge closed {hider.format('ZQXMARK')} after "
            f"storm</h1>{_STORY}</article></body></html>")
    assert newsparse.parse(page).title == "Bridge closed after storm"


@pytest.mark.parametrize("hider", _HIDERS)
def test_hidden_text_in_the_byline_stays_out_of_the_authors(hider: str) -> None:
    page = ("<html><body><article><h1>Bridge closed after storm</h1>"
            f'<div class="byline">By <span itemprop="author">Lewis White'
            f"{hider.format('Zqxmark')}</span></div>{_STORY}</article></body></html>")
    article = newsparse.parse(page)
    assert article.authors == ("Lewis White",)
    assert article.byline == "Lewis White"


def test_reading_stops_past_the_bound() -> None:
    # A large element costs little: the pieces past the bound are not read.
    element = _element("<div><span>Jane</span> <span>Doe</span> <span>Roe</span></div>")
    assert visible_text(element, None) == "Jane Doe Roe"
    assert visible_text(element, 3) == "Jane"
    assert visible_text(element, 6) == "Jane Doe"
