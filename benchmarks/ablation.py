#!/usr/bin/env python3
"""Ablation: switch one named rule off at a time and see what it earns on dev + wide.

    python benchmarks/ablation.py                          # every rule, html, dev + wide
    python benchmarks/ablation.py --variant text           # the dumps (--text-dir text-md …)
    python benchmarks/ablation.py --rules _html/asides.teaser_lists
    python benchmarks/ablation.py --markdown docs/ablation.md   # (re)write the docs table
    python benchmarks/ablation.py --summary docs/ablation.md    # the pooled verdicts

Every rule of the table ``RULES`` below names a module attribute (a function, a compiled
pattern or a constant) and its neutral "off" replacement: a predicate that never holds, a
step that hands its input back, a pattern that never matches. The replacement is put in by
monkeypatching every ``newsparse`` module that holds the attribute, so the parser carries
no ablation checks of its own. A new rule gets a line here; its line must pay.

For each rule the report gives how many pages change (any of title, body, byline, date or
the error), and what the rule earns: the pooled score with the rule minus the score
without it, scored as ``../shared/eval/score.py`` scores (its functions are imported):
shingle F1 over all pages of the corpora together, and the count of pages whose title,
date and byline are right. A rule *fails its line* when it changes fewer than
``MIN_PAGES`` pages or its net is zero or less: it goes, or is made general. The net is
in pages: the pooled shingle F1 earned times the pages it is over (a page brought from 0
to 1 adds about one), plus the titles, dates and bylines the rule makes right, less those
it makes wrong.

Speed: the baseline runs once (cached in the temp folder, keyed by the source tree), with
every function rule wrapped so that it records the pages on which its result differs from
the "off" result. A page where a rule never fired cannot change when it is off (the run is
the same call by call), so only the pages where it fired are parsed again; constants are
parsed again on every page. Work is spread over ``--jobs`` processes (default 2). The HTML walk
runs in pure Python here (the C walk reads the hint tables itself); its output is the same.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib
import importlib.util
import json
import multiprocessing
import pickle
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
SCORER_PATH = SHARED / "eval" / "score.py"
MIN_PAGES = 5

Off = Callable[[Any], Any]  # the original attribute -> its neutral replacement


# --- neutral replacements ----------------------------------------------------------------


def _neutral(answer: Callable[[Any, tuple[Any, ...], dict[str, Any]], Any]) -> Off:
    """Off: the function is replaced by one that gives ``answer(original, args, kwargs)``."""

    def off(original: Any) -> Any:
        def neutral(*args: Any, **kwargs: Any) -> Any:
            return answer(original, args, kwargs)

        return neutral

    return off


def returns(value: Any) -> Off:
    """Off: the function returns ``value`` (a fresh copy of a set, list or dict)."""
    fresh = isinstance(value, (set, list, dict))
    return _neutral(lambda _original, _args, _kwargs: value.copy() if fresh else value)


def passes(*indexes: int) -> Off:
    """Off: the function hands back its positional argument(s) ``indexes`` unchanged."""
    if len(indexes) == 1:
        return _neutral(lambda _original, args, _kwargs: args[indexes[0]])
    return _neutral(lambda _original, args, _kwargs: tuple(args[i] for i in indexes))


def masks(bits: int) -> Off:
    """Off: the function's integer result loses ``bits`` (one kind of hint)."""
    return _neutral(lambda original, args, kwargs: original(*args, **kwargs) & ~bits)


def drops_items(*keys: str) -> Off:
    """Off: the function reads an element's ``items()`` without the attributes ``keys``."""
    return _neutral(lambda original, args, _kwargs: original(
        [(k, v) for k, v in args[0] if k not in keys]))


def never_matches(original: Any) -> Any:
    """Off for a compiled pattern: one that matches nothing, with the original's groups
    (a replacement template that names a group, "\\1", must still compile)."""
    names = {index: name for name, index in original.groupindex.items()}
    groups = "".join(f"(?P<{names[index]}>)" if index in names else "()"
                     for index in range(1, original.groups + 1))
    return re.compile(r"(?!)" + groups, original.flags)


def constant(value: Any) -> Off:
    """Off for a constant: another value (re-run on every page)."""
    return lambda _original: value


@dataclass(frozen=True)
class Rule:
    """A named rule: ``module.attribute`` and its neutral replacement.

    ``name`` is how the report shows it (``_html/asides.teaser_lists``); a rule with a
    bracketed part (``token_hints[chrome]``) switches off one aspect of the attribute.
    ``after`` runs once the replacement is in place (a table built from it at import)."""

    name: str
    module: str
    attribute: str
    off: Off
    what: str
    after: Callable[[], None] | None = None
    pipelines: tuple[str, ...] | None = None
    #: Attributes of the same module made from the attribute at import (a pattern's
    #: lower-case twin, ``_text/features._lower_twin``): switched off with it, each by the
    #: rule's own "off", and tracked with it.
    twins: tuple[str, ...] = ()

    @property
    def variants(self) -> tuple[str, ...]:
        if self.pipelines is not None:  # a shared module's rule only one pipeline reaches
            return self.pipelines
        # An option's prefix says which pipeline reads it (html_…, text_…).
        where = self.name.removeprefix("ParseOptions.") if self.name.startswith(
            "ParseOptions.") else self.module
        if where.startswith(("newsparse._html", "html_")):
            return ("html",)
        if where.startswith(("newsparse._text", "text_")):
            return ("text",)
        return ("html", "text")


def _rebuild_tag_roles() -> None:
    blocks = importlib.import_module("newsparse._html.blocks")
    blocks._TAG_ROLES = blocks._tag_roles()  # type: ignore[attr-defined]


def _rebind_walk() -> None:
    """Bind the Python walk to the tables the HTML stage holds now (a rule may have
    replaced a hint function or the tag roles); only where the Python kernels run."""
    from newsparse._native.python import PYTHON  # noqa: PLC0415

    blocks = importlib.import_module("newsparse._html.blocks")
    if blocks.kernels is not PYTHON:
        return
    tables = attrs.evolve(
        blocks.TABLES, roles=blocks._TAG_ROLES,
        attribute_hints=blocks.attribute_hints, pattern_hints=blocks.pattern_hints)
    blocks._WALK = PYTHON.walker(tables)


def _option(field: str, value: Any, what: str) -> Rule:
    """A rule that is a threshold of ParseOptions: off, the defaults take ``value``."""
    return Rule(f"ParseOptions.{field}", "newsparse._options", "DEFAULT_OPTIONS",
                lambda original: attrs.evolve(original, **{field: value}), what)


def _hint(name: str) -> int:
    return int(getattr(importlib.import_module("newsparse._html.hints"), name))


def _rule(name: str, off: Off, what: str, after: Callable[[], None] | None = None,
          pipelines: tuple[str, ...] | None = None, *, twins: tuple[str, ...] = ()) -> Rule:
    """``_html/asides.teaser_lists`` → module newsparse._html.asides, attribute
    teaser_lists (a ``[aspect]`` suffix only names the line). ``pipelines`` narrows a
    ``_reading`` rule to the pipeline whose readers call it."""
    path, _, attribute = name.partition("[")[0].rpartition(".")
    return Rule(name, "newsparse." + path.replace("/", "."), attribute, off, what, after,
                pipelines, twins)


def _text_no_threads() -> Any:
    from newsparse._text.comments import NO_THREADS  # noqa: PLC0415

    return NO_THREADS


def _raw_neighbours(_original: Any, args: Any, _kwargs: Any) -> tuple[str, str]:
    """Off for ``_beside_marker``: the characters right beside the marker, link marks or
    not."""
    text, start, end = args
    return (text[start - 1] if start else " ", text[end] if end < len(text) else " ")


def _every_boxed_line(_original: Any, args: Any, _kwargs: Any) -> set[int]:
    """Every content line boxed in by furniture, listed or alone (the teaser rule before
    ``_listed_boxed_lines``)."""
    from newsparse._text.region import _boxed  # noqa: PLC0415

    content, width = args[0], args[1]
    return {i for i, is_content in enumerate(content) if is_content and _boxed(content, i, width)}


def _plain_stamp_shape(_original: Any, args: Any, _kwargs: Any) -> str | None:
    """A comment's stamp as read before ``_thread_stamp_shape``: no line that ends as a
    sentence does (a bracket round the stamp too), no bare date (a name over it too), a span
    of days too, and the shape taken from the line's first figure (an item's number too)."""
    from newsparse._text import comments  # noqa: PLC0415

    text, ends_sentence = args
    if (ends_sentence or text.startswith(comments._ATTRIBUTION_DASHES)
            or comments._STAMP.search(text) is None
            or comments._BARE_DATE.match(text) is not None):
        return None
    first = next(i for i, c in enumerate(text) if c.isdigit())
    return str(comments._DIGITS.sub("0", comments._WORDS.sub("a", text[first:])))


