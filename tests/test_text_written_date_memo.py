"""A short line's written date is remembered; a long line's is read each time, alike."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse._options import DEFAULT_OPTIONS, ParseOptions
from newsparse._reading.dates import parse_written_date
from newsparse._text.dates import _MEMO_MAX_CHARS, written_date

SHORT = "Posted on October 17, 20236:01 PM by Jane Doe"
LONG = "The council met again. " * 20 + "It voted on March 3, 2021 to close the road."


@pytest.mark.parametrize("text", [SHORT, LONG, "No date in 12 words here", "Menu"])
def test_a_line_s_date_is_the_same_when_asked_again(text: str) -> None:
    first = written_date(text, DEFAULT_OPTIONS)
    assert written_date(text, DEFAULT_OPTIONS) == first
    assert written_date(text, ParseOptions()) == first


def test_short_and_long_lines_are_both_read() -> None:
    assert len(SHORT) <= _MEMO_MAX_CHARS < len(LONG)
    assert written_date(SHORT, DEFAULT_OPTIONS) == dt.date(2023, 10, 17)
    assert written_date(LONG, DEFAULT_OPTIONS) == parse_written_date(LONG, DEFAULT_OPTIONS)
    assert written_date(LONG, DEFAULT_OPTIONS) == dt.date(2021, 3, 3)
