"""Text dumps, stage 3: choose the run of lines that holds the story.

Lines weigh their words when they look like content and cost words when they look
like chrome; the story is the run with the greatest total (a maximum-sum subarray), so
that stray good-looking lines in sidebars and footers fall away.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._options import ParseOptions
from ._text_classify import Label
from ._text_features import LineFeatures


def densest_region(
    features: Sequence[LineFeatures], labels: Sequence[Label], options: ParseOptions
) -> tuple[int, int]:
    """The [start, end) run of lines that most likely holds the story.

    Hard walls cut the lines into sections; each section's densest run (maximum-sum
    subarray of line weights) is a candidate. Once a section with a story-sized run has
    been seen, later ones count at a discount: what follows "Comments" or "Most popular"
    is rarely the story, however wordy.
    """
    best_score, best = 0.0, (0, 0)
    story_seen = False
    section_start = 0
    n = len(features)
    for i in range(n + 1):
        if i < n and not features[i].hard_wall:
            continue
        score, region = _densest_run(features, labels, section_start, i, options)
        weighted = score * options.text_after_story_discount if story_seen else score
        if weighted > best_score:
            best_score, best = weighted, region
        story_seen = story_seen or score >= options.text_min_story_words
        section_start = i + 1
    return best


def _densest_run(
    features: Sequence[LineFeatures],
    labels: Sequence[Label],
    start: int,
    stop: int,
    options: ParseOptions,
) -> tuple[float, tuple[int, int]]:
    """Kadane's maximum-sum run of line weights over lines [start, stop)."""
    best_sum, best = 0.0, (start, start)
    run_sum, run_start = 0.0, start
    for i in range(start, stop):
        feat, label = features[i], labels[i]
        if feat.soft_wall:
            weight = -float(options.text_wall_penalty)
        elif label is Label.GOOD:
            weight = float(max(feat.n_words, 1))
        elif label is Label.NEAR_GOOD:
            weight = feat.n_words / 2
        else:
            weight = -max(2.0, feat.n_words / 2)
        if run_sum <= 0:
            run_sum, run_start = 0.0, i
        run_sum += weight
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i + 1)
    return best_sum, best