def rules() -> list[Rule]:
    """The table: every named rule, HTML body first. Add a line for each new rule."""
    chrome, content, caption = _hint("CHROME"), _hint("CONTENT"), _hint("CAPTION")
    return [
        # HTML body: hints from tags and attributes
        _rule("_html/hints.token_hints[chrome]", masks(chrome),
              "class/id words that mark chrome (nav, share, related, comments …)"),
        _rule("_html/hints.token_hints[content]", masks(content),
              "class/id words that promise content (article, story, entry …)"),
        _rule("_html/hints.token_hints[caption]", masks(caption),
              "class/id words of captions, credits, bylines, galleries and standfirsts"),
        _rule("_html/hints._CAMEL_HUMP", never_matches,
              "camel-case class/id names are read as their words (commentsDiv, relatedLinks)"),
        _rule("_html/hints._CHROME_ROLES", constant(frozenset()),
              "ARIA roles of chrome (navigation, banner, complementary …)"),
        _rule("_html/hints.attribute_hints[hidden]", drops_items("style", "hidden",
                                                                 "aria-hidden"),
              "elements not displayed (display:none, hidden, aria-hidden) are skipped"),
        _rule("_html/hints.tag_hints[chrome]", masks(chrome),
              "nav, footer, aside, menu are chrome", after=_rebuild_tag_roles),
        _rule("_html/hints.tag_hints[caption]", masks(caption),
              "figure and figcaption are captions", after=_rebuild_tag_roles),
        # HTML body: region and block choice
        _option("html_chrome_share", 2.0,
                "a chrome hint on an element holding most of the prose does not count"),
        _rule("_html/classify._gallery_captions", lambda _o: lambda *_a: _hint("CAPTION"),
              "on a gallery, whose captions hold most of the prose (or without which no "
              "region stands out), captions are the story"),
        _rule("_html/classify._story_captions", returns([]),
              "a caption element (figure, \"caption-image\") holding 3+ paragraphs holds the "
              "story: its caption hint does not count"),
        _rule("_html/classify._lead_summaries", returns([]),
              "a summary-named paragraph of sentences (a standfirst) opening the story's own "
              "run of paragraphs is its lead: its caption hint does not count"),
        _rule("_html/chrome._beside_content", returns(False),
              "a chrome-named element holding most prose stays chrome beside a content element"),
        _rule("_html/chrome._named_by_its_heading", returns(False),
              "an id that spells the element's heading (a table of contents' anchor) gives "
              "no chrome hint"),
        _rule("_html/chrome._named_content_too", returns(False),
              "a chrome-named element whose name promises content too needs less prose"),
        _rule("_html/threads.opens_comments", returns(False),
              "a heading over reader comments (\"12 Comments\") ends the story"),
        _rule("_html/threads.opens_related", returns(False),
              "a heading over other stories (\"You may also like\") in a box outside the "
              "story's container: the box is left out"),
        _rule("_html/threads._AUTHOR_HEADING", never_matches,
              "a heading over the author's bio (\"About the author\") ends the story"),
        _rule("_html/threads.opens_bio_of", returns(False),
              "the author's bio opened by its label (\"About the author: Jane Doe is…\") or "
              "by a heading naming the person the next line names (\"About Jane Doe\") ends "
              "the story"),
        _rule("_html/threads.names_comments", returns(False),
              "reader comments stay chrome even when they outweigh the story"),
        _rule("_html/asides.teaser_lists", returns(set()),
              "lists of other stories' teasers weigh nothing and are dropped"),
        _rule("_html/asides.repeated_cards", returns(set()),
              "a row of 3+ same-shape cards (or headline/blurb pairs) linking out, before or "
              "after the story, is dropped"),
        _rule("_html/classify._with_siblings", lambda _o: lambda top, *_a: {top},
              "subtrees beside the region with prose of their own join it"),
        _rule("_html/classify._paragraphs_container", passes(0),
              "a lone paragraph on top gives way to the container of the story's paragraphs"),
        _rule("_html/posts.the_one_story", passes(0),
              "a region promising nothing narrows to the one post- or content-named element "
              "inside it holding a fair share of its prose"),
        _rule("_html/asides.author_boxes", returns(set()),
              "an author box in the region (about-author, author-bio) is left out of the body"),
        _rule("_html/asides.form_boxes", returns(set()),
              "a form with fields in the region (sign-up, comment form) is left out of the body"),
        _rule("_html/classify._after_an_outer_end", returns(False),
              "subtrees after the region's container do not join it as siblings"),
        _rule("_html/classify._past_the_story", returns(False),
              "a subtree after the region, beside it in a container promising no content, "
              "does not join it as a sibling"),
        _rule("_html/classify._same_kind", returns(False),
              "a sibling container with the region's tag and class holds more of the story"),
        _rule("_html/classify._alone_in", passes(0),
              "the layout wrappers around the region, each holding only the next, are no "
              "levels of the search for the story's other parts beside it"),
        _rule("_html/classify._story_part_before", returns(False),
              "a subtree before the region holding 2+ paragraphs of prose and nothing that "
              "weighs against them is the story's opening part"),
        _rule("_html/classify._between_parts", returns([]),
              "a paragraph, list or subheading between two parts of the region in their "
              "container joins it, whatever it weighs alone"),
        _rule("_html/classify._prose_between", passes(0, 1),
              "a paragraph of sentences outside the region, in no chrome, between two of the "
              "story's paragraphs in reading order is the story's"),
        _rule("_html/classify._lead_above", passes(0, 1),
              "a paragraph of sentences outside the region right over the story's first "
              "paragraph, set straight into a container holding the story (a lead written "
              "bare in a table row of its own), is the story's lead"),
        _rule("_reading/lead._STAMP_SEPARATOR", never_matches,
              "a line of a stamp's parts joined by a spaced dash, bar or dot (\"Associated "
              "Press - January 16, 2008 12:55 PM ET\") is a stamp: each part a date, a byline "
              "or a name, one a date", pipelines=("html",)),
        _rule("_html/leftovers.without_box_labels", passes(0, 1),
              "the one line without links of a box of 3+ linked lines (\"Most popular stories "
              "right now\") goes with its links"),
        _rule("_html/leftovers.wrapped_labels", returns({}),
              "a box label alone in a title wrapper of its own (\"Table of Contents\" in a "
              "title row, its links in a nav beside it) goes with the links of the wrapper's "
              "parent"),
        _rule("_html/threads.before_thread", passes(0),
              "what follows an empty element named for comments (an anchor, a thread's "
              "placeholder, a comment form's field) once the story has begun is left out"),
        _rule("_html/linked_lines.linked_line_between", returns(False),
              "a linked line in the story stays when a paragraph of its container follows"),
        _rule("_html/linked_lines.in_plain_list", returns(False),
              "a linked item of a list that has a plain line of the story's own stays"),
        _rule("_html/linked_lines.linked_heading", returns(False),
              "a linked subheading in the story stays when a paragraph of its container "
              "follows, past the short lines under it"),
        _rule("_html/linked_lines.heading_after_links", returns(False),
              "a linked list right before the heading of the story's next section stays "
              "when a paragraph of the list's container follows that heading"),
        _rule("_html/linked_lines.cites_elsewhere", returns(False),
              "a linked line of the story linking only to another site than the page's own "
              "cites a source: it stays though no paragraph of its container follows"),
        _rule("_html/linked_lines.is_button", returns(False),
              "a linked line whose every link is styled as a button (\"Buy on Amazon\", "
              "\"Learn more\") is no story line held between paragraphs nor a cited source"),
        _rule("_html/linked_lines.cross_reference", returns(False),
              "a cross-reference label before a link (\"Related: …\", \"Lire aussi : …\") "
              "points to another story: the line goes"),
        _rule("_html/linked_lines._holder",
              _neutral(lambda _original, args, _kwargs: args[0].owner.getparent()),
              "a linked list in the story stays when a paragraph of the list's container follows"),
        _rule("_html/classify._never_caption", returns(False),
              "a quote, code or table row inside a figure or caption box is no caption"),
        _rule("_html/linked_lines.linked_prose", returns(False),
              "a paragraph of sentences that links most of its words stays in the story"),
        _rule("_html/linked_lines.linked_sentence", returns(False),
              "a line linked mostly but one sentence with words of its own and a full "
              "stop (or a lead-in's colon) weighs as a short line, not as a link line"),
        _rule("_html/linked_lines.anchored_heading", returns(False),
              "a subheading whose every link names its own place on the page (a section's "
              "link to itself) is a heading of the story, not a link line"),
        _rule("_html/linked_lines.among_linked_lines", returns(False),
              "a short plain line (no label) among linked lines held in one container goes "
              "on with them: the paragraph after the run decides their fate"),
        _rule("_html/linked_lines.has_plain_line", returns(False),
              "a linked line over a plain line of its own (an address linked over its price) "
              "is no list of links: it stays between paragraphs of its container"),
        _rule("_html/classify._is_boilerplate", returns(False),
              "stock furniture lines (Advertisement, Share, Read more …) are dropped"),
        _rule("_html/edges.trim_edges", passes(0, 1),
              "short non-prose blocks before the story's start, and after its end, go"),
        _rule("_html/edges._story_start", passes(1),
              "headings and short lines right above the first prose in its container open "
              "the story"),
        _rule("_html/edges._story_end", passes(1),
              "short lines after the last prose in its own container go on with the story"),
        _rule("_html/leftovers.without_copies", passes(0, 1),
              "a container whose kept blocks repeat an earlier container's to the letter "
              "is the story shown twice (paywall, print copy): it goes"),
        _rule("_html/edges.own_text_of", returns(False),
              "the short lines of the element whose own text is the story (a post written "
              "with line breaks), or of elements inside it, open and close the story"),
        _rule("_html/edges._asks_the_reader", returns(False),
              "blocks closing the story that ask the reader to subscribe, follow or comment go"),
        _rule("_html/edges._closing_stamp", returns(False),
              "a dated stamp closing the story (\"Last Updated: …\", \"Posted on … at …\") "
              "goes"),
        _rule("_html/edges._heads_nothing", returns(False),
              "a heading closing the story (what it headed was left out) goes"),
        _rule("_html/edges._dangling_line", returns(False),
              "a line left dangling at the story's end (a label, a stamp, \"———\") goes"),
        _rule("_html/pipeline.is_furniture", returns(False),
              "escaped markup, bare URLs and credit-ended captions are dropped"),
        _rule("_html/pipeline.is_stamp", returns(False),
              "date stamps among the first blocks go to the header"),
        _rule("_html/pipeline.is_header_line", returns(False),
              "title, byline and date lines opening the story go to the header"),
        _rule("_html/pipeline._above_headline", returns(0),
              "kept blocks above the story's headline (the page's first block saying the "
              "title, in another container) are the site's: a blog's tagline, a bio, a "
              "reprints notice"),
        # HTML metadata (helper "meta")
        _rule("_html/meta/authors._shown_wins", returns(False),
              "the shown \"By\" line beats declared authors it extends or contradicts"),
        _rule("_html/meta/authors._shown_in_header", returns(()),
              "the header's own byline (\"By: X\" in a box under the heading) and its list of "
              "names holding a declared author weigh the declared authors as a shown \"By\" "
              "line does"),
        _rule("_html/meta/authors._profile_handle", returns(()),
              "one word after a lone \"By\" in the header, the text of a link to a page "
              "named after it (/member/JaneDoe42/), is a member's handle and the byline"),
        _rule("_html/meta/authors._author_marked", returns(False),
              "a line of names in an author's box of the header (a class saying author or "
              "byline), or over a piece of one (the author's job or description), is the "
              "byline, in a heading of the box and above the page's heading too"),
        _rule("_html/meta/page_authors.team_credit", returns([]),
              "a desk or a team shown where the author's name goes (an author-classed "
              "element's whole text, an author page's link: \"Podium Staff\", "
              "\"Newsdesk\") is the byline"),
        _rule("_html/meta/authors.site_signed", returns(()),
              "the site's own name where the byline goes (a rel=author link, a "
              "byline-classed element, a \"By\" line in the header) is the byline when the "
              "page names no one else"),
        _rule("_html/meta/title._shown_headline", returns(None),
              "the shown headline beats a metadata title that says the same thing"),
        _rule("_html/meta/title._shown_form_by_shape", returns(None),
              "the heading's shape decides before the share of words: an <h1> the titles "
              "glue beside their story's part is the site's or blog's name; one a longer "
              "title holds nearly whole is its shortened form"),
        _rule("_html/meta/shown.shown_title_part", returns(None),
              "a glued title is cut to the run of its parts the page shows"),
        # HTML titles (helper "titles")
        _rule("_html/meta/facts.headline_line_above_story", returns(None),
              "no <h1>: the heading-like line right above the story is the headline"),
        _rule("_html/meta/facts._headline_of_lead", passes(0),
              "a title sharing no word with the story's lead names the site or a section: "
              "the heading, bold or bookmark line above the story that speaks of the lead "
              "is the headline"),
        _rule("_html/meta/title._names_something_else", returns(False),
              "a <title> sharing no word with the headline opening the story is a site name"),
        _rule("_html/meta/title._holds_with_glued_parts",
              lambda _o: lambda heading_key, key, _options: key in heading_key,
              "a title inside the heading is the headline only beside a glued part"),
        _rule("_html/meta/site.shown_site_names", returns([]),
              "the site's names the page shows: a title part that is a host name "
              "(\"winnipegsun.com\"), the text of its home links where none is declared"),
        _rule("_html/meta/title._names_the_site", returns(False),
              "an <h1> that says the shorter part of a two-part <title> is the site's logo"),
        _rule("_html/meta/page.heading_a_title_holds", returns(None),
              "the heading a metadata title holds whole opens the article, past a section "
              "heading opening the region or a sidebar's <h1> right before it"),
        _rule("_html/meta/facts.share_title", returns(None),
              "the title the page's share links carry, shown as an element's text, is a "
              "declared title"),
        _rule("_reading/titles.longest_bar_part", passes(0),
              "a title parted by spaced bars is its longest part"),
        _rule("_html/meta/facts._shown_dates", returns((None, None)),
              "the date the header shows in its text, in any language"),
        _rule("_html/meta/facts.page_dates", returns((None, None)),
              "a date labelled as published (or updated), or beside a byline, anywhere "
              "outside chrome"),
        _rule("_reading/dates._DAY_MONTH_YEAR_HYPHENED", never_matches,
              "a date written day, month's name and year joined by hyphens (\"04-ago-2021\", "
              "\"19-Dec-2025\"), as some CMSs stamp a post"),
        _rule("_reading/dates._SHOWN_HYPHENED", never_matches,
              "a date the page shows in figures joined by hyphens (\"12-10-2019\", as Dutch "
              "pages write it), read as the numbers, the page's other dates or its declared "
              "language say", pipelines=("html",)),
        _rule("_reading/dates._SHOWN_SHORT_YEAR", never_matches,
              "a date the page shows in figures with a two-digit year (\"12.10.19\", "
              "\"Posted 1/8/08\"), read as the numbers, the page's other dates or its "
              "declared language say", pipelines=("html",)),
        _rule("_html/meta/shown.story_ends", returns([]),
              "the heading's header ends with the story's region when it holds the heading, "
              "else with the block that holds both: a sidebar teaser's byline and date, "
              "the comments, stand past it"),
        _rule("_html/meta/page_dates.dated_by_line", returns(False),
              "a date on a \"By\" line's own piece, after its names (\"Von Jane Doe | 12. "
              "Oktober 2019\"), is the publication's wherever it stands"),
        _rule("_html/meta/published.earlier_shown_date", passes(0),
              "a shown date earlier than the metadata's is the first publication"),
        _rule("_html/meta/day_order.page_writes_month_first", returns(None),
              "a slashed date that reads both ways (\"03/10/2023\") follows the page's other "
              "dates: one with a part over 12, else those written with a month name"),
        _rule("_html/meta/page_dates.date_under_title", returns(None),
              "a date shown a few lines under the page's title (\"Title\" / \"Jane Doe\" / "
              "\"23.07.2025\"), labelled or not, dates the story when nothing else does"),
        _rule("_html/meta/page_dates.lone_date_in_chrome", returns(None),
              "one publication date labelled in chrome (a side column, a post's footer), and "
              "no other, is the page's"),
        _rule("_html/meta/page_pieces._POST_FOOTER", never_matches,
              "a post's own footer named by its class (\"post-footer\", \"entry-footer\", "
              "\"post-footers\") is no chrome: \"Posted by Jane Doe at 12:32 PM\" there is "
              "the byline"),
        _rule("_html/meta/authors._header_text_names", returns(()),
              "the byline the header shows in its text (By/Von/Par/Autor:, lone lead-ins)"),
        _rule("_html/meta/authors.page_authors", returns(()),
              "bylines shown away from the header: author boxes, labels, author-page links"),
        _rule("_html/meta/page_authors.bio_named", returns(()),
              "a name over a bio that opens with it and speaks of a person (\"Jane Doe\" / "
              "\"Jane Doe is a travel writer. She …\") is the byline when nothing else is"),
        _rule("_html/meta/page_authors.stamp_names", returns(None),
              "a post's stamp outside the header, a \"By\" line with a date after its names "
              "(\"by jdoe on May 3, 2011\", \"Posted by Jane at 6:35 AM\"), names its author "
              "in one word too; a thread of such stamps names no one"),
        _rule("_html/meta/authors._only_declared_author", returns(()),
              "the declared organisation is the byline when no one else is named"),
        _rule("_reading/bylines.with_credentials", passes(0),
              "the byline keeps the credentials printed after a name (\"Jane Doe, MS, RD\"); "
              "the authors are the names alone"),
        _rule("_reading/bylines._name_before_job", passes(0),
              "a job set after a byline's name without a comma is cut (\"Jane Doe Senior "
              "Editor\", \"Jane Doe Founder & Lead Reviewer\", \"Anna Schmidt Redakteurin\")"),
        # Bylines (helper "datesbylines")
        _rule("_reading/byline_words.TEAM_CREDIT", never_matches,
              "a desk that signs the story alone is its byline (\"By the X Team\")"),
        _rule("_html/meta/authors._meta_authors", lambda _o: lambda *_a: iter(()),
              "the author <meta> tags declare (author, article:author, dc.creator …, and "
              "a data card labelled \"Written by\")"),
        _rule("_html/meta/jsonld.objects_by_id", returns({}),
              "JSON-LD authors given by reference to the graph's people"),
        _rule("_html/meta/facts._PUBLISHED_KEY", never_matches,
              "a site's own <meta> key for the publication date (\"w-published-date\")"),
        _rule("_text/head._under", lambda _o: lambda start, *_a: range(start + 1, start + 1),
              "dumps: the date line under the headline or the story's first line"),
        _rule("_text/dates._day_and_month_date", returns(None),
              "dumps: day and month in figures that read one way only (\"23.07.2025\")"),
        _rule("_reading/bylines._without_sections", passes(0),
              "the section or the place after a byline's name is cut (\"By Jane Doe In "
              "Travel\", \"in Los Angeles and …\")", pipelines=("text",)),
        _rule("_reading/byline_words.STAMP_TAIL", never_matches,
              "dumps: the story's dates after a byline's names are cut (\"… Last Updated\")",
              pipelines=("text",)),
        _rule("_reading/byline_words.GLUED_LEAD", never_matches,
              "dumps: a lead-in glued to the name (\"ByNina Pineda\")",
              pipelines=("text",)),
        # Text dumps (helper "dumps")
        _rule("_text/byline._site_owner", returns((None, ())),
              "the masthead names the copyright holder: the owner wrote the post"),
        _rule("_text/markdown._SPACED_STAR", never_matches,
              "a star alone between words in a Markdown dump is the middle dot html2text "
              "wrote so (\"Dec. 19, 2025 * Jane Doe\"), a stamp's separator"),
        _rule("_text/byline._opens_with_page_title", returns(False),
              "the masthead stands under the page's <title> a dump writes first, which the "
              "headline over the story says again"),
        _rule("_text/byline._byline_after", returns((None, ())),
              "a signature line right after the story is the byline"),
        _rule("_text/byline._signed_foot", returns((None, ())),
              "a \"By\" line at the story's foot (its last lines, or the few after it) "
              "signs a story whose head has no byline", pipelines=("text",)),
        _rule("_text/region._across_embeds", _neutral(lambda _o, args, _k: args[3]),
              "the story spans an embed inside it: it goes on past one after which it "
              "resumes, and began above one that opens it"),
        _rule("_text/region._closes_story_above",
              _neutral(lambda _o, args, _k: args[0].hard_wall or args[0].soft_wall),
              "the story reaches back over a soft wall (\"Share this:\", \"Other Posts You "
              "May Enjoy\") heading an embed between its paragraphs, as it goes on past one"),
        _rule("_text/region._over_box_words",
              _neutral(lambda _o, args, _k: sum(args[1][args[3][0]:args[3][1]])),
              "the story's first paragraph over a box of other stories set into it "
              "(\"Related\", \"Share this page\") weighs its words in prose, not as a teaser's "
              "boxed-in summary: the region reaches back over the box to it",
              pipelines=("text",)),
        _rule("_text/dates._GLUED_MONTH", never_matches,
              "a month glued to the word before it (\"PressDecember 2\", \"Mental "
              "HealthDECEMBER 22\")"),
        _rule("_text/title._over_meta_line", returns(False),
              "a headline glued over its byline or date line in one block (old pages)"),
        _rule("_text/title._shown_under_page_title", returns(None),
              "dumps: when the dump's first line (the page's <title>, which html-text and "
              "markdownify write first) scores best, the headline shown over the story "
              "takes its place: the longest candidate it holds whole past its opening "
              "(\"Site: Headline\"), or the runner-up sharing most of its words"),
        _rule("_text/title._under_lone_date_in_block", returns(False),
              "dumps: a line right under the only date line of a short block (or under a "
              "tool row under it), near the story, is a headline candidate: a page's head "
              "glued into one block, its date over the headline (\"Article published …\" / "
              "headline / \"ASSOCIATED PRESS\" / lead); not under a headline over that "
              "date, nor over a line that reads as a headline"),
        _rule("_text/title._first_head_of_block", returns(False),
              "dumps: a headline over a credit and its date in one block may stand under a "
              "tool row (\"Print Email\" / headline / \"The Associated Press\" / date), when "
              "no byline or date line stands over it in the block and no label (\"Author:\") "
              "right over it"),
        _rule("_text/title._QUOTED_STOP", never_matches,
              "dumps: a line that ends its sentence inside closing quotation marks (\"… a "
              "smashing good time with “Burnout Paradise.”\") is a sentence, no headline, "
              "as one that ends with its stop is"),
        _rule("_text/title._headline_amid_labels", returns(False),
              "dumps: a line amid a short block near the story that says more words than "
              "each other line of it, none of which reads as a headline, is a headline "
              "candidate: the head's boxes a layout renderer glued into one block "
              "(\"World News\" / headline / \"Print article\" / \"Refer to a friend\")"),
        _rule("_text/title.is_credit_line", returns(False),
              "dumps: a short \"By\" line the byline reader leaves (an agency, a desk, "
              "a name in capitals with its role) is no headline, and vouches for the one "
              "over it"),
        _rule("_text/title._far_headline", returns(None),
              "the headline over a byline far down (past a player or gallery)"),
        # Text dump titles (helper "titles")
        _option("text_title_min_furniture_headline_words", 1000,
                "dumps: a headline may name a furniture word (\"newsletter\", \"cookies\")"),
        _rule("_text/title._is_navigation_link", returns(False),
              "dumps: a link away from the story, back up the site or to the post before "
              "or after (\"« Back to Sport\", \"Zurück zur Übersicht\", \"Next post »\"), or "
              "on past the line (\"Show more ▼\", \"Book now >\", \"News > Sport\"), is no "
              "headline", pipelines=("text",)),
        _option("text_title_opening_max_rival", 0.0,
                "dumps: the line opening the story is its headline when nothing above is"),
        _rule("_text/title._ends_trail_over", returns(False),
              "dumps: the line a breadcrumb trail right over it ends with is the headline, "
              "above the story or among its first lines"),
        _rule("_text/title._headline_with_stop", returns(False),
              "dumps: a line in headline capitals ending with its only full stop may be "
              "the headline (\"Ad Age Misses the Point.\")", pipelines=("text",)),
        _rule("_text/title._glued_trail_over", returns(False),
              "dumps: a trail glued to the headline on one line (\"HomeHeadline\", \"Home "
              "Reviews Headline of more words\") ends over the headline"),
        _option("text_deck_min_overlap_ratio", 100.0,
                "dumps: the line over a standfirst is the headline when it repeats near as "
                "many of the story's words"),
        _option("text_title_min_overlap_over_meta", 0.2,
                "dumps: a headline right over its byline or date line needs few of its words "
                "in the story"),
        _rule("_text/title._edge_of_block_over_story", returns(False),
              "dumps: the first or last line of a short block right over the story may be "
              "its headline"),
        _rule("_text/comments.comment_threads", returns(_text_no_threads()),
              "repeated stamp lines with prose between are comments: the story ends there"),
        _rule("_text/comments._thread_stamp_shape", _neutral(_plain_stamp_shape),
              "a comment's stamp is read whole: a bracket round it ends no sentence "
              "(\"TonyZ (6 days ago)\"), a name over a bare date stamps (\"Jermaine 07 Nov "
              "12\"), a span of days or hours does not (\"May 31-June 4, 2026\"), and its "
              "shape runs from its date (\"1 Emily October 25, 2012 at 10:47 pm\")",
              pipelines=("text",)),
        _rule("_text/features._CUT_SHORT_ENDS", constant(()),
              "a line that ends with an ellipsis ends no sentence: an excerpt or a headline "
              "cut short (\"… Read More...\"), a comment's head (\"On October 29, 2012 at "
              "2:35am, Rosa said...\")", pipelines=("text",)),
        _rule("_text/comments.form_notes", returns(frozenset()),
              "a comment form's notes (\"Your email address will not be published\", "
              "\"Notify me of follow-up comments\") weigh as a wall for the region: a "
              "short post over the form wins", pipelines=("text",)),
        _rule("_text/region._past_repeated_head", _neutral(lambda _o, args, _k: args[3][0]),
              "the lines opening the story's region that the page printed again further "
              "down (a toolbar's notice over a tab bar, a caption) are a copy: the region "
              "starts past them"),
        _rule("_text/region._short_post", returns(None),
              "a short post before a comments heading beats the comments: its sentences' "
              "words counted whole outweigh them, or a share of them under its head"),
        _rule("_text/region._headed_run", returns(None),
              "the run right under a headline and its date line is the post that "
              "_short_post weighs first", pipelines=("text",)),
        _rule("_text/region._headed_over_weak", _neutral(lambda _o, args, _k: args[3]),
              "a weak story region (few prose words) gives way to the run under the "
              "page's headline and date line that starts above it with more prose",
              pipelines=("text",)),
        _rule("_text/features._COUNT_END", never_matches,
              "a count in brackets closing a line (\"News (1752)\") ends no sentence"),
        _rule("_text/region._announced_lists", returns(set()),
              "the items of a list a story line announces (\"The board has:\") are no gap"),
        _rule("_text/features._POST_NAVIGATION", never_matches,
              "a post's links to its neighbours (\"Previous Post\", \"Next article: …\") are a "
              "hard wall: no story goes on past them", twins=("_LOWER_POST_NAVIGATION",)),
        _rule("_text/features._FURNITURE_WORDS[web]",
              lambda original: original - frozenset(("permalink", "adchoices")),
              "\"Permalink\" and \"AdChoices\", the web's words for a post's link to itself "
              "and an ad's opt-out mark, are furniture words"),
        _rule("_text/features._POST_BAR", never_matches,
              "a blog's bar of links to the posts before and after a post (\"« Older post\", "
              "\"Main\" and \"Newer post »\" between bars) is furniture"),
        _rule("_text/features._OTHER_STORIES", never_matches,
              "a heading of other stories (\"Other news\", \"More tennis news\") is a soft wall",
              twins=("_LOWER_OTHER_STORIES",)),
        _rule("_text/story._with_inner_runs", passes(2),
              "a run of phrases between two of the story's paragraphs is a list it holds"),
        _rule("_text/sections.headed_lists", returns(set()),
              "the items of a list a subheading of the story heads are no gap"),
        _rule("_text/sections.topical_lists", returns(set()),
              "a list between two stretches of the story's prose whose items say the words "
              "of the prose around it (a recipe's ingredients between its intro and its "
              "method) is no gap", pipelines=("text",)),
        _rule("_text/region._listed_boxed_lines", _neutral(_every_boxed_line),
              "a paragraph boxed in by furniture is a teaser only beside another such"),
        _rule("_text/sections.numbered_sections", returns(set()),
              "a story told in numbered sections (\"1. Multimeter\", \"2. …\"): no teasers, "
              "no gap"),
        _rule("_text/sections.held_down", returns(False),
              "a run with teasers' summaries weighed whole is the story, told in short "
              "sections: apart from the region and heavier, or taking it in and adding much"),
        _rule("_text/region._inner_tables", returns(set()),
              "a table between the story's paragraphs is no gap"),
        _rule("_text/region._skeleton_gaps", returns(set()),
              "a gap between two of the story's paragraphs that shows a short label the "
              "page shows in two more such gaps (a product's \"Check price\", \"PROS\") "
              "is a skeleton's furniture, no gap", pipelines=("text",)),
        _rule("_text/sections.sections_continued", passes(3),
              "a gap next to the region showing the labels of the story's sections "
              "(\"Pros\", \"Cons\", \"Price\"), with a story's worth of words beyond it, is "
              "one more section's: the region takes it in", pipelines=("text",)),
        _rule("_text/features._LABELS_LINE", never_matches,
              "a post's labels on one line (\"Tags: …\", \"Posted in …\", \"Filed under: …\") "
              "are furniture"),
        _rule("_text/features.with_quote_lead_ins", passes(1),
              "\"X said:\" right under a line of prose is a quote's lead-in, no comment "
              "head (no wall)"),
        # Text dumps: dates and bylines (helper "datesbylines")
        _option("text_byline_header_lines", 1,
                "a bare name anywhere in the headline's header, a job title or reading time "
                "after it (not only right under the headline)"),
        _rule("_text/byline._heads_story", returns(False),
              "dumps: a bare name right under the headline (or its date line) is the byline "
              "when it is a person's (2-3 capitalised words, not all common words)"),
        _rule("_text/head._placed", returns(True),
              "dumps: a date alone on a line at the top dates the story only when nothing "
              "nearer the story does"),
        _rule("_text/head._date_part", lambda _o: lambda text, max_chars: (
                  text if len(text) <= max_chars else None),
              "dumps: a long post line that opens with its date, labelled or followed by "
              "\"by\", dates the story"),
        _rule("_text/title.headline_over_far_byline", _neutral(lambda _o, _a, k: k["title"]),
              "dumps: the headline right over the only \"By\" line above the story, far "
              "above it (a guide's head over its contents), is the title, not the heading "
              "of the section the story region holds"),
        _rule("_text/head._date_in_url", returns(None),
              "dumps: a story whose dump shows no date is dated by its URL's path "
              "(\"/2019/11/19/slug\"), when the caller gives the URL"),
        _rule("_text/byline.desk_under_headline", returns((None, ())),
              "dumps: a desk's or a team's credit alone on a line of the headline's header "
              "(\"Podium Staff\", \"Newsdesk\", \"Editorial\") names the byline where "
              "no line names a person"),
        _rule("_text/byline.near_headline", passes(0),
              "dumps: a line that says it is a byline over the headline is read only within "
              "text_byline_over_title_lines (8) lines of it (further up: a menu's facet, "
              "\"By Event Type\", a list's dated item)"),
        _rule("_text/name_lines.listed", returns(False),
              "a bare name under another line of names (a list of people) is no byline"),
        _rule("_text/dated_byline.dated_credit", returns((None, ())),
              "dumps: a dated head line credited to a handle or a site (\"by whova | Apr 21, "
              "2025\"), or a team under a lone \"By\", names the byline where no person is "
              "named"),
        _rule("_text/byline._dated_by_line", returns((None, ())),
              "a dated \"By\" line far above the story is the byline"),
        _rule("_html/meta/published.local_day",
              lambda _o: lambda published, _url_day: published,
              "a UTC publication stamp one day off the URL's day takes the URL's day"),
        # Text dump metadata (helper "dumpmeta")
        _rule("_text/dated_byline.dated_handle", returns((None, ())),
              "dumps: one word right under the headline over a date line is the byline "
              "(\"Gabo\" / \"Jan 23\", \"inikosoftseo\" / \"September 8, 2025\")"),
        _rule("_text/dated_byline.dated_names", returns((None, ())),
              "dumps: a head line that gives the date gives the byline in the names beside "
              "it (\"Dec 17, 2025 · Jane Doe\", \"Jane Doe•Updated on Jul 4, 2024\")"),
        _rule("_text/byline._without_stamp_tail", returns(()),
              "dumps: a stamp glued after a \"By\" line's names is cut (\"By Jane Doe 15 min "
              "read\", \"by Jane Doe 59 Comments\")", pipelines=("text",)),
        _rule("_text/dates.stamp_after", returns(None),
              "dumps: the one date line alone right after the story, before any wall, dates "
              "a story whose head gives none (\"February 10, 2025\")", pipelines=("text",)),
        _rule("_text/dates.writes_month_first", returns(None),
              "dumps: a head's date in figures that reads both ways (\"03/10/2023\") is read "
              "as the page's other dates are written (each date once)", pipelines=("text",)),
        _rule("_text/dated_byline.signs_with_date", returns(False),
              "dumps: one word right over the head's date line in its block signs the post "
              "where no byline is found (\"Wyndo\" / \"Dec 04, 2025\", past a standfirst)",
              pipelines=("text",)),
        _rule("_text/byline.name_set_apart", _neutral(lambda _o, args, _k: args[0]),
              "dumps: a byline's name glued to more words (a role, a section) ends where "
              "the page sets the name alone on a line elsewhere, its author's box (\"By "
              "Jane Doe Gardener & Astrologer\" / … / \"Jane Doe\")", pipelines=("text",)),
        _rule("_text/head._ENGLISH_MONTH_FIRST", constant(None),
              "dumps: on an English page whose other dates do not say, a head's date in "
              "figures that reads both ways (\"9/11/13\") is read month first, as a page "
              "declared \"en\" is read in HTML", pipelines=("text",)),
        _rule("_text/title._says_as_much_as_headline", returns(True),
              "dumps: a candidate of more than 19 words in a sentence's case (a standfirst, "
              "a teaser, a notice) is no headline: the next best is", pipelines=("text",)),
        _rule("_text/byline._under_title",
              lambda _o: lambda candidates, _title: (list(candidates), []),
              "dumps: a \"By\" line under the headline, then a name line vouched for there, "
              "before a \"By\" line over the headline", pipelines=("text",)),
        _rule("_text/dated_byline.beside_date", returns((None, ())),
              "dumps: with no byline found, the name on the line right over or under the "
              "head's date line (past a label or a glyph) is the byline (\"Posted Dec 19, "
              "2025\" / \"Jane Doe\", \"March 3\" / \"By Ask the Doctors\")",
              pipelines=("text",)),
        _rule("_text/dates.labelled_date_apart", returns(None),
              "dumps: with no date in the head, the only line labelled \"Published <date>\" "
              "or \"Updated <date>\" apart from the story, above it or below it however far "
              "(not past the comments' wall), dates it", pipelines=("text",)),
        _rule("_text/head._published_apart", returns(None),
              "dumps: where the head shows only an update's date, the one line labelled as "
              "the publication's apart from the head (under the story) dates it",
              pipelines=("text",)),
        _rule("_text/dates._PAGE_UPDATED", never_matches,
              "dumps: an update's label said of the page (\"Page last modified Jan. 17, "
              "2025\", \"This page was last updated on …\") labels a date apart from the "
              "story as \"Last updated\" does", pipelines=("text",)),
        _rule("_text/dated_byline.one_word_credit", returns(False),
              "dumps: a head line of one word and the date's own words, the word at either "
              "end, names the byline (\"Susan December 9, 2024 0 Comments\", \"EcoFlow- "
              "2025/4/29\")", pipelines=("text",)),
        _rule("_text/dates._SHORT_YEAR_DATE", never_matches,
              "dumps: a date in figures with a two-digit year, opening a head line, dates "
              "the story (\"10.15.15\", \"9/11/13 10:00AM\", \"14.11.24\")",
              pipelines=("text",)),
        _rule("_text/byline._author_label", returns((None, ())),
              "dumps: with no byline found, a line of names beside a label of the author's "
              "field set apart (\"Author\", \"About the author\", \"Autorin\") names it",
              pipelines=("text",)),
        _rule("_text/byline._author_box", returns((None, ())),
              "dumps: with no byline found, an author's box at the story's foot names it "
              "(\"Jane Doe\" / \"Jane Doe is a …\", \"Written by\" / \"Jane Doe\")",
              pipelines=("text",)),
        _rule("_text/byline.speaks_of",
              _neutral(lambda _o, args, _k: args[0].split(None, 1)[:1]
                       == args[1].split(None, 1)[:1]),
              "dumps: an author's box's paragraph under a name line at the story's foot "
              "may call the person by the given name past a role, or speak in the first "
              "person where the story does not (\"Jane Doe\" / \"(Editor) – Jane comes "
              "from …\", \"Jane Doe\" / \"I'm the founder of …\"); else it opens with "
              "the name", pipelines=("text",)),
        _rule("_text/byline.broken_after_lead", returns(False),
              "dumps: a byline's lead-in alone on its line is read with the line under it "
              "(\"By\" / \"Jane Doe\", \"Written by\" / \"Jane Doe\"), wherever a byline "
              "line is read (under the headline, a dated \"By\" line far above the story)",
              pipelines=("text",)),
        _rule("_text/dated_byline.header_end",
              lambda _o: lambda _title, story, _features, _options: story[0],
              "dumps: where the story region opens with the headline, the dated name line "
              "under it, above the first paragraph, is read as the header's "
              "(\"Headline\" / \"Dec. 19, 2025 · Jane Doe\")", pipelines=("text",)),
        _rule("_text/byline._kicker_stamp", returns(False),
              "dumps: a person's name right over the headline, under the head's date line "
              "(past a glyph), is the byline (\"December 14, 2025\" / \"/\" / \"Jane "
              "Doe\" / headline)", pipelines=("text",)),
        _rule("_text/byline.names_before_tail", returns(()),
              "dumps: a \"By\" line above the story names the person it names in full "
              "before an outlet's or a link's words (\"By Mike Whalley BBC Sport\", \"By "
              "A. J. Neal View In Digital Edition\")", pipelines=("text",)),
        _rule("_text/name_lines._PIECE_LEAD", never_matches,
              "dumps: words that name the piece before a byline's \"by\" are its lead-in "
              "(\"Post written by Jane Doe.\", \"This post was written by Jane Doe, …\", "
              "\"Guide by Jane Doe\"), in the head and at the story's foot",
              pipelines=("text",)),
        # Markdown dumps (helper "markdown")
        _rule("_text/renderers._soft_breaks_joined", passes(0),
              "a Markdown line end where the sentence goes on is a space (markdownify)"),
        _rule("_text/markdown.unflattened_tables", returns(None),
              "a table flattened into a line (markdownify's table in a cell) read a cell a line"),
        _option("text_markdown_flat_cell_chars", 1_000_000,
                "a table row's cell of 200 characters or more holding a run of two spaces "
                "is a layout cell flattened into a line, read a paragraph a line "
                "(markdownify)"),
        _rule("_text/markdown._DEFINITION", never_matches,
              "a definition (markdownify's \":   text\") opens a block, its marker goes"),
        _rule("_text/title._top_heading", returns(None),
              "a Markdown dump's one \"#\" heading is the headline, far above or in the story"),
        _rule("_text/title.declared_headline", returns(False),
              "dumps: a Markdown dump's one \"#\" heading of a headline's size is the "
              "headline though its words do not read as one (a final stop, a date, a "
              "\"by\", a furniture word)", pipelines=("text",)),
        _rule("_text/markdown._glued_to_word", returns(False),
              "a Markdown link glued to the word before it gets its space back (html2text)"),
        _rule("_text/markdown._beside_marker", _neutral(_raw_neighbours),
              "an emphasis marker glued to a link's end (or start) and a word stands where "
              "html2text stripped a space ('[**Name**](/n)**on the'): read past the link's "
              "marks, it leaves a space as between two letters"),
        _rule("_text/markdown._opens_with_heading", returns(False),
              "a dump opening with a \"#\" heading is Markdown, whatever its few marks"),
        _rule("_text/markdown._MD_TABLE_SEPARATOR", never_matches,
              "a pipe table's separator row (\"| --- |\", inline in a flattened layout "
              "table too) is a Markdown mark as a link or a heading is (markdownify)"),
        _rule("_text/markdown._LABEL_HEADING", never_matches,
              "a heading inside a Markdown link (\"[#### Title](/a)\") leaves its text only"),
        _option("text_wrap_min_word_breaks", 1_000_000,
                "a dump is wrapped when many lines near the width left no room for the "
                "next line's short first word and hardly any did (title-case teasers)"),
        _option("text_markdown_max_link_lines", 8,
                "a Markdown link a wrap broke runs over up to 32 lines, not 8 (alt texts)"),
        _rule("_text/markdown._closes_earlier_label", returns(False),
              "a Markdown label's end (\"](\") that closes no label open on its line closes "
              "one opened before a blank line: its target, broken over lines, is joined"),
        _rule("_text/renderers._tail_opens_block", returns(False),
              "a short line after a wrapped line that ends a sentence, with another line "
              "after it in the block, is a line of its own, not the paragraph's tail"),
        _rule("_text/renderers._broke_before_long_word", returns(False),
              "a wrapped Markdown line, however short, goes on over a line opening with a "
              "word of half the width or more (a link) that did not fit on it"),
        _rule("_text/renderers._ended_by_the_page", returns(False),
              "a Markdown hard break (<br>) after lines the tool wrapped ends the "
              "paragraph: a wrap never leaves one (html2text wrapped)"),
        _rule("_text/markdown._links_home", returns(False),
              "a Markdown \"#\" heading that links to the front page is the site's name"),
        _rule("_text/lines._without_copies", passes(0),
              "a run of the story's lines shown again further down (a copy the page hid, "
              "that the renderer wrote out) goes"),
        _rule("_text/renderers._wrapped_dash", returns(False),
              "a Markdown line opening with \"- \" at the margin, right under a wrapped "
              "line of text (no list item, no colon at its end), goes on it with its dash "
              "when the widths say the wrap broke there (html2text wrapped)"),
        _rule("_text/renderers._dash_broken", returns(False),
              "a line opening with a dash or a middle dot after a wrapped line of prose "
              "(no list item, no colon at its end) goes on it when the wrap broke there"),
        _rule("_input/sniff._past_beacons", returns(None),
              "a text that opens with an ad's or a tracking pixel's markup (tags of an ad's "
              "elements, one linking to another site) is read by what follows it: a "
              "renderer's dump, not a page", pipelines=("text",)),
        _option("text_parted_paragraph_chars", 0,
                "two lines of prose one right under the other in a block (150 characters or "
                "more each, ending a sentence) are paragraphs in blocks apart, not a run of "
                "lines, in a block that holds a line ending no sentence too (html-text "
                "writes \"<br><br>\" as one line end)"),
        _rule("_text/lines._subheaded_paragraphs", returns([]),
              "two such lines of prose with a short line between them in one block, that "
              "share four words or more (no function words) and the second opening with no "
              "dateline, are paragraphs of one story under a subheading, in blocks apart "
              "(a Blogger post's \"<br><br>\" paragraphs under a bold line, one run of "
              "lines in html-text's dump); a list of teasers' summaries say other stories' "
              "words"),
        _option("text_flat_line_chars", 1_000_000_000,
                "a line of 1,500 characters or more holding half the dump's text (a layout "
                "column a renderer flattened) is read a piece a block, cut at sentence ends, "
                "gaps and inline bullets"),
        _rule("_text/head._headline_under_page_title", _neutral(lambda _o, args, _k: args[1]),
              "a title line that opens the dump and parts a headline from the site's name "
              "(the page's <title>, which html-text and markdownify write first: \"Headline "
              "- Site\") gives way to the line further down that says its longest part"),
        _rule("_text/head._cut_to_page_title", passes(2),
              "a title line that holds a part of the dump's first line (the page's <title>, "
              "which html-text and markdownify write first) and runs on with words that "
              "line does not say and the story seldom repeats (a byline, a credit, a date, "
              "a label: \"Headline Special Correspondent\", \"Blog: Headline\") is cut to "
              "that part"),
        _option("text_min_listed_months", 0,
                "a run of six months or more (a month's name and a year) on one line of a "
                "dump, a blog's archive that html-text, inscriptis or html2text wrote on "
                "one line, is read an item a line, in a block of its own"),
        _rule("_text/lines._without_markup", passes(0),
              "a line of an ad's or an embed's HTML (a tag pointing to another site) that "
              "the renderer wrote out as text goes"),
        _rule("_text/lines._without_scripts", passes(0),
              "a line of 160 characters or more that is nothing but scripts, style sheets, "
              "comments or CDATA sections (an ad's script a renderer wrote out as text) goes"),
        _rule("_text/columns._right_only", returns(False),
              "a line of a layout's right column alone, set a few columns out of it (the "
              "sidebar's heading), stays in that column"),
        _rule("_text/renderers._without_quote_marks", passes(0),
              "a wrapped Markdown quote's line is measured for the wrap by its first word "
              "after the quote's marks (\"> \"), not by the marks"),
        _rule("_text/markdown._LONE_HEADING_MARKS", never_matches,
              "a Markdown heading's marks alone on their line head the line after it "
              "(html2text wrapped a heading before a long first word)"),
        _rule("_text/lines.links_home_of", returns(False),
              "a Markdown heading that links to the site's front page (its name over its "
              "logo) is no candidate for the title"),
        _rule("_text/renderers._table_block_gaps", returns((set(), set())),
              "a Markdown data table is a block of its own: its separator row (as many "
              "cells as the header over it, a row under it) joins the header to the rows, "
              "and a line that is no row right under its last row starts a block"),
        _rule("_text/renderers._set_in_block", returns(False),
              "a Markdown line set in four spaces or a tab (a paragraph inside a list item, "
              "which html2text never wraps) tells nothing of the width a wrap broke at"),
        _rule("_text/title._link_row", returns(False),
              "a line that is mostly link text and no heading (a menu's or a header's row "
              "of links) is no candidate for the title, in dumps that show their links"),
        _rule("_text/markdown.unglued_cells", returns(None),
              "a line of text of text_markdown_glued_line_chars (1500) or more in a Markdown "
              "dump is a table's cell html2text glued into one line, read a sentence a block"),
        _rule("_text/markdown._flat_layout_row", returns(False),
              "a layout table's row as html2text writes it (over its separator, '---' for "
              "one column), a cell of text_markdown_flat_cell_chars or more holding a run of "
              "two spaces outside its links, is read a paragraph a line"),
        _rule("_text/markdown._CELL_LIST", never_matches,
              "a list a Markdown table's cell holds on its line (\"* [v](/a) * [t](/b)\", "
              "markdownify) shows its items without their bullets, apart as cells"),
        _rule("_text/markdown.runs_into_text", returns(False),
              "a Markdown run of lines set in from the margin that runs on into a line at "
              "the margin, no blank line between (a definition's text under its term, a "
              "teaser's blurb under its link), is no code, and no block over it parts it "
              "from the line it is set in under (html2text's wrap writes a blank line there)"),
        _rule("_text/renderers._item_ended", returns(False),
              "in a hard-wrapped plain dump's block of one-line items (a share of its lines "
              "end short though the next word would have fitted), a line that ends a "
              "sentence ends its item when the next opens with a capital"),
        _rule("_text/renderers._LETTER_BULLET", never_matches,
              "an \"o\" set in deeper than a \"*\" or \"+\" item is a nested list's bullet "
              "(inscriptis, lynx)"),
        _rule("_text/renderers._piped", returns(False),
              "a Markdown line read from a raw line with a table's pipe (a row whose cells "
              "show nothing, a menu's \" | \") tells nothing of the width a wrap broke at"),
        _rule("_text/renderers._own_number", returns(False),
              "an item number set in as far as the text under it is the text's own (a "
              "numbered heading, inscriptis), not a list's bullet"),
        _rule("_text/renderers._list_ends_over_block", returns(False),
              "in a dump a layout renderer drew, a line at the margin right under a list "
              "item set in from it, with a line under it, opens a block of its own: the "
              "list ended over it (resiliparse)"),
        _rule("_text/renderers._tables_apart", passes(0),
              "in a dump a layout renderer drew, a table's row (cells a tab apart) and a "
              "line of text right above or under it are blocks apart, as the corpora's "
              "dumps set a table apart (resiliparse, inscriptis)"),
        _rule("_text/title._lone_head_in_long_block", returns(False),
              "a line right over its date or byline line (or a name over it) in a long "
              "block, within the header over the story and the only headline-shaped line "
              "over a date near it, is a headline candidate: a headline glued under a "
              "menu (html-text, resiliparse)"),
        _rule("_text/story._without_closing_calls", passes(1),
              "lines closing a dump's story that ask the reader to subscribe, follow, "
              "comment or share are left out"),
        _rule("_text/story._without_furniture", passes(1),
              "a picture's caption in a dump's story that ends in its credit (\"… Credit: "
              "Reviewed\", \"(AP Photo/…)\") is left out, as the HTML reader leaves it"),
        _rule("_text/story._without_shop_buttons", passes(2),
              "a shop's or a site's button that a dump prints on a line of its own inside "
              "the story (\"Buy on Amazon\", \"Check price\", \"Read the review\", "
              "\"Book now\", \"Learn more\") is left out, as the HTML reader drops it"),
        _rule("_text/story._items_set_apart", returns([]),
              "short lines set apart right under a sentence that announces them (\"The "
              "library consists of three primary components:\") are its list's items, "
              "with no bullet to tell them: no gap for the region, kept as list items"),
        _rule("_text/story._CREDIT_END", never_matches,
              "past the story's first line, a caption in a dump's story that ends in a "
              "picture's credit the HTML reader's test does not read (\"… Photograph by "
              "Jane Doe.\", \"(Jane Doe/Associated Press)\") is left out too"),
        _rule("_text/story._with_inner_prose", passes(2),
              "a line of prose set apart between two of the story's paragraphs that ends "
              "no sentence is the story's (a heading when in headline case over a "
              "paragraph)"),
        _rule("_text/story._with_inner_headings", passes(2),
              "a short line that ends no sentence, set between a line of the story and "
              "one of its paragraphs, is a subheading of the story"),
        _rule("_text/story._marked_subheading", returns(False),
              "a line the dump marks as a heading (Markdown's '## [Step 2](/step-2)') is "
              "a subheading of the story between its paragraphs however much of it links"),
        _rule("_text/story._with_numbered_headings", passes(2),
              "the short lines opening with the numbers of a count (\"1. Sony\", \"2. Lyfe "
              "Marketing\" …) between the story's paragraphs are its items' headings"),
        _rule("_text/story._inner_pair", returns(False),
              "a block of two lines of phrases between the story's paragraphs, shown nowhere "
              "else on the page, is a short list the story holds"),
        _rule("_text/region._cut_at_notice", passes(3),
              "the page's copyright notice (\"Copyright 2012 …\", \"© … All rights "
              "reserved\") ends the story's region"),
        _rule("_text/region._cut_at_bio", _neutral(lambda _o, args, _k: args[3][1]),
              "a box about the author that closes the region (a name line over a paragraph "
              "opening with the name: \"Jane Doe\" / \"Jane Doe is a …\") is left out of it",
              pipelines=("text",)),
        _rule("_text/region._calls_by_first_name", returns(False),
              "a box that closes the region under a line giving a full name, its paragraph "
              "calling them by the first name alone, is left out of it when the story over "
              "it never names them (\"Jane Doe\" / \"I'm Jane, a …\", \"… Jane writes "
              "about …\")", pipelines=("text",)),
        _rule("_text/region._cut_at_author_bio", _neutral(lambda _o, args, _k: args[3][1]),
              "a paragraph about the author that closes the region, opening with a name that "
              "a byline over the story gives and the story's paragraphs do not (\"By Jane "
              "Doe\" … \"Jane Doe is a …\"), is left out of it", pipelines=("text",)),
        _rule("_text/region._cut_at_unnamed_bio", _neutral(lambda _o, args, _k: args[3][1]),
              "a paragraph about a person that closes the region (\"Jane is a staff writer "
              "… She has also …\"), whom neither the story nor a headline over it names and "
              "no byline gives, is left out of it: the author's box", pipelines=("text",)),
        _rule("_text/region._cut_at_sources", _neutral(lambda _o, args, _k: args[2][1]),
              "a label over the story's sources in the region's tail (\"References\", "
              "\"Article Sources:\", \"Citations\") ends it when what follows weighs under a "
              "fifth of what precedes: the list and the page's lines after it",
              pipelines=("text",)),
        _rule("_text/region._cut_at_print_note", _neutral(lambda _o, args, _k: args[2][1]),
              "a note in the region's tail that the story ran in print (\"A version of this "
              "article appeared in print on …\") ends it when what follows weighs under a "
              "fifth of what precedes", pipelines=("text",)),
        _rule("_text/region._cut_at_repeated_tail",
              _neutral(lambda _o, args, _k: args[2][1]),
              "the lines closing the region that the page prints again outside it (a site's "
              "blurb, a call to subscribe, a disclaimer the footer shows too) are left out of "
              "it", pipelines=("text",)),
        _rule("_text/region._cut_at_post_foot", _neutral(lambda _o, args, _k: args[3][1]),
              "the line in the region's tail that stamps the post (\"Posted by Jane at 6:35 "
              "AM\", a date line) ends it when what follows weighs little: the foot's "
              "links, the next posts' dates, an author's box", pipelines=("text",)),
        _rule("_text/region._closes_post", returns(False),
              "a line of the post's labels in the region's tail (\"Tags: …\", \"Posted in "
              "…\", \"Filed under: …\") ends it when what follows weighs under half of what "
              "precedes: the related posts, an advertiser's lines, a blurb about the site",
              pipelines=("text",)),
        _rule("_text/region._signs_post", returns(False),
              "a byline in the region's tail that signs the post (\"Posted by Jane Doe\", "
              "\"Author: Jane Doe\", no date line under it) ends it when what follows weighs "
              "under a third of what precedes: the author's box, the related posts, comments",
              pipelines=("text",)),
        _rule("_text/region._walls_off_post", returns(False),
              "a soft wall in the region's tail (\"Related Posts\", \"Share this:\", "
              "\"More Stories\"), with no foot of the post under it, ends it when what "
              "follows weighs under a tenth of what precedes: other stories' titles and "
              "blurbs set as short paragraphs, a share bar", pipelines=("text",)),
        _rule("_text/story._with_tail_tables", _neutral(lambda _o, args, _k: args[2]),
              "the tables right under the story's last paragraph (a scoreboard, a ranking, "
              "each under a short heading), three rows or more that are no links, are the "
              "story's: a table of figures weighs nothing for the region",
              pipelines=("text",)),
        _rule("_text/story._OTHER_STORIES_LEAD", never_matches,
              "a lead-in that names other stories (\"Related content from …:\", \"More "
              "world stories from …:\", \"See also:\", \"… you may also like:\") announces "
              "no list of the story's", pipelines=("text",)),
        _rule("_text/region._past_blurb_over_head",
              _neutral(lambda _o, args, _k: args[3][0]),
              "a blurb of a line or two that opens the region over the story's head (a "
              "headline by a date line) is left out of it: a blog's \"about me\", a "
              "reprints notice", pipelines=("text",)),
        _rule("_text/region._past_notice_over_byline",
              _neutral(lambda _o, args, _k: args[3][0]),
              "a notice of a sentence or two that opens the region over the story's head (a "
              "headline over its byline or date line) is left out of it: an affiliate "
              "disclosure, a cookie banner", pipelines=("text",)),
        _rule("_text/region._past_caption_over_dateline",
              _neutral(lambda _o, args, _k: args[3][0]),
              "the one line that opens the region over the story's dateline paragraph "
              "(\"KABUL, Afghanistan — …\"), opening with no dateline itself, is left out "
              "of it: a photo's caption over a wire story", pipelines=("text",)),
        _rule("_text/frame.post_frame", returns(None),
              "a blog post's frame (a date line or headline over it, the stamp under it, "
              "the comments heading under that) vouches for a post of a few short lines: "
              "it beats a weak region apart from it, and is kept whole",
              pipelines=("text",)),
        _rule("_text/sections._runs_between_prose", returns([]),
              "a list inside a block of the story's paragraphs (a post's <br>s written "
              "as line ends) that says the prose's words costs the region nothing, as a "
              "block of its own would", pipelines=("text",)),
        _rule("_text/region._summary_over", _neutral(lambda _o, args, _k: args[3][1]),
              "the sentences right over the story's first paragraph (its key points, a "
              "gallery's paragraphs) open the region", pipelines=("text",)),
    ]


