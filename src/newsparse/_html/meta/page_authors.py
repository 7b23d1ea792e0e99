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
from urllib.parse import urlsplit

import lxml.etree

from newsparse._dateline.words import is_weekday, month_of
from newsparse._html.meta.page_pieces import PagePieces
from newsparse._html.meta.sources import short_visible_text, visible_text
from newsparse._native import kernels
from newsparse._options import ParseOptions
from newsparse._reading.byline_words import (
    AGENCIES,
    DOMAIN,
    LEAD,
    NOT_NAME_WORDS,
    TEAM_CREDIT,
    TRIM,
)
from newsparse._reading.bylines import (
    author_link_name,
    bare_names,
    byline_names,
    is_lone_lead,
    opens_with_lead,
)
from newsparse._reading.dates import parse_shown_date

#: "Written by", "Author:", "Posted By:", "Article by", "Autor:", "Von", "Contributors:",
#: "This post was written by": a lead-in that stands alone, the names in the next piece
#: of text.
LEAD_LABEL = re.compile(
    r"(?:this\s+(?:post|article|story|piece)\s+(?:was|is)\s+)?"
    r"(?:(?:article|post|story|text|words|written|posted|published|reported|compiled)\s+)?"
    r"(?:by|von|par|por|di|door|przez|от)\s*:?"
    r"|(?:authors?|author\(s\)|auteure?s?|autor(?:es|en|in|innen|as?|ka|ki|zy)?|autore|autori"
    r"|autrice|byline|text|texte|texto|testo|tekst|текст|автор|contributors?|contributed by)"
    r"\s*:?",
    re.IGNORECASE,
)
# Any of the lead-ins and labels above, at the start of a piece: one cheap test for most.
_LEAD_START_WORDS = (
    "article", "post", "story", "text", "words", "written", "posted", "published", "reported",
    "compiled", "by", "von", "par", "por", "di", "door", "от", "author", "auteur", "autor",
    "byline", "texto", "testo", "tekst", "autrice", "текст", "автор", "contributor",
    "contributed", "this", "opinion",
    "review", "interview", "column", "commentary", "analysis", "reporting",
    # The other languages' "Written by", "Posted by" (see byline_words.LEAD).
    "geschrieben", "verfasst", "gepostet", "ein beitrag", "écrit", "ecrit", "rédigé", "redige",
    "posté", "poste", "escrito", "redactado", "redigido", "postado", "posteado", "scritto",
    "postato", "redatto", "a cura", "geschreven", "geplaatst", "przez", "napisan", "dodan")
# (The first letters looked ahead first: most pieces fail that one test, where the regex
# engine would try each word in turn at every piece.)
_LEAD_START = re.compile(
    "(?=[" + "".join(sorted({word[0] for word in _LEAD_START_WORDS})) + "])(?:"
    + "|".join(_LEAD_START_WORDS) + ")", re.IGNORECASE)
# The words an address that may name an author's page holds (checked by _AUTHOR_PATH). The
# addresses are tested in Python, on lxml's tag walk: an XPath predicate with a contains()
# for each word costs twice as much, and a node-set of the addresses as smart strings more.
_AUTHORISH_ADDRESS = re.compile("author|autor|auteur|writer|contributor|journalist|redakteur")
# A class that says its element holds the author's name.
_AUTHOR_CLASS = re.compile(r"author|byline")
# …unless it holds what is said about the author: a description, a job title, a bio.
_AUTHOR_ABOUT_CLASS = re.compile(r"desc|bio|about|title|role|job|position")
# A path segment that names the author's own page: /author/jane-doe, /autor/jane-doe.
_AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor(?:es|en)?|autore|auteurs?|writers?|contributors?|journalists?"
    r"|redakteur\w*)/[^/]+/?$",
    re.IGNORECASE,
)
# An author box without a label: a piece that is a name, and a piece (the next, or the
# one after a line between, a job title) that opens a bio with that name or its first
# word and a word in lower case ("Jane Doe" / "Jane Doe is a travel writer …", "Jane
# Doe" / "Editor" / "Jane has covered …"). The name piece holds two or three words.
# (Possessive: a piece that is no name of two or three words fails at once, which halves
# the search's cost over a page's thousands of pieces; a word's start only, so that a
# search through a long word stays linear.)
_BIO_AFTER_NAME = re.compile(
    r"(?<![\w'’.-])([^\W\d_][\w'’.-]*+)((?:[ \t]++[^\W\d_][\w'’.-]*+){1,2}+)\s*+\0"
    r"(?:[^\0]{1,60}\0)?\s*\1(?:\2)?,?\s+([^\W\d_]+)")
