"""Telling HTML from a plain-text dump before parsing either."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._input.sniff import looks_like_html


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>",
        "<!doctype html>\n<html lang=en>",
        "<HTML><HEAD><TITLE>Old page</TITLE></HEAD><BODY BGCOLOR=white><FONT SIZE=2>",
        "\n\n   <html>\n<body>",
        "<!-- saved from url=(0042)http://example.com/ -->\n<html>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0'
        ' Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml">',
        "<div class=story><p>A fragment of a page.</p></div>",
        "<p>One paragraph only.</p>",
        "<table><tr><td>Cell</td></tr></table>",
        # Junk before the markup, as some crawlers save it: the markup repeats.
        "HTTP/1.1 200 OK\nServer: x\n\n<html><head><meta charset=utf-8></head><body><div>",
    ],
)
def test_html_is_recognised(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "4 September IranExpert\n\nIran, Russia to boost military cooperation\n\nOil and Gas\n",
        "Use the <p> tag to start a paragraph, the manual says.",
        "If a < b and b > c, nothing follows about a and c.",
        "<<< Back to the index\n\nStory text goes here.",
        "<Reuters> reported the figures on Monday.",
        "",
        "   \n\n",
        "Prices rose 3% <or more> in most cities <see table>.",
    ],
)
def test_plain_text_is_recognised(text: str) -> None:
    assert not looks_like_html(text)


@given(st.text(alphabet=st.characters(exclude_characters="<"), max_size=500))
def test_text_without_angle_brackets_is_never_html(text: str) -> None:
    assert not looks_like_html(text)


@given(st.text(max_size=300))
def test_a_text_wrapped_in_a_page_is_html(text: str) -> None:
    assert looks_like_html("<!DOCTYPE html><html><body>" + text + "</body></html>")


def test_a_text_dump_quoting_markup_in_a_code_sample_is_text() -> None:
    dump = (
        "Hi, I'm a developer.\n\nI write about the web.\n\nHere is the page I started from:\n\n"
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>Demo</title>\n'
        "</head>\n<body>\n<p>Hello</p>\n</body>\n</html>\n\n"
        + "It shows how little a page needs. More prose follows here, line after line.\n" * 12
    )
    assert not looks_like_html(dump)


def test_stray_text_before_a_document_is_still_html() -> None:
    assert looks_like_html("garbage bytes\n<!DOCTYPE html><html><body><p>x</p></body></html>")


def test_a_dump_that_opens_with_an_ads_markup_is_text() -> None:
    # Renderers write out what a <noscript> or an <iframe> holds as text: an ad's link
    # and picture, a tracking pixel, before the page's own text (its address may hold a
    # "<script>" of its own, and a wrapping renderer breaks a long tag over lines).
    ad = ('<a href="http://ads.example.net/click?zone=7;ord=<script>x()</script>?"" '
          'style="border:0"><img src="http://ads.example.net/b.gif" width="728"></a>')
    story = ("\n\n   Council drops the tax rise\n\n   The council said on Monday that it would "
             "not raise the tax this year.\n")
    assert not looks_like_html(ad + story)
    assert not looks_like_html('<div><img\nsrc="//pixel.example.net/p.gif"\nwidth="1" />'
                               "</div>" + story + '\n<a href="http://ads.example.net/c"></a>\n')
    # A page opens with its own markup, even where it links to another site at once ...
    assert looks_like_html('<html lang="en"><head><link rel="preconnect" '
                           'href="https://cdn.example.net"></head><body><p>Hi</p>')
    assert looks_like_html('<link rel="stylesheet" href="https://cdn.example.net/s.css">\n'
                           "<div><p>A fragment of a page.</p></div>")
    # ... and an ad before a page's markup is the page's.
    assert looks_like_html(ad + "\n<div class=story><p>A fragment of a page.</p></div>")
    # A link to the site itself is no ad.
    assert looks_like_html('<a href="/">Home</a>' + story)
