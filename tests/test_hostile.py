"""Limits, safety and pathological inputs: what a scraper running unattended will meet.

Times are checked against generous bounds, or as growth (the same bait at n and 4n
repetitions): only super-linear behaviour, not a slow machine, should fail these tests.
"""

from __future__ import annotations

import random
import socket
from collections.abc import Callable
from pathlib import Path

import lxml.etree
import pytest

import newsparse
from cpu_time import best_cpu_seconds, cpu_seconds, grows_linearly
from newsparse import InputLimitError, NewsparseError, NoArticleError, ParseOptions

_SENTENCES = [
    "The city council said on Tuesday that the old bridge would stay closed until spring.",
    "Engineers found deep cracks in two of its supports during a routine inspection.",
    "Drivers will have to use the ring road, which adds about twenty minutes to a trip.",
]
_STORY_HTML = "".join(f"<p>{s} {s}</p>" for s in _SENTENCES)


def _story_kept(article: newsparse.Article) -> bool:
    return all(sentence in article.body for sentence in _SENTENCES)


def _seconds(function: Callable[[], object]) -> float:
    # CPU time: a loaded machine makes wall time long with waits for a core.
    return cpu_seconds(function)


def _parse_quietly(data: object, **kwargs: object) -> newsparse.Article | None:
    try:
        return newsparse.parse(data, **kwargs)  # type: ignore[arg-type]
    except NewsparseError:
        return None


# --- limits -----------------------------------------------------------------------------

def test_input_over_max_input_bytes_is_refused_with_the_limit_named() -> None:
    options = ParseOptions(max_input_bytes=1000)
    page = "<html><body>" + _STORY_HTML * 10 + "</body></html>"
    for data in (page, page.encode()):
        with pytest.raises(InputLimitError, match="max_input_bytes=1000"):
            newsparse.parse(data, options=options)
    # A str counts its UTF-8 bytes: 400 "é" are 800 bytes, under the limit.
    assert newsparse.parse("<p>" + "é" * 400 + " " + _SENTENCES[0] + "</p>", options=options)


def test_tree_over_max_nodes_is_refused_with_the_limit_named() -> None:
    page = "<html><body>" + "<span>x</span>" * 5000 + _STORY_HTML + "</body></html>"
    with pytest.raises(InputLimitError, match="max_nodes=1000"):
        newsparse.parse(page, options=ParseOptions(max_nodes=1000))
    assert _story_kept(newsparse.parse(page))


def test_text_dump_over_max_text_lines_is_refused_with_the_limit_named() -> None:
    dump = "\n".join(_SENTENCES * 400)
    with pytest.raises(InputLimitError, match="max_text_lines=500"):
        newsparse.parse_text(dump, options=ParseOptions(max_text_lines=500))
    with pytest.raises(InputLimitError, match="max_text_lines=500"):
        newsparse.parse(dump.encode(), options=ParseOptions(max_text_lines=500))


@pytest.mark.parametrize("depth", [0, 2001, -5])
def test_max_nesting_depth_out_of_range_is_refused(depth: int) -> None:
    with pytest.raises(ValueError, match="max_nesting_depth"):
        ParseOptions(max_nesting_depth=depth)


# --- deep nesting -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("opening", "closing"),
    [("<div>", "</div>"), ("<span>", "</span>"), ('<div class="menu">', "</div>"),
     ("<table><tr><td>", "</td></tr></table>"), ("<b>", "")],
    ids=["div", "span", "chrome-div", "table", "unclosed-b"],
)
def test_100000_levels_of_nesting_keep_the_story(opening: str, closing: str) -> None:
    depth = 100_000 if "table" not in opening else 35_000  # three elements a level
    page = f"<html><body>{opening * depth}{_STORY_HTML}{closing * depth}</body></html>"
    article = newsparse.parse(page)
    assert _story_kept(article)


def test_nesting_just_inside_libxml2s_limit_needs_no_python_recursion() -> None:
    page = f"<html><body>{'<div>' * 2040}{_STORY_HTML}{'</div>' * 2040}</body></html>"
    assert _story_kept(newsparse.parse(page))


def test_stray_end_tags_that_fool_the_depth_count_still_keep_the_story() -> None:
    # "</span>" closes nothing, so counting tags sees no depth; libxml2 sees 3,000 divs.
    page = "<html><body>" + "<div></span>" * 3000 + _STORY_HTML + "</body></html>"
    assert _story_kept(newsparse.parse(page))


