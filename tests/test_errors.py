"""Errors: the hierarchy, and which error each kind of bad input raises."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import (
    Article,
    InputLimitError,
    InputTypeError,
    NewsparseError,
    NoArticleError,
    ParseOptions,
    parse,
    parse_html,
    parse_text,
)

STORY = (
    "The council voted on Tuesday to approve the new budget after a long debate. "
    "Residents had asked for more money for schools, roads and the public library."
)


def test_hierarchy() -> None:
    assert issubclass(InputTypeError, NewsparseError)
    assert issubclass(InputTypeError, TypeError)
    assert issubclass(InputLimitError, NewsparseError)
    assert issubclass(InputLimitError, ValueError)
    assert issubclass(NoArticleError, NewsparseError)
    assert issubclass(NoArticleError, ValueError)
    assert issubclass(NewsparseError, Exception)
    assert not issubclass(NewsparseError, (TypeError, ValueError))


@pytest.mark.parametrize("data", [123, None, 1.5, ["<p>a list</p>"], {"html": "x"}, object()])
@pytest.mark.parametrize("entry", [parse, parse_html, parse_text])
def test_wrong_input_type_raises_input_type_error(data: object, entry: object) -> None:
    with pytest.raises(InputTypeError) as info:
        entry(data)  # type: ignore[operator]
    assert type(data).__name__ in str(info.value)


def test_parse_text_refuses_a_parsed_tree() -> None:
    with pytest.raises(InputTypeError):
        parse_text(lxml.html.fromstring(f"<p>{STORY}</p>"))


def test_options_of_the_wrong_type_raise_input_type_error() -> None:
    with pytest.raises(InputTypeError):
        parse(STORY, options={"strip_dateline": True})  # type: ignore[arg-type]


def test_bad_option_values_are_refused_when_the_options_are_built() -> None:
    with pytest.raises(ValueError):
        ParseOptions(max_input_bytes=0)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"", "text"),
        ("  \n\n\t \n", "text"),
        (b"<html><body></body></html>", "HTML"),
        (b"<!DOCTYPE html><html><head><title>Home</title></head><body>"
         b"<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
         b"</body></html>", "HTML"),
    ],
)
def test_a_page_without_article_text_raises_no_article_error_saying_why(
    data: bytes | str, what: str
) -> None:
    with pytest.raises(NoArticleError) as info:
        parse(data)
    message = str(info.value)
    # The message names what was parsed, so a caller can tell an empty text dump from a
    # page whose HTML held only chrome.
    assert what.lower() in message.lower(), message


def test_bytes_over_the_size_limit_raise_input_limit_error() -> None:
    options = ParseOptions(max_input_bytes=100)
    with pytest.raises(InputLimitError, match="max_input_bytes"):
        parse(STORY.encode() * 2, options=options)


def test_str_over_the_size_limit_raises_input_limit_error() -> None:
    options = ParseOptions(max_input_bytes=100)
    with pytest.raises(InputLimitError):
        parse(STORY * 2, options=options)
    # A str is measured in UTF-8 bytes, not characters: 60 three-byte characters is 180.
    with pytest.raises(InputLimitError):
        parse("€" * 60, options=options)


def test_input_at_the_size_limit_is_accepted() -> None:
    data = f"<p>{STORY}</p>".encode()
    article = parse(data, options=ParseOptions(max_input_bytes=len(data)))
    assert article.body == STORY


def test_html_over_the_node_limit_raises_input_limit_error() -> None:
    page = "<html><body>" + "<div><span>x</span></div>" * 50 + f"<p>{STORY}</p></body></html>"
    with pytest.raises(InputLimitError, match="max_nodes"):
        parse(page, options=ParseOptions(max_nodes=20))


def test_text_over_the_line_limit_raises_input_limit_error() -> None:
    dump = "\n".join([STORY] * 50)
    with pytest.raises(InputLimitError, match="max_text_lines"):
        parse_text(dump, options=ParseOptions(max_text_lines=10))


@given(st.binary(max_size=2000) | st.text(max_size=2000))
def test_any_bytes_or_str_give_an_article_or_a_newsparse_error(data: bytes | str) -> None:
    try:
        article = newsparse.parse(data)
    except NewsparseError:
        return
    assert isinstance(article, Article)
    assert article.paragraphs
