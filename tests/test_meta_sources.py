"""Metadata sources and the article-header search, against plain reference walks.

The stage finds its elements with C-level queries (lxml's tag filter, XPath over attributes,
a regex over joined class names); these tests hold them to the simple Python walks they
replace: every element tested in turn, every header block searched in full.
"""

from __future__ import annotations

import lxml.etree
import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import C_KERNELS, KERNELS, requires_c
from newsparse._html.meta import sources as _meta_sources
from newsparse._html.meta.page import header_blocks, header_byline_elements, header_date_elements
from newsparse._html.meta.sources import (
    PageSources,
    Placed,
    collect_sources,
    short_visible_text,
    visible_text,
)
from newsparse._html.tree import build_tree
from newsparse._native.interface import Kernels
from newsparse._native.python import PYTHON
from newsparse._options import DEFAULT_OPTIONS

_TAGS = ("div", "span", "p", "a", "h1", "h2", "h3", "time", "meta", "link", "script", "title",
         "input", "header", "nav", "section")
_VALUES = ("author", "byline", "AUTHOR", "BYLİNE", "Date", "post-time", "published", "nav",
           "headline", "datePublished", "name", "og:title", "canonical", "x", "",
           "application/ld+json", "Application/LD+JSON", "text/javascript", "ld+jsonp",
           "Canonical alternate", "canonicalx", "stylesheet")
_ATTRIBUTES = ("class", "class", "itemprop", "rel", "type", "content", "name", "property")


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 3 else 0))):
        tag = draw(st.sampled_from(_TAGS))
        names = draw(st.lists(st.sampled_from(_ATTRIBUTES), max_size=3, unique=True))
        attributes = "".join(f' {name}="{draw(st.sampled_from(_VALUES))}"' for name in names)
        parts.append(f"<{tag}{attributes}>{draw(st.sampled_from(_VALUES))}"
                     f"{draw(_markup(depth + 1))}</{tag}>")
    return "".join(parts)


def _page(draw: st.DrawFn) -> lxml.etree._Element:
    head, body = draw(_markup()), draw(_markup())
    return build_tree(f"<html><head>{head}</head><body>{body}</body></html>", DEFAULT_OPTIONS)


@st.composite
def _pages(draw: st.DrawFn) -> lxml.etree._Element:
    return _page(draw)


def _reference_positions(root: lxml.etree._Element) -> dict[str, list[lxml.etree._Element]]:
    """Headings, section starts, times, microdata and rel=author elements by one Python walk
    that tests every element, as the stage did before its C-level queries."""
    found: dict[str, list[lxml.etree._Element]] = {
        "headings": [], "section_starts": [], "times": [], "itemprops": [], "rel_authors": []}
    for element in root.iter():
        tag = element.tag
        if tag in ("meta", "link", "title", "script", "h1", "h2", "time"):
            if (tag == "link" and element.get("rel") is None) or tag in ("meta", "script"):
                continue
        elif element.get("itemprop") is None and "author" not in (element.get("rel") or ""):
            continue
        if tag == "h1":
            found["headings"].append(element)
        if tag in ("h1", "h2"):
            found["section_starts"].append(element)
        if tag == "time":
            found["times"].append(element)
        if element.get("itemprop", "").split():
            found["itemprops"].append(element)
        if tag != "link" and "author" in (element.get("rel") or "").lower():
            found["rel_authors"].append(element)
    return found


def _positions(sources: PageSources) -> dict[str, list[lxml.etree._Element]]:
    """The stage's elements in the order of their positions."""
    itemprops = {id(p.element): p for ps in sources.itemprops.values() for p in ps}
    return {
        "headings": [p.element for p in sorted(sources.headings, key=_order)],
        "times": [p.element for p in sorted(sources.times, key=_order)],
        "itemprops": [p.element for p in sorted(itemprops.values(), key=_order)],
        "rel_authors": [p.element for p in sorted(sources.rel_authors, key=_order)],
    }


def _all_placed(sources: PageSources) -> list[Placed]:
    placed = [*sources.headings, *sources.times, *sources.rel_authors]
    placed.extend(p for ps in sources.itemprops.values() for p in ps)
    return placed


def _order(placed: Placed) -> int:
    return placed.order


def _in_document_order(root: lxml.etree._Element, elements: list[lxml.etree._Element]) -> bool:
    rank = {id(element): index for index, element in enumerate(root.iter())}
    ranks = [rank[id(element)] for element in elements]
    return ranks == sorted(ranks)