def test_a_callers_deep_tree_parses_in_linear_time_and_is_not_changed() -> None:
    def tree(depth: int) -> lxml.etree._Element:
        # Built by hand, as no parser nests this deep (lxml itself takes time quadratic
        # in depth to build it, so the depths stay modest).
        root = lxml.etree.Element("html")
        current = lxml.etree.SubElement(root, "body")
        for _ in range(depth):
            current = lxml.etree.SubElement(current, "div")
            current.set("class", "menu")
        for sentence in _SENTENCES:
            lxml.etree.SubElement(current, "p").text = f"{sentence} {sentence}"
        return root

    small, large = tree(4_000), tree(16_000)
    before = lxml.etree.tostring(large)
    small_time = _best_of(1, lambda: newsparse.parse_html(small))
    large_time = _best_of(1, lambda: newsparse.parse_html(large))
    assert _story_kept(newsparse.parse(large))
    assert lxml.etree.tostring(large) == before
    assert large_time < 8 * max(small_time, 0.05), (small_time, large_time)


def test_deep_nesting_after_the_story_does_not_lose_it() -> None:
    page = f"<html><body>{_STORY_HTML}{'<i>' * 5000}tail</body></html>"
    assert _story_kept(newsparse.parse(page))


# --- size -----------------------------------------------------------------------------------

