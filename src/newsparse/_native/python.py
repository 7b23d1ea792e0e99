"""The Python references of the kernels: always there, and what the C module translates."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any, Final

import lxml.etree

from newsparse._native.ancestry import PythonAncestry
from newsparse._native.interface import Element, Walk, WalkTables
from newsparse._native.tags import overfull_tags, start_tag_attributes
from newsparse._native.walk import walk

# libxml2 stops reading at an "</html>", wherever it is; browsers ignore a stray one and
# read on (pages with a second document glued after the first, or a stray end tag early).
_HTML_END: Final = re.compile(rb"</html(?=[\s/>])[^<>]*+>", re.IGNORECASE)
#: The control bytes the decoder removes: C0 controls but tab, line feed, form feed and
#: carriage return, and DEL. UTF-8 never uses these bytes inside a character.
CONTROL_BYTES: Final = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
# Bytes looked at a slice at a time for control bytes: a slice and what is left of it,
# not two copies of a page (a cost, not a threshold).
_CONTROL_SCAN_BYTES: Final = 1 << 16
#: C1 controls (U+0080-U+009F) in UTF-8: never text either.
C1_UTF8: Final = re.compile(rb"\xc2[\x80-\x9f]")
#: A numeric character reference to a control character the HTML parser would put in the
#: text or an attribute as it is (ESC, BEL, BS, DEL, ...): C0 other than tab, LF, FF and CR,
#: DEL, and the C1 controls libxml2 does not map to windows-1252 (0x81, 0x8D, 0x8F, 0x90,
#: 0x9D; it maps the others, "&#150;" to an en dash, as browsers do). The ";" is optional.
CONTROL_REFERENCE: Final = re.compile(
    rb"&#(?:0*(?:[1-8]|11|1[4-9]|2[0-9]|3[01]|127|129|141|143|144|157)(?![0-9])"
    rb"|[xX]0*(?:[1-8bBeEfF]|1[0-9a-fA-F]|7[fF]|8[1dDfF]|90|9[dD])(?![0-9a-fA-F]));?"
)
_CLASSES: Final = lxml.etree.XPath("descendant::*/@class")
# Non-blank text nodes, not a script's code nor a style sheet.
_TEXT_PIECES: Final = lxml.etree.XPath(
    ".//text()[normalize-space()][not(parent::script)][not(parent::style)]")
# The positioned elements among the tagged ones, merged with the microdata and rel=author
# elements of other tags (a <link> counts only when tagged; <meta> microdata is read with the
# meta tags; <script> never counts). libxml2 steps to the attributes and back to their elements
# several times faster than it tests a predicate on every element (``//*[@itemprop]``), and
# both beat a Python test per element; a union of node-sets comes back in document order.
_IN_DOCUMENT_ORDER: Final = lxml.etree.XPath(
    "$positioned | (descendant-or-self::*/@itemprop"
    " | descendant-or-self::*/@rel[contains(., 'author')])"
    "/parent::*[not(self::meta or self::link or self::script)]"
)


class PythonKernels:
    """The kernels in plain Python (and lxml's own C): the reference implementation."""

    name = "python"

    def without_html_ends(self, data: bytes) -> bytes:
        return _HTML_END.sub(b"", data)

    def overfull_tags(self, data: bytes, max_attributes: int) -> list[tuple[int, int, bool]]:
        return overfull_tags(data, max_attributes)

    def start_tag_attributes(self, data: bytes, max_attributes: int) -> int:
        return start_tag_attributes(data, max_attributes)

    def is_clean_utf8(self, data: bytes) -> bool:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return not self.has_control_bytes(data) and C1_UTF8.search(data) is None

    def has_control_references(self, data: bytes) -> bool:
        return CONTROL_REFERENCE.search(data) is not None

    def has_control_bytes(self, data: bytes) -> bool:
        # bytes.translate deletes at C speed: seven times a search for a class of bytes.
        for start in range(0, len(data), _CONTROL_SCAN_BYTES):
            part = data[start:start + _CONTROL_SCAN_BYTES]
            if len(part.translate(None, CONTROL_BYTES)) != len(part):
                return True
        return False

    def class_values(
        self, container: Element
    ) -> tuple[list[str], Callable[[int], Element | None]]:
        found = _CLASSES(container)
        smart = [value for value in found if isinstance(value, str)] if isinstance(
            found, list) else []

        def element_at(index: int) -> Element | None:
            value = smart[index]
            return (value.getparent()
                    if isinstance(value, lxml.etree._ElementUnicodeResult) else None)

        return [str(value) for value in smart], element_at

    def text_pieces(
        self, container: Element, limit: int
    ) -> tuple[list[str], Callable[[int], tuple[Element, bool] | None]]:
        found = _TEXT_PIECES(container)
        smart = [value for value in found[:limit] if isinstance(
            value, lxml.etree._ElementUnicodeResult)] if isinstance(found, list) else []

        def piece_at(index: int) -> tuple[Element, bool] | None:
            value = smart[index]
            parent = value.getparent()
            return None if parent is None else (parent, value.is_tail)

        return [str(value) for value in smart], piece_at

    def sources_in_order(
        self,
        root: Element,
        tags: tuple[str, ...],
        read_tagged: Callable[[Iterable[Element]], list[Element]],
    ) -> list[Element]:
        positioned: Any = read_tagged(root.iter(lxml.etree.ProcessingInstruction, *tags))
        result = _IN_DOCUMENT_ORDER(root, positioned=positioned)  # an XPath node-set
        if not isinstance(result, list):
            return []
        return [item for item in result if isinstance(item, lxml.etree._Element)]

    def walker(self, tables: WalkTables) -> Walk:
        return functools.partial(_bound_walk, tables)

    def ancestry(self, parents: dict[Element, Element | None]) -> PythonAncestry:
        return PythonAncestry(parents)


def _bound_walk(tables: WalkTables, root: Element, max_nodes: int) -> tuple[
        list[object], set[Element], dict[Element, Element | None]]:
    return walk(root, max_nodes, tables)


PYTHON: Final = PythonKernels()
