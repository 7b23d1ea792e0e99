"""Whole-pipeline invariants on generated messy pages (strategies: "Messy pages").

Each test states one property that must hold for every page a scraper could meet:
parse() raises nothing but NewsparseError, invents no text, loses no sentence of the
story, keeps no menu or footer line, reads one page the same in any Western charset,
and gives the same Article every time.
"""

from __future__ import annotations

import html
import re

from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, NewsparseError
from strategies import MessyPage, damaged_pages

_WORD = re.compile(r"\w+")
# Control characters, and the invisible ones (zero-width space, BOM) readers never see.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\ufeff]")
_TAG_LIKE = re.compile(r"<[^<>]*>")
_HTML5_TAG = re.compile(r"<[A-Za-z/!?][^>]*>")


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def _body_tokens(article: Article) -> str:
    """The body's words, space separated and padded, for whole-word run look-ups."""
    return " " + " ".join(_tokens(article.body)) + " "


def _contains_run(haystack: str, text: str) -> bool:
    return " " + " ".join(_tokens(text)) + " " in haystack


# --- never raises anything but NewsparseError -----------------------------------------

_MARKUP = st.lists(
    st.sampled_from(
        [*"<>/=\"'&#;! \n\r\t\x00\u00a0\ufeffabcdiplnrtxy0123456789",
         "<p>", "</p>", "<div>", "</div>", "<br>", "<table>", "<td>", "<!--", "-->",
           "<script>", "</script>", "&amp;", "&#", "<html>", "</html>", "<body>",
           "<meta charset=", "<![CDATA[", "<!DOCTYPE", "WASHINGTON, ", "(Reuters) - ",
           "The minister said ", "that the plan ", "would be announced next week. "]
    ),
    max_size=120,
).map("".join)


def _parses_or_refuses(data: object, **kwargs: object) -> Article | None:
    """parse(data): an Article, or None when it raised a NewsparseError."""
    try:
        article = newsparse.parse(data, **kwargs)  # type: ignore[arg-type]
    except NewsparseError as error:
        assert str(error), "a NewsparseError must say what was wrong"
        return None
    assert isinstance(article, Article)
    assert article.paragraphs, "an Article always has body text"
    return article


@given(st.binary(max_size=600), st.sampled_from([None, "utf-8", "latin-1", "utf-16", "x"]))
@example(b"", None)
@example(b"\x00" * 64, None)
@example(b"\xff\xfe\x00", "utf-16")
def test_bytes_never_raise_other_errors(data: bytes, encoding: str | None) -> None:
    _parses_or_refuses(data, encoding=encoding)


@given(_MARKUP)
@example("<" * 500)
@example("&" * 500)
@example("</html>" * 50 + "<p>text after the end</p>")
def test_markup_soup_never_raises_other_errors(text: str) -> None:
    _parses_or_refuses(text)
    _parses_or_refuses(text.encode("utf-8", "surrogatepass"))


@given(st.text(max_size=300))
@example("0\t\x85")  # NEL is white space to str.strip(): it made an unstripped Paragraph
@example("\ud800 lone surrogate <p>and a paragraph of text that is long enough</p>")
def test_any_str_never_raises_other_errors(text: str) -> None:
    _parses_or_refuses(text)


@given(damaged_pages(), st.data())
def test_corrupted_pages_never_raise_other_errors(page: MessyPage, data: st.DataObject) -> None:
    raw = bytearray(page.html.encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 8), label="flips")):
        position = data.draw(st.integers(0, len(raw) - 1), label="position")
        raw[position] = data.draw(st.integers(0, 255), label="byte")
    cut = data.draw(st.integers(0, len(raw)), label="truncate at")
    _parses_or_refuses(bytes(raw[:cut]))


# --- invents nothing -------------------------------------------------------------------

def _input_words(page_text: str) -> set[str]:
    """The words of the input, as written and with entities decoded (text dumps keep
    "&amp;" as written, HTML decodes it)."""
    clean = _CONTROL.sub("", page_text)
    # Inline tags join the text around them ("N<i>ews</i>" reads "News"); block tags and
    # line ends part it: allow the words of every reading.
    # As HTML5 tokenizes: "<" and a letter, "/", "!" or "?" open a tag (or a bogus
    # comment) that runs to the next ">", "<" or not.
    readings = (clean, _TAG_LIKE.sub("", clean), _TAG_LIKE.sub(" ", clean),
                _HTML5_TAG.sub("", clean))
    words: set[str] = set()
    for reading in readings:
        words.update(_tokens(reading), _tokens(html.unescape(reading)))
    return words


@given(damaged_pages())
def test_no_paragraph_holds_text_not_in_the_input(page: MessyPage) -> None:
    article = newsparse.parse(page.html.encode("utf-8"))
    allowed = _input_words(page.html)
    for paragraph in article.paragraphs:
        invented = set(_tokens(paragraph.text)) - allowed
        assert not invented, f"words not in the page: {sorted(invented)} in {paragraph.text!r}"


