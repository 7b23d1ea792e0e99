"""Language: the BCP 47 tag a page declares, or a cheap guess from the body's stop words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ._textstats import STOPWORDS_BY_LANGUAGE, words

# "en", "en-US", "en_us", "zh-Hant-TW", "es-419": a language subtag and optional others.
_TAG = re.compile(r"^([A-Za-z]{2,3})((?:[-_][A-Za-z0-9]{1,8})*)$")
# Values that declare nothing ("x-default", "und", "mul", "zxx") or are placeholders.
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis", "xx", "x"})
# Enough words for the stop-word guess to mean something, and how far ahead it reads.
_MIN_GUESS_WORDS = 30
_GUESS_WORDS = 600
_MIN_GUESS_SHARE = 0.08


def normalise_language(value: str) -> str | None:
    """A BCP 47 tag in its canonical case (``en_us`` → ``en-US``); None when not a tag.

    Content-language headers may list several tags (``"en, fr"``): the first is taken.
    """
    value = value.strip().split(",", 1)[0].split(";", 1)[0].strip()
    match = _TAG.match(value)
    if not match:
        return None
    language = match.group(1).lower()
    if language in _NO_LANGUAGE:
        return None
    parts = [language]
    for subtag in re.split(r"[-_]", match.group(2))[1:]:
        if len(subtag) == 2 and subtag.isalpha():
            parts.append(subtag.upper())  # region
        elif len(subtag) == 4 and subtag.isalpha():
            parts.append(subtag.title())  # script
        else:
            parts.append(subtag.lower())
    return "-".join(parts)


def first_language(values: Iterable[str | None]) -> str | None:
    """The first declared value that is a language tag."""
    for value in values:
        if value:
            tag = normalise_language(value)
            if tag is not None:
                return tag
    return None


def guess_language(text: str) -> str | None:
    """Guess the language of ``text`` from its commonest function words, or None if unsure.

    Only the languages :data:`newsparse._textstats.STOPWORDS_BY_LANGUAGE` knows can be told.
    """
    tokens = words(text[: _GUESS_WORDS * 8])[:_GUESS_WORDS]
    if len(tokens) < _MIN_GUESS_WORDS:
        return None
    counts = Counter(tokens)  # each distinct word looked up once per language
    best, best_hits = None, 0
    for language, stopwords in STOPWORDS_BY_LANGUAGE.items():
        hits = sum(counts[word] for word in stopwords.intersection(counts))
        if hits > best_hits:
            best, best_hits = language, hits
    if best_hits < _MIN_GUESS_SHARE * len(tokens):
        return None
    return best
