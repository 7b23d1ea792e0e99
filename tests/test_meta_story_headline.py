"""The headline of a page without an ``<h1>``: the heading-like line right above the story."""

from __future__ import annotations

import lxml.html

import newsparse
from newsparse._html.meta.headline import (
    headline_above_story,
    headline_line_above_story,
    headline_sharing_lead,
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


# --- the line above the story that speaks of its lead (facts._headline_of_lead) --------

LEAD = ("The council voted on Tuesday to fund the new bridge over the river, after a long "
        "debate in which residents spoke for and against the plan.")


def test_a_bold_line_above_the_story_that_speaks_of_its_lead_is_found() -> None:
    region = _region(f"<p><b>{HEADLINE}</b></p>" + STORY)
    assert headline_sharing_lead(region, LEAD, DEFAULT_OPTIONS) == HEADLINE


def test_a_line_in_larger_type_set_after_a_break_is_found() -> None:
    region = _region(f"<p><font size='3'><br> {HEADLINE}</font></p>" + STORY)
    assert headline_sharing_lead(region, LEAD, DEFAULT_OPTIONS) == HEADLINE


def test_the_posts_own_bookmark_link_is_found_past_a_row_of_share_links() -> None:
    shares = "".join(f"<li><a href='/s{i}'>Share {i}</a></li>" for i in range(30))
    region = _region(f"<h4><a rel='bookmark' href='/p/1'>{HEADLINE}</a></h4><ul>{shares}</ul>"
                     + STORY)
    assert headline_sharing_lead(region, LEAD, DEFAULT_OPTIONS) == HEADLINE


def test_a_line_that_says_little_of_the_lead_is_no_headline() -> None:
    region = _region("<p><b>Photos from the weekend market</b></p>" + STORY)
    assert headline_sharing_lead(region, LEAD, DEFAULT_OPTIONS) is None


def test_an_ordinary_link_above_the_story_is_no_headline() -> None:
    region = _region(f"<p><b><a href='/other'>{HEADLINE}</a></b></p>" + STORY)
    assert headline_sharing_lead(region, LEAD, DEFAULT_OPTIONS) is None


def test_the_inline_words_a_story_runs_on_from_are_no_line_above_it() -> None:
    region = _region(f"<div><font size='2'>The council voted</font> {LEAD[18:]}</div>")
    assert headline_sharing_lead(region, LEAD, DEFAULT_OPTIONS) is None


def test_a_line_of_times_and_rooms_is_no_headline() -> None:
    region = _region("<p><b>Council bridge 12pm 1pm Room 217 vote 2024</b></p>" + STORY)
    assert headline_sharing_lead(region, LEAD, DEFAULT_OPTIONS) is None


def test_a_title_naming_the_site_gives_way_to_the_headline_that_speaks_of_the_lead(
) -> None:
    html = _page("<title>Bangkok Post : SPORTS PLUS</title>",
                 f"<div class='nav'>SPORTS PLUS</div><p><b>{HEADLINE}</b></p>{STORY}")
    assert newsparse.parse(html).title == HEADLINE


def test_a_title_that_shares_a_word_with_the_lead_stays() -> None:
    html = _page("<title>Bridge money found | The Daily Planet</title>",
                 f"<p><b>{HEADLINE}</b></p>{STORY}")
    assert newsparse.parse(html).title == "Bridge money found"
