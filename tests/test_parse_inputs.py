"""parse() takes bytes, str, a BeautifulSoup or an lxml element, and gives the same Article."""

from __future__ import annotations

from pathlib import Path

import bs4
import lxml.etree
import lxml.html
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsparse

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "pages" / "harbour-bridge.html"


@pytest.fixture(scope="module")
def page() -> bytes:
    return EXAMPLE.read_bytes()


def story(article: newsparse.Article) -> tuple[object, ...]:
    return (article.title, article.paragraphs, article.dateline, article.byline)


def test_bytes_str_soup_and_element_give_the_same_story(page: bytes) -> None:
    from_bytes = newsparse.parse(page)
    from_str = newsparse.parse(page.decode("utf-8"))
    from_soup = newsparse.parse(bs4.BeautifulSoup(page, "html.parser"))
    from_tree = newsparse.parse(lxml.html.fromstring(page))
    assert len(from_bytes.paragraphs) >= 3
    assert story(from_str) == story(from_bytes)
    assert story(from_soup) == story(from_bytes)
    assert story(from_tree) == story(from_bytes)


def test_a_callers_tree_is_read_not_changed(page: bytes) -> None:
    tree = lxml.html.fromstring(page)
    before = lxml.etree.tostring(tree)
    first = newsparse.parse(tree)
    assert lxml.etree.tostring(tree) == before
    assert newsparse.parse(tree) == first  # usable again: nothing was consumed


def test_an_element_inside_a_page_parses_its_whole_document(page: bytes) -> None:
    tree = lxml.html.fromstring(page)
    body = tree.find("body")
    assert body is not None
    assert story(newsparse.parse(body)) == story(newsparse.parse(tree))


def test_parse_html_and_parse_text_force_the_route(page: bytes) -> None:
    assert newsparse.parse_html(page) == newsparse.parse(page)
    dump = (EXAMPLE.with_suffix(".txt")).read_text(encoding="utf-8")
    assert newsparse.parse_text(dump) == newsparse.parse(dump)


def test_parse_text_refuses_a_soup(page: bytes) -> None:
    with pytest.raises(newsparse.InputTypeError):
        newsparse.parse_text(bs4.BeautifulSoup(page, "html.parser"))


# A caller's tree may hold what our parser never builds: comments, processing instructions
# (with microdata pseudo-attributes), entity references, CDATA, namespaced elements.
_FOREIGN_NODES = (
    lambda: lxml.etree.Comment(" a comment "),
    lambda: lxml.etree.ProcessingInstruction("pi", 'itemprop="headline"'),
    lambda: lxml.etree.ProcessingInstruction("pi", 'itemprop="headline" content="PI title"'),
    lambda: lxml.etree.ProcessingInstruction("pi", 'rel="author"'),
    lambda: lxml.etree.Entity("amp"),
    lambda: lxml.etree.Element("{urn:x}meta", itemprop="author"),
)


@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, len(_FOREIGN_NODES) - 1),
                          st.booleans()), max_size=8))
@example([(3, 1, False)])  # a headline PI in the article: once a bare ValueError
def test_a_callers_tree_with_foreign_nodes_parses_or_raises_a_newsparse_error(
    insertions: list[tuple[int, int, bool]],
) -> None:
    tree = lxml.html.fromstring(EXAMPLE.read_bytes())
    elements = list(tree.iter(lxml.etree.Element))
    for where, which, with_tail in insertions:
        parent = elements[where % len(elements)]
        node = _FOREIGN_NODES[which]()
        if with_tail:
            node.tail = " trailing words "
        parent.insert(where % (len(parent) + 1), node)
    try:
        article = newsparse.parse(tree)
    except newsparse.NewsparseError:
        return
    assert article.paragraphs
    assert newsparse.Article.from_dict(article.to_dict()) == article
