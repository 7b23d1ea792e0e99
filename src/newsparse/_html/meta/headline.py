"""The headline of a page without an ``<h1>``: the heading-like line right above the story.

Older and hand-made pages set their headline in whatever they like (``<h3>``, ``<b
class="Headline">``, ``<div class="storyhead">``, ``<td class="contentheading">``). What
they share is its place and its look: it is the nearest short text above the story's first
paragraph that is the whole text of an element styled or named as a heading, and not a
link, a date or a byline.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import lxml.etree

from newsparse._html.meta.shown import preceding_texts, texts_backwards
from newsparse._html.meta.sources import visible_heading_text
from newsparse._html.meta.title import clean_heading
from newsparse._options import ParseOptions
from newsparse._reading.bylines import byline_names, parse_byline
from newsparse._reading.lead import is_stamp
from newsparse._reading.textstats import STOPWORDS, stems

# An element named as a heading: "headline", "storyhead", "contentheading", "headerText",
# "title", "articleTitle", "hdl", "hed". Not a caption or a sub-heading.
_HEADING_NAME = re.compile(r"head|title|\bhdl\b|\bhed\b", re.IGNORECASE)
_NOT_HEADING_NAME = re.compile(r"sub|caption|credit|byline|author|date|widget|sidebar|related",
                               re.IGNORECASE)
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4"))
# (Where the story starts, how far above it and how long the headline may be:
# ParseOptions, ``meta_headline_*``.)
# Elements whose tail is no story's start: what follows a picture or an embed may be
# its caption (or a script the markup broke), what follows a link the rest of a sentence.
_NOT_BEFORE_STORY = frozenset(("a", "img", "picture", "video", "audio", "iframe", "embed",
                               "object", "input", "button", "select", "textarea", "svg"))
_BLOCK_TAGS = frozenset(("table", "div", "p", "ul", "ol", "dl", "form", "section", "header",
                         "figure", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"))


def headline_above_story(article_root: lxml.etree._Element, options: ParseOptions
                         ) -> lxml.etree._Element | None:
    """The heading-like element nearest above the first paragraph of ``article_root``
    (the article region), or None when there is none within a few lines."""
    found = _headline_line_above_story(article_root, options)
    return found[0] if found else None


def _headline_line_above_story(
    article_root: lxml.etree._Element, options: ParseOptions,
) -> tuple[lxml.etree._Element, str] | None:
    """The heading-like element nearest above the story's first paragraph and its text."""
    found = _story_start(article_root, options.meta_headline_story_chars)
    if found is None:
        return None
    start, in_tail = found
    # A story that starts in a tail ("<b>Headline</b><br>Story…") starts after the element:
    # the element's own texts come first.
    above = itertools.chain(texts_backwards(start) if in_tail else (), preceding_texts(start))
    min_words, max_words = options.meta_headline_min_words, options.meta_headline_max_words
    for text, owner in itertools.islice(above, options.meta_headline_pieces_above):
        if owner is None or not min_words <= len(text.split()) <= max_words:
            continue
        if _ends_sentence(text) or is_stamp(text, options) or _is_byline(text, options):
            continue
        chain = _whole_text_chain(owner, text, options.meta_max_element_text_chars)
        if _in_link(chain[-1]) or any(_named_otherwise(element) for element in chain):
            continue
        if any(_looks_like_heading(element) for element in chain):
            return chain[-1], _inline_text(chain[-1]) or text
    return None


def _inline_text(element: lxml.etree._Element) -> str:
    """The element's text but for the blocks inside it: a headline split over inline
    elements ("How to X: <span>5 Tips</span>") whole, without a date set in a table
    inside the headline's cell."""
    pieces: list[str] = []
    walker = lxml.etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if node is not element and (not isinstance(node.tag, str)
                                        or node.tag in _BLOCK_TAGS
                                        or node.tag in ("script", "style")):
                walker.skip_subtree()
                continue
            if node.text:
                pieces.append(node.text)
        elif node is not element and node.tail:
            pieces.append(node.tail)
    return " ".join("".join(pieces).split())


def _story_start(article_root: lxml.etree._Element, min_chars: int
                 ) -> tuple[lxml.etree._Element, bool] | None:
    """The element where the region's first text of a paragraph's length is: its own text,
    or its tail (bare text after it, as old pages set their story after a break or a block:
    "<br>Story…", "<b>LONDON:</b> Story…", "</table>Story…"); and whether it was the tail.
    Text after a picture or an embed may be its caption, after a link the rest of a
    sentence: those tails are no start."""
    for element in article_root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        if element.tag != "a" and _is_paragraph(element.text, min_chars):
            return element, False
        if (element is not article_root and element.tag not in _NOT_BEFORE_STORY
                and _is_paragraph(element.tail, min_chars)):
            return element, True
    return None


def _is_paragraph(text: str | None, min_chars: int) -> bool:
    """True when ``text`` is a paragraph's length (``min_chars``)."""
    return bool(text) and len(text or "") >= min_chars and len(
        " ".join((text or "").split())) >= min_chars


def headline_line_above_story(article_root: lxml.etree._Element, options: ParseOptions
                              ) -> str | None:
    """The text of the heading-like line nearest above the story (not what its element
    holds besides, such as a date set in a table inside the headline's cell); None when
    there is none, or its length is out of ``options.meta_min_heading_chars`` and
    ``options.meta_max_heading_chars``."""
    found = _headline_line_above_story(article_root, options)
    line = clean_heading(found[1]) if found else None
    return line if line and (options.meta_min_heading_chars <= len(line)
                             <= options.meta_max_heading_chars) else None


