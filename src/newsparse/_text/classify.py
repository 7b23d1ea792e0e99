"""Text dumps, stage 2: label each line content or chrome, jusText-style.

Every line first gets a label from its own features (length, stop-word density,
sentence punctuation, chrome phrases); then short and near-good lines take the label of
their context, so that a short line between story paragraphs stays and one inside a
menu goes.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from newsparse._options import ParseOptions
from newsparse._text.features import LineFeatures


class Label(enum.Enum):
    """What a line looks like on its own, and later in its context."""

    BAD = "bad"
    SHORT = "short"
    NEAR_GOOD = "near_good"
    GOOD = "good"


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
        return Label.BAD
    if features.chars < options.text_length_low:
        return Label.BAD if in_run and features.headline_case else Label.SHORT
    if features.chars >= options.text_length_high and (
        features.stop_density >= options.text_stopwords_low or features.sentence_ends >= 2
    ):
        return Label.GOOD
    if features.stop_density >= options.text_stopwords_high and features.sentence_ends >= 1:
        return Label.GOOD
    if features.stop_density >= options.text_stopwords_low or features.sentence_ends >= 1:
        return Label.NEAR_GOOD
    return Label.BAD


def smooth(labels: Sequence[Label]) -> list[Label]:
    """Relabel short and near-good lines from their nearest decided neighbours (jusText).

    A short line between good lines is good, between bad lines bad; in between, it is
    bad when a bad line is its nearest decided neighbour. A near-good line is good unless
    bad lines surround it.
    """
    strict_prev, strict_next = _nearest(labels, skip_near_good=True)
    loose_prev, loose_next = _nearest(labels, skip_near_good=False)
    out = list(labels)
    for i, label in enumerate(labels):
        if label is not Label.SHORT:
            continue
        prev, nxt = strict_prev[i], strict_next[i]
        if prev is Label.GOOD and nxt is Label.GOOD:
            out[i] = Label.GOOD
        elif prev is Label.BAD and nxt is Label.BAD:
            out[i] = Label.BAD
        else:
            out[i] = Label.BAD if Label.BAD in (loose_prev[i], loose_next[i]) else Label.GOOD
    strict_prev, strict_next = _nearest(out, skip_near_good=True)
    final = list(out)
    for i, label in enumerate(out):
        if label is Label.NEAR_GOOD:
            both_bad = strict_prev[i] is Label.BAD and strict_next[i] is Label.BAD
            final[i] = Label.BAD if both_bad else Label.GOOD
    return final


def _nearest(
    labels: Sequence[Label], *, skip_near_good: bool
) -> tuple[list[Label], list[Label]]:
    """For each line, the nearest decided label before and after it (BAD at the edges).

    Decided means not SHORT, and not NEAR_GOOD either when ``skip_near_good``.
    """

    short = Label.SHORT  # a local: this runs for every line, three times a dump
    near_good = Label.NEAR_GOOD if skip_near_good else short
    n = len(labels)
    before, after = [Label.BAD] * n, [Label.BAD] * n
    last = Label.BAD
    for i, label in enumerate(labels):
        before[i] = last
        if label is not short and label is not near_good:
            last = label
    last = Label.BAD
    for i in range(n - 1, -1, -1):
        after[i] = last
        label = labels[i]
        if label is not short and label is not near_good:
            last = label
    return before, after
