"""Text dumps, stage 2: label each line content or chrome, jusText-style.

Every line first gets a label from its own features (length, stop-word density,
sentence punctuation, chrome phrases); then short and near-good lines take the label of
their context, so that a short line between story paragraphs stays and one inside a
menu goes.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Sequence
from typing import Final

from newsparse._options import ParseOptions
from newsparse._text.features import LineFeatures
from newsparse._text.lines import BLOCK_SIZE, MARKS, Line


class Label(enum.Enum):
    """What a line looks like on its own, and later in its context."""

    BAD = "bad"
    SHORT = "short"
    NEAR_GOOD = "near_good"
    GOOD = "good"


# The labels in module names: reading a member off an Enum class costs ten times a
# global's (CPython 3.11), and the first labels are given once a line.
_BAD: Final = Label.BAD
_SHORT: Final = Label.SHORT
_NEAR_GOOD: Final = Label.NEAR_GOOD
_GOOD: Final = Label.GOOD


def first_label(
    features: LineFeatures,
    options: ParseOptions,
    *,
    in_run: bool = False,
    link_share: float = 0.0,
) -> Label:
    """The label a line earns on its own features.

    ``in_run`` says the line is one of a run of lines (not set off by blank lines): a
    short headline-cased line there is a link in a list of stories, not a heading.
    ``link_share`` is the share of the line that is link text, where the dump shows it.
    """
    if (
        features.chrome_phrase
        or features.soft_wall
        or features.hard_wall
        or link_share > options.text_max_link_share
    ):
        return _BAD
    if features.chars < options.text_length_low:
        return _BAD if in_run and features.headline_case else _SHORT
    if features.chars >= options.text_length_high and (
        features.stop_density >= options.text_stopwords_low or features.sentence_ends >= 2
    ):
        return _GOOD
    if features.stop_density >= options.text_stopwords_high and features.sentence_ends >= 1:
        return _GOOD
    if features.stop_density >= options.text_stopwords_low or features.sentence_ends >= 1:
        return _NEAR_GOOD
    return _BAD


def first_labels(
    lines: Sequence[Line], features: Sequence[LineFeatures], options: ParseOptions
) -> list[Label]:
    """:func:`first_label` of each line of a dump: ``in_run`` when its block has more than
    two lines, with its link share where the dump shows links. (The same tests, inline,
    the options read once: this runs once a line, a million times in some dumps.)"""
    max_link_share = options.text_max_link_share
    length_low, length_high = options.text_length_low, options.text_length_high
    stopwords_low, stopwords_high = options.text_stopwords_low, options.text_stopwords_high
    labels: list[Label] = []
    append = labels.append
    for line, f in zip(lines, features, strict=True):
        marks = line[MARKS]
        if (f.chrome_phrase or f.soft_wall or f.hard_wall
                or (0.0 if marks is None else marks[1]) > max_link_share):
            append(_BAD)
        elif f.chars < length_low:
            append(_BAD if line[BLOCK_SIZE] > 2 and f.headline_case else _SHORT)
        else:
            density, ends = f.stop_density, f.sentence_ends
            if (f.chars >= length_high and (density >= stopwords_low or ends >= 2)) or (
                    density >= stopwords_high and ends >= 1):
                append(_GOOD)
            elif density >= stopwords_low or ends >= 1:
                append(_NEAR_GOOD)
            else:
                append(_BAD)
    return labels


def smooth(labels: Sequence[Label]) -> list[Label]:
    """Relabel short and near-good lines from their nearest decided neighbours (jusText).

    A short line between good lines is good, between bad lines bad; in between, it is
    bad when a bad line is its nearest decided neighbour. A near-good line is good unless
    bad lines surround it.

    Every line of a run of equal labels has the same nearest neighbours outside the run,
    so the work is done a run at a time: a dump of a million short lines is a few runs.
    """
    runs = [(label, len(list(group))) for label, group in itertools.groupby(labels)]
    strict_prev, strict_next = _nearest(runs, skip_near_good=True)
    loose_prev, loose_next = _nearest(runs, skip_near_good=False)
    relabelled: list[tuple[Label, int]] = []
    for r, (label, length) in enumerate(runs):
        new = label
        if label is Label.SHORT:
            prev, nxt = strict_prev[r], strict_next[r]
            if prev is Label.GOOD and nxt is Label.GOOD:
                new = Label.GOOD
            elif prev is Label.BAD and nxt is Label.BAD:
                new = Label.BAD
            else:
                new = Label.BAD if Label.BAD in (loose_prev[r], loose_next[r]) else Label.GOOD
        relabelled.append((new, length))
    strict_prev, strict_next = _nearest(relabelled, skip_near_good=True)
    final: list[Label] = []
    for r, (label, length) in enumerate(relabelled):
        new = label
        if label is Label.NEAR_GOOD:
            both_bad = strict_prev[r] is Label.BAD and strict_next[r] is Label.BAD
            new = Label.BAD if both_bad else Label.GOOD
        final += [new] * length
    return final


def _nearest(
    runs: Sequence[tuple[Label, int]], *, skip_near_good: bool
) -> tuple[list[Label], list[Label]]:
    """For each run of equal labels, the nearest decided label before and after it (BAD
    at the edges).

    Decided means not SHORT, and not NEAR_GOOD either when ``skip_near_good``.
    """
    short = Label.SHORT
    near_good = Label.NEAR_GOOD if skip_near_good else short
    n = len(runs)
    before, after = [Label.BAD] * n, [Label.BAD] * n
    last = Label.BAD
    for r, (label, _length) in enumerate(runs):
        before[r] = last
        if label is not short and label is not near_good:
            last = label
    last = Label.BAD
    for r in range(n - 1, -1, -1):
        after[r] = last
        label = runs[r][0]
        if label is not short and label is not near_good:
            last = label
    return before, after
