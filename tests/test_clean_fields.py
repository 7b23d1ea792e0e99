"""Every input gives a clean Article or a clear error (issue 16, items 1-5 and 13).

Hostile JSON-LD (deep nesting, huge character references, markup, escapes), arguments of
the wrong type, and control characters however they come in: as characters, as numeric
references, as JSON escapes, in a caller's tree or soup, in the caller's address.
"""

from __future__ import annotations

import json
import re

import bs4
import lxml.etree
import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Dateline, InputTypeError, Paragraph, parse, parse_dateline
from newsparse._cli import main as cli_main
from newsparse._html.meta.jsonld import read_blocks, text_value
from newsparse._input.decode import clean_utf8
from newsparse._options import DEFAULT_OPTIONS

_STORY = "".join(
    f"<p>{sentence * 4}</p>" for sentence in (
        "The bridge over the river was closed on Monday after the storm damaged it. ",
        "Engineers will inspect the supports this week and decide when it reopens. ",
    )
)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _page(head: str = "", heading: str = "Bridge closed after storm", extra: str = "") -> str:
    return (f"<html><head>{head}</head><body><article><h1>{heading}</h1>{extra}{_STORY}"
            "</article></body></html>")


def _jsonld(value: object) -> str:
    # "<\/" in JSON is "</": the script's text must not hold its own end tag.
    text = json.dumps(value).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def _fields(article: Article) -> list[str]:
    """Every str an Article holds, the dateline's included."""
    texts = [article.title, article.byline, article.url, article.site_name, article.language,
             *article.authors, *(p.text for p in article.paragraphs)]
    if article.dateline is not None:
        texts += [article.dateline.text, article.dateline.place, article.dateline.source]
    return [text for text in texts if text is not None]


def _assert_clean(article: Article) -> None:
    for text in _fields(article):
        assert not _CONTROLS.search(text), text


# 1. Nested JSON-LD


@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_deeply_nested_jsonld_is_ignored_not_raised(opening: str) -> None:
    block = '<script type="application/ld+json">' + opening * 5000 + "</script>"
    assert read_blocks([opening * 5000], DEFAULT_OPTIONS) == []
    article = parse(_page(head=block))
    assert article.title == "Bridge closed after storm"


def test_objects_before_a_too_deep_one_are_kept() -> None:
    text = '{"@type": "NewsArticle", "headline": "Kept"} ' + "[" * 5000
    assert [node.data["headline"] for node in read_blocks([text], DEFAULT_OPTIONS)] == ["Kept"]


# 2. A huge numeric character reference in JSON-LD


@pytest.mark.parametrize("digits", ["1" * 5000, "0" * 5000 + "65", "x" + "f" * 5000])
def test_a_huge_character_reference_in_jsonld_is_read_not_raised(digits: str) -> None:
    value = f"Bridge &#{digits}; closed"
    expected = "Bridge A closed" if digits.endswith("65") else "Bridge \ufffd closed"
    assert text_value(value) == expected
    head = _jsonld({"@type": "NewsArticle", "headline": value})
    assert parse(_page(head=head)).paragraphs
    # a whole block escaped ("&quot;") goes through the same unescaping
    escaped = json.dumps({"@type": "NewsArticle", "headline": value}).replace('"', "&quot;")
    assert parse(_page(head=f'<script type="application/ld+json">{escaped}</script>'))


# 3. Wrong argument types


@pytest.mark.parametrize("entry", [newsparse.parse, newsparse.parse_html, newsparse.parse_text])
@pytest.mark.parametrize("data", [_page(), _page().encode(), _page().encode("utf-16")])
def test_a_url_or_encoding_of_the_wrong_type_raises_input_type_error(
    entry: object, data: str | bytes
) -> None:
    with pytest.raises(InputTypeError, match="url"):
        entry(data, url=123)  # type: ignore[operator]
    with pytest.raises(InputTypeError, match="encoding"):
        entry(data, encoding=123)  # type: ignore[operator]


def test_an_encoding_of_the_wrong_type_is_refused_even_for_latin1_bytes() -> None:
    # Only bytes that are not UTF-8 ever reached the encoding, and crashed there.
    with pytest.raises(InputTypeError):
        parse(_page(heading="Caf\u00e9 closed").encode("latin-1"), encoding=123)  # type: ignore[arg-type]


@pytest.mark.parametrize("node", [
    lambda: lxml.etree.Comment("x"),
    lambda: lxml.etree.ProcessingInstruction("pi", "x"),
    lambda: lxml.etree.Entity("amp"),
    lxml.etree.ElementTree,
])
def test_a_lone_node_that_holds_no_element_raises_input_type_error(node: object) -> None:
    with pytest.raises(InputTypeError):
        parse(node())  # type: ignore[operator]