# A person spoken of in the third person, in the languages we read ("He has covered …",
# "her work"; "Er schreibt", "Elle a", "Ella es", "Lei è", "Ela é", "Hij is", "Jej"): what
# a bio says after the name, where a heading's paragraph about a thing says "it".
_PERSON_PRONOUN = re.compile(
    r"(?<![\w'’-])(?:(?i:he|she|his|her|him|hers|himself|herself)|er|seine[mnrs]?|ihre[mnrs]?"
    r"|elle|él|ella|lui|lei|ele|ela|hij|zij|jego|jej"
    r"|Er|Sie|Il|Elle|Él|Ella|Lui|Lei|Ele|Ela|Hij|Zij|On|Ona)(?![\w'’-])")
_INLINE_TAGS = frozenset(("a", "b", "strong", "em", "i", "span", "font", "small", "u"))
# A "By …" line is short, and so are a link's text that names an author or two, a piece
# of text that is a label, a name or a byline, and the block a byline stands in; a longer
# one is prose ("By 2030, the city will …"). The limits: ParseOptions, ``meta_page_*``.


def page_authors(pieces: PagePieces, options: ParseOptions) -> tuple[str, ...]:
    """The names of the first byline the page shows outside chrome, in a short block of its
    own (not a sentence of prose that says "by"): a lead-in label and the names after it,
    or a line that opens with "By", in document order; else a link to an author's page;
    else a name in an element whose class says author. The names are as shown, the
    site's own name included (the caller weighs it)."""
    max_piece_chars, max_block_chars = options.meta_page_piece_chars, options.meta_page_block_chars
    found = _first_lead_byline(pieces, options)
    if found:
        return found
    for link in _authorish_links(pieces.body):
        if links_author_page(link):
            link_text = author_link_name(short_visible_text(link, max_piece_chars) or "")[0]
            names = (_single_names(link_text, options) or tuple(team_credit(link_text))
                     if link_text else ())
            if names and pieces.element_outside_chrome(link):
                return names
    for element in _author_classed(pieces.body):
        for owner in (element, *element):
            text = " ".join((owner.text or "").split()) if isinstance(owner.tag, str) else ""
            if not text or LEAD_LABEL.match(text):  # not "Author Spotlight", a box's title
                continue
            names = bare_names(text, options)
            if names and _short(owner, max_block_chars) and pieces.element_outside_chrome(owner):
                return names
            if owner.tag == "a":
                # The box links its author by a handle ("Wootini"): the links after it are
                # the post's sections ("Posted to Hot Stuff, Video Games"), not names.
                break
        shown = short_visible_text(element, max_piece_chars)
        desk = team_credit(shown) if shown else []
        if desk and pieces.element_outside_chrome(element):
            return tuple(desk)
    return bio_named(pieces, options)


def _first_lead_byline(pieces: PagePieces, options: ParseOptions) -> tuple[str, ...]:
    """The names of the first piece outside chrome that opens with a lead-in: a label
    and the names after it, or a short "By" line in a block of its own (a post's stamp
    too), in document order; but none in an element of a thread's stamps."""
    max_piece_chars, max_block_chars = options.meta_page_piece_chars, options.meta_page_block_chars
    leads = pieces.starting(_LEAD_START)
    thread: set[tuple[str, ...]] | None = None
    for index in leads:
        text = pieces.text(index)
        if len(text) > max_piece_chars:
            continue
        names, labelled = _lead_names(pieces, index, options)
        if names and pieces.outside_chrome(index) and (
                labelled or _short(pieces.block(index), max_block_chars)):
            if thread is None:
                thread = _thread_blocks(pieces, leads, options)
            if _place(pieces.block(index)) not in thread:
                return names
    return ()


def bio_named(pieces: PagePieces, options: ParseOptions) -> tuple[str, ...]:
    """The name over a bio that opens with it, outside chrome: an author box with no
    label and no class that says so ("Jane Doe" / "Jane Doe is a travel writer who …",
    "Jane Doe" / "Senior Editor" / "Jane joined us in 2019 …"). A name alone over a
    sentence about it is how an author box reads in any language; a commenter's name is
    followed by what they say, not by a sentence about them. The bio speaks of a person
    ("he", "her", "sie", "elle" in the first ``options.meta_page_bio_chars`` of its
    paragraph), where the paragraph under a heading about a thing (a school, a style) does
    not. A heading over a paragraph that opens with its words ("Travel Insurance" /
    "Travel Insurance is a …") is told apart by the page's own words: each word of it is
    written in lower case elsewhere on the page, where a name has a word no sentence writes
    so."""
    for index, match in pieces.starting_matches(_BIO_AFTER_NAME):
        if not match.group(3).islower():
            continue
        # The paragraph the bio opens (past the inline elements its first words are in).
        paragraph = pieces.block(index + match.group(0).count("\0") - 1)
        parent = paragraph.getparent()
        while paragraph.tag in _INLINE_TAGS and parent is not None:
            paragraph, parent = parent, parent.getparent()
        reach = options.meta_page_bio_chars
        if not _PERSON_PRONOUN.search(visible_text(paragraph, reach)[:reach]):
            continue
        names = bare_names(pieces.text(index), options)
        if (names and not all(pieces.written_in_lower_case(word)
                              for name in names for word in name.split())
                and pieces.outside_chrome(index)):
            return names
    return ()


