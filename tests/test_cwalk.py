"""The two implementations of the native interface: the C walk and ancestry
(``newsparse._native._cwalk``) against the Python ones they translate.

``newsparse._native.walk`` is the reference. Both must give the same blocks (text, owner
element and tag, link characters, hints, chrome chain, quote/list/pre flags), the same
content elements and the same ancestry (owners and ancestors, in order) on every tree:
parsed pages, generated element soup, and trees built by hand with what the HTML parser
never makes (CDATA, comments, entities, namespaces).
"""

from __future__ import annotations

import concurrent.futures
import os
from pathlib import Path

import lxml.etree
import pytest
from hypothesis import given

import newsparse._native
from conftest import C_KERNELS, KERNELS, SHARED_DIR, requires_c, requires_shared
from newsparse import InputLimitError, ParseOptions
from newsparse._html import blocks as _blocks
from newsparse._html.tree import build_tree
from newsparse._native import bits
from newsparse._native.interface import Kernels, WalkResult
from newsparse._native.python import PYTHON
from strategies import markup_fragments

needs_c = requires_c


def _c() -> Kernels:
    assert C_KERNELS is not None
    return C_KERNELS


def _comparable(result: WalkResult) -> object:
    """Blocks with elements compared by identity (lxml keeps one proxy per node)."""
    blocks, content, parents = result
    return (
        [(b.text, id(b.owner), b.tag, b.link_chars, b.hints, tuple(map(id, b.chrome_chain)),
          b.in_quote, b.in_list, b.in_pre) for b in blocks],
        {id(element) for element in content},
        [(id(element), id(parent)) for element, parent in parents.items()],  # order counts
    )


def _assert_same_walk(root: lxml.etree._Element, max_nodes: int = 10**6) -> None:
    python = PYTHON.walker(_blocks.TABLES)(root, max_nodes)
    assert _comparable(_c().walker(_blocks.TABLES)(root, max_nodes)) == _comparable(python)


def test_c_walk_is_built_where_ci_requires_it() -> None:
    if os.environ.get("NEWSPARSE_REQUIRE_C"):
        assert C_KERNELS is not None, "the wheel was built without the C walk"
        assert newsparse._native.kernels is C_KERNELS


def test_the_package_runs_the_first_implementation_it_has() -> None:
    assert newsparse._native.kernels is newsparse._native.IMPLEMENTATIONS[0]
    assert newsparse._native.kernels.name == ("python" if C_KERNELS is None else "c")


@needs_c
def test_c_walk_uses_the_same_role_and_hint_bits() -> None:
    cwalk = _c().module  # type: ignore[attr-defined]
    assert (cwalk.BLOCK, cwalk.SKIP, cwalk.LINK, cwalk.QUOTE, cwalk.LIST, cwalk.PRE,
            cwalk.TABLE_CELL, cwalk.BREAK, cwalk.PAGE, cwalk.HINT_SHIFT) == (
        bits.BLOCK, bits.SKIP, bits.LINK, bits.QUOTE, bits.LIST, bits.PRE,
        bits.TABLE_CELL, bits.BREAK, bits.PAGE, bits.HINT_SHIFT)
    assert (cwalk.CHROME, cwalk.CONTENT, cwalk.CAPTION, cwalk.HIDDEN) == (
        bits.CHROME, bits.CONTENT, bits.CAPTION, bits.HIDDEN)


@needs_c
@given(markup_fragments)
def test_c_walk_equals_python_walk_on_generated_markup(fragment: str) -> None:
    root = build_tree(f"<html><body>{fragment}</body></html>", ParseOptions())
    _assert_same_walk(root)


@needs_c
@requires_shared
def test_c_walk_equals_python_walk_on_corpus_pages() -> None:
    pages = sorted((SHARED_DIR / "corpus" / "dev" / "pages").glob("*.html"))[::10]
    assert pages
    for page in pages:
        _assert_same_walk(build_tree(page.read_bytes().decode("utf-8", "replace"),
                                     ParseOptions()))


@needs_c
@pytest.mark.parametrize(
    "xml",
    [
        # CDATA beside text is one run, as lxml's .text reads it
        "<html><body><p>one <![CDATA[two]]> three</p></body></html>",
        # comments and processing instructions: skipped, their tails kept
        "<html><body><p>a<!-- c -->b<?pi x?>c</p><!-- d -->tail</body></html>",
        # text inside a <br> (never parsed from HTML) is not read, its children are
        "<html><body><p>x<br>inside<b>bold</b>after</br>y</p></body></html>",
        # namespaced (XHTML) elements have no role: all one inline run
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>a</p><div>b</div></body></html>',
        # a namespaced class attribute gives no hint
        '<html xmlns:x="urn:x"><body><div x:class="nav">kept</div></body></html>',
        # hidden and chrome-hinted elements, captions close by and far away
        '<html><body><div class="caption"><span><span><span><p>far</p></span></span>'
        '</span><p>near</p></div><nav><p>menu</p></nav><p hidden="">no</p></body></html>',
        # text after the root element
        "<html><body><p>in</p></body></html>",
        # values too long for the C module's cache of attribute values, and short ones
        # read twice (the second time from that cache)
        '<html><body><div style="' + "color:red;" * 60 + 'display:none"><p>a</p></div>'
        '<div class="' + "x " * 300 + 'sidebar"><p>b</p></div><div role="navigation">'
        '<p>c</p></div><div role="navigation"><p>d</p></div><div style="display:none">'
        '<p>e</p></div><div style="display:none"><p>f</p></div></body></html>',
    ],
)
def test_c_walk_equals_python_walk_on_hand_built_trees(xml: str) -> None:
    _assert_same_walk(lxml.etree.fromstring(xml))


