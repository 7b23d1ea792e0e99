"""Authors: the first source, by trust, that names people; site names and wires rejected.

Order: JSON-LD ``author`` (people), author ``<meta>`` tags (Dublin Core, ``author``,
``article:author``, parsely, sailthru), microdata ``itemprop=author`` in the article header,
``rel=author`` there, byline-looking elements there, a "By" line beside the heading, and
last an organisation given as the JSON-LD author when it is not the site itself
(Wikipedia's "Contributors to Wikimedia projects").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence, Set
from urllib.parse import urlsplit

import lxml.etree

from newsparse._html.meta.jsonld import PAGE_TYPES, JsonLdNode, names_of, objects_by_id
from newsparse._html.meta.page import (
    header_byline_elements,
    heading_byline_elements,
    heading_neighbours,
    in_article_header,
)
from newsparse._html.meta.page_authors import page_authors, team_credit
from newsparse._html.meta.page_pieces import PagePieces
from newsparse._html.meta.shown import HeaderPiece
from newsparse._html.meta.sources import PageSources, Placed, short_visible_text, visible_text
from newsparse._options import ParseOptions
from newsparse._reading.byline_words import LEAD, NOT_NAME_WORDS, TRIM, URL
from newsparse._reading.bylines import (
    author_link_name,
    bare_names,
    byline_names,
    is_job_title,
    is_lone_lead,
    is_role_line,
    names_from_metadata,
    opens_with_lead,
)
from newsparse._reading.dates import UPDATED, parse_shown_date
from newsparse._reading.keys import site_key

# A lead-in on a line of its own, the names in the next piece of text.
# ("This post was written by" / "Jane Doe", "Contributors:" / "Jane Doe": the web's
# labels of an author credit.)
_LEAD_LABEL = re.compile(
    r"(?:this\s+(?:post|article|story|piece)\s+(?:was|is)\s+)?"
    r"(?:(?:written|posted|published|reported|words|text|story)\s+)?(?:by|von|par|por|di"
    r"|door|от)\s*:?|(?:authors?|auteurs?|autor(?:es|in|ka)?|autore|byline|text|texto"
    r"|текст|автор|written by|contributors?|contributed by)\s*:?",
    re.IGNORECASE,
)
_READING_TIME = re.compile(r"\b\d+\s*(?:min(?:ute)?s?|minuten|minutes?)\b(?:\s+read)?",
                           re.IGNORECASE)
_NAME_TRIM = " ,;|-–—·•"
# (How long a byline element's text is read, how many pieces of text around a line of
# names may hold the date that makes it a byline, how far from the heading a bare line
# of names or a lead-in line counts: ParseOptions, ``meta_*``.)
_SECTION_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6", "button", "label", "legend"))
_LABEL_CLASS = re.compile(r"categor|taxonom|\btags?\b|\bterm|breadcrumb|\bcta|menu|\bnav")
# "Written by" and its translations, the label of a data card that names the author.
_AUTHOR_CARD_LABEL = re.compile(
    r"(?:written|posted|geschrieben|verfasst|escrito|scritto|écrit|geschreven|napisane"
    r"|skrevet|skrivet|kirjoittanut)\s+(?:by|von|por|da|par|door|przez|av|af)"
    r"|authors?|autor(?:in|es)?|auteurs?|autore|by|von|par|por",
    re.IGNORECASE,
)
# (…and "author" in the languages we read, as some of their sites name the tag: "autor",
# "auteur", "autore".)
_AUTHOR_KEYS = (
    "dc.creator", "author", "article:author", "og:article:author", "article:author_name",
    "parsely-author", "sailthru.author", "byl", "dcsext.author", "citation_author",
    "autor", "auteur", "autore",
)


def read_authors(
    sources: PageSources,
    article: JsonLdNode | None,
    *,
    heading: Placed | None,
    header: Sequence[HeaderPiece],
    article_root: lxml.etree._Element | None,
    site_keys: set[str],
    options: ParseOptions,
    pieces: PagePieces | None = None,
    nodes: Sequence[JsonLdNode] = (),
) -> tuple[str, ...]:
    """The article's authors, from the most trusted source that names any; but the "By"
    line shown under the heading wins over declared authors it names more of ("By Danica
    Kirka and Jill Lawless" over a declared "Danica Kirka") or none of (a declared
    "Kevin Rebong", the account that posted the story, under "By David Jeans").
    ``nodes``: every JSON-LD object of the page, where the article's authors may be given
    by reference, or on its page's object alone."""
    jsonld = _jsonld_authors(article, nodes)
    declared = _declared_authors(sources, jsonld, site_keys, options)
    if declared[0]:
        shown = (_shown_by_line(heading, site_keys, options)
                 or _shown_in_header(declared[0], header, site_keys, options))
        if shown and _shown_wins(declared[0], shown):
            return shown
        return declared[0]
    found = _found_authors(sources, heading=heading, header=header, article_root=article_root,
                           site_keys=site_keys, organisations=declared[1], options=options)
    if found or pieces is None:
        return (found or _only_declared_author(sources, jsonld, options)
                or site_signed(sources, heading=heading, header=header,
                               article_root=article_root, site_keys=site_keys,
                               options=options))
    shown = page_authors(pieces, options)
    # A byline that names the site itself (a personal blog, a company's news page) gives
    # way to the author the page declares, and stands when there is none.
    return (_keep(shown, site_keys) or _only_declared_author(sources, jsonld, options) or shown
            or site_signed(sources, heading=heading, header=header, article_root=article_root,
                           site_keys=site_keys, options=options))