def team_credit(text: str) -> list[str]:
    """``[text]`` when the whole of it is a desk or a team that signs a story ("Podium
    Staff", "The Upwork Team", "Newsdesk"), else ``[]``: shown where the author's name
    goes, it is the byline."""
    text = " ".join(text.split())
    return [text] if TEAM_CREDIT.fullmatch(text) else []


def _short(element: lxml.etree._Element, max_chars: int) -> bool:
    return short_visible_text(element, max_chars) is not None


def _lead_names(pieces: PagePieces, index: int, options: ParseOptions
                ) -> tuple[tuple[str, ...], bool]:
    """The names a piece that opens with a lead-in gives, and whether it is a label that
    says "author" (one wherever it stands, as "Author" over a bio; a bare "by" counts only
    in a short line of its own)."""
    text = pieces.text(index)
    lone = is_lone_lead(text)
    labelled = not lone and bool(LEAD_LABEL.fullmatch(text))
    if labelled or lone:
        following = pieces.text(index + 1)
        if not following or not pieces.outside_chrome(index + 1):
            return (), labelled
        return _named(following, pieces.owner(index + 1), options=options), labelled
    owner = pieces.owner(index)
    if not opens_with_lead(text) or (owner is not None and owner.tag == "a"):
        return (), False  # "By Category": a menu's link
    # A post's stamp, its date after the names, where one word is a name or a handle;
    # else a short "By" line.
    stamped = stamp_names(text, options)
    return (_by_line_names(text, options) if stamped is None else stamped), False


def _by_line_names(text: str, options: ParseOptions) -> tuple[str, ...]:
    """The names of a short line that opens with "By" (at most
    ``options.meta_page_lead_words``), each named in full."""
    if len(text.split()) > options.meta_page_lead_words:
        return ()
    names = byline_names(text, options, require_lead=True)
    if any(len(name.split()) < options.meta_min_full_name_words for name in names):
        return ()  # "By Agencies", "by Genre": one word far from the header
    return names


def stamp_names(text: str, options: ParseOptions) -> tuple[str, ...] | None:
    """The names of a line that opens with a byline's lead-in and ends with a date, a
    post's stamp ("by jdoe on May 3, 2011", "Posted by Jane at December 16, 2025 11:15
    AM", "Posted by: Jane Doe | January 14, 2008", "von jdoe am 12. Oktober 2019"); None
    for any other line. The date says the line is a stamp, not a menu's "By Category" or
    prose, so one word is a name there, in any case: a blog signs with a first name or a
    handle ("ibby", "randfish"). () for a stamp that names no one ("By the way on
    Monday …")."""
    lead = LEAD.match(text)
    if lead is None:
        return None
    words = text[lead.end():].split()
    for end in range(1, len(words)):
        date = _date_start(words, end)
        if date is None:
            continue
        tail = words[date:]
        if (len(tail) > options.meta_max_shown_date_words
                or parse_shown_date(" ".join(tail), options) is None):
            return None
        shown = " ".join(words[:end]).strip(TRIM)
        names = byline_names(text[:lead.end()] + shown, options, require_lead=True)
        if names:
            return names
        return (shown,) if _is_handle(shown) else ()
    return None


# A separator alone between a stamp's names and its date ("Jane | May 3, 2019").
_STAMP_SEPARATORS = frozenset("- – — • | · , : /".split())


def _date_start(words: list[str], end: int) -> int | None:
    """Where a date starts in ``words`` when the names end before ``end``: past a
    separator, a short preposition in lower case ("on", "at", "am", "le", "el", "il") and
    a weekday, a day's figure or a month's name; None when no date starts there. A date
    right after the names needs a comma or a bar after them ("Jane Doe, May 3, 2011"):
    "April Smith" is a name."""
    at = end
    if words[at] in _STAMP_SEPARATORS:
        at += 1
    if at < len(words) and len(words[at]) <= 3 and words[at].isalpha() and words[at].islower():
        at += 1
    while at < len(words) and is_weekday(words[at].strip(",.")):
        at += 1
    if at >= len(words) or (at == end and not words[end - 1].endswith((",", "|"))):
        return None
    word = words[at]
    return at if word[:1].isdigit() or month_of(word.strip(",.")) is not None else None


