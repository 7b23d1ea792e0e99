"""The title a page's share links carry: a declared title where the page declares none."""

from __future__ import annotations

import lxml.html

import newsparse
from newsparse._html.meta.share import share_title
from newsparse._options import DEFAULT_OPTIONS

HEADLINE = "Council votes to fund the new bridge"
STORY = "".join(
    "<p>The council voted on Tuesday to fund the new bridge over the river, after a long "
    f"debate in which residents spoke for and against the plan. Part {i}.</p>"
    for i in range(4))
ADDRESS = "http://news.example.com/local/bridge-vote.html"


def _share_links(title: str, address: str = ADDRESS) -> str:
    quoted = title.replace(" ", "+")
    return (f"<a href='http://digg.example/submit?phase=2&url={address}&title={quoted}'>Digg</a>"
            f"<a href='http://bookmarks.example/post?url={address}&amp;title={quoted}'>Save</a>")


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def test_the_share_title_shown_on_the_page_is_the_title_over_a_section_name() -> None:
    page = _page("Local TV - News  News section front",
                 f"<table><tr><td class='topstory'>{HEADLINE}</td></tr></table>"
                 f"{_share_links(HEADLINE)}{STORY}")
    assert newsparse.parse(page).title == HEADLINE


def test_the_share_title_picks_the_story_heading_over_a_section_label_h1() -> None:
    page = _page("", f"<h1>Latest News</h1><h2>{HEADLINE}</h2>{_share_links(HEADLINE)}{STORY}")
    assert newsparse.parse(page).title == HEADLINE


def test_a_share_title_the_page_does_not_show_whole_is_not_read() -> None:
    # Glued to the site's name, or built by a script: no element shows it.
    for carried in (f"{HEADLINE} - Example Today", "' encodeURIComponent(document.title) '"):
        root = lxml.html.fromstring(_page("Example", f"<h2>{HEADLINE}</h2>"
                                          f"{_share_links(carried)}{STORY}"))
        assert share_title(root, DEFAULT_OPTIONS) is None


def test_a_title_parameter_without_the_page_address_is_no_share_link() -> None:
    # A wiki's links name pages by a "title" parameter, with no address beside it.
    body = (f"<p>{HEADLINE}</p><a href='/index.php?title={HEADLINE.replace(' ', '_')}"
            "&action=edit'>edit</a>" + STORY)
    root = lxml.html.fromstring(_page("Wiki", body))
    assert share_title(root, DEFAULT_OPTIONS) is None


def test_a_declared_social_title_stays_first() -> None:
    page = (f"<html><head><meta property='og:title' content='{HEADLINE}'></head><body>"
            f"<h1>{HEADLINE}</h1><p>Most read</p><p>Bridge traffic returns</p>"
            f"{_share_links('Bridge traffic returns')}{STORY}</body></html>")
    assert newsparse.parse(page).title == HEADLINE


def test_the_most_carried_share_title_wins() -> None:
    other = "Storm closes the harbour"
    body = (f"<h2>{HEADLINE}</h2><p>{other}</p>{_share_links(HEADLINE)}"
            f"{_share_links(HEADLINE)}{_share_links(other, 'http://news.example.com/x')}"
            + STORY)
    root = lxml.html.fromstring(_page("Example", body))
    assert share_title(root, DEFAULT_OPTIONS) == HEADLINE
