"""Cheap text features shared by the HTML and text-dump classifiers."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

# The commonest function words of the languages news is most often written in. A union
# is enough: the share of stop words tells prose from labels whatever the language.
_STOPWORDS_BY_LANGUAGE = {
    "en": "a about after all also an and are as at be been but by can could for from had "
          "has have he her his how i if in into is it its more not of on or our out over "
          "said she so than that the their them there they this to up was we were what when "
          "which who will with would you",
    "de": "aber als am an auch auf aus bei das dass dem den der des die doch durch ein eine "
          "einem einen einer es für hat ich im in ist mit nach nicht noch nur oder sich sie "
          "sind so um und von vor war werden wie wird zu zum zur",
    "fr": "au aux avec ce ces dans de des du elle en est et il ils la le les leur mais par "
          "pas plus pour qu que qui sa se ses son sont sur un une été être",
    "es": "al como con de del el en es esta este fue ha la las lo los más no para pero por "
          "que se su sus un una y",
    "it": "al alla che come con da del della di e gli ha il in la le nel non per più si "
          "sono su un una è",
    "pt": "ao as com como da das de do dos e em foi mais na no não os para pela pelo por "
          "que se sua seu um uma é",
    "nl": "aan als bij dat de die een en het in is met niet of op te van voor was zijn",
    "ru": "в во да для же и из к как на не но о от по с так то что это я он она они",
}
STOPWORDS: frozenset[str] = frozenset(
    word for words in _STOPWORDS_BY_LANGUAGE.values() for word in words.split()
)
STOPWORDS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in _STOPWORDS_BY_LANGUAGE.items()
}

_WORD = re.compile(r"\w+")
# A word's first six letters stand for it: "councillors" and "council", "defends" and
# "defended", "violenta" and "violencia" match (a stemmer for every language at once, if a
# crude one).
# (Each match takes a whole word, its stem the group: the scan skips the rest of the word
# at once instead of trying a word boundary at each of its letters.)
_STEM = re.compile(r"(\w{1,6})\w*+")
#: How many first letters of a word make its stem (``_STEM``'s six).
STEM_CHARS = 6
# At most this many distinct words wait to be cut to stems in ``stem_set`` (a cost, not a
# threshold: a long story of distinct words holds a batch of them at most, not all).
_SPELLED_BATCH = 4096
# ``stem_set`` reads its texts in batches of about this many characters (a cost too).
_JOINED_CHARS = 1 << 16
# ASCII bytes: letters lowered, figures and "_" kept, all else a space (see ``words``).
_ASCII_WORD_BYTES = bytes(
    byte if (byte < 128 and chr(byte).isalnum()) or byte == ord("_") else ord(" ")
    for byte in range(256)
).translate(bytes.maketrans(string.ascii_uppercase.encode(), string.ascii_lowercase.encode()))
# The same table for UTF-8 bytes beyond ASCII, kept: they are parts of characters that
# may be word characters (see ``stem_set``).
_RUN_BYTES = _ASCII_WORD_BYTES[:128] + bytes(range(128, 256))
# The UTF-8 of U+2000 to U+203F (spaces, dashes, curly quotes, bullets, the ellipsis), of
# which no character is a word character: most lines beyond ASCII are so only by them.
_GENERAL_PUNCTUATION = re.compile(rb"\xe2\x80[\x80-\xbf]")
_CJK = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")
# Sentence-ending punctuation in Latin, CJK, Arabic and Devanagari scripts.
_SENTENCE_END = re.compile(r"[.!?。！？؟।](?:[\"'”’»)\]]*)(?:\s|$)")


# A story's excerpt cut off with an ellipsis ("… may soon...") stands for a teaser.
_EXCERPT_ENDS = ("...", "…", "…]", "...]")


def is_cut_short(text: str, max_chars: int) -> bool:
    """True when ``text`` is an excerpt of a few sentences (at most ``max_chars``,
    ``ParseOptions.meta_max_excerpt_chars``) cut off with an ellipsis."""
    return len(text) <= max_chars and text.rstrip().endswith(_EXCERPT_ENDS)


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    if text.isascii():
        # ``\w+`` of ASCII text is its runs of letters, figures and "_": a byte table that
        # lowers them and spaces the rest, then a split, cost a third of the pattern's scan.
        return text.encode().translate(_ASCII_WORD_BYTES).decode().split()
    # Beyond ASCII, the pattern's scan costs four times as much a character. The same byte
    # table spaces ASCII's non-word characters and keeps the rest (a character beyond ASCII
    # is bytes beyond it only), after U+2000 to U+203F are spaced as well; the runs left
    # between spaces are words whole where they are ASCII (most, and all of most lines),
    # and only the others are cut by the pattern.
    data = text.lower().encode()
    if b"\xe2\x80" in data:
        data = _GENERAL_PUNCTUATION.sub(b" ", data)
    spaced = data.translate(_RUN_BYTES).decode()
    if spaced.isascii():
        return spaced.split()
    found: list[str] = []
    for run in spaced.split():
        if run.isascii():
            found.append(run)
        else:
            found += _WORD.findall(run)
    return found


def stems(text: str) -> list[str]:
    """The stems of the words of ``text`` (their first six letters), lower-cased; stop
    words, all shorter than a stem, are kept whole."""
    if text.isascii():
        return [word[:STEM_CHARS] for word in words(text)]
    return _STEM.findall(text.lower())


def stem_set(texts: Iterable[str]) -> set[str]:
    """The stems of the words of ``texts`` (``stems`` of each, in one set), a text at a
    time. The words are gathered first and cut to their stems in batches: a word repeats
    more than a stem is made, and ``set.update`` takes a text's words without a Python
    step a word.

    (Gathered as UTF-8 runs between ASCII non-word characters, by the byte table of
    ``words``, where a text beyond ASCII is cut by the pattern otherwise: a run of ASCII
    alone is a word whole, and only the few runs with a character beyond ASCII in them
    (a letter with an accent, a curly quote) are cut by the pattern, once each.)"""
    found: set[str] = set()
    spelled: set[bytes] = set()  # runs not cut to their stems yet
    # Texts are read a batch at a time (``_JOINED_CHARS``), joined by line ends: a line end
    # parts runs as a space does, and one pass over the batch spares the steps a text.
    batch: list[str] = []
    size = 0
    for text in texts:
        # (Lower-cased whole first: a letter's lower case may depend on its neighbours.)
        batch.append(text if text.isascii() else text.lower())
        size += len(text)
        if size >= _JOINED_CHARS:
            spelled.update("\n".join(batch).encode().translate(_RUN_BYTES).split())
            batch.clear()
            size = 0
            if len(spelled) > _SPELLED_BATCH:
                _add_stems(found, spelled)
                spelled.clear()
    spelled.update("\n".join(batch).encode().translate(_RUN_BYTES).split())
    _add_stems(found, spelled)
    return found


def _add_stems(found: set[str], runs: Iterable[bytes]) -> None:
    """Add to ``found`` the stems of the words of ``runs`` (see ``stem_set``)."""
    for run in runs:
        if run.isascii():
            found.add(run[:STEM_CHARS].decode())
        else:
            found.update([word[:STEM_CHARS] for word in _WORD.findall(run.decode())])


def stopword_density(tokens: list[str]) -> float:
    """Share of tokens that are common function words."""
    if not tokens:
        return 0.0
    return sum(map(STOPWORDS.__contains__, tokens)) / len(tokens)


def sentence_ends(text: str) -> int:
    """How many sentence endings the text has."""
    return len(_SENTENCE_END.findall(text))


def has_sentence_end(text: str) -> bool:
    """True when the text has a sentence ending (``sentence_ends(text) > 0``, sooner)."""
    return _SENTENCE_END.search(text) is not None


def is_cjk_heavy(text: str) -> bool:
    """True when most letters are CJK, where words are not space separated."""
    sample = text[:200]
    # A sample without a CJK character has none to count (curly quotes and dashes make
    # most Western text non-ASCII): a search finds that at C speed, where ``max`` made a
    # string a character.
    if sample.isascii() or _CJK.search(sample) is None:
        return False
    return len(_CJK.findall(sample)) * 2 > len(sample)
