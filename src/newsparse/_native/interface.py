"""The interface of the loops that have a C translation: :class:`Kernels`.

Two implementations stand behind it, like the transports of an HTTP client: the Python
references (:mod:`newsparse._native.python`) and the C module's translations
(:mod:`newsparse._native.c`). Both give the same output for the same input; tests run
every equality check over both. The package chooses one at import (``__init__``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol

import attrs
import lxml.etree

Element = lxml.etree._Element
#: A block made by the walk (the HTML stage's ``Block``; the kernels only build it).
BlockT = Any
#: What the segmentation walk gives: its blocks, the elements whose class or tag promise
#: content, and every block owner and its ancestors with their parents, in the order the
#: walk first met them.
WalkResult = tuple[list[BlockT], set[Element], dict[Element, Element | None]]
#: A walk bound to its tables: (root, max_nodes) -> WalkResult. Raises OverflowError
#: past ``max_nodes`` elements.
Walk = Callable[[Element, int], WalkResult]
Memo = dict[Element, Element | None]
#: ``first_marked`` bound to a tree: (element, marked, memo) -> nearest marked or None.
MarkedFinder = Callable[[Element, set[Element], Memo], Element | None]


@attrs.frozen
class WalkTables:
    """What the HTML stage tells the walk: the roles of tags, the hint machinery of
    classes and ids, and how to make a block. The C walk takes them once through its
    ``configure_walk``; the Python walk reads them from here."""

    #: Tag name -> role bits, with the tag's own hints above ``bits.HINT_SHIFT``.
    roles: dict[str, int]
    #: The cache of class and id token hints (shared by both walks).
    token_cache: dict[str, int]
    max_cached_tokens: int
    #: The word lists of the hints' fast path (see ``_html.hints.FAST_PATH_WORDS``).
    fast_path_words: tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]
    pattern_hints: Callable[[str], int]
    #: (attribute items) -> hint bits of an element's class, id, role and style.
    attribute_hints: Callable[[list[tuple[str, str]]], int]
    #: Block(text, owner, tag, link_chars, hints, chrome_chain, in_quote, in_list, in_pre)
    block_type: Callable[..., BlockT]
    #: (raw text, in_pre) -> the block's text.
    block_text: Callable[[str, bool], str]


class ValueGetter(Protocol):
    """``get(element, default=0.0)``: an element's number, or ``default`` outside the tree."""

    def __call__(self, element: Element, default: float = 0.0, /) -> float: ...


class ElementValues:
    """A number for each element of an ancestry's tree, read as a dict of them would be
    (``get``, ``[]``, ``items``), held as an array in the tree's order: 8 bytes an element
    where a dict of floats costs about 50, on a page that may have a quarter of a million
    elements and holds several such tables while its region is chosen."""

    __slots__ = ("_numbers", "_order", "_place", "get")

    def __init__(
        self,
        order: list[Element],
        place: Callable[[Element], int],
        numbers: Sequence[float],
        get: ValueGetter | None = None,
    ) -> None:
        """``place`` gives an element's index in ``order`` (-1 for one outside the tree),
        and ``numbers`` holds the element at that index's number. ``get``, when given,
        does what :meth:`_get` does (the C module's, without a Python frame)."""
        self._order = order
        self._place = place
        self._numbers = numbers
        #: get(element, default=0.0): the element's number, or ``default`` outside the tree.
        self.get: ValueGetter = self._get if get is None else get

    def _get(self, element: Element, default: float = 0.0, /) -> float:
        at = self._place(element)
        return self._numbers[at] if at >= 0 else default

    def __getitem__(self, element: Element) -> float:
        at = self._place(element)
        if at < 0:
            raise KeyError(element)
        return self._numbers[at]

    def __len__(self) -> int:
        return len(self._numbers)

    def items(self) -> Iterator[tuple[Element, float]]:
        """(element, number) in the tree's order, children first."""
        return zip(self._order, self._numbers, strict=True)


