"""ParseOptions: every threshold and limit of the pipeline, in one frozen object.

The fields are flat, named by stage: ``max_*`` are resource limits, ``input_*`` say how
the input is decoded and told apart, ``text_*`` tune the text-dump pipeline, ``meta_*`` the
metadata readers (bylines, dates and language included, in both pipelines), ``dateline_*``
the dateline; the HTML content fields (``min_paragraph_chars``, ``max_link_density``,
``score_decay``) and the ``html_*`` ones tune the HTML pipeline. Facts that are not tuning
(month names, tag roles, word lists, Unicode ranges) stay in their modules, and so do a
few costs that are no reading choice (how many short lines' features are remembered).

A new threshold goes here, in its stage's section, with a docstring (the API page lists
it), a validator that refuses impossible values, and a case in tests/test_options.py.
"""

from __future__ import annotations

import warnings
from typing import Any

import attrs


def _whole(low: int = 1, high: int | None = None) -> Any:
    """Validator: an int (not a bool) in ``low..high``."""

    def check(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
        if (not isinstance(value, int) or isinstance(value, bool) or value < low
                or (high is not None and value > high)):
            span = f"{low}..{high}" if high is not None else f"at least {low}"
            raise ValueError(f"ParseOptions.{attribute.name} must be an int {span}, "
                             f"not {value!r}")

    return check


def _real(low: float = 0.0, high: float | None = None, *, above_low: bool = False) -> Any:
    """Validator: a float in ``low..high`` (``above_low``: strictly above ``low``)."""

    def check(_instance: object, attribute: attrs.Attribute[float], value: float) -> None:
        if (not isinstance(value, float) or value < low or (above_low and value == low)
                or (high is not None and value > high)):
            span = f"{'above' if above_low else 'at least'} {low}" + (
                f" and at most {high}" if high is not None else "")
            raise ValueError(f"ParseOptions.{attribute.name} must be a float {span}, "
                             f"not {value!r}")

    return check


def _flag(_instance: object, attribute: attrs.Attribute[bool], value: bool) -> None:
    if not isinstance(value, bool):
        raise ValueError(f"ParseOptions.{attribute.name} must be a bool, not {value!r}")


_SHARE = _real(0.0, 1.0)


# The hash is cached: stages key per-options caches by the options (the text path's line
# measures), and hashing 191 fields took about 20 µs a parse.
@attrs.frozen(kw_only=True, cache_hash=True)
class ParseOptions:
    """Options of :func:`newsparse.parse`. Frozen; derive variants with ``attrs.evolve``.

    Every field is checked when the object is made: an impossible value (a share above
    1, a negative count, a low bound above its high one) raises ``ValueError``.

    Added in 0.1.
    """

    # Resource limits: going over one raises InputLimitError.
    max_input_bytes: int = attrs.field(default=64 * 1024 * 1024, validator=_whole())
    """Largest input accepted, in bytes (str inputs count UTF-8 bytes)."""
    max_nodes: int = attrs.field(default=250_000, validator=_whole())
    """Most elements an HTML tree may hold. Checked on the markup before it is parsed
    (its start tags; no tree is built for a page over it) and again on the tree. An
    element costs about 650 bytes while its page is read: its node in libxml2's tree
    about 280, its block, text and scores about 370 more (410 without the C module).
    This bounds a page of tiny elements: about 200 MB by default (a 4 MB page of 240,000
    short paragraphs peaks at 201 MB), 24 times the elements of the largest of 2,018
    corpus pages (10,534)."""
    max_attributes: int = attrs.field(default=256, validator=_whole())
    """Most attributes read on one element; the rest are dropped before parsing. Not an
    error: libxml2 takes time quadratic in an element's attributes (a 1 MB tag of them,
    20 seconds), and no page needs more."""
    max_page_attributes: int = attrs.field(default=750_000, validator=_whole())
    """Most attributes an HTML page's start tags may hold in all (each tag's first
    ``max_attributes``). Checked on the markup before it is parsed: no tree is built for
    a page over it. libxml2 builds a node for each attribute, about 110 bytes, 260 with a
    value, so that 2 or 3 bytes of markup (`` a``) cost 40 times their size however few
    the elements. By default at most about 200 MB, as ``max_nodes`` allows elements: 3
    attributes for each element it allows, 42 times those of the richest of 2,018 corpus
    pages (17,937)."""
    max_text_lines: int = attrs.field(default=1_000_000, validator=_whole())
    """Most lines a text dump may hold. A line costs about 120 bytes while its dump is
    read (one text repeated), 200 for distinct short lines, whose texts are objects of
    their own. This bounds a dump of short lines: about 260 MB by default (999,999
    distinct short lines, 17 MB, peak at 262 MB), 219 times the lines of the longest of
    5,432 corpus dumps (4,571)."""
    max_nesting_depth: int = attrs.field(default=512, validator=_whole(1, 2000))
    """libxml2 stops reading a page at 2,048 levels of nesting and drops the rest; such a
    page is read again with elements nested deeper than this flattened into their
    ancestor at this depth (their text is kept, as browsers do). Pages within libxml2's
    limit are read as they are. At most 2,000."""

    # The input: how its bytes are decoded and HTML is told from a dump (``_input/``).
    input_sniff_chars: int = attrs.field(default=8192, validator=_whole())
    """Characters from the start of a str or decoded page read to tell HTML from a
    plain-text dump (by the tags a page is bound to have near its top)."""
    input_stray_prefix_chars: int = attrs.field(default=512, validator=_whole(0))
    """Characters of stray text before a document's opening tag (``<html>``, ``<!doctype
    html>``) within which a page mostly of markup is still read as HTML."""
    input_charset_sniff_bytes: int = attrs.field(default=4096, validator=_whole())
    """Bytes from the start of a page read for the charset it declares (``<meta
    charset>``), when it is not UTF-8 and the HTTP headers name none."""
    input_detect_bytes: int = attrs.field(default=65536, validator=_whole())
    """Bytes of a page whose charset is detected (when it declares none)."""

    # HTML pages: which blocks are content.
    min_paragraph_chars: int = attrs.field(default=30, validator=_whole())
    """Blocks shorter than this (in characters) need good neighbours to count as content."""
    max_link_density: float = attrs.field(default=0.5, validator=_SHARE)
    """Share of a block's characters inside links above which the block is chrome."""
    score_decay: float = attrs.field(default=0.85, validator=_SHARE)
    """How much of a block's value reaches each further ancestor when scoring regions
    (0 keeps each block's value at its parent, 1 passes it up whole)."""
    html_content_bonus: float = attrs.field(default=1.2, validator=_real(1.0))
    """Factor on the region score of an element whose tag or class promises content
    (``article``, ``main``, "story-body")."""
    html_chrome_share: float = attrs.field(default=0.6, validator=_real(0.0))
    """A chrome-hinted element (``nav``, class "sidebar") holding at least this share of
    the page's prose is no chrome: a page-wide wrapper named "layout-with-sidebar".
    Above 1, every chrome hint counts."""
    html_linked_prose_density: float = attrs.field(default=0.8, validator=_SHARE)
    """Share of a block's characters inside links up to which a paragraph of sentences in
    the region is kept (above ``max_link_density`` it is chrome elsewhere)."""
    html_min_linked_sentence_words: int = attrs.field(default=5, validator=_whole())
    """Words a line linked mostly (over ``max_link_density``) needs, with a full stop or
    a lead-in's colon ending it, to be one sentence that links ("Tesla's <a>third quarter
    earnings</a> were bad mixed with good."): it weighs as a short line, not as a link
    line."""
    html_min_linked_sentence_plain_chars: int = attrs.field(default=5, validator=_whole(0))
    """Characters outside the links such a sentence needs (words of its own beside its
    links): a blurb or a headline linked whole, full stop and all, is a pointer."""
    html_mixed_chrome_share: float = attrs.field(default=0.25, validator=_real(0.0))
    """A chrome-named element whose own name promises content too ("content-nav-section",
    "newsletter-content") is chrome only when it holds less than this share of the page's
    prose: the wrapper of a story, split in sections or named after its sidebar."""
    html_beside_content_share: float = attrs.field(default=0.12, validator=_SHARE)
    """A chrome-named element holding most of the prose is chrome all the same when a
    content-promising element beside it holds at least this share of its prose."""
    html_paragraph_climb_gain: float = attrs.field(default=1.25, validator=_real(1.0))
    """A lone prose block that outscores every container (its neighbours' links pull
    theirs down) gives way to the nearest ancestor holding two prose blocks, when that
    ancestor holds at least this many times its prose: a story is several paragraphs."""
    html_box_share: float = attrs.field(default=0.5, validator=_SHARE)
    """An author box (an element named ``about-author``, ``author-bio``, ``post-author``)
    or a form with fields inside the region is left out of the body when it holds less
    than this share of the region's prose (the byline readers still read the box); one
    holding more is the page's subject (a speaker's profile) or its wrapper (a page-wide
    form)."""
    html_sibling_share: float = attrs.field(default=0.15, validator=_SHARE)
    """A subtree beside the region (or beside one of its nearest ancestors) joins it when
    it weighs at least this share of the region: a body split around an ad."""
    html_min_sibling_prose: float = attrs.field(default=40.0, validator=_real(0.0))
    """Least prose (in characters) such a subtree needs however light the region is: a
    short story does not take in every caption beside it."""
    html_lead_prose_share: float = attrs.field(default=0.8, validator=_SHARE)
    """A block-free subtree right before the region joins it as the story's lead (a
    standfirst beside the body) when at least this share of its text is prose."""
    html_one_story_share: float = attrs.field(default=0.2, validator=_SHARE)
    """A region that promises nothing itself narrows to the one post- or content-named
    element inside it when that element holds at least this share of its prose: a story
    in a table cell of an old layout beside other news, a short post in a blog's page
    wrapper beside the sidebar's notes."""
    html_sibling_levels: int = attrs.field(default=3, validator=_whole(0))
    """How many ancestors up from the region such subtrees are looked for."""
    html_min_teasers: int = attrs.field(default=3, validator=_whole())
    """Cards of a headline link and a short blurb (or excerpts cut short) that make an
    element a teaser list, whose prose then weighs nothing."""
    html_teaser_share: float = attrs.field(default=0.8, validator=_SHARE)
    """Share of an element's prose blocks that must be teaser blurbs for it to be a
    teaser list."""
    html_max_blurb_chars: int = attrs.field(default=400, validator=_whole())
    """Longest prose block that counts as a teaser's blurb after its headline link."""
    html_max_card_chars: int = attrs.field(default=600, validator=_whole())
    """Most characters of a card of another story (a headline, a date, a blurb, three or
    more of one shape side by side after the story)."""
    html_max_more_link_chars: int = attrs.field(default=24, validator=_whole())
    """Longest link read as the "Read more..." that ends a card's blurb, linking it out."""
    html_card_share: float = attrs.field(default=0.5, validator=_SHARE)
    """Repeated cards are left out of the region only when they hold less than this share
    of its text (a page that is all cards is its own story)."""
    html_head_blocks: int = attrs.field(default=6, validator=_whole(0))
    """Date stamps ("Published 3 May 2020") are dropped from this many first blocks of the
    region, even after a dek or a lead paragraph."""
    html_prose_link_density: float = attrs.field(default=0.3, validator=_SHARE)
    """Share of a block's characters inside links below which a long enough block may
    count as prose (above ``max_link_density``, a block is chrome)."""
    html_min_prose_stopwords: float = attrs.field(default=0.2, validator=_SHARE)
    """Share of stop words that makes a long enough block prose even without a sentence
    end (the other evidence: a sentence end, or three times the length it needs)."""
    html_weak_prose_weight: float = attrs.field(default=0.3, validator=_SHARE)
    """Weight of the characters of a block that is long but shows no sign of prose (a list
    item, a table cell), against those of a prose block."""
    html_min_cjk_prose_chars: int = attrs.field(default=20, validator=_whole())
    """Characters of Chinese, Japanese or Korean text that are long enough for prose (a
    block in other scripts needs twice ``min_paragraph_chars``)."""
    html_max_stamp_chars: int = attrs.field(default=90, validator=_whole())
    """Longest line of a block read as a date stamp ("Published 3 May 2020, 10:15")."""
    html_max_stamp_date_words: int = attrs.field(default=8, validator=_whole())
    """Most words of a stamp line that is a written date ("Monday, 3 May 2020, 10:15 am
    CET"); a longer line that mentions a date is a sentence."""
    html_max_stamp_byline_chars: int = attrs.field(default=60, validator=_whole())
    """Longest line of a date stamp's block read as the byline or the agency beside it
    ("The Associated Press / Published Monday …")."""
    html_max_stamp_name_words: int = attrs.field(default=4, validator=_whole())
    """Most words of a line in title case in a date stamp's block read as a name or an
    agency beside the stamp ("Associated Press")."""
    html_max_boilerplate_chars: int = attrs.field(default=200, validator=_whole())
    """Longest block read as stock page furniture ("© 2024 …", "All rights reserved"): a
    longer block that opens so is prose."""
    html_max_comments_heading_chars: int = attrs.field(default=120, validator=_whole())
    """Longest heading read as the one over reader comments ("12 Comments", "Leave a
    reply"), which ends the story even inside its container."""
    html_sure_prose_factor: float = attrs.field(default=3.0, validator=_real(1.0))
    """A block with this many times the text prose needs (twice ``min_paragraph_chars``,
    or ``html_min_cjk_prose_chars``) is prose without more evidence (a sentence end, stop
    words)."""
    html_max_control_chars: int = attrs.field(default=200, validator=_whole())
    """A control (``<button>``, ``<video>``, ``<object>`` …) holding page structure and
    more text than this swallowed the page through a missing end tag: it is read as a
    plain container, so that what it swallowed shows."""
    html_max_furniture_chars: int = attrs.field(default=300, validator=_whole())
    """Longest block checked for text that is never story text (escaped markup, a bare
    URL, a caption that ends with its picture's credit)."""
    html_max_bare_byline_chars: int = attrs.field(default=80, validator=_whole())
    """Longest line opening the story that is read as a byline without a "By" ("Jane Doe,
    Staff Writer"); a longer one must say it is a byline."""
    html_max_author_heading_chars: int = attrs.field(default=40, validator=_whole())
    """Longest line read as the heading over the author's bio ("About the author"), which
    ends the story."""
    html_max_box_label_chars: int = attrs.field(default=80, validator=_whole())
    """Longest line read as the label of a box of links ("Most popular stories right
    now", "More on Wharton:"): the only line without links of its element, among
    ``html_min_teasers`` or more linked lines, it leaves the story with them."""
    html_max_related_heading_chars: int = attrs.field(default=40, validator=_whole())
    """Longest heading read as the one over other stories ("Related posts", "You may also
    like"): the element holding it, outside the story's own container, is left out."""
    html_max_caption_paragraphs: int = attrs.field(default=2, validator=_whole())
    """Most paragraphs of prose an element named or tagged as a caption holds and still
    is one: a caption is a line or two, and a "caption-image" box or a ``<figure>``
    holding more paragraphs holds the story."""

    # HTML pages: metadata.
    meta_max_heading_chars: int = attrs.field(default=400, validator=_whole())
    """Longest heading text read as the page's heading (a longer ``<h1>`` is a banner or a
    whole teaser, not a title)."""
    meta_max_date_text_chars: int = attrs.field(default=120, validator=_whole())
    """Longest text of a header element read for a written date ("Published 18 November
    2019"): a longer one is a paragraph that mentions a date."""
    meta_max_date_line_words: int = attrs.field(default=10, validator=_whole())
    """Most words of a line of the article's header read as the date it shows; a longer
    line is a sentence that mentions a date."""
    meta_max_update_label_chars: int = attrs.field(default=40, validator=_whole())
    """A label line shorter than this that says "Updated" makes the date on the line after
    it the update's date, not the publication's."""
    meta_max_element_text_chars: int = attrs.field(default=1600, validator=_whole())
    """Most characters of an element's text read for metadata where no tighter bound
    applies (an author element, a heading's text); reading stops past it, so a large
    element costs little."""
    meta_max_labelled_cards: int = attrs.field(default=4, validator=_whole(0))
    """Labelled data cards read for the author (``twitter:label1`` "Written by" with
    ``twitter:data1`` "Jane Doe", up to this number), as SEO plugins write them."""
    meta_min_year: int = attrs.field(default=1990, validator=_whole(1, 9999))
    """Earliest year of a date read from a page (metadata, ``<time>``, the URL, the text
    shown): an earlier one is a typo or a placeholder ("0001-01-01"). Lower it for archives
    of older pages."""
    meta_max_year: int = attrs.field(default=2100, validator=_whole(1, 9999))
    """Latest year of a date read from a page ("9999-12-31" is a placeholder)."""
    meta_two_digit_year_pivot: int = attrs.field(default=30, validator=_whole(0, 99))
    """Latest two-digit year of a date the page shows in figures ("12.10.19", "12/10/19")
    read in this century (2000 + the year); a later one is read in the last (1900 + the
    year, and then kept only from ``meta_min_year``)."""
    meta_max_date_value_chars: int = attrs.field(default=100, validator=_whole())
    """Longest metadata value read as a date (``datePublished``, ``<time datetime>``): a
    longer one is a sentence, not a date."""
    meta_max_site_name_words: int = attrs.field(default=8, validator=_whole())
    """Most words a declared site name may have (``og:site_name``, the publisher); a longer
    one is a sentence or a title."""
    meta_max_byline_chars: int = attrs.field(default=200, validator=_whole())
    """Longest text read as a byline: a line of the page's header or of a dump, a declared
    author value (both pipelines)."""
    meta_max_byline_stops: int = attrs.field(default=2, validator=_whole(0))
    """Most full stops of a line at the story's top read as a byline ("By J. K. Doe"
    has two); a line with more is sentences."""
    meta_min_full_name_words: int = attrs.field(default=2, validator=_whole())
    """Words of a person's name written in full: a byline's names end before the site's
    own name only past this many words ("Jane Doe Daily Planet" is "Jane Doe"; "The
    Planet Team" is one desk, not "The")."""
    meta_max_name_words: int = attrs.field(default=5, validator=_whole())
    """Most words one author's name may have; a longer run of capitalised words is a
    title or a label (both pipelines)."""
    meta_max_name_chars: int = attrs.field(default=60, validator=_whole())
    """Longest name of one author, in characters (both pipelines)."""
    meta_byline_cjk_credit_chars: int = attrs.field(default=200, validator=_whole())
    """Longest Chinese or Japanese credit line read for its author ("作者：春春")."""
    meta_max_excerpt_chars: int = attrs.field(default=700, validator=_whole())
    """Longest excerpt cut off with an ellipsis ("… may soon...") that stands for a teaser
    (two of them near each other make a list of teasers, in both pipelines)."""
    meta_byline_find_lines: int = attrs.field(default=12, validator=_whole())
    """Lines looked at for one that says it is a byline ("By …"), first first (both
    pipelines)."""
    meta_byline_bare_line_words: int = attrs.field(default=12, validator=_whole(2))
    """Most words of a line of bare names ("Jane Doe and John Roe", no "By")."""
    meta_byline_uncased_name_chars: int = attrs.field(default=24, validator=_whole())
    """Longest name in a script without letter case (Chinese, Arabic …)."""
    meta_byline_acronym_chars: int = attrs.field(default=5, validator=_whole(0))
    """Longest word in capitals after a name read as an organisation ("CNN", "AP"), not a
    second name; a single word this short is never a name."""
    meta_byline_credit_words: int = attrs.field(default=6, validator=_whole())
    """Most words of a credit after a bar ("Jane Doe | Reuters"); a longer part is a
    headline, not a credit."""
    meta_byline_site_name_words: int = attrs.field(default=4, validator=_whole())
    """Most words of the site's own name following the names without a bar ("Kevin
    Johnson USA TODAY"), where the names end."""
    meta_byline_role_line_words: int = attrs.field(default=4, validator=_whole())
    """Most words of a line that describes an author ("Staff Writer") and vouches for a line
    of names over it."""
    meta_byline_button_words: int = attrs.field(default=2, validator=_whole())
    """Most words of a button beside a byline ("Follow", "Email"), which may stand between
    the names and their date."""
    meta_min_shown_share: float = attrs.field(default=0.3, validator=_SHARE)
    """Share of the heading's words a metadata title must hold for the page's heading to
    be the title's shown form (a rewrite, a kicker-free version) and win over it, rather
    than a section name or another story's heading."""
    meta_min_shown_title_share: float = attrs.field(default=0.3, validator=_SHARE)
    """…and share of the title's words the heading must hold ("Minecraft News" over
    "Minecraft 1.8 - The Bountiful Update" is the blog's section)."""
    meta_min_shortened_heading_share: float = attrs.field(default=0.75, validator=_SHARE)
    """Share of the heading's words a longer metadata title must hold for the heading to be
    its shortened shown form whatever share of the title's words it holds ("Affordable
    nutrition" over "Affordable food: Nutrition for low-income families")."""
    meta_min_story_headline_share: float = attrs.field(default=0.6, validator=_SHARE)
    """Deprecated after 0.1.0: read by nothing, accepted for one more release. It tuned
    a rule that put the heading-like line the story repeats in place of a title that names
    something else; the rule changed one page of 2,018 and went. Setting it to another
    value than its default warns (``DeprecationWarning``)."""
    meta_max_story_unrelated_title_share: float = attrs.field(default=0.2, validator=_SHARE)
    """Deprecated after 0.1.0: read by nothing, accepted for one more release (the rule of
    ``meta_min_story_headline_share`` went). Setting it to another value than its default
    warns (``DeprecationWarning``)."""
    meta_min_words_beside_glued_host: int = attrs.field(default=2, validator=_whole(0))
    """A site's host glued to a title without a separator ("davidbau.com Vibe Coding") is
    cut off only from a title of more words than this."""
    meta_min_line_words_over_title: int = attrs.field(default=4, validator=_whole())
    """Deprecated after 0.1.0: read by nothing, accepted for one more release (the rule of
    ``meta_min_story_headline_share`` went). Setting it to another value than its default
    warns (``DeprecationWarning``)."""
    meta_max_jsonld_chars: int = attrs.field(default=2_000_000, validator=_whole())
    """Longest JSON-LD block read: a page's JSON-LD is small, a huge block is an embedded
    data dump, not metadata."""
    meta_max_jsonld_objects: int = attrs.field(default=200, validator=_whole())
    """Most typed JSON-LD objects read from a page, in document order."""
    meta_max_jsonld_depth: int = attrs.field(default=6, validator=_whole(0))
    """How deep in a JSON-LD value (lists, ``@graph``, ``mainEntity``) typed objects are
    looked for; 0 reads the top-level objects only."""

    # HTML pages: the article header around the heading (``_html/meta/page.py``,
    # ``shown.py``).
    meta_min_heading_chars: int = attrs.field(default=4, validator=_whole())
    """Shortest heading text read as the page's heading (a shorter ``<h1>`` is a logo's
    letters or a number). At most ``meta_max_heading_chars``."""
    meta_chrome_levels: int = attrs.field(default=8, validator=_whole(0))
    """Ancestors of a heading looked at for navigation, a menu or a hidden block (a copy of
    the title in a sticky bar comes first in the page, but does not open the article)."""
    meta_header_levels: int = attrs.field(default=3, validator=_whole(0))
    """Ancestors of the heading that make up the article header (its byline and date are
    looked for within them, never in the whole page)."""
    meta_header_reach: int = attrs.field(default=4, validator=_whole())
    """Most byline- or date-classed elements (or marked dates) taken from the article
    header, nearest first; more are another section's."""
    meta_neighbour_siblings: int = attrs.field(default=2, validator=_whole(0))
    """Elements right after (and right above) the heading that may hold its byline or date
    when their class says nothing ("Von X, publiziert am 25. September 2018")."""
    meta_header_after_texts: int = attrs.field(default=24, validator=_whole(0))
    """Pieces of text after the heading read as its header (dates, "By Jane Doe", labels)."""
    meta_header_before_texts: int = attrs.field(default=8, validator=_whole(0))
    """Pieces of text right above the heading read as its header."""
    meta_max_header_text_chars: int = attrs.field(default=160, validator=_whole())
    """Longest piece of text read as one thing the header shows (a date, a byline)."""
    meta_header_story_chars: int = attrs.field(default=300, validator=_whole())
    """A piece of text after the heading this long is the story: the header ends there."""
    meta_title_part_min_words: int = attrs.field(default=3, validator=_whole())
    """Words a part of a title ("Headline | Section | Site") needs to be the part the page
    shows as its headline (or half the title's words)."""
    meta_title_max_parts: int = attrs.field(default=8, validator=_whole())
    """Most parts a title may be cut into for its shown part to be looked for (more are a
    list of keywords)."""
    meta_shown_text_chars: int = attrs.field(default=400, validator=_whole())
    """Longest text of the page read as showing a title's part."""
    meta_min_share_title_words: int = attrs.field(default=2, validator=_whole())
    """Words the title a page's share links carry needs to count as a title."""
    meta_max_share_links: int = attrs.field(default=200, validator=_whole())
    """Links with a "title" parameter read for the page's share title (the first ones)."""
    meta_max_share_titles: int = attrs.field(default=3, validator=_whole())
    """Share titles, most often carried first, checked for being shown on the page."""
    meta_max_inline_headline_chars: int = attrs.field(default=1600, validator=_whole())
    """Longest whole text of an element read as a headline split over inline elements
    (``<b>Headline</b> <i>part</i>``); a longer one is a container of many things."""
    meta_inline_levels: int = attrs.field(default=2, validator=_whole(0))
    """Elements up from a piece of a headline split over inline elements
    (``<b>Headline</b> <i>part</i>``) whose whole text is read as the headline."""

    # HTML pages: the title (``_html/meta/title.py``).
    meta_min_shown_common_words: int = attrs.field(default=2, validator=_whole(0))
    """Words a metadata title and the heading must share, at least, for the heading to be
    the title's shown form (besides ``meta_min_shown_share``)."""
    meta_min_headline_words: int = attrs.field(default=4, validator=_whole())
    """Words of a heading opening the story that says what happened ("Sri Lankan cricket
    chief resigns"): it wins over a ``<title>`` sharing none of its words (a shorter
    heading may be a section's label, "More News")."""
    meta_content_word_chars: int = attrs.field(default=4, validator=_whole())
    """Shortest word that carries sense when a heading and a ``<title>`` are compared
    ("the", "on" are shared by unrelated titles)."""
    meta_max_glued_part_words: int = attrs.field(default=3, validator=_whole(0))
    """Most words of a part glued to a title inside the heading ("Blog: …", "… | Opinion")
    that still lets the heading be the title's shown form."""
    meta_max_unknown_site_words: int = attrs.field(default=3, validator=_whole(0))
    """Most words of the label after a ``<title>``'s last separator ("A long title – Short
    Label") read as the site's name even when no metadata declares it."""
    meta_min_title_words_beside_site: int = attrs.field(default=4, validator=_whole())
    """Words the title before such a label needs (a shorter one is a label itself)."""

    # HTML pages: a headline and a byline shown without markup (``_html/meta/headline.py``,
    # ``authors.py``, ``page_authors.py``, ``page_dates.py``, ``page_pieces.py``).
    meta_headline_story_chars: int = attrs.field(default=80, validator=_whole())
    """Length of an element's own text from which it is the story's first paragraph, over
    which a page without ``<h1>`` shows its headline."""
    meta_headline_pieces_above: int = attrs.field(default=10, validator=_whole(0))
    """Pieces of text above the story's first paragraph where that headline is looked for."""
    meta_headline_lead_words: int = attrs.field(default=2, validator=_whole())
    """Words of sense (stems, no stop words) a line above the story must share with the
    story's first words to be its headline where the title found names something else
    (the site, a section): see ``meta_title_lead_words``."""
    meta_title_lead_words: int = attrs.field(default=60, validator=_whole())
    """First words of the story a title must share a word of sense with; one that shares
    none names the site or a section, and the line above the story that speaks of the lead
    (``meta_headline_lead_words``) is the headline."""
    meta_headline_min_words: int = attrs.field(default=2, validator=_whole())
    """Fewest words of such a headline. At most ``meta_headline_max_words``."""
    meta_headline_max_words: int = attrs.field(default=30, validator=_whole())
    """Most words of such a headline."""
    meta_headline_max_name_words: int = attrs.field(default=3, validator=_whole(0))
    """Most words of a line of bare names that is a byline there, not the headline (a
    title-cased headline of more words reads as names too, and stays)."""
    meta_max_by_line_text_chars: int = attrs.field(default=800, validator=_whole())
    """Most characters of an element's text read as a "By" line in the header (its white
    space not yet squashed)."""
    meta_max_organisation_words: int = attrs.field(default=6, validator=_whole())
    """Most words of a declared author that is an organisation ("Editorial team of X"),
    the byline when no person is named anywhere."""
    meta_bare_name_pieces: int = attrs.field(default=8, validator=_whole(0))
    """Pieces of text after the heading among which a bare line of names ("Jane Doe") may
    be the byline (with a date, a reading time or a role beside it)."""
    meta_byline_pieces_above: int = attrs.field(default=2, validator=_whole(0))
    """Pieces of text right above the heading where a byline may stand (further up is
    another block)."""
    meta_name_neighbours: int = attrs.field(default=2, validator=_whole(0))
    """Pieces of text after a line of names that may hold the date or reading time that
    makes it a byline."""
    meta_max_shown_date_words: int = attrs.field(default=8, validator=_whole())
    """Most words of such a date."""
    meta_label_levels: int = attrs.field(default=3, validator=_whole(0))
    """Elements up from a line of names looked at for a section heading or a category,
    tag or call-to-action label, which makes its words a title, not a name."""
    meta_author_box_levels: int = attrs.field(default=5, validator=_whole(0))
    """Elements up from a piece of the article header looked at for a class that says
    author or byline ("author-name", "author_cont", "byline"): a line of names there, or
    one whose next piece is there (the author's job or description), is the byline, in
    a heading of the box too and above the page's heading as well."""
    meta_page_lead_words: int = attrs.field(default=8, validator=_whole())
    """Most words of a "By …" line found outside the header (a longer piece is prose: "By
    2030, the city will …"); a date beside it is the publication's."""
    meta_page_thread_stamps: int = attrs.field(default=3, validator=_whole())
    """Stamps ("Posted by Jane at 6:35 AM", a lead-in, names and a date) a page may show,
    naming others too, before they are a comment thread's or a list's and none is read as
    the story's byline."""
    meta_page_link_name_words: int = attrs.field(default=7, validator=_whole())
    """Most words of a link to an author's page read as names ("Jane Doe and John Roe")."""
    meta_page_piece_chars: int = attrs.field(default=200, validator=_whole())
    """Longest piece of text outside the header read as a label, a name or a byline."""
    meta_page_block_chars: int = attrs.field(default=160, validator=_whole())
    """Longest block a byline outside the header stands in (a longer one is prose that
    mentions someone)."""
    meta_page_bio_chars: int = attrs.field(default=300, validator=_whole())
    """Characters after a name and the bio that opens with it ("Jane Doe" / "Jane Doe is
    …") in which a pronoun of a person ("she", "his") makes it an author box."""
    meta_page_byline_reach: int = attrs.field(default=3, validator=_whole(0))
    """Pieces of text on each side of a date outside the header among which a byline's
    lead-in makes it the publication date."""
    meta_title_date_reach: int = attrs.field(default=4, validator=_whole(0))
    """Pieces of text after the page's title shown as a line of its own among which a date
    is the story's, labelled or not ("Title" / "Jane Doe" / "23.07.2025")."""
    meta_max_page_pieces: int = attrs.field(default=3000, validator=_whole())
    """Pieces of text read from the top of the page when the header shows no byline or
    date (an author box sits within a long story's page, not after thousands of comments)."""

    # The language of the body (both pipelines; ``_reading/language.py``).
    meta_language_min_guess_words: int = attrs.field(default=30, validator=_whole())
    """Words the body needs for its function words to guess its language. At most
    ``meta_language_guess_words``."""
    meta_language_guess_words: int = attrs.field(default=600, validator=_whole())
    """Words of the body read for that guess."""
    meta_language_min_guess_share: float = attrs.field(default=0.08, validator=_SHARE)
    """Share of those words that must be one language's function words for the guess."""
    meta_language_min_check_words: int = attrs.field(default=100, validator=_whole())
    """Words the body needs to overrule the language the page declares. At most
    ``meta_language_check_words``."""
    meta_language_check_words: int = attrs.field(default=200, validator=_whole())
    """Words of the body read to check the declared language."""
    meta_language_max_contradicted_share: float = attrs.field(default=0.1, validator=_SHARE)
    """Share of the declared language's function words below which the body may contradict
    it (a template's "en-US" over a German story)..."""
    meta_language_min_contradicting_share: float = attrs.field(default=0.25, validator=_SHARE)
    """…and share of another language's from which it does (a Spanish body scores up to
    0.23 in Portuguese)."""
    meta_language_script_sample_chars: int = attrs.field(default=2000, validator=_whole())
    """Characters of the body read to guess its language from its script (kana, hangul,
    Thai, Arabic …) when its function words do not tell."""
    meta_language_min_script_letters: int = attrs.field(default=20, validator=_whole())
    """Letters that sample needs for the script guess."""
    meta_language_min_script_share: float = attrs.field(default=0.5, validator=_SHARE)
    """Share of those letters that must be in one script for it to name the language."""
    meta_language_min_kana_share: float = attrs.field(default=0.05, validator=_SHARE)
    """Share of kana among Chinese characters and kana from which the text is Japanese
    (Chinese writes none; a stray one may be quoted)."""
    meta_language_min_own_letter_share: float = attrs.field(default=0.02, validator=_SHARE)
    """Share of an Arabic-script text's letters that must be ones only Urdu (or Persian)
    writes for it to be Urdu (or Persian), not Arabic."""

    # The dateline that opens a story (both pipelines).
    strip_dateline: bool = attrs.field(default=False, validator=_flag)
    """Strip a dateline found at the start of the first paragraph from that paragraph."""
    dateline_year_max_days: int = attrs.field(default=7, validator=_whole(0))
    """A dateline's day and month take the publication date's year when the two dates
    are at most this many days apart (the year is then marked as inferred)."""
    dateline_max_kicker_chars: int = attrs.field(default=60, validator=_whole(0))
    """A story's first paragraph shorter than this that is no dateline may be a kicker
    ("EXCLUSIVE"): the dateline is looked for in the paragraph after it."""
    dateline_max_city_words: int = attrs.field(default=5, validator=_whole())
    """Most words of a dateline's city ("RIO DE JANEIRO", "SAN FRANCISCO")."""
    dateline_max_region_words: int = attrs.field(default=4, validator=_whole())
    """Most words of a region after the city ("Calif.", "New South Wales")."""
    dateline_max_regions: int = attrs.field(default=2, validator=_whole(0))
    """Most regions after the city ("PARIS, Texas, United States")."""
    dateline_max_joined_places: int = attrs.field(default=4, validator=_whole())
    """Most places filed from at once ("Johannesburg/Khartum/Den Haag", "SAN FRANCISCO &
    TEL AVIV")."""
    dateline_max_source_tokens: int = attrs.field(default=6, validator=_whole())
    """Most tokens of a source in brackets ("(Reuters)", "(AP Photo/…)")."""
    dateline_max_outlet_words: int = attrs.field(default=4, validator=_whole())
    """Most words of an outlet named in a dateline ("IranExpert", "The Daily Planet")."""
    dateline_max_acronym_chars: int = attrs.field(default=4, validator=_whole(0))
    """Longest lone capitalised word read as more likely an acronym (RSS, NASA) than a
    town, which then needs more evidence to be a dateline's place."""
    dateline_max_cjk_place_chars: int = attrs.field(default=10, validator=_whole())
    """Most characters of the place in a Chinese or Japanese dateline (新华社北京3月5日电,
    【東京共同】)."""

    # Text dumps (plain-text "save as text" pages): line classification.
    text_length_low: int = attrs.field(default=70, validator=_whole())
    """Lines shorter than this (in characters) are "short" and take their neighbours'
    label. At most ``text_length_high``."""
    text_length_high: int = attrs.field(default=200, validator=_whole())
    """Lines at least this long with some stop words are content on their own."""
    text_max_link_share: float = attrs.field(default=0.7, validator=_SHARE)
    """A line whose share of link text is above this is page furniture (a menu item, a
    link to another story), in dumps that show their links (Markdown, lynx marks)."""
    text_stopwords_low: float = attrs.field(default=0.30, validator=_SHARE)
    """Share of stop words below which a line without sentence punctuation is no prose.
    At most ``text_stopwords_high``."""
    text_stopwords_high: float = attrs.field(default=0.32, validator=_SHARE)
    """Share of stop words from which a line with a sentence end is prose."""
    text_min_sentence_words: int = attrs.field(default=4, validator=_whole())
    """Words a short line ending in sentence punctuation needs to count as prose."""
    text_min_prose_words: int = attrs.field(default=4, validator=_whole())
    """Words a line set off on its own between two of the story's paragraphs needs to be
    kept as prose without a sentence's end."""
    text_min_prose_stopwords: float = attrs.field(default=0.1, validator=_SHARE)
    """The share of function words such a line needs (a list of names or tags has none)."""

    # Text dumps: choosing the story region.
    text_wall_penalty: int = attrs.field(default=40, validator=_whole())
    """Words of story that a heading which usually closes a story ("Related", "Tags",
    "Comments": a wall) costs the region that spans it."""
    text_min_story_words: int = attrs.field(default=30, validator=_whole())
    """Words of content that make a region story-sized."""
    text_after_story_discount: float = attrs.field(default=0.2, validator=_SHARE)
    """A story-sized region before a comments heading beats the densest region after it
    when it weighs at least this share of it."""
    text_run_line_weight: float = attrs.field(default=0.5, validator=_SHARE)
    """Weight of a content line inside a run of three or more lines (where teaser and
    link lists live) against one that stands alone as a paragraph."""
    text_isolated_line_weight: float = attrs.field(default=0.4, validator=_SHARE)
    """Weight of a content line with no content line next to it (a teaser's summary)."""
    text_gap_cost: float = attrs.field(default=1.0, validator=_real(0.0, above_low=True))
    """Words a gap of g non-content lines costs a region, per g squared."""
    text_boxed_line_weight: float = attrs.field(default=0.25, validator=_SHARE)
    """Further weight of such a line with two non-content lines on each side."""
    text_alone_short_cost: float = attrs.field(default=2.0, validator=_real(0.0))
    """Words a short line set off by blank lines (a heading, a caption) costs a region."""
    text_max_list_items: int = attrs.field(default=60, validator=_whole())
    """Most lines kept as the list that a story line ending in a colon announces."""
    text_max_shop_button_words: int = attrs.field(default=6, validator=_whole(0))
    """Most words of a shop's or a site's button inside a dump's story ("Buy on Amazon",
    "Check price", "Read the review", "Book now"), which is left out of it."""
    text_min_list_lead_words: int = attrs.field(default=5, validator=_whole())
    """Fewest words of a sentence ending in a colon that announces the short lines set
    apart under it, with no bullet, as its list's items ("The library consists of three
    primary components:")."""
    text_max_call_chars: int = attrs.field(default=300, validator=_whole())
    """Longest line closing a dump's story that is left out of it when it asks the reader
    to subscribe, follow the site, comment or share."""
    text_tiny_page_lines: int = attrs.field(default=5, validator=_whole())
    """A dump of at most this many lines, each set off by blank lines and none of them
    page furniture, is all story even when no line reads as prose."""
    text_max_embed_lines: int = attrs.field(default=20, validator=_whole(0))
    """Most furniture lines (a gallery's, a share bar's, a "Read more") inside the story
    after which it may resume: past more, the story has ended."""
    text_min_resumed_paragraphs: int = attrs.field(default=2, validator=_whole())
    """Paragraphs standing alone that must follow such an embed for the story to resume
    after it (they must also weigh ``text_min_story_words``)."""
    text_max_label_words: int = attrs.field(default=4, validator=_whole(0))
    """Most words of a section's label ("Pros", "Fast facts") that a story told in
    sections of one skeleton shows again in each section."""
    text_max_section_gap_lines: int = attrs.field(default=60, validator=_whole())
    """Most lines of furniture between one section of such a story and the next."""
    text_min_skeleton_labels: int = attrs.field(default=2, validator=_whole())
    """Labels that a gap by the region must show alike with the region's own (or with the
    next gap's) to be one more section's furniture."""
    text_skeleton_share: float = attrs.field(default=0.3, validator=_SHARE)
    """Share of that gap's labels that must be so shown: a menu between the story and a
    page's last paragraph may hold a label or two of the story's, not a share of them."""
    text_max_unshared_labels: int = attrs.field(default=10, validator=_whole(0))
    """Most labels in a row of that gap that are not so shown (a section's own pros and
    cons): more are a menu. (Also the most lines in a row of a gap between two sections'
    paragraphs that show no label of the skeleton, ``text_min_skeleton_gaps``.)"""
    text_min_section_paragraph_weight: float = attrs.field(default=20.0, validator=_real(0.0))
    """Least weight for the region of the paragraph on each side of a gap whose labels
    the story's other gaps show too (``text_min_skeleton_gaps``): a section's paragraph,
    not a teaser's summary, which weighs a tenth of its words."""
    text_min_skeleton_gaps: int = attrs.field(default=3, validator=_whole())
    """Least gaps between such paragraphs that must show one same short label (a
    product's "Check price", "PROS") for each gap that shows it to be a skeleton's
    furniture, which costs the region nothing."""

    # Text dumps: the story's head (title, byline, date).
    text_head_lines: int = attrs.field(default=40, validator=_whole())
    """Lines above the story searched for its title, byline and date."""
    text_far_head_lines: int = attrs.field(default=120, validator=_whole(0))
    """Lines above those where a headline standing right over its "By" line is still
    looked for (a video player or a gallery may push it far above the story)."""
    text_max_title_words: int = attrs.field(default=30, validator=_whole(2))
    """Most words a line may have to be read as the headline."""
    text_min_title_words: int = attrs.field(default=2, validator=_whole())
    """Fewest words a line must have to be read as the headline (one word is a label)."""
    text_max_labelled_head_lines: int = attrs.field(default=3, validator=_whole())
    """Most lines of a block that ends with the headline (a label or a date over it, little
    more) for the headline to be read as set apart with its byline or date under it."""
    text_max_credit_words: int = attrs.field(default=6, validator=_whole())
    """Most words after its "By" of a line that credits a story (an agency, a desk, a name
    in capitals with its role): no headline, and it vouches for the one over it."""
    text_max_credit_line_chars: int = attrs.field(default=60, validator=_whole(0))
    """Longest line read as a name or an agency between a headline glued over its date
    line ("Headline / By VOA News / March 3, 2008")."""
    text_max_title_chars: int = attrs.field(default=250, validator=_whole())
    """Longest line (in characters) read as the headline."""
    text_title_min_overlap: float = attrs.field(default=0.2, validator=_SHARE)
    """Share of a line's content words the story must repeat for the line to be its
    headline (as stories repeat their headline's words)."""
    text_title_min_overlap_over_meta: float = attrs.field(default=0.0, validator=_SHARE)
    """…and for a line right over a byline or date line, which vouches for it (a headline
    that plays on words, "It's Hammer Time", may share few with its story)."""
    text_title_meta_reach: int = attrs.field(default=4, validator=_whole(0))
    """Lines under a headline candidate within which a byline or date line makes it
    likelier (past a standfirst, a picture and its caption)."""
    text_max_meta_chars: int = attrs.field(default=120, validator=_whole())
    """Longest line read as a byline line or a date line of the story's head, or as a
    dateline standing on a line of its own; a longer line is a sentence."""
    text_max_byline_line_chars: int = attrs.field(default=100, validator=_whole())
    """Longest line read whole as a byline; a longer one counts only when it opens with
    "By" and names a person in full ("By Jane Doe, a deputy editor and author of …").
    Also the longest signature line right after the story ("Jane Doe — 2013-09-29")."""
    text_max_author_label_chars: int = attrs.field(default=32, validator=_whole(0))
    """Longest line read as a label of the author's field or box ("Author", "About the
    author", "Autorin") whose neighbour line of names is the byline, when nothing else
    names one."""
    text_max_bare_name_chars: int = attrs.field(default=60, validator=_whole())
    """Longest line of bare names (no "By") read as the byline when a date line or the
    author's role next to it vouches for it."""
    text_byline_header_lines: int = attrs.field(default=6, validator=_whole(0))
    """Lines under the headline (its header: a standfirst, the date, a reading time) within
    which a line of bare names is its byline when the author's role, a number or an
    update's label follows it ("Jane Doe" / "Staff Writer")."""
    text_byline_over_title_lines: int = attrs.field(default=8, validator=_whole(0))
    """Lines over the headline within which a line that says it is a byline ("By Jane
    Doe", "Jane Doe | May 3, 2025") is read as the story's (a kicker's or a section's row
    over the headline); further up, a "By" line is a menu's facet ("By Event Type") or a
    list's item ("Yoga Retreat, Jan. 2026")."""
    text_max_byline_tail_words: int = attrs.field(default=4, validator=_whole(0))
    """Most words after the names of a "By" line above the story that may be left out as
    an outlet's or a link's words the byline reader does not part from the names ("By Mike
    Whalley BBC Sport", "By A. J. Neal View In Digital Edition"); with more, the line is a
    sentence."""
    text_byline_date_reach: int = attrs.field(default=3, validator=_whole(0))
    """Lines on each side of a "By" line far above the story (out of the head's reach)
    within which a date makes it the story's byline, not a menu's facet ("By Region")."""
    text_byline_under_far_title: int = attrs.field(default=3, validator=_whole(0))
    """Lines under a headline found far above the story (over a video player) within which
    its byline may stand, past its standfirst."""
    text_date_after_byline: int = attrs.field(default=2, validator=_whole(0))
    """Lines under a byline among the story's first lines within which its date line may
    stand."""
    text_date_after_story_lines: int = attrs.field(default=8, validator=_whole(0))
    """Lines after the story's last within which a line labelled as the publication's
    ("Published On: 15 August 2025") dates a story whose head gives no date (a post
    stamped at its foot, maybe past a sign-up box), and a "By" line signs one whose head
    gives no byline ("Written by Jane Doe")."""
    text_foot_byline_story_lines: int = attrs.field(default=3, validator=_whole(0))
    """The story's last lines, among which a "By" line signs a story whose head gives no
    byline (an author box the story's region took in: "Written by Jane Doe" over a bio)."""
    text_author_box_opening_words: int = attrs.field(default=8, validator=_whole(0))
    """Words at the opening of the paragraph under a name line at the story's foot within
    which it calls the person by the given name or speaks in the first person, as an
    author's box does ("Jane Doe" / "(Editor) – Jane comes from …", "Jane Doe" / "I'm the
    founder of …")."""
    text_date_under_start: int = attrs.field(default=4, validator=_whole(0))
    """Lines under the headline, and under the story's first line, within which the
    story's date line may stand (the region often opens with the headline or the
    standfirst and leaves the date line under it out)."""
    text_dateline_top_lines: int = attrs.field(default=3, validator=_whole(0))
    """First lines of a dump where a dateline standing on a line of its own ("4 September
    IranExpert") is looked for, besides the lines above the story."""
    text_byline_story_lines: int = attrs.field(default=8, validator=_whole())
    """The story's first lines, among which a byline may still stand (under a picture
    and its caption)."""
    text_footer_lines: int = attrs.field(default=30, validator=_whole(0))
    """Last lines of a dump searched for a copyright notice naming the person the first
    line names (a personal site's masthead: its owner wrote the post)."""

    # Text dumps: how a line is measured (``_text/features.py``).
    text_cjk_char_weight: int = attrs.field(default=3, validator=_whole())
    """A line mostly in Chinese, Japanese or Korean counts each character this many times
    in its length: such characters carry more than a letter does."""
    text_cjk_word_chars: int = attrs.field(default=2, validator=_whole())
    """Characters of such a line that count as one word (its script has no spaces)."""
    text_wall_max_chars: int = attrs.field(default=70, validator=_whole())
    """Longest line that may be a wall: a heading such as "Related" or "Comments" that
    closes a story (a longer line saying so is a sentence)."""
    text_chrome_phrase_max_chars: int = attrs.field(default=160, validator=_whole())
    """Lines shorter than this are looked at for a phrase only page furniture says (©,
    "privacy policy", "Photo: AP"); a longer line that quotes one is a sentence."""
    text_headline_max_chars: int = attrs.field(default=200, validator=_whole())
    """Longest line whose case is measured for headline case ("Here's Where Landers Will
    Land"); a longer one is prose or furniture whatever its case."""
    text_headline_word_chars: int = attrs.field(default=4, validator=_whole())
    """Shortest word counted for headline case (short words stay lower case in headlines)."""
    text_headline_min_words: int = attrs.field(default=3, validator=_whole())
    """Words of at least ``text_headline_word_chars`` a line needs to be in headline case."""
    text_headline_share: float = attrs.field(default=0.75, validator=_SHARE)
    """Share of those words that must be capitalised for headline case."""
    text_code_block_share: float = attrs.field(default=0.5, validator=_SHARE)
    """Share of a run of lines that must carry characters of code, formulas or drawn
    tables (braces, ``=``, ``│``) for the run to be code, neither prose nor furniture."""

    # Text dumps: the story region (``_text/region.py``).
    text_run_lines: int = attrs.field(default=3, validator=_whole(2))
    """Lines of a block from which it is a run (a list, where teasers and link lists
    live) rather than a paragraph."""
    text_form_share: float = attrs.field(default=0.6, validator=_SHARE)
    """Share of the content in one form (paragraphs standing alone, or runs of lines)
    that makes a part of the region that form: a list opening the region is skipped, and a
    "Related" heading ends it, where the text changes from paragraphs to runs."""
    text_box_width: int = attrs.field(default=2, validator=_whole())
    """Non-content lines on each side that box in a lone content line (a teaser's summary
    between its kicker and headline and its source and date): see
    ``text_boxed_line_weight``."""
    text_teaser_reach: int = attrs.field(default=16, validator=_whole())
    """Lines apart within which two boxed-in content lines make a list of teasers: only
    then does ``text_boxed_line_weight`` apply (a lone paragraph between a heading and a
    caption, with no other like it near, is the story's)."""
    text_min_numbered_sections: int = attrs.field(default=3, validator=_whole(2))
    """Short numbered lines set apart ("1. Multimeter", "2. Wire Strippers" …) that make a
    story told in numbered sections: their paragraphs are no list of teasers, and the
    headings no gap."""
    text_max_section_lines: int = attrs.field(default=40, validator=_whole())
    """Lines apart at most of two numbered headings of one story (see
    ``text_min_numbered_sections``)."""
    text_min_sections_share: float = attrs.field(default=0.25, validator=_real(0.0))
    """Share of the region's weight that the lines held down as teasers' summaries must
    add to it, weighed whole with what lies between, for the run they make with it to be
    the story (its later sections) rather than the region alone."""
    text_min_list_item_words: int = attrs.field(default=3, validator=_whole())
    """Words the items of a run of lines between two paragraphs of the story must have on
    average to be kept as a list the story holds (a share bar's items have one or two)."""
    text_list_intro_reach: int = attrs.field(default=3, validator=_whole(0))
    """Lines above a list's lead-in ("The board has:") within which content must stand for
    the list it announces to be the story's: its items cost the region nothing."""
    text_topic_list_reach: int = attrs.field(default=6, validator=_whole(1))
    """Lines over a list and under it within which the story's prose must stand for a list
    whose items say the story's words to be the story's (a recipe's ingredients between
    its intro and its method, a heading and a "Print" button between them): its items
    cost the region nothing."""
    text_topic_prose_lines: int = attrs.field(default=8, validator=_whole(1))
    """Content lines over a list and as many under it whose words the list's items are
    looked for in (see ``text_topic_list_share``)."""
    text_topic_list_share: float = attrs.field(default=0.5, validator=_real(0.0, 1.0))
    """Share of a list's items that must say a word (not a function word) of the prose
    around it for the list to be the story's: a supply list names what the steps under it
    use, a menu or a list of other stories names other things."""
    text_excerpt_reach: int = attrs.field(default=3, validator=_whole())
    """Content lines apart within which two excerpts cut short ("… may soon...") make a
    list of teasers, whose lines weigh nothing."""
    text_min_story_lines: int = attrs.field(default=2, validator=_whole(0))
    """Lines ending a sentence that a story-sized run before a comments heading needs to
    win over a denser run after it (a lone paragraph there is a teaser)."""
    text_short_post_share: float = attrs.field(default=1.0, validator=_real(0.0))
    """A run before a comments heading with fewer such lines still wins when the words of
    its prose-length lines, counted whole, reach this share of the weight of the run after
    the heading (and ``text_min_story_words``): a post of one paragraph, and a reader's
    comment below it."""
    text_headed_post_share: float = attrs.field(default=0.3, validator=_real(0.0))
    """A run right under its head (a headline and its date or byline line) before a
    comments heading wins over the denser run after the heading when the words of its
    sentences reach this share of that run's weight: a short post, and the comments."""
    text_min_headed_post_words: int = attrs.field(default=20, validator=_whole())
    """…and at least this many words."""
    text_weak_region_words: int = attrs.field(default=300, validator=_whole(0))
    """A story region with fewer prose words than this is weak evidence of a story: the
    run under the page's headline and date line wins over it
    (``_text/region._headed_over_weak``)…"""
    text_headed_over_weak_share: float = attrs.field(default=1.15, validator=_real(0.0))
    """…and when its prose outweighs the weak region's at least this many times."""
    text_post_foot_reach: int = attrs.field(default=6, validator=_whole())
    """Lines over a comments heading within which a blog post's foot, the line that stamps
    it ("Posted by Jane at 6:35 AM", "11/09/2012 in Crafts"), may stand: the foot's links
    (trackbacks, share buttons, labels) come between (``_text/frame.post_frame``)."""
    text_framed_post_lines: int = attrs.field(default=12, validator=_whole())
    """Lines over a post's foot within which its head (a short date line, a headline) is
    looked for: the post between them, whole, is the story when a weak region lies apart
    from it."""
    text_min_framed_post_words: int = attrs.field(default=10, validator=_whole())
    """The fewest words of a post between its head and its foot."""
    text_framed_post_outweighed: float = attrs.field(default=6.0, validator=_real(0.0))
    """A weak region apart from a blog post's frame that weighs this many times the words
    of the frame's post or more stays the region: a frame found round a headline and its
    breadcrumb, or round a teaser and its stamp, vouches for less than a story's weight of
    paragraphs. (The frames that are right weigh up to about twice their post's words; a
    weak run of reader comments, each under its author's name, about a third of its
    words, under this many times a post of 18 words.)"""
    text_max_copy_share: float = attrs.field(default=0.5, validator=_real(0.0))
    """Lines that open the story's region and that the page prints again further down in
    it (a standfirst the first paragraph repeats, a caption or a toolbar's notice printed
    twice) are left out of it when they weigh less than this share of what the region
    holds besides them; more, and they are the story printed twice. So are a blurb or a
    notice over the story's head, and a caption over its dateline paragraph
    (``_text/region._past_caption_over_dateline``)."""
    text_max_bio_share: float = attrs.field(default=0.15, validator=_real(0.0))
    """A short line that names (an author, a company) over a paragraph that opens with the
    name ends the story's region when what weighs for the region from it on is under
    this share of what weighs before it: a box about the author, not a section of the
    story (``_text/region._cut_at_bio``)."""
    text_max_after_sources_share: float = attrs.field(default=0.2, validator=_real(0.0))
    """A label over the list of the story's sources in the region's tail ("References",
    "Article Sources:", "Citations") ends the story's region when what weighs for the
    region from it on is under this share of what weighs before it: the list and the
    page's lines after it (``_text/region._cut_at_sources``). So does a note that the
    story ran in print ("A version of this article appeared in print on …",
    ``_text/region._cut_at_print_note``)."""
    text_max_after_foot_share: float = attrs.field(default=0.15, validator=_real(0.0))
    """A line that stamps the post in the region's tail ("Posted by Jane at 6:35 AM", a date
    line) ends the story's region when what weighs for the region from it on is under this
    share of what weighs before it, which holds a story's worth of words: the post's foot,
    with the page's lines under it (the other posts' dates and titles, an author's box, a
    disclaimer) (``_text/region._cut_at_post_foot``)."""
    text_max_after_labels_share: float = attrs.field(default=0.5, validator=_real(0.0))
    """A line of the post's labels in the region's tail ("Tags: …", "Posted in …", "Filed
    under: …") ends the story's region when what weighs for the region from it on is under
    this share of what weighs before it, which holds a story's worth of words: a post's
    labels close it, and the related posts, an advertiser's lines or a blurb about the
    site under them are the page's (``_text/region._closes_post``)."""
    text_max_after_signature_share: float = attrs.field(default=0.3, validator=_real(0.0))
    """A byline in the region's tail that signs the post ("Posted by Jane Doe", "Author:
    Jane Doe", with no date line under it) ends the story's region when what weighs for
    the region from it on is under this share of what weighs before it, which holds a
    story's worth of words: the author's box, the related posts or the readers' comments
    under it are the page's (``_text/region._signs_post``)."""
    text_min_tail_table_rows: int = attrs.field(default=3, validator=_whole())
    """Fewest rows of the tables right under the story's last paragraph that the story
    keeps as its own (a scoreboard, a ranking; ``_text/story._with_tail_tables``): two
    rows are as often a layout's."""
    text_max_after_soft_wall_share: float = attrs.field(default=0.1, validator=_real(0.0))
    """A soft wall in the region's tail ("Related Posts", "Share this:", "More Stories")
    ends the story's region when what weighs for the region from it on is under this
    share of what weighs before it, which holds a story's worth of words: the other
    stories' titles and blurbs under it read as short paragraphs as often as in runs of
    lines (``_text/region._walls_off_post``)."""
    text_byline_reach: int = attrs.field(default=40, validator=_whole(0))
    """How many lines over the story's first paragraph are read for the author's name,
    which a paragraph about the author closing the story opens with."""
    text_max_byline_words: int = attrs.field(default=12, validator=_whole())
    """Most words of a line over the story that names its author ("Published on December
    2nd, 2025 by Chen Zhao and Daryl Fairweather")."""
    text_max_stamp_chars: int = attrs.field(default=80, validator=_whole())
    """Longest stamp over a reader comment (a name, a date, a time, "Reply")."""
    text_max_stamp_gap: int = attrs.field(default=12, validator=_whole(0))
    """Lines from one stamp to the next of a thread of comments as it begins."""
    text_max_long_comment_gap: int = attrs.field(default=36, validator=_whole(0))
    """…once the thread has ``text_min_thread_stamps``: a long comment."""
    text_min_thread_stamps: int = attrs.field(default=3, validator=_whole())
    """Stamps of one shape, each with prose before the next, that make a thread of
    comments (two may be a byline and an update line around a paragraph)."""
    text_max_stamp_block: int = attrs.field(default=2, validator=_whole(0))
    """Lines of a block that reads as code whose stamps still count: a comment's head of a
    name and a stamp with a slash ("Jane" / "July 7, 2012 / Permalink")."""
    text_form_note_max_chars: int = attrs.field(default=300, validator=_whole())
    """Longest line read as a comment form's note ("Your email address will not be
    published", ``_text/comments.form_notes``); a reader's comment that quotes one is
    longer."""

    # Text dumps: the head's windows and the title's score (``_text/head.py``,
    # ``_text/title.py``, ``_text/dates.py``).
    text_max_opening_lines: int = attrs.field(default=4, validator=_whole(0))
    """Short lines opening the story region that may still be its headline or byline."""
    text_title_opening_lines: int = attrs.field(default=1, validator=_whole(0))
    """Lines opening the story that may be its headline, over a byline or date line."""
    text_top_heading_story_lines: int = attrs.field(default=3, validator=_whole(0))
    """Story lines before a dump's only top-level heading (Markdown's one ``#``) that
    still leave it the headline: a caption or a notice may open the densest run above it.
    So many story lines may also stand over a line that a breadcrumb trail names
    (``text_title_trail_bonus``) for that line to be weighed as the headline."""
    text_max_number_line_words: int = attrs.field(default=3, validator=_whole(0))
    """Most words of a line with a number ("5 min read", "před 2 hodinami") that vouches,
    under the headline, for a line of bare names over it."""
    text_max_date_line_chars: int = attrs.field(default=120, validator=_whole())
    """Longest line read as a date line of the story's head ("March 25, 2015", "Monday
    5:30PM")."""
    text_two_digit_year_pivot: int = attrs.field(default=30, validator=_whole(0, 99))
    """Latest two-digit year of a date in figures ("10.15.15", "9/11/13") read in this
    century (2000 + the year); a later one is read in the last (1900 + the year, and
    then kept only from ``meta_min_year``)."""
    text_max_vouching_date_chars: int = attrs.field(default=60, validator=_whole())
    """Longest date line that vouches for a line of bare names right over it ("Jane Doe"
    / "1:39 PM ET")."""
    text_max_button_chars: int = attrs.field(default=24, validator=_whole(0))
    """Longest button ("Follow") that may stand between such a name line and its date."""
    text_title_alone_bonus: float = attrs.field(default=0.3, validator=_real(0.0))
    """Score a headline candidate set apart by blank lines starts from, over the share of
    its words the story repeats (a candidate scoring 0 or less is no headline); one glued
    over its byline or date line starts from 0."""
    text_title_max_head_block_lines: int = attrs.field(default=8, validator=_whole(0))
    """Most lines of a block (lines without a blank line between) in which a line right
    over a byline or date line may be the headline (an old page's head set in one table
    cell); a longer block is a list of teasers, each over its date, unless the line stands
    in the header right over the story and no other headline over a date stands within as
    many lines of it (a headline glued under a menu, as html-text writes it)."""
    text_title_distance_cost: float = attrs.field(default=0.01, validator=_real(0.0))
    """Score a headline candidate loses for each line between it and the story."""
    text_title_word_bonus: float = attrs.field(default=0.04, validator=_real(0.0))
    """Score a headline candidate gains per word (a headline says something; a label is a
    word or two), up to ``text_title_word_bonus_cap`` words."""
    text_title_word_bonus_cap: int = attrs.field(default=10, validator=_whole(0))
    """Most words that earn ``text_title_word_bonus``."""
    text_title_top_heading_bonus: float = attrs.field(default=0.5, validator=_real(0.0))
    """Score of the one top-level heading of a dump that marks its headings (Markdown's
    ``#``): it marks the headline, and outweighs nearness and a byline below."""
    text_title_trail_bonus: float = attrs.field(default=0.5, validator=_real(0.0))
    """Score a headline candidate gains when a breadcrumb trail right over it ends with its
    words (the trail's last step names the page: "Home" / "Guides" / "Headline")."""
    text_title_trail_reach: int = attrs.field(default=4, validator=_whole(0))
    """Lines over a headline candidate within which that trail may end."""
    text_title_glued_trail_words: int = attrs.field(default=3, validator=_whole(0))
    """Most words of a trail's steps a dump sets on one line before the headline, spaced
    ("Home Gear Reviews Best Minimalist Home Gym Setup on a Budget"): that line ends a
    trail over the headline when the headline says more words than the steps."""
    text_title_min_copy_chars: int = attrs.field(default=20, validator=_whole())
    """Shortest story line that counts as a copy of a headline candidate (a promo for
    another story repeated in the story's run), which is no evidence the story repeats the
    candidate's words."""
    text_title_meta_reach_above: int = attrs.field(default=2, validator=_whole(0))
    """Lines over a headline candidate within which a blog's date line makes it likelier
    (a blog sets its date over the headline)."""
    text_title_over_meta_bonus: float = attrs.field(default=0.4, validator=_real(0.0))
    """Score of a candidate over a byline or date line (see ``text_title_meta_reach``).
    Above ``text_title_under_meta_bonus``."""
    text_title_under_meta_bonus: float = attrs.field(default=0.1, validator=_real(0.0))
    """Score of the first candidate right under a date line."""
    text_title_opening_max_rival: float = attrs.field(default=1.0, validator=_real(0.0))
    """Score from which a candidate above the story keeps the story's first line from
    being its headline (a line set apart that opens the story region is its headline only
    when nothing above reads strongly as one; else it is the story's first subheading)."""
    text_title_min_furniture_headline_words: int = attrs.field(default=5, validator=_whole())
    """Words from which a line that names a furniture word ("newsletter", "cookies") but
    no furniture phrase ("sign up") may still be a headline: one about that thing."""
    text_title_max_headline_words: int = attrs.field(default=19, validator=_whole())
    """Most words of a line chosen as the headline: a longer candidate is a standfirst,
    a teaser or a notice, and the next best one is taken (it may still show the headline
    over it, as a standfirst does)."""
    text_title_min_headline_words: int = attrs.field(default=3, validator=_whole())
    """Words a candidate needs to take a byline's or date line's bonus: a shorter label by
    the byline is a kicker or a topic tag."""
    text_far_title_reach: int = attrs.field(default=2, validator=_whole(0))
    """Lines over a "By" line far above the story within which its headline stands."""
    text_far_title_min_overlap: float = attrs.field(default=0.5, validator=_SHARE)
    """Share of such a headline's words the story must repeat."""
    text_deck_min_overlap: float = attrs.field(default=0.5, validator=_SHARE)
    """Share of its words the story must repeat for the line over the best candidate to be
    the headline, the best being its standfirst."""
    text_deck_min_overlap_ratio: float = attrs.field(default=0.6, validator=_real(0.0))
    """…or, when the standfirst repeats fewer of the story's words, this share of the
    standfirst's overlap (a headline and its standfirst say the same story in as many
    words; a button or a kicker over a headline repeats far fewer)."""
    text_deck_min_title_words: int = attrs.field(default=4, validator=_whole())
    """Words that line needs (as many as a headline says)."""
    text_title_page_title_share: float = attrs.field(default=0.6, validator=_SHARE)
    """Share of its content words (by their stems) that the runner-up candidate must
    share with the dump's first line, when that line scores best as the title, for the
    runner-up to be the headline the page shows: the first line is the page's ``<title>``
    (which html-text and markdownify write first), and the headline says it again in other
    words ("Top 10 U.S. Manufacturers of Household Appliances" under "Top 10 Appliance
    Manufacturers in the U.S.A. - …")."""
    text_title_glued_rest_max_overlap: float = attrs.field(default=0.4, validator=_SHARE)
    """Most of its content words (``StoryWords.overlap``) that the story may repeat of
    what a title line says beside a part of the dump's first line (the page's ``<title>``,
    which html-text and markdownify write first), for the title to be cut to that part: a
    byline, a credit, a date or a label glued to the headline says few of the story's
    words ("… clinics By Laura Clout"), a subtitle many."""
    text_abbreviation_dots: int = attrs.field(default=2, validator=_whole())
    """Dots in a line's last word from which its final period is an abbreviation's ("…
    Underneath N.Y.C."), which ends no sentence: the line may still be a headline."""
    text_min_trail_steps: int = attrs.field(default=2, validator=_whole())
    """Steps ("News > 2015 > Apple") that make a line a breadcrumb trail, never a
    headline."""

    # Text dumps: how a dump's tool is read (``_text/renderers.py``, ``_text/markdown.py``,
    # ``_text/unwrap.py``).
    text_markdown_min_marks: int = attrs.field(default=3, validator=_whole())
    """Markdown marks (links, headings, list items; a link or a heading among them) that
    make a dump read as Markdown: one ``](`` or ``#`` can be an accident in prose."""
    text_markdown_opening_lines: int = attrs.field(default=3, validator=_whole(0))
    """First non-blank lines of a dump among which a ``#`` heading makes it Markdown
    with fewer marks: a short page's dump opens with its headline (html2text's; markdownify
    writes the page's title over it), a plain dump's first lines never with a ``# ``."""
    text_markdown_max_setext_chars: int = attrs.field(default=150, validator=_whole())
    """Longest Markdown line over ``===`` or ``---`` read as a heading (a longer one is
    the row of a one-column table)."""
    text_markdown_flat_cell_chars: int = attrs.field(default=200, validator=_whole(1))
    """Length from which a Markdown table cell holding a run of two spaces or more (where
    a line of the cell ended) is a layout cell flattened into one line, read a paragraph
    a line (markdownify writes a one-row layout table's whole column so; html2text a
    layout cell's paragraphs, over its table's ``---``)."""
    text_markdown_glued_line_chars: int = attrs.field(default=1500, validator=_whole(1))
    """Length (as the line shows, its links' targets left out) from which a line of text in
    a Markdown dump is a table's cell that html2text glued into one line, its paragraphs
    joined by single spaces: it is read a sentence a block. No paragraph a browser shows
    is that long."""
    text_markdown_max_link_lines: int = attrs.field(default=32, validator=_whole())
    """Most lines a Markdown link may run over when a tool hard-wrapped the dump
    (html2text's 78 columns break inside a link's text and, at hyphens, inside its
    target, and a linked picture's alt text, a caption and its credit, runs over a dozen
    lines): the lines are read as one. A bracket not closed within them is text."""
    text_min_copy_lines: int = attrs.field(default=3, validator=_whole(0))
    """Different prose lines (``text_length_low`` characters or more) a run of lines must
    hold for its second showing, in the same order further down the dump, to be a hidden
    copy that the renderer wrote out (a print view, a tab, a sticky header's copy of the
    story: html2text and markdownify keep what CSS hides); the later copy goes. A run of
    one paragraph said again (a pull quote, a test page's "Lorem ipsum") is no copy. 0:
    copies are kept."""
    text_min_copy_words: int = attrs.field(default=200, validator=_whole(0))
    """Words those different lines must hold together: a story's copy, not a block of
    the page said twice (a menu, a teaser list, the days of a meal plan)."""
    text_parted_paragraph_chars: int = attrs.field(default=150, validator=_whole(0))
    """Length from which two lines of prose one right under the other in a dump's block
    (each ending a sentence, no table row) are two paragraphs, set in blocks apart: a
    renderer that writes a page's ``<br><br>`` as one line end (html-text), or its
    ``<div>`` paragraphs a line each, leaves a story's paragraphs in one run of lines,
    which weighs as a list of teasers does. 0: no lines are parted so."""
    text_parted_shared_words: int = attrs.field(default=4, validator=_whole(0))
    """Words (their stems; no function words, no figures) that two such lines of prose
    with a short line between them, in one block, must share for the short line to be a
    subheading of their story and the three to be set in blocks apart: a story's
    paragraphs say its words, the summaries of a list of teasers (a headline between
    them) say other stories'. 0: no lines are parted so."""
    text_script_line_chars: int = attrs.field(default=160, validator=_whole(1))
    """Length from which a line of a dump that is nothing but scripts, style sheets,
    comments or CDATA sections (and tags) is an ad's markup a renderer wrote out as text,
    and goes. A story that quotes a script (a tutorial's ``<script src="app.js">``) shows
    it as a short line of code; an ad's script carries its tracking address and its
    parameters, hundreds of characters."""
    text_flat_line_chars: int = attrs.field(default=1500, validator=_whole(1))
    """Length (spaces squashed) from which a line of a plain dump is several blocks a
    renderer flattened into one (a layout table's cell holding a table, written by
    inscriptis or html-text as one line): it is read a piece a block, cut at sentence
    ends, at gaps of two spaces or more and before inline bullets. No block a browser
    shows is that long; a paragraph of a story so long reads the same cut."""
    text_flat_line_share: float = attrs.field(default=0.5, validator=_SHARE)
    """Share of a plain dump's text (spaces left out) that a line of
    ``text_flat_line_chars`` or more must hold to be read as blocks a renderer flattened:
    such a line is a page's whole column, while a long paragraph a browser shows is one
    block among the page's many (a dump of long lines, a document in a ``<pre>``, is
    left as it is)."""
    text_min_listed_months: int = attrs.field(default=6, validator=_whole(0))
    """Months in a row (a month's name and a year, maybe with a count in brackets:
    "October 2012 (19) September 2012 (13) …") that make a stretch of a dump's line a
    blog's archive of months, which html-text, inscriptis and html2text write on one line
    (a ``<select>``'s options, a list): it is read an item a line, in a block of its own.
    0: such lines are read whole."""
    text_min_column_lines: int = attrs.field(default=3, validator=_whole())
    """Lines with text on each side that make a run of lines two columns a layout
    renderer drew side by side (a gap of spaces before one column, no text crossing it,
    and prose in one of them): the run is then read column by column."""
    text_min_link_marks: int = attrs.field(default=5, validator=_whole())
    """Link marks (``[12]``, as lynx and w3m write them) that make a dump one that numbers
    its links, whose marks are then dropped."""
    text_min_reference_share: float = attrs.field(default=0.8, validator=_SHARE)
    """Share of the lines after a "References" heading that must be numbered link targets
    for them to be the list lynx appends (then dropped)."""
    text_marked_link_max_chars: int = attrs.field(default=40, validator=_whole(0))
    """Longest line opening with a link mark that counts as link text whole (a menu
    item, a teaser's headline)."""
    text_wrap_min_width: int = attrs.field(default=40, validator=_whole(2))
    """Narrowest width at which a dump is found hard-wrapped (narrow terminal columns);
    lines shorter than half of it say nothing about a wrap. At most
    ``text_wrap_max_width``."""
    text_wrap_max_width: int = attrs.field(default=250, validator=_whole(2))
    """Widest width at which a dump is found hard-wrapped (wide "save as" settings)."""
    text_wrap_near_chars: int = attrs.field(default=12, validator=_whole())
    """How near the wrap width a broken line ends (about the longest words)."""
    text_wrap_min_near_lines: int = attrs.field(default=3, validator=_whole())
    """Lines near a width that a dump needs to read as wrapped at it."""
    text_wrap_min_near_ratio: float = attrs.field(default=2.0, validator=_real(0.0))
    """How many times more lines near the width than in the band as wide just below it
    make the wrap clear (in a dump not wrapped, lengths spread evenly)."""
    text_wrap_over_per_near: float = attrs.field(default=0.1, validator=_real(0.0))
    """Lines longer than the width tolerated per line near it (a layout renderer leaves a
    table row or a preformatted line unwrapped)."""
    text_wrap_min_going_on_share: float = attrs.field(default=0.5, validator=_SHARE)
    """Share of the possible breaks over which the sentence goes on that makes a wrap
    that is not clear from the lengths clear."""
    text_wrap_max_near_fit_share: float = attrs.field(default=0.4, validator=_SHARE)
    """Share of the lines near the width that the next word would have fitted on above
    which the dump was not wrapped greedily (text set by hand, a poem)."""
    text_wrap_min_word_breaks: int = attrs.field(default=6, validator=_whole())
    """Lines near the width, each followed by a line whose first word (no longer than
    ``text_wrap_near_chars``) would not have fitted on it, that make a wrap clear when at
    most ``text_wrap_max_clear_fit_share`` of the lines near the width would have taken
    the next word (short wrapped pages, headlines in title case)."""
    text_wrap_max_clear_fit_share: float = attrs.field(default=0.3, validator=_SHARE)
    """Share of the lines near the width that the next word would have fitted on, at
    most, for ``text_wrap_min_word_breaks`` to make a wrap clear."""
    text_wrap_min_broken_share: float = attrs.field(default=0.6, validator=_SHARE)
    """Share of the width a line must reach to have been broken at it (a long first word
    on the next line alone proves nothing)."""
    text_wrap_item_block_share: float = attrs.field(default=0.34, validator=_SHARE)
    """Share of a hard-wrapped dump's block whose lines end short of the width though the
    next line's first word would have fitted on them (lines the page ended: a block of
    one-line items), from which a line there that ends a sentence ends its item too,
    when the next line opens with a capital, however near the width it ends."""

    def __attrs_post_init__(self) -> None:
        for name, default in DEPRECATED_FIELDS.items():
            if getattr(self, name) != default:
                warnings.warn(f"ParseOptions.{name} is deprecated and has no effect; it "
                              "goes in a later release", DeprecationWarning, stacklevel=3)
        for low, high in (("text_length_low", "text_length_high"),
                          ("text_stopwords_low", "text_stopwords_high"),
                          ("text_wrap_min_width", "text_wrap_max_width"),
                          ("meta_min_heading_chars", "meta_max_heading_chars"),
                          ("meta_min_year", "meta_max_year"),
                          ("text_min_title_words", "text_max_title_words"),
                          ("meta_headline_min_words", "meta_headline_max_words"),
                          ("meta_language_min_guess_words", "meta_language_guess_words"),
                          ("meta_language_min_check_words", "meta_language_check_words")):
            if getattr(self, low) > getattr(self, high):
                raise ValueError(f"ParseOptions.{low} ({getattr(self, low)!r}) must not be "
                                 f"above {high} ({getattr(self, high)!r})")
        # The title's score tells the two bonuses apart by their values.
        if self.text_title_under_meta_bonus >= self.text_title_over_meta_bonus:
            raise ValueError("ParseOptions.text_title_under_meta_bonus "
                             f"({self.text_title_under_meta_bonus!r}) must be below "
                             f"text_title_over_meta_bonus ({self.text_title_over_meta_bonus!r})")


# Fields that no rule reads any more, still accepted for one release after 0.1.0 so that
# code setting them keeps working; each with its default, the value that does not warn.
DEPRECATED_FIELDS: dict[str, object] = {
    "meta_min_story_headline_share": 0.6,
    "meta_max_story_unrelated_title_share": 0.2,
    "meta_min_line_words_over_title": 4,
}

DEFAULT_OPTIONS = ParseOptions()
