"""The C module around its loops: inputs it must refuse, and which implementation runs
(issue 16, item 15)."""

from __future__ import annotations

import lxml.etree
import pytest

from newsparse._html.ancestry import Ancestry
from newsparse._native import native

needs_c = pytest.mark.skipif(native is None, reason="the C module was not built")


def _cyclic_parents() -> list[dict[lxml.etree._Element, lxml.etree._Element | None]]:
    a, b, c, d = (lxml.etree.Element(tag) for tag in "abcd")
    return [{a: b, b: a}, {a: b, b: c, c: a, d: a}, {a: a}, {d: None, a: b, b: a, c: d}]


def test_python_ancestry_refuses_parents_that_form_a_cycle() -> None:
    for parents in _cyclic_parents():
        with pytest.raises(ValueError, match="cycle"):
            Ancestry(parents)


@needs_c
def test_c_ancestry_refuses_parents_that_form_a_cycle() -> None:
    for parents in _cyclic_parents():
        with pytest.raises(ValueError, match="cycle"):
            native.ancestry(parents)
