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

import lxml.etree

from newsparse._html.meta.shown import preceding_texts
from newsparse._html.meta.sources import visible_heading_text
from newsparse._options import ParseOptions
from newsparse._reading.bylines import byline_names, parse_byline
from newsparse._reading.lead import is_stamp

# An element named as a heading: "headline", "storyhead", "contentheading", "headerText",
# "title", "articleTitle", "hdl", "hed". Not a caption or a sub-heading.
_HEADING_NAME = re.compile(r"head|title|\bhdl\b|\bhed\b", re.IGNORECASE)
_NOT_HEADING_NAME = re.compile(r"sub|caption|credit|byline|author|date|widget|sidebar|related",
                               re.IGNORECASE)
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4"))
# (Where the story starts, how far above it and how long the headline may be:
# ParseOptions, ``meta_headline_*``.)


def headline_above_story(article_root: lxml.etree._Element, options: ParseOptions
                         ) -> lxml.etree._Element | None:
    """The heading-like element nearest above the first paragraph of ``article_root``
    (the article region), or None when there is none within a few lines."""
    start = _story_start(article_root, options.meta_headline_story_chars)
    if start is None:
        return None
    min_words, max_words = options.meta_headline_min_words, options.meta_headline_max_words
    for text, owner in itertools.islice(preceding_texts(start),
                                        options.meta_headline_pieces_above):
        if owner is None or not min_words <= len(text.split()) <= max_words:
            continue
        if _ends_sentence(text) or is_stamp(text, options) or _is_byline(text, options):
            continue
        chain = _whole_text_chain(owner, text)
        if _in_link(chain[-1]) or any(_named_otherwise(element) for element in chain):
            continue
        if any(_looks_like_heading(element) for element in chain):
            return chain[-1]
    return None


def _story_start(article_root: lxml.etree._Element, min_chars: int
                 ) -> lxml.etree._Element | None:
    """The first element of the region whose own text is a paragraph's length
    (``min_chars``)."""
    for element in article_root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "a"):
            continue
        text = element.text
        if text and len(text) >= min_chars and len(" ".join(text.split())) >= min_chars:
            return element
    return None


def _whole_text_chain(owner: lxml.etree._Element, text: str) -> list[lxml.etree._Element]:
    """``owner`` and the ancestors whose whole shown text is still ``text``, innermost
    first ("<font class=storyhead><b>Headline</b></font>")."""
    chain = [owner]
    parent = owner.getparent()
    while parent is not None and " ".join(visible_heading_text(parent).split()) == text:
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