#: The other renderers whose dumps (``benchmarks/renderers.py`` writes them, as
#: ``text-NAME/`` beside a corpus's ``truth.jsonl``) a rule of the dumps is made for: it is
#: measured on them too (``--made-for NAME``), and its pooled verdict counts them. The
#: corpora's own renderings (``text/``, ``text-wrapped/``, ``text-md/``) judge every rule.
MARKDOWN, LAYOUT = ("markdownify", "html2text-wrapped"), ("inscriptis", "html-text", "resiliparse")
MADE_FOR: dict[str, tuple[str, ...]] = {
    **dict.fromkeys((
        "_text/renderers._soft_breaks_joined", "_text/markdown.unflattened_tables",
        "ParseOptions.text_markdown_flat_cell_chars", "_text/markdown._DEFINITION",
        "_text/title._top_heading", "_text/title.declared_headline",
        "_text/markdown._glued_to_word", "_text/markdown._opens_with_heading",
        "_text/markdown._MD_TABLE_SEPARATOR", "_text/markdown._LABEL_HEADING",
        "ParseOptions.text_markdown_max_link_lines", "_text/markdown._closes_earlier_label",
        "_text/renderers._broke_before_long_word", "_text/renderers._ended_by_the_page",
        "_text/markdown._links_home", "_text/lines._without_copies",
        "_text/renderers._wrapped_dash", "_text/renderers._without_quote_marks",
        "_text/markdown._LONE_HEADING_MARKS", "_text/lines.links_home_of",
        "_text/renderers._table_block_gaps", "_text/renderers._set_in_block",
        "_text/title._link_row", "_text/markdown._flat_layout_row", "_text/renderers._piped",
        "_text/markdown._CELL_LIST",
        "_text/markdown.runs_into_text", "_text/markdown.unglued_cells",
        "_text/story._marked_subheading", "_text/markdown._beside_marker"), MARKDOWN),
    **dict.fromkeys((
        "_text/lines._without_markup", "_text/lines._without_scripts",
        "ParseOptions.text_flat_line_chars",
        "ParseOptions.text_min_listed_months",
        "_text/columns._right_only", "_text/renderers._LETTER_BULLET",
        "_text/renderers._own_number", "_text/renderers._list_ends_over_block",
        "_text/renderers._tables_apart", "_text/title._lone_head_in_long_block",
        "_text/title._headline_amid_labels",
        "_text/lines._subheaded_paragraphs", "_text/sections._runs_between_prose"), LAYOUT),
    # html-text and markdownify write the page's <title> first
    "_text/head._headline_under_page_title": ("html-text", "markdownify"),
    "_text/title._shown_under_page_title": ("html-text", "markdownify"),
    "_text/head._cut_to_page_title": ("html-text", "markdownify"),
    "_text/byline._opens_with_page_title": ("html-text", "markdownify"),
    "_text/markdown._SPACED_STAR": MARKDOWN,
    # an ad's markup that opens a dump: inscriptis and html2text write it out
    "_input/sniff._past_beacons": (*LAYOUT, "html2text-wrapped"),
}


