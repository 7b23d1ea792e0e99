"""parse() takes bytes, str, a BeautifulSoup or an lxml element, and gives the same Article."""

from __future__ import annotations

from pathlib import Path

import bs4
import lxml.etree
import lxml.html
import pytest

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
