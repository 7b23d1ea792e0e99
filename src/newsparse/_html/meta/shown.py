"""What the page shows as text: the part of a glued title that stands on the page.

A ``<title>`` (or a social title) often glues the headline to a site name, a section or a
date, with whatever separator the site likes ("Site :: Section :: Headline",
"Headline_English_Site", "Site > News > World -- Headline"). The page itself shows the
headline alone, as the text of one element; so the longest run of the title's parts that
the page shows by itself is the headline, whichever separators and names were glued to it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TypeAlias

import lxml.etree

from newsparse._html.meta.sources import not_shown
from newsparse._native import kernels
from newsparse._options import ParseOptions
from newsparse._reading.keys import title_key

# Where a title may be cut: spaced bars, dashes, arrows, bullets, colons, "::", "--", and
# underscores glued to a capitalised word ("Headline_English_Xinhua").
_CUT = re.compile(
    r"(?<!\s)\s+(?:[|\-–—·•~»>/\\]{1,3}|::)\s+|(?<!\s)\s*::\s*|(?<=\w):\s+"
    r"|(?<!\s)\s+:\s+|_(?=[A-Z])|(?<!\s)\s+-{2,}\s*"
)
_WORD = re.compile(r"\w+")
# A part must say enough to be a headline: ``ParseOptions.meta_title_part_min_words``,
# or half the title's.
# No cap on the pieces read: every text of the body may be the headline's.
_ALL_PIECES = 1 << 60
# The elements whose text is never shown as a headline, and everything inside them: found
# once, so that each text is checked by its owner (an ancestor test on every text node of
# the page costs several times more).
_UNSHOWN_TAGS = ("script", "style", "title", "option", "noscript")


def shown_title_part(root: lxml.etree._Element, title: str, options: ParseOptions
                     ) -> str | None:
    """The longest run of ``title``'s parts that the page shows as the whole text of one
    element, when the title has parts and the whole of it is not shown; else None."""
    runs = _runs(title, options)
    if not runs:
        return None
    shown = _shown_keys(root, {title_key(run) for run in runs} | {title_key(title)}, options)
    if title_key(title) in shown:
        return None
    for run in runs:
        if title_key(run) in shown:
            return run
    return None


def shows_whole(root: lxml.etree._Element, text: str, options: ParseOptions) -> bool:
    """True when the page's body shows ``text`` as the whole text of one element (a text
    node, or an element whose text and children's text make it up)."""
    key = title_key(text)
    return bool(key) and key in _shown_keys(root, {key}, options)


def _runs(title: str, options: ParseOptions) -> list[str]:
    """The contiguous runs of the title's parts, longest first (not the whole title)."""
    pieces = _CUT.split(title)
    cuts = [m.group(0) for m in _CUT.finditer(title)]
    if not cuts or len(pieces) > options.meta_title_max_parts:
        return []
    min_words = options.meta_title_part_min_words
    total = len(_WORD.findall(title))
    runs: list[str] = []
    for start in range(len(pieces)):
        for end in range(start + 1, len(pieces) + 1):
            if start == 0 and end == len(pieces):
                continue
            text = pieces[start]
            for index in range(start, end - 1):
                text += cuts[index] + pieces[index + 1]
            text = text.strip()
            words = len(_WORD.findall(text))
            if words >= min_words or (words and 2 * words >= total):
                runs.append(text)
    runs.sort(key=len, reverse=True)
    return runs


