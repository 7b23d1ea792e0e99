"""Unit tests for HTML segmentation (newsparse._html.blocks)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import KERNELS
from newsparse import InputLimitError, ParseOptions
from newsparse._html.blocks import segment
from newsparse._html.tree import build_tree
from newsparse._native.bits import CAPTION, CHROME, CONTENT
from newsparse._native.interface import Kernels


def blocks_of(html: str) -> list[tuple[str, str]]:
    root = build_tree(html, ParseOptions())
    return [(b.text, b.tag) for b in segment(root, max_nodes=10_000).blocks]


def test_inline_text_joins_and_block_elements_split() -> None:
    html = "<body><p>One <b>bold</b> <i>word</i>.</p><div>Two<p>Three</p>Four</div></body>"
    assert blocks_of(html) == [
        ("One bold word.", "p"),
        ("Two", "div"),
        ("Three", "p"),
        ("Four", "div"),
    ]


def test_scripts_styles_and_hidden_elements_are_skipped_but_tails_kept() -> None:
    html = (
        "<body><p>Keep<script>var x = 1;</script> this<style>p{}</style> text"
        "<span hidden>secret</span><span style='display: none'>gone</span>"
        "<span aria-hidden='true'>icon</span>.</p></body>"
    )
    assert blocks_of(html) == [("Keep this text.", "p")]


def test_single_br_is_a_line_and_double_br_a_new_block() -> None:
    html = "<body><div>line one<br>line two<br><br>next para</div></body>"
    assert blocks_of(html) == [("line one\nline two", "div"), ("next para", "div")]


def test_table_cells_of_a_row_join_with_tabs() -> None:
    html = "<body><table><tr><td>Pos.</td><td>Driver</td><td> </td><td>Points</td></tr></table>"
    assert blocks_of(html) == [("Pos.\tDriver\tPoints", "tr")]


def test_pre_keeps_its_lines() -> None:
    assert blocks_of("<body><pre>a = 1\n    b = 2\n</pre></body>") == [("a = 1\n    b = 2", "pre")]


def test_link_characters_and_context_flags() -> None:
    root = build_tree(
        "<body><ul><li><a href='/x'>Home</a> page</li></ul>"
        "<blockquote><p>Quoted words</p></blockquote></body>",
        ParseOptions(),
    )
    item, quote = segment(root, max_nodes=100).blocks
    assert (item.link_chars, item.in_list, item.in_quote) == (4, True, False)
    assert (quote.link_chars, quote.in_list, quote.in_quote) == (0, False, True)


def test_hints_from_tags_classes_roles_and_captions() -> None:
    root = build_tree(
        "<body><nav><a href='/'>Home</a></nav>"
        "<div class='site-sidebar'>Side</div><div role='navigation'>Menu</div>"
        "<article class='entry'><p>Story text</p><figure><figcaption>A caption</figcaption>"
        "</figure></article>"
        "<div class='has-excerpt'><p>Not a caption</p></div></body>",
        ParseOptions(),
    )
    nav, side, menu, story, caption, plain = segment(root, max_nodes=100).blocks
    assert nav.hints & CHROME and nav.chrome_chain
    assert side.hints & CHROME and menu.hints & CHROME
    assert story.hints & CONTENT and not story.hints & CHROME
    assert caption.hints & CAPTION
    assert not plain.hints & CAPTION  # "has-excerpt" names a layout, not a dek


def test_the_article_and_main_tags_promise_nothing() -> None:
    # Their promise changed as many pages for the worse as for the better; a class word
    # ("entry", "story-body") promises content.
    root = build_tree("<body><main><article><p>Text</p></article></main></body>", ParseOptions())
    result = segment(root, max_nodes=100)
    assert not result.blocks[0].hints & CONTENT and not result.content_elements


def test_page_wide_classes_on_body_are_not_hints() -> None:
    root = build_tree("<body class='sidebar-left nav-open'><p>Text</p></body>", ParseOptions())
    (block,) = segment(root, max_nodes=100).blocks
    assert not block.hints & CHROME


def test_content_elements_are_recorded() -> None:
    root = build_tree("<body><div class='entry-content'><p>x</p></div></body>", ParseOptions())
    result = segment(root, max_nodes=100)
    assert [e.get("class") for e in result.content_elements] == ["entry-content"]


def test_more_elements_than_max_nodes_is_an_input_limit_error() -> None:
    root = build_tree("<body>" + "<span>x</span>" * 50 + "</body>", ParseOptions())
    with pytest.raises(InputLimitError, match="max_nodes=20"):
        segment(root, max_nodes=20)


def test_deep_nesting_does_not_recurse() -> None:
    depth = 5000
    html = "<body>" + "<div>" * depth + "deep text" + "</div>" * depth + "</body>"
    root = build_tree(html, ParseOptions())
    assert [b.text for b in segment(root, max_nodes=10 * depth).blocks] == ["deep text"]


_HTML_END_ANY_CASE = re.compile(rb"</html(?=[\s/>])[^<>]*+>", re.IGNORECASE)


@pytest.mark.parametrize("kernels", KERNELS)
@given(
    st.lists(
        st.sampled_from((b"</html>", b"</HTML >", b"</Html/>", b"</htmlx>", b"</html",
                         b"</hTmL\n x>", b"</html\x0b>", b"</html\x1c>", b"<p>", b"text",
                         b">", b"<", b"</")),
        max_size=12,
    ).map(b"".join)
    | st.binary(max_size=60)
)
def test_html_end_tags_go_in_any_letter_case(kernels: Kernels, data: bytes) -> None:
    assert kernels.without_html_ends(data) == _HTML_END_ANY_CASE.sub(b"", data)
