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
    FAST_PATH_WORDS,
    MAX_CACHED_TOKENS,
    TOKEN_HINTS,
    attribute_hints,
    pattern_hints,
    tag_hints,
)
from newsparse._native import kernels
from newsparse._native.bits import (
    BLOCK,
    BREAK,
    CELL,
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
from newsparse._native.interface import Ancestry, WalkResult, WalkTables

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

def _tag_roles() -> dict[str, int]:
    roles: dict[str, int] = {}
    for tag in BLOCK_TAGS:
        roles[tag] = BLOCK
    for tag in NOT_RENDERED_TAGS:
        roles[tag] = SKIP
    for tag, role in (("a", LINK), ("blockquote", QUOTE), ("li", LIST), ("dd", LIST),
                      ("dt", LIST), ("pre", PRE), ("td", TABLE_CELL),
                      ("th", TABLE_CELL), ("br", BREAK), ("html", PAGE), ("body", PAGE)):
        roles[tag] = roles.get(tag, 0) | role
    hinted = ("nav", "footer", "aside", "menu", "figure", "figcaption")
    for tag in {*roles, *hinted}:
        roles[tag] = roles.get(tag, 0) | (tag_hints(tag) << HINT_SHIFT)
    return roles


# No weak reference slot (8 bytes a block): a page of tiny elements has one a block.
@attrs.define(slots=True, eq=False, weakref_slot=False)
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
        raw = raw.replace(LINE, "\n").replace(CELL, "\t")
        return "\n".join(line.rstrip() for line in raw.strip("\n").splitlines()).strip()
    if LINE not in raw and CELL not in raw:
        return " ".join(raw.split())  # the common case, at C speed
    lines = (
        "\t".join(filter(None, (" ".join(cell.split()) for cell in line.split(CELL))))
        for line in raw.split(LINE)
    )
    return "\n".join(line for line in lines if line)


#: What the walk needs to know of HTML: tag roles, class and id hints, and blocks.
TABLES: Final = WalkTables(
    roles=_TAG_ROLES,
    token_cache=TOKEN_HINTS,
    max_cached_tokens=MAX_CACHED_TOKENS,
    fast_path_words=FAST_PATH_WORDS,
    pattern_hints=pattern_hints,
    attribute_hints=attribute_hints,
    block_type=Block,
    block_text=block_text,
)
_WALK: Final = kernels.walker(TABLES)


@attrs.frozen
class Segmentation:
    """The blocks of a page, and the elements whose class or tag promise content."""

    blocks: list[Block]
    content_elements: set[lxml.etree._Element]
    #: Every block owner and its ancestors, children first: the tree the region scores
    #: add up along. (Built here, so that the walk's dict of parents, 40 bytes an
    #: element, is let go before the region is chosen.)
    ancestry: Ancestry


def walk_blocks(root: lxml.etree._Element, *, max_nodes: int) -> WalkResult:
    """The walk's blocks, content-promising elements, and every block owner and its
    ancestors with their parents (None at the top), in the order the walk met them.

    Raises :class:`InputLimitError` when the tree holds more than ``max_nodes`` elements.
    """
    if not isinstance(root.tag, str):  # a comment or processing instruction: no blocks
        return [], set(), {}
    try:
        return _WALK(root, max_nodes)
    except OverflowError as exc:
        raise InputLimitError(str(exc)) from None


def segment(root: lxml.etree._Element, *, max_nodes: int) -> Segmentation:
    """Cut the document into blocks, in document order.

    Raises :class:`InputLimitError` when the tree holds more than ``max_nodes`` elements.
    """
    blocks, content_elements, parents = walk_blocks(root, max_nodes=max_nodes)
    return Segmentation(blocks=blocks, content_elements=content_elements,
                        ancestry=kernels.ancestry(parents))


def heading_level(tag: str) -> int | None:
    """1 to 6 for h1 to h6, else None."""
    return int(tag[1]) if tag in _HEADING_TAGS else None