def site_signed(
    sources: PageSources,
    *,
    heading: Placed | None,
    header: Sequence[HeaderPiece],
    article_root: lxml.etree._Element | None,
    site_keys: set[str],
    options: ParseOptions,
) -> tuple[str, ...]:
    """The site's own name where the story's byline goes, when the page names no one
    else: the text of a ``rel=author`` link or of a byline-classed element in the article
    header ("EcoFlow"), or a "By" line there ("By ASU Online", "By" / "3i Global"). A
    company's or a brand's blog signs its stories so; the names readers take for people
    are read first, and a site's name anywhere else (its logo, a menu) signs nothing."""
    max_chars, max_words = options.meta_max_by_line_text_chars, options.meta_max_organisation_words
    texts = [visible_text(placed.element, max_chars) for placed in in_article_header(
        sources.rel_authors, heading=heading, article_root=article_root, options=options,
        section_starts=sources.section_starts)]
    texts.extend(short_visible_text(element, max_chars) or ""
                 for element in header_byline_elements(heading, article_root, options))
    for index, (text, _place, _element) in enumerate(header):
        if is_lone_lead(text):
            texts.append(_next_text(header, index))
        elif opens_with_lead(text):
            texts.append(text)
    for text in texts:
        name = LEAD.sub("", " ".join(text.split())).strip(TRIM)
        if name and len(name.split()) <= max_words and site_key(name) in site_keys:
            return (name,)
    return ()


def _jsonld_authors(article: JsonLdNode | None, nodes: Sequence[JsonLdNode]
                    ) -> list[tuple[str, str | None]]:
    """``(name, type)`` of the authors JSON-LD gives the article, or else its web page
    (a graph that types no article), references to the graph's people resolved."""
    owner = article.data if article is not None and article.data.get("author") else next(
        (node.data for node in nodes if node.types & PAGE_TYPES and node.data.get("author")),
        None)
    if owner is None:
        return []
    return names_of(owner.get("author"), objects_by_id(list(nodes)) if nodes else None)


def _only_declared_author(sources: PageSources, jsonld: list[tuple[str, str | None]],
                          options: ParseOptions) -> tuple[str, ...]:
    """The author the page declares even when it is the site itself, a desk or a team
    ("Editorial team of X", "Press office of Y"): when no person is named anywhere, the
    organisation is the byline."""
    values = [name for name, _kind in jsonld]
    for key in _AUTHOR_KEYS:
        values.extend(sources.meta.get(key, ()))
    max_words = options.meta_max_organisation_words
    for value in values:
        name = " ".join(URL.sub(" ", value).split()).strip(_NAME_TRIM)
        if (name and not name.startswith("@") and len(name.split()) <= max_words
                and any(ch.isalpha() for ch in name) and "/" not in name):
            return (name,)
    return ()


def _shown_by_line(
    heading: Placed | None, site_keys: set[str], options: ParseOptions
) -> tuple[str, ...]:
    """The names of the first line in the heading's header that says it is a byline."""
    for element in [*heading_byline_elements(heading, options),
                    *heading_neighbours(heading, options)]:
        found = _by_line_names(element, site_keys, options)
        if found:
            return found
    return ()


