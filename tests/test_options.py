"""ParseOptions: every field is a real knob, and impossible values are refused.

Each field has a case below: a value that changes the article of a small made-up page or
dump (so the field reaches its stage), or that the validator refuses. A new field needs
a case, or the completeness test fails.
"""

from __future__ import annotations

import itertools
import textwrap
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import lxml.etree
import lxml.html
import pytest

import newsparse._options
from newsparse import NewsparseError, ParseOptions, parse_dateline, parse_html, parse_text
from newsparse._html.classify import _with_siblings
from newsparse._html.meta.authors import _by_line_names, _header_text_names, _only_declared_author
from newsparse._html.meta.facts import _headline_of_lead
from newsparse._html.meta.headline import headline_above_story
from newsparse._html.meta.page import (
    find_heading,
    header_blocks,
    heading_neighbours,
    in_article_header,
)
from newsparse._html.meta.page_authors import page_authors
from newsparse._html.meta.page_dates import date_under_title, page_date
from newsparse._html.meta.page_pieces import PagePieces
from newsparse._html.meta.share import share_title
from newsparse._html.meta.shown import header_pieces, shown_title_part
from newsparse._html.meta.sources import Placed, collect_sources
from newsparse._html.meta.title import strip_site_name
from newsparse._input.decode import decode_bytes
from newsparse._input.sniff import looks_like_html
from newsparse._options import DEPRECATED_FIELDS
from newsparse._reading.bylines import (
    bare_names,
    byline_names,
    find_byline,
    is_byline_furniture,
    is_role_line,
)
from newsparse._reading.dates import parse_shown_date
from newsparse._reading.keys import site_key
from newsparse._reading.language import checked_language, guess_language
from newsparse._text.classify import first_label
from newsparse._text.columns import side_by_side_columns
from newsparse._text.comments import comment_threads, form_notes
from newsparse._text.dates import date_follows, is_date_line, line_dates
from newsparse._text.features import LineFeatures, code_blocks, line_measure
from newsparse._text.frame import post_frame
from newsparse._text.head import read_head
from newsparse._text.lines import TEXT, split_lines
from newsparse._text.markdown import join_wrapped_links, looks_like_markdown, read_markdown
from newsparse._text.region import _headed_over_weak, line_weights
from newsparse._text.renderers import read_dump
from newsparse._text.sections import topical_lists
from newsparse._text.title import _meta_bonuses, is_credit_line, looks_like_headline
from newsparse._text.unwrap import BreakEvidence, Wrap, wrap_width
from text_dumps import SENTENCES

_STORY = (
    "The council said on Monday that it would not raise the tax this year, and that the "
    "money for the new bridge would come from the sale of the old depot instead.",
    "Officials agreed.",
    "Residents who spoke at the meeting were divided, and some of them said they had not "
    "been told about the plan at all before it was put to the vote on Friday night.",
    "The plan has three parts:",
    "a new bridge",
    "a bus lane",
    "a park by the river",
    "The mayor, who has been in office since 2015, is expected to present a revised budget "
    "to the board in March, and it was not clear whether the state would agree to it.",
)

#: A news page shaped like the real ones: a menu, the article with its header, a short
#: paragraph, a paragraph heavy with links, a list, then teasers and a footer.
HTML_PAGE = f"""<!doctype html><html lang="en"><head>
<title>Council keeps the tax as it is | The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta property="article:published_time" content="2024-03-04T09:30:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<div class="main"><article>
<h1>Council keeps the tax as it is</h1>
<p class="byline">By Jane Doe</p>
<p><time datetime="2024-03-04">March 4, 2024</time></p>
<p>LONDON, March 2 (Reuters) — {_STORY[0]}</p>
<p>{_STORY[1]}</p>
<p>{_STORY[2]} See <a href="/a">the plan</a> and <a href="/b">the vote on the plan</a>.</p>
<p>{_STORY[3]}</p><ul><li>{_STORY[4]}</li><li>{_STORY[5]}</li><li>{_STORY[6]}</li></ul>
<div><div><p>{_STORY[7]}</p></div></div>
</article></div>
<aside><h2>Related</h2><ul><li><a href="/x">Stocks slide as investors weigh new tariffs
on imported steel</a></li><li><a href="/y">Five things to know this week</a></li></ul></aside>
<footer><p>© 2024 The Daily Planet. All rights reserved.</p></footer>
</body></html>"""

#: The same story saved as text: menu lines, the header, the story with its list, a
#: "Related" wall with teasers, comments and the footer.
TEXT_DUMP = "\n\n".join([
    "Home\nWorld\nBusiness\nSport\nOpinion",
    "Council keeps the tax as it is",
    "By Jane Doe",
    "March 4, 2024",
    f"LONDON, March 2 (Reuters) — {_STORY[0]}",
    _STORY[1],
    _STORY[2],
    "\n".join(_STORY[3:7]),
    _STORY[7],
    "Related",
    "Stocks slide as investors weigh new tariffs\nFive things to know this week",
    "Comments",
    "I think the council got this one right, for once.",
    "© 2024 The Daily Planet. All rights reserved.\nPrivacy Policy\nTerms of Use",
]) + "\n"

_P = _STORY[0]
#: A story of 200 words and more, for a dump that shows it twice (a hidden copy).
_COPIED = (*_STORY, *(f"{line} Paragraph {i}." for i, line in enumerate(_STORY) if len(line) > 70))
_Q = _STORY[2]
_R = _STORY[7]
_S = "A spokesman for the state said it would study the plan and answer within a month."
_S2 = "The city said the old depot would be sold in the spring to pay for the new bridge."
_MENU = "Home\nWorld\nBusiness\nSport\nOpinion"
# A share link beside a wrapper: text of its own, so that the wrapper is no lone one.
_SHARE = "<p><a href='/share'>Share</a></p>"
_COMMENT = ("I have lived in this town for thirty years and I can tell you that the council has "
            "never once kept a promise about that bridge, and I do not expect them to start now.")
# Lines with stop words but no sentence end: near-good, unless long enough to be good.
_NO_ENDS = (
    "The best of the new podcasts of the month and of the week for all the people of the "
    "city and of the town",
    "All of the new podcasts of the month and of the week for the people who live in the "
    "city and in the town",
    "The list of the best places to eat in the city this year for all of the people who "
    "like to eat out in town",
)
# Lines of keywords: long, without a sentence end or many stop words.
_KEYWORD_LINES = tuple(
    " ".join(f"{word} {n}" for word in ("Council", "Budget", "Bridge", "Depot", "Mayor", "Tax",
                                        "Vote", "River", "Board", "State", "Plan"))
    for n in range(4))
# A paragraph of Chinese text: 70 characters without a full stop, prose by its length in
# Chinese (not in a script of words).
_CJK = ("市议会周一表示今年不会提高税收并说新桥的资金将来自出售旧仓库的收入"
        "居民对此意见不一有些人说他们事先并不知道这个计划市长将在三月份提交新的预算")


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _sidebar(blocks: str) -> str:
    """A page of two short paragraphs and a sidebar of ``blocks``."""
    return _page(f"<div><p>{_S}</p><p>{_S2}</p></div><div class='sidebar'>{blocks}</div>")


