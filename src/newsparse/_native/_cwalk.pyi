"""Types of the C module (``_cwalk.c``): see ``walk.py``, ``ancestry.py`` and ``python.py``,
its references."""

from collections.abc import Callable
from typing import Any

import lxml.etree

Block = Any  # the HTML stage's block type, given to configure_walk()

BLOCK: int
SKIP: int
LINK: int
QUOTE: int
LIST: int
PRE: int
TABLE_CELL: int
BREAK: int
PAGE: int
HINT_SHIFT: int
BUILT_LXML: str
BUILT_LIBXML2: str
CHROME: int
CONTENT: int
CAPTION: int
HIDDEN: int

def configure_walk(
    *,
    roles: dict[str, int],
    token_cache: dict[str, int],
    max_cached_tokens: int,
    fast_path_words: tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]],
    pattern_hints: Callable[[str], int],
    attribute_hints: Callable[[list[tuple[str, str]]], int],
    block_type: Callable[..., Block],
    block_text: Callable[[str, bool], str],
) -> None: ...
def token_hints(token: str, /) -> int: ...
def walk(
    root: lxml.etree._Element, max_nodes: int, /
) -> tuple[
    list[Block],
    set[lxml.etree._Element],
    dict[lxml.etree._Element, lxml.etree._Element | None],
]: ...
_Tree = tuple[list[lxml.etree._Element], object]  # the order, and a capsule of arrays

def ancestry(parents: dict[lxml.etree._Element, lxml.etree._Element | None], /) -> _Tree: ...
def subtree_sums(tree: _Tree, own: dict[lxml.etree._Element, float], /) -> bytes: ...
def place(tree: _Tree, element: lxml.etree._Element, /) -> int: ...
def value_of(
    tree: _Tree, numbers: bytes, element: lxml.etree._Element, default: float = ..., /
) -> float: ...
def sums_and_scores(
    tree: _Tree, own: dict[lxml.etree._Element, float], decay: float, /
) -> tuple[dict[lxml.etree._Element, float], dict[lxml.etree._Element, float]]: ...
def sums_and_top(
    tree: _Tree,
    owners: list[lxml.etree._Element],
    values: list[float],
    decay: float,
    promised: set[lxml.etree._Element],
    bonus: float,
    /,
) -> tuple[bytes, lxml.etree._Element, float]: ...
def first_marked(
    tree: _Tree,
    element: lxml.etree._Element,
    marked: set[lxml.etree._Element],
    memo: dict[lxml.etree._Element, lxml.etree._Element | None],
    /,
) -> lxml.etree._Element | None: ...
def source_elements(
    root: lxml.etree._Element, tags: tuple[str, ...], /
) -> list[lxml.etree._Element]: ...
def has_control_bytes(data: bytes, /) -> bool: ...
def is_clean_utf8(data: bytes, /) -> bool: ...
def class_values(container: lxml.etree._Element, /) -> list[str]: ...
def class_element(container: lxml.etree._Element, index: int, /) -> lxml.etree._Element: ...
def text_pieces(container: lxml.etree._Element, limit: int, /) -> list[str]: ...
def text_piece(container: lxml.etree._Element, index: int, /
               ) -> tuple[lxml.etree._Element, bool] | None: ...
def without_html_ends(data: bytes, /) -> bytes: ...
def has_control_references(data: bytes, /) -> bool: ...
def overfull_tags(data: bytes, max_attributes: int, /) -> list[tuple[int, int, bool]]: ...
def start_tag_attributes(data: bytes, max_attributes: int, /) -> int: ...
