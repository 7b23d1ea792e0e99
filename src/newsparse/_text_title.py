"""Text dumps, stage 5a: which line above the story is its headline.

A dump has no markup to say which line is the headline. The title is a headline-looking
line (a few words, no final period, not a menu item, byline or date) that stands alone
like a heading element, whose words the story repeats most, near the story.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ._meta_byline import find_byline
from ._meta_dates import parse_written_date
from ._text_blocks import Line
from ._text_features import LineFeatures
from ._textstats import STOPWORDS, words

_MAX_TITLE_WORDS = 30
_MAX_TITLE_CHARS = 250
_MAX_META_CHARS = 120
# Title score: word overlap with the story counts most, then nearness to the story.
_ALONE_BONUS = 0.3
_DISTANCE_COST = 0.01
_MIN_OVERLAP = 0.2
_WORD_BONUS = 0.05
_WORD_BONUS_CAP = 10


def title_line(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    window: Sequence[int],
    *,
    first: int,
    story_words: set[str],
    used: Collection[int],
) -> int | None:
    """The index of the headline among ``window``, or None."""
    best, best_score = None, 0.0
    for i in window:
        # A headline is a heading element, which a dump always sets off with blank lines.
        if i in used or not lines[i].alone or not looks_like_headline(lines[i].text, features[i]):
            continue
        content = [w for w in words(lines[i].text) if w not in STOPWORDS]
        if not content:
            continue
        overlap = sum(1 for w in content if w in story_words) / len(content)
        if overlap < _MIN_OVERLAP:
            continue
        score = overlap + _ALONE_BONUS
        score -= _DISTANCE_COST * abs(first - i)
        # A headline says something: a few words are a label or a section name.
        score += _WORD_BONUS * min(features[i].n_words, _WORD_BONUS_CAP)
        if score > best_score:
            best, best_score = i, score
    return best


def looks_like_headline(text: str, feat: LineFeatures) -> bool:
    """True when ``text`` has a headline's shape: a few words, no final period, not page
    furniture, a byline or a date."""
    if feat.chrome_phrase or feat.soft_wall or feat.hard_wall:
        return False
    if len(text) > _MAX_TITLE_CHARS or feat.n_words > _MAX_TITLE_WORDS or feat.n_words < 2:
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith("..."):
        return False
    if "\t" in text or find_byline([text]):
        return False
    return not (len(text) <= _MAX_META_CHARS and parse_written_date(text) is not None)

