"""Text dumps, stage 5a: which line above the story is its headline.

A dump has no markup to say which line is the headline. The title is a headline-looking
line (a few words, no final period, not a menu item, byline or date) that stands alone
like a heading element, whose words the story repeats most, near the story.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

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
# A story line whose words are the candidate's first words, all of them or cut short
# ("Best Deals: Books, Lamps..."), is its copy: a promo for another story repeated in the
# story's run. It is no evidence that the story repeats the candidate's words.
_COPY_KEY_WORDS = 4
# How far under a headline its byline or date line may be (past a standfirst, a picture
# and its caption), and how far over it a blog's date line; and what each is worth.
_META_REACH_BELOW = 4
_META_REACH_ABOVE = 2
_OVER_META_BONUS = 0.4
_MIN_HEADLINE_WORDS = 3
# The line over the best candidate that is its headline, the best being its standfirst.
_MIN_DECK_OVERLAP = 0.5
_MIN_DECK_TITLE_WORDS = 4
# A breadcrumb trail ("News > 2015 > Apple") is navigation, whatever its words.
_TRAIL_STEP = re.compile(r"\s(?:[>»›]|::)(?:\s|$)")
_MIN_TRAIL_STEPS = 2
# A headline ends with a word that says something; a credit label ends with a preposition
# or an article ("Supported by", "Powered by", "Brought to you by the").
# A caption ends with its picture's credit, photographer and agency: "… Austria. Jane Doe /
# Reuters file", "(Manu Fernandez/AP)".
_PHOTO_CREDIT = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)+ ?/ ?[A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,2}\)?$")
_LABEL_ENDS = frozenset(("by", "the", "a", "an", "of", "von", "par", "por", "da", "di"))
_UNDER_META_BONUS = 0.1
_STEM_CHARS = 6


class StoryWords:
    """How the story repeats words: in how many of its lines each content word occurs,
    and its short lines by their first words (to tell a copy of a line from a
    repetition)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._copies: dict[tuple[str, ...], list[list[str]]] = {}
        self._lines_with: Counter[str] = Counter()
        for text in texts:
            tokens = words(text)
            self._lines_with.update({_stem(w) for w in tokens if w not in STOPWORDS})
            if len(text) <= _MAX_TITLE_CHARS and len(tokens) >= _COPY_KEY_WORDS:
                self._copies.setdefault(tuple(tokens[:_COPY_KEY_WORDS]), []).append(tokens)

    def overlap(self, text: str) -> float | None:
        """Share of the content words of ``text`` that the story repeats, not counting a
        copy of ``text``; None when ``text`` has no content words."""
        tokens = words(text)
        content = [_stem(w) for w in tokens if w not in STOPWORDS]
        if not content:
            return None
        copied: set[str] = set()
        for copy in self._copies.get(tuple(tokens[:_COPY_KEY_WORDS]), ()):
            if tokens[:len(copy)] == copy:
                copied.update(map(_stem, copy))
        repeated = sum(1 for w in content if self._lines_with[w] > (w in copied))
        return repeated / len(content)


def _stem(word: str) -> str:
    return word[:_STEM_CHARS]


def title_line(
    lines: Sequence[Line],
    features: Sequence[LineFeatures],
    window: Sequence[int],
    *,
    first: int,
    story: StoryWords,
    used: Collection[int],
    meta: Collection[int] = (),
    dates: Collection[int] = (),
) -> int | None:
    """The index of the headline among ``window``, or None.

    ``meta`` holds the indexes of the byline and date lines around the story's head,
    ``dates`` those of the date lines among them.
    """
    scores: dict[int, float] = {}
    overlaps: dict[int, float] = {}
    for i in window:
        # A headline is a heading element, which a dump always sets off with blank lines.
        if i in used or not lines[i].alone or not looks_like_headline(lines[i].text, features[i]):
            continue
        overlap = story.overlap(lines[i].text)
        if overlap is None or overlap < _MIN_OVERLAP:
            continue
        overlaps[i] = overlap
        score = overlap + _ALONE_BONUS
        score -= _DISTANCE_COST * abs(first - i)
        # A headline says something: a few words are a label or a section name.
        score += _WORD_BONUS * min(features[i].n_words, _WORD_BONUS_CAP)
        scores[i] = score
    # A label of a word or two by the byline is a kicker or a topic tag, not its headline.
    placed = [i for i in scores if features[i].n_words >= _MIN_HEADLINE_WORDS]
    bonuses = _meta_bonuses(placed, meta, dates)
    for i, bonus in bonuses.items():
        scores[i] += bonus
    best = max(scores, key=scores.__getitem__, default=None)
    if best is None or scores[best] <= 0.0:
        return None
    # A headline and its standfirst stand one over the other, and the standfirst, a
    # sentence that sums the story up, repeats more of its words: when a byline or date
    # line does not tell them apart, the upper one is the headline if it says as much as
    # a headline does (and is not a trail that ends with the lower one).
    upper = best - 1
    if ((best in bonuses) == (upper in bonuses) and upper in overlaps
            and overlaps[upper] >= _MIN_DECK_OVERLAP
            and features[upper].n_words >= _MIN_DECK_TITLE_WORDS
            and lines[best].text.casefold() not in lines[upper].text.casefold()):
        return upper
    return best


def _meta_bonuses(
    candidates: Sequence[int], meta: Collection[int], dates: Collection[int]
) -> dict[int, float]:
    """Pages set the byline and the date under the headline: the candidates a few lines
    over such a line sit where the headline does (with its standfirst and picture
    caption, which the score tells apart). A blog sets its date line over the headline,
    so the candidate just under a date line takes a smaller bonus."""
    bonuses: dict[int, float] = {}
    for j in meta:
        for i in candidates:
            if j - _META_REACH_BELOW <= i < j:
                bonuses[i] = _OVER_META_BONUS
    for j in dates:
        under = [i for i in candidates if j < i <= j + _META_REACH_ABOVE]
        if under:
            bonuses.setdefault(under[0], _UNDER_META_BONUS)
    return bonuses


def looks_like_headline(text: str, feat: LineFeatures) -> bool:
    """True when ``text`` has a headline's shape: a few words, no final period, not page
    furniture, a byline or a date."""
    if feat.chrome_phrase or feat.soft_wall or feat.hard_wall:
        return False
    if len(text) > _MAX_TITLE_CHARS or feat.n_words > _MAX_TITLE_WORDS or feat.n_words < 2:
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith("..."):
        return False
    if "\t" in text or _is_trail_or_label(text) or find_byline([text]):
        return False
    return not (len(text) <= _MAX_META_CHARS and parse_written_date(text) is not None)



def _is_trail_or_label(text: str) -> bool:
    """A breadcrumb trail, a web address, a picture credit, or a label that ends with a
    preposition or an article."""
    if len(_TRAIL_STEP.findall(text)) >= _MIN_TRAIL_STEPS or _PHOTO_CREDIT.search(text):
        return True
    if "://" in text or text.startswith("www."):
        return True
    tokens = words(text)
    return bool(tokens) and tokens[-1] in _LABEL_ENDS and text[-1].isalnum()