@settings(max_examples=150, deadline=None)
@given(_pages())
def test_sources_hold_the_elements_a_walk_of_every_element_finds(root: lxml.etree._Element
                                                                   ) -> None:
    sources = collect_sources(root)
    expected = _reference_positions(root)
    for kind, elements in _positions(sources).items():
        assert [id(e) for e in elements] == [id(e) for e in expected[kind]], kind
    # Positions follow document order across kinds: a heading, a time, microdata…
    placed = sorted(_all_placed(sources), key=_order)
    assert _in_document_order(root, [p.element for p in placed])
    # …and section starts (<h1>, <h2>) fall between them where the document has them.
    assert sources.section_starts == sorted(sources.section_starts)
    assert len(sources.section_starts) == len(expected["section_starts"])
    rank = {id(element): index for index, element in enumerate(root.iter())}
    for p in placed:
        before = sum(1 for order in sources.section_starts if order < p.order)
        assert before == sum(1 for start in expected["section_starts"]
                             if rank[id(start)] < rank[id(p.element)])
    # One element, one position.
    orders: dict[int, int] = {}
    for p in _all_placed(sources):
        assert orders.setdefault(id(p.element), p.order) == p.order


def test_microdata_positions_interleave_with_headings_and_times() -> None:
    root = build_tree('<html><body><div itemprop="author">A</div><h1>T</h1>'
                      '<time datetime="2020-01-01">x</time><span itemprop="datePublished">d</span>'
                      '<h2>Next</h2></body></html>', DEFAULT_OPTIONS)
    sources = collect_sources(root)
    author = sources.itemprops["author"][0]
    heading = sources.headings[0]
    time = sources.times[0]
    date = sources.itemprops["datePublished"][0]
    assert author.order < heading.order < time.order < date.order < sources.section_starts[-1]


def test_meta_and_script_microdata_is_no_element_source_and_a_link_needs_rel() -> None:
    root = build_tree('<html><head><meta itemprop="headline" content="From meta">'
                      '<link itemprop="url" href="/a"><link rel="x" itemprop="image" href="/i">'
                      '<script itemprop="author">x</script></head><body></body></html>',
                      DEFAULT_OPTIONS)
    sources = collect_sources(root)
    assert sources.meta["headline"] == ["From meta"]
    assert set(sources.itemprops) == {"image"}


def test_a_processing_instruction_in_a_callers_tree_is_read_by_its_pseudo_attributes() -> None:
    root = lxml.etree.fromstring('<html><body><h1>T</h1><?x itemprop="author"?></body></html>')
    sources = collect_sources(root)
    (author,) = sources.itemprops["author"]
    assert isinstance(author.element, lxml.etree._ProcessingInstruction)
    assert sources.headings[0].order < author.order


# --- the article-header search --------------------------------------------------------

def _reference_header(words: tuple[str, ...], heading: lxml.etree._Element | None,
                      region: lxml.etree._Element | None) -> list[lxml.etree._Element]:
    """Each header block searched in full, innermost first, then the region."""
    def matches(element: lxml.etree._Element) -> bool:
        css = (element.get("class") or "").lower()
        return any(word in css for word in words)

    def hits(container: lxml.etree._Element, mark: lxml.etree._Element
             ) -> list[lxml.etree._Element]:
        return [e for e in container.iter(lxml.etree.Element) if e is not container and (
            e is mark or e.tag in ("h1", "h2") or (e.tag != "input" and matches(e)))]

    found: list[lxml.etree._Element] = []
    if heading is not None:
        parent = heading.getparent()
        blocks = header_blocks(heading, DEFAULT_OPTIONS)
        for block in blocks or ([parent] if parent is not None else []):
            listed = hits(block, heading)
            after: list[lxml.etree._Element] = []
            for hit in listed[listed.index(heading) + 1:]:
                if hit.tag in ("h1", "h2") and not matches(hit):
                    if hit is heading.getnext():
                        continue  # the heading's subtitle
                    break
                after.append(hit)
                if len(after) >= 4:
                    break
            if after:
                found.extend(after)
                break
        if not found:
            # Else the two elements right above the heading, nearest first.
            above = [e for e in heading.itersiblings(preceding=True)
                     if isinstance(e.tag, str)][:2]
            for sibling in above:
                if sibling.tag in ("h1", "h2"):
                    break
                found.extend(e for e in sibling.iter(lxml.etree.Element)
                             if e.tag != "input" and matches(e))
            del found[4:]
    if region is not None and len(found) < 4:
        mark = region if heading is None else heading
        listed = [h for h in hits(region, mark) if h is not mark and matches(h)]
        found.extend(h for h in listed[:4] if h not in found)
    return found


@settings(max_examples=150, deadline=None)
@given(_pages(), st.data())
def test_header_search_finds_what_searching_every_block_in_full_finds(
    root: lxml.etree._Element, data: st.DataObject
) -> None:
    elements = list(root.iter(lxml.etree.Element))
    heading = data.draw(st.sampled_from([None, *elements]))
    region = data.draw(st.sampled_from([None, *elements]))
    placed = Placed(0, heading) if heading is not None else None
    for search, words in ((header_byline_elements, ("byline", "author")),
                          (header_date_elements, ("date", "time", "publish", "posted"))):
        assert ([id(e) for e in search(placed, region, DEFAULT_OPTIONS)]
                == [id(e) for e in _reference_header(words, heading, region)])


