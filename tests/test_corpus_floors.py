"""Accuracy floors on the dev and wide corpora, measured by the project's official scorer.

A change must not silently lose accuracy: each run scores newsparse on every page of both
corpora, HTML and every dump rendering, with ``../shared/eval/score.py`` and fails below the floors.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import SHARED_DIR, requires_shared
from newsparse import NewsparseError

# One line per corpus and rendering: (corpus, variant, dump folder). The figure that counts
# is over dev and wide together, so both have floors. Raise these as accuracy improves;
# never lower them.
FLOORS: dict[tuple[str, str, str], dict[str, float]] = {
    ("dev", "html", ""): {
        # title re-set twice (issue 13): the shown headline wins over a Readability gold
        # that keeps the <title>'s wording, and over one that keeps a JSON-LD headline the
        # heading, og:title, twitter:title and <title> all contradict (moz-bug-1255978);
        # then a third time (0.7638 measured) for a <title> that shares no word with the
        # story's lead: the shown headline above the story wins over the site's name
        # ("Yahoo News - Latest News & Headlines" over "Russia: Space ship malfunctions…",
        # moz-yahoo-2) and over a test page's <title> its <h1> contradicts
        # (moz-social-buttons), as issue 13 has it; raised for a heading the <title> glues
        # beside its story's part (0.7717 measured).
        # shingle raised for calls to action left out (issue 12: 0.9713 measured), then
        # for bylines read as credits (0.9715 measured) and galleries as captions (0.9717),
        # then for boxes of other stories under a heading left out (0.9730 measured), then
        # for the story's linked subheadings and linked items of its lists (0.9733), then
        # for pointers to other stories and headings closing the story left out (0.9736),
        # then for a linked list kept before the story's next section (0.9742 on 564c3e1).
        "shingle_f1": 0.9738, "body_f1": 0.968, "title_exact": 0.77, "date_exact": 0.97,
        "byline_exact": 0.78,
    },
    ("dev", "text", "text"): {
        # date raised for a stamp with a two-digit year opening a head line (0.5152);
        # shingle for lists that say the story's words between its prose (0.9451), then
        # for the region steps of 2026-12-07's second session (0.9469 measured on 9495847);
        # date for figures that read both ways read month first on English pages (0.5758
        # measured on 9d78a07).
        "shingle_f1": 0.9465, "body_f1": 0.939, "title_exact": 0.45, "date_exact": 0.57,
        "byline_exact": 0.58,
    },
    ("wide", "html", ""): {
        # shingle raised for the story's closing lines kept (_story_end, 0.9492 measured),
        # then for calls to action left out (0.9499 measured), then for bylines read as
        # credits (0.9501 measured), then for excerpts cut short before a link read as
        # teasers (0.9507 measured), then for a story's second copy left out (0.9520
        # measured); byline raised for the credentials kept after a name (0.8407 measured);
        # date raised for dates read in the page's own day order, in chrome and under the
        # title (0.8843 measured), title for the shown headline that shares less of a
        # rewritten metadata title (0.8942 measured); shingle raised for what the region
        # holds above the headline left out and mixed UTF-8 decoded (0.9528 measured);
        # title raised for the headline that speaks of the lead under a title naming the
        # site or a section (0.8972 measured); shingle raised for a body split in two
        # containers of one kind and the story's linked lists (0.9534 measured); title
        # raised for the heading's shape (a shortened headline, not a name the titles
        # glue beside the story: 0.9002 measured); byline raised for a desk or a team shown
        # where the author's name goes (0.8498 measured), then for the site's own name
        # where the byline goes on a page that names no one else (0.8553 measured);
        # shingle raised for the parts between two parts of the region and the labels of
        # boxes of links (0.9537 measured), then for what follows an empty mark of reader
        # comments left out (0.9543 measured); byline raised for degrees read only in a
        # degree's form and place and controls' words read as no name (0.8590 measured);
        # shingle raised for the story's linked subheadings and linked items of its lists
        # (0.9548 measured); title raised for the heading a metadata title holds whole
        # (0.9032 measured); byline raised for a name over a bio that opens with it and
        # speaks of a person (0.8663 measured on a1a3a2a); shingle raised for paragraphs
        # between two of the story's outside the region (_prose_between, 0.9550 measured),
        # then for pointers to other stories and headings closing the story left out
        # (0.9551 measured). shingle raised for a story's opening part in a container of
        # its own and the one post a wrapper holds (0.9557 measured on d0f5b05); byline for
        # a post's own footer read by the page-wide searches (0.8681 measured).
        # shingle raised for a block after the story in a container that promises no
        # content left out and dated stamps closing the story (0.9564 measured on f5f4f46).
        # shingle raised for a linked list kept before the story's next section (0.9565
        # measured on 564c3e1).
        # shingle raised for the region's parts found past its layout wrappers and linked
        # citation lines kept; byline for the header's own byline and names, an author's
        # box, a member's handle and credit labels (0.9571 / 0.8883 measured on aa9b770).
        # shingle raised for an author's bio without its heading and buttons' links left
        # out (0.9573 measured on 54a4943).
        # shingle raised for a sentence or a lead-in that links weighing as a short line;
        # byline for a post's stamp away from the header (0.9577 / 0.8901 measured on
        # 08ae6b8).
        # shingle raised for linked lines among a tour's stops, a linked line over its own
        # plain line, a post's own short lines and anchored subheadings (0.9581 measured on
        # de7617a).
        # date raised for a day, a month's name and a year joined by hyphens (0.8860
        # measured on 9d78a07).
        "shingle_f1": 0.9578, "title_exact": 0.902, "date_exact": 0.885, "byline_exact": 0.888,
    },
    ("wide", "text", "text"): {
        # shingle raised for issue 15's story choice (0.9060 measured at the merge), then
        # for stories told in numbered or short sections (0.9087 measured, then 0.9106);
        # then for drawn rules, lists under lead-ins and quotes' lead-ins (0.9121); byline
        # raised for the credentials kept after a name (0.5714 measured); shingle raised
        # for the page's copyright notice ending the region (0.9132), then for a story's
        # hidden copy left out (0.9141); then for a post's links to its neighbours and the
        # comments named for the post as hard walls (0.9150); byline and date raised for a
        # "By" line at the story's foot (0.5769 / 0.6960 measured); shingle raised for lines
        # printed twice left out of the region's opening (0.9165 measured); byline raised
        # for a one-word signature over the date and names beside a head line's date
        # (0.6026 measured); shingle raised for a short post under its headline and date
        # line beating the comments after its heading (0.9184 measured); date and byline
        # raised for numeric dates read as the page writes them, a stamp alone after the
        # story, a credit's date cut at "on" and a stamp glued after a "By" line's names
        # (0.7116 / 0.6154 measured, title 0.7794); shingle raised for a story told in
        # sections of one skeleton taking in its other sections (0.9194 measured); 0.9195
        # for the post under its head beating a weak region (0.9202 measured).
        # then for lines of prose set apart between the story's paragraphs and "terms of"
        # read as prose (0.9215 measured at the merge).
        # title and byline raised for a long line in a sentence's case read as no headline,
        # the byline under the headline before a "By" line over it, and a name beside the
        # head's date line (0.7864 / 0.6319 measured, date 0.7133). shingle raised for
        # subheadings and numbered items' headings kept inside the story (0.9227 measured).
        # byline raised for a name shown twice, a section after "By X In", "Posted by X at
        # 9:22 AM" and degrees before a full stop (0.6392 measured).
        # date and byline raised for the only labelled date below the story and an
        # author's box at its foot (0.7202 / 0.6392 measured).
        # byline raised for both of those steps combined (0.6465 measured on 44786ba);
        # byline raised for one word beside a head line's date and a job title after a
        # name without a comma (0.6557 measured on b70b78c).
        # shingle raised for an author's box left out of the region's end and the key
        # points over the first paragraph kept in it (0.9238 measured).
        # date and byline raised for a stamp with a two-digit year opening a head line and
        # names beside a label of the author's field (0.7219 / 0.6667 measured on f4f390e).
        # shingle raised for a bio named by the byline, a blurb printed again and a blurb
        # over the story's head left out of the region (0.9250 measured).
        # shingle raised for lists that say the story's words between its prose, date and
        # byline for a broken dated "By" line and a post line's date (0.9255 / 0.7254 /
        # 0.6685 measured on d0f5b05).
        # shingle, title, date and byline raised for a notice over the story's head left
        # out of the region, a comment form's notes as a wall and breadcrumb trails that
        # name the headline (0.9260 / 0.8034 / 0.7288 / 0.6703 measured on f5f4f46).
        # title raised for a headline ending with its only full stop and links that point
        # on, past the line, read as no headline (0.8054 measured on 6852a39).
        # shingle, title and date raised for a blog post's frame vouching for a short post,
        # the headline over a far "By" line and a date read from the URL (0.9289 / 0.8114 /
        # 0.7375 measured on 564c3e1).
        # shingle raised for shop buttons left out and short items under a sentence that
        # announces them; byline for a desk under the headline and "By" lines read only near
        # it (0.9297 / 0.8124 / 0.7392 / 0.6813 measured on aa9b770).
        # shingle raised for a post's foot stamp ending the region and lists of other
        # stories left out; byline for a piece's lead-in before "by" and a role glued to
        # bare names (0.9305 / 0.6868 measured on 54a4943).
        # shingle raised for comments' stamps read whole, lines an ellipsis closes and
        # paragraphs one under the other set apart; title for those; byline for a "By"
        # line's names before an outlet's words and a dateline naming no place (0.9312 /
        # 0.8144 / 0.6941 measured on 08ae6b8).
        # shingle and byline raised for a post's labels and its signature ending the region
        # and the lines left out of the story's foot read for its byline (0.9317 / 0.6960
        # measured on de7617a).
        # shingle raised for a soft wall in the region's tail ending it and the tables
        # right under the story's end kept (0.9320 measured on 55385d5).
        # shingle, title and date raised for the region's edges of 2026-12-07 (an author's
        # box named by the first name, a caption over the dateline's paragraph, the start
        # over a box set into the story) and capitals' glued months (0.9325 / 0.8154 /
        # 0.7409 measured on 8d6d167).
        # shingle, title, date and byline raised for the tails (an unnamed person's bio,
        # the sources' list, the print note), a skeleton's gaps, titles under a lone date
        # or shown under the page's title, and bylines under the headline and over it
        # (0.9331 / 0.8184 / 0.7427 / 0.7015 measured on 9495847).
        # date and byline raised for hyphened dates, figures read month first on English
        # pages, a byline's name cut where the page sets it apart and a word over the
        # head's date that the notice of rights names (0.7461 / 0.7088 measured on 9d78a07).
        # title, date and byline raised for a sentence closed inside quotation marks read as
        # no headline, an update's label said of the page and an author's box whose
        # paragraph speaks of the person (0.8194 / 0.7478 / 0.7125 measured on 3c3a0ea).
        "shingle_f1": 0.9327, "title_exact": 0.817, "date_exact": 0.746, "byline_exact": 0.711,
    },
    ("wide", "text", "text-wrapped"): {
        # shingle raised for stories told in numbered or short sections (0.9076 measured,
        # then 0.9089); then for drawn rules, lists under lead-ins and quotes' lead-ins
        # (0.9103); then for the page's copyright notice ending the region (0.9117), then
        # for a story's hidden copy left out (0.9125); then for a post's links to its
        # neighbours and the comments named for the post as hard walls (0.9135); byline
        # and date raised for a "By" line at the story's foot (0.5733 / 0.6943 measured); wraps
        # that left no room for a short word made clear (+0.0005 on its own); shingle raised
        # for lines printed twice left out of the region's opening (0.9153 measured); then
        # for a short line after a sentence's end with another line after it kept apart.
        # byline raised for a one-word signature over the date and names beside a head
        # line's date (0.5989 measured); shingle raised for a short post under its
        # headline and date line beating the comments after its heading (0.9178 measured);
        # date and byline raised for numeric dates read as the page writes them, a stamp
        # alone after the story, a credit's date cut at "on" and a stamp glued after a "By"
        # line's names (0.7098 / 0.6117 measured, title 0.7774); shingle raised for a story
        # told in sections of one skeleton taking in its other sections (0.9188 measured);
        # 0.919 for the post under its head beating a weak region (0.9196 measured).
        # then for lines of prose set apart between the story's paragraphs and "terms of"
        # read as prose (0.9209 measured at the merge).
        # title and byline raised for a long line in a sentence's case read as no headline,
        # the byline under the headline before a "By" line over it, and a name beside the
        # head's date line (0.7844 / 0.6282 measured, date 0.7116). shingle raised for
        # subheadings and numbered items' headings kept inside the story (0.9221 measured).
        # byline raised for a name shown twice, a section after "By X In", "Posted by X at
        # 9:22 AM" and degrees before a full stop (0.6355 measured).
        # date and byline raised for the only labelled date below the story and an
        # author's box at its foot (0.7185 / 0.6355 measured).
        # byline raised for both of those steps combined (0.6429 measured on 44786ba);
        # byline raised for one word beside a head line's date and a job title after a
        # name without a comma (0.6520 measured on b70b78c).
        # shingle raised for an author's box left out of the region's end and the key
        # points over the first paragraph kept in it (0.9232 measured).
        # date and byline raised for a stamp with a two-digit year opening a head line and
        # names beside a label of the author's field (0.7202 / 0.6630 measured on f4f390e).
        # shingle raised for the same three region rules (0.9244 measured before the last
        # merges).
        # shingle raised for lists that say the story's words between its prose, date and
        # byline for a broken dated "By" line and a post line's date (0.9250 / 0.7237 /
        # 0.6648 measured on d0f5b05).
        # the same steps as text/ (0.9255 / 0.8014 / 0.7271 / 0.6667 measured on f5f4f46),
        # and for its two title steps of the next session (0.8034 measured on 6852a39).
        # the same three steps as text/ (0.9284 / 0.8084 / 0.7358 measured on 564c3e1).
        # the same steps as text/ of the next session (0.9292 / 0.7375 / 0.6777 measured on
        # aa9b770).
        # the same steps as text/ of this session (0.9300 / 0.6832 measured on 54a4943).
        # the same steps as text/ of the next, and items a sentence ends in a block of
        # one-line items kept apart (0.9309 / 0.8104 / 0.6886 measured on 08ae6b8).
        # shingle and byline raised for the same steps as text/ (0.9317 / 0.6905 measured
        # on de7617a).
        # shingle raised for the same steps as text/ (0.9320 measured on 55385d5).
        # shingle, title and date raised for the same steps as text/ (0.9325 / 0.8114 /
        # 0.7392 measured on 8d6d167).
        # the same steps as text/ (0.9332 / 0.8144 / 0.7409 / 0.6960 measured on 9495847).
        # date and byline raised for the same steps as text/ (0.7444 / 0.7033 measured on
        # 9d78a07).
        # title, date and byline raised for the same steps as text/ (0.8154 / 0.7461 /
        # 0.7070 measured on 3c3a0ea).
        "shingle_f1": 0.9328, "title_exact": 0.813, "date_exact": 0.744, "byline_exact": 0.705,
    },
    ("wide", "text", "text-md"): {
        # title raised for issue 15's Markdown rules (0.7405 measured at the merge), then
        # for issue 13's dump title rules (0.7485 measured).
        # shingle raised for issue 15's Markdown soft breaks, flattened tables and
        # definitions (0.8917 measured, titles 0.7495); then for stories told in numbered or
        # short sections (0.8934 measured, then 0.8951); title, date and byline raised for
        # the page's one "#" heading read as the headline (repeated, or beside linked ones),
        # and glued links' spaces (0.8938 / 0.8004 / 0.7012 / 0.5586 measured before the
        # sections' second step); shingle raised for tables kept whole as one block and
        # html2text's one-line comment stamps (0.8969 measured), and for drawn rules, lists
        # under lead-ins and quotes' lead-ins (0.8962 measured apart); then for the page's
        # copyright notice ending the region (0.8988); then for a story's hidden copy left
        # out, with tables no longer one block and one-line comment stamps gone (0.8997,
        # titles 0.8004); then for a post's links to its neighbours and the comments named
        # for the post as hard walls (0.9005); byline and date raised for a "By" line at the
        # story's foot (0.5696 / 0.7029 measured).
        # byline raised for a one-word signature over the date and names beside a head
        # line's date (0.5934 measured); date and byline raised for numeric dates read as
        # the page writes them, a stamp alone after the story, a credit's date cut at "on"
        # and a stamp glued after a "By" line's names (0.7168 / 0.6081 measured); shingle
        # raised for a short post under its headline and date line beating the comments
        # after its heading (0.9015 measured); then for lines of prose set apart between
        # the story's paragraphs and "terms of" read as prose (0.9044 measured at the merge).
        # byline raised for the byline under the headline before a "By" line over it and a
        # name beside the head's date line (0.6264 measured, date 0.7202). shingle raised
        # for subheadings and numbered items' headings kept inside the story (0.9049).
        # byline raised for a name shown twice, a section after "By X In", "Posted by X at
        # 9:22 AM" and degrees before a full stop (0.6337 measured).
        # date and byline raised for the only labelled date below the story and an
        # author's box at its foot (0.7271 / 0.6355 measured).
        # byline raised for both of those steps combined (0.6410 measured on 44786ba);
        # title raised for the one "#" heading read as the headline by its size (0.8044),
        # byline for one word beside a head line's date and a job title after a name
        # without a comma (0.6520 measured on b70b78c).
        # shingle raised for an author's box left out of the region's end and the key
        # points over the first paragraph kept in it (0.9057 measured).
        # date and byline raised for a stamp with a two-digit year opening a head line and
        # names beside a label of the author's field (0.7288 / 0.6630 measured on f4f390e).
        # shingle raised for the same three region rules (0.9068 measured before the last
        # merges). shingle raised for lists that say the story's words between its prose
        # (0.9074 measured on d0f5b05).
        # shingle, title and date raised for a reply form's title with its hidden "Cancel
        # reply" and a comment form's notes as walls (0.9088 / 0.8054 / 0.7306 measured on
        # f5f4f46). title raised for links that point on read as no headline and a pipe
        # table's separator row read as Markdown (0.8074 measured on 6852a39).
        # shingle and date raised for a blog post's frame and a date read from the URL
        # (0.9109 / 0.7392 measured on 564c3e1).
        # shingle raised for a data table as one block, a layout row's cell cut at its
        # paragraphs and the region steps of text/; title for a heading linking home read as
        # no headline; byline for the steps of text/ (0.9116 / 0.8084 / 0.6795 measured on
        # aa9b770).
        # shingle raised for the region steps of text/; title for a row of links read as no
        # headline; byline for the steps of text/ (0.9122 / 0.8114 / 0.6850 measured on
        # 54a4943).
        # shingle raised for the steps of text/ and month archives read an item a line;
        # title and byline for those of text/ (0.9134 / 0.8124 / 0.6923 measured on
        # 08ae6b8).
        # shingle and byline raised for the same steps as text/ (0.9141 / 0.6960 measured
        # on de7617a).
        # shingle and title raised for a table cell's line that html2text glued whole read a
        # sentence a block, and the steps of text/ (0.9152 / 0.8134 measured on 55385d5).
        # shingle and date raised for the steps of text/ (0.9156 / 0.7409 measured on
        # 8d6d167).
        # shingle, title and byline raised for the steps of text/ and Markdown's linked
        # subheadings, linked list items and markers glued to a link (0.9166 / 0.8144 /
        # 0.6996 measured on 9495847).
        # date and byline raised for the same steps as text/ (0.7444 / 0.7051 measured on
        # 9d78a07).
        # date and byline raised for the same steps as text/ (0.7461 / 0.7070 measured on
        # 3c3a0ea).
        "shingle_f1": 0.9162, "title_exact": 0.812, "date_exact": 0.744, "byline_exact": 0.705,
    },
}
# Pages on which parse() raised (a NoArticleError on a real article counts): lower these
# as the parser improves; never raise them.
MAX_FAILURES: dict[tuple[str, str, str], int] = {
    ("dev", "html", ""): 0,
    ("dev", "text", "text"): 0,
    ("wide", "html", ""): 0,
    ("wide", "text", "text"): 0,
    ("wide", "text", "text-wrapped"): 0,
    ("wide", "text", "text-md"): 21,
}

SCORER = SHARED_DIR / "eval" / "score.py"

pytestmark = requires_shared


def _load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsparse_eval_score", path)
    assert spec is not None and spec.loader is not None, f"cannot load {path}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_results: dict[tuple[str, str, str], dict[str, Any]] = {}


def _score(rendering: tuple[str, str, str]) -> dict[str, Any]:
    # One scoring run per corpus and rendering, shared by its checks.
    if rendering not in _results:
        corpus, variant, text_dir = rendering
        scorer = _load_scorer(SCORER)
        _results[rendering] = scorer.score(
            SHARED_DIR / "corpus" / corpus, variant, "newsparse", None,
            text_dir=text_dir or "text",
        )
    return _results[rendering]


def _name(rendering: tuple[str, str, str]) -> str:
    return "-".join(part for part in rendering if part)


@pytest.mark.parametrize(
    ("rendering", "metric"),
    [(rendering, metric) for rendering, floors in FLOORS.items() for metric in floors],
    ids=[f"{_name(r)}-{m}" for r, floors in FLOORS.items() for m in floors],
)
def test_accuracy_is_not_below_its_floor(rendering: tuple[str, str, str], metric: str) -> None:
    result = _score(rendering)
    value = result[metric]
    assert value is not None and value >= FLOORS[rendering][metric], (
        f"{_name(rendering)} {metric} = {value}, below the floor {FLOORS[rendering][metric]}"
    )


@pytest.mark.parametrize("rendering", sorted(MAX_FAILURES), ids=_name)
def test_failures_do_not_grow(rendering: tuple[str, str, str]) -> None:
    result = _score(rendering)
    assert result["failures"] <= MAX_FAILURES[rendering], (
        f"{_name(rendering)}: parse() failed on {result['failures']} pages, "
        f"more than {MAX_FAILURES[rendering]}"
    )


# Issue 12 asks for a lead of two points over the better of trafilatura 2.3.1 and
# readability-lxml 0.9 on each of wide's three sources (theirs, measured with the same
# scorer on 2026-12-04: dragnet 0.9281 readability-lxml, l3s-gn1 0.9329 readability-lxml,
# wcxb 0.9344 trafilatura). dragnet's floor is that target itself (0.9484 measured on
# de7617a); the others sit a little under what is reached (0.9750 on 9d78a07, after a
# summary-named paragraph opening the story's run was kept as its lead, then 0.9762 on
# 3c3a0ea, after a lead set over the story's cell and a stamp's parts on one line came
# off, and 0.9598).
SOURCE_FLOORS: dict[str, float] = {
    "dragnet": 0.9481,
    "l3s-gn1": 0.9758,
    "wcxb-article": 0.9594,
}


def test_each_wide_source_keeps_its_html_floor() -> None:
    scorer = _load_scorer(SCORER)
    triples: dict[str, list[tuple[float, float, float]]] = {}
    for row, raw in scorer.load(SHARED_DIR / "corpus" / "wide", "html", None):
        if not row.get("body"):
            continue
        try:
            body = scorer._newsparse(raw, row.get("url"))["body"]
        except NewsparseError:
            body = ""
        triples.setdefault(row.get("source", "?"), []).append(
            scorer.aeb_tp_fp_fn(body, row["body"]))
    assert set(triples) == set(SOURCE_FLOORS), sorted(triples)
    scores = {source: scorer.aeb_summary(found)[2] for source, found in triples.items()}
    below = {s: f for s, f in scores.items() if f is None or f < SOURCE_FLOORS[s]}
    assert not below, f"wide html shingle_f1 below its source's floor: {below} ({scores})"