_SPACE = re.compile(r"\s+")
_SCRIPT_LIKE = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|$)", re.DOTALL | re.IGNORECASE)
# A comment shows nothing, whatever it holds ("<!--<html>-->"): the words on each side meet.
_COMMENT_LIKE = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
# "</html>" end tags are taken out before the page is parsed (libxml2 would stop reading
# at one), wherever they stand, inside another tag too: "<meta charset=</html>>a" is then
# a tag that ends at the first ">", and "a" meets the word before it.
_HTML_END_LIKE = re.compile(r"</html(?=[\s/>])[^<>]*>", re.IGNORECASE)


@given(_MARKUP)
@example("<0</p>a<p>a")  # libxml2 ignores a stray </p>: "<0" and "a" are one text
@example("<0<script><</script>a")  # the script goes, and "<0" and "a" meet
@example("a<!--<html>-->a")  # the comment goes, and "a" and "a" meet
@example("a&#1<html>0")  # the reference names a control character, and "a" and "0" meet
@example("<0<meta charset=</html>>a")  # "</html>" goes first, and the tag ends before "a"
def test_soup_paragraphs_hold_only_input_words(text: str) -> None:
    """In tag soup, tags may glue words (libxml2 and browsers differ on where): every
    paragraph word must still be spelled out, in one piece, by the input's text."""
    article = _parses_or_refuses(text)
    if article is None:
        return
    clean = _CONTROL.sub("", text)
    squashed = [
        _SPACE.sub("", variant)
        # script text and comments are never shown
        for base in (clean, _SCRIPT_LIKE.sub("", clean), _COMMENT_LIKE.sub("", clean),
                     _HTML_END_LIKE.sub("", clean))
        # (a character reference may name a control character, "&#1", never shown either:
        # read before the tags go, or "&#1<html>0" would read as "&#10")
        for text in (base, _CONTROL.sub("", html.unescape(base)))
        for reading in (text, _TAG_LIKE.sub("", text), _HTML5_TAG.sub("", text))
        for variant in (reading, html.unescape(reading))
    ]
    for paragraph in article.paragraphs:
        for word in _tokens(paragraph.text):
            assert any(word in reading for reading in squashed), (word, paragraph.text)


# --- nothing lost, no chrome kept ------------------------------------------------------

@given(damaged_pages())
def test_every_sentence_of_the_story_survives(page: MessyPage) -> None:
    article = newsparse.parse(page.html.encode("utf-8"))
    body = _body_tokens(article)
    lost = [s for s in page.story.sentences if not _contains_run(body, s)]
    assert not lost, f"lost {len(lost)} sentence(s), first: {lost[0]!r}"


@given(damaged_pages())
def test_no_menu_or_footer_line_is_kept(page: MessyPage) -> None:
    article = newsparse.parse(page.html.encode("utf-8"))
    kept = {paragraph.text for paragraph in article.paragraphs}
    chrome = [line for line in page.chrome_lines if line in kept]
    assert not chrome, f"chrome kept as body paragraphs: {chrome}"
    body = _body_tokens(article)
    story = " ".join(page.story.sentences)
    # Longer chrome lines (copyright, teasers) must not appear inside a paragraph either.
    glued = [line for line in page.chrome_lines
             if len(_tokens(line)) >= 4 and _contains_run(body, line)
             and not _contains_run(" " + " ".join(_tokens(story)) + " ", line)]
    assert not glued, f"chrome text inside the body: {glued}"


# --- charsets ------------------------------------------------------------------------

_META = re.compile(r'<meta charset="[^"]*">')
_VARIANTS = [
    ("utf-8", "utf-8"), ("utf-8", None),
    ("cp1252", "windows-1252"), ("cp1252", None),
    ("latin-1", "iso-8859-1"), ("latin-1", None),
]


@given(damaged_pages(latin=True))
def test_same_page_in_any_western_charset_gives_equal_articles(page: MessyPage) -> None:
    source = _META.sub("", page.html)
    articles = []
    for codec, declared in _VARIANTS:
        meta = f'<meta charset="{declared}">' if declared else ""
        articles.append(newsparse.parse(source.replace("<head>", "<head>" + meta, 1)
                                        .encode(codec)))
    first = articles[0]
    for (codec, declared), article in zip(_VARIANTS, articles, strict=True):
        assert article == first, f"{codec} with meta charset {declared} reads differently"


# --- deterministic -------------------------------------------------------------------

@given(damaged_pages())
def test_parsing_is_deterministic(page: MessyPage) -> None:
    data = page.html.encode("utf-8")
    first = newsparse.parse(data)
    assert newsparse.parse(data) == first
    assert newsparse.parse(data.decode("utf-8")) == first


@given(damaged_pages(), st.sampled_from(["crlf", "lone_cr", "nul_bytes", "unclosed_p"]))
def test_damage_alone_changes_no_paragraph(page: MessyPage, damage: str) -> None:
    """A page and the same page with one more kind of damage: the same paragraphs."""
    clean = page.html
    damaged = {"crlf": clean.replace("\n", "\r\n"), "lone_cr": clean.replace("\n", "\r"),
               "nul_bytes": clean.replace("><", ">\x00<"),
               "unclosed_p": clean.replace("</p>", "")}[damage]
    assert newsparse.parse(damaged).paragraphs == newsparse.parse(clean).paragraphs