def _shown_in_header(
    declared: tuple[str, ...], header: Sequence[HeaderPiece], site_keys: set[str],
    options: ParseOptions,
) -> tuple[str, ...]:
    """The authors the article header shows, to weigh the declared ones against, where the
    heading's own block shows no "By" line: a byline among the header's pieces (a date and
    a "By: Jane Doe" in a box of their own under the heading), else the list of names the
    header shows with a declared author (a page that declares the first author alone)."""
    return (_header_by_line(header, site_keys, options)
            or _listed_with(declared, header, options))


def _header_by_line(
    header: Sequence[HeaderPiece], site_keys: set[str], options: ParseOptions
) -> tuple[str, ...]:
    """The names of the first piece of the article header that says it is a byline ("By:
    Jane Doe", or "By" / "Jane Doe"), whatever its element: a shown byline that the
    heading's own block does not hold (the header's date and byline in a box of their
    own)."""
    pieces = [piece for piece in header
              if -options.meta_byline_pieces_above <= piece[1] <= options.meta_bare_name_pieces]
    for index in range(len(pieces)):
        found = _lead_line_names(pieces, index, site_keys, options)
        if found:
            return found
    return ()


def _lead_line_names(
    pieces: Sequence[HeaderPiece], index: int, site_keys: set[str], options: ParseOptions
) -> tuple[str, ...]:
    """The names of ``pieces[index]`` when it is a line that says it is a byline ("By Jane
    Doe"), or a lead-in alone with the names in the next piece ("Written by" / "Jane
    Doe"); () otherwise. A "by" that ends another credit's label ("Medically reviewed" /
    "by" / "Jane Doe", "Fact checked" / "by") names a reviewer, not the author."""
    text = pieces[index][0]
    if is_lone_lead(text):
        following = _next_text(pieces, index)
        if not following or _is_credit_label(_previous_text(pieces, index)):
            return ()
        return _keep((name for name in byline_names(following, options, declared=True,
                                                    site_keys=site_keys)
                      if not _is_credit_label(name)), site_keys) or _profile_handle(
            _next_piece(pieces, index))
    if opens_with_lead(text):
        return _keep(byline_names(text, options, require_lead=True, site_keys=site_keys),
                     site_keys)
    return ()


def _profile_handle(piece: HeaderPiece | None) -> tuple[str, ...]:
    """The one word of ``piece`` when it is the text of a link to a page named after it
    (``/member/JaneDoe42/``, ``/in/jdoe``, ``/users/jdoe``): a person's handle on a site
    of members ("By" / "MixmasterFred"), where one word in camel case or in lower case is
    otherwise no name."""
    if piece is None:
        return ()
    text, _place, element = piece
    if element is None or element.tag != "a" or " " in text or not text.isalnum():
        return ()
    try:
        path = urlsplit(element.get("href") or "").path
    except ValueError:
        return ()
    last = path.rstrip("/").rpartition("/")[2]
    return (text,) if last.casefold() == text.casefold() else ()


# The verbs of the credits a page gives beside the author's ("Medically reviewed by",
# "Fact checked by", "Edited by"), in the languages we read.
_CREDIT_VERBS = frozenset(
    "reviewed checked fact-checked factchecked verified edited approved "
    "geprüft überprüft redigiert revisado revisada verificado verificada revisto "
    "vérifié vérifiée relu relue rivisto rivista verificato verificata "
    "gecontroleerd nagekeken sprawdzone zweryfikowane".split())


def _is_credit_label(text: str) -> bool:
    """True when ``text`` ends with the verb of another credit than the author's ("Fact
    Checked", "Medically reviewed", "Edited"): a label, not a name."""
    words = text.split()
    return bool(words) and words[-1].strip(TRIM + ".").casefold() in _CREDIT_VERBS


# Pieces between the names of a list: a separator, or a reference mark after a name (an
# affiliation's number, "1", "1,2", "*").
_LIST_SEPARATOR = re.compile(r"[,;&]|and|und|et|y|e", re.IGNORECASE)
_REFERENCE_MARK = re.compile(r"[\d*†‡][\d,*†‡]{0,4}")


