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

from newsparse._html.meta.shown import preceding_texts, texts_backwards
from newsparse._html.meta.sources import visible_heading_text
from newsparse._html.meta.title import clean_heading
from newsparse._options import ParseOptions
from newsparse._reading.bylines import byline_names, parse_byline
from newsparse._reading.keys import title_key
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
# The elements after which an old page's story runs on as bare text ("<br>Story…",
# "<b>LONDON:</b> Story…").
_TAIL_STORY_TAGS = frozenset(("br", "p", "hr", "b", "strong", "i", "em", "u", "font", "span"))
_BLOCK_TAGS = frozenset(("table", "div", "p", "ul", "ol", "dl", "form", "section", "header",
                         "figure", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"))
_WORD = re.compile(r"\w+")


def headline_above_story(article_root: lxml.etree._Element, options: ParseOptions
                         ) -> lxml.etree._Element | None:
    """The heading-like element nearest above the first paragraph of ``article_root``
    (the article region), or None when there is none within a few lines."""
    found = _headline_line_above_story(article_root, options)
    return found[0] if found else None


def _headline_line_above_story(
    article_root: lxml.etree._Element, options: ParseOptions, story: str | None = None,
) -> tuple[lxml.etree._Element, str] | None:
    """The heading-like element nearest above the story's first paragraph and its text.
    Given the ``story``'s text, a line set apart in an element of its own that is not
    named a heading counts too when the story repeats most of its words (and it is no
    picture's caption)."""
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
        if story is not None and _is_unnamed_headline(text, chain[0], story, options):
            return chain[-1], text
    return None


def _is_unnamed_headline(text: str, owner: lxml.etree._Element, story: str,
                         options: ParseOptions) -> bool:
    """A line set apart in an element of its own (all of its text, not a piece of a
    paragraph split by a link), not named a heading, whose words the story repeats; no
    picture's caption or credit, no label leading into what follows ("Murray out:")."""
    if (text.endswith(":") or text.startswith("(") or _beside_picture(owner)
            or " ".join(visible_heading_text(
                owner, options.meta_max_element_text_chars).split()) != text):
        return False
    share = _repeated_share(text, _words_besides(story, text))
    return share is not None and share >= options.meta_min_story_headline_share


def _words_besides(story: str, line: str) -> set[str]:
    """The word stems of ``story`` but for its copies of ``line`` (the extractor may have
    kept the headline with the story: that is no repetition)."""
    return set(stems(story.replace(line, " ")))


def _beside_picture(element: lxml.etree._Element) -> bool:
    """A caption shares its container with the picture."""
    parent = element.getparent()
    return parent is not None and (parent.tag == "figure" or parent.find(".//img") is not None)


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
    """The first element of the region whose own text is a paragraph's length, or whose
    tail is (old pages set their story as text between ``<br>`` tags); and whether it was
    the tail."""
    for element in article_root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        if element.tag != "a" and _is_paragraph(element.text, min_chars):
            return element, False
        if (element.tag in _TAIL_STORY_TAGS and element is not article_root
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


def headline_the_story_repeats(
    title: str | None, article_root: lxml.etree._Element, story_text: str,
    options: ParseOptions, *, heading: str | None = None,
) -> str | None:
    """The heading-like line right above the story, in place of a ``title`` whose words
    the story does not repeat ("Bangkok Post : Sports", "Latest News", a site's tagline)
    when the story repeats most of the line's words: a headline says what the story
    tells, a site's or a section's name does not. A title the page's ``heading`` (its
    ``<h1>``) shows stays. Otherwise ``title``."""
    if title and heading and title_key(title) == title_key(heading):
        return title
    # A line not named a heading stands in only where the page has no title at all (a
    # story's subheading set in bold looks the same).
    found = _headline_line_above_story(article_root, options, None if title else story_text)
    line = clean_heading(found[1]) if found else None
    if (not line or not options.meta_min_heading_chars <= len(line)
            <= options.meta_max_heading_chars
            or title_key(line) == title_key(title)):
        return title
    story = _words_besides(story_text, line)
    line_share = _repeated_share(line, story)
    if line_share is None or line_share < options.meta_min_story_headline_share:
        return title
    if title is None:
        return line
    title_share = _repeated_share(title, story)
    # Over a title, a line of a few words says too little to be sure it is a headline
    # ("Lorem ipsum dolor" over a test page's <title>).
    unrelated = title_share is None or title_share <= (
        options.meta_max_story_unrelated_title_share)
    enough_words = len(_WORD.findall(line)) >= options.meta_min_line_words_over_title
    return line if unrelated and enough_words else title


def _repeated_share(text: str | None, story: set[str]) -> float | None:
    """Share of the content words of ``text`` whose stems ``story`` holds (None: no such
    word): "defends" is repeated by "defended"."""
    content = [stem for stem in stems(text or "") if stem not in STOPWORDS]
    if not content:
        return None
    return sum(1 for word in content if word in story) / len(content)


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
