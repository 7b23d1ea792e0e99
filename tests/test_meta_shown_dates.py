"""Dates the page shows to readers, in the languages the project reads (made-up pages)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse._html.meta.facts import read_page_facts
from newsparse._html.tree import build_tree
from newsparse._model import PageFacts
from newsparse._options import DEFAULT_OPTIONS
from newsparse._reading.dates import parse_shown_date

STORY = ("<p>" + "The council met on a long evening and talked about many things. " * 6
         + "</p>") * 3


def _facts(body: str, *, head: str = "", lang: str = "") -> PageFacts:
    attribute = f' lang="{lang}"' if lang else ""
    html = f"<html{attribute}><head>{head}</head><body>{body}</body></html>"
    return read_page_facts(build_tree(html, DEFAULT_OPTIONS), url=None, article_root=None,
                           body_text="", options=DEFAULT_OPTIONS)


@pytest.mark.parametrize(
    "text",
    [
        "12. Oktober 2019", "Veröffentlicht am 12.10.2019", "12 ottobre 2019",
        "Pubblicato il 12/10/2019", "12 de outubro de 2019", "Publicado em 12/10/2019",
        "12 października 2019", "Publié le 12 octobre 2019 à 10h05", "12 de octubre de 2019",
        "October 12, 2019", "Oct 12th, 2019", "2019-10-12", "12 oktober 2019",
    ],
)
def test_a_shown_date_in_each_language_form(text: str) -> None:
    assert parse_shown_date(text, DEFAULT_OPTIONS) == dt.date(2019, 10, 12)


def test_a_slashed_date_is_day_first_unless_the_page_writes_month_first() -> None:
    assert parse_shown_date("03/04/2021", DEFAULT_OPTIONS) == dt.date(2021, 4, 3)
    assert parse_shown_date("03/04/2021", DEFAULT_OPTIONS, month_first=True) == dt.date(2021, 3, 4)
    # The numbers say which is which whatever the habit.
    assert parse_shown_date("13/04/2021", DEFAULT_OPTIONS, month_first=True) == dt.date(2021, 4, 13)
    assert parse_shown_date("04/13/2021", DEFAULT_OPTIONS) == dt.date(2021, 4, 13)


@pytest.mark.parametrize("text", ["Version 3.2", "Call 0800 12 34", "No date here", "1.2.3"])
def test_no_date_where_none_is_written(text: str) -> None:
    assert parse_shown_date(text, DEFAULT_OPTIONS) is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("<p class='x'><span>Veröffentlicht am</span> <span>12. Oktober 2019</span></p>", "de"),
        ("<div><time>12 ottobre 2019</time></div>", "it"),
        ("<p>Publié le 12 octobre 2019</p>", "fr"),
        ("<div>Publicado em 12 de outubro de 2019</div>", "pt"),
        ("<div>12.10.2019</div>", "pl"),
        ("<div><span>By Jane Doe</span> <span>October 12, 2019</span></div>", "en"),
    ],
)
def test_the_date_shown_under_the_headline_is_read(line: str, lang: str) -> None:
    facts = _facts(f"<h1>Der Stadtrat beschließt den Haushalt</h1>{line}{STORY}", lang=lang)
    assert facts.published == dt.date(2019, 10, 12)


def test_a_shown_update_gives_way_to_the_shown_publication_date() -> None:
    facts = _facts("<h1>Der Stadtrat beschließt den Haushalt</h1>"
                   "<p>Aktualisiert am 14.10.2019</p><p>Veröffentlicht am 12.10.2019</p>" + STORY)
    assert facts.published == dt.date(2019, 10, 12)


def test_an_update_alone_is_the_date_the_page_states() -> None:
    facts = _facts("<h1>Der Stadtrat beschließt den Haushalt</h1>"
                   "<p>Updated: October 14, 2019</p>" + STORY)
    assert facts.published == dt.date(2019, 10, 14)


def test_metadata_keeps_its_place_before_the_shown_date() -> None:
    head = '<meta property="article:published_time" content="2019-10-11T09:00:00+02:00">'
    facts = _facts("<h1>Der Stadtrat beschließt den Haushalt</h1><p>12.10.2019</p>" + STORY,
                   head=head)
    assert facts.published == dt.datetime(2019, 10, 11, 9, tzinfo=dt.timezone(
        dt.timedelta(hours=2)))


def test_dates_in_the_story_comments_and_sidebar_are_not_read() -> None:
    facts = _facts("<h1>Der Stadtrat beschließt den Haushalt</h1>" + STORY
                   + "<div class='comments'><p>Jane wrote on 3 March 2020</p></div>"
                   "<aside><p>Related</p><p>1 April 2020</p></aside>")
    assert facts.published is None


def test_a_shown_date_earlier_than_the_metadata_is_the_first_publication() -> None:
    # The metadata was regenerated when the page was moved; the header keeps the day.
    head = '<meta property="article:published_time" content="2024-07-05T14:20:08-04:00">'
    facts = _facts("<h1>The council passes its budget</h1><p>March 1, 2024</p>" + STORY,
                   head=head)
    assert facts.published == dt.date(2024, 3, 1)


@pytest.mark.parametrize("shown", ["July 4, 2024", "July 5, 2024", "August 2, 2024"])
def test_a_shown_date_a_zone_apart_or_later_leaves_the_metadata(shown: str) -> None:
    # A day apart is the same moment in another time zone; a later one, an update.
    head = '<meta property="article:published_time" content="2024-07-05T01:20:08+00:00">'
    facts = _facts(f"<h1>The council passes its budget</h1><p>{shown}</p>" + STORY,
                   head=head)
    assert facts.published == dt.datetime(2024, 7, 5, 1, 20, 8, tzinfo=dt.UTC)


def test_an_earlier_date_in_the_story_or_a_sidebar_leaves_the_metadata() -> None:
    head = '<meta property="article:published_time" content="2024-07-05T14:20:08+00:00">'
    facts = _facts("<h1>The council passes its budget</h1>" + STORY
                   + "<aside><p>Related</p><p>1 April 2020</p></aside>", head=head)
    assert facts.published == dt.datetime(2024, 7, 5, 14, 20, 8, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        # The update under the publication date, over it, or on the same line.
        ("<p>Veröffentlicht am 12.10.2019</p><p>Aktualisiert am 14.10.2019</p>", "de"),
        ("<p>Mis à jour le 14 octobre 2019</p><p>Publié le 12 octobre 2019</p>", "fr"),
        ("<p>Publicado el 12 de octubre de 2019 | Actualizado el 14 de octubre de 2019</p>",
         "es"),
        ("<p><time>October 12, 2019</time> · Updated October 14, 2019</p>", "en"),
    ],
)
def test_the_shown_update_is_the_modified_date_and_not_the_published(header: str,
                                                                      lang: str) -> None:
    facts = _facts(f"<h1>Der Stadtrat beschließt den Haushalt</h1>{header}{STORY}", lang=lang)
    assert (facts.published, facts.modified) == (dt.date(2019, 10, 12), dt.date(2019, 10, 14))


def test_the_metadata_s_modified_date_comes_before_the_shown_update() -> None:
    head = '<meta property="article:modified_time" content="2019-10-15">'
    facts = _facts("<h1>The council passes its budget</h1><p>October 12, 2019</p>"
                   "<p>Updated October 14, 2019</p>" + STORY, head=head)
    assert (facts.published, facts.modified) == (dt.date(2019, 10, 12), dt.date(2019, 10, 15))


def test_an_update_shown_before_the_publication_day_is_no_modified_date() -> None:
    # No update comes before the story it updates: that date is a misread or another's.
    head = '<meta property="article:published_time" content="2019-10-12">'
    facts = _facts("<h1>The council passes its budget</h1><p>Updated October 2, 2019</p>"
                   + STORY, head=head)
    assert (facts.published, facts.modified) == (dt.date(2019, 10, 12), None)


@pytest.mark.parametrize("times", [
    # A theme's two <time>s, the update's first or last: the publication's is published.
    "<time class='updated' datetime='2019-10-14T09:00:00+02:00'>14. Oktober 2019</time>"
    "<time class='entry-date published' datetime='2019-10-12T10:00:00+02:00'>12. Oktober"
    " 2019</time>",
    "<time class='entry-date published' datetime='2019-10-12T10:00:00+02:00'>12. Oktober"
    " 2019</time><time class='updated' datetime='2019-10-14T09:00:00+02:00'>14. Oktober"
    " 2019</time>",
    "<time itemprop='dateModified' datetime='2019-10-14T09:00:00+02:00'>14.10.2019</time>"
    "<time datetime='2019-10-12T10:00:00+02:00'>12.10.2019</time>",
])
def test_a_time_marked_as_the_update_s_is_the_modified_date(times: str) -> None:
    facts = _facts(f"<h1>Der Stadtrat beschließt den Haushalt</h1><p>{times}</p>{STORY}",
                   lang="de")
    zone = dt.timezone(dt.timedelta(hours=2))
    assert (facts.published, facts.modified) == (dt.datetime(2019, 10, 12, 10, tzinfo=zone),
                                                 dt.datetime(2019, 10, 14, 9, tzinfo=zone))


def test_a_lone_time_marked_updated_is_the_publication_date() -> None:
    # Themes mark their one date "updated" for hAtom's sake: it is the page's date.
    facts = _facts("<h1>The council passes its budget</h1><p><time class='updated' "
                   "datetime='2019-10-12T10:00:00+00:00'>October 12, 2019</time></p>" + STORY)
    assert (facts.published, facts.modified) == (
        dt.datetime(2019, 10, 12, 10, tzinfo=dt.UTC), None)
