"""Keys that make two spellings of one name or title compare equal.

Three strengths, for three questions:

- :func:`title_key`: the same title, give or take case, quotes, dashes and spacing
  ("“Quoted” — Title" and '"quoted" - title');
- :func:`words_key`: the same words, whatever the punctuation between them (a header line
  that repeats the title with other marks);
- :func:`site_key`: the same site, from its name or its host ("www.TMZ.com" and "TMZ").
"""

from __future__ import annotations

import functools
import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+")
_QUOTES = re.compile(r"[\"'`‘’“”«»„‚‹›]")
_DASHES = re.compile(r"[\u2010-\u2015\-]")
_HOST_PREFIX = re.compile(r"^(?:https?://)?(?:www\d?\.|m\.|amp\.)?", re.IGNORECASE)
# Endings of a host name that are not part of the site's name.
_HOST_SUFFIX = re.compile(
    r"\.(?:com|net|org|info|news|co|ac|gov|edu)(?:\.[a-z]{2})?$|\.[a-z]{2}$", re.IGNORECASE
)


@functools.lru_cache(maxsize=4096)  # a page asks for the same few names many times
def site_key(text: str) -> str:
    """A site name or host reduced to letters and digits ("www.TMZ.com" → "tmz")."""
    text = _HOST_PREFIX.sub("", text.strip().casefold()).split("/", 1)[0]
    if " " not in text:
        text = _HOST_SUFFIX.sub("", text)
    return _NON_WORD.sub("", text)


def title_key(text: str | None) -> str:
    """``text`` reduced for comparison: case, quotes, dashes and spacing do not count."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = _DASHES.sub("-", _QUOTES.sub("", text))
    return " ".join(text.split()).strip(" .:|-")


def words_key(text: str) -> str:
    """Lower-cased words only: what two renderings of one title have in common."""
    return _NON_WORD.sub(" ", text.casefold()).strip()
