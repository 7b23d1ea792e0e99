"""The page's short pieces of text in document order, for the searches that look past the
article's header (a byline in an author box, a date labelled "Published" in a side column).

One walk gathers the texts of the text nodes (the element of a piece is looked up only for
the few pieces a search takes an interest in); whether a piece sits in chrome (a menu, a sidebar,
a footer, related stories, comments) or in a hidden element is asked only of the few
pieces a search takes an interest in, and answered once per element.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import cast

import lxml.etree

from newsparse._html.blocks import NOT_RENDERED_TAGS
from newsparse._html.hints import attribute_hints, tag_hints
from newsparse._native import kernels
from newsparse._native.bits import CHROME, HIDDEN

# Pieces are read from the first of the page only (``ParseOptions.meta_max_page_pieces``):
# an author box sits within a long story's page, not after thousands of comments.


@functools.lru_cache(maxsize=16)
def _compiled(prefix: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(prefix + "(?:" + pattern.pattern + ")", pattern.flags)


# A piece that holds a digit, looked ahead for before a search tries each character.
_DIGIT_AHEAD = r"\0(?=[^\0\d]*+\d)[^\0]*?"
_ANY_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=16)
def _whole_line(line: str) -> re.Pattern[str]:
    return re.compile(re.escape(line), re.IGNORECASE)


# A class that names the footer of a post, not of the page ("post-footer", Blogger's
# "post-footer-line-1", TypePad's "post-footers", WordPress's "entry-footer"): where a
# blog prints "Posted by Jane Doe at 12:32 PM" under the story.
_POST_FOOTER = re.compile(r"(?<![^\s_-])(?:post|entry|article|story)[-_]?foot(?:er)?s?"
                          r"(?:[-_]line(?:[-_]\d+)?)?(?![^\s])")


def _post_footer_hints(element: lxml.etree._Element) -> int:
    """The element's hints from its class and id words other than a post's footer's."""
    items = [(key, _POST_FOOTER.sub(" ", value.lower()) if key in ("class", "id") else value)
             for key, value in cast("list[tuple[str, str]]", element.items())]
    return attribute_hints(items)