class Ancestry(Protocol):
    """The elements that hold blocks, ordered children first, for bottom-up sums."""

    #: The elements, every child before its parent.
    order: list[Element]

    def subtree_sums(self, own: dict[Element, float]) -> ElementValues:
        """Each element's own value plus its descendants'."""
        ...

    def sums_and_scores(
        self, own: dict[Element, float], decay: float
    ) -> tuple[dict[Element, float], dict[Element, float]]:
        """:meth:`subtree_sums` and the decayed scores, in one pass."""
        ...

    def sums_and_top(
        self, owners: list[Element], values: list[float], decay: float,
        promised: set[Element], bonus: float,
    ) -> tuple[ElementValues, Element, float]:
        """The sums and the top of the decayed scores: each owner's own value is the sum
        of its ``values`` (one per owner given, in order); the top is the first element
        with the highest score, times ``bonus`` for the elements in ``promised``; and its
        score. No dict of own values or of scores is made."""
        ...

    def first_marked(self, element: Element, marked: set[Element], memo: Memo) -> Element | None:
        """The nearest element at or above ``element`` that is in ``marked``."""
        ...

    def marked_finder(self) -> MarkedFinder:
        """:meth:`first_marked` as a plain callable, for loops that call it per block."""
        ...


class Kernels(Protocol):
    """The loops newsparse runs per byte or per element, as one swappable implementation."""

    #: "c" or "python".
    name: str

    def without_html_ends(self, data: bytes) -> bytes:
        """``data`` without its "</html>" end tags, in any letter case."""
        ...

    def overfull_tags(self, data: bytes, max_attributes: int) -> list[tuple[int, int, bool]]:
        """The start tags of ``data`` with more than ``max_attributes`` attributes, in
        order, read as libxml2's HTML tokenizer reads the markup (tags.py): where their
        first ``max_attributes`` attributes end, where the tag ends (past its ">", or the
        end of the data), and whether it closes itself ("/>" after a separator)."""
        ...

    def start_tag_attributes(self, data: bytes, max_attributes: int) -> int:
        """How many attributes the start tags of ``data`` hold, read as
        :meth:`overfull_tags` reads them, at most ``max_attributes`` a tag (those libxml2
        reads once the tags are cut); an attribute repeated in a tag counts each time."""
        ...

    def is_clean_utf8(self, data: bytes) -> bool:
        """True when ``data`` is valid UTF-8 without a control byte to remove, nor a C1
        control character (U+0080-U+009F)."""
        ...

    def has_control_references(self, data: bytes) -> bool:
        """True when ``data`` holds a numeric character reference to a control character
        (python.py's ``CONTROL_REFERENCE``)."""
        ...

    def has_control_bytes(self, data: bytes) -> bool:
        """True when ``data`` holds a control byte the decoder removes."""
        ...

    def class_values(
        self, container: Element
    ) -> tuple[list[str], Callable[[int], Element | None]]:
        """The class values of the elements below ``container`` in document order, and a
        way to get the element of the i-th."""
        ...

    def text_pieces(
        self, container: Element, limit: int
    ) -> tuple[list[str], Callable[[int], tuple[Element, bool] | None]]:
        """The first ``limit`` non-blank text nodes below ``container`` in document order,
        not a script's nor a style's, and a way to get the i-th's element and whether the
        text is that element's tail (an lxml smart string's ``getparent()`` and
        ``is_tail``)."""
        ...

    def sources_in_order(
        self,
        root: Element,
        tags: tuple[str, ...],
        read_tagged: Callable[[Iterable[Element]], list[Element]],
    ) -> list[Element]:
        """The metadata source elements in document order: ``read_tagged`` reads the
        elements of ``tags`` (and processing instructions) and returns those whose
        position matters; they come back merged with the other elements that have an
        ``itemprop`` or a ``rel`` holding "author"."""
        ...

    def walker(self, tables: WalkTables) -> Walk:
        """The segmentation walk, bound to ``tables``."""
        ...

    def ancestry(self, parents: dict[Element, Element | None]) -> Ancestry:
        """The :class:`Ancestry` of the walk's ``parents``."""
        ...
