"""Bottom-up sums over the elements that hold blocks: the arithmetic of region choice.

:class:`PythonAncestry` is the reference; the C module's translation (``_cwalk_ancestry.c``)
stands behind the same :class:`~newsparse._native.interface.Ancestry` interface.
"""

from __future__ import annotations

from array import array

import lxml.etree

from newsparse._native.interface import ElementValues, MarkedFinder


class PythonAncestry:
    """The elements that hold blocks, ordered children first, for bottom-up sums.

    Summing each block into every ancestor costs blocks × depth; summing each element
    into its parent once costs only the number of distinct ancestors."""

    def __init__(
        self, parents: dict[lxml.etree._Element, lxml.etree._Element | None]
    ) -> None:
        """``parents``: the blocks' owners and their ancestors with their parents, as the
        segmentation walk gathered them (:func:`~newsparse._html.blocks.walk_blocks`). The
        tree keeps places, not the dict: a page may have a quarter of a million elements."""
        pending: dict[lxml.etree._Element, int] = {}
        for parent in parents.values():
            if parent is not None:
                pending[parent] = pending.get(parent, 0) + 1
        ready = [e for e in parents if e not in pending]
        self.order: list[lxml.etree._Element] = []
        while ready:
            element = ready.pop()
            self.order.append(element)
            parent = parents[element]
            if parent is not None:
                pending[parent] -= 1
                if not pending[parent]:
                    ready.append(parent)
        if len(self.order) < len(parents):  # the C twin checks the same
            raise ValueError("ancestry(): the parents form a cycle")
        #: Each element's place in ``order``, and its parent's place (-1: none).
        self.places = {element: at for at, element in enumerate(self.order)}
        self.parent_at = [-1 if (parent := parents[element]) is None
                          else self.places[parent] for element in self.order]

    def place(self, element: lxml.etree._Element) -> int:
        """``element``'s place in ``order``, or -1."""
        return self.places.get(element, -1)

    def _zeros(self) -> array[float]:
        return array("d", bytes(8 * len(self.order)))

    def subtree_sums(self, own: dict[lxml.etree._Element, float]) -> ElementValues:
        """Each element's own value plus its descendants'."""
        totals = self._zeros()
        parent_at = self.parent_at
        for at, element in enumerate(self.order):
            total = totals[at] + own.get(element, 0.0)
            totals[at] = total
            parent = parent_at[at]
            if parent >= 0:
                totals[parent] += total
        return ElementValues(self.order, self.place, totals)

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
        order, parent_at = self.order, self.parent_at
        for at, element in enumerate(order):
            value = own.get(element, 0.0)
            total = totals[element] + value
            totals[element] = total
            gathered = from_children[element]
            scores[element] = value + gathered
            parent = None if parent_at[at] < 0 else order[parent_at[at]]
            if parent is not None:
                totals[parent] += total
                from_children[parent] += value + (gathered * decay if len(element) > 1
                                                  else gathered)
        return totals, scores

    def sums_and_top(
        self,
        owners: list[lxml.etree._Element],
        values: list[float],
        decay: float,
        promised: set[lxml.etree._Element],
        bonus: float,
    ) -> tuple[ElementValues, lxml.etree._Element, float]:
        """The sums of :meth:`sums_and_scores`, and the first element of the highest
        decayed score (times ``bonus`` for the elements in ``promised``) with its score.
        An owner's own value is its first value, the next ones added in turn."""
        own: dict[lxml.etree._Element, float] = {}
        for owner, value in zip(owners, values, strict=True):
            prior = own.get(owner)
            own[owner] = value if prior is None else prior + value
        # sums_and_scores' loop, with the top found on the way instead of a dict of scores
        totals = self._zeros()
        from_children = self._zeros()
        parent_at = self.parent_at
        top: lxml.etree._Element | None = None
        top_rank = top_score = 0.0
        for at, element in enumerate(self.order):
            value = own.get(element, 0.0)
            total = totals[at] + value
            totals[at] = total
            gathered = from_children[at]
            score = value + gathered
            parent = parent_at[at]
            if parent >= 0:
                totals[parent] += total
                from_children[parent] += value + (gathered * decay if len(element) > 1
                                                  else gathered)
            rank = score * bonus if promised and element in promised else score
            if top is None or rank > top_rank:
                top, top_rank, top_score = element, rank, score
        if top is None:
            raise ValueError("sums_and_top() needs a tree with elements")  # as the C twin
        return ElementValues(self.order, self.place, totals), top, top_score

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
            at = self.places.get(current, -1)  # an element outside the tree has no parent
            parent = self.parent_at[at] if at >= 0 else -1
            current = self.order[parent] if parent >= 0 else None
        for visited in path:
            memo[visited] = found
        return found

    def marked_finder(self) -> MarkedFinder:
        """:meth:`first_marked` as a plain callable, for loops that call it per block."""
        return self.first_marked
