"""The headline of a page without an ``<h1>``: the heading-like line right above the story."""

from __future__ import annotations

import lxml.html

from newsparse._html.meta.headline import (
    headline_above_story,
    headline_line_above_story,
)
from newsparse._options import DEFAULT_OPTIONS

STORY_TEXT = (
    "The council voted on Tuesday to fund the new bridge over the river, after a long "
    "debate in which residents spoke for and against the plan."
)
STORY = "".join(f"<p>{STORY_TEXT} Part {i}.</p>" for i in range(4))
HEADLINE = "Council votes to fund the new bridge"


def _region(inner: str) -> lxml.html.HtmlElement:
    root = lxml.html.fromstring(f"<html><body><div id='region'>{inner}</div></body></html>")
    return root.get_element_by_id("region")


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_a_story_set_between_br_tags_starts_after_its_headline() -> None:
    region = _region(f"<b class='Headline'>{HEADLINE}</b><br>LONDON<br><br>"
                     + "<br><br>".join([STORY_TEXT] * 4))
    found = headline_above_story(region, DEFAULT_OPTIONS)
    assert found is not None and found.text_content() == HEADLINE


def test_the_headline_line_leaves_out_a_date_set_in_a_table_inside_its_cell() -> None:
    region = _region(
        f"<table><tr><td class='articleTitle'>{HEADLINE}<table><tr><td>Published: Wednesday,"
        " 2 January, 2008</td></tr></table></td></tr></table>" + STORY)
    assert headline_line_above_story(region, DEFAULT_OPTIONS) == HEADLINE


def test_a_headline_split_over_inline_elements_is_read_whole() -> None:
    region = _region(f"<h3>How to fund a bridge: <span>five tips</span></h3>{STORY}")
    assert headline_line_above_story(region, DEFAULT_OPTIONS) == (
        "How to fund a bridge: five tips")


def test_a_story_set_after_a_table_starts_after_its_headline() -> None:
    region = _region(f"<h3>{HEADLINE}</h3><table><tr><td>Share</td><td>Print</td></tr></table>"
                     f"{STORY_TEXT}<br>Jane Doe")
    assert headline_line_above_story(region, DEFAULT_OPTIONS) == HEADLINE


def test_text_after_a_picture_is_no_story_start() -> None:
    # The caption after the picture reads as long as a paragraph; the story starts in the
    # paragraph under it, and the headline is the heading over that.
    caption = ("Residents gathered on the river bank on Tuesday evening to watch the council"
               " vote on the bridge")
    region = _region(f"<h3>Harbour festival</h3><div><img src='x.jpg'>{caption}</div>"
                     f"<h2>{HEADLINE}</h2>{STORY}")
    assert headline_line_above_story(region, DEFAULT_OPTIONS) == HEADLINE