# --- patching ----------------------------------------------------------------------------


def _newsparse_modules() -> list[ModuleType]:
    return [m for name, m in list(sys.modules.items())
            if m is not None and (name == "newsparse" or name.startswith("newsparse."))]


def _clear_caches() -> None:
    hints = importlib.import_module("newsparse._html.hints")
    hints.TOKEN_HINTS.clear()
    for module in _newsparse_modules():
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", "").startswith("newsparse"):
                clear()


def install(rule: Rule, replacement: Any) -> Callable[[], None]:
    """Put ``replacement`` wherever a newsparse module holds the rule's attribute; return
    the function that puts the originals back."""
    home = importlib.import_module(rule.module)
    originals = [(getattr(home, rule.attribute), replacement)]
    for twin in rule.twins:  # made from the attribute: off with it, tracked with it
        original = getattr(home, twin)
        originals.append((original, _TrackedPattern(original, rule.off(original),
                                                    replacement.fired)
                          if isinstance(replacement, _TrackedPattern)
                          else rule.off(original)))
    changed: list[tuple[ModuleType, str, Any]] = []
    for module in _newsparse_modules():
        for name, value in list(vars(module).items()):
            for original, its_replacement in originals:
                if value is original:
                    setattr(module, name, its_replacement)
                    changed.append((module, name, original))
    if rule.after is not None:
        rule.after()
    _rebind_walk()
    _clear_caches()

    def restore() -> None:
        for module, name, original in changed:
            setattr(module, name, original)
        if rule.after is not None:
            rule.after()
        _rebind_walk()
        _clear_caches()

    return restore


