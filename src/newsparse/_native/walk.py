"""The segmentation walk in Python: the reference that ``_cwalk_walk.c`` translates.

The HTML stage (``_html/blocks.py``) gives it its tables (:class:`WalkTables`): which
tags are blocks, links, quotes…, the hints of classes and ids, and the block type.
"""

from __future__ import annotations

import lxml.etree

from newsparse._native.bits import (
    BLOCK,
    BREAK,
    CAPTION,
    CELL,
    CHROME,
    CONTENT,
    COUNTED,
    HIDDEN,
    HINT_SHIFT,
    LINE,
    LINK,
    LIST,
    PAGE,
    PRE,
    QUOTE,
    SKIP,
    TABLE_CELL,
)
from newsparse._native.interface import BlockT, WalkResult, WalkTables


class _Open:
    """An open element that matters again at its end: a block, a counted element (link,
    quote, list item, pre) or one with hints. Plain inline elements get no entry: the
    walk only counts them, which is where most of its time would go."""

    __slots__ = ("depth", "element", "hints", "own_hints", "roles")

    def __init__(
        self, element: lxml.etree._Element, roles: int, hints: int, own_hints: int, depth: int
    ) -> None:
        self.element = element
        self.roles = roles
        self.hints = hints  # in force inside it: its own and its ancestors'
        self.own_hints = own_hints
        self.depth = depth  # elements open above it, inline ones included


class _Buffer:
    """The inline text gathered since the last block boundary, and where it sits."""

    __slots__ = ("block_text", "block_type", "blocks", "link_chars", "link_depth",
                 "list_depth", "parents", "parts", "pre_depth", "quote_depth")

    def __init__(self, tables: WalkTables) -> None:
        self.block_type = tables.block_type
        self.block_text = tables.block_text
        self.blocks: list[BlockT] = []
        self.parents: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
        self.parts: list[str] = []
        self.link_chars = 0
        self.link_depth = 0
        self.quote_depth = 0
        self.list_depth = 0
        self.pre_depth = 0

    def count(self, roles: int, step: int) -> None:
        """Track how deep the walk is inside links, quotes, lists and pre."""
        if roles & LINK:
            self.link_depth += step
        elif roles & QUOTE:
            self.quote_depth += step
        elif roles & LIST:
            self.list_depth += step
        elif roles & PRE:
            self.pre_depth += step

    def flush(self, opened: list[_Open], owner: lxml.etree._Element | None, depth: int,
              chrome_chain: tuple[lxml.etree._Element, ...]) -> None:
        """Close the block gathered so far; ``depth`` counts the elements open now."""
        link_chars, self.link_chars = self.link_chars, 0
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        if owner is None:
            return  # text outside any element
        hints = 0
        if opened:
            hints = opened[-1].hints & ~CAPTION
            # Caption hints count only close by (the three innermost open elements): a
            # "teaser" class high up the page names a layout, not a caption.
            for entry in reversed(opened):
                if entry.depth < depth - 3:
                    break
                hints |= entry.own_hints & CAPTION
        in_pre = self.pre_depth > 0
        text = self.block_text(raw, in_pre)
        if not text:
            return
        self.blocks.append(self.block_type(
            text, owner, owner.tag, min(link_chars, len(text)), hints, chrome_chain,
            self.quote_depth > 0, self.list_depth > 0, in_pre))
        element: lxml.etree._Element | None = owner
        while element is not None and element not in self.parents:
            parent = element.getparent()
            self.parents[element] = parent
            element = parent