def _shown_keys(root: lxml.etree._Element, wanted: set[str], options: ParseOptions
                ) -> set[str]:
    """The ``wanted`` keys that are the whole text of an element of the page's body: a text
    node, or an element whose text and children's text make it up."""
    found: set[str] = set()
    # The page's bodies (one, but a caller's tree may nest them): their text is what shows.
    # (lxml's tag walks: the XPath of each, a predicate over every element, cost 2 to 4
    # times as much.)
    all_bodies = list(root.getroottree().iter("body"))
    bodies = [body for body in all_bodies if next(body.iterancestors("body"), None) is None]
    unshown_owners = {element for body in all_bodies
                      for top in body.iterdescendants(*_UNSHOWN_TAGS)
                      for element in top.iter(lxml.etree.Element)}
    lengths = {len(key) for key in wanted}
    longest = max(lengths, default=0)
    # Elements, not ids: the set keeps each proxy alive, so an id is never reused.
    seen_parents: set[lxml.etree._Element] = set()
    max_chars, levels = options.meta_shown_text_chars, options.meta_inline_levels
    max_whole_chars = options.meta_max_inline_headline_chars
    for body in bodies:
        # The texts alone: a piece's element is looked up only for the few pieces whose
        # key is wanted or a piece of a wanted key.
        texts, piece_at = kernels.text_pieces(body, _ALL_PIECES)
        for index, piece in enumerate(texts):
            stripped = piece.strip()
            if not stripped or len(stripped) > max_chars:
                continue
            key = title_key(stripped)
            exact = key in wanted
            # The headline split over inline elements ("<b>Headline</b> <i>part</i>"): the
            # element's whole text; only a piece of a wanted key can be part of one (the
            # key is read letter by letter), so most pieces are passed over unread.
            if not exact and not (len(key) < longest and any(
                    key in wanted_key for wanted_key in wanted)):
                continue
            owner = _owner(piece_at(index))
            if owner in unshown_owners:
                continue
            if exact:
                found.add(key)
                continue
            whole = _wanted_inline_whole(owner, wanted, longest, seen_parents,
                                         levels=levels, max_chars=max_whole_chars)
            if whole is not None:
                found.add(whole)
    return found


def _owner(piece: tuple[lxml.etree._Element, bool] | None) -> lxml.etree._Element | None:
    """The element whose own text holds a piece (its element's parent for a tail)."""
    if piece is None:
        return None
    element, is_tail = piece
    return element.getparent() if is_tail else element


def _wanted_inline_whole(owner: lxml.etree._Element | None, wanted: set[str], longest: int,
                         seen_parents: set[lxml.etree._Element], *, levels: int,
                         max_chars: int) -> str | None:
    """The wanted key that is the whole text of the piece's owner or one of the ``levels``
    - 1 elements above it, if any; each element is read once a page (``seen_parents``)."""
    parent = owner
    for _ in range(levels):
        if parent is None or parent in seen_parents:
            return None
        seen_parents.add(parent)
        whole_text = _text_within(parent, max_chars)
        if whole_text is None:
            return None  # a container of many things, not a headline split over inlines
        whole = title_key(whole_text)
        if whole in wanted:
            return whole
        if len(whole) >= longest:
            return None
        parent = parent.getparent()
    return None


def _text_within(element: lxml.etree._Element, limit: int) -> str | None:
    """The text of ``element``, or None when it holds more than ``limit`` characters (read
    only that far)."""
    pieces: list[str] = []
    size = 0
    for piece in element.itertext():
        size += len(piece)
        if size > limit:
            return None
        pieces.append(str(piece))
    return "".join(pieces)


# (The article header around the heading: how many pieces of text after it, and before
# it, may hold the date or the byline, and the length of a piece that is the story itself:
# ParseOptions, ``meta_header_*``.)
# Elements whose text is code, never shown.
_RAW_TEXT_TAGS = frozenset(("script", "style"))


#: One piece of the article header: its text, its place (1, 2, … after the heading; -1, -2,
#: … before it) and the element it is the text of (None for a tail).
HeaderPiece: TypeAlias = tuple[str, int, lxml.etree._Element | None]


def header_pieces(heading: lxml.etree._Element, options: ParseOptions,
                  story: lxml.etree._Element | None = None) -> list[HeaderPiece]:
    """The short pieces of text around the heading, nearest first: those after it (place
    1, 2, …) up to where the story starts (a piece of prose) or, at the latest, where the
    ``story``'s region ends (see :func:`_following_texts`), then those right above it
    (place -1, -2, …). Pieces are text nodes with white space squashed; each is one thing
    the header shows (a date, "By Jane Doe", a label)."""
    found: list[HeaderPiece] = []
    if not isinstance(heading.tag, str):
        return found  # a caller's processing instruction marked as the headline
    story_chars, max_chars = options.meta_header_story_chars, options.meta_max_header_text_chars
    after = options.meta_header_after_texts
    for text, element in _following_texts(heading, story):
        if len(text) > story_chars:
            break
        if len(text) <= max_chars:
            found.append((text, len(found) + 1, element))
        if len(found) >= after:
            break
    place = 0
    for text, owner in itertools.islice(preceding_texts(heading),
                                        options.meta_header_before_texts):
        place -= 1
        if len(text) <= max_chars:
            found.append((text, place, owner))
    return found