def _same(first: Any, second: Any) -> bool:
    try:
        return bool(first == second)
    except Exception:
        return False


class _TrackedPattern:
    """A compiled pattern that records when it answers otherwise than its "off" twin."""

    def __init__(self, real: re.Pattern[str], off: re.Pattern[str], fired: Callable[[], None]
                 ) -> None:
        self._real, self._off, self._fired = real, off, fired

    @property
    def fired(self) -> Callable[[], None]:
        """What records that the pattern answered otherwise (its twins share it)."""
        return self._fired

    def __getattr__(self, name: str) -> Any:
        real_method = getattr(self._real, name)
        if not callable(real_method):
            return real_method
        off_method = getattr(self._off, name)

        def method(*args: Any, **kwargs: Any) -> Any:
            result = real_method(*args, **kwargs)
            if name == "finditer":
                result = list(result)
                if result:
                    self._fired()
                return iter(result)
            try:
                off_result = off_method(*args, **kwargs)
            except Exception:  # the off twin cannot answer: it would answer otherwise
                self._fired()
                return result
            if not _same(result, off_result):
                self._fired()
            return result

        return method


def tracked(rule: Rule, fired: set[str]) -> Any | None:
    """The rule's original wrapped so that it adds the rule's name to ``fired`` when its
    result differs from the off replacement's; None for a constant (not trackable)."""
    original = getattr(importlib.import_module(rule.module), rule.attribute)
    off = rule.off(original)
    name = rule.name

    def fire() -> None:
        fired.add(name)

    if isinstance(original, re.Pattern):
        return _TrackedPattern(original, off, fire)
    if not callable(original) or isinstance(original, type) or rule.after is not None:
        return None

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        if name not in fired and not _same(result, off(*args, **kwargs)):
            fired.add(name)
        return result

    return wrapper