@needs_c
def test_c_walk_reads_an_entity_reference_like_the_python_walk() -> None:
    root = lxml.etree.fromstring("<html><body><p>a</p></body></html>")
    paragraph = root[0][0]
    paragraph.append(lxml.etree.Entity("amp"))
    paragraph[-1].tail = "after"
    _assert_same_walk(root)


@needs_c
def test_c_walk_of_a_subtree_reads_its_tail_like_the_python_walk() -> None:
    root = build_tree("<div><p>one</p>tail text<p>two</p></div>", ParseOptions())
    _assert_same_walk(root.find(".//p"))


@needs_c
@pytest.mark.parametrize("tag", ["script", "div"])
def test_c_walk_of_a_skipped_or_hidden_root(tag: str) -> None:
    root = lxml.etree.fromstring(f'<{tag} hidden="">x<p>y</p></{tag}>')
    _assert_same_walk(root)


@pytest.mark.parametrize("kernels", KERNELS)
def test_each_walk_stops_at_max_nodes(kernels: Kernels) -> None:
    root = build_tree("<div>" + "<span>x</span>" * 50 + "</div>", ParseOptions())
    with pytest.raises(OverflowError, match="max_nodes=20"):
        kernels.walker(_blocks.TABLES)(root, 20)
    assert kernels.walker(_blocks.TABLES)(root, 100)[0]
    with pytest.raises(InputLimitError, match="max_nodes=20"):
        _blocks.segment(root, max_nodes=20)


@pytest.mark.parametrize("kernels", KERNELS)
def test_each_walk_rejects_what_is_not_an_element(kernels: Kernels) -> None:
    with pytest.raises((TypeError, AttributeError)):
        kernels.walker(_blocks.TABLES)("<p>text</p>", 10)  # type: ignore[arg-type]


def test_segment_walks_a_comment_root_in_python() -> None:
    comment = lxml.etree.Comment("not an element")
    assert _blocks.segment(comment, max_nodes=10).blocks == []


def test_c_source_is_in_the_package() -> None:
    source = Path(newsparse._native.__file__).with_name("_cwalk.c")
    assert source.is_file()


def _assert_same_ancestry(root: lxml.etree._Element) -> None:
    blocks, _content, parents = _blocks.walk_blocks(root, max_nodes=10**6)
    python = PYTHON.ancestry(parents)
    fast = _c().ancestry(parents)
    assert [id(e) for e in fast.order] == [id(e) for e in python.order]
    # values of every kind: the block owners' lengths, negative ones, and elements
    # outside the tree (ignored by both)
    own = {b.owner: (-1.0) ** i * len(b.text) / 7 for i, b in enumerate(blocks)}
    stray = lxml.etree.Element("stray")
    own[stray] = 5.0
    fast_prose, prose = fast.subtree_sums(own), python.subtree_sums(own)
    assert list(fast_prose.items()) == list(prose.items())
    # read as a dict of them: by element, a default (or KeyError) outside the tree
    assert len(fast_prose) == len(prose) == len(python.order)
    for element in python.order:
        assert fast_prose[element] == fast_prose.get(element, -2.0) == prose[element]
    for sums in (fast_prose, prose):
        assert sums.get(stray, -2.0) == -2.0
        with pytest.raises(KeyError):
            sums[stray]
    for decay in (0.85, 0.5, 1.0):
        fast_sums, fast_scores = fast.sums_and_scores(own, decay)
        sums, scores = python.sums_and_scores(own, decay)
        assert list(fast_sums.items()) == list(sums.items())
        assert list(fast_scores.items()) == list(scores.items())
    # sums_and_top: values a block (several for some owners), with and without promised
    # elements, against the Python twin (which builds the dicts it does without)
    if blocks:
        owners = [b.owner for b in blocks]
        values = [(-1.0) ** i * len(b.text) / 7 for i, b in enumerate(blocks)]
        for decay, bonus, promised in ((0.85, 1.5, set(python.order[::3])), (0.5, 1.0, set())):
            fast_sums, fast_top, fast_score = fast.sums_and_top(
                owners, values, decay, promised, bonus)
            sums, top, score = python.sums_and_top(owners, values, decay, promised, bonus)
            assert list(fast_sums.items()) == list(sums.items())
            assert fast_top is top
            assert fast_score == score
    # first_marked over every block owner and chrome element (some outside the tree),
    # with a shared memo, as select() calls it
    marked = set(python.order[1::7]) | {b.owner for b in blocks[::5]}
    fast_memo: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
    memo: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
    finder_memo: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
    finder = fast.marked_finder()  # what select() calls per block
    for block in blocks:
        for element in (block.owner, *block.chrome_chain):
            found = python.first_marked(element, marked, memo)
            assert fast.first_marked(element, marked, fast_memo) is found
            assert finder(element, marked, finder_memo) is found
    assert [(id(k), id(v)) for k, v in fast_memo.items()] == [
        (id(k), id(v)) for k, v in memo.items()]


