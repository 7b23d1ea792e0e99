"""Language: the BCP 47 tag a page declares, or a cheap guess from the body: its stop
words, else its script where a script names its language (kana, hangul, Thai, …). A
declaration the body plainly contradicts (a template's "en-US" over a German story) yields
to the body's language."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from newsparse._options import ParseOptions
from newsparse._reading.textstats import STOPWORDS, STOPWORDS_BY_LANGUAGE, words

# "en", "en-US", "en_us", "zh-Hant-TW", "es-419": a language subtag and optional others.
_TAG = re.compile(r"^([A-Za-z]{2,3})((?:[-_][A-Za-z0-9]{1,8})*)$")
# Values that declare nothing ("x-default", "und", "mul", "zxx") or are placeholders.
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis", "xx", "x"})
# How many words the stop-word guess needs and reads, the shares that make a declared
# language contradicted by the body, and what the script guess reads and needs are in
# ParseOptions (``meta_language_*``). Both tests of a contradiction count: lists of scores
# and Lorem ipsum score low in every language, and a Spanish body scores up to 0.23 in
# Portuguese. On the dev pages the four mis-declared bodies score 0.05 or less in the
# declared language and 0.31 or more in their own. Japanese writes kana among its kanji;
# Chinese writes none (a stray one may be quoted).
# Scripts written by one language (near enough), as code point ranges.
_SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("kana", ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))),
    ("han", ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))),
    ("ko", ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF))),
    ("th", ((0x0E00, 0x0E7F),)),
    ("he", ((0x0590, 0x05FF),)),
    ("el", ((0x0370, 0x03FF), (0x1F00, 0x1FFF))),
    ("ka", ((0x10A0, 0x10FF),)),
    ("hy", ((0x0530, 0x058F),)),
    ("arabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
)
# Letters (runs of them), letters of each script, and anything beyond Latin.
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_SCRIPT_CLASSES = {
    script: "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in ranges)
    for script, ranges in _SCRIPTS
}
_SCRIPT_RUNS = tuple(
    (script, re.compile(f"[{ranges}]+"))  # a script's few marks and digits count too
    for script, ranges in _SCRIPT_CLASSES.items()
)
_ANY_SCRIPT = re.compile(f"[{''.join(_SCRIPT_CLASSES.values())}]")
# Letters Urdu and Persian write and Arabic does not: they tell the three apart.
_URDU_RUN = re.compile("[ٹڈڑںےہ]+")
_PERSIAN_RUN = re.compile("[پچژگکی]+")


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


def checked_language(declared: str, text: str, options: ParseOptions) -> str:
    """``declared``, unless ``text`` is plainly in another language the stop words know: then
    that language's tag. A declared language they do not know is never overruled.

    Added in 0.1.
    """
    primary = declared.split("-", 1)[0].casefold()
    own = STOPWORDS_BY_LANGUAGE.get(primary)
    if own is None:
        return declared
    # Words split at white space: cheaper than the word pattern, and enough to count by.
    check_words = options.meta_language_check_words
    tokens = text[: check_words * 8].lower().split()[:check_words]
    if len(tokens) < options.meta_language_min_check_words:
        return declared
    if sum(map(own.__contains__, tokens)) >= (
            options.meta_language_max_contradicted_share * len(tokens)):
        return declared  # the common case, and a cheap one
    counts = Counter(tokens)
    min_share = options.meta_language_min_contradicting_share
    for language, stopwords in STOPWORDS_BY_LANGUAGE.items():
        if _share(counts, stopwords, len(tokens)) >= min_share:
            return language
    return declared


def _share(counts: Counter[str], stopwords: frozenset[str], total: int) -> float:
    return sum(counts[word] for word in stopwords.intersection(counts)) / total


def language_sample(texts: Iterable[str], options: ParseOptions) -> str:
    """``texts`` joined by blank lines as far as the language readers look, and no further:
    each reads a head of the text (``meta_language_guess_words`` or
    ``meta_language_check_words`` words of eight characters, or
    ``meta_language_script_sample_chars`` characters), and gives the same answer on this
    sample as on the whole. Joining a whole story would copy all its text (a 60 MB page's
    60 MB) to read a few thousand characters of it."""
    chars = max(options.meta_language_guess_words * 8, options.meta_language_check_words * 8,
                options.meta_language_script_sample_chars)
    parts: list[str] = []
    length = -2  # the joined length: no separator before the first text
    for text in texts:
        parts.append(text)
        length += len(text) + 2
        if length >= chars:
            break
    return "\n\n".join(parts)


def guess_language(text: str, options: ParseOptions) -> str | None:
    """Guess the language of ``text``, or None if unsure: from its commonest function
    words (the languages :data:`newsparse._reading.textstats.STOPWORDS_BY_LANGUAGE` knows), else
    from its script where the script names the language."""
    return _stopword_language(text, options) or _script_language(text, options)


def _stopword_language(text: str, options: ParseOptions) -> str | None:
    guess_words = options.meta_language_guess_words
    tokens = words(text[: guess_words * 8])[:guess_words]
    if len(tokens) < options.meta_language_min_guess_words:
        return None
    # Each distinct function word looked up once per language; the other words, most of
    # them and in no language's list, are left out before they are counted.
    counts = Counter(filter(STOPWORDS.__contains__, tokens))
    best, best_hits = None, 0
    for language, stopwords in STOPWORDS_BY_LANGUAGE.items():
        hits = sum(counts[word] for word in stopwords.intersection(counts))
        if hits > best_hits:
            best, best_hits = language, hits
    if best_hits < options.meta_language_min_guess_share * len(tokens):
        return None
    return best


def _script_language(text: str, options: ParseOptions) -> str | None:
    """The language most of the sample's letters are written for, where their script
    tells it: kana → ja, hangul → ko, Han alone → zh, Thai, Hebrew, Greek, Georgian,
    Armenian; Arabic script → ar, or ur or fa by the letters only they write."""
    sample = text[:options.meta_language_script_sample_chars]
    if not _ANY_SCRIPT.search(sample):
        return None  # Latin, Cyrillic or Devanagari letters, say, name no one language
    letters = _letters(_LETTER_RUN, sample)
    if letters < options.meta_language_min_script_letters:
        return None
    counts = {script: _letters(run, sample) for script, run in _SCRIPT_RUNS}
    cjk = counts["kana"] + counts["han"]
    min_share = options.meta_language_min_script_share
    if cjk >= min_share * letters:
        return "ja" if counts["kana"] >= options.meta_language_min_kana_share * cjk else "zh"
    script = max(counts, key=counts.__getitem__)
    if counts[script] < min_share * letters or script in ("kana", "han"):
        return None
    if script == "arabic":
        return _arabic_script_language(
            sample, counts[script] * options.meta_language_min_own_letter_share)
    return script


def _letters(run: re.Pattern[str], sample: str) -> int:
    """How many characters the runs of ``run`` in ``sample`` hold."""
    return sum(map(len, run.findall(sample)))


def _arabic_script_language(sample: str, least: float) -> str:
    """Urdu or Persian when the letters only they write make a fair share (``least``),
    else Arabic (which borrows one now and then for a foreign name)."""
    if _letters(_URDU_RUN, sample) >= least:
        return "ur"
    if _letters(_PERSIAN_RUN, sample) >= least:
        return "fa"
    return "ar"
