"""Unit tests for the lines that open a story but are not its text (newsparse._reading.lead)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import ParagraphKind, ParseOptions
from newsparse._options import DEFAULT_OPTIONS
from newsparse._reading.keys import words_key
from newsparse._reading.lead import (
    _FURNITURE,
    is_furniture,
    is_header_line,
    is_stamp,
    split_dateline,
)

TITLE = words_key("Harbour bridge to be rebuilt, council says")


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Bridge to be rebuilt — council says",
        "By Jane Doe",
        "By Jane Doe and John Roe, Staff Writers",
        "Published: 10:48, Tue, Nov 19, 2019 | Updated: 11:05, Tue, Nov 19, 2019",
        "Updated 11:21 pm CST, Tuesday, November 19, 2019",
        "March 25, 2015",
        "The Associated Press\nPublished Monday, November 18, 2019 8:22AM EST",
        "19/11/2019 10:48",
        "Jane Doe, Staff Writer",
        "By Jane Doe, Harbour Courier correspondent, with reporting by John Roe in the port "
        "city and Mary Major in the capital",
    ],
)
def test_header_lines(line: str) -> None:
    assert is_header_line(line, TITLE, DEFAULT_OPTIONS)


@pytest.mark.parametrize(
    "line",
    [
        "The council voted on Tuesday to rebuild the bridge, ending a long debate.",
        "Updated guidance from the council says the bridge will close in March. It will "
        "reopen in 2029, officials said, after three years of work.",
        "What comes next",
        "By the end of the year, the first pylons will be in place.",
        # A first sentence opening with a name and a comma is no "Name, Role" byline.
        "Prince Andrew, the nearly 60-year-old younger brother of heir to the British "
        "throne, Charles, has reportedly told friends the interview was a great success.",
    ],
)
def test_story_lines_are_not_header_lines(line: str) -> None:
    assert not is_header_line(line, TITLE, DEFAULT_OPTIONS)


@pytest.mark.parametrize(
    "text",
    [
        '<img height="1" width="1" src="http://example.com/p?c=2">',
        "https://www.example.com/news/article/harbour-bridge-123.php",
        "Protesters gather near the bridge (Image: GETTY )",
        "The bridge at dusk. (AP Photo/Jane Doe)",
        "The old span in 1932. Photo: State Library",
        "PİCTURE: Jane Doe",  # a dotted capital I and a dotless i are the pattern's "i"
        "ımage: Jane Doe",
    ],
)
def test_furniture(text: str) -> None:
    assert is_furniture(text, DEFAULT_OPTIONS)


# Pieces of captions, addresses, times and labels, and letters a case-blind search reads as
# "i" (a dotted capital I, a dotless i).
_FURNITURE_PIECES = ("(", ")", ":", " ", "\n", "<", "a=", "http", "://", "x.org", "Photo",
                     "PİCTURE", "ımage", "Credits", "by", "AP", "/Jane Doe", "10:30", "Note",
                     "the bridge", ".", "images")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FURNITURE_PIECES), max_size=8))
def test_furniture_tests_before_the_search_change_no_answer(pieces: list[str]) -> None:
    """The cheap tests that spare most paragraphs the search only ever say no where the
    pattern finds nothing."""
    text = "".join(pieces)
    expected = len(text) <= DEFAULT_OPTIONS.html_max_furniture_chars and bool(
        _FURNITURE.search(text))
    assert is_furniture(text, DEFAULT_OPTIONS) == expected


def test_story_sentences_mentioning_photos_are_not_furniture() -> None:
    assert not is_furniture("The photo: a bridge, a river and a city that grew around them.",
                            DEFAULT_OPTIONS)
    assert not is_stamp("The bridge was updated in 1998 and again in 2005.", DEFAULT_OPTIONS)


def test_a_stamp_of_parts_joined_on_one_line_is_a_stamp() -> None:
    # An agency and its date on one line, joined by a spaced dash or bar.
    for line in ("Associated Press - January 16, 2008 12:55 PM ET",
                 "Jane Doe | March 3, 2024"):
        assert is_stamp(line, DEFAULT_OPTIONS)
    # A part that is neither a date, a byline nor a name: a heading's words, a label.
    for line in ("The bridge - a history of the harbour since 1998",
                 "March 3, 2024 | Tags: bridges, harbour, council votes"):
        assert not is_stamp(line, DEFAULT_OPTIONS)


P = ParagraphKind.PARAGRAPH


def test_dateline_opening_the_first_paragraph_stays_by_default() -> None:
    paragraphs = [("SYDNEY (Reuters) - The council voted on Tuesday.", P), ("More.", P)]
    kept, dateline = split_dateline(paragraphs, ParseOptions())
    assert kept == paragraphs
    assert dateline is not None and (dateline.place, dateline.source) == ("SYDNEY", "Reuters")


def test_strip_dateline_option_removes_it_from_the_paragraph() -> None:
    paragraphs = [("SYDNEY (Reuters) - The council voted on Tuesday.", P)]
    kept, dateline = split_dateline(paragraphs, ParseOptions(strip_dateline=True))
    assert kept == [("The council voted on Tuesday.", P)]
    assert dateline is not None


def test_a_dateline_on_its_own_line_is_not_a_paragraph() -> None:
    kept, dateline = split_dateline([("BAAR, SWITZERLAND", P), ("Ascom said today.", P)],
                                    ParseOptions())
    assert kept == [("Ascom said today.", P)]
    assert dateline is not None and dateline.place == "BAAR, SWITZERLAND"


def test_no_dateline_in_ordinary_prose() -> None:
    paragraphs = [("Hong Kong is burning. The authorities continue to pour fuel on it.", P)]
    assert split_dateline(paragraphs, ParseOptions()) == (paragraphs, None)
