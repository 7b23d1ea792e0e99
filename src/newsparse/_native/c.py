"""The kernels in C: the translations in ``_cwalk.c``, behind the same interface.

Importing this module raises ImportError when the build has no C module.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Final

from newsparse._native import _cwalk
from newsparse._native.interface import (
    Element,
    ElementValues,
    MarkedFinder,
    Memo,
    Walk,
    WalkTables,
)

_Values = dict[Element, float]
#: The C module's functions this file calls: a build older than the sources lacks some
#: (an editable install whose C sources changed since it was built), and is not used.
FUNCTIONS: Final = (
    "ancestry", "class_element", "class_values", "configure_walk", "first_marked",
    "has_control_bytes", "has_control_references", "is_clean_utf8", "overfull_tags", "place",
    "source_elements", "start_tag_attributes", "subtree_sums", "sums_and_scores",
    "sums_and_top", "text_piece",
    "text_pieces", "value_of", "walk",
    "without_html_ends",
)


class CAncestry:
    """:class:`~newsparse._native.ancestry.PythonAncestry` with its loops in C: same order,
    same sums, same floats. It keeps no reference to ``parents``: the tree is in arrays."""

    def __init__(self, parents: dict[Element, Element | None]) -> None:
        self._tree = _cwalk.ancestry(parents)
        self.order = self._tree[0]
        self._place = functools.partial(_cwalk.place, self._tree)

    def _values(self, numbers: bytes) -> ElementValues:
        return ElementValues(self.order, self._place, memoryview(numbers).cast("d"),
                             functools.partial(_cwalk.value_of, self._tree, numbers))

    def subtree_sums(self, own: _Values) -> ElementValues:
        return self._values(_cwalk.subtree_sums(self._tree, own))

    def sums_and_scores(self, own: _Values, decay: float) -> tuple[_Values, _Values]:
        return _cwalk.sums_and_scores(self._tree, own, decay)

    def sums_and_top(
        self, owners: list[Element], values: list[float], decay: float,
        promised: set[Element], bonus: float,
    ) -> tuple[ElementValues, Element, float]:
        sums, top, score = _cwalk.sums_and_top(self._tree, owners, values, decay, promised,
                                               bonus)
        return self._values(sums), top, score

    def first_marked(self, element: Element, marked: set[Element], memo: Memo) -> Element | None:
        return _cwalk.first_marked(self._tree, element, marked, memo)

    def marked_finder(self) -> MarkedFinder:
        # A partial is called from C: no Python frame per block.
        return functools.partial(_cwalk.first_marked, self._tree)


class CKernels:
    """The kernels of the C module ``_cwalk``."""

    name = "c"
    #: The C module itself (its ``token_hints`` and bit constants serve the tests).
    module = _cwalk

    def without_html_ends(self, data: bytes) -> bytes:
        return _cwalk.without_html_ends(data)  # a memchr scan, several times the regex's

    def overfull_tags(self, data: bytes, max_attributes: int) -> list[tuple[int, int, bool]]:
        return _cwalk.overfull_tags(data, max_attributes)  # one pass, memchr between tags

    def start_tag_attributes(self, data: bytes, max_attributes: int) -> int:
        return _cwalk.start_tag_attributes(data, max_attributes)  # the same pass, counting

    def is_clean_utf8(self, data: bytes) -> bool:
        return _cwalk.is_clean_utf8(data)  # one scan for both

    def has_control_bytes(self, data: bytes) -> bool:
        return _cwalk.has_control_bytes(data)

    def has_control_references(self, data: bytes) -> bool:
        return _cwalk.has_control_references(data)

    def class_values(
        self, container: Element
    ) -> tuple[list[str], Callable[[int], Element | None]]:
        return _cwalk.class_values(container), functools.partial(_cwalk.class_element,
                                                                 container)

    def text_pieces(
        self, container: Element, limit: int
    ) -> tuple[list[str], Callable[[int], tuple[Element, bool] | None]]:
        # Plain strings, and an element only for the few pieces a search asks about: a
        # node-set of smart strings costs several times more.
        return _cwalk.text_pieces(container, limit), functools.partial(_cwalk.text_piece,
                                                                       container)

    def sources_in_order(
        self,
        root: Element,
        tags: tuple[str, ...],
        read_tagged: Callable[[Iterable[Element]], list[Element]],
    ) -> list[Element]:
        # One walk gives every source in document order; read_tagged passes the microdata
        # and rel=author elements among them through to the positioned ones.
        return read_tagged(_cwalk.source_elements(root, tags))

    def walker(self, tables: WalkTables) -> Walk:
        # The C module holds one set of tables: those of the last walker made (the HTML
        # stage makes one, at import).
        _cwalk.configure_walk(
            roles=tables.roles,
            token_cache=tables.token_cache,
            max_cached_tokens=tables.max_cached_tokens,
            fast_path_words=tables.fast_path_words,
            pattern_hints=tables.pattern_hints,
            attribute_hints=tables.attribute_hints,
            block_type=tables.block_type,
            block_text=tables.block_text,
        )
        return _cwalk.walk

    def ancestry(self, parents: dict[Element, Element | None]) -> CAncestry:
        return CAncestry(parents)


C: Final = CKernels()