def _listed_with(
    declared: tuple[str, ...], header: Sequence[HeaderPiece], options: ParseOptions
) -> tuple[str, ...]:
    """The names the article header lists with a declared author, in the order shown: a
    run of names, each a piece of its own, set apart by separators alone on their pieces
    ("Jane Doe" / "," / "John Roe" / "and" / "Ann Poe"; a reference mark after each
    passed over), that opens with a declared name among the header's first pieces
    (``options.meta_bare_name_pieces``). A page often declares the first author alone;
    () when the header lists no more."""
    texts = [text for text, place, _element in header if place > 0]
    for start, text in enumerate(texts[:options.meta_bare_name_pieces]):
        if text not in declared:
            continue
        run = [text]
        index = start + 1
        while True:
            while index < len(texts) and _REFERENCE_MARK.fullmatch(texts[index]):
                index += 1
            if index + 1 >= len(texts) or not _LIST_SEPARATOR.fullmatch(texts[index]):
                break
            names = bare_names(texts[index + 1], options)
            if len(names) != 1 or names[0] in run:
                break
            run.append(names[0])
            index += 2
        return tuple(run) if len(run) > 1 else ()
    return ()


def _by_line_names(
    element: lxml.etree._Element, site_keys: set[str], options: ParseOptions
) -> tuple[str, ...]:
    """The names of an element that is a line saying it is a byline ("By …")."""
    text = short_visible_text(element, options.meta_max_by_line_text_chars)
    if not text or not opens_with_lead(text):
        return ()
    return _keep(byline_names(text, options, require_lead=True, site_keys=site_keys), site_keys)


def _shown_wins(declared: tuple[str, ...], shown: tuple[str, ...]) -> bool:
    """True when the shown names are the declared ones and more, or none of them (two
    names agree when one holds the other: "Sean Martin" and a doubled "Sean Martin Sean
    Martin")."""
    def agree(first: str, second: str) -> bool:
        return first.casefold() in second.casefold() or second.casefold() in first.casefold()

    matched = [any(agree(name, other) for other in shown) for name in declared]
    extra = [name for name in shown if not any(agree(name, other) for other in declared)]
    return not any(matched) or (all(matched) and bool(extra))


def _declared_authors(
    sources: PageSources, jsonld: list[tuple[str, str | None]], site_keys: set[str],
    options: ParseOptions,
) -> tuple[tuple[str, ...], list[str]]:
    """Authors the page declares (JSON-LD, then ``<meta>``); and the organisations its
    JSON-LD gives as authors."""
    organisations: list[str] = []
    if jsonld:
        people: list[str] = []
        untyped: list[str] = []
        for name, kind in jsonld:
            {"person": people, None: untyped}.get(kind, organisations).append(name)
        # A declared Person stays even when named like the site (a personal blog).
        found = (_keep(_metadata_names(people, options), set())
                 + _keep(_metadata_names(untyped, options, site_keys), site_keys))
        if found:
            return found, organisations
    for values in _meta_authors(sources, options.meta_max_labelled_cards):
        # A tag repeated once per author (``citation_author``), none holding a list,
        # names one person in each value.
        one_name_each = len(set(values)) > 1 and all(value.count(",") <= 1 for value in values)
        found = _keep(_metadata_names(values, options, site_keys, one_name=one_name_each),
                      site_keys)
        if found:
            return found, organisations
    return (), organisations


def _meta_authors(sources: PageSources, max_cards: int) -> Iterator[list[str]]:
    """The values of each ``<meta>`` that declares the author, most trusted first: the
    author keys (``author``, ``article:author``, ``dc.creator``, ``parsely-author`` …),
    then the labelled data cards whose label says they name the author
    (``twitter:label1`` "Written by", ``twitter:data1`` "Jane Doe"), as SEO plugins
    write them in the site's language (the first ``max_cards`` of them)."""
    for key in _AUTHOR_KEYS:
        yield list(sources.meta.get(key, ()))
    yield [value
           for number in range(1, max_cards + 1)
           if any(_AUTHOR_CARD_LABEL.fullmatch(label.strip())
                  for label in sources.meta.get(f"twitter:label{number}", ()))
           for value in sources.meta.get(f"twitter:data{number}", ())]