# --- the corpora and the scorer ------------------------------------------------------------


@dataclass
class Page:
    corpus: str
    id: str
    raw: bytes | str
    truth: dict[str, Any]


@dataclass
class Outcome:
    title: str | None = None
    body: str = ""
    byline: str | None = None
    date: str | None = None
    error: str | None = None
    leaked: bool = False  # Markdown syntax left in the text of the body's paragraphs

    def key(self) -> tuple[Any, ...]:
        return (self.title, self.body, self.byline, self.date, self.error)


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsparse_eval_score", SCORER_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pages(corpora: Iterable[str], variant: str, text_dir: str) -> list[Page]:
    pages: list[Page] = []
    for corpus in corpora:
        root = SHARED / "corpus" / corpus
        rows = [json.loads(line) for line in (root / "truth.jsonl").read_text().splitlines()
                if line.strip()]
        for row in sorted(rows, key=lambda r: r["id"]):
            path = (root / "pages" / f"{row['id']}.html" if variant == "html"
                    else root / text_dir / f"{row['id']}.txt")
            raw = _read(path)
            if raw is None:
                continue
            pages.append(Page(corpus, row["id"], raw if variant == "html" else raw.decode(),
                              row))
    return pages


def _read(path: Path) -> bytes | None:
    if path.exists():
        return path.read_bytes()
    packed = path.with_name(path.name + ".gz")
    return gzip.decompress(packed.read_bytes()) if packed.exists() else None