def _dump(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


#: Small pages and dumps, each shaped to reach one stage's threshold.
INPUTS: dict[str, str] = {
    "page": HTML_PAGE,
    "dump": TEXT_DUMP,
    # A list of phrases between the story's paragraphs, its long item no content alone.
    # A list the story announces, of items too short to read as a list of phrases.
    "announced list dump": TEXT_DUMP.replace(
        "\n".join(_STORY[4:7]), "bus lane\nferry pier\nriver park"),
    "inner list dump": _dump(
        _MENU, f"{_P} {_Q}", f"{_R} {_S}",
        "Fluids, such as automatic transmission fluid, windshield washer fluid, power "
        "steering fluid, brake fluid and coolant\nBelts and hoses\nExhaust system and "
        "mufflers\nTire inflation and condition", f"{_S2} {_P}", f"{_Q} {_S}", _MENU),
    # The story split in two parts side by side: the decay decides whether their wrapper
    # or the bigger part is the region.
    "split page": _page(
        f"<article id='wrap'><div class='a'><p>{_P}</p><p>{_Q}</p><p>{_R}</p><p>{_P} {_Q}</p>"
        f"<p>{_R} {_P}</p></div><div class='b'><p>{_S}</p><p>{_S}</p></div></article>"),
    # A story-body four levels down, and a part of the story beside its outermost wrapper
    # (each wrapper beside a link of its own, so that each is a level of the search).
    "deep story page": _page(
        f"<div class='b'><p>{_R}</p></div><div>{_SHARE}<div>{_SHARE}<div>{_SHARE}"
        f"<div class='story-body'><p>{_P}</p><p>{_Q}</p><p>{_R}</p><p>{_P} {_Q}</p></div>"
        "</div></div></div>"),
    # A one-sentence "article-body" far from the plain story.
    "small article-body page": _page(
        "<div><div><div><div><div class='x'><div><div><div><div class='article-body'>"
        f"<p>{_S}</p></div></div></div></div></div></div></div></div></div>"
        f"<div><p>{_P}</p><p>{_Q}</p><p>{_R}</p><p>{_P} {_Q}</p><p>{_R} {_P}</p></div>"),
    # A long first paragraph, then short ones between linked lines that pull their
    # container's sum below it: the climb to the container decides whether they count.
    "lone paragraph page": _page(
        f"<div class='body'><p>{_P} {_Q} {_R} {_P} {_Q} {_R}</p>" + "".join(
            f"<p><a href='/{i}'>Click here to find out which other stocks crossed their "
            f"average this week, and what the analysts who follow them make of it, number "
            f"{i}</a></p><p>{_S}</p>" for i in range(4))
        + "</div>"),
    # An old layout's story cell: the story in a "story-body" element, other news after
    # it in the same cell; the cell narrows to the story when it holds enough of it.
    "story cell page": _page(
        f"<table><tr><td><div><div class='story-body'><p>{_P}</p><p>{_Q}</p></div></div>"
        f"<p><b>Other news</b><br>{_S}</p><p><b>More news</b><br>{_S2}</p></td></tr></table>"),
    # A linked line over the story (a linked line between its paragraphs stays anyway).
    "link line page": _page(
        f"<article><p><a href='/x'>Click here to read the first part of this story</a></p>"
        f"<p>{_P}</p><p>{_Q}</p></article>"),
    # A bio under the story, in a box named for its author.
    # The author's bio under its heading, after the story in its container.
    "author heading page": _page(
        f"<article><p>{_P}</p><p>{_Q}</p><p>{_R}</p><h3>About the author</h3><p>{_S}</p>"
        "</article>"),
    # A box of links with one plain line over them, between the story's paragraphs.
    "box label page": _page(
        f"<article><p>{_P}</p><p>{_Q}</p><div class='box'><div>Most read this week</div>"
        + "".join(f"<p><a href='/{i}'>Another story of the week, number {i}</a></p>"
                  for i in range(3))
        + f"</div><p>{_R}</p></article>"),
    # Teasers of other stories under a heading naming them, in a box after the story's
    # container.
    "related heading page": _page(
        f"<article><div class='text'><p>{_P}</p><p>{_Q}</p><p>{_R}</p></div>"
        f"<div class='more'><h3>Related posts</h3><article><p>{_S} {_S2}</p></article>"
        f"<article><p>{_S2} {_S}</p></article><article><p>{_S} {_S}</p></article></div>"
        "</article>"),
    # The story inside a box whose class names a caption, beside a short note.
    "caption box page": _page(
        f"<div class='story'><p>{_P}</p><p>{_Q}</p><p>{_R}</p><div class='caption-image'>"
        f"<img src='a.jpg'><p>{_S}</p><p>{_S}</p><p>{_S}</p></div></div>"),
    "author box page": _page(
        f"<article><p>{_P}</p><p>{_Q}</p><p>{_R}</p><div class='author-bio'><p>{_S}</p>"
        "</div></article>"),
    # Most of the story inside an element whose class says "sidebar".
    "sidebar page": _page(
        f"<p>{_R}</p><div class='sidebar'><p>{_P}</p><p>{_Q}</p><p>{_P} {_Q}</p></div>"),
    # Teaser cards (a headline link and a blurb) beside a short article.
    "teasers page": _page(
        f"<div><article><p>{_P}</p><p>{_Q}</p></article><div class='more'>" + "".join(
            f"<div><a href='/{i}'>Another story number {i} with a long headline</a>"
            f"<p>{_S}</p></div>" for i in range(4)) + "</div></div>"),
    # A row of other stories' cards (headline link, date, blurb) after the story, inside
    # its container.
    "cards page": _page(
        f"<article><p>{_P}</p><p>{_Q}</p><p>{_R}</p><p>{_P} {_Q}</p><div class='row'>"
        + "".join(f"<div class='card'><div><a href='/{i}'>Another story number {i}</a></div>"
                  f"<div>Updated May {i + 1}</div><div>{_S}</div></div>" for i in range(3))
        + "</div></article>"),
    # The same cards linking out only by a "Read more..." that ends the blurb.
    "more-link cards page": _page(
        f"<article><p>{_P}</p><p>{_Q}</p><p>{_R}</p><p>{_P} {_Q}</p><div class='row'>"
        + "".join(f"<div class='card'><div>Another story number {i}</div><div>Updated May "
                  f"{i + 1}</div><div>{_S} <a href='/{i}'>Full story</a></div></div>"
                  for i in range(3))
        + "</div></article>"),
    # A date stamp after the lead paragraph.
    "stamp page": _page(
        f"<article><h1>Council keeps the tax</h1><p>{_P}</p><p>Published March 4, 2024</p>"
        f"<p>{_Q}</p><p>{_R}</p></article>"),
    # The only date: written in a long header line.
    "long date page": _page(
        "<article><h1>Council keeps the tax</h1><div class='date'>Published 18 November "
        "2019 by the city desk of the Daily Planet, with reporting by our correspondents "
        f"in the council chamber</div><p>{_P}</p><p>{_Q}</p></article>"),
    "site name page": _page(
        f"<article><h1>Council keeps the tax</h1><p>{_P}</p><p>{_Q}</p></article>",
        "<title>Council keeps the tax</title>"
        "<meta property='og:site_name' content='The Daily Planet of Metropolis'>"),
    # Nested deeper than libxml2 reads, with a quote near the top.
    "deep page": _page(
        f"<div><blockquote><p>{_S}</p></blockquote><p>{_P}</p><p>{_Q}</p></div>"
        + "<div>" * 2100 + f"<p>{_R}</p>" + "</div>" * 2100),
    # In a sidebar, which is chrome unless it holds most of the page's prose: a long
    # paragraph heavy with links, lines of keywords, short paragraphs of Chinese text.
    "linked prose page": _sidebar(f"<p>{_P} <a href='/1'>{_Q}</a> {_R}</p>"),
    # A short post beside a sidebar that holds more prose than the post.
    # A paragraph of the story whose words are mostly links (its exclamation mark: no
    # full stop ends it, which would keep it as a linked sentence too).
    "linked paragraph page": _page(
        f"<article><p>{_P}</p><p>{_Q}</p>"
        "<p>The <a href='/a'>council's report on the new bridge</a> "
        "and <a href='/b'>the survey of the old depot</a> came out on Monday, as did the long "
        f"awaited answer of the city to <a href='/c'>the letter that the residents wrote</a>!</p>"
        # (last in the story: a linked line that a paragraph follows stays anyway)
        "</article>"),
    # A sentence of the story linked mostly, in a box of its own between two paragraphs.
    "linked sentence page": _page(
        f"<article><p>{_P}</p><div class='note'><p>The council's <a href='/a'>report on "
        f"the new bridge and the old depot</a> is out.</p></div><p>{_Q}</p></article>"),
    # A story in sections named for content and in-page navigation at once.
    "mixed-name sections page": _page("".join(
        f"<div class='content-nav-section'><p>{text}</p></div>" for text in (_P, _Q, _R))),
    # A short post beside a sidebar of more prose (before it: a part after the story in
    # a wrapper that promises no content never joins the story).
    "short post page": _page(
        f"<div class='sidebar'><p>{_P}</p><p>{_Q}</p></div>"
        f"<div class='entry-content'><p>{_S}</p></div>"),
    "keywords page": _sidebar("".join(f"<p>{line}</p>" for line in _KEYWORD_LINES)),
    "cjk page": _sidebar(f"<p>{_CJK}</p>" * 5),
    # Blocks opening the story that are no story text: a bare byline, a bare address.
    "header lines page": _page(
        f"<article><h1>Council keeps the tax</h1><p>Jane Doe, Staff Writer</p><p>{_P}</p>"
        f"<p>https://example.com/plan</p><p>{_Q}</p><p>{_R}</p></article>"),
    # A heading that rewrites the declared title, most of its words shared.
    "rewritten heading page": _page(
        f"<article><h1>Council keeps the tax for another year</h1><p>{_P}</p><p>{_Q}</p>"
        "</article>",
        "<meta property='og:title' content='Tax stays: council keeps the tax as it is'>"),
    # A shown headline that shortens a long og:title, holding three of its four words.
    "shortened heading page": _page(
        f"<article><h1>Council keeps tax again</h1><p>{_P}</p><p>{_Q}</p></article>",
        "<meta property='og:title' content='Council keeps the tax on homes, shops, boats "
        "and cars in the harbour district for one more year, mayor says'>"),
    # The article's metadata in JSON-LD, in a graph beside the site's.
    "json-ld page": _page(
        f"<article><p>{_P}</p><p>{_Q}</p></article>",
        "<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebSite\", "
        "\"name\": \"The Daily Planet\"}, {\"@type\": \"NewsArticle\", \"headline\": "
        "\"Council keeps the tax\", \"datePublished\": \"2024-03-04\", \"author\": "
        "{\"@type\": \"Person\", \"name\": \"Jane Doe\"}}]}</script>"),
    # The dates the header shows: one published, one that a label line says is an update.
    "shown dates page": _page(
        "<article><h1>Council keeps the tax</h1><div><span>Updated</span>"
        "<span>March 5, 2024</span><span>Published March 4, 2024</span></div>"
        f"<p>{_P}</p><p>{_Q}</p></article>"),
    # …and the publication's date unlabelled, third in the header.
    "unlabelled shown date page": _page(
        "<article><h1>Council keeps the tax</h1><div><span>Updated</span>"
        "<span>March 5, 2024</span><span>March 4, 2024</span></div>"
        f"<p>{_P}</p><p>{_Q}</p></article>"),
    # A date line alone in the story, a stamp with a byline or a desk under it, a byline
    # with initials, and a short line over a dateline (a kicker).
    "written stamp page": _page(
        f"<article><h1>Council keeps the tax</h1><p>{_P}</p><p>Monday, March 4, 2024</p>"
        f"<p>{_Q}</p><p>{_R}</p></article>"),
    "stamp byline page": _page(
        f"<article><h1>Council keeps the tax</h1><p>{_P}</p><p>Published March 4, 2024<br>"
        f"by Jane Doe</p><p>{_Q}</p><p>{_R}</p></article>"),
    "stamp desk page": _page(
        f"<article><h1>Council keeps the tax</h1><p>{_P}</p><p>Published March 4, 2024<br>"
        f"The Metro Desk</p><p>{_Q}</p><p>{_R}</p></article>"),
    "initials byline page": _page(
        f"<article><h1>Council keeps the tax</h1><p>By J. K. Doe</p><p>{_P}</p><p>{_Q}</p>"
        f"<p>{_R}</p></article>"),
    "kicker dateline page": _page(
        "<article><h1>Council keeps the tax</h1><p>An exclusive report from the chamber</p>"
        f"<p>LONDON (Reuters) - {_P}</p><p>{_Q}</p><p>{_R}</p></article>"),
    # Stock furniture inside the story; a comments heading under it; a menu button left
    # open that swallows the page (a browser closes it).
    "boilerplate page": _page(
        f"<article><h1>Council keeps the tax</h1><p>{_P}</p><p>{_Q}</p><p>Share this</p>"
        f"<p>{_R}</p></article>"),
    "comments page": _page(
        f"<article><h1>Council keeps the tax</h1><p>{_P}</p><p>{_Q}</p><h3>3 Comments</h3>"
        f"<p>{_COMMENT}</p><p>{_COMMENT}</p></article>"),
    "unclosed button page": _page(
        "<header><button class='menu-button'><div class='inner'><div></button></div>"
        f"<div>Home</div></header><main><article><h1>Council keeps the tax</h1><p>{_P}</p>"
        f"<p>{_Q}</p></article></main>"),
    # Old pages' heads: a headline ending a block under a label; a headline over a line
    # that is neither a byline nor a date, over its date line.
    "labelled head dump": _dump(_MENU, "Print Email\nCouncil keeps the tax as it is",
                                "By Jane Doe", _P, _Q, _R),
    "credit line dump": _dump(_MENU, "Council keeps the tax as it is\nMetro Desk\n"
                              "Wednesday, January 16, 2008", "Share", _P, _Q, _R),
    # The author named only in a labelled data card; a byline with the site's name glued
    # after it; a microdata author whose name is split over inline elements.
    "labelled card page": _page(
        f"<article><h1>Council keeps the tax</h1><p>{_P}</p><p>{_Q}</p></article>",
        "<meta name='twitter:label1' content='Written by'>"
        "<meta name='twitter:data1' content='Jane Doe'>"),
    "site after byline page": _page(
        f"<article><h1>Council keeps the tax</h1><p>By Jane Doe Daily Planet</p><p>{_P}</p>"
        f"<p>{_Q}</p></article>", "<meta property='og:site_name' content='Daily Planet'>"),
    "microdata author page": _page(
        "<article><h1>Council keeps the tax</h1><div itemprop='author'><span>Jane</span> "
        f"<span>Doe</span></div><p>{_P}</p><p>{_Q}</p></article>"),
    # A <title> that ends with a short label no metadata declares (the site's name).
    "unknown site page": _page(f"<article><p>{_P}</p><p>{_Q}</p></article>",
                               "<title>Council keeps the tax as it is - Metro Daily</title>"),
    # A heading opening the story, and a <title> that shares a short word with it.
    "section title page": _page(
        f"<article><h1>Council keeps the tax as it is</h1><p>{_P}</p><p>{_Q}</p></article>",
        "<title>Tax | City</title>"),
    # A heading with a label glued to the declared title.
    "glued heading page": _page(
        f"<article><h1>Blog: Council keeps the tax as it is</h1><p>{_P}</p><p>{_Q}</p>"
        "</article>", "<meta property='og:title' content='Council keeps the tax as it is'>"),
    # A headline over its byline, and a line under them that repeats more of the story's
    # words.
    "standfirst dump": _dump(_MENU, "Council keeps the tax as it is", "By Jane Doe",
                             "March 4, 2024", "Money for a new bridge", _P, _Q, _R),
    # A byline with its date line under it, among the story's first lines (past the
    # paragraphs under which a date line is read as the story's anyway).
    "dated byline in story dump": _dump(_MENU, "Council keeps the tax as it is", _P, _S, _Q,
                                        "By Jane Doe", "March 4, 2024", _R),
    # A post stamped at its foot, right after the story (further down, past a menu, a
    # teaser's stamp: two dates below the story, neither dates it but by its place).
    "foot stamp dump": _dump(_MENU, "Council keeps the tax as it is", _P, _Q, _R,
                             "15 August 2025", _MENU, _MENU, "Bridge reopens", "3 March 2024"),
    # A post signed at its foot, in an author box the story's region takes in.
    # A menu's facet, far over the headline, that says it is a byline.
    "menu by line dump": _dump(_MENU, "By Region\n" + "\n".join(f"Region {n}" for n in range(12)),
                               "Council keeps the tax as it is", *_STORY),
    "foot byline dump": _dump(_MENU, "Council keeps the tax as it is", *_STORY,
                              "Written by Jane Doe", _S),
    "dated standfirst dump": _dump(_MENU, "Council keeps the tax as it is", _P, "March 4, 2024",
                                   _Q, _R),
    # A dateline on a line of its own at the top of the page, far above the story.
    "top dateline dump": _dump("LONDON, March 2 (Reuters)", _MENU,
                               "\n".join(f"Caption setting {n}" for n in range(50)), _P, _Q, _R),
    "tiny dump": _dump("Bridge waits", "Tax stays", "Vote close"),
    # A clause set apart between the story's paragraphs, lost to the furniture beside it.
    "inner clause dump": _dump(_MENU, _P, "Advertisement",
                               "Despite the rain of the last weeks, the bridge works go on",
                               _Q, _R),
    "three short lines dump": _dump("Council keeps the tax", "The vote was close",
                                    "The bridge waits"),
    "keywords dump": _dump(_MENU, _P, "Tags: Council Budget, Bridge Works, Depot Sale, City "
                           "Hall, Mayor Office, State Board, Tax Plan, River Park, Bus Lane, "
                           "Public Meeting, Town Residents, Local Politics", _Q, _R),
    "short story before comments dump": _dump(
        _MENU, "The vote was close. The bridge waits. The tax stays.", "Comments",
        f"{_COMMENT} {_COMMENT} {_COMMENT}", _S2),
    "story before long comments dump": _dump(_MENU, _P, _Q, "Comments",
                                             *([f"{_COMMENT} {_COMMENT}"] * 5)),
    "two sentences before many comments dump": _dump(
        _MENU, _S, _S2, "Comments", *([f"{_COMMENT} {_COMMENT}"] * 10)),
    "two sentences before some comments dump": _dump(_MENU, _S, _S2, "Comments",
                                                     *([_COMMENT] * 4)),
    "story in one run dump": _dump(_MENU, "\n".join([_P, _Q, _R, _S]), "Related", f"{_P} {_S}"),
    # Its paragraphs parted by short lines (captions, a standfirst): a run all the same.
    "story in a run of short lines dump": _dump(_MENU, "\n".join([_P, _S, _Q, _S2, _R]),
                                                "Related", f"{_P} {_S}"),
    # A story whose paragraphs stand one right under the other (html-text's "<br><br>"),
    # and a blurb of three paragraphs apart, far under it.
    "glued paragraphs dump": _dump(_MENU, "\n".join(["What comes next", _P, _Q, _R]),
                                   "Share\nTweet", _MENU, _MENU,
                                   _STORY[0].replace("council", "paper"),
                                   _STORY[2].replace("meeting", "paper")),
    # A post whose two paragraphs and the subheading between them stand in one run of
    # lines (html-text's "<br><br>"), a sidebar's short sentences set apart further down.
    "subheaded post dump": _dump(
        _MENU, "Changes to the reports", "\n".join((
            "On October 1st we announced several changes to the reports on impression "
            "share that advertisers use, and those changes are planned to reach every "
            "account early in November, as the notice we sent to every advertiser said.",
            "Keeping the old reports",
            "If you rely on the historical impression share reports for your decisions, "
            "please download every report you want to keep before the changes reach your "
            "account next week.", "Posted by Dan, Product Manager")),
        "Email Post\nShare\nTweet", _MENU,
        "Visit our directory for more information about our blogs.",
        "Follow us on Twitter", "Visit our Twitter directory for more information.",
        "Got a question about the reports? Send us some email.", _MENU),
    # Two summaries boxed in by furniture, near each other: a list of teasers.
    "boxed line dump": _dump(_MENU, "Share\nTweet", _S, "Email\nPrint", _S2, "Email\nPrint",
                             _P, _Q),
    # A story told in numbered sections, each paragraph boxed in by its heading and a list
    # of names, then a blurb in the footer.
    "numbered sections dump": _dump(
        _MENU, _P, *[f"{n}. Tool number {n}\n\n{text}\n\nOur picks:\n\nBrand {n} A\n\n"
                     f"Brand {n} B" for n, text in enumerate((_S, _S2, _Q, _R), start=1)],
        _MENU, f"{_P} {_Q} {_R}"),
    # An opening paragraph, then sections of a heading, short details and a paragraph.
    "short sections dump": _dump(
        _MENU, _P, *[f"Town number {n}\n\nSeattle\n$600,000\n{n} beds\n\n{text}"
                     for n, text in enumerate((_R, _Q, _P, _R, _Q))], _MENU),
    # A post of one paragraph boxed in by its share bars, then a comments heading and two
    # comments, each weighing as much as the post.
    "short post dump": _dump(_MENU, "Council keeps the tax as it is", "Share\nTweet", _P,
                             "Email\nPrint", "2 Comments", _COMMENT, "Jane\nReply", _COMMENT),
    # A post of one paragraph under its headline and its date line, then a comments
    # heading and a comment of two paragraphs that weighs more than the post's words.
    "headed post dump": _dump(_MENU, "Council keeps the tax as it is", "March 4, 2024",
                              f"{_S} {_S2}", "Share\nTweet", "Comments", "Jane",
                              _COMMENT, _COMMENT.replace("thirty", "forty"), "Reply", _MENU),
    # A caption printed over a gallery's counter and under it, over the story: the first
    # copy is left out of the region.
    "copied caption dump": _dump(_MENU, "In this photo the council meets on Monday in the hall.",
                                 "1 / 5", "In this photo the council meets on Monday in the hall.",
                                 _P, _Q, _R, _MENU),
    "lines without ends dump": _dump(*_NO_ENDS, _MENU, "Share\nTweet\nEmail\nPrint", _P, _Q),
    # The story, then a line closing it that asks the reader to comment.
    "closing call dump": _dump(_MENU, _P, _Q, _R, "If you liked this story, please leave a "
                               "comment below and tell us what you think."),
    # A shop's button between the story's paragraphs.
    "shop button dump": _dump(_MENU, _P, _Q, "Buy on Amazon", _R, _S),
    # Short lines set apart under a sentence that announces them.
    "list lead dump": _dump(_MENU, _P, "The handler does three things for every call:",
                            "Captures each request before it is sent",
                            "Measures how long it took", "Logs the response when it comes back",
                            _Q, _R),
    # The story, a gallery's lines inside it, and the story resumed after them.
    "embed dump": _dump(_MENU, _P, _Q, _R, "Read more\nBack\nPlay again\nShare\nFacebook\n"
                        "Twitter", _S, _S2, _MENU),
    # A story in sections of one skeleton: a name, paragraphs, pros and cons of its own,
    # and a box of prices longer than an embed, again and again.
    "sections dump": _dump(_MENU, *(
        block for n, name in enumerate(("Alpha", "Beta", "Gamma")) for block in (
            f"The {name} model", f"The {name} came out well. {_P}", f"In short: {_Q} {_S}",
            "Pros", f"{name} light\n{name} cheap", "Cons", f"{name} loud\n{name} slow",
            "Best Prices Today:\nRetailer\nPrice\nAmazon\n$99\nBest Buy\n$105\nWalmart\n"
            "$98\nTarget\n$101\nCheck\nPrice comparison\nProduct\nMore offers")),
        _MENU),
    # The headline over its "By" line, pushed far above the story by a video player.
    "far headline dump": _dump(_MENU, "Council keeps the tax as it is", "By Jane Doe",
                               "\n".join(f"Caption setting {n}" for n in range(50)), _P, _Q, _R),
    # A byline broken after its "By", as dumps break lines around an inline element.
    "broken byline dump": _dump(_MENU, "Council keeps the tax as it is", "By\nJane Doe", _P, _Q,
                                _R),
    # A line of bare names in the headline's header, past a standfirst and a reading time, with
    # the author's job under it.
    "header name dump": _dump(_MENU, "Council keeps the tax as it is",
                              "The bridge plan, explained.", "4 min read",
                              "Jane Doe\nTech Writer", _P, _Q, _R),
    # A "By" line far above the story (past the far headline's reach), its date two lines
    # under it.
    "far dated byline dump": _dump(_MENU, "Council keeps the tax as it is",
                                   "By Jane Doe\nResearched by John Roe\nMarch 4, 2024",
                                   "\n".join(f"Chapter {n} of the plan" for n in range(200)),
                                   _P, _Q, _R),
    # A "By" line whose names an outlet's words follow.
    "byline tail dump": _dump(_MENU, "Council keeps the tax as it is",
                              "By Jane Doe Metro Weekly Sport", _P, _Q, _R),
    # A line of bare names, vouched for by the date line under it.
    "bare name dump": _dump(_MENU, "Council keeps the tax as it is", "Jane Doe\nMarch 4, 2024",
                            _P, _Q, _R),
    # A byline among the story's first lines, under its first paragraph.
    "byline in story dump": _dump(_MENU, "Council keeps the tax as it is", _P, "By Jane Doe",
                                  _Q, _R, _S, _S2),
    # A personal site: its masthead names the person its copyright notice names.
    "masthead dump": _dump("Jane Doe\nAbout\nSubscribe\n21 September 2020",
                           "Council keeps the tax as it is", _P, _Q, _R,
                           "Home\n© Jane Doe 2016-2020\nCredits"),
    "markdown dump": _dump(_MENU, "# Council keeps the tax", _P, "The plan, [read it here]"
                           "(https://example.com/plan), has [three parts]"
                           "(https://example.com/parts).", _Q, _R),
    # The story in Chinese, under a headline.
    "cjk dump": _dump(_MENU, "市议会维持税率不变", _CJK, _CJK[:40] + "。", _CJK, _CJK[20:] + "。"),
    # A story paragraph that names a piece of furniture in passing ("sign up").
    "furniture words dump": _dump(_MENU, "Council keeps the tax as it is",
                                  f"{_P} Residents who want a say can sign up at the town hall.",
                                  _Q, _R),
    # A list of three lines that end no sentence (teasers) opening the story, then its
    # paragraphs.
    "leading list dump": _dump(_MENU, "\n".join(line.rstrip(".") for line in (_S, _S2, _COMMENT)),
                               _P, _Q, _R),
    # Excerpts cut short among the story's paragraphs, four paragraphs apart.
    "excerpts dump": _dump(_MENU, _P, _Q, _R, f"{_S} {_S2[:60]}...", _S2, _P, _Q, _R,
                           f"{_S2} {_S[:60]}..."),
    # The story, then two excerpts cut short next to each other: a list of teasers.
    "teaser excerpts dump": _dump(_MENU, _P, _Q, _R, f"{_S} {_S2[:60]}...",
                                  f"{_S2} {_S[:60]}..."),
    # The story hard-wrapped at 60 characters, as lynx or ``fold`` leave it.
    "wrapped dump": _dump(_MENU, "Council keeps the tax as it is", *(
        textwrap.fill(text, 60) for text in (f"{_P} {_Q}", f"{_R} {_S}", f"{_S2} {_P}"))),
    # The story hard-wrapped at 64 characters with a checklist in it, a line an item:
    # one item ends its sentence just under the width, the next opens with a capital.
    "wrapped items dump": _dump(_MENU, "Council keeps the tax as it is", *(
        textwrap.fill(text, 64) for text in (f"{_P} {_Q}", f"{_R} {_S}")),
        "\n".join(textwrap.fill(item, 64) for item in (
            "Choose a date range for the season.",
            "Book the venue, compare the offers and agree on a firm date.",
            "Hire a planner or a coordinator for the day itself.",
            "Send the invitations to the guests who came to the first meeting in the "
            "hall last spring, and ask them to answer by the end of the month.",
            "Order the cake.", "Write the vows.")),
        textwrap.fill(f"{_S2} {_P}", 64)),
    # A dump that numbers its links, with the list of their targets at its end.
    "lynx dump": _dump("[1]Home [2]World [3]Business [4]Sport [5]Opinion",
                       "Council keeps the tax as it is", _P, f"[6]Read the plan {_Q}", _R,
                       "[7]Stocks slide as investors weigh new tariffs",
                       "References\n\n   1. https://example.com/\n   2. https://example.com/w\n"
                       "   3. https://example.com/b\n   4. https://example.com/s\n"
                       "   5. https://example.com/o\n   6. https://example.com/p\n"
                       "   7. https://example.com/x"),
    # A headline over its standfirst, which repeats more of the story's words.
    "deck dump": _dump(_MENU, "Council keeps the tax as it is",
                       "Money for the new bridge will come from the sale of the old depot", _P,
                       _Q, _R),
    # A headline that shares few words with its story, over its byline.
    "pun dump": _dump(_MENU, "Hammer time for the town hall", "By Jane Doe", _P, _Q, _R),
    # A headline over a standfirst that repeats a few more of the story's words.
    "near deck dump": _dump(_MENU, "Depot sale rescues river crossing plan",
                            "Council keeps the tax as officials sell the depot to pay for "
                            "the bridge", "By Jane Doe", _P, _Q, _R),
    # The page's <title> written first (as html-text writes it), the headline shown over
    # the story saying it again in other words.
    "page title dump": _dump("Council tax stays as the old depot is sold - Council News and "
                             "Views", _MENU, "Council sells the old depot", _P, _Q, _R),
    # The headline shown over the story runs on past the <title>'s headline part.
    "glued page title dump": _dump("Council sells the old depot - Council News and Views",
                                   _MENU, "Council sells the old depot Bridge Desk", _P, _Q,
                                   _R),
    # A headline about a newsletter (a furniture word), over its author's name.
    "furniture headline dump": _dump(_MENU, "Council sends its tax newsletter to every home",
                                     "Jane Doe", _P, _Q, _R),
    # A headline opening the story region, under a weak candidate (a section's name).
    "opening headline dump": _dump(_MENU, "Council news", "Council Keeps the Tax as It Is "
                                   "and Sells the Old Depot to Pay for the Bridge", _P, _Q, _R),
    "trail dump": _dump(_MENU, "Council / Tax / Bridge money from the depot sale", _P, _Q, _R),
    # A breadcrumb trail that ends with the headline, over a kicker, the headline, a line
    # and its standfirst (which repeats more of the story's words).
    "breadcrumb dump": _dump(_MENU, "Home\nCouncil\nCouncil keeps the tax as it is",
                             "Local politics", "Council keeps the tax as it is",
                             "Share this story",
                             "Money for the new bridge will come from the sale of the old depot",
                             _P, _Q, _R),
    # A trail glued to the headline on one line, over the headline and its standfirst
    # (which repeats more of the story's words).
    "glued trail dump": _dump(_MENU, "Home Politics Council keeps the tax as it is",
                              "Local politics", "Council keeps the tax as it is",
                              "Share this story",
                              "Money for the new bridge will come from the sale of the old "
                              "depot", _P, _Q, _R),
    # A promo cut short in the story that copies the line over it.
    "promo dump": _dump(_MENU, "Weekend deals on garden lamps, pillows and towels", _P,
                        "Weekend deals on garden lamps...", _Q, _R),
    # Markdown: the page's one top-level heading, linking away (as a site's logo does),
    # then a subheading nearer the story: no sure headline, the two are weighed.
    "linked heading dump": _dump(
        "# [Council keeps the tax](/a)", "[Home](/) [World](/world)",
        "## Money for the new bridge will come from the old depot sale", _P, _Q, _R),
    # The page's only <h1> under a caption that opens the densest run.
    "top heading dump": _dump("[Home](/) [World](/world)", _S, "# Why Nobody Wants to Pay",
                              _P, _Q, _R),
    # A name line in the headline's header, under its standfirst, vouched for by a
    # reading time.
    "reading time dump": _dump(_MENU, "Council keeps the tax as it is",
                               "The bridge plan, explained.", "Jane Doe", "5 min read",
                               _P, _Q, _R),
    # A weak headline (one content word of four repeated) forty lines over the story.
    "far weak headline dump": _dump("Bridge plans weekend city", "\n".join(
        f"Caption setting {n}" for n in range(39)), _P, _Q, _R),
    # A list of teasers in one block over the story, each headline over its date: in a
    # block so long, no headline over a date line is the story's.
    "teaser list head dump": _dump(_MENU, "\n".join(
        line for teaser in ("Council keeps the tax as it is",
                            "Stocks slide as investors weigh tariffs",
                            "Five things to know this week", "Why the river keeps flooding",
                            "The best new podcasts of the month")
        for line in (teaser, "Fri, January 18, 2008")), _P, _Q, _R),
}

_DEFAULT = ParseOptions()


def _article(data: str, options: ParseOptions) -> Any:
    parse = parse_text if data.endswith("\n") and not data.startswith("<") else parse_html
    try:
        return parse(data, options=options).to_dict()
    except NewsparseError as exc:  # a limit or an empty result is a change too
        return type(exc).__name__


#: (field, value, input): the value changes the article of that input.
CHANGES = [
    ("max_input_bytes", 100, "page"),
    ("max_input_bytes", 100, "dump"),
    ("max_nodes", 5, "page"),
    ("max_text_lines", 5, "dump"),
    ("max_nesting_depth", 1, "deep page"),
    ("max_attributes", 1, "site name page"),
    ("max_page_attributes", 1, "site name page"),
    ("min_paragraph_chars", 300, "sidebar page"),
    ("max_link_density", 1.0, "link line page"),
    ("score_decay", 1.0, "split page"),
    ("html_content_bonus", 1000.0, "small article-body page"),
    ("html_chrome_share", 1.0, "sidebar page"),
    ("html_beside_content_share", 1.0, "short post page"),
    ("html_min_linked_sentence_words", 30, "linked sentence page"),
    ("html_min_linked_sentence_plain_chars", 100, "linked sentence page"),
    ("html_mixed_chrome_share", 1.1, "mixed-name sections page"),
    ("html_linked_prose_density", 0.5, "linked paragraph page"),
    ("html_sibling_share", 0.0, "split page"),
    ("html_paragraph_climb_gain", 100.0, "lone paragraph page"),
    ("html_one_story_share", 1.0, "story cell page"),
    ("html_box_share", 0.0, "author box page"),
    ("html_max_caption_paragraphs", 10, "caption box page"),
    ("html_max_author_heading_chars", 5, "author heading page"),
    ("html_max_related_heading_chars", 5, "related heading page"),
    ("html_max_box_label_chars", 5, "box label page"),
    ("html_sibling_levels", 10, "deep story page"),
    ("html_min_teasers", 10, "teasers page"),
    ("html_teaser_share", 1.0, "teasers page"),
    ("html_max_blurb_chars", 10, "teasers page"),
    ("html_max_card_chars", 10, "cards page"),
    ("html_card_share", 0.0, "cards page"),
    ("html_max_more_link_chars", 5, "more-link cards page"),
    ("html_head_blocks", 0, "stamp page"),
    ("meta_max_heading_chars", 10, "stamp page"),
    ("meta_max_date_text_chars", 300, "long date page"),
    ("meta_max_site_name_words", 2, "site name page"),
    ("strip_dateline", True, "page"),
    ("dateline_year_max_days", 0, "page"),
    ("text_length_low", 1, "standfirst dump"),
    ("text_length_high", 70, "lines without ends dump"),
    ("text_stopwords_low", 0.0, "keywords dump"),
    ("text_stopwords_high", 0.99, "dump"),
    ("text_min_sentence_words", 1, "three short lines dump"),
    ("text_min_prose_words", 100, "inner clause dump"),
    ("text_min_prose_stopwords", 1.0, "inner clause dump"),
    ("text_wall_penalty", 1, "short story before comments dump"),
    ("text_min_story_words", 300, "story before long comments dump"),
    ("text_after_story_discount", 0.0, "two sentences before many comments dump"),
    ("text_after_story_discount", 1.0, "two sentences before some comments dump"),
    ("text_run_line_weight", 0.0, "story in a run of short lines dump"),
    ("text_parted_paragraph_chars", 0, "glued paragraphs dump"),
    ("text_parted_shared_words", 0, "subheaded post dump"),
    ("text_isolated_line_weight", 0.0, "dump"),
    ("text_gap_cost", 0.05, "boxed line dump"),
    ("text_boxed_line_weight", 1.0, "boxed line dump"),
    ("text_alone_short_cost", 100.0, "dump"),
    ("text_max_list_items", 1, "dump"),
    ("text_max_call_chars", 5, "closing call dump"),
    ("text_max_shop_button_words", 1, "shop button dump"),
    ("text_min_list_lead_words", 100, "list lead dump"),
    ("text_max_link_share", 0.1, "markdown dump"),
    ("text_tiny_page_lines", 1, "tiny dump"),
    ("text_head_lines", 2, "dump"),
    ("text_max_embed_lines", 0, "embed dump"),
    ("text_min_resumed_paragraphs", 5, "embed dump"),
    ("text_max_label_words", 0, "sections dump"),
    ("text_max_section_gap_lines", 5, "sections dump"),
    ("text_min_skeleton_labels", 100, "sections dump"),
    ("text_skeleton_share", 1.0, "sections dump"),
    ("text_max_unshared_labels", 0, "sections dump"),
    ("text_far_head_lines", 0, "far headline dump"),
    ("text_max_title_words", 2, "dump"),
    ("text_max_title_chars", 10, "dump"),
    ("text_max_meta_chars", 5, "dump"),
    ("text_max_byline_line_chars", 5, "broken byline dump"),
    ("text_max_bare_name_chars", 5, "bare name dump"),
    ("text_byline_story_lines", 1, "byline in story dump"),
    ("text_footer_lines", 0, "masthead dump"),
    ("html_prose_link_density", 0.5, "linked prose page"),
    ("html_min_prose_stopwords", 0.0, "keywords page"),
    ("html_weak_prose_weight", 1.0, "keywords page"),
    ("html_min_cjk_prose_chars", 1000, "cjk page"),
    ("html_max_stamp_chars", 10, "stamp page"),
    ("html_max_furniture_chars", 10, "header lines page"),
    ("html_max_bare_byline_chars", 5, "header lines page"),
    ("meta_min_shown_share", 1.0, "rewritten heading page"),
    ("meta_min_shown_title_share", 1.0, "rewritten heading page"),
    ("meta_min_shortened_heading_share", 1.0, "shortened heading page"),
    ("meta_max_jsonld_chars", 10, "json-ld page"),
    ("meta_max_jsonld_objects", 1, "json-ld page"),
    ("meta_max_jsonld_depth", 0, "json-ld page"),
    ("meta_max_byline_chars", 10, "page"),
    ("meta_max_byline_chars", 10, "dump"),
    ("meta_max_name_words", 1, "page"),
    ("meta_max_name_words", 1, "dump"),
    ("meta_max_name_chars", 5, "page"),
    ("meta_max_name_chars", 5, "dump"),
    ("meta_max_date_line_words", 1, "shown dates page"),
    ("meta_max_update_label_chars", 1, "shown dates page"),
    ("text_title_min_overlap", 1.0, "wrapped dump"),
    ("text_title_meta_reach", 0, "standfirst dump"),
    ("text_byline_under_far_title", 0, "far headline dump"),
    ("text_byline_header_lines", 2, "header name dump"),
    ("text_byline_over_title_lines", 100, "menu by line dump"),
    ("text_byline_date_reach", 1, "far dated byline dump"),
    ("text_max_byline_tail_words", 2, "byline tail dump"),
    ("text_date_after_byline", 0, "dated byline in story dump"),
    ("text_date_under_start", 0, "dated standfirst dump"),
    ("text_date_after_story_lines", 0, "foot stamp dump"),
    ("text_foot_byline_story_lines", 0, "foot byline dump"),
    ("text_dateline_top_lines", 0, "top dateline dump"),
    ("text_wall_max_chars", 1, "short story before comments dump"),
    ("text_code_block_share", 0.0, "story in one run dump"),
    ("text_form_share", 0.0, "embed dump"),
    ("text_box_width", 3, "boxed line dump"),
    ("text_teaser_reach", 1, "boxed line dump"),
    ("text_list_intro_reach", 0, "announced list dump"),
    ("text_min_list_item_words", 10, "inner list dump"),
    ("text_min_numbered_sections", 100, "numbered sections dump"),
    ("text_max_section_lines", 1, "numbered sections dump"),
    ("text_min_sections_share", 100.0, "short sections dump"),
    ("text_min_story_lines", 120, "two sentences before some comments dump"),
    ("text_short_post_share", 100.0, "short post dump"),
    ("text_headed_post_share", 100.0, "headed post dump"),
    ("text_min_headed_post_words", 1000, "headed post dump"),
    ("text_max_copy_share", 0.0, "copied caption dump"),
    ("text_title_distance_cost", 1.0, "dump"),
    ("text_title_over_meta_bonus", 0.15, "standfirst dump"),
    ("text_title_under_meta_bonus", 0.3, "standfirst dump"),
    ("text_title_min_headline_words", 130, "standfirst dump"),
    ("text_title_max_headline_words", 1, "dump"),
    ("text_far_title_reach", 0, "far headline dump"),
    ("text_far_title_min_overlap", 1.0, "far headline dump"),
    ("text_markdown_min_marks", 130, "markdown dump"),
    ("text_wrap_over_per_near", 1.0, "story in one run dump"),
    ("text_cjk_char_weight", 1, "cjk dump"),
    ("text_chrome_phrase_max_chars", 1700, "furniture words dump"),
    ("text_run_lines", 130, "leading list dump"),
    ("text_min_link_marks", 150, "lynx dump"),
    ("text_marked_link_max_chars", 500, "lynx dump"),
    ("text_wrap_min_near_lines", 130, "wrapped dump"),
    ("text_wrap_min_broken_share", 1.0, "wrapped dump"),
    ("text_wrap_item_block_share", 1.0, "wrapped items dump"),
    ("text_max_number_line_words", 0, "reading time dump"),
    ("text_title_word_bonus", 0.0, "linked heading dump"),
    ("text_title_word_bonus_cap", 0, "linked heading dump"),
    ("text_top_heading_story_lines", 0, "top heading dump"),
    ("text_title_top_heading_bonus", 1.0, "linked heading dump"),
    ("text_title_min_copy_chars", 300, "promo dump"),
    ("text_deck_min_overlap", 1.0, "deck dump"),
    ("text_title_opening_max_rival", 0.0, "opening headline dump"),
    ("text_title_min_furniture_headline_words", 130, "furniture headline dump"),
    ("text_deck_min_title_words", 140, "deck dump"),
    ("text_deck_min_overlap_ratio", 100.0, "near deck dump"),
    ("text_title_page_title_share", 1.0, "page title dump"),
    ("text_title_glued_rest_max_overlap", 0.0, "glued page title dump"),
    ("text_title_min_overlap_over_meta", 1.0, "pun dump"),
    ("text_min_trail_steps", 120, "trail dump"),
    ("text_title_trail_bonus", 0.0, "breadcrumb dump"),
    ("text_title_trail_reach", 1, "breadcrumb dump"),
    ("text_title_glued_trail_words", 0, "glued trail dump"),
    ("text_title_alone_bonus", 0.0, "far weak headline dump"),
    ("text_title_max_head_block_lines", 100, "teaser list head dump"),
    ("text_excerpt_reach", 130, "excerpts dump"),
    ("meta_max_excerpt_chars", 10, "teaser excerpts dump"),
    ("meta_min_heading_chars", 140, "stamp page"),
    ("meta_header_after_texts", 2, "unlabelled shown date page"),
    ("meta_min_shown_common_words", 120, "rewritten heading page"),
    ("meta_min_headline_words", 140, "section title page"),
    ("meta_content_word_chars", 1, "section title page"),
    ("meta_max_glued_part_words", 0, "glued heading page"),
    ("meta_max_unknown_site_words", 0, "unknown site page"),
    ("meta_min_title_words_beside_site", 140, "unknown site page"),
    ("meta_min_year", 2025, "json-ld page"),
    ("meta_max_year", 2000, "json-ld page"),
    ("meta_max_date_value_chars", 5, "json-ld page"),
    ("html_max_stamp_date_words", 1, "written stamp page"),
    ("html_max_stamp_byline_chars", 5, "stamp byline page"),
    ("html_max_stamp_name_words", 1, "stamp desk page"),
    ("meta_max_byline_stops", 0, "initials byline page"),
    ("dateline_max_kicker_chars", 0, "kicker dateline page"),
    ("meta_max_labelled_cards", 0, "labelled card page"),
    ("meta_min_full_name_words", 3, "site after byline page"),
    ("meta_max_element_text_chars", 3, "microdata author page"),
    ("html_max_boilerplate_chars", 1, "boilerplate page"),
    ("html_max_comments_heading_chars", 1, "comments page"),
    ("html_sure_prose_factor", 1.0, "keywords page"),
    ("html_max_control_chars", 100_000, "unclosed button page"),
    ("text_min_title_words", 10, "standfirst dump"),
    ("text_max_labelled_head_lines", 1, "labelled head dump"),
    ("text_max_credit_line_chars", 0, "credit line dump"),
]


@pytest.mark.parametrize(("field", "value", "name"), CHANGES)
def test_an_extreme_value_changes_the_article(field: str, value: object, name: str) -> None:
    data = INPUTS[name]
    changed = attrs.evolve(_DEFAULT, **{field: value})
    assert _article(data, changed) != _article(data, _DEFAULT)


# Some thresholds decide between readings that end in the same article on every small
# input (a line's headline case, the width a dump was wrapped at, a bound that a finer
# rule usually overrides): their case runs the one stage that reads them, on a made-up
# input, and shows that its result changes.


def _measure(options: ParseOptions, text: str) -> LineFeatures:
    return line_measure(options)(text)


def _over_weak(options: ParseOptions) -> tuple[int, int]:
    """The region ``_headed_over_weak`` gives when a long line of boilerplate after a post
    under its headline and date line is the region."""
    dump = _dump(_MENU, "Council keeps the tax as it is", "March 4, 2024", f"{_S} {_S2}",
                 "Share\nTweet", _COMMENT[:100] + ".", _MENU)
    lines = split_lines(dump, options)
    features = [_measure(options, line[TEXT]) for line in lines]
    labels = [first_label(f, options) for f in features]
    weights = line_weights(lines, features, labels, code_blocks(lines, features, options),
                           options)
    boiler = next(i for i, line in enumerate(lines) if line[TEXT].startswith("I have lived"))
    return _headed_over_weak(lines, weights, features, (boiler, boiler + 1), options,
                             stamps=())


def _author_box(options: ParseOptions) -> str:
    """The body of a dump whose story ends with a box about its author."""
    dump = _dump(_MENU, *_STORY, "Jane Doe",
                 "Jane Doe is a reporter who covers the council.", _MENU)
    return parse_text(dump, options=options).body


def _post_foot(options: ParseOptions) -> str:
    """The body of a dump whose story ends with the post's stamp and a line about the
    blog under it."""
    dump = _dump(_MENU, *_STORY, "Posted by Jane Doe at 6:35 AM", "Email This | Share",
                 "Jane Doe writes about the town and its council for us.", _MENU)
    return parse_text(dump, options=options).body


def _labels_foot(options: ParseOptions) -> str:
    """The body of a dump whose story ends with the post's labels, a share bar and the
    blurbs of two other posts under them."""
    dump = _dump(_MENU, *_STORY, _COMMENT, "Tags: council, bridge", "Email This | Share",
                 "Our neighbour built a boat in his garden over the winter.",
                 "The old cinema on the high street is to open again in the spring.", _MENU)
    return parse_text(dump, options=options).body


def _signature_foot(options: ParseOptions) -> str:
    """The body of a dump whose story ends with its author's byline, a share bar and a
    line about the author under them."""
    dump = _dump(_MENU, *_STORY, _COMMENT, "Posted by Jane Doe", "Email This | Share",
                 "She has written for the paper since the spring of 2009.", _MENU)
    return parse_text(dump, options=options).body


def _soft_wall_foot(options: ParseOptions) -> str:
    """The body of a dump whose long story ends with a "Related Posts" heading over a
    reader's note, a link and two short paragraphs of other stories."""
    story = [" ".join(sentences)
             for sentences in itertools.islice(itertools.permutations(SENTENCES, 4), 0, 80, 10)]
    dump = _dump(_MENU, *story, "Related Posts", _COMMENT, "Read more", _S, _S2, _MENU)
    return parse_text(dump, options=options).body


def _sources_foot(options: ParseOptions) -> str:
    """The body of a dump whose story ends with the list of its sources under its label."""
    dump = _dump(_MENU, *_STORY, "References",
                 "Doe, J. (2024). How cities pay for their bridges. Journal of Public Works, "
                 "12(3), 45-67.", _MENU)
    return parse_text(dump, options=options).body


def _tail_table(options: ParseOptions) -> str:
    """The body of a dump whose story ends with a table of three rows under its heading."""
    dump = _dump(_MENU, _P, _Q, _R, "Sales by year",
                 "Year\tSales\n2023\t100\n2024\t120", _MENU)
    return parse_text(dump, options=options).body


def _byline_bio(options: ParseOptions) -> str:
    """The body of a dump whose story, under a byline, ends with a paragraph about its
    author that no name line heads."""
    dump = _dump(_MENU, "By Jane Doe", *_STORY,
                 "Jane Doe is a reporter who covers the council.", _MENU)
    return parse_text(dump, options=options).body


def _head(options: ParseOptions, dump: str) -> tuple[object, ...]:
    """The head read when the story is every line of ``dump``."""
    lines = split_lines(dump, options)
    features = [_measure(options, line[TEXT]) for line in lines]
    head = read_head(lines, features, list(range(len(lines))), options)
    return head.title, head.authors, head.published




def _thread_stamps(options: ParseOptions) -> object:
    """The stamps of five comments, each under a head of a name and a stamp with a slash
    (a code character)."""
    dump = _dump(*(f"Reader {n}\nNovember {n + 3}, 2012 / Permalink\n\nYou look amazing!"
                   for n in range(5)))
    lines = split_lines(dump, options)
    features = [_measure(options, line[TEXT]) for line in lines]
    return comment_threads(lines, features, code_blocks(lines, features, options),
                           options).stamps


def _form_notes(options: ParseOptions) -> object:
    """The notes of a comment form under a post."""
    dump = _dump("Leave a Reply", "Your email address will not be published.",
                 "Notify me of follow-up comments by email.")
    lines = split_lines(dump, options)
    features = [_measure(options, line[TEXT]) for line in lines]
    return form_notes(lines, features, options)


def _post_frame(options: ParseOptions) -> object:
    """The post between its date line and its foot, with the foot's labels between the
    foot and the comments heading."""
    dump = _dump("October 26, 2012", "Leaf Garland",
                 "A simple fall garland of paper leaves\nthat would be a lovely addition to your"
                 "\ntable at Thanksgiving.", "Posted by Jane at 6:35 AM", "Labels: crafts, fall",
                 "Post a Comment")
    lines = split_lines(dump, options)
    features = [_measure(options, line[TEXT]) for line in lines]
    return post_frame(lines, features, options, stamps=())


def _framed_post_body(options: ParseOptions) -> object:
    """The body of a post of three short lines in its frame, with a sidebar's blurb under
    the comments heading that outweighs the post but not many times."""
    dump = _dump(_MENU, "October 26, 2012", "Leaf Garland",
                 "A simple fall garland of paper leaves\nthat would be a lovely addition to your"
                 "\ntable at Thanksgiving.", "Posted by Jane at 6:35 AM", "Labels: crafts, fall",
                 "Post a Comment", "About Me",
                 "I am a mother of three who has written about crafts and the things we make "
                 "at home for more than ten years, and I love to share them with you here.",
                 _MENU)
    return parse_text(dump, options=options).body


def _skeleton_gaps(options: ParseOptions) -> object:
    """The weights of a dump whose sections' paragraphs stand under the same skeleton of
    labels ("Check price", "PROS"), again and again."""
    dump = _dump(_MENU, *(
        block for n, name in enumerate(("Alpha", "Beta", "Gamma", "Delta")) for block in (
            f"The {name} model", f"Check price\nScore {n}\nPROS\n{name} light\nCONS",
            f"The {name} came out well. {_P}", f"In short: {_Q} {_S}")), _MENU)
    lines = split_lines(dump, options)
    features = [_measure(options, line[TEXT]) for line in lines]
    labels = [first_label(f, options) for f in features]
    return tuple(line_weights(lines, features, labels, set(), options))


def _greedy_wrap(options: ParseOptions) -> object:
    """Six lines near 60 that a short word did not fit on, none of which a sentence goes
    on over, and one line near 60 that the next word would have fitted on."""
    evidence = BreakEvidence(options)
    for _ in range(6):
        evidence.add(60, 58, 5, "Council Keeps Property Tax Level Another Year Budget",
                     "Mayor Says")
    evidence.add(60, 50, 3, "Council Keeps Property Tax Level Another", "Fund")
    return evidence.settle(Wrap(60, clear=False))


def _blocks(options: ParseOptions, dump: str) -> object:
    blocks = read_dump(dump, options)
    return blocks and [[line[0] for line in block] for block in blocks]


_WRAPPED = textwrap.fill(" ".join((_P, _Q, _R, _S, _S2)), 60)
#: A paragraph wrapped at 60 characters; a line near 60 that a short word follows (as text
#: set by hand), a break at a sentence's end, and short lines, as many as say the lengths
#: alone do not make the wrap clear.
_HAND_WRAPPED = "\n\n".join([
    textwrap.fill(f"{_P} {_Q}", 60),
    "The mayor will present a revised budget to the board.\nHe said the state would agree.",
    "The council said that it would not raise the tax this year.\nOfficials agreed to study "
    "the plan.",
    "The vote was close and the bridge waits.", "Residents were divided over the plan.",
    "The depot will be sold in the spring.", "The state would study the plan first.",
    "The board meets again in March or April."]) + "\n"

def _html(body: str, head: str = "") -> lxml.etree._Element:
    return lxml.html.fromstring(_page(body, head))


def _h1(root: lxml.etree._Element) -> lxml.etree._Element:
    found = root.find(".//h1")
    assert found is not None
    return found


_HEADER = _html(
    "<div><div><div><h1>Council keeps the tax</h1><p>Jane Doe</p><p>March 4, 2024</p>"
    f"<div class='tags'><span>John Roe</span></div><p>March 5, 2024</p><p>{_S} {_S2}</p>"
    f"<p>{_P} {_Q}</p><p>Mary Major</p></div></div></div>")


def _header_names(options: ParseOptions, root: lxml.etree._Element) -> tuple[str, ...]:
    return _header_text_names(header_pieces(_h1(root), options), set(), options)


def _authors_shown(options: ParseOptions, body: str) -> tuple[str, ...]:
    root = _html(body)
    return page_authors(PagePieces(root, None, options.meta_max_page_pieces), options)


def _date_shown(options: ParseOptions, body: str) -> object:
    root = _html(body)
    return page_date(PagePieces(root, None, options.meta_max_page_pieces), month_first=True,
                     options=options)


def _heading_found(options: ParseOptions, root: lxml.etree._Element) -> object:
    found = find_heading(collect_sources(root), article_root=None,
                         titles=["Council keeps the tax"], site_keys=(), options=options)
    return found and found.order


def _region_of(inner: str) -> lxml.etree._Element:
    found = _html(f"<div>{inner}</div>").find(".//div")
    assert found is not None
    return found


def _headline_above(options: ParseOptions, headline: str) -> object:
    root = _html(f"<div><div class='headline'>{headline}</div><p>{_P}</p><p>{_Q}</p></div>")
    found = headline_above_story(root, options)
    return found is not None and found.text


def _siblings_joined(options: ParseOptions) -> list[int]:
    """Which of three sibling subtrees join the middle one, the region (prose 200), in a
    container that promises content: the one before it, light (30) and with less than all
    of its prose left after chrome (of 100), and the one after it, light too (100)."""
    parent = lxml.etree.fromstring("<div><div/><div/><div/></div>")
    before, top, after = list(parent)
    roots = _with_siblings(top, {before: 30.0, top: 200.0, after: 100.0}, {before: 100.0},
                           {parent}, options)
    return [i for i, element in enumerate(parent) if element in roots]


_TWO_HEADINGS = _html("<div class='menu'><div><h1>Council keeps the tax</h1></div></div>"
                      f"<div><div><div><h1>Council keeps the tax</h1><time>1</time><time>2"
                      f"</time><p>x</p></div></div></div><p>{_P}</p>")
_SHOWN = _html(f"<p>Council keeps the tax</p><h2><b>Council keeps</b> <i>the bridge</i></h2>"
               f"<p>{_P}</p>")
_SPLIT_TITLE = "Council keeps the tax - Local News and Politics - The Daily Planet of Metropolis"
# Share links: a title the page does not show, carried twice first, then the shown one.
_SHARED = _html("<h2>Council keeps the tax</h2>" + "".join(
    f"<a href='http://share.example/?url=http://news.example/a&title={title}'>Share</a>"
    for title in ("Not+shown+anywhere", "Not+shown+anywhere", "Council+keeps+the+tax"))
    + f"<p>{_P}</p>")

_ENGLISH = " ".join(_STORY) + " " + _S + " " + _S2
_GERMAN = ("Der Stadtrat hat am Montag gesagt, dass er die Steuer in diesem Jahr nicht erhöhen "
           "wird und dass das Geld für die neue Brücke aus dem Verkauf des alten Depots kommen "
           "soll. Die Bürger, die bei der Sitzung gesprochen haben, waren sich nicht einig. ")
_JAPANESE = ("市議会は月曜日、今年は税を上げないと発表した。"
             "新しい橋の資金は古い倉庫の売却でまかなうという。")
_URDU = "یہ ایک اردو جملہ ہے جو پاکستان میں بولی جاتی ہے اور اس میں کئی حروف ہیں جو ٹھیک ہیں"

#: Datelines of every form the grammar reads, each at one of its limits.
_LEADS = (
    "SAN FRANCISCO, Calif. (Reuters) — The council said on Monday it would act.",
    "PARIS, New South Wales (AP) — The council said on Monday it would act.",
    "PARIS, Texas, United States (AP) — The council said on Monday it would act.",
    "JOHANNESBURG/KHARTUM (dpa) — The council said on Monday it would act.",
    "LONDON (Thomson Reuters Foundation) - The council said on Monday it would act.",
    "Investor's Business Daily - The council said on Monday it would act.",
    "ZOLL — The council said on Monday it would act.",
    "新华社北京3月5日电 市议会周一表示今年不会提高税收。",
    "【東京共同】市議会は月曜日、今年は税を上げないと発表した。",
)

#: A page after notes a proxy left; bytes in windows-1251 (after a few ASCII ones); a page
#: whose <meta> names a charset after 50 bytes.
_STRAY_PAGE = ("Some notes before the page, as a proxy may leave them.\n" * 6
               + "<!doctype html>\n<html><body>\n<p>y</p>\n</body></html>\n")
# Markup first, which the detector does not weigh (a run of "x" before the text made
# charset-normalizer 3.0, the lowest version supported, read windows-1252 from any sample).
_CYRILLIC = b"<p>" + ("Москва, 3 марта. Городской совет утвердил бюджет. " * 5).encode("cp1251")
_MISDECLARED = (b"<html><head>" + b" " * 50 + b'<meta charset="koi8-r"></head><body><p>'
                + "café crème brûlée".encode("latin-1") + b"</p></body></html>")

#: A name and the stage it runs under the options given.
# A recipe: its intro, the recipe's name and its heading four lines under it, the supply
# list, the method. The intro names the oil, the method's second line the onion and the
# carrots; nothing names the salt.
_TOPICAL_DUMP = _dump(
    _MENU,
    "We make this soup every winter when the nights get cold, and it always starts with a "
    "good olive oil warmed slowly in the big pot that my mother gave us years ago.",
    "Print This", "Winter Soup", "Serves six", "Ingredients",
    "2 tablespoons olive oil\n1 large onion, chopped\n3 carrots, diced\nA pinch of salt to taste",
    "Directions",
    "Warm the pot over a low heat for a few minutes while you get everything else ready on "
    "the board, and keep the lid close at hand.",
    "Add the onion and the carrots and cook them until they are soft, then pour in the "
    "broth and let it all simmer for half an hour before you serve it.",
    _MENU)


def _topical_items(options: ParseOptions) -> set[int]:
    lines = split_lines(_TOPICAL_DUMP, options)
    measure = line_measure(options)
    features = [measure(line[TEXT]) for line in lines]
    content = [first_label(feat, options).value in ("good", "near_good") for feat in features]
    return topical_lists(lines, features, content, options)


PROBES: dict[str, Callable[[ParseOptions], object]] = {
    "weak region": _over_weak,
    "author box": _author_box,
    "post foot": _post_foot,
    "labels foot": _labels_foot,
    "signature foot": _signature_foot,
    "soft wall foot": _soft_wall_foot,
    "sources foot": _sources_foot,
    "tail table": _tail_table,
    "byline bio": _byline_bio,
    "siblings": _siblings_joined,
    "glued host": lambda o: strip_site_name("davidbau.com Vibe Coding", [site_key("davidbau.com")],
                                            o),
    "headline case": lambda o: _measure(o, "Council keeps Property Level Tax").headline_case,
    "cjk words": lambda o: _measure(o, _CJK).n_words,
    # (Without the date line under the story's first line, read as well.)
    "opening head": lambda o: _head(
        attrs.evolve(o, text_date_under_start=0),
        _dump("Council keeps the tax as it is", "Staff report", "Photo gallery",
              "March 4, 2024", _P, _Q, _R)),
    "date line": lambda o: is_date_line("Monday, March 4, 2024", o),
    "two-digit year": lambda o: line_dates("10.15.15", o),
    "author box bio": lambda o: parse_text(
        _dump(_MENU, "Council keeps the tax as it is", *_STORY, "Jane Doe",
              "(Editor) – Jane comes from the town and has covered the council for years."),
        options=o).authors,
    "shown two-digit year": lambda o: parse_shown_date("Veröffentlicht am 23.10.19", o),
    "author label": lambda o: parse_text(
        _dump("Council keeps the tax as it is", _P, _Q, _R, "Jane Doe", "Author"),
        options=o).authors,
    "vouching date": lambda o: date_follows(
        split_lines(_dump("Jane Doe", "Follow", "March 4, 2024"), o), 0, o),
    "blog date bonus": lambda o: _meta_bonuses([3], lambda i: i == 1, lambda i: i == 1, o),
    "abbreviation": lambda o: looks_like_headline(
        "Council keeps the tax in N.Y.C.", _measure(o, "Council keeps the tax in N.Y.C."), o),
    "setext": lambda o: read_markdown(["Council keeps the tax", "====="], o)[0].hint,
    "opening heading": lambda o: looks_like_markdown(f"# Council keeps the tax\n\n{_P}", o),
    "columns": lambda o: side_by_side_columns(
        [f"  {a:<8}{b}".rstrip() for a, b in zip(
            ["Home", "World", "Sport", "Arts"], [_S, "", _S, _S], strict=True)],
        o,
    ),
    "copies": lambda o: len(split_lines(_dump(*_COPIED, _MENU, *_COPIED), o)),
    "wrapped link": lambda o: join_wrapped_links(
        ["[Council", "keeps", "the tax](/news)"], o.text_markdown_max_link_lines
    ),
    "flat cell": lambda o: _blocks(
        o, f"|  |\n| --- |\n| [Home](/) * [World](/w)  {_P}  {_Q} |\n\n[Contact](/c)\n"),
    "flat line": lambda o: _blocks(o, "Home\n\n  " + " ".join([_S, _S2] * 10) + "\n"),
    "glued cell": lambda o: _blocks(
        o, "# Council keeps the tax\n\n[Home](/)\n\n" + " ".join([_S, _S2] * 10) + "\n"),
    "script line": lambda o: len(split_lines(
        "<script>document.write('<img src=/ads/pixel.gif?zone=news&amp;size=300x250&amp;"
        "slot=top&amp;page=story&amp;site=daily-planet&amp;ord=8304333127&amp;refresh=30');"
        "</script>\n\n" + _P + "\n", o)),
    "month list": lambda o: _blocks(o, "Home\n\nArchives May 2012 April 2012 March 2012 "
                                    "February 2012 January 2012 December 2011\n"),
    "references": lambda o: _blocks(o, INPUTS["lynx dump"] + "Back to top\n"),
    "wrapped": lambda o: _blocks(o, f"{_WRAPPED}\n\nHome\n"),
    # (The count of lines that left no room for a short word off: the sentences decide.)
    "hand wrapped": lambda o: _blocks(attrs.evolve(o, text_wrap_min_word_breaks=100),
                                      _HAND_WRAPPED),
    "greedy wrap": _greedy_wrap,
    "wrap width": lambda o: wrap_width([len(line) for line in _WRAPPED.split("\n")],
                                       [True] * len(_WRAPPED.split("\n")), o),
    "thread": _thread_stamps,
    "form notes": _form_notes,
    "post frame": _post_frame,
    "framed post": _framed_post_body,
    "skeleton gaps": _skeleton_gaps,
    "unclear wrap width": lambda o: wrap_width(
        [len(line) for line in _HAND_WRAPPED.split("\n") if line],
        [True] * len([line for line in _HAND_WRAPPED.split("\n") if line]), o),
    "header names": lambda o: _header_names(o, _HEADER),
    "lead above heading": lambda o: _header_names(o, _html(
        "<div><p>By Jane Doe</p><h1>Council keeps the tax</h1></div>")),
    "label names": lambda o: _header_names(o, _html(
        "<div><h1>Council keeps the tax</h1><div class='tags'><span>Jane Doe</span></div>"
        "<p>March 4, 2024</p></div>")),
    "author box names": lambda o: _header_names(o, _html(
        "<div><h1>Council keeps the tax</h1><p>Jane Doe</p><div class='author-bio'>Our "
        "reporter on the city beat, M.A.</div></div>")),
    "by line": lambda o: _by_line_names(_html("<p>By Jane Doe</p>").find(".//p"), set(), o),
    "organisation": lambda o: _only_declared_author(collect_sources(_html(
        "", "<meta name='author' content='Editorial Team of The Daily Planet'>")), [], o),
    "headline above": lambda o: _headline_above(o, "Council keeps the tax as it is"),
    "headline of lead": lambda o: _headline_of_lead(
        "Local Sports Wire", _region_of(f"<b>Council keeps the tax</b><p>{_P}</p><p>{_Q}</p>"),
        f"{_P} {_Q}", o),
    "names above": lambda o: _headline_above(o, "Council Backs Bridge"),
    "heading": lambda o: _heading_found(o, _TWO_HEADINGS),
    "header blocks": lambda o: len(header_blocks(_h1(_TWO_HEADINGS), o)),
    "in header": lambda o: len(in_article_header(
        collect_sources(_TWO_HEADINGS).times, heading=Placed(0, _TWO_HEADINGS.findall(
            ".//h1")[1]), article_root=None, options=o)),
    "neighbours": lambda o: len(heading_neighbours(
        Placed(0, _TWO_HEADINGS.findall(".//h1")[1]), o)),
    "share title": lambda o: share_title(_SHARED, o),
    "credit line": lambda o: is_credit_line("By JANE DOE Associated Press Writer", o),
    "shown part": lambda o: shown_title_part(_SHOWN, _SPLIT_TITLE, o),
    "split shown part": lambda o: shown_title_part(_SHOWN, "Council keeps the bridge - Local "
                                                   "News and Politics - The Daily Planet", o),
    "lead byline": lambda o: _authors_shown(o, f"<p>{_S}</p><div><p>By Jane Doe</p></div>"),
    "thread stamps": lambda o: _authors_shown(o, f"<p>{_S}</p>" + "".join(
        f"<p class='posted'>Posted by {name} on May 3, 2019</p>"
        for name in ("jane", "max", "ann"))),
    "author link": lambda o: _authors_shown(o, "<p><a href='/author/jane-doe'>Jane Doe</a></p>"),
    "author bio": lambda o: _authors_shown(o, "<h4>Jana Novak</h4><p>Jana Novak covers the "
                                           "council, the courts, the schools and the city's "
                                           "budget. She lives in town.</p>"),
    "byline late": lambda o: _authors_shown(o, "".join(f"<p>{n}</p>" for n in range(5))
                                            + "<p>By Jane Doe</p>"),
    "date by byline": lambda o: _date_shown(o, "<p>By Jane Doe</p><p>March 4, 2024</p>"),
    "date under title": lambda o: date_under_title(
        PagePieces(_html("<h2>Council keeps the tax</h2><p>Jane Doe</p><p>04.03.2024</p>"),
                   None, o.meta_max_page_pieces),
        "Council keeps the tax", month_first=False, options=o),
    "topical list": _topical_items,
    "language guess": lambda o: guess_language(_ENGLISH, o),
    "language guess of a mixed body": lambda o: guess_language(
        " ".join(_ENGLISH.split()[:40]) + " " + _GERMAN * 30, o),
    "language check": lambda o: checked_language("de", _ENGLISH, o),
    "language check of a mixed body": lambda o: checked_language(
        "de", " ".join(_ENGLISH.split()[:100]) + " " + _GERMAN * 6, o),
    "script guess": lambda o: guess_language(_JAPANESE, o),
    "arabic script guess": lambda o: guess_language(_URDU, o),
    "datelines": lambda o: [parse_dateline(lead, options=o) for lead in _LEADS],
    "sniff": lambda o: [looks_like_html(_STRAY_PAGE, o),
                        looks_like_html("<html><body><p>x</p></body></html>", o)],
    "decode": lambda o: [decode_bytes(_CYRILLIC, None, o), decode_bytes(_MISDECLARED, None, o)],
    "bylines": lambda o: [
        find_byline([*_MENU.split(), "By Jane Doe"], o),
        bare_names("Jane Doe and John Roe", o),
        byline_names("By 王小明", o),
        byline_names("By Jane Doe and MS", o),
        byline_names("Jane Doe | Reuters Washington Bureau", o, require_lead=True),
        byline_names("Kevin Johnson and Kevin McCoy USA TODAY", o,
                     site_keys={site_key("USA TODAY")}),
        is_role_line("Senior Staff Writer", o),
        is_byline_furniture("Follow us", o),
        find_byline(["作者：春春"], o),
    ],
}

#: (field, value, probe): the value changes what the probe's stage gives.
STAGE_CHANGES: list[tuple[str, object, str]] = [
    ("text_topic_list_reach", 1, "topical list"),
    ("text_topic_prose_lines", 1, "topical list"),
    ("text_topic_list_share", 1.0, "topical list"),
    ("text_cjk_word_chars", 100, "cjk words"),
    ("text_headline_max_chars", 5, "headline case"),
    ("text_headline_word_chars", 100, "headline case"),
    ("text_headline_min_words", 100, "headline case"),
    ("text_headline_share", 1.0, "headline case"),
    ("text_max_opening_lines", 0, "opening head"),
    ("text_title_opening_lines", 0, "opening head"),
    ("text_max_date_line_chars", 5, "date line"),
    ("text_max_vouching_date_chars", 5, "vouching date"),
    ("text_two_digit_year_pivot", 10, "two-digit year"),
    ("meta_two_digit_year_pivot", 10, "shown two-digit year"),
    ("text_max_author_label_chars", 0, "author label"),
    ("text_author_box_opening_words", 0, "author box bio"),
    ("text_max_button_chars", 0, "vouching date"),
    ("text_title_meta_reach_above", 0, "blog date bonus"),
    ("text_abbreviation_dots", 5, "abbreviation"),
    ("text_markdown_max_setext_chars", 5, "setext"),
    ("text_markdown_opening_lines", 0, "opening heading"),
    ("text_markdown_max_link_lines", 2, "wrapped link"),
    ("text_markdown_flat_cell_chars", 100_000, "flat cell"),
    ("text_markdown_glued_line_chars", 100_000, "glued cell"),
    ("text_flat_line_chars", 100_000, "flat line"),
    ("text_script_line_chars", 1000, "script line"),
    ("text_flat_line_share", 1.0, "flat line"),
    ("text_min_listed_months", 0, "month list"),
    ("text_min_column_lines", 4, "columns"),
    ("text_min_copy_lines", 0, "copies"),
    ("text_min_copy_words", 100_000, "copies"),
    ("text_min_reference_share", 1.0, "references"),
    ("text_wrap_min_width", 61, "wrapped"),
    ("text_wrap_max_width", 45, "wrapped"),
    ("text_wrap_near_chars", 1, "wrap width"),
    ("text_wrap_min_near_ratio", 0.0, "unclear wrap width"),
    ("text_wrap_min_going_on_share", 1.0, "hand wrapped"),
    ("text_wrap_max_near_fit_share", 0.0, "hand wrapped"),
    ("text_wrap_min_word_breaks", 7, "greedy wrap"),
    ("text_wrap_max_clear_fit_share", 0.1, "greedy wrap"),
    ("meta_chrome_levels", 0, "heading"),
    ("meta_header_levels", 0, "header blocks"),
    ("meta_header_reach", 1, "in header"),
    ("meta_neighbour_siblings", 0, "neighbours"),
    ("meta_header_before_texts", 0, "lead above heading"),
    ("meta_max_header_text_chars", 1, "header names"),
    ("meta_header_story_chars", 1, "header names"),
    ("meta_title_part_min_words", 130, "shown part"),
    ("meta_title_max_parts", 2, "shown part"),
    ("meta_shown_text_chars", 5, "shown part"),
    ("meta_min_share_title_words", 10, "share title"),
    ("text_max_credit_words", 2, "credit line"),
    ("meta_max_share_links", 1, "share title"),
    ("meta_max_share_titles", 1, "share title"),
    ("meta_inline_levels", 0, "split shown part"),
    ("meta_max_inline_headline_chars", 5, "split shown part"),
    ("html_min_sibling_prose", 1000.0, "siblings"),
    ("html_lead_prose_share", 0.0, "siblings"),
    ("meta_min_words_beside_glued_host", 3, "glued host"),
    ("meta_headline_story_chars", 900, "headline above"),
    ("meta_headline_pieces_above", 0, "headline above"),
    ("meta_headline_lead_words", 10, "headline of lead"),
    ("meta_title_lead_words", 1, "headline of lead"),
    ("meta_headline_min_words", 10, "headline above"),
    ("meta_headline_max_words", 5, "headline above"),
    ("meta_headline_max_name_words", 0, "names above"),
    ("meta_max_by_line_text_chars", 5, "by line"),
    ("meta_max_organisation_words", 2, "organisation"),
    ("meta_bare_name_pieces", 0, "header names"),
    ("meta_byline_pieces_above", 0, "lead above heading"),
    ("meta_name_neighbours", 0, "header names"),
    ("meta_max_shown_date_words", 2, "header names"),
    ("meta_label_levels", 0, "label names"),
    ("meta_author_box_levels", 0, "author box names"),
    ("meta_page_lead_words", 2, "lead byline"),
    ("meta_page_thread_stamps", 4, "thread stamps"),
    ("meta_page_link_name_words", 1, "author link"),
    ("meta_page_piece_chars", 5, "lead byline"),
    ("meta_page_block_chars", 5, "lead byline"),
    ("meta_page_bio_chars", 40, "author bio"),
    ("meta_page_byline_reach", 0, "date by byline"),
    ("meta_title_date_reach", 1, "date under title"),
    ("meta_max_page_pieces", 2, "byline late"),
    ("meta_language_min_guess_words", 400, "language guess"),
    ("meta_language_guess_words", 40, "language guess of a mixed body"),
    ("meta_language_min_guess_share", 1.0, "language guess"),
    ("meta_language_min_check_words", 160, "language check"),
    ("meta_language_check_words", 100, "language check of a mixed body"),
    ("meta_language_max_contradicted_share", 0.0, "language check"),
    ("meta_language_min_contradicting_share", 1.0, "language check"),
    ("meta_language_script_sample_chars", 2, "script guess"),
    ("meta_language_min_script_letters", 300, "script guess"),
    ("meta_language_min_script_share", 0.0, "arabic script guess"),
    ("meta_language_min_kana_share", 1.0, "script guess"),
    ("meta_language_min_own_letter_share", 1.0, "arabic script guess"),
    ("dateline_max_city_words", 1, "datelines"),
    ("dateline_max_region_words", 1, "datelines"),
    ("dateline_max_regions", 1, "datelines"),
    ("dateline_max_joined_places", 1, "datelines"),
    ("dateline_max_source_tokens", 1, "datelines"),
    ("dateline_max_outlet_words", 1, "datelines"),
    ("dateline_max_acronym_chars", 0, "datelines"),
    ("dateline_max_cjk_place_chars", 1, "datelines"),
    ("meta_byline_find_lines", 2, "bylines"),
    ("meta_byline_bare_line_words", 2, "bylines"),
    ("meta_byline_uncased_name_chars", 1, "bylines"),
    ("meta_byline_acronym_chars", 0, "bylines"),
    ("meta_byline_credit_words", 1, "bylines"),
    ("meta_byline_site_name_words", 1, "bylines"),
    ("meta_byline_role_line_words", 1, "bylines"),
    ("meta_byline_button_words", 1, "bylines"),
    ("meta_byline_cjk_credit_chars", 2, "bylines"),
    ("input_sniff_chars", 5, "sniff"),
    ("input_stray_prefix_chars", 0, "sniff"),
    ("input_charset_sniff_bytes", 10, "decode"),
    ("input_detect_bytes", 10, "decode"),
    ("text_max_stamp_chars", 5, "thread"),
    ("text_max_stamp_gap", 0, "thread"),
    ("text_max_long_comment_gap", 0, "thread"),
    ("text_min_thread_stamps", 100, "thread"),
    ("text_weak_region_words", 0, "weak region"),
    ("text_headed_over_weak_share", 100.0, "weak region"),
    ("text_max_bio_share", 0.0, "author box"),
    ("text_max_after_foot_share", 0.0, "post foot"),
    ("text_max_after_labels_share", 0.0, "labels foot"),
    ("text_max_after_signature_share", 0.0, "signature foot"),
    ("text_max_after_soft_wall_share", 0.0, "soft wall foot"),
    ("text_max_after_sources_share", 0.0, "sources foot"),
    ("text_min_tail_table_rows", 100, "tail table"),
    ("text_byline_reach", 0, "byline bio"),
    ("text_max_byline_words", 1, "byline bio"),
    ("text_max_stamp_block", 0, "thread"),
    ("text_form_note_max_chars", 5, "form notes"),
    ("text_post_foot_reach", 1, "post frame"),
    ("text_framed_post_lines", 1, "post frame"),
    ("text_min_framed_post_words", 100, "post frame"),
    ("text_framed_post_outweighed", 0.0, "framed post"),
    ("text_min_section_paragraph_weight", 1000.0, "skeleton gaps"),
    ("text_min_skeleton_gaps", 100, "skeleton gaps"),
]


@pytest.mark.parametrize(("field", "value", "probe"), STAGE_CHANGES)
def test_an_extreme_value_changes_its_stage(field: str, value: object, probe: str) -> None:
    changed = attrs.evolve(_DEFAULT, **{field: value})
    assert PROBES[probe](changed) != PROBES[probe](_DEFAULT)


def test_every_field_has_a_case() -> None:
    cases = {field for field, _, _ in CHANGES} | {field for field, _, _ in STAGE_CHANGES}
    assert cases == {f.name for f in attrs.fields(ParseOptions)} - set(DEPRECATED_FIELDS)


# Deprecated fields: still accepted and checked for one release, read by nothing.
@pytest.mark.parametrize("name", sorted(DEPRECATED_FIELDS))
def test_a_deprecated_field_warns_when_set_and_changes_nothing(name: str) -> None:
    default = DEPRECATED_FIELDS[name]
    assert attrs.fields_dict(ParseOptions)[name].default == default
    other = default * 2 if isinstance(default, int) else default / 2
    with pytest.warns(DeprecationWarning, match=name):
        changed = ParseOptions(**{name: other})  # type: ignore[arg-type]
    assert getattr(changed, name) == other
    for data in INPUTS.values():
        assert _article(data, changed) == _article(data, _DEFAULT)


@pytest.mark.parametrize("name", sorted(DEPRECATED_FIELDS))
def test_a_deprecated_field_left_at_its_default_does_not_warn(name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ParseOptions(**{name: DEPRECATED_FIELDS[name]})  # type: ignore[arg-type]
        attrs.evolve(_DEFAULT, max_nodes=1000)


def test_a_deprecated_field_is_still_checked() -> None:
    with pytest.raises(ValueError, match="meta_min_line_words_over_title"):
        ParseOptions(meta_min_line_words_over_title=0)


#: Values no field can take: out of range, of the wrong type, or a low bound above its high.
REFUSED = [
    {"max_link_density": 5.0},
    {"max_link_density": 1},
    {"score_decay": -3.0},
    {"score_decay": 1.5},
    {"dateline_year_max_days": -5},
    {"strip_dateline": 1},
    {"max_nodes": True},
    {"max_nesting_depth": 2001},
    {"min_paragraph_chars": 0},
    {"text_stopwords_low": 0.5, "text_stopwords_high": 0.4},
    {"text_length_low": 300, "text_length_high": 200},
    {"text_gap_cost": 0.0},
    {"text_alone_short_cost": -1.0},
    {"text_run_line_weight": 2.0},
    {"html_content_bonus": 0.5},
    {"html_sibling_levels": -1},
    {"html_teaser_share": 1.5},
    {"meta_max_heading_chars": 3},
    {"meta_max_site_name_words": 0},
    {"text_max_title_words": 1},
    {"text_byline_story_lines": 0},
    {"text_min_resumed_paragraphs": 0},
    {"text_far_head_lines": -1},
    {"text_max_meta_chars": 0},
    {"html_prose_link_density": 1.5},
    {"html_weak_prose_weight": -0.1},
    {"html_min_cjk_prose_chars": 0},
    {"html_max_stamp_chars": 0},
    {"meta_min_shown_share": 2.0},
    {"meta_max_jsonld_depth": -1},
    {"meta_max_jsonld_objects": 0},
    {"meta_max_byline_chars": 0},
    {"meta_max_name_words": 0},
    {"meta_max_date_line_words": 0},
    {"text_title_min_overlap": 1.5},
    {"text_title_meta_reach": -1},
    {"text_date_after_byline": -1},
    {"text_date_under_start": -1},
    {"text_date_after_story_lines": -1},
    {"text_title_under_meta_bonus": 0.4},
    {"text_title_over_meta_bonus": 0.05},
    {"text_wrap_min_width": 100, "text_wrap_max_width": 80},
    {"text_wrap_min_width": 1},
    {"text_run_lines": 1},
    {"text_headline_share": 1.5},
    {"text_cjk_char_weight": 0},
    {"text_title_distance_cost": -0.1},
    {"text_wrap_min_broken_share": 2.0},
    {"text_wrap_item_block_share": 1.5},
    {"meta_min_heading_chars": 50, "meta_max_heading_chars": 40},
    {"meta_min_heading_chars": 0},
    {"meta_headline_min_words": 5, "meta_headline_max_words": 4},
    {"meta_header_reach": 0},
    {"meta_header_levels": -1},
    {"meta_max_page_pieces": 0},
    {"meta_language_min_guess_words": 700, "meta_language_guess_words": 600},
    {"meta_language_min_check_words": 300},
    {"meta_language_min_kana_share": 1.5},
    {"dateline_max_city_words": 0},
    {"dateline_max_regions": -1},
    {"meta_byline_bare_line_words": 1},
    {"meta_byline_find_lines": 0},
    {"input_sniff_chars": 0},
    {"input_detect_bytes": -1},
    {"meta_min_year": 2001, "meta_max_year": 2000},
    {"meta_min_year": 0},
    {"meta_max_year": 10000},
    {"meta_max_date_value_chars": 0},
    {"html_max_stamp_date_words": 0},
    {"meta_max_byline_stops": -1},
    {"dateline_max_kicker_chars": -1},
    {"meta_max_labelled_cards": -1},
    {"meta_min_full_name_words": 0},
    {"meta_max_element_text_chars": 0},
    {"meta_max_inline_headline_chars": 0},
    {"html_max_boilerplate_chars": 0},
    {"html_sure_prose_factor": 0.5},
    {"html_min_sibling_prose": -1.0},
    {"html_lead_prose_share": 1.5},
    {"html_max_control_chars": 0},
    {"text_min_title_words": 0},
    {"text_min_title_words": 31},
    {"text_max_labelled_head_lines": 0},
    {"meta_min_words_beside_glued_host": -1},
]


@pytest.mark.parametrize("fields", REFUSED, ids=",".join)
def test_impossible_values_are_refused(fields: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="ParseOptions"):
        ParseOptions(**fields)  # type: ignore[arg-type]


def test_the_defaults_are_valid_and_every_field_is_documented() -> None:
    assert attrs.evolve(_DEFAULT) == _DEFAULT
    source = Path(newsparse._options.__file__).read_text(encoding="utf-8")
    for field in attrs.fields(ParseOptions):
        # The docstring that follows the field is what the API page shows.
        after = source.split(f"    {field.name}: ", 1)[1].split("\n    ")[1]
        assert after.startswith('"""'), field.name
