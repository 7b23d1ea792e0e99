"""Authors the page shows away from its header: an author box at the end of the story, a
labelled name ("Written by" / "Jane Doe"), a link to the author's own page.

Read only when neither the metadata nor the article's header names anyone: many pages put
the byline where the header search does not reach (under a hero image, beside a wrong
``<h1>``, in an "About the author" box after the story). Sidebars, menus, footers, related
stories and comments repeat the same shapes for other stories, so whatever sits in chrome
(by tag, class or role, a few levels up) is passed over, and the first that remains, in
document order, is the story's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set
from typing import cast
from urllib.parse import urlsplit

import lxml.etree

from newsparse._html.blocks import NOT_RENDERED_TAGS
from newsparse._html.hints import attribute_hints, tag_hints
from newsparse._html.meta.sources import short_visible_text, visible_text
from newsparse._native.bits import CHROME, HIDDEN
from newsparse._options import ParseOptions
from newsparse._reading.byline_words import DOMAIN, NOT_NAME_WORDS, TRIM
from newsparse._reading.bylines import (
    bare_names,
    byline_names,
    is_lone_lead,
    opens_with_lead,
)
from newsparse._reading.keys import site_key

#: "Written by", "Author:", "Posted By:", "Article by", "Autor:", "Von": a lead-in that
#: stands alone, the names in the next piece of text.
LEAD_LABEL = re.compile(
    r"(?:(?:article|post|story|text|words|written|posted|published|reported|compiled)\s+)?"
    r"(?:by|von|par|por|di|door|от)\s*:?"
    r"|(?:authors?|author\(s\)|auteurs?|autor(?:es|in|ka)?|autore|byline|text|texto"
    r"|текст|автор)\s*:?",
    re.IGNORECASE,
)
# A path segment that names the author's own page: /author/jane-doe, /autor/jane-doe.
_AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor(?:es|en)?|autore|auteurs?|writers?|contributors?|journalists?"
    r"|redakteur\w*)/[^/]+/?$",
    re.IGNORECASE,
)
# A "By …" line is short; a longer piece is prose ("By 2030, the city will …").
_MAX_LEAD_WORDS = 8
_MAX_PIECE_CHARS = 200
# A link's text that names an author or two ("Jane Doe", "Jane Doe and John Roe").
_MAX_LINK_NAME_WORDS = 7
# The block a byline stands in is short; a longer one is prose that mentions someone.
_MAX_BLOCK_CHARS = 160
# Names are looked for in the first pieces of the page only: an author box sits within a
# long story's page, not after thousands of comments.
_MAX_PIECES = 3000


def page_authors(root: lxml.etree._Element, *, article_root: lxml.etree._Element | None,
                 site_keys: Set[str], options: ParseOptions) -> tuple[str, ...]:
    """The names of the first byline the page shows outside chrome: a lead-in label and
    the names after it, a line that opens with "By", or a link to an author's page, each
    in a short block of its own (not a sentence of prose that says "by"). When that byline
    names the site itself (a personal blog), nothing: the declared author says it better."""
    pieces = list(page_pieces(root, article_keep(article_root)))
    for index, (text, owner, block) in enumerate(pieces):
        # A label that says "author" is one wherever it stands ("Author" over a bio); a
        # bare "by" only in a short line of its own.
        labelled = not is_lone_lead(text) and bool(LEAD_LABEL.fullmatch(text))
        if labelled or is_lone_lead(text):
            names = (_named(*pieces[index + 1][:2], options=options)
                     if index + 1 < len(pieces) else ())
        elif (opens_with_lead(text) and len(text.split()) <= _MAX_LEAD_WORDS
              and (owner is None or owner.tag != "a")):  # "By Category": a menu's link
            names = byline_names(text, options, require_lead=True)
            if any(len(name.split()) < 2 for name in names):
                names = ()  # "By Agencies", "by Genre": one word far from the header
        elif owner is not None and _links_author_page(owner):
            names = _single_names(text, options)
        else:
            continue
        if names and (labelled or short_visible_text(block, _MAX_BLOCK_CHARS) is not None):
            return tuple(name for name in names if site_key(name) not in site_keys)
    return ()


def _named(text: str, owner: lxml.etree._Element | None, *, options: ParseOptions
           ) -> tuple[str, ...]:
    """The names of the piece after a lead-in label: a line of names; or a single name
    ("Eliz") when it is a link or the whole text of its element."""
    names = bare_names(text, options)
    if not names and owner is not None and (owner.tag == "a" or visible_text(owner) == text):
        names = _single_names(text, options)
    return names


def _single_names(text: str, options: ParseOptions) -> tuple[str, ...]:
    """The names of a short text that stands for one author or a few (a link's text):
    single words may be names, words of a label ("Recent Posts") or a domain may not."""
    words = text.split()
    if len(words) > _MAX_LINK_NAME_WORDS or DOMAIN.search(text) or any(
            word.strip(TRIM + ".").casefold() in NOT_NAME_WORDS for word in words):
        return ()
    return byline_names(text, options, declared=True)


def _links_author_page(element: lxml.etree._Element) -> bool:
    """True for a link to an author's own page (``/author/jane-doe``)."""
    if element.tag != "a":
        return False
    href = element.get("href") or ""
    try:
        path = urlsplit(href).path
    except ValueError:
        return False
    return bool(_AUTHOR_PATH.search(path))


def article_keep(article_root: lxml.etree._Element | None) -> set[int]:
    """The ids of the article region and its ancestors: elements never taken for chrome."""
    if article_root is None:
        return set()
    return {id(article_root), *(id(ancestor) for ancestor in article_root.iterancestors())}


def is_byline_piece(text: str) -> bool:
    """True for a piece of text that is a byline's lead-in or opens a byline ("By",
    "Written by", "Author:", "By Jane Doe")."""
    return bool(LEAD_LABEL.fullmatch(text)) or (
        opens_with_lead(text) and len(text.split()) <= _MAX_LEAD_WORDS)


def page_pieces(root: lxml.etree._Element, keep: Set[int]
            ) -> Iterator[tuple[str, lxml.etree._Element | None, lxml.etree._Element]]:
    """The body's short pieces of shown text outside chrome, in document order, with the
    element each is the text of (None for a tail) and the element whose text holds it.
    A chrome-looking element that holds the article (``keep``: ids of its region and the
    region's ancestors) is not chrome: a layout's "has-sidebar" wrapper."""
    body = root.find("body")
    if body is None:
        body = root
    count = 0
    # Depth first, by hand (a page may nest deeper than Python's recursion allows): an
    # element's text, then each child's pieces followed by the child's tail.
    stack: list[tuple[lxml.etree._Element, bool]] = [(body, False)]
    while stack:
        element, is_tail = stack.pop()
        text = element.tail if is_tail else None
        if not is_tail and _shown_outside_chrome(element, keep):
            text = element.text
            for child in reversed(element):
                stack.append((child, True))
                stack.append((child, False))
        if not text or not text.strip():
            continue
        count += 1
        if count > _MAX_PIECES:
            return
        squashed = " ".join(text.split())
        if len(squashed) <= _MAX_PIECE_CHARS:
            if not is_tail:
                yield squashed, element, element
            else:
                parent = element.getparent()
                yield squashed, None, element if parent is None else parent


def _shown_outside_chrome(element: lxml.etree._Element, keep: Set[int]) -> bool:
    """True for a shown element that is not chrome (a menu, a sidebar, a footer, related
    stories, comments), unless it holds the article."""
    tag = element.tag
    if not isinstance(tag, str) or tag in NOT_RENDERED_TAGS:
        return False
    # An HTML tree's attribute names and values are str (bytes only in a bytes-built XML tree).
    hints = attribute_hints(cast("list[tuple[str, str]]", element.items()))
    if hints & HIDDEN:
        return False
    if id(element) in keep:
        return True
    # Comment threads named in a glued word ("commentbody", "comment_text") too.
    marks = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return not ((tag_hints(tag) | hints) & CHROME or "comment" in marks)
