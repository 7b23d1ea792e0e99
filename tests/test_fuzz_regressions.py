"""Inputs the fuzzer (fuzz/fuzz_parse.py) found to crash or hang newsparse, kept as tests.

Each case is the crash input cut down by hand to what matters, with the bug it showed.
parse() must return an Article or raise a NewsparseError on every one of them.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import NewsparseError

_STORY = (
    b"<p>The council voted on Tuesday to close the old bridge for repairs, "
    b"the mayor said in a statement.</p>"
)


def _parses_or_refuses(data: bytes | str, **kwargs: object) -> None:
    try:
        article = newsparse.parse(data, **kwargs)  # type: ignore[arg-type]
    except NewsparseError:
        return
    assert article.paragraphs


# codecs.lookup raised ValueError ("embedded null character") on a charset label with a
# NUL in it, from a <meta> or from the caller's HTTP charset.
@pytest.mark.parametrize(
    ("page", "encoding"),
    [
        (b'<html><head><meta charset="iso-8\x92\x01\x00\x009-1"></head><body>'
         + _STORY + b"\xe9</body></html>", None),
        (b"<html><body>" + _STORY + b"\xe9</body></html>", "iso\x00-8859-1"),
    ],
)
def test_charset_label_with_nul(page: bytes, encoding: str | None) -> None:
    _parses_or_refuses(page, encoding=encoding)


# Codecs that are no charset: bytes.decode refuses transforms ("rot13", "zlib") with
# LookupError, and "undefined" or "idna" refuse the "replace" error handler.
@pytest.mark.parametrize("label", ["rot13", "zlib", "base64", "undefined", "idna", "utf-7"])
def test_charset_label_naming_a_non_charset_codec(label: str) -> None:
    page = b'<html><head><meta charset="' + label.encode() + b'"></head><body>'
    _parses_or_refuses(page + _STORY + b"\xe9</body></html>")
    _parses_or_refuses(b"<html><body>" + _STORY + b"\xe9</body></html>", encoding=label)


# urllib.parse raised ValueError ("Invalid IPv6 URL") on a canonical link or og:url with
# an unclosed "[" in its host, and on such an address passed as the page's url.
@pytest.mark.parametrize(
    ("head", "url"),
    [
        (b'<link rel="canonical" href="https://www.har[ourcourier.example/a/b">', None),
        (b'<meta property="og:url" content="http://[::1/story">', None),
        (b'<link rel="canonical" href="/relative/path">', "http://[broken/page"),
        (b"", "https://[v1.x/"),
    ],
)
def test_malformed_bracketed_host_in_a_url(head: bytes, url: str | None) -> None:
    _parses_or_refuses(b"<html><head>" + head + b"</head><body>" + _STORY + b"</body></html>",
                       url=url)