@needs_c
@given(markup_fragments)
def test_native_ancestry_equals_python_ancestry_on_generated_markup(fragment: str) -> None:
    _assert_same_ancestry(build_tree(f"<html><body>{fragment}</body></html>", ParseOptions()))


@needs_c
@requires_shared
def test_native_ancestry_equals_python_ancestry_on_corpus_pages() -> None:
    for page in sorted((SHARED_DIR / "corpus" / "dev" / "pages").glob("*.html"))[::10]:
        _assert_same_ancestry(build_tree(page.read_bytes().decode("utf-8", "replace"),
                                         ParseOptions()))


@needs_c
def test_native_ancestry_rejects_what_is_not_its_input() -> None:
    with pytest.raises(TypeError):
        _c().ancestry([])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        _c().ancestry({"a": None})  # type: ignore[dict-item]
    cwalk = _c().module  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="parent"):
        cwalk.ancestry({lxml.etree.Element("a"): lxml.etree.Element("b")})
    with pytest.raises(TypeError):
        cwalk.subtree_sums(("not", "a", "tree"), {})  # type: ignore[arg-type]
    tree = cwalk.ancestry({})
    with pytest.raises(TypeError):
        cwalk.first_marked(tree, lxml.etree.Element("a"), [], {})  # type: ignore[arg-type]
    # value_of reads only numbers made for its tree
    element = lxml.etree.Element("a")
    tree = cwalk.ancestry({element: None})
    assert cwalk.value_of(tree, cwalk.subtree_sums(tree, {element: 2.5}), element) == 2.5
    assert cwalk.value_of(tree, bytes(8), lxml.etree.Element("b"), -1.0) == -1.0
    for numbers in (b"", bytes(16), bytearray(8)):
        with pytest.raises(TypeError):
            cwalk.value_of(tree, numbers, element)
    with pytest.raises(TypeError):
        cwalk.value_of(tree, bytes(8))


@pytest.mark.parametrize("kernels", KERNELS)
def test_each_ancestry_sums_a_small_tree_by_hand(kernels: Kernels) -> None:
    root = lxml.etree.fromstring("<a><b><c/><d/></b><e/></a>")
    a, b, c, d, e = root.iter()
    ancestry = kernels.ancestry({c: b, d: b, b: a, e: a, a: None})
    order = ancestry.order
    assert order.index(c) < order.index(b) < order.index(a)
    assert order.index(e) < order.index(a)
    own = {c: 1.0, d: 2.0, e: 4.0}
    assert dict(ancestry.subtree_sums(own).items()) == {a: 7.0, b: 3.0, c: 1.0, d: 2.0, e: 4.0}
    sums, scores = ancestry.sums_and_scores(own, 0.5)
    # b holds two elements, so what it gathered fades by the decay on its way up to a
    assert sums[a] == 7.0
    assert scores[b] == 3.0
    assert scores[a] == 4.0 + 3.0 * 0.5
    # c has two blocks (1.0 and 0.5): a gathers 4.0 from e and 3.5 * 0.5 through b
    sums, top, score = ancestry.sums_and_top([c, d, c, e], [1.0, 2.0, 0.5, 4.0], 0.5, set(), 2.0)
    assert (sums[a], sums[c], top, score) == (7.5, 1.5, a, 4.0 + 3.5 * 0.5)
    # a promised element's score counts twice (the bonus) in the ranking, not in its score
    _sums, top, score = ancestry.sums_and_top([c, d, c, e], [1.0, 2.0, 0.5, 4.0], 0.5, {e}, 2.0)
    assert (top, score) == (e, 4.0)
    memo: dict[lxml.etree._Element, lxml.etree._Element | None] = {}
    assert ancestry.first_marked(c, {b}, memo) is b
    assert ancestry.marked_finder()(e, {b}, {}) is None


@requires_shared
def test_threads_parsing_at_once_get_what_one_thread_gets() -> None:
    # The C module's caches are shared; Python code it calls may switch threads.
    pages = [p.read_bytes() for p in
             sorted((SHARED_DIR / "corpus" / "dev" / "pages").glob("*.html"))[::12]]
    alone = [newsparse.parse(page).to_dict() for page in pages]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda page: newsparse.parse(page).to_dict(), pages * 2))
    assert together == alone * 2
