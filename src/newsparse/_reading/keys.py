"""Keys that make two spellings of one name compare equal."""

from __future__ import annotations

import functools
import re

_NON_WORD = re.compile(r"[\W_]+")
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
