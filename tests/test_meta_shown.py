"""The part of a glued title that the page shows by itself (made-up pages)."""

from __future__ import annotations

import lxml.html
import pytest

from newsparse._html.meta.shown import shown_title_part
from newsparse._options import DEFAULT_OPTIONS


def _page(body: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head><title>x</title></head><body>{body}</body></html>")


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Gazeta Lokalna :: Sport :: Radni przyjęli budżet na przyszły rok",
         "Radni przyjęli budżet na przyszły rok"),
        ("Der Stadtrat beschließt den Haushalt - Lokales - Morgenpost",
         "Der Stadtrat beschließt den Haushalt"),
        ("Site.com > News > World -- Talks resume over the harbour dispute",
         "Talks resume over the harbour dispute"),
        ("Talks resume over the harbour dispute_English_Wire",
         "Talks resume over the harbour dispute"),
        ("Il consiglio approva il bilancio | 12.03.2011", "Il consiglio approva il bilancio"),
    ],
)
def test_the_shown_run_of_a_glued_title_is_the_headline(title: str, shown: str) -> None:
    page = _page(f"<div><a href='/'>Home</a></div><table><tr><td><b>{shown}</b></td></tr>"
                 "</table><p>The story starts here and goes on for a while.</p>")
    assert shown_title_part(page, title, DEFAULT_OPTIONS) == shown


def test_a_headline_split_over_inline_elements_is_found() -> None:
    page = _page("<p class='head'><b>Talks resume</b> over the <i>harbour</i> dispute</p>")
    assert shown_title_part(page, "Talks resume over the harbour dispute - Site",
                            DEFAULT_OPTIONS) == "Talks resume over the harbour dispute"


def test_a_title_the_page_shows_whole_stays() -> None:
    page = _page("<h2>Dad: Player came with a surprise</h2><p>Dad</p>")
    assert shown_title_part(page, "Dad: Player came with a surprise", DEFAULT_OPTIONS) is None


def test_nothing_shown_leaves_the_title() -> None:
    page = _page("<p>Another story entirely, with its own words.</p>")
    title = "Talks resume over the harbour dispute - Site"
    assert shown_title_part(page, title, DEFAULT_OPTIONS) is None


def test_a_short_section_name_shown_in_the_menu_is_not_the_headline() -> None:
    page = _page("<ul><li>Sport</li><li>News</li></ul><p>Body text here.</p>")
    title = "Talks resume over the harbour dispute - Sport"
    assert shown_title_part(page, title, DEFAULT_OPTIONS) is None


@pytest.mark.parametrize("hidden", [
    "<script>var t = 'Talks resume over the harbour dispute';</script>",
    "<noscript><div><b>Talks resume over the harbour dispute</b></div></noscript>",
    "<select><option>Talks resume over the harbour dispute</option></select>",
    "<svg><title>Talks resume over the harbour dispute</title></svg>",
])
def test_a_title_part_in_what_never_shows_is_not_shown(hidden: str) -> None:
    """A script's, a no-script block's, an option's or an SVG title's text is not the page
    showing the headline: the glued title has no shown part."""
    title = "Talks resume over the harbour dispute - Site"
    assert shown_title_part(_page(f"<div>{hidden}</div><p>Story.</p>"), title,
                            DEFAULT_OPTIONS) is None
    shown = _page("<div><b>Talks resume over the harbour dispute</b></div><p>Story.</p>")
    assert shown_title_part(shown, title, DEFAULT_OPTIONS) == (
        "Talks resume over the harbour dispute")