def test_a_byline_in_an_outer_header_block_and_the_cut_at_the_next_section() -> None:
    root = build_tree('<html><body><div id="outer"><div><h1>T</h1></div>'
                      '<p class="Byline">By A</p><h2>Related</h2><p class="byline">By B</p>'
                      '</div></body></html>', DEFAULT_OPTIONS)
    h1 = root.find(".//h1")
    assert h1 is not None
    found = header_byline_elements(Placed(0, h1), None, DEFAULT_OPTIONS)
    assert [e.text for e in found] == ["By A"]


def test_the_innermost_header_block_with_a_byline_answers_alone() -> None:
    root = build_tree('<html><body><div><div><h1>T</h1><p class="byline">By A</p></div>'
                      '<p class="byline">By B</p></div></body></html>', DEFAULT_OPTIONS)
    h1 = root.find(".//h1")
    assert h1 is not None
    found = header_byline_elements(Placed(0, h1), None, DEFAULT_OPTIONS)
    assert [e.text for e in found] == ["By A"]


def _comparable_sources(sources: PageSources) -> object:
    def placed(items: list[Placed]) -> list[tuple[int, int]]:
        return [(p.order, id(p.element)) for p in items]

    return (sources.meta, sources.document_title, sources.jsonld_texts,
            placed(sources.headings), sources.section_starts, placed(sources.times),
            {name: placed(ps) for name, ps in sources.itemprops.items()},
            placed(sources.rel_authors), sources.canonical, sources.html_lang)


def _same_sources(root: lxml.etree._Element) -> None:
    """Both implementations gather the same sources (both kept alive while compared:
    lxml keeps one proxy per element only as long as one is referenced)."""
    assert C_KERNELS is not None
    gathered = []
    for kernels in (C_KERNELS, PYTHON):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_meta_sources, "kernels", kernels)
            gathered.append(collect_sources(root))
    assert _comparable_sources(gathered[0]) == _comparable_sources(gathered[1])


@requires_c
@settings(max_examples=150, deadline=None)
@given(_pages())
def test_the_c_walk_gathers_the_same_sources_as_the_two_lxml_queries(
    root: lxml.etree._Element,
) -> None:
    _same_sources(root)


@requires_c
def test_the_c_walk_gathers_the_same_sources_in_a_callers_xml_tree() -> None:
    root = lxml.etree.fromstring(
        '<html xmlns:x="urn:x"><head><?pi itemprop="headline"?><meta name="author" '
        'content="A"/></head><body><x:meta itemprop="name"/><a rel="author">B</a>'
        '<span rel="co-author  x">C</span><link rel="author" itemprop="url"/>'
        '<h1 itemprop="headline">T</h1><time>2020</time></body></html>')
    _same_sources(root)


@pytest.mark.parametrize("kernels", KERNELS)
@settings(max_examples=100, deadline=None)
@given(_pages(), st.data())
def test_each_class_values_are_the_xpaths(
    kernels: Kernels, root: lxml.etree._Element, data: st.DataObject
) -> None:
    container = data.draw(st.sampled_from(list(root.iter(lxml.etree.Element))))
    smart = container.xpath("descendant::*/@class")
    assert isinstance(smart, list)
    values, element_at = kernels.class_values(container)
    assert values == [str(value) for value in smart]
    for index, value in enumerate(smart):
        assert isinstance(value, lxml.etree._ElementUnicodeResult)
        assert element_at(index) is value.getparent()
    with pytest.raises(IndexError):
        element_at(len(smart))


@pytest.mark.parametrize("kernels", KERNELS)
def test_each_class_values_in_a_callers_xml_tree(kernels: Kernels) -> None:
    root = lxml.etree.fromstring(  # the entity stays a node of its own in the value
        '<!DOCTYPE r [<!ENTITY e "by">]><r class="top"><a class=""/><b class="x &e; y">'
        '<?pi class="no"?><!-- c --><c xmlns:n="urn:n" n:class="no" class="&#233;"/></b></r>',
        lxml.etree.XMLParser(resolve_entities=False))
    values, element_at = kernels.class_values(root)
    assert values == ["", "x by y", "é"]
    element = element_at(1)
    assert element is not None
    assert element.tag == "b"


def test_short_visible_text_is_the_visible_text_of_a_short_element_only() -> None:
    root = lxml.html.fromstring(
        "<div><p id='by'>By <b>Jane Doe</b><script>var x = 1;</script></p>"
        f"<p id='story'>{'Words of the story. ' * 50}</p></div>")
    by, story = root.get_element_by_id("by"), root.get_element_by_id("story")
    assert short_visible_text(by, 100) == visible_text(by, None) == "By Jane Doe"
    assert short_visible_text(story, 100) is None
    assert short_visible_text(lxml.etree.Comment("By Jane Doe"), 100) == ""