@dataclass
class Marks:
    """A page's marks as the scorer gives them."""

    shingles: tuple[float, float, float] | None
    title: bool | None
    date: bool | None
    byline: bool | None
    leaked: bool = False  # Markdown syntax left in the body (``leaks_syntax``)


# Markdown syntax that must never reach ``Paragraph.text`` (issue #15: "No Markdown
# syntax reaches Paragraph.text"), read in the body, whose paragraphs a blank line parts:
# a "#" heading's or a bullet's mark and its space opening a paragraph (a table's first
# cell "#" is the page's, joined to the next by a tab), a link's "](", a picture's "![",
# strong emphasis ("**", "__"), a backslash escape, a table's pipe at a paragraph's edge.
LEAKED_SYNTAX = re.compile(
    r"^(?:#{1,6} |[*+-] |\|)|\|$|\]\(|!\[|\*\*|__|\\[\\`*_{}\[\]()#+\-.!<>|~]",
    re.MULTILINE)


def leaks_syntax(paragraphs: Iterable[Any]) -> bool:
    """True when Markdown syntax is left in the text of a paragraph that is no code (a
    program's "#" comments, "__name__" and "**" are its own)."""
    return any(LEAKED_SYNTAX.search(p.text) is not None for p in paragraphs
               if p.kind.name != "PREFORMATTED")


def page_leaks_syntax(raw: bytes | str, paragraphs: Iterable[Any]) -> bool:
    """``leaks_syntax`` for a dump (``raw`` text); never for an HTML page (``raw`` bytes),
    which has no Markdown: a "**" or "# " in its text is the page's own."""
    return isinstance(raw, str) and leaks_syntax(paragraphs)


def mark(scorer: ModuleType, outcome: Outcome, truth: dict[str, Any]) -> Marks:
    return Marks(
        shingles=scorer.aeb_tp_fp_fn(outcome.body, truth["body"]) if truth.get("body") else None,
        title=(scorer.norm(outcome.title) == scorer.norm(truth["title"])
               if truth.get("title") else None),
        date=((outcome.date or "")[:10] == truth["date"][:10] if truth.get("date") else None),
        byline=(scorer.norm_byline(outcome.byline) == scorer.norm_byline(truth["byline"])
                if truth.get("byline") else None),
        leaked=outcome.leaked,
    )


# --- workers ---------------------------------------------------------------------------------

_PAGES: list[Page] = []  # set before the pool forks: the workers read it, never copy it
_EXTRACT: Callable[[Any, Any], dict[str, Any]] | None = None
_LAST_ARTICLE: list[Any] = []  # the article the scorer's extractor parsed last


def _recording(parse: Callable[..., Any]) -> Callable[..., Any]:
    """``newsparse.parse``, keeping the article it returns (the scorer's extractor hands
    back only its fields; the syntax count reads the paragraphs and their kinds)."""

    def recording_parse(*args: Any, **kwargs: Any) -> Any:
        article = parse(*args, **kwargs)
        _LAST_ARTICLE[:] = [article]
        return article

    return recording_parse


def _init_worker() -> None:
    global _EXTRACT  # noqa: PLW0603 - set in each worker before it parses
    import newsparse  # noqa: PLC0415 - load every module before patching

    # The Python kernels run, so that a rule replaced in a Python function takes effect
    # inside the walk too (the C walk holds the functions it was configured with).
    from newsparse._native.python import PYTHON  # noqa: PLC0415

    for module in _newsparse_modules():
        if getattr(module, "kernels", None) is not None and module.__name__ != "newsparse._native":
            module.kernels = PYTHON  # type: ignore[attr-defined]
    _rebind_walk()
    newsparse.parse = _recording(newsparse.parse)  # type: ignore[attr-defined]
    _EXTRACT = load_scorer()._newsparse


def _parse(page: Page) -> Outcome:
    assert _EXTRACT is not None
    truth = page.truth
    _LAST_ARTICLE.clear()
    try:
        got = _EXTRACT(page.raw, truth.get("url"))
    except Exception as exc:
        return Outcome(error=f"{type(exc).__name__}: {exc}"[:200])
    leaked = bool(_LAST_ARTICLE) and page_leaks_syntax(page.raw, _LAST_ARTICLE[0].paragraphs)
    return Outcome(got.get("title"), got.get("body") or "", got.get("byline"), got.get("date"),
                   leaked=leaked)


def _baseline_chunk(args: tuple[list[int], list[str]]) -> list[tuple[int, Outcome, set[str]]]:
    indexes, names = args
    table = {rule.name: rule for rule in rules()}
    fired: set[str] = set()
    restores = []
    for name in names:
        wrapper = tracked(table[name], fired)
        if wrapper is not None:
            restores.append(install(table[name], wrapper))
    results = []
    try:
        for i in indexes:
            fired.clear()
            # A rule called from a memoised measure (a short line's features) runs only on
            # the first page that holds the line: each page is measured afresh, so that
            # every page where the rule decides is seen to.
            _clear_caches()
            outcome = _parse(_PAGES[i])
            results.append((i, outcome, set(fired)))
    finally:
        for restore in reversed(restores):
            restore()
    return results


def _ablated_chunk(args: tuple[str, list[int]]) -> tuple[str, list[tuple[int, Outcome]]]:
    name, indexes = args
    rule = {rule.name: rule for rule in rules()}[name]
    original = getattr(importlib.import_module(rule.module), rule.attribute)
    restore = install(rule, rule.off(original))
    try:
        return name, [(i, _parse(_PAGES[i])) for i in indexes]
    finally:
        restore()


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --- the report ------------------------------------------------------------------------------


@dataclass
class Line:
    rule: Rule
    changed: dict[str, int] = field(default_factory=dict)
    shingle: float = 0.0  # earned: with the rule minus without it, pooled F1
    title: int = 0
    date: int = 0
    byline: int = 0
    #: Pages whose body the rule keeps Markdown syntax out of, less those it lets it into
    syntax: int = 0
    better: int = 0  # pages whose body F1 the rule raises
    worse: int = 0
    net: float = 0.0
    #: (page id, body F1 with the rule, without it) of every page the rule changes
    pages_changed: list[tuple[str, float, float]] = field(default_factory=list)
    #: Pooled shingle F1 earned on each source (the truth's ``source``, else the corpus)
    by_source: dict[str, float] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return sum(self.changed.values())

    @property
    def fails(self) -> bool:
        return self.pages < MIN_PAGES or self.net <= 0


def _pooled_f1(scorer: ModuleType, marks: list[Marks]) -> float:
    triples = [m.shingles for m in marks if m.shingles is not None]
    precision, _recall, _ = scorer.aeb_summary(triples)
    if precision is None:
        return 0.0
    # Unrounded: one page's change is far below the scorer's four decimals.
    ps = [t[0] / (t[0] + t[1]) if t[1] + t[2] else 1.0 for t in triples if t[0] + t[1] > 0]
    rs = [t[0] / (t[0] + t[2]) if t[1] + t[2] else 1.0 for t in triples if t[0] + t[2] > 0]
    mp, mr = sum(ps) / len(ps), sum(rs) / len(rs)
    return 2 * mp * mr / (mp + mr) if mp + mr else 0.0


def _f1(triple: tuple[float, float, float] | None) -> float:
    if triple is None:
        return 0.0
    tp, fp, fn = triple
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def measure(line: Line, scorer: ModuleType, pages: list[Page], base: list[Outcome],  # noqa: PLR0917
            base_marks: list[Marks], ablated: dict[int, Outcome]) -> None:
    changed = {i: o for i, o in ablated.items() if o.key() != base[i].key()}
    for i in changed:
        line.changed[pages[i].corpus] = line.changed.get(pages[i].corpus, 0) + 1
    if not changed:
        return
    marks = list(base_marks)
    for i, outcome in changed.items():
        marks[i] = mark(scorer, outcome, pages[i].truth)
        with_rule, without = base_marks[i], marks[i]
        line.title += (with_rule.title or False) - (without.title or False)
        line.date += (with_rule.date or False) - (without.date or False)
        line.byline += (with_rule.byline or False) - (without.byline or False)
        line.syntax += without.leaked - with_rule.leaked
        delta = _f1(with_rule.shingles) - _f1(without.shingles)
        line.pages_changed.append(
            (pages[i].id, _f1(with_rule.shingles), _f1(without.shingles)))
        line.better += delta > 1e-9
        line.worse += delta < -1e-9
    line.shingle = _pooled_f1(scorer, base_marks) - _pooled_f1(scorer, marks)
    sources = sorted({_source(page) for page in pages})
    for source in sources:
        members = [i for i, page in enumerate(pages) if _source(page) == source]
        line.by_source[source] = (_pooled_f1(scorer, [base_marks[i] for i in members])
                                  - _pooled_f1(scorer, [marks[i] for i in members]))
    # In pages: the pooled shingle F1's change times the pages it is over (what one page
    # brought from 0 to 1 would add), and each title, date and byline made right or wrong;
    # a page whose body the rule keeps Markdown syntax out of counts as a field made right
    # (the dumps' contract: no syntax reaches Paragraph.text, whatever the scorer says).
    body_pages = sum(1 for m in base_marks if m.shingles is not None)
    line.net = (line.shingle * body_pages + line.title + line.date + line.byline
                + line.syntax)


def _source(page: Page) -> str:
    return str(page.truth.get("source") or page.corpus)


def _source_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted((REPO_ROOT / "src" / "newsparse").rglob("*")):
        if path.suffix in (".py", ".c", ".h"):
            digest.update(path.name.encode() + path.read_bytes())
    digest.update(" ".join(sorted(rule.name for rule in rules())).encode())
    # This script too: a baseline made by an older version of its tracking is not reused.
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