def _whole_text_chain(owner: lxml.etree._Element, text: str, max_chars: int
                      ) -> list[lxml.etree._Element]:
    """``owner`` and the ancestors whose whole shown text is still ``text``, innermost
    first ("<font class=storyhead><b>Headline</b></font>")."""
    chain = [owner]
    parent = owner.getparent()
    while parent is not None and " ".join(
            visible_heading_text(parent, max_chars).split()) == text:
        chain.append(parent)
        parent = parent.getparent()
    return chain


def _in_link(element: lxml.etree._Element) -> bool:
    return element.tag == "a" or element.find(".//a") is not None or any(
        ancestor.tag == "a" for ancestor in element.iterancestors())


def _is_byline(text: str, options: ParseOptions) -> bool:
    """"By Jane Doe", or a bare name ("Jane Doe"); a title-cased headline of a few more
    words ("Council Backs New Bridge") reads as names too, and stays."""
    if byline_names(text, options, require_lead=True):
        return True
    return (len(text.split()) <= options.meta_headline_max_name_words
            and bool(parse_byline(text, options)))


def _ends_sentence(text: str) -> bool:
    """A caption or a teaser ends with a full stop; a headline does not ("…" may)."""
    return text.endswith(".") and not text.endswith("..")


def _name(element: lxml.etree._Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _named_otherwise(element: lxml.etree._Element) -> bool:
    """A caption, a sub-heading, a date or a byline, whatever its tag."""
    return bool(_NOT_HEADING_NAME.search(_name(element)))


def _looks_like_heading(element: lxml.etree._Element) -> bool:
    return element.tag in _HEADING_TAGS or bool(_HEADING_NAME.search(_name(element)))


def headline_sharing_lead(article_root: lxml.etree._Element, lead: str,
                          options: ParseOptions) -> str | None:
    """The line right above the story that speaks of what its lead says: the nearest
    short text above the story's first paragraph that is the whole text of an element set
    as a heading, in bold or larger type, or as the post's own link (``rel=bookmark``),
    and shares ``options.meta_headline_lead_words`` words of sense with ``lead`` (the
    story's first words). Old and hand-made pages set their headline so, under a
    ``<title>`` or an ``<h1>`` that names the site or the section; a caption, a date or a
    byline says little of the lead. Links (a list of other stories, share buttons) do not
    count against the reach (``options.meta_headline_pieces_above``)."""
    found = _story_start(article_root, options.meta_headline_story_chars)
    if found is None:
        return None
    start, in_tail = found
    said = sense_stems(lead)
    min_words, max_words = options.meta_headline_min_words, options.meta_headline_max_words
    reach, unlinked = options.meta_headline_pieces_above, 0
    for text, owner in itertools.islice(_holders_above(start, in_tail), _LINKS_READ * reach):
        if owner.tag != "a" and any(char.isalpha() for char in text):
            unlinked += 1
            if unlinked > reach:
                break
        if not min_words <= len(text.split()) <= max_words:
            continue
        # (The cheapest test that fails most lines first: the rest read the tree.)
        if len(sense_stems(text) & said) < options.meta_headline_lead_words:
            continue
        if (_ends_sentence(text) or text.endswith(":") or _NUMBERED.match(text)
                or _mostly_figures(text) or is_stamp(text, options)
                or _is_byline(text, options)):
            continue  # (a lead-in, "Murray ruled out:"; a list's item, "1. Sales"; a time)
        chain = _whole_text_chain(owner, text, options.meta_max_element_text_chars)
        if any(_named_otherwise(element) for element in chain):
            continue
        bookmark = any(element.tag == "a" and "bookmark" in (element.get("rel") or "")
                       for element in chain)
        if _in_link(chain[-1]) and not bookmark:
            continue
        if not (bookmark or any(_looks_like_heading(element) or _set_bold(element)
                                for element in chain)):
            continue
        return clean_heading(_inline_text(chain[-1]) or text)
    return None


def _holders_above(start: lxml.etree._Element, in_tail: bool
                   ) -> Iterator[tuple[str, lxml.etree._Element]]:
    """The texts above the story's start, nearest first, each with the element that holds
    it: its own, or for a text after a child ("<font><br> Headline</font>") the child's
    parent."""
    # (An inline element the story runs on from, "<font>Lorem</font> ipsum…", opens the
    # first paragraph: its text is no line above it.)
    inside = (texts_backwards(start, tails_held=True)
              if in_tail and start.tag in _BLOCK_TAGS else ())
    for text, holder in itertools.chain(inside, preceding_texts(start, tails_held=True)):
        if holder is not None:  # (None only for a tail of the root, which has no parent)
            yield text, holder


def _mostly_figures(text: str) -> bool:
    """A line of times, rooms and dates ("October 29 12pm 1pm SAAC 217"): a third of its
    words or more hold figures."""
    tokens = text.split()
    return 3 * sum(any(c.isdigit() for c in token) for token in tokens) >= len(tokens)


# How many pieces are read at most, per piece that is no link's text.
_LINKS_READ = 8
_NUMBERED = re.compile(r"\d{1,3}[.)]\s")


def sense_stems(text: str) -> set[str]:
    """The stems of the words of ``text`` that carry sense (no stop word, no figure)."""
    return {stem for stem in stems(text) if stem not in STOPWORDS and not stem.isdigit()}


# Bold or enlarged type set on the element itself: "<b>Headline</b>", "<font size=4>",
# "<span style='font-size:14px'>", "<p style='font-weight:bold'>".
_BOLD_TAGS = frozenset(("b", "strong"))
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|font-size", re.IGNORECASE)


def _set_bold(element: lxml.etree._Element) -> bool:
    """True when the element sets its text in bold or larger type."""
    return (element.tag in _BOLD_TAGS or element.get("size") is not None
            or bool(_BOLD_STYLE.search(element.get("style") or "")))
