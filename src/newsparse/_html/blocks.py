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

from newsparse._errors import InputLimitError
from newsparse._html.hints import (
    CAPTION,
    CHROME,
    CONTENT,
    FAST_PATH_WORDS,
    HIDDEN,
    MAX_CACHED_TOKENS,
    TOKEN_HINTS,
    attribute_hints,
    pattern_hints,
    tag_hints,
)
from newsparse._native import native

# Subtrees that never hold visible text (the metadata readers skip them too).
NOT_RENDERED_TAGS: Final = frozenset(
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
    for tag in NOT_RENDERED_TAGS:
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


def block_text(raw: str, in_pre: bool) -> str:
    """A block's text from the raw text the walk gathered: white space squashed, lines
    kept where ``<br>`` broke them, table cells tab separated, preformatted text as it
    was. (The C walk does the common case itself and calls this for the rest.)"""
    if in_pre:
        # A <br> ends a line of preformatted text too; a cell keeps its tab.
        raw = raw.replace(_LINE, "\n").replace(_CELL, "\t")
        return "\n".join(line.rstrip() for line in raw.strip("\n").splitlines()).strip()
    if _LINE not in raw and _CELL not in raw:
        return " ".join(raw.split())  # the common case, at C speed
    lines = (
        "\t".join(filter(None, (" ".join(cell.split()) for cell in line.split(_CELL))))
        for line in raw.split(_LINE)
    )
    return "\n".join(line for line in lines if line)


if native is not None:
    native.configure(
        roles=_TAG_ROLES,
        token_cache=TOKEN_HINTS,
        max_cached_tokens=MAX_CACHED_TOKENS,
        fast_path_words=FAST_PATH_WORDS,
        pattern_hints=pattern_hints,
        attribute_hints=attribute_hints,
        block_type=Block,
        block_text=block_text,
    )


@attrs.frozen
class Segmentation:
    """The blocks of a page, and the elements whose class or tag promise content."""

    blocks: list[Block]
    content_elements: set[lxml.etree._Element]
    #: Every block owner and its ancestors, each with its parent (None at the top), in
    #: the order the walk first met them: the tree the region scores add up along.
    parents: dict[lxml.etree._Element, lxml.etree._Element | None]


_WalkResult = tuple[
    list[Block], set[lxml.etree._Element], dict[lxml.etree._Element, lxml.etree._Element | None]
]


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

    __slots__ = ("blocks", "link_chars", "link_depth", "list_depth", "parents", "parts",
                 "pre_depth", "quote_depth")

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parents: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
        self.parts: list[str] = []
        self.link_chars = 0
        self.link_depth = 0
        self.quote_depth = 0
        self.list_depth = 0
        self.pre_depth = 0

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
        text = block_text(raw, in_pre)
        if not text:
            return
        self.blocks.append(Block(text, owner, owner.tag, min(link_chars, len(text)), hints,
                                 chrome_chain, self.quote_depth > 0, self.list_depth > 0, in_pre))
        element: lxml.etree._Element | None = owner
        while element is not None and element not in self.parents:
            parent = element.getparent()
            self.parents[element] = parent
            element = parent


def segment(root: lxml.etree._Element, *, max_nodes: int) -> Segmentation:
    """Cut the document into blocks, in document order.

    Raises :class:`InputLimitError` when the tree holds more than ``max_nodes`` elements.
    """
    if not isinstance(root.tag, str):  # a comment or processing instruction: no blocks
        return Segmentation(blocks=[], content_elements=set(), parents={})
    walk = _walk_c if native is not None else _walk_python
    try:
        blocks, content_elements, parents = walk(root, max_nodes)
    except OverflowError as exc:
        raise InputLimitError(str(exc)) from None
    return Segmentation(blocks=blocks, content_elements=content_elements, parents=parents)


def _walk_c(
    root: lxml.etree._Element, max_nodes: int
) -> _WalkResult:
    assert native is not None
    return native.walk(root, max_nodes)


def _walk_python(  # noqa: PLR0912, PLR0915 - one hot loop: a call per element costs more
    root: lxml.etree._Element, max_nodes: int
) -> _WalkResult:
    """The reference walk; ``_cwalk.walk`` is its translation to C, tested equal.

    Raises :class:`OverflowError` when the tree holds more than ``max_nodes`` elements.
    """
    buffer = _Buffer()
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
    roles_of = _TAG_ROLES.get
    for event, element in walker:
        if event == "comment" or event == "pi":  # noqa: PLR1714 - faster than a set here
            text = element.tail
        elif event == "end":
            if element is top:
                entry = opened[-1]
                roles = entry.roles
                if roles & _BLOCK:
                    if parts:  # before leaving: the block still has this element's context
                        buffer.flush(opened, owners[-1], depth, chrome_chain)
                        parts = buffer.parts
                    owners.pop()
                if entry.own_hints & CHROME:
                    chrome_chain = chrome_chain[:-1]
                if roles & _COUNTED:
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
            own_hints = roles >> _HINT_SHIFT
            if roles & _SKIP:
                walker.skip_subtree()
                skipped = element
                continue
            if not roles & _PAGE:
                items = element.items()
                if items:
                    own_hints |= attribute_hints(items)
                    if own_hints & HIDDEN:
                        walker.skip_subtree()
                        skipped = element
                        continue
            if roles & _BLOCK:
                if parts:
                    buffer.flush(opened, owners[-1] if owners else None, depth, chrome_chain)
                    parts = buffer.parts
                owners.append(element)
            if roles & ~(_TABLE_CELL | _BREAK) & ((1 << _HINT_SHIFT) - 1) or own_hints:
                if own_hints & CONTENT:
                    content_elements.add(element)
                if own_hints & CHROME:
                    chrome_chain = (*chrome_chain, element)
                hints_here |= own_hints
                opened.append(_Open(element, roles, hints_here, own_hints, depth))
                top = element
                if roles & _COUNTED:
                    buffer.count(roles, 1)
            depth += 1
            if roles & _TABLE_CELL:
                # Cells of a row share one block, tab separated; blocks inside a cell
                # (layout tables) still flush on their own.
                if parts:
                    parts.append(_CELL)
            elif roles & _BREAK:
                if last_was_br:  # <br><br> separates paragraphs
                    buffer.flush(opened, owners[-1] if owners else None, depth, chrome_chain)
                    parts = buffer.parts
                else:
                    parts.append(_LINE)
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


def heading_level(tag: str) -> int | None:
    """1 to 6 for h1 to h6, else None."""
    return int(tag[1]) if tag in _HEADING_TAGS else None
