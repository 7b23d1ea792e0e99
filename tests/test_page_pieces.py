"""The page's pieces of text (``_html/meta/page_pieces.py``) and the kernel that gathers
them: both implementations give the texts, elements and tails of the XPath
``.//text()[normalize-space()][not(parent::script)][not(parent::style)]``."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import KERNELS
from newsparse._html.meta.page_pieces import PagePieces
from newsparse._html.tree import build_tree
from newsparse._native.interface import Kernels
from newsparse._options import DEFAULT_OPTIONS

_XPATH = ".//text()[normalize-space()][not(parent::script)][not(parent::style)]"
_TAGS = ("div", "p", "span", "b", "script", "style", "a", "li", "template", "svg")
# Blank to XPath (space, tab, CR, LF) or not (a no-break space, a form feed).
_TEXTS = ("", " ", "\n\t ", "\r\n", "By Jane Doe", "\u00a0", " x ", "\x0c", "é 12.10.2019",
          "<", "&amp;")


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = [draw(st.sampled_from(_TEXTS))]
    for _ in range(draw(st.integers(0, 4 if depth < 3 else 0))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            parts.append(f"<!--{draw(st.sampled_from(_TEXTS))}-->")
        elif kind == 1:
            parts.append("<?pi x?>")
        elif kind == 2:
            parts.append("<br>")
        else:
            tag = draw(st.sampled_from(_TAGS))
            parts.append(f"<{tag}>{draw(_markup(depth + 1))}</{tag}>")
        parts.append(draw(st.sampled_from(_TEXTS)))  # a tail
    return "".join(parts)


@pytest.mark.parametrize("kernels", KERNELS)
@settings(max_examples=150, deadline=None)
@given(_markup(), st.data())
def test_each_text_pieces_are_the_xpaths(
    kernels: Kernels, markup: str, data: st.DataObject
) -> None:
    root = build_tree(f"<html><body>{markup}</body></html>", DEFAULT_OPTIONS)
    container = data.draw(st.sampled_from(list(root.iter(lxml.etree.Element))))
    limit = data.draw(st.integers(0, 12))
    smart = container.xpath(_XPATH)
    assert isinstance(smart, list)
    texts, piece_at = kernels.text_pieces(container, limit)
    assert texts == [str(value) for value in smart[:limit]]
    for index, value in enumerate(smart[:limit]):
        assert isinstance(value, lxml.etree._ElementUnicodeResult)
        assert piece_at(index) == (value.getparent(), value.is_tail)


@pytest.mark.parametrize("kernels", KERNELS)
def test_each_text_pieces_in_a_callers_xml_tree(kernels: Kernels) -> None:
    root = lxml.etree.fromstring(  # an entity stays a node of its own; a namespaced
        # <script> is not the HTML one; a CDATA section is a text node
        '<!DOCTYPE r [<!ENTITY e "by">]><r>a<b>&e;<![CDATA[c]]></b>&e;d'
        '<n:script xmlns:n="urn:n">e</n:script><script>no</script>  </r>',
        lxml.etree.XMLParser(resolve_entities=False))
    smart = root.xpath(_XPATH)
    assert isinstance(smart, list)
    texts, piece_at = kernels.text_pieces(root, 100)
    assert texts == [str(value) for value in smart] == ["a", "c", "d", "e"]
    assert piece_at(2) == (root[0].getnext(), True)  # the tail of the entity reference
    with pytest.raises(IndexError):
        piece_at(len(texts))


def test_pieces_find_their_elements_and_tails() -> None:
    root = lxml.html.fromstring(
        "<html><body><div id='box'><p>Written by</p> <a id='name'>Jane Doe</a> on "
        "<script>var by = 1;</script>12.10.2019</div></body></html>")
    pieces = PagePieces(root, None, DEFAULT_OPTIONS.meta_max_page_pieces)
    labels = pieces.starting(re.compile("written", re.IGNORECASE))
    assert labels == [0]
    assert pieces.text(1) == "Jane Doe"
    assert pieces.owner(1) is root.find(".//a[@id='name']")
    assert pieces.text(2) == "on"  # the link's tail: no owner, held by the box
    assert pieces.owner(2) is None
    assert pieces.block(2) is root.find(".//div[@id='box']")
    assert pieces.matching(re.compile(r"\d")) == [3]  # the script's code is no piece
    assert pieces.text(4) == ""


# Lines and piece texts whose case differs in ways a regex's IGNORECASE reads its own way
# (a long s, the Kelvin sign, a dotted capital I, a German sharp s).
_LINE_WORDS = ("Title", "TITLE", "title", "ſtory", "Story", "\u212aelvin", "kelvin", "İstanbul",
               "istanbul", "straße", "STRASSE", "a", "A:", "—")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_LINE_WORDS), min_size=1, max_size=3), max_size=8),
       st.lists(st.sampled_from(_LINE_WORDS), min_size=1, max_size=3),
       st.lists(st.sampled_from(("", " ", "\n\t", "\u00a0", "\0")), min_size=2, max_size=2),
       st.integers(1, 4))
def test_showing_finds_what_the_escaped_line_finds(
    texts: list[list[str]], line_words: list[str], spaces: list[str], limit: int
) -> None:
    """``showing`` (no pattern compiled for the line) finds the pieces the regex of the
    escaped line, white space up to the piece's end and any case, finds from a piece's
    start: the search it replaces."""
    before, after = spaces
    body = "".join(f"<p>{before}{' '.join(words)}{after}</p>" for words in texts)
    root = lxml.html.fromstring(f"<html><body>{body}<p>end</p></body></html>")
    pieces = PagePieces(root, None, DEFAULT_OPTIONS.meta_max_page_pieces)
    line = " ".join(line_words)
    pattern = re.compile(re.escape(line) + r"[^\S\0]*(?=\0|\Z)", re.IGNORECASE)
    assert pieces.showing(line, limit) == pieces.starting(pattern)[:limit]


_DIGIT_TEXTS = ("12.10.2019", "Oct 3, 2023", "3 mars 2021", "no digit", "٣", "３ May 2020",
                "x1", "", " ", "May", "4/5/21")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_DIGIT_TEXTS), max_size=10))
def test_the_digit_searches_are_the_plain_ones(texts: list[str]) -> None:
    """``with_digits`` finds the pieces ``matching(\\d)`` finds, and a date's search told
    that it needs a digit finds what it finds without being told."""
    body = "".join(f"<p>{text}</p>" for text in texts)
    root = lxml.html.fromstring(f"<html><body>{body}<p>end</p></body></html>")
    pieces = PagePieces(root, None, DEFAULT_OPTIONS.meta_max_page_pieces)
    assert pieces.with_digits() == pieces.matching(re.compile(r"\d"))
    date = re.compile(r"\b[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4}\b|(?<!\d)\d{1,2}/\d{1,2}/\d\d")
    assert pieces.matching(date, needs_digit=True) == pieces.matching(date)