def preceding_texts(element: lxml.etree._Element, *, tails_held: bool = False
                     ) -> Iterator[tuple[str, lxml.etree._Element | None]]:
    """The non-empty text nodes before ``element`` (not its ancestors' tags), nearest
    first, outside scripts and styles, with the element each is the text of (None for a
    tail; with ``tails_held``, the tail's parent, which holds it): the XPath
    ``preceding::text()`` axis walked backwards, so that only the few nearest are
    visited, not the whole page above the heading."""
    node = element
    while True:
        for sibling in node.itersiblings(preceding=True):
            yield from _texts_backwards(sibling, tails_held=tails_held)
        parent = node.getparent()
        if parent is None:
            return
        if parent.text and parent.text.strip() and parent.tag not in _RAW_TEXT_TAGS:
            yield " ".join(parent.text.split()), parent
        node = parent


def texts_backwards(element: lxml.etree._Element, *, tails_held: bool = False
                    ) -> Iterator[tuple[str, lxml.etree._Element | None]]:
    """The non-empty text nodes inside ``element`` (not its tail), last first, with the
    element each is the text of (for a tail: None, or with ``tails_held`` its parent)."""
    return _texts_backwards(element, with_tail=False, tails_held=tails_held)


def _texts_backwards(element: lxml.etree._Element, *, with_tail: bool = True,
                     tails_held: bool = False
                     ) -> Iterator[tuple[str, lxml.etree._Element | None]]:
    """The non-empty text nodes of ``element`` and (``with_tail``) its tail, last first."""
    if with_tail and element.tail and element.tail.strip():
        yield " ".join(element.tail.split()), element.getparent() if tails_held else None
    if not isinstance(element.tag, str) or element.tag in _RAW_TEXT_TAGS:
        return
    for child in reversed(element):
        yield from _texts_backwards(child, tails_held=tails_held)
    if element.text and element.text.strip():
        yield " ".join(element.text.split()), element


def _following_texts(element: lxml.etree._Element, story: lxml.etree._Element | None = None
                     ) -> Iterator[tuple[str, lxml.etree._Element | None]]:
    """The non-empty text nodes after ``element`` (not inside it), in document order, with
    the element each is the text of (None for a tail), up to the end of the ``story``
    region (the body's) when it holds the element, else of the block that holds both
    (where a post's footer may still date it): past it stand other boxes (a sidebar's
    teasers with their own bylines and dates, the comments), whose short paragraphs do not
    end the header as the story's prose does."""
    story_line = story_ends(story)
    holders = story_line[1:]  # (the blocks that hold the region)
    node: lxml.etree._Element | None = element
    while node is not None:
        if node.tail and node.tail.strip():
            yield " ".join(node.tail.split()), None
        for sibling in node.itersiblings():
            yield from _texts_of(sibling)
            if sibling in holders:
                return
        node = node.getparent()
        if node is not None and (node.tag in ("body", "html") or node in story_line):
            return


def story_ends(story: lxml.etree._Element | None) -> list[lxml.etree._Element]:
    """The story's region and its ancestors, the region first. (No region: none.)"""
    if story is None:
        return []
    return [story, *story.iterancestors()]


def _texts_of(element: lxml.etree._Element
              ) -> Iterator[tuple[str, lxml.etree._Element | None]]:
    """The non-empty text nodes of ``element`` (unless it is not shown) and of its shown
    descendants, and its tail, in document order: one walk in lxml's C iterator, which
    skips a subtree that is not shown (its end event still comes, with its tail)."""
    if not isinstance(element.tag, str):  # a comment or processing instruction: its tail
        tail = element.tail
        if tail and tail.strip():
            yield " ".join(tail.split()), None
        return
    walker = lxml.etree.iterwalk(element, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event == "start":
            if not_shown(node):
                walker.skip_subtree()
                continue
            text = node.text
            if text and text.strip():
                yield " ".join(text.split()), node
            continue
        tail = node.tail  # an end, a comment or a processing instruction
        if tail and tail.strip():
            yield " ".join(tail.split()), None
