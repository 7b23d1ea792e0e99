"""Text dumps: a blog post's frame (its head, its foot stamp, the comments heading under
it) vouches for a post too short to weigh for the story region."""

from __future__ import annotations

import pytest

from newsparse import ParseOptions, parse_text
from newsparse._text.features import LineFeatures
from newsparse._text.frame import post_frame
from newsparse._text.lines import TEXT, split_lines
from text_dumps import MENU_ITEMS, render

OPTIONS = ParseOptions()
# A post of three short lines (a paragraph a <br> broke), each weighing nothing alone.
POST = ["A simple fall garland of paper leaves", "that would be a lovely addition to your",
        "table at Thanksgiving."]
# A sidebar's blurb: one long line of prose, which outweighs the post.
BLURB = ("I am a mother of three who has written about crafts and the things we make at home "
         "for more than ten years, and I love to share them with all of you here.")


def _page(foot: str, *, wall: str = "Post a Comment") -> str:
    return render([
        list(MENU_ITEMS[:6]),
        ["October 26, 2012"],
        ["Leaf Garland"],
        POST,
        [foot],
        ["Labels: crafts, fall"],
        [wall],
        ["About Me"],
        [BLURB],
        list(MENU_ITEMS[6:]),
    ])


def _frame(text: str) -> list[str] | None:
    lines = split_lines(text, OPTIONS)
    features = [LineFeatures.of(line[TEXT]) for line in lines]
    frame = post_frame(lines, features, OPTIONS, stamps=())
    return None if frame is None else [line[TEXT] for line in lines[frame[0]:frame[1]]]


@pytest.mark.parametrize("foot", [
    "Posted by Jane at 6:35 AM",
    "Posted at 05:00 AM in Crafts, Fall | Permalink",
    "11/09/2012 in Crafts, Fall Crafts, Family",
    "October 26, 2012 at 8:02 PM",
])
def test_a_short_post_in_its_frame_beats_a_sidebar_blurb(foot: str) -> None:
    page = _page(foot)
    assert _frame(page) == POST
    article = parse_text(page)
    assert [p.text for p in article.paragraphs] == POST


def test_without_its_foot_the_post_is_no_frame() -> None:
    # A running time is no time of day; a line with no date or time stamps nothing.
    for foot in ("Standard Podcast [ 51:03 ] Play Now", "Share this post"):
        page = _page(foot)
        assert _frame(page) is None
        assert [p.text for p in parse_text(page).paragraphs] != POST


def test_a_foot_far_over_the_comments_heading_frames_nothing() -> None:
    lines = ["Posted by Jane at 6:35 AM", *[f"Link {k}" for k in range(8)]]
    page = render([["October 26, 2012"], ["Leaf Garland"], POST, lines, ["Post a Comment"]])
    assert _frame(page) is None


def test_a_frame_of_too_few_words_is_no_post() -> None:
    page = render([["October 26, 2012"], ["Photos"], ["Gallery", "Slideshow"],
                   ["Posted by Jane at 6:35 AM"], ["Post a Comment"]])
    assert _frame(page) is None


def test_a_region_that_takes_in_the_post_stays() -> None:
    # A long story that runs down to its foot is chosen as before: the frame only vouches
    # for a post the region left out.
    story = [BLURB.replace("I am", f"Part {k}: we are") for k in range(4)]
    page = render([list(MENU_ITEMS[:6]), ["October 26, 2012"], ["Leaf Garland"],
                   *[[line] for line in story], ["Posted by Jane at 6:35 AM"],
                   ["Post a Comment"], list(MENU_ITEMS[6:])])
    assert [p.text for p in parse_text(page).paragraphs] == story
