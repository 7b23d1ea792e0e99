"""The headline the story repeats, in place of a title that names something else."""

from __future__ import annotations

import lxml.html
import pytest

import newsparse
from newsparse._html.meta.headline import (
    headline_above_story,
    headline_line_above_story,
    headline_the_story_repeats,
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


@pytest.mark.parametrize(
    "title",
    [
        "The Evening Courier online - News, Sports and Entertainment",
        "Latest Headlines",
        None,
    ],
)
def test_a_title_the_story_does_not_repeat_yields_to_the_headline_above_it(
        title: str | None) -> None:
    region = _region(f"<h2>{HEADLINE}</h2>{STORY}")
    assert headline_the_story_repeats(title, region, STORY_TEXT, DEFAULT_OPTIONS) == HEADLINE


def test_a_title_the_story_repeats_stays() -> None:
    region = _region(f"<h2>{HEADLINE}</h2>{STORY}")
    title = "Residents split over river bridge plan"
    assert headline_the_story_repeats(title, region, STORY_TEXT, DEFAULT_OPTIONS) == title


def test_a_title_the_pages_h1_shows_stays() -> None:
    region = _region(f"<h2>{HEADLINE}</h2>{STORY}")
    title = "Weekend Courier"
    assert headline_the_story_repeats(title, region, STORY_TEXT, DEFAULT_OPTIONS,
                                      heading=title) == title


def test_a_line_the_story_does_not_repeat_is_no_headline() -> None:
    region = _region(f"<h2>Harbour festival draws crowds</h2>{STORY}")
    assert headline_the_story_repeats("Latest Headlines", region, STORY_TEXT,
                                      DEFAULT_OPTIONS) == "Latest Headlines"


def test_a_line_of_its_own_that_the_story_repeats_is_the_headline_of_a_page_without_one(
) -> None:
    # Not named a heading; the caption under the picture, nearer the story, says words the
    # story repeats too, but it shares its box with the picture.
    body = (f"<div class='mxb'><div class='sh'>{HEADLINE}</div></div>"
            "<div><img src='bridge.jpg'><div class='cap'>Residents spoke on the river bank"
            f"</div></div><font>{STORY}</font>")
    assert newsparse.parse(_page("", body)).title == HEADLINE


def test_the_story_repeats_a_headlines_words_in_other_forms() -> None:
    # "defends" and "defended", "confrontation" and "confronted": the same words.
    story = ("The mayor defended his actions after he confronted protesters at the town "
             "hall meeting on Monday, where residents spoke against the plan. ")
    body = ("<div class='mxb'><div class='sh'>Mayor defends confrontation</div></div>"
            f"<font>{''.join(f'<p>{story} Part {i}.</p>' for i in range(4))}</font>")
    assert newsparse.parse(_page("", body)).title == "Mayor defends confrontation"


def test_parse_takes_the_headline_over_a_declared_title_that_is_the_sites_tagline() -> None:
    head = ("<title>The Evening Courier</title><meta name='title' "
            "content='The Evening Courier online - News, Sports and Entertainment'>")
    body = f"<div class='menu'><a href='/'>Home</a></div><h1>{HEADLINE}</h1>{STORY}"
    assert newsparse.parse(_page(head, body)).title == HEADLINE


def test_a_line_of_three_words_does_not_take_the_place_of_a_title() -> None:
    region = _region(f"<h2>Bridge vote today</h2>{STORY}")
    assert headline_the_story_repeats("Latest Headlines", region, STORY_TEXT + " Vote today.",
                                      DEFAULT_OPTIONS) == "Latest Headlines"