def test_an_lxml_element_tree_is_read_as_its_root() -> None:
    root = lxml.html.fromstring(_page())
    from_tree = parse(root.getroottree())
    assert from_tree == parse(root)
    assert newsparse.parse_html(root.getroottree()) == from_tree


@pytest.mark.parametrize("text", [None, b"WASHINGTON (AP) -", 12, ["LONDON -"]])
def test_parse_dateline_refuses_what_is_not_a_str(text: object) -> None:
    with pytest.raises(InputTypeError):
        parse_dateline(text)  # type: ignore[arg-type]


# 4. Control characters


def test_the_model_refuses_control_characters_in_every_str_field() -> None:
    paragraph = Paragraph("Text.")
    for field in ("title", "byline", "url", "site_name", "language"):
        with pytest.raises(ValueError, match="control"):
            Article(paragraphs=[paragraph], **{field: "a\x1bb"})
    with pytest.raises(ValueError, match="control"):
        Article(paragraphs=[paragraph], authors=["Jane\x07 Doe"])
    with pytest.raises(ValueError, match="control"):
        Paragraph("a\x9bb")
    with pytest.raises(ValueError, match="control"):
        Dateline(text="LONDON\x08 -")
    with pytest.raises(ValueError, match="control"):
        Dateline(text="LONDON -", place="LON\x7fDON")
    assert Paragraph("a\tb\nc").text == "a\tb\nc"


# ESC, BEL, BS, DEL, SOH, VT, and C1 controls (CSI, and two windows-1252 leaves undefined).
_REFERENCES = ("&#27;", "&#x1B;", "&#0007;", "&#8;", "&#127;", "&#1;", "&#x0b;", "&#x81;",
               "&#157", "&#31;x")


@pytest.mark.parametrize("reference", _REFERENCES)
def test_control_references_reach_no_field(reference: str) -> None:
    r = reference
    head = (f"<title>Bridge{r} closed after storm</title>"
            f'<meta property="og:site_name" content="Daily{r} Post">'
            f'<link rel="canonical" href="https://example.com/a{r}b">')
    extra = f'<p class="byline">By Jane{r} Doe</p><table><tr><td>A{r}B</td></tr></table>'
    article = parse(_page(head=head, heading=f"Bridge{r} closed after storm", extra=extra),
                    url=f"https://example.com/{r}")
    _assert_clean(article)
    assert article.title is not None and "Bridge" in article.title
    assert article.site_name is not None and article.site_name.startswith("Daily")
    assert article.url is not None and article.url.startswith("https://example.com/a")


@pytest.mark.parametrize("markup", ["&#</html>27;", "&#</HTML >2", "&#x</html>1b;"])
def test_a_stray_html_end_taken_out_joins_no_control_reference(markup: str) -> None:
    # libxml2 stops at "</html>", so it is taken out before parsing: what it leaves
    # behind must not be a reference to a control character the parser would decode.
    article = parse(_page(extra=f"<p>Bridge {markup} closed after the storm, they said.</p>"))
    _assert_clean(article)
    assert "Bridge" in article.body


def test_a_reference_to_the_walks_cell_marker_does_not_become_a_tab() -> None:
    article = parse(_page(extra="<p>A&#1;B and some words after it to make a line.</p>"))
    assert "AB and some words" in article.body


def test_a_break_in_preformatted_text_is_a_line_end_not_a_marker() -> None:
    code = "<pre>#include &lt;stdio.h&gt;<br>int main(void);<br></pre>"
    article = parse(_page(extra=code))
    _assert_clean(article)
    assert "#include <stdio.h>\nint main(void);" in article.body


@pytest.mark.parametrize("escape", ["\u001b]0;owned\u0007", "\u0008\u0008", "\u009b2J",
                                    "&#27;[2J"])
def test_control_escapes_in_jsonld_reach_no_field(escape: str) -> None:
    head = _jsonld({
        "@type": "NewsArticle", "headline": f"Bridge {escape}closed",
        "author": {"@type": "Person", "name": f"Jane{escape} Doe"},
        "publisher": {"@type": "Organization", "name": f"Daily{escape} Post"},
    })
    article = parse(_page(head=head, heading="Another heading entirely"))
    _assert_clean(article)
    assert article.title is not None and article.title.startswith("Bridge")


