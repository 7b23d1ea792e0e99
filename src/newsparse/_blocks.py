"""Stage 3 (HTML): segment the tree into text blocks, in one walk.

A block is the run of inline text between two block-level boundaries, owned by the
nearest block-level element. Each block carries what the classifier needs: its text,
how much of it sits inside links, its owner element and tag, and the chrome or content
hints that the class, id and role of its ancestors give.
"""

from __future__ import annotations

from typing import Final

import attrs
import lxml.etree

from ._errors import InputLimitError
from ._hints import CAPTION, CHROME, CONTENT, HIDDEN, attribute_hints, tag_hints

# Subtrees that never hold visible article text.
_SKIPPED: Final = frozenset(
    "script style noscript template svg math iframe object embed canvas video audio "
    "map select datalist noframes head button input textarea option link meta title "
    "base dialog".split()
)
# Elements that start a new block; everything else is inline.
BLOCK_TAGS: Final = frozenset(
    "html body div p section article main header footer nav aside h1 h2 h3 h4 h5 h6 "
    "ul ol li dl dt dd blockquote pre table thead tbody tfoot tr caption figure "
    "figcaption address form fieldset legend center hr details summary menu hgroup "
    "frameset frame noframes picture".split()
)
_HEADING_TAGS: Final = frozenset("h1 h2 h3 h4 h5 h6".split())

# Separators no parsed text can contain (control characters never reach the tree).
_LINE: Final = "\x00"  # a <br>
_CELL: Final = "\x01"  # a table cell boundary

# What a tag does to the walk, looked up once per element. The high bits carry the
# hints the tag itself gives (nav is chrome, article is content, figure is caption).
_BLOCK, _SKIP, _LINK, _QUOTE, _LIST, _PRE, _TABLE_CELL, _BREAK, _PAGE = (1 << i for i in range(9))
_COUNTED = _LINK | _QUOTE | _LIST | _PRE
_HINT_SHIFT = 12


def _tag_roles() -> dict[str, int]:
    roles: dict[str, int] = {}
    for tag in BLOCK_TAGS:
        roles[tag] = _BLOCK
    for tag in _SKIPPED:
        roles[tag] = _SKIP
    for tag, role in (("a", _LINK), ("blockquote", _QUOTE), ("li", _LIST), ("dd", _LIST),
                      ("dt", _LIST), ("pre", _PRE), ("td", _TABLE_CELL),
                      ("th", _TABLE_CELL), ("br", _BREAK), ("html", _PAGE), ("body", _PAGE)):
        roles[tag] = roles.get(tag, 0) | role
    hinted = ("nav", "footer", "aside", "menu", "article", "main", "figure", "figcaption")
    for tag in {*roles, *hinted}:
        roles[tag] = roles.get(tag, 0) | (tag_hints(tag) << _HINT_SHIFT)
    return roles


@attrs.define(slots=True, eq=False)
class Block:
    """One run of inline text and what its place in the tree says about it."""

    text: str
    owner: lxml.etree._Element
    tag: str
    link_chars: int
    hints: int
    chrome_chain: tuple[lxml.etree._Element, ...]
    in_quote: bool
    in_list: bool
    in_pre: bool

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


_TAG_ROLES: Final = _tag_roles()


