"""Types of the C walk (``_cwalk.c``): see ``_blocks._walk_python``, its reference."""

from collections.abc import Callable

import lxml.etree

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
CHROME: int
CONTENT: int
CAPTION: int
HIDDEN: int

def configure(
    roles: dict[str, int],
    token_cache: dict[str, int],
    token_hints: Callable[[str], int],
    attribute_hints: Callable[[list[tuple[str, str]]], int],
    /,
) -> None: ...
def walk(root: lxml.etree._Element, max_nodes: int, /) -> tuple[
    list[
        tuple[
            str, lxml.etree._Element, int, int, tuple[lxml.etree._Element, ...], bool, bool,
            bool,
        ]
    ],
    set[lxml.etree._Element],
]: ...