@pytest.mark.parametrize("control", ["\x1b", "\x07", "\x08", "\x7f", "\x01", "\x9b", "\x85"])
def test_raw_control_characters_reach_no_field(control: str) -> None:
    page = _page(heading=f"Bridge{control} closed", extra=f"<p>By Jane{control} Doe</p>")
    for data in (page, page.encode("utf-8"), bs4.BeautifulSoup(page, "html.parser")):
        _assert_clean(parse(data, url=f"https://example.com/{control}"))
    dump = f"Bridge{control} closed\n\nBy Jane{control} Doe\n\n" + "The bridge closed. " * 20
    _assert_clean(newsparse.parse_text(dump))


def test_a_callers_tree_with_control_characters_gives_clean_fields() -> None:
    tree = lxml.html.fromstring(_page(heading="Bridge&#27; closed",
                                      extra="<p>A&#1;B and enough words to keep.</p>"))
    article = parse(tree)
    _assert_clean(article)
    assert "AB and enough words" in article.body
    assert lxml.html.tostring(tree).count(b"&#27;") + lxml.html.tostring(tree).count(
        b"\x1b") == 1  # the caller's tree is not changed


def test_c1_controls_of_a_page_decoded_twice_are_decoded_once() -> None:
    # UTF-8 read as Latin-1 ("’" as "â\x80\x99"), or windows-1252 read as Latin-1.
    assert clean_utf8("don\u00e2\x80\x99t")[0] == "don\u2019t"
    assert clean_utf8("we\x92re")[0] == "we\u2019re"
    assert clean_utf8("a\x81b")[0] == "ab"  # undefined in windows-1252: dropped
    assert clean_utf8("caf\u00c3\u00a9")[0] == "caf\u00c3\u00a9"  # no control: left alone


def test_the_text_format_of_the_cli_prints_no_terminal_escape(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    import pathlib  # noqa: PLC0415

    path = pathlib.Path(str(tmp_path)) / "page.html"
    path.write_text(_page(head="<title>Pwned&#27;]0;owned&#7;</title>",
                          heading="Bridge&#27;[2J closed"))
    cli_main(["--format", "text", str(path)])
    out = capsys.readouterr().out
    assert "The bridge over the river" in out
    assert not _CONTROLS.search(out)


_HOSTILE_PIECES = st.sampled_from([
    "&#27;", "&#1;", "&#x7f;", "&#x9d;", "\x1b", "\x01", "\x9b", "\u009d", "&#13;", "\x0c",
    "<br>", "<td>", "<pre>", "</pre>", " ", "word", "&amp;", "<span hidden>", "</span>",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(_HOSTILE_PIECES, max_size=30).map("".join))
def test_no_control_character_reaches_any_field(noise: str) -> None:
    head = (f"<title>{noise}</title><meta property='og:site_name' content='{noise}'>"
            + _jsonld({"@type": "NewsArticle", "headline": noise,
                       "author": {"@type": "Person", "name": noise}}))
    page = _page(head=head, heading=f"Heading {noise}", extra=f"<p>By {noise}</p><p>{noise}</p>")
    for data in (page, bs4.BeautifulSoup(page, "html.parser")):
        try:
            article = parse(data, url=f"https://example.com/{noise}")
        except newsparse.NewsparseError:
            continue
        _assert_clean(article)


# 5. Tags in metadata text


def test_markup_in_a_jsonld_headline_is_stripped_to_its_text() -> None:
    headline = 'Bridge <em>closed</em> <img src=x onerror="alert(1)"><script>evil()</script>'
    head = _jsonld({"@type": "NewsArticle", "headline": headline})
    article = parse(_page(head=head, heading="Something else"))
    assert article.title == "Bridge closed"


@pytest.mark.parametrize(("value", "text"), [
    ("Tom &amp;amp; Jerry", "Tom &amp; Jerry"),  # entities decoded once
    ("<b>Tom &amp;amp; Jerry</b>", "Tom &amp; Jerry"),
    ("A &lt;b&gt; B", "A <b> B"),  # escaped markup is text
    ("a < b and c > d", "a < b and c > d"),  # not a tag
    ("I <3 tea", "I <3 tea"),
    ("Jane <span hidden>X</span>Doe", "Jane Doe"),
    ("<b></b>", None),
])
def test_jsonld_text_values_are_plain_text(value: str, text: str | None) -> None:
    assert text_value(value) == text


# 13. BeautifulSoup input


@pytest.mark.parametrize("control", ["\x01", "&#1;", "\x00", "\x1b"])
def test_a_soup_with_control_characters_reads_as_its_markup_does(control: str) -> None:
    page = _page(extra=f"<p>A{control}B and more words here, enough of them to keep.</p>")
    from_soup = parse(bs4.BeautifulSoup(page, "html.parser"))
    assert from_soup.body == parse(page).body
    assert "AB and more words" in from_soup.body
