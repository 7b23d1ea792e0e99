"""The headline of a page without an <h1>, and the <title> that only names the site."""

from __future__ import annotations

import lxml.html
import pytest

import newsparse
from newsparse._html.meta.headline import headline_above_story
from newsparse._html.meta.title import choose_title
from newsparse._options import DEFAULT_OPTIONS

STORY = "".join(
    f"<p>The council voted on Tuesday to fund the new bridge over the river, part {i}, after "
    "a long debate in which residents spoke for and against the plan.</p>"
    for i in range(4)
)


def _region(inner: str) -> lxml.html.HtmlElement:
    root = lxml.html.fromstring(f"<html><body><div id='region'>{inner}</div></body></html>")
    return root.get_element_by_id("region")


def _headline(inner: str) -> str | None:
    found = headline_above_story(_region(inner), DEFAULT_OPTIONS)
    return None if found is None else " ".join(found.text_content().split())


@pytest.mark.parametrize(
    "heading",
    [
        "<b class='Headline'>Council backs the new bridge</b>",
        "<div class='storyhead'><font><b>Council backs the new bridge</b></font></div>",
        "<h3><font face='Georgia'>Council backs the new bridge</font></h3>",
        "<td class='contentheading'>Council backs the new bridge</td>",
        "<span id='articleTitle'>Council backs the new bridge</span>",
    ],
)
def test_the_heading_like_line_above_the_story_is_the_headline(heading: str) -> None:
    if heading.startswith("<td"):
        heading = f"<table><tr>{heading}</tr></table>"
    assert _headline(f"{heading}<p>By Jane Doe</p>{STORY}") == "Council backs the new bridge"


def test_the_nearest_heading_above_the_story_wins_over_a_section_label_higher_up() -> None:
    inner = ("<h3>Local news today</h3><div class='headline'>Council backs the new bridge</div>"
             f"{STORY}")
    assert _headline(inner) == "Council backs the new bridge"


@pytest.mark.parametrize(
    "above",
    [
        # A caption, whatever its tag.
        "<h4 id='storyphotocaption'>The mayor and the engineer look at the river</h4>",
        # A link to another story.
        "<h3><a href='/other'>Another story about the harbour</a></h3>",
        # A date, a byline.
        "<div class='title'>January 21, 2008</div>",
        "<div class='title'>By Jane Doe</div>",
        # A sentence (a teaser or a caption), not a headline.
        "<h3>The mayor spoke to residents on the bridge.</h3>",
        # A line that is neither a heading nor named as one.
        "<p>Council backs the new bridge</p>",
    ],
)
def test_what_is_not_a_headline_is_passed_over(above: str) -> None:
    assert _headline(f"{above}{STORY}") is None


def test_a_region_without_a_paragraph_has_no_headline() -> None:
    assert _headline("<h3>Council backs the new bridge</h3><p>Short.</p>") is None


def test_parse_takes_the_headline_over_a_title_that_names_the_site() -> None:
    page = ("<html><head><title>The Evening Courier</title></head><body>"
            "<div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
            f"<table><tr><td><b class='Headline'>Council backs the new bridge</b>{STORY}"
            "</td></tr></table></body></html>")
    assert newsparse.parse(page).title == "Council backs the new bridge"


def test_parse_takes_the_shown_wording_of_the_title_the_headline_agrees_with() -> None:
    page = ("<html><head><title>Council backs the new bridge - The Evening Courier</title>"
            "</head><body><h3>Local news today</h3>"
            f"<div><b class='Headline'>Council Backs New Bridge</b>{STORY}</div></body></html>")
    assert newsparse.parse(page).title == "Council Backs New Bridge"


HEADLINE = "Sri Lankan cricket chief resigns"


def test_a_title_that_shares_no_word_with_the_opening_headline_is_a_site_name() -> None:
    title, removed = choose_title([], heading=HEADLINE, document_title="The Weekend Courier",
                                  heading_opens_story=True)
    assert (title, removed) == (HEADLINE, None)


@pytest.mark.parametrize(
    ("candidates", "heading", "document_title", "opens_story"),
    [
        # The heading does not open the story: a sidebar's heading.
        ([], HEADLINE, "The Weekend Courier", False),
        # A short heading is a section's label ("More News"), not a headline.
        ([], "More Sports", "The Weekend Courier", True),
        # The page declares a title: the metadata rules decide.
        (["The Weekend Courier"], HEADLINE, "The Weekend Courier", True),
    ],
)
def test_the_title_stays_without_that_evidence(candidates: list[str], heading: str,
                                               document_title: str, opens_story: bool) -> None:
    title, _ = choose_title(candidates, heading=heading, document_title=document_title,
                            heading_opens_story=opens_story)
    assert title != heading


def test_a_title_sharing_a_word_with_the_headline_is_judged_as_before() -> None:
    # "Cricket" is shared: the <title> may be the SEO form of the same story.
    title, _ = choose_title([], heading=HEADLINE, document_title="Cricket board in turmoil",
                            heading_opens_story=True)
    assert title == "Cricket board in turmoil"
