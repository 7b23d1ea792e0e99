"""Site names: the ones a page declares, the ones glued to its titles, and the one shown.

Declared names come from ``og:site_name``, JSON-LD ``publisher`` and ``WebSite`` nodes and
the application-name tags; handles ("@politifact") are kept apart, as the last resort.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

import lxml.etree

from newsparse._html.meta.jsonld import (
    ARTICLE_TYPES,
    PAGE_TYPES,
    SITE_TYPES,
    JsonLdNode,
    names_of,
    text_value,
)
from newsparse._html.meta.sources import PageSources, visible_text
from newsparse._html.meta.title import host_name_parts, strip_site_name
from newsparse._options import ParseOptions
from newsparse._reading.keys import site_key, title_key

_SITE_NAME_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title",
                   "twitter:app:name:iphone")
# "Name | Tagline", "Name - Tagline": a site name's first part is the name.
_SITE_TAGLINE = re.compile(r"(?<!\s)\s+[|\-–—]\s+")


def declared_site_names(
    sources: PageSources, article: JsonLdNode | None, nodes: list[JsonLdNode], titles: list[str],
    *, max_words: int,
) -> tuple[list[str], list[str]]:
    """The site's declared names, most trusted first; and its handles ("@politifact")."""
    names: list[str] = []
    names.extend(sources.first_meta("og:site_name")[:1])
    for node in ([article] if article is not None else []) + nodes:
        if node.types & ARTICLE_TYPES or node.types & PAGE_TYPES:
            names.extend(name for name, _ in names_of(node.data.get("publisher")))
    names.extend(text_value(n.data.get("name")) or "" for n in nodes if n.types & SITE_TYPES)
    for key in _SITE_NAME_KEYS[1:]:
        names.extend(sources.first_meta(key)[:1])
    # Some pages repeat the article title as their application name: that is no site name.
    not_sites = {title_key(title) for title in titles}
    unique: list[str] = []
    handles: list[str] = []
    for raw in names:
        name = " ".join(raw.split())
        if name.startswith("@"):
            handles.append(name[1:])
            continue
        if (name and name not in unique and not name.startswith(("http:", "https:"))
                and len(name.split()) <= max_words
                and title_key(name) not in not_sites):
            unique.append(name)
    return unique, handles


def stripped_site_names(stripped: str | None, document_title: str | None,
                        site_keys: set[str], options: ParseOptions) -> list[str]:
    """The site names glued to the chosen title and to the ``<title>``, which may differ when
    the title came from metadata ("Oversupply angst drags oil lower - Reuters")."""
    names = [stripped] if stripped else []
    if document_title:
        removed = strip_site_name(" ".join(document_title.split()), frozenset(site_keys),
                                  options)[1]
        if removed and removed not in names:
            names.append(removed)
    return names


def shown_site_name(names: list[str], host: str | None) -> str | None:
    """The site's name shown to callers: the first declared one without its tagline
    ("LinkNaija | Nigeria's popular news platform"); when that one has nothing to do with the
    host, the first that names it ("Reuters" from the title over an edition's "U.S.")."""
    shown = [_SITE_TAGLINE.split(name, maxsplit=1)[0].strip() or name for name in names]
    # "www.wday.ru" glued to a title is the site's host; its name is "wday.ru".
    shown = [name[4:] if name[:4].lower() == "www." and " " not in name else name
             for name in shown]
    if not shown:
        return None
    host_key = site_key(host) if host else ""
    first_key = site_key(shown[0]).removeprefix("the")
    if (host_key and first_key and not host_key.removeprefix("the").startswith(first_key)
            and not first_key.startswith(host_key.removeprefix("the"))):
        return next((name for name in shown if site_key(name) == host_key), shown[0])
    return shown[0]


# A link that may go to the site's home page: its root ("/", "https://host/", "index.html").
# (Tested on each link's address in Python: an XPath predicate over every ``<a>`` cost
# twice lxml's tag walk.)
_HOME_HREFS = frozenset(("/", "./"))
_HOME_HREF_STARTS = ("/index.", "index.", "http", "//")
_HOME_PATH = re.compile(r"^/?(?:index\.\w{2,5})?$", re.IGNORECASE)


def shown_site_names(root: lxml.etree._Element, host: str | None, titles: list[str | None],
                     *, declared: list[str], options: ParseOptions) -> list[str]:
    """The names the page shows for its own site, besides those it declares: a part of a
    title that is a host name ("winnipegsun.com - Sports - Headline"), and where it
    declares none, the text of its links to its home page (a blog's masthead "Life as a
    Healthcare CIO", a footer's "Shopify App Store")."""
    names = host_name_parts(titles)
    if not declared:
        names.extend(home_link_names(root, host, max_words=options.meta_max_site_name_words,
                                     max_chars=options.meta_max_element_text_chars))
    return names


def home_link_names(root: lxml.etree._Element, host: str | None, *, max_words: int,
                    max_chars: int) -> list[str]:
    """The names the page gives its own home page: the text of a link to its root, or its
    logo's ``alt`` ("<a href='/'><img alt='The Daily Planet'></a>"). A site names itself
    that way wherever it is set (a masthead, a logo, a footer), whatever it declares. Links
    to another host's root are other sites; without the page's host, only a relative link
    to "/" is known to be its own."""
    own = _domain(host) if host else ""
    names: list[str] = []
    for link in root.getroottree().iter("a"):
        href = link.get("href")
        if href is None or not (href in _HOME_HREFS or href.startswith(_HOME_HREF_STARTS)):
            continue
        href = href.strip()
        if href.startswith(("http", "//")):
            # (most links go past the root: told apart without the cost of splitting them)
            if not own or _past_root(href) or _root_link_domain(href) != own:
                continue
        elif not _HOME_PATH.match(href.removeprefix(".")):
            continue
        text = " ".join(visible_text(link, max_chars).split())
        if not text:
            text = " ".join(next((img.get("alt") or "" for img in link.iter("img")
                                  if img.get("alt")), "").split())
        if text and len(text.split()) <= max_words and text not in names:
            names.append(text)
    return names


@functools.lru_cache(maxsize=1024)  # sites link the same few roots on every page
def _root_link_domain(href: str) -> str | None:
    """The domain of an absolute link to a host's root ("https://www.host.com/"), None
    for any other address."""
    try:
        parts = urlsplit(href if not href.startswith("//") else "http:" + href)
    except ValueError:  # "http://[broken/": urllib refuses a malformed address
        return None
    if not _HOME_PATH.match(parts.path) or parts.query:
        return None
    return _domain(parts.hostname or "")


def _past_root(href: str) -> bool:
    """True for an absolute address whose path goes past the root ("https://host/a/b"):
    more than the three slashes of "https://host/" before its query and fragment."""
    if "?" in href or "#" in href:
        href = href.split("#", 1)[0].split("?", 1)[0]
    return href.count("/") > _ROOT_SLASHES


_ROOT_SLASHES = 3
_GENERIC_LABELS = frozenset(("com", "net", "org", "co", "ac", "gov", "edu", "www"))


def _domain(host: str) -> str:
    """The label that names a host's site, past its subdomains and endings
    ("promotions.newegg.com", "www.newegg.co.uk": "newegg")."""
    labels = [label for label in host.casefold().split(".") if label]
    while len(labels) > 1 and (labels[-1] in _GENERIC_LABELS or len(labels[-1]) == 2):
        labels.pop()
    return labels[-1] if labels else ""