class _Segmenter:
    """Walks the tree once, flushing the inline text buffer at every block boundary."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.link_depth = 0
        self.quote_depth = 0
        self.list_depth = 0
        self.pre_depth = 0
        self.last_was_br = False
        # Per open element: (its tag's roles, hints in force inside it, its own hints).
        self.stack: list[tuple[int, int, int]] = []
        # The chrome-hinted elements enclosing the current position, outermost first.
        self.chrome_chain: tuple[lxml.etree._Element, ...] = ()
        self.owners: list[lxml.etree._Element] = []
        self.content_elements: set[lxml.etree._Element] = set()

    def add(self, text: str | None) -> None:
        if not text:
            return
        if text.isspace() and not self.pre_depth:
            # Indentation between tags: only its word break matters.
            if self.parts:
                self.parts.append(" ")
            return
        self.parts.append(text)
        if self.link_depth:
            self.link_chars += len(text.strip())
        if not text.isspace():
            self.last_was_br = False

    def flush(self) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        link_chars, self.link_chars = self.link_chars, 0
        if self.pre_depth:
            text = "\n".join(line.rstrip() for line in raw.strip("\n").splitlines()).strip()
        elif _LINE not in raw and _CELL not in raw:
            text = " ".join(raw.split())  # the common case, at C speed
        else:
            lines = (
                "\t".join(filter(None, (" ".join(cell.split()) for cell in line.split(_CELL))))
                for line in raw.split(_LINE)
            )
            text = "\n".join(line for line in lines if line)
        if not text or not self.owners:
            return  # only white space, or text outside any element
        owner = self.owners[-1]
        hints = self.stack[-1][1] & ~CAPTION if self.stack else 0
        # Caption hints count only close by: a "teaser" class high up the page names
        # a layout, not a caption.
        for entry in self.stack[-3:]:
            hints |= entry[2] & CAPTION
        self.blocks.append(
            Block(
                text=text,
                owner=owner,
                tag=owner.tag,
                link_chars=min(link_chars, len(text)),
                hints=hints,
                chrome_chain=self.chrome_chain,
                in_quote=self.quote_depth > 0,
                in_list=self.list_depth > 0,
                in_pre=self.pre_depth > 0,
            )
        )

    def count(self, roles: int, step: int) -> None:
        """Track how deep the walk is inside links, quotes, lists and pre."""
        if roles & _LINK:
            self.link_depth += step
        elif roles & _QUOTE:
            self.quote_depth += step
        elif roles & _LIST:
            self.list_depth += step
        elif roles & _PRE:
            self.pre_depth += step

    def open(self, element: lxml.etree._Element, roles: int, own_hints: int) -> None:
        """Enter an element that is walked (not skipped)."""
        stack = self.stack
        if roles & _BLOCK:
            if self.parts:
                self.flush()
            self.owners.append(element)
        if own_hints:
            if own_hints & CONTENT:
                self.content_elements.add(element)
            if own_hints & CHROME:
                self.chrome_chain = (*self.chrome_chain, element)
        stack.append((roles, (stack[-1][1] if stack else 0) | own_hints, own_hints))
        if roles & _COUNTED:
            self.count(roles, 1)
        elif roles & _TABLE_CELL:
            # Cells of a row share one block, tab separated; blocks inside a cell
            # (layout tables) still flush on their own.
            if self.parts:
                self.parts.append(_CELL)
        elif roles & _BREAK:
            if self.last_was_br:
                self.flush()  # <br><br> separates paragraphs
            else:
                self.parts.append(_LINE)
                self.last_was_br = True
            return
        text = element.text
        if text:
            self.add(text)

    def close(self, element: lxml.etree._Element) -> None:
        """Leave an element that was walked, then read its tail."""
        roles, _, own_hints = self.stack[-1]
        if roles & _BLOCK:
            if self.parts:
                self.flush()  # before leaving: the block still has this element's context
            self.owners.pop()
        self.stack.pop()
        if own_hints & CHROME:
            self.chrome_chain = self.chrome_chain[:-1]
        if roles & _COUNTED:
            self.count(roles, -1)
        tail = element.tail
        if tail:
            self.add(tail)


@attrs.frozen
class Segmentation:
    """The blocks of a page, and the elements whose class or tag promise content."""

    blocks: list[Block]
    content_elements: set[lxml.etree._Element]


def segment(  # noqa: PLR0912, PLR0915 - one hot loop: a call per element costs more
    root: lxml.etree._Element, *, max_nodes: int
) -> Segmentation:
    """Cut the document into blocks, in document order.

    Raises :class:`InputLimitError` when the tree holds more than ``max_nodes`` elements.
    """
    segmenter = _Segmenter()
    stack = segmenter.stack
    add = segmenter.add
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    # A skipped element's end event comes right after its start.
    skipped: lxml.etree._Element | None = None
    count = 0
    roles_of = _TAG_ROLES.get
    for event, element in walker:
        if element is None:  # lxml's stubs allow it; iterwalk never yields one
            continue
        if event == "end":
            if skipped is not None and element is skipped:
                skipped = None
                if element.tail:
                    add(element.tail)
            elif stack[-1][0] or stack[-1][2]:
                segmenter.close(element)
            else:  # a plain inline element: only its tail is left
                stack.pop()
                tail = element.tail
                if tail:
                    add(tail)
            continue
        tag = element.tag
        if not isinstance(tag, str):  # an entity or processing instruction: no text
            walker.skip_subtree()
            skipped = element
            continue
        count += 1
        if count > max_nodes:
            raise InputLimitError(f"the page has more than max_nodes={max_nodes} elements")
        roles = roles_of(tag, 0)
        hints = roles >> _HINT_SHIFT
        if roles & _SKIP:
            walker.skip_subtree()
            skipped = element
            continue
        items = element.items()
        if items and not roles & _PAGE:
            hints |= attribute_hints(items)
            if hints & HIDDEN:
                walker.skip_subtree()
                skipped = element
                continue
        if roles or hints:
            segmenter.open(element, roles, hints)
        else:  # the commonest case, kept out of method calls: a plain inline element
            stack.append((0, stack[-1][1] if stack else 0, 0))
            text = element.text
            if text:
                add(text)
    segmenter.flush()
    return Segmentation(blocks=segmenter.blocks, content_elements=segmenter.content_elements)


def heading_level(tag: str) -> int | None:
    """1 to 6 for h1 to h6, else None."""
    return int(tag[1]) if tag in _HEADING_TAGS else None