def _found_authors(
    sources: PageSources,
    *,
    heading: Placed | None,
    header: Sequence[HeaderPiece],
    article_root: lxml.etree._Element | None,
    site_keys: set[str],
    organisations: list[str],
    options: ParseOptions,
) -> tuple[str, ...]:
    """Authors the page shows but does not declare: microdata, ``rel=author``, byline
    elements, a "By" line beside the heading; else a declared organisation."""
    for candidates, reader in (
        (sources.itemprops.get("author", []), _microdata_author),
        (sources.rel_authors, _element_names),
    ):
        for placed in in_article_header(candidates, heading=heading, article_root=article_root,
                                        options=options, section_starts=sources.section_starts):
            found = _keep(reader(placed.element, site_keys, options), site_keys)
            if found:
                return found
    for element in header_byline_elements(heading, article_root, options):
        found = _keep(_element_names(element, site_keys, options), site_keys)
        if found:
            return found
    # A line beside the heading that says it is a byline, whatever its class ("By Louis
    # Jacobson on Monday, November 18th, 2019").
    for element in heading_neighbours(heading, options):
        found = _by_line_names(element, site_keys, options)
        if found:
            return found
    found = _header_text_names(header, site_keys, options)
    if found:
        return found
    # An organisation declared as the author, when it is not the site itself.
    return _keep((" ".join(URL.sub(" ", name).split()) for name in organisations), site_keys)


def _header_text_names(
    header: Sequence[HeaderPiece], site_keys: set[str], options: ParseOptions
) -> tuple[str, ...]:
    """The names the article header shows in its text, whatever its elements' classes: a
    line that says it is a byline ("By Jane Doe", "Von Jane Doe", "Autor: Jane Doe"), a
    lead-in alone followed by the names ("Written by" / "Jane Doe"), or a link to the
    author's page right beside the date or the reading time ("Jane Doe" / "Oct 8, 2025").
    Above the heading only its nearest pieces count, further up is another block, but for
    a line of names in an author's box (see :func:`_author_marked`)."""
    bare_name_pieces, neighbours = options.meta_bare_name_pieces, options.meta_name_neighbours
    label_levels, box_levels = options.meta_label_levels, options.meta_author_box_levels
    pieces = [piece for piece in header if piece[1] >= -options.meta_byline_pieces_above
              or (piece[1] >= -bare_name_pieces and _author_marked(piece[2], box_levels))]
    texts = [text for text, _place, _element in pieces]
    for index, (text, place, element) in enumerate(pieces):
        following = _next_text(pieces, index)
        if is_lone_lead(text) or opens_with_lead(text):
            found = _lead_line_names(pieces, index, site_keys, options)
        elif _LEAD_LABEL.fullmatch(text):
            found = _keep(byline_names(following, options, declared=True, site_keys=site_keys)
                          if following else (), site_keys)
        elif ((0 < place <= bare_name_pieces
               or (place < 0 and _author_marked(element, box_levels)))
              and bare_names(text, options)
              and (_author_marked(element, box_levels)
                   or not _in_heading_or_label(element, label_levels))
              and (_author_marked(_next_element(pieces, index), box_levels)
                   or is_role_line(following, options) or is_job_title(following, options)
                   or _is_update_label(following, options) or any(
                  _is_date_or_reading_time(other, options)
                  for other in _beside(texts, index, neighbours)))):
            found = _keep(bare_names(text, options), site_keys)
        else:
            continue
        if found:
            return found
    return ()


def _next_piece(pieces: Sequence[HeaderPiece], index: int) -> HeaderPiece | None:
    """The piece that follows ``pieces[index]`` on the page: the next one after the
    heading; above it, where the pieces run nearest first (upwards), the one listed
    before it; None where the heading or nothing follows."""
    place = pieces[index][1]
    at = index + 1 if place > 0 else index - 1
    if place != -1 and 0 <= at < len(pieces) and pieces[at][1] == place + 1:
        return pieces[at]
    return None


def _next_text(pieces: Sequence[HeaderPiece], index: int) -> str:
    """The text of the piece that follows ``pieces[index]`` on the page; "" where the
    heading or nothing follows."""
    following = _next_piece(pieces, index)
    return following[0] if following is not None else ""


# A class that says its element holds the author's name or what is said of the author
# ("author-name", "author_cont", "video-post_author-title", "dynamic-author-description").
_AUTHOR_BOX_CLASS = re.compile(r"author|byline")


def _author_marked(element: lxml.etree._Element | None, levels: int) -> bool:
    """True when the element of a piece of the header, or one of its ``levels`` - 1
    nearest ancestors, has a class that says author or byline: an author's box, whose
    line of names is the byline (in a heading of the box, above the page's heading too),
    and whose description or job under a line of names vouches for it as a date does
    ("Jane Doe" / "Licensed Q Grader, M.A. Journalism")."""
    for _ in range(levels):
        if element is None:
            return False
        if _AUTHOR_BOX_CLASS.search((element.get("class") or "").lower()):
            return True
        element = element.getparent()
    return False