class PagePieces:
    """The body's pieces of text (its non-blank text nodes, not a script's or a style's)
    in document order, read when first asked for: each piece's text with white space
    squashed, the element it is the text of (``owner``: None for a tail) and the element
    whose text holds it (``block``). Searches find their few candidates with one regular
    expression over all the pieces at once (:meth:`starting`, :meth:`matching`) rather
    than a test of each in Python."""

    __slots__ = ("_article_root", "_as_joined", "_joined", "_keep", "_max_pieces", "_nodes",
                 "_piece_at", "_pieces", "_root", "_shown", "_texts")

    def __init__(self, root: lxml.etree._Element,
                 article_root: lxml.etree._Element | None, max_pieces: int) -> None:
        self._root = root
        self._max_pieces = max_pieces
        self._article_root = article_root
        self._nodes: list[str] | None = None
        self._piece_at: Callable[[int], tuple[lxml.etree._Element, bool] | None] | None = None
        # Each asked-for piece's element and whether the piece is its tail.
        self._pieces: dict[int, tuple[lxml.etree._Element, bool]] = {}
        self._joined = ""
        self._as_joined = True  # the pieces are as the joined text holds them (no NUL)
        self._texts: dict[int, str] = {}
        # Keyed by the elements themselves, which keeps their proxies alive: an id() of a
        # proxy lxml has let go may come back as another element's.
        self._keep: set[lxml.etree._Element] = set()
        self._shown: dict[lxml.etree._Element, bool] = {}

    @property
    def root(self) -> lxml.etree._Element:
        return self._root

    @property
    def body(self) -> lxml.etree._Element:
        """The page's ``<body>`` (the root when it has none): where the searches look."""
        body = self._root.find("body")
        return self._root if body is None else body

    def text(self, index: int) -> str:
        """Piece ``index``'s text, white space squashed ("" past either end)."""
        nodes = self._gathered()
        if not 0 <= index < len(nodes):
            return ""
        text = self._texts.get(index)
        if text is None:
            text = self._texts[index] = " ".join(nodes[index].split())
        return text

    def starting_matches(self, pattern: re.Pattern[str]) -> list[tuple[int, re.Match[str]]]:
        """Each piece whose text (after white space) ``pattern`` matches at its start, and
        the match, which may run on into the pieces after it (NULs part them), in document
        order."""
        nodes = self._gathered()
        joined = self._joined
        found: list[tuple[int, re.Match[str]]] = []
        index, counted = -1, 0
        for match in _compiled(r"\0\s*", pattern).finditer(joined):
            index += joined.count("\0", counted, match.start() + 1)
            counted = match.start() + 1
            if 0 <= index < len(nodes):
                found.append((index, match))
        return found

    def showing(self, line: str, limit: int) -> list[int]:
        """The first ``limit`` pieces whose whole text, white space around it aside, is
        ``line`` in any case, in document order: what :meth:`starting` finds for
        ``re.escape(line)`` and white space up to the piece's end, ignoring case, but
        without compiling a pattern for each page's line (which cost more than the whole
        search); a pattern is made only for a piece that writes ``line`` otherwise.
        ``line`` has no white space at either end."""
        self._gathered()
        # The pieces as the joined text holds them (where a piece held a NUL, it is a space).
        texts = self._nodes if self._as_joined else self._joined[1:].split("\0")
        size = len(line)
        found: list[int] = []
        for index, piece in enumerate(texts or ()):
            # A letter matches one character, of any case, never white space: the piece's
            # text within its white space is as long as the line.
            if len(piece) < size:
                continue
            text = piece.strip()
            if len(text) != size or (text != line and not _whole_line(line).fullmatch(text)):
                continue
            found.append(index)
            if len(found) >= limit:
                break
        return found

    def written_in_lower_case(self, word: str) -> bool:
        """True when some piece writes ``word`` in lower case as a word of its own
        ("travel" for "Travel"): a common word, not a name's."""
        self._gathered()
        lower = word.lower()
        return lower != word and re.search(
            r"(?<![\w'’-])" + re.escape(lower) + r"(?![\w'’-])", self._joined) is not None

    def starting(self, pattern: re.Pattern[str]) -> list[int]:
        """The pieces whose text (after white space) ``pattern`` matches at its start, in
        document order. ``pattern`` must not match a NUL."""
        return self._indexes(pattern, r"\0\s*")

    def matching(self, pattern: re.Pattern[str], *, needs_digit: bool = False) -> list[int]:
        """The pieces whose text ``pattern`` matches somewhere, in document order.
        ``pattern`` must not match a NUL. ``needs_digit``: ``pattern`` matches only where
        the piece holds a digit (a date's), so a piece without one is passed over at once
        (the search would try it at each of its characters)."""
        # Anchored at the piece's start, one match a piece (the first), not one for each
        # place it matches: a digit's pattern would match thousands of times a page.
        return self._indexes(pattern, _DIGIT_AHEAD if needs_digit else r"\0[^\0]*?")

    def with_digits(self) -> list[int]:
        """The pieces that hold a digit, in document order: ``matching`` of ``\\d``, in a
        scan that passes over the piece's other characters in one step."""
        return self._indexes(_ANY_DIGIT, r"\0[^\0\d]*+")

    def owner(self, index: int) -> lxml.etree._Element | None:
        """The element piece ``index`` is the text of (None for a tail)."""
        element, is_tail = self._piece(index)
        return None if is_tail else element

    def block(self, index: int) -> lxml.etree._Element:
        """The element whose own text holds piece ``index``."""
        element, is_tail = self._piece(index)
        if is_tail:
            parent = element.getparent()
            assert parent is not None  # a tail below <body> has its element's parent
            return parent
        return element

    def _piece(self, index: int) -> tuple[lxml.etree._Element, bool]:
        """Piece ``index``'s element and whether the piece is its tail."""
        piece = self._pieces.get(index)
        if piece is None:
            self._gathered()
            assert self._piece_at is not None
            found = self._piece_at(index)
            assert found is not None  # a text below <body> has its element
            piece = self._pieces[index] = found
        return piece

    def outside_chrome(self, index: int) -> bool:
        """True when piece ``index`` is shown and sits in no chrome (see
        :meth:`element_outside_chrome`)."""
        return self.element_outside_chrome(self.block(index))

    def element_outside_chrome(self, element: lxml.etree._Element) -> bool:
        """True when ``element`` is shown and sits in no chrome: no ancestor is hidden,
        and none is chrome by tag, class or role, unless it holds the article (a layout's
        "has-sidebar" wrapper) or is an ``<article>``'s own ``<footer>``; comment threads
        named in a glued word ("commentbody") are chrome too."""
        self._gathered()
        chain: list[lxml.etree._Element] = []
        node: lxml.etree._Element | None = element
        answer = True
        while node is not None:
            known = self._shown.get(node)
            if known is not None:
                answer = known
                break
            if node.tag in ("body", "html"):
                break
            chain.append(node)
            node = node.getparent()
        for ancestor in reversed(chain):
            answer = answer and self._shown_alone(ancestor)
            self._shown[ancestor] = answer
        return answer

    def _indexes(self, pattern: re.Pattern[str], prefix: str) -> list[int]:
        nodes = self._gathered()
        found: list[int] = []
        # Each piece follows a NUL (the first one too), so "\0" before a pattern anchors
        # it at a piece's start, and the NULs before a match count the pieces before it.
        index, counted = -1, 0
        joined = self._joined
        search = _compiled(prefix, pattern)
        for match in search.finditer(joined):
            index += joined.count("\0", counted, match.start() + 1)
            counted = match.start() + 1
            if not found or found[-1] != index:
                found.append(index)
        return [i for i in found if 0 <= i < len(nodes)]

    def _shown_alone(self, element: lxml.etree._Element) -> bool:
        tag = element.tag
        if not isinstance(tag, str) or tag in NOT_RENDERED_TAGS:
            return False
        # An HTML tree's attribute names and values are str (bytes in a bytes-built XML tree).
        hints = attribute_hints(cast("list[tuple[str, str]]", element.items()))
        if hints & HIDDEN:
            return False
        if element in self._keep:
            return True
        marks = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if "comment" in marks:
            return False
        if _POST_FOOTER.search(marks):
            # A post's own footer by its class ("Posted by Jane Doe at 12:32 PM"), whatever
            # its tag: only its other words can make it chrome.
            hints = _post_footer_hints(element)
            own_footer = tag == "footer"
        else:
            # An article's own footer ("Posted by Jane Doe"), not the page's.
            own_footer = tag == "footer" and any(
                ancestor.tag == "article" for ancestor in element.iterancestors())
        if own_footer and not hints & CHROME:
            return True
        return not (tag_hints(tag) | hints) & CHROME

    def _gathered(self) -> list[str]:
        if self._nodes is None:
            if self._article_root is not None:
                self._keep = {self._article_root, *self._article_root.iterancestors()}
            nodes, self._piece_at = kernels.text_pieces(self.body, self._max_pieces)
            self._nodes = nodes
            # A NUL parts the pieces (one a text holds is made a space first).
            joined = "\0".join(nodes)
            if joined.count("\0") != max(0, len(nodes) - 1):
                joined = "\0".join(node.replace("\0", " ") for node in nodes)
                self._as_joined = False
            self._joined = "\0" + joined
        return self._nodes
