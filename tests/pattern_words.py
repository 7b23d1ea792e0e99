"""The words a match of a pattern may open with, read off the parsed pattern: the feature
shortcuts of ASCII lines (``newsparse._text.features``) look for these words before they
try the walls' patterns, and the tests check their lists against the patterns."""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

_FIGURE = "0"  # stands for every first word that opens with a figure
_GLUED = "\0"  # marks figures glued after a word: no letter may follow them in it
_NON_WORD_CATEGORIES = (sre.CATEGORY_NOT_WORD, sre.CATEGORY_SPACE, sre.CATEGORY_UNI_NOT_WORD,
                        sre.CATEGORY_UNI_SPACE)
_FIGURES = ([(sre.CATEGORY, sre.CATEGORY_DIGIT)], [(sre.CATEGORY, sre.CATEGORY_UNI_DIGIT)])


def _is_word_character(code: int) -> bool:
    return re.match(r"\w", chr(code)) is not None


def _one_character(op: object, av: object) -> tuple[str, set[str]] | None:
    """For an item that matches one character: ("word", the word characters it matches
    all of which are listed) or ("non-word", empty); None for other items."""
    if op is sre.LITERAL:
        assert isinstance(av, int)
        return ("word", {chr(av)}) if _is_word_character(av) else ("non-word", set())
    if op is not sre.IN:
        if op in (sre.NOT_LITERAL, sre.ANY):
            raise ValueError(f"cannot tell the first words past {op}")
        return None
    chars: set[str] = set()
    assert isinstance(av, list)
    for sop, sav in av:
        if sop is sre.LITERAL and _is_word_character(sav):
            chars.add(chr(sav))
        elif sop is sre.RANGE:
            chars.update(chr(c) for c in range(sav[0], sav[1] + 1) if _is_word_character(c))
        elif not (sop is sre.LITERAL or (sop is sre.CATEGORY and sav in _NON_WORD_CATEGORIES)):
            raise ValueError(f"cannot tell the first words past {av}")
    return ("word", chars) if chars else ("non-word", set())


def first_words(pattern: re.Pattern[str]) -> set[str]:  # noqa: PLR0915 - one walk
    """Every first word (run of word characters, lower-cased) of a match of ``pattern``
    anchored at its start; a word with figures glued after it is read without them, and
    any word opening with a figure is ``_FIGURE``. Raises ValueError where the walk cannot
    tell (a class of any character inside the first word, a long repeat of letters)."""
    found: set[str] = set()

    def finish(prefix: str) -> None:
        prefix = prefix.split(_GLUED, maxsplit=1)[0]
        found.add(prefix if prefix == _FIGURE else prefix.lower())

    def walk(  # noqa: PLR0911, PLR0912, PLR0915 - one case an item of the parse
            items: list[tuple[object, object]], prefix: str) -> None:
        if not items:
            if prefix:
                finish(prefix)
            return
        (op, av), rest = items[0], items[1:]
        if op is sre.AT:
            if av in (sre.AT_END, sre.AT_END_STRING) or (
                    av in (sre.AT_BOUNDARY, sre.AT_UNI_BOUNDARY) and prefix):
                if prefix:
                    finish(prefix)
                return
            walk(rest, prefix)
            return
        if op is sre.IN and av in _FIGURES:
            op, av = sre.MAX_REPEAT, (1, 1, [(op, av)])
        kind = _one_character(op, av)
        if kind is not None:
            if kind[0] == "non-word":
                if prefix:
                    finish(prefix)
                else:
                    walk(rest, prefix)
                return
            if _GLUED in prefix:
                raise ValueError("cannot tell: letters after figures in a word")
            for char in kind[1]:
                walk(rest, prefix + char)
            return
        if op is sre.SUBPATTERN:
            assert isinstance(av, tuple)
            walk(list(av[-1]) + rest, prefix)
        elif op is sre.ATOMIC_GROUP:
            assert isinstance(av, sre_parser.SubPattern)
            walk(list(av) + rest, prefix)
        elif op is sre.BRANCH:
            assert isinstance(av, tuple)
            for alternative in av[1]:
                walk(list(alternative) + rest, prefix)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            assert isinstance(av, tuple)
            low, high, sub = av[0], av[1], list(av[2])
            if len(sub) == 1 and sub[0][0] is sre.IN and sub[0][1] in _FIGURES:
                if low == 0:
                    walk(rest, prefix)
                if prefix:
                    finish(prefix)
                    walk(rest, prefix + _GLUED)
                else:
                    finish(_FIGURE)
                return
            kind = _one_character(*sub[0]) if len(sub) == 1 else None
            if kind is not None and kind[0] == "non-word":
                if low == 0 or not prefix:
                    walk(rest, prefix)
                if prefix and high > 0:
                    finish(prefix)
                return
            if high - low > 3 and not prefix:
                raise ValueError("cannot tell: a long repeat before the first word")
            for times in range(low, min(high, low + 3) + 1):
                walk(sub * times + rest, prefix)
        elif op not in (sre.ASSERT, sre.ASSERT_NOT):
            raise ValueError(f"cannot tell the first words past {op}")
        else:
            walk(rest, prefix)

    walk(list(sre_parser.parse(pattern.pattern, pattern.flags)), "")
    return found
