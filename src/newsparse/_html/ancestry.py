"""Bottom-up sums over the elements that hold blocks: the arithmetic of region choice.

:class:`Ancestry` is the reference; :class:`NativeAncestry` runs the same loops in the C
module (``_cwalk.c``), tested equal, and :func:`ancestry_of` picks it when it is built.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import lxml.etree

from newsparse._native import native

_Parents = dict[lxml.etree._Element, lxml.etree._Element | None]
_Values = dict[lxml.etree._Element, float]
_Memo = dict[lxml.etree._Element, lxml.etree._Element | None]
#: ``first_marked`` bound to a tree: (element, marked, memo) -> nearest marked or None.
MarkedFinder = Callable[
    [lxml.etree._Element, set[lxml.etree._Element], _Memo], lxml.etree._Element | None
]


def ancestry_of(parents: _Parents) -> Ancestry:
    """The fastest :class:`Ancestry` this build has, for ``parents``."""
    return NativeAncestry(parents) if native is not None else Ancestry(parents)


class Ancestry:
    """The elements that hold blocks, ordered children first, for bottom-up sums.

    Summing each block into every ancestor costs blocks × depth; summing each element
    into its parent once costs only the number of distinct ancestors."""

    def __init__(
        self, parents: dict[lxml.etree._Element, lxml.etree._Element | None]
    ) -> None:
        """``parents``: the blocks' owners and their ancestors with their parents, as the
        segmentation walk gathered them (:attr:`Segmentation.parents`)."""
        self.parent = parents
        pending: dict[lxml.etree._Element, int] = {}
        for parent in parents.values():
            if parent is not None:
                pending[parent] = pending.get(parent, 0) + 1
        ready = [e for e in self.parent if e not in pending]
        self.order: list[lxml.etree._Element] = []
        while ready:
            element = ready.pop()
            self.order.append(element)
            parent = self.parent[element]
            if parent is not None:
                pending[parent] -= 1
                if not pending[parent]:
                    ready.append(parent)
        if len(self.order) < len(self.parent):  # the C twin checks the same
            raise ValueError("ancestry(): the parents form a cycle")

    def subtree_sums(
        self, own: dict[lxml.etree._Element, float]
    ) -> dict[lxml.etree._Element, float]:
        """Each element's own value plus its descendants'."""
        totals = dict.fromkeys(self.order, 0.0)
        for element in self.order:
            total = totals[element] + own.get(element, 0.0)
            totals[element] = total
            parent = self.parent[element]
            if parent is not None:
                totals[parent] += total
        return totals

    def sums_and_scores(
        self, own: dict[lxml.etree._Element, float], decay: float
    ) -> tuple[dict[lxml.etree._Element, float], dict[lxml.etree._Element, float]]:
        """:meth:`subtree_sums` of ``own``, and its decayed scores in one pass: like
        subtree sums, but value fades by ``decay`` at each level that mixes it with other
        content (an element with several children); single-child wrappers pass it on
        whole, and a block's own parent always gets it in full."""
        totals = dict.fromkeys(self.order, 0.0)
        from_children = dict.fromkeys(self.order, 0.0)
        scores: dict[lxml.etree._Element, float] = {}
        parents = self.parent
        for element in self.order:
            value = own.get(element, 0.0)
            total = totals[element] + value
            totals[element] = total
            gathered = from_children[element]
            scores[element] = value + gathered
            parent = parents[element]
            if parent is not None:
                totals[parent] += total
                from_children[parent] += value + (gathered * decay if len(element) > 1
                                                  else gathered)
        return totals, scores

    def first_marked(
        self, element: lxml.etree._Element, marked: set[lxml.etree._Element],
        memo: dict[lxml.etree._Element, lxml.etree._Element | None],
    ) -> lxml.etree._Element | None:
        """The nearest element at or above ``element`` that is in ``marked``."""
        path: list[lxml.etree._Element] = []
        found: lxml.etree._Element | None = None
        current: lxml.etree._Element | None = element
        while current is not None:
            if current in memo:
                found = memo[current]
                break
            if current in marked:
                found = current
                memo[current] = current
                break
            path.append(current)
            current = self.parent.get(current)
        for visited in path:
            memo[visited] = found
        return found

    def marked_finder(self) -> MarkedFinder:
        """:meth:`first_marked` as a plain callable, for loops that call it per block."""
        return self.first_marked


class NativeAncestry(Ancestry):
    """:class:`Ancestry` with its loops in C: same order, same sums, same floats."""

    def __init__(self, parents: _Parents) -> None:
        assert native is not None
        self.parent = parents
        self._tree = native.ancestry(parents)
        self.order = self._tree[0]

    def subtree_sums(self, own: _Values) -> _Values:
        assert native is not None
        return native.subtree_sums(self._tree, own)

    def sums_and_scores(self, own: _Values, decay: float) -> tuple[_Values, _Values]:
        assert native is not None
        return native.sums_and_scores(self._tree, own, decay)

    def first_marked(
        self, element: lxml.etree._Element, marked: set[lxml.etree._Element],
        memo: dict[lxml.etree._Element, lxml.etree._Element | None],
    ) -> lxml.etree._Element | None:
        assert native is not None
        return native.first_marked(self._tree, element, marked, memo)

    def marked_finder(self) -> MarkedFinder:
        # A partial is called from C: no Python frame per block.
        assert native is not None
        return functools.partial(native.first_marked, self._tree)