def run(args: argparse.Namespace) -> list[Line]:
    global _PAGES  # noqa: PLW0603 - set before the pool forks
    scorer = load_scorer()
    table = [rule for rule in rules() if args.variant in rule.variants]
    if args.rules:
        unknown = set(args.rules) - {rule.name for rule in rules()}
        if unknown:
            sys.exit(f"unknown rules: {', '.join(sorted(unknown))}")
        table = [rule for rule in table if rule.name in args.rules]
    _PAGES = load_pages(args.corpora, args.variant, args.text_dir)
    n = len(_PAGES)
    names = [rule.name for rule in rules() if args.variant in rule.variants]
    cache = Path(tempfile.gettempdir()) / (
        f"newsparse-ablation-{_source_hash()}-{args.variant}-{args.text_dir}-"
        # A corpus may be given as a folder's path (other renderers' dumps).
        f"{'+'.join(args.corpora)}.pkl".replace("/", "_"))
    started = time.perf_counter()
    context = multiprocessing.get_context("fork")
    with context.Pool(args.jobs, initializer=_init_worker) as pool:
        if cache.exists() and not args.fresh:
            base, fired = pickle.loads(cache.read_bytes())
        else:
            base = [Outcome()] * n
            fired = [set() for _ in range(n)]
            size = max(1, n // (args.jobs * 8))
            tasks = [(chunk, names) for chunk in _chunks(list(range(n)), size)]
            for results in pool.imap_unordered(_baseline_chunk, tasks):
                for i, outcome, rules_fired in results:
                    base[i], fired[i] = outcome, rules_fired
            cache.write_bytes(pickle.dumps((base, fired)))
        print(f"baseline: {n} pages in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        base_marks = [mark(scorer, base[i], _PAGES[i].truth) for i in range(n)]
        leaked = sum(m.leaked for m in base_marks)
        print(f"syntax leaked: {leaked} of {n} pages", file=sys.stderr)
        tasks_by_rule: list[tuple[str, list[int]]] = []
        for rule in table:
            trackable = tracked(rule, set()) is not None
            todo = [i for i in range(n) if not trackable or rule.name in fired[i]]
            size = max(1, min(len(todo), n // (args.jobs * 4)))
            tasks_by_rule.extend((rule.name, chunk) for chunk in _chunks(todo, size))
        ablated: dict[str, dict[int, Outcome]] = {rule.name: {} for rule in table}
        for done, (name, results) in enumerate(
                pool.imap_unordered(_ablated_chunk, tasks_by_rule), start=1):
            ablated[name].update(results)
            print(f"\r{done}/{len(tasks_by_rule)} tasks", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
    lines = []
    for rule in table:
        line = Line(rule)
        measure(line, scorer, _PAGES, base, base_marks, ablated[rule.name])
        lines.append(line)
    print(f"done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return lines


def table_markdown(lines: list[Line], corpora: list[str], variant: str = "html") -> str:
    """The report as a Markdown table; the dumps' table has a column for the pages whose
    body each rule keeps Markdown syntax out of (HTML pages have no Markdown)."""
    syntax = variant == "text"
    names = " / ".join(Path(corpus).name for corpus in corpora)  # a corpus may be a folder
    head = ("| rule | what it does | pages changed (" + names + ") "
            "| body F1 ± | shingle F1 | title | date | byline | "
            + ("syntax kept out | " if syntax else "") + "net | verdict |\n"
            "| --- | --- | --- | --- | --- | --- | --- | --- | "
            + ("--- | " if syntax else "") + "--- | --- |\n")
    rows = []
    for line in lines:
        changed = " / ".join(str(line.changed.get(c, 0)) for c in corpora)
        verdict = "**fails**" if line.fails else "keeps"
        kept_out = f"{line.syntax:+d} | " if syntax else ""
        what = line.rule.what.replace("|", "\\|")  # a pipe in the text parts no cell
        rows.append(
            f"| `{line.rule.name}` | {what} | {line.pages} ({changed}) "
            f"| +{line.better} −{line.worse} | {line.shingle:+.5f} | {line.title:+d} "
            f"| {line.date:+d} | {line.byline:+d} | {kept_out}{line.net:+.2f} | {verdict} |")
    return head + "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--rules", nargs="+", metavar="NAME", help="only these rules")
    parser.add_argument("--corpora", nargs="+", default=["dev", "wide"])
    parser.add_argument("--variant", choices=("html", "text"), default="html")
    parser.add_argument("--text-dir", default="text", help="with --variant text")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="list up to N changed pages per rule (body F1 with → without)")
    parser.add_argument("--extra", type=Path, metavar="FILE",
                        help="a Python file whose rules() gives more rules (what-if "
                             "replacements to try before changing the code)")
    parser.add_argument("--fresh", action="store_true", help="ignore a cached baseline")
    parser.add_argument("--markdown", type=Path, help="write the table into this page, "
                        "between its ablation markers (the docs page); with --rules, "
                        "only those rules' rows")
    parser.add_argument("--made-for", metavar="RENDERER",
                        help="only the rules made for this renderer's dumps (MADE_FOR): "
                             "measure them on its dumps, e.g. --corpora /tmp/renders/dev "
                             "/tmp/renders/wide --variant text --text-dir text-markdownify")
    parser.add_argument("--summary", type=Path, metavar="PAGE",
                        help="measure nothing: pool each rule's lines in the tables of "
                             "PAGE over the renderings and write the verdicts into it")
    args = parser.parse_args(argv)
    if args.summary:
        table = summary_markdown(args.summary.read_text())
        print(table)
        args.summary.write_text(_with_section(args.summary.read_text(), "summary", table))
        return 0
    if args.extra:
        _add_extra_rules(args.extra)
    if args.made_for:
        args.rules = [name for name in args.rules or MADE_FOR
                      if args.made_for in MADE_FOR.get(name, ())]
    lines = run(args)
    text = table_markdown(lines, args.corpora, args.variant)
    print(text)
    for line in lines if args.show else ():
        earned = ", ".join(f"{source} {value:+.4f}" for source, value in line.by_source.items())
        print(f"{line.rule.name}: shingle F1 earned by source: {earned}")
        for page_id, with_rule, without in line.pages_changed[:args.show]:
            print(f"  {page_id}  {with_rule:.3f} -> {without:.3f}")
    if args.markdown:
        _write_markdown(args.markdown, args, text)
    return 0


def _add_extra_rules(path: Path) -> None:
    """Extend the table with ``rules()`` of the file at ``path`` (before the workers fork,
    so that they see it too)."""
    global rules  # noqa: PLW0603 - before the workers fork
    spec = importlib.util.spec_from_file_location("newsparse_ablation_extra", path)
    assert spec is not None and spec.loader is not None
    extra = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = extra
    spec.loader.exec_module(extra)
    table = rules

    def extended() -> list[Rule]:
        return [*table(), *extra.rules()]

    rules = extended


def _write_markdown(path: Path, args: argparse.Namespace, table: str) -> None:
    """Replace the section for this variant between its markers, or append one. With
    ``--rules``, only the rows of the rules measured are replaced (or added, in the
    table's order): the section's other rows stay as they were."""
    key = args.variant if args.variant == "html" else f"text:{args.text_dir}"
    old = path.read_text() if path.exists() else ""
    if args.rules and _rows(read_sections(old).get(key, "")):
        table = _merged(read_sections(old)[key], table)
    path.write_text(_with_section(old, key, table))


def _with_section(page: str, key: str, table: str) -> str:
    """``page`` with the section ``key`` (between its markers) replaced, or appended."""
    begin, end = f"<!-- ablation {key} -->", f"<!-- /ablation {key} -->"
    section = f"{begin}\n{table}{end}"
    if begin in page and end in page:
        return page[:page.index(begin)] + section + page[page.index(end) + len(end):]
    return page.rstrip("\n") + ("\n\n" if page else "") + section + "\n"


def _merged(old_table: str, new_table: str) -> str:
    """``old_table`` with the rows of ``new_table`` in place of its rows of the same rules;
    a rule it lacks is added where it stands in ``rules()``."""
    head = "".join(old_table.splitlines(keepends=True)[:2])
    rows = {_row_rule(row): row for row in _rows(old_table)}
    rows.update({_row_rule(row): row for row in _rows(new_table)})
    order = {rule.name: index for index, rule in enumerate(rules())}
    listed = [_row_rule(row) for row in _rows(old_table)]
    added = sorted((name for name in rows if name not in listed),
                   key=lambda name: order.get(name, len(order)))
    for name in added:  # after the last listed rule that comes before it in rules()
        place = max((i + 1 for i, other in enumerate(listed)
                     if order.get(other, -1) < order.get(name, len(order))), default=0)
        listed.insert(place, name)
    return head + "".join(rows[name] + "\n" for name in listed)


def _rows(table: str) -> list[str]:
    return [row for row in table.splitlines() if row.startswith("| `")]


def _row_rule(row: str) -> str:
    return row.split("`")[1]


# --- the pooled verdict --------------------------------------------------------------------

#: How the summary names each table's rendering, in its column order.
RENDERINGS = {
    "html": "HTML", "text:text": "`text/`", "text:text-wrapped": "`text-wrapped/`",
    "text:text-md": "`text-md/`", "text:text-markdownify": "markdownify",
    "text:text-html2text-wrapped": "html2text-wrapped", "text:text-inscriptis": "inscriptis",
    "text:text-html-text": "html-text", "text:text-resiliparse": "resiliparse",
}
_CELL = re.compile(r"(?<!\\)\|")  # a cell's edge: a pipe not escaped


@dataclass(frozen=True)
class Measured:
    """A rule's row in one rendering's table: pages changed, net, and (dumps) the pages
    whose body it keeps Markdown syntax out of."""

    pages: int
    net: float
    syntax: int = 0


def read_sections(page: str) -> dict[str, str]:
    """The ablation tables of a docs page, by their key (``html``, ``text:text-md`` …)."""
    return {match[1]: match[2] for match in re.finditer(
        r"<!-- ablation (\S+) -->\n(.*?)<!-- /ablation \1 -->", page, re.DOTALL)}


def read_rows(table: str) -> dict[str, Measured]:
    """A table's rows: the pages changed and the net, read from the right (a rule's text
    may hold a pipe that an older table did not escape)."""
    rows = {}
    for row in _rows(table):
        cells = [cell.strip() for cell in _CELL.split(row.strip().strip("|"))]
        syntax = "syntax kept out" in table.splitlines()[0]
        pages = int(cells[-9 if syntax else -8].split()[0])
        rows[_row_rule(row)] = Measured(pages, _number(cells[-2]),
                                        int(_number(cells[-3])) if syntax else 0)
    return rows


def _number(cell: str) -> float:
    return float(cell.replace("\u2212", "-"))


def pooled_fails(measured: Iterable[Measured]) -> bool:
    """A rule's verdict over its lines: it fails when its nets add up to zero or less, or
    its lines change fewer than ``MIN_PAGES`` pages in all, unless it keeps Markdown syntax
    out of some body: a rule that guards the dumps' contract pays by that count."""
    lines = list(measured)
    net = sum(m.net for m in lines)
    return net <= 0 or (sum(m.pages for m in lines) < MIN_PAGES
                        and sum(m.syntax for m in lines) <= 0)


def summary_markdown(page: str) -> str:
    """One row a rule: its line on each rendering that measured it, and the verdict
    pooled over them all (pages changed summed, net summed)."""
    sections = read_sections(page)
    keys = [key for key in RENDERINGS if key in sections] + sorted(
        key for key in sections if key not in RENDERINGS and key != "summary")
    tables = {key: read_rows(sections[key]) for key in keys}
    order = {rule.name: index for index, rule in enumerate(rules())}
    names = sorted({name for rows in tables.values() for name in rows},
                   key=lambda name: (order.get(name, len(order)), name))
    head = ("| rule | " + " | ".join(RENDERINGS.get(key, key) for key in keys)
            + " | pages | syntax kept out | net | pooled verdict |\n|"
            + " --- |" * (len(keys) + 5) + "\n")
    rows = []
    for name in names:
        measured = [tables[key][name] for key in keys if name in tables[key]]
        pages, net = sum(m.pages for m in measured), sum(m.net for m in measured)
        syntax = sum(m.syntax for m in measured)
        verdict = "**fails**" if pooled_fails(measured) else "keeps"
        cells = [f"{tables[key][name].pages}, {tables[key][name].net:+.1f}"
                 if name in tables[key] else "–" for key in keys]
        rows.append(f"| `{name}` | " + " | ".join(cells)
                    + f" | {pages} | {syntax:+d} | {net:+.1f} | {verdict} |")
    return head + "\n".join(rows) + "\n"


if __name__ == "__main__":
    sys.exit(main())