def _is_handle(word: str) -> bool:
    """True for one word that may name a poster: letters (with figures, dots, dashes),
    not a label's word, a wire or a domain ("jdoe", "Jane", "h.szeyee")."""
    return (" " not in word and any(ch.isalpha() for ch in word)
            and all(ch.isalnum() or ch in "._-'’" for ch in word)
            and word.strip(".").casefold() not in NOT_NAME_WORDS
            and word.casefold() not in AGENCIES and not DOMAIN.search(word))


def _thread_blocks(pieces: PagePieces, leads: list[int], options: ParseOptions
                   ) -> set[tuple[str, ...]]:
    """Where the stamps of a thread stand, by their element's and its parent's tag and
    class: each comment of a thread, each post of a list is stamped ("Posted by: Jane |
    January 14, 2008"), and where the page shows ``options.meta_page_thread_stamps`` such
    stamps or more outside chrome, naming more than one poster, the first is a
    commenter's as often as the story's, and so is a lead-in in an element of theirs
    ("Posted by:" / a commenter's link). Empty where the page shows no thread."""
    places: set[tuple[str, ...]] = set()
    names: set[tuple[str, ...]] = set()
    stamps = 0
    for index in leads:
        text = pieces.text(index)
        if len(text) > options.meta_page_piece_chars:
            continue
        stamped = stamp_names(text, options)
        if stamped is None or not pieces.outside_chrome(index):
            continue
        stamps += 1
        names.add(stamped)
        places.add(_place(pieces.block(index)))
    return places if stamps >= options.meta_page_thread_stamps and len(names) > 1 else set()


def _place(element: lxml.etree._Element) -> tuple[str, ...]:
    """An element's tag and class, and its parent's: where a repeated line stands."""
    parent = element.getparent()
    return (str(element.tag), element.get("class") or "",
            "" if parent is None else str(parent.tag),
            "" if parent is None else parent.get("class") or "")


def _authorish_links(body: lxml.etree._Element) -> list[lxml.etree._Element]:
    """The links whose address holds a word of an author's page, in document order."""
    search = _AUTHORISH_ADDRESS.search
    return [link for link in body.iterdescendants("a")
            if (address := link.get("href")) is not None and search(address)]


def links_author_page(link: lxml.etree._Element) -> bool:
    """True for a link to an author's own page (``/author/jane-doe``)."""
    try:
        path = urlsplit(link.get("href") or "").path
    except ValueError:
        return False
    return bool(_AUTHOR_PATH.search(path))


def _author_classed(root: lxml.etree._Element) -> list[lxml.etree._Element]:
    """The elements whose class says they hold the author's name ("author-name",
    "entry-author", "c-author-info__name"), not what is said about the author (a
    description, a job title, a bio)."""
    classes, element_at = kernels.class_values(root)
    if not classes:
        return []
    # One search through all the classes, lower-cased at once: a NUL (which no attribute
    # holds) ends each, so no match spans two and counting them tells whose class matched.
    lowered = "\0".join(classes).lower()
    found: list[lxml.etree._Element] = []
    index, counted, last = 0, 0, -1
    for match in _AUTHOR_CLASS.finditer(lowered):
        index += lowered.count("\0", counted, match.start())
        counted = match.start()
        if index == last:
            continue
        last = index
        start = lowered.rfind("\0", 0, match.start()) + 1
        end = lowered.find("\0", match.end())
        if _AUTHOR_ABOUT_CLASS.search(lowered, start, len(lowered) if end < 0 else end):
            continue
        element = element_at(index)
        if element is not None:
            found.append(element)
    return found


def _named(text: str, owner: lxml.etree._Element | None, *, options: ParseOptions
           ) -> tuple[str, ...]:
    """The names of the piece after a lead-in label: a line of names; or a single name
    ("Eliz") when it is a link or the whole text of its element."""
    names = bare_names(text, options)
    if not names and owner is not None and (owner.tag == "a" or visible_text(
            owner, options.meta_max_element_text_chars) == text):
        names = _single_names(text, options)
    return names


def _single_names(text: str, options: ParseOptions) -> tuple[str, ...]:
    """The names of a short text that stands for one author or a few (a link's text):
    single words may be names, words of a label ("Recent Posts") or a domain may not."""
    words = text.split()
    if len(words) > options.meta_page_link_name_words or DOMAIN.search(text) or any(
            word.strip(TRIM + ".").casefold() in NOT_NAME_WORDS for word in words):
        return ()
    return byline_names(text, options, declared=True)


def is_byline_piece(text: str, max_lead_words: int) -> bool:
    """True for a piece of text that is a byline's lead-in or opens a byline ("By",
    "Written by", "Author:", "By Jane Doe", of at most ``max_lead_words``)."""
    return bool(LEAD_LABEL.fullmatch(text)) or (
        opens_with_lead(text) and len(text.split()) <= max_lead_words)
