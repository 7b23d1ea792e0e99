"""Unit tests for the head of the HTML story (newsparse._html.pipeline): what the region
holds above the story's headline is no story."""

from __future__ import annotations

from newsparse import parse

TITLE = "Harbour bridge to be rebuilt"
STORY = [
    "The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate "
    "that has divided residents for more than a decade.",
    "Engineers say the new span will carry twice as many cars and open a lane for bicycles, "
    "which the mayor called a turning point for the waterfront.",
]
TAGLINE = (
    "Every week I write about ports, ferries and the people who work on the water, from "
    "the small harbours of the north coast to the container terminals of the south."
)


def blog(header: str, post: str) -> str:
    return (
        f"<html><head><title>{TITLE} | Harbour Notes</title></head><body>"
        f"<div id='wrapper'>{header}<div class='post'>{post}</div></div></body></html>"
    )


def test_a_blogs_tagline_above_the_posts_headline_is_no_story() -> None:
    header = f"<div id='header'><h1><a href='/'>Harbour Notes</a></h1><p>{TAGLINE}</p></div>"
    post = f"<h2>{TITLE}</h2>" + "".join(f"<p>{p}</p>" for p in STORY)
    article = parse(blog(header, post))
    assert article.body == "\n\n".join(STORY)


def test_a_heading_repeating_the_title_inside_the_story_keeps_what_is_above_it() -> None:
    # An introduction, then a section named like the page, in one container.
    post = (
        f"<h1>{TITLE}</h1><div class='entry'><p>{TAGLINE}</p><h2>{TITLE}</h2>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</div>"
    )
    article = parse(blog("", post))
    assert article.body.startswith(TAGLINE)
    assert article.body.endswith(STORY[-1])


def test_blocks_above_a_headline_in_their_own_container_stay_when_it_repeats_the_title() -> None:
    # The page's headline comes first; a later heading saying the title again (a recipe's
    # name over its card) heads no story.
    post = (
        f"<h1>{TITLE}</h1><div class='intro'><p>{TAGLINE}</p></div><div class='card'>"
        f"<h3>{TITLE}</h3>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    )
    assert parse(blog("", post)).body.startswith(TAGLINE)