def walk(  # noqa: PLR0912, PLR0915 - one hot loop: a call per element costs more
    root: lxml.etree._Element, max_nodes: int, tables: WalkTables
) -> WalkResult:
    """The reference walk; ``_cwalk.walk`` is its translation to C, tested equal.

    Cut the tree into blocks: runs of inline text between two block-level boundaries,
    each owned by the nearest block-level element and carrying its link characters, the
    hints of its ancestors and the chrome-hinted elements around it.

    Raises :class:`OverflowError` when the tree holds more than ``max_nodes`` elements.
    """
    buffer = _Buffer(tables)
    parts = buffer.parts
    opened: list[_Open] = []
    top: lxml.etree._Element | None = None  # the innermost element of ``opened``
    hints_here = 0  # hints in force at the walk's position
    owners: list[lxml.etree._Element] = []
    # The chrome-hinted elements enclosing the current position, outermost first.
    chrome_chain: tuple[lxml.etree._Element, ...] = ()
    content_elements: set[lxml.etree._Element] = set()
    depth = 0  # open elements, inline ones included
    last_was_br = False
    # Comments and processing instructions come as events of their own: only their tails
    # are text (a caller's tree may hold them; our parser drops them).
    walker = lxml.etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    # A skipped element's end event comes right after its start.
    skipped: lxml.etree._Element | None = None
    count = 0
    roles_of = tables.roles.get
    attribute_hints = tables.attribute_hints
    for event, element in walker:
        if event == "comment" or event == "pi":  # noqa: PLR1714 - faster than a set here
            text = element.tail
        elif event == "end":
            if element is top:
                entry = opened[-1]
                roles = entry.roles
                if roles & BLOCK:
                    if parts:  # before leaving: the block still has this element's context
                        buffer.flush(opened, owners[-1], depth, chrome_chain)
                        parts = buffer.parts
                    owners.pop()
                if entry.own_hints & CHROME:
                    chrome_chain = chrome_chain[:-1]
                if roles & COUNTED:
                    buffer.count(roles, -1)
                opened.pop()
                if opened:
                    top = opened[-1].element
                    hints_here = opened[-1].hints
                else:
                    top = None
                    hints_here = 0
                depth -= 1
            elif element is skipped:
                skipped = None
            else:  # a plain inline element
                depth -= 1
            text = element.tail
        else:
            tag = element.tag
            if tag.__class__ is not str:  # an entity or processing instruction: no text
                walker.skip_subtree()
                skipped = element
                continue
            count += 1
            if count > max_nodes:
                raise OverflowError(f"the page has more than max_nodes={max_nodes} elements")
            roles = roles_of(tag, 0)
            own_hints = roles >> HINT_SHIFT
            if roles & SKIP:
                walker.skip_subtree()
                skipped = element
                continue
            if not roles & PAGE:
                items = element.items()
                if items:
                    own_hints |= attribute_hints(items)
                    if own_hints & HIDDEN:
                        walker.skip_subtree()
                        skipped = element
                        continue
            if roles & BLOCK:
                if parts:
                    buffer.flush(opened, owners[-1] if owners else None, depth, chrome_chain)
                    parts = buffer.parts
                owners.append(element)
            if roles & ~(TABLE_CELL | BREAK) & ((1 << HINT_SHIFT) - 1) or own_hints:
                if own_hints & CONTENT:
                    content_elements.add(element)
                if own_hints & CHROME:
                    chrome_chain = (*chrome_chain, element)
                hints_here |= own_hints
                opened.append(_Open(element, roles, hints_here, own_hints, depth))
                top = element
                if roles & COUNTED:
                    buffer.count(roles, 1)
            depth += 1
            if roles & TABLE_CELL:
                # Cells of a row share one block, tab separated; blocks inside a cell
                # (layout tables) still flush on their own.
                if parts:
                    parts.append(CELL)
            elif roles & BREAK:
                if last_was_br:  # <br><br> separates paragraphs
                    buffer.flush(opened, owners[-1] if owners else None, depth, chrome_chain)
                    parts = buffer.parts
                else:
                    parts.append(LINE)
                    last_was_br = True
                continue
            text = element.text
        if text:
            if not text.isspace():
                parts.append(text)
                last_was_br = False
                if buffer.link_depth:
                    buffer.link_chars += len(text.strip())
            elif buffer.pre_depth:
                parts.append(text)
            elif parts:
                parts.append(" ")  # indentation between tags: only its word break matters
    if parts:
        buffer.flush(opened, owners[-1] if owners else None, depth, chrome_chain)
    return buffer.blocks, content_elements, buffer.parents
