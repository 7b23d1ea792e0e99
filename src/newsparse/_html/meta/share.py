"""The title a page's share links carry: "Digg this", "Post to del.icio.us", "Reddit".

A share link sends the page to another service with its address and its title in the
query (``submit?url=https://site/story&title=Headline``). Older pages declare no social
or JSON-LD title, and their ``<title>`` names the site or the section ("Sports section
front"); their share links still name the story. A share title serves only when the page
shows it as the whole text of an element: a script-built link ("encodeURIComponent(
document.title)") or a title glued to the site's name is no headline.
"""

from __future__ import annotations

import collections
import re
from urllib.parse import parse_qs, urlsplit

import lxml.etree

from newsparse._html.meta.shown import shows_whole
from newsparse._options import ParseOptions

# The parameter that holds the page's own address: a URL, with or without its scheme.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S", re.IGNORECASE)


def share_title(root: lxml.etree._Element, options: ParseOptions) -> str | None:
    """The title the page's share links carry most often, when the page shows it as the
    whole text of an element and it has ``options.meta_min_share_title_words`` words or
    more; else None. A share link gives the page's address beside the title (any other
    link with a "title" parameter, a wiki's ``index.php?title=Page``, is passed over)."""
    # Links whose address holds a "title" parameter: few on any page. (lxml's tag walk
    # and a test of each address cost half an XPath predicate over every <a>.)
    hrefs = [href for link in root.getroottree().iter("a")
             if (href := link.get("href")) is not None and "title=" in href]
    if not hrefs:
        return None
    counts: collections.Counter[str] = collections.Counter()
    for href in hrefs[:options.meta_max_share_links]:
        title = _shared_title(href)
        if title is not None and len(title.split()) >= options.meta_min_share_title_words:
            counts[title] += 1
    for title, _count in counts.most_common(options.meta_max_share_titles):
        if shows_whole(root, title, options):
            return title
    return None


def _shared_title(href: str) -> str | None:
    """The "title" parameter of a link that also gives an address, white space squashed."""
    try:
        query = parse_qs(urlsplit(href.strip()).query)
    except ValueError:  # a malformed address ("http://[broken")
        return None
    titles = query.get("title")
    if not titles or not any(_ADDRESS.match(value) for key, values in query.items()
                             if key != "title" for value in values):
        return None
    title = " ".join(titles[0].split())
    return title or None
