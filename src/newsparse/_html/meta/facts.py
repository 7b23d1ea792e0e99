"""Metadata from an HTML page: every source it offers, reconciled into :class:`PageFacts`.

Sources, most trusted first: JSON-LD, ``<meta>`` tags (Open Graph, Dublin Core, parsely,
sailthru, …), microdata, then the article's own header (its heading, ``<time>``, byline
elements, ``rel=author``), then the URL. See issue 4 for the rules of each field.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from urllib.parse import urljoin, urlsplit

import lxml.etree

from newsparse._html.meta.authors import read_authors
from newsparse._html.meta.day_order import page_writes_month_first
from newsparse._html.meta.headline import (
    headline_line_above_story,
    headline_sharing_lead,
    sense_stems,
)
from newsparse._html.meta.jsonld import (
    ARTICLE_TYPES,
    PAGE_TYPES,
    JsonLdNode,
    read_blocks,
    text_value,
)
from newsparse._html.meta.page import (
    find_heading,
    header_byline_elements,
    header_date_elements,
    heading_neighbours,
    heading_text,
    in_article_header,
)
from newsparse._html.meta.page_dates import date_under_title, page_dates, published_part
from newsparse._html.meta.page_pieces import PagePieces
from newsparse._html.meta.published import (
    choose_published,
    earlier_shown_date,
    local_day,
    shown_modified,
)
from newsparse._html.meta.share import share_title
from newsparse._html.meta.shown import HeaderPiece, header_pieces, shown_title_part
from newsparse._html.meta.site import (
    declared_site_names,
    shown_site_name,
    shown_site_names,
    stripped_site_names,
)
from newsparse._html.meta.sources import (
    PageSources,
    Placed,
    collect_sources,
    is_inside,
    select,
    short_visible_text,
)
from newsparse._html.meta.title import choose_title
from newsparse._input.decode import drop_controls
from newsparse._model import PageFacts
from newsparse._options import ParseOptions
from newsparse._reading.bylines import display_byline, with_credentials
from newsparse._reading.dates import (
    UPDATED,
    PageDate,
    date_from_url,
    first_date,
    parse_date,
    parse_shown_date,
    parse_written_date,
)
from newsparse._reading.keys import site_key, title_key
from newsparse._reading.language import checked_language, first_language, guess_language
from newsparse._reading.titles import longest_bar_part

_TITLE_KEYS = ("dc.title", "og:title", "twitter:title", "title", "parsely-title",
               "sailthru.title", "headline")
_PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "article:published",
    "og:published_time", "published_time", "datepublished", "parsely-pub-date",
    "dc.date.issued", "dc.issued", "dc.date", "dc.created", "date", "pubdate", "publishdate",
    "publish_date", "publish-date", "article.published", "article:publicationdate",
    "original-publish-date", "sailthru.date", "pdate", "displaydate", "published",
)
# Other keys that say they hold the publication date, as sites name their own
# ("w-published-date", "originalPublicationDate", "article_date_original", "pub_date"):
# read after the keys above. Not a modification's, an expiry's or a revision's.
_PUBLISHED_KEY = re.compile(
    r"(?:publi(?:sh(?:ed)?|cation)|pub|issued)[-_.]?(?:date|time|at)?$"
    r"|(?:publi(?:sh(?:ed)?|cation)|original)[-_.]?(?:date|time)"
    r"|(?:date|time)[-_.]?(?:publi(?:sh(?:ed)?|cation)|issued|original)$")
_MODIFIED_KEY = re.compile(r"(?:modified|updated)[-_.]?(?:date|time|at)$")
_OTHER_DATE_KEY = re.compile(r"modif|updat|expir|revis|copyright|last|edit|end")
_MODIFIED_KEYS = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "modified_time",
    "datemodified", "dc.modified", "dc.date.modified", "last-modified", "lastmod",
    "article.updated", "utime",
)
_PRECEDING_H1 = lxml.etree.XPath("preceding::h1[1]")
_LANGUAGE_KEYS = ("content-language", "language", "dc.language", "inlanguage")


def read_page_facts(
    root: lxml.etree._Element,
    *,
    url: str | None,
    article_root: lxml.etree._Element | None,
    body_text: str,
    options: ParseOptions,
) -> PageFacts:
    """Reconcile every metadata source the page offers into :class:`PageFacts`.

    ``body_text`` need only hold the body's text as far as the language readers look
    (the pipeline passes ``language_sample``: not a copy of all of it)."""
    sources = collect_sources(root)
    nodes = read_blocks(sources.jsonld_texts, options)
    article = _first(nodes, ARTICLE_TYPES,
                     needs=("headline", "name", "datePublished", "author", "publisher"))
    page = _first(nodes, PAGE_TYPES, needs=("name", "headline", "datePublished"))
    canonical = _canonical_url(sources, url)
    host = _hostname(canonical or url or "")

    titles = _title_candidates(sources, article, page, options)
    shared = None if titles else share_title(root, options)
    if shared is not None:
        titles.append(shared)  # (read only where the page declares no title)
    site_names, handles = declared_site_names(sources, article, nodes, titles,
                                              max_words=options.meta_max_site_name_words)
    site_keys = {site_key(name) for name in site_names} | ({site_key(host)} if host else set())
    shown_names = shown_site_names(root, host, [sources.document_title, *titles],
                                   declared=site_names, options=options)
    site_keys.discard("")
    heading = find_heading(sources, article_root=article_root,
                           titles=[*titles, sources.document_title or ""], site_keys=site_keys,
                           options=options)
    heading_string = heading_text(heading.element, options) if heading else None
    # (Only asked where it can matter: a page that declares no title but its <title>.)
    opens_story = (not titles and heading is not None and article_root is not None
                   and _opens_region(heading.element, article_root))
    if heading is None and article_root is not None:
        # No <h1>: the heading-like line right above the story is its headline (for the
        # title only; the header's dates and bylines keep to real headings).
        above = headline_line_above_story(article_root, options)
        if above is not None:
            heading_string = above
            opens_story = True
    title, stripped = choose_title(
        titles, heading=heading_string, document_title=sources.document_title,
        site_names=[*site_names, *shown_names], host=host, heading_opens_story=opens_story,
        options=options,
    )
    if title and title_key(title) != title_key(heading_string):
        # A title that still carries glued parts: the part the page shows by itself.
        shown_part = shown_title_part(root, title, options)
        if shown_part is not None:
            title = shown_part
    title = longest_bar_part(title)
    if title and article_root is not None:
        title = _headline_of_lead(title, article_root, body_text, options)

    # The short texts around the heading: read once, for the date and the byline.
    header = header_pieces(heading.element, options, article_root) if heading else []
    # The page's texts, read only when needed.
    pieces = PagePieces(root, article_root, options.meta_max_page_pieces)
    authors = read_authors(sources, article, heading=heading, header=header,
                           article_root=article_root, site_keys=site_keys, options=options,
                           pieces=pieces, nodes=nodes)
    # The texts the header shows, where a byline prints its authors' credentials.
    # (Each element's text, then all of them as one line: "<a>Jane Doe</a>, MD".)
    shown = [text for text, _place, _element in header]
    shown.append(_JOINED_COMMA.sub(",", " ".join(shown)))
    modified = _modified(sources, article, page, options)
    declared_language = (sources.html_lang
                         or next(iter(sources.meta_values("content-language")), None))
    month_first = _writes_month_first(declared_language)
    page_order = functools.cache(functools.partial(
        _dates_order, pieces, month_first if declared_language else None))
    shown_date, shown_update = _shown_dates(
        header, month_first=month_first, page_order=page_order, options=options)
    published = choose_published(
        _published_candidates(sources, article=article, page=page, heading=heading,
                              article_root=article_root, canonical=canonical, url=url,
                              options=options, shown=shown_date),
        modified=modified,
    )
    published = local_day(earlier_shown_date(published, shown_date),
                          date_from_url(canonical, options) or date_from_url(url, options))
    if published is None:
        published = _shown_elsewhere(pieces, title, shown_update, month_first=month_first,
                                     page_order=page_order, options=options)
    declared = first_language([
        sources.html_lang, *sources.meta_values(*_LANGUAGE_KEYS),
        *(v.replace("_", "-") for v in sources.meta_values("og:locale")),
        text_value(article.data.get("inLanguage")) if article else None,
    ])
    language = (checked_language(declared, body_text, options) if declared
                else guess_language(body_text, options))
    return PageFacts(
        title=title,
        byline=display_byline(with_credentials(name, shown, site_keys) for name in authors),
        authors=authors,
        published=published,
        modified=modified if modified is not None else shown_modified(
            shown_update or _marked_update(sources, heading=heading, article_root=article_root,
                                           options=options),
            published),
        language=language,
        url=canonical or url,
        site_name=shown_site_name(
            [*site_names, *stripped_site_names(stripped, sources.document_title, site_keys,
                                                  options),
             *handles],  # a handle is the last resort
            host),
    )


def _shown_elsewhere(pieces: PagePieces, title: str | None, shown_update: PageDate | None, *,
                     month_first: bool, page_order: Callable[[], bool | None],
                     options: ParseOptions) -> PageDate | None:
    """The publication date the page shows outside the header, where no source dates it:
    one labelled as published anywhere ("Veröffentlicht am …" under the story), else one
    right under the headline when the page shows it once, before an update's (the one the
    header shows, else one labelled anywhere: the only dates left), and last one under
    the title wherever the page shows it."""
    published, page_update = page_dates(pieces, month_first=month_first,
                                        page_order=page_order, options=options)
    if published is None and title:
        published = date_under_title(pieces, title, month_first=month_first,
                                     page_order=page_order, options=options, shown_once=True)
    published = published or shown_update or page_update
    if published is None and title:
        published = date_under_title(pieces, title, month_first=month_first,
                                     page_order=page_order, options=options)
    return published


def _headline_of_lead(title: str, article_root: lxml.etree._Element, body_text: str,
                      options: ParseOptions) -> str:
    """``title``, unless it shares no word of sense with the story's first words
    (``options.meta_title_lead_words``): then it names the site or a section ("Bangkok
    Post", "Local Sports Wire"), and the line above the story that speaks of the lead, if
    any, is the headline."""
    words = options.meta_title_lead_words
    lead = " ".join(body_text.split(None, words)[:words])  # (not the whole body split)
    if not lead or sense_stems(title) & sense_stems(lead):
        return title
    return headline_sharing_lead(article_root, lead, options) or title


def _opens_region(heading: lxml.etree._Element, article_root: lxml.etree._Element) -> bool:
    """True when the heading stands inside the article region or is the ``<h1>`` right
    before it: it opens the story the extractor kept."""
    if is_inside(heading, article_root):
        return True
    before = select(_PRECEDING_H1, article_root)
    return bool(before) and before[0] is heading


def _first(nodes: list[JsonLdNode], types: frozenset[str], *, needs: tuple[str, ...]
           ) -> JsonLdNode | None:
    """The first node of one of ``types`` that has one of the ``needs`` fields."""
    for node in nodes:
        if node.types & types and any(node.data.get(field) for field in needs):
            return node
    return None


def _title_candidates(sources: PageSources, article: JsonLdNode | None,
                      page: JsonLdNode | None, options: ParseOptions) -> list[str]:
    titles: list[str] = []
    if article is not None:
        titles.extend(t for t in (text_value(article.data.get("headline")),
                                  text_value(article.data.get("name"))) if t)
    for key in _TITLE_KEYS:
        titles.extend(sources.first_meta(key)[:1])
    for placed in sources.itemprops.get("headline", ())[:1]:
        text = placed.element.get("content") or heading_text(placed.element, options)
        if text:
            titles.append(text)
    if page is not None:
        name = text_value(page.data.get("headline")) or text_value(page.data.get("name"))
        if name:
            titles.append(name)
    return titles


def _published_candidates(
    sources: PageSources,
    *,
    article: JsonLdNode | None,
    page: JsonLdNode | None,
    heading: Placed | None,
    article_root: lxml.etree._Element | None,
    canonical: str | None,
    url: str | None,
    options: ParseOptions,
    shown: PageDate | None = None,
) -> Iterator[PageDate | None]:
    """Publication-date candidates, most trusted first, each read only when asked for."""
    if article is not None:
        yield _ld_date(article, "datePublished", options)
    yield first_date(sources.meta_values(*_PUBLISHED_KEYS), options)
    for key in [key for key in sources.meta if key not in _PUBLISHED_KEYS
                and _PUBLISHED_KEY.search(key) and not _OTHER_DATE_KEY.search(key)]:
        yield first_date(sources.meta_values(key), options)
    if article is not None:
        yield _ld_date(article, "dateCreated", options)
    if page is not None:
        yield _ld_date(page, "datePublished", options)
    marked = sources.itemprops.get("datePublished", [])
    yield _element_date(in_article_header(
        marked, heading=heading, article_root=article_root, options=options,
        section_starts=sources.section_starts) or marked, options)
    times = in_article_header(sources.times, heading=heading, article_root=article_root,
                              options=options, section_starts=sources.section_starts)
    yield _element_date(sorted(times, key=lambda placed: _update_marked(placed.element)),
                        options)  # (a stable sort: those marked as an update's go last)
    yield _written_date(header_date_elements(heading, article_root, options), options)
    yield date_from_url(canonical, options) or date_from_url(url, options)
    # Last, a date written in the byline ("VICTOR TANGERMANN, FUTURISM 18 NOV 2019") or
    # beside the heading in an element whose class says nothing.
    yield _written_date(header_byline_elements(heading, article_root, options), options,
                        cued=True)
    yield _written_date(heading_neighbours(heading, options), options, cued=True)
    # Then any date the header shows in its text, in any form.
    yield shown


_JOINED_COMMA = re.compile(r"(?<!\s)\s+,")
_COMMENT_LABEL = re.compile(r"\b(?:says|said|wrote|replied|reply|antworten|répondre)\b",
                            re.IGNORECASE)
# Locales that write a numeric date month first ("10/12/2019" is October 12).
_MONTH_FIRST_LOCALES = ("en", "en-us")


def _dates_order(pieces: PagePieces, declared: bool | None) -> bool | None:
    """How the page writes a date in figures that reads both ways: as its other dates do
    (True: month first), else as the language it declares does (``declared``), else None
    (it does not say)."""
    written = page_writes_month_first(pieces)
    return declared if written is None else written


def _writes_month_first(language: str | None) -> bool:
    return (language or "").strip().lower().replace("_", "-") in _MONTH_FIRST_LOCALES


def _shown_dates(header: Sequence[HeaderPiece], *, month_first: bool, options: ParseOptions,
                 page_order: Callable[[], bool | None] | None = None,
                 ) -> tuple[PageDate | None, PageDate | None]:
    """The dates the article's header shows, nearest the heading first: ``(published,
    updated)``, the first standing alone or labelled as published, and the first labelled
    as an update (on its line or on the label line before it), wherever it stands from
    the published one ("Published 14 Oct 2019" / "Updated 23 Mar 2020" in either order,
    or on one line: then the date before the update's label is the published one)."""
    published: PageDate | None = None
    updated: PageDate | None = None
    label = ""
    max_words, max_label = options.meta_max_date_line_words, options.meta_max_update_label_chars

    def read(text: str) -> PageDate | None:
        return parse_shown_date(text, options, month_first=month_first, page_order=page_order)

    for text, _place, _element in header:
        update_label = UPDATED.search(text)
        # "Published 14 Oct 2019 · Updated 23 Mar 2020": each date by its own label, each
        # part as short as a date line; in the other order, the published part second.
        cut = update_label.start() if update_label is not None else 0
        if cut == 0 and update_label is not None:
            cut = len(text) - len(published_part(text) or text)
        parts = (text[:cut], text[cut:]) if cut > 0 else (text,)
        if any(len(part.split()) > max_words for part in parts):
            label = text
            continue
        found = read(text)
        if found is None:
            label = text
            continue
        if _COMMENT_LABEL.search(text):
            continue
        if len(parts) > 1:
            update_first = update_label is not None and update_label.start() == 0
            before = read(parts[1] if update_first else parts[0])
            if before is not None:
                published = published or before
                found = read(parts[0] if update_first else parts[1])
        if found is not None and (update_label is not None
                                  or (UPDATED.search(label) and len(label) < max_label)):
            updated = updated or found
        elif found is not None:
            published = published or found
        if published is not None and updated is not None:
            break
        label = ""
    return published, updated


# A ``<time>``'s class or itemprop that says it dates an update ("updated", "dt-updated",
# "entry-modified-time", itemprop="dateModified"); one that also says it is the
# publication's does not ("entry-date published updated": themes mark their one date both
# ways, for hAtom, which asks for an "updated").
_UPDATE_MARK = re.compile(r"updated|modified", re.IGNORECASE)
_PUBLISHED_MARK = re.compile(r"publi|entry-date|created", re.IGNORECASE)


def _update_marked(element: lxml.etree._Element) -> bool:
    """True when a ``<time>`` says it dates an update and not the publication: a theme
    that shows both ("<time class='updated'>" before "<time class='entry-date
    published'>") has the publication's read first."""
    marks = f"{element.get('class') or ''} {element.get('itemprop') or ''}"
    return (_UPDATE_MARK.search(marks) is not None and _PUBLISHED_MARK.search(marks) is None
            and element.get("pubdate") is None)


def _marked_update(sources: PageSources, *, heading: Placed | None,
                   article_root: lxml.etree._Element | None, options: ParseOptions
                   ) -> PageDate | None:
    """The date of the header's ``<time>`` marked as an update's, where another
    ``<time>`` there is not (a lone "updated" one is as often the publication's, marked so
    for hAtom's sake)."""
    times = in_article_header(sources.times, heading=heading, article_root=article_root,
                              options=options, section_starts=sources.section_starts)
    marked = [placed for placed in times if _update_marked(placed.element)]
    if not marked or len(marked) == len(times):
        return None
    return _element_date(marked, options)


def _modified(sources: PageSources, article: JsonLdNode | None,
              page: JsonLdNode | None, options: ParseOptions) -> PageDate | None:
    for node in (article, page):
        if node is not None:
            found = _ld_date(node, "dateModified", options)
            if found is not None:
                return found
    found = first_date(sources.meta_values(*_MODIFIED_KEYS), options) or first_date(
        sources.meta_values(*(key for key in sources.meta
                              if key not in _MODIFIED_KEYS and _MODIFIED_KEY.search(key))),
        options)
    return found if found is not None else _element_date(
        sources.itemprops.get("dateModified", []), options)


def _ld_date(node: JsonLdNode, field: str, options: ParseOptions) -> PageDate | None:
    value = text_value(node.data.get(field))
    return parse_date(value, options) if value else None


def _element_date(placed: list[Placed], options: ParseOptions) -> PageDate | None:
    for item in placed:
        element = item.element
        for value in (element.get("datetime"), element.get("content")):
            if value:
                found = parse_date(value, options)
                if found is not None:
                    return found
    return None


def _written_date(elements: list[lxml.etree._Element], options: ParseOptions, *,
                  cued: bool = False) -> PageDate | None:
    """A date written out in the article header ("Published 18 November 2019"). ``cued``:
    elements whose class does not say date, so one that mentions an update anywhere is
    passed over ("By X Updated Nov 13, 2019"). The text is at most
    ``options.meta_max_date_text_chars`` long."""
    max_chars = options.meta_max_date_text_chars
    for element in elements:
        text = short_visible_text(element, 4 * max_chars) or ""
        if len(text) <= max_chars and not (
                UPDATED.search(text) if cued else UPDATED.match(text)):
            found = parse_written_date(text, options) or parse_date(text, options)
            if found is not None:
                return found
    return None


def _canonical_url(sources: PageSources, url: str | None) -> str | None:
    for given in (sources.canonical, *sources.first_meta("og:url")[:1]):
        # Browsers drop tab, newline and CR from an address; no control belongs in one.
        candidate = drop_controls(given or "").strip()
        if not candidate:
            continue
        try:
            resolved = urljoin(url, candidate) if url else candidate
            parts = urlsplit(resolved)
        except ValueError:  # "http://[broken": urllib refuses a malformed address
            continue
        if parts.scheme in ("http", "https") and parts.netloc:
            return resolved
    return None


def _hostname(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:  # a malformed address has no host to speak of
        return None
