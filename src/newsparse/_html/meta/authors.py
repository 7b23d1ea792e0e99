"""Authors: the first source, by trust, that names people; site names and wires rejected.

Order: JSON-LD ``author`` (people), author ``<meta>`` tags (Dublin Core, ``author``,
``article:author``, parsely, sailthru), microdata ``itemprop=author`` in the article header,
``rel=author`` there, byline-looking elements there, a "By" line beside the heading, and
last an organisation given as the JSON-LD author when it is not the site itself
(Wikipedia's "Contributors to Wikimedia projects").
"""

from __future__ import annotations

from collections.abc import Iterable, Set

import lxml.etree

from newsparse._html.meta.jsonld import JsonLdNode, names_of
from newsparse._html.meta.page import (
    header_byline_elements,
    heading_byline_elements,
    heading_neighbours,
    in_article_header,
)
from newsparse._html.meta.sources import PageSources, Placed, short_visible_text, visible_text
from newsparse._reading.byline_words import URL
from newsparse._reading.bylines import byline_names, names_from_metadata, opens_with_lead
from newsparse._reading.keys import site_key

# The raw text of a byline line at most (its white space not yet squashed).
_MAX_BY_LINE_TEXT = 800
_AUTHOR_KEYS = (
    "dc.creator", "author", "article:author", "og:article:author", "article:author_name",
    "parsely-author", "sailthru.author", "byl", "dcsext.author", "citation_author",
)


def read_authors(
    sources: PageSources,
    article: JsonLdNode | None,
    *,
    heading: Placed | None,
    article_root: lxml.etree._Element | None,
    site_keys: set[str],
) -> tuple[str, ...]:
    """The article's authors, from the most trusted source that names any; but the "By"
    line shown under the heading wins over declared authors it names more of ("By Danica
    Kirka and Jill Lawless" over a declared "Danica Kirka") or none of (a declared
    "Kevin Rebong", the account that posted the story, under "By David Jeans")."""
    declared = _declared_authors(sources, article, site_keys)
    if declared[0]:
        shown = _shown_by_line(heading, site_keys)
        if shown and _shown_wins(declared[0], shown):
            return shown
        return declared[0]
    return _found_authors(sources, heading=heading, article_root=article_root,
                          site_keys=site_keys, organisations=declared[1])


def _shown_by_line(heading: Placed | None, site_keys: set[str]) -> tuple[str, ...]:
    """The names of the first line in the heading's header that says it is a byline."""
    for element in [*heading_byline_elements(heading), *heading_neighbours(heading)]:
        found = _by_line_names(element, site_keys)
        if found:
            return found
    return ()


def _by_line_names(element: lxml.etree._Element, site_keys: set[str]) -> tuple[str, ...]:
    """The names of an element that is a line saying it is a byline ("By …")."""
    text = short_visible_text(element, _MAX_BY_LINE_TEXT)
    if not text or not opens_with_lead(text):
        return ()
    return _keep(byline_names(text, require_lead=True, site_keys=site_keys), site_keys)


def _shown_wins(declared: tuple[str, ...], shown: tuple[str, ...]) -> bool:
    """True when the shown names are the declared ones and more, or none of them (two
    names agree when one holds the other: "Sean Martin" and a doubled "Sean Martin Sean
    Martin")."""
    def agree(first: str, second: str) -> bool:
        return first.casefold() in second.casefold() or second.casefold() in first.casefold()

    matched = [any(agree(name, other) for other in shown) for name in declared]
    extra = [name for name in shown if not any(agree(name, other) for other in declared)]
    return not any(matched) or (all(matched) and bool(extra))


def _declared_authors(sources: PageSources, article: JsonLdNode | None, site_keys: set[str]
                      ) -> tuple[tuple[str, ...], list[str]]:
    """Authors the page declares (JSON-LD, then ``<meta>``); and the organisations its
    JSON-LD gives as authors."""
    organisations: list[str] = []
    if article is not None:
        people: list[str] = []
        untyped: list[str] = []
        for name, kind in names_of(article.data.get("author")):
            {"person": people, None: untyped}.get(kind, organisations).append(name)
        # A declared Person stays even when named like the site (a personal blog).
        found = (_keep(_metadata_names(people), set())
                 + _keep(_metadata_names(untyped, site_keys), site_keys))
        if found:
            return found, organisations
    for key in _AUTHOR_KEYS:
        found = _keep(_metadata_names(sources.meta.get(key, ()), site_keys), site_keys)
        if found:
            return found, organisations
    return (), organisations


def _found_authors(
    sources: PageSources,
    *,
    heading: Placed | None,
    article_root: lxml.etree._Element | None,
    site_keys: set[str],
    organisations: list[str],
) -> tuple[str, ...]:
    """Authors the page shows but does not declare: microdata, ``rel=author``, byline
    elements, a "By" line beside the heading; else a declared organisation."""
    for candidates, reader in (
        (sources.itemprops.get("author", []), _microdata_author),
        (sources.rel_authors, _element_names),
    ):
        for placed in in_article_header(candidates, heading=heading, article_root=article_root,
                                section_starts=sources.section_starts):
            found = _keep(reader(placed.element, site_keys), site_keys)
            if found:
                return found
    for element in header_byline_elements(heading, article_root):
        found = _keep(_element_names(element, site_keys), site_keys)
        if found:
            return found
    # A line beside the heading that says it is a byline, whatever its class ("By Louis
    # Jacobson on Monday, November 18th, 2019").
    for element in heading_neighbours(heading):
        found = _by_line_names(element, site_keys)
        if found:
            return found
    # An organisation declared as the author, when it is not the site itself.
    return _keep((" ".join(URL.sub(" ", name).split()) for name in organisations), site_keys)


def _metadata_names(values: Iterable[str], site_keys: Set[str] = frozenset()) -> list[str]:
    return [name for value in values for name in names_from_metadata(value, site_keys)]


def _microdata_author(element: lxml.etree._Element, site_keys: Set[str]) -> list[str]:
    """``itemprop=author``: its ``itemprop=name`` when it has one, else its text."""
    for child in element.iter():
        if child is not element and "name" in (child.get("itemprop") or "").split():
            text = child.get("content") or visible_text(child)
            return _metadata_names([text], site_keys) if text else []
    return _element_names(element, site_keys)


def _element_names(element: lxml.etree._Element, site_keys: Set[str]) -> list[str]:
    return list(byline_names(visible_text(element), site_keys=site_keys))


def _keep(names: Iterable[str], site_keys: set[str]) -> tuple[str, ...]:
    kept: list[str] = []
    for name in names:
        if site_key(name) in site_keys or name in kept:
            continue
        kept.append(name)
    return tuple(kept)
