"""Text dumps, stage 0c: re-flow paragraphs that a renderer hard-wrapped at a fixed width.

lynx, w3m, a browser's "save as text" and ``fold``-like tools break every line longer than
a width W at the last space that fits. Such a dump shows it: many lines end just short of
W and (nearly) none with a space in it is longer. Given W, a line was broken, not ended,
exactly when the next line's first word would not have fitted on it; a line that ends a
block (a menu item, a heading, the last line of a paragraph) leaves room for it.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence

import attrs

from newsparse._options import ParseOptions
from newsparse._reading.textstats import STOPWORDS

# The widths, how near W a broken line ends, and the shares and counts that say a dump
# was wrapped are in ParseOptions (``text_wrap_*``). In a wrapped dump, the sentence goes
# on over most breaks (the rest fall at sentence ends, about one in four or five); lines
# near the width that the next word would have fitted on stay under 0.3 of them.
# Marks after which a sentence goes on.
_GOING_ON = frozenset(",;:–—-(")


@attrs.frozen
class Wrap:
    """How a dump was hard-wrapped."""

    #: The width lines were broken at.
    width: int
    #: Lines bunch up just short of the width: every line the next word did not fit on
    #: was broken. Otherwise (few long lines, a short page) the width is only an upper
    #: bound, and a line was broken only where the sentence plainly goes on.
    clear: bool


def wrap_width(
    widths: Sequence[int], spaced: Sequence[bool], options: ParseOptions
) -> Wrap | None:
    """How the dump was hard-wrapped, or None when it was not.

    ``widths`` are the lines' lengths (indentation included, trailing spaces not), and
    ``spaced`` says which lines have a space inside them (a line that does not could not
    have been broken, however long).
    """
    shortest = options.text_wrap_min_width // 2
    # (Counted at C speed: a dump of short lines has a million of them.)
    return wrap_width_of_counts(
        Counter([w for w, s in zip(widths, spaced, strict=True) if s and w >= shortest]),
        options)


def wrap_width_of_counts(counted: Mapping[int, int], options: ParseOptions) -> Wrap | None:
    """:func:`wrap_width` of the lines counted by their lengths (``counted``: how many
    lines with a space inside have each length, for the lengths of at least half
    ``options.text_wrap_min_width``; no count of 0): a caller that knows the counts spares
    a list of a length a line."""
    min_width, max_width = options.text_wrap_min_width, options.text_wrap_max_width
    near_chars, min_near_lines = options.text_wrap_near_chars, options.text_wrap_min_near_lines
    total = sum(counted.values())
    if total < min_near_lines:
        return None
    top = min(max(counted), max_width + 1)
    # counts[k]: lines of length k, up to ``top`` (the longer ones count in ``total`` only).
    counts = [counted.get(length, 0) for length in range(top + 1)] + [0]
    # at_most[k]: lines of length <= k.
    at_most = list(itertools.accumulate(counts))
    over_per_near = options.text_wrap_over_per_near
    min_near_ratio = options.text_wrap_min_near_ratio
    for width in range(min(top, max_width), min_width - 1, -1):
        if counts[width] == 0:
            continue
        near = at_most[width] - at_most[max(width - near_chars, 0)]
        over = total - at_most[width]
        if near < min_near_lines or over > over_per_near * near:
            continue
        below = at_most[max(width - near_chars, 0)] - at_most[max(width - 2 * near_chars, 0)]
        return Wrap(width, clear=near >= min_near_ratio * below)
    return None


def could_break(width: int, line_width: int, next_word: int, min_broken_share: float) -> bool:
    """True when a line ``line_width`` long (at least ``min_broken_share`` of ``width``),
    followed by a line whose first word is ``next_word`` long (as the dump writes it),
    would have been broken at ``width``: that word does not fit on it."""
    if line_width < min_broken_share * width or line_width > width:
        return False
    return line_width + 1 + next_word > width


def shortest_broken(width: int, options: ParseOptions) -> float:
    """A bound under which a line is neither broken at ``width`` (:func:`could_break`)
    nor near it (:class:`BreakEvidence`): such a line says nothing about the wrap."""
    return min(options.text_wrap_min_broken_share * width, width - options.text_wrap_near_chars)


def first_word(raw: str) -> int:
    """The length of the first word of the line ``raw``, as the dump writes it."""
    raw = raw.lstrip()
    cut = raw.find(" ")
    return len(raw) if cut < 0 else cut


class BreakEvidence:
    """What the pairs of lines next to each other say about a width found by
    :func:`wrap_width`."""

    def __init__(self, options: ParseOptions) -> None:
        self._options = options
        self._near_chars = options.text_wrap_near_chars
        self._min_broken_share = options.text_wrap_min_broken_share
        #: Lines the next word did not fit on (breaks, if the width is right) ...
        self.breaks = 0
        #: ... and of those, the ones over which the sentence plainly goes on.
        self.going_on = 0
        #: Lines near the width followed by a line whose first word would have fitted:
        #: a greedy wrap never leaves those, text set by hand (an RFC, a poem) does.
        self.near_fits = 0
        self.near_breaks = 0
        #: ... and of those, the ones whose next line opens with a short word: a word any
        #: line that much shorter would have taken (a long first word, a link's target or
        #: a CJK line's run, says little).
        self.near_word_breaks = 0

    def add(self, width: int, line_width: int, next_word: int, text: str, next_text: str) -> None:
        """Count the line ``text`` (``line_width`` long) followed by ``next_text`` (whose
        first word the dump writes ``next_word`` long); spaces around either text do not
        count."""
        broken = could_break(width, line_width, next_word, self._min_broken_share)
        if broken:
            self.breaks += 1
            # (Stripped here: most pairs are no break.)
            self.going_on += goes_on(text.strip(), next_text.strip())
        if width - self._near_chars <= line_width <= width:
            if broken:
                self.near_breaks += 1
                self.near_word_breaks += next_word <= self._near_chars
            else:
                self.near_fits += 1

    def add_known_break(self, width: int, line_width: int) -> None:
        """Count a line ``line_width`` long that the dump's syntax shows was broken (a
        Markdown link runs on over its end), when it could have been at ``width``."""
        if self._min_broken_share * width <= line_width <= width:
            self.breaks += 1
            self.going_on += 1
            if width - self._near_chars <= line_width:
                self.near_breaks += 1

    def settle(self, wrap: Wrap) -> Wrap | None:
        """``wrap`` as the evidence leaves it: None when the lines were not broken
        greedily at its width; clear when the lengths bunch up under the width or the
        sentences go on over most breaks (in a dump not wrapped, lines that long end
        blocks of their own, which end sentences); otherwise None, since re-flowing only
        the lines whose sentence plainly goes on would leave a patchwork worse than the
        dump as it is."""
        options = self._options
        near = self.near_fits + self.near_breaks
        if near and self.near_fits > options.text_wrap_max_near_fit_share * near:
            return None
        if wrap.clear:
            return wrap
        # Many lines near the width that a short word did not fit on, and hardly any that
        # one would have: a greedy wrap, whatever the sentences do over the breaks (a
        # teaser's headline in title case wraps as plainly as prose).
        if (self.near_word_breaks >= options.text_wrap_min_word_breaks
                and self.near_fits <= options.text_wrap_max_clear_fit_share * near):
            return Wrap(wrap.width, clear=True)
        if (self.breaks >= options.text_wrap_min_near_lines
                and self.going_on >= options.text_wrap_min_going_on_share * self.breaks):
            return Wrap(wrap.width, clear=True)
        return None


def goes_on(text: str, next_text: str) -> bool:
    """The sentence goes on over the break: the next line opens in lower case, or the line
    ends with a comma or a function word ("… used in a" / "variety of tools")."""
    if next_text[:1].islower():
        return True
    if text[-1:] in _GOING_ON:
        return True
    cut = text.rfind(" ")
    return text[cut + 1:].lower() in STOPWORDS


def join_broken(first: str, second: str) -> str:
    """Two pieces of one broken line, joined: with a space, except after a word broken at
    its hyphen ("well-" + "known")."""
    if first.endswith("-") and len(first) > 1 and first[-2].isalpha() and second[:1].islower():
        return first + second
    return first + " " + second
