"""Dates the page shows away from its header: labelled as the publication's, or beside the
byline; and the decoys around them (made-up pages)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse._html.meta.facts import read_page_facts
from newsparse._html.tree import build_tree
from newsparse._model import PageFacts
from newsparse._options import DEFAULT_OPTIONS

STORY = ("<p>" + "The council met on a long evening and talked about many things. " * 6
         + "</p>") * 3
# A heading whose header says nothing of when the story came out.
HEADING = ("<header><h1>The council passes its budget</h1><div class='hero'><img src='x.jpg'>"
           "</div></header>")


def _facts(body: str, *, head: str = "", lang: str = "") -> PageFacts:
    attribute = f' lang="{lang}"' if lang else ""
    html = f"<html{attribute}><head>{head}</head><body>{body}</body></html>"
    return read_page_facts(build_tree(html, DEFAULT_OPTIONS), url=None, article_root=None,
                           body_text="", options=DEFAULT_OPTIONS)


@pytest.mark.parametrize(
    ("box", "lang"),
    [
        ("<div class='info'><h4>Published</h4><div>15 November 2018</div></div>", "en"),
        ("<div class='info'><span>Veröffentlicht am 15.11.2018</span></div>", "de"),
        ("<div class='info'><span>Publié le</span> <span>15 novembre 2018</span></div>", "fr"),
        ("<div class='info'><p>Publicado em 15 de novembro de 2018</p></div>", "pt"),
        ("<div class='info'><p>Pubblicato il 15/11/2018</p></div>", "it"),
        ("<div class='w'><p>Written by</p><p>Jana Novak</p><p>November 15, 2018</p></div>",
         "en"),
        ("<div class='w'><span>By</span> <a href='/x'>Jana Novak</a> <span>11/15/2018</span>"
         "</div>", "en"),
        # Beside a link to the author's own page, with no lead-in.
        ("<div class='w'><a href='/authors/jana-novak'>Jana Novak</a><div>•</div>"
         "<div>November 15, 2018</div></div>", "en"),
    ],
)
def test_a_labelled_date_or_one_beside_the_byline_is_read(box: str, lang: str) -> None:
    assert _facts(HEADING + STORY + box, lang=lang).published == dt.date(2018, 11, 15)


def test_a_labelled_update_is_read_only_when_nothing_else_is_shown() -> None:
    update = "<div class='info'><p>Last updated:</p><p>November 20, 2018</p></div>"
    assert _facts(HEADING + STORY + update).published == dt.date(2018, 11, 20)
    both = update + "<div class='info'><p>Published:</p><p>November 15, 2018</p></div>"
    assert _facts(HEADING + STORY + both).published == dt.date(2018, 11, 15)


@pytest.mark.parametrize(
    "line", ["Last updated: November 20, 2018", "Updated November 20, 2018",
             "Aktualisiert am 20.11.2018"])
def test_an_update_labelled_on_its_own_line_is_read_when_nothing_else_is_shown(
        line: str) -> None:
    assert _facts(HEADING + STORY + f"<div class='info'><p>{line}</p></div>").published == (
        dt.date(2018, 11, 20))
    # Not "updated" inside a sentence about something else.
    said = "<div class='info'><p>The rules were updated November 20, 2018</p></div>"
    assert _facts(HEADING + STORY + said).published is None


@pytest.mark.parametrize(
    "decoy",
    [
        # A date that says nothing of what it is: an event, a deadline in the story.
        "<div><p>March 3, 2020</p></div>",
        # Sidebars, related stories, comments and footers date other things.
        "<aside><p>Published</p><p>March 3, 2020</p><p>Published</p><p>May 4, 2020</p>"
        "</aside>",
        "<div class='related-posts'><p>By Max Roe</p><p>March 3, 2020</p></div>",
        "<div class='comment-list'><p>Posted</p><p>March 3, 2020</p></div>",
        "<aside><div class='comment'><p>Posted March 3, 2020</p></div></aside>",
        "<footer><p>Published March 3, 2020</p></footer><aside><p>Published May 4, 2020</p>"
        "</aside>",
        # A link that is no author's page gives a date no meaning.
        "<div><a href='/events/spring-fair'>Spring Fair</a><div>March 3, 2020</div></div>",
    ],
)
def test_dates_that_do_not_say_what_they_are_or_sit_in_chrome_are_not_read(decoy: str) -> None:
    assert _facts(HEADING + STORY + decoy).published is None


def test_metadata_comes_before_the_page_s_dates() -> None:
    head = '<meta property="article:published_time" content="2018-11-14">'
    box = "<div class='info'><h4>Published</h4><div>15 November 2018</div></div>"
    assert _facts(HEADING + STORY + box, head=head).published == dt.date(2018, 11, 14)


@pytest.mark.parametrize(
    "column",
    [
        "<aside><p>Published</p><p>March 3, 2020</p><p>Category</p><p>News</p></aside>",
        "<footer><p>Posted on March 3, 2020 in News</p></footer>",
        "<aside><p>Veröffentlicht am 3. März 2020</p></aside>",
        "<aside><p>Publié le 3 mars 2020</p></aside>",
        "<aside><p>Publicado el 3 de marzo de 2020</p></aside>",
    ],
)
def test_one_publication_date_labelled_in_chrome_and_no_other_is_the_page_s(
        column: str) -> None:
    assert _facts(HEADING + STORY + column).published == dt.date(2020, 3, 3)
    # …but a date outside chrome comes first.
    box = "<div class='info'><h4>Published</h4><div>15 November 2018</div></div>"
    assert _facts(HEADING + STORY + box + column).published == dt.date(2018, 11, 15)


@pytest.mark.parametrize(
    ("others", "lang", "day"),
    [
        # A date with a part over 12 says the order.
        ("<p>Earlier: 23/09/2023</p>", "en", dt.date(2023, 10, 3)),
        ("<p>Earlier: 09/23/2023</p>", "en-GB", dt.date(2023, 3, 10)),
        # Else the order of the dates written with a month name.
        ("<ul><li>3 October 2023</li><li>12 September 2023</li></ul>", "en",
         dt.date(2023, 10, 3)),
        ("<ul><li>3. Oktober 2023</li></ul>", "en", dt.date(2023, 10, 3)),
        ("<ul><li>3 de octubre de 2023</li></ul>", "en", dt.date(2023, 10, 3)),
        ("<ul><li>October 3, 2023</li><li>September 12, 2023</li></ul>", "fr",
         dt.date(2023, 3, 10)),
        # Nothing to go by: the language's habit.
        ("", "en", dt.date(2023, 3, 10)),
        ("", "fr", dt.date(2023, 10, 3)),
    ],
)
def test_a_slashed_date_that_reads_both_ways_follows_the_page_s_other_dates(
        others: str, lang: str, day: dt.date) -> None:
    box = "<div class='info'><h4>Published</h4><div>03/10/2023</div></div>"
    assert _facts(HEADING + STORY + box + others, lang=lang).published == day


# A page whose title the heading search does not find (no <h1>): the title shows as a
# line of its own, a name and a date under it.
TITLE_HEAD = "<title>The council passes its budget</title>"


@pytest.mark.parametrize(
    ("under", "lang", "day"),
    [
        ("<p>Jana Novak</p><p>23.07.2025</p>", "de", dt.date(2025, 7, 23)),
        # Under a standfirst.
        ("<p>The council has passed its budget for next year after a long night of talks "
         "with the unions.</p><p>Jana Novak</p><p>23.07.2025</p>", "de", dt.date(2025, 7, 23)),
        ("<span>DianaHR Team</span><span>Feb 16, 2026</span>", "en", dt.date(2026, 2, 16)),
        ("<p>16 février 2026</p>", "fr", dt.date(2026, 2, 16)),
        ("<p>Redazione</p><p>16 febbraio 2026</p>", "it", dt.date(2026, 2, 16)),
        ("<p>16 de fevereiro de 2026</p>", "pt", dt.date(2026, 2, 16)),
        ("<p>16 lutego 2026</p>", "pl", dt.date(2026, 2, 16)),
        ("<p>16 februari 2026</p>", "nl", dt.date(2026, 2, 16)),
    ],
)
def test_a_date_a_few_lines_under_the_title_dates_the_story(
        under: str, lang: str, day: dt.date) -> None:
    body = f"<div><div>The council passes its budget</div>{under}</div>{STORY}"
    assert _facts(body, head=TITLE_HEAD, lang=lang).published == day


@pytest.mark.parametrize(
    "under",
    [
        # A date far below the title, or past the story's first paragraph.
        "<p>One</p><p>Two</p><p>Three</p><p>Four</p><p>Feb 16, 2026</p>",
        "<p>The council met on a long evening and talked about many things.</p>"
        "<p>The council met on a long evening and talked about many things.</p>"
        "<p>Feb 16, 2026</p>",
    ],
)
def test_no_update_and_no_far_date_under_the_title_dates_the_story(under: str) -> None:
    body = f"<div><div>The council passes its budget</div>{under}</div>{STORY}"
    assert _facts(body, head=TITLE_HEAD).published is None
    in_chrome = "<aside><p>The council passes its budget</p><p>Feb 16, 2026</p></aside>"
    assert _facts(in_chrome + STORY, head=TITLE_HEAD).published is None