def test_a_20_mb_page_parses_and_keeps_its_story() -> None:
    # A teaser as pages write one: about 90 bytes an element (2,018 corpus pages: 85 in
    # the median one), so that 20 MB of them is under max_nodes.
    filler = ('<div class="teaser card" data-id="12345"><a class="teaser__link" href='
              '"https://example.com/news/2019/05/another-story-about-the-bridge-and-the-council">'
              '<img src="https://cdn.example.com/images/2019/05/bridge-council-640x360.jpg" '
              'alt="The bridge" loading="lazy" width="640" height="360"> Another story</a> '
              '<span class="teaser__blurb">in brief</span></div>\n')
    chunk = filler * 200
    story_at = 20 * 1024 * 1024 // len(chunk) // 2
    parts = [chunk] * (20 * 1024 * 1024 // len(chunk))
    parts[story_at] = f"<article>{_STORY_HTML * 3}</article>"
    page = ("<html><body>" + "".join(parts) + "</body></html>").encode()
    assert len(page) >= 20_000_000
    assert _story_kept(newsparse.parse(page))


def test_a_10_mb_text_node_is_kept_whole() -> None:
    words = ("The ministry said the count would go on. " * 250_000).strip()
    article = newsparse.parse(f"<html><body><p>{words}</p></body></html>")
    assert len(article.body) == len(words)


def test_a_10_mb_attribute_costs_no_text() -> None:
    page = f'<html><body><div class="{"a" * 10_000_000}" data-x="{"&" * 100}">' \
           f"{_STORY_HTML}</div></body></html>"
    assert _story_kept(newsparse.parse(page))


# --- safety -------------------------------------------------------------------------------

def test_external_entities_are_never_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETMARKER the content of a private file")
    uri = secret.as_uri()
    for declaration in (f'<!DOCTYPE html [<!ENTITY x SYSTEM "{uri}">]>',
                        f'<!DOCTYPE html SYSTEM "{uri}">',
                        f'<!DOCTYPE x [<!ENTITY % p SYSTEM "{uri}"> %p;]>'):
        page = f"{declaration}<html><body><p>&x; {_SENTENCES[0]}</p>{_STORY_HTML}</body></html>"
        for data in (page, page.encode()):
            article = newsparse.parse(data)
            assert "TOPSECRETMARKER" not in article.to_json()


def test_no_network_access_while_parsing() -> None:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.setblocking(False)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/x"
    try:
        page = (f'<!DOCTYPE html SYSTEM "{url}.dtd" [<!ENTITY e SYSTEM "{url}.ent">]>'
                f'<html><head><link rel="stylesheet" href="{url}.css">'
                f'<base href="{url}/"></head><body><p>&e;</p>'
                f'<img src="{url}.png"><iframe src="{url}.html"></iframe>'
                f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{url}.xml"/>'
                f"{_STORY_HTML}</body></html>")
        assert _story_kept(newsparse.parse(page, url=url))
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected
    finally:
        listener.close()


def test_billion_laughs_does_not_expand() -> None:
    levels = "".join(
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    page = (f'<!DOCTYPE html [<!ENTITY l0 "lol">{levels}]>'
            f"<html><body><p>&l9;</p>{_STORY_HTML}</body></html>")
    seconds = _seconds(lambda: _parse_quietly(page))
    article = newsparse.parse(page)
    assert seconds < 10
    assert "lollollol" not in article.body
    assert len(article.body) < 10 * len(page)


@pytest.mark.parametrize("options", [None, ParseOptions(max_nesting_depth=8)])
def test_binary_junk_gives_an_article_or_a_newsparse_error(options: ParseOptions | None) -> None:
    rng = random.Random(5)
    for size in (1, 100, 10_000, 1_000_000):
        junk = bytes(rng.getrandbits(8) for _ in range(size)) if size < 1_000_000 \
            else rng.randbytes(size)
        seconds = _seconds(lambda junk=junk: _parse_quietly(junk, options=options))
        assert seconds < 30


@pytest.mark.parametrize("data", [b"", b"   \n\t ", b"\x00" * 1000, "<html></html>",
                                  "<!-- only a comment -->", "<script>var a = 1;</script>"])
def test_pages_without_text_raise_no_article_error(data: bytes | str) -> None:
    with pytest.raises(NoArticleError):
        newsparse.parse(data)


@pytest.mark.parametrize("stray", ["</html>", "</HTML >", "</html foo>", "</body></html>"])
def test_a_stray_end_of_document_does_not_end_the_page(stray: str) -> None:
    # libxml2 stopped reading at the first "</html>"; browsers read on.
    page = f"<html><body><nav><a href='/'>Home</a></nav>{stray}{_STORY_HTML}</body></html>"
    assert _story_kept(newsparse.parse(page))
    assert _story_kept(newsparse.parse(page.encode()))


def test_nul_bytes_and_mixed_line_ends_change_nothing() -> None:
    page = f"<html>\n<body>\n{_STORY_HTML}\n</body>\n</html>\n"
    expected = newsparse.parse(page)
    messy = page.replace("<p>", "\x00<p>\r").replace("\n", "\r\n", 2).replace("</p>", "\r</p>")
    assert newsparse.parse(messy).paragraphs == expected.paragraphs
    assert newsparse.parse(messy.encode()).paragraphs == expected.paragraphs


def test_utf16_without_bom_is_read() -> None:
    page = f"<html><body>{_STORY_HTML.replace('city', 'café city')}</body></html>"
    for codec in ("utf-16-le", "utf-16-be"):
        article = newsparse.parse(page.encode(codec))
        assert "The café city council said" in article.body


# --- time grows linearly ----------------------------------------------------------------

_BAITS = {
    "lt": ("<", "html"), "amp": ("&", "html"), "entity": ("&amp;", "html"),
    "wire": ("WASHINGTON, ", "html"), "wire text": ("WASHINGTON, ", "text"),
    "reuters": ("(Reuters) - ", "text"), "spaces": (" \t", "text"),
    "times": ("1:23 ", "text"), "open tags": ("<a ", "html"), "hashes": ("#", "html"),
    "by": ("By ", "html"),
}


def _bait_page(bait: str, kind: str, count: int) -> str:
    if kind == "text":
        return "\n\n".join(_SENTENCES) + "\n\n" + bait * count + ":\n\n" + _SENTENCES[0]
    return f"<html><head><title>{bait * (count // 10)}</title></head><body>" \
           f"<p>{bait * count}</p>{_STORY_HTML}</body></html>"


def _best_of(runs: int, function: Callable[[], object]) -> float:
    return min(_seconds(function) for _ in range(runs))


_BAIT_GROWTH = 8  # the large page has 8 times the small one's bait


@pytest.mark.parametrize("name", list(_BAITS))
def test_200k_repetitions_of_bait_take_linear_time(name: str) -> None:
    bait, kind = _BAITS[name]
    small = _bait_page(bait, kind, 200_000 // _BAIT_GROWTH)
    large = _bait_page(bait, kind, 200_000)
    small_time, large_time = best_cpu_seconds(
        3, lambda: _parse_quietly(small), lambda: _parse_quietly(large))
    # Linear is 8x; quadratic would be 64x. Growth in CPU time, interleaved best of
    # three: neither a loaded machine nor timer noise on tiny times fails it.
    assert grows_linearly(small_time, large_time, factor=_BAIT_GROWTH, floor=0.005), (
        small_time, large_time)


def test_the_growth_check_tells_quadratic_from_linear() -> None:
    # What the growth tests above rely on: 8x the input is at most 24x the CPU time when
    # the work is linear, and more when each position rescans the rest (quadratic: 64x).
    def rescans(text: str) -> int:
        return sum(1 for i in range(len(text)) for j in range(i, len(text)) if text[j] == "z")

    def scans(text: str) -> int:
        return sum(1 for character in text if character == "z")

    small, large = "a" * 300, "a" * 2_400
    quadratic = best_cpu_seconds(3, lambda: rescans(small), lambda: rescans(large))
    linear = best_cpu_seconds(3, lambda: scans(small * 200), lambda: scans(large * 200))
    assert not grows_linearly(*quadratic, factor=8, floor=0.0005), quadratic
    assert grows_linearly(*linear, factor=8, floor=0.0005), linear
