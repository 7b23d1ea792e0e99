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


def test_a_story_that_outweighs_the_framed_lines_many_times_stays() -> None:
    # A frame found round a section's name set apart, a breadcrumb and a headline that
    # ends as a sentence, its "foot" the head's date and byline over a count of comments:
    # the story under the count weighs many times those lines and is the region, though
    # under a weak region's words.
    story = [BLURB.replace("I am", f"Part {k}: we are") for k in range(3)]
    page = render([list(MENU_ITEMS[:6]), ["Giveaways And Freebies"],
                   ["You are here: Home / Crafts / It's back! A garland giveaway!"],
                   ["It's back! A garland giveaway!"], ["November 10, 2012 by jane"],
                   ["717 Comments"], *[[line] for line in story], list(MENU_ITEMS[6:])])
    assert _frame(page) is not None
    assert [p.text for p in parse_text(page).paragraphs] == story


# Readers' comments on the post, each some twenty words.
COMMENTS = (
    "What a pretty garland, I am going to make one with my kids this weekend for our table.",
    "I love this idea so much! We have a big maple in the yard and the leaves are perfect.",
    "Thank you for sharing, it is such a simple thing and it looks like it came from a shop.",
    "This is darling. I made one last year with felt, but paper is so much easier to cut.",
    "Where did you find the twine? I have looked everywhere for something that looks like it.",
)
READERS = ("Amy", "Beth", "Carol", "Dana", "Erin")


def _commented_page(count: int, *, dated: bool) -> str:
    thread: list[list[str]] = []
    for k in range(count):
        reader = READERS[k % len(READERS)]
        name = f"{reader} October {k + 1}, 2012 at {k % 12 + 1}:05 PM" if dated else (
            f"{reader} said...")
        thread += [[name], [COMMENTS[k % len(COMMENTS)]]]
    return render([list(MENU_ITEMS[:6]), ["October 26, 2012"], ["Leaf Garland"], POST,
                   ["Posted by Jane at 6:35 AM"], ["Labels: crafts, fall"], ["10 comments:"],
                   *thread, ["Post a Comment"], list(MENU_ITEMS[6:])])


@pytest.mark.parametrize("dated", [True, False])
def test_a_short_post_under_a_thread_ten_times_its_size_stays_the_story(dated: bool) -> None:
    # Ten comments say ten times the post's words, under the weak region's words: each
    # under its reader's name, they weigh far less than a story's paragraphs of as many
    # words, and the frame's post is the story, dated comments (a thread) or not.
    page = _commented_page(10, dated=dated)
    post_words = sum(len(line.split()) for line in POST)
    thread_words = sum(len(COMMENTS[k % len(COMMENTS)].split()) for k in range(10))
    assert thread_words >= 10 * post_words
    assert _frame(page) == POST
    assert [p.text for p in parse_text(page).paragraphs] == POST
