"""ParseOptions: every field is a real knob, and impossible values are refused.

Each field has a case below: a value that changes the article of a small made-up page or
dump (so the field reaches its stage), or that the validator refuses. A new field needs
a case, or the completeness test fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

import newsparse._options
from newsparse import NewsparseError, ParseOptions, parse_html, parse_text

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
_Q = _STORY[2]
_R = _STORY[7]
_S = "A spokesman for the state said it would study the plan and answer within a month."
_S2 = "The city said the old depot would be sold in the spring to pay for the new bridge."
_MENU = "Home\nWorld\nBusiness\nSport\nOpinion"
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
    # The story split in two parts side by side: the decay decides whether their wrapper
    # or the bigger part is the region.
    "split page": _page(
        f"<div id='wrap'><div class='a'><p>{_P}</p><p>{_Q}</p><p>{_R}</p><p>{_P} {_Q}</p>"
        f"<p>{_R} {_P}</p></div><div class='b'><p>{_S}</p><p>{_S}</p></div></div>"),
    # A story-body four levels down, and a part of the story beside its outermost wrapper.
    "deep story page": _page(
        f"<div><div><div><div class='story-body'><p>{_P}</p><p>{_Q}</p><p>{_R}</p>"
        f"<p>{_P} {_Q}</p></div></div></div></div><div class='b'><p>{_R}</p></div>"),
    # A one-sentence "article-body" far from the plain story.
    "small article-body page": _page(
        "<div><div><div><div><div class='x'><div><div><div><div class='article-body'>"
        f"<p>{_S}</p></div></div></div></div></div></div></div></div></div>"
        f"<div><p>{_P}</p><p>{_Q}</p><p>{_R}</p><p>{_P} {_Q}</p><p>{_R} {_P}</p></div>"),
    # Most of the story inside an element whose class says "sidebar".
    "sidebar page": _page(
        f"<p>{_R}</p><div class='sidebar'><p>{_P}</p><p>{_Q}</p><p>{_P} {_Q}</p></div>"),
    # Teaser cards (a headline link and a blurb) beside a short article.
    "teasers page": _page(
        f"<div><article><p>{_P}</p><p>{_Q}</p></article><div class='more'>" + "".join(
            f"<div><a href='/{i}'>Another story number {i} with a long headline</a>"
            f"<p>{_S}</p></div>" for i in range(4)) + "</div></div>"),
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
    "short post page": _page(
        f"<div class='entry-content'><p>{_S}</p></div>"
        f"<div class='sidebar'><p>{_P}</p><p>{_Q}</p></div>"),
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
    # A headline over its byline, and a line under them that repeats more of the story's
    # words.
    "standfirst dump": _dump(_MENU, "Council keeps the tax as it is", "By Jane Doe",
                             "March 4, 2024", "Money for a new bridge", _P, _Q, _R),
    # A byline with its date line under it, among the story's first lines.
    "dated byline in story dump": _dump(_MENU, "Council keeps the tax as it is", _P, _S,
                                        "By Jane Doe", "March 4, 2024", _Q, _R),
    # A dateline on a line of its own at the top of the page, far above the story.
    "top dateline dump": _dump("LONDON, March 2 (Reuters)", _MENU,
                               "\n".join(f"Caption setting {n}" for n in range(50)), _P, _Q, _R),
    "tiny dump": _dump("Bridge waits", "Tax stays", "Vote close"),
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
    "boxed line dump": _dump(_MENU, "Share\nTweet", _S, "Email\nPrint", _P, _Q),
    "lines without ends dump": _dump(*_NO_ENDS, _MENU, "Share\nTweet\nEmail\nPrint", _P, _Q),
    # The story, a gallery's lines inside it, and the story resumed after them.
    "embed dump": _dump(_MENU, _P, _Q, _R, "Read more\nBack\nPlay again\nShare\nFacebook\n"
                        "Twitter", _S, _S2, _MENU),
    # The headline over its "By" line, pushed far above the story by a video player.
    "far headline dump": _dump(_MENU, "Council keeps the tax as it is", "By Jane Doe",
                               "\n".join(f"Caption setting {n}" for n in range(50)), _P, _Q, _R),
    # A byline broken after its "By", as dumps break lines around an inline element.
    "broken byline dump": _dump(_MENU, "Council keeps the tax as it is", "By\nJane Doe", _P, _Q,
                                _R),
    # A line of bare names, vouched for by the date line under it.
    "bare name dump": _dump(_MENU, "Council keeps the tax as it is", "Jane Doe\nMarch 4, 2024",
                            _P, _Q, _R),
    # A byline among the story's first lines, under its first paragraph.
    "byline in story dump": _dump(_MENU, "Council keeps the tax as it is", _P, "By Jane Doe",
                                  _Q, _R),
    # A personal site: its masthead names the person its copyright notice names.
    "masthead dump": _dump("Jane Doe\nAbout\nSubscribe\n21 September 2020",
                           "Council keeps the tax as it is", _P, _Q, _R,
                           "Home\n© Jane Doe 2016-2020\nCredits"),
    "markdown dump": _dump("# Council keeps the tax", _P, "The plan, [read it here]"
                           "(https://example.com/plan), has [three parts]"
                           "(https://example.com/parts).", _Q, _R),
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
    ("min_paragraph_chars", 300, "sidebar page"),
    ("max_link_density", 0.01, "page"),
    ("score_decay", 1.0, "split page"),
    ("html_content_bonus", 1000.0, "small article-body page"),
    ("html_chrome_share", 1.0, "sidebar page"),
    ("html_beside_content_share", 1.0, "short post page"),
    ("html_sibling_share", 0.0, "split page"),
    ("html_sibling_levels", 10, "deep story page"),
    ("html_min_teasers", 10, "teasers page"),
    ("html_teaser_share", 1.0, "teasers page"),
    ("html_max_blurb_chars", 10, "teasers page"),
    ("html_head_blocks", 0, "stamp page"),
    ("meta_max_heading_chars", 10, "stamp page"),
    ("meta_max_date_text_chars", 300, "long date page"),
    ("meta_max_site_name_words", 2, "site name page"),
    ("strip_dateline", True, "page"),
    ("dateline_year_max_days", 0, "page"),
    ("text_length_low", 1, "dump"),
    ("text_length_high", 70, "lines without ends dump"),
    ("text_stopwords_low", 0.0, "keywords dump"),
    ("text_stopwords_high", 0.99, "dump"),
    ("text_min_sentence_words", 1, "three short lines dump"),
    ("text_wall_penalty", 1, "short story before comments dump"),
    ("text_min_story_words", 300, "story before long comments dump"),
    ("text_after_story_discount", 0.0, "two sentences before many comments dump"),
    ("text_after_story_discount", 1.0, "two sentences before some comments dump"),
    ("text_run_line_weight", 0.0, "story in one run dump"),
    ("text_isolated_line_weight", 0.0, "dump"),
    ("text_gap_cost", 0.05, "boxed line dump"),
    ("text_boxed_line_weight", 1.0, "boxed line dump"),
    ("text_alone_short_cost", 100.0, "dump"),
    ("text_max_list_items", 1, "dump"),
    ("text_max_link_share", 0.1, "markdown dump"),
    ("text_tiny_page_lines", 1, "tiny dump"),
    ("text_head_lines", 2, "dump"),
    ("text_max_embed_lines", 0, "embed dump"),
    ("text_min_resumed_paragraphs", 5, "embed dump"),
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
    ("text_title_min_overlap", 1.0, "dump"),
    ("text_title_meta_reach", 0, "standfirst dump"),
    ("text_byline_under_far_title", 0, "far headline dump"),
    ("text_date_after_byline", 0, "dated byline in story dump"),
    ("text_dateline_top_lines", 0, "top dateline dump"),
]


@pytest.mark.parametrize(("field", "value", "name"), CHANGES)
def test_an_extreme_value_changes_the_article(field: str, value: object, name: str) -> None:
    data = INPUTS[name]
    changed = attrs.evolve(_DEFAULT, **{field: value})
    assert _article(data, changed) != _article(data, _DEFAULT)


def test_every_field_has_a_case() -> None:
    assert {field for field, _, _ in CHANGES} == {f.name for f in attrs.fields(ParseOptions)}


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