def _next_element(pieces: Sequence[HeaderPiece], index: int) -> lxml.etree._Element | None:
    """The element of the piece that follows ``pieces[index]`` on the page; None for a
    tail, the heading or nothing."""
    following = _next_piece(pieces, index)
    return following[2] if following is not None else None


def _previous_text(pieces: Sequence[HeaderPiece], index: int) -> str:
    """The text of the piece before ``pieces[index]`` on the page (see :func:`_next_text`);
    "" where the heading or nothing precedes it."""
    place = pieces[index][1]
    at = index - 1 if place > 0 else index + 1
    if place != 1 and 0 <= at < len(pieces) and pieces[at][1] == place - 1:
        return pieces[at][0]
    return ""


def _is_update_label(text: str, options: ParseOptions) -> bool:
    """"Last Updated:" alone, its date in the next piece."""
    found = UPDATED.match(text)
    return (found is not None and len(text) <= options.meta_max_update_label_chars
            and not text[found.end():].strip(" :"))


def _beside(texts: list[str], index: int, after: int) -> list[str]:
    """The piece before ``texts[index]`` and the ``after`` ones after it, separators alone
    on their piece passed over ("2025-12-17" / "·" / "Jane Doe")."""
    def words(indexes: range) -> list[str]:
        return [texts[i] for i in indexes if texts[i].strip(_NAME_TRIM)]

    before = words(range(index - 1, -1, -1))[:1]
    return before + words(range(index + 1, len(texts)))[:after]


def _in_heading_or_label(element: lxml.etree._Element | None, levels: int) -> bool:
    """True when the piece of text is (in) a section heading, or a category, tag or
    call-to-action label, or a control (it or one of its ``levels`` - 1 nearest
    ancestors): words set apart as a title or a button, not a name."""
    for _ in range(levels):
        if element is None:
            return False
        if element.tag in _SECTION_HEADINGS or _LABEL_CLASS.search(
                (element.get("class") or "").lower()) or _is_control(element):
            return True
        element = element.getparent()
    return False


def _is_control(element: lxml.etree._Element) -> bool:
    """A button by its role, or a link that works the page rather than leaving it (``#``,
    ``javascript:``): "Show Sidebar", "Toggle Menu" are controls, not names."""
    if element.get("role") == "button":
        return True
    return element.tag == "a" and (element.get("href") or "").lstrip().startswith(
        ("#", "javascript:"))


def _is_date_or_reading_time(text: str, options: ParseOptions) -> bool:
    return bool(_READING_TIME.search(text)) or (
        len(text.split()) <= options.meta_max_shown_date_words
        and parse_shown_date(text, options) is not None)


def _metadata_names(
    values: Iterable[str],
    options: ParseOptions,
    site_keys: Set[str] = frozenset(),
    *,
    one_name: bool = False,
) -> list[str]:
    return [name for value in values
            for name in names_from_metadata(value, options, site_keys, one_name=one_name)]


def _microdata_author(
    element: lxml.etree._Element, site_keys: Set[str], options: ParseOptions
) -> list[str]:
    """``itemprop=author``: its ``itemprop=name`` when it has one, else its text."""
    for child in element.iter():
        if child is not element and "name" in (child.get("itemprop") or "").split():
            text = child.get("content") or visible_text(
                child, options.meta_max_element_text_chars)
            return _metadata_names([text], options, site_keys) if text else []
    return _element_names(element, site_keys, options)


def _element_names(
    element: lxml.etree._Element, site_keys: Set[str], options: ParseOptions
) -> list[str]:
    """The names an element marked as the author's (by its class, ``rel=author``) shows;
    or the desk it shows, when that is all it holds ("Podium Staff", "Newsdesk")."""
    text, labelled = author_link_name(
        visible_text(element, options.meta_max_element_text_chars))
    return [name for name in byline_names(text, options, declared=labelled, site_keys=site_keys)
            if not _names_a_control(name)] or team_credit(text)


def _names_a_control(name: str) -> bool:
    """True when a "name" holds a word of a control, a label or a menu ("View Profile",
    "About Me"): the text of a link to the author's page is as often its button."""
    return any(word.strip(TRIM + ".").casefold() in NOT_NAME_WORDS for word in name.split())


def _keep(names: Iterable[str], site_keys: set[str]) -> tuple[str, ...]:
    kept: list[str] = []
    for name in names:
        if site_key(name) in site_keys or name in kept:
            continue
        kept.append(name)
    return tuple(kept)
