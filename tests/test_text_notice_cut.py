"""The story region ends at the page's copyright notice, wherever in a long region."""

from __future__ import annotations

import pytest

from newsparse._options import DEFAULT_OPTIONS
from newsparse._text.lines import Line
from newsparse._text.region import _cut_at_notice

NOTICE = "Copyright 2012 Dow Jones & Company, Inc. All Rights Reserved"
PROSE = "The council met on Monday to vote on the budget for the coming year."


def _lines(texts: list[str]) -> list[Line]:
    return [(text, i, 1, None) for i, text in enumerate(texts)]


@pytest.mark.parametrize("at", [3, 255, 256, 600, 999])
def test_the_region_ends_at_the_notice_after_a_story_s_worth_of_words(at: int) -> None:
    texts = [PROSE] * 1000
    texts[at] = NOTICE
    weights = [10.0] * 1000
    assert _cut_at_notice(_lines(texts), weights, 0, 1000, DEFAULT_OPTIONS) == at


def test_a_notice_before_a_story_s_worth_of_words_is_passed_over() -> None:
    texts = [PROSE, NOTICE, PROSE, PROSE, PROSE, PROSE, NOTICE, PROSE]
    weights = [10.0, -1.0, 10.0, 10.0, 10.0, 10.0, -1.0, 10.0]
    # 30 words (text_min_story_words) are reached after the fourth line of prose.
    assert _cut_at_notice(_lines(texts), weights, 0, 8, DEFAULT_OPTIONS) == 6
    assert _cut_at_notice(_lines(texts), weights, 2, 6, DEFAULT_OPTIONS) == 6


def test_a_region_without_a_notice_keeps_its_end() -> None:
    texts = [PROSE] * 700
    assert _cut_at_notice(_lines(texts), [10.0] * 700, 0, 700, DEFAULT_OPTIONS) == 700
    assert _cut_at_notice(_lines(texts), [10.0] * 700, 5, 5, DEFAULT_OPTIONS) == 5
