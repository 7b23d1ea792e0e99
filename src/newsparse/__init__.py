"""newsparse: turn raw news pages, HTML or plain-text dumps, into clean typed articles.

    >>> import newsparse
    >>> article = newsparse.parse(raw_bytes, url="https://example.com/story")
    >>> article.title, article.dateline, article.byline, article.published
    >>> print(article.body)

The public API is what ``__all__`` lists; every other module is private.
"""

from __future__ import annotations

from newsparse._api import parse, parse_html, parse_text
from newsparse._batch import parse_many
from newsparse._dateline.match import parse_dateline
from newsparse._errors import (
    InputLimitError,
    InputTypeError,
    NewsparseError,
    NoArticleError,
    PageFailedError,
    PageTimeoutError,
)
from newsparse._model import Article, Dateline, Paragraph, ParagraphKind
from newsparse._native import implementation
from newsparse._options import ParseOptions
from newsparse._warc import parse_warc

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Dateline",
    "InputLimitError",
    "InputTypeError",
    "NewsparseError",
    "NoArticleError",
    "PageFailedError",
    "PageTimeoutError",
    "Paragraph",
    "ParagraphKind",
    "ParseOptions",
    "__version__",
    "implementation",
    "parse",
    "parse_dateline",
    "parse_html",
    "parse_many",
    "parse_text",
    "parse_warc",
]
