"""JSON-LD: lenient decoding of the blocks pages write, and the objects found in them."""

from __future__ import annotations

import pytest

from newsparse._html.meta.jsonld import names_of, objects_by_id, read_blocks, text_value
from newsparse._options import DEFAULT_OPTIONS


def _headlines(text: str) -> list[str | None]:
    return [node.data.get("headline") for node in read_blocks([text], DEFAULT_OPTIONS)]


def test_reads_a_plain_object() -> None:
    nodes = read_blocks(['{"@type": "NewsArticle", "headline": "A"}'], DEFAULT_OPTIONS)
    assert [(sorted(n.types), n.data["headline"]) for n in nodes] == [(["newsarticle"], "A")]


@pytest.mark.parametrize(
    "text",
    [
        '<![CDATA[ {"@type": "Article", "headline": "A"} ]]>',
        '//<![CDATA[\n{"@type": "Article", "headline": "A"}\n//]]>',
        '{"@type": "Article", "headline": "A",}',  # trailing comma
        '{"@type": "Article", "headline": "A", "keywords": ["x", "y",],}',
        '{"@type": "Article", "headline": "A", "description": "line one\nline two"}',
        '{&quot;@type&quot;: &quot;Article&quot;, &quot;headline&quot;: &quot;A&quot;}',
        '\n\n  {"@type": "Article", "headline": "A"}  \n',
    ],
)
def test_tolerates_malformed_blocks(text: str) -> None:
    assert _headlines(text) == ["A"]


def test_reads_several_objects_in_one_block() -> None:
    text = '{"@type": "Organization", "name": "Site"}\n{"@type": "Article", "headline": "A"}'
    nodes = read_blocks([text], DEFAULT_OPTIONS)
    assert [sorted(n.types) for n in nodes] == [["organization"], ["article"]]


def test_reads_graph_arrays_and_lists() -> None:
    graph = '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "S"},' \
            ' {"@type": ["NewsArticle", "Article"], "headline": "A"}]}'
    listed = '[{"@type": "BreadcrumbList"}, {"@type": "BlogPosting", "headline": "B"}]'
    nodes = read_blocks([graph, listed], DEFAULT_OPTIONS)
    assert [n.data.get("headline") for n in nodes if n.data.get("headline")] == ["A", "B"]


def test_finds_the_main_entity_of_a_page_object() -> None:
    text = '{"@type": "WebPage", "mainEntity": {"@type": "Article", "headline": "A"}}'
    assert "A" in _headlines(text)


def test_types_given_as_urls_or_prefixed_names_are_read() -> None:
    text = '[{"@type": "http://schema.org/NewsArticle"}, {"@type": "schema:BlogPosting"}]'
    nodes = read_blocks([text], DEFAULT_OPTIONS)
    assert [sorted(n.types) for n in nodes] == [["newsarticle"], ["blogposting"]]


def test_an_unreadable_block_is_skipped_and_the_others_kept() -> None:
    nodes = read_blocks(["{not json at all", '{"@type": "Article", "headline": "A"}'],
                        DEFAULT_OPTIONS)
    assert [n.data["headline"] for n in nodes] == ["A"]


def test_untyped_objects_are_not_collected() -> None:
    assert read_blocks(['{"headline": "A"}'], DEFAULT_OPTIONS) == []


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("  Fish &amp; Chips \n", "Fish & Chips"),
        (["First", "Second"], "First"),
        ({"@type": "Thing", "name": "Named"}, "Named"),
        (42, None),
        ("", None),
        # A template's placeholder for a missing value.
        ("undefined", None),
        ({"@type": "Person", "name": "null"}, None),
        ("[object Object]", None),
    ],
)
def test_text_value(value: object, text: str | None) -> None:
    assert text_value(value) == text


def test_names_of_reads_authors_in_every_shape() -> None:
    value = [
        "Jane Doe",
        {"@type": "Person", "name": "John Roe"},
        {"@type": "Organization", "name": "The Paper"},
        {"name": "Ann Poe"},
        {"@type": "Person"},
    ]
    assert names_of(value) == [("Jane Doe", None), ("John Roe", "person"),
                               ("The Paper", "organization"), ("Ann Poe", None)]
    assert names_of({"@type": "Person", "name": "Solo"}) == [("Solo", "person")]
    assert names_of(None) == []


def test_names_of_resolves_references_to_the_graph_s_objects() -> None:
    nodes = read_blocks(['{"@graph": ['
                         '{"@type": "Article", "author": [{"@id": "#jane"}, {"@id": "#gone"}]},'
                         '{"@type": "Person", "@id": "#jane", "name": "Jane Doe"},'
                         '{"@type": "Person", "@id": "#jane", "name": "A Later Copy"}]}'],
                        DEFAULT_OPTIONS)
    by_id = objects_by_id(nodes)
    assert names_of(nodes[0].data["author"], by_id) == [("Jane Doe", "person")]
    # Without the graph a bare reference names nobody.
    assert names_of(nodes[0].data["author"]) == []
