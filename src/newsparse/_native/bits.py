"""The bit layout the segmentation walk shares with its tables: what a tag does to the
walk (its roles) and what a class, id or tag says about a block (its hints).

Facts of the interface, not tuning: ``_cwalk_common.h`` holds the same numbers, and
tests/test_cwalk.py checks that the C module reports them.
"""

from __future__ import annotations

from typing import Final

# What a tag does to the walk, looked up once per element.
BLOCK: Final = 1  # starts a new block
SKIP: Final = 2  # a subtree that never holds visible text
LINK: Final = 4
QUOTE: Final = 8
LIST: Final = 16
PRE: Final = 32
TABLE_CELL: Final = 64
BREAK: Final = 128  # <br>
PAGE: Final = 256  # <html> and <body>: their attributes give no hints
COUNTED: Final = LINK | QUOTE | LIST | PRE  # the walk tracks how deep it is inside these
#: The high bits of a tag's roles carry the hints the tag itself gives.
HINT_SHIFT: Final = 12

# What an element's tag, class, id, role or style say about the blocks inside it.
CHROME: Final = 1
CONTENT: Final = 2
CAPTION: Final = 8
HIDDEN: Final = 16

# Separators no parsed text can contain (control characters never reach the tree).
LINE: Final = "\x00"  # a <br>
CELL: Final = "\x01"  # a table cell boundary
