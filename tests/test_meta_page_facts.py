"""read_page_facts: each source on its own, their precedence, and the decoys pages carry."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from newsparse._html.meta.authors import _header_text_names
from newsparse._html.meta.facts import read_page_facts
from newsparse._html.meta.shown import header_pieces
from newsparse._html.tree import build_tree
from newsparse._model import PageFacts
from newsparse._options import DEFAULT_OPTIONS


def _facts(html: str, *, url: str | None = None, region: str | None = None,
           body_text: str = "") -> PageFacts:
    root = build_tree(html, DEFAULT_OPTIONS)
    article_root = root.find(f".//*[@id='{region}']") if region else None
    return read_page_facts(root, url=url, article_root=article_root, body_text=body_text,
                           options=DEFAULT_OPTIONS)


def _page(head: str = "", body: str = "", lang: str = "") -> str:
    attribute = f' lang="{lang}"' if lang else ""
    return f"<html{attribute}><head>{head}</head><body>{body}<p>Body text.</p></body></html>"


LD = '<script type="application/ld+json">{}</script>'


# --- title ---------------------------------------------------------------------------

def test_title_from_the_title_element_alone() -> None:
    assert _facts(_page("<title>Plain Page Title</title>")).title == "Plain Page Title"


def test_title_precedence_jsonld_then_dublin_core_then_open_graph() -> None:
    head = ('<title>Title Element</title><meta property="og:title" content="OG title">'
            '<meta name="dc.title" content="DC title">'
            + LD.format('{"@type": "NewsArticle", "headline": "LD headline"}'))
    assert _facts(_page(head)).title == "LD headline"
    assert _facts(_page(head.replace("NewsArticle", "Recipe"))).title == "DC title"


def test_space_separated_properties_are_each_read() -> None:
    head = '<meta property="x:title dc:title" content="Preferred title">' \
           '<meta property="og:title" content="Other">'
    assert _facts(_page(head)).title == "Preferred title"


def test_property_wins_over_name_for_the_same_key() -> None:
    head = '<meta name="DC.title" content="By name"><meta property="dc:title" content="By prop">'
    assert _facts(_page(head)).title == "By prop"


def test_microdata_headline_is_a_title_source() -> None:
    body = '<div itemscope><h2 itemprop="headline">Microdata Headline Here</h2></div>'
    assert _facts(_page("<title>Site</title>", body)).title == "Microdata Headline Here"


def test_site_name_glued_to_og_title_is_stripped_and_reported() -> None:
    head = ('<meta property="og:title" content="Gun laws frustrate Obama - BBC News">'
            '<meta property="og:site_name" content="BBC News">')
    facts = _facts(_page(head))
    assert (facts.title, facts.site_name) == ("Gun laws frustrate Obama", "BBC News")


def test_site_name_from_the_title_when_the_page_declares_none() -> None:
    facts = _facts(_page("<title>Wild beat Sabres in overtime | Twin Cities</title>",
                         "<h1>Wild beat Sabres in overtime</h1>"))
    assert (facts.title, facts.site_name) == ("Wild beat Sabres in overtime", "Twin Cities")


def test_title_equal_to_the_site_name_is_never_returned() -> None:
    head = ('<title>Quanta Magazine</title><meta property="og:site_name" '
            'content="Quanta Magazine">')
    assert _facts(_page(head, "<h1>The Hidden Heroines of Chaos</h1>")).title == \
        "The Hidden Heroines of Chaos"


def test_heading_in_the_article_region_beats_a_related_story_heading() -> None:
    body = ('<div><h1>Related: Something Else Entirely</h1></div>'
            '<div id="story"><h1>The Real Story Headline</h1><p>Text.</p></div>')
    facts = _facts(_page("<title>The Real Story Headline - Site</title>", body), region="story")
    assert facts.title == "The Real Story Headline"


def test_a_region_heading_the_title_holds_beats_the_region_s_first() -> None:
    # A section's name opens the region; the story's heading is the one the title holds,
    # and its wording is the title's.
    body = ('<div id="story"><h1>Gardening Journal</h1><h1>Raised Beds vs. Rows</h1>'
            '<p>Text.</p></div>')
    head = '<meta property="og:title" content="Raised beds vs. rows | Gardenary">'
    assert _facts(_page(head, body), region="story").title == "Raised Beds vs. Rows"


def test_a_heading_the_title_holds_beats_a_sidebar_heading_before_the_region() -> None:
    # No heading inside the region: the <h1> right before it is a sidebar's.
    body = ('<h1>The Final Chapter?</h1><p>By Ben Grossman, 1/21/2008</p>'
            '<h1>Also By This Author</h1><ul><li>Another story</li></ul>'
            '<span id="story">Text of the story.</span>')
    head = "<title>The Final Chapter? - 1/21/2008 - Broadcasting &amp; Cable</title>"
    assert _facts(_page(head, body), region="story").title == "The Final Chapter?"


def test_jsonld_name_wins_when_only_it_agrees_with_the_page() -> None:
    head = ('<title>New Zealand - Wikipedia</title>'
            + LD.format('{"@type": "Article", "name": "New Zealand", '
                        '"headline": "constitutional monarchy in Oceania"}'))
    assert _facts(_page(head, "<h1>New Zealand</h1>")).title == "New Zealand"


def test_application_name_equal_to_the_title_is_not_a_site_name() -> None:
    head = ('<meta property="og:title" content="A Headline About Games">'
            '<meta name="application-name" content="A Headline About Games">')
    facts = _facts(_page(head))
    assert (facts.title, facts.site_name) == ("A Headline About Games", None)


@pytest.mark.parametrize(
    ("declared", "shown"),
    [
        ("LinkNaija | Nigeria's popular news platform", "LinkNaija"),
        ("Mozilla Hacks – the Web developer blog", "Mozilla Hacks"),
        ("The Hollywood Reporter", "The Hollywood Reporter"),
    ],
)
def test_site_name_is_shown_without_its_tagline(declared: str, shown: str) -> None:
    head = (f'<title>A Headline About Games</title>'
            f'<meta property="og:site_name" content="{declared}">')
    assert _facts(_page(head), url="https://www.hollywoodreporter.com/a").site_name == shown


def test_site_name_that_is_an_edition_yields_to_the_one_naming_the_host() -> None:
    head = ('<title>Oil drags lower, stocks drift - Reuters</title>'
            '<meta property="og:title" content="Oil drags lower, stocks drift">'
            '<meta property="og:site_name" content="U.S.">')
    facts = _facts(_page(head), url="https://www.reuters.com/article/oil")
    assert (facts.title, facts.site_name) == ("Oil drags lower, stocks drift", "Reuters")
    # Without the host, the declared name stands.
    assert _facts(_page(head)).site_name == "U.S."


def test_a_host_glued_to_the_title_is_shown_without_www() -> None:
    head = "<title>Model says what she fears most about ageing | www.wday.ru</title>"
    facts = _facts(_page(head), url="https://www.wday.ru/articles/model")
    assert (facts.title, facts.site_name) == ("Model says what she fears most about ageing",
                                              "wday.ru")


def test_a_handle_is_the_site_name_of_last_resort() -> None:
    handle = '<meta property="og:site_name" content="@politifact">'
    head = '<title>What is the value of drugs? | PolitiFact West Virginia</title>'
    assert _facts(_page(handle + "<title>What is the value of drugs?</title>")
                  ).site_name == "politifact"
    assert _facts(_page(handle + head), url="https://www.politifact.com/a"
                  ).site_name == "PolitiFact West Virginia"


# --- byline --------------------------------------------------------------------------

def test_byline_from_jsonld_people_joined_with_commas() -> None:
    head = LD.format('{"@type": "NewsArticle", "headline": "H", "author": ['
                     '{"@type": "Person", "name": "Stella Kim"},'
                     '{"@type": "Person", "name": "Jennifer Jett"}]}')
    facts = _facts(_page(head))
    assert facts.authors == ("Stella Kim", "Jennifer Jett")
    assert facts.byline == "Stella Kim, Jennifer Jett"


@pytest.mark.parametrize(
    "meta",
    ['<meta name="author" content="Jane Doe">',
     '<meta name="dc.creator" content="Jane Doe">',
     '<meta property="article:author" content="Jane Doe">',
     '<meta name="parsely-author" content="Jane Doe">',
     '<meta name="sailthru.author" content="Jane Doe">',
     '<meta name="byl" content="By JANE DOE">'],
)
def test_byline_from_author_meta_tags(meta: str) -> None:
    assert _facts(_page(meta)).authors == ("Jane Doe",)


def test_a_template_s_placeholder_is_no_author() -> None:
    head = LD.format('{"@type": "Article", "headline": "H", "author": '
                     '{"@type": "Person", "name": "undefined"}}')
    assert _facts(_page(head)).authors == ()


def test_a_desk_that_signs_the_story_is_its_byline() -> None:
    # Declared as a Person, named after the site: the whole desk, not its first word.
    head = LD.format('{"@type": "Article", "headline": "H", "author": '
                     '{"@type": "Person", "name": "The Northwind Team"}}')
    assert _facts(_page(head), url="https://www.northwind.com/a").authors == (
        "The Northwind Team",)
    # Shown under the heading only.
    body = '<h1>Headline</h1><p class="byline">By the Northwind Team</p>'
    assert _facts(_page("<title>Headline</title>", body)).authors == ("the Northwind Team",)
    # A person shown under the heading wins over a desk declared in the metadata.
    declared = '<title>Headline</title><meta name="author" content="Northwind Staff">'
    person = '<h1>Headline</h1><p class="byline">By Jane Doe</p>'
    assert _facts(_page(declared, person)).authors == ("Jane Doe",)


def test_byline_from_a_data_card_labelled_as_the_author_s() -> None:
    card = ('<meta name="twitter:label1" content="{}"><meta name="twitter:data1" '
            'content="Jane Doe"><meta name="twitter:label2" content="Est. reading time">'
            '<meta name="twitter:data2" content="3 minutes">')
    assert _facts(_page(card.format("Written by"))).authors == ("Jane Doe",)
    assert _facts(_page(card.format("Geschrieben von"))).authors == ("Jane Doe",)
    # Another card's value is no name.
    assert _facts(_page(card.format("Est. reading time"))).authors == ()


def test_byline_from_a_graph_s_person_given_by_reference() -> None:
    graph = LD.format('{{"@graph": [{{"@type": "{}", "headline": "H", '
                      '"author": {{"@id": "https://example.com/#/person/1"}}}},'
                      '{{"@type": "Person", "@id": "https://example.com/#/person/1", '
                      '"name": "Jane Doe"}}]}}')
    assert _facts(_page(graph.format("Article"))).authors == ("Jane Doe",)
    # A graph that types no article: its web page's author.
    assert _facts(_page(graph.format("WebPage"))).authors == ("Jane Doe",)


def test_article_author_url_is_not_a_name() -> None:
    head = '<meta property="article:author" content="https://www.facebook.com/jane">'
    assert _facts(_page(head)).authors == ()


def test_byline_from_microdata_rel_author_and_byline_class() -> None:
    microdata = ('<h1>Headline</h1><span itemprop="author" itemscope>'
                 '<span itemprop="name">Jane Doe</span></span>')
    rel = '<h1>Headline</h1><p>By <a rel="author" href="/jane">Jane Doe</a></p>'
    css = '<h1>Headline</h1><div class="article-byline">By Jane Doe, Staff Writer</div>'
    for body in (microdata, rel, css):
        assert _facts(_page("<title>Headline</title>", body)).authors == ("Jane Doe",)


def test_a_byline_after_the_heading_s_subtitle_is_read_but_not_after_the_next_section() -> None:
    header = ('<header><h1>The Headline</h1><h2>The deck under it</h2>'
              '<div class="authors-wrapper"><a class="author">Dan Evon</a></div></header>')
    assert _facts(_page("<title>The Headline</title>", header)).authors == ("Dan Evon",)
    related = ('<header><h1>The Headline</h1><p>A first paragraph.</p><h2>Related</h2>'
               '<div class="byline">By Other Writer</div></header>')
    assert _facts(_page("<title>The Headline</title>", related)).authors == ()


def test_a_byline_right_above_the_heading_in_its_block_is_read() -> None:
    above = ('<div class="hero"><p class="about">Von <a class="author-link">Moritz Bachmann'
             '</a> publiziert am 25. September 2018</p><h1>The Headline</h1></div>')
    assert _facts(_page("<title>The Headline</title>", above)).authors == ("Moritz Bachmann",)
    # Not as the header's byline when it belongs to something further up, beyond the
    # heading's own neighbours: it does not override the declared author as a shown
    # "By" line would (alone on the page, the page-level search still reads it).
    far = ('<div><div class="byline">By Far Away</div><p>One.</p><p>Two.</p>'
           '<h1>The Headline</h1></div>')
    declared = '<title>The Headline</title><meta name="author" content="Jane Roe">'
    assert _facts(_page(declared, far)).authors == ("Jane Roe",)
    near = '<div><div class="byline">By Far Away</div><h1>The Headline</h1></div>'
    assert _facts(_page(declared, near)).authors == ("Far Away",)


def test_a_by_line_beside_the_heading_is_read_whatever_its_class() -> None:
    body = ('<div><h1>The Headline</h1><p>By Louis Jacobson on Monday, November 18th, 2019 '
            'at 11:04 a.m.</p><p>Body.</p></div>')
    assert _facts(_page("<title>The Headline</title>", body)).authors == ("Louis Jacobson",)
    # A line of names that does not say it is a byline is not read there.
    sentence = '<div><h1>The Headline</h1><p>Jane Doe and John Roe</p><p>Body.</p></div>'
    assert _facts(_page("<title>The Headline</title>", sentence)).authors == ()


_HEADER = '<div class="top"><h1>The Headline</h1><div class="byline">{}</div></div>'


@pytest.mark.parametrize(
    ("declared", "line", "authors"),
    [
        # The By line names the declared author and more: all of them.
        ('<meta name="author" content="Danica Kirka">', "By Danica Kirka and Jill Lawless",
         ("Danica Kirka", "Jill Lawless")),
        # None of them: the declared one is the account that posted the story.
        (LD.format('{"@type": "NewsArticle", "author": {"@type": "Person", '
                   '"name": "Kevin Rebong"}}'), "By David Jeans", ("David Jeans",)),
        # The same names, however the line doubles them: the declared ones.
        ('<meta name="author" content="Sean Martin">', "By Sean Martin Sean Martin",
         ("Sean Martin",)),
        # A line that does not say it is a byline (a standfirst's writer): the declared.
        ('<meta name="author" content="Laurie Oakes">', "JOE HILDEBRAND", ("Laurie Oakes",)),
    ],
)
def test_the_by_line_under_the_heading_and_the_declared_authors(
    declared: str, line: str, authors: tuple[str, ...]
) -> None:
    page = _page("<title>The Headline</title>" + declared, _HEADER.format(line))
    assert _facts(page).authors == authors


# The header under the heading, its date and byline in a box of their own (not the
# heading's block), as many templates set them.
_BOXED = ('<div class="title-box"><h1>The Headline</h1></div>'
          '<div class="meta-box"><p>March 3, 2025</p>{}</div><p>{}</p>')
_DECLARED = '<title>The Headline</title><meta name="author" content="{}">'


@pytest.mark.parametrize(
    ("declared", "shown", "authors"),
    [
        # A "By" line in the header's box names someone else: the one the page shows.
        ("Luke Roe", "<p>By: Paula Fen</p>", ("Paula Fen",)),
        ("Luke Roe", "<p>By</p><p><a>Paula Fen</a></p>", ("Paula Fen",)),
        # A reviewer's credit is no byline, whichever way the "by" is set.
        ("Jane Doe", "<p><a>Medically reviewed</a> by <a>Kim Poe</a></p>", ("Jane Doe",)),
        ("Jane Doe", "<p>By</p><p>Fact Checked</p>", ("Jane Doe",)),
        # The header lists the declared author with others: all of them, as shown.
        ("Ann Lee", "<p><a>Ann Lee</a><span>,</span> <a>Bo Chen</a><span>,</span> "
                    "<a>Cy Diaz</a> and <a>Di Evans</a></p>",
         ("Ann Lee", "Bo Chen", "Cy Diaz", "Di Evans")),
        # …past the reference mark after each name (an affiliation's number).
        ("Ann Lee", "<p><a>Ann Lee</a><sup>1</sup><span>;</span><a>Bo Chen</a><sup>1,2</sup>"
                    "</p>", ("Ann Lee", "Bo Chen")),
        # A name alone, or one the list does not open with, changes nothing.
        ("Ann Lee", "<p><a>Ann Lee</a></p><p>Bo Chen</p>", ("Ann Lee",)),
    ],
)
def test_the_header_s_byline_and_list_of_names_weigh_the_declared_authors(
    declared: str, shown: str, authors: tuple[str, ...]
) -> None:
    body = _BOXED.format(shown, "The story's first paragraph runs on for a while here, "
                         "long enough to be read as prose rather than as a header's piece.")
    assert _facts(_page(_DECLARED.format(declared), body)).authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # A handle after a lone "By", linked to the member's page named after it.
        ('<span>By</span> <a href="/member/JaneDoe42/">JaneDoe42</a>', ("JaneDoe42",)),
        ('<span>Posted by</span> <a href="https://example.org/in/jdoe">jdoe</a> on May 3',
         ("jdoe",)),
        # A link to another page is no handle's: one word in camel case or in lower case
        # stays no name.
        ('<span>By</span> <a href="/channel/tech/">TechDesk</a>', ()),
        ('<span>By</span> <a href="/member/JaneDoe42/">JaneDoe</a>', ()),
    ],
)
def test_a_handle_linked_to_its_own_page_after_a_lone_by_is_the_byline(
    line: str, authors: tuple[str, ...]
) -> None:
    body = ('<div><h1>The Headline</h1><p>' + line + '</p><p>The story runs on for a while '
            "here, long enough to be read as the story's prose and not the header's.</p></div>")
    assert _facts(_page("<title>The Headline</title>", body)).authors == authors


_STORY = ("<p>The story runs on for a while here, long enough to be read as the story's "
          "prose and not as a piece of the header.</p>")


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # A name in an author's box, in a heading of the box, over the date.
        ('<h1>The Headline</h1><div class="author_cont"><div><div><h3><a>Jane Doe</a></h3>'
         '<p>Last updated on 3 May 2025</p></div></div></div>', ("Jane Doe",)),
        # A name whose next piece is the author's description, however worded.
        ('<h1>The Headline</h1><p>Jane Doe</p><div class="author-description">Licensed '
         'grader, M.A. Journalism</div>', ("Jane Doe",)),
        # Without the box, the same heading of names and the same description say nothing.
        ('<h1>The Headline</h1><div><div><div><h3><a>Jane Doe</a></h3>'
         '<p>Last updated on 3 May 2025</p></div></div></div>', ()),
        ('<h1>The Headline</h1><p>Jane Doe</p><div class="description">Licensed grader, M.A. '
         'Journalism</div>', ()),
    ],
)
def test_a_line_of_names_in_an_author_s_box_is_the_byline(
    header: str, authors: tuple[str, ...]
) -> None:
    body = "<div>" + header + _STORY + "</div>"
    assert _facts(_page("<title>The Headline</title>", body)).authors == authors


def test_a_line_of_names_in_an_author_s_box_above_the_heading_is_read_there() -> None:
    # Further above the heading than a byline's pieces, but in an author's box, its job
    # under it: the header's own names (the page-wide search is not asked here).
    boxed = ('<div><div class="author-info"><div class="name">Jane Doe</div><div>Writer</div>'
             '</div><div>12/11/25</div><p>Teaser line over the headline</p>'
             '<h1>The Headline</h1>' + _STORY + '</div>')
    plain = boxed.replace("author-info", "info")
    for body, authors in ((boxed, ("Jane Doe",)), (plain, ())):
        root = build_tree(_page("", body), DEFAULT_OPTIONS)
        header = header_pieces(root.find(".//h1"), DEFAULT_OPTIONS)
        assert _header_text_names(header, set(), DEFAULT_OPTIONS) == authors


@pytest.mark.parametrize(
    "label", ["Contributors:", "Contributor:", "Contributed by", "This post was written by",
              "This article is written by"])
def test_the_web_s_author_credit_labels_lead_into_the_names(label: str) -> None:
    # In the header, and away from it (an author's note under the story).
    header = f"<div><h1>The Headline</h1><p><strong>{label}</strong> Jane Doe</p>{_STORY}</div>"
    assert _facts(_page("<title>The Headline</title>", header)).authors == ("Jane Doe",)
    note = (f"<div><h1>The Headline</h1>{_STORY}{_STORY}</div>"
            f"<div class='note'><p><em>{label}</em> <a>Jane Doe, MD</a>, surgeon.</p></div>")
    assert _facts(_page("<title>The Headline</title>", note)).authors == ("Jane Doe",)


def test_a_byline_in_a_sidebar_before_the_heading_is_ignored() -> None:
    body = ('<aside><div class="byline">By Sidebar Person</div></aside>'
            '<h1>The Headline</h1><div class="byline">By Real Author</div>')
    assert _facts(_page("<title>The Headline</title>", body)).authors == ("Real Author",)


def test_site_name_as_author_is_the_last_resort_and_a_declared_person_is_kept() -> None:
    # The site declared as the author is the byline only when the page names no one else
    # (issue 13: an organisation that is the only author named).
    site = '<meta property="og:site_name" content="BBC News">'
    assert _facts(_page(site + '<meta name="author" content="BBC News">')
                  ).authors == ("BBC News",)
    shown = '<h1>The Headline</h1><p>By Jane Doe</p>'
    assert _facts(_page(site + '<meta name="author" content="BBC News">', shown)
                  ).authors == ("Jane Doe",)
    blog = LD.format('{"@type": "Article", "headline": "H", "author": {"@type": "Person", '
                     '"name": "Haki Benita"}, "publisher": {"@type": "Organization", '
                     '"name": "Haki Benita"}}')
    assert _facts(_page(blog)).authors == ("Haki Benita",)


def test_an_organisation_author_other_than_the_site_is_the_last_resort() -> None:
    head = LD.format('{"@type": "Article", "name": "Hermitian matrix", "author": {"@type": '
                     '"Organization", "name": "Contributors to Wikimedia projects"}}')
    assert _facts(_page(head)).byline == "Contributors to Wikimedia projects"


# --- dates ---------------------------------------------------------------------------

def test_jsonld_date_beats_meta_tags() -> None:
    head = ('<meta property="article:published_time" content="2015-12-11T14:28:34Z">'
            + LD.format('{"@type": "NewsArticle", "headline": "H", '
                        '"datePublished": "2015-10-15T02:19:15Z"}'))
    assert _facts(_page(head)).published == dt.datetime(2015, 10, 15, 2, 19, 15, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "meta",
    ['<meta property="article:published_time" content="2020-05-06">',
     '<meta name="parsely-pub-date" content="2020-05-06">',
     '<meta name="sailthru.date" content="2020-05-06">',
     '<meta name="dc.date.issued" content="2020-05-06">',
     '<meta itemprop="datePublished" content="2020-05-06">',
     '<meta name="pubdate" content="2020-05-06">'],
)
def test_date_from_common_meta_tags(meta: str) -> None:
    assert _facts(_page(meta)).published == dt.date(2020, 5, 6)


@pytest.mark.parametrize(
    "key",
    ["w-published-date", "OriginalPublicationDate", "article_date_original", "pub_date",
     "published_at", "citation_publication_date", "cxenseparse:publishtime"],
)
def test_date_from_a_meta_key_that_says_publication_date(key: str) -> None:
    assert _facts(_page(f'<meta name="{key}" content="2020-05-06">')).published == dt.date(
        2020, 5, 6)


@pytest.mark.parametrize(
    "key", ["expirydate", "created", "publisher", "modified-date", "last-published-date"])
def test_no_date_from_a_meta_key_of_another_date(key: str) -> None:
    assert _facts(_page(f'<meta name="{key}" content="2020-05-06">')).published is None


def test_a_site_s_own_date_keys_still_keep_a_publication_after_its_update_out() -> None:
    head = ('<meta name="published-time" content="2026-03-09T08:45:32Z">'
            '<meta name="modified-date" content="2024-07-30">'
            '<meta name="published-date" content="2021-02-16">')
    facts = _facts(_page(head))
    assert facts.published == dt.date(2021, 2, 16)
    assert facts.modified == dt.date(2024, 7, 30)


def test_date_from_the_time_element_after_the_heading() -> None:
    body = ('<time datetime="2011-01-01">Old sidebar item</time><h1>Headline</h1>'
            '<time datetime="2020-05-06T07:08:09+02:00">May 6</time>')
    published = _facts(_page("<title>Headline</title>", body)).published
    assert published == dt.datetime(2020, 5, 6, 7, 8, 9,
                                    tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_date_written_in_the_article_header() -> None:
    body = ('<div class="sidebar-date">January 1, 2011</div><h1>Headline</h1>'
            '<div class="meta"><span class="updated-date">Last updated March 3, 2021</span>'
            '<span class="publish-date">Published 18 November 2019</span></div>')
    assert _facts(_page("<title>Headline</title>", body)).published == dt.date(2019, 11, 18)


@pytest.mark.parametrize("kind", ["ClaimReview", "CriticReview", "MedicalWebPage"])
def test_date_from_a_fact_check_a_review_or_a_medical_page(kind: str) -> None:
    head = LD.format(f'{{"@type": "{kind}", "datePublished": "2019-11-18T10:15:00Z"}}')
    assert _facts(_page(head)).published == dt.datetime(2019, 11, 18, 10, 15, tzinfo=dt.UTC)


def test_date_written_beside_the_heading_in_an_element_of_any_class() -> None:
    above = ('<div><p class="about">Von Moritz Bachmann publiziert am 25. September 2018</p>'
             '<h1>The Headline</h1><p>Body.</p></div>')
    assert _facts(_page("<title>The Headline</title>", above)).published == dt.date(2018, 9, 25)
    below = '<h1>The Headline</h1><div class="info">Joe Wee Monday, February 29, 2016</div>'
    assert _facts(_page("", below)).published == dt.date(2016, 2, 29)
    # A line that says the page was updated yields to any other date the page gives…
    updated = '<h1>The Headline</h1><div class="info">By Jane Doe Updated Nov 13, 2019</div>'
    declared = '<meta property="article:published_time" content="2019-11-12">'
    assert _facts(_page(declared, updated)).published == dt.date(2019, 11, 12)
    # …and is the date the page states only when it gives no other (issue 13).
    assert _facts(_page("", updated)).published == dt.date(2019, 11, 13)


def test_date_written_in_the_byline() -> None:
    body = ('<div class="intro"><div class="title"><h1>The Headline</h1></div>'
            '<div class="author-name"><span>VICTOR TANGERMANN, FUTURISM</span> '
            '<span>18 NOV 2019</span></div></div>')
    assert _facts(_page("", body)).published == dt.date(2019, 11, 18)
    # The URL's date comes first.
    assert _facts(_page("", body), url="https://example.com/2019/11/17/slug"
                  ).published == dt.date(2019, 11, 17)


def test_date_from_the_url_path_as_a_last_resort() -> None:
    facts = _facts(_page(), url="https://example.com/2019/11/19/slug.html")
    assert facts.published == dt.date(2019, 11, 19)


def test_dates_in_scripts_are_never_read() -> None:
    body = ('<script>var published = "2020-05-06T07:08:09Z"; '
            '{"datePublished": "2020-05-06"}</script><h1>Headline</h1>')
    assert _facts(_page("<title>Headline</title>", body)).published is None


def test_modified_date() -> None:
    head = '<meta property="article:modified_time" content="2020-05-07">'
    assert _facts(_page(head)).modified == dt.date(2020, 5, 7)


# --- language, url -------------------------------------------------------------------

def test_language_from_html_lang_then_meta_then_og_locale() -> None:
    assert _facts(_page(lang="en-us")).language == "en-US"
    assert _facts(_page('<meta http-equiv="content-language" content="fr">')).language == "fr"
    assert _facts(_page('<meta property="og:locale" content="pt_BR">')).language == "pt-BR"


def test_language_guessed_from_the_body_when_undeclared() -> None:
    body = ("Der Minister sagte, dass der Plan bis zum Ende des Jahres fertig sein wird und "
            "dass es eine der wichtigsten Sachen ist, die die Regierung für die Menschen im "
            "Norden des Landes gemacht hat, und das ist nicht alles, was er sagte.")
    assert _facts(_page(), body_text=body).language == "de"


def test_canonical_url_resolved_against_the_callers_url() -> None:
    head = '<link rel="canonical" href="/news/story.html">'
    facts = _facts(_page(head), url="https://example.com/amp/story.html?x=1")
    assert facts.url == "https://example.com/news/story.html"


def test_caller_url_when_the_page_gives_no_usable_canonical() -> None:
    head = '<link rel="canonical" href="javascript:void(0)">'
    assert _facts(_page(head), url="https://example.com/a").url == "https://example.com/a"
    assert _facts(_page()).url is None


def test_og_url_when_there_is_no_canonical_link() -> None:
    head = '<meta property="og:url" content="https://example.com/story">'
    assert _facts(_page(head)).url == "https://example.com/story"


def test_an_empty_page_gives_empty_facts() -> None:
    root = lxml.html.document_fromstring("<html><body><p>x</p></body></html>")
    facts = read_page_facts(root, url=None, article_root=None, body_text="",
                            options=DEFAULT_OPTIONS)
    assert (facts.title, facts.byline, facts.published, facts.site_name) == (None,) * 4


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.com/2025/12/18/the-evening-post", dt.date(2025, 12, 18)),
    ("https://example.com/the-evening-post",
     dt.datetime(2025, 12, 19, 2, 41, 41, tzinfo=dt.UTC)),
])
def test_a_utc_publication_stamp_past_midnight_takes_the_url_s_day(
        url: str, expected: dt.date) -> None:
    head = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">'
    assert _facts(_page(head), url=url).published == expected
